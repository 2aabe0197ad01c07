package checkpoint

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/apiary-rl/apiary/training/model"
	"github.com/apiary-rl/apiary/training/tasks"
)

// The metadata keys of a model checkpoint (docs/MODEL.md, "Checkpoint
// metadata"). Every value is a string, as safetensors requires.
const (
	KeyFormat        = "format"             // FormatName
	KeyFormatVersion = "format_version"     // FormatVersion in decimal
	KeyModelConfig   = "model_config"       // model.Config as a JSON object
	KeyTokenizer     = "tokenizer"          // TokenizerChar
	KeyAlphabet      = "tokenizer_alphabet" // character i has token id NumSpecial+i
	KeyPAD           = "token_pad"          // decimal token id of padding
	KeyBOS           = "token_bos"          // decimal token id that starts a sequence
	KeyEOS           = "token_eos"          // decimal token id that ends an answer
	KeyTask          = "task"               // task family name, e.g. "add"
	KeyLevel         = "task_level"         // decimal task level, from 1
	KeyModelRoot     = "model_root"         // optional: "0x" and 64 hex digits
)

// FormatName is the value of KeyFormat in every Apiary model checkpoint.
const FormatName = "apiary"

// FormatVersion is the metadata layout this package writes and reads.
const FormatVersion = 1

// TokenizerChar names the character-level tokenizer: the special tokens take
// the ids 0..NumSpecial-1 and character i of the alphabet has id NumSpecial+i.
const TokenizerChar = "char"

// NumSpecial is the number of special token ids (PAD, BOS, EOS) that come
// before the alphabet's characters.
const NumSpecial = 3

// maxTaskName bounds the task name in the metadata.
const maxTaskName = 64

// Card is what a model checkpoint's metadata says about the model: its
// configuration, the tokenizer it reads and writes, the task and level it was
// trained on and, optionally, its model root. It lets a tool outside Go load
// the checkpoint and prompt the model.
type Card struct {
	Model         model.Config
	Alphabet      string
	PAD, BOS, EOS int
	Task          string
	Level         int
	ModelRoot     string // "" or "0x" and 64 lowercase hex digits
}

// NewCard describes a model of config c trained on task at level, with this
// build's tokenizer (package tasks).
func NewCard(c model.Config, task string, level int) Card {
	return Card{Model: c, Alphabet: tasks.Alphabet, PAD: tasks.PAD, BOS: tasks.BOS, EOS: tasks.EOS, Task: task, Level: level}
}

// Validate reports the first inconsistency in c: an invalid model config, a
// tokenizer whose size is not the model's vocabulary, special ids that are
// not 0..NumSpecial-1 in some order, a malformed task, level or root.
func (c Card) Validate() error {
	if err := c.Model.Validate(); err != nil {
		return fmt.Errorf("%s: %w", KeyModelConfig, err)
	}
	seen := map[rune]bool{}
	for i, r := range c.Alphabet {
		if r < 0x20 || r > 0x7e {
			return fmt.Errorf("%s: character %q at byte %d is not printable ASCII", KeyAlphabet, r, i)
		}
		if seen[r] {
			return fmt.Errorf("%s: character %q appears twice", KeyAlphabet, r)
		}
		seen[r] = true
	}
	if n := NumSpecial + len(c.Alphabet); n != c.Model.Vocab {
		return fmt.Errorf("%s: %d special tokens and %d characters make %d ids, the model's vocab is %d", KeyAlphabet, NumSpecial, len(c.Alphabet), n, c.Model.Vocab)
	}
	ids := [NumSpecial]bool{}
	for _, s := range []struct {
		key string
		id  int
	}{{KeyPAD, c.PAD}, {KeyBOS, c.BOS}, {KeyEOS, c.EOS}} {
		if s.id < 0 || s.id >= NumSpecial || ids[s.id] {
			return fmt.Errorf("%s: id %d is not a free special id (0..%d)", s.key, s.id, NumSpecial-1)
		}
		ids[s.id] = true
	}
	if err := checkTaskName(c.Task); err != nil {
		return fmt.Errorf("%s: %w", KeyTask, err)
	}
	if c.Level < 1 {
		return fmt.Errorf("%s: level %d is below 1", KeyLevel, c.Level)
	}
	if c.ModelRoot != "" && !isRoot(c.ModelRoot) {
		return fmt.Errorf("%s: %q is not 0x and 64 lowercase hex digits", KeyModelRoot, c.ModelRoot)
	}
	return nil
}

// CheckTokenizer reports whether c's tokenizer is this build's (package
// tasks), which a Go reader needs before it encodes prompts for the model.
func (c Card) CheckTokenizer() error {
	if c.Alphabet != tasks.Alphabet || c.PAD != tasks.PAD || c.BOS != tasks.BOS || c.EOS != tasks.EOS {
		return fmt.Errorf("%w: the checkpoint's tokenizer (alphabet %q, pad %d, bos %d, eos %d) is not this build's (alphabet %q, pad %d, bos %d, eos %d)",
			ErrMetadata, c.Alphabet, c.PAD, c.BOS, c.EOS, tasks.Alphabet, tasks.PAD, tasks.BOS, tasks.EOS)
	}
	return nil
}

// Metadata returns the safetensors metadata of c after validating it.
func (c Card) Metadata() (map[string]string, error) {
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMetadata, err)
	}
	cfg, err := json.Marshal(c.Model)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrMetadata, KeyModelConfig, err)
	}
	m := map[string]string{
		KeyFormat:        FormatName,
		KeyFormatVersion: strconv.Itoa(FormatVersion),
		KeyModelConfig:   string(cfg),
		KeyTokenizer:     TokenizerChar,
		KeyAlphabet:      c.Alphabet,
		KeyPAD:           strconv.Itoa(c.PAD),
		KeyBOS:           strconv.Itoa(c.BOS),
		KeyEOS:           strconv.Itoa(c.EOS),
		KeyTask:          c.Task,
		KeyLevel:         strconv.Itoa(c.Level),
	}
	if c.ModelRoot != "" {
		m[KeyModelRoot] = c.ModelRoot
	}
	return m, nil
}

// ParseCard reads a checkpoint's metadata. It requires every key of format
// version 1 except KeyModelRoot and rejects keys it does not know, integers
// not in plain decimal, a model_config with unknown fields or of the wrong
// types, and anything Validate rejects (a missing model_config field is zero,
// which Validate rejects). Errors wrap ErrMetadata and name the key.
func ParseCard(meta map[string]string) (Card, error) {
	c, err := parseCard(meta)
	if err != nil {
		return Card{}, fmt.Errorf("%w: %w", ErrMetadata, err)
	}
	return c, nil
}

func parseCard(meta map[string]string) (Card, error) {
	var c Card
	format, ok := meta[KeyFormat]
	if !ok {
		return c, fmt.Errorf("no %q key: not an Apiary model checkpoint", KeyFormat)
	}
	if format != FormatName {
		return c, fmt.Errorf("%s is %q, want %q: not an Apiary model checkpoint", KeyFormat, format, FormatName)
	}
	v, ok := meta[KeyFormatVersion]
	if !ok {
		return c, fmt.Errorf("no %q key: the checkpoint predates format version %d (rewrite it with this build)", KeyFormatVersion, FormatVersion)
	}
	if n, err := decimal(v); err != nil || n != FormatVersion {
		return c, fmt.Errorf("%s is %q: this build reads version %d only", KeyFormatVersion, v, FormatVersion)
	}
	var unknown []string
	for k := range meta {
		if !knownKey(k) {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return c, fmt.Errorf("unknown keys %q for format version %d", unknown, FormatVersion)
	}
	for _, k := range []string{KeyModelConfig, KeyTokenizer, KeyAlphabet, KeyPAD, KeyBOS, KeyEOS, KeyTask, KeyLevel} {
		if _, ok := meta[k]; !ok {
			return c, fmt.Errorf("no %q key", k)
		}
	}
	if err := DecodeConfig([]byte(meta[KeyModelConfig]), &c.Model); err != nil {
		return c, fmt.Errorf("%s: %w", KeyModelConfig, err)
	}
	if t := meta[KeyTokenizer]; t != TokenizerChar {
		return c, fmt.Errorf("%s is %q, this build knows %q only", KeyTokenizer, t, TokenizerChar)
	}
	c.Alphabet, c.Task, c.ModelRoot = meta[KeyAlphabet], meta[KeyTask], meta[KeyModelRoot]
	if _, ok := meta[KeyModelRoot]; ok && c.ModelRoot == "" {
		return c, fmt.Errorf("%s is empty", KeyModelRoot)
	}
	for _, f := range []struct {
		key string
		dst *int
	}{{KeyPAD, &c.PAD}, {KeyBOS, &c.BOS}, {KeyEOS, &c.EOS}, {KeyLevel, &c.Level}} {
		n, err := decimal(meta[f.key])
		if err != nil {
			return c, fmt.Errorf("%s: %w", f.key, err)
		}
		*f.dst = n
	}
	if err := c.Validate(); err != nil {
		return c, err
	}
	return c, nil
}

func knownKey(k string) bool {
	switch k {
	case KeyFormat, KeyFormatVersion, KeyModelConfig, KeyTokenizer, KeyAlphabet, KeyPAD, KeyBOS, KeyEOS, KeyTask, KeyLevel, KeyModelRoot:
		return true
	}
	return false
}

// decimal parses a non-negative integer written as Go's strconv.Itoa and
// Python's str write it: no sign, no leading zero, at most 9 digits.
func decimal(s string) (int, error) {
	if s == "" || len(s) > 9 || (len(s) > 1 && s[0] == '0') || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("%q is not a plain decimal integer", s)
	}
	return strconv.Atoi(s)
}

func checkTaskName(s string) error {
	if s == "" || len(s) > maxTaskName {
		return fmt.Errorf("task name of %d bytes, want 1..%d", len(s), maxTaskName)
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b == '_' || b == '-') {
			return fmt.Errorf("task name %q has %q at byte %d (allowed: a-z, 0-9, _ and -)", s, b, i)
		}
	}
	return nil
}

func isRoot(s string) bool {
	if len(s) != 66 || s[:2] != "0x" {
		return false
	}
	for i := 2; i < len(s); i++ {
		if b := s[i]; !(b >= '0' && b <= '9' || b >= 'a' && b <= 'f') {
			return false
		}
	}
	return true
}
