package testnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
)

// play reads the nodes' events until every round of the run was printed or ctx is
// done, injecting the scheduled faults, then gathers the chain's totals, stops the
// nodes and returns the report.
func (t *testnet) play(ctx context.Context) (*Report, error) {
	o := t.o
	rep := &Report{Run: t.runHex, ChainID: t.man.ChainID, Task: o.Task, Size: o.Size, RoundSeconds: uint64(o.Round / time.Second),
		Rounds: o.Rounds, Faults: append([]string{}, o.Faults...), Played: []Round{}, Kills: []Kill{}, Disputes: []Dispute{},
		Adversaries: []AdversaryReport{}}
	var minStake *big.Int // the run's minimum stake: a node below it cannot come back
	if run, err := t.client.Run(ctx, t.runID); err == nil {
		rep.FinalityLag, minStake = uint64(run.Cfg.FinalityLag), run.Cfg.MinStake
	}
	t.header()
	kill9 := slices.Contains(o.Faults, "kill9")
	killed, picks := map[uint64]bool{}, map[uint64]int{}
	next := uint64(0)
	var failed error
	// A round whose end no node reports for stall of wall time is printed with what is
	// known: a hang guard, not a correctness dependency (rounds are waited on as events).
	stall := 5 * o.Round
	guard := o.Clock.After(stall + o.StartIn)
loop:
	for next < uint64(o.Rounds) {
		select {
		case <-ctx.Done():
			rep.Interrupted = true
			break loop
		case err := <-t.driverErr: // nil channel on the wall clock
			if ctx.Err() != nil {
				rep.Interrupted = true
			} else {
				failed = err
			}
			break loop
		case <-guard:
			fmt.Fprintf(o.Out, "round %d: no node ended it within %v; printing what is known\n", next, stall)
			t.emit(ctx, rep, next)
			next++
			guard = o.Clock.After(stall)
			continue
		case e := <-t.next():
			n := t.nodes[e.idx]
			if e.gen != n.gen {
				continue // an earlier process of a restarted node
			}
			switch {
			case e.bad != "":
				o.Logger.Warn("testnet: a node printed a line that is not an event", "node", e.idx, "err", e.bad)
				continue
			case e.exit:
				n.up = false
				if n.killing {
					t.restart(n)
					continue
				}
				t.forget(n) // gone for good: the clock no longer waits for it
				fmt.Fprintf(o.Out, "node %d exited (%v); its log: %s\n", e.idx, e.err, n.entry.Log)
				if !slices.ContainsFunc(t.nodes, func(n *nodeState) bool { return n.up }) {
					failed = errors.New("every node exited; see their logs under " + t.dir)
					break loop
				}
			default:
				if e.ev.Kind == node.EventStarted {
					t.ready(n)
				}
				t.observe(n, e.ev, rep)
				t.faultEvent(n, e.ev)
				if e.ev.Kind == node.EventRound {
					guard = o.Clock.After(stall)
				}
				if kill9 && !killed[e.ev.Round] && e.ev.Round+1 < uint64(o.Rounds) &&
					(e.ev.Kind == node.EventCommitted || e.ev.Kind == node.EventRound) && t.killPick(ctx, picks, minStake, e.ev.Round) == e.idx {
					killed[e.ev.Round] = true
					t.kill(n, e.ev.Round, rep)
				}
			}
		}
		for next < uint64(o.Rounds) && t.complete(next) && t.settled(ctx, next, o.Rounds) {
			t.emit(ctx, rep, next)
			next++
		}
	}
	fin, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	t.totals(fin, rep)
	t.faultReport(rep)
	if err := t.haltClock(); err != nil && failed == nil && !rep.Interrupted {
		failed = err
	}
	t.stop()
	rep.summarize()
	return rep, failed
}

// header prints where the testnet runs.
func (t *testnet) header() {
	o := t.o
	if o.JSON {
		printJSON(o.Out, map[string]any{"event": "testnet", "dir": t.dir, "chain_rpc": t.man.ChainRPC, "clock": o.ChainClock, "run": t.runHex, "nodes": t.man.Nodes})
		return
	}
	fmt.Fprintf(o.Out, "testnet in %s: dev chain %s (%s clock), run %s, %d rounds of %v\n", t.dir, t.man.ChainRPC, o.ChainClock, t.runHex, o.Rounds, o.Round)
	for _, n := range t.nodes {
		adv := ""
		if n.entry.Adversary != "" {
			adv = " adversary " + n.entry.Adversary
		}
		fmt.Fprintf(o.Out, "  node %d %s pid %d api http://%s/ log %s%s\n", n.entry.Index, n.entry.Address, n.entry.PID, n.entry.API, n.entry.Log, adv)
	}
}

// observe records one event of node n.
func (t *testnet) observe(n *nodeState, e node.Event, rep *Report) {
	switch e.Kind {
	case node.EventRound:
		n.ends[e.Round] = e
		n.last = max(n.last, int64(e.Round))
	case node.EventReloaded:
		if n.kill >= 0 {
			rep.Kills[n.kill].Reloaded = true
		}
	}
	if n.kill >= 0 && e.Round > rep.Kills[n.kill].Round &&
		(e.Kind == node.EventCommitted || (e.Kind == node.EventRound && e.Committed)) {
		k := &rep.Kills[n.kill]
		k.Back, k.BackRound = true, e.Round
		n.kill = -1
		t.note(fmt.Sprintf("node %d back: committed in round %d", n.entry.Index, e.Round), map[string]any{"event": "back", "node": n.entry.Index, "round": e.Round})
	}
}

// kill sends SIGKILL to node n (the fault schedule, in round r); it restarts when its exit is read.
func (t *testnet) kill(n *nodeState, r uint64, rep *Report) {
	if !n.up {
		return
	}
	t.hold(n) // the clock waits for it until it is back
	if err := syscall.Kill(n.proc.cmd.Process.Pid, syscall.SIGKILL); err != nil {
		t.ready(n)
		t.o.Logger.Warn("testnet: kill -9", "node", n.entry.Index, "err", err)
		return
	}
	n.killing = true
	rep.Kills = append(rep.Kills, Kill{Node: n.entry.Index, Round: r})
	n.kill = len(rep.Kills) - 1
	t.note(fmt.Sprintf("round %d: kill -9 node %d (pid %d)", r, n.entry.Index, n.entry.PID), map[string]any{"event": "kill9", "node": n.entry.Index, "round": r})
}

// killPick is the node the kill -9 schedule kills in round r, or -1: the schedule's
// target (killTarget), or the next node after it that can come back. A node that is
// down for good, or whose stake a conviction took below the run's minimum (join refuses
// to start it again), is passed over: killing it would show nothing. The pick is made
// once per round and kept in picks; min is the run's minimum stake (nil: unknown, no node
// is passed over for its stake).
func (t *testnet) killPick(ctx context.Context, picks map[uint64]int, min *big.Int, r uint64) int {
	if p, ok := picks[r]; ok {
		return p
	}
	q, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	p := nextKillable(killTarget(r, t.o.KillEvery, len(t.nodes)), len(t.nodes), func(i int) bool {
		n := t.nodes[i]
		if !n.up || n.killing {
			return false
		}
		if min == nil {
			return true
		}
		m, err := t.client.Member(q, t.runID, common.HexToAddress(n.entry.Address))
		return err != nil || m.Stake == nil || m.Stake.Cmp(min) >= 0
	})
	picks[r] = p
	return p
}

// nextKillable is the first of base, base+1, … (mod n) that ok accepts, or -1 (also
// for base -1).
func nextKillable(base, n int, ok func(int) bool) int {
	if base < 0 {
		return -1
	}
	for k := range n {
		if i := (base + k) % n; ok(i) {
			return i
		}
	}
	return -1
}

// restart starts a killed node again on its data directory.
func (t *testnet) restart(n *nodeState) {
	if err := t.start(n); err != nil {
		t.forget(n)
		fmt.Fprintf(t.o.Out, "node %d: restart failed: %v\n", n.entry.Index, err)
		return
	}
	n.restarts++
	if err := WriteManifest(t.dir, &t.man); err != nil {
		t.o.Logger.Warn("testnet: manifest", "err", err)
	}
	t.note(fmt.Sprintf("node %d restarted (pid %d)", n.entry.Index, n.entry.PID), map[string]any{"event": "restart", "node": n.entry.Index, "pid": n.entry.PID})
}

// note prints a fault line, or its JSON object.
func (t *testnet) note(line string, obj map[string]any) {
	if t.o.JSON {
		printJSON(t.o.Out, obj)
		return
	}
	fmt.Fprintln(t.o.Out, line)
}

// complete reports whether every node has ended round r, ended a later one, or is down.
func (t *testnet) complete(r uint64) bool {
	ended := false
	for _, n := range t.nodes {
		if n.last >= int64(r) {
			ended = true
			continue
		}
		if n.up && !n.killing {
			return false
		}
	}
	return ended
}

// settled reports whether round r's line can be printed once every live node ended it:
// the chain holds θ_{r+1}, or it cannot yet and will not before the next round's end.
// A round whose final set drew no vote has no θ_{r+1} on chain until its end time
// (θ_r carries over then), which the nodes' events can precede; its line waits for the
// next round's end, or is printed as pending for the last round.
func (t *testnet) settled(ctx context.Context, r uint64, rounds int) bool {
	if r+1 >= uint64(rounds) || t.complete(r+1) {
		return true
	}
	q, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	root, err := t.client.ModelRoot(q, t.runID, r+1)
	return err != nil || root != [32]byte{}
}

// emit gathers round r from the nodes' events, their APIs and the chain, prints its
// line and appends it to the report.
func (t *testnet) emit(ctx context.Context, rep *Report, r uint64) {
	q, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	rd := Round{Round: r, Nodes: []NodeRound{}}
	if root, err := t.client.ModelRoot(q, t.runID, r+1); err == nil {
		rd.ChainRoot = common.Hash(root).Hex()
	}
	var rewards, accs []float64
	chainView, committers := false, map[common.Address]bool{}
	for _, n := range t.nodes {
		nr := NodeRound{Node: n.entry.Index, Down: !n.up || n.killing}
		if e, ok := n.ends[r]; ok {
			nr.Ended, nr.Next, nr.Committed = true, e.Next, e.Committed
			nr.Verified, nr.Attested, nr.Aggregated = e.Verified, e.Attested, e.Aggregated
		}
		if n.up && !n.killing {
			var resp api.RoundResponse
			if err := getJSON(q, n.entry.API, fmt.Sprintf("/v1/rounds/%d", r), &resp); err == nil {
				if !chainView {
					rd.Commits, rd.Attestations, chainView = len(resp.Commits), resp.Attestations, true
					for _, c := range resp.Commits {
						committers[c.Peer] = true
					}
				}
				if resp.Curve != nil {
					rw := resp.Curve.Reward
					nr.Reward, rewards = &rw, append(rewards, rw)
					if resp.Curve.Evaluated { // held-out accuracy of θ_{r+1}
						ac := resp.Curve.Accuracy
						nr.Accuracy, accs = &ac, append(accs, ac)
					}
				}
			}
		}
		if m, err := t.client.Member(q, t.runID, common.HexToAddress(n.entry.Address)); err == nil && m.Stake != nil {
			nr.Stake = m.Stake.String()
		}
		rd.Nodes = append(rd.Nodes, nr)
	}
	if chainView { // the chain's word on who committed, over the processes' events
		for i := range rd.Nodes {
			rd.Nodes[i].Committed = committers[common.HexToAddress(t.nodes[i].entry.Address)]
		}
	}
	rd.Agreed = agreedRoot(&rd)
	rd.MeanReward, rd.MeanAccuracy = mean(rewards), mean(accs)
	if ds, err := t.disputes(q); err == nil {
		for _, d := range ds {
			if d.Round == r {
				rd.Disputes++
			}
		}
	}
	rep.Played = append(rep.Played, rd)
	if t.o.JSON {
		printJSON(t.o.Out, struct {
			Event string `json:"event"`
			Round
		}{"round", rd})
		return
	}
	same := 0
	for _, nr := range rd.Nodes {
		if nr.Ended && strings.EqualFold(nr.Next, rd.ChainRoot) {
			same++
		}
	}
	mark := ""
	switch {
	case rd.ChainRoot == "" || rd.ChainRoot == (common.Hash{}).Hex():
		mark = " (the chain's root is not decided yet)"
	case !rd.Agreed:
		mark = " (NOT agreed)"
	}
	fmt.Fprintf(t.o.Out, "round %d | model %s: %d of %d nodes ended with the chain's root%s | reward %s | accuracy %s | commits %d | attestations %d | disputes %d\n",
		r, short(rd.ChainRoot), same, len(rd.Nodes), mark, fmtMean(rd.MeanReward), fmtMean(rd.MeanAccuracy), rd.Commits, rd.Attestations, rd.Disputes)
}

// disputes asks a live node for the run's disputes.
func (t *testnet) disputes(ctx context.Context) ([]indexer.Dispute, error) {
	var err error = errors.New("no node is up")
	for _, n := range t.nodes {
		if !n.up || n.killing {
			continue
		}
		var l api.List[indexer.Dispute]
		if err = getJSON(ctx, n.entry.API, "/v1/disputes?limit=1000", &l); err == nil {
			return l.Items, nil
		}
	}
	return nil, err
}

// totals fills the per-node totals, rewards per round, disputes and final stakes.
func (t *testnet) totals(ctx context.Context, rep *Report) {
	byRound := map[uint64]int{}
	final := map[int]map[uint64]bool{} // node → rounds it was in the final set of
	for i, p := range rep.Played {
		byRound[p.Round] = i
	}
	for _, n := range t.nodes {
		nr := NodeReport{Index: n.entry.Index, Address: n.entry.Address, PeerID: n.entry.PeerID, Adversary: n.entry.Adversary,
			StakeBefore: n.stake, Restarts: n.restarts, Earned: "0", Fees: "0", Slashed: "0"}
		for _, p := range rep.Played {
			if p.Nodes[n.entry.Index].Committed {
				nr.Commits++
			}
		}
		if m, err := t.client.Member(ctx, t.runID, common.HexToAddress(n.entry.Address)); err == nil && m.Stake != nil {
			nr.StakeAfter = m.Stake.String()
		}
		if nr.StakeBefore == "" && len(rep.Played) > 0 {
			nr.StakeBefore = rep.Played[0].Nodes[n.entry.Index].Stake
		}
		var rw api.RewardsResponse
		if err := t.anyNode(ctx, "/v1/peers/"+n.entry.Address+"/rewards", &rw); err == nil {
			earned, fees, slashed := new(big.Int), new(big.Int), new(big.Int)
			final[n.entry.Index] = map[uint64]bool{}
			for _, x := range rw.Rounds {
				final[n.entry.Index][x.Round] = x.Final
				earned.Add(earned, wei(x.Reward))
				fees.Add(fees, wei(x.Fees))
				slashed.Add(slashed, wei(x.Slashed))
				if i, ok := byRound[x.Round]; ok {
					p := &rep.Played[i].Nodes[n.entry.Index]
					p.Earned, p.Fees, p.Slashed = wei(x.Reward).String(), wei(x.Fees).String(), wei(x.Slashed).String()
				}
			}
			nr.Earned, nr.Fees, nr.Slashed = earned.String(), fees.String(), slashed.String()
		}
		rep.Nodes = append(rep.Nodes, nr)
	}
	// θ_{r+1} may be agreed on chain after the round's line was printed: read every root again.
	for i := range rep.Played {
		p := &rep.Played[i]
		root, err := t.client.ModelRoot(ctx, t.runID, p.Round+1)
		if err != nil {
			continue
		}
		p.ChainRoot = common.Hash(root).Hex()
		p.Agreed = agreedRoot(p)
	}
	if ds, err := t.disputes(ctx); err == nil {
		for i := range rep.Played {
			rep.Played[i].Disputes = 0
		}
		for _, d := range ds {
			rep.Disputes = append(rep.Disputes, Dispute{ID: d.ID, Round: d.Round, Solver: d.Solver.Hex(), Challenger: d.Challenger.Hex(),
				State: d.State, Outcome: d.Outcome, Slashed: wei(d.Slashed).String()})
			if i, ok := byRound[d.Round]; ok {
				rep.Played[i].Disputes++
			}
		}
	}
	t.gatherCheats(ctx, rep, final)
}

// anyNode GETs path from the first live node that answers.
func (t *testnet) anyNode(ctx context.Context, path string, v any) error {
	err := errors.New("no node is up")
	for _, n := range t.nodes {
		if n.up && !n.killing {
			if err = getJSON(ctx, n.entry.API, path, v); err == nil {
				return nil
			}
		}
	}
	return err
}

// stop sends SIGINT to every node, waits Grace for their exits, then SIGKILLs the rest.
func (t *testnet) stop() {
	live := 0
	for _, n := range t.nodes {
		if n.up {
			_ = syscall.Kill(n.proc.cmd.Process.Pid, syscall.SIGINT)
			live++
		}
	}
	deadline := t.o.Clock.After(t.o.Grace)
	for live > 0 {
		select {
		case e := <-t.next():
			n := t.nodes[e.idx]
			if e.exit && e.gen == n.gen && n.up {
				n.up = false
				live--
			}
		case <-deadline:
			for _, n := range t.nodes {
				if n.up {
					fmt.Fprintf(t.o.Out, "node %d did not stop within %v: SIGKILL\n", n.entry.Index, t.o.Grace)
					_ = syscall.Kill(n.proc.cmd.Process.Pid, syscall.SIGKILL)
					<-n.proc.done
					n.up = false
				}
			}
			live = 0
		}
	}
}

func mean(xs []float64) *float64 {
	if len(xs) == 0 {
		return nil
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	return &m
}

func fmtMean(p *float64) string {
	if p == nil {
		return "-"
	}
	return fmt.Sprintf("%.3f", *p)
}

// wei is an API amount as a big.Int (zero when absent).
func wei(a indexer.Amount) *big.Int {
	if a.Int == nil {
		return new(big.Int)
	}
	return a.Int
}

// next returns a channel holding the next event: a pending one first.
func (t *testnet) next() <-chan nodeEvent {
	if len(t.pending) == 0 {
		return t.events
	}
	c := make(chan nodeEvent, 1)
	c <- t.pending[0]
	t.pending = t.pending[1:]
	return c
}

// agreedRoot reports whether the chain holds a root for p and every node that ended
// the round ended it with that root.
func agreedRoot(p *Round) bool {
	if p.ChainRoot == "" || p.ChainRoot == (common.Hash{}).Hex() {
		return false
	}
	ends := 0
	for _, n := range p.Nodes {
		if n.Ended {
			ends++
			if !strings.EqualFold(n.Next, p.ChainRoot) {
				return false
			}
		}
	}
	return ends > 0
}
