package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// MaxRow is the longest row (contracted dimension of a matrix product, row
// of a row sum) the Referee recomputes (ElementPrograms.MAX_ROW).
const MaxRow = 4096

// Supported reports whether the Referee contract has an element program for
// kind (ElementPrograms.supported).
func Supported(k repops.Kind) bool {
	switch k {
	case repops.KindMatMul, repops.KindTranspose, repops.KindAdd, repops.KindSub, repops.KindMul,
		repops.KindDiv, repops.KindScale, repops.KindAddRow, repops.KindCausalMask, repops.KindSumRows,
		repops.KindMulRow, repops.KindMaximum, repops.KindMinimum, repops.KindClamp, repops.KindSelect,
		repops.KindLessEqual, repops.KindSqrt:
		return true
	}
	return false
}

// InputRanges returns, for each input of an op of kind k, the element range
// [lo, hi) that output element e reads: what a proof must carry.
func InputRanges(k repops.Kind, ins []*repops.Tensor, e int) ([][2]int, error) {
	if !Supported(k) {
		return nil, fmt.Errorf("referee: no on-chain element program for %v", k)
	}
	one := func(i int) [2]int { return [2]int{i, i + 1} }
	out := make([][2]int, len(ins))
	switch k {
	case repops.KindMatMul:
		if len(ins) != 2 || ins[0].Rank() < 2 {
			return nil, fmt.Errorf("referee: matmul needs two inputs of rank ≥ 2")
		}
		a, b := ins[0], ins[1]
		r := a.Rank()
		m, kk, n := a.Shape[r-2], a.Shape[r-1], b.Shape[r-2]
		if kk > MaxRow {
			return nil, fmt.Errorf("referee: contracted dimension %d exceeds %d", kk, MaxRow)
		}
		bi := e / (m * n)
		ar := (bi*m + (e/n)%m) * kk
		br := (bi*n + e%n) * kk
		out[0], out[1] = [2]int{ar, ar + kk}, [2]int{br, br + kk}
	case repops.KindAddRow, repops.KindMulRow:
		n := ins[0].Cols()
		out[0], out[1] = one(e), one(e%n)
	case repops.KindTranspose:
		x := ins[0]
		r := x.Rank()
		m, n := x.Shape[r-2], x.Shape[r-1]
		out[0] = one((e/(m*n))*m*n + (e%m)*n + (e/m)%n)
	case repops.KindSumRows:
		n := ins[0].Cols()
		if n > MaxRow {
			return nil, fmt.Errorf("referee: row length %d exceeds %d", n, MaxRow)
		}
		out[0] = [2]int{e * n, e*n + n}
	default: // elementwise
		for i := range ins {
			out[i] = one(e)
		}
	}
	return out, nil
}
