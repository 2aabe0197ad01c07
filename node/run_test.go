package node

import (
	"bytes"
	"testing"

	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/training/model"
)

// TestStoredModel: a node restarted in round r starts from the θ_r its store recorded for r
// when the chain attests that model's root, and from nothing (the engine fetches) when the
// store has no model for r, the chain attests another root or none yet, or the stored blob
// is not a model of the run's config.
func TestStoredModel(t *testing.T) {
	c := tinyConfig()
	st, err := compute.InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := compute.EncodeModel(st)
	if err != nil {
		t.Fatal(err)
	}
	root, err := st.Root()
	if err != nil {
		t.Fatal(err)
	}
	attested := swarm.Root(root)
	s, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	run := swarm.RunID{7}
	if b := storedModel(s, run, 5, c, attested); b != nil {
		t.Fatal("a model from a store that recorded none for the round")
	}
	blobRoot, err := s.Put(blob)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetModelOf(run, 5, blobRoot); err != nil {
		t.Fatal(err)
	}
	if b := storedModel(s, run, 5, c, attested); !bytes.Equal(b, blob) {
		t.Fatalf("stored θ_5 with the attested root: got %d bytes, want the %d-byte blob", len(b), len(blob))
	}
	for name, got := range map[string][]byte{
		"another attested root": storedModel(s, run, 5, c, swarm.Root{1}),
		"no attested root yet":  storedModel(s, run, 5, c, swarm.Root{}),
		"another round":         storedModel(s, run, 6, c, attested),
		"another run":           storedModel(s, swarm.RunID{8}, 5, c, attested),
	} {
		if got != nil {
			t.Errorf("%s: got a model", name)
		}
	}
	notModel, err := s.Put([]byte("not a model blob"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetModelOf(run, 6, notModel); err != nil {
		t.Fatal(err)
	}
	if b := storedModel(s, run, 6, c, attested); b != nil {
		t.Error("a blob that is no model was taken for θ_6")
	}
}

// tinyConfig is the default config of the reverse task with the tiny model (and the
// task's vocabulary): what the node tests run.
func tinyConfig() compute.Config {
	c := compute.DefaultConfig("reverse")
	v := c.Model.Vocab
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = v
	return c
}
