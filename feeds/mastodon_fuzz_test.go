package feeds

import "testing"

// FuzzMastodonDecode: no frame may panic the decoder, and whatever it
// returns must be a valid raw mention.
func FuzzMastodonDecode(f *testing.F) {
	for _, fr := range readFrames(f, "testdata/mastodon/frames.jsonl") {
		f.Add(fr)
	}
	f.Add([]byte(`{"event":"update","payload":"{\"reblog\":{\"reblog\":{}}}"}`))
	f.Fuzz(func(t *testing.T, frame []byte) {
		got, err := NewMastodon("", nil, nil).Decode(frame, nil)
		checkFuzzResult(t, got, err)
	})
}
