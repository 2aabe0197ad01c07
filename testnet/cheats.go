package testnet

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/apiary-rl/apiary/node/api"
)

// Cheat is what became of one contribution an adversary node committed (adversaries that
// cheat in their contributions: every one they commit is wrong, copied or withheld).
type Cheat struct {
	Node      int    `json:"node"`
	Adversary string `json:"adversary"`
	Round     uint64 `json:"round"`
	// Fate is "convicted" (Verdict says by which dispute outcome), "duplicate" (the chain
	// marked it a copy), "not attested" (no assigned verifier vouched for it), "final" (it
	// got into the round's final set: the cheat went through) or "pending" (attested, not
	// final, not convicted: a dispute was open or the round did not finalize before the end)
	// or "moot" (final, with the update an honest contribution of the round has: the cheat
	// changed nothing that is committed — e.g. a wrong model whose groups all have zero
	// advantage, so every gradient is zero whatever the model — or the withheld blob is the
	// honest peer's, which serves it; or a withheld update that the swarm aggregated D rounds
	// later: a peer that computed the same bytes, committed or not, served it). Moot cheats
	// are not counted as cheating contributions.
	Fate         string `json:"fate"`
	Verdict      string `json:"verdict,omitempty"`
	Attestations uint64 `json:"attestations"`
	Duplicate    bool   `json:"duplicate,omitempty"`
}

// Caught reports whether the cheat was convicted or kept out of the final set.
func (c Cheat) Caught() bool {
	return c.Fate == "convicted" || c.Fate == "duplicate" || c.Fate == "not attested"
}

// AdversaryReport is one adversary node over the testnet.
type AdversaryReport struct {
	Node      int    `json:"node"`
	Adversary string `json:"adversary"`
	// Cheats are its committed contributions, for adversaries that cheat in them.
	Cheats []Cheat `json:"cheats,omitempty"`
	// Attested counts the contributions it attested as an assigned verifier (lazy: without
	// re-executing them); AttestedCheats those of them that were cheats of another adversary.
	Attested       int `json:"attested"`
	AttestedCheats int `json:"attested_cheats,omitempty"`
	// Challenges counts the disputes it opened; ChallengesLost those that ended with the
	// solver right (a sham dispute is lost).
	Challenges     int `json:"challenges"`
	ChallengesLost int `json:"challenges_lost"`
	// Slashed is what the chain slashed it (wei).
	Slashed string `json:"slashed"`
}

// contributionCheats are the adversaries whose own contributions are their cheat (the
// others, lazy and sham-dispute, contribute honestly and cheat as verifiers).
func contributionCheats(name string) bool {
	return name != "" && name != "lazy" && name != "sham-dispute"
}

// gatherCheats fills rep.Adversaries from the chain's view of every played round (a live
// node's indexer: commits with their attestations, duplicate and convicted flags), the
// disputes and each node's final-set rounds. It runs after totals, before the nodes stop.
func (t *testnet) gatherCheats(ctx context.Context, rep *Report, final map[int]map[uint64]bool) {
	rounds := map[uint64]api.RoundResponse{}
	for _, p := range rep.Played {
		var resp api.RoundResponse
		if err := t.anyNode(ctx, fmt.Sprintf("/v1/rounds/%d", p.Round), &resp); err == nil {
			rounds[p.Round] = resp
		}
	}
	rep.Adversaries = buildAdversaryReports(rep, rounds, final)
}

// buildAdversaryReports classifies every adversary node's cheats from the rounds' commits
// (by round), the report's disputes and the rounds each node was in the final set of.
func buildAdversaryReports(rep *Report, rounds map[uint64]api.RoundResponse, final map[int]map[uint64]bool) []AdversaryReport {
	out := []AdversaryReport{}
	advOf := map[common.Address]string{}
	for _, n := range rep.Nodes {
		advOf[common.HexToAddress(n.Address)] = n.Adversary
	}
	for _, n := range rep.Nodes {
		if n.Adversary == "" {
			continue
		}
		addr := common.HexToAddress(n.Address)
		ar := AdversaryReport{Node: n.Index, Adversary: n.Adversary, Slashed: n.Slashed}
		for _, d := range rep.Disputes {
			if common.HexToAddress(d.Challenger) == addr {
				ar.Challenges++
				if d.State == "solver_won" {
					ar.ChallengesLost++
				}
			}
		}
		for _, p := range rep.Played {
			for _, nr := range p.Nodes {
				if nr.Node == n.Index {
					ar.Attested += nr.Attested
				}
			}
			resp, ok := rounds[p.Round]
			if !ok || !contributionCheats(n.Adversary) {
				continue
			}
			for _, c := range resp.Commits {
				if c.Peer != addr {
					continue
				}
				ch := Cheat{Node: n.Index, Adversary: n.Adversary, Round: p.Round, Attestations: c.Attestations, Duplicate: c.Duplicate}
				for _, d := range rep.Disputes {
					if common.HexToAddress(d.Solver) == addr && d.Round == p.Round && d.State == "challenger_won" {
						ch.Verdict = d.Outcome
					}
				}
				switch {
				case c.Convicted || ch.Verdict != "":
					ch.Fate = "convicted"
				case c.Duplicate:
					ch.Fate = "duplicate"
				case final[n.Index][p.Round] && sameUpdate(resp, c.Peer, c.UpdateRoot, advOf):
					ch.Fate = "moot"
				case final[n.Index][p.Round] && n.Adversary == "withhold" && aggregatedIn(rep, p.Round+rep.FinalityLag):
					ch.Fate = "moot" // another peer computed and served the same bytes
				case final[n.Index][p.Round]:
					ch.Fate = "final"
				case c.Attestations == 0:
					ch.Fate = "not attested"
				default:
					ch.Fate = "pending"
				}
				ar.Cheats = append(ar.Cheats, ch)
			}
		}
		out = append(out, ar)
	}
	// A verifier that attested a cheat: the cheat's attestations count it only when the
	// attester was the one assigned; the chain view has counts, not names, so a cheat that got
	// through (final) is charged to the lazy verifiers of the swarm, which is what lets one
	// through in a swarm of one verifier per contribution.
	for i := range out {
		if out[i].Adversary != "lazy" {
			continue
		}
		for _, a := range out {
			for _, c := range a.Cheats {
				if c.Fate == "final" || c.Fate == "pending" {
					out[i].AttestedCheats++
				}
			}
		}
	}
	return out
}

// aggregatedIn reports whether some node ended played round k with the chain's θ_{k+1}
// after aggregating a final set: every update of that final set reached it, so a withheld
// update in it was served by a peer that held the same bytes (a peer that trained on the
// same batch: with zero-advantage own groups and the same external ones, nodes compute the
// same update, committed or not).
func aggregatedIn(rep *Report, k uint64) bool {
	for _, p := range rep.Played {
		if p.Round != k || p.ChainRoot == "" {
			continue
		}
		for _, n := range p.Nodes {
			if n.Ended && n.Aggregated > 0 && strings.EqualFold(n.Next, p.ChainRoot) {
				return true
			}
		}
	}
	return false
}

// sameUpdate reports whether a peer other than author whose contributions are honest (an
// honest node, or a lazy or sham-dispute one) committed update to the round.
func sameUpdate(resp api.RoundResponse, author common.Address, update common.Hash, advOf map[common.Address]string) bool {
	for _, c := range resp.Commits {
		if c.Peer != author && !contributionCheats(advOf[c.Peer]) && c.UpdateRoot == update {
			return true
		}
	}
	return false
}

// summarizeAdversaries adds the adversary numbers to s: cheating contributions and how
// many were convicted or excluded, honest nodes slashed, rounds agreed by every honest node.
func (r *Report) summarizeAdversaries(s *Summary) {
	honest := map[int]bool{}
	for _, n := range r.Nodes {
		if n.Adversary == "" {
			honest[n.Index] = true
			if v, ok := new(big.Int).SetString(n.Slashed, 10); ok && v.Sign() > 0 {
				s.HonestSlashed++
			}
		}
	}
	for _, p := range r.Played {
		if honestAgreed(&p, honest) {
			s.RoundsAgreedByHonest++
		}
	}
	for _, a := range r.Adversaries {
		for _, c := range a.Cheats {
			switch c.Fate {
			case "moot":
				s.MootCheats++
				continue
			case "pending":
				s.PendingCheats++
				continue
			}
			s.CheatingContributions++
			if c.Caught() {
				s.CheatsCaught++
			}
		}
		s.ShamChallenges += a.Challenges
		if a.Adversary == "sham-dispute" {
			s.ShamChallengesLost += a.ChallengesLost
		}
	}
}

// honestAgreed reports whether the chain holds a root for p and every honest node that
// ended the round ended it with that root (at least one did).
func honestAgreed(p *Round, honest map[int]bool) bool {
	if p.ChainRoot == "" || p.ChainRoot == (common.Hash{}).Hex() {
		return false
	}
	ends := 0
	for _, n := range p.Nodes {
		if !honest[n.Node] || !n.Ended {
			continue
		}
		ends++
		if !strings.EqualFold(n.Next, p.ChainRoot) {
			return false
		}
	}
	return ends > 0
}

// adversaryText is the summary's adversary part.
func (r *Report) adversaryText(b *strings.Builder) {
	if len(r.Adversaries) == 0 {
		return
	}
	s := r.Summary
	fmt.Fprintf(b, "  adversaries: cheating contributions convicted or excluded: %d of %d (not counted: %d undecided at the end, %d moot); honest nodes slashed: %d; rounds agreed by every honest node: %d of %d\n",
		s.CheatsCaught, s.CheatingContributions, s.PendingCheats, s.MootCheats, s.HonestSlashed, s.RoundsAgreedByHonest, s.RoundsPlayed)
	for _, a := range r.Adversaries {
		fates := map[string]int{}
		var order []string
		for _, c := range a.Cheats {
			key := c.Fate
			if c.Verdict != "" {
				key += " (" + c.Verdict + ")"
			}
			if fates[key] == 0 {
				order = append(order, key)
			}
			fates[key]++
		}
		var parts []string
		for _, k := range order {
			parts = append(parts, fmt.Sprintf("%d %s", fates[k], k))
		}
		line := fmt.Sprintf("    node %d (%s): ", a.Node, a.Adversary)
		switch {
		case contributionCheats(a.Adversary) && len(a.Cheats) == 0:
			line += "no contribution committed"
		case contributionCheats(a.Adversary):
			line += fmt.Sprintf("%d contributions: %s", len(a.Cheats), strings.Join(parts, ", "))
		case a.Adversary == "lazy":
			line += fmt.Sprintf("attested %d contributions unchecked; cheats of others that got through or stayed pending: %d", a.Attested, a.AttestedCheats)
		default:
			line += fmt.Sprintf("opened %d disputes, %d ended with the solver right", a.Challenges, a.ChallengesLost)
		}
		fmt.Fprintf(b, "%s; slashed %s\n", line, ether(a.Slashed))
	}
}
