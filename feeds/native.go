package feeds

import "net/http"

// Native speaks warroom's own wire: each text frame holds one canonical
// mention or a JSON array of them (the simulator's and `warroom tail`'s
// format). It sends nothing and has no resume cursor.
type Native struct{}

// NewNative returns the native adapter.
func NewNative() *Native { return &Native{} }

// Kind is "native".
func (*Native) Kind() string { return "native" }

// Dial connects to the base URL as is.
func (*Native) Dial(base string) (string, http.Header, error) { return base, nil, nil }

// Hello sends nothing: the server streams as soon as we connect.
func (*Native) Hello() ([][]byte, error) { return nil, nil }

// Decode parses a native frame (see DecodeNative).
func (*Native) Decode(frame []byte, dst []*Mention) ([]*Mention, error) {
	return DecodeNative(frame, dst)
}

// Replayable is false: the native wire has no cursor.
func (*Native) Replayable() bool { return false }

// Cursor is always empty.
func (*Native) Cursor() string { return "" }
