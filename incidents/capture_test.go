package incidents

import (
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
)

func TestSnapshotDataCopiesTheSignal(t *testing.T) {
	s := aggregate.Snapshot{At: t0, RatePerMin: 42,
		Minutes:    []aggregate.Bin{{Count: 1}, {Count: 2}, {Count: 3}},
		Sentiment:  aggregate.Split{Neg: 5, Neu: 3, Pos: 1, Net: -0.3},
		TopByReach: []aggregate.AuthorStat{{Handle: "a", Followers: 9, Mentions: 2}, {Handle: "b"}},
		Trending:   []aggregate.TermStat{{Term: "rappel", Recent: 7, Lift: 3}},
	}
	d := SnapshotData(s, 2, 1)
	if len(d.PerMinute) != 2 || d.PerMinute[1] != 3 || d.Neg != 5 || d.Net != -0.3 || d.RatePerMin != 42 ||
		len(d.TopAuthors) != 1 || d.TopAuthors[0].Followers != 9 || len(d.TopTerms) != 1 || !d.At.Equal(t0) {
		t.Fatalf("%+v", d)
	}
}

func TestPinDataHashesTheRawPayload(t *testing.T) {
	m := &feeds.Mention{ID: "1", Text: "t", Author: feeds.Author{Handle: "h", Followers: 12}, Metrics: feeds.Metrics{Likes: 3}}
	d := PinData(m, []byte("abc"), t0.In(time.FixedZone("", 3600)), "origin")
	if d.RawSHA256 != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" || d.Followers != 12 ||
		d.Metrics.Likes != 3 || d.CapturedAt.Location() != time.UTC || d.Mention.ID != "1" {
		t.Fatalf("%+v", d)
	}
}
