package repops

import (
	"fmt"
	"math"
)

// AdamConfig holds the hyperparameters of one Adam(W) step. C1 and C2 are the
// bias corrections 1/(1-β1^t) and 1/(1-β2^t), computed by the caller (in
// float32, by repeated multiplication) so that the element program stays a
// fixed sequence of float32 operations.
type AdamConfig struct {
	LR, Beta1, Beta2, Eps, WeightDecay float32
	C1, C2                             float32
}

// attrs is the attribute layout of KindAdam:
// [lr, β1, β2, eps, 1-β1, 1-β2, c1, c2, wd] as float32 bits.
func (c AdamConfig) attrs() []uint32 {
	v := []float32{c.LR, c.Beta1, c.Beta2, c.Eps, 1 - c.Beta1, 1 - c.Beta2, c.C1, c.C2, c.WeightDecay}
	a := make([]uint32, len(v))
	for i, f := range v {
		a[i] = math.Float32bits(f)
	}
	return a
}

// Adam returns the updated parameter, first and second moments:
//
//	m' = β1·m + (1-β1)·g
//	v' = β2·v + ((1-β2)·g)·g
//	u  = (m'·c1) / (Sqrt(v'·c2) + eps) + wd·p
//	p' = p - lr·u
//
// each product rounded to float32 before it is added.
func (e *Engine) Adam(p, g, m, v *Tensor, c AdamConfig) (p2, m2, v2 *Tensor) {
	if !SameShape(p, g) || !SameShape(p, m) || !SameShape(p, v) {
		panic(fmt.Sprintf("repops: adam needs equal shapes, got %v %v %v %v", p.Shape, g.Shape, m.Shape, v.Shape))
	}
	attrs := c.attrs()
	omb1, omb2 := math.Float32frombits(attrs[4]), math.Float32frombits(attrs[5])
	p2, m2, v2 = New(p.Shape...), New(p.Shape...), New(p.Shape...)
	e.forRows(p.Len(), 16, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			gi := g.Data[i]
			mi := float32(c.Beta1*m.Data[i]) + float32(omb1*gi)
			vi := float32(c.Beta2*v.Data[i]) + float32(float32(omb2*gi)*gi)
			u := float32(mi*c.C1)/(Sqrt(float32(vi*c.C2))+c.Eps) + float32(c.WeightDecay*p.Data[i])
			p2.Data[i] = canon(p.Data[i] - float32(c.LR*u))
			m2.Data[i] = canon(mi)
			v2.Data[i] = canon(vi)
		}
	})
	e.emit(KindAdam, attrs, []*Tensor{p, g, m, v}, p2, m2, v2)
	return p2, m2, v2
}
