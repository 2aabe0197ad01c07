package verify_test

import (
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// FuzzSliceRanges: for the delegated kinds, whatever the attributes, input
// shapes, id values and element (a challenger's claim names the element),
// SliceRanges returns an error or non-empty ranges from element 0 on; it
// never panics (Slice then checks a range against its tensor).
func FuzzSliceRanges(f *testing.F) {
	// kind indexes fuzzDelegatedKinds.
	f.Add(uint16(0), []byte{2, 3, 4, 1, 5}, []byte{0}, 7)
	f.Add(uint16(1), []byte{2, 4, 3, 1, 4}, []byte{5}, 5)
	f.Add(uint16(4), []byte{2, 2, 3, 2, 2, 1}, []byte{1}, 3)
	f.Add(uint16(5), []byte{3, 2, 3, 4}, []byte{2, 1, 3}, 4)
	f.Add(uint16(3), []byte{1, 3, 1, 3}, []byte{4}, 9)
	f.Add(uint16(9), []byte{1, 4, 1, 4, 1, 4, 1, 4}, []byte{}, 2)
	f.Fuzz(func(t *testing.T, kind uint16, shapes, attrBytes []byte, e int) {
		// shapes: rank, dims..., rank, dims... (at most 4 inputs, dims < 8).
		var ins []*repops.Tensor
		for len(shapes) > 0 && len(ins) < 4 {
			r := int(shapes[0] % 4)
			shapes = shapes[1:]
			if r > len(shapes) {
				r = len(shapes)
			}
			dims := make([]int, r)
			for i := range dims {
				dims[i] = int(shapes[i] % 8)
			}
			shapes = shapes[r:]
			x := repops.New(dims...)
			for i := range x.Data {
				x.Data[i] = float32(i % 5) // small ids
			}
			ins = append(ins, x)
		}
		if len(ins) == 0 {
			return
		}
		attrs := make([]uint32, len(attrBytes))
		for i, b := range attrBytes {
			attrs[i] = uint32(b % 9)
		}
		k := fuzzDelegatedKinds[int(kind)%len(fuzzDelegatedKinds)]
		which, ranges, err := verify.SliceRanges(k, attrs, ins, e)
		if err != nil {
			return
		}
		if len(which) != len(ranges) || len(ranges) < len(ins) {
			t.Fatalf("%v: %d slices for %d inputs (%d labels)", k, len(ranges), len(ins), len(which))
		}
		for i, r := range ranges {
			if r[0] < 0 || r[1] <= r[0] {
				t.Fatalf("%v: slice %d range %v", k, i, r)
			}
		}
	})
}

// fuzzDelegatedKinds are the kinds the on-chain referee runs in its delegate
// contracts (IndexReferee, ReduceReferee), in ledger/referee's test order.
var fuzzDelegatedKinds = []repops.Kind{
	repops.KindEmbedding, repops.KindEmbeddingGrad, repops.KindPick, repops.KindPickGrad,
	repops.KindConcat, repops.KindSlice, repops.KindReshape, repops.KindSum, repops.KindMean, repops.KindAdam,
}
