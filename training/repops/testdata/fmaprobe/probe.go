// Package fmaprobe is compiled by TestFMAGuardCatchesFusion: each function
// is a pattern that Go may fuse into a multiply-add across statements, which
// the AST lint cannot see, except Rounded, which must never be fused.
package fmaprobe

// MulAdd32 is t + c with the product in its own statement.
func MulAdd32(a, b, c float32) float32 {
	t := a * b
	return t + c
}

// MulAdd64 is the float64 form of MulAdd32.
func MulAdd64(a, b, c float64) float64 {
	t := a * b
	return t + c
}

// MulSub32 is t - c.
func MulSub32(a, b, c float32) float32 {
	t := a * b
	return t - c
}

// SubMul32 is c - t.
func SubMul32(a, b, c float32) float32 {
	t := a * b
	return c - t
}

// Rounded is the RepOps spelling: the conversion rounds the product.
func Rounded(a, b, c float32) float32 {
	return float32(a*b) + c
}
