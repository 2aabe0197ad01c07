package tasks

import (
	"hash/fnv"
	"slices"
	"testing"
)

func TestTrainEvalDisjoint(t *testing.T) {
	for _, f := range allFamilies(t) {
		for _, level := range []int{1, 2, 3} {
			eval := EvalSet(f, 5, level, 300)
			held := map[string]bool{}
			for _, p := range eval {
				if !IsEval(p) {
					t.Fatalf("%s: eval problem %q is not in the eval bucket", f.Name(), p.Prompt)
				}
				if held[p.Prompt] {
					t.Fatalf("%s: eval prompt %q repeated", f.Name(), p.Prompt)
				}
				held[p.Prompt] = true
			}
			if len(eval) == 0 && level > 1 {
				t.Errorf("%s level %d: empty eval set", f.Name(), level)
			}
			// Training with other seeds must not meet them either: the
			// split is a property of the prompt.
			for _, seed := range []uint64{5, 6} {
				for i := uint64(0); i < 5000; i++ {
					p := TrainProblem(f, seed, level, i)
					if IsEval(p) || held[p.Prompt] {
						t.Fatalf("%s level %d seed %d: training problem %d %q is held out", f.Name(), level, seed, i, p.Prompt)
					}
				}
			}
		}
	}
}

func TestEvalFraction(t *testing.T) {
	for _, f := range allFamilies(t) {
		level := 4
		n := 20000
		held := 0
		for i := range n {
			if IsEval(f.Generate(9, level, uint64(i))) {
				held++
			}
		}
		// 10% of 20000 = 2000, standard deviation 42: 1700..2300 is 7σ.
		if held < 1700 || held > 2300 {
			t.Errorf("%s level %d: %d of %d prompts held out, want about 10%%", f.Name(), level, held, n)
		}
	}
}

// TestEvalSplitUnbiased checks that the bucket does not follow the parity of
// the answer, which raw FNV-1a low bits would do.
func TestEvalSplitUnbiased(t *testing.T) {
	f, _ := Get("add")
	odd := 0
	eval := EvalSet(f, 3, 3, 2000)
	for _, p := range eval {
		if (p.Answer[len(p.Answer)-1]-'0')%2 == 1 {
			odd++
		}
	}
	if len(eval) != 2000 || odd < 850 || odd > 1150 {
		t.Errorf("eval set of %d problems has %d odd answers, want about half", len(eval), odd)
	}
}

func TestEvalSetPrefixAndDeterminism(t *testing.T) {
	f, _ := Get("reverse")
	a := EvalSet(f, 11, 3, 50)
	b := EvalSet(f, 11, 3, 200)
	if len(a) != 50 || len(b) != 200 || !slices.Equal(a, b[:50]) {
		t.Fatalf("EvalSet(50) is not a prefix of EvalSet(200) (%d, %d problems)", len(a), len(b))
	}
	if c := EvalSet(f, 12, 3, 50); slices.Equal(a, c) {
		t.Error("seeds 11 and 12 give the same eval set")
	}
	if got := EvalSet(f, 11, 3, 0); got != nil {
		t.Errorf("EvalSet(n=0) = %v, want nil", got)
	}
}

// TestTinyLevels enumerates small levels completely and checks that EvalSet
// returns their whole eval bucket (and no more), while training draws only
// the rest, covering all of it.
func TestTinyLevels(t *testing.T) {
	for _, tc := range []struct {
		family string
		level  int
		size   int
	}{
		{"add", 1, 100}, {"sort", 1, 10}, {"sort", 2, 100}, {"reverse", 1, 26}, {"solve", 1, 210}, {"mod", 1, 800},
	} {
		f, _ := Get(tc.family)
		space := map[string]bool{}
		for i := uint64(0); i < 200000 && len(space) < tc.size; i++ {
			space[f.Generate(99, tc.level, i).Prompt] = true
		}
		if len(space) != tc.size {
			t.Fatalf("%s level %d: found %d distinct prompts, want %d", tc.family, tc.level, len(space), tc.size)
		}
		bucket := 0
		for prompt := range space {
			if IsEval(Problem{Family: tc.family, Prompt: prompt}) {
				bucket++
			}
		}
		eval := EvalSet(f, 1, tc.level, tc.size)
		if len(eval) != bucket {
			t.Errorf("%s level %d: EvalSet has %d problems, the eval bucket %d", tc.family, tc.level, len(eval), bucket)
		}
		train := map[string]bool{}
		for i := uint64(0); i < 20*uint64(tc.size); i++ {
			train[TrainProblem(f, 1, tc.level, i).Prompt] = true
		}
		if len(train) != tc.size-bucket {
			t.Errorf("%s level %d: training drew %d distinct prompts, want all %d non-held-out", tc.family, tc.level, len(train), tc.size-bucket)
		}
		t.Logf("%s level %d: %d prompts, %d held out", tc.family, tc.level, tc.size, bucket)
	}
}

func TestTrainProblemIndexBound(t *testing.T) {
	f, _ := Get("add")
	TrainProblem(f, 1, 1, MaxTrainIndex-1)
	defer func() {
		if recover() == nil {
			t.Error("TrainProblem(MaxTrainIndex) did not panic")
		}
	}()
	TrainProblem(f, 1, 1, MaxTrainIndex)
}

func TestPromptHashMatchesStdlibFNV(t *testing.T) {
	if promptHash("ab", "c") == promptHash("a", "bc") {
		t.Error("family and prompt are not separated")
	}
	for _, tc := range [][2]string{{"", ""}, {"add", "12+34="}, {"reverse", "rev:abc="}} {
		h := fnv.New64a()
		h.Write([]byte(tc[0] + "\x00" + tc[1]))
		x := h.Sum64()
		x ^= x >> 33
		x *= 0xff51afd7ed558ccd
		x ^= x >> 33
		x *= 0xc4ceb9fe1a85ec53
		x ^= x >> 33
		if got := promptHash(tc[0], tc[1]); got != x {
			t.Errorf("promptHash(%q, %q) = %#x, want %#x", tc[0], tc[1], got, x)
		}
	}
}
