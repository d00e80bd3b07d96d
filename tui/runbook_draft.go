package tui

import (
	"regexp"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// holeRE finds a placeholder left in a draft.
var holeRE = regexp.MustCompile(`\{\{\s*[a-z][a-z0-9_]*\s*\}\}`)

// draftPrompt opens the editor on the step's current draft, or on its
// template filled with the values the room knows; placeholders it cannot
// fill ({{issue}}) stay for the operator, and a draft that still has one
// is refused, so that no statement goes out with a hole in it.
func (p *runbookPane) draftPrompt(s *runbooks.StepState) modal {
	text := p.lastDraft(s.Step.ID)
	tpl := p.inc.Runbook.Templates[s.Step.Template]
	if text == "" || s.Stage == runbooks.StagePublished {
		text, _ = tpl.Render(p.templateVars())
	}
	ctx := append(p.stepContext(s), p.st.Muted.Render("channel "+tpl.Channel+" · fill every {{…}} before recording"))
	ctx = append(ctx, p.varHints(text)...)
	pr := newPrompt(p.common, "Draft · "+s.Step.ID, ctx, blockText, "message")
	pr.area.SetValue(text)
	pr.check = func(t string) string {
		if t == "" {
			return "the message is empty"
		}
		if h := holeRE.FindAllString(t, -1); len(h) > 0 {
			return "fill in " + strings.Join(h, ", ")
		}
		return ""
	}
	pr.submit = func(_, text string) tea.Cmd {
		a := room.StepAction{Step: s.Step.ID, Kind: runbooks.EventDrafted, Text: text}
		return actCmd(p.ui.desk, "drafted: "+s.Step.Title, a)
	}
	return pr
}

// varHints explain the placeholders left in text with the runbook's
// prompt and example for each, so the operator knows what goes there.
func (p *runbookPane) varHints(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range holeRE.FindAllString(text, -1) {
		name := strings.TrimSpace(strings.Trim(m, "{}"))
		v, ok := p.inc.Runbook.Vars[name]
		if seen[name] || !ok {
			continue
		}
		seen[name] = true
		hint := "{{" + name + "}}: " + v.Prompt
		if v.Example != "" {
			hint += " (e.g. " + v.Example + ")"
		}
		out = append(out, p.st.Warn.Render(hint))
	}
	return out
}

// templateVars are the built-in values the room can fill; the runbook's
// own vars are left to the operator.
func (p *runbookPane) templateVars() map[string]string {
	st := p.inc.State
	v := map[string]string{
		runbooks.VarBrand: p.snap.Brand, runbooks.VarIncident: st.Title,
		runbooks.VarSeverity: string(st.Severity), runbooks.VarNow: bothClocks(p.now, p.loc),
	}
	if next := p.nextUpdate(); !next.IsZero() {
		v[runbooks.VarNextUpdate] = bothClocks(next, p.loc)
	}
	return v
}

// nextUpdate is when the next public update is promised: the runbook's
// next repeat, else now plus the shortest message cadence, else now plus
// the incident's promised cadence.
func (p *runbookPane) nextUpdate() time.Time {
	pr := p.progress()
	if next := pr.NextUpdateAt(); !next.IsZero() {
		return next
	}
	var every time.Duration
	for _, s := range pr.Runbook.Steps {
		if d := s.RepeatEvery.Value(); s.Kind == runbooks.KindMessage && d > 0 && (every == 0 || d < every) {
			every = d
		}
	}
	if every == 0 {
		every = p.inc.State.UpdateEvery
	}
	if every == 0 {
		return time.Time{}
	}
	return p.now.Add(every)
}

// lastDraft is the latest drafted text of message step id in the journal.
func (p *runbookPane) lastDraft(id string) string {
	for _, m := range p.inc.State.Messages {
		if m.ID == id {
			return m.Text
		}
	}
	return ""
}
