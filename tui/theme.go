package tui

import "github.com/charmbracelet/lipgloss"

// Theme names colors by meaning, never by hue, so that a pane asks for
// "negative" or "alarm" and the theme decides what that looks like.
type Theme struct {
	Text, Muted, Accent lipgloss.TerminalColor
	Border, Focus       lipgloss.TerminalColor
	Neg, Neu, Pos       lipgloss.TerminalColor
	OK, Warn, Alarm     lipgloss.TerminalColor
	// AlarmText is drawn on an Alarm background.
	AlarmText lipgloss.TerminalColor
	// Bar is the background of the header bar.
	Bar lipgloss.TerminalColor
}

// darkTheme and lightTheme are the colored themes; the ANSI-256 indexes
// render the same in every 256-color terminal.
func darkTheme() Theme {
	return Theme{
		Text: lipgloss.Color("252"), Muted: lipgloss.Color("244"), Accent: lipgloss.Color("39"),
		Border: lipgloss.Color("240"), Focus: lipgloss.Color("214"),
		Neg: lipgloss.Color("203"), Neu: lipgloss.Color("246"), Pos: lipgloss.Color("78"),
		OK: lipgloss.Color("78"), Warn: lipgloss.Color("214"), Alarm: lipgloss.Color("196"),
		AlarmText: lipgloss.Color("231"), Bar: lipgloss.Color("236"),
	}
}

func lightTheme() Theme {
	return Theme{
		Text: lipgloss.Color("235"), Muted: lipgloss.Color("242"), Accent: lipgloss.Color("25"),
		Border: lipgloss.Color("248"), Focus: lipgloss.Color("166"),
		Neg: lipgloss.Color("160"), Neu: lipgloss.Color("243"), Pos: lipgloss.Color("28"),
		OK: lipgloss.Color("28"), Warn: lipgloss.Color("166"), Alarm: lipgloss.Color("160"),
		AlarmText: lipgloss.Color("231"), Bar: lipgloss.Color("254"),
	}
}

// monoTheme has no color at all (NO_COLOR): loudness comes from reverse
// video, bold and the words themselves.
func monoTheme() Theme {
	n := lipgloss.NoColor{}
	return Theme{Text: n, Muted: n, Accent: n, Border: n, Focus: n, Neg: n, Neu: n, Pos: n,
		OK: n, Warn: n, Alarm: n, AlarmText: n, Bar: n}
}
