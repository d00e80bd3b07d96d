package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/room"
	"github.com/warroom-dev/warroom/runbooks"
)

// declareField is the focused field of the declare form.
type declareField int

const (
	fieldTitle declareField = iota
	fieldSeverity
	fieldDrill
	fieldRunbook
	numDeclareFields
)

var severities = []incidents.Severity{incidents.SEV1, incidents.SEV2, incidents.SEV3, incidents.SEV4}

// declareForm opens an incident: title, severity, drill, and a runbook
// picked from the library, those matching the current alerts and topics
// first.
type declareForm struct {
	*common
	desk     room.Desk
	snap     *room.Snapshot
	title    textinput.Model
	sev      int // index in severities
	drill    bool
	books    []runbookChoice
	book     int // index in books; 0 is "no runbook"
	field    declareField
	err      string
	proposed int // how many of books (after "none") match the situation
}

// runbookChoice is one runbook offered, or none (rb nil).
type runbookChoice struct {
	rb      *runbooks.Runbook
	matched bool
}

func newDeclareForm(c *common, d room.Desk, snap *room.Snapshot) *declareForm {
	ti := textinput.New()
	ti.Prompt = "> "
	ti.Placeholder = "what is happening, in a few words"
	ti.CharLimit = 200
	ti.Cursor.SetMode(cursor.CursorStatic)
	ti.PromptStyle = c.st.Accent.Style()
	ti.Cursor.Style = c.st.Selected.Style()
	ti.Focus()
	f := &declareForm{common: c, desk: d, snap: snap, title: ti, sev: 1}
	f.books = proposals(d.Library(), snap, string(severities[f.sev]))
	for _, b := range f.books {
		if b.matched {
			f.proposed++
		}
	}
	if f.proposed > 0 {
		f.book = 1 // the best match is preselected
	}
	return f
}

// proposals lists "no runbook", then the runbooks matching the snapshot's
// alert rules and topics (best first), then every other runbook.
func proposals(lib *runbooks.Library, snap *room.Snapshot, sev string) []runbookChoice {
	out := []runbookChoice{{}}
	if lib == nil {
		return out
	}
	var tags, kinds []string
	if snap != nil {
		for _, a := range snap.Alerts {
			kinds = append(kinds, a.Rule)
			if a.Topic != "" {
				tags = append(tags, a.Topic)
			}
			tags = append(tags, a.Inputs.Keywords...)
		}
		for _, t := range snap.Agg.Topics {
			tags = append(tags, t.Topic)
		}
		// What people are saying says what kind of crisis it is: "rappel",
		// "plastique" point to the product-safety plan.
		for _, t := range snap.Agg.Trending {
			tags = append(tags, strings.TrimPrefix(t.Term, "#"))
		}
	}
	lang := ""
	if snap != nil {
		lang = snap.Lang
	}
	seen := map[*runbooks.Runbook]bool{}
	for _, rb := range lib.Match(sev, tags, kinds, lang) {
		seen[rb] = true
		out = append(out, runbookChoice{rb: rb, matched: true})
	}
	for _, rb := range lib.All() {
		if !seen[rb] {
			out = append(out, runbookChoice{rb: rb})
		}
	}
	return out
}

func (f *declareForm) Title() string { return "Declare an incident" }

func (f *declareForm) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	f.err = ""
	switch k.String() {
	case "esc":
		return nil, true
	case "enter":
		return f.submit()
	case "tab", "down":
		if k.String() == "tab" || f.field != fieldRunbook {
			f.focus((f.field + 1) % numDeclareFields)
			return nil, false
		}
	case "shift+tab", "up":
		if k.String() == "shift+tab" || f.field != fieldRunbook || f.book == 0 {
			f.focus((f.field + numDeclareFields - 1) % numDeclareFields)
			return nil, false
		}
	}
	return f.fieldKey(k), false
}

func (f *declareForm) focus(to declareField) {
	f.field = to
	if to == fieldTitle {
		f.title.Focus()
	} else {
		f.title.Blur()
	}
}

// fieldKey edits the focused field.
func (f *declareForm) fieldKey(k tea.KeyMsg) tea.Cmd {
	s := k.String()
	switch f.field {
	case fieldTitle:
		var cmd tea.Cmd
		f.title, cmd = f.title.Update(k)
		return cmd
	case fieldSeverity:
		switch s {
		case "left", "h":
			f.sev = max(f.sev-1, 0)
		case "right", "l":
			f.sev = min(f.sev+1, len(severities)-1)
		case "1", "2", "3", "4":
			f.sev = int(s[0] - '1')
		}
	case fieldDrill:
		switch s {
		case " ", "space", "left", "right", "h", "l":
			f.drill = !f.drill
		case "y":
			f.drill = true
		case "n":
			f.drill = false
		}
	case fieldRunbook:
		switch s {
		case "up", "k":
			f.book = max(f.book-1, 0)
		case "down", "j":
			f.book = min(f.book+1, len(f.books)-1)
		}
	}
	return nil
}

func (f *declareForm) submit() (tea.Cmd, bool) {
	title := strings.TrimSpace(f.title.Value())
	if title == "" {
		f.err = "the incident needs a title"
		f.focus(fieldTitle)
		return nil, false
	}
	d := room.Declaration{Title: title, Severity: severities[f.sev], Drill: f.drill}
	if rb := f.books[f.book].rb; rb != nil {
		d.RunbookID, d.RunbookLang = rb.ID, rb.Lang
	}
	return declareCmd(f.desk, d), true
}

func (f *declareForm) View(w, h int) []string {
	st := f.st
	label := func(fl declareField, s string) string {
		if fl == f.field {
			return st.FocusTitle.Render(s)
		}
		return st.Muted.Render(s)
	}
	f.title.Width = max(w-6, 1)
	lines := []string{label(fieldTitle, "Title"), f.title.View(), ""}
	var sevs []string
	for i, s := range severities {
		if i == f.sev {
			sevs = append(sevs, st.Selected.Render("["+string(s)+"]"))
		} else {
			sevs = append(sevs, " "+string(s)+" ")
		}
	}
	drill := "no (a real incident)"
	if f.drill {
		drill = st.Warn.Render("YES, an exercise")
	}
	lines = append(lines, label(fieldSeverity, "Severity ")+" "+strings.Join(sevs, " "),
		label(fieldDrill, "Drill    ")+" "+drill, "", label(fieldRunbook, "Runbook")+st.Muted.Render(f.proposedText()))
	if f.err != "" {
		lines = append(lines, st.Loud.Render(" !! "+f.err+" "))
	}
	hint := st.Muted.Render("tab next field · ←/→ severity · space drill · ↑/↓ runbook · enter declare · esc cancel")
	listH := max(h-len(lines)-1, 1)
	lines = append(lines, f.bookLines(w, listH)...)
	return append(block(lines, w, h-1), fit(hint, w))
}

func (f *declareForm) proposedText() string {
	if f.proposed == 0 {
		return "  (none matches the current alerts and topics)"
	}
	return fmt.Sprintf("  (%d match the current alerts and topics, best first)", f.proposed)
}

// bookLines is the runbook list scrolled so the chosen one shows.
func (f *declareForm) bookLines(w, h int) []string {
	off := max(f.book-h+1, 0)
	var out []string
	for i := off; i < len(f.books) && len(out) < h; i++ {
		b := f.books[i]
		text := "no runbook now (attach one later)"
		if b.rb != nil {
			text = fmt.Sprintf("[%s] %s · %s v%s", b.rb.Lang, b.rb.Title, b.rb.ID, b.rb.Version)
		}
		mark := "  "
		if b.matched {
			mark = "★ "
		}
		switch {
		case i == f.book && f.field == fieldRunbook:
			text = f.st.Selected.Render(text)
		case i == f.book:
			text = f.st.Bold.Render(text)
		}
		out = append(out, mark+text)
	}
	return out
}
