package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/warroom-dev/warroom/runbooks"
)

func runbooksCommand() command {
	return command{
		name:    "runbooks",
		summary: "lint, list and show crisis runbooks",
		run: func(ctx context.Context, e *env, args []string) error {
			if len(args) == 0 {
				return usageError{"runbooks: want a subcommand: lint, list, show or schema"}
			}
			switch args[0] {
			case "lint":
				return runbooksLint(e, args[1:])
			case "list":
				return runbooksList(e, args[1:])
			case "show":
				return runbooksShow(e, args[1:])
			case "schema":
				return runbooksSchema(e, args[1:])
			case "-h", "--help", "help":
				fmt.Fprintln(e.stderr, "Usage: warroom runbooks lint|list|show|schema [flags]   (warroom runbooks SUB --help)")
				return flag.ErrHelp
			}
			return usageError{fmt.Sprintf("runbooks: unknown subcommand %q (want lint, list, show or schema)", args[0])}
		},
	}
}

// dirsFlag collects repeated --dir flags.
type dirsFlag []string

func (d *dirsFlag) String() string     { return strings.Join(*d, ",") }
func (d *dirsFlag) Set(v string) error { *d = append(*d, v); return nil }

func runbooksLint(e *env, args []string) error {
	fs := newFlags(e, "runbooks lint", "[PATH...]",
		"Checks runbook files (or every *.toml under a folder) and prints one problem per line as\n"+
			"file:line:col: message. Without PATH, checks the built-in library. Exits 1 on any problem.")
	if err := parseFlags(fs, args, -1); err != nil {
		return err
	}
	var errs []error
	n := 0
	if fs.NArg() == 0 {
		lib := runbooks.NewLibrary()
		errs = append(errs, lib.AddFS(runbooks.BuiltinFiles(), ".", runbooks.BuiltinPrefix))
		n = len(lib.All())
	}
	for _, p := range fs.Args() {
		c, err := lintPath(p)
		n += c
		errs = append(errs, err)
	}
	problems := printProblems(e.stdout, errors.Join(errs...))
	if problems > 0 {
		return exitError{1, fmt.Errorf("%d problem(s)", problems)}
	}
	fmt.Fprintf(e.stderr, "%d runbook(s) OK\n", n)
	return nil
}

// lintPath checks one file or every *.toml under a folder; it returns the
// number of runbooks that loaded.
func lintPath(p string) (int, error) {
	st, err := os.Stat(p)
	if err != nil {
		return 0, err
	}
	lib := runbooks.NewLibrary()
	if st.IsDir() {
		err = lib.AddFS(os.DirFS(p), ".", p)
		return len(lib.All()), err
	}
	if _, err := runbooks.LoadFile(p); err != nil {
		return 0, err
	}
	return 1, nil
}

// printProblems prints each runbook error on its own line, and other
// errors as they are; it returns how many lines it printed.
func printProblems(w io.Writer, err error) int {
	if err == nil {
		return 0
	}
	n := 0
	for _, line := range strings.Split(err.Error(), "\n") {
		if line != "" {
			fmt.Fprintln(w, line)
			n++
		}
	}
	return n
}

// library returns the built-in library plus the given folders.
func library(e *env, dirs []string) (*runbooks.Library, error) {
	lib, err := runbooks.LoadLibrary(dirs...)
	if err != nil {
		// Keep what loaded; say what did not.
		printProblems(e.stderr, err)
		if len(lib.All()) == 0 {
			return nil, errors.New("no runbook loaded")
		}
	}
	return lib, nil
}

func runbooksList(e *env, args []string) error {
	fs := newFlags(e, "runbooks list", "[flags]", "Lists the runbooks: built-in ones and those in --dir folders (which override by id and lang).")
	lang := fs.String("lang", "", "only this language (fr or en), falling back to English per runbook")
	var dirs dirsFlag
	fs.Var(&dirs, "dir", "a folder of runbook files to add (repeatable)")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	lib, err := library(e, dirs)
	if err != nil {
		return err
	}
	for _, rb := range lib.InLang(*lang) {
		fmt.Fprintf(e.stdout, "%-22s %-3s v%-5s %2d steps  %s\n", rb.ID, rb.Lang, rb.Version, len(rb.Steps), rb.Title)
	}
	return nil
}

func runbooksShow(e *env, args []string) error {
	fs := newFlags(e, "runbooks show", "ID [flags]", "Prints a runbook as a readable plan: roles, steps, owners, clocks and branches.")
	lang := fs.String("lang", "en", "language (fr or en)")
	var dirs dirsFlag
	fs.Var(&dirs, "dir", "a folder of runbook files to add (repeatable)")
	id, rest := splitID(args)
	if err := parseFlags(fs, rest, 0); err != nil {
		return err
	}
	if id == "" {
		return usageError{"runbooks show: want a runbook ID (see warroom runbooks list)"}
	}
	lib, err := library(e, dirs)
	if err != nil {
		return err
	}
	rb, ok := lib.Get(id, *lang)
	if !ok {
		return fmt.Errorf("no runbook %q (see warroom runbooks list)", id)
	}
	printPlan(e.stdout, rb)
	return nil
}

// splitID takes the first non-flag argument out, so that the ID may come
// before or after the flags.
func splitID(args []string) (string, []string) {
	for i, a := range args {
		if strings.HasPrefix(a, "-") || i > 0 && takesValue(args[i-1]) {
			continue
		}
		return a, append(append([]string(nil), args[:i]...), args[i+1:]...)
	}
	return "", args
}

// takesValue reports a flag of the runbooks commands written without "=",
// whose value is the next argument.
func takesValue(flag string) bool {
	switch flag {
	case "--lang", "-lang", "--dir", "-dir":
		return true
	}
	return false
}

func runbooksSchema(e *env, args []string) error {
	fs := newFlags(e, "runbooks schema", "", "Prints the JSON Schema of the runbook format, for editors.")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	_, err := e.stdout.Write(runbooks.JSONSchema())
	return err
}
