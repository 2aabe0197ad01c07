package indexertest

// PlayRound0 plays round 0 up to its dispute settlements: peers 1..4 commit
// their own contributions and peer 5 a copy of peer 1's (a duplicate);
// every contribution is attested by its assigned verifiers; peer 3 disputes
// peer 2, who never posts its step (convicted: slashed, its verifiers
// penalized); peer 4 disputes peer 1, who posts its step, and then never
// moves (peer 1 wins, the bond goes to the round).
func (c *Chain) PlayRound0() {
	c.T.Helper()
	for i := 1; i <= 4; i++ {
		c.Commit(i, 0, byte(i))
	}
	c.Commit(5, 0, 1) // peer 1's batch again: a duplicate
	c.Beacon(0, 1, 2, 3, 4, 5)
	d0 := must(c.Clients[3].OpenDispute(c.Ctx, c.Run, 0, c.Addr(2), 0, Eth(1)))(c.T)
	d1 := must(c.Clients[4].OpenDispute(c.Ctx, c.Run, 0, c.Addr(1), 0, Eth(1)))(c.T)
	c.Disputes = append(c.Disputes, d0, d1)
	must(c.Clients[1].PostStep(c.Ctx, d1, [32]byte{5}, 3, StepOutputs(1)))(c.T)
	c.At(0, tDispute+601) // past peer 2's reveal window and peer 4's response window
	c.Resolved = append(c.Resolved, must(c.Clients[0].Timeout(c.Ctx, d0))(c.T), must(c.Clients[0].Timeout(c.Ctx, d1))(c.T))
}

// PlayRound1 plays round 1's commits and attestations (peers 1, 3 and 4;
// peer 2's stake is below the minimum after its slash), then finalizes
// round 0 and has every peer claim it.
func (c *Chain) PlayRound1() {
	c.T.Helper()
	c.At(1, 0)
	for _, i := range []int{1, 3, 4} {
		c.Commit(i, 1, byte(10+i))
	}
	c.Beacon(1, 1, 3, 4)
	c.At(0, tFinal)
	must(c.Clients[0].FinalizeRound(c.Ctx, c.Run, 0))(c.T)
	c.Claim(0)
}

// AgreedRoot is the model root the final set of round 0 votes for θ_3.
var AgreedRoot = [32]byte{0xa9, 0xee}

// Finish finalizes round 1, has every peer but peer 1 claim it, and has
// round 0's final set vote AgreedRoot as θ_3 (the vote of round 2), which
// agrees it at once.
func (c *Chain) Finish() {
	c.T.Helper()
	c.At(1, tFinal)
	must(c.Clients[0].FinalizeRound(c.Ctx, c.Run, 1))(c.T)
	c.Claim(1, 1)
	for _, a := range must(c.Clients[0].FinalSet(c.Ctx, c.Run, 0))(c.T) {
		must(c.client(a).AttestModel(c.Ctx, c.Run, 2, AgreedRoot))(c.T)
	}
}

// Play plays the whole scenario: rounds 0 and 1, both finalized.
func (c *Chain) Play() {
	c.T.Helper()
	c.PlayRound0()
	c.PlayRound1()
	c.Finish()
}
