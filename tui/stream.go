package tui

import (
	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"

	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/room"
)

// stream is the live list of mentions, newest first. It follows the room
// until paused; the selection sticks to its mention as new ones arrive.
type stream struct {
	base
	keys streamKeys

	live   []*feeds.Mention // the latest snapshot's ring, newest first
	frozen []*feeds.Mention // what was on screen when paused
	paused bool

	negOnly, byReach bool
	filter           textinput.Model
	typing           bool // the filter has the keyboard
	folded           foldCache

	rows   []*feeds.Mention // live or frozen, filtered and sorted
	cursor int              // index in rows
	offset int              // first row on screen
	selID  string           // the selected mention, kept across refreshes
	flash  string           // a one-shot notice in the status line
}

func newStream(c *common) *stream {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "text or author"
	ti.CharLimit = 200
	ti.Cursor.SetMode(cursor.CursorStatic) // no blink: no re-render twice a second
	ti.PromptStyle = c.st.Accent.Style()
	ti.TextStyle = c.st.Text.Style()
	ti.PlaceholderStyle = c.st.Muted.Style()
	ti.Cursor.Style = c.st.Selected.Style()
	ti.Cursor.TextStyle = c.st.Text.Style()
	return &stream{base: base{common: c}, keys: newStreamKeys(), filter: ti}
}

func (p *stream) Focusable() bool           { return true }
func (p *stream) Capturing() bool           { return p.typing }
func (p *stream) ShortHelp() []key.Binding  { return p.keys.ShortHelp() }
func (p *stream) FullHelp() [][]key.Binding { return p.keys.FullHelp() }

func (p *stream) Title() string {
	t := "Stream"
	if p.paused {
		t += " · PAUSED"
	}
	return t
}

func (p *stream) SetSnapshot(s *room.Snapshot) {
	p.live = s.Agg.Recent
	p.rebuild()
}

func (p *stream) SetSize(w, h int) {
	p.base.SetSize(w, h)
	p.filter.Width = max(w-3, 1)
	p.scrollIntoView()
}

// listHeight is the rows left for mentions under the status line.
func (p *stream) listHeight() int { return max(p.height-1, 0) }
