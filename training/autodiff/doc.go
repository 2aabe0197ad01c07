// Package autodiff is reverse-mode automatic differentiation over RepOps
// operators: a Tape records each forward operator with a closure that emits
// the backward operators, and Backward replays them in reverse. The backward
// pass is itself made of RepOps operators, so it is bit-reproducible and its
// operators appear in the step trace like the forward ones.
//
// Gradients that reach a variable along several paths are summed in the
// order the paths are replayed (reverse creation order), which is fixed by
// the program, never by scheduling.
package autodiff
