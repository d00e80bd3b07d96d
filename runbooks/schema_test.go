package runbooks

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/invopop/jsonschema"
)

var update = flag.Bool("update", false, "rewrite schema/runbook.schema.json")

const schemaPath = "schema/runbook.schema.json"

// generateSchema reflects the Go types, with their doc comments as
// descriptions (read from the package source, so only from a test).
func generateSchema(t *testing.T) []byte {
	t.Helper()
	r := &jsonschema.Reflector{FieldNameTag: "json"}
	if err := r.AddGoComments("github.com/warroom-dev/warroom/runbooks", "."); err != nil {
		t.Fatal(err)
	}
	s := r.Reflect(&Runbook{})
	s.ID = SchemaID
	s.Title = Schema
	s.Description = "A warroom crisis runbook (TOML). See `warroom runbooks lint`."
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func TestSchemaUpToDate(t *testing.T) {
	got := generateSchema(t)
	if *update {
		if err := os.WriteFile(schemaPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(got, schemaJSON) && !*update {
		t.Fatalf("%s is stale: run `go generate ./runbooks`", schemaPath)
	}
}

func TestSchemaDescribesTheFormat(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Required   []string                   `json:"required"`
			Properties map[string]json.RawMessage `json:"properties"`
			Additional *bool                      `json:"additionalProperties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(generateSchema(t), &s); err != nil {
		t.Fatal(err)
	}
	step := s.Defs["Step"]
	if step.Additional == nil || *step.Additional || len(step.Properties) != 13 {
		t.Fatalf("Step schema: %+v", step)
	}
	if want := `["id","title","kind","owner_role"]`; mustJSON(step.Required) != want {
		t.Errorf("Step required = %s, want %s", mustJSON(step.Required), want)
	}
	for _, frag := range []string{`"pattern":"^([0-9]+`, `"enum":["check","action","message","decision","wait","approval"]`, `"description":"Time allowed`} {
		if !bytes.Contains(append(compact(step.Properties["due_after"]), compact(step.Properties["kind"])...), []byte(frag)) {
			t.Errorf("Step schema lacks %s", frag)
		}
	}
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func compact(b []byte) []byte {
	var out bytes.Buffer
	_ = json.Compact(&out, b)
	return out.Bytes()
}
