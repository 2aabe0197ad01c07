package gossip

import (
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Peer scoring. The weights follow the GossipSub v1.1 guidance scaled to our traffic: a
// handful of messages per peer per round, so mesh-delivery-rate penalties (P3, P3b) are off,
// as honest but quiet peers would be punished. What matters here is P4: every invalid message
// costs its forwarder InvalidWeight times the square of its decaying invalid-message count, so
// one invalid message pushes a peer below the gossip threshold and a few graylist it.
const (
	invalidWeight = -100.0
	firstWeight   = 1.0
	firstCap      = 50.0
	meshWeight    = 0.01
	meshCap       = 100.0

	gossipThreshold    = -100.0
	publishThreshold   = -200.0
	graylistThreshold  = -1000.0
	acceptPXThreshold  = 10.0
	opportunisticGraft = 2.0
)

func topicScoreParams() *pubsub.TopicScoreParams {
	return &pubsub.TopicScoreParams{
		TopicWeight:                    1,
		TimeInMeshWeight:               meshWeight,
		TimeInMeshQuantum:              time.Second,
		TimeInMeshCap:                  meshCap,
		FirstMessageDeliveriesWeight:   firstWeight,
		FirstMessageDeliveriesDecay:    pubsub.ScoreParameterDecay(10 * time.Minute),
		FirstMessageDeliveriesCap:      firstCap,
		InvalidMessageDeliveriesWeight: invalidWeight,
		InvalidMessageDeliveriesDecay:  pubsub.ScoreParameterDecay(time.Hour),
	}
}

// loopback is exempt from the IP-colocation penalty: local testnets run every peer on it.
var loopback = []*net.IPNet{
	{IP: net.IPv4(127, 0, 0, 0), Mask: net.CIDRMask(8, 32)},
	{IP: net.IPv6loopback, Mask: net.CIDRMask(128, 128)},
}

func scoreParams(topics []string) (*pubsub.PeerScoreParams, *pubsub.PeerScoreThresholds) {
	p := &pubsub.PeerScoreParams{
		Topics:                      map[string]*pubsub.TopicScoreParams{},
		TopicScoreCap:               100,
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -10,
		IPColocationFactorThreshold: 4,
		IPColocationFactorWhitelist: loopback,
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       pubsub.ScoreParameterDecay(10 * time.Minute),
		DecayInterval:               time.Second,
		DecayToZero:                 0.01,
		RetainScore:                 time.Hour,
	}
	for _, t := range topics {
		p.Topics[t] = topicScoreParams()
	}
	th := &pubsub.PeerScoreThresholds{
		GossipThreshold:             gossipThreshold,
		PublishThreshold:            publishThreshold,
		GraylistThreshold:           graylistThreshold,
		AcceptPXThreshold:           acceptPXThreshold,
		OpportunisticGraftThreshold: opportunisticGraft,
	}
	return p, th
}
