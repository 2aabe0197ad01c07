package tasks

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apiary-rl/apiary/training/repops"
)

// Problem is one generated task instance. The policy sees Prompt (after BOS)
// and must generate Answer followed by EOS.
type Problem struct {
	Family string
	Level  int
	Prompt string
	Answer string
}

// Reward scores a completion. Exact is 1 for exactly the answer and 0
// otherwise. Partial is in [0, 1]: the fraction of answer characters matched
// in position, divided by the longer of the two lengths so that a completion
// of the wrong length loses credit; it is 1 exactly when Exact is 1.
type Reward struct {
	Exact   float32
	Partial float32
}

// Family is a task family with verifiable rewards. Levels are numbered
// 1..Levels(); a higher level is harder. Generate is a pure function of its
// arguments and panics on a level outside 1..Levels() (check with
// CheckLevel first when the level comes from a user).
type Family interface {
	// Name is the family's registry name, e.g. "add".
	Name() string
	// Levels is the number of difficulty levels.
	Levels() int
	// Generate draws problem number index of the stream (seed, level).
	Generate(seed uint64, level int, index uint64) Problem
	// Reward scores a completion (decoded text, without EOS) of p.
	Reward(p Problem, completion string) Reward
}

// Bounded is implemented by every family of this package: the longest
// prompt and answer (in characters, without BOS and EOS) that a level can
// produce, so a caller can size the model's context.
type Bounded interface {
	MaxLen(level int) (prompt, answer int)
}

// family is the shared implementation: a generator and a partial-credit
// rule per family.
type family struct {
	name   string
	levels int
	// gen draws a prompt and its answer; d is positioned at block 0 of the
	// problem's stream.
	gen func(d *draw, level int) (prompt, answer string)
	// maxLen bounds the prompt and answer lengths at a level.
	maxLen func(level int) (prompt, answer int)
	// rightAligned compares numeric answers from the last digit.
	rightAligned bool
}

func (f *family) Name() string { return f.name }
func (f *family) Levels() int  { return f.levels }

// MaxLen implements Bounded.
func (f *family) MaxLen(level int) (prompt, answer int) {
	f.mustLevel(level)
	return f.maxLen(level)
}

func (f *family) Generate(seed uint64, level int, index uint64) Problem {
	f.mustLevel(level)
	d := &draw{s: repops.NewStream(seed, uint64(level), index, repops.PurposePrompts)}
	prompt, answer := f.gen(d, level)
	return Problem{Family: f.name, Level: level, Prompt: prompt, Answer: answer}
}

func (f *family) Reward(p Problem, completion string) Reward {
	return score(p.Answer, completion, f.rightAligned)
}

func (f *family) mustLevel(level int) {
	if level < 1 || level > f.levels {
		panic(fmt.Sprintf("tasks: %s has levels 1..%d, got %d", f.name, f.levels, level))
	}
}

// draw hands out the blocks of one problem's Philox stream in order.
type draw struct {
	s repops.Stream
	i uint64
}

// intn returns a uniform integer in [0, n) from the next block.
func (d *draw) intn(n int) int {
	v := d.s.Intn(d.i, n)
	d.i++
	return v
}

var registry = []Family{addFamily, sortFamily, reverseFamily, modFamily, solveFamily}

// Get returns the family registered under name.
func Get(name string) (Family, error) {
	for _, f := range registry {
		if f.Name() == name {
			return f, nil
		}
	}
	return nil, fmt.Errorf("tasks: unknown task family %q (known: %s)", name, strings.Join(Names(), ", "))
}

// Names lists the registered family names, sorted.
func Names() []string {
	names := make([]string, len(registry))
	for i, f := range registry {
		names[i] = f.Name()
	}
	sort.Strings(names)
	return names
}

// CheckLevel reports whether level is a valid level of f, with an error a
// user can act on.
func CheckLevel(f Family, level int) error {
	if level < 1 || level > f.Levels() {
		return fmt.Errorf("tasks: level %d is out of range for %s (valid: 1..%d)", level, f.Name(), f.Levels())
	}
	return nil
}
