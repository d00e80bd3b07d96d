// Package incidents is the incident journal: an append-only, tamper-evident
// JSONL file that survives crashes and is the single source of truth for an
// incident's state. Every entry carries the SHA-256 of its predecessor, so an
// edited, deleted or reordered line breaks the chain at a known seq. State is
// never stored: it is derived by replaying the entries (see Replay).
package incidents

import (
	"encoding/json"
	"time"
)

// Source says who produced an entry.
type Source string

const (
	SourceOperator Source = "operator"
	SourceSystem   Source = "system"
	SourceRunbook  Source = "runbook"
	SourceFeed     Source = "feed"
	SourceAlert    Source = "alert"
)

// Kind is what an entry records; Data's shape depends on it (see data.go).
type Kind string

const (
	KindDeclared         Kind = "incident.declared"
	KindStatusChanged    Kind = "status.changed"
	KindSeverityChanged  Kind = "severity.changed"
	KindRoleAssigned     Kind = "role.assigned"
	KindNote             Kind = "note"
	KindCorrection       Kind = "correction"
	KindMentionPinned    Kind = "mention.pinned"
	KindFeedSnapshot     Kind = "feed.snapshot"
	KindFeedGap          Kind = "feed.gap"
	KindAlertFired       Kind = "alert.fired"
	KindAlertAcked       Kind = "alert.acked"
	KindRunbookAttached  Kind = "runbook.attached"
	KindStepStarted      Kind = "step.started"
	KindStepDone         Kind = "step.done"
	KindStepSkipped      Kind = "step.skipped"
	KindStepBlocked      Kind = "step.blocked"
	KindDecision         Kind = "decision"
	KindMessageDrafted   Kind = "message.drafted"
	KindMessageApproved  Kind = "message.approved"
	KindMessagePublished Kind = "message.published"
	KindExport           Kind = "export"
	KindResolved         Kind = "incident.resolved"
	// KindTornTail is written by the journal itself when Open moved an
	// incomplete last line aside.
	KindTornTail Kind = "journal.torn_tail"
	// KindSegment starts a new segment after a broken chain; it references
	// the old head (see Options.NewSegment).
	KindSegment Kind = "journal.segment"
)

// Known reports whether k is one of the kinds above.
func (k Kind) Known() bool {
	switch k {
	case KindDeclared, KindStatusChanged, KindSeverityChanged, KindRoleAssigned, KindNote, KindCorrection,
		KindMentionPinned, KindFeedSnapshot, KindFeedGap, KindAlertFired, KindAlertAcked, KindRunbookAttached,
		KindStepStarted, KindStepDone, KindStepSkipped, KindStepBlocked, KindDecision, KindMessageDrafted,
		KindMessageApproved, KindMessagePublished, KindExport, KindResolved, KindTornTail, KindSegment:
		return true
	}
	return false
}

// Known reports whether s is one of the sources above.
func (s Source) Known() bool {
	switch s {
	case SourceOperator, SourceSystem, SourceRunbook, SourceFeed, SourceAlert:
		return true
	}
	return false
}

// Actor is who an entry is attributed to.
type Actor struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// Entry is one line of the journal. Entries are immutable: a mistake is
// fixed by a later entry whose Supersedes names the earlier seq.
type Entry struct {
	Seq      int64  `json:"seq"`
	ID       string `json:"id"`
	Incident string `json:"incident"`
	// RecordedAt is when the journal wrote the entry: UTC, millisecond
	// precision, never decreasing within a file.
	RecordedAt time.Time `json:"recorded_at"`
	// EventAt is the time the operator asserts the fact happened, when it
	// was logged after the fact. It keeps the offset it was given with.
	EventAt    *time.Time      `json:"event_at,omitempty"`
	Actor      Actor           `json:"actor"`
	Source     Source          `json:"source"`
	Kind       Kind            `json:"kind"`
	Body       string          `json:"body,omitempty"`
	Data       json.RawMessage `json:"data,omitempty"`
	Supersedes int64           `json:"supersedes,omitempty"`
	PrevHash   string          `json:"prev_hash"`
	Hash       string          `json:"hash"`
}

// At is the time the entry's fact happened: EventAt when given, else
// RecordedAt.
func (e Entry) At() time.Time {
	if e.EventAt != nil {
		return *e.EventAt
	}
	return e.RecordedAt
}

// Decode unmarshals the entry's data into v.
func (e Entry) Decode(v any) error {
	if len(e.Data) == 0 {
		return nil
	}
	return json.Unmarshal(e.Data, v)
}

// Draft is what a caller asks the journal to append; the journal fills in
// seq, id, recorded_at and the hashes.
type Draft struct {
	// Incident may be empty: the journal's incident is used.
	Incident string
	EventAt  *time.Time
	// Actor may be empty: Options.Actor is used.
	Actor  Actor
	Source Source
	Kind   Kind
	Body   string
	// Data is marshalled to JSON (see data.go for each kind's struct).
	Data       any
	Supersedes int64
}
