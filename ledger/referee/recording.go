package referee

import (
	"fmt"

	"github.com/apiary-rl/apiary/verify"
)

// TraceOf returns the one-step trace of a recording (verify.RecordStep).
func TraceOf(r *verify.Recording) *Trace {
	return &Trace{StepRoots: []verify.Hash{r.StepRoot}, Steps: [][]verify.Record{r.Records}}
}

// RecordingProof builds the proof about output element e of slot slot of op
// i of a one-step recording, taking inputs and output from the recorded
// tensors.
func RecordingProof(r *verify.Recording, i, slot, e int) (Proof, error) {
	if i < 0 || i >= len(r.Ops) || slot < 0 || slot >= len(r.Ops[i].Outputs) {
		return Proof{}, fmt.Errorf("referee: no op %d slot %d", i, slot)
	}
	out, err := OutputSlice(r.Ops[i].Outputs[slot], e)
	if err != nil {
		return Proof{}, err
	}
	return TraceOf(r).ElementProof(Claim{Record: i, Slot: slot, Element: e}, r.Ops[i].Inputs, out)
}
