package checkpoint

import (
	"errors"
	"maps"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/training/tasks"
)

func testCard() Card {
	c := NewCard(model.Config{Vocab: tasks.VocabSize(), Dim: 8, Layers: 2, Heads: 2, FFN: 12, Context: 16, NormEps: 1e-5}, "add", 2)
	c.ModelRoot = "0x" + strings.Repeat("0a", 32)
	return c
}

func TestCardMetadataRoundTrip(t *testing.T) {
	c := testCard()
	meta, err := c.Metadata()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"format": "apiary", "format_version": "1",
		"model_config": `{"vocab":55,"dim":8,"layers":2,"heads":2,"ffn":12,"context":16,"norm_eps":0.00001}`,
		"tokenizer":    "char", "tokenizer_alphabet": tasks.Alphabet,
		"token_pad": "0", "token_bos": "1", "token_eos": "2",
		"task": "add", "task_level": "2", "model_root": c.ModelRoot,
	}
	if !maps.Equal(meta, want) {
		t.Fatalf("metadata\n%v\nwant\n%v", meta, want)
	}
	got, err := ParseCard(meta)
	if err != nil || got != c {
		t.Fatalf("ParseCard = %+v, %v; want %+v", got, err, c)
	}
	c.ModelRoot = ""
	meta, _ = c.Metadata()
	if _, ok := meta[KeyModelRoot]; ok {
		t.Error("metadata of a card without a root has model_root")
	}
	if got, err := ParseCard(meta); err != nil || got != c {
		t.Errorf("ParseCard without a root = %+v, %v", got, err)
	}
}

func TestParseCardRejects(t *testing.T) {
	good, err := testCard().Metadata()
	if err != nil {
		t.Fatal(err)
	}
	with := func(k, v string) map[string]string {
		m := maps.Clone(good)
		m[k] = v
		return m
	}
	without := func(k string) map[string]string {
		m := maps.Clone(good)
		delete(m, k)
		return m
	}
	for _, tc := range []struct {
		name string
		meta map[string]string
		want string
	}{
		{"no metadata", nil, `no "format" key`},
		{"other format", with(KeyFormat, "gguf"), "not an Apiary model checkpoint"},
		{"old checkpoint", without(KeyFormatVersion), "predates format version 1"},
		{"newer version", with(KeyFormatVersion, "2"), "reads version 1 only"},
		{"version with sign", with(KeyFormatVersion, "+1"), "reads version 1 only"},
		{"unknown key", with("comment", "hi"), `unknown keys ["comment"]`},
		{"missing config", without(KeyModelConfig), `no "model_config" key`},
		{"missing alphabet", without(KeyAlphabet), `no "tokenizer_alphabet" key`},
		{"missing level", without(KeyLevel), `no "task_level" key`},
		{"config not json", with(KeyModelConfig, "{"), "model_config"},
		{"config unknown field", with(KeyModelConfig, `{"vocab":55,"dim":8,"layers":2,"heads":2,"ffn":12,"context":16,"norm_eps":1e-5,"rope":true}`), "unknown field"},
		{"config missing eps", with(KeyModelConfig, `{"vocab":55,"dim":8,"layers":2,"heads":2,"ffn":12,"context":16}`), "norm_eps"},
		{"config heads", with(KeyModelConfig, `{"vocab":55,"dim":8,"layers":2,"heads":3,"ffn":12,"context":16,"norm_eps":1e-5}`), "do not divide"},
		{"vocab mismatch", with(KeyModelConfig, `{"vocab":56,"dim":8,"layers":2,"heads":2,"ffn":12,"context":16,"norm_eps":1e-5}`), "vocab is 56"},
		{"other tokenizer", with(KeyTokenizer, "bpe"), `knows "char" only`},
		{"alphabet short", with(KeyAlphabet, tasks.Alphabet[1:]), "make 54 ids"},
		{"alphabet repeat", with(KeyAlphabet, "0"+tasks.Alphabet[1:]+"0"), "appears twice"},
		{"alphabet control", with(KeyAlphabet, "\n"+tasks.Alphabet[1:]), "not printable"},
		{"special out of range", with(KeyEOS, "3"), "token_eos: id 3"},
		{"special twice", with(KeyEOS, "1"), "token_eos: id 1"},
		{"special leading zero", with(KeyPAD, "00"), "plain decimal"},
		{"special negative", with(KeyPAD, "-1"), "plain decimal"},
		{"level zero", with(KeyLevel, "0"), "below 1"},
		{"level huge", with(KeyLevel, "99999999999999999999"), "plain decimal"},
		{"level empty", with(KeyLevel, ""), "plain decimal"},
		{"task empty", with(KeyTask, ""), "task name of 0 bytes"},
		{"task upper", with(KeyTask, "Add"), `has 'A'`},
		{"root empty", with(KeyModelRoot, ""), "model_root is empty"},
		{"root short", with(KeyModelRoot, "0x12"), "not 0x and 64"},
		{"root upper", with(KeyModelRoot, "0x"+strings.Repeat("AB", 32)), "not 0x and 64"},
	} {
		_, err := ParseCard(tc.meta)
		if !errors.Is(err, ErrMetadata) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: ParseCard error %v, want ErrMetadata mentioning %q", tc.name, err, tc.want)
		}
	}
}

func TestModelFile(t *testing.T) {
	card := testCard()
	m, err := model.New(card.Model, 3)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := SaveModel(path, m, card); err != nil {
		t.Fatal(err)
	}
	got, gotCard, err := LoadModel(path)
	if err != nil {
		t.Fatal(err)
	}
	if gotCard != card {
		t.Errorf("card %+v, want %+v", gotCard, card)
	}
	for i, p := range m.Params {
		if q := got.Params[i]; q.Name != p.Name || !repops.Equal(p, q) {
			t.Fatalf("parameter %d: %s, want %s with the same values", i, q.Name, p.Name)
		}
	}

	// Tensors stored in another order (as other writers may) load the same.
	meta, _ := card.Metadata()
	names := card.Model.Names()
	var rev []Named
	for i := len(m.Params) - 1; i >= 0; i-- {
		rev = append(rev, Named{names[i], m.Params[i]})
	}
	b, err := Encode(rev, meta)
	if err != nil {
		t.Fatal(err)
	}
	if got, _, err := DecodeModel(b); err != nil || got.Params[0].Name != "tok_emb" || !repops.Equal(got.Params[0], m.Params[0]) {
		t.Fatalf("reversed file: %v", err)
	}

	for _, tc := range []struct {
		name   string
		ts     []Named
		meta   map[string]string
		target error
		want   string
	}{
		{"no metadata", rev, nil, ErrMetadata, `no "format" key`},
		{"missing tensor", rev[1:], meta, ErrInvalid, "needs 22"},
		{"renamed tensor", append([]Named{{"extra", rev[0].T}}, rev[1:]...), meta, ErrInvalid, `no tensor "head"`},
		{"other tokenizer", rev, withKey(meta, KeyAlphabet, "abcdefghijklmnopqrstuvwxyz0123456789 +-*=%,?:()<>|./"), ErrMetadata, "not this build's"},
		{"wrong shape", append([]Named{{"head", repops.New(card.Model.Dim, card.Model.Vocab)}}, rev[1:]...), meta, ErrInvalid, "has shape [8 55]"},
	} {
		b, err := Encode(tc.ts, tc.meta)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := DecodeModel(b); !errors.Is(err, tc.target) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: DecodeModel error %v, want %v mentioning %q", tc.name, err, tc.target, tc.want)
		}
	}
	other := card
	other.Model.Layers = 1
	if err := SaveModel(path, m, other); !errors.Is(err, ErrMetadata) {
		t.Errorf("SaveModel with a card of another config: %v, want ErrMetadata", err)
	}
}

func withKey(m map[string]string, k, v string) map[string]string {
	m = maps.Clone(m)
	m[k] = v
	return m
}

// FuzzParseCard decodes a file's metadata as a card: whatever ParseCard
// accepts, Metadata writes back and ParseCard reads to the same card.
func FuzzParseCard(f *testing.F) {
	meta, err := testCard().Metadata()
	if err != nil {
		f.Fatal(err)
	}
	good, err := Encode(nil, meta)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(rawFile(`{"__metadata__":{"format":"apiary","format_version":"1"}}`, 0))
	f.Add(rawFile(`{"__metadata__":{"format":"apiary"}}`, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, meta, err := Decode(b)
		if err != nil {
			return
		}
		c, err := ParseCard(meta)
		if err != nil {
			if !errors.Is(err, ErrMetadata) {
				t.Fatalf("error %v does not wrap ErrMetadata", err)
			}
			return
		}
		again, err := c.Metadata()
		if err != nil {
			t.Fatalf("Metadata of an accepted card: %v", err)
		}
		c2, err := ParseCard(again)
		if err != nil || c2 != c {
			t.Fatalf("round trip gave %+v, %v; want %+v", c2, err, c)
		}
	})
}

// FuzzDecodeModel: whatever DecodeModel accepts, EncodeModel writes back to
// a file that decodes to the same parameters and card.
func FuzzDecodeModel(f *testing.F) {
	card := NewCard(model.Config{Vocab: tasks.VocabSize(), Dim: 2, Layers: 1, Heads: 1, FFN: 1, Context: 2, NormEps: 1e-5}, "sort", 1)
	m, err := model.New(card.Model, 1)
	if err != nil {
		f.Fatal(err)
	}
	good, err := EncodeModel(m, card)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-4])
	f.Fuzz(func(t *testing.T, b []byte) {
		m, c, err := DecodeModel(b)
		if err != nil {
			return
		}
		again, err := EncodeModel(m, c)
		if err != nil {
			t.Fatalf("EncodeModel of a decoded model: %v", err)
		}
		m2, c2, err := DecodeModel(again)
		if err != nil || c2 != c {
			t.Fatalf("round trip: card %+v, %v; want %+v", c2, err, c)
		}
		for i := range m.Params {
			if !repops.Equal(m.Params[i], m2.Params[i]) {
				t.Fatalf("parameter %s changed in the round trip", m.Params[i].Name)
			}
		}
	})
}
