package compute

import (
	"fmt"
	"slices"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
)

// Row limits of the on-chain element programs (docs/LEDGER.md,
// verify.MaxRowFor): the longest row (contraction, reduced row, id
// list, summed tensor) one element proof may carry.
const (
	MaxRow         = 4096 // MatMul (contraction), SumRows, RMSNorm, SoftmaxGrad, LogSoftmaxGrad, Sum, Mean
	MaxExpRow      = 256  // Softmax, LogSoftmax, CrossEntropy, CrossEntropyGrad
	MaxNormGradRow = 1024 // RMSNormGrad
)

// StepKinds are the operator kinds a contribution step may use: each has an
// on-chain element program whose limit is a function of the shapes alone.
// Sample (used only by rollouts) is not among them, nor are Embedding and
// EmbeddingGrad: an EmbeddingGrad element can be refereed only if its id
// occurs at most verify.MaxEmbeddingGradHits (64) times among the ids,
// which depends on the data (a group has hundreds of PADs), so a step embeds
// by one-hot matrix products instead (docs/VERIFY.md, "One-hot embeddings").
var StepKinds = []repops.Kind{
	repops.KindMatMul, repops.KindTranspose, repops.KindAdd, repops.KindSub, repops.KindMul, repops.KindDiv,
	repops.KindScale, repops.KindAddRow, repops.KindMulRow, repops.KindSoftmax, repops.KindLogSoftmax,
	repops.KindRMSNorm, repops.KindSiLU, repops.KindCausalMask,
	repops.KindSum, repops.KindMean, repops.KindSumRows, repops.KindCrossEntropy, repops.KindConcat,
	repops.KindSlice, repops.KindAdam, repops.KindSoftmaxGrad, repops.KindLogSoftmaxGrad, repops.KindRMSNormGrad,
	repops.KindSiLUGrad, repops.KindCrossEntropyGrad, repops.KindExp, repops.KindLog, repops.KindMaximum,
	repops.KindMinimum, repops.KindClamp, repops.KindSigmoid, repops.KindTanh, repops.KindSelect,
	repops.KindLessEqual, repops.KindPick, repops.KindPickGrad, repops.KindSqrt, repops.KindReshape,
}

// RowLimit returns the row limit of kind k (1 for operators whose element
// reads one element per input) and whether k may appear in a step at all.
func RowLimit(k repops.Kind) (int, bool) {
	if !slices.Contains(StepKinds, k) {
		return 0, false
	}
	switch k {
	case repops.KindMatMul, repops.KindSumRows, repops.KindRMSNorm, repops.KindSoftmaxGrad,
		repops.KindLogSoftmaxGrad, repops.KindSum, repops.KindMean:
		return MaxRow, true
	case repops.KindSoftmax, repops.KindLogSoftmax, repops.KindCrossEntropy, repops.KindCrossEntropyGrad:
		return MaxExpRow, true
	case repops.KindRMSNormGrad:
		return MaxNormGradRow, true
	}
	return 1, true
}

// RowLength is the row an element proof of the op must carry: the
// contraction of a MatMul, the last dimension of a row operator, the
// vocabulary of a cross-entropy, the id count of EmbeddingGrad, the element
// count of Sum and Mean, and 1 for everything elementwise or copied.
// (EmbeddingGrad is not a step kind; its length is given for reports.)
func RowLength(k repops.Kind, inputShapes [][]int) int {
	last := func(s []int) int {
		if len(s) == 0 {
			return 1
		}
		return s[len(s)-1]
	}
	count := func(s []int) int {
		n := 1
		for _, d := range s {
			n *= d
		}
		return n
	}
	switch k {
	case repops.KindMatMul, repops.KindSumRows, repops.KindRMSNorm, repops.KindSoftmaxGrad, repops.KindLogSoftmaxGrad,
		repops.KindSoftmax, repops.KindLogSoftmax, repops.KindCrossEntropy, repops.KindCrossEntropyGrad, repops.KindRMSNormGrad:
		return last(inputShapes[0])
	case repops.KindEmbeddingGrad:
		return count(inputShapes[1])
	case repops.KindSum, repops.KindMean:
		return count(inputShapes[0])
	}
	return 1
}

// KindStat is one line of a step's coverage table.
type KindStat struct {
	Kind    repops.Kind
	Count   int // records of this kind
	MaxRow  int // the longest row among them
	Limit   int // the kind's on-chain row limit
	Allowed bool
}

// Report describes a config's contribution step.
type Report struct {
	Records      int
	SkeletonRoot verify.Hash
	Skeleton     []verify.SkeletonRecord
	Kinds        []KindStat // by kind number
	Externals    []string   // external input names, in order of first use
	// GradSources says which record and output slot of a step produces
	// each parameter's gradient (parameter order): the "wrong output"
	// verdict compares that output root with the leaf grad.<p> of the step
	// root s_k.
	GradSources []GradSource
}

// OutputsRoot is the run's outputs root (RunConfig.outputsRoot on chain,
// docs/PROTOCOL.md §3.8): verify.OutputsRoot of GradSources.
func (r Report) OutputsRoot() verify.Hash {
	srcs := make([]verify.OutputSource, len(r.GradSources))
	for i, s := range r.GradSources {
		srcs[i] = verify.OutputSource{Record: s.Record, Slot: s.Slot}
	}
	return verify.OutputsRoot(srcs)
}

// GradSource is the record and output slot that produce one gradient.
type GradSource struct {
	Record uint32
	Slot   uint8
}

// Check runs one contribution step of config c on placeholder data (the
// program does not depend on data), builds its skeleton, and checks every
// record: a kind with an on-chain element program, a row within its limit,
// and external inputs that are parameters or batch tensors by name. It
// returns the skeleton root and the coverage table.
func Check(c Config) (Report, error) {
	if err := c.Validate(); err != nil {
		return Report{}, err
	}
	// The program does not depend on the parameters' values either: the
	// random init stands in for θ_0 (no warm start to run).
	m, err := model.New(c.Model, c.Seed)
	if err != nil {
		return Report{}, fmt.Errorf("compute: %w", err)
	}
	st, err := NewState(c, m.Params)
	if err != nil {
		return Report{}, err
	}
	comps := make([][]int, c.G)
	for i := range comps {
		comps[i] = []int{tasks.EOS}
	}
	g, err := rl.NewGroup([]int{tasks.BOS}, comps, make([]float32, c.G), c.Model.Context, c.Model.Vocab)
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	sr := verify.NewSkeletonRecorder()
	res, err := rl.GroupStep(repops.MustEngine(repops.WithObserver(sr)), st.Model(c), c.stepConfig(), g)
	if err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	rep := Report{Records: len(sr.Records()), Skeleton: sr.Records()}
	for i, gr := range res.Grads {
		ref, ok := sr.Ref(gr)
		if !ok || ref.Kind != verify.RefOutput {
			return Report{}, fmt.Errorf("%w: the gradient of %s is not an op output", ErrBadConfig, st.Params[i].Name)
		}
		rep.GradSources = append(rep.GradSources, GradSource{Record: ref.Producer, Slot: ref.Slot})
	}
	if rep.SkeletonRoot, err = sr.Root(); err != nil {
		return Report{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	allowed := map[verify.Hash]string{}
	for _, n := range append(c.Model.Names(), verify.BatchTokens, verify.BatchMask, verify.BatchRewards) {
		allowed[verify.Keccak256([]byte(n))] = n
	}
	stats := map[repops.Kind]*KindStat{}
	seenExt := map[verify.Hash]bool{}
	for i, r := range sr.Records() {
		limit, ok := RowLimit(r.Kind)
		shapes := make([][]int, len(r.Inputs))
		for j, in := range r.Inputs {
			shapes[j] = in.Shape
			if in.Kind != verify.RefExternal || seenExt[in.NameHash] {
				continue
			}
			name, ok := allowed[in.NameHash]
			if !ok {
				return rep, fmt.Errorf("%w: record %d (%v) reads an external input %v that is neither a parameter nor a batch tensor", ErrBadConfig, i, r.Kind, in.NameHash)
			}
			seenExt[in.NameHash] = true
			rep.Externals = append(rep.Externals, name)
		}
		s := stats[r.Kind]
		if s == nil {
			s = &KindStat{Kind: r.Kind, Limit: limit, Allowed: ok}
			stats[r.Kind] = s
		}
		s.Count++
		s.MaxRow = max(s.MaxRow, RowLength(r.Kind, shapes))
	}
	for k := repops.Kind(0); int(k) < 1<<16 && len(rep.Kinds) < len(stats); k++ {
		if s, ok := stats[k]; ok {
			rep.Kinds = append(rep.Kinds, *s)
		}
	}
	for _, s := range rep.Kinds {
		if !s.Allowed {
			return rep, fmt.Errorf("%w: the step uses %v, which a contribution step may not use (no on-chain element program, or one whose limit depends on the data)", ErrBadConfig, s.Kind)
		}
		if s.MaxRow > s.Limit {
			return rep, fmt.Errorf("%w: a %v record has a row of %d, over its on-chain limit %d: use a smaller model, context or group size", ErrBadConfig, s.Kind, s.MaxRow, s.Limit)
		}
	}
	return rep, nil
}
