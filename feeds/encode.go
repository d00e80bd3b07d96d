package feeds

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// TimeLayout is the wire form of every time: RFC 3339 in UTC with exactly
// three fractional digits.
const TimeLayout = "2006-01-02T15:04:05.000Z"

// AppendJSON appends m to dst as one canonical warroom.mention/v1 JSON
// object (no trailing newline): fields in a fixed order, optional fields
// omitted when unknown, times in TimeLayout, no HTML escaping. It is what
// encoding/json would produce from the struct tags, bar the time format,
// at a fraction of the cost. The schema field is always Schema.
func AppendJSON(dst []byte, m *Mention) []byte {
	dst = append(dst, `{"schema":"`+Schema+`","id":`...)
	dst = appendString(dst, m.ID)
	dst = appendOptString(dst, `,"op":`, string(m.Op))
	dst = appendOptString(dst, `,"platform":`, m.Platform)
	dst = appendOptString(dst, `,"feed":`, m.Feed)
	dst = appendOptString(dst, `,"url":`, m.URL)
	dst = appendAuthor(append(dst, `,"author":`...), &m.Author)
	dst = appendString(append(dst, `,"text":`...), m.Text)
	dst = appendOptString(dst, `,"lang":`, m.Lang)
	dst = appendTime(append(dst, `,"created_at":`...), m.CreatedAt)
	dst = appendTime(append(dst, `,"observed_at":`...), m.ObservedAt)
	dst = appendMetrics(append(dst, `,"metrics":`...), &m.Metrics)
	if m.Sentiment != nil {
		dst = appendSentiment(append(dst, `,"sentiment":`...), m.Sentiment)
	}
	if m.FeedSentiment != nil {
		dst = appendSentiment(append(dst, `,"feed_sentiment":`...), m.FeedSentiment)
	}
	if len(m.Topics) > 0 {
		dst = append(dst, `,"topics":[`...)
		for i, t := range m.Topics {
			if i > 0 {
				dst = append(dst, ',')
			}
			dst = appendString(dst, t)
		}
		dst = append(dst, ']')
	}
	dst = appendOptString(dst, `,"reply_to":`, m.ReplyTo)
	dst = appendOptString(dst, `,"quotes":`, m.Quotes)
	return append(dst, '}')
}

func appendAuthor(dst []byte, a *Author) []byte {
	dst = append(dst, '{')
	n := len(dst)
	dst = appendOptString(dst, `,"id":`, a.ID)
	dst = appendOptString(dst, `,"handle":`, a.Handle)
	dst = appendOptString(dst, `,"name":`, a.Name)
	dst = appendOptInt(dst, `,"followers":`, a.Followers)
	return closeObject(dst, n)
}

func appendMetrics(dst []byte, m *Metrics) []byte {
	dst = append(dst, '{')
	n := len(dst)
	dst = appendOptInt(dst, `,"likes":`, m.Likes)
	dst = appendOptInt(dst, `,"reposts":`, m.Reposts)
	dst = appendOptInt(dst, `,"replies":`, m.Replies)
	return closeObject(dst, n)
}

func appendSentiment(dst []byte, s *Sentiment) []byte {
	dst = appendFloat(append(dst, `{"score":`...), s.Score)
	dst = appendString(append(dst, `,"label":`...), string(s.Label))
	dst = appendOptString(dst, `,"model":`, s.Model)
	if s.Confidence != 0 {
		dst = appendFloat(append(dst, `,"confidence":`...), s.Confidence)
	}
	if s.Unscored {
		dst = append(dst, `,"unscored":true`...)
	}
	return append(dst, '}')
}

// closeObject drops the leading comma of the object's first field, which
// starts at n, and closes it.
func closeObject(dst []byte, n int) []byte {
	if len(dst) > n {
		copy(dst[n:], dst[n+1:])
		dst = dst[:len(dst)-1]
	}
	return append(dst, '}')
}

func appendOptString(dst []byte, key, s string) []byte {
	if s == "" {
		return dst
	}
	return appendString(append(dst, key...), s)
}

func appendOptInt(dst []byte, key string, v int64) []byte {
	if v == 0 {
		return dst
	}
	return strconv.AppendInt(append(dst, key...), v, 10)
}

// appendTime writes t in TimeLayout by hand: time.AppendFormat's layout
// interpreter was a tenth of the simulator's cost.
func appendTime(dst []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return append(t.AppendFormat(append(dst, '"'), TimeLayout), '"')
	}
	hour, minute, sec := t.Clock()
	dst = append(dst, '"')
	dst = appendDigits(dst, year, 4)
	dst = appendDigits(append(dst, '-'), int(month), 2)
	dst = appendDigits(append(dst, '-'), day, 2)
	dst = appendDigits(append(dst, 'T'), hour, 2)
	dst = appendDigits(append(dst, ':'), minute, 2)
	dst = appendDigits(append(dst, ':'), sec, 2)
	dst = appendDigits(append(dst, '.'), t.Nanosecond()/1e6, 3)
	return append(dst, 'Z', '"')
}

// appendDigits writes v (non-negative) zero-padded to width digits.
func appendDigits(dst []byte, v, width int) []byte {
	n := len(dst) + width
	dst = append(dst, make([]byte, width)...)
	for i := n - 1; i >= n-width; i-- {
		dst[i] = byte('0' + v%10)
		v /= 10
	}
	return dst
}

// appendFloat formats like encoding/json; a value that is not finite (which
// JSON cannot carry) is written as 0.
func appendFloat(dst []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(dst, '0')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	dst = strconv.AppendFloat(dst, f, format, -1, 64)
	if format == 'e' { // e-07 -> e-7, as encoding/json does
		if n := len(dst); n >= 4 && dst[n-4] == 'e' && dst[n-3] == '-' && dst[n-2] == '0' {
			dst[n-2] = dst[n-1]
			dst = dst[:n-1]
		}
	}
	return dst
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string: quotes, backslashes and controls
// escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped (for
// JavaScript readers); everything else copied as is.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			dst = appendEscapedByte(dst, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			if r == utf8.RuneError {
				r = '\ufffd'
			}
			dst = append(dst, `\u`...)
			dst = append(dst, hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

func appendEscapedByte(dst []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(dst, '\\', c)
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	return append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}
