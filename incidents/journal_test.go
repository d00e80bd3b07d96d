package incidents

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestAppendReopenVerify(t *testing.T) {
	path := writeJournal(t, 5)
	r, err := Verify(path)
	if err != nil || !r.OK || r.Entries != 6 || r.HeadSeq != 6 {
		t.Fatalf("verify = %+v, %v", r, err)
	}
	assertStreamingAgrees(t, path)
	j, err := Open(path, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	e := mustAppend(t, j, Draft{Kind: KindNote, Body: "after reopen"})
	if e.Seq != 7 || e.PrevHash != r.HeadHash || e.Incident != "INC-1" || e.ID != "INC-1#7" {
		t.Fatalf("entry after reopen = %+v", e)
	}
	if e.Actor.Name != "alice" || e.Source != SourceOperator {
		t.Fatalf("defaults not applied: %+v", e)
	}
	if got := j.Entries(); len(got) != 7 || got[0].Kind != KindDeclared {
		t.Fatalf("entries = %d", len(got))
	}
}

func TestFileModes(t *testing.T) {
	path := writeJournal(t, 1)
	for _, p := range []string{path, lockPath(path)} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("%s mode %v, want 0600", p, fi.Mode().Perm())
		}
	}
}

func TestRecordedAtMillisAndMonotonic(t *testing.T) {
	j, path := openTemp(t)
	back := []time.Time{t0.Add(1500 * time.Microsecond), t0.Add(-time.Hour), t0.Add(2 * time.Second)}
	i := 0
	j.opts.Clock = func() time.Time { i++; return back[(i-1)%3] }
	declare(t, j)
	mustAppend(t, j, Draft{Kind: KindNote, Body: "clock went back"})
	mustAppend(t, j, Draft{Kind: KindNote, Body: "clock came back"})
	es := j.Entries()
	if !es[0].RecordedAt.Equal(t0.Add(time.Millisecond)) || !es[1].RecordedAt.Equal(es[0].RecordedAt) ||
		!es[2].RecordedAt.Equal(t0.Add(2*time.Second)) {
		t.Fatalf("recorded_at = %v %v %v", es[0].RecordedAt, es[1].RecordedAt, es[2].RecordedAt)
	}
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), `"recorded_at":"2026-03-14T09:00:00.001Z"`) {
		t.Fatalf("recorded_at not in ms UTC form:\n%s", b)
	}
}

func TestEventAtKeepsOffset(t *testing.T) {
	j, path := openTemp(t)
	declare(t, j)
	paris := time.FixedZone("CET", 3600)
	at := time.Date(2026, 3, 14, 8, 30, 0, 0, paris)
	mustAppend(t, j, Draft{Kind: KindNote, Body: "call at 8:30", EventAt: &at})
	j.Close()
	b, _ := os.ReadFile(path)
	if !strings.Contains(string(b), `"event_at":"2026-03-14T08:30:00+01:00"`) {
		t.Fatalf("event_at lost its offset:\n%s", b)
	}
}

func TestAppendRefusals(t *testing.T) {
	j, _ := openTemp(t)
	ctx := context.Background()
	if _, err := j.Append(ctx, Draft{Kind: KindNote, Body: "x"}); err == nil || !strings.Contains(err.Error(), "no incident declared") {
		t.Fatalf("note before declare: %v", err)
	}
	declare(t, j)
	cases := []struct {
		name string
		d    Draft
		want string
	}{
		{"second declare", Draft{Kind: KindDeclared, Data: DeclaredData{Title: "t", Severity: SEV1}}, "one incident per journal"},
		{"other incident", Draft{Incident: "INC-2", Kind: KindNote}, "not INC-2"},
		{"supersedes future", Draft{Kind: KindCorrection, Supersedes: 9}, "supersedes seq 9"},
		{"no kind", Draft{Body: "x"}, "no kind"},
		{"unknown kind", Draft{Kind: "notte"}, "unknown kind"},
		{"unknown source", Draft{Kind: KindNote, Source: "twitter"}, "unknown source"},
		{"bad data", Draft{Kind: KindNote, Data: func() {}}, "marshal data"},
	}
	for _, c := range cases {
		if _, err := j.Append(ctx, c.d); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err %v, want %q", c.name, err, c.want)
		}
	}
	if n := len(j.Entries()); n != 1 {
		t.Fatalf("refused drafts were recorded: %d entries", n)
	}
}

func TestConcurrentAppendsGaplessChain(t *testing.T) {
	j, path := openTemp(t)
	declare(t, j)
	writers, each := 16, 50
	if testing.Short() {
		each = 10
	}
	var wg sync.WaitGroup
	seqs := make(chan int64, writers*each)
	stop := make(chan struct{})
	readers := make(chan int)
	go func() { // a terminal reading while the cell writes
		n := 0
		for {
			select {
			case <-stop:
				readers <- n
				return
			default:
				if s := j.State(); s.Entries < n {
					t.Errorf("state went back from %d to %d entries", n, s.Entries)
				}
				n = j.State().Entries
				j.Latest(5)
			}
		}
	}()
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				e, err := j.Append(context.Background(), Draft{Kind: KindNote, Body: string(rune('A'+w)) + string(rune('0'+i%10))})
				if err != nil {
					t.Error(err)
					return
				}
				seqs <- e.Seq
			}
		})
	}
	wg.Wait()
	close(stop)
	<-readers
	close(seqs)
	seen := map[int64]bool{}
	for s := range seqs {
		if seen[s] {
			t.Fatalf("seq %d acknowledged twice", s)
		}
		seen[s] = true
	}
	j.Close()
	r, _ := Verify(path)
	if !r.OK || r.HeadSeq != int64(1+writers*each) || len(seen) != writers*each {
		t.Fatalf("verify %+v, %d acked", r, len(seen))
	}
}

func TestLockRefusesSecondOpenAndNamesHolder(t *testing.T) {
	j, path := openTemp(t)
	_, err := Open(path, testOptions())
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("second open: %v", err)
	}
	if le.Holder == nil || le.Holder.PID != os.Getpid() || !strings.Contains(err.Error(), "pid ") {
		t.Fatalf("holder not named: %v", err)
	}
	j.Close()
	if _, err := os.Stat(infoPath(path)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("lock-info left after close: %v", err)
	}
	j2, err := Open(path, testOptions())
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	j2.Close()
}

func TestAppendAfterClose(t *testing.T) {
	j, _ := openTemp(t)
	declare(t, j)
	j.Close()
	if _, err := j.Append(context.Background(), Draft{Kind: KindNote}); !errors.Is(err, ErrClosed) {
		t.Fatalf("append after close: %v", err)
	}
}

func TestMarshalLineReproducesFile(t *testing.T) {
	j, path := openTemp(t)
	declare(t, j)
	at := time.Date(2026, 3, 14, 8, 30, 0, 0, time.FixedZone("", 3600))
	mustAppend(t, j, Draft{Kind: KindDecision, EventAt: &at, Body: "<b>&</b>",
		Data: DecisionData{Question: "Répondre ?", Answer: "oui", Rationale: "tweet d'un élu"}})
	j.Close()
	entries, _, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []byte
	for _, e := range entries {
		line, err := MarshalLine(e)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, line...)
	}
	want, _ := os.ReadFile(path)
	if string(got) != string(want) {
		t.Fatalf("re-encoded:\n%s\nfile:\n%s", got, want)
	}
	entries[1].Body = "edited"
	if _, err := MarshalLine(entries[1]); err == nil {
		t.Fatal("an altered entry re-encoded without error")
	}
}

func TestStateFollowsAppends(t *testing.T) {
	j, _ := openTemp(t)
	declare(t, j)
	if s := j.State(); s.Status != StatusInvestigating || s.Entries != 1 {
		t.Fatalf("state %+v", s)
	}
	mustAppend(t, j, Draft{Kind: KindStatusChanged, Data: StatusData{Status: StatusMonitoring}})
	if s := j.State(); s.Status != StatusMonitoring || s.Entries != 2 {
		t.Fatalf("state after append %+v", s)
	}
	if s := j.State(); s.Status != StatusMonitoring || s.Entries != 2 {
		t.Fatalf("cached state %+v", s)
	}
}

// Operator and bot text enters the record sanitized: a note relayed by a bot
// with a title escape and a bidi override, and the same in decision data,
// come out safe for any terminal, line breaks kept.
func TestAppendSanitizesTextAtIngestion(t *testing.T) {
	j, err := Open(filepath.Join(t.TempDir(), "j.jsonl"), Options{Actor: Actor{Name: "bot\x1b[2J"}})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if _, err := j.Append(context.Background(), Draft{Incident: "INC-1", Kind: KindDeclared,
		Data: DeclaredData{Title: "t", Severity: SEV3}}); err != nil {
		t.Fatal(err)
	}
	e, err := j.Append(context.Background(), Draft{Incident: "INC-1", Kind: KindDecision,
		Body: "relayed: \x1b]2;owned\x07line one\nline \u202etwo",
		Data: DecisionData{Answer: "tier2", Rationale: "because\u009b31m\nreasons"}})
	if err != nil {
		t.Fatal(err)
	}
	var d DecisionData
	if err := e.Decode(&d); err != nil {
		t.Fatal(err)
	}
	if e.Body != "relayed: line one\nline two" || e.Actor.Name != "bot" || d.Rationale != "because\nreasons" {
		t.Fatalf("body %q actor %q rationale %q", e.Body, e.Actor.Name, d.Rationale)
	}
}
