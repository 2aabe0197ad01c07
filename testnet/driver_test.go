package testnet

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/devnet"
)

// clockNode is a node's /v1/status clock as the test sets it, answered over HTTP with the
// real chain's head: idle waiting for a chain time, for a block, or busy.
type clockNode struct {
	eth *ethclient.Client
	srv *httptest.Server

	mu    sync.Mutex
	busy  bool
	block bool
	until uint64
}

func newClockNode(t *testing.T, eth *ethclient.Client) *clockNode {
	n := &clockNode{eth: eth}
	n.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/status" {
			http.NotFound(w, r)
			return
		}
		h, err := eth.HeaderByNumber(r.Context(), nil)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		n.mu.Lock()
		var st api.StatusResponse
		st.ChainHead = h.Number.Uint64()
		st.Clock = api.ClockStatus{Now: h.Time, Idle: !n.busy, KeeperHead: h.Number.Uint64()}
		if n.block {
			st.Clock.BeaconWaiters = 1
		}
		if n.until != 0 {
			st.Clock.Waiters, st.Clock.WaitUntil = 1, n.until
		}
		n.mu.Unlock()
		_ = json.NewEncoder(w).Encode(st)
	}))
	t.Cleanup(n.srv.Close)
	return n
}

func (n *clockNode) addr() string { return strings.TrimPrefix(n.srv.URL, "http://") }

func (n *clockNode) set(busy, block bool, until uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.busy, n.block, n.until = busy, block, until
}

// TestClockDriverStep drives a real manual-clock dev chain one Step at a time: no node in
// view, a held node or a busy one stops the clock; idle nodes waiting for chain times move
// it to the earliest in one block; a node waiting for a block gets one block (+1 s).
func TestClockDriverStep(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang guard only
	defer cancel()
	chain, err := devnet.Start(ctx, devnet.Options{ManualClock: true})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Close()
	c, err := rpc.DialContext(ctx, chain.Manifest().RPCURL)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eth := ethclient.NewClient(c)
	head := func() (uint64, uint64) {
		t.Helper()
		h, err := eth.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return h.Number.Uint64(), h.Time
	}
	d := NewClockDriver(c)
	step := func(want bool) {
		t.Helper()
		moved, err := d.Step(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if moved != want {
			t.Fatalf("step moved %v, want %v", moved, want)
		}
	}
	n0, n1 := newClockNode(t, eth), newClockNode(t, eth)
	num, now := head()

	step(false) // no node in view
	d.Hold(0)
	d.Ready(1, n1.addr())
	n1.set(false, false, now+100)
	step(false) // node 0 is held
	d.Ready(0, n0.addr())
	n0.set(true, false, now+50)
	step(false) // node 0 is busy
	if n, _ := head(); n != num {
		t.Fatalf("head moved from %d to %d while the clock was held", num, n)
	}
	n0.set(false, false, now+50)
	step(true)
	if n, tm := head(); n != num+1 || tm != now+50 {
		t.Fatalf("head %d at %d, want %d at %d (the earliest wait)", n, tm, num+1, now+50)
	}
	n1.set(false, true, now+100)
	n0.set(false, false, now+70)
	step(true)
	if n, tm := head(); n != num+2 || tm != now+51 {
		t.Fatalf("head %d at %d, want %d at %d (one block for a beacon)", n, tm, num+2, now+51)
	}
	d.Remove(0)
	d.Remove(1)
	step(false) // nobody left in view
	if d.Advances() != 2 || d.Polls() < 5 {
		t.Errorf("advances %d, polls %d", d.Advances(), d.Polls())
	}

	// Run and AwaitSettled: the driver moves the node's wait, then nothing is left to wait for
	// but a block a poll; stopped, the chain settles.
	d.Ready(0, n0.addr())
	n0.set(false, false, now+200)
	ws, err := ethclient.DialContext(ctx, chain.Manifest().WSURL)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 16)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	stop := d.Start(ctx, nil)
	// Wait for the head that reaches the node's wait (a new head event, or already there).
	for _, tm := head(); tm < now+200; {
		select {
		case <-ctx.Done():
			t.Fatal("the driver never reached the node's wait")
		case err := <-sub.Err():
			t.Fatal(err)
		case h := <-heads:
			tm = h.Time
		}
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	h, err := d.AwaitSettled(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := head(); h.Number.Uint64() != n {
		t.Errorf("settled at %d, head %d", h.Number, n)
	}
}
