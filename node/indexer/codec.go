package indexer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
)

// MarshalState encodes a state as JSON, for the node's store.
func MarshalState(s *State) ([]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return nil, fmt.Errorf("indexer: encode state: %w", err)
	}
	return b, nil
}

// UnmarshalState decodes what MarshalState wrote. It is strict: unknown
// fields, trailing data, missing maps and amounts, and negative amounts are
// refused with ErrBadState.
func UnmarshalState(b []byte) (*State, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var s State
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadState, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: trailing data after the state", ErrBadState)
	}
	s.upgrade()
	if err := s.validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadState, err)
	}
	return &s, nil
}

// upgrade sets the amounts a state stored before they were kept lacks: zero.
func (s *State) upgrade() {
	for _, p := range s.Peers {
		if p != nil && p.Whistleblower == nil {
			p.Whistleblower = new(big.Int)
		}
	}
	for _, d := range s.Disputes {
		if d != nil && d.Reward == nil {
			d.Reward = new(big.Int)
		}
	}
}

func amountOK(x *big.Int) bool { return x != nil && x.Sign() >= 0 }

// validate checks what the indexer relies on: every map and amount set.
// Stakes may be negative only transiently in no state; all are checked.
func (s *State) validate() error {
	if s.Peers == nil || s.Rounds == nil || s.Disputes == nil || !amountOK(s.VerifierFee) {
		return fmt.Errorf("missing peers, rounds, disputes or verifier fee")
	}
	for a, p := range s.Peers {
		if p == nil || p.Rewards == nil || !amountOK(p.Stake) || !amountOK(p.Earned) || !amountOK(p.Claimed) ||
			!amountOK(p.Slashed) || !amountOK(p.Penalized) || !amountOK(p.Whistleblower) {
			return fmt.Errorf("peer %s: missing or negative fields", a)
		}
		for n, r := range p.Rewards {
			if r == nil || !amountOK(r.Reward) || !amountOK(r.Fees) || !amountOK(r.Claimed) || !amountOK(r.Slashed) {
				return fmt.Errorf("peer %s round %d: missing or negative amounts", a, n)
			}
		}
	}
	for n, r := range s.Rounds {
		if r == nil || !amountOK(r.PerContribution) || !amountOK(r.Fees) {
			return fmt.Errorf("round %d: missing or negative amounts", n)
		}
	}
	for id, d := range s.Disputes {
		if d == nil || d.ID != id || !amountOK(d.Bond) || !amountOK(d.Slashed) || !amountOK(d.Reward) {
			return fmt.Errorf("dispute %d: missing fields or a wrong id", id)
		}
	}
	return nil
}

// clone deep-copies a valid state.
func (s *State) clone() *State {
	b, err := MarshalState(s)
	if err != nil {
		panic(err) // a state always encodes
	}
	c, err := UnmarshalState(b)
	if err != nil {
		panic(fmt.Sprintf("indexer: state does not round-trip: %v", err))
	}
	return c
}
