package tui

import (
	"time"

	"github.com/warroom-dev/warroom/aggregate"
)

// intervalMode is which series a time chart reads.
type intervalMode int

const (
	intervalAuto intervalMode = iota
	intervalSeconds
	intervalMinutes
	numIntervalModes
)

func (m intervalMode) String() string {
	return [...]string{"auto", "seconds", "minutes"}[m]
}

// secondSteps are the seconds a column may stand for, so that the whole
// seconds ring fits a narrow chart.
func secondSteps() []int { return []int{1, 2, 3, 5, 10, 15, 30, 60} }

// series is a chosen, rolled-up time series ready to draw.
type series struct {
	bins []aggregate.Bin
	step time.Duration // what one column stands for
}

// pickSeries chooses the series for a chart cols wide. Auto reads minutes
// once their history fills the chart (a long crisis), seconds before that
// (the first minutes, when every second counts), rolling seconds up so the
// whole ring fits.
func pickSeries(a *aggregate.Snapshot, mode intervalMode, cols int) series {
	if mode == intervalAuto {
		mode = intervalSeconds
		if len(a.Minutes) >= cols {
			mode = intervalMinutes
		}
	}
	if mode == intervalMinutes {
		return series{bins: rollup(a.Minutes, 1, cols), step: time.Minute}
	}
	steps := secondSteps()
	step := steps[len(steps)-1]
	for _, s := range steps {
		if s*cols >= len(a.Seconds) {
			step = s
			break
		}
	}
	return series{bins: rollup(a.Seconds, step, cols), step: time.Duration(step) * time.Second}
}
