package ledgerchain

import (
	"errors"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/swarm"
)

// metrics are the package's Prometheus metrics, registered with the registerer given to Open
// (none: counted and not exported), so two nodes in one process can each have their own.
type metrics struct {
	calls     *prometheus.CounterVec
	actions   *prometheus.CounterVec
	keeperErr *prometheus.CounterVec
	lookups   *prometheus.CounterVec
	head      prometheus.Gauge
	headTime  prometheus.Gauge
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	m := &metrics{
		calls: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "calls_total",
			Help: "swarm.Chain calls answered by the Ledger adapter, by method and result (ok, closed, refused, undecided, not_final, error).",
		}, []string{"method", "result"}),
		actions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "keeper_actions_total",
			Help: "Keeper steps done (close, beacon, finalize, claim), and whether another account did it first.",
		}, []string{"kind", "raced"}),
		keeperErr: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "keeper_errors_total",
			Help: "Keeper steps that failed for a transient reason and were put on backoff, by kind.",
		}, []string{"kind"}),
		lookups: prometheus.NewCounterVec(prometheus.CounterOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "registry_lookups_total",
			Help: "Registry lookups, by whether the cache answered.",
		}, []string{"cached"}),
		head: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "head_block",
			Help: "Number of the newest block seen.",
		}),
		headTime: prometheus.NewGauge(prometheus.GaugeOpts{
			Namespace: "apiary", Subsystem: "chain", Name: "head_time_seconds",
			Help: "Timestamp of the newest block seen: the round clock.",
		}),
	}
	if reg != nil {
		for _, c := range []prometheus.Collector{m.calls, m.actions, m.keeperErr, m.lookups, m.head, m.headTime} {
			if err := reg.Register(c); err != nil {
				return nil, err
			}
		}
	}
	return m, nil
}

// result names the outcome of a swarm.Chain call for the calls metric.
func result(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, swarm.ErrRoundClosed):
		return "closed"
	case errors.Is(err, swarm.ErrRefused):
		return "refused"
	case errors.Is(err, swarm.ErrUndecided):
		return "undecided"
	case errors.Is(err, swarm.ErrNotFinal):
		return "not_final"
	}
	return "error"
}

// count records a call's outcome and returns its error.
func (m *metrics) count(method string, err error) error {
	m.calls.WithLabelValues(method, result(err)).Inc()
	return err
}
