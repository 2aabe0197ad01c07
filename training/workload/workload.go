package workload

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"

	"github.com/apiary-rl/apiary/training/autodiff"
	"github.com/apiary-rl/apiary/training/repops"
)

// Config sizes the reference graph.
type Config struct {
	Vocab, Dim, Heads, FFN, Seq int
	Seed                        uint64
}

// Default is the configuration of the golden test.
var Default = Config{Vocab: 24, Dim: 32, Heads: 4, FFN: 64, Seq: 16, Seed: 42}

// Result is what one run of the workload produced.
type Result struct {
	Loss    float32
	Outputs []*repops.Tensor // updated parameters, Adam moments, sampled ids
	Digest  string           // hex SHA-256 over the shapes and bits of Outputs
}

type params struct {
	emb, g1, wq, wk, wv, wo, g2, w1, b1, w2, g3, wout *repops.Tensor
}

func (p *params) list() []*repops.Tensor {
	return []*repops.Tensor{p.emb, p.g1, p.wq, p.wk, p.wv, p.wo, p.g2, p.w1, p.b1, p.w2, p.g3, p.wout}
}

func normal(s repops.Stream, off *uint64, scale float32, name string, shape ...int) *repops.Tensor {
	t := repops.New(shape...)
	for i := range t.Data {
		t.Data[i] = s.Normal(*off) * scale
		*off++
	}
	return t.Named(name)
}

func ones(name string, n int) *repops.Tensor {
	t := repops.New(n)
	for i := range t.Data {
		t.Data[i] = 1
	}
	return t.Named(name)
}

// Run executes the workload on e (whose observer, if any, sees every op).
func Run(e *repops.Engine, c Config) Result {
	s := repops.NewStream(c.Seed, 0, 0, repops.PurposeInit)
	var off uint64
	d, f := c.Dim, c.FFN
	sc := float32(1 / math.Sqrt(float64(d)))
	p := &params{
		emb: normal(s, &off, 1, "emb", c.Vocab, d), g1: ones("g1", d),
		wq: normal(s, &off, sc, "wq", d, d), wk: normal(s, &off, sc, "wk", d, d),
		wv: normal(s, &off, sc, "wv", d, d), wo: normal(s, &off, sc, "wo", d, d),
		g2: ones("g2", d), w1: normal(s, &off, sc, "w1", f, d), b1: repops.New(f).Named("b1"),
		w2: normal(s, &off, float32(1/math.Sqrt(float64(f))), "w2", d, f), g3: ones("g3", d),
		wout: normal(s, &off, sc, "wout", c.Vocab, d),
	}
	toks := repops.NewStream(c.Seed, 0, 0, repops.PurposePrompts)
	ids, tgt := repops.New(c.Seq).Named("ids"), repops.New(c.Seq).Named("targets")
	for i := 0; i < c.Seq; i++ {
		ids.Data[i] = float32(toks.Intn(uint64(i), c.Vocab))
		tgt.Data[i] = float32((int(ids.Data[i]) + 1) % c.Vocab)
	}

	tp := autodiff.NewTape(e)
	vs := make([]*autodiff.Var, 0, 12)
	for _, t := range p.list() {
		vs = append(vs, tp.Param(t))
	}
	logits := forward(tp, vs, tp.Const(ids), c)
	loss := autodiff.Mean(autodiff.CrossEntropy(logits, tp.Const(tgt)))
	tp.Backward(loss)

	cfg := repops.AdamConfig{LR: 1e-2, Beta1: 0.9, Beta2: 0.999, Eps: 1e-8, WeightDecay: 0.01, C1: 1 / (1 - float32(0.9)), C2: 1 / (1 - float32(0.999))}
	var outs []*repops.Tensor
	for _, v := range vs {
		z := repops.New(v.T.Shape...).Named("adam/zero")
		p2, m2, v2 := e.Adam(v.T, v.Grad, z, z, cfg)
		outs = append(outs, p2, m2, v2)
	}
	// Sampling step: next-token distribution at temperature 0.7.
	probs := e.Softmax(e.Scale(logits.T, 1/float32(0.7)))
	outs = append(outs, e.Sample(probs, repops.NewStream(c.Seed, 0, 0, repops.PurposeSampling), 0))
	return Result{Loss: loss.T.Data[0], Outputs: outs, Digest: Digest(outs)}
}

// forward is one pre-norm transformer block and the output head.
func forward(tp *autodiff.Tape, p []*autodiff.Var, ids *autodiff.Var, c Config) *autodiff.Var {
	const eps = 1e-5
	dh := c.Dim / c.Heads
	x := autodiff.Embedding(p[0], ids)
	h := autodiff.MulRow(autodiff.RMSNorm(x, eps), p[1])
	q, k, v := autodiff.MatMul(h, p[2]), autodiff.MatMul(h, p[3]), autodiff.MatMul(h, p[4])
	heads := make([]*autodiff.Var, c.Heads)
	for i := range heads {
		lo, hi := i*dh, (i+1)*dh
		att := autodiff.MatMul(autodiff.Slice(q, 1, lo, hi), autodiff.Slice(k, 1, lo, hi))
		att = autodiff.Softmax(autodiff.CausalMask(autodiff.Scale(att, float32(1/math.Sqrt(float64(dh)))), 0))
		heads[i] = autodiff.MatMul(att, autodiff.Transpose(autodiff.Slice(v, 1, lo, hi)))
	}
	x = autodiff.Add(x, autodiff.MatMul(autodiff.Concat(1, heads...), p[5]))
	h = autodiff.MulRow(autodiff.RMSNorm(x, eps), p[6])
	u := autodiff.SiLU(autodiff.AddRow(autodiff.MatMul(h, p[7]), p[8]))
	x = autodiff.Add(x, autodiff.MatMul(u, p[9]))
	return autodiff.MatMul(autodiff.MulRow(autodiff.RMSNorm(x, eps), p[10]), p[11])
}

// Digest is the hex SHA-256 of each tensor's rank, dimensions and float bits
// (little-endian), in order.
func Digest(ts []*repops.Tensor) string {
	h := sha256.New()
	var b [4]byte
	for _, t := range ts {
		binary.LittleEndian.PutUint32(b[:], uint32(len(t.Shape)))
		h.Write(b[:])
		for _, d := range t.Shape {
			binary.LittleEndian.PutUint32(b[:], uint32(d))
			h.Write(b[:])
		}
		for _, v := range t.Data {
			binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
			h.Write(b[:])
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}
