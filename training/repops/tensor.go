package repops

import (
	"fmt"
	"math"
)

// CanonicalNaN is the one NaN bit pattern (a positive quiet NaN) that RepOps
// operators ever output; x86 and ARM disagree on the payload of NaNs that
// arithmetic produces, so every NaN result is rewritten to this value.
const CanonicalNaN uint32 = 0x7FC00000

// MaxDims is the largest rank a tensor may have.
const MaxDims = 4

// Tensor is a row-major float32 tensor with an explicit shape. Operators never
// modify their inputs: every result is a new Tensor, which is what lets an
// observer identify a tensor by the operator that produced it.
type Tensor struct {
	Shape []int
	Data  []float32
	// Name labels an external input (a model parameter, a batch of token ids,
	// ...). Observers use it to reference tensors that no operator produced.
	Name string
}

// New returns a zero tensor of the given shape.
func New(shape ...int) *Tensor {
	n := checkShape(shape)
	return &Tensor{Shape: append([]int(nil), shape...), Data: make([]float32, n)}
}

// FromData wraps data as a tensor of the given shape; it panics if the
// lengths disagree. The slice is used, not copied. NaNs in data are
// canonicalized so that a tensor's bits never depend on where a NaN came from.
func FromData(data []float32, shape ...int) *Tensor {
	n := checkShape(shape)
	if n != len(data) {
		panic(fmt.Sprintf("repops: shape %v holds %d elements, data has %d", shape, n, len(data)))
	}
	canonicalize(data)
	return &Tensor{Shape: append([]int(nil), shape...), Data: data}
}

// Named sets t's name and returns t, for external inputs.
func (t *Tensor) Named(name string) *Tensor { t.Name = name; return t }

// Len is the number of elements.
func (t *Tensor) Len() int { return len(t.Data) }

// Rank is the number of dimensions.
func (t *Tensor) Rank() int { return len(t.Shape) }

// Rows is the product of all dimensions but the last: the number of rows a
// row-wise operator (softmax, RMSNorm, matrix product) sees.
func (t *Tensor) Rows() int {
	if len(t.Shape) == 0 {
		return 1
	}
	return len(t.Data) / max(t.Cols(), 1)
}

// Cols is the last dimension (1 for a scalar).
func (t *Tensor) Cols() int {
	if len(t.Shape) == 0 {
		return 1
	}
	return t.Shape[len(t.Shape)-1]
}

// Row returns row i of the tensor viewed as Rows()×Cols().
func (t *Tensor) Row(i int) []float32 {
	c := t.Cols()
	return t.Data[i*c : (i+1)*c]
}

// Clone returns a deep copy (keeping the name).
func (t *Tensor) Clone() *Tensor {
	return &Tensor{Shape: append([]int(nil), t.Shape...), Data: append([]float32(nil), t.Data...), Name: t.Name}
}

// SameShape reports whether a and b have identical shapes.
func SameShape(a, b *Tensor) bool {
	if len(a.Shape) != len(b.Shape) {
		return false
	}
	for i := range a.Shape {
		if a.Shape[i] != b.Shape[i] {
			return false
		}
	}
	return true
}

// Equal reports whether a and b have the same shape and the same bits.
func Equal(a, b *Tensor) bool {
	if !SameShape(a, b) {
		return false
	}
	for i := range a.Data {
		if math.Float32bits(a.Data[i]) != math.Float32bits(b.Data[i]) {
			return false
		}
	}
	return true
}

func checkShape(shape []int) int {
	if len(shape) > MaxDims {
		panic(fmt.Sprintf("repops: rank %d exceeds %d", len(shape), MaxDims))
	}
	n := 1
	for _, d := range shape {
		if d < 0 {
			panic(fmt.Sprintf("repops: negative dimension in shape %v", shape))
		}
		n *= d
	}
	return n
}

// canon returns x, or the canonical NaN if x is a NaN.
func canon(x float32) float32 {
	if x != x {
		return math.Float32frombits(CanonicalNaN)
	}
	return x
}

func canonicalize(d []float32) {
	for i, x := range d {
		if x != x {
			d[i] = math.Float32frombits(CanonicalNaN)
		}
	}
}
