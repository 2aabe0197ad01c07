package verify

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"strconv"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

// ramp returns n deterministic, mostly distinct float32 values.
func ramp(n int, seed float32) []float32 {
	d := make([]float32, n)
	for i := range d {
		d[i] = float32(i%1013)*0.37 - seed*float32(i%7)
	}
	return d
}

// sizes covers empty, partial, exact and multi-chunk data, and both sides of
// the parallel threshold.
var sizes = []int{0, 1, 63, 64, 65, 128, 150, 320, 4096,
	parallelMinChunks*ChunkElems - 1, parallelMinChunks * ChunkElems, parallelMinChunks*ChunkElems + 1,
	1000*ChunkElems + 17, 1 << 16}

func TestDataRootMatchesReference(t *testing.T) {
	for _, n := range sizes {
		data := ramp(n, 1.5)
		want := refDataRoot(data)
		for _, w := range []int{1, 2, 3, 7, 16} {
			if got := dataRoot(data, w); got != want {
				t.Fatalf("n=%d workers=%d: got %v, want %v", n, w, got, want)
			}
		}
	}
}

func TestDataRootIgnoresGOMAXPROCS(t *testing.T) {
	data := ramp(3000*ChunkElems+5, 0.25)
	want := refDataRoot(data)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, p := range []int{1, 2, 4, 8} {
		runtime.GOMAXPROCS(p)
		if got := DataRoot(data); got != want {
			t.Fatalf("GOMAXPROCS=%d: got %v, want %v", p, got, want)
		}
	}
}

func TestTensorRootMatchesReference(t *testing.T) {
	for _, shape := range [][]int{{}, {0}, {2, 0}, {1}, {64}, {3, 50}, {150}, {2, 2, 2, 40}, {4, 1024}} {
		n := 1
		for _, d := range shape {
			n *= d
		}
		data := ramp(n, 2)
		tt := repops.FromData(data, shape...)
		if got, want := TensorRoot(tt), refTensorRoot(shape, data); got != want {
			t.Errorf("shape %v: got %v, want %v", shape, got, want)
		}
	}
}

func TestTensorRootBindsShape(t *testing.T) {
	data := ramp(150, 1)
	seen := map[Hash][]int{}
	for _, shape := range [][]int{{150}, {3, 50}, {50, 3}, {1, 150}, {150, 1}, {1, 3, 50}} {
		r := TensorRoot(repops.FromData(data, shape...))
		if prev, ok := seen[r]; ok {
			t.Fatalf("shapes %v and %v share root %v", prev, shape, r)
		}
		seen[r] = shape
	}
	// Empty tensors differ only by shape.
	a, b := TensorRoot(repops.New(0)), TensorRoot(repops.New(2, 0))
	if a == b {
		t.Fatalf("shapes [0] and [2 0] share root %v", a)
	}
}

func TestTensorRootSeesEveryBit(t *testing.T) {
	base := ramp(150, 1)
	r0 := TensorRoot(repops.FromData(base, 150))
	for _, e := range []int{0, 63, 64, 149} {
		for _, bit := range []int{0, 22, 31} {
			d := append([]float32(nil), base...)
			d[e] = math.Float32frombits(math.Float32bits(d[e]) ^ 1<<bit)
			if r := TensorRoot(&repops.Tensor{Shape: []int{150}, Data: d}); r == r0 {
				t.Errorf("flipping bit %d of element %d left the root unchanged", bit, e)
			}
		}
	}
}

func TestTensorRootRejectsInvalid(t *testing.T) {
	for _, c := range []struct {
		name string
		t    *repops.Tensor
	}{
		{"nil", nil},
		{"rank 5", &repops.Tensor{Shape: []int{1, 1, 1, 1, 1}, Data: []float32{0}}},
		{"negative dim", &repops.Tensor{Shape: []int{-1}}},
		{"short data", &repops.Tensor{Shape: []int{2, 3}, Data: make([]float32, 5)}},
		{"long data", &repops.Tensor{Shape: []int{2}, Data: make([]float32, 3)}},
	} {
		if _, err := TensorRootChecked(c.t); !errors.Is(err, ErrBadShape) {
			t.Errorf("%s: got error %v, want ErrBadShape", c.name, err)
		}
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("TensorRoot of an invalid tensor did not panic")
			}
		}()
		TensorRoot(&repops.Tensor{Shape: []int{2}})
	}()
}

func TestBindShapeLimits(t *testing.T) {
	for _, shape := range [][]int{{1 << 20, 1 << 20, 2}, {1, 2, 3, 4, 5}, {3, -1}} {
		if _, err := BindShape(shape, Hash{}); !errors.Is(err, ErrBadShape) {
			t.Errorf("BindShape(%v): got %v, want ErrBadShape", shape, err)
		}
	}
	if strconv.IntSize == 64 {
		max32 := uint64(math.MaxUint32) // a variable, so that 386 compiles this
		if _, err := BindShape([]int{int(max32 + 1)}, Hash{}); !errors.Is(err, ErrBadShape) {
			t.Errorf("BindShape with a 2^32 dimension: got %v, want ErrBadShape", err)
		}
		if _, err := BindShape([]int{int(max32), 0}, Hash{}); err != nil {
			t.Errorf("BindShape with a 2^32-1 dimension: %v", err)
		}
	}
}

func ExampleTensorRoot() {
	x := repops.FromData([]float32{1, 2, 3}, 3)
	fmt.Println(TensorRoot(x) == refTensorRoot([]int{3}, []float32{1, 2, 3}))
	// Output: true
}
