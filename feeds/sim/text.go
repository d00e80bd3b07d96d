package sim

import (
	"math/rand/v2"
	"strings"
)

// hostilePayload returns one of the payloads a malicious post may carry: a
// window-title OSC, a hyperlink OSC, a screen clear, 8-bit CSI, bidi
// overrides and isolates, a DCS query.
func hostilePayload(rng *rand.Rand) string {
	switch rng.IntN(8) {
	case 0:
		return "\x1b]0;PWNED by warroom sim\x07"
	case 1:
		return "\x1b]2;owned\x1b\\"
	case 2:
		return "\x1b]8;;https://evil.example/\x1b\\clic\x1b]8;;\x1b\\ "
	case 3:
		return "\x1b[2J\x1b[H"
	case 4:
		return "\u009b31m"
	case 5:
		return "\u202e"
	case 6:
		return "\u2066\u202d"
	}
	return "\x1bP+q544e\x1b\\"
}

// filler fills templates from one language's banks.
type filler struct {
	sc      *Scenario
	lang    *Language
	trigger string // the trigger author's handle
}

// fill replaces each {slot} of tmpl with a draw from its bank.
func (f *filler) fill(rng *rand.Rand, tmpl string) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 48)
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		b.WriteString(f.slot(rng, tmpl[i+1:i+j]))
		tmpl = tmpl[i+j+1:]
	}
	return strings.TrimSpace(b.String())
}

func (f *filler) slot(rng *rand.Rand, name string) string {
	switch name {
	case "brand":
		return f.sc.Brand
	case "competitor":
		if len(f.sc.Competitors) == 0 {
			return f.sc.Brand
		}
		return pick(rng, f.sc.Competitors)
	case "product":
		return pick(rng, f.lang.Products)
	case "place":
		return pick(rng, f.lang.Places)
	case "hashtag":
		return pick(rng, f.lang.Hashtags)
	case "feeling":
		return pick(rng, f.lang.Feelings)
	case "trigger":
		return f.trigger
	}
	return "{" + name + "}" // validate() refuses unknown slots
}

func pick(rng *rand.Rand, xs []string) string { return xs[rng.IntN(len(xs))] }

// withHostile plants a payload at the start or after the first word.
func withHostile(rng *rand.Rand, text string) string {
	p := hostilePayload(rng)
	if i := strings.IndexByte(text, ' '); i > 0 && rng.IntN(2) == 0 {
		return text[:i+1] + p + text[i+1:]
	}
	return p + text
}
