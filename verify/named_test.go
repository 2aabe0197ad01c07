package verify

import (
	"errors"
	"testing"

	"github.com/apiary-rl/apiary/training/repops"
)

func TestNamedRootIsModelRootForm(t *testing.T) {
	a := repops.FromData([]float32{1, 2, 3}, 3).Named("w")
	b := repops.FromData([]float32{4}, 1).Named("b")
	nr, err := NamedRoot([]*repops.Tensor{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if mr, _ := ModelRoot([]*repops.Tensor{a, b}); mr != nr {
		t.Fatalf("NamedRoot %v, ModelRoot %v: one form", nr, mr)
	}
	if _, err := NamedRoot([]*repops.Tensor{a, a}); !errors.Is(err, ErrBadShape) {
		t.Fatalf("duplicate names: got %v, want ErrBadShape", err)
	}
	leaves, _ := NamedSetLeaves([]*repops.Tensor{a, b})
	p, err := ProveNamed(leaves, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyNamed(nr, "b", TensorRoot(b), p); err != nil {
		t.Fatalf("proof of b: %v", err)
	}
	if err := VerifyNamed(nr, "w", TensorRoot(b), p); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("b's root under the name w: got %v, want ErrRootMismatch", err)
	}
}

func TestModelStateRoot(t *testing.T) {
	p := repops.FromData([]float32{1, 2}, 2).Named("w")
	m := repops.New(2).Named("adam.m.w")
	v := repops.New(2).Named("adam.v.w")
	pow := repops.FromData([]float32{1, 1}, 2).Named(AdamPow)
	root, err := ModelStateRoot([]*repops.Tensor{p}, []*repops.Tensor{m}, []*repops.Tensor{v}, pow)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := NamedRoot([]*repops.Tensor{p, m, v, pow}); root != want {
		t.Fatalf("model state root %v, want %v", root, want)
	}
	// Moments are committed: other moments, other root.
	m2 := repops.FromData([]float32{0, 1e-9}, 2).Named("adam.m.w")
	if r, _ := ModelStateRoot([]*repops.Tensor{p}, []*repops.Tensor{m2}, []*repops.Tensor{v}, pow); r == root {
		t.Fatal("a different first moment gives the same root")
	}
	for name, c := range map[string][2]*repops.Tensor{
		"misnamed moment": {repops.New(2).Named("adam.m.x"), pow},
		"misshapen":       {repops.New(3).Named("adam.m.w"), pow},
		"bad pow":         {m, repops.New(3).Named(AdamPow)},
	} {
		if _, err := ModelStateRoot([]*repops.Tensor{p}, []*repops.Tensor{c[0]}, []*repops.Tensor{v}, c[1]); !errors.Is(err, ErrBadShape) {
			t.Errorf("%s: got %v, want ErrBadShape", name, err)
		}
	}
}

func TestGradRootNamesGradients(t *testing.T) {
	p := repops.New(2).Named("w")
	g := repops.FromData([]float32{0.5, -1}, 2)
	root, err := GradRoot([]*repops.Tensor{p}, []*repops.Tensor{g})
	if err != nil {
		t.Fatal(err)
	}
	if want := NamedRootOfLeaves([]Hash{NamedLeaf("grad.w", TensorRoot(g))}); root != want {
		t.Fatalf("grad root %v, want %v", root, want)
	}
	if _, err := GradRoot([]*repops.Tensor{p}, []*repops.Tensor{nil}); !errors.Is(err, ErrBadShape) {
		t.Fatalf("missing gradient: got %v, want ErrBadShape", err)
	}
}
