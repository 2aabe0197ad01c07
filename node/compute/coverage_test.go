package compute

import (
	"fmt"
	"strings"
	"testing"

	"github.com/apiary-rl/apiary/training/tasks"
)

// TestStepCoverage: for every task family at its default config, every
// record of a contribution step is of a kind with an on-chain element
// program, within its row limit, and reads only parameters and batch tensors
// from outside (Check enforces all three). It prints the table that
// docs/VERIFY.md shows, and pins the add run's skeleton root.
func TestStepCoverage(t *testing.T) {
	for _, name := range tasks.Names() {
		c := DefaultConfig(name)
		if err := c.Validate(); err != nil {
			t.Logf("%s: the default level does not fit, trying level 1: %v", name, err)
			c.Level = 1
		}
		rep, err := Check(c)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var b strings.Builder
		fmt.Fprintf(&b, "%s level %d: %d records, skeleton root %v\n| kind | records | largest row | limit |\n|---|---|---|---|\n", name, c.Level, rep.Records, rep.SkeletonRoot)
		total := 0
		for _, k := range rep.Kinds {
			fmt.Fprintf(&b, "| %v | %d | %d | %d |\n", k.Kind, k.Count, k.MaxRow, k.Limit)
			total += k.Count
		}
		t.Log(b.String())
		if total != rep.Records || len(rep.Externals) != len(c.Model.Names())+3 {
			t.Fatalf("%s: table covers %d of %d records, %d externals", name, total, rep.Records, len(rep.Externals))
		}
		if name == "add" {
			golden(t, "default_add_skeleton_root.hex", rep.SkeletonRoot.String())
		}
	}
}
