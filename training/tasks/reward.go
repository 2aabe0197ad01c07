package tasks

import "math"

// belowOne is the largest float32 below 1: the most partial credit a
// completion that is not exactly the answer can get.
var belowOne = math.Float32frombits(0x3F7FFFFF)

// score computes the exact and partial reward of completion against answer.
//
// Partial = matches / max(len(answer), len(completion)), lengths counted in
// characters (runes), where matches counts positions holding the same
// character: position i from the start of both strings, or from the end of
// both when rightAligned (numbers, whose units digits line up). The one
// division is a correctly rounded float32 division of two exact integers, so
// the value is the same on every machine.
func score(answer, completion string, rightAligned bool) Reward {
	if completion == answer {
		return Reward{Exact: 1, Partial: 1}
	}
	a, c := []rune(answer), []rune(completion)
	n := max(len(a), len(c)) // > 0: the strings differ
	k := min(len(a), len(c))
	matches := 0
	for i := range k {
		ai, ci := i, i
		if rightAligned {
			ai, ci = len(a)-1-i, len(c)-1-i
		}
		if a[ai] == c[ci] {
			matches++
		}
	}
	return Reward{Exact: 0, Partial: fraction(matches, n)}
}

// fraction is matches/n (0 ≤ matches < n) as a float32 below 1. Rounding
// could only reach 1 for completions longer than 2^24 characters; the clamp
// keeps "Partial is 1 exactly when Exact is 1" true even then.
func fraction(matches, n int) float32 {
	p := float32(matches) / float32(n)
	if p >= 1 {
		p = belowOne
	}
	return p
}
