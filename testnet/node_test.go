package testnet

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/node"
)

func TestDecodeEvent(t *testing.T) {
	e := node.Event{Time: time.Unix(1, 0).UTC(), Kind: node.EventRound, Round: 3, Next: "0xab", Committed: true, Attested: 2}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeEvent(b)
	if err != nil || got.Round != 3 || got.Next != "0xab" || !got.Committed || got.Attested != 2 {
		t.Fatalf("decodeEvent: %+v, %v", got, err)
	}
	for _, bad := range []string{`{"event":"nope"}`, `{"event":"round","extra":1}`, `{"event":"round"} {}`, `not json`, `{"event":"round","round":-1}`} {
		if _, err := decodeEvent([]byte(bad)); err == nil {
			t.Errorf("decodeEvent(%q) accepted it", bad)
		}
	}
}

func FuzzDecodeEvent(f *testing.F) {
	f.Add([]byte(`{"time":"2026-01-01T00:00:00Z","event":"round","round":2,"next":"0x01","committed":true}`))
	f.Add([]byte(`{"event":"started","addrs":["/ip4/127.0.0.1/tcp/1/p2p/x"],"api":"127.0.0.1:1"}`))
	f.Add([]byte(`{"event":"stopped","error":"boom"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := decodeEvent(b)
		if err != nil {
			return
		}
		switch e.Kind {
		case node.EventStarted, node.EventJoined, node.EventStage, node.EventCommitted, node.EventReloaded, node.EventRound, node.EventStopped:
		default:
			t.Fatalf("accepted kind %q", e.Kind)
		}
	})
}
