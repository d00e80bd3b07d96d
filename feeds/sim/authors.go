package sim

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/warroom-dev/warroom/feeds"
)

// author is someone the simulator makes post.
type author struct {
	feeds.Author
	lang     string
	platform string
}

// inventCrowd makes n ordinary authors with a heavy-tailed follower count:
// most have a few hundred, a few tens of thousands.
func inventCrowd(sc *Scenario, rng *rand.Rand, n int) []author {
	crowd := make([]author, n)
	for i := range crowd {
		lang, bank := "en", &sc.EN
		if rng.Float64() < sc.French {
			lang, bank = "fr", &sc.FR
		}
		first := bank.FirstNames[rng.IntN(len(bank.FirstNames))]
		last := bank.LastNames[rng.IntN(len(bank.LastNames))]
		platform := sc.Platforms[rng.IntN(len(sc.Platforms))]
		handle := crowdHandle(rng, first, last, i)
		crowd[i] = author{
			Author: feeds.Author{
				ID: platform + ":u" + strconv.Itoa(i), Handle: handle,
				Name: title(first) + " " + title(last), Followers: paretoFollowers(rng),
			},
			lang: lang, platform: platform,
		}
	}
	return crowd
}

// crowdHandle builds handles such as "julie.moreau", "thomas_b42".
func crowdHandle(rng *rand.Rand, first, last string, i int) string {
	first, last = ascii(first), ascii(last)
	switch rng.IntN(3) {
	case 0:
		return first + "." + last
	case 1:
		return first + "_" + last[:1] + strconv.Itoa(10+i%90)
	}
	return last + first[:1] + strconv.Itoa(i)
}

// paretoFollowers draws from a Pareto tail (alpha 1.1, minimum 20), capped.
func paretoFollowers(rng *rand.Rand) int64 {
	u := 1 - rng.Float64() // (0, 1]
	return int64(min(20*math.Pow(u, -1/1.1), 60000))
}

func title(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// ascii folds the accented letters of the name banks for handles.
func ascii(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case 'é', 'è', 'ê', 'ë':
			r = 'e'
		case 'î', 'ï':
			r = 'i'
		case 'à', 'â':
			r = 'a'
		case 'ô':
			r = 'o'
		case 'ç':
			r = 'c'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// voiceAuthors turns the scenario's voices into authors; the brand's own
// account (the author of the statement) is returned apart: it never posts
// at random.
func voiceAuthors(sc *Scenario) (voices []author, brand *author) {
	brandHandle := ""
	for _, p := range sc.Posts {
		if p.Kind == "statement" {
			brandHandle = p.Author
		}
	}
	for _, v := range sc.Voices {
		platform := v.Platform
		if platform == "" {
			platform = sc.Platforms[0]
		}
		a := author{
			Author: feeds.Author{ID: platform + ":" + v.Handle, Handle: v.Handle, Name: v.Name, Followers: v.Followers},
			lang:   v.Lang, platform: platform,
		}
		if v.Handle == brandHandle {
			brand = &a
			continue
		}
		voices = append(voices, a)
	}
	return voices, brand
}
