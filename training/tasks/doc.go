// Package tasks generates verifiable-reward problems from seeds: task
// families (multi-digit addition, sorting digits, reversing letters, modular
// arithmetic, linear equations), each with difficulty levels, an exact reward
// and a partial-credit reward, a held-out evaluation split that training can
// never draw from, and the fixed character-level tokenizer the policy reads
// and writes.
//
// Every problem is a pure function of (seed, level, index): its randomness
// comes only from the Philox stream repops.NewStream(seed, level, index,
// repops.PurposePrompts), so every peer generates the same prompts. Rewards
// are float32 values computed by a fixed sequence of correctly rounded
// operations. The package owns no model, no sampling and no training loop;
// docs/TASKS.md describes the families, the rewards and the split.
package tasks
