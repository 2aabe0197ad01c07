// Package payload is the rollout payload of docs/PROTOCOL.md §3.4: one GRPO
// group (the author's j-th group of a round, its problem index, G completions
// and their claimed rewards) as canonical CBOR, with a strict decoder. The
// payload root H(bytes) is its content address and the first half of its
// manifest leaf. Checking a payload against a run (the problem drawn, the
// completions sampled, the rewards) is the critic's job, in node/compute.
package payload
