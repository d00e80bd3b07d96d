package feeds

import (
	"strconv"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/internal/cputime"
)

// benchFrame is a native batch frame of n realistic mentions (French text
// with accents and an emoji, sentiment, metrics).
func benchFrame(n int) []byte {
	b := []byte{'['}
	for i := 0; i < n; i++ {
		if i > 0 {
			b = append(b, ',')
		}
		m := &Mention{
			ID: "bluesky:s1-" + strconv.Itoa(i), Op: OpCreate, Platform: "bluesky",
			URL:    "https://bluesky.sim.invalid/julie.moreau/s" + strconv.Itoa(i),
			Author: Author{ID: "bluesky:u12", Handle: "julie.moreau", Name: "Julie Moreau", Followers: 340},
			Text:   "Inadmissible. Du plastique dans les yaourts P'tit Beaumont et Beaumont ne dit rien ? #RappelConso 😡",
			Lang:   "fr", CreatedAt: time.Date(2026, 3, 1, 10, 0, 0, 123e6, time.UTC),
			Metrics:   Metrics{Likes: 3, Reposts: 1},
			Sentiment: &Sentiment{Score: -0.71, Label: Negative, Model: "sim"},
		}
		b = AppendJSON(b, m)
	}
	return append(b, ']')
}

// benchDecode decodes and normalizes b.N mentions in frames of 256; one op
// is one mention.
func benchDecode(b *testing.B, d nativeDecoder) {
	const per = 256
	frame := benchFrame(per)
	b.SetBytes(int64(len(frame) / per))
	b.ReportAllocs()
	now := time.Now()
	var dst []*Mention
	cpu0 := cputime.Used() // on a shared machine wall time lies
	for i := 0; i < b.N; i += per {
		var err error
		if dst, err = d.decode(frame, dst[:0]); err != nil || len(dst) != per {
			b.Fatal(err)
		}
		for _, m := range dst {
			Normalize(m, "main", now, 5000)
		}
	}
	b.ReportMetric(float64(b.N)/(cputime.Used()-cpu0).Seconds(), "mentions/cpu-s")
}

// BenchmarkDecodeNormalize is the hot path: goccy/go-json, then for
// comparison the same decoder on encoding/json.
func BenchmarkDecodeNormalize(b *testing.B) {
	b.Run("goccy", func(b *testing.B) { benchDecode(b, nativeDecoder{decodeJSON}) })
	b.Run("encoding_json", func(b *testing.B) { benchDecode(b, nativeDecoder{unmarshalJSON}) })
}

func BenchmarkAppendJSON(b *testing.B) {
	m := sampleMention()
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = AppendJSON(buf[:0], m)
	}
	b.SetBytes(int64(len(buf)))
}
