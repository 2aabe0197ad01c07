// Package model is Apiary's policy: a small decoder-only transformer
// (pre-norm RMSNorm blocks, multi-head causal attention, SiLU MLP, learned
// token and position embeddings, untied output head) computed entirely with
// RepOps operators, so a forward pass, a backward pass and every sampled
// token are bit-reproducible. It offers a full forward pass on a tape for
// training and a KV-cached incremental pass for sampling.
//
// Sequences in a batch are left-padded to a common length: position ids count
// real tokens only, and an additive attention mask hides padding (a padding
// position attends to itself alone, so no softmax row is empty).
package model
