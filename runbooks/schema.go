package runbooks

import (
	_ "embed"

	"github.com/invopop/jsonschema"
)

// The JSON Schema of the format, generated from the types in this package
// so that editors (Taplo, VS Code's Even Better TOML) validate and complete
// runbook files. Regenerate it after changing a type or its comment:
//
//go:generate go test -run TestSchemaUpToDate -update .
//go:embed schema/runbook.schema.json
var schemaJSON []byte

// SchemaID is the $id of the JSON Schema.
const SchemaID = "https://github.com/warroom-dev/warroom/raw/main/runbooks/schema/runbook.schema.json"

// JSONSchema returns the JSON Schema of warroom.runbook/v1.
func JSONSchema() []byte { return append([]byte(nil), schemaJSON...) }

// durationPattern is what time.ParseDuration accepts, minus signs.
const durationPattern = `^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$`

// JSONSchemaExtend documents the duration syntax for editors.
func (Duration) JSONSchemaExtend(s *jsonschema.Schema) {
	s.Pattern = durationPattern
	s.Examples = []any{"15m", "1h", "1h30m"}
}

// JSONSchemaExtend lists the step kinds.
func (StepKind) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, k := range StepKinds() {
		s.Enum = append(s.Enum, string(k))
	}
}

// JSONSchemaExtend lists the evidence kinds.
func (Evidence) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, k := range EvidenceKinds() {
		s.Enum = append(s.Enum, string(k))
	}
}
