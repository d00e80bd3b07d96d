package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/warroom-dev/warroom/feeds"
)

// printer is tail's accepted-mention sink. It runs under the pipeline lock,
// so it buffers and flushes once per batch rather than per line.
type printer struct {
	w      *bufio.Writer
	format string // jsonl, text or none
	max    int64  // stop after this many mentions (0: no limit)
	n      int64
	buf    []byte
	done   func() // called once max is reached
}

func newPrinter(w io.Writer, format string, max int64, done func()) (*printer, error) {
	switch format {
	case "jsonl", "text", "none":
	default:
		return nil, usageError{fmt.Sprintf("--format must be jsonl, text or none, not %q", format)}
	}
	return &printer{w: bufio.NewWriterSize(w, 64<<10), format: format, max: max, done: done}, nil
}

// Ingest implements feeds.Sink.
func (p *printer) Ingest(batch []*feeds.Mention) {
	if p.max > 0 && p.n >= p.max {
		return
	}
	for _, m := range batch {
		if p.max > 0 && p.n >= p.max {
			break
		}
		p.n++
		switch p.format {
		case "jsonl":
			p.buf = feeds.AppendJSON(p.buf[:0], m)
			p.buf = append(p.buf, '\n')
		case "text":
			p.buf = appendText(p.buf[:0], m)
		default:
			continue
		}
		p.w.Write(p.buf)
	}
	p.w.Flush()
	if p.max > 0 && p.n >= p.max {
		p.done()
	}
}

// appendText formats one mention as a line a person reads in a terminal:
// time, platform, author, reach, sentiment and text (already sanitized).
func appendText(b []byte, m *feeds.Mention) []byte {
	b = m.CreatedAt.UTC().AppendFormat(b, "15:04:05Z ")
	b = append(b, m.Platform...)
	b = append(b, " @"...)
	b = append(b, m.Author.Handle...)
	if m.Author.Followers > 0 {
		b = append(b, " ("...)
		b = append(b, humanCount(m.Author.Followers)...)
		b = append(b, ')')
	}
	if s := m.Sentiment; s != nil && !s.Unscored {
		b = append(b, " ["...)
		b = append(b, s.Label...)
		b = append(b, ' ')
		b = strconv.AppendFloat(b, s.Score, 'f', 2, 64)
		b = append(b, ']')
	}
	if len(m.Topics) > 0 {
		b = append(b, " {"...)
		b = append(b, strings.Join(m.Topics, ",")...)
		b = append(b, '}')
	}
	b = append(b, ' ')
	b = append(b, m.Text...)
	return append(b, '\n')
}

// humanCount writes 1234 as 1.2k and 2500000 as 2.5M.
func humanCount(n int64) string {
	switch {
	case n >= 1_000_000:
		return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + "M"
	case n >= 1_000:
		return strconv.FormatFloat(float64(n)/1e3, 'f', 1, 64) + "k"
	}
	return strconv.FormatInt(n, 10)
}
