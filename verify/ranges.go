package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Row limits of the Referee (RowPrograms.sol): the longest row an element
// proof may make the contract recompute, which bounds the gas of a resolution
// (docs/GAS.md). A longer row makes judge revert with RowTooLong or
// RowLimitExceeded.
const (
	// MaxRow bounds the contracted dimension of MatMul and the rows of
	// SumRows, RMSNorm, SoftmaxGrad and LogSoftmaxGrad (ElementPrograms.MAX_ROW).
	MaxRow = 4096
	// MaxExpRow bounds the rows of the ops that take one Exp per row element:
	// Softmax, LogSoftmax, CrossEntropy, CrossEntropyGrad (MAX_EXP_ROW).
	MaxExpRow = 256
	// MaxNormGradRow bounds the rows of RMSNormGrad (MAX_NORM_GRAD_ROW).
	MaxNormGradRow = 1024
	// MaxEmbeddingGradIDs bounds the ids (positions n) of EmbeddingGrad
	// (IndexPrograms.MAX_EMBEDDING_GRAD_IDS): its proof carries every id.
	MaxEmbeddingGradIDs = MaxRow
	// MaxEmbeddingGradHits bounds how many of an EmbeddingGrad's ids may
	// equal the disputed output row (MAX_EMBEDDING_GRAD_HITS): the proof
	// carries, at worst, one dy chunk with its own range proof for each.
	MaxEmbeddingGradHits = 64
)

// MaxRowFor returns the longest row the Referee recomputes for an op of kind
// k (RowPrograms.limit): for Sum and Mean the whole tensor's element count,
// for EmbeddingGrad the number of ids; kinds whose element reads no row get
// MaxRow.
func MaxRowFor(k repops.Kind) int {
	switch k {
	case repops.KindEmbeddingGrad:
		return MaxEmbeddingGradIDs
	case repops.KindSoftmax, repops.KindLogSoftmax, repops.KindCrossEntropy, repops.KindCrossEntropyGrad:
		return MaxExpRow
	case repops.KindRMSNormGrad:
		return MaxNormGradRow
	}
	return MaxRow
}

// RefereeSupports reports whether the Referee contract has an element program for
// kind (ElementPrograms.supported).
func RefereeSupports(k repops.Kind) bool {
	switch k {
	case repops.KindMatMul, repops.KindTranspose, repops.KindAdd, repops.KindSub, repops.KindMul,
		repops.KindDiv, repops.KindScale, repops.KindAddRow, repops.KindCausalMask, repops.KindSumRows,
		repops.KindMulRow, repops.KindMaximum, repops.KindMinimum, repops.KindClamp, repops.KindSelect,
		repops.KindLessEqual, repops.KindSqrt,
		repops.KindExp, repops.KindLog, repops.KindSigmoid, repops.KindTanh, repops.KindSiLU, repops.KindSiLUGrad,
		repops.KindSoftmax, repops.KindLogSoftmax, repops.KindSoftmaxGrad, repops.KindLogSoftmaxGrad,
		repops.KindRMSNorm, repops.KindRMSNormGrad, repops.KindCrossEntropy, repops.KindCrossEntropyGrad:
		return true
	}
	return delegated(k)
}

// delegated reports whether the Referee runs kind's program in one of its
// delegate contracts (IndexReferee, ReduceReferee).
func delegated(k repops.Kind) bool {
	switch k {
	case repops.KindEmbedding, repops.KindEmbeddingGrad, repops.KindPick, repops.KindPickGrad,
		repops.KindConcat, repops.KindSlice, repops.KindReshape,
		repops.KindSum, repops.KindMean, repops.KindAdam:
		return true
	}
	return false
}

// InputRanges returns, for each input of an op of kind k, the element range
// [lo, hi) that output element e reads: what a proof must carry. For
// EmbeddingGrad it gives the first of dy's ranges, and it cannot place the
// kinds whose attributes say where an element comes from (Concat, Slice,
// PickGrad): SliceRanges, given the attributes, covers every kind.
func InputRanges(k repops.Kind, ins []*repops.Tensor, e int) ([][2]int, error) {
	if !RefereeSupports(k) {
		return nil, fmt.Errorf("verify: no on-chain element program for %v", k)
	}
	if delegated(k) {
		rs, err := delegatedRanges(k, nil, ins, e)
		if err != nil {
			return nil, fmt.Errorf("verify: %v: %w", k, err)
		}
		return rs[:len(ins)], nil
	}
	out := make([][2]int, len(ins))
	switch k {
	case repops.KindMatMul:
		if len(ins) != 2 || ins[0].Rank() < 2 {
			return nil, fmt.Errorf("verify: matmul needs two inputs of rank ≥ 2")
		}
		a, b := ins[0], ins[1]
		r := a.Rank()
		m, kk, n := a.Shape[r-2], a.Shape[r-1], b.Shape[r-2]
		if kk > MaxRow {
			return nil, fmt.Errorf("verify: contracted dimension %d exceeds %d", kk, MaxRow)
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
			return nil, fmt.Errorf("verify: row length %d exceeds %d", n, MaxRow)
		}
		out[0] = [2]int{e * n, e*n + n}
	case repops.KindSoftmax, repops.KindLogSoftmax, repops.KindRMSNorm,
		repops.KindSoftmaxGrad, repops.KindLogSoftmaxGrad, repops.KindRMSNormGrad:
		// Every input is read along the output element's row.
		n := ins[0].Cols()
		if n == 0 || n > MaxRowFor(k) {
			return nil, fmt.Errorf("verify: %v row length %d outside [1, %d]", k, n, MaxRowFor(k))
		}
		lo := e - e%n
		for i := range ins {
			out[i] = [2]int{lo, lo + n}
		}
	case repops.KindCrossEntropy, repops.KindCrossEntropyGrad:
		// logits row, the row's target (and dloss).
		if ins[0].Rank() != 2 || len(ins) < 2 {
			return nil, fmt.Errorf("verify: %v needs logits [m,V] and targets", k)
		}
		v := ins[0].Shape[1]
		if v == 0 || v > MaxRowFor(k) {
			return nil, fmt.Errorf("verify: %v row length %d outside [1, %d]", k, v, MaxRowFor(k))
		}
		row := e
		if k == repops.KindCrossEntropyGrad {
			row = e / v
		}
		out[0] = [2]int{row * v, row*v + v}
		for i := 1; i < len(ins); i++ {
			out[i] = one(row)
		}
	default: // elementwise
		for i := range ins {
			out[i] = one(e)
		}
	}
	return out, nil
}

// one is the range of element i alone.
func one(i int) [2]int { return [2]int{i, i + 1} }
