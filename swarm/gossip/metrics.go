package gossip

import "github.com/prometheus/client_golang/prometheus"

type metrics struct {
	validated *prometheus.CounterVec
	published *prometheus.CounterVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		validated: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "swarm_gossip", Name: "validated_total",
			Help: "Gossip messages validated, by kind, result (accept, reject, ignore) and reason.",
		}, []string{"kind", "result", "reason"}),
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "swarm_gossip", Name: "published_total",
			Help: "Gossip messages published by this node, by kind.",
		}, []string{"kind"}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.validated, m.published} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}
