package sentiment

// likeIsComparison reports "like" used as a preposition ("it looks like a
// storm", "a pain like the last one"), which says nothing of the writer's
// liking; VADER scores every "like" as positive.
func (s *Scorer) likeIsComparison(i int) bool {
	toks := s.t.toks
	if string(s.t.key(toks[i])) != "like" {
		return false
	}
	prev, next := "", ""
	switch {
	case toks[i].flags&tAfterIU != 0:
		prev = "i" // "I like", "u like": the verb
	case i > 0 && toks[i].flags&tBoundary == 0:
		prev = string(s.t.key(toks[i-1]))
	}
	if i+1 < len(toks) && toks[i+1].flags&tBoundary == 0 {
		next = string(s.t.key(toks[i+1]))
	}
	switch prev {
	case "look", "looks", "looked", "looking", "feel", "feels", "felt", "feeling", "sound", "sounds",
		"sounded", "seem", "seems", "seemed", "almost", "exactly", "nothing", "something", "anything",
		"more", "less", "much", "just", "kinda", "be", "is", "was", "were", "are", "it's", "its":
		return true
	case "i", "you", "we", "they", "u", "ya", "who", "people", "really", "also", "still", "do", "don't",
		"dont", "didn't", "didnt", "does", "doesn't", "doesnt", "would", "i'd", "we'd", "to", "would've":
		return false
	}
	switch next {
	case "a", "an", "the", "this", "that", "these", "those", "in", "how", "when", "what", "my", "your",
		"his", "her", "their", "our", "some", "every", "him", "them", "he", "she", "it", "someone":
		return true
	}
	return false
}
