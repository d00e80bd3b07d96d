package room

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/warroom-dev/warroom/incidents"
	"github.com/warroom-dev/warroom/runbooks"
)

// ErrNoIncident is returned by journal actions when no incident is open.
var ErrNoIncident = errors.New("no incident is open: declare one first (D)")

// Declaration opens an incident.
type Declaration struct {
	Title    string
	Severity incidents.Severity
	Drill    bool
	// Runbook, when set, is attached right after the declaration.
	RunbookID, RunbookLang string
}

// IncidentView is what a terminal shows of the open incident, derived from
// its journal at snapshot time.
type IncidentView struct {
	Path     string
	State    incidents.State
	Latest   []incidents.Entry // newest last
	Runbook  *runbooks.Runbook // nil until one is attached
	Progress *runbooks.Progress
}

// desk holds the open incident. Appends go through the journal (which
// serializes and fsyncs them); mu only guards which journal is open.
type desk struct {
	mu      sync.Mutex
	dir     string
	actor   incidents.Actor
	library *runbooks.Library
	journal *incidents.Journal
	runbook *runbooks.Runbook
	replay  replayCache
}

// SetJournal configures where incidents are written, who the operator is
// and which runbooks the room offers.
func (l *Live) SetJournal(dir string, actor incidents.Actor, lib *runbooks.Library) {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	l.desk.dir, l.desk.actor, l.desk.library = dir, actor, lib
}

// Library returns the runbooks the room offers (nil when none).
func (l *Live) Library() *runbooks.Library { return l.desk.library }

// Declare opens a new journal for the incident and records its declaration
// (and the attached runbook). It returns once both entries are durable.
func (l *Live) Declare(ctx context.Context, d Declaration) (incidents.Entry, error) {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	if l.desk.journal != nil && !l.desk.journal.State().Resolved {
		return incidents.Entry{}, errors.New("an incident is already open: resolve it before declaring another")
	}
	if strings.TrimSpace(d.Title) == "" {
		return incidents.Entry{}, errors.New("an incident needs a title")
	}
	if err := os.MkdirAll(l.desk.dir, 0o700); err != nil {
		return incidents.Entry{}, err
	}
	now := l.clock().UTC()
	id := "inc-" + now.Format("20060102-150405")
	path := filepath.Join(l.desk.dir, id+".jsonl")
	j, err := incidents.Open(path, incidents.Options{Clock: l.clock, Actor: l.desk.actor})
	if err != nil {
		return incidents.Entry{}, err
	}
	e, err := j.Append(ctx, incidents.Draft{Incident: id, Source: incidents.SourceOperator, Kind: incidents.KindDeclared,
		Body: d.Title, Data: incidents.DeclaredData{Title: d.Title, Severity: d.Severity, Drill: d.Drill, TimeZone: l.zone}})
	if err != nil {
		j.Close()
		return incidents.Entry{}, err
	}
	if l.desk.journal != nil {
		l.desk.journal.Close()
	}
	l.desk.journal, l.desk.runbook = j, nil
	if d.RunbookID != "" {
		if _, err := l.attachLocked(ctx, d.RunbookID, d.RunbookLang); err != nil {
			return e, err
		}
	}
	return e, nil
}

// Resume reopens an existing journal (after a restart) as the open incident.
func (l *Live) Resume(path string) error {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	j, err := incidents.Open(path, incidents.Options{Clock: l.clock, Actor: l.desk.actor})
	if err != nil {
		return err
	}
	l.desk.journal, l.desk.runbook = j, nil
	st := j.State()
	if n := len(st.Runbooks); n > 0 && l.desk.library != nil {
		last := st.Runbooks[n-1]
		for _, rb := range l.desk.library.All() {
			if rb.ID == last.ID && rb.SHA256() == last.SHA256 {
				l.desk.runbook = rb
			}
		}
	}
	return nil
}

// Attach attaches a runbook of the library to the open incident, recording
// its id, version and file hash.
func (l *Live) Attach(ctx context.Context, id, lang string) (incidents.Entry, error) {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	return l.attachLocked(ctx, id, lang)
}

func (l *Live) attachLocked(ctx context.Context, id, lang string) (incidents.Entry, error) {
	if l.desk.journal == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	if l.desk.library == nil {
		return incidents.Entry{}, errors.New("no runbook library")
	}
	rb, ok := l.desk.library.Get(id, lang)
	if !ok {
		return incidents.Entry{}, fmt.Errorf("no runbook %q in %q", id, lang)
	}
	e, err := l.desk.journal.Append(ctx, incidents.Draft{Source: incidents.SourceOperator, Kind: incidents.KindRunbookAttached,
		Body: rb.Title, Data: incidents.RunbookData{ID: rb.ID, Version: rb.Version, SHA256: rb.SHA256(), Title: rb.Title}})
	if err == nil {
		l.desk.runbook = rb
	}
	return e, err
}

// Append records an entry in the open incident's journal and returns once
// it is durable: a terminal shows nothing as done before that.
func (l *Live) Append(ctx context.Context, d incidents.Draft) (incidents.Entry, error) {
	j := l.openJournal()
	if j == nil {
		return incidents.Entry{}, ErrNoIncident
	}
	if d.Source == "" {
		d.Source = incidents.SourceOperator
	}
	return j.Append(ctx, d)
}

func (l *Live) openJournal() *incidents.Journal {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	return l.desk.journal
}

// incidentView derives the open incident's view at now; nil when none.
func (l *Live) incidentView(now time.Time) *IncidentView {
	l.desk.mu.Lock()
	j, rb := l.desk.journal, l.desk.runbook
	l.desk.mu.Unlock()
	if j == nil {
		return nil
	}
	v := &IncidentView{Path: j.Path(), State: j.State(), Latest: j.Latest(12), Runbook: rb}
	if rb != nil {
		attached, events := l.stepReplay(j, rb)
		v.Progress = runbooks.Compute(rb, attached, events, now)
	}
	return v
}

// replayCache keeps the step events replayed from the journal until it
// grows: terminals ask ten times a second, the journal changes a few times a
// minute, and copying and replaying every entry on each tick was waste.
type replayCache struct {
	head     int64
	rb       *runbooks.Runbook
	attached time.Time
	events   []runbooks.StepEvent
}

// stepReplay returns when rb was attached and its step events, replaying
// the journal only when its head has moved. The events are shared: read-only.
func (l *Live) stepReplay(j *incidents.Journal, rb *runbooks.Runbook) (time.Time, []runbooks.StepEvent) {
	head, _ := j.Head()
	l.desk.mu.Lock()
	c := l.desk.replay
	l.desk.mu.Unlock()
	if c.rb == rb && c.head == head && c.events != nil {
		return c.attached, c.events
	}
	entries := j.Entries()
	c = replayCache{head: head, rb: rb, attached: attachedAt(entries, rb), events: StepEvents(entries, rb)}
	if c.events == nil {
		c.events = []runbooks.StepEvent{}
	}
	l.desk.mu.Lock()
	l.desk.replay = c
	l.desk.mu.Unlock()
	return c.attached, c.events
}

// attachedAt is when rb was last attached in entries.
func attachedAt(entries []incidents.Entry, rb *runbooks.Runbook) time.Time {
	var at time.Time
	for _, e := range entries {
		if e.Kind != incidents.KindRunbookAttached {
			continue
		}
		var d incidents.RunbookData
		if e.Decode(&d) == nil && d.ID == rb.ID {
			at = e.At()
		}
	}
	return at
}

// Close closes the open journal, if any.
func (l *Live) Close() error {
	l.desk.mu.Lock()
	defer l.desk.mu.Unlock()
	if l.desk.journal == nil {
		return nil
	}
	err := l.desk.journal.Close()
	l.desk.journal = nil
	return err
}
