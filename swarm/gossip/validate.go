package gossip

import (
	"context"
	"errors"
	"time"

	"github.com/ethereum/go-ethereum/common"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
	"github.com/apiary-rl/apiary/swarm/wire"
)

// validated is what the validator leaves in pubsub.Message.ValidatorData.
type validated struct {
	msg    wire.Message
	author common.Address
}

// Verdict is a validation outcome with its reason, for metrics and tests.
type Verdict struct {
	Result pubsub.ValidationResult
	Reason string
}

func accept() Verdict              { return Verdict{pubsub.ValidationAccept, "ok"} }
func reject(reason string) Verdict { return Verdict{pubsub.ValidationReject, reason} }
func ignore(reason string) Verdict { return Verdict{pubsub.ValidationIgnore, reason} }
func resultName(r pubsub.ValidationResult) string {
	switch r {
	case pubsub.ValidationAccept:
		return "accept"
	case pubsub.ValidationReject:
		return "reject"
	}
	return "ignore"
}

func (g *Gossip) validator(k wire.Kind) pubsub.ValidatorEx {
	return func(ctx context.Context, _ peer.ID, m *pubsub.Message) pubsub.ValidationResult {
		v, data := g.Validate(ctx, k, m.GetFrom(), m.GetData(), g.clock.Now())
		g.met.validated.WithLabelValues(k.String(), resultName(v.Result), v.Reason).Inc()
		if v.Result == pubsub.ValidationAccept {
			m.ValidatorData = data
		} else {
			g.log.Debug("gossip message not accepted", "kind", k, "from", m.GetFrom(),
				"via", m.ReceivedFrom, "result", resultName(v.Result), "reason", v.Reason)
		}
		return v.Result
	}
}

// Validate decides what to do with message bytes of kind k signed by from, at time now.
// The rules, in order (docs/PROTOCOL.md §2.3):
//
//   - reject: larger than the kind's limit, not strict canonical CBOR, bad schema, declared
//     root not matching its content (wire.Decode); an unknown future version is ignored;
//   - reject: another run's ID (this topic belongs to one run);
//   - reject: a round beyond current+window; ignore: a round before current-window;
//   - reject: an author the registry does not know; ignore if the registry cannot answer.
func (g *Gossip) Validate(ctx context.Context, k wire.Kind, from peer.ID, data []byte, now time.Time) (Verdict, any) {
	msg, err := wire.Decode(k, data)
	switch {
	case errors.Is(err, wire.ErrVersion) && len(data) > 0:
		return ignore("version"), nil
	case errors.Is(err, wire.ErrTooLarge):
		return reject("size"), nil
	case errors.Is(err, wire.ErrCommitment):
		return reject("commitment"), nil
	case err != nil:
		return reject("schema"), nil
	}
	h := msg.Header()
	if h.Run != g.run {
		return reject("run"), nil
	}
	cur := g.sched.RoundAt(now)
	if h.Round > cur+g.cfg.window {
		return reject("round-future"), nil
	}
	if h.Round+g.cfg.window < cur {
		return ignore("round-past"), nil
	}
	author, err := swarm.AddressOf(from)
	if err != nil {
		return reject("author-key"), nil
	}
	ok, err := g.reg.IsRegistered(ctx, g.run, author)
	if err != nil {
		g.log.Warn("registry lookup failed; ignoring message", "author", author, "err", err)
		return ignore("registry-error"), nil
	}
	if !ok {
		return reject("unregistered"), nil
	}
	return accept(), &validated{msg: msg, author: author}
}
