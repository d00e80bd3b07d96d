package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// VADER's _negation_check, English: "never so/this" strengthens instead of
// negating, and a word after "so"/"this" seen three words back is
// strengthened rather than negated.
func TestNeverSoThis(t *testing.T) {
	s := newTestScorer(t)
	cases := []struct {
		name, stronger, weaker string
	}{
		{"never so good beats so good", "It was never so good", "It was so good"},
		{"never this happy beats this happy", "I was never this happy", "I was this happy"},
		{"three back: never so very good", "It was never so very good", "It was so very good"},
	}
	for _, c := range cases {
		a, b := s.Score(c.stronger, English).Compound, s.Score(c.weaker, English).Compound
		if !(a > b && b > 0) {
			t.Errorf("%s: %q = %.3f, %q = %.3f", c.name, c.stronger, a, c.weaker, b)
		}
	}
	for _, text := range []string{"Haven't been this sore in a while", "I don't know why it is so bad"} {
		if r := s.Score(text, English); r.Compound >= 0 {
			t.Errorf("%q = %.3f: the so/this rule applies, not the negation", text, r.Compound)
		}
	}
	if r := s.Score("It is not good", English); r.Compound >= 0 {
		t.Errorf("plain negation lost: %.3f", r.Compound)
	}
}

// Proper names that VADER's lexicon reads as words carry no sentiment.
func TestEnglishNamesAreNeutral(t *testing.T) {
	s := newTestScorer(t)
	for _, text := range []string{"Amazon Prime Day starts tomorrow", "Super Bowl tonight", "flying United Airlines to the United States",
		"Foo Fighters at Wembley on Saturday", "Super Eagles vs Ghana", "Miss USA is on tonight",
		"The health care bill goes to the Justice Department", "Tomorrow morning on Good Morning America",
		"the Good Friday Agreement was signed in 1998", "listening to Poetic Justice", "off round the Rising Sun later",
		"Mehgan James from Bad Girls Club will be in the building Friday", "batman vs robin",
		"Yoga Crash Course this Saturday", "today is Star Wars day", "3rd party logic",
		"Jeremy Corbyn questions David Cameron on the refugee crisis",
		"Thursday's top stories", "They remain at the top of the table", "the Senate votes on gun control",
		"who is going to Eric Church at the Jones County Fair", "the 20th anniversary special edition console", "back with the Mets no later than Monday"} {
		if r := s.Score(text, English); r.Compound != 0 {
			t.Errorf("%q = %.3f, want 0", text, r.Compound)
		}
	}
	if r := s.Score("the Super Bowl was super", English); r.Compound <= 0 {
		t.Errorf("\"super\" as a word lost: %.3f", r.Compound)
	}
}

// English additions to VADER's reading: a negation does not reach past a
// sentiment word, a dropped "g" is restored, "o.O" is an emoticon, "well
// done" is praise. (French: the g rule and "o.O" do not apply to its words,
// and its negation keeps VADER's reach; see TestFrenchNegationRules.)
func TestEnglishAdditions(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range []struct {
		name, text string
		want       feeds.Label
	}{
		{"negation stops at a sentiment word", "You aren't good at dirty talk", feeds.Negative},
		{"no double negation across a sentiment word", "DON'T CARE DON'T CARE DON'T CARE", feeds.Negative},
		{"plain negation kept", "not good at all", feeds.Negative},
		{"dropped g", "Lovin it", feeds.Positive},
		{"dropped g, stretched", "chillin and lovin it", feeds.Positive},
		{"wide eyes", "o.O since when", feeds.Negative},
		{"wide eyes, other way", "O.o really", feeds.Negative},
		{"ok. is no emoticon", "ok.", feeds.Positive},
		{"well done is not done with", "well done with your marathon time", feeds.Positive},
		{"done with is churn", "Done with this bank.", feeds.Negative},
		{"no no no insists", "No no no! Eel and shrimp!", feeds.Negative},
		{"no before a sentiment word still negates it", "No worries at all", feeds.Positive},
		{"as well is also", "I will watch the game as well", feeds.Neutral},
		{"numbers are no chat codes", "Flight 187 lands at 10:03", feeds.Neutral},
		{"numbers are no chat codes", "182 stores, 86 of them in Leeds", feeds.Neutral},
		{"make fun of is mockery", "Reminder for tomorrow: make fun of Fisher", feeds.Negative},
		{"is a joke is contempt", "Their customer support is a joke", feeds.Negative},
		{"a joke alone stays a joke", "Tell me a joke", feeds.Positive},
		{"for the love of god is exasperation", "For the love of God, fix the app", feeds.Negative},
		{"the love of a person stays love", "the love of a good woman", feeds.Positive},
		{"leaves a lot to be desired", "the play selection leaves a lot to be desired", feeds.Negative},
		{"clear as mud", "what he did say was clear as mud", feeds.Negative},
		{"couldn't be happier is delight", "Last day at this job and I couldn't be happier", feeds.Positive},
		{"couldn't ask for a better day", "couldn't ask for a better day to have off", feeds.Positive},
		{"couldn't be worse", "The service couldn't be worse", feeds.Negative},
		{"nothing but is only, not a negation", "Wish you nothing but the best", feeds.Positive},
		{"nothing but is only, not a negation", "nothing but problems with this company", feeds.Negative},
		{"one hell of a intensifies", "One hell of a weekend", feeds.Neutral},
		{"kick ass praises", "they kick ass like there's no tomorrow", feeds.Positive},
		{"pretty much is almost", "It's pretty much at the border", feeds.Neutral},
		{"pretty alone is pretty", "She's pretty", feeds.Positive},
		{"does what it says on the tin", "the app pretty much does what it says on the tin", feeds.Positive},
		{"genius is praise", "Ice Cube is a genius", feeds.Positive},
		{"overrated is criticism", "this show is overrated", feeds.Negative},
		{"epic alone is praise", "epic weekend", feeds.Positive},
		{"epic intensifies", "Epic bad idea", feeds.Negative},
		{"epic fail", "Launch day was an epic fail", feeds.Negative},
		{"a must-see", "This film is a must-see", feeds.Positive},
		{"dies is a form of die", "the battery dies after an hour", feeds.Negative},
		{"data theft", "customer data theft confirmed", feeds.Negative},
		{"stole the show is praise", "The twins stole the show", feeds.Positive},
		{"dying to see is eagerness", "dying to see the new season", feeds.Neutral},
		{"fml", "two tests tomorrow fml", feeds.Negative},
		{"could be worse is no complaint", "Could be worse, though", feeds.Neutral},
		{"wouldn't be surprised is a guess", "I wouldn't be surprised with Kane tomorrow", feeds.Neutral},
		{"good question is a reply", "Good question, ESPN.", feeds.Neutral},
		{"excitement VADER lacks", "PUMPED to open the season tomorrow night", feeds.Positive},
		{"excitement VADER lacks", "Im mind blown after watching it", feeds.Positive},
		{"isn't working is a failure", "My phone may as well be a brick, the app isn't working", feeds.Negative},
		{"haven't received is a failure", "Still haven't received my order", feeds.Negative},
		{"can't open is a failure", "can't open the link", feeds.Negative},
		{"design flaw", "How did this major design flaw make it past testing?", feeds.Negative},
		{"misspelt disappointment", "1st time dissapointed by you", feeds.Negative},
		{"used to love is affection lost", "I used to love this brand", feeds.Negative},
		{"contempt VADER lacks", "the new ad is so tone-deaf and cringey", feeds.Negative},
		{"contempt VADER lacks", "hypocrites, all of them", feeds.Negative},
		{"garbage day is a chore", "Tomorrow is garbage day", feeds.Neutral},
		{"get a grip", "Get a grip, people", feeds.Negative},
	} {
		if r := s.Score(c.text, English); r.Label != c.want {
			t.Errorf("%s: %q = %.3f (%s), want %s", c.name, c.text, r.Compound, r.Label, c.want)
		}
	}
}
