package testnet

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/node/api"
)

// ClockDriver moves the time of a manual-clock dev chain (`swarm chain dev --clock
// manual`, devnet.Options.ManualClock) for a set of nodes: whenever every node it waits
// for is idle at the chain's head (their /v1/status clock, docs/NODE.md "Testing on a
// controlled clock"), it seals one empty block (+1 s) if a node waits for a block (a
// beacon, the keeper), else one empty block at the earliest chain time a node's clock
// waits for. It never moves time because wall time passed, so how fast or loaded the
// machine is cannot make a node miss a window.
//
// Nodes are slots by index: Hold(i) makes the driver wait for node i (starting,
// restarting, killed: the clock stops until it is Ready again); Ready(i, addr) gives its
// API address; Remove(i) stops waiting for it (a node gone for good). With no node in
// its view the driver never moves time.
type ClockDriver struct {
	rpc *rpc.Client
	eth *ethclient.Client
	// Poll is how often the driver looks at busy nodes (set before Run): a poll, not a
	// deadline, nothing waits for it to pass.
	Poll time.Duration
	// OnStatus, when set (before Run), is called with every status a node answered.
	OnStatus func(node int, st api.StatusResponse)

	mu    sync.Mutex
	nodes map[int]string // index → API address, "" while the driver waits for it to start
	// holds counts Hold calls: a look that began before one does not move the clock.
	holds    uint64
	advances int
	polls    int
}

// DefaultPoll is how often a ClockDriver looks at busy nodes.
const DefaultPoll = 10 * time.Millisecond

// NewClockDriver returns a driver of the chain behind c (JSON-RPC with evm_mine) that
// looks at busy nodes every DefaultPoll, with no node in view.
func NewClockDriver(c *rpc.Client) *ClockDriver {
	return &ClockDriver{rpc: c, eth: ethclient.NewClient(c), Poll: DefaultPoll, nodes: map[int]string{}}
}

// Hold makes the driver wait for node i until Ready(i, ...): chain time stands still. Once
// Hold returns, the clock does not move until then (a move under way finishes first).
func (d *ClockDriver) Hold(i int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.nodes[i] = ""
	d.holds++
}

// Ready tells the driver node i answers on addr (host:port of its API).
func (d *ClockDriver) Ready(i int, addr string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.nodes[i] = addr
}

// Remove takes node i out of the driver's view: it no longer waits for it.
func (d *ClockDriver) Remove(i int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	delete(d.nodes, i)
}

// Advances is how many times the driver moved chain time.
func (d *ClockDriver) Advances() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.advances
}

// Polls is how many /v1/status requests the driver made.
func (d *ClockDriver) Polls() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.polls
}

// Settle is one look at the nodes: OK when every node in view is idle at Head (and the
// head did not move meanwhile); Block when one waits for a block; Until the earliest chain
// time a node's clock waits for (0 if none).
type Settle struct {
	OK    bool
	Block bool
	Until uint64
	Head  *types.Header
	holds uint64
}

// Settled reads the chain's head and the status of every node in view. A node that does
// not answer (going down) or that the driver waits for makes the look not OK; an error is
// the chain's only.
func (d *ClockDriver) Settled(ctx context.Context) (Settle, error) {
	var s Settle
	head, err := d.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return s, fmt.Errorf("clock driver: read the head: %w", err)
	}
	s.Head = head
	d.mu.Lock()
	s.holds = d.holds
	idx := make([]int, 0, len(d.nodes))
	for i := range d.nodes {
		idx = append(idx, i)
	}
	addrs := make(map[int]string, len(d.nodes))
	for i, a := range d.nodes {
		addrs[i] = a
	}
	d.mu.Unlock()
	if len(idx) == 0 {
		return s, nil
	}
	slices.Sort(idx)
	for _, i := range idx {
		addr := addrs[i]
		if addr == "" {
			return s, nil
		}
		var st api.StatusResponse
		err := getJSON(ctx, addr, "/v1/status", &st)
		d.mu.Lock()
		d.polls++
		d.mu.Unlock()
		if err != nil {
			if ctx.Err() != nil {
				return s, fmt.Errorf("clock driver: %w", ctx.Err())
			}
			return s, nil // a node going down; whoever stops it tells the driver
		}
		if d.OnStatus != nil {
			d.OnStatus(i, st)
		}
		c := st.Clock
		if st.ChainHead != head.Number.Uint64() || c.Now != head.Time || !c.Idle {
			return s, nil
		}
		s.Block = s.Block || c.BeaconWaiters > 0 || c.KeeperWaitsBlock
		if c.Waiters > 0 && (s.Until == 0 || c.WaitUntil < s.Until) {
			s.Until = c.WaitUntil
		}
	}
	again, err := d.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return s, fmt.Errorf("clock driver: read the head: %w", err)
	}
	s.OK = again.Hash() == head.Hash()
	return s, nil
}

// Step looks at the nodes once and, if every one is idle at the head, moves chain time
// (one block); it reports whether it moved.
func (d *ClockDriver) Step(ctx context.Context) (bool, error) {
	s, err := d.Settled(ctx)
	if err != nil || !s.OK {
		return false, err
	}
	// Under the lock: a Hold after the look cancels the move, one during it waits for it.
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.holds != s.holds {
		return false, nil
	}
	var res string
	if s.Block || s.Until <= s.Head.Time {
		err = d.rpc.CallContext(ctx, &res, "evm_mine")
	} else {
		err = d.rpc.CallContext(ctx, &res, "evm_mine", s.Until)
	}
	if err != nil {
		return false, fmt.Errorf("clock driver: evm_mine: %w", err)
	}
	d.advances++
	return true, nil
}

// Run moves chain time (Step after Step, polling between looks) until stop is closed
// (nil) or ctx is done (its error).
func (d *ClockDriver) Run(ctx context.Context, stop <-chan struct{}) error {
	tick := time.NewTicker(max(d.Poll, time.Millisecond))
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return nil
		case <-ctx.Done():
			return fmt.Errorf("clock driver: %w", ctx.Err())
		case <-tick.C:
		}
		if _, err := d.Step(ctx); err != nil {
			select {
			case <-stop: // stopped while it looked
				return nil
			default:
			}
			return err
		}
	}
}

// Start runs Run in the background; the returned function stops it (once) and returns
// Run's error. failed, when set, is called with that error as soon as Run fails.
func (d *ClockDriver) Start(ctx context.Context, failed func(error)) (stop func() error) {
	stopC, done := make(chan struct{}), make(chan error, 1)
	go func() {
		err := d.Run(ctx, stopC)
		if err != nil && failed != nil {
			failed(err)
		}
		done <- err
	}()
	var once sync.Once
	var err error
	return func() error {
		once.Do(func() { close(stopC); err = <-done })
		return err
	}
}

// AwaitSettled polls until every node in view is idle at an unchanging head and returns
// that head: with the driver stopped, nothing moves after it. ctx is the hang guard.
func (d *ClockDriver) AwaitSettled(ctx context.Context) (*types.Header, error) {
	tick := time.NewTicker(max(d.Poll, time.Millisecond))
	defer tick.Stop()
	for {
		s, err := d.Settled(ctx)
		if err != nil {
			return nil, err
		}
		if s.OK {
			return s.Head, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("the nodes did not settle: %w", ctx.Err())
		case <-tick.C:
		}
	}
}
