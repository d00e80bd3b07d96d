// Command warroom is a terminal crisis room for brand and social-media crisis
// cells. Each subcommand lives in its own file; this one only dispatches.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// env is what a command may touch of the outside world, injected so that
// commands can be tested without a process.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand. run receives the arguments after its name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

// commands lists every subcommand in the order `warroom help` shows them.
func commands() []command {
	return []command{
		demoCommand(),
		roomCommand(),
		tailCommand(),
		versionCommand(),
		runbooksCommand(),
		simulateCommand(),
		incidentCommand(), logCommand(), verifyCommand(), exportCommand(),
		backtestCommand(),
		scoreCommand(),
	}
}

// usageError marks a bad invocation: exit status 2 instead of 1.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches args to a subcommand and returns the exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printHelp(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		}
		fmt.Fprintf(e.stderr, "warroom %s: %v\n", c.name, err)
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		var ee exitError
		if errors.As(err, &ee) {
			return ee.code
		}
		return 1
	}
	fmt.Fprintf(e.stderr, "warroom: unknown command %q (see warroom help)\n", args[0])
	return 2
}

// exitError carries a specific exit status (verify uses 3 for a broken chain,
// say) with its message.
type exitError struct {
	code int
	err  error
}

func (x exitError) Error() string { return x.err.Error() }
func (x exitError) Unwrap() error { return x.err }

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "warroom: a terminal crisis room for brand and social-media crisis cells")
	fmt.Fprintln(w, "\nUsage: warroom COMMAND [flags]   (warroom COMMAND --help for its flags)")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
}

// newFlags returns a flag set whose --help prints a synopsis, the command's
// description and every flag with its default.
func newFlags(e *env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: warroom %s %s\n\n%s\n", name, synopsis, description)
		if hasFlags(fs) {
			fmt.Fprintln(e.stderr, "\nFlags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parseFlags parses args and refuses stray positional arguments when the
// command takes none.
func parseFlags(fs *flag.FlagSet, args []string, maxArgs int) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	if maxArgs >= 0 && fs.NArg() > maxArgs {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(maxArgs))}
	}
	return nil
}

func versionCommand() command {
	return command{
		name:    "version",
		summary: "print the version",
		run: func(ctx context.Context, e *env, args []string) error {
			fs := newFlags(e, "version", "", "Prints warroom's version.")
			if err := parseFlags(fs, args, 0); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "warroom %s\n", version)
			return nil
		},
	}
}
