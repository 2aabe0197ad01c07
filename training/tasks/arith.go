package tasks

import "strconv"

// Arithmetic families. Operands of level L have up to L decimal digits,
// drawn uniformly from [0, 10^L); answers are decimal without leading zeros
// and get right-aligned partial credit (the units digit is compared first).

// addFamily: "a+b=" -> a+b. Level L: a, b in [0, 10^L).
// Level 1 has 100 distinct prompts, level 4 has 10^8.
var addFamily = &family{
	name:   "add",
	levels: 6,
	gen: func(d *draw, level int) (string, string) {
		n := pow10(level)
		a, b := d.intn(n), d.intn(n)
		return itoa(a) + "+" + itoa(b) + "=", itoa(a + b)
	},
	maxLen: func(level int) (int, int) {
		return 2*level + 2, level + 1
	},
	rightAligned: true,
}

// modFamily: "a*b%m=" -> (a·b) mod m. Level L: a, b in [0, 10^L),
// m in [2, 10^L); level 1 uses moduli 2..9.
var modFamily = &family{
	name:   "mod",
	levels: 4,
	gen: func(d *draw, level int) (string, string) {
		n := pow10(level)
		a, b := d.intn(n), d.intn(n)
		m := 2 + d.intn(n-2)
		return itoa(a) + "*" + itoa(b) + "%" + itoa(m) + "=", itoa(a * b % m)
	},
	maxLen: func(level int) (int, int) {
		return 3*level + 3, level
	},
	rightAligned: true,
}

// solveFamily: a linear equation in x, then ",x=" -> x. Level L draws u, v
// in [0, 10^L) and one of three forms with equal probability:
//
//	x+a=b   x = u, a = v, b = u+v
//	x-a=b   x = max(u,v), a = min(u,v), b = x-a
//	a-x=b   a = max(u,v), x = min(u,v), b = a-x
var solveFamily = &family{
	name:   "solve",
	levels: 6,
	gen: func(d *draw, level int) (string, string) {
		n := pow10(level)
		form, u, v := d.intn(3), d.intn(n), d.intn(n)
		hi, lo := max(u, v), min(u, v)
		switch form {
		case 0:
			return "x+" + itoa(v) + "=" + itoa(u+v) + ",x=", itoa(u)
		case 1:
			return "x-" + itoa(lo) + "=" + itoa(hi-lo) + ",x=", itoa(hi)
		default:
			return itoa(hi) + "-x=" + itoa(hi-lo) + ",x=", itoa(lo)
		}
	},
	maxLen: func(level int) (int, int) {
		// "x+" a "=" b ",x=" with a of L digits and b of L+1.
		return 2*level + 7, level
	},
	rightAligned: true,
}

func itoa(v int) string { return strconv.Itoa(v) }

func pow10(k int) int {
	n := 1
	for range k {
		n *= 10
	}
	return n
}
