package swarm

import (
	"fmt"
	"time"
)

// DefaultLag is the finality lag D when a Schedule leaves it zero: round r's updates are
// aggregated into θ_{r+D+1} (docs/PROTOCOL.md §3.7).
const DefaultLag = 2

// Schedule is a run's round timetable (docs/PROTOCOL.md §3.8), read against chain time.
// Round r starts at T_r = Start + r·Round. Inside it, rollouts are gossiped until T_r+Rollouts
// and critiques until T_r+Critiques; commitments are accepted in [T_r, C_r) with
// C_r = T_r+Commit; assigned verifiers attest until V_r = C_r+Verify; disputes may be opened
// until X_r = C_r+Dispute; the round is final at F_r = X_r+DisputeDuration once no dispute on
// it is open. It is a pure value: nothing in it reads a clock.
type Schedule struct {
	Start           time.Time
	Round           time.Duration
	Rollouts        time.Duration
	Critiques       time.Duration
	Commit          time.Duration
	Verify          time.Duration
	Dispute         time.Duration
	DisputeDuration time.Duration
	// Lag is the finality lag D; zero means DefaultLag.
	Lag uint64
}

// D returns the finality lag.
func (s Schedule) D() uint64 {
	if s.Lag == 0 {
		return DefaultLag
	}
	return s.Lag
}

// Check reports whether the windows fit: 0 < Rollouts < Critiques < Commit, the verify
// window ends inside the round (the engine verifies round r before round r+1 starts), and
// round r is final before round r+D ends (F_r ≤ T_{r+D}), as createRun requires.
func (s Schedule) Check() error {
	switch {
	case s.Round <= 0 || s.Rollouts <= 0 || s.Verify <= 0 || s.Dispute <= 0 || s.DisputeDuration <= 0:
		return fmt.Errorf("schedule: every window must be positive: %+v", s)
	case !(s.Rollouts < s.Critiques && s.Critiques < s.Commit):
		return fmt.Errorf("schedule: want rollouts %s < critiques %s < commit %s", s.Rollouts, s.Critiques, s.Commit)
	case s.Commit+s.Verify > s.Round:
		return fmt.Errorf("schedule: commit %s + verify %s exceed the round %s", s.Commit, s.Verify, s.Round)
	case s.Commit+s.Dispute+s.DisputeDuration > time.Duration(s.D())*s.Round:
		return fmt.Errorf("schedule: round r is final after %s, later than round r+%d ends (%s)",
			s.Commit+s.Dispute+s.DisputeDuration, s.D(), time.Duration(s.D())*s.Round)
	}
	return nil
}

// T returns when round r starts.
func (s Schedule) T(r uint64) time.Time { return s.Start.Add(time.Duration(r) * s.Round) }

// RolloutsEnd returns when round r's rollout stage ends.
func (s Schedule) RolloutsEnd(r uint64) time.Time { return s.T(r).Add(s.Rollouts) }

// CritiquesEnd returns when round r's critique stage ends.
func (s Schedule) CritiquesEnd(r uint64) time.Time { return s.T(r).Add(s.Critiques) }

// C returns round r's commit deadline C_r (commits at or after it are refused).
func (s Schedule) C(r uint64) time.Time { return s.T(r).Add(s.Commit) }

// V returns the end of round r's verification window V_r.
func (s Schedule) V(r uint64) time.Time { return s.C(r).Add(s.Verify) }

// X returns the end of round r's dispute window X_r.
func (s Schedule) X(r uint64) time.Time { return s.C(r).Add(s.Dispute) }

// F returns when round r becomes final, F_r, if no dispute on it is open then.
func (s Schedule) F(r uint64) time.Time { return s.X(r).Add(s.DisputeDuration) }

// RoundAt returns the round in progress at t (0 before the first round).
func (s Schedule) RoundAt(t time.Time) uint64 {
	if !t.After(s.Start) || s.Round <= 0 {
		return 0
	}
	return uint64(t.Sub(s.Start) / s.Round)
}
