package gossip_test

import (
	"context"
	"encoding/binary"
	"io"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm/gossip"
	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/swarmtest"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// rawPeer is an adversary that speaks the GossipSub wire protocol by hand, so it can send
// what a well-behaved pubsub router never would: forged signatures, oversized or malformed
// messages. It answers the victim's own stream by draining it.
type rawPeer struct {
	t     testing.TB
	id    swarmtest.Identity
	h     *host.Host
	s     network.Stream
	seqno uint64
}

func newRawPeer(t testing.TB, id swarmtest.Identity, victim *host.Host) *rawPeer {
	t.Helper()
	h := swarmtest.NewHost(t, id)
	h.SetStreamHandler(pubsub.GossipSubID_v11, func(s network.Stream) {
		_, _ = io.Copy(io.Discard, s)
		_ = s.Close()
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Connect(ctx, victim.AddrInfo()); err != nil {
		t.Fatal(err)
	}
	s, err := h.NewStream(ctx, victim.ID(), pubsub.GossipSubID_v11)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Reset() })
	r := &rawPeer{t: t, id: id, h: h, s: s}
	var subs []*pb.RPC_SubOpts
	for _, k := range wire.Kinds {
		subs = append(subs, &pb.RPC_SubOpts{Subscribe: ptr(true), Topicid: ptr(gossip.Topic(swarmtest.Run, k))})
	}
	r.write(&pb.RPC{Subscriptions: subs})
	return r
}

func ptr[T any](v T) *T { return &v }

func (r *rawPeer) write(rpc *pb.RPC) {
	r.t.Helper()
	b, err := rpc.Marshal()
	if err != nil {
		r.t.Fatal(err)
	}
	frame := binary.AppendUvarint(nil, uint64(len(b)))
	if _, err := r.s.Write(append(frame, b...)); err != nil {
		r.t.Fatal(err)
	}
}

// message builds a pubsub message of kind k carrying data, signed by the peer's key; with
// forge set the signature is corrupted.
func (r *rawPeer) message(k wire.Kind, data []byte, forge bool) *pb.Message {
	r.t.Helper()
	r.seqno++
	seq := binary.BigEndian.AppendUint64(nil, r.seqno)
	m := &pb.Message{From: []byte(r.h.ID()), Data: data, Seqno: seq, Topic: ptr(gossip.Topic(swarmtest.Run, k))}
	b, err := m.Marshal()
	if err != nil {
		r.t.Fatal(err)
	}
	sig, err := r.id.Key.Sign(append([]byte(pubsub.SignPrefix), b...))
	if err != nil {
		r.t.Fatal(err)
	}
	if forge {
		sig[len(sig)/2] ^= 0x55
	}
	m.Signature = sig
	return m
}

func (r *rawPeer) publish(k wire.Kind, data []byte, forge bool) {
	r.write(&pb.RPC{Publish: []*pb.Message{r.message(k, data, forge)}})
}

// waitKnown waits until the victim's router has the raw peer as a subscriber of every topic,
// so that the peer has a score record.
func (r *rawPeer) waitKnown(victim *node) {
	r.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for _, k := range wire.Kinds {
		for !contains(victim.g.ListPeers(k), r.h.ID()) {
			if time.Now().After(deadline) {
				r.t.Fatalf("victim never saw the raw peer subscribe to %s", k)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func contains(ps []peer.ID, p peer.ID) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}
