package runbooks

import (
	"fmt"
	"time"
)

func (l *loader) validateSteps(rb *Runbook) {
	if len(rb.Steps) == 0 {
		l.add(ErrMissing, []any{"steps"}, "no steps; add at least one [[steps]] table")
		return
	}
	var ids []string
	seen := map[string]int{}
	for i, s := range rb.Steps {
		ids = append(ids, s.ID)
		if s.ID == "" {
			continue
		}
		if first, dup := seen[s.ID]; dup {
			p, _ := l.idx.Value("steps", first, "id")
			l.add(ErrDuplicate, []any{"steps", i, "id"}, "step id `%s` is already used on line %d; step ids must be unique", s.ID, p.Line)
			continue
		}
		seen[s.ID] = i
	}
	roles := rb.RoleKeys()
	for i := range rb.Steps {
		l.validateStep(rb, i, ids, roles)
	}
}

func (l *loader) validateStep(rb *Runbook, i int, ids, roles []string) {
	s := &rb.Steps[i]
	path := func(k ...any) []any { return append([]any{"steps", i}, k...) }
	in := l.where(path())
	if l.required(s.ID, path("id"), in, `id = "assess"`) && !validID.MatchString(s.ID) {
		l.add(ErrInvalid, path("id"), "step id `%s` must use lowercase letters, digits, `-` and `_`", s.ID)
	}
	l.required(s.Title, path("title"), in, `title = "Assess the first 15 minutes"`)
	if l.required(string(s.Kind), path("kind"), in, `kind = "action"`) {
		var kinds []string
		for _, k := range StepKinds() {
			kinds = append(kinds, string(k))
		}
		l.oneOf(string(s.Kind), kinds, path("kind"), "step kind")
	}
	if l.required(s.OwnerRole, path("owner_role"), in, `owner_role = "lead"`) && len(roles) > 0 {
		l.reference(ErrUnknownRole, s.OwnerRole, roles, path("owner_role"), "owner_role "+in, "role")
	}
	l.duration(s.DueAfter, path("due_after"), in)
	l.duration(s.RepeatEvery, path("repeat_every"), in)
	for j, r := range s.Requires {
		if r == s.ID {
			l.add(ErrCycle, path("requires", j), "step `%s` requires itself; remove `%s` from its requires", s.ID, r)
			continue
		}
		l.reference(ErrUnknownStep, r, ids, path("requires", j), "requires "+in, "step")
	}
	l.validateDecision(rb, s, path, in, ids)
	l.validateMessage(rb, s, path, in, roles)
	for j, e := range s.Evidence {
		var kinds []string
		for _, k := range EvidenceKinds() {
			kinds = append(kinds, string(k))
		}
		l.oneOf(string(e), kinds, path("evidence", j), "evidence kind")
	}
}

func (l *loader) duration(d Duration, path []any, in string) {
	if d == "" {
		return
	}
	key := path[len(path)-1]
	v, err := time.ParseDuration(string(d))
	switch {
	case err != nil:
		l.add(ErrDuration, path, "%s `%s` %s is not a duration; write e.g. \"15m\", \"2h\" or \"1h30m\"", key, d, in)
	case v <= 0:
		l.add(ErrDuration, path, "%s `%s` %s must be positive", key, d, in)
	}
}

func (l *loader) validateDecision(rb *Runbook, s *Step, path func(...any) []any, in string, ids []string) {
	if s.Kind != KindDecision {
		if len(s.Branches) > 0 {
			l.add(ErrInvalid, path("branches"), "branches %s only apply to a decision; set kind = \"decision\" or remove them", in)
		}
		if s.Question != "" {
			l.add(ErrInvalid, path("question"), "question %s only applies to a decision; set kind = \"decision\" or remove it", in)
		}
		return
	}
	if len(s.Branches) == 0 {
		l.add(ErrMissing, path("kind"), "decision %s has no branches; add e.g. branches = { yes = \"step-a\", no = \"step-b\" }", in)
	}
	for _, answer := range rb.Answers(s) {
		target := s.Branches[answer]
		if target == s.ID {
			l.add(ErrCycle, path("branches", answer), "answer `%s` of decision `%s` leads back to itself; point it at another step", answer, s.ID)
			continue
		}
		l.reference(ErrUnknownStep, target, ids, path("branches", answer), fmt.Sprintf("answer `%s` %s", answer, in), "step")
	}
}

func (l *loader) validateMessage(rb *Runbook, s *Step, path func(...any) []any, in string, roles []string) {
	if s.Kind != KindMessage {
		if s.Template != "" {
			l.add(ErrInvalid, path("template"), "template %s only applies to a message; set kind = \"message\" or remove it", in)
		}
		if s.ApproverRole != "" {
			l.add(ErrInvalid, path("approver_role"), "approver_role %s only applies to a message; use an approval step instead", in)
		}
		return
	}
	if l.required(s.Template, path("template"), in, `template = "holding"`) {
		l.reference(ErrUnknownTemplate, s.Template, rb.TemplateNames(), path("template"), "template "+in, "template")
	}
	if s.ApproverRole != "" && len(roles) > 0 {
		l.reference(ErrUnknownRole, s.ApproverRole, roles, path("approver_role"), "approver_role "+in, "role")
	}
}
