// Package solo runs a training run on one machine with no network: a
// supervised warm start, then GRPO rounds on a verifiable task, with
// held-out evaluation, metrics as JSON lines, a reward/accuracy plot and
// safetensors checkpoints identified by their model root and carrying the
// model card (config, tokenizer, task, level: docs/MODEL.md). It is what
// `swarm train` runs, and what a swarm peer does inside each round.
package solo
