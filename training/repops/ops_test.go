package repops

import (
	"math"
	"testing"
)

// randTensor fills a tensor deterministically from a Philox stream with
// normals scaled by s.
func randTensor(seed uint64, s float32, shape ...int) *Tensor {
	t := New(shape...)
	st := NewStream(seed, 0, 0, PurposeInit)
	for i := range t.Data {
		t.Data[i] = st.Normal(uint64(i)) * s
	}
	return t
}

func near(t *testing.T, what string, got float32, want float64, tol float64) {
	t.Helper()
	if math.Abs(float64(got)-want) > tol*(1+math.Abs(want)) {
		t.Errorf("%s = %g, want %g (±%g rel)", what, got, want, tol)
	}
}

func TestMatMulAgainstFloat64(t *testing.T) {
	e := MustEngine()
	for _, sh := range [][3]int{{1, 1, 1}, {3, 5, 7}, {8, 8, 8}, {17, 9, 33}, {2, 3, 0}} {
		m, n, k := sh[0], sh[1], sh[2]
		a, b := randTensor(1, 1, m, k), randTensor(2, 1, n, k)
		c := e.MatMul(a, b)
		if c.Shape[0] != m || c.Shape[1] != n {
			t.Fatalf("matmul shape = %v, want [%d %d]", c.Shape, m, n)
		}
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				var want float64
				for p := 0; p < k; p++ {
					want += float64(a.Data[i*k+p]) * float64(b.Data[j*k+p])
				}
				near(t, "matmul", c.Data[i*n+j], want, 1e-5)
			}
		}
	}
	// Batched: each batch is its own product.
	a, b := randTensor(3, 1, 2, 3, 4), randTensor(4, 1, 2, 5, 4)
	c := e.MatMul(a, b)
	c1 := e.MatMul(FromData(a.Data[12:], 3, 4), FromData(b.Data[20:], 5, 4))
	for i, v := range c1.Data {
		if math.Float32bits(v) != math.Float32bits(c.Data[15+i]) {
			t.Fatalf("batched matmul element %d = %g, want %g", i, c.Data[15+i], v)
		}
	}
}

func TestRowOpsAgainstFloat64(t *testing.T) {
	e := MustEngine()
	x := randTensor(5, 3, 4, 11)
	sm, lsm, rn := e.Softmax(x), e.LogSoftmax(x), e.RMSNorm(x, 1e-5)
	for r := 0; r < 4; r++ {
		row := x.Row(r)
		mx, s, ss := math.Inf(-1), 0.0, 0.0
		for _, v := range row {
			mx = math.Max(mx, float64(v))
		}
		for _, v := range row {
			s += math.Exp(float64(v) - mx)
			ss += float64(v) * float64(v)
		}
		for j, v := range row {
			near(t, "softmax", sm.Row(r)[j], math.Exp(float64(v)-mx)/s, 1e-5)
			near(t, "log_softmax", lsm.Row(r)[j], float64(v)-mx-math.Log(s), 1e-5)
			near(t, "rmsnorm", rn.Row(r)[j], float64(v)/math.Sqrt(ss/11+1e-5), 1e-5)
		}
	}
	targets := FromData([]float32{0, 3, 10, 5}, 4)
	ce := e.CrossEntropy(x, targets)
	for r := 0; r < 4; r++ {
		near(t, "cross_entropy", ce.Data[r], -float64(lsm.Row(r)[int(targets.Data[r])]), 1e-5)
	}
}

func TestSoftmaxExtremeLogits(t *testing.T) {
	e := MustEngine()
	inf := float32(math.Inf(1))
	x := FromData([]float32{
		1e30, -1e30, 0, 3e38, // huge spread: the max dominates
		-inf, 0, -inf, 0, // masked entries
		88, 89, 90, 91, // near exp overflow without max-subtraction
		-1e-45, 1e-45, 0, float32(math.Copysign(0, -1)), // subnormals and zeros
	}, 4, 4)
	y := e.Softmax(x)
	want := [][]float32{{0, 0, 0, 1}, {0, 0.5, 0, 0.5}}
	for r, w := range want {
		for j := range w {
			if y.Row(r)[j] != w[j] {
				t.Errorf("softmax row %d = %v, want %v", r, y.Row(r), w)
				break
			}
		}
	}
	for r := 2; r < 4; r++ {
		var s float64
		for _, v := range y.Row(r) {
			if v != v || v < 0 {
				t.Fatalf("softmax row %d has %v", r, y.Row(r))
			}
			s += float64(v)
		}
		near(t, "softmax row sum", float32(s), 1, 1e-6)
	}
	ls := e.LogSoftmax(x)
	if v := ls.Row(1)[0]; !math.IsInf(float64(v), -1) {
		t.Errorf("log_softmax of a masked entry = %g, want -Inf", v)
	}
}

func TestNaNIsCanonical(t *testing.T) {
	e := MustEngine()
	inf := float32(math.Inf(1))
	// 0x7FC00001 and 0xFFC00000 are NaNs with other payloads/signs.
	odd := []float32{math.Float32frombits(0x7FC00001), math.Float32frombits(0xFFC00000)}
	x := &Tensor{Shape: []int{2, 4}, Data: []float32{inf, 0, odd[0], 1, odd[1], 2, -inf, 3}}
	y := &Tensor{Shape: []int{2, 4}, Data: []float32{-inf, 0, 1, odd[1], 0, inf, inf, 0}}
	outs := map[string]*Tensor{
		"add": e.Add(x, y), "mul": e.Mul(x, y), "div": e.Div(x, y), "sub": e.Sub(x, y),
		"matmul": e.MatMul(x, y), "softmax": e.Softmax(x), "exp": e.ExpT(x), "log": e.LogT(x),
		"max": e.Maximum(x, y), "silu": e.SiLU(x), "sum": e.Sum(x), "rmsnorm": e.RMSNorm(x, 1e-5),
	}
	for name, out := range outs {
		nan := 0
		for _, v := range out.Data {
			if v != v {
				nan++
				if b := math.Float32bits(v); b != CanonicalNaN {
					t.Errorf("%s produced NaN bits %#08x, want %#08x", name, b, CanonicalNaN)
				}
			}
		}
		if nan == 0 {
			t.Errorf("%s produced no NaN from NaN/Inf inputs %v", name, out.Data)
		}
	}
}

func TestSignedZeroAndSubnormals(t *testing.T) {
	e := MustEngine()
	nz := float32(math.Copysign(0, -1))
	sub := math.Float32frombits(1) // smallest subnormal
	x := FromData([]float32{nz, sub, -sub, nz}, 4)
	y := FromData([]float32{nz, sub, sub, 0}, 4)
	add := e.Add(x, y)
	want := []uint32{0x80000000, 2, 0, 0} // -0 + -0 = -0; sub+sub = 2·sub; -sub+sub = +0; -0 + +0 = +0
	for i, w := range want {
		if b := math.Float32bits(add.Data[i]); b != w {
			t.Errorf("add element %d bits = %#08x, want %#08x", i, b, w)
		}
	}
	// A dot product starts from +0, so a product of -0 contributes +0.
	if b := math.Float32bits(dot8([]float32{nz}, []float32{1})); b != 0 {
		t.Errorf("dot8(-0, 1) bits = %#08x, want +0", b)
	}
	if got := e.Mul(FromData([]float32{sub}, 1), FromData([]float32{0.5}, 1)).Data[0]; got != 0 {
		t.Errorf("sub·0.5 = %g, want 0 (round half to even)", got)
	}
}

func TestShapeOps(t *testing.T) {
	e := MustEngine()
	x := FromData([]float32{1, 2, 3, 4, 5, 6}, 2, 3)
	if got := e.Transpose(x).Data; !equalF(got, []float32{1, 4, 2, 5, 3, 6}) {
		t.Errorf("transpose = %v", got)
	}
	c := e.Concat(1, x, FromData([]float32{7, 8}, 2, 1))
	if !equalF(c.Data, []float32{1, 2, 3, 7, 4, 5, 6, 8}) || c.Shape[1] != 4 {
		t.Errorf("concat = %v %v", c.Shape, c.Data)
	}
	if got := e.Slice(c, 1, 1, 3).Data; !equalF(got, []float32{2, 3, 5, 6}) {
		t.Errorf("slice = %v", got)
	}
	ids := FromData([]float32{1, 0, 1}, 3)
	emb := e.Embedding(x, ids)
	if !equalF(emb.Data, []float32{4, 5, 6, 1, 2, 3, 4, 5, 6}) {
		t.Errorf("embedding = %v", emb.Data)
	}
	g := e.EmbeddingGrad(emb, ids, 2)
	if !equalF(g.Data, []float32{1, 2, 3, 8, 10, 12}) {
		t.Errorf("embedding grad = %v", g.Data)
	}
	p := e.Pick(x, FromData([]float32{2, 0}, 2))
	if !equalF(p.Data, []float32{3, 4}) {
		t.Errorf("pick = %v", p.Data)
	}
	cm := e.CausalMask(FromData([]float32{1, 2, 3, 4}, 2, 2), 0)
	if !math.IsInf(float64(cm.Data[1]), -1) || cm.Data[2] != 3 {
		t.Errorf("causal mask = %v", cm.Data)
	}
}

func equalF(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// TestWorkersDoNotChangeBits runs every parallel operator with 1..8 workers
// and requires identical bits.
func TestWorkersDoNotChangeBits(t *testing.T) {
	a, b := randTensor(11, 1, 67, 130), randTensor(12, 1, 45, 130)
	run := func(w int) []*Tensor {
		e := MustEngine(WithWorkers(w))
		c := e.MatMul(a, b)
		return []*Tensor{c, e.Softmax(c), e.RMSNorm(c, 1e-5), e.SiLU(c), e.Transpose(c), e.SumRows(c), e.Add(a, a)}
	}
	ref := run(1)
	for w := 2; w <= 8; w++ {
		for i, out := range run(w) {
			if !Equal(out, ref[i]) {
				t.Fatalf("output %d differs with %d workers", i, w)
			}
		}
	}
}
