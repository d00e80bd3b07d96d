package runbooks

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// placeholder matches {{name}}, spaces allowed inside the braces.
var placeholder = regexp.MustCompile(`\{\{\s*([^{}]*?)\s*\}\}`)

// validVarName is what may appear between the braces.
var validVarName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Built-in variables every template may use without declaring them; the
// crisis room fills them when it renders a draft.
const (
	VarBrand      = "brand"       // the brand the room watches
	VarIncident   = "incident"    // the incident's title
	VarSeverity   = "severity"    // SEV1..SEV4
	VarNow        = "now"         // the time of the draft, in the cell's zone
	VarNextUpdate = "next_update" // when the next public update is promised
)

// BuiltinVars lists the built-in variables.
func BuiltinVars() []string {
	return []string{VarBrand, VarIncident, VarSeverity, VarNow, VarNextUpdate}
}

// Placeholders returns the names used in the body, in order of first use.
func (t Template) Placeholders() []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(t.Body, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// Render replaces every {{name}} with vars[name]. A placeholder without a
// value (or with an empty one) is an error naming all such placeholders,
// so that no message goes out with a hole in it.
func (t Template) Render(vars map[string]string) (string, error) {
	var missing []string
	out := placeholder.ReplaceAllStringFunc(t.Body, func(m string) string {
		name := placeholder.FindStringSubmatch(m)[1]
		v, ok := vars[name]
		if !ok || strings.TrimSpace(v) == "" {
			if !slices.Contains(missing, name) {
				missing = append(missing, name)
			}
			return m
		}
		return v
	})
	if len(missing) > 0 {
		return out, fmt.Errorf("template: no value for {{%s}}", strings.Join(missing, "}}, {{"))
	}
	return out, nil
}
