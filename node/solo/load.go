package solo

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/checkpoint"
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/verify"
)

// LoadCheckpoint reads a checkpoint that `swarm train` wrote: the model and
// its card (checkpoint.LoadModel), with the model root recomputed from the
// parameters and checked against the one in the metadata when it is there.
func LoadCheckpoint(path string) (*model.Model, checkpoint.Card, error) {
	m, card, err := checkpoint.LoadModel(path)
	if err != nil {
		return nil, checkpoint.Card{}, err
	}
	if card.ModelRoot == "" {
		return m, card, nil
	}
	root, err := verify.ModelRoot(m.Params)
	if err != nil {
		return nil, checkpoint.Card{}, fmt.Errorf("load checkpoint %s: %w", path, err)
	}
	if root.String() != card.ModelRoot {
		return nil, checkpoint.Card{}, fmt.Errorf("load checkpoint %s: %w: parameters hash to model root %s, the metadata says %s", path, checkpoint.ErrMetadata, root, card.ModelRoot)
	}
	return m, card, nil
}
