package tui

import (
	"io"
	"os"
	"time"
)

// DefaultTick is the snapshot pull interval: 10 frames a second.
const DefaultTick = 100 * time.Millisecond

// Options tune a terminal session. The zero value is usable: every field has
// a default filled in by withDefaults.
type Options struct {
	// Brand overrides the brand the room reports in its snapshots.
	Brand string
	// Tick is how often a snapshot is pulled from the room (default 100 ms).
	Tick time.Duration
	// Clock returns the current time (default time.Now); tests pin it.
	Clock func() time.Time
	// Local is the crisis cell's time zone shown next to UTC (default
	// time.Local).
	Local *time.Location
	// NoColor drops every color and keeps only bold and reverse video. The
	// NO_COLOR environment variable (read through Getenv) sets it too.
	NoColor bool
	// Light says the terminal has a light background. Without it the
	// COLORFGBG variable is consulted, then dark is assumed: querying the
	// terminal could stall the start.
	Light bool
	// Input and Output default to the process's stdin and stdout.
	Input  io.Reader
	Output io.Writer
	// Getenv reads the environment (default os.Getenv).
	Getenv func(string) string
	// Bell rings the terminal bell once per new alert firing; the
	// integrator sets it from alerts.Config.Bell.
	Bell bool
	// Snooze is how long z silences an alert (default DefaultSnooze).
	Snooze time.Duration
}

func (o Options) withDefaults() Options {
	if o.Tick <= 0 {
		o.Tick = DefaultTick
	}
	if o.Snooze <= 0 {
		o.Snooze = DefaultSnooze
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Local == nil {
		o.Local = time.Local
	}
	if o.Input == nil {
		o.Input = os.Stdin
	}
	if o.Output == nil {
		o.Output = os.Stdout
	}
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
	if o.Getenv("NO_COLOR") != "" {
		o.NoColor = true
	}
	return o
}

// darkBackground decides the background without asking the terminal:
// COLORFGBG ("15;0") names the background color index last; 7 and 15 are
// light, everything else dark.
func (o Options) darkBackground() bool {
	if o.Light {
		return false
	}
	v := o.Getenv("COLORFGBG")
	for i := len(v) - 1; i >= 0; i-- {
		if v[i] == ';' {
			v = v[i+1:]
			break
		}
	}
	return v != "7" && v != "15"
}
