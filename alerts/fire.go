package alerts

import (
	"slices"
	"time"
)

// maxFirings caps the firing history of one alert.
const maxFirings = 16

// ruleKey names one rule on one target ("t:"+topic or "f:"+feed).
type ruleKey struct{ rule, target string }

// ruleState is one rule's memory on one target: its cooldown, its current
// episode (consecutive evaluations where the condition held) and the recent
// severities that decide an upgrade.
type ruleState struct {
	lastFire time.Time
	alert    *tracked
	episode  bool
	sevs     []int // severity ranks of the episode's latest evaluations
}

func topicTarget(topic string) string { return "t:" + topic }
func feedTarget(feed string) string   { return "f:" + feed }

// judge applies the guards to one evaluation of rule on target. f is the
// firing the rule would make, nil when its condition does not hold.
// longevity is how many consecutive evaluations a higher severity needs.
func (e *Engine) judge(target, topic, feed string, rule string, f *Firing, longevity int, now time.Time) {
	key := ruleKey{rule, target}
	rs := e.rules[key]
	if f == nil {
		if rs != nil {
			rs.episode, rs.sevs = false, rs.sevs[:0]
		}
		return
	}
	if rs == nil {
		rs = &ruleState{}
		e.rules[key] = rs
	}
	rs.sevs = append(rs.sevs, f.Severity.Rank())
	if len(rs.sevs) > longevity {
		rs.sevs = append(rs.sevs[:0], rs.sevs[len(rs.sevs)-longevity:]...)
	}
	cooling := !rs.lastFire.IsZero() && now.Sub(rs.lastFire) < e.cfg.Cooldown
	if rs.alert != nil && rs.alert.Active() && (rs.episode || cooling) {
		rs.episode = true
		rs.alert.seen = now
		e.maybeUpgrade(rs, rule, f, longevity, now)
		return
	}
	wasEpisode := rs.episode
	rs.episode = true
	if cooling || wasEpisode {
		return // the cell dealt with this episode already, or it is too soon
	}
	f.Rule, f.At = rule, now
	f.Inputs.RuleVersion = ruleVersion[rule]
	rs.alert, rs.lastFire = e.place(target, topic, feed, *f, now), now
	rs.sevs = append(rs.sevs[:0], f.Severity.Rank())
}

// maybeUpgrade raises the alert's severity to the lowest severity of the
// last longevity evaluations, if that is higher than the alert's.
func (e *Engine) maybeUpgrade(rs *ruleState, rule string, f *Firing, longevity int, now time.Time) {
	if len(rs.sevs) < longevity {
		return
	}
	rank := slices.Min(rs.sevs)
	a := rs.alert
	if rank <= a.Severity.Rank() {
		return
	}
	f.Severity = severityOf(rank)
	f.Rule, f.At = rule, now
	f.Inputs.RuleVersion = ruleVersion[rule]
	e.update(a, *f, ChangeUpgraded)
}

// place merges firing f into the target's recent alert or opens a new one.
func (e *Engine) place(target, topic, feed string, f Firing, now time.Time) *tracked {
	if a := e.open[target]; a != nil && a.Active() && now.Sub(a.Latest().At) <= e.cfg.MergeWindow {
		a.seen = now
		e.update(a, f, ChangeMerged)
		return a
	}
	a := &tracked{Alert: Alert{
		ID: e.newID(now), Rule: f.Rule, Topic: topic, Feed: feed, Severity: f.Severity,
		State: StateFiring, FiredAt: now,
	}, seen: now}
	e.alerts = append(e.alerts, a)
	e.open[target] = a
	e.update(a, f, ChangeFired)
	return a
}

// update records firing f on a, copy-on-write so that copies handed out
// earlier never change, and reports the change.
func (e *Engine) update(a *tracked, f Firing, change Change) {
	firings := make([]Firing, 0, min(len(a.Firings)+1, maxFirings))
	firings = append(firings, a.Firings[max(0, len(a.Firings)+1-maxFirings):]...)
	a.Firings = append(firings, f)
	a.Inputs, a.Top, a.Summary = f.Inputs, f.Top, f.Summary
	a.UpdatedAt, a.Change = f.At, change
	if f.Severity.Rank() > a.Severity.Rank() {
		a.Severity = f.Severity
		if a.State == StateAcknowledged || a.State == StateSnoozed {
			a.State, a.SnoozedUntil = StateFiring, time.Time{} // worse than what was acknowledged
		}
	}
	e.emit(a)
}

func (e *Engine) emit(a *tracked) { e.out = append(e.out, a.Alert) }
