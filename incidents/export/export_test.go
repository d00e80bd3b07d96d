package export

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	_ "time/tzdata"

	"github.com/warroom-dev/warroom/incidents"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func paris(t testing.TB) *time.Location {
	loc, err := time.LoadLocation("Europe/Paris")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func fixedOptions(t testing.TB, formats ...string) Options {
	return Options{Formats: formats, Zone: paris(t), Tool: "warroom test", Now: at("12:00:00")}
}

func TestGoldenReportMarkdown(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, crisisJournal(t, false), fixedOptions(t, "md")); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	golden := filepath.Join("testdata", "report.golden.md")
	if *update {
		os.MkdirAll("testdata", 0o755)
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("report.md differs from %s (run with -update after checking):\n%s", golden, got)
	}
}

func TestManifestMatchesFilesAndChain(t *testing.T) {
	dir := t.TempDir()
	entries := crisisJournal(t, false)
	res, err := Write(dir, entries, fixedOptions(t, "md", "html", "json"))
	if err != nil {
		t.Fatal(err)
	}
	var m Manifest
	raw, _ := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	last := entries[len(entries)-1]
	if m.ChainHead.Seq != last.Seq || m.ChainHead.Hash != last.Hash || m.Entries != len(entries) ||
		m.TimeZone != "Europe/Paris" || m.Tool != "warroom test" || len(m.Runbooks) != 1 || m.Runbooks[0].Version != "3" {
		t.Fatalf("manifest %+v", m)
	}
	if len(m.Files) != 4 {
		t.Fatalf("manifest lists %d files", len(m.Files))
	}
	for _, f := range m.Files {
		b, _ := os.ReadFile(filepath.Join(dir, f.Name))
		sum := sha256.Sum256(b)
		if hex.EncodeToString(sum[:]) != f.SHA256 || len(b) != f.Bytes {
			t.Errorf("%s: manifest sum does not match the file", f.Name)
		}
	}
	if sum := sha256.Sum256(raw); hex.EncodeToString(sum[:]) != res.ManifestSHA256 {
		t.Error("Result.ManifestSHA256 is not the manifest's hash")
	}
	r, err := incidents.Verify(filepath.Join(dir, "timeline.jsonl"))
	if err != nil || !r.OK || r.HeadHash != last.Hash {
		t.Fatalf("timeline.jsonl does not verify: %+v %v", r, err)
	}
}

func TestRunJournalsTheExport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "j.jsonl")
	j, err := incidents.Open(path, incidents.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	j.Append(context.Background(), incidents.Draft{Kind: incidents.KindDeclared, Data: incidents.DeclaredData{Title: "t", Severity: incidents.SEV3}})
	out := filepath.Join(t.TempDir(), "bundle")
	res, err := Run(context.Background(), j, out, fixedOptions(t, "md"))
	if err != nil {
		t.Fatal(err)
	}
	es := j.Entries()
	var d incidents.ExportData
	last := es[len(es)-1]
	last.Decode(&d)
	if last.Kind != incidents.KindExport || d.ManifestSHA256 != res.ManifestSHA256 || d.HeadSeq != 1 || d.Dir != out {
		t.Fatalf("export entry %+v %+v", last, d)
	}
}

func TestDrillIsMarkedAndKeptOutOfMetrics(t *testing.T) {
	dir := t.TempDir()
	if _, err := Write(dir, crisisJournal(t, true), fixedOptions(t, "md", "json")); err != nil {
		t.Fatal(err)
	}
	md, _ := os.ReadFile(filepath.Join(dir, "report.md"))
	if !strings.Contains(string(md), "> **DRILL") || !strings.Contains(string(md), "kept out of metrics") ||
		strings.Contains(string(md), "Time to detect") {
		t.Fatalf("drill report:\n%s", md)
	}
	var rep struct{ Metrics *Metrics }
	raw, _ := os.ReadFile(filepath.Join(dir, "report.json"))
	if err := json.Unmarshal(raw, &rep); err != nil || rep.Metrics != nil {
		t.Fatalf("drill metrics in report.json: %v %+v", err, rep.Metrics)
	}
}

func TestParseFormats(t *testing.T) {
	cases := []struct {
		in   string
		want string
		err  bool
	}{
		{"md,html,json", "md html json", false},
		{" md , json", "md json", false},
		{"pdf", "", true},
		{"", "", true},
	}
	for _, c := range cases {
		got, err := ParseFormats(c.in)
		if (err != nil) != c.err || strings.Join(got, " ") != c.want {
			t.Errorf("ParseFormats(%q) = %v, %v", c.in, got, err)
		}
	}
}
