// Package repops is Apiary's reproducible tensor engine: float32 tensors and
// the operators a small decoder-only transformer needs for its forward pass,
// backward pass and Adam update, each defined by a canonical element program
// (docs/REPOPS.md) so that every honest peer computes the same bits on any CPU
// architecture, at any thread count, with or without SIMD.
//
// The rules it keeps (shared/DESIGN.md, "RepOps"):
//   - every multiply that feeds an add is rounded explicitly: float32(a*b) + c,
//     so the compiler can never fuse it into an FMA;
//   - exp, log, tanh and sigmoid are built here from correctly rounded
//     add/sub/mul/div/sqrt, never taken from package math;
//   - reductions run in one canonical order (8 interleaved partial sums and a
//     fixed tree), and work is split only over independent outputs;
//   - NaN results are canonicalized to CanonicalNaN;
//   - randomness comes from Philox4x32-10 keyed by (run, round, peer, purpose).
//
// Every operator reports itself to an optional Observer (see observer.go);
// package verify implements one that builds the trace commitment. repops owns
// no network, clock or chain access and imports nothing of Apiary's.
package repops
