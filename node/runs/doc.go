// Package runs is a training run seen from outside the round engine: the
// submitter's side (Spec, Build, Create: the run config blob, its hash, the
// program skeleton root, the initial model root, the schedule, the economics
// and the reward pool, checked against the contract's rules before anything
// is sent) and the joiner's side (Load: the run as the chain holds it, its
// config blob found by hash, verified against the chain, and the bootstrap
// addresses the submitter published).
//
// The config blob is content-addressed: its file is named by its hash
// (ConfigFileName), so a node that knows the run's configHash from the chain
// finds it without any other index, and nothing in it is trusted before its
// hash, skeleton root and initial model root match the chain's. It does not
// own the config's encoding (node/compute) or the contract calls
// (ledger.Client).
package runs
