package incidents

import (
	"fmt"
	"strings"
	"time"
)

// head is the chain's tip, as the next entry must continue it. The writer
// works on a copy per batch and keeps it only when the batch is on disk.
type head struct {
	seq      int64
	hash     string
	lastAt   time.Time
	incident string
}

func headOf(entries []Entry) head {
	var h head
	for _, e := range entries {
		if e.Kind == KindDeclared {
			h.incident = e.Incident
		}
	}
	if n := len(entries); n > 0 {
		last := entries[n-1]
		h.seq, h.hash, h.lastAt = last.Seq, last.Hash, last.RecordedAt
	}
	return h
}

// next builds the entry that follows h and advances h.
func (h *head) next(d Draft, data []byte, now time.Time) (Entry, []byte, error) {
	d = validUTF8(d)
	incident, err := h.incidentFor(d, now)
	if err != nil {
		return Entry{}, nil, err
	}
	if d.Supersedes < 0 || d.Supersedes > h.seq {
		return Entry{}, nil, fmt.Errorf("append %s: supersedes seq %d, but the journal ends at seq %d", d.Kind, d.Supersedes, h.seq)
	}
	at := now.UTC().Truncate(time.Millisecond)
	if at.Before(h.lastAt) {
		at = h.lastAt // recorded_at never decreases, even if the clock does
	}
	e := Entry{
		Seq: h.seq + 1, Incident: incident, RecordedAt: at, EventAt: d.EventAt,
		Actor: d.Actor, Source: d.Source, Kind: d.Kind, Body: d.Body, Data: data,
		Supersedes: d.Supersedes, PrevHash: h.hash,
	}
	e.ID = entryID(incident, e.Seq)
	line, hash, err := encodeLine(e)
	if err != nil {
		return Entry{}, nil, err
	}
	e.Hash = hash
	h.seq, h.hash, h.lastAt = e.Seq, hash, at
	if d.Kind == KindDeclared {
		h.incident = incident
	}
	return e, line, nil
}

// incidentFor enforces one incident per journal, declared before anything
// but the journal's own system entries.
func (h *head) incidentFor(d Draft, now time.Time) (string, error) {
	switch {
	case d.Kind == KindDeclared && h.incident != "":
		return "", fmt.Errorf("journal already holds incident %s: one incident per journal", h.incident)
	case d.Kind == KindDeclared && d.Incident != "":
		return d.Incident, nil
	case d.Kind == KindDeclared:
		return "INC-" + now.UTC().Format("20060102-150405"), nil
	case d.Kind == KindTornTail || d.Kind == KindSegment:
		return h.incident, nil
	case h.incident == "":
		return "", fmt.Errorf("append %s: no incident declared in this journal yet", d.Kind)
	case d.Incident != "" && d.Incident != h.incident:
		return "", fmt.Errorf("append %s: journal holds incident %s, not %s", d.Kind, h.incident, d.Incident)
	}
	return h.incident, nil
}

// validUTF8 replaces bytes that are not UTF-8 with U+FFFD, as the JSON
// encoder would, so that an entry reads back exactly as it was written and
// every line is its entry's canonical form.
func validUTF8(d Draft) Draft {
	fix := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
	d.Incident, d.Body = fix(d.Incident), fix(d.Body)
	d.Actor.Name, d.Actor.Role = fix(d.Actor.Name), fix(d.Actor.Role)
	return d
}
