package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Domain prefixes of the model commitment (docs/PROTOCOL.md §1.4).
const (
	prefixModelParam byte = 0x14 // one named parameter: H(0x14 || H(name) || tensorRoot)
	prefixModel      byte = 0x15 // model root: H(0x15 || u32 nparams || treeRoot)
)

// ModelRoot commits to a model's parameters in order: each parameter's leaf
// is H(0x14 || H(name) || tensorRoot), the leaves are folded like op records,
// and the root is H(0x15 || u32 count || treeRoot). It identifies a
// checkpoint and is the agreed external input of a round.
func ModelRoot(params []*repops.Tensor) (Hash, error) {
	leaves := make([]Hash, len(params))
	for i, p := range params {
		root, err := TensorRootChecked(p)
		if err != nil {
			return Hash{}, fmt.Errorf("parameter %d (%s): %w", i, p.Name, err)
		}
		name := Keccak256([]byte(p.Name))
		leaves[i] = Keccak256([]byte{prefixModelParam}, name[:], root[:])
	}
	return countedRoot(prefixModel, leaves), nil
}
