package sim

import (
	"fmt"
	"regexp"
)

// slots finds the {slot} placeholders of a template.
func slots(tmpl string) []string {
	return regexp.MustCompile(`\{[a-z]+\}`).FindAllString(tmpl, -1)
}

func knownSlot(slot string) bool {
	switch slot {
	case "{brand}", "{competitor}", "{product}", "{place}", "{hashtag}", "{trigger}", "{feeling}":
		return true
	}
	return false
}

// validate checks what the generator relies on, naming the bad field.
func (sc *Scenario) validate() error {
	switch {
	case sc.Brand == "":
		return fmt.Errorf("brand is required")
	case len(sc.Platforms) == 0:
		return fmt.Errorf("platforms: at least one is required")
	case len(sc.Phases) == 0:
		return fmt.Errorf("phases: at least one is required")
	case !share(sc.French) || !share(sc.DuplicateRate) || !share(sc.HostileRate):
		return fmt.Errorf("french, duplicate_rate and hostile_rate must lie in [0, 1]")
	case sc.Crowd < 0:
		return fmt.Errorf("crowd must not be negative")
	}
	if err := sc.validatePhases(); err != nil {
		return err
	}
	if err := sc.validatePosts(); err != nil {
		return err
	}
	for name, l := range map[string]*Language{"fr": &sc.FR, "en": &sc.EN} {
		if err := l.validate(name); err != nil {
			return err
		}
	}
	return nil
}

func (sc *Scenario) validatePhases() error {
	if sc.Phases[0].At.Duration != 0 {
		return fmt.Errorf("phases[0] (%s): the first phase must start at 0s", sc.Phases[0].Name)
	}
	for i, p := range sc.Phases {
		where := fmt.Sprintf("phases[%d] (%s)", i, p.Name)
		switch {
		case i > 0 && p.At.Duration <= sc.Phases[i-1].At.Duration:
			return fmt.Errorf("%s: phases must be in increasing order of at", where)
		case p.Rate < 0 || p.RateEnd < 0:
			return fmt.Errorf("%s: rates must not be negative", where)
		case !share(p.Negative) || !share(p.Positive) || p.Negative+p.Positive > 1:
			return fmt.Errorf("%s: negative and positive are shares adding up to at most 1", where)
		case !share(p.Amplify) || !share(p.HighReach) || !share(p.Statement) || p.Amplify+p.Statement > 1:
			return fmt.Errorf("%s: amplify, statement and high_reach are shares (amplify+statement at most 1)", where)
		}
	}
	return nil
}

func (sc *Scenario) validatePosts() error {
	voices := map[string]bool{}
	for _, v := range sc.Voices {
		voices[v.Handle] = true
	}
	triggers := 0
	for i, p := range sc.Posts {
		where := fmt.Sprintf("posts[%d]", i)
		switch {
		case !voices[p.Author]:
			return fmt.Errorf("%s: author %q is not one of the voices", where, p.Author)
		case p.Kind != "" && p.Kind != "trigger" && p.Kind != "statement" && p.Kind != "plain":
			return fmt.Errorf("%s: kind %q is not trigger, statement or plain", where, p.Kind)
		case p.Tone != "neg" && p.Tone != "neu" && p.Tone != "pos":
			return fmt.Errorf("%s: tone %q is not neg, neu or pos", where, p.Tone)
		case p.Lang != "fr" && p.Lang != "en":
			return fmt.Errorf("%s: lang %q is not fr or en", where, p.Lang)
		case p.Text == "":
			return fmt.Errorf("%s: text is required", where)
		}
		if p.Kind == "trigger" {
			triggers++
		}
	}
	if triggers != 1 {
		return fmt.Errorf("posts: exactly one post of kind trigger is required, found %d", triggers)
	}
	return nil
}

func (l *Language) validate(lang string) error {
	banks := map[string][]string{
		"products": l.Products, "places": l.Places, "hashtags": l.Hashtags, "feelings": l.Feelings,
		"first_names": l.FirstNames, "last_names": l.LastNames, "neutral": l.Neutral,
		"positive": l.Positive, "negative": l.Negative, "amplify": l.Amplify, "statement": l.Statement,
		"statement_ok": l.StatementOK,
	}
	for name, bank := range banks {
		if len(bank) == 0 {
			return fmt.Errorf("%s.%s: at least one entry is required", lang, name)
		}
	}
	for _, name := range []string{"neutral", "positive", "negative", "amplify", "statement", "statement_ok"} {
		for i, t := range banks[name] {
			for _, slot := range slots(t) {
				if !knownSlot(slot) {
					return fmt.Errorf("%s.%s[%d]: unknown slot %s", lang, name, i, slot)
				}
			}
		}
	}
	return nil
}

func share(x float64) bool { return x >= 0 && x <= 1 }
