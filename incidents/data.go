package incidents

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/warroom-dev/warroom/feeds"
)

// Severity is SEV1 (worst) to SEV4.
type Severity string

const (
	SEV1 Severity = "SEV1"
	SEV2 Severity = "SEV2"
	SEV3 Severity = "SEV3"
	SEV4 Severity = "SEV4"
)

// ParseSeverity accepts SEV1..SEV4 in any case.
func ParseSeverity(s string) (Severity, error) {
	switch v := Severity(upper(s)); v {
	case SEV1, SEV2, SEV3, SEV4:
		return v, nil
	}
	return "", fmt.Errorf("severity %q: want SEV1, SEV2, SEV3 or SEV4", s)
}

// Status is where an incident stands.
type Status string

const (
	StatusInvestigating Status = "investigating"
	StatusIdentified    Status = "identified"
	StatusMonitoring    Status = "monitoring"
	StatusResolved      Status = "resolved"
	StatusClosed        Status = "closed"
)

// ParseStatus accepts one of the five statuses.
func ParseStatus(s string) (Status, error) {
	switch v := Status(s); v {
	case StatusInvestigating, StatusIdentified, StatusMonitoring, StatusResolved, StatusClosed:
		return v, nil
	}
	return "", fmt.Errorf("status %q: want investigating, identified, monitoring, resolved or closed", s)
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// Duration is a time.Duration written as Go text ("15m0s") in JSON.
type Duration time.Duration

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// DeclaredData is the data of incident.declared.
type DeclaredData struct {
	Title    string   `json:"title"`
	Severity Severity `json:"severity"`
	Drill    bool     `json:"drill,omitempty"`
	// TimeZone is the IANA zone the cell works in (reports show it beside UTC).
	TimeZone string `json:"time_zone,omitempty"`
	// UpdateEvery is the promised public update cadence; zero means the
	// default for the severity (see DefaultCadence).
	UpdateEvery Duration `json:"update_every,omitempty"`
}

// StatusData is the data of status.changed.
type StatusData struct {
	Status Status `json:"status"`
}

// SeverityData is the data of severity.changed.
type SeverityData struct {
	Severity Severity `json:"severity"`
}

// RoleData is the data of role.assigned: Name holds Role from now on.
type RoleData struct {
	Role string `json:"role"`
	Name string `json:"name"`
}

// MentionPinnedData is pinned evidence: the sanitized mention as captured,
// the SHA-256 of its raw payload, and the reach figures at capture time.
type MentionPinnedData struct {
	Mention       feeds.Mention `json:"mention"`
	RawSHA256     string        `json:"raw_sha256"`
	Followers     int64         `json:"followers"`
	Metrics       feeds.Metrics `json:"metrics"`
	CapturedAt    time.Time     `json:"captured_at"`
	PinnedBecause string        `json:"why,omitempty"`
}

// FeedSnapshotData is the social signal at one moment, so a report can chart
// what the cell saw when it decided.
type FeedSnapshotData struct {
	At time.Time `json:"at"`
	// PerMinute is mentions per minute for the minutes ending at At, oldest
	// first (the integrator copies aggregate.Snapshot.Minutes' counts).
	PerMinute  []int64      `json:"per_minute,omitempty"`
	RatePerMin float64      `json:"rate_per_min"`
	Neg        int64        `json:"neg"`
	Neu        int64        `json:"neu"`
	Pos        int64        `json:"pos"`
	Net        float64      `json:"net"`
	TopAuthors []AuthorStat `json:"top_authors,omitempty"`
	TopTerms   []TermStat   `json:"top_terms,omitempty"`
}

// AuthorStat is one author's weight in a snapshot.
type AuthorStat struct {
	Handle    string `json:"handle"`
	Platform  string `json:"platform,omitempty"`
	Followers int64  `json:"followers,omitempty"`
	Mentions  int64  `json:"mentions"`
}

// TermStat is one trending term in a snapshot.
type TermStat struct {
	Term   string  `json:"term"`
	Recent int64   `json:"recent"`
	Lift   float64 `json:"lift,omitempty"`
}

// FeedGapData is the data of feed.gap: a feed was blind from From to To.
type FeedGapData struct {
	Feed   string    `json:"feed"`
	From   time.Time `json:"from"`
	To     time.Time `json:"to"`
	Reason string    `json:"reason,omitempty"`
}

// AlertData is the data of alert.fired and alert.acked.
type AlertData struct {
	ID       string  `json:"id"`
	Rule     string  `json:"rule,omitempty"`
	Summary  string  `json:"summary,omitempty"`
	Severity string  `json:"severity,omitempty"`
	Value    float64 `json:"value,omitempty"`
	Topic    string  `json:"topic,omitempty"`
	// Inputs are the rule's figures (window, x, mean, sigma, z, k, baseline,
	// rule version) and the top posts behind it, as the alert engine gave
	// them, so a reviewer can redo the math.
	Inputs json.RawMessage `json:"inputs,omitempty"`
}

// RunbookData is the data of runbook.attached.
type RunbookData struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
	Title   string `json:"title,omitempty"`
}

// StepData is the data of step.started, step.done, step.skipped and
// step.blocked. DueAfter is the step's target counted from the runbook's
// attachment, copied from the runbook so that reports need no runbook.
type StepData struct {
	Runbook  string   `json:"runbook"`
	Step     string   `json:"step"`
	Title    string   `json:"title,omitempty"`
	DueAfter Duration `json:"due_after,omitempty"`
	Reason   string   `json:"reason,omitempty"`
}

// DecisionData is the data of decision.
type DecisionData struct {
	Runbook   string `json:"runbook,omitempty"`
	Step      string `json:"step,omitempty"`
	Question  string `json:"question,omitempty"`
	Answer    string `json:"answer"`
	Rationale string `json:"rationale,omitempty"`
}

// MessageData is the data of message.drafted, .approved and .published.
// Holding marks a holding statement (the first public acknowledgement).
type MessageData struct {
	ID      string `json:"id"`
	Channel string `json:"channel,omitempty"`
	Text    string `json:"text,omitempty"`
	Holding bool   `json:"holding,omitempty"`
	URL     string `json:"url,omitempty"`
}

// ExportData is the data of export: what was exported, so the bundle can be
// matched to the chain later.
type ExportData struct {
	Formats        []string `json:"formats"`
	Dir            string   `json:"dir"`
	HeadSeq        int64    `json:"head_seq"`
	HeadHash       string   `json:"head_hash"`
	ManifestSHA256 string   `json:"manifest_sha256"`
}

// TornTailData is the data of journal.torn_tail.
type TornTailData struct {
	Bytes    int64  `json:"bytes"`
	SHA256   string `json:"sha256"`
	MovedTo  string `json:"moved_to"`
	AfterSeq int64  `json:"after_seq"`
}

// SegmentData is the data of journal.segment: the old file was broken at
// FirstBadSeq; its verified prefix was carried over byte for byte, and the
// old file, kept at OldPath, ended at OldHeadSeq/OldHeadHash.
type SegmentData struct {
	OldPath     string `json:"old_path"`
	OldSHA256   string `json:"old_sha256"`
	OldHeadSeq  int64  `json:"old_head_seq"`
	OldHeadHash string `json:"old_head_hash"`
	FirstBadSeq int64  `json:"first_bad_seq"`
	Reason      string `json:"reason"`
}

// D is d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }
