package verify

import (
	"fmt"

	"github.com/apiary-rl/apiary/training/repops"
)

// Recording is one step run with its op records and the tensors of every op,
// which a prover needs to build element proofs (Recorder keeps only roots).
type Recording struct {
	Ops      []repops.Op
	Records  []Record
	StepRoot Hash // the step root
}

// RecordStep runs step on a one-worker engine that records every op. before,
// if not nil, sees each op before it is recorded and may alter its outputs
// in place (the later ops then consume the altered tensors): the hook an
// adversarial peer or a test uses to commit a wrong element.
func RecordStep(step func(e *repops.Engine), before func(i int, op *repops.Op)) (*Recording, error) {
	rec, err := NewRecorder(WithHashWorkers(1))
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
		return nil, fmt.Errorf("verify: record step: %w", err)
	}
	r.Records = append([]Record(nil), rec.Records()...)
	return r, nil
}

// TraceRoot returns the root a solver commits for this one-step trace: the
// contribution root over its single step root.
func (r *Recording) TraceRoot() Hash { return ContributionRoot([]Hash{r.StepRoot}) }
