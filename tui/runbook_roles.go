package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/warroom-dev/warroom/runbooks"
)

// rolePrompt assigns a seat of the crisis cell to a person: the roles of
// the attached runbook (required ones marked), then the holder's name.
// The catch-up pane shows who holds what.
func (p *runbookPane) rolePrompt() modal {
	var cs []choice
	if p.inc != nil && p.inc.Runbook != nil {
		rb := p.inc.Runbook
		for _, r := range rb.RoleKeys() {
			cs = append(cs, choice{value: r, label: roleLabel(r, rb.Roles[r], p.holder(r))})
		}
	}
	pr := newPrompt(p.common, "Assign a role", []string{"Who holds which seat of the cell (journaled)."},
		lineText, "name").withChoices(cs, "")
	pr.check = func(name string) string {
		if len(cs) == 0 {
			return "attach a runbook first: its roles are the seats to fill"
		}
		return required("a name")(name)
	}
	pr.submit = func(role, name string) tea.Cmd { return roleCmd(p.ui.desk, role, name) }
	return pr
}

func roleLabel(key string, r runbooks.Role, holder string) string {
	s := key + " · " + r.Title
	if r.Required {
		s += " (required)"
	}
	if holder != "" {
		s += " — now " + holder
	}
	return s
}

// holder is who holds role now, "" when nobody does.
func (p *runbookPane) holder(role string) string {
	if a, ok := p.inc.State.Roles[role]; ok {
		return a.Name
	}
	return ""
}
