package gossip_test

import (
	"sync/atomic"
	"testing"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// dropTracer counts what the router threw away, to explain a missing delivery.
type dropTracer struct {
	t                             testing.TB
	droppedRPC, rejected, undeliv atomic.Int64
}

func (d *dropTracer) OnNewOutboundStream(peer.ID, protocol.ID) {}
func (d *dropTracer) OnClosedOutboundStream(peer.ID)           {}
func (d *dropTracer) Join(string)                              {}
func (d *dropTracer) Leave(string)                             {}
func (d *dropTracer) Graft(peer.ID, string)                    {}
func (d *dropTracer) Prune(peer.ID, string)                    {}
func (d *dropTracer) ValidateMessage(*pubsub.Message)          {}
func (d *dropTracer) DeliverMessage(*pubsub.Message)           {}
func (d *dropTracer) RejectMessage(m *pubsub.Message, reason string) {
	d.rejected.Add(1)
	d.t.Logf("reject from %s: %s", m.ReceivedFrom, reason)
}
func (d *dropTracer) DuplicateMessage(*pubsub.Message) {}
func (d *dropTracer) ThrottlePeer(peer.ID)             {}
func (d *dropTracer) RecvRPC(*pubsub.RPC)              {}
func (d *dropTracer) SendRPC(*pubsub.RPC, peer.ID)     {}
func (d *dropTracer) DropRPC(*pubsub.RPC, peer.ID) {
	d.droppedRPC.Add(1)
	d.t.Log("dropped RPC")
}
func (d *dropTracer) UndeliverableMessage(*pubsub.Message) {
	d.undeliv.Add(1)
	d.t.Log("undeliverable message")
}
