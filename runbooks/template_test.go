package runbooks

import (
	"slices"
	"testing"
)

func TestTemplateRender(t *testing.T) {
	tpl := Template{Body: "{{brand}} a été informée du problème sur {{ product }}. Prochain point à {{next_update}}. — {{brand}}"}
	if got := tpl.Placeholders(); !slices.Equal(got, []string{"brand", "product", "next_update"}) {
		t.Errorf("Placeholders = %v", got)
	}
	got, err := tpl.Render(map[string]string{"brand": "Maison Dupont", "product": "yaourt nature", "next_update": "14 h 30"})
	want := "Maison Dupont a été informée du problème sur yaourt nature. Prochain point à 14 h 30. — Maison Dupont"
	if err != nil || got != want {
		t.Errorf("Render = %q, %v; want %q", got, err, want)
	}
	_, err = tpl.Render(map[string]string{"brand": "X", "product": " "})
	if err == nil || err.Error() != "template: no value for {{product}}, {{next_update}}" {
		t.Errorf("Render with holes: err = %v", err)
	}
}

func TestTemplateRenderLeavesValuesAlone(t *testing.T) {
	// A value that itself looks like a placeholder is not expanded again.
	got, err := Template{Body: "{{a}}"}.Render(map[string]string{"a": "{{b}}", "b": "no"})
	if err != nil || got != "{{b}}" {
		t.Errorf("Render = %q, %v", got, err)
	}
}
