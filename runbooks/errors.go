package runbooks

import (
	"fmt"
	"strings"

	"github.com/warroom-dev/warroom/internal/tomlpos"
)

// ErrorKind classifies a load error, so that tools and tests can tell them
// apart without parsing messages.
type ErrorKind string

const (
	ErrSyntax          ErrorKind = "syntax"
	ErrUnknownKey      ErrorKind = "unknown-key"
	ErrWrongType       ErrorKind = "wrong-type"
	ErrMissing         ErrorKind = "missing-field"
	ErrInvalid         ErrorKind = "invalid-value"
	ErrDuration        ErrorKind = "bad-duration"
	ErrDuplicate       ErrorKind = "duplicate-id"
	ErrUnknownStep     ErrorKind = "unknown-step"
	ErrUnknownRole     ErrorKind = "unknown-role"
	ErrUnknownTemplate ErrorKind = "unknown-template"
	ErrUndefinedVar    ErrorKind = "undefined-var"
	ErrCycle           ErrorKind = "cycle"
	ErrUnreachable     ErrorKind = "unreachable"
)

// Error is one problem in a runbook file.
type Error struct {
	File string
	Pos  tomlpos.Pos
	Kind ErrorKind
	// Msg says what is wrong and, where possible, how to fix it.
	Msg string
}

// Error formats as file:line:col: message, the form editors and CI parse.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Errors is every problem found in one or more files, in file then position
// order. Load returns it as its error.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Unwrap lets errors.As find a single *Error.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
