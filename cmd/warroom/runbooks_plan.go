package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/warroom-dev/warroom/runbooks"
)

// printPlan renders a runbook the way a cell reads it before a drill.
func printPlan(w io.Writer, rb *runbooks.Runbook) {
	fmt.Fprintf(w, "%s  (%s, %s, v%s)\n", rb.Title, rb.ID, rb.Lang, rb.Version)
	fmt.Fprintf(w, "file %s  sha256 %s\n", rb.File(), rb.SHA256()[:16])
	if rb.Description != "" {
		fmt.Fprintf(w, "\n%s\n", wrap(rb.Description, 100, ""))
	}
	aw := rb.AppliesWhen
	fmt.Fprintf(w, "\nApplies when: severities %s; tags %s; alerts %s\n", list(aw.Severities), list(aw.Tags), list(aw.AlertKinds))
	fmt.Fprintln(w, "\nRoles:")
	for _, k := range rb.RoleKeys() {
		req := ""
		if rb.Roles[k].Required {
			req = " (required)"
		}
		fmt.Fprintf(w, "  %-14s %s%s\n", k, rb.Roles[k].Title, req)
	}
	if names := rb.VarNames(); len(names) > 0 {
		fmt.Fprintln(w, "\nAsked when attaching:")
		for _, k := range names {
			fmt.Fprintf(w, "  {{%s}} %s\n", k, rb.Vars[k].Prompt)
		}
	}
	fmt.Fprintln(w, "\nSteps:")
	for i := range rb.Steps {
		printStep(w, rb, i)
	}
}

func printStep(w io.Writer, rb *runbooks.Runbook, i int) {
	s := &rb.Steps[i]
	fmt.Fprintf(w, "\n%2d. %s  [%s, %s]  %s\n", i+1, s.Title, s.ID, s.Kind, rb.Roles[s.OwnerRole].Title)
	var clock []string
	if s.DueAfter != "" {
		clock = append(clock, "due "+string(s.DueAfter)+" after available")
	}
	if s.RepeatEvery != "" {
		clock = append(clock, "then every "+string(s.RepeatEvery))
	}
	if len(s.Requires) > 0 {
		clock = append(clock, "after "+strings.Join(s.Requires, ", "))
	}
	if g := gatedBy(rb, s.ID); g != "" {
		clock = append(clock, "only if "+g)
	}
	if len(clock) > 0 {
		fmt.Fprintf(w, "    %s\n", strings.Join(clock, "; "))
	}
	if s.Question != "" {
		fmt.Fprintf(w, "    ? %s\n", s.Question)
	}
	for _, a := range rb.Answers(s) {
		fmt.Fprintf(w, "    %s -> %s\n", a, s.Branches[a])
	}
	if s.Template != "" {
		approver := ""
		if s.ApproverRole != "" {
			approver = ", approved by " + s.ApproverRole
		}
		fmt.Fprintf(w, "    message: template %s on %s%s\n", s.Template, rb.Templates[s.Template].Channel, approver)
	}
	if len(s.Evidence) > 0 {
		ev := make([]string, len(s.Evidence))
		for j, e := range s.Evidence {
			ev[j] = string(e)
		}
		fmt.Fprintf(w, "    evidence: %s\n", strings.Join(ev, ", "))
	}
	if s.Detail != "" {
		fmt.Fprintln(w, wrap(s.Detail, 96, "    "))
	}
}

func list(xs []string) string {
	if len(xs) == 0 {
		return "any"
	}
	return strings.Join(xs, ", ")
}

// wrap folds text into lines of at most width runes, each with indent.
func wrap(text string, width int, indent string) string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		if line != "" && len([]rune(line))+1+len([]rune(word)) > width {
			lines = append(lines, indent+line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, indent+line)
	}
	return strings.Join(lines, "\n")
}

// gatedBy says which decision answers lead to step id ("tier = tier2").
func gatedBy(rb *runbooks.Runbook, id string) string {
	var out []string
	for i := range rb.Steps {
		d := &rb.Steps[i]
		for _, a := range rb.Answers(d) {
			if d.Branches[a] == id {
				out = append(out, d.ID+" = "+a)
			}
		}
	}
	return strings.Join(out, " or ")
}
