package feeds

import (
	"reflect"
	"testing"
)

// FuzzJetstreamDecode: no frame may panic the decoder, and whatever it
// returns must be a valid raw mention.
func FuzzJetstreamDecode(f *testing.F) {
	for _, fr := range readFrames(f, "testdata/jetstream/frames.jsonl") {
		f.Add(fr)
	}
	f.Add([]byte(`{"time_us":1,"kind":"commit","commit":{"record":null}}`))
	f.Fuzz(func(t *testing.T, frame []byte) {
		got, err := NewJetstream(0).Decode(frame, nil)
		checkFuzzResult(t, got, err)
		// The fast JSON library must not accept what encoding/json
		// refuses, nor read it differently.
		var fast, strict jetstreamEvent
		if decodeJSON(frame, &fast) == nil {
			if err := unmarshalJSON(frame, &strict); err != nil {
				t.Fatalf("goccy accepted a frame encoding/json refuses (%v)", err)
			}
			if !reflect.DeepEqual(fast, strict) {
				t.Fatalf("goccy read %+v, encoding/json %+v", fast, strict)
			}
		}
	})
}

// checkFuzzResult checks what any decoder returned for an arbitrary frame.
func checkFuzzResult(t *testing.T, got []*Mention, err error) {
	t.Helper()
	if err != nil && len(got) > 0 {
		if !EachReject(err, func(string) {}) {
			t.Fatalf("mentions returned with a non-reject error %v", err)
		}
	}
	for _, m := range got {
		if verr := m.Validate(); verr != nil {
			t.Fatalf("decoder returned an invalid mention %+v: %v", m, verr)
		}
	}
}
