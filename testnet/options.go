package testnet

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Adversaries are the cheating behaviours of issue 12, by flag name (docs/TESTNET.md
// "Adversaries"). A node plays one of them through `swarm join --adversary NAME`, built by
// testnet/adversary on the node's adversary hooks (node.WithAdversary).
var Adversaries = []string{
	"tamper",             // flip a bit of an element at matrix products of its own trace
	"wrong-model",        // train from a model other than θ_r, committed with θ_r's root
	"empty-trace",        // a tampered contribution whose dispute answers post a truncated trace
	"wrong-update",       // an update that is not the trace's output
	"wrong-reward",       // wrong reward claims in its rollouts
	"copy",               // commit a copy of another peer's commitment
	"withhold",           // withhold the update blob after committing
	"withhold-records",   // a cheat that withholds its records in a dispute
	"sham-dispute",       // challenge honest contributions falsely
	"offline-in-dispute", // a cheat that posts its disputed step, then goes offline
	"lazy",               // attest assigned contributions without re-executing them
}

// Available lists the adversaries `swarm join` can play: every one of Adversaries
// (testnet/adversary builds them all).
var Available = slices.Clone(Adversaries)

// Faults are the fault injections of issue 12; FaultsAvailable those Up can run.
var (
	Faults          = []string{"kill9", "partition", "arm64"}
	FaultsAvailable = []string{"kill9", "partition", "arm64"}
)

// ParseAdversaries parses `name=count,...` (e.g. "tamper=1,lazy=2"): every
// name from Adversaries, at most once, with a positive count; at least one
// of nodes must stay honest. An empty string is no adversary.
func ParseAdversaries(s string, nodes int) (map[string]int, error) {
	out := map[string]int{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	total := 0
	for _, part := range strings.Split(s, ",") {
		name, count, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			return nil, fmt.Errorf("adversary %q: want name=count, e.g. tamper=1", part)
		}
		if !slices.Contains(Adversaries, name) {
			return nil, fmt.Errorf("unknown adversary %q: the adversaries are %s", name, strings.Join(Adversaries, ", "))
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("adversary %q given twice", name)
		}
		n, err := strconv.Atoi(count)
		if err != nil || n <= 0 || n > 1024 {
			return nil, fmt.Errorf("adversary %s=%s: want a positive count of nodes", name, count)
		}
		out[name] = n
		total += n
	}
	if total >= nodes {
		return nil, fmt.Errorf("%d adversaries among %d nodes: at least one node must be honest (raise --nodes)", total, nodes)
	}
	return out, nil
}

// checkAvailable refuses adversaries `swarm join` cannot play, naming them.
func checkAvailable(adv map[string]int) error {
	var missing []string
	for name := range adv {
		if !slices.Contains(Available, name) {
			missing = append(missing, name)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	slices.Sort(missing)
	return fmt.Errorf("adversary %s not available: `swarm join --adversary` cannot play it (available: %s)",
		strings.Join(missing, ", "), strings.Join(Available, ", "))
}

// ParseFaults validates --chaos values: names from Faults that Up can run.
func ParseFaults(names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		n = strings.TrimSpace(n)
		switch {
		case n == "":
			continue
		case !slices.Contains(Faults, n):
			return nil, fmt.Errorf("unknown fault %q: the faults are %s", n, strings.Join(Faults, ", "))
		case !slices.Contains(FaultsAvailable, n):
			return nil, fmt.Errorf("fault %q not available yet (available: %s)", n, strings.Join(FaultsAvailable, ", "))
		case slices.Contains(out, n):
			return nil, fmt.Errorf("fault %q given twice", n)
		}
		out = append(out, n)
	}
	return out, nil
}

// killTarget is the node the kill -9 schedule kills in round r (every `every`
// rounds from round `every`, a different node each time), or -1 for none.
func killTarget(r uint64, every, nodes int) int {
	if every <= 0 || nodes <= 0 || r == 0 || r%uint64(every) != 0 {
		return -1
	}
	k := r / uint64(every) // the k-th kill, k >= 1
	return int(k % uint64(nodes))
}
