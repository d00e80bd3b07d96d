package room

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/alerts"
	"github.com/warroom-dev/warroom/feeds"
	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/runbooks"
)

// alertJournalTimeout bounds a journal write made by the alert ticker, so a
// stuck disk cannot stop alert evaluation.
const alertJournalTimeout = 5 * time.Second

// AlertAction is what an operator does to an alert.
type AlertAction string

const (
	AlertAck      AlertAction = "ack"
	AlertSnooze   AlertAction = "snooze"
	AlertEscalate AlertAction = "escalate"
	AlertResolve  AlertAction = "resolve"
)

// ActOnAlert moves an alert along its lifecycle. With an incident open, an
// acknowledgement is journaled (alert.acked). Escalating without an open
// incident returns the runbooks that match the alert, best first, for the
// terminal to propose in its declaration form.
func (l *Live) ActOnAlert(ctx context.Context, id string, act AlertAction, snooze time.Duration) ([]*runbooks.Runbook, error) {
	if l.alerts == nil {
		return nil, fmt.Errorf("no alert engine")
	}
	now := l.clock()
	var a alerts.Alert
	var err error
	l.pipe.Locked(func() {
		switch act {
		case AlertAck:
			err = l.alerts.Ack(id, l.desk.actor.Name, now)
		case AlertSnooze:
			err = l.alerts.Snooze(id, snooze, now)
		case AlertEscalate:
			err = l.alerts.Escalate(id, now)
		case AlertResolve:
			err = l.alerts.Resolve(id, now)
		default:
			err = fmt.Errorf("unknown alert action %q", act)
		}
		a, _ = l.alerts.Get(id)
	})
	if err != nil {
		return nil, err
	}
	if j := l.openJournal(); j != nil && act != AlertEscalate {
		if act == AlertAck {
			_, err = j.Append(ctx, alertDraft(incidents.KindAlertAcked, incidents.SourceOperator, a))
		}
		return nil, err
	}
	if act == AlertEscalate {
		return l.proposals(a), nil
	}
	return nil, nil
}

// proposals are the runbooks matching an alert, in the operator's language
// first.
func (l *Live) proposals(a alerts.Alert) []*runbooks.Runbook {
	if l.desk.library == nil {
		return nil
	}
	rules := []string{a.Rule}
	for _, f := range a.Firings {
		rules = append(rules, f.Rule)
	}
	return l.desk.library.Match(string(IncidentSeverity(a.Severity)), []string{a.Topic}, rules, "")
}

// IncidentSeverity is the incident severity proposed for an alert's: a
// critical alert suggests SEV1, a low one SEV4.
func IncidentSeverity(s alerts.Severity) incidents.Severity {
	switch s {
	case alerts.Critical:
		return incidents.SEV1
	case alerts.High:
		return incidents.SEV2
	case alerts.Medium:
		return incidents.SEV3
	}
	return incidents.SEV4
}

// journalAlerts records new and upgraded firings in the open incident.
// Called from the alert ticker outside the pipeline lock: an fsync must
// never hold up ingestion.
func (l *Live) journalAlerts(changed []alerts.Alert) {
	j := l.openJournal()
	if j == nil {
		return
	}
	for _, a := range changed {
		switch a.Change {
		case alerts.ChangeFired, alerts.ChangeUpgraded, alerts.ChangeMerged:
		default:
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), alertJournalTimeout)
		_, _ = j.Append(ctx, alertDraft(incidents.KindAlertFired, incidents.SourceAlert, a)) // a failed write shows in the journal's own error state
		cancel()
	}
}

// alertDraft records the alert's latest firing: a negative surge merged
// into a spike alert is journaled as the negative surge it is.
func alertDraft(kind incidents.Kind, src incidents.Source, a alerts.Alert) incidents.Draft {
	f := a.Latest()
	inputs, _ := json.Marshal(struct {
		Inputs alerts.Inputs `json:"inputs"`
		Top    []alerts.Post `json:"top,omitempty"`
	}{f.Inputs, f.Top})
	return incidents.Draft{Source: src, Kind: kind, Body: f.Summary,
		Data: incidents.AlertData{ID: a.ID, Rule: f.Rule, Summary: f.Summary, Severity: string(f.Severity),
			Value: f.Inputs.Z, Topic: a.Topic, Inputs: inputs}}
}

// journalGaps records, in the open incident, every feed gap that closed
// since the last tick: a reviewer must see when the room was blind.
// Only the alert ticker calls it, so lastGap needs no lock.
func (l *Live) journalGaps(sts []feeds.Status) {
	j := l.openJournal()
	for _, s := range sts {
		for _, g := range s.Gaps {
			if g.To.IsZero() || !g.To.After(l.lastGap[s.Name]) {
				continue
			}
			l.lastGap[s.Name] = g.To
			if j == nil {
				continue
			}
			reason := "disconnected; not replayable"
			if g.Replayable {
				reason = "disconnected; replayed on resume"
			}
			ctx, cancel := context.WithTimeout(context.Background(), alertJournalTimeout)
			_, _ = j.Append(ctx, incidents.Draft{Source: incidents.SourceFeed, Kind: incidents.KindFeedGap,
				Body: fmt.Sprintf("%s blind for %s", s.Name, g.To.Sub(g.From).Round(time.Second)),
				Data: incidents.FeedGapData{Feed: s.Name, From: g.From.UTC(), To: g.To.UTC(), Reason: reason}})
			cancel()
		}
	}
}
