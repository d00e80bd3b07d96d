package feeds

import (
	"encoding/json"
	"testing"
	"time"
)

// FuzzDecodeNative: any frame either yields valid mentions or named rejects,
// never a panic; what is kept survives Normalize and re-encodes as valid
// JSON that decodes to the same mentions.
func FuzzDecodeNative(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"t","created_at":"2026-03-01T10:00:00Z"}`))
	f.Add([]byte(`[{"id":"a","text":"t\u001b]0;x\u0007","created_at":"2026-03-01T10:00:00.5+02:00","author":{"followers":3}},null,{}]`))
	f.Add([]byte(`[{"id":1},{"id":"b","op":"delete","created_at":"2026-03-01T10:00:00Z"}]`))
	f.Add(benchFrame(2))
	observed := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, frame []byte) {
		ms, err := DecodeNative(frame, nil)
		if !EachReject(err, func(string) {}) {
			t.Fatalf("error %v is not a reject", err)
		}
		for _, m := range ms {
			if err := m.Validate(); err != nil {
				t.Fatalf("kept an invalid mention: %v", err)
			}
			Normalize(m, "fuzz", observed, 500)
			out := AppendJSON(nil, m)
			if !json.Valid(out) {
				t.Fatalf("AppendJSON gave invalid JSON: %s", out)
			}
			if _, err := DecodeNative(out, nil); err != nil && m.Validate() == nil {
				t.Fatalf("re-encoded mention refused: %v\n%s", err, out)
			}
		}
	})
}
