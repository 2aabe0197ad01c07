package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/runs"
	"github.com/apiary-rl/apiary/node/store"
	"github.com/apiary-rl/apiary/swarm"
)

// ensureMember joins the run with the configured stake (default: the run's minimum) when
// the account has no stake in it.
func (n *Node) ensureMember(ctx context.Context) error {
	r, err := n.client.Run(ctx, n.run)
	switch {
	case ledger.IsRevert(err, "UnknownRun"):
		return fmt.Errorf("run %s does not exist on this chain; check --run and --manifest", n.run)
	case errors.Is(err, bind.ErrNoCode):
		return fmt.Errorf("the manifest's ledger %s has no contract code on this chain; check --manifest (is it this chain's?)",
			n.client.Addresses().Ledger.Hex())
	case err != nil:
		return fmt.Errorf("read run %s: %w", n.run, err)
	}
	if r.Submitter == (common.Address{}) {
		return fmt.Errorf("run %s does not exist on this chain; check --run and --manifest", n.run)
	}
	mem, err := n.client.Member(ctx, n.run, n.key.Address)
	if err != nil {
		return fmt.Errorf("read membership: %w", err)
	}
	if mem.Stake != nil && mem.Stake.Sign() > 0 {
		if mem.Stake.Cmp(r.Cfg.MinStake) < 0 {
			return fmt.Errorf("%w: %s holds %s wei in the run, below its minimum %s (slashed?); it cannot commit",
				ErrStake, n.key.Address.Hex(), mem.Stake, r.Cfg.MinStake)
		}
		return nil
	}
	stake := n.o.stake
	if stake == nil {
		stake = r.Cfg.MinStake
	}
	if stake.Cmp(r.Cfg.MinStake) < 0 {
		return fmt.Errorf("%w: %s wei is below the run's minimum stake %s", ErrStake, stake, r.Cfg.MinStake)
	}
	bal, err := n.eth.BalanceAt(ctx, n.key.Address, nil)
	if err != nil {
		return fmt.Errorf("read balance: %w", err)
	}
	if bal.Cmp(stake) <= 0 {
		return fmt.Errorf("%w: account %s holds %s wei, not enough to stake %s wei and pay gas; fund it first",
			ErrStake, n.key.Address.Hex(), bal, stake)
	}
	if _, err := n.client.JoinRun(ctx, n.run, stake); err != nil {
		return fmt.Errorf("join run %s: %w", n.run, err)
	}
	n.log.Info("joined the run", "stake_wei", stake.String())
	n.track.event(Event{Kind: EventJoined, Stake: stake.String()})
	return nil
}

// settleRun finds the run config (given, or kept in the store) and settles the run with it
// (useRunConfig). Without either, the node fetches it from its peers once the blob client
// runs (startRunConfig).
func (n *Node) settleRun(ctx context.Context) error {
	b := n.o.runConfig
	if b == nil {
		stored, err := n.store.Blob(swarm.Root(n.chain.Config().ConfigHash))
		if err != nil {
			n.fetchConfig = true
			return nil
		}
		b = stored
	}
	return n.useRunConfig(ctx, b)
}

// useRunConfig checks the config blob b against the run as the chain holds it (its
// configHash, then runs.Verify: schedule, economics, program skeleton root, outputs root,
// initial model root), keeps it in the store (the blob server serves it to other peers),
// and picks the round to start at: the chain's current round, with θ_0 as the initial
// model while the chain still attests θ_0. A config that does not match is refused: a node
// training under another program than the run's would be convicted on every step.
func (n *Node) useRunConfig(ctx context.Context, b []byte) error {
	onChain := n.chain.Config()
	if got, want := swarm.RootOf(b), swarm.Root(onChain.ConfigHash); got != want {
		return fmt.Errorf("%w: the given config hashes to %s, the run's configHash is %s", ErrRunConfig, got, want)
	}
	c, err := compute.DecodeConfig(b)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrRunConfig, err)
	}
	if err := runs.Verify(c, onChain); err != nil {
		return fmt.Errorf("%w: the config with the run's hash does not describe run %s as the chain holds it: %w", ErrRunConfig, n.run, err)
	}
	if _, err := n.store.Put(b); err != nil {
		return err
	}
	st, err := compute.InitialState(c)
	if err != nil {
		return fmt.Errorf("%w: initial model: %w", ErrRunConfig, err)
	}
	root, err := st.Root()
	if err != nil {
		return err
	}
	if n.genesis, err = compute.EncodeModel(st); err != nil {
		return err
	}
	held, err := newHeldOut(c, compute.DefaultEvalSize, n.genesis)
	if err != nil {
		return err
	}
	n.track.setHeldOut(held)
	n.runCfg = c
	sched := n.chain.Schedule()
	n.first = sched.RoundAt(n.chain.Clock().Now())
	if n.first == 0 {
		n.initial = n.genesis
	} else if attested, err := n.chain.ModelRoot(ctx, n.run, n.first); err == nil && bytes.Equal(attested[:], root[:]) {
		n.initial = n.genesis
	} else if err == nil {
		// A node restarted in a round it had begun (kill -9, a crash) holds θ_r in its
		// store: the announcements of θ_r went out before it came back, so without it the
		// engine would find no blob to fetch and lose the round (no verification, no vote).
		if b := storedModel(n.store, n.run, n.first, c, attested); b != nil {
			n.initial = b
			n.log.Info("starting from the model the store holds for the round", "round", n.first, "model", attested.Short())
		}
	}
	n.log.Info("joining the run", "run", n.run.String(), "round", n.first, "task", c.Task)
	return nil
}

// storedModel returns θ_r as the store holds it (the model blob the node recorded for round
// r when it contributed from it) when its model root under config c is attested, the
// chain's root of θ_r; nil when the store has none, or one with another root (the chain
// attested another model, or the stored bytes are damaged).
func storedModel(st *store.Store, run swarm.RunID, r uint64, c compute.Config, attested swarm.Root) []byte {
	if attested == (swarm.Root{}) {
		return nil
	}
	blobRoot, err := st.ModelOf(run, r)
	if err != nil {
		return nil
	}
	b, ok := st.Get(blobRoot)
	if !ok {
		return nil
	}
	if _, got, err := compute.ReadModel(c, b); err != nil || swarm.Root(got) != attested {
		return nil
	}
	return b
}

// configFetchTimeout bounds how long a node without the run config waits for a peer to
// serve it.
const configFetchTimeout = 30 * time.Second

// startRunConfig fetches the run config by its configHash from the connected peers (every
// node serves the one it holds) when neither the flag nor the store had it.
func (n *Node) startRunConfig(ctx context.Context) (func() error, error) {
	if !n.fetchConfig {
		return nil, nil
	}
	ctx, cancel := context.WithTimeout(ctx, configFetchTimeout)
	defer cancel()
	want := swarm.Root(n.chain.Config().ConfigHash)
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	var last error
	for {
		if peers := n.connectedPeers(); len(peers) > 0 {
			b, err := n.blobs.Fetch(ctx, want, peers)
			if err == nil {
				n.log.Info("fetched the run config from the swarm", "config", want.Short())
				return nil, n.useRunConfig(ctx, b)
			}
			last = err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%w: no peer served the config %s of run %s within %s (last error: %v); pass --run-config with the submitter's config file or --bootstrap a member of the run",
				ErrRunConfig, want.Short(), n.run, configFetchTimeout, last)
		case <-t.C:
		}
	}
}
