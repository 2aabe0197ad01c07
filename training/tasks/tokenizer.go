package tasks

import (
	"fmt"
	"strings"
)

// Special token ids. They come first in the vocabulary and never appear in a
// prompt or an answer.
const (
	PAD = 0 // padding after the end of a sequence
	BOS = 1 // start of a sequence, before the prompt
	EOS = 2 // end of the answer; generation stops here
)

// Alphabet is the ordered set of characters after the three special tokens:
// the character Alphabet[i] has token id i+3. It is part of the model format:
// changing it changes what every trained checkpoint means.
const Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz +-*=%,?:()<>|./"

const numSpecial = 3

// charID maps an ASCII byte to its token id, or -1.
var charID = func() [128]int8 {
	var t [128]int8
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(Alphabet); i++ {
		t[Alphabet[i]] = int8(i + numSpecial)
	}
	return t
}()

// VocabSize is the number of token ids: the three special tokens plus the
// characters of Alphabet.
func VocabSize() int { return numSpecial + len(Alphabet) }

// Encode maps each character of s to its token id. It adds no BOS or EOS and
// fails on the first character outside Alphabet.
func Encode(s string) ([]int, error) {
	ids := make([]int, 0, len(s))
	for i, r := range s {
		if r >= 128 || charID[r] < 0 {
			return nil, fmt.Errorf("tasks: character %q at byte %d is not in the vocabulary (allowed: %q)", r, i, Alphabet)
		}
		ids = append(ids, int(charID[r]))
	}
	return ids, nil
}

// Decode turns token ids back into text. It stops at the first EOS and skips
// PAD and BOS; an id outside [0, VocabSize()) becomes U+FFFD, so that a
// malformed completion can never look like a correct one.
func Decode(ids []int) string {
	var b strings.Builder
	for _, id := range ids {
		switch {
		case id == EOS:
			return b.String()
		case id == PAD || id == BOS:
		case id >= numSpecial && id < VocabSize():
			b.WriteByte(Alphabet[id-numSpecial])
		default:
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}

// Symbol returns a printable name for a token id: "<pad>", "<bos>", "<eos>",
// the character itself, or "<id>" for an id outside the vocabulary. It is
// meant for logs and debugging output.
func Symbol(id int) string {
	switch {
	case id == PAD:
		return "<pad>"
	case id == BOS:
		return "<bos>"
	case id == EOS:
		return "<eos>"
	case id >= numSpecial && id < VocabSize():
		return Alphabet[id-numSpecial : id-numSpecial+1]
	}
	return fmt.Sprintf("<%d>", id)
}

// EncodePrompt returns BOS followed by the prompt's tokens: the context from
// which the policy generates the answer.
func EncodePrompt(p Problem) ([]int, error) {
	ids, err := Encode(p.Prompt)
	if err != nil {
		return nil, fmt.Errorf("prompt of %s problem: %w", p.Family, err)
	}
	return append([]int{BOS}, ids...), nil
}

// EncodeTarget returns the answer's tokens followed by EOS: what the policy
// must generate after EncodePrompt (the supervised target of a warm start).
func EncodeTarget(p Problem) ([]int, error) {
	ids, err := Encode(p.Answer)
	if err != nil {
		return nil, fmt.Errorf("answer of %s problem: %w", p.Family, err)
	}
	return append(ids, EOS), nil
}
