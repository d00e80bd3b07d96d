package tomlpos

import (
	"reflect"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Suggest returns the candidate closest to word, or "" when none is close
// enough to be a plausible typo or abbreviation: an edit distance of at most
// a third of the word (minimum 2), or one being a prefix of the other
// ("owner" for "owner_role").
func Suggest(word string, candidates []string) string {
	best, bestD := "", 1<<30
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted) // ties resolve the same way every run
	lw := strings.ToLower(word)
	for _, c := range sorted {
		lc := strings.ToLower(c)
		d := distance(lw, lc)
		if d > max(2, len(word)/3) && !strings.HasPrefix(lc, lw) && !strings.HasPrefix(lw, lc) {
			continue
		}
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Undecoded turns md.Undecoded() into positioned errors, one per place the
// key appears (an undecoded key of an [[array]] table is reported in every
// element that has it). v is the value that was decoded into; it is used
// to suggest the closest known key and may be nil.
func Undecoded(src []byte, md toml.MetaData, v any) []*KeyError {
	idx := Parse(src)
	var out []*KeyError
	seen := map[string]bool{}
	for _, key := range md.Undecoded() {
		if seen[key.String()] {
			continue // listed once per [[array]] element; Matching finds them all
		}
		seen[key.String()] = true
		var names []string
		if v != nil {
			names = fieldsAt(reflect.TypeOf(v), key[:len(key)-1])
		}
		if len(names) == 0 && v != nil {
			continue // inside a map or an interface: not an unknown key
		}
		for _, e := range idx.Matching(key) {
			out = append(out, &KeyError{Problem: UnknownKey, Path: e.Path, Pos: e.Key, Suggest: Suggest(key[len(key)-1], names)})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return before(out[i].Pos, out[j].Pos) })
	return out
}

// fieldsAt returns the TOML keys of the struct reached by keys from t, or
// nil when keys leads into a map, an interface or nowhere.
func fieldsAt(t reflect.Type, keys []string) []string {
	for _, k := range keys {
		t = structOf(t)
		if t == nil {
			return nil
		}
		f, ok := lookupField(tomlFields(t), k)
		if !ok {
			return nil
		}
		t = f.Type
	}
	t = structOf(t)
	if t == nil {
		return nil
	}
	var names []string
	for n := range tomlFields(t) {
		names = append(names, n)
	}
	return names
}

// structOf strips pointers, slices and arrays; nil unless a struct remains.
func structOf(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct || t == timeType {
		return nil
	}
	return t
}
