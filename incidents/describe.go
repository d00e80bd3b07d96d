package incidents

import (
	"fmt"
	"strings"
	"time"

	"github.com/warroom-dev/warroom/sanitize"
)

// Summary is a one-line, human reading of an entry for timelines: what
// happened, with the kind's data spelled out.
func Summary(e Entry) string {
	s := summarize(e)
	if e.Body != "" && !strings.Contains(s, e.Body) {
		if s == "" {
			s = e.Body
		} else {
			s += ": " + e.Body
		}
	}
	if e.Supersedes > 0 {
		s += fmt.Sprintf(" (supersedes #%d)", e.Supersedes)
	}
	// Entries are sanitized when appended, but a journal file can come from
	// anywhere: what is shown on one line is made safe again.
	return sanitize.Text(s, 0)
}

func summarize(e Entry) string {
	switch e.Kind {
	case KindDeclared:
		var d DeclaredData
		e.Decode(&d)
		drill := ""
		if d.Drill {
			drill = " [DRILL]"
		}
		return fmt.Sprintf("declared %s %q%s", d.Severity, d.Title, drill)
	case KindStatusChanged:
		var d StatusData
		e.Decode(&d)
		return "status → " + string(d.Status)
	case KindSeverityChanged:
		var d SeverityData
		e.Decode(&d)
		return "severity → " + string(d.Severity)
	case KindRoleAssigned:
		var d RoleData
		e.Decode(&d)
		return fmt.Sprintf("%s is %s", d.Name, d.Role)
	case KindRunbookAttached:
		var d RunbookData
		e.Decode(&d)
		return fmt.Sprintf("runbook %s v%s attached (sha256 %.12s)", d.ID, d.Version, d.SHA256)
	case KindStepStarted, KindStepDone, KindStepSkipped, KindStepBlocked:
		var d StepData
		e.Decode(&d)
		return stepSummary(e.Kind, d)
	}
	return summarizeMore(e)
}

func stepSummary(k Kind, d StepData) string {
	verb := strings.TrimPrefix(string(k), "step.")
	s := fmt.Sprintf("step %s %s", d.Step, verb)
	if d.Title != "" {
		s = fmt.Sprintf("step %s (%s) %s", d.Step, d.Title, verb)
	}
	if d.Reason != "" {
		s += " because " + d.Reason
	}
	return s
}

func summarizeMore(e Entry) string {
	switch e.Kind {
	case KindDecision:
		var d DecisionData
		e.Decode(&d)
		s := "decided: " + d.Answer
		if d.Question != "" {
			s = d.Question + " → " + d.Answer
		}
		if d.Rationale != "" {
			s += " (" + d.Rationale + ")"
		}
		return s
	case KindMessageDrafted, KindMessageApproved, KindMessagePublished:
		var d MessageData
		e.Decode(&d)
		return fmt.Sprintf("message %s %s", d.ID, strings.TrimPrefix(string(e.Kind), "message."))
	case KindMentionPinned:
		var d MentionPinnedData
		e.Decode(&d)
		return fmt.Sprintf("pinned @%s (%d followers): %s", d.Mention.Author.Handle, d.Followers, d.Mention.Text)
	case KindFeedSnapshot:
		var d FeedSnapshotData
		e.Decode(&d)
		return fmt.Sprintf("feed snapshot: %.0f/min, neg %d neu %d pos %d", d.RatePerMin, d.Neg, d.Neu, d.Pos)
	case KindFeedGap:
		var d FeedGapData
		e.Decode(&d)
		return fmt.Sprintf("feed %s blind for %s", d.Feed, d.To.Sub(d.From).Round(time.Second))
	case KindAlertFired, KindAlertAcked:
		var d AlertData
		e.Decode(&d)
		s := fmt.Sprintf("alert %s %s", d.ID, strings.TrimPrefix(string(e.Kind), "alert."))
		if d.Summary != "" {
			s += ": " + d.Summary
		}
		return s
	case KindResolved:
		return "incident resolved"
	case KindExport:
		return "exported"
	}
	return ""
}

// Local is the zone a journal's times are shown in beside UTC: name when
// given, else the incident's declared zone, else UTC.
func Local(name string, entries []Entry) (*time.Location, error) {
	if name == "" {
		for _, e := range entries {
			if e.Kind == KindDeclared {
				var d DeclaredData
				e.Decode(&d)
				name = d.TimeZone
				break
			}
		}
	}
	if name == "" {
		return time.UTC, nil
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return nil, fmt.Errorf("time zone %q: %w", name, err)
	}
	return loc, nil
}

// TimePair formats t in UTC and in loc, for "side by side" timelines.
func TimePair(t time.Time, loc *time.Location) (utc, local string) {
	return t.UTC().Format("2006-01-02 15:04:05Z"), t.In(loc).Format("2006-01-02 15:04:05 MST")
}
