package repops

// The canonical reduction (docs/REPOPS.md, "sum8"): eight partial sums, lane
// j accumulating the terms whose index is j mod 8 in increasing index order,
// each starting from +0; then the fixed tree
//
//	t_i = s_i + s_{i+4} (i < 4);  u_0 = t_0 + t_2;  u_1 = t_1 + t_3;  r = u_0 + u_1
//
// which is exactly what an 8-lane SIMD accumulator followed by a halving
// horizontal add computes.

// tree8 folds eight partial sums in the canonical order.
func tree8(s *[8]float32) float32 {
	t0 := s[0] + s[4]
	t1 := s[1] + s[5]
	t2 := s[2] + s[6]
	t3 := s[3] + s[7]
	return (t0 + t2) + (t1 + t3)
}

// dot8 is the canonical dot product of two equal-length vectors.
func dot8(a, b []float32) float32 {
	var s [8]float32
	n := len(a)
	b = b[:n]
	i := 0
	for ; i+8 <= n; i += 8 {
		s[0] += float32(a[i] * b[i])
		s[1] += float32(a[i+1] * b[i+1])
		s[2] += float32(a[i+2] * b[i+2])
		s[3] += float32(a[i+3] * b[i+3])
		s[4] += float32(a[i+4] * b[i+4])
		s[5] += float32(a[i+5] * b[i+5])
		s[6] += float32(a[i+6] * b[i+6])
		s[7] += float32(a[i+7] * b[i+7])
	}
	for j := 0; i < n; i, j = i+1, j+1 {
		s[j] += float32(a[i] * b[i])
	}
	return tree8(&s)
}

// sum8 is the canonical sum of a vector.
func sum8(a []float32) float32 {
	var s [8]float32
	n := len(a)
	i := 0
	for ; i+8 <= n; i += 8 {
		s[0] += a[i]
		s[1] += a[i+1]
		s[2] += a[i+2]
		s[3] += a[i+3]
		s[4] += a[i+4]
		s[5] += a[i+5]
		s[6] += a[i+6]
		s[7] += a[i+7]
	}
	for j := 0; i < n; i, j = i+1, j+1 {
		s[j] += a[i]
	}
	return tree8(&s)
}

// sumSq8 is the canonical sum of squares: sum8 over float32(x*x).
func sumSq8(a []float32) float32 { return dot8(a, a) }
