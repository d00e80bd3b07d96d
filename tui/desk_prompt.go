package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// choice is one option of a prompt's list: the value journaled and the
// label shown.
type choice struct{ value, label string }

// textMode is how a prompt takes text after its choice, if at all.
type textMode int

const (
	noText    textMode = iota
	lineText           // one line (a reason, a rationale, a note)
	blockText          // several lines (a message draft)
)

// prompt is the modal behind every step action: an optional list to pick
// from (a decision's answers, the roles), then an optional text. Submit
// returns the journal write; nothing is journaled on esc.
type prompt struct {
	*common
	title    string
	context  []string // what the operator acts on, shown on top
	choices  []choice
	cursor   int
	choosing bool
	mode     textMode
	label    string // what the text is ("reason", "rationale"...)
	input    textinput.Model
	area     textarea.Model
	// check vets the text before submitting ("" when fine).
	check  func(text string) string
	submit func(value, text string) tea.Cmd
	err    string
}

func newPrompt(c *common, title string, context []string, mode textMode, label string) *prompt {
	p := &prompt{common: c, title: title, context: context, mode: mode, label: label}
	p.input = textinput.New()
	p.input.Prompt = "> "
	p.input.CharLimit = 2000
	p.input.Cursor.SetMode(cursor.CursorStatic)
	p.input.PromptStyle = c.st.Accent.Style()
	p.input.Cursor.Style = c.st.Selected.Style()
	p.area = textarea.New()
	p.area.CharLimit = 5000
	p.area.ShowLineNumbers = false
	p.area.Prompt = "│ "
	p.area.Cursor.SetMode(cursor.CursorStatic)
	p.focusText()
	return p
}

// withChoices makes the prompt start on a list, cursor on the value at.
func (p *prompt) withChoices(cs []choice, at string) *prompt {
	p.choices, p.choosing = cs, len(cs) > 0
	for i, c := range cs {
		if c.value == at {
			p.cursor = i
		}
	}
	p.input.Blur()
	p.area.Blur()
	return p
}

func (p *prompt) focusText() {
	switch p.mode {
	case lineText:
		p.input.Focus()
	case blockText:
		p.area.Focus()
	}
}

func (p *prompt) Title() string { return p.title }

func (p *prompt) text() string {
	if p.mode == blockText {
		return strings.TrimSpace(p.area.Value())
	}
	return strings.TrimSpace(p.input.Value())
}

func (p *prompt) Update(msg tea.Msg) (tea.Cmd, bool) {
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return nil, false
	}
	if k.String() == "esc" {
		return nil, true
	}
	if p.choosing {
		return p.choose(k)
	}
	return p.typeText(k)
}

func (p *prompt) choose(k tea.KeyMsg) (tea.Cmd, bool) {
	switch k.String() {
	case "up", "k", "shift+tab":
		p.cursor = (p.cursor - 1 + len(p.choices)) % len(p.choices)
	case "down", "j", "tab":
		p.cursor = (p.cursor + 1) % len(p.choices)
	case "enter":
		if p.mode == noText {
			return p.finish()
		}
		p.choosing = false
		p.focusText()
	}
	return nil, false
}

func (p *prompt) typeText(k tea.KeyMsg) (tea.Cmd, bool) {
	submit := k.String() == "enter"
	if p.mode == blockText {
		submit = k.String() == "ctrl+s"
	}
	if submit {
		return p.finish()
	}
	p.err = ""
	var cmd tea.Cmd
	if p.mode == blockText {
		p.area, cmd = p.area.Update(k)
	} else {
		p.input, cmd = p.input.Update(k)
	}
	return cmd, false
}

// finish vets the text and submits; a refused text keeps the prompt open.
func (p *prompt) finish() (tea.Cmd, bool) {
	text := p.text()
	if p.check != nil {
		if p.err = p.check(text); p.err != "" {
			return nil, false
		}
	}
	value := ""
	if len(p.choices) > 0 {
		value = p.choices[p.cursor].value
	}
	return p.submit(value, text), true
}

// required refuses an empty text, naming what is missing.
func required(what string) func(string) string {
	return func(s string) string {
		if s == "" {
			return what + " is required"
		}
		return ""
	}
}

func (p *prompt) View(w, h int) []string {
	st := p.st
	var lines []string
	for _, c := range p.context {
		lines = append(lines, wrap(c, w)...)
	}
	lines = append(lines, "")
	for i, c := range p.choices {
		mark, ink := "  ", st.Text
		if i == p.cursor {
			mark, ink = "▸ ", st.Bold
			if p.choosing {
				ink = st.Selected
			}
		}
		lines = append(lines, mark+ink.Render(c.label))
	}
	if len(p.choices) > 0 {
		lines = append(lines, "")
	}
	lines = append(lines, p.textLines(w, h-len(lines)-2)...)
	if p.err != "" {
		lines = append(lines, st.Loud.Render(" !! "+p.err+" "))
	}
	lines = append(lines, st.Muted.Render(p.hint()))
	return block(lines, w, h)
}

func (p *prompt) textLines(w, room int) []string {
	switch p.mode {
	case lineText:
		p.input.Width = max(w-4, 1)
		return []string{p.st.Muted.Render(p.label + ":"), p.input.View()}
	case blockText:
		p.area.SetWidth(max(w, 2))
		p.area.SetHeight(max(min(room-1, 14), 1))
		return append([]string{p.st.Muted.Render(p.label + ":")}, strings.Split(p.area.View(), "\n")...)
	}
	return nil
}

func (p *prompt) hint() string {
	switch {
	case p.choosing && p.mode == noText:
		return "↑/↓ choose · enter record · esc cancel"
	case p.choosing:
		return "↑/↓ choose · enter next · esc cancel"
	case p.mode == blockText:
		return "ctrl+s record · enter new line · esc cancel"
	}
	return "enter record · esc cancel"
}

// wrap cuts s into lines of at most w columns, on words where it can.
func wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, strings.Split(ansi.Wrap(para, w, ""), "\n")...)
	}
	return out
}
