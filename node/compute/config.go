package compute

import (
	"fmt"
	"math"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/rl"
	"github.com/apiary-rl/apiary/training/tasks"
	"github.com/apiary-rl/apiary/verify"
	"github.com/apiary-rl/apiary/verify/canon"
	"github.com/apiary-rl/apiary/verify/payload"
)

// ConfigVersion is the run config schema version.
const ConfigVersion = 1

// Config is a run's config (docs/PROTOCOL.md §3.2). Its canonical CBOR
// encoding (Encode; key table in docs/VERIFY.md) is hashed into the run's
// configHash, and everything a contribution step does is a pure function of it.
type Config struct {
	Task  string
	Level int
	Seed  uint64 // init seed: the initial model and the task stream

	Model model.Config

	G, L, E       int // completions per group, own and external groups per round
	MaxNew        int
	Temperature   float32
	PartialWeight float32
	ClipEps       float32

	LR, Beta1, Beta2, AdamEps, WeightDecay float32

	Lag int // D: rounds between a contribution and its aggregation

	// Stage lengths in seconds, as the chain holds them.
	RoundDuration, CommitWindow, VerifyWindow, DisputeWindow, DisputeDuration uint64
	// Economic parameters in wei, as the chain holds them.
	Stake, Slash, Bond, VerifierFee uint64
	Verifiers                       int // assigned verifiers per contribution

	// WarmStart is the number of supervised warm-start steps that make θ_0
	// from the seed's random init (InitialState, docs/PROTOCOL.md "Warm-started
	// θ_0"); 0 is the random init itself. It is key 34 of the encoding,
	// absent when 0, so configs without a warm start keep their hash.
	WarmStart int
}

// DefaultConfig is the run config for a task family at `swarm train`'s
// defaults (rl.DefaultConfig): the small model, G = 8, one own and one
// external group per round.
func DefaultConfig(task string) Config {
	d := rl.DefaultConfig()
	return Config{
		Task: task, Level: d.Level, Seed: d.Seed, Model: d.Model,
		G: d.GroupSize, L: 1, E: 1, MaxNew: d.MaxNew, Temperature: d.Temperature,
		PartialWeight: d.PartialWeight, ClipEps: d.ClipEps,
		LR: d.RLLR, Beta1: 0.9, Beta2: 0.99, AdamEps: 1e-8, WeightDecay: d.WeightDecay,
		Lag:           2,
		RoundDuration: 120, CommitWindow: 60, VerifyWindow: 30, DisputeWindow: 30, DisputeDuration: 60,
		Stake: 1e18, Slash: 5e17, Bond: 1e17, VerifierFee: 1e15, Verifiers: 1,
	}
}

// wireConfig is Config's encoding: CBOR map keys 0.., floats as binary32 bits.
type wireConfig struct {
	V               uint8  `cbor:"0,keyasint"`
	Task            string `cbor:"1,keyasint"`
	Level           uint32 `cbor:"2,keyasint"`
	Seed            uint64 `cbor:"3,keyasint"`
	Vocab           uint32 `cbor:"4,keyasint"`
	Dim             uint32 `cbor:"5,keyasint"`
	Layers          uint32 `cbor:"6,keyasint"`
	Heads           uint32 `cbor:"7,keyasint"`
	FFN             uint32 `cbor:"8,keyasint"`
	Context         uint32 `cbor:"9,keyasint"`
	NormEps         uint32 `cbor:"10,keyasint"`
	G               uint32 `cbor:"11,keyasint"`
	L               uint32 `cbor:"12,keyasint"`
	E               uint32 `cbor:"13,keyasint"`
	MaxNew          uint32 `cbor:"14,keyasint"`
	Temperature     uint32 `cbor:"15,keyasint"`
	PartialWeight   uint32 `cbor:"16,keyasint"`
	ClipEps         uint32 `cbor:"17,keyasint"`
	LR              uint32 `cbor:"18,keyasint"`
	Beta1           uint32 `cbor:"19,keyasint"`
	Beta2           uint32 `cbor:"20,keyasint"`
	AdamEps         uint32 `cbor:"21,keyasint"`
	WeightDecay     uint32 `cbor:"22,keyasint"`
	Lag             uint32 `cbor:"23,keyasint"`
	RoundDuration   uint64 `cbor:"24,keyasint"`
	CommitWindow    uint64 `cbor:"25,keyasint"`
	VerifyWindow    uint64 `cbor:"26,keyasint"`
	DisputeWindow   uint64 `cbor:"27,keyasint"`
	DisputeDuration uint64 `cbor:"28,keyasint"`
	Stake           uint64 `cbor:"29,keyasint"`
	Slash           uint64 `cbor:"30,keyasint"`
	Bond            uint64 `cbor:"31,keyasint"`
	VerifierFee     uint64 `cbor:"32,keyasint"`
	Verifiers       uint32 `cbor:"33,keyasint"`
	WarmStart       uint32 `cbor:"34,keyasint,omitempty"`
}

// MaxConfigSize bounds an encoded config.
const MaxConfigSize = 1024

var configDecoder = canon.MustDecoder(canon.Limits{MaxNested: 4, MaxArray: 16, MaxMapPairs: 64})

func u32(name string, v int) (uint32, error) {
	if v < 0 || uint64(v) > math.MaxUint32 {
		return 0, fmt.Errorf("%w: %s %d out of range", ErrBadConfig, name, v)
	}
	return uint32(v), nil
}

// Encode validates c and returns its canonical encoding.
func (c Config) Encode() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	f := math.Float32bits
	m := c.Model
	w := wireConfig{V: ConfigVersion, Task: c.Task, Seed: c.Seed, NormEps: f(m.NormEps),
		Temperature: f(c.Temperature), PartialWeight: f(c.PartialWeight), ClipEps: f(c.ClipEps),
		LR: f(c.LR), Beta1: f(c.Beta1), Beta2: f(c.Beta2), AdamEps: f(c.AdamEps), WeightDecay: f(c.WeightDecay),
		RoundDuration: c.RoundDuration, CommitWindow: c.CommitWindow, VerifyWindow: c.VerifyWindow,
		DisputeWindow: c.DisputeWindow, DisputeDuration: c.DisputeDuration,
		Stake: c.Stake, Slash: c.Slash, Bond: c.Bond, VerifierFee: c.VerifierFee}
	ints := []struct {
		name string
		v    int
		dst  *uint32
	}{{"level", c.Level, &w.Level}, {"vocab", m.Vocab, &w.Vocab}, {"dim", m.Dim, &w.Dim}, {"layers", m.Layers, &w.Layers},
		{"heads", m.Heads, &w.Heads}, {"ffn", m.FFN, &w.FFN}, {"context", m.Context, &w.Context},
		{"G", c.G, &w.G}, {"L", c.L, &w.L}, {"E", c.E, &w.E}, {"max_new", c.MaxNew, &w.MaxNew},
		{"lag", c.Lag, &w.Lag}, {"verifiers", c.Verifiers, &w.Verifiers}, {"warm_start", c.WarmStart, &w.WarmStart}}
	for _, x := range ints {
		v, err := u32(x.name, x.v)
		if err != nil {
			return nil, err
		}
		*x.dst = v
	}
	b, err := canon.Marshal(w)
	if err != nil {
		return nil, fmt.Errorf("compute: encode config: %w", err)
	}
	return b, nil
}

// DecodeConfig parses and validates an encoded config strictly (canonical
// CBOR, all keys present, no unknown keys).
func DecodeConfig(b []byte) (Config, error) {
	if len(b) > MaxConfigSize {
		return Config{}, fmt.Errorf("%w: %d bytes", ErrBadConfig, len(b))
	}
	var w wireConfig
	if err := configDecoder.Unmarshal(b, &w); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	if w.V != ConfigVersion {
		return Config{}, fmt.Errorf("%w: version %d", ErrBadConfig, w.V)
	}
	f := math.Float32frombits
	c := Config{Task: w.Task, Level: int(w.Level), Seed: w.Seed,
		Model: model.Config{Vocab: int(w.Vocab), Dim: int(w.Dim), Layers: int(w.Layers), Heads: int(w.Heads),
			FFN: int(w.FFN), Context: int(w.Context), NormEps: f(w.NormEps)},
		G: int(w.G), L: int(w.L), E: int(w.E), MaxNew: int(w.MaxNew), Temperature: f(w.Temperature),
		PartialWeight: f(w.PartialWeight), ClipEps: f(w.ClipEps),
		LR: f(w.LR), Beta1: f(w.Beta1), Beta2: f(w.Beta2), AdamEps: f(w.AdamEps), WeightDecay: f(w.WeightDecay),
		Lag:           int(w.Lag),
		RoundDuration: w.RoundDuration, CommitWindow: w.CommitWindow, VerifyWindow: w.VerifyWindow,
		DisputeWindow: w.DisputeWindow, DisputeDuration: w.DisputeDuration,
		Stake: w.Stake, Slash: w.Slash, Bond: w.Bond, VerifierFee: w.VerifierFee, Verifiers: int(w.Verifiers),
		WarmStart: int(w.WarmStart)}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Hash is configHash = H(Encode()).
func (c Config) Hash() (verify.Hash, error) {
	b, err := c.Encode()
	if err != nil {
		return verify.Hash{}, err
	}
	return verify.Keccak256(b), nil
}

// Validate checks that the config can run: a known task and level, a model
// that fits the task, the vocabulary in one byte per token, sane
// hyperparameters, and a payload that fits its size limit. The on-chain row
// limits of the step's records are checked by Check (it runs the step).
func (c Config) Validate() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrBadConfig}, a...)...)
	}
	f, err := tasks.Get(c.Task)
	if err != nil {
		return bad("%v", err)
	}
	if err := tasks.CheckLevel(f, c.Level); err != nil {
		return bad("%v", err)
	}
	if err := c.Model.Validate(); err != nil {
		return bad("%v", err)
	}
	fin := func(x float32) bool { return !math.IsNaN(float64(x)) && !math.IsInf(float64(x), 0) }
	switch {
	case c.Model.Vocab != tasks.VocabSize() || c.Model.Vocab > 256:
		return bad("model vocab %d, tokenizer has %d (payloads carry one byte per token)", c.Model.Vocab, tasks.VocabSize())
	case c.G < 2 || c.G > payload.MaxCompletions:
		return bad("G = %d outside [2, %d]", c.G, payload.MaxCompletions)
	case c.L < 1 || c.E < 0 || c.L+c.E > 1<<16:
		return bad("L = %d, E = %d", c.L, c.E)
	case c.MaxNew < 1 || c.MaxNew > c.Model.Context:
		return bad("max_new %d outside [1, context %d]", c.MaxNew, c.Model.Context)
	case !(c.Temperature > 0 && c.Temperature <= 10):
		return bad("temperature %g outside (0, 10]", c.Temperature)
	case !(c.ClipEps > 0 && c.ClipEps < 1):
		return bad("clip_eps %g outside (0, 1)", c.ClipEps)
	case !(c.PartialWeight >= 0) || !fin(c.PartialWeight):
		return bad("partial_weight %g", c.PartialWeight)
	case !(c.LR > 0) || !fin(c.LR) || !(c.AdamEps > 0) || !fin(c.AdamEps) || !(c.WeightDecay >= 0) || !fin(c.WeightDecay):
		return bad("Adam lr %g, eps %g, weight decay %g", c.LR, c.AdamEps, c.WeightDecay)
	case !(c.Beta1 > 0 && c.Beta1 < 1) || !(c.Beta2 > 0 && c.Beta2 < 1):
		return bad("Adam betas %g, %g outside (0, 1)", c.Beta1, c.Beta2)
	case c.Lag < 0 || c.Lag > 1<<16 || c.Verifiers < 0 || c.Verifiers > 1<<16:
		return bad("lag %d, verifiers %d", c.Lag, c.Verifiers)
	case c.WarmStart < 0 || c.WarmStart > MaxWarmStart:
		return bad("warm start %d steps outside [0, %d]", c.WarmStart, MaxWarmStart)
	}
	if b, ok := f.(tasks.Bounded); ok {
		p, a := b.MaxLen(c.Level)
		if need := 1 + p + max(a+1, c.MaxNew); need > c.Model.Context {
			return bad("task %s level %d needs %d tokens of context, model has %d", c.Task, c.Level, need, c.Model.Context)
		}
	}
	// A payload of G completions of MaxNew tokens with their rewards, plus
	// the fixed fields, must fit payload.MaxSize.
	if size := 128 + c.G*(c.MaxNew+3+5); size > payload.MaxSize {
		return bad("a payload of %d completions of %d tokens may take %d bytes, limit %d", c.G, c.MaxNew, size, payload.MaxSize)
	}
	return nil
}

// task returns the config's task family (Validate has checked it).
func (c Config) task() tasks.Family {
	f, _ := tasks.Get(c.Task)
	return f
}

// sampler is the config's rollout sampler.
func (c Config) sampler() rl.Sampler {
	return rl.Sampler{Task: c.task(), Seed: c.Seed, Level: c.Level, G: c.G, MaxNew: c.MaxNew,
		Temperature: c.Temperature, PartialWeight: c.PartialWeight}
}

// stepConfig is the config's contribution-step constants.
func (c Config) stepConfig() rl.StepConfig {
	return rl.StepConfig{Groups: c.L + c.E, ClipEps: c.ClipEps}
}
