package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/runbooks"
)

// View is a status line (progress, next update), the steps, and the
// selected step's detail under them.
func (p *runbookPane) View() []string {
	w, h := p.width, p.height
	if h <= 0 {
		return nil
	}
	pr := p.progress()
	if pr == nil {
		return block(p.emptyLines(), w, h)
	}
	lines := []string{p.statusLine(pr)}
	detail := p.detailLines(w)
	listH := max(h-1-min(len(detail)+1, h/2), min(h-1, 3))
	lines = append(lines, p.stepLines(pr, w, listH)...)
	lines = append(block(lines, w, 1+listH), p.st.Border.Render(strings.Repeat("─", max(w, 0))))
	return block(append(lines, detail...), w, h)
}

func (p *runbookPane) emptyLines() []string {
	st := p.st
	if p.inc == nil {
		return []string{st.Muted.Render("No incident is open."), "",
			st.Text.Render("Press ") + st.HelpKey.Render("D") + st.Text.Render(" to declare one.")}
	}
	return []string{st.Warn.Render("No runbook attached to this incident."), "",
		st.Text.Render("Press ") + st.HelpKey.Render("R") + st.Text.Render(" to attach one, ") +
			st.HelpKey.Render("n") + st.Text.Render(" to add a note.")}
}

// statusLine counts finished steps and says when the next public update
// is due, loudly once it is late.
func (p *runbookPane) statusLine(pr *runbooks.Progress) string {
	st := p.st
	done := 0
	for _, s := range pr.Steps {
		if s.Status.Terminal() {
			done++
		}
	}
	line := st.Muted.Render(fmt.Sprintf("v%s · %d/%d steps finished", pr.Runbook.Version, done, len(pr.Steps)))
	if pr.Complete() {
		line += " " + st.OK.Render("· runbook complete")
	}
	for _, s := range pr.Steps {
		if s.NextRepeatAt.IsZero() {
			continue
		}
		left := countdown(s.NextRepeatAt, pr.Now)
		switch {
		case s.RepeatOverdue:
			line += " " + st.Loud.Render(" !! "+s.Step.ID+" UPDATE OVERDUE "+left+" ")
		case s.RepeatWarning:
			line += " " + st.Warn.Render("· next "+s.Step.ID+" in "+left)
		default:
			line += st.Muted.Render(" · next " + s.Step.ID + " in " + left)
		}
	}
	return line
}

// stepLines lists the steps, scrolled so that the selected one shows.
func (p *runbookPane) stepLines(pr *runbooks.Progress, w, h int) []string {
	off := max(p.cursor-h+1, 0)
	ownerW := min(10, max(w/8, 0))
	clockW := 18
	titleW := max(w-4-ownerW-clockW-2, 4)
	var out []string
	for i := off; i < len(pr.Steps) && len(out) < h; i++ {
		s := &pr.Steps[i]
		icon, ink := statusIcon(p.st, s)
		title := fit(s.Step.Title, titleW)
		if i == p.cursor {
			title = p.st.Selected.Render(title)
		} else {
			title = ink.Render(title)
		}
		mark := "  "
		if i == p.cursor {
			mark = "▸ "
		}
		out = append(out, mark+ink.Render(icon)+" "+title+" "+p.st.Muted.Render(fit(s.Step.OwnerRole, ownerW))+" "+
			fit(p.clock(s, pr), clockW))
	}
	return out
}

func statusIcon(st *Styles, s *runbooks.StepState) (string, Ink) {
	switch s.Status {
	case runbooks.StatusDone:
		return "✓", st.OK
	case runbooks.StatusSkipped, runbooks.StatusBranchSkipped:
		return "-", st.Muted
	case runbooks.StatusBlocked:
		return "!", st.Warn
	case runbooks.StatusInProgress:
		return "●", st.Accent
	case runbooks.StatusAvailable:
		return "○", st.Text
	}
	return "·", st.Muted
}

// clock is the step's state and countdown: warning under 20% of its time
// left, alarm once overdue.
func (p *runbookPane) clock(s *runbooks.StepState, pr *runbooks.Progress) string {
	st := p.st
	switch s.Status {
	case runbooks.StatusDone:
		if !s.NextRepeatAt.IsZero() {
			return p.dueText(s.NextRepeatAt, pr, s.RepeatWarning, s.RepeatOverdue, "again in ")
		}
		return st.OK.Render("done " + s.DoneAt.In(p.loc).Format("15:04"))
	case runbooks.StatusSkipped:
		return st.Muted.Render("skipped")
	case runbooks.StatusBranchSkipped:
		return st.Muted.Render("not this branch")
	case runbooks.StatusLocked:
		return st.Muted.Render("locked")
	case runbooks.StatusBlocked:
		if s.Overdue {
			return st.Loud.Render(" BLOCKED " + countdown(s.DueAt, pr.Now) + " ")
		}
		return st.Warn.Render("BLOCKED")
	}
	if s.DueAt.IsZero() {
		return st.Muted.Render(string(s.Status))
	}
	return p.dueText(s.DueAt, pr, s.Warning, s.Overdue, "due ")
}

func (p *runbookPane) dueText(due time.Time, pr *runbooks.Progress, warn, over bool, prefix string) string {
	left := countdown(due, pr.Now)
	switch {
	case over:
		return p.st.Loud.Render(" OVERDUE " + left + " ")
	case warn:
		return p.st.Warn.Render("! " + prefix + left)
	}
	return p.st.Text.Render(prefix + left)
}
