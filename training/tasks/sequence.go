package tasks

// Sequence families. Answers are compared left-aligned: position i of the
// completion against position i of the answer.

// sortFamily: "sort:" + L digits + "=" -> the digits in ascending order.
// Level L has 10^L distinct prompts (level 1: 10).
var sortFamily = &family{
	name:   "sort",
	levels: 8,
	gen: func(d *draw, level int) (string, string) {
		var counts [10]int
		digits := make([]byte, level)
		for i := range digits {
			v := d.intn(10)
			digits[i] = byte('0' + v)
			counts[v]++
		}
		sorted := make([]byte, 0, level)
		for v, c := range counts {
			for range c {
				sorted = append(sorted, byte('0'+v))
			}
		}
		return "sort:" + string(digits) + "=", string(sorted)
	},
	maxLen: func(level int) (int, int) {
		return level + 6, level
	},
}

// reverseFamily: "rev:" + L lowercase letters + "=" -> the letters reversed.
// Level L has 26^L distinct prompts (level 1: 26).
var reverseFamily = &family{
	name:   "reverse",
	levels: 8,
	gen: func(d *draw, level int) (string, string) {
		s := make([]byte, level)
		r := make([]byte, level)
		for i := range s {
			s[i] = byte('a' + d.intn(26))
			r[level-1-i] = s[i]
		}
		return "rev:" + string(s) + "=", string(r)
	},
	maxLen: func(level int) (int, int) {
		return level + 5, level
	},
}
