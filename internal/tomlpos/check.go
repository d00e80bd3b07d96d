package tomlpos

import (
	"encoding"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// Problem is what is wrong with a key.
type Problem int

const (
	// UnknownKey: the key has no field in the destination type.
	UnknownKey Problem = iota + 1
	// WrongType: the value's TOML type does not fit the field.
	WrongType
)

// KeyError is an unknown key or a value of the wrong type, with where it is.
type KeyError struct {
	Problem Problem
	Path    []any // full path of the key, array indices included
	Pos     Pos
	Want    string // WrongType: the expected TOML type ("string", "array"...)
	Got     string // WrongType: the TOML type found
	// Suggest is the closest known key at that level (UnknownKey), or "".
	Suggest string
}

// Key is the last key of the path.
func (e *KeyError) Key() string {
	for i := len(e.Path) - 1; i >= 0; i-- {
		if s, ok := e.Path[i].(string); ok {
			return s
		}
	}
	return ""
}

func (e *KeyError) Error() string {
	switch e.Problem {
	case UnknownKey:
		msg := fmt.Sprintf("%s: unknown key `%s`", e.Pos, FormatPath(e.Path))
		if e.Suggest != "" {
			msg += fmt.Sprintf("; did you mean `%s`?", e.Suggest)
		}
		return msg
	default:
		return fmt.Sprintf("%s: `%s` must be %s, not %s", e.Pos, FormatPath(e.Path), Article(e.Want), Article(e.Got))
	}
}

// Article prefixes a TOML type name with "a" or "an".
func Article(t string) string {
	if t != "" && strings.ContainsRune("aeiou", rune(t[0])) {
		return "an " + t
	}
	return "a " + t
}

// Check decodes src generically and compares it with the type of v (a
// struct or pointer to one, with toml tags): every unknown key and every
// value of the wrong type is reported, in document order, with its position.
// A syntax error is returned as err (a toml.ParseError, which has its own
// position). v itself is not modified.
func Check(src []byte, v any) ([]*KeyError, error) {
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return nil, err
	}
	return CheckDoc(Parse(src), doc, v), nil
}

// CheckDoc is Check for a caller that already holds the generic decoding
// of the document and its index, so that nothing is parsed twice.
func CheckDoc(idx *Index, doc map[string]any, v any) []*KeyError {
	c := checker{idx: idx}
	c.walk(doc, reflect.TypeOf(v), nil)
	sort.SliceStable(c.errs, func(i, j int) bool { return before(c.errs[i].Pos, c.errs[j].Pos) })
	return c.errs
}

func before(a, b Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

type checker struct {
	idx  *Index
	errs []*KeyError
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	tomlUnmarshaler = reflect.TypeFor[toml.Unmarshaler]()
	timeType        = reflect.TypeFor[time.Time]()
	durationType    = reflect.TypeFor[time.Duration]()
	primitiveType   = reflect.TypeFor[toml.Primitive]()
)

func (c *checker) walk(val any, t reflect.Type, path []any) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if !c.typeFits(val, t, path) {
		return
	}
	switch {
	case t == timeType, t == primitiveType, custom(t):
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		fields := tomlFields(t)
		for k, sub := range val.(map[string]any) {
			f, ok := lookupField(fields, k)
			if !ok {
				c.unknown(extend(path, k), fields)
				continue
			}
			c.walk(sub, f.Type, extend(path, k))
		}
	case reflect.Map:
		for k, sub := range val.(map[string]any) {
			c.walk(sub, t.Elem(), extend(path, k))
		}
	case reflect.Slice, reflect.Array:
		for i, el := range elements(val) {
			c.walk(el, t.Elem(), extend(path, i))
		}
	}
}

func custom(t reflect.Type) bool {
	p := reflect.PointerTo(t)
	return p.Implements(tomlUnmarshaler) || p.Implements(textUnmarshaler)
}

func (c *checker) unknown(path []any, fields map[string]reflect.StructField) {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	k := path[len(path)-1].(string)
	c.errs = append(c.errs, &KeyError{Problem: UnknownKey, Path: path, Pos: c.idx.Nearest(path...), Suggest: Suggest(k, names)})
}

// typeFits reports a WrongType error when val cannot decode into t.
func (c *checker) typeFits(val any, t reflect.Type, path []any) bool {
	want := wantType(t)
	got := tomlType(val)
	if want == "" || want == got || want == "float" && got == "integer" ||
		want == "string" && custom(t) && got != "table" && got != "array" ||
		t == durationType && got == "string" { // BurntSushi reads "15m" into a time.Duration
		return true
	}
	if t == durationType {
		want = "duration string such as \"15m\"" // what people should write
	}
	e := &KeyError{Problem: WrongType, Path: path, Want: want, Got: got}
	if p, ok := c.idx.Value(path...); ok {
		e.Pos = p
	} else {
		e.Pos = c.idx.Nearest(path...)
	}
	c.errs = append(c.errs, e)
	return false
}

// wantType is the TOML type a Go type decodes from, "" for anything.
func wantType(t reflect.Type) string {
	switch {
	case t == timeType:
		return "datetime"
	case t == primitiveType, reflect.PointerTo(t).Implements(tomlUnmarshaler):
		return ""
	case reflect.PointerTo(t).Implements(textUnmarshaler):
		return "string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "table"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.String:
		return "string"
	case reflect.Bool:
		return "boolean"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "integer"
	}
	return ""
}

func tomlType(v any) string {
	switch v.(type) {
	case map[string]any:
		return "table"
	case []any, []map[string]any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64:
		return "integer"
	case float64:
		return "float"
	case time.Time:
		return "datetime"
	}
	return fmt.Sprintf("%T", v)
}

func elements(v any) []any {
	switch s := v.(type) {
	case []any:
		return s
	case []map[string]any:
		out := make([]any, len(s))
		for i, m := range s {
			out[i] = m
		}
		return out
	}
	return nil
}

// tomlFields maps the TOML key of every field of struct t (embedded
// structs flattened, as the decoder does).
func tomlFields(t reflect.Type) map[string]reflect.StructField {
	out := map[string]reflect.StructField{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		switch {
		case name == "-", !f.IsExported() && !f.Anonymous:
			continue
		case f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct:
			for k, sub := range tomlFields(f.Type) {
				out[k] = sub
			}
			continue
		case name == "":
			name = f.Name
		}
		out[name] = f
	}
	return out
}

// lookupField matches a key like the decoder: exact, then case-insensitive.
func lookupField(fields map[string]reflect.StructField, key string) (reflect.StructField, bool) {
	if f, ok := fields[key]; ok {
		return f, true
	}
	for n, f := range fields {
		if strings.EqualFold(n, key) {
			return f, true
		}
	}
	return reflect.StructField{}, false
}
