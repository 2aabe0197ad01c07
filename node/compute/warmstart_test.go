package compute

import (
	"bytes"
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/model"
)

// warmConfig is the testnet's run: the reverse task on the tiny model, with a
// warm start of steps.
func warmConfig(steps int) Config {
	c := DefaultConfig("reverse")
	v := c.Model.Vocab
	c.Model = model.Sizes["tiny"]
	c.Model.Vocab = v
	c.G, c.PartialWeight, c.WarmStart = 4, 1, steps
	return c
}

// TestWarmStartConfig: the warm-start steps are key 34 of the encoding, absent
// when zero (the default config's bytes and hash stay those of the golden
// file), present and round-tripped otherwise, and bounded.
func TestWarmStartConfig(t *testing.T) {
	c0, c := warmConfig(0), warmConfig(40)
	b0, err := c0.Encode()
	if err != nil {
		t.Fatal(err)
	}
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) <= len(b0) {
		t.Fatalf("encoding with a warm start is %d bytes, without %d: key 34 missing", len(b), len(b0))
	}
	back, err := DecodeConfig(b)
	if err != nil || back != c {
		t.Fatalf("round trip: %+v, %v", back, err)
	}
	h0, _ := c0.Hash()
	h, _ := c.Hash()
	if h == h0 {
		t.Fatal("the warm start does not change the config hash")
	}
	// Key 34 present with the value 0 is not the canonical encoding (0 is absent).
	one := warmConfig(1)
	b1, err := one.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(b1, []byte{0x18, 34, 0x01}) {
		t.Fatalf("encoding does not end with key 34 = 1: %x", b1[len(b1)-4:])
	}
	zero := append(bytes.Clone(b1[:len(b1)-1]), 0x00)
	if _, err := DecodeConfig(zero); !errors.Is(err, ErrBadConfig) {
		t.Fatalf("key 34 = 0: %v, want ErrBadConfig", err)
	}
	for _, bad := range []int{-1, MaxWarmStart + 1} {
		c.WarmStart = bad
		if _, err := c.Encode(); !errors.Is(err, ErrBadConfig) {
			t.Errorf("warm start %d: %v, want ErrBadConfig", bad, err)
		}
	}
}

// TestWarmStartInitialState: θ_0 of a warm-started run is the same on every
// computation (the cache aside: a fresh computation gives the same root), differs
// from the random init, and decodes greedy answers better than it on the
// held-out set.
func TestWarmStartInitialState(t *testing.T) {
	const steps, evalN = 60, 32
	c := warmConfig(steps)
	s1, err := InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	r1, _ := s1.Root()
	warmCache.Lock()
	warmCache.params = nil
	warmCache.Unlock()
	s2, err := InitialState(c)
	if err != nil {
		t.Fatal(err)
	}
	if r2, _ := s2.Root(); r1 != r2 {
		t.Fatalf("θ_0 root %v then %v: the warm start is not deterministic", r1, r2)
	}
	s0, err := InitialState(warmConfig(0))
	if err != nil {
		t.Fatal(err)
	}
	if r0, _ := s0.Root(); r0 == r1 {
		t.Fatal("the warm start left the random init unchanged")
	}
	_, rew0, err := Evaluate(c, s0, evalN)
	if err != nil {
		t.Fatal(err)
	}
	_, rew1, err := Evaluate(c, s1, evalN)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("held-out mean reward on %d problems: random init %.3f, after %d warm-start steps %.3f", evalN, rew0, steps, rew1)
	if rew1 <= rew0 {
		t.Fatalf("warm start: held-out reward %.3f, random init %.3f", rew1, rew0)
	}
	if _, _, err := Evaluate(c, s1, 0); err == nil {
		t.Fatal("Evaluate on 0 problems: no error")
	}
}

// BenchmarkEvaluate is a node's per-round held-out evaluation on the testnet's run.
func BenchmarkEvaluate(b *testing.B) {
	c := warmConfig(50)
	s, err := InitialState(c)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, _, err := Evaluate(c, s, DefaultEvalSize); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWarmStart is θ_0 of the testnet's default run (50 warm-start steps), as
// every node computes it on joining.
func BenchmarkWarmStart(b *testing.B) {
	c := warmConfig(50)
	for b.Loop() {
		if _, err := InitialState(c); err != nil {
			b.Fatal(err)
		}
		warmCache.Lock()
		warmCache.params = nil
		warmCache.Unlock()
	}
}
