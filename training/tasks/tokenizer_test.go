package tasks

import (
	"strings"
	"testing"
)

func TestVocabulary(t *testing.T) {
	if got := VocabSize(); got != 55 || got >= 64 {
		t.Fatalf("VocabSize() = %d, want 55 (< 64)", got)
	}
	if PAD != 0 || BOS != 1 || EOS != 2 {
		t.Fatalf("specials = %d %d %d, want 0 1 2", PAD, BOS, EOS)
	}
	seen := map[rune]bool{}
	for _, r := range Alphabet {
		if seen[r] {
			t.Fatalf("Alphabet repeats %q", r)
		}
		seen[r] = true
	}
	ids, err := Encode(Alphabet)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range ids {
		if id != i+3 {
			t.Fatalf("Encode(Alphabet)[%d] = %d, want %d", i, id, i+3)
		}
	}
}

func TestEncodeDecodeRoundTrip(t *testing.T) {
	for _, s := range []string{"", "0", "123+45=", "sort:31415=", "rev:abc=", "7*8%5=", "x-3=4,x=", Alphabet} {
		ids, err := Encode(s)
		if err != nil {
			t.Fatalf("Encode(%q): %v", s, err)
		}
		if got := Decode(ids); got != s {
			t.Errorf("Decode(Encode(%q)) = %q", s, got)
		}
	}
}

func TestEncodeRejectsUnknown(t *testing.T) {
	for _, s := range []string{"A", "1+1\n", "é", "tab\t", "a;b", "\x00", "\xff"} {
		if ids, err := Encode(s); err == nil {
			t.Errorf("Encode(%q) = %v, want an error", s, ids)
		} else if !strings.Contains(err.Error(), "not in the vocabulary") {
			t.Errorf("Encode(%q) error %q does not say why", s, err)
		}
	}
}

func TestDecode(t *testing.T) {
	one, two := 4, 5 // '1', '2'
	for _, tc := range []struct {
		ids  []int
		want string
	}{
		{nil, ""},
		{[]int{BOS, one, two, EOS, one}, "12"},
		{[]int{PAD, one, PAD, BOS, two}, "12"},
		{[]int{EOS, one}, ""},
		{[]int{one, -1, two, 55, 1000}, "1\uFFFD2\uFFFD\uFFFD"},
	} {
		if got := Decode(tc.ids); got != tc.want {
			t.Errorf("Decode(%v) = %q, want %q", tc.ids, got, tc.want)
		}
	}
}

func TestSymbol(t *testing.T) {
	for id, want := range map[int]string{0: "<pad>", 1: "<bos>", 2: "<eos>", 3: "0", 13: "a", 54: "/", 55: "<55>", -2: "<-2>"} {
		if got := Symbol(id); got != want {
			t.Errorf("Symbol(%d) = %q, want %q", id, got, want)
		}
	}
}

func TestEncodePromptAndTarget(t *testing.T) {
	p := Problem{Family: "add", Level: 1, Prompt: "1+2=", Answer: "3"}
	in, err := EncodePrompt(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 5 || in[0] != BOS || Decode(in) != "1+2=" {
		t.Errorf("EncodePrompt = %v, want BOS then 1+2=", in)
	}
	out, err := EncodeTarget(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 2 || out[1] != EOS || Decode(out) != "3" {
		t.Errorf("EncodeTarget = %v, want 3 then EOS", out)
	}
	if _, err := EncodeTarget(Problem{Family: "x", Answer: "Z"}); err == nil {
		t.Error("EncodeTarget of an answer outside the vocabulary succeeded")
	}
}
