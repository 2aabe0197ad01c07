package tasks

import "testing"

func TestRewards(t *testing.T) {
	num := Problem{Family: "add", Level: 3, Prompt: "120+48=", Answer: "168"}
	seq := Problem{Family: "reverse", Level: 4, Prompt: "rev:abcd=", Answer: "dcba"}
	for _, tc := range []struct {
		name       string
		fam        string
		p          Problem
		completion string
		exact      float32
		partial    float32
	}{
		{"right number", "add", num, "168", 1, 1},
		{"one digit wrong", "add", num, "178", 0, float32(2) / 3},
		{"all wrong", "add", num, "999", 0, 0},
		{"too short, right-aligned", "add", num, "68", 0, float32(2) / 3},
		{"leading zero", "add", num, "0168", 0, float32(3) / 4},
		{"too long", "add", num, "16800", 0, 0},
		{"empty", "add", num, "", 0, 0},
		{"garbage", "add", num, "x?<>|", 0, 0},
		{"unicode", "add", num, "1\uFFFD8", 0, float32(2) / 3},
		{"right sequence", "reverse", seq, "dcba", 1, 1},
		{"unreversed", "reverse", seq, "abcd", 0, 0},
		{"prefix", "reverse", seq, "dc", 0, float32(2) / 4},
		{"extra tail", "reverse", seq, "dcbaaaaa", 0, float32(4) / 8},
		{"two wrong", "reverse", seq, "dzza", 0, float32(2) / 4},
		{"trailing space", "reverse", seq, "dcba ", 0, float32(4) / 5},
	} {
		f, err := Get(tc.fam)
		if err != nil {
			t.Fatal(err)
		}
		got := f.Reward(tc.p, tc.completion)
		if got.Exact != tc.exact || got.Partial != tc.partial {
			t.Errorf("%s: Reward(%q, %q) = %+v, want {Exact:%v Partial:%v}", tc.name, tc.p.Answer, tc.completion, got, tc.exact, tc.partial)
		}
	}
}

func TestPartialBelowOneUnlessExact(t *testing.T) {
	if belowOne >= 1 || belowOne < 0.99999 {
		t.Fatalf("belowOne = %v", belowOne)
	}
	// 2^24 matches of 2^24+1 characters: the float32 quotient rounds to 1.
	if got := fraction(1<<24, 1<<24+1); got != belowOne {
		t.Errorf("fraction(2^24, 2^24+1) = %v, want %v", got, belowOne)
	}
	if got := fraction(3, 4); got != 0.75 {
		t.Errorf("fraction(3, 4) = %v, want 0.75", got)
	}
}
