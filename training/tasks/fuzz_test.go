package tasks

import (
	"strings"
	"testing"
)

func FuzzEncodeDecode(f *testing.F) {
	for _, s := range []string{"", "12+34=", "rev:abc=", "A", "é", "\x00\xff", Alphabet} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ids, err := Encode(s)
		if err == nil {
			if got := Decode(ids); got != s {
				t.Fatalf("Decode(Encode(%q)) = %q", s, got)
			}
			for _, id := range ids {
				if id < 3 || id >= VocabSize() {
					t.Fatalf("Encode(%q) produced id %d", s, id)
				}
			}
		} else if strings.Trim(s, Alphabet) == "" && len(s) > 0 {
			t.Fatalf("Encode(%q) failed on vocabulary characters: %v", s, err)
		}
		// Bytes as token ids, including out-of-range ones.
		raw := make([]int, len(s))
		for i := 0; i < len(s); i++ {
			raw[i] = int(s[i]) - 8
		}
		text := Decode(raw)
		if strings.ContainsRune(text, '\uFFFD') {
			return
		}
		back, err := Encode(text)
		if err != nil {
			t.Fatalf("Decode(%v) = %q does not re-encode: %v", raw, text, err)
		}
		if Decode(back) != text {
			t.Fatalf("re-decoding %q changed it", text)
		}
	})
}

func FuzzReward(f *testing.F) {
	for _, s := range []string{"", "168", "0168", "dcba", "x?<>|", "\xff\xfe", "\uFFFD", "99999999999"} {
		f.Add(s, uint8(0), uint64(0))
	}
	fams := allFamilies(f)
	f.Fuzz(func(t *testing.T, completion string, which uint8, index uint64) {
		fam := fams[int(which)%len(fams)]
		level := 1 + int(index%uint64(fam.Levels()))
		p := fam.Generate(index, level, index)
		r := fam.Reward(p, completion)
		if r.Exact != 0 && r.Exact != 1 {
			t.Fatalf("Exact = %v", r.Exact)
		}
		if !(r.Partial >= 0 && r.Partial <= 1) {
			t.Fatalf("Partial = %v", r.Partial)
		}
		exact := completion == p.Answer
		if (r.Exact == 1) != exact || (r.Partial == 1) != exact {
			t.Fatalf("Reward(%q, %q) = %+v", p.Answer, completion, r)
		}
		if r2 := fam.Reward(p, p.Answer+completion); len(completion) > 0 && r2.Exact != 0 {
			t.Fatalf("answer plus %q scored exact", completion)
		}
	})
}
