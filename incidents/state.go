package incidents

import "time"

// State is an incident as its journal says it stands, derived by Replay.
// Superseded entries are left out of it (they stay in Timeline, marked).
type State struct {
	Incident   string
	Title      string
	Drill      bool
	TimeZone   string
	Declared   *Entry
	DeclaredBy Actor
	// UpdateEvery is the promised public update cadence.
	UpdateEvery time.Duration

	Status          Status
	StatusHistory   []Change[Status]
	Severity        Severity
	SeverityHistory []Change[Severity]
	// Roles holds the current holder of each role, by role name.
	Roles       map[string]Assignment
	RoleHistory []Assignment

	Runbooks  []Runbook
	Steps     []Step
	Decisions []Decision
	Messages  []Message
	Evidence  []Evidence
	Alerts    []Alert
	Gaps      []Gap
	Notes     []Note
	Snapshots []Snapshot
	// Corrections are the entries that supersede earlier ones.
	Corrections []Correction
	// Superseded maps a superseded seq to the seq that superseded it.
	Superseded map[int64]int64
	Exports    []Note
	// System holds the journal's own entries (torn tails, segments).
	System []Note

	// Problems lists entries whose data could not be read (seq: reason).
	Problems []string

	Resolved   bool
	ResolvedAt time.Time
	// Entries, HeadSeq and HeadHash describe the chain replayed.
	Entries  int
	HeadSeq  int64
	HeadHash string
	LastAt   time.Time
}

// Change is one step of a status or severity history.
type Change[T any] struct {
	Seq   int64
	At    time.Time
	Actor Actor
	From  T
	To    T
	Note  string
}

// Assignment is a role given to someone.
type Assignment struct {
	Seq  int64
	At   time.Time
	Role string
	Name string
	By   Actor
}

// Runbook is an attached runbook, identified by its content hash.
type Runbook struct {
	Seq int64
	At  time.Time
	RunbookData
}

// StepState is where a runbook step stands.
type StepState string

const (
	StepOpen    StepState = "open"
	StepStarted StepState = "started"
	StepDone    StepState = "done"
	StepSkipped StepState = "skipped"
	StepBlocked StepState = "blocked"
)

// Step is a runbook step as its events left it.
type Step struct {
	Runbook  string
	ID       string
	Title    string
	DueAfter time.Duration
	// Due is the attachment time plus DueAfter (zero without a target).
	Due       time.Time
	State     StepState
	StartedAt time.Time
	EndedAt   time.Time // done or skipped
	By        Actor
	Reason    string // skipped or blocked because
	Events    []StepEvent
}

// Open is true until the step is done or skipped.
func (s Step) Open() bool { return s.State != StepDone && s.State != StepSkipped }

// StepEvent is one entry about a step.
type StepEvent struct {
	Seq    int64
	At     time.Time
	Actor  Actor
	State  StepState
	Reason string
}

// Decision is a recorded decision.
type Decision struct {
	Seq   int64
	At    time.Time
	Actor Actor
	DecisionData
}

// MessageState is how far a message went on its approval path.
type MessageState string

const (
	MessageDrafted   MessageState = "drafted"
	MessageApproved  MessageState = "approved"
	MessagePublished MessageState = "published"
)

// Message is a public statement on its approval path.
type Message struct {
	ID      string
	Channel string
	Text    string
	Holding bool
	URL     string
	State   MessageState
	// Path lists drafted, approved, published in the order they happened.
	Path []MessageStep
}

// MessageStep is one step of a message's approval path.
type MessageStep struct {
	Seq   int64
	At    time.Time
	Actor Actor
	State MessageState
}

// Evidence is a pinned mention.
type Evidence struct {
	Seq   int64
	At    time.Time
	Actor Actor
	Note  string
	MentionPinnedData
}

// Alert is a fired alert and, once acknowledged, who acked it.
type Alert struct {
	Seq     int64
	FiredAt time.Time
	AckedAt time.Time
	AckedBy Actor
	AlertData
}

// Gap is a feed outage.
type Gap struct {
	Seq int64
	FeedGapData
}

// Note is a free-text entry (notes, exports, system entries).
type Note struct {
	Seq   int64
	At    time.Time
	Actor Actor
	Kind  Kind
	Body  string
}

// Snapshot is a journaled feed snapshot.
type Snapshot struct {
	Seq int64
	FeedSnapshotData
}

// Correction is an entry that supersedes an earlier one.
type Correction struct {
	Seq        int64
	At         time.Time
	Actor      Actor
	Supersedes int64
	Kind       Kind
	Body       string
}

// OpenSteps are the steps not yet done or skipped, in runbook order.
func (s State) OpenSteps() []Step {
	var out []Step
	for _, st := range s.Steps {
		if st.Open() {
			out = append(out, st)
		}
	}
	return out
}

// LastPublished is the latest published message, nil when none.
func (s State) LastPublished() *Message {
	var last *Message
	var lastAt time.Time
	for i := range s.Messages {
		m := &s.Messages[i]
		if m.State == MessagePublished && !m.Path[len(m.Path)-1].At.Before(lastAt) {
			last, lastAt = m, m.Path[len(m.Path)-1].At
		}
	}
	return last
}

// LastDecisions returns up to n most recent decisions, newest first.
func (s State) LastDecisions(n int) []Decision {
	var out []Decision
	for i := len(s.Decisions) - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, s.Decisions[i])
	}
	return out
}
