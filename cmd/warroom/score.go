package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/warroom-dev/warroom/config"
	"github.com/warroom-dev/warroom/sentiment"
)

// maxScoreLine bounds one input line of warroom score.
const maxScoreLine = 1 << 20

func scoreCommand() command {
	return command{name: "score", summary: "score texts on stdin, one a line, with the sentiment engine", run: runScore}
}

func runScore(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "score", "[flags] < texts",
		"Reads one text per line on standard input and writes one line per text, in order:\n"+
			"compound<TAB>label<TAB>lang<TAB>confidence (tsv), or a JSON object with the model too.\n"+
			"A text in another language than French or English is scored by its emoji and emoticons\n"+
			"only (lang \"und\"); without any it scores 0, neu, lang \"und\", marked unscored in JSON.")
	lang := fs.String("lang", "auto", "language of the texts: auto, en or fr")
	format := fs.String("format", "tsv", "output: tsv or json")
	cfgPath := fs.String("config", "", "warroom.toml whose [sentiment] table adds lexicon entries (default: embedded)")
	if err := parseFlags(fs, args, 0); err != nil {
		return err
	}
	if *lang != "auto" && *lang != "en" && *lang != "fr" {
		return usageError{fmt.Sprintf("--lang %q: want auto, en or fr", *lang)}
	}
	write, ok := scoreWriterFor(*format)
	if !ok {
		return usageError{fmt.Sprintf("--format %q: want tsv or json", *format)}
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	model, err := sentiment.New(cfg.Sentiment)
	if err != nil {
		return err
	}
	return scoreLines(ctx, e.stdin, e.stdout, model.NewScorer(), *lang, write)
}

// scoreLines streams: each line is scored and written as it comes, and the
// output is flushed whenever no more input is waiting, so that a pipe sees
// its answers at once without a write per line under load.
func scoreLines(ctx context.Context, in io.Reader, out io.Writer, s *sentiment.Scorer, lang string, write scoreWriter) error {
	br := bufio.NewReaderSize(in, 64<<10)
	w := bufio.NewWriter(out)
	var line, buf []byte
	for n := 1; ; n++ {
		var err error
		line, err = readScoreLine(br, line[:0])
		if len(line) > 0 || err == nil {
			buf = write(buf[:0], s.Score(string(line), lang))
			if _, werr := w.Write(buf); werr != nil {
				return werr
			}
		}
		switch {
		case err == io.EOF:
			return w.Flush()
		case err != nil:
			w.Flush()
			return fmt.Errorf("stdin line %d: %w", n, err)
		case ctx.Err() != nil:
			w.Flush()
			return ctx.Err()
		}
		if br.Buffered() == 0 {
			if err := w.Flush(); err != nil {
				return err
			}
		}
	}
}

// readScoreLine appends the next line of br, without its line end, to acc.
func readScoreLine(br *bufio.Reader, acc []byte) ([]byte, error) {
	for {
		frag, err := br.ReadSlice('\n')
		acc = append(acc, frag...)
		if len(bytes.TrimRight(acc, "\r\n")) > maxScoreLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxScoreLine)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		acc = bytes.TrimSuffix(acc, []byte("\n"))
		return bytes.TrimSuffix(acc, []byte("\r")), err
	}
}

type scoreWriter func(dst []byte, r sentiment.Result) []byte

// scoreWriterFor returns the writer of an output format.
func scoreWriterFor(format string) (scoreWriter, bool) {
	switch format {
	case "tsv":
		return appendScoreTSV, true
	case "json":
		return appendScoreJSON, true
	}
	return nil, false
}

// outLang is the language column: "und" (undetermined) for unscored text.
func outLang(r sentiment.Result) string {
	if r.Unscored {
		return "und"
	}
	return r.Lang
}

func appendScoreTSV(dst []byte, r sentiment.Result) []byte {
	dst = strconv.AppendFloat(dst, r.Compound, 'f', 4, 64)
	dst = append(dst, '\t')
	dst = append(dst, r.Label...)
	dst = append(dst, '\t')
	dst = append(dst, outLang(r)...)
	dst = append(dst, '\t')
	dst = strconv.AppendFloat(dst, r.Confidence, 'f', 3, 64)
	return append(dst, '\n')
}

// scoreJSON is one line of --format json.
type scoreJSON struct {
	Compound   float64 `json:"compound"`
	Label      string  `json:"label"`
	Lang       string  `json:"lang"`
	Confidence float64 `json:"confidence"`
	Neg        float64 `json:"neg"`
	Neu        float64 `json:"neu"`
	Pos        float64 `json:"pos"`
	Model      string  `json:"model"`
	Unscored   bool    `json:"unscored,omitempty"`
}

func appendScoreJSON(dst []byte, r sentiment.Result) []byte {
	round := func(v float64) float64 { return math.Round(v*1e4) / 1e4 }
	b, _ := json.Marshal(scoreJSON{
		Compound: round(r.Compound), Label: string(r.Label), Lang: outLang(r), Confidence: round(r.Confidence),
		Neg: round(r.Neg), Neu: round(r.Neu), Pos: round(r.Pos), Model: r.Model, Unscored: r.Unscored,
	})
	dst = append(dst, b...)
	return append(dst, '\n')
}
