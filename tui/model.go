package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/warroom-dev/warroom/room"
)

// headerHeight is the header's fixed height; it is always on screen.
const headerHeight = 2

// Model is the whole terminal: a header, the pane manager (layout, focus,
// key routing) and a render cache. Panes are pointers shared by copies of
// the Model; Update is the only place that changes them.
type Model struct {
	room   room.Room
	opts   Options
	c      *common
	keys   globalKeys
	header *header
	banner *banner
	panes  []Pane
	help   *helpView

	width, height int
	layout        string
	placed        []placement // sorted by X so lines concatenate left to right
	focus         PaneID
	showHelp      bool
	cache         *frameCache
}

// New builds a Model reading r. It does not touch the terminal; Run does.
func New(r room.Room, opts Options) Model {
	opts = opts.withDefaults()
	rend := lipgloss.NewRenderer(opts.Output)
	if opts.NoColor && termenv.NewOutput(opts.Output).ColorProfile() != termenv.Ascii {
		// lipgloss would drop every attribute under NO_COLOR; a mono theme
		// on an ANSI profile keeps bold and reverse video, which NO_COLOR
		// allows, so that alarms stay loud on a terminal.
		rend.SetColorProfile(termenv.ANSI)
	}
	rend.SetHasDarkBackground(opts.darkBackground())
	return newModel(r, opts, rend)
}

func newModel(r room.Room, opts Options, rend *lipgloss.Renderer) Model {
	theme := darkTheme()
	switch {
	case opts.NoColor:
		theme = monoTheme()
	case !opts.darkBackground():
		theme = lightTheme()
	}
	st := newStyles(rend, theme)
	c := &common{st: &st, clock: opts.Clock, loc: opts.Local, snooze: opts.Snooze, desk: newDeskUI(r)}
	c.now = c.clock()
	m := Model{
		room: r, opts: opts, c: c, keys: newGlobalKeys(),
		header: newHeader(c, opts.Brand), banner: newBanner(c), panes: newPanes(c),
		focus: StreamPane, cache: newFrameCache(),
	}
	m.help = newHelpView(c, m.keys, m.panes)
	return m
}

// Init pulls the first snapshot at once and starts the clock.
func (m Model) Init() tea.Cmd {
	m.header.pullingSince = m.c.clock()
	return tea.Batch(pullCmd(m.room), tickCmd(m.opts.Tick))
}

// apply hands a snapshot to every component.
func (m *Model) apply(s *room.Snapshot) {
	m.c.now = m.c.clock()
	m.header.SetSnapshot(s)
	m.banner.SetSnapshot(s)
	for _, p := range m.panes {
		p.SetSnapshot(s)
	}
	m.cache.invalidateAll()
}
