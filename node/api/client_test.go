package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/metrics"
)

// failingNode answers every question with an error, as a node whose chain is unreachable.
type failingNode struct{}

func (failingNode) Status(context.Context) (api.Status, error) {
	return api.Status{}, errors.New("chain unreachable")
}
func (failingNode) Peers(context.Context) ([]api.Peer, error)       { return nil, nil }
func (failingNode) Curve(context.Context) ([]api.CurvePoint, error) { return nil, nil }

// TestGetStatus asks a listening server over loopback and compares with what the node
// and the indexer say.
func TestGetStatus(t *testing.T) {
	f := newFixture(t)
	srv, err := api.New(chainNode{f.chain}, f.ix, metrics.New(nil), api.WithAddr("127.0.0.1:0"))
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ctx := context.Background()
	got, err := api.GetStatus(ctx, srv.Addr().String(), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	want, err := chainNode{f.chain}.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	row, ok := f.ix.Rank(want.Address)
	if !ok || got.Status != want || got.Rank == nil || got.Rank.Rank != row.Rank || got.Rank.Earned.Cmp(row.Earned.Int) != 0 {
		t.Fatalf("got %+v rank %+v, want %+v rank %+v", got.Status, got.Rank, want, row)
	}

	bad, err := api.New(failingNode{}, f.ix, metrics.New(nil), api.WithAddr("127.0.0.1:0"))
	if err != nil {
		t.Fatal(err)
	}
	if err := bad.Start(); err != nil {
		t.Fatal(err)
	}
	defer bad.Close()
	var re *api.ResponseError
	if _, err := api.GetStatus(ctx, bad.Addr().String(), 10*time.Second); !errors.As(err, &re) || re.Status != 500 || re.Code != api.CodeInternal {
		t.Fatalf("status of a failing node: got %v, want a 500 internal ResponseError", err)
	}
}

func TestGetStatusNoNode(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	if _, err := api.GetStatus(context.Background(), addr, 10*time.Second); !errors.Is(err, api.ErrNoNode) {
		t.Fatalf("closed port: got %v, want ErrNoNode", err)
	}
	other := httptest.NewServer(http.NotFoundHandler())
	defer other.Close()
	if _, err := api.GetStatus(context.Background(), other.Listener.Addr().String(), 10*time.Second); !errors.Is(err, api.ErrBadResponse) {
		t.Fatalf("a server that is not a node: got %v, want ErrBadResponse", err)
	}
}

// FuzzDecodeStatus: a status body is outside input; whatever is accepted encodes
// and decodes back to the same status.
func FuzzDecodeStatus(f *testing.F) {
	f.Add([]byte(`{"address":"0x084ca1307c2e2aff9637ff70af66e3a6ed0aa006","peer_id":"p","run":"0x0000000000000000000000000000000000000000000000000000000000000001","round":2,"stage":"rollouts","peers":4,"model_root":"0x0000000000000000000000000000000000000000000000000000000000000de1","chain_head":63,"version":"v","rank":{"rank":1,"stake":"25","earned":"10","claimed":"0","slashed":"0","penalized":"0"}}`))
	f.Add([]byte(`{"rank":null}`))
	f.Add([]byte(`{"extra":1}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := api.DecodeStatus(b)
		if err != nil {
			if !errors.Is(err, api.ErrBadResponse) {
				t.Fatalf("error %v does not wrap ErrBadResponse", err)
			}
			return
		}
		again, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := api.DecodeStatus(again)
		if err != nil {
			t.Fatalf("re-encoded %s: %v", again, err)
		}
		if back.Status != s.Status || (back.Rank == nil) != (s.Rank == nil) {
			t.Fatalf("round trip %+v -> %+v", s, back)
		}
	})
}
