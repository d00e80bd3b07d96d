package runbooks

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"sort"

	"github.com/BurntSushi/toml"

	"github.com/warroom-dev/warroom/internal/tomlpos"
)

// LoadFile reads and loads one runbook file.
func LoadFile(path string) (*Runbook, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Load(path, src)
}

// Load parses and checks one runbook. file names it in errors. On any
// problem it returns a nil runbook and an Errors listing every problem found
// (a syntax error or a value of the wrong type stops the checks early, as
// nothing after it can be trusted).
func Load(file string, src []byte) (*Runbook, error) {
	l := &loader{file: file, src: src, idx: tomlpos.Parse(src)}
	rb := l.decode()
	if rb != nil {
		l.validate(rb)
	}
	if len(l.errs) > 0 {
		sort.SliceStable(l.errs, func(i, j int) bool {
			a, b := l.errs[i].Pos, l.errs[j].Pos
			return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
		})
		return nil, l.errs
	}
	sum := sha256.Sum256(src)
	rb.file, rb.sha256 = file, hex.EncodeToString(sum[:])
	return rb, nil
}

type loader struct {
	file string
	src  []byte
	idx  *tomlpos.Index
	errs Errors
	// stepIDs names steps in messages even before the typed decode.
	stepIDs []string
}

// add records an error at the value of path, or at the nearest enclosing
// key when path is absent (a missing field points at its table).
func (l *loader) add(kind ErrorKind, path []any, format string, args ...any) {
	pos, ok := l.idx.Value(path...)
	if !ok {
		pos = l.idx.Nearest(path...)
	}
	if pos.Line == 0 {
		pos = tomlpos.Pos{Line: 1, Col: 1}
	}
	l.errs = append(l.errs, &Error{File: l.file, Pos: pos, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}

// decode checks keys and types, then decodes. It returns nil when the
// document cannot be decoded.
func (l *loader) decode() *Runbook {
	var doc map[string]any
	_, err := toml.Decode(string(l.src), &doc)
	var pe toml.ParseError
	if errors.As(err, &pe) {
		l.errs = append(l.errs, &Error{File: l.file, Pos: tomlpos.Pos{Line: pe.Position.Line, Col: max(pe.Position.Col, 1)},
			Kind: ErrSyntax, Msg: "TOML syntax: " + pe.Message})
		return nil
	}
	if err != nil {
		l.add(ErrSyntax, nil, "TOML syntax: %v", err)
		return nil
	}
	l.readStepIDs(doc)
	typeOK := true
	for _, ke := range tomlpos.CheckDoc(l.idx, doc, &Runbook{}) {
		typeOK = typeOK && ke.Problem != tomlpos.WrongType
		l.keyError(ke)
	}
	if !typeOK {
		return nil
	}
	var rb Runbook
	if _, err := toml.Decode(string(l.src), &rb); err != nil {
		l.add(ErrWrongType, nil, "%v", err)
		return nil
	}
	rb.order = l.documentOrder(&rb)
	return &rb
}

func (l *loader) keyError(ke *tomlpos.KeyError) {
	in := l.where(ke.Path)
	e := &Error{File: l.file, Pos: ke.Pos}
	switch ke.Problem {
	case tomlpos.UnknownKey:
		e.Kind = ErrUnknownKey
		e.Msg = fmt.Sprintf("unknown key `%s` %s", ke.Key(), in)
		if ke.Suggest != "" {
			e.Msg += fmt.Sprintf("; did you mean `%s`?", ke.Suggest)
		}
	default:
		e.Kind = ErrWrongType
		e.Msg = fmt.Sprintf("`%s` %s must be %s, not %s", ke.Key(), in, tomlpos.Article(ke.Want), tomlpos.Article(ke.Got))
	}
	l.errs = append(l.errs, e)
}

// readStepIDs takes the step ids from the generic decoding, whatever the
// types elsewhere, so that messages can name steps.
func (l *loader) readStepIDs(doc map[string]any) {
	var steps []any
	switch v := doc["steps"].(type) {
	case []any: // steps = [{...}, ...]
		steps = v
	case []map[string]any: // [[steps]] tables
		for _, m := range v {
			steps = append(steps, m)
		}
	}
	for _, s := range steps {
		m, _ := s.(map[string]any)
		id, _ := m["id"].(string)
		l.stepIDs = append(l.stepIDs, id)
	}
}

// where names the part of the runbook a path is in, for messages.
func (l *loader) where(path []any) string {
	if len(path) < 2 {
		return "at the top level"
	}
	name, _ := path[1].(string)
	switch path[0] {
	case "steps":
		i, _ := path[1].(int)
		if i < len(l.stepIDs) && l.stepIDs[i] != "" {
			return fmt.Sprintf("in step `%s`", l.stepIDs[i])
		}
		return fmt.Sprintf("in step #%d", i+1)
	case "roles":
		return fmt.Sprintf("in role `%s`", name)
	case "vars":
		return fmt.Sprintf("in var `%s`", name)
	case "templates":
		return fmt.Sprintf("in template `%s`", name)
	case "metrics":
		return fmt.Sprintf("in metric `%s`", name)
	case "applies_when":
		return "in [applies_when]"
	}
	return "at the top level"
}

// documentOrder records the order of map keys as written, so that roles,
// vars and a decision's answers are shown in the author's order.
func (l *loader) documentOrder(rb *Runbook) map[string][]string {
	order := map[string][]string{}
	for _, e := range l.idx.Entries() {
		p := e.Path
		switch {
		case len(p) == 2 && (p[0] == "roles" || p[0] == "vars" || p[0] == "templates"):
			order[p[0].(string)] = append(order[p[0].(string)], p[1].(string))
		case len(p) == 4 && p[0] == "steps" && p[2] == "branches":
			if i, ok := p[1].(int); ok && i < len(rb.Steps) {
				k := "branches:" + rb.Steps[i].ID
				order[k] = append(order[k], p[3].(string))
			}
		}
	}
	return order
}
