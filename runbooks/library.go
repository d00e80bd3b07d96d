package runbooks

import (
	"cmp"
	"embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// builtinFS holds the built-in library, library/<lang>/<id>.toml.
//
//go:embed library
var builtinFS embed.FS

// BuiltinPrefix starts the File of every built-in runbook.
const BuiltinPrefix = "builtin:"

// Library is a set of runbooks identified by id and language: the
// built-in ones plus the folders named in the config, which add runbooks or
// override a built-in one with the same id and lang.
type Library struct {
	books map[libKey]*Runbook
}

type libKey struct{ id, lang string }

// NewLibrary returns an empty library.
func NewLibrary() *Library { return &Library{books: map[libKey]*Runbook{}} }

// LoadLibrary returns the built-in library overridden by the runbooks
// found in dirs, in order (a later folder wins). Every runbook that loads
// is kept; the error lists every file that did not (as Errors when they
// are runbook errors).
func LoadLibrary(dirs ...string) (*Library, error) {
	l := NewLibrary()
	var errs []error
	if err := l.AddFS(builtinFS, "library", BuiltinPrefix); err != nil {
		errs = append(errs, err)
	}
	for _, d := range dirs {
		if err := l.AddFS(os.DirFS(d), ".", d); err != nil {
			errs = append(errs, err)
		}
	}
	return l, joinErrors(errs)
}

// Builtin returns the built-in library alone.
func Builtin() (*Library, error) { return LoadLibrary() }

// BuiltinFiles returns the built-in runbook files (for lint).
func BuiltinFiles() fs.FS {
	sub, _ := fs.Sub(builtinFS, "library")
	return sub
}

// Add adds rb, replacing any runbook with the same id and lang.
func (l *Library) Add(rb *Runbook) { l.books[libKey{rb.ID, rb.Lang}] = rb }

// AddFS loads every *.toml file under dir in fsys. Files are named
// prefix/path in errors and in Runbook.File.
func (l *Library) AddFS(fsys fs.FS, dir, prefix string) error {
	var errs []error
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".toml") {
			return err
		}
		src, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, dir), "/")
		name := filepath.Join(prefix, rel) // a folder: a path the operator can open
		if prefix == BuiltinPrefix {
			name = prefix + rel // embedded: builtin:fr/bad-buzz.toml
		}
		rb, err := Load(name, src)
		if err != nil {
			errs = append(errs, err)
			return nil
		}
		l.Add(rb)
		return nil
	})
	if err != nil {
		errs = append(errs, err)
	}
	return joinErrors(errs)
}

// joinErrors merges runbook Errors into one Errors, so that callers can
// print one problem per line; other errors are joined as they are.
func joinErrors(errs []error) error {
	var all Errors
	var other []error
	for _, err := range errs {
		var es Errors
		if errors.As(err, &es) {
			all = append(all, es...)
		} else {
			other = append(other, err)
		}
	}
	switch {
	case len(other) > 0:
		return errors.Join(append(other, all)...)
	case len(all) > 0:
		return all
	}
	return nil
}

// All returns every runbook, by id then lang.
func (l *Library) All() []*Runbook {
	out := make([]*Runbook, 0, len(l.books))
	for _, rb := range l.books {
		out = append(out, rb)
	}
	slices.SortFunc(out, func(a, b *Runbook) int { return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Lang, b.Lang)) })
	return out
}

// InLang returns one runbook per id: the one in lang when it exists, else
// the English one, else any; lang "" returns every runbook.
func (l *Library) InLang(lang string) []*Runbook {
	if lang == "" {
		return l.All()
	}
	var out []*Runbook
	for _, rb := range l.All() {
		if best, _ := l.Get(rb.ID, lang); best == rb {
			out = append(out, rb)
		}
	}
	return out
}

// Get returns runbook id in lang, falling back to English then to any
// language (check the returned Lang).
func (l *Library) Get(id, lang string) (*Runbook, bool) {
	for _, k := range []libKey{{id, lang}, {id, "en"}} {
		if rb, ok := l.books[k]; ok {
			return rb, true
		}
	}
	for _, rb := range l.All() {
		if rb.ID == id {
			return rb, true
		}
	}
	return nil, false
}
