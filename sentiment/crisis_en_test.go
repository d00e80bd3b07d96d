package sentiment

import (
	"testing"

	"github.com/warroom-dev/warroom/feeds"
)

// English posts as people write them on X or Bluesky during a brand crisis,
// grouped by kind of crisis, with the label a crisis analyst gives them
// (information and questions neutral; praise, relief and defence of the
// brand positive). The posts were written for this test, not taken from the
// evaluation sets, in seven sets read one after the other, each after the
// fixes found in the sets before: 162, 80, 80 (in the slang of X and
// Bluesky), 80, 64, 64 and 64 posts. Each group holds the posts that had
// the wrong label before the entries of en_crisis.tsv and en_rules.tsv that
// name crisis_en_test.go and the rules tested below, then posts that were
// already right, as guards.

// Posts about a product recall or a safety scare.
func TestCrisisENRecall(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "my daughter drank this for a WEEK before they said anything. how is this allowed", feeds.Negative},
		{"en", "PSA: if you bought FreshCo chicken nuggets after Oct 2, check the lot number on the back", feeds.Neutral},
		{"en", "the recall notice is buried on page 4 of their website lmao nice try", feeds.Negative},
		{"en", "\"out of an abundance of caution\" = we got caught", feeds.Negative},
		{"en", "Vexa says affected customers will receive a prepaid return label by email", feeds.Neutral},
		{"en", "Never buying their baby products again. My trust is gone", feeds.Negative},
		{"en", "FreshCo being fined £2m is not enough. should've been 20", feeds.Negative},
		{"en", "this is negligence, plain and simple", feeds.Negative},
		{"en", "FreshCo quietly changed the ingredients list after the recall and hoped nobody would notice", feeds.Negative},
		{"en", "FreshCo: affected customers should not consume the product and can return it to any store", feeds.Neutral},
		// Already right before the fixes: guards.
		{"en", "Just saw FreshCo is recalling their baby formula. Checked our cupboard and we have 3 tins of the affected batch 😰", feeds.Negative},
		{"en", "So FreshCo knew about the contamination since March and kept selling it?? unreal", feeds.Negative},
		{"en", "Credit where it's due, FreshCo pulled everything within hours and refunded me no questions asked", feeds.Positive},
		{"en", "found a piece of glass in my kid's yoghurt. actually shaking right now", feeds.Negative},
		{"en", "Why is @FreshCo still selling the recalled spinach at my local store?? Saw it on the shelf this morning", feeds.Negative},
		{"en", "my son got sick after eating this and nobody from the company has called us back", feeds.Negative},
		{"en", "FreshCo really said \"minor quality issue\" about salmonella. the audacity", feeds.Negative},
		{"en", "not a good look @FreshCo. not a good look at all", feeds.Negative},
		{"en", "Went to return the recalled car seat and the store had no idea about the recall. Great communication FreshCo", feeds.Negative},
		{"en", "My dog got sick from the FreshCo treats. Vet bill was $800. Who is paying for this?", feeds.Negative},
		{"en", "Just found out the crib we've used for a year is part of the recall. I feel sick", feeds.Negative},
		{"en", "BREAKING: FreshCo expands recall to 40 more products after 12 hospitalisations", feeds.Negative},
		{"en", "Can't believe I have to check every food label now because FreshCo can't do basic safety checks", feeds.Negative},
	})
}

// Posts about a data breach.
func TestCrisisENBreach(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Nordbank just emailed me saying my data was exposed in a breach. Great. Just great.", feeds.Negative},
		{"en", "so my passport scan is now on the dark web thanks to @Nordbank. fantastic", feeds.Negative},
		{"en", "Changed all my passwords, froze my credit, and still getting phishing texts. Thanks a lot Nordbank", feeds.Negative},
		{"en", "absolutely zero accountability from these people", feeds.Negative},
		{"en", "So they lost the data of 3 million customers and the CEO gets a bonus. Make it make sense", feeds.Negative},
		{"en", "Just got a \"your account may have been compromised\" email. Awesome", feeds.Negative},
		{"en", "criminally negligent. I hope regulators throw the book at them", feeds.Negative},
		{"en", "Nordbank's security is a joke. my 12 year old could do better", feeds.Negative},
		{"en", "so Nordbank is just gonna pretend nothing happened? ok", feeds.Negative},
		{"en", "Nordbank will email all affected customers by Friday, per its latest statement", feeds.Neutral},
		{"en", "Nordbank: \"your security is our priority\". also Nordbank: leaks everything", feeds.Negative},
		{"en", "Nordbank's handling of this has been shambolic", feeds.Negative},
		{"en", "Why should I trust them with my money if they can't protect my data?", feeds.Negative},
		{"en", "Nordbank's customer team called me back the same day. That's how it should be", feeds.Positive},
		{"en", "zero trust in Nordbank now. moving my accounts this week", feeds.Negative},
		{"en", "Has Nordbank said whether business accounts were affected?", feeds.Neutral},
		{"en", "They stored our security answers unencrypted?? In 2024??", feeds.Negative},
		{"en", "Imagine trusting Nordbank with anything after this", feeds.Negative},
		// Already right before the fixes: guards.
		{"en", "Nordbank confirms unauthorized access to customer records between 1 and 5 June", feeds.Neutral},
		{"en", "What data was actually taken? Names only or card numbers too?", feeds.Neutral},
		{"en", "To be fair Nordbank's breach page is super clear and they're paying for 2 years of credit monitoring", feeds.Positive},
		{"en", "if you bank with Nordbank change your password NOW, they got hacked and are downplaying it", feeds.Negative},
		{"en", "This is a massive failure of basic security. Heads should roll", feeds.Negative},
		{"en", "my identity was stolen because of their negligence and they offer me a $10 voucher", feeds.Negative},
		{"en", "Nordbank took the L on this one. 2 million accounts exposed", feeds.Negative},
		{"en", "oof. Nordbank breach includes social security numbers. this is bad bad", feeds.Negative},
		{"en", "I'm so angry. My bank details are out there because Nordbank couldn't be bothered to patch a server", feeds.Negative},
		{"en", "Nordbank says \"no evidence of misuse\". tell that to the £400 that vanished from my account", feeds.Negative},
		{"en", "It's the lack of accountability for me. 5 million records and not one apology", feeds.Negative},
		{"en", "Nordbank emails me about the breach and the email itself looks like phishing. You can't make this up", feeds.Negative},
		{"en", "Credit monitoring from Nordbank is actually decent, set it up in 5 min", feeds.Positive},
	})
}

// Posts about an outage.
func TestCrisisENOutage(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "is @SkyCloud down for everyone or just me??", feeds.Negative},
		{"en", "whole company sitting here doing nothing because SkyCloud is down. we pay you for this??", feeds.Negative},
		{"en", "my smart lock runs on SkyCloud so I'm literally locked out of my house rn 🙃", feeds.Negative},
		{"en", "Time to start looking at other providers tbh", feeds.Negative},
		{"en", "SkyCloud down again lmao this company is a meme at this point", feeds.Negative},
		{"en", "SkyCloud uptime this month has been absolutely abysmal", feeds.Negative},
		{"en", "SkyCloud is goated for how fast they fixed that outage ngl", feeds.Positive},
		{"en", "ratio + your servers are down", feeds.Negative},
		{"en", "SkyCloud status page is pure fiction at this point", feeds.Negative},
		{"en", "can we talk about how SkyCloud has been unusable all week", feeds.Negative},
		{"en", "Can't pay for anything, can't log in, can't reach support. Thanks SkyCloud", feeds.Negative},
		{"en", "is it too much to ask for a service that actually works?", feeds.Negative},
		{"en", "SkyCloud's status page has been updated with a list of affected regions", feeds.Neutral},
		// Already right before the fixes: guards.
		{"en", "SkyCloud down AGAIN. 3rd time this month. unbelievable", feeds.Negative},
		{"en", "4 hours and still no update from @SkyCloud. zero communication", feeds.Negative},
		{"en", "and we're back! services restored, thanks to the SkyCloud team for working through the night", feeds.Positive},
		{"en", "cant log into my banking app since this morning wtf", feeds.Negative},
		{"en", "SkyCloud has been down for 6 hours and their status page still says \"investigating\" 🤦", feeds.Negative},
		{"en", "our whole team can't work because of this outage. productivity zero", feeds.Negative},
		{"en", "another day another SkyCloud outage 🙃", feeds.Negative},
		{"en", "@SkyCloud we're losing thousands of dollars every hour your platform is down", feeds.Negative},
		{"en", "SkyCloud back online, everything seems fine now 🙌", feeds.Positive},
		{"en", "Is SkyCloud planning to compensate business customers for the downtime?", feeds.Neutral},
		{"en", "we lost a client today because of this SkyCloud mess", feeds.Negative},
		{"en", "SkyCloud went down in the middle of our product launch. Thanks for ruining our big day", feeds.Negative},
		{"en", "SkyCloud is down and so is my will to live", feeds.Negative},
	})
}

// Posts about an executive's offensive remark.
func TestCrisisENRemark(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "not a single board member has said anything. silence is complicity", feeds.Negative},
		{"en", "imagine being a billionaire and still punching down at cashiers", feeds.Negative},
		{"en", "Beaumont shares down 4% after CEO's comments, per Reuters", feeds.Neutral},
		{"en", "The employees deserve so much better than this clown", feeds.Negative},
		{"en", "the fact that he thought that was ok to say tells you everything about the culture there", feeds.Negative},
		{"en", "So the CEO of Beaumont thinks poor people are poor because they're lazy? Wow. Just wow.", feeds.Negative},
		{"en", "He's not sorry. He's sorry he got caught on camera", feeds.Negative},
		{"en", "This is a PR nightmare and they deserve every bit of it", feeds.Negative},
		{"en", "the CEO doubling down is wild. read the room", feeds.Negative},
		{"en", "Every woman who works at Beaumont deserves an apology", feeds.Negative},
		{"en", "That interview was a masterclass in how not to run a company", feeds.Negative},
		{"en", "He apologised only after the share price tanked. Says it all", feeds.Negative},
		{"en", "He should be nowhere near a boardroom", feeds.Negative},
		{"en", "Beaumont's new leadership is saying all the right things, let's see if they follow through", feeds.Positive},
		{"en", "He's been getting away with this for years", feeds.Negative},
		{"en", "The Beaumont staff union's statement was spot on", feeds.Positive},
		{"en", "Beaumont acting within 24 hours to remove him was the right decision", feeds.Positive},
		{"en", "He should never have been CEO in the first place", feeds.Negative},
		{"en", "Beaumont's interim CEO seems to actually get it. Refreshing", feeds.Positive},
		// Already right before the fixes: guards.
		{"en", "That comment about women in the workplace was vile. Fire him.", feeds.Negative},
		{"en", "Beaumont's CEO thinks his employees are lazy. Cool. Never shopping there again", feeds.Negative},
		{"en", "The \"apology\" is worse than the original remark. He's sorry he got caught", feeds.Negative},
		{"en", "Beaumont CEO issues statement after interview comments", feeds.Neutral},
		{"en", "Absolutely disgusting comments from the Beaumont CEO. He needs to go", feeds.Negative},
		{"en", "Glad Beaumont's board acted fast and removed him. Right call", feeds.Positive},
		{"en", "the CEO's comments are straight up misogynistic. no other way to read it", feeds.Negative},
		{"en", "that \"apology\" was so performative it hurt to watch", feeds.Negative},
		{"en", "Beaumont's CEO should be ashamed of himself", feeds.Negative},
		{"en", "Disgusted but not surprised", feeds.Negative},
		{"en", "The comments were gross and the follow-up was even grosser", feeds.Negative},
		{"en", "Men like the Beaumont CEO are why women leave this industry", feeds.Negative},
		{"en", "Beaumont's CEO just proved he doesn't care about his own staff", feeds.Negative},
	})
}

// Posts about a boycott call.
func TestCrisisENBoycott(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Their whole supply chain is built on exploitation and people are surprised?", feeds.Negative},
		{"en", "Deleted the app. Unsubscribed. Bye Beaumont 👋", feeds.Negative},
		{"en", "I won't spend another dollar at Beaumont until he's gone", feeds.Negative},
		{"en", "Spread the word: Beaumont profits off child labour", feeds.Negative},
		{"en", "I'm sticking with Beaumont, they've always done right by me", feeds.Positive},
		{"en", "Glad to see so many people ditching Beaumont. They had it coming", feeds.Negative},
		{"en", "bye Beaumont, it was fun while it lasted", feeds.Negative},
		{"en", "I've been shopping at Beaumont for 20 years. Not anymore", feeds.Negative},
		{"en", "Beaumont's profits mean more to them than their workers", feeds.Negative},
		{"en", "Never setting foot in a Beaumont store again", feeds.Negative},
		{"en", "The Beaumont boycott continues and honestly I don't miss them at all", feeds.Negative},
		{"en", "I hope Beaumont goes bust", feeds.Negative},
		{"en", "Their new ad campaign won't fix what they did", feeds.Negative},
		{"en", "Beaumont has shown us who they are. Believe them", feeds.Negative},
		{"en", "They don't deserve our money", feeds.Negative},
		{"en", "if Beaumont closes stores because of this, good riddance", feeds.Negative},
		// Already right before the fixes: guards.
		{"en", "#BoycottBeaumont until they apologize properly", feeds.Negative},
		{"en", "Cancelled my Beaumont membership today. Not giving them another cent", feeds.Negative},
		{"en", "Not boycotting anything, Beaumont has always treated me well and I'll keep shopping there", feeds.Positive},
		{"en", "Everyone share this, Beaumont funds anti-union lobbying. Don't shop there", feeds.Negative},
		{"en", "Just returned everything I bought from Beaumont this month. #BoycottBeaumont", feeds.Negative},
		{"en", "Beaumont thinks we'll forget. We won't", feeds.Negative},
		{"en", "Beaumont is dead to me", feeds.Negative},
		{"en", "I'm out. cancelled everything. Beaumont can rot", feeds.Negative},
		{"en", "Hope this boycott bankrupts them", feeds.Negative},
		{"en", "they've lost a customer for life", feeds.Negative},
		{"en", "Beaumont have handled the backlash better than most companies would", feeds.Positive},
		{"en", "Good to see Beaumont doing the work, I'll give them another chance", feeds.Positive},
		{"en", "I'm cutting up my Beaumont card tonight", feeds.Negative},
	})
}

// Posts about a failed ad campaign.
func TestCrisisENAd(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Who approved this ad?? Genuinely asking", feeds.Negative},
		{"en", "Lumen really thought this was a good idea huh", feeds.Negative},
		{"en", "cringe. just cringe. whoever made this needs a vacation", feeds.Negative},
		{"en", "This ad aged like milk", feeds.Negative},
		{"en", "Lumen's ad is peak corporate cringe", feeds.Negative},
		{"en", "Lumen's marketing team clearly has no idea who their customers are", feeds.Negative},
		{"en", "the Lumen ad is tasteless and exploitative", feeds.Negative},
		{"en", "the Lumen ad slaps, y'all are too sensitive", feeds.Positive},
		{"en", "ain't no way Lumen thought this ad was ok", feeds.Negative},
		{"en", "that ad is a slap in the face to every veteran", feeds.Negative},
		{"en", "The Lumen ad is the most out of touch thing I've seen all year", feeds.Negative},
		{"en", "the marketing team at Lumen needs a reality check", feeds.Negative},
		{"en", "ok but who at Lumen thought this was fine", feeds.Negative},
		{"en", "Lumen's ad wasn't just bad, it was harmful", feeds.Negative},
		{"en", "I watched the Lumen ad three times trying to understand who approved it", feeds.Negative},
		// Already right before the fixes: guards.
		{"en", "The new Lumen ad is so tone deaf it hurts", feeds.Negative},
		{"en", "That ad is offensive and they know it. Pull it.", feeds.Negative},
		{"en", "I actually liked the Lumen ad? Don't get the outrage", feeds.Positive},
		{"en", "Lumen pulls ad campaign after online backlash", feeds.Neutral},
		{"en", "Whoever greenlit this ad should be fired immediately", feeds.Negative},
		{"en", "This commercial is a mess. Who is this even for?", feeds.Negative},
		{"en", "this ad is actually insane, who is running their marketing", feeds.Negative},
		{"en", "this Lumen ad is so mid it hurts", feeds.Negative},
		{"en", "That ad is offensive to every single nurse in this country", feeds.Negative},
		{"en", "The Lumen ad made me cry in a good way, beautiful work", feeds.Positive},
		{"en", "The Lumen campaign is clever and everyone's missing the point", feeds.Positive},
		{"en", "Lumen's ad is so bad it's become a meme", feeds.Negative},
		{"en", "Lumen's new ad is everything wrong with marketing in 2024", feeds.Negative},
	})
}

// Posts about a hoax or fake news about the brand.
func TestCrisisENHoax(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Fact check: the viral claim that FreshCo uses plastic in its rice is false. Glad that's cleared up", feeds.Positive},
		{"en", "whoever started this rumor should be sued honestly", feeds.Negative},
		{"en", "Phew, thought the FreshCo story was real for a second. Glad it's fake", feeds.Positive},
		{"en", "FreshCo's response to the fake video was perfect. Facts, no drama", feeds.Positive},
		// Already right before the fixes: guards.
		{"en", "people really believe anything they see on facebook smh", feeds.Negative},
		{"en", "Nordbank responded super fast to the fake news, clear statement, great job", feeds.Positive},
		{"en", "That fake Beaumont giveaway scammed my mom out of £200", feeds.Negative},
		{"en", "Beaumont says the video circulating online was edited and is not from its stores", feeds.Neutral},
		{"en", "PSA: the \"Beaumont closing all stores\" article is satire, not real news", feeds.Neutral},
		{"en", "The fact that this fake story went viral says a lot about how people see Beaumont", feeds.Negative},
		{"en", "The \"FreshCo worker\" video is AI generated, several experts say", feeds.Neutral},
		{"en", "so many people fell for the fake Beaumont post smh", feeds.Negative},
		{"en", "Fact check: Beaumont did not announce store closures", feeds.Neutral},
		{"en", "Beaumont's response to the rumours was slow and vague. Not helping", feeds.Negative},
		{"en", "Nordbank is a victim here but their silence is making it worse", feeds.Negative},
		{"en", "FreshCo is lying about this being a hoax. I have the receipts", feeds.Negative},
		{"en", "The hoax was silly but Beaumont's panicked response made it worse", feeds.Negative},
	})
}

// Posts about a viral customer complaint.
func TestCrisisENComplaint(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Ordered a sofa from Beaumont 6 weeks ago, still nothing, 4 calls, zero answers. @Beaumont ???", feeds.Negative},
		{"en", "my order showed delivered but it was never delivered. love that for me", feeds.Negative},
		{"en", "Paid for next day delivery, arrived 9 days later. Cool cool cool", feeds.Negative},
		{"en", "Beaumont customer service sorted it out in 10 minutes. That's how you do it", feeds.Positive},
		{"en", "DM'd you my order number @Beaumont", feeds.Neutral},
		{"en", "Third time my package has been \"out for delivery\" and never shows up. @Beaumont sort it out", feeds.Negative},
		{"en", "Customer service hung up on me. Twice.", feeds.Negative},
		{"en", "Shoutout to Jess at SkyAir who rebooked us in 5 minutes. Absolute legend", feeds.Positive},
		{"en", "I've been a loyal customer for 10 years and this is how you treat me?", feeds.Negative},
		{"en", "Why is it so hard to get a straight answer from @Nordbank", feeds.Negative},
		{"en", "my order arrived smashed to pieces. packaging was an afterthought", feeds.Negative},
		{"en", "My fridge died after 13 months and Beaumont says warranty was 12. Great.", feeds.Negative},
		{"en", "SkyAir upgraded us after the mix-up, really kind of them", feeds.Positive},
		{"en", "@Nordbank I've been locked out of my account for a week and you keep sending me in circles", feeds.Negative},
		{"en", "Beaumont's delivery guy carried the sofa up 4 floors and set it up. Legend", feeds.Positive},
		{"en", "Your website deleted my basket three times. I give up", feeds.Negative},
		{"en", "I was promised a callback within 24 hours. That was 10 days ago", feeds.Negative},
		{"en", "A real person answered in 2 minutes. Beaumont, this is the way", feeds.Positive},
		// Already right before the fixes: guards.
		{"en", "@SkyAir lost my bag on a direct flight. HOW", feeds.Negative},
		{"en", "been on hold for 2 hours. 2 HOURS. @Nordbank", feeds.Negative},
		{"en", "they charged me twice and the chatbot keeps telling me to \"restart the app\" 🤡", feeds.Negative},
		{"en", "worst customer experience of my life, and I've dealt with the DMV", feeds.Negative},
		{"en", "@Nordbank froze my account for no reason and I can't pay my rent", feeds.Negative},
		{"en", "Your app charged me for a subscription I cancelled months ago. Fix this", feeds.Negative},
		{"en", "@Beaumont 3 weeks and my refund still hasn't come through. this is theft", feeds.Negative},
		{"en", "their support chat is just a bot that says \"I understand your frustration\" on loop", feeds.Negative},
		{"en", "Day 12 of waiting for my refund. Day 12.", feeds.Negative},
		{"en", "The SkyAir agent at Heathrow was incredibly helpful, sorted everything", feeds.Positive},
		{"en", "I have been transferred 6 times and nobody can help me", feeds.Negative},
		{"en", "the new app update is trash, can't find anything", feeds.Negative},
		{"en", "Why does it take 5 business days to refund but 5 seconds to charge me?", feeds.Negative},
	})
}

// Thanks addressed to the brand that close a text of complaints are
// ironic; a bare sign-off, thanks after praise or after "but", and thanks
// followed by another clause stay thanks.
func TestClosingThanks(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "Still no refund and still getting spam. Thanks a lot Beaumont", feeds.Negative},
		{"en", "Three days offline and no answer. Thank you SkyCloud", feeds.Negative},
		{"fr", "Trois jours sans réseau, service client injoignable. Merci Orange", feeds.Negative},
		{"en", "Thanks a lot Beaumont", feeds.Positive},
		{"en", "Great service as always. Thanks Beaumont", feeds.Positive},
		// A mild word of trouble is no complaint.
		{"en", "Got an email about my refund, thanks Beaumont", feeds.Positive},
	})
	s := newTestScorer(t)
	for _, c := range [][2]string{
		{"Too late! (but thank you)", "Too late!"},
		{"The parcel was late, thanks!", "The parcel was late"},
	} {
		if a, b := s.Score(c[0], English).Compound, s.Score(c[1], English).Compound; a <= b {
			t.Errorf("%q = %.3f, not above %q = %.3f: the thanks turned ironic", c[0], a, c[1], b)
		}
	}
}

// Praise alone in its clause after bad news is sarcasm, also when it is
// said twice: one lone "Great." is no part of the context of the other.
func TestLonePraiseAfterBadNews(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "My data was exposed in a breach. Great. Just great.", feeds.Negative},
		{"en", "Flight cancelled again. Fantastic.", feeds.Negative},
		{"en", "Awesome! Got my refund in a day", feeds.Positive},
		{"en", "Great. Just great. The new store opens tomorrow", feeds.Positive},
	})
}

// Punctuation right after a handle or a URL ends the clause, as after a
// word: the lone praise after "@Nordbank." reads its context.
func TestClauseEndsAfterHandle(t *testing.T) {
	s := newTestScorer(t)
	for _, c := range [][2]string{
		{"my data is on the dark web thanks to @Nordbank. fantastic", "my data is on the dark web thanks to Nordbank. fantastic"},
		{"read https://example.com/recall. Awful.", "read the notice. Awful."},
	} {
		a, b := s.Score(c[0], English), s.Score(c[1], English)
		if a.Label != b.Label || a.Label != feeds.Negative {
			t.Errorf("%q = %.3f (%s), %q = %.3f (%s): want both negative", c[0], a.Compound, a.Label, c[1], b.Compound, b.Label)
		}
	}
	s.Score("see @brand, now", English)
	if toks := s.t.toks; len(toks) != 3 || toks[2].flags&tBoundary == 0 {
		t.Errorf("see @brand, now: the comma after the handle did not end the clause")
	}
}

// "Not just" and "not only" add to the word after them; they do not negate
// it.
func TestNotJustAdds(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "The response wasn't just slow, it was insulting", feeds.Negative},
		{"en", "Not only fast but friendly too", feeds.Positive},
		{"en", "The fix was not good", feeds.Negative},
	})
}

// The upside-down and melting faces say irony or dread; the waving hand is
// a greeting or a goodbye, no praise.
func TestCrisisEmoji(t *testing.T) {
	checkLabels(t, []labelCase{
		{"en", "🙃", feeds.Negative},
		{"fr", "🫠", feeds.Negative},
		{"en", "👋", feeds.Neutral},
		{"en", "Deleted the app. Bye Beaumont 👋", feeds.Negative},
	})
}
