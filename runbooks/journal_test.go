package runbooks

import (
	"slices"
	"testing"
)

func TestFromJournalCoversEveryStepKind(t *testing.T) {
	seen := map[EventKind]bool{}
	var evidence []Evidence
	for _, k := range JournalKinds() {
		ev, e, ok := FromJournal(k)
		if !ok {
			continue
		}
		seen[ev] = true
		if e != "" {
			evidence = append(evidence, e)
		}
	}
	for _, k := range []EventKind{EventStarted, EventDone, EventSkipped, EventBlocked, EventDecision,
		EventDrafted, EventApproved, EventPublished, EventEvidence} {
		if !seen[k] {
			t.Errorf("no journal kind replays as %s", k)
		}
	}
	slices.Sort(evidence)
	if !slices.Equal(evidence, []Evidence{EvidenceFeedSnapshot, EvidenceNote, EvidencePinnedMention}) {
		t.Errorf("evidence kinds from the journal = %v", evidence)
	}
	if _, _, ok := FromJournal("alert.fired"); ok {
		t.Error("alert.fired is not a step event")
	}
}
