package checkpoint

import (
	"fmt"
	"os"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
)

// EncodeModel returns the safetensors bytes of a model checkpoint: m's
// parameters in model.Config.Names order and card's metadata. The card must
// describe m's configuration.
func EncodeModel(m *model.Model, card Card) ([]byte, error) {
	if card.Model != m.Cfg {
		return nil, fmt.Errorf("%w: card describes model %+v, the model is %+v", ErrMetadata, card.Model, m.Cfg)
	}
	meta, err := card.Metadata()
	if err != nil {
		return nil, err
	}
	names := m.Cfg.Names()
	if len(m.Params) != len(names) {
		return nil, fmt.Errorf("%w: model has %d parameters, its config %d", ErrInvalid, len(m.Params), len(names))
	}
	named := make([]Named, len(m.Params))
	for i, p := range m.Params {
		named[i] = Named{Name: names[i], T: p}
	}
	return Encode(named, meta)
}

// SaveModel writes m and card to path (see EncodeModel), replacing any
// existing file atomically.
func SaveModel(path string, m *model.Model, card Card) error {
	b, err := EncodeModel(m, card)
	if err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	if err := writeFileAtomic(path, b); err != nil {
		return fmt.Errorf("save model %s: %w", path, err)
	}
	return nil
}

// DecodeModel parses a model checkpoint: valid safetensors (Decode), valid
// metadata (ParseCard), a tokenizer that is this build's
// (Card.CheckTokenizer), and exactly the tensors of the card's model config
// with their shapes, in any order in the file. It does not check the model
// root, which package verify computes.
func DecodeModel(b []byte) (*model.Model, Card, error) {
	ts, meta, err := Decode(b)
	if err != nil {
		return nil, Card{}, err
	}
	card, err := ParseCard(meta)
	if err != nil {
		return nil, Card{}, err
	}
	if err := card.CheckTokenizer(); err != nil {
		return nil, Card{}, err
	}
	byName := make(map[string]*repops.Tensor, len(ts))
	for _, nt := range ts {
		byName[nt.Name] = nt.T
	}
	names := card.Model.Names()
	if len(ts) != len(names) {
		return nil, Card{}, fmt.Errorf("%w: %d tensors, the model config in the metadata needs %d", ErrInvalid, len(ts), len(names))
	}
	params := make([]*repops.Tensor, len(names))
	for i, n := range names {
		t, ok := byName[n]
		if !ok {
			return nil, Card{}, fmt.Errorf("%w: no tensor %q", ErrInvalid, n)
		}
		params[i] = t.Named(n)
	}
	m, err := model.FromParams(card.Model, params)
	if err != nil {
		return nil, Card{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return m, card, nil
}

// LoadModel reads the model checkpoint at path (see DecodeModel).
func LoadModel(path string) (*model.Model, Card, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, Card{}, fmt.Errorf("load model: %w", err)
	}
	m, card, err := DecodeModel(b)
	if err != nil {
		return nil, Card{}, fmt.Errorf("load model %s: %w", path, err)
	}
	return m, card, nil
}
