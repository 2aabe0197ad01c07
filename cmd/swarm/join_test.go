package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/ledger/bindings"
	"github.com/apiary-rl/apiary/node"
	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/indexer"
)

// TestJoinSwarm runs the whole binary as a user would: `swarm chain dev --clock manual`,
// `swarm run create`, then three `swarm join` processes on loopback. Chain time moves only
// when every live node is idle (swarmNet.drive), so nothing depends on how fast the machine
// is. It checks that every node reports through /v1/status, in every round, the model root
// the chain attests, and through /v1/rounds the chain's roots; that a node killed with
// SIGKILL right after it committed a round restarts on its data directory, reloads that very
// contribution, is not slashed (no Slashed event, stake intact) and commits again within two
// rounds; that a node started without the run config fetches it from its peers; that a
// second node on a data directory in use is refused; that every node's /v1/leaderboard
// equals the totals this test computes from the chain's events; and that SIGINT stops a
// node with exit status 0.
func TestJoinSwarm(t *testing.T) {
	if testing.Short() {
		t.Skip("plays real rounds")
	}
	begin := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute) // a hang guard only
	defer cancel()
	const nodes = 3
	s := newSwarmNet(t, ctx, nodes)
	ctx = s.ctx // ended early if the clock driver fails
	for i := range nodes {
		// Node 2 fetches the run config from its bootstrap peers.
		p := s.start(i, fmt.Sprintf("node %d", i), i < 2)
		st := p.next(ctx, "the started event", func(e node.Event) bool { return e.Kind == node.EventStarted })
		s.started(i, st)
		t.Logf("node %d: %s at round %d, api %s", i, st.Address, st.Round, st.API)
	}

	// A second node on a data directory in use gets one clear sentence.
	second := exec.Command(s.bin, append([]string{"join"}, s.joinArgs(0, true)...)...)
	second.Env = append(os.Environ(), "SWARM_PASSPHRASE="+joinPassphrase)
	var errBuf bytes.Buffer
	second.Stderr = &errBuf
	if err := second.Run(); err == nil || !strings.Contains(errBuf.String(), "in use by another swarm node") {
		t.Fatalf("a second node on node 0's data directory: err %v, stderr %q", err, errBuf.String())
	}

	stopDriver := s.startDriver()
	defer stopDriver()

	// Node 1 commits round 1 and is killed at once; it restarts on its data directory. The
	// clock waits for it: it is killed and back at one chain time.
	const killRound, last = 1, 4
	procs := make([]*joinProc, nodes)
	for i := range procs {
		procs[i] = s.nodes[i].proc
	}
	committed := procs[1].next(ctx, "its commitment of round 1", func(e node.Event) bool {
		return e.Kind == node.EventCommitted && e.Round == killRound
	})
	s.kill(1)
	t.Logf("node 1 killed after committing round %d (update %s)", killRound, committed.Update)
	procs[1] = s.start(1, "node 1 (restarted)", true)
	var reloaded *node.Event
	for started := false; !started || reloaded == nil; {
		e := procs[1].next(ctx, "the started and reloaded events", func(e node.Event) bool {
			return e.Kind == node.EventStarted || e.Kind == node.EventReloaded || (e.Kind == node.EventRound && e.Round >= killRound)
		})
		switch e.Kind {
		case node.EventStarted:
			s.started(1, e)
			started = true
		case node.EventReloaded:
			reloaded = &e
		default:
			t.Fatalf("node 1 ended round %d without reloading its contribution of round %d", e.Round, killRound)
		}
	}
	if reloaded.Round != killRound || reloaded.Update != committed.Update {
		t.Fatalf("after the restart: %+v, want the contribution of round %d with update %s reloaded", reloaded, killRound, committed.Update)
	}

	// Every node plays to the end of round last.
	ends := make([]map[uint64]node.Event, nodes)
	for i, p := range procs {
		ends[i] = map[uint64]node.Event{}
		for {
			e := p.next(ctx, fmt.Sprintf("the end of round %d", last), func(e node.Event) bool { return e.Kind == node.EventRound })
			ends[i][e.Round] = e
			if e.Round >= last {
				break
			}
		}
	}
	if err := stopDriver(); err != nil {
		t.Fatal(err)
	}
	head := s.awaitSettled()
	s.mu.Lock()
	advances := s.advances
	s.mu.Unlock()
	t.Logf("chain time stopped at block %d (%d s after the genesis), after %d moves of the clock", head.Number, head.Time-4102444800, advances)

	// Model roots: the chain's θ_r for every round, as each node reported it through
	// /v1/status while it played round r, and as its /v1/rounds reports the chain's.
	for r := uint64(1); r <= last; r++ {
		want, err := s.client.ModelRoot(ctx, s.runID, r)
		if err != nil {
			t.Fatal(err)
		}
		if want == ([32]byte{}) {
			t.Errorf("the chain attests no model θ_%d", r)
			continue
		}
		for i := range nodes {
			got, ok := s.nodes[i].roots[r]
			switch {
			case !ok && i == 1 && r <= killRound:
				// Killed in that round: its status may not have been read then.
			case !ok:
				t.Errorf("node %d: /v1/status never reported a model root in round %d", i, r)
			case got != common.Hash(want):
				t.Errorf("node %d: /v1/status in round %d reported θ = %s, the chain attests %x", i, r, got, want)
			}
			if e, ok := ends[i][r-1]; ok && e.Next != common.Hash(want).Hex() {
				t.Errorf("node %d ended round %d with θ_%d = %s, the chain attests %x", i, r-1, r, e.Next, want)
			}
		}
	}
	for i := range nodes {
		var rounds api.List[api.RoundResponse]
		if err := s.getJSON(ctx, s.nodes[i].api, "/v1/rounds", &rounds); err != nil {
			t.Fatal(err)
		}
		seen := 0
		for _, item := range rounds.Items {
			rd := item.Round
			if rd.Round >= last {
				continue
			}
			want, err := s.client.ModelRoot(ctx, s.runID, rd.Round+1)
			if err != nil {
				t.Fatal(err)
			}
			if rd.ModelRoot == (common.Hash{}) && rd.Round < 2 {
				continue // rounds before the lag D = 2 aggregate nothing: no vote, θ stays θ_0
			}
			if rd.ModelRoot != common.Hash(want) {
				t.Errorf("node %d: /v1/rounds round %d model root %s, the chain attests θ_%d = %x", i, rd.Round, rd.ModelRoot, rd.Round+1, want)
			}
			seen++
		}
		if seen < last-2 {
			t.Errorf("node %d: /v1/rounds agrees on %d of rounds 2..%d", i, seen, last-1)
		}
	}

	// The killed node was not slashed and is back within two rounds.
	slashes, err := ledger.History[ledger.Slashed](ctx, s.client, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range slashes {
		t.Errorf("slashed on chain: %s in round %d, %s wei", e.Peer, e.Round, e.Amount)
	}
	for i, a := range s.addrs {
		m, err := s.client.Member(ctx, s.runID, a)
		if err != nil {
			t.Fatal(err)
		}
		if m.Stake.Cmp(ledger.Ether(1)) != 0 {
			t.Errorf("node %d's stake is %s wei, want 1 ether", i, m.Stake)
		}
	}
	commits, err := ledger.History[ledger.Committed](ctx, s.client, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	back := false
	for _, c := range commits {
		if c.Peer == s.addrs[1] && c.Round > killRound && c.Round <= killRound+2 {
			back = true
		}
	}
	if !back {
		t.Errorf("the restarted node committed neither in round %d nor in %d", killRound+1, killRound+2)
	}
	final, err := s.client.FinalSet(ctx, s.runID, killRound)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("final set of round %d: %d contributions, the killed node's among them: %v", killRound, len(final), slices.Contains(final, s.addrs[1]))

	// The leaderboard of every node equals the totals of the chain's events.
	want := leaderboardFromEvents(t, ctx, s.client, s.runID, head.Number.Uint64())
	tick := time.NewTicker(s.poll)
	defer tick.Stop()
	for i := range nodes {
		// The indexer follows heads: compare the node's leaderboard with the chain's events up
		// to the block it says it indexed, once it has indexed the settled head (a block sealed
		// since, for a late transaction, only moves the target).
		for {
			before, err := s.status(ctx, s.nodes[i].api)
			if err != nil {
				t.Fatal(err)
			}
			var got api.List[indexer.Entry]
			if err := s.getJSON(ctx, s.nodes[i].api, "/v1/leaderboard", &got); err != nil {
				t.Fatal(err)
			}
			after, err := s.status(ctx, s.nodes[i].api)
			if err != nil {
				t.Fatal(err)
			}
			if before.IndexedTo > head.Number.Uint64() && before.IndexedTo == after.IndexedTo {
				at := leaderboardFromEvents(t, ctx, s.client, s.runID, after.IndexedTo-1)
				if diff := leaderboardDiff(got.Items, at); diff != "" {
					t.Fatalf("node %d: /v1/leaderboard (indexed to block %d) differs from the chain's events: %s", i, after.IndexedTo, diff)
				}
				break
			}
			select {
			case <-ctx.Done():
				t.Fatalf("node %d: indexed to block %d, the settled head is %d", i, after.IndexedTo, head.Number.Uint64())
			case <-tick.C:
			}
		}
	}
	earned, claimed := false, false
	for _, e := range want {
		earned, claimed = earned || e.Earned.Sign() > 0, claimed || e.Claimed.Sign() > 0
	}
	if !earned || !claimed {
		t.Errorf("no reward earned (%v) or claimed (%v) by the end of round %d: the comparison proves little", earned, claimed, last)
	}
	for _, e := range want {
		t.Logf("leaderboard %s: contributions %d final %d attestations %d earned %s claimed %s slashed %s",
			e.Address, e.Contributions, e.Final, e.Attestations, e.Earned, e.Claimed, e.Slashed)
	}
	for r := uint64(0); r <= last; r++ {
		for i := range procs {
			if e, ok := ends[i][r]; ok {
				t.Logf("round %d node %d: committed %v adopted %v verified %d attested %d aggregated %d next %s",
					r, i, e.Committed, e.Adopted, e.Verified, e.Attested, e.Aggregated, short(e.Next))
			}
		}
	}

	// SIGINT stops every node cleanly.
	for i, p := range procs {
		s.remove(i)
		if err := p.interrupt(); err != nil {
			t.Errorf("node %d after SIGINT: %v; stderr tail:\n%s", i, err, tail(p.stderr.String(), 2000))
		}
		if w := p.stderr.String(); w != "" {
			t.Logf("warnings of node %d:\n%s", i, tail(w, 3000))
		}
	}
	t.Logf("wall time %v", time.Since(begin).Round(time.Second))
}

// leaderboardFromEvents computes every leaderboard column from the Ledger's events up to
// block to, independently of node/indexer: stake (joined, less slashes and penalties),
// contributions, duplicates, attestations standing, final contributions and earnings by the
// Ledger's finalization rule (a non-duplicate commitment with an attestation and no
// conviction earns the round's share; each standing attestation earns the verifier fee),
// claims, slashes, penalties and disputes won and lost.
func leaderboardFromEvents(t *testing.T, ctx context.Context, c *ledger.Client, run ledger.RunID, to uint64) map[common.Address]*indexer.Entry {
	t.Helper()
	rows := map[common.Address]*indexer.Entry{}
	row := func(a common.Address) *indexer.Entry {
		if rows[a] == nil {
			rows[a] = &indexer.Entry{Address: a, Stake: indexer.Amount{Int: new(big.Int)}, Earned: indexer.Amount{Int: new(big.Int)},
				Claimed: indexer.Amount{Int: new(big.Int)}, Slashed: indexer.Amount{Int: new(big.Int)}, Penalized: indexer.Amount{Int: new(big.Int)}}
		}
		return rows[a]
	}
	ours := func(id [32]byte) bool { return id == [32]byte(run) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	var fee *big.Int
	created, err := ledger.History[ledger.RunCreated](ctx, c, 0, &to)
	must(err)
	for _, e := range created {
		if ours(e.RunId) {
			fee = e.Config.VerifierFee
		}
	}
	if fee == nil {
		t.Fatal("no RunCreated event for the run")
	}
	joined, err := ledger.History[ledger.Joined](ctx, c, 0, &to)
	must(err)
	for _, e := range joined {
		if ours(e.RunId) {
			row(e.Peer).Stake.Set(e.Stake)
		}
	}
	left, err := ledger.History[bindings.LedgerLeft](ctx, c, 0, &to)
	must(err)
	for _, e := range left {
		if ours(e.RunId) {
			row(e.Peer).Stake.SetInt64(0)
		}
	}
	type key struct {
		round uint64
		peer  common.Address
	}
	commits, err := ledger.History[ledger.Committed](ctx, c, 0, &to)
	must(err)
	committedIn := map[uint64][]*ledger.Committed{}
	for _, e := range commits {
		if ours(e.RunId) {
			r := row(e.Peer)
			r.Contributions++
			if e.Duplicate {
				r.Duplicates++
			}
			committedIn[e.Round] = append(committedIn[e.Round], e)
		}
	}
	attested := map[key]int{}   // (round, solver) → attestations
	verified := map[key]int{}   // (round, verifier) → standing attestations
	convicted := map[key]bool{} // (round, solver)
	atts, err := ledger.History[ledger.ContributionAttested](ctx, c, 0, &to)
	must(err)
	for _, e := range atts {
		if ours(e.RunId) {
			attested[key{e.Round, e.Solver}]++
			verified[key{e.Round, e.Verifier}]++
			row(e.Verifier).Attestations++
		}
	}
	slashes, err := ledger.History[ledger.Slashed](ctx, c, 0, &to)
	must(err)
	for _, e := range slashes {
		if ours(e.RunId) {
			r := row(e.Peer)
			r.Slashed.Add(r.Slashed.Int, e.Amount)
			r.Stake.Sub(r.Stake.Int, e.Amount)
			convicted[key{e.Round, e.Peer}] = true
		}
	}
	pens, err := ledger.History[bindings.LedgerVerifierPenalized](ctx, c, 0, &to)
	must(err)
	for _, e := range pens {
		if ours(e.RunId) {
			r := row(e.Verifier)
			r.Penalized.Add(r.Penalized.Int, e.Amount)
			r.Stake.Sub(r.Stake.Int, e.Amount)
			if k := (key{e.Round, e.Verifier}); verified[k] > 0 {
				verified[k]--
				r.Attestations--
			}
		}
	}
	fins, err := ledger.History[bindings.LedgerRoundFinalized](ctx, c, 0, &to)
	must(err)
	for _, e := range fins {
		if !ours(e.RunId) {
			continue
		}
		n := 0
		for _, cm := range committedIn[e.Round] {
			if cm.Duplicate || convicted[key{e.Round, cm.Peer}] || attested[key{e.Round, cm.Peer}] == 0 {
				continue
			}
			n++
			r := row(cm.Peer)
			r.Final++
			r.Earned.Add(r.Earned.Int, e.PerContribution)
		}
		if uint32(n) != e.FinalCount {
			t.Errorf("round %d: %d contributions final by the events, RoundFinalized says %d", e.Round, n, e.FinalCount)
		}
		for k, v := range verified {
			if k.round == e.Round && v > 0 {
				r := row(k.peer)
				r.Earned.Add(r.Earned.Int, new(big.Int).Mul(fee, big.NewInt(int64(v))))
			}
		}
	}
	claims, err := ledger.History[bindings.LedgerRewardClaimed](ctx, c, 0, &to)
	must(err)
	for _, e := range claims {
		if ours(e.RunId) {
			r := row(e.Peer)
			r.Claimed.Add(r.Claimed.Int, e.Amount)
		}
	}
	opened, err := ledger.History[ledger.DisputeOpened](ctx, c, 0, &to)
	must(err)
	parties := map[string][2]common.Address{}
	for _, e := range opened {
		if ours(e.RunId) {
			parties[e.Id.String()] = [2]common.Address{e.Solver, e.Challenger}
			row(e.Solver)
			row(e.Challenger)
		}
	}
	resolved, err := ledger.History[ledger.DisputeResolved](ctx, c, 0, &to)
	must(err)
	for _, e := range resolved {
		p, ok := parties[e.Id.String()]
		if !ok {
			continue
		}
		switch e.Winner {
		case p[0]:
			row(p[0]).DisputesWon++
			row(p[1]).DisputesLost++
		case p[1]:
			row(p[1]).DisputesWon++
			row(p[0]).DisputesLost++
		}
	}
	for _, r := range rows {
		if r.Stake.Sign() < 0 {
			r.Stake.SetInt64(0)
		}
	}
	return rows
}

// leaderboardDiff compares every column but the rank of got with want; "" if equal.
func leaderboardDiff(got []indexer.Entry, want map[common.Address]*indexer.Entry) string {
	var diffs []string
	seen := map[common.Address]bool{}
	for _, g := range got {
		seen[g.Address] = true
		w, ok := want[g.Address]
		if !ok {
			diffs = append(diffs, fmt.Sprintf("%s is on the leaderboard, in no event", g.Address))
			continue
		}
		for _, col := range []struct {
			name      string
			got, want any
		}{
			{"stake", g.Stake.String(), w.Stake.String()}, {"contributions", g.Contributions, w.Contributions},
			{"final", g.Final, w.Final}, {"duplicates", g.Duplicates, w.Duplicates},
			{"attestations", g.Attestations, w.Attestations}, {"earned", g.Earned.String(), w.Earned.String()},
			{"claimed", g.Claimed.String(), w.Claimed.String()}, {"slashed", g.Slashed.String(), w.Slashed.String()},
			{"penalized", g.Penalized.String(), w.Penalized.String()}, {"disputes won", g.DisputesWon, w.DisputesWon},
			{"disputes lost", g.DisputesLost, w.DisputesLost},
		} {
			if col.got != col.want {
				diffs = append(diffs, fmt.Sprintf("%s %s: leaderboard %v, events %v", g.Address, col.name, col.got, col.want))
			}
		}
	}
	for a := range want {
		if !seen[a] {
			diffs = append(diffs, fmt.Sprintf("%s is in the events, not on the leaderboard", a))
		}
	}
	slices.Sort(diffs)
	return strings.Join(diffs, "; ")
}
