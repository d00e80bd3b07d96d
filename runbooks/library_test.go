package runbooks

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// builtinIDs are the scenarios the built-in library must cover.
var builtinIDs = []string{"bad-buzz", "product-safety", "data-breach", "service-outage",
	"offensive-remark", "fake-news", "boycott", "ad-campaign"}

func TestBuiltinLibraryLoadsClean(t *testing.T) {
	lib, err := Builtin()
	if err != nil {
		t.Fatalf("built-in library:\n%v", err)
	}
	for _, id := range builtinIDs {
		for _, lang := range langs() {
			rb, ok := lib.Get(id, lang)
			if !ok || rb.Lang != lang {
				t.Errorf("no built-in %s in %s", id, lang)
				continue
			}
			if want := BuiltinPrefix + lang + "/" + id + ".toml"; rb.File() != want {
				t.Errorf("%s: File = %s, want %s", id, rb.File(), want)
			}
			checkCrisisEssentials(t, rb)
		}
	}
	if n := len(lib.All()); n != 2*len(builtinIDs) {
		t.Errorf("library holds %d runbooks, want %d", n, 2*len(builtinIDs))
	}
}

// checkCrisisEssentials asserts what every built-in runbook must contain.
func checkCrisisEssentials(t *testing.T, rb *Runbook) {
	t.Helper()
	name := rb.ID + "/" + rb.Lang
	has := func(f func(s *Step) bool) bool {
		return slices.ContainsFunc(rb.Steps, func(s Step) bool { return f(&s) })
	}
	checks := map[string]bool{
		"pinned mention evidence": has(func(s *Step) bool { return slices.Contains(s.Evidence, EvidencePinnedMention) }),
		"timed decision with 3 tiers": has(func(s *Step) bool {
			return s.Kind == KindDecision && len(s.Branches) >= 3 && s.DueAfter != ""
		}),
		"approval step":          has(func(s *Step) bool { return s.Kind == KindApproval }),
		"repeating message":      has(func(s *Step) bool { return s.Kind == KindMessage && s.RepeatEvery != "" }),
		"pause of posts":         has(func(s *Step) bool { return s.ID == "pause_posts" }),
		"internal communication": has(func(s *Step) bool { return s.Kind == KindMessage && rb.Templates[s.Template].Channel == "internal" }),
		"de-escalation":          has(func(s *Step) bool { return s.ID == "deescalate" }),
		"postmortem":             has(func(s *Step) bool { return s.ID == "postmortem" }),
		"first 15 minutes":       has(func(s *Step) bool { return s.ID == "assess" && s.DueAfter == "15m" }),
	}
	for what, ok := range checks {
		if !ok {
			t.Errorf("%s lacks %s", name, what)
		}
	}
	holding := 0
	for k, tpl := range rb.Templates {
		if tpl.Holding {
			holding++
			if !slices.Contains(tpl.Placeholders(), VarNextUpdate) {
				t.Errorf("%s: holding template %s does not promise {{next_update}}", name, k)
			}
		}
	}
	if holding != 1 {
		t.Errorf("%s has %d holding templates, want 1", name, holding)
	}
}

// TestBuiltinTranslationsMatch: the French and English versions of a
// runbook are the same plan, step for step, so that a bilingual cell can
// switch language mid-incident.
func TestBuiltinTranslationsMatch(t *testing.T) {
	lib, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range builtinIDs {
		en, _ := lib.Get(id, "en")
		fr, _ := lib.Get(id, "fr")
		if en == nil || fr == nil || en.Lang == fr.Lang {
			t.Errorf("%s: missing a language", id)
			continue
		}
		if plan(en) != plan(fr) {
			t.Errorf("%s: plans differ\nen: %s\nfr: %s", id, plan(en), plan(fr))
		}
		if en.Version != fr.Version || strings.Join(en.RoleKeys(), ",") != strings.Join(fr.RoleKeys(), ",") ||
			strings.Join(en.VarNames(), ",") != strings.Join(fr.VarNames(), ",") {
			t.Errorf("%s: versions, roles or vars differ", id)
		}
	}
}

// plan is the language-independent skeleton of a runbook.
func plan(rb *Runbook) string {
	var b strings.Builder
	for _, s := range rb.Steps {
		b.WriteString(strings.Join([]string{s.ID, string(s.Kind), s.OwnerRole, string(s.DueAfter), string(s.RepeatEvery),
			strings.Join(s.Requires, "+"), s.Template, s.ApproverRole, strings.Join(rb.Answers(&s), "+")}, "|"))
		for _, a := range rb.Answers(&s) {
			b.WriteString(">" + s.Branches[a])
		}
		b.WriteString("; ")
	}
	return b.String()
}

func TestLibraryOverrideAndMatch(t *testing.T) {
	dir := t.TempDir()
	src := strings.Replace(validSrc(t), `id = "test-buzz"`, `id = "bad-buzz"`, 1)
	src = strings.Replace(src, `tags = ["product"]`, `tags = ["complaint", "customer"]`, 1)
	if err := os.WriteFile(filepath.Join(dir, "mine.toml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.toml"), []byte("schema = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := LoadLibrary(dir)
	if err == nil || !strings.Contains(err.Error(), "broken.toml:1:10: `schema` at the top level must be a string, not an integer") {
		t.Errorf("err = %v", err)
	}
	rb, _ := lib.Get("bad-buzz", "en")
	if rb.Title != "Test runbook" || rb.File() != filepath.Join(dir, "mine.toml") {
		t.Errorf("override not applied: %s from %s", rb.Title, rb.File())
	}
	if fr, _ := lib.Get("bad-buzz", "fr"); fr.Lang != "fr" || !strings.HasPrefix(fr.File(), BuiltinPrefix) {
		t.Errorf("the French built-in must stay: %s", fr.File())
	}
	got := lib.Match("SEV2", []string{"Complaint", "customer"}, []string{"volume_spike"}, "en")
	if len(got) == 0 || got[0].ID != "bad-buzz" || got[0].Lang != "en" {
		t.Fatalf("Match = %v", ids(got))
	}
	if none := lib.Match("SEV1", []string{"unrelated"}, nil, "fr"); len(none) != 0 {
		t.Errorf("Match of nothing = %v", ids(none))
	}
}

func TestMatchRanking(t *testing.T) {
	lib := NewLibrary()
	mk := func(id string, sev, tags, alerts []string) {
		lib.Add(&Runbook{ID: id, Lang: "en", AppliesWhen: AppliesWhen{Severities: sev, Tags: tags, AlertKinds: alerts}})
	}
	mk("a-one-tag", nil, []string{"data"}, nil)
	mk("b-two-tags", nil, []string{"data", "leak"}, nil)
	mk("c-tag-wrong-sev", []string{"SEV3"}, []string{"data", "leak"}, nil)
	mk("d-alert-only", nil, nil, []string{"volume_spike"})
	mk("e-tag-right-sev", []string{"sev1"}, []string{"data-breach"}, []string{"volume_spike"})
	mk("f-alert-other-tags", nil, []string{"outage"}, []string{"volume_spike"})
	got := ids(lib.Match("SEV1", []string{"data", "leak", "Data_Breach"}, []string{"volume_spike"}, "fr"))
	want := "b-two-tags e-tag-right-sev c-tag-wrong-sev a-one-tag d-alert-only"
	if got != want {
		t.Errorf("Match = %s, want %s (an alert kind alone matches only a plan without tags)", got, want)
	}
}

func ids(rbs []*Runbook) string {
	var out []string
	for _, rb := range rbs {
		out = append(out, rb.ID)
	}
	return strings.Join(out, " ")
}
