package room

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/pipeline"
	"github.com/warroom-dev/warroom/runbooks"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time                   { return c.t }
func (c *fakeClock) add(d time.Duration)              { c.t = c.t.Add(d) }
func newClock() *fakeClock                            { return &fakeClock{t: time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)} }
func step(id string, k runbooks.EventKind) StepAction { return StepAction{Step: id, Kind: k} }

func newDeskRoom(t *testing.T, clk *fakeClock) *Live {
	t.Helper()
	lib, err := runbooks.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := New("Beaumont", pipeline.New(aggregate.New(), pipeline.Options{}), clk.now)
	l.SetJournal(t.TempDir(), incidents.Actor{Name: "camille", Role: "lead"}, lib)
	t.Cleanup(func() { l.Close() })
	return l
}

func TestDeskRefusesActionsWithoutAnIncident(t *testing.T) {
	l := newDeskRoom(t, newClock())
	ctx := context.Background()
	if _, err := l.Append(ctx, incidents.Draft{Kind: incidents.KindNote, Body: "x"}); !errors.Is(err, ErrNoIncident) {
		t.Fatalf("append without incident: %v", err)
	}
	if _, err := l.CaptureSnapshot(ctx); !errors.Is(err, ErrNoIncident) {
		t.Fatalf("snapshot without incident: %v", err)
	}
	if l.Snapshot().Incident != nil {
		t.Fatal("incident view without an incident")
	}
}

func TestDeclareAttachAndWalkSteps(t *testing.T) {
	clk := newClock()
	l := newDeskRoom(t, clk)
	ctx := context.Background()
	if _, err := l.Declare(ctx, Declaration{Title: "Plastique dans P'tit Beaumont", Severity: incidents.SEV2,
		RunbookID: "product-safety", RunbookLang: "fr"}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Declare(ctx, Declaration{Title: "second", Severity: incidents.SEV3}); err == nil {
		t.Fatal("a second incident was declared while one is open")
	}
	// The capture step needs a pinned mention before it can be done.
	clk.add(2 * time.Minute)
	if _, err := l.Act(ctx, step("capture", runbooks.EventDone)); err == nil {
		t.Fatal("capture done without its evidence")
	}
	m := &feeds.Mention{ID: "bluesky:1", Text: "Du plastique dans mon yaourt P'tit Beaumont", CreatedAt: clk.t,
		ObservedAt: clk.t, Author: feeds.Author{Handle: "alerteconso.fr", Followers: 820_000}}
	l.pipe.Ingest([]*feeds.Mention{m})
	if _, err := l.Pin(ctx, "bluesky:1", "inciting post"); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Act(ctx, step("capture", runbooks.EventDone)); err != nil {
		t.Fatalf("capture done with evidence: %v", err)
	}
	if _, err := l.Act(ctx, StepAction{Step: "pause_posts", Kind: runbooks.EventSkipped}); err == nil {
		t.Fatal("skip without a reason accepted")
	}
	if _, err := l.Act(ctx, StepAction{Step: "pause_posts", Kind: runbooks.EventSkipped, Reason: "rien de programmé"}); err != nil {
		t.Fatal(err)
	}
	v := l.Snapshot().Incident
	if v == nil || v.Runbook == nil || v.Progress == nil {
		t.Fatalf("incident view = %+v", v)
	}
	want := map[string]runbooks.Status{"capture": runbooks.StatusDone, "pause_posts": runbooks.StatusSkipped}
	for id, st := range want {
		s, ok := v.Progress.State(id)
		if !ok || s.Status != st {
			t.Errorf("step %s = %+v, want %s", id, s, st)
		}
	}
	var kinds []incidents.Kind
	for _, e := range v.Latest {
		kinds = append(kinds, e.Kind)
	}
	wantKinds := []incidents.Kind{incidents.KindDeclared, incidents.KindRunbookAttached,
		incidents.KindMentionPinned, incidents.KindStepDone, incidents.KindStepSkipped}
	if fmt.Sprint(kinds) != fmt.Sprint(wantKinds) {
		t.Fatalf("journal kinds = %v, want %v", kinds, wantKinds)
	}
	if v.State.Title != "Plastique dans P'tit Beaumont" || len(v.State.Evidence) != 1 || v.State.Evidence[0].Followers != 820_000 {
		t.Fatalf("state = %+v", v.State)
	}
}

type panicFeed struct{}

func (panicFeed) Name() string              { return "boom" }
func (panicFeed) Status() feeds.Status      { return feeds.Status{Name: "boom"} }
func (panicFeed) Run(context.Context) error { panic("decoder bug") }

// A panic in a feed goroutine ends the room with an error instead of the
// process, so the terminal can be restored before it is printed.
func TestRunRecoversAFeedPanic(t *testing.T) {
	l := New("b", pipeline.New(aggregate.New(), pipeline.Options{}), time.Now)
	l.AddFeed(panicFeed{})
	err := l.Run(context.Background())
	if err == nil || !strings.Contains(err.Error(), "feed boom panicked: decoder bug") {
		t.Fatalf("Run = %v", err)
	}
}
