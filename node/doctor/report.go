package doctor

import (
	"fmt"
	"io"
	"strings"
)

// State is a check's outcome.
type State string

// States of a check: only StateFail makes the report fail.
const (
	StateOK   State = "ok"
	StateWarn State = "warn"
	StateFail State = "fail"
	StateSkip State = "skip"
)

// Check is one diagnosis: what was checked, what was found, and, unless it
// passed, what to do.
type Check struct {
	Name   string `json:"name"`
	State  State  `json:"state"`
	Detail string `json:"detail"`
	Hint   string `json:"hint,omitempty"`
}

// Report is every check, in the order they ran.
type Report struct {
	Checks []Check `json:"checks"`
	// OK is true when no check failed.
	OK bool `json:"ok"`
}

// Failed returns the checks that failed.
func (r Report) Failed() []Check {
	var out []Check
	for _, c := range r.Checks {
		if c.State == StateFail {
			out = append(out, c)
		}
	}
	return out
}

// Get returns the check called name.
func (r Report) Get(name string) (Check, bool) {
	for _, c := range r.Checks {
		if c.Name == name {
			return c, true
		}
	}
	return Check{}, false
}

var marks = map[State]string{StateOK: "✓", StateWarn: "!", StateFail: "✗", StateSkip: "–"}

// Print writes the report as a table: a mark (✓ ok, ! warn, ✗ fail, – skipped),
// the check's name and what it found, and under it the hint.
func (r Report) Print(w io.Writer) error {
	width := 0
	for _, c := range r.Checks {
		width = max(width, len(c.Name))
	}
	var b strings.Builder
	for _, c := range r.Checks {
		fmt.Fprintf(&b, "%s %-*s  %s\n", marks[c.State], width, c.Name, c.Detail)
		if c.Hint != "" {
			fmt.Fprintf(&b, "  %-*s  → %s\n", width, "", c.Hint)
		}
	}
	if n := len(r.Failed()); n > 0 {
		fmt.Fprintf(&b, "%d of %d checks failed\n", n, len(r.Checks))
	} else {
		b.WriteString("no check failed\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
