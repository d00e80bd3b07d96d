package runbooks

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/warroom-dev/warroom/internal/tomlpos"
)

var validID = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// Vocabularies shared with the rest of warroom: incident severities
// (package incidents) and alert rule names (package alerts). They are
// listed here, not imported, so that runbooks stays a leaf package.
func severities() []string { return []string{"SEV1", "SEV2", "SEV3", "SEV4"} }

func alertKinds() []string {
	return []string{"volume_spike", "negative_surge", "high_reach", "keyword", "feed_silent", "feed_down"}
}

func langs() []string { return []string{"fr", "en"} }

func (l *loader) validate(rb *Runbook) {
	l.validateTop(rb)
	l.validateRoles(rb)
	l.validateVars(rb)
	l.validateTemplates(rb)
	l.validateSteps(rb)
	l.validateMetrics(rb)
	if !l.has(ErrUnknownStep, ErrDuplicate, ErrMissing) {
		l.validateGraph(rb)
	}
}

func (l *loader) has(kinds ...ErrorKind) bool {
	for _, e := range l.errs {
		if slices.Contains(kinds, e.Kind) {
			return true
		}
	}
	return false
}

// required reports a missing field; example shows how to write it.
func (l *loader) required(value string, path []any, in, example string) bool {
	if strings.TrimSpace(value) != "" {
		return true
	}
	key := path[len(path)-1]
	l.add(ErrMissing, path, "missing `%s` %s; add e.g. %s", key, in, example)
	return false
}

// oneOf checks value against a closed vocabulary and suggests the nearest.
func (l *loader) oneOf(value string, allowed []string, path []any, what string) {
	if value == "" || slices.Contains(allowed, value) {
		return
	}
	msg := fmt.Sprintf("%s `%s` is not valid", what, value)
	if s := tomlpos.Suggest(value, allowed); s != "" {
		msg += fmt.Sprintf("; did you mean `%s`?", s)
	} else {
		msg += fmt.Sprintf("; use one of %s", quoteList(allowed))
	}
	l.add(ErrInvalid, path, "%s", msg)
}

func quoteList(xs []string) string {
	q := make([]string, len(xs))
	for i, x := range xs {
		q[i] = "`" + x + "`"
	}
	return strings.Join(q, ", ")
}

// reference checks that name is one of known; kind is the error kind and
// what the kind of thing referenced ("step", "role"...).
func (l *loader) reference(kind ErrorKind, name string, known []string, path []any, in, what string) bool {
	if slices.Contains(known, name) {
		return true
	}
	msg := fmt.Sprintf("%s refers to unknown %s `%s`", in, what, name)
	if s := tomlpos.Suggest(name, known); s != "" {
		msg += fmt.Sprintf("; did you mean `%s`?", s)
	} else if len(known) > 0 {
		msg += fmt.Sprintf("; declared: %s", quoteList(known))
	}
	l.add(kind, path, "%s", msg)
	return false
}

func (l *loader) validateTop(rb *Runbook) {
	top := "at the top level"
	if l.required(rb.Schema, []any{"schema"}, top, `schema = "`+Schema+`"`) && rb.Schema != Schema {
		l.add(ErrInvalid, []any{"schema"}, "schema `%s` is not supported; this warroom reads `%s`", rb.Schema, Schema)
	}
	if l.required(rb.ID, []any{"id"}, top, `id = "bad-buzz"`) && !validID.MatchString(rb.ID) {
		l.add(ErrInvalid, []any{"id"}, "id `%s` must use lowercase letters, digits, `-` and `_`", rb.ID)
	}
	l.required(rb.Version, []any{"version"}, top, `version = "1.0"`)
	l.required(rb.Title, []any{"title"}, top, `title = "Viral customer complaint"`)
	if l.required(rb.Lang, []any{"lang"}, top, `lang = "fr"`) {
		l.oneOf(rb.Lang, langs(), []any{"lang"}, "lang")
	}
	for i, s := range rb.AppliesWhen.Severities {
		l.oneOf(s, severities(), []any{"applies_when", "severities", i}, "severity")
	}
	for i, k := range rb.AppliesWhen.AlertKinds {
		l.oneOf(k, alertKinds(), []any{"applies_when", "alert_kinds", i}, "alert kind")
	}
}

func (l *loader) validateRoles(rb *Runbook) {
	if len(rb.Roles) == 0 {
		l.add(ErrMissing, []any{"roles"}, "no roles; declare at least one, e.g. [roles.lead] with title = \"Comms lead\"")
	}
	for _, k := range rb.RoleKeys() {
		path := []any{"roles", k}
		if !validID.MatchString(k) {
			l.add(ErrInvalid, path, "role key `%s` must use lowercase letters, digits, `-` and `_`", k)
		}
		l.required(rb.Roles[k].Title, append(path, "title"), fmt.Sprintf("in role `%s`", k), `title = "Comms lead"`)
	}
}

func (l *loader) validateVars(rb *Runbook) {
	for _, k := range rb.VarNames() {
		path := []any{"vars", k}
		switch {
		case !validVarName.MatchString(k):
			l.add(ErrInvalid, path, "var name `%s` must be lowercase letters, digits and `_`, starting with a letter", k)
		case slices.Contains(BuiltinVars(), k):
			l.add(ErrInvalid, path, "var `%s` is built in (filled by warroom); remove it from [vars]", k)
		}
		l.required(rb.Vars[k].Prompt, append(path, "prompt"), fmt.Sprintf("in var `%s`", k), `prompt = "Product name"`)
	}
}

func (l *loader) validateTemplates(rb *Runbook) {
	known := append(rb.VarNames(), BuiltinVars()...)
	for _, k := range rb.TemplateNames() {
		t, path, in := rb.Templates[k], []any{"templates", k}, fmt.Sprintf("in template `%s`", k)
		l.required(t.Channel, append(path, "channel"), in, `channel = "x"`)
		if !l.required(t.Body, append(path, "body"), in, `body = "..."`) {
			continue
		}
		for _, name := range t.Placeholders() {
			if slices.Contains(known, name) {
				continue
			}
			msg := fmt.Sprintf("template `%s` uses {{%s}}, which is neither declared in [vars] nor built in", k, name)
			if s := tomlpos.Suggest(name, known); s != "" {
				msg += fmt.Sprintf("; did you mean {{%s}}?", s)
			} else {
				msg += fmt.Sprintf("; add [vars.%s] with a prompt", name)
			}
			l.errs = append(l.errs, &Error{File: l.file, Pos: l.placeholderPos(append(path, "body"), name), Kind: ErrUndefinedVar, Msg: msg})
		}
	}
}

// placeholderPos finds {{name}} in the source after the start of the body
// value, so that an error in a long multi-line body points at its line.
func (l *loader) placeholderPos(body []any, name string) tomlpos.Pos {
	start, ok := l.idx.Value(body...)
	if !ok {
		return l.idx.Nearest(body...)
	}
	off := offsetOf(l.src, start)
	re := regexp.MustCompile(`\{\{\s*` + regexp.QuoteMeta(name) + `\s*\}\}`)
	loc := re.FindIndex(l.src[off:])
	if loc == nil {
		return start
	}
	return posOf(l.src, off+loc[0])
}

func offsetOf(src []byte, p tomlpos.Pos) int {
	line, off := 1, 0
	for off < len(src) && line < p.Line {
		if src[off] == '\n' {
			line++
		}
		off++
	}
	return min(off+p.Col-1, len(src))
}

func posOf(src []byte, off int) tomlpos.Pos {
	p := tomlpos.Pos{Line: 1, Col: 1}
	for _, c := range src[:off] {
		if c == '\n' {
			p.Line, p.Col = p.Line+1, 1
		} else {
			p.Col++
		}
	}
	return p
}

func (l *loader) validateMetrics(rb *Runbook) {
	var ids []string
	for _, s := range rb.Steps {
		ids = append(ids, s.ID)
	}
	for name, m := range rb.Metrics {
		path, in := []any{"metrics", name}, fmt.Sprintf("in metric `%s`", name)
		l.required(m.Title, append(path, "title"), in, `title = "Time to holding statement"`)
		for key, v := range map[string]string{"from": m.From, "to": m.To} {
			if !l.required(v, append(path, key), in, key+` = "message.published:holding"`) {
				continue
			}
			kind, step, hasStep := strings.Cut(v, ":")
			l.oneOf(kind, JournalKinds(), append(path, key), "journal entry kind")
			if hasStep {
				l.reference(ErrUnknownStep, step, ids, append(path, key), fmt.Sprintf("metric `%s`", name), "step")
			}
		}
	}
}

// JournalKinds are the journal entry kinds a metric may measure between
// (mirrors package incidents).
func JournalKinds() []string {
	return []string{"incident.declared", "status.changed", "severity.changed", "role.assigned", "note",
		"mention.pinned", "feed.snapshot", "alert.fired", "alert.acked", "runbook.attached", "step.started",
		"step.done", "step.skipped", "step.blocked", "decision", "message.drafted", "message.approved",
		"message.published", "incident.resolved"}
}
