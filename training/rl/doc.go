// Package rl trains the policy of package model on the verifiable tasks of
// package tasks: a supervised warm start (SFT on generated solutions) and
// GRPO (group-relative policy optimization: groups of sampled completions
// per prompt, group-normalized advantages, a clipped ratio objective, an
// optional KL penalty to a frozen reference), with Adam. Every step is made
// of RepOps operators and all randomness comes from Philox streams keyed by
// (seed, round, peer, purpose), so a run is a pure function of its config.
package rl
