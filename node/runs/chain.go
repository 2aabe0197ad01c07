package runs

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
)

// Created is a run the chain accepted.
type Created struct {
	ID ledger.RunID
	// Run is the run as the chain holds it (its start filled in).
	Run ledger.Run
}

// Create sends createRun for plan from c's account, escrowing the pool, and
// reads the run back. The chain applies the same rules Build checked (and
// answers BadRunConfig if its params changed in between).
func Create(ctx context.Context, c *ledger.Client, plan *Plan) (Created, error) {
	id, err := c.CreateRun(ctx, plan.Run, plan.Spec.Bootstrap, plan.Spec.Pool)
	if err != nil {
		return Created{}, fmt.Errorf("create run: %w", err)
	}
	r, err := c.Run(ctx, id)
	if err != nil {
		return Created{}, fmt.Errorf("read back run %x: %w", id, err)
	}
	if err := Match(plan.Spec.Config, r.Cfg); err != nil {
		return Created{}, fmt.Errorf("run %x as created: %w", id, err)
	}
	return Created{ID: id, Run: r}, nil
}

// Loaded is a run as a joining node needs it: its chain record, its config
// (found by hash and verified against the chain) and the bootstrap addresses
// the submitter published.
type Loaded struct {
	ID         ledger.RunID
	Run        ledger.Run
	Config     compute.Config
	Blob       []byte
	ConfigFile string
	Bootstrap  []string
}

// Info reads a run and its bootstrap addresses (from its RunCreated event)
// from the chain. ErrUnknownRun if the chain has no such run.
func Info(ctx context.Context, c *ledger.Client, id ledger.RunID) (ledger.Run, []string, error) {
	r, err := c.Run(ctx, id)
	if err != nil && !ledger.IsRevert(err, "UnknownRun") {
		return ledger.Run{}, nil, fmt.Errorf("read run %x: %w", id, err)
	}
	if err != nil || r.Submitter == (common.Address{}) {
		return ledger.Run{}, nil, fmt.Errorf("%w: %x on chain %s at ledger %s", ErrUnknownRun, id, c.ChainID(), c.Addresses().Ledger.Hex())
	}
	evs, err := ledger.History[ledger.RunCreated](ctx, c, 0, nil)
	if err != nil {
		return ledger.Run{}, nil, fmt.Errorf("read run %x's creation event: %w", id, err)
	}
	for _, ev := range evs {
		if ev.RunId == id {
			return r, ev.Bootstrap, nil
		}
	}
	return ledger.Run{}, nil, fmt.Errorf("%w: run %x has no RunCreated event after the manifest's deploy block", ErrUnknownRun, id)
}

// Load reads run id from the chain, finds its config blob by the chain's
// config hash in dirs (ReadConfigFile) and verifies the config against the
// chain's record (Verify: hash, schedule, economics, skeleton root, initial
// model root). A node trains only under a config Load returned.
func Load(ctx context.Context, c *ledger.Client, id ledger.RunID, dirs ...string) (*Loaded, error) {
	r, boot, err := Info(ctx, c, id)
	if err != nil {
		return nil, err
	}
	cfg, blob, path, err := ReadConfigFile(r.Cfg.ConfigHash, dirs...)
	if err != nil {
		return nil, fmt.Errorf("run %x: %w", id, err)
	}
	if err := Verify(cfg, r.Cfg); err != nil {
		return nil, fmt.Errorf("run %x, config %s: %w", id, path, err)
	}
	return &Loaded{ID: id, Run: r, Config: cfg, Blob: blob, ConfigFile: path, Bootstrap: boot}, nil
}
