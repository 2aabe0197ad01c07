package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// Recording is one step run with its op records and the tensors of every op,
// which a prover needs to build element proofs (verify.Recorder keeps only
// roots).
type Recording struct {
	Ops      []repops.Op
	Records  []verify.Record
	StepRoot verify.Hash // the step root
}

// RecordStep runs step on an engine that records every op. before, if not
// nil, sees each op before it is committed and may alter its outputs in
// place (the later ops then consume the altered tensors): the hook an
// adversarial peer or a test uses to commit a wrong element.
func RecordStep(step func(e *repops.Engine), before func(i int, op *repops.Op)) (*Recording, error) {
	rec, err := verify.NewRecorder(verify.WithHashWorkers(1))
	if err != nil {
		return nil, err
	}
	r := &Recording{}
	obs := repops.ObserverFunc(func(op *repops.Op) {
		if before != nil {
			before(len(r.Ops), op)
		}
		r.Ops = append(r.Ops, *op)
		rec.Observe(op)
	})
	eng, err := repops.NewEngine(repops.WithObserver(obs), repops.WithWorkers(1))
	if err != nil {
		return nil, err
	}
	step(eng)
	if r.StepRoot, err = rec.StepRoot(); err != nil {
		return nil, fmt.Errorf("referee: record step: %w", err)
	}
	r.Records = append([]verify.Record(nil), rec.Records()...)
	return r, nil
}

// Trace returns the one-step trace of the recording.
func (r *Recording) Trace() *Trace {
	return &Trace{StepRoots: []verify.Hash{r.StepRoot}, Steps: [][]verify.Record{r.Records}}
}

// TraceRoot returns the root a solver commits for this one-step trace: the
// contribution root over its single step root.
func (r *Recording) TraceRoot() verify.Hash {
	return verify.ContributionRoot([]verify.Hash{r.StepRoot})
}

// ElementProof builds the proof about output element e of slot slot of op i
// of this (single-step) recording, taking inputs and output from the
// recorded tensors.
func (r *Recording) ElementProof(i, slot, e int) (Proof, error) {
	if i < 0 || i >= len(r.Ops) || slot < 0 || slot >= len(r.Ops[i].Outputs) {
		return Proof{}, fmt.Errorf("referee: no op %d slot %d", i, slot)
	}
	out, err := OutputSlice(r.Ops[i].Outputs[slot], e)
	if err != nil {
		return Proof{}, err
	}
	return r.Trace().ElementProof(Claim{Record: i, Slot: slot, Element: e}, r.Ops[i].Inputs, out)
}
