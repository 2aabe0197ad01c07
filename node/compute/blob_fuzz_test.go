package compute

import (
	"bytes"
	"testing"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// tinyConfig is the default add run with the smallest model, for fuzzing.
func tinyConfig() Config {
	c := DefaultConfig("add")
	v := c.Model.Vocab
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = v
	return c
}

// FuzzDecodeBlobs: model and update blobs from outside never panic the
// decoders, and whatever decodes under a root re-encodes to the same bytes.
func FuzzDecodeBlobs(f *testing.F) {
	c := tinyConfig()
	s, err := InitialState(c)
	if err != nil {
		f.Fatal(err)
	}
	mb, _ := EncodeModel(s)
	mroot, _ := s.Root()
	u := make([]*repops.Tensor, len(s.Params))
	for i, p := range s.Params {
		u[i] = repops.New(p.Shape...)
	}
	ub, _ := EncodeUpdate(c, u)
	uroot, _ := verify.GradRoot(s.Params, u)
	f.Add(mb)
	f.Add(ub)
	f.Add(mb[:100])
	f.Fuzz(func(t *testing.T, b []byte) {
		if st, err := DecodeModel(c, b, mroot); err == nil {
			again, _ := EncodeModel(st)
			if !bytes.Equal(again, b) {
				t.Fatal("a decoded model blob re-encodes differently")
			}
		}
		if ts, err := DecodeUpdate(c, b, uroot); err == nil {
			again, _ := EncodeUpdate(c, ts)
			if !bytes.Equal(again, b) {
				t.Fatal("a decoded update blob re-encodes differently")
			}
		}
	})
}
