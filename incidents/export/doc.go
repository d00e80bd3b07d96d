package export

import (
	"fmt"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/incidents"
)

// doc is the report laid out once, then rendered as Markdown and HTML, so
// both formats always say the same thing.
type doc struct {
	Title    string
	Banner   string // set for drills
	Sections []section
}

type section struct {
	ID    string
	Title string
	Paras []string
	Table *table
	// Charts asks the HTML renderer to draw the feed charts here.
	Charts bool
}

type table struct {
	Head []string
	Rows [][]string
}

// report is everything the renderers need.
type report struct {
	entries   []incidents.Entry
	state     incidents.State
	metrics   *Metrics
	zone      *time.Location
	tool      string
	generated time.Time
}

func (r *report) utc(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	u, _ := incidents.TimePair(t, r.zone)
	return u
}

func (r *report) local(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	_, l := incidents.TimePair(t, r.zone)
	return l
}

// timeCols are the two time columns every timed table starts with.
func (r *report) timeCols() []string {
	return []string{"UTC", "Local (" + r.zone.String() + ")"}
}

func who(a incidents.Actor) string {
	if a.Role == "" {
		return a.Name
	}
	return a.Name + " (" + a.Role + ")"
}

func dur(d *incidents.Duration) string {
	if d == nil {
		return "—"
	}
	return fmtDur(time.Duration(*d))
}

// fmtDur prints a duration rounded to the second, as 1h02m03s.
func fmtDur(d time.Duration) string {
	d = d.Round(time.Second)
	neg := ""
	if d < 0 {
		neg, d = "-", -d
	}
	h, m, s := int(d.Hours()), int(d.Minutes())%60, int(d.Seconds())%60
	switch {
	case h > 0:
		return fmt.Sprintf("%s%dh%02dm%02ds", neg, h, m, s)
	case m > 0:
		return fmt.Sprintf("%s%dm%02ds", neg, m, s)
	}
	return fmt.Sprintf("%s%ds", neg, s)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// build lays the report out.
func (r *report) build() doc {
	s := r.state
	d := doc{Title: fmt.Sprintf("Postmortem: %s (%s)", orDash(s.Title), orDash(s.Incident))}
	if s.Drill {
		d.Banner = "DRILL — this incident was an exercise; it is kept out of metrics."
	}
	d.Sections = []section{
		r.summary(), r.impact(), r.metricsSection(), r.severityHistory(), r.statusHistory(), r.roles(),
		r.runbookSteps(), r.decisions(), r.messages(), r.evidence(), r.alerts(), r.gaps(),
		r.corrections(), r.timeline(), r.verification(),
	}
	return d
}
