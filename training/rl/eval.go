package rl

import (
	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/tasks"
)

// evalBatch is how many held-out prompts are decoded together.
const evalBatch = 64

// Evaluate returns the held-out accuracy (mean exact reward, 0..1) and mean
// reward of greedy decoding on the trainer's evaluation set.
func (t *Trainer) Evaluate() (acc, reward float32, err error) {
	var exact, total float32
	for s := 0; s < len(t.eval); s += evalBatch {
		probs := t.eval[s:min(s+evalBatch, len(t.eval))]
		prompts := make([][]int, len(probs))
		for i, p := range probs {
			if prompts[i], err = tasks.EncodePrompt(p); err != nil {
				return 0, 0, err
			}
		}
		outs, err := t.Model.Generate(t.e, prompts, model.GenerateConfig{MaxNew: t.Cfg.MaxNew, EOS: tasks.EOS, Pad: tasks.PAD})
		if err != nil {
			return 0, 0, err
		}
		for i, o := range outs {
			rw := t.task.Reward(probs[i], tasks.Decode(o))
			exact += rw.Exact
			total += rw.Exact + float32(t.Cfg.PartialWeight*rw.Partial)
		}
	}
	n := float32(len(t.eval))
	return exact / n, total / n, nil
}
