package tui

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// catchupPane is for whoever joins late: where the incident stands, who
// holds which role, what is open and due, what was decided and said, and
// the latest journal entries, with times in UTC and local.
type catchupPane struct {
	base
	passive
	inc *room.IncidentView
}

// catchupDecisions is how many recent decisions the pane shows.
const catchupDecisions = 3

func newCatchupPane(c *common) *catchupPane { return &catchupPane{base: base{common: c}} }

func (p *catchupPane) Title() string { return "Catch-up" }

func (p *catchupPane) SetSnapshot(s *room.Snapshot) { p.inc = s.Incident }

func (p *catchupPane) View() []string {
	w, h := p.width, p.height
	if p.inc == nil {
		return block([]string{p.st.Muted.Render("No incident is open: D declares one.")}, w, h)
	}
	st := p.inc.State
	lines := []string{p.statusLine(st), p.rolesLine(st)}
	lines = append(lines, p.section("Open steps")...)
	lines = append(lines, p.openSteps(w)...)
	lines = append(lines, p.section("Decisions")...)
	for _, d := range st.LastDecisions(catchupDecisions) {
		lines = append(lines, p.stamp(d.At)+" "+p.st.Bold.Render(d.Answer)+p.st.Muted.Render(" · "+oneLine(d.Question)+" · "+oneLine(d.Rationale)))
	}
	lines = append(lines, p.section("Last statement")...)
	lines = append(lines, p.statement(st, w)...)
	lines = append(lines, p.section("Latest entries")...)
	return block(append(lines, p.latest(max(h-len(lines), 0))...), w, h)
}

func (p *catchupPane) section(title string) []string {
	return []string{p.st.Accent.Render(title)}
}

// stamp is a time in UTC and local, muted.
func (p *catchupPane) stamp(t time.Time) string {
	return p.st.Muted.Render(bothClocks(t, p.loc))
}

func (p *catchupPane) statusLine(st incidents.State) string {
	s := p.st
	line := s.Loud.Render(" "+string(st.Severity)+" ") + " " + s.Bold.Render(string(st.Status)) + " " + s.Text.Render(st.Title)
	if st.Drill {
		line += " " + s.Warn.Render("DRILL")
	}
	if st.Declared != nil {
		line += s.Muted.Render(" · declared ") + p.stamp(st.Declared.At()) + s.Muted.Render(" by "+st.DeclaredBy.Name)
	}
	return line
}

// rolesLine names who holds each role, sorted by role.
func (p *catchupPane) rolesLine(st incidents.State) string {
	if len(st.Roles) == 0 {
		return p.st.Muted.Render("roles: none assigned yet")
	}
	var parts []string
	for role, a := range st.Roles {
		parts = append(parts, role+" "+a.Name)
	}
	sort.Strings(parts)
	return p.st.Muted.Render("roles: ") + p.st.Text.Render(strings.Join(parts, " · "))
}

// openSteps are the runbook's open steps, soonest due first.
func (p *catchupPane) openSteps(w int) []string {
	pr := p.inc.Progress
	if pr == nil {
		return []string{p.st.Muted.Render("no runbook attached")}
	}
	var out []string
	for _, s := range pr.Open() {
		due := "no clock"
		ink := p.st.Text
		switch {
		case !s.NextRepeatAt.IsZero() && s.Status == runbooks.StatusDone:
			due = "again " + bothClocks(s.NextRepeatAt, p.loc)
		case !s.DueAt.IsZero():
			due = "due " + bothClocks(s.DueAt, p.loc)
		}
		if s.Overdue || s.RepeatOverdue {
			ink = p.st.Loud
			due = "OVERDUE " + due
		} else if s.Warning || s.RepeatWarning {
			ink = p.st.Warn
		}
		out = append(out, fit(s.Step.Title, max(w-40, 10))+" "+p.st.Muted.Render(fit(s.Step.OwnerRole, 8))+" "+ink.Render(due))
	}
	if len(out) == 0 {
		out = append(out, p.st.OK.Render("nothing open"))
	}
	return out
}

func (p *catchupPane) statement(st incidents.State, w int) []string {
	m := st.LastPublished()
	if m == nil {
		return []string{p.st.Warn.Render("nothing published yet")}
	}
	at := m.Path[len(m.Path)-1].At
	head := p.stamp(at) + p.st.Muted.Render(" · "+m.Channel)
	return append([]string{head}, wrap(m.Text, w)...)
}

// latest lists the newest entries that fit in h lines, newest last.
func (p *catchupPane) latest(h int) []string {
	es := p.inc.Latest
	if len(es) > h {
		es = es[len(es)-h:]
	}
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s %s %s", p.stamp(e.At()), p.st.Bold.Render(string(e.Kind)), p.st.Text.Render(oneLine(e.Body))))
	}
	return out
}

// oneLine folds line breaks so an entry stays on its row.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
