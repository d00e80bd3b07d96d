package alerts

import (
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// feedState remembers since when a feed has been silent.
type feedState struct {
	silentSince time.Time
}

// checkFeed evaluates feed_down and feed_silent on one feed's status:
// silence must never look like calm. A feed that is live and talking again
// resolves its alert (unless people escalated it).
func (e *Engine) checkFeed(s feeds.Status, now time.Time) {
	fs := e.feeds[s.Name]
	if fs == nil {
		fs = &feedState{}
		e.feeds[s.Name] = fs
	}
	target := feedTarget(s.Name)
	silent := s.State != feeds.StateStopped && s.Silent(now)
	if !silent {
		fs.silentSince = time.Time{}
	} else if fs.silentSince.IsZero() {
		fs.silentSince = now
	}
	if e.cfg.Feed.Off {
		return
	}
	down, quiet := e.feedVerdict(s, fs, now)
	e.judge(target, "", s.Name, RuleDown, down, 1, now)
	e.judge(target, "", s.Name, RuleSilent, quiet, 1, now)
	if !silent {
		e.recover(target, now)
	}
}

// feedVerdict returns the feed_down or feed_silent firing the status calls
// for (at most one of them), or nils.
func (e *Engine) feedVerdict(s feeds.Status, fs *feedState, now time.Time) (down, quiet *Firing) {
	since := s.LastEvent
	if since.IsZero() {
		since = s.LiveSince
	}
	in := Inputs{FeedState: string(s.State), QuietAfter: s.QuietAfter}
	if !since.IsZero() {
		in.Silence = now.Sub(since)
	}
	switch {
	case s.State == feeds.StateDown || s.State == feeds.StateAuthFailed:
		in.Window = now.Sub(fs.silentSince)
		detail := ""
		if s.LastError != "" {
			detail = ": " + s.LastError
		}
		return &Firing{Severity: High, Inputs: in,
			Summary: fmt.Sprintf("feed %s is %s%s", s.Name, s.State, detail)}, nil
	case fs.silentSince.IsZero():
		return nil, nil
	case s.State == feeds.StateLive:
		in.Window = s.QuietAfter
		return nil, &Firing{Severity: Medium, Inputs: in,
			Summary: fmt.Sprintf("feed %s is live but silent for %s (quiet after %s)", s.Name, in.Silence.Round(time.Second), s.QuietAfter)}
	case now.Sub(fs.silentSince) >= e.cfg.Feed.Grace:
		in.Window = now.Sub(fs.silentSince)
		return nil, &Firing{Severity: Medium, Inputs: in,
			Summary: fmt.Sprintf("feed %s is %s for %s", s.Name, s.State, in.Window.Round(time.Second))}
	}
	return nil, nil
}

// recover resolves the feed alert of target once the feed is healthy.
func (e *Engine) recover(target string, now time.Time) {
	a := e.open[target]
	if a == nil || !a.Active() || a.State == StateEscalated {
		return
	}
	a.State, a.ResolvedAt, a.UpdatedAt, a.Change = StateResolved, now, now, ChangeResolved
	e.emit(a)
}
