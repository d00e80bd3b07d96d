// Package runbooks reads, checks and walks crisis runbooks in the
// warroom.runbook/v1 TOML format: a plan written in calm times by a comms
// lead, with a clock on every step, followed step by step during a crisis.
//
// Load is strict: every problem is an Error naming file:line:col with a
// suggested fix. Compute derives the state of every step from the journal's
// step events, without a clock of its own. The package knows nothing of the
// TUI or of the journal's storage.
package runbooks

import (
	"slices"
	"time"
)

// Schema is the value of the top-level `schema` key of every runbook.
const Schema = "warroom.runbook/v1"

// Runbook is one runbook file. The TOML keys are the json names below; the
// JSON Schema in schema/runbook.schema.json is generated from these types.
type Runbook struct {
	// Format identifier; must be "warroom.runbook/v1".
	Schema string `toml:"schema" json:"schema" jsonschema:"enum=warroom.runbook/v1"`
	// Stable identifier, shared by the translations of one runbook (lowercase letters, digits, '-' and '_').
	ID string `toml:"id" json:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9_-]*$"`
	// Version of this runbook, journaled when it is attached (e.g. "1.2").
	Version string `toml:"version" json:"version"`
	// Title shown in lists and in the crisis room.
	Title string `toml:"title" json:"title"`
	// Language of the texts: fr or en.
	Lang string `toml:"lang" json:"lang" jsonschema:"enum=fr,enum=en"`
	// When to use this runbook, in a few lines.
	Description string `toml:"description,omitempty" json:"description,omitempty"`
	// Which incidents this runbook is proposed for.
	AppliesWhen AppliesWhen `toml:"applies_when,omitempty" json:"applies_when,omitempty"`
	// Roles of the crisis cell, by key (e.g. lead, legal, social).
	Roles map[string]Role `toml:"roles" json:"roles"`
	// Values the operator is asked for when attaching, by name; templates use them as {{name}}.
	Vars map[string]Var `toml:"vars,omitempty" json:"vars,omitempty"`
	// Message bodies by name, with {{var}} placeholders.
	Templates map[string]Template `toml:"templates,omitempty" json:"templates,omitempty"`
	// The plan, in the order it is shown.
	Steps []Step `toml:"steps" json:"steps"`
	// Custom durations measured from the journal, by name.
	Metrics map[string]Metric `toml:"metrics,omitempty" json:"metrics,omitempty"`

	file   string
	sha256 string
	order  map[string][]string // document order of map keys, by map name
}

// AppliesWhen says which incidents a runbook suits. Empty lists match
// anything; Match ranks runbooks by how much of it an incident meets.
type AppliesWhen struct {
	// Incident severities: SEV1 (worst) to SEV4.
	Severities []string `toml:"severities,omitempty" json:"severities,omitempty" jsonschema:"uniqueItems=true,enum=SEV1,enum=SEV2,enum=SEV3,enum=SEV4"`
	// Topic or incident tags (e.g. product, safety, data).
	Tags []string `toml:"tags,omitempty" json:"tags,omitempty"`
	// Alert rules that suggest this runbook (volume_spike, negative_surge, high_reach, keyword, feed_silent, feed_down).
	AlertKinds []string `toml:"alert_kinds,omitempty" json:"alert_kinds,omitempty" jsonschema:"enum=volume_spike,enum=negative_surge,enum=high_reach,enum=keyword,enum=feed_silent,enum=feed_down"`
}

// Role is a seat in the crisis cell.
type Role struct {
	// Title of the role as the cell says it (e.g. "Directrice de la communication").
	Title string `toml:"title" json:"title"`
	// Required roles must be assigned before the first step starts.
	Required bool `toml:"required,omitempty" json:"required,omitempty"`
}

// Var is a value the operator is asked for when the runbook is attached.
type Var struct {
	// The question asked (e.g. "Product name and reference").
	Prompt string `toml:"prompt" json:"prompt"`
	// An example answer, shown as a hint.
	Example string `toml:"example,omitempty" json:"example,omitempty"`
	// Required vars must be filled before a template using them is rendered.
	Required bool `toml:"required,omitempty" json:"required,omitempty"`
}

// Template is a message body with {{var}} placeholders.
type Template struct {
	// Where the message goes: e.g. x, instagram, press, website, internal, customer_service.
	Channel string `toml:"channel" json:"channel"`
	// The message; {{name}} is replaced by the var or built-in value name.
	Body string `toml:"body" json:"body"`
	// Marks the holding statement, the first public acknowledgement.
	Holding bool `toml:"holding,omitempty" json:"holding,omitempty"`
}

// Step is one thing to do, with an owner and a clock.
type Step struct {
	// Identifier, unique in the runbook, used by requires and branches.
	ID string `toml:"id" json:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9_-]*$"`
	// Short imperative title.
	Title string `toml:"title" json:"title"`
	// What to do and how, in a few lines.
	Detail string `toml:"detail,omitempty" json:"detail,omitempty"`
	// check, action, message, decision, wait or approval.
	Kind StepKind `toml:"kind" json:"kind"`
	// Key of the role that owns the step.
	OwnerRole string `toml:"owner_role" json:"owner_role"`
	// Time allowed, counted from when the step becomes available (e.g. "15m").
	DueAfter Duration `toml:"due_after,omitempty" json:"due_after,omitempty"`
	// For recurring steps: the cadence after each completion (e.g. "60m").
	RepeatEvery Duration `toml:"repeat_every,omitempty" json:"repeat_every,omitempty"`
	// Steps that must be done or skipped first.
	Requires []string `toml:"requires,omitempty" json:"requires,omitempty" jsonschema:"uniqueItems=true"`
	// For a decision: the question put to the cell.
	Question string `toml:"question,omitempty" json:"question,omitempty"`
	// For a decision: answer -> step id. Steps on no chosen branch are skipped.
	Branches map[string]string `toml:"branches,omitempty" json:"branches,omitempty"`
	// For a message: the template drafted, approved, then published.
	Template string `toml:"template,omitempty" json:"template,omitempty"`
	// For a message: the role whose approval is required before publication.
	ApproverRole string `toml:"approver_role,omitempty" json:"approver_role,omitempty"`
	// Evidence required before the step can be done.
	Evidence []Evidence `toml:"evidence,omitempty" json:"evidence,omitempty" jsonschema:"uniqueItems=true"`
}

// Metric is a duration measured on the journal, from the first entry of
// kind From to the first entry of kind To after it. A kind may name a step
// after a colon: "message.published:holding".
type Metric struct {
	// Label shown in reports.
	Title string `toml:"title" json:"title"`
	// Journal entry kind starting the clock, optionally ":step".
	From string `toml:"from" json:"from"`
	// Journal entry kind stopping the clock, optionally ":step".
	To string `toml:"to" json:"to"`
}

// StepKind is what kind of work a step is.
type StepKind string

const (
	KindCheck    StepKind = "check"
	KindAction   StepKind = "action"
	KindMessage  StepKind = "message"
	KindDecision StepKind = "decision"
	KindWait     StepKind = "wait"
	KindApproval StepKind = "approval"
)

// StepKinds lists the valid kinds.
func StepKinds() []StepKind {
	return []StepKind{KindCheck, KindAction, KindMessage, KindDecision, KindWait, KindApproval}
}

// Evidence is what must be attached to a step before it is done.
type Evidence string

const (
	EvidenceNote          Evidence = "note"
	EvidencePinnedMention Evidence = "pinned_mention"
	EvidenceFeedSnapshot  Evidence = "feed_snapshot"
)

// EvidenceKinds lists the valid evidence kinds.
func EvidenceKinds() []Evidence {
	return []Evidence{EvidenceNote, EvidencePinnedMention, EvidenceFeedSnapshot}
}

// File is the path the runbook was loaded from ("builtin:fr/bad-buzz.toml"
// for the embedded library).
func (rb *Runbook) File() string { return rb.file }

// SHA256 is the hex SHA-256 of the file's bytes, journaled on attachment.
func (rb *Runbook) SHA256() string { return rb.sha256 }

// Step returns the step with id.
func (rb *Runbook) Step(id string) (*Step, bool) {
	for i := range rb.Steps {
		if rb.Steps[i].ID == id {
			return &rb.Steps[i], true
		}
	}
	return nil, false
}

// RoleKeys returns the role keys in file order.
func (rb *Runbook) RoleKeys() []string { return ordered(rb.order["roles"], rb.Roles) }

// VarNames returns the var names in file order.
func (rb *Runbook) VarNames() []string { return ordered(rb.order["vars"], rb.Vars) }

// TemplateNames returns the template names in file order.
func (rb *Runbook) TemplateNames() []string { return ordered(rb.order["templates"], rb.Templates) }

// Answers returns a decision's answers in file order.
func (rb *Runbook) Answers(step *Step) []string {
	return ordered(rb.order["branches:"+step.ID], step.Branches)
}

// ordered returns m's keys in document order when known, sorted otherwise
// (a runbook built in Go rather than loaded has no document order).
func ordered[V any](order []string, m map[string]V) []string {
	if len(order) == len(m) {
		return slices.Clone(order)
	}
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Duration is a Go duration string such as "15m" or "1h30m".
type Duration string

// Value returns the parsed duration, 0 when empty or invalid (Load rejects
// invalid durations, so a loaded runbook has none).
func (d Duration) Value() time.Duration {
	v, err := time.ParseDuration(string(d))
	if err != nil {
		return 0
	}
	return v
}
