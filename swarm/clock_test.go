package swarm

import (
	"testing"
	"time"
)

func TestIntervalClock(t *testing.T) {
	g := time.Unix(1000, 0)
	c, err := NewIntervalClock(g, [NumStages]time.Duration{1 * time.Second, 2 * time.Second, 3 * time.Second, 4 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		at    time.Duration
		round uint64
		stage Stage
	}{
		{-time.Second, 0, StageRollouts},
		{0, 0, StageRollouts},
		{999 * time.Millisecond, 0, StageRollouts},
		{time.Second, 0, StageCritiques},
		{3 * time.Second, 0, StageUpdates},
		{6 * time.Second, 0, StageAggregation},
		{10 * time.Second, 1, StageRollouts},
		{25 * time.Second, 2, StageUpdates},
	}
	for _, tc := range cases {
		r, s := c.At(g.Add(tc.at))
		if r != tc.round || s != tc.stage {
			t.Errorf("At(genesis%+v) = %d/%s, want %d/%s", tc.at, r, s, tc.round, tc.stage)
		}
	}
	if got, want := c.Deadline(2, StageUpdates), g.Add(26*time.Second); !got.Equal(want) {
		t.Errorf("Deadline(2, updates) = %v, want %v", got, want)
	}
	if got, want := c.Start(3), g.Add(30*time.Second); !got.Equal(want) {
		t.Errorf("Start(3) = %v, want %v", got, want)
	}
	if _, err := NewIntervalClock(g, [NumStages]time.Duration{1, 0, 1, 1}); err == nil {
		t.Error("zero stage length accepted")
	}
}
