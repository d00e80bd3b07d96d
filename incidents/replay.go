package incidents

import (
	"fmt"
	"time"
)

// Replay derives an incident's state from its entries, in seq order.
// Entries superseded by a later entry (a correction, or a replacement of
// the same kind) are left out; a superseded correction restores what it
// had superseded.
func Replay(entries []Entry) State {
	s := State{Roles: map[string]Assignment{}, Superseded: supersededBy(entries)}
	r := replayer{s: &s, attached: map[string]time.Time{}, steps: map[string]int{}, msgs: map[string]int{}, alerts: map[string]int{}}
	for i := range entries {
		e := &entries[i]
		s.Entries++
		s.HeadSeq, s.HeadHash, s.LastAt = e.Seq, e.Hash, e.RecordedAt
		if e.Supersedes > 0 {
			s.Corrections = append(s.Corrections, Correction{Seq: e.Seq, At: e.At(), Actor: e.Actor,
				Supersedes: e.Supersedes, Kind: e.Kind, Body: e.Body})
		}
		if _, void := s.Superseded[e.Seq]; void {
			continue
		}
		if err := r.apply(e); err != nil {
			s.Problems = append(s.Problems, fmt.Sprintf("seq %d (%s): %v", e.Seq, e.Kind, err))
		}
	}
	return s
}

// supersededBy maps each void seq to the entry that voided it. Walking
// backwards, an entry's own fate is known before it voids another.
func supersededBy(entries []Entry) map[int64]int64 {
	void := map[int64]int64{}
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if _, gone := void[e.Seq]; gone || e.Supersedes <= 0 {
			continue
		}
		void[e.Supersedes] = e.Seq
	}
	return void
}

type replayer struct {
	s        *State
	attached map[string]time.Time // runbook id -> attached at
	steps    map[string]int       // runbook/step -> index in s.Steps
	msgs     map[string]int
	alerts   map[string]int
}

func (r *replayer) apply(e *Entry) error {
	switch e.Kind {
	case KindDeclared:
		return r.declared(e)
	case KindStatusChanged:
		var d StatusData
		return decodeThen(e, &d, func() { r.status(e, d.Status) })
	case KindSeverityChanged:
		var d SeverityData
		return decodeThen(e, &d, func() { r.severity(e, d.Severity) })
	case KindResolved:
		r.status(e, StatusResolved)
	case KindRoleAssigned:
		var d RoleData
		return decodeThen(e, &d, func() { r.role(e, d) })
	case KindRunbookAttached:
		var d RunbookData
		return decodeThen(e, &d, func() { r.runbook(e, d) })
	case KindStepStarted, KindStepDone, KindStepSkipped, KindStepBlocked:
		var d StepData
		return decodeThen(e, &d, func() { r.step(e, d) })
	case KindDecision:
		var d DecisionData
		return decodeThen(e, &d, func() { r.s.Decisions = append(r.s.Decisions, Decision{e.Seq, e.At(), e.Actor, d}) })
	case KindMessageDrafted, KindMessageApproved, KindMessagePublished:
		var d MessageData
		return decodeThen(e, &d, func() { r.message(e, d) })
	default:
		return r.applyRecord(e)
	}
	return nil
}

// applyRecord handles the kinds that only add to a list.
func (r *replayer) applyRecord(e *Entry) error {
	s := r.s
	switch e.Kind {
	case KindMentionPinned:
		var d MentionPinnedData
		return decodeThen(e, &d, func() { s.Evidence = append(s.Evidence, Evidence{e.Seq, e.At(), e.Actor, e.Body, d}) })
	case KindFeedSnapshot:
		var d FeedSnapshotData
		return decodeThen(e, &d, func() { s.Snapshots = append(s.Snapshots, Snapshot{e.Seq, d}) })
	case KindFeedGap:
		var d FeedGapData
		return decodeThen(e, &d, func() { s.Gaps = append(s.Gaps, Gap{e.Seq, d}) })
	case KindAlertFired, KindAlertAcked:
		var d AlertData
		return decodeThen(e, &d, func() { r.alert(e, d) })
	case KindNote, KindCorrection:
		s.Notes = append(s.Notes, noteOf(e))
	case KindExport:
		s.Exports = append(s.Exports, noteOf(e))
	case KindTornTail, KindSegment:
		s.System = append(s.System, noteOf(e))
	default:
		return fmt.Errorf("unknown kind")
	}
	return nil
}

func decodeThen(e *Entry, v any, then func()) error {
	if err := e.Decode(v); err != nil {
		return err
	}
	then()
	return nil
}

func noteOf(e *Entry) Note {
	return Note{Seq: e.Seq, At: e.At(), Actor: e.Actor, Kind: e.Kind, Body: e.Body}
}
