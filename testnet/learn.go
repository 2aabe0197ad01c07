package testnet

import (
	"fmt"

	"github.com/apiary-rl/apiary/node/compute"
)

// DefaultWarmStart is the supervised warm-start steps of a testnet run's θ_0
// (Options.WarmStart 0): enough for the tiny model's greedy answers to the
// reverse task to earn partial reward, so that groups have unequal rewards and
// GRPO has a gradient (docs/TESTNET.md, "Learning together").
const DefaultWarmStart = 50

// checkLearning validates the learning settings.
func (o *Options) checkLearning() error {
	switch {
	case o.WarmStart < -1 || o.WarmStart > compute.MaxWarmStart:
		return fmt.Errorf("--warm-start %d: want -1 (none) to %d steps", o.WarmStart, compute.MaxWarmStart)
	case o.Own < 0 || o.External < 0 || o.Own > 64 || o.External > 64:
		return fmt.Errorf("--own %d, --external %d: want 0 to 64 groups each", o.Own, o.External)
	case o.Own == 0 && o.External > 0:
		return fmt.Errorf("--external %d without --own: a node needs at least one own group per round", o.External)
	}
	return nil
}

// learning applies the warm start and the group counts to the run config.
func (o *Options) learning(c *compute.Config) {
	switch {
	case o.WarmStart > 0:
		c.WarmStart = o.WarmStart
	case o.WarmStart == 0:
		c.WarmStart = DefaultWarmStart
	}
	if o.Own > 0 {
		c.L, c.E = o.Own, o.External
	}
}
