package runbooks

// FromJournal maps a journal entry kind (package incidents) to the step
// event it replays as: step.done -> EventDone, mention.pinned -> evidence
// of kind pinned_mention, and so on. ok is false for kinds that are not
// step events (incident.declared, alert.fired...). The caller fills Step,
// Answer, Reason, Role and At from the entry's data.
func FromJournal(kind string) (ev EventKind, evidence Evidence, ok bool) {
	switch kind {
	case "step.started":
		return EventStarted, "", true
	case "step.done":
		return EventDone, "", true
	case "step.skipped":
		return EventSkipped, "", true
	case "step.blocked":
		return EventBlocked, "", true
	case "decision":
		return EventDecision, "", true
	case "message.drafted":
		return EventDrafted, "", true
	case "message.approved":
		return EventApproved, "", true
	case "message.published":
		return EventPublished, "", true
	case "note":
		return EventEvidence, EvidenceNote, true
	case "mention.pinned":
		return EventEvidence, EvidencePinnedMention, true
	case "feed.snapshot":
		return EventEvidence, EvidenceFeedSnapshot, true
	}
	return "", "", false
}
