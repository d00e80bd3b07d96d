package incidents

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"
)

// fastLineDrafts cover every optional member and every way a string can
// need escaping.
func fastLineDrafts() []Draft {
	paris := time.FixedZone("CET", 3600)
	ev := time.Date(2026, 3, 14, 8, 30, 0, 123456789, paris)
	evUTC := time.Date(2026, 3, 14, 7, 0, 0, 0, time.UTC)
	return []Draft{
		{Incident: "INC-1", Kind: KindDeclared, Body: "Rappel produit", Data: DeclaredData{Title: "Rappel <b>&", Severity: SEV2, TimeZone: "Europe/Paris"}},
		{Kind: KindNote, Body: `guillemets "ici" et \ barre`, Actor: Actor{Name: "zoé", Role: "juridique"}},
		{Kind: KindNote, Body: "lignes\nsuivantes\r\tet \b\f\x01\x1f\x7f fin"},
		{Kind: KindNote, Body: "séparateurs \u2028 et \u2029, emoji 🔥, <script>&amp;"},
		{Kind: KindNote, Body: "octets invalides \xff\xfe ici", Actor: Actor{Name: "bad\xc3"}},
		{Kind: KindNote, EventAt: &ev, Body: "après coup"},
		{Kind: KindNote, EventAt: &evUTC},
		{Kind: KindStatusChanged, Data: StatusData{Status: StatusIdentified}},
		{Kind: KindCorrection, Supersedes: 2, Body: "corrigé"},
		{Kind: KindAlertFired, Source: SourceAlert, Data: map[string]any{"z": 1.5e300, "a": []any{"x\ny", nil, true, map[string]any{"b": 2, "a": "é"}}}},
	}
}

func writtenLines(t *testing.T) [][]byte {
	t.Helper()
	var h head
	var lines [][]byte
	for i, d := range fastLineDrafts() {
		if d.Source == "" {
			d.Source = SourceOperator
		}
		if d.Actor.Name == "" {
			d.Actor = Actor{Name: "alice"}
		}
		data, err := canonicalData(d.Data)
		if err != nil {
			t.Fatal(err)
		}
		_, line, err := h.next(d, data, t0.Add(time.Duration(i)*time.Second))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, bytes.TrimSuffix(line, []byte("\n")))
	}
	return lines
}

// TestFastPathReadsEveryWrittenLine: every line the journal writes takes
// the fast path and decodes to what the general decoder reads.
func TestFastPathReadsEveryWrittenLine(t *testing.T) {
	for i, line := range writtenLines(t) {
		var fast, slow Entry
		prev, ok := newLineDecoder().fastDecode(line, &fast)
		if !ok {
			t.Fatalf("line %d not read by the fast path: %s", i+1, line)
		}
		fast.PrevHash = string(prev)
		if err := newLineDecoder().decode(line, &slow); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("line %d: fast %+v\nslow %+v", i+1, fast, slow)
		}
		if err := decodeLine(line, &Entry{}); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if again, err := MarshalLine(fast); err != nil || !bytes.Equal(again[:len(again)-1], line) {
			t.Fatalf("line %d does not read back as written (%v):\n%s\n%s", i+1, err, line, again)
		}
	}
}

// rehash replaces a line's hash member by the hash of its new content, as
// someone forging a line would.
func rehash(line []byte) []byte {
	n := len(line)
	body := append(append([]byte(nil), line[:n-hashSuffixLen]...), '}')
	sum := sha256.Sum256(body)
	return append(body[:len(body)-1], []byte(`,"hash":"`+hex.EncodeToString(sum[:])+`"}`)...)
}

// TestNonCanonicalLinesRefused: lines whose hash matches their bytes but
// which the journal would not have written that way are refused by both
// paths, so verification accepts exactly one spelling of each entry.
func TestNonCanonicalLinesRefused(t *testing.T) {
	lines := writtenLines(t)
	edits := []struct {
		name      string
		line      int
		old, new_ string
	}{
		{"space after a colon", 1, `"seq":`, `"seq": `},
		{"leading zero", 1, `"seq":2`, `"seq":02`},
		{"members reordered", 1, `"seq":2,"id":"INC-1#2"`, `"id":"INC-1#2","seq":2`},
		{"letter escaped", 0, `"alice"`, `"\u0061lice"`},
		{"upper-case escape", 2, `\n`, `\u000A`},
		{"long form of a short escape", 2, `\n`, `\u000a`},
		{"escaped slash", 1, `"zoé"`, `"zo\/é"`},
		{"raw line separator", 3, `\u2028`, "\u2028"},
		{"recorded_at with an offset", 1, `.000Z"`, `.000+00:00"`},
		{"recorded_at without milliseconds", 1, `:01.000Z"`, `:01Z"`},
		{"event_at respelled", 6, `07:00:00Z"`, `07:00:00.000Z"`},
		{"empty role", 0, `"name":"alice"}`, `"name":"alice","role":""}`},
		{"data keys unsorted", 0, `"severity":"SEV2","time_zone"`, `"time_zone":"Europe/Paris","severity":"SEV2","x"`},
		{"data with a space", 7, `{"status"`, `{ "status"`},
		{"data null", 1, `,"prev_hash"`, `,"data":null,"prev_hash"`},
		{"supersedes zero", 1, `,"prev_hash"`, `,"supersedes":0,"prev_hash"`},
		{"duplicate member", 1, `,"prev_hash"`, `,"body":"x","prev_hash"`},
		{"upper-case hash", -1, "", ""},
	}
	for _, tc := range edits {
		t.Run(tc.name, func(t *testing.T) {
			var line []byte
			if tc.line < 0 {
				l := lines[1]
				line = append(l[:len(l)-66:len(l)-66], bytes.ToUpper(l[len(l)-66:])...)
			} else {
				if !bytes.Contains(lines[tc.line], []byte(tc.old)) {
					t.Fatalf("line %d lacks %q: %s", tc.line, tc.old, lines[tc.line])
				}
				line = rehash(bytes.Replace(lines[tc.line], []byte(tc.old), []byte(tc.new_), 1))
			}
			if _, ok := newLineDecoder().fastDecode(line, &Entry{}); ok {
				t.Errorf("fast path read %s", line)
			}
			if err := decodeLine(line, &Entry{}); err == nil {
				t.Errorf("verified %s", line)
			}
		})
	}
}

// FuzzFastPathOnlyReadsCanonicalLines: whatever the fast path accepts is
// exactly the line the journal writes for the entry it decoded.
func FuzzFastPathOnlyReadsCanonicalLines(f *testing.F) {
	for _, d := range fastLineDrafts() {
		b, _ := json.Marshal(d.Body)
		f.Add(`{"seq":3,"id":"I#3","incident":"I","recorded_at":"2026-03-14T09:00:01.000Z","actor":{"name":"a"},"source":"operator","kind":"note","body":` + string(b) + `,"prev_hash":""}`)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.HasSuffix(s, "}") {
			return
		}
		line := rehash(append([]byte(s[:len(s)-1]), []byte(`,"hash":"`+strings.Repeat("0", 64)+`"}`)...))
		var e Entry
		prev, ok := newLineDecoder().fastDecode(line, &e)
		if !ok {
			return
		}
		e.PrevHash = string(prev)
		again, err := MarshalLine(e)
		if err != nil || !bytes.Equal(again[:len(again)-1], line) {
			t.Fatalf("fast path read a line the journal would write otherwise (%v):\n%s\n%s", err, line, again)
		}
	})
}

func TestParseRecordedAt(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"2026-03-14T09:00:01.250Z", true},
		{"2024-02-29T23:59:59.999Z", true},
		{"2026-02-29T09:00:00.000Z", false},
		{"2026-13-01T09:00:00.000Z", false},
		{"2026-04-31T09:00:00.000Z", false},
		{"2026-03-14T24:00:00.000Z", false},
		{"2026-03-14T09:60:00.000Z", false},
		{"2026-03-14T09:00:60.000Z", false},
		{"2026-03-14 09:00:00.000Z", false},
		{"2026-03-14T09:00:00.0a0Z", false},
		{"2026-03-14T09:00:00.000+", false},
		{"2026-03-14T09:00:00Z", false},
	} {
		got, ok := parseRecordedAt([]byte(tc.in))
		if ok != tc.ok || (ok && got.Format(timeLayout) != tc.in) {
			t.Errorf("%s: got %v %v", tc.in, got, ok)
		}
	}
}

// BenchmarkDecodeLine is one written line read and hash-checked, on one
// goroutine: the per-line cost that open and verify pay a million times. A
// line with data pays for checking that its data is canonical.
func BenchmarkDecodeLine(b *testing.B) {
	for _, d := range []Draft{
		{Kind: KindNote, Body: "Point de situation 42 : volume en baisse, pas de nouvel influenceur"},
		{Kind: KindFeedSnapshot, Source: SourceFeed, Data: FeedSnapshotData{At: t0, RatePerMin: 312, Neg: 120, Neu: 30, Pos: 10,
			PerMinute:  []int64{80, 95, 120, 160, 240},
			TopAuthors: []AuthorStat{{Handle: "@rappelconso", Platform: "x", Followers: 120000, Mentions: 42}},
			TopTerms:   []TermStat{{Term: "rappel", Recent: 80, Lift: 3.5}, {Term: "boycott", Recent: 25, Lift: 6}}}},
	} {
		b.Run(string(d.Kind), func(b *testing.B) {
			h := head{incident: "INC-BENCH"}
			d.Actor = Actor{Name: "alice", Role: "comms lead"}
			if d.Source == "" {
				d.Source = SourceOperator
			}
			data, err := canonicalData(d.Data)
			if err != nil {
				b.Fatal(err)
			}
			_, line, err := h.next(d, data, t0)
			if err != nil {
				b.Fatal(err)
			}
			line = bytes.TrimSuffix(line, []byte("\n"))
			dec := newLineDecoder()
			var e Entry
			for b.Loop() {
				if _, err := dec.line(line, &e); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzCanonicalValue: canonicalValue accepts a JSON value exactly when
// canonicalData writes it back unchanged.
func FuzzCanonicalValue(f *testing.F) {
	for _, d := range fastLineDrafts() {
		if raw, err := canonicalData(d.Data); err == nil && raw != nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{`{}`, `[]`, `{"a":1,"a":2}`, `{"b":1,"a":2}`, `{"a":[1, 2]}`, `{"a":"\u00e9"}`, `{"é":1,"z":2}`,
		`{"a":"<>&"}`, `{"a":"\u003c"}`, `[1.50,-0,1E5,1e+05]`, `{"a":{"c":null,"b":true}}`, `"\u2028"`, "\"\u2028\"", `"\/"`, `"\ufffd"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !json.Valid([]byte(s)) || s == "null" {
			return
		}
		canon, err := canonicalData(json.RawMessage(s))
		want := err == nil && string(canon) == s
		if got := canonicalValue([]byte(s)); got != want {
			t.Fatalf("canonicalValue(%s) = %v, canonicalData gives %s (%v)", s, got, canon, err)
		}
	})
}
