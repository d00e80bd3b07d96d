package tui

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/aggregate"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/pipeline"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// roomClock is the walkthrough's clock, shared by the room and the TUI.
type roomClock struct{ t time.Time }

func (c *roomClock) now() time.Time         { return c.t }
func (c *roomClock) add(d time.Duration)    { c.t = c.t.Add(d) }
func newRoomClock() *roomClock              { return &roomClock{t: testAt} }
func (c *roomClock) opts() (o Options)      { o = testOptions(); o.Clock = c.now; return o }
func liveSnapshot(l *room.Live) SnapshotMsg { return SnapshotMsg{Snap: l.Snapshot()} }

// newLiveRoom is a real room with the built-in runbooks, journaling into
// a temporary folder.
func newLiveRoom(t *testing.T, clk *roomClock) *room.Live {
	t.Helper()
	lib, err := runbooks.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := room.New("Beaumont", pipeline.New(aggregate.New(), pipeline.Options{}), clk.now)
	l.SetJournal(t.TempDir(), incidents.Actor{Name: "camille", Role: "lead"}, lib)
	t.Cleanup(func() { l.Close() })
	return l
}

// drive sends msg and then runs every command it leads to, synchronously,
// feeding their messages back, as the Bubble Tea runtime would; clock
// ticks are dropped so that the run ends.
func drive(t *testing.T, m Model, msg tea.Msg) Model {
	t.Helper()
	queue := []tea.Msg{msg}
	for n := 0; len(queue) > 0; n++ {
		if n > 200 {
			t.Fatal("commands do not settle")
		}
		next := queue[0]
		queue = queue[1:]
		nm, cmd := m.Update(next)
		m = nm.(Model)
		queue = append(queue, run(cmd)...)
	}
	return m
}

// run executes a command and flattens batches.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case nil, TickMsg:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	default:
		return []tea.Msg{msg}
	}
}

// keys drives each key name in turn.
func keys(t *testing.T, m Model, names ...string) Model {
	t.Helper()
	for _, n := range names {
		switch n {
		case "ctrl+s":
			m = drive(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
		case " ":
			m = drive(t, m, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
		default:
			m = drive(t, m, keyMsg(n))
		}
	}
	return m
}

func runbookOf(m Model) *runbookPane { return m.panes[RunbookPane].(*runbookPane) }

// selectStep moves the runbook pane's cursor to step id with j and k.
func selectStep(t *testing.T, m Model, id string) Model {
	t.Helper()
	p := runbookOf(m)
	for i, s := range p.progress().Steps {
		if s.Step.ID != id {
			continue
		}
		for p.cursor < i {
			m = keys(t, m, "j")
		}
		for p.cursor > i {
			m = keys(t, m, "k")
		}
		return m
	}
	t.Fatalf("no step %s", id)
	return m
}

// focusOn tabs until pane id has focus.
func focusOn(t *testing.T, m Model, id PaneID) Model {
	t.Helper()
	for range numPanes {
		if m.focus == id {
			return m
		}
		m = keys(t, m, "tab")
	}
	t.Fatalf("pane %d never got focus (order %v)", id, m.focusOrder())
	return m
}

// stepStatus is step id's status as the room's progress says.
func stepStatus(t *testing.T, l *room.Live, id string) runbooks.Status {
	t.Helper()
	v := l.Snapshot().Incident
	if v == nil || v.Progress == nil {
		t.Fatal("no runbook progress")
	}
	s, ok := v.Progress.State(id)
	if !ok {
		t.Fatalf("no step %s", id)
	}
	return s.Status
}
