package verify

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/apiary-rl/apiary/training/repops"
)

// MaxElements bounds the element count of a tensor whose shape comes from
// outside (a proof, a peer). It keeps chunk indices and tree depths small
// and far from overflow; RepOps tensors are much smaller in practice.
const MaxElements = 1 << 40

// checkShape validates a shape against docs/PROTOCOL.md 1.1 (rank 0..4, each
// dimension in [0, 2^32)) and MaxElements, and returns its element count.
func checkShape(shape []int) (uint64, error) {
	if len(shape) > repops.MaxDims {
		return 0, fmt.Errorf("%w: rank %d exceeds %d", ErrBadShape, len(shape), repops.MaxDims)
	}
	n := uint64(1)
	for _, d := range shape {
		if d < 0 || uint64(d) > math.MaxUint32 {
			return 0, fmt.Errorf("%w: dimension %d of %v outside [0, 2^32)", ErrBadShape, d, shape)
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > MaxElements {
			return 0, fmt.Errorf("%w: shape %v holds more than %d elements", ErrBadShape, shape, uint64(MaxElements))
		}
		n = lo
	}
	return n, nil
}

// checkTensor validates a tensor's shape and that its data matches it.
func checkTensor(t *repops.Tensor) error {
	if t == nil {
		return fmt.Errorf("%w: nil tensor", ErrBadShape)
	}
	n, err := checkShape(t.Shape)
	if err != nil {
		return err
	}
	if n != uint64(len(t.Data)) {
		return fmt.Errorf("%w: shape %v holds %d elements, data has %d", ErrBadShape, t.Shape, n, len(t.Data))
	}
	return nil
}

// BindShape returns the tensor root of a tensor with the given shape and data
// root: H(0x02 || u8 rank || u32 dim_0 || ... || dataRoot).
func BindShape(shape []int, dataRoot Hash) (Hash, error) {
	if _, err := checkShape(shape); err != nil {
		return Hash{}, err
	}
	h := getHasher()
	defer putHasher(h)
	return h.bindShape(shape, &dataRoot), nil
}

// bindShape is BindShape for a shape already checked.
func (h *hasher) bindShape(shape []int, dataRoot *Hash) Hash {
	b := &h.shapeBuf // a local array would escape into the keccak interface
	b[0] = prefixTensor
	b[1] = byte(len(shape))
	p := 2
	for _, d := range shape {
		b[p], b[p+1], b[p+2], b[p+3] = byte(d>>24), byte(d>>16), byte(d>>8), byte(d)
		p += 4
	}
	p += copy(b[p:], dataRoot[:])
	h.st.Reset()
	h.st.Write(b[:p])
	return h.sum()
}
