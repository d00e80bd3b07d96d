package runbooks

import (
	"io/fs"
	"testing"
	"time"
)

// BenchmarkLoad measures loading the largest built-in runbook (parse,
// position index, key and type check, decode, validation, reachability).
func BenchmarkLoad(b *testing.B) {
	src, err := fs.ReadFile(BuiltinFiles(), "fr/product-safety.toml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load("product-safety.toml", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuiltinLibrary measures loading all 16 built-in runbooks, what
// warroom does at start.
func BenchmarkBuiltinLibrary(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompute measures a replay of a long incident (every step acted
// on, 24 update cycles), what the TUI does on each tick.
func BenchmarkCompute(b *testing.B) {
	lib, err := Builtin()
	if err != nil {
		b.Fatal(err)
	}
	rb, _ := lib.Get("product-safety", "en")
	t0 := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	events := longIncident(rb, t0)
	b.ReportAllocs()
	for b.Loop() {
		p := Compute(rb, t0, events, t0.Add(48*time.Hour))
		if len(p.Rejected) != 0 {
			b.Fatalf("rejected: %v", p.Rejected[0].Err)
		}
	}
	b.ReportMetric(float64(len(events)), "events")
}

// longIncident walks rb through the tier3/recall branches with a day of
// two-hourly updates.
func longIncident(rb *Runbook, t0 time.Time) []StepEvent {
	var evs []StepEvent
	at := t0
	add := func(step string, k EventKind, mod func(*StepEvent)) {
		at = at.Add(time.Minute)
		e := StepEvent{Step: step, Kind: k, At: at}
		if mod != nil {
			mod(&e)
		}
		evs = append(evs, e)
	}
	publish := func(step, approver string) {
		add(step, EventDrafted, nil)
		add(step, EventApproved, func(e *StepEvent) { e.Role = approver })
		add(step, EventPublished, nil)
	}
	add("capture", EventEvidence, func(e *StepEvent) { e.Evidence = EvidencePinnedMention })
	add("capture", EventDone, nil)
	add("assess", EventEvidence, func(e *StepEvent) { e.Evidence = EvidenceFeedSnapshot })
	add("assess", EventDone, nil)
	add("pause_posts", EventDone, nil)
	add("traceability", EventDone, nil)
	add("tier", EventDecision, func(e *StepEvent) { e.Answer = "tier3" })
	add("exec_cell", EventDone, nil)
	add("recall", EventDecision, func(e *StepEvent) { e.Answer = "recall" })
	add("authority", EventEvidence, func(e *StepEvent) { e.Evidence = EvidenceNote })
	add("authority", EventDone, nil)
	add("key_messages", EventDone, nil)
	add("legal_review", EventDone, nil)
	publish("holding", "legal")
	publish("recall_notice", "legal")
	publish("internal", "")
	for range 24 {
		publish("updates", "quality")
	}
	return evs
}
