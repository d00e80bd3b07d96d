package feeds

import "testing"

// FuzzNostrDecode: no relay message may panic the decoder, and whatever it
// returns must be a valid raw mention.
func FuzzNostrDecode(f *testing.F) {
	for _, fr := range readFrames(f, "testdata/nostr/frames.jsonl") {
		f.Add(fr)
	}
	f.Add([]byte(`["CLOSED"]`))
	f.Fuzz(func(t *testing.T, frame []byte) {
		got, err := NewNostr("", 0, nil).Decode(frame, nil)
		checkFuzzResult(t, got, err)
	})
}
