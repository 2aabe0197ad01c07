package verify

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/repops"
)

// runGap is how many unneeded chunks between two needed dy chunks of an
// EmbeddingGrad proof are carried to join them into one slice: a slice of
// its own costs its shape, offsets and range proof, about three chunks.
const runGap = 2

// SliceRanges returns the slices a proof about output element e of an op of
// kind k with attributes attrs carries: slice i is range ranges[i] of input
// input[i]. The first len(ins) slices are inputs 0, 1, ... in order; only
// EmbeddingGrad adds further slices of its input 0 (dy), in increasing order,
// one per run of the chunks its element reads.
func SliceRanges(k repops.Kind, attrs []uint32, ins []*repops.Tensor, e int) (input []int, ranges [][2]int, err error) {
	if !delegated(k) {
		if ranges, err = InputRanges(k, ins, e); err != nil {
			return nil, nil, err
		}
	} else if ranges, err = delegatedRanges(k, attrs, ins, e); err != nil {
		return nil, nil, fmt.Errorf("verify: %v: %w", k, err)
	}
	input = make([]int, len(ranges)) // slices beyond the inputs are of input 0
	for i := range ins {
		input[i] = i
	}
	return input, ranges, nil
}

// delegatedRanges is SliceRanges for the IndexReferee and ReduceReferee kinds.
func delegatedRanges(k repops.Kind, attrs []uint32, ins []*repops.Tensor, e int) ([][2]int, error) {
	want := map[repops.Kind]int{repops.KindAdam: 4, repops.KindSum: 1, repops.KindMean: 1, repops.KindReshape: 1,
		repops.KindSlice: 1}[k]
	if want == 0 && k != repops.KindConcat {
		want = 2
	}
	if len(ins) != want && !(k == repops.KindConcat && len(ins) > 0) {
		return nil, fmt.Errorf("%d inputs, want %d", len(ins), want)
	}
	if e < 0 {
		return nil, fmt.Errorf("element %d", e)
	}
	out := make([][2]int, len(ins))
	switch k {
	case repops.KindEmbedding: // table[V,d], ids[n]
		d := ins[0].Cols()
		if ins[0].Rank() != 2 || ins[1].Rank() != 1 || d == 0 || e/d >= ins[1].Len() {
			return nil, fmt.Errorf("element %d of an embedding of %d ids, %d wide", e, ins[1].Len(), d)
		}
		p := e / d
		out[0], out[1] = one(0), one(p)
		if id, ok := idOf(ins[1].Data[p], ins[0].Shape[0]); ok {
			out[0] = one(id*d + e%d)
		}
	case repops.KindPick: // X[m,V], ids[m]
		if ins[0].Rank() != 2 || ins[1].Rank() != 1 || e >= ins[1].Len() {
			return nil, fmt.Errorf("element %d of a pick of %v by %v", e, ins[0].Shape, ins[1].Shape)
		}
		out[0], out[1] = one(0), one(e)
		if id, ok := idOf(ins[1].Data[e], ins[0].Cols()); ok {
			out[0] = one(e*ins[0].Cols() + id)
		}
	case repops.KindPickGrad: // dy[m], ids[m]; attrs [V]
		if len(attrs) != 1 || attrs[0] == 0 {
			return nil, fmt.Errorf("attributes %v, want [V > 0]", attrs)
		}
		i := e / int(attrs[0])
		out[0], out[1] = one(i), one(i)
	case repops.KindEmbeddingGrad:
		return embeddingGradRanges(ins, e)
	case repops.KindConcat:
		return concatRanges(attrs, ins, e)
	case repops.KindSlice:
		if len(attrs) != 3 || int(attrs[0]) >= ins[0].Rank() || attrs[2] < attrs[1] {
			return nil, fmt.Errorf("attributes %v of a slice of %v", attrs, ins[0].Shape)
		}
		axis, start, end := int(attrs[0]), int(attrs[1]), int(attrs[2])
		inner := innerOf(ins[0].Shape, axis)
		l := end - start
		if l*inner == 0 {
			return nil, fmt.Errorf("an empty slice has no element %d", e)
		}
		out[0] = one((e/(l*inner)*ins[0].Shape[axis]+start+(e/inner)%l)*inner + e%inner)
	case repops.KindSum, repops.KindMean:
		n := ins[0].Len()
		if n == 0 || n > MaxRowFor(k) {
			return nil, fmt.Errorf("%d elements outside [1, %d]", n, MaxRowFor(k))
		}
		out[0] = [2]int{0, n}
	default: // Reshape, Adam: elementwise
		for i := range ins {
			out[i] = one(e)
		}
	}
	return out, nil
}

// embeddingGradRanges: dy[n,d], ids[n]. Element (v, j) reads every id and
// dy[p, j] for each p with ids_p = v, grouped in runs of chunks.
func embeddingGradRanges(ins []*repops.Tensor, e int) ([][2]int, error) {
	dy, ids := ins[0], ins[1]
	if dy.Rank() != 2 || ids.Rank() != 1 || dy.Shape[0] != ids.Len() {
		return nil, fmt.Errorf("dy %v and ids %v", dy.Shape, ids.Shape)
	}
	n, d := ids.Len(), dy.Cols()
	if n == 0 || n > MaxEmbeddingGradIDs || d == 0 {
		return nil, fmt.Errorf("%d ids outside [1, %d]", n, MaxEmbeddingGradIDs)
	}
	v, j := e/d, e%d
	var chunks []int
	for p, x := range ids.Data {
		if id, ok := idOf(x, math.MaxInt); ok && id == v {
			chunks = append(chunks, (p*d+j)/ChunkElems)
		}
	}
	if len(chunks) > MaxEmbeddingGradHits {
		return nil, fmt.Errorf("%d ids equal %d, more than %d", len(chunks), v, MaxEmbeddingGradHits)
	}
	var runs [][2]int
	for _, c := range chunks {
		if len(runs) > 0 && c <= runs[len(runs)-1][1]+runGap {
			runs[len(runs)-1][1] = c
			continue
		}
		runs = append(runs, [2]int{c, c})
	}
	out := [][2]int{one(0), {0, n}}
	for i, r := range runs {
		rg := [2]int{r[0] * ChunkElems, min((r[1]+1)*ChunkElems, dy.Len())}
		if i == 0 {
			out[0] = rg
		} else {
			out = append(out, rg)
		}
	}
	return out, nil
}

// concatRanges: the input holding the element gives it, the others their
// first element (every input's slice is checked).
func concatRanges(attrs []uint32, ins []*repops.Tensor, e int) ([][2]int, error) {
	if len(attrs) != 1 || int(attrs[0]) >= ins[0].Rank() {
		return nil, fmt.Errorf("attributes %v of a concat of rank %d", attrs, ins[0].Rank())
	}
	axis := int(attrs[0])
	total := 0
	for _, x := range ins {
		if x.Rank() != ins[0].Rank() {
			return nil, fmt.Errorf("inputs of ranks %d and %d", x.Rank(), ins[0].Rank())
		}
		if x.Len() == 0 {
			return nil, fmt.Errorf("an empty input (%v) has no slice to prove", x.Shape)
		}
		total += x.Shape[axis]
	}
	inner := innerOf(ins[0].Shape, axis)
	if total*inner == 0 {
		return nil, fmt.Errorf("an empty concat has no element %d", e)
	}
	o, a := e/(total*inner), (e/inner)%total
	out := make([][2]int, len(ins))
	for i, x := range ins {
		out[i] = one(0)
		if l := x.Shape[axis]; a >= 0 && a < l {
			out[i] = one((o*l+a)*inner + e%inner)
		}
		a -= x.Shape[axis]
	}
	return out, nil
}

// innerOf is the product of the dimensions after axis.
func innerOf(shape []int, axis int) int {
	n := 1
	for _, d := range shape[axis+1:] {
		n *= d
	}
	return n
}

// idOf is the id a float32 holds if RepOps accepts it for a vocabulary of
// n: an integer in [0, n) (RowPrograms.index).
func idOf(x float32, n int) (int, bool) {
	if x != x || x < 0 || x >= 1<<31 || float32(int(x)) != x || int(x) >= n {
		return 0, false
	}
	return int(x), true
}
