package tasks

import "fmt"

// The held-out split. Every prompt belongs to one bucket, decided by a hash
// of the family name and the prompt text alone (not the seed, the level or
// the index), so an evaluation prompt is an evaluation prompt for every run:
//
//	h = fmix64(FNV-1a-64(family || 0x00 || prompt))
//	eval  iff  h mod EvalModulus == 0      (about 10% of prompts)
//
// fmix64 is MurmurHash3's 64-bit finalizer; it is applied because the low
// bits of FNV-1a alone depend on little more than the parity of the bytes,
// which would bias the split toward, say, sums of a given parity.

// EvalModulus sets the evaluation fraction: one prompt in EvalModulus.
const EvalModulus = 10

// maxTrainAttempts bounds the redraws of TrainProblem; with about 10% of
// prompts held out, 256 consecutive held-out draws do not happen unless a
// level has almost no training prompts (tests check that none of ours does).
const maxTrainAttempts = 256

// MaxTrainIndex is the exclusive upper bound of TrainProblem's index: the
// low 8 bits of the Generate index count redraws and the top bit is reserved
// for the evaluation stream.
const MaxTrainIndex = 1 << 55

// evalIndexBase marks the Generate indexes that EvalSet draws from.
const evalIndexBase = 1 << 63

// IsEval reports whether p belongs to the held-out evaluation bucket.
func IsEval(p Problem) bool { return promptHash(p.Family, p.Prompt)%EvalModulus == 0 }

// TrainProblem returns training problem number index (index < MaxTrainIndex)
// of the stream (seed, level): the first of f.Generate(seed, level,
// index<<8 | a) for a = 0, 1, ... that is not in the evaluation bucket. It
// panics if 256 draws in a row are held out, which would mean the level has
// (almost) no training prompts at all.
func TrainProblem(f Family, seed uint64, level int, index uint64) Problem {
	if index >= MaxTrainIndex {
		panic(fmt.Sprintf("tasks: training index %d is not below %d", index, uint64(MaxTrainIndex)))
	}
	for a := uint64(0); a < maxTrainAttempts; a++ {
		p := f.Generate(seed, level, index<<8|a)
		if !IsEval(p) {
			return p
		}
	}
	panic(fmt.Sprintf("tasks: %s level %d: %d draws in a row were held out", f.Name(), level, maxTrainAttempts))
}

// EvalSet returns up to n distinct evaluation-bucket problems of the stream
// (seed, level): it draws f.Generate(seed, level, 2^63 + j) for j = 0, 1, ...,
// keeps each held-out prompt the first time it appears, and stops at n
// problems or after EvalDraws(n) draws. The order is the order of first
// appearance, so EvalSet(f, s, l, n) is a prefix of EvalSet(f, s, l, m) for
// n ≤ m. A level with few distinct prompts has a small evaluation bucket (add
// level 1 has 100 prompts, so about 10 held out): the result is then shorter
// than n, and empty if the bucket is empty.
func EvalSet(f Family, seed uint64, level, n int) []Problem {
	if n <= 0 {
		return nil
	}
	out := make([]Problem, 0, min(n, 1024))
	seen := make(map[string]bool)
	draws := EvalDraws(n)
	for j := uint64(0); j < draws && len(out) < n; j++ {
		p := f.Generate(seed, level, evalIndexBase+j)
		if seen[p.Prompt] || !IsEval(p) {
			continue
		}
		seen[p.Prompt] = true
		out = append(out, p)
	}
	return out
}

// EvalDraws is the number of draws EvalSet makes at most for n problems:
// 64·n + 4096, enough to collect n held-out prompts from a large level
// (about 10·n draws expected) and every held-out prompt of a level with up to
// about a thousand distinct prompts.
func EvalDraws(n int) uint64 { return 64*uint64(n) + 4096 }

// promptHash is fmix64(FNV-1a-64(family || 0x00 || prompt)).
func promptHash(family, prompt string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	for i := 0; i < len(family); i++ {
		h = (h ^ uint64(family[i])) * prime
	}
	h *= prime // the 0x00 separator: h ^ 0 == h
	for i := 0; i < len(prompt); i++ {
		h = (h ^ uint64(prompt[i])) * prime
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	return h
}
