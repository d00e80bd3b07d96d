package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/warroom-dev/warroom/sentiment"
)

func runScoreCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	code := run(context.Background(), e, append([]string{"score"}, args...))
	return code, out.String(), errb.String()
}

func TestScoreTSVOneLinePerInputInOrder(t *testing.T) {
	in := "C'est pas terrible\nnot bad at all\n\nDas ist nicht gut, ich bin enttäuscht\r\nJ'adore 😍"
	code, out, errOut := runScoreCmd(t, in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	want := []struct{ label, lang string }{{"neg", "fr"}, {"pos", "en"}, {"neu", "und"}, {"neu", "und"}, {"pos", "fr"}}
	if len(lines) != len(want) {
		t.Fatalf("%d output lines for %d inputs:\n%s", len(lines), len(want), out)
	}
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != 4 || f[1] != want[i].label || f[2] != want[i].lang {
			t.Errorf("line %d = %q, want label %s lang %s", i+1, l, want[i].label, want[i].lang)
		}
	}
}

func TestScoreForcedLanguageAndJSON(t *testing.T) {
	code, out, errOut := runScoreCmd(t, "nul\n", "--lang", "fr", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var got scoreJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%q: %v", out, err)
	}
	if got.Lang != "fr" || got.Label != "neg" || got.Model != sentiment.Version+" fr" || got.Compound >= 0 {
		t.Errorf("got %+v", got)
	}
}

func TestScoreUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"--lang", "de"}, {"--format", "xml"}, {"extra"}} {
		if code, _, errOut := runScoreCmd(t, "", args...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 with a message", args, code, errOut)
		}
	}
}

func TestScoreLineTooLongNamesTheLine(t *testing.T) {
	in := "good\n" + strings.Repeat("a", maxScoreLine+10) + "\n"
	code, out, errOut := runScoreCmd(t, in)
	if code != 1 || !strings.Contains(errOut, "line 2") || !strings.HasSuffix(out, "\tpos\ten\t1.000\n") {
		t.Errorf("exit %d, out %q, stderr %q", code, out, errOut)
	}
}

// TestScoreStreams checks that an answer comes out before the input ends.
func TestScoreStreams(t *testing.T) {
	pr, pw := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	s := sentiment.Default().NewScorer()
	go func() { done <- scoreLines(context.Background(), pr, outW, s, "auto", appendScoreTSV) }()
	go pw.Write([]byte("I love it\n"))
	got := make(chan string, 1)
	go func() {
		b := make([]byte, 64)
		n, _ := outR.Read(b)
		got <- string(b[:n])
	}()
	select {
	case line := <-got:
		if !strings.Contains(line, "\tpos\ten\t") {
			t.Errorf("first answer %q", line)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no answer while stdin is still open")
	}
	pw.Close()
	go io.Copy(io.Discard, outR)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
