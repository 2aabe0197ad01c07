package repops

import "math"

// The elementary functions of RepOps. Each is a fixed sequence of correctly
// rounded binary32 operations (docs/REPOPS.md, "Elementary functions"), so it
// returns the same bits everywhere; package math is not used because its
// results differ across architectures by a few ulp. Their accuracy against
// package math is measured by TestMathAccuracy.
//
// Besides add/sub/mul/div/sqrt and comparisons, the programs use two exact
// bit-level steps that the on-chain soft-float mirrors: building the float
// 2^k for an integer k in [-126, 127], and splitting a positive normal float
// into exponent and significand (frexp).

const (
	log2e  float32 = 1.44269504088896341
	ln2Hi  float32 = 0.693359375       // 0x3F318000: few significand bits, so k*ln2Hi is exact
	ln2Lo  float32 = -2.12194440e-4    // ln 2 - ln2Hi
	magic  float32 = 12582912          // 1.5·2^23: (x + magic) - magic rounds x to an integer
	sqrt2  float32 = 1.41421356237     // significand split point of Log
	expMax float32 = 88.72283935546875 // largest x with exp(x) finite
	expMin float32 = -103.972084045410 // below this exp(x) rounds to +0
)

// pow2 returns 2^k for k in [-126, 127] (exact, built from bits).
func pow2(k int32) float32 { return math.Float32frombits(uint32(k+127) << 23) }

// Exp returns e^x.
//
//	k = (float32(x·log2e) + magic) - magic          (round to nearest integer)
//	r = (x - k·ln2Hi) - k·ln2Lo                      (|r| ≤ 0.35)
//	p = 1 + r·(1 + r·(1/2 + r·(1/6 + r·(1/24 + r·(1/120 + r·(1/720 + r/5040))))))
//	result = p·2^k, scaled in two steps when 2^k is not a normal float
func Exp(x float32) float32 {
	switch {
	case x != x:
		return canon(x)
	case x > expMax:
		return float32(math.Inf(1))
	case x < expMin:
		return 0
	}
	k := (float32(x*log2e) + magic) - magic
	r := (x - float32(k*ln2Hi)) - float32(k*ln2Lo)
	p := float32(r*(1.0/5040)) + 1.0/720
	p = float32(r*p) + 1.0/120
	p = float32(r*p) + 1.0/24
	p = float32(r*p) + 1.0/6
	p = float32(r*p) + 0.5
	p = float32(r*p) + 1
	p = float32(r*p) + 1
	ki := int32(k)
	switch {
	case ki > 127:
		return (p * pow2(127)) * pow2(ki-127)
	case ki < -126:
		return (p * pow2(ki+64)) * pow2(-64)
	}
	return p * pow2(ki)
}

// Log returns the natural logarithm of x (-Inf at ±0, NaN below 0).
//
//	x = m·2^e with m in [√2/2, √2)                    (frexp; subnormals first scaled by 2^24)
//	f = (m - 1)/(m + 1);  s = f·f
//	log m = 2f + 2f·s·(1/3 + s·(1/5 + s·(1/7 + s·(1/9 + s/11))))
//	result = e·ln2Hi + (log m + e·ln2Lo)
func Log(x float32) float32 {
	switch {
	case x != x || x < 0:
		return math.Float32frombits(CanonicalNaN)
	case x == 0:
		return float32(math.Inf(-1))
	case x > math.MaxFloat32:
		return x
	}
	e := int32(0)
	if x < 0x1p-126 {
		x *= 0x1p24
		e = -24
	}
	b := math.Float32bits(x)
	e += int32(b>>23) - 127
	m := math.Float32frombits(b&0x007FFFFF | 0x3F800000)
	if m > sqrt2 {
		m *= 0.5
		e++
	}
	f := (m - 1) / (m + 1)
	s := f * f
	q := float32(s*(1.0/11)) + 1.0/9
	q = float32(s*q) + 1.0/7
	q = float32(s*q) + 1.0/5
	q = float32(s*q) + 1.0/3
	f2 := f + f
	lm := f2 + float32(float32(f2*s)*q)
	ef := float32(e)
	return float32(ef*ln2Hi) + (lm + float32(ef*ln2Lo))
}

// Tanh returns the hyperbolic tangent of x.
//
//	x = ±0:     x
//	|x| < 0.4:  x + x·z·(-1/3 + z·(2/15 + z·(-17/315 + z·(62/2835 + z·(-1382/155925 + z·(21844/6081075)))))), z = x²
//	|x| ≥ 9:    ±1
//	otherwise:  ±(1 - 2/(Exp(2|x|) + 1))
func Tanh(x float32) float32 {
	if x != x || x == 0 {
		return canon(x) // keeps the sign of zero
	}
	a := x
	if a < 0 {
		a = -a
	}
	if a < 0.4 {
		z := x * x
		q := float32(z*(21844.0/6081075)) - 1382.0/155925
		q = float32(z*q) + 62.0/2835
		q = float32(z*q) - 17.0/315
		q = float32(z*q) + 2.0/15
		q = float32(z*q) - 1.0/3
		return x + float32(float32(x*z)*q)
	}
	var t float32 = 1
	if a < 9 {
		t = 1 - 2/(Exp(a+a)+1)
	}
	if x < 0 {
		return -t
	}
	return t
}

// Sigmoid returns the logistic function: 1/(1 + Exp(-x)) for x ≥ 0 and
// Exp(x)/(1 + Exp(x)) for x < 0, which keeps full relative accuracy (and
// subnormal results) for very negative x.
func Sigmoid(x float32) float32 {
	if x != x {
		return canon(x)
	}
	if x < 0 {
		e := Exp(x)
		return e / (1 + e)
	}
	return 1 / (1 + Exp(-x))
}

// Sqrt returns the correctly rounded square root of x: widening to float64,
// taking the square root and rounding back is exact for binary32.
func Sqrt(x float32) float32 { return canon(float32(math.Sqrt(float64(x)))) }

// Max returns the larger of a and b: NaN if either is NaN, and b when they
// compare equal (so Max(+0, -0) is -0).
func Max(a, b float32) float32 {
	if a != a || b != b {
		return math.Float32frombits(CanonicalNaN)
	}
	if a > b {
		return a
	}
	return b
}

// Min returns the smaller of a and b: NaN if either is NaN, and b when they
// compare equal.
func Min(a, b float32) float32 {
	if a != a || b != b {
		return math.Float32frombits(CanonicalNaN)
	}
	if a < b {
		return a
	}
	return b
}
