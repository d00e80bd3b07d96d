package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/warroom-dev/warroom/feeds"
)

// streamCols are the widths of the fixed columns; narrow panes drop the
// platform, then the followers, so the text keeps some room.
type streamCols struct{ platform, author, followers int }

func colsFor(w int) streamCols {
	c := streamCols{platform: 8, author: min(max(w/5, 10), 22), followers: 5}
	if w < 90 {
		c.platform = 0
	}
	if w < 44 {
		c.followers = 0
	}
	return c
}

// View draws the visible rows and a status line.
func (p *stream) View() []string {
	w, h := p.width, p.height
	if h <= 0 {
		return nil
	}
	lines := make([]string, 0, h)
	end := min(p.offset+p.listHeight(), len(p.rows))
	c := colsFor(w)
	for i := p.offset; i < end; i++ {
		lines = append(lines, p.row(p.rows[i], c, w, i == p.cursor))
	}
	if len(p.rows) == 0 {
		lines = append(lines, p.st.Muted.Render(p.emptyText()))
	}
	lines = block(lines, w, h-1)
	return append(lines, fit(p.statusLine(), w))
}

func (p *stream) emptyText() string {
	if len(p.live) == 0 && len(p.frozen) == 0 {
		return "no mentions yet"
	}
	return "no mention matches"
}

// row is one mention: time, platform, author, followers, mark, text.
func (p *stream) row(m *feeds.Mention, c streamCols, w int, selected bool) string {
	st := p.st
	mark, markStyle := p.mark(m)
	t := m.CreatedAt.In(p.loc).Format("15:04:05")
	author := "@" + m.Author.Handle
	if m.Author.Handle == "" {
		author = m.Author.Name
	}
	parts := []string{t}
	gutter := " "
	if selected {
		gutter = "›" // the selection reads without color too
	}
	if c.platform > 0 {
		parts = append(parts, fit(m.Platform, c.platform))
	}
	parts = append(parts, fit(author, c.author))
	if c.followers > 0 {
		parts = append(parts, fmt.Sprintf("%*s", c.followers, followers(m.Author.Followers)))
	}
	used := len(parts) + 1 // the gutter, and a space after each part
	for _, s := range parts {
		used += ansi.StringWidth(s)
	}
	text := fit(m.Text, max(w-used-2, 0))
	if selected {
		return st.Selected.Render(fit(gutter+strings.Join(parts, " ")+" "+mark+" "+text, w))
	}
	var b strings.Builder
	b.WriteString(gutter)
	b.WriteString(st.Muted.Render(parts[0]))
	for i, s := range parts[1:] {
		b.WriteByte(' ')
		if i == len(parts)-2 && c.followers > 0 {
			b.WriteString(st.Muted.Render(s))
		} else {
			b.WriteString(st.Bold.Render(s))
		}
	}
	return b.String() + " " + markStyle.Render(mark) + " " + st.Text.Render(text)
}

// mark is the sentiment sign of the chosen score: - negative, + positive,
// · neutral, ? unscored or no score of that kind.
func (p *stream) mark(m *feeds.Mention) (string, Ink) {
	s := p.score.of(m)
	switch {
	case s == nil || s.Unscored:
		return "?", p.st.Muted
	case s.Label == feeds.Negative:
		return "-", p.st.Neg
	case s.Label == feeds.Positive:
		return "+", p.st.Pos
	}
	return "·", p.st.Neu
}

// followers is a follower count, or blank when unknown.
func followers(n int64) string {
	if n <= 0 {
		return "-"
	}
	return humanCount(n)
}

// statusLine says whether the list follows, what filters apply, and any
// notice; while typing it is the filter input.
func (p *stream) statusLine() string {
	st := p.st
	if p.typing {
		return p.filter.View()
	}
	var parts []string
	if p.paused {
		parts = append(parts, st.Warn.Render(fmt.Sprintf("PAUSED +%d new (p)", p.newSincePause())))
	} else {
		parts = append(parts, st.OK.Render("following"))
	}
	parts = append(parts, st.Muted.Render(fmt.Sprintf("%d/%d", min(p.cursor+1, len(p.rows)), len(p.rows))))
	if q := p.filter.Value(); q != "" {
		parts = append(parts, st.Accent.Render("/"+q))
	}
	if p.negOnly {
		parts = append(parts, st.Neg.Render("negative only"))
	}
	if p.byReach {
		parts = append(parts, st.Accent.Render("by reach"))
	}
	if p.flash != "" {
		parts = append(parts, st.Warn.Render(p.flash))
	}
	return strings.Join(parts, st.Muted.Render(" · "))
}
