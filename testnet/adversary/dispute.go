package adversary

import (
	"context"
	"errors"
	"time"

	"github.com/apiary-rl/apiary/ledger"
	"github.com/apiary-rl/apiary/node/compute"
	"github.com/apiary-rl/apiary/node/dispute"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/verify"
)

// errWithheld is what a withholding source answers.
var errWithheld = errors.New("adversary: withheld")

// withholdTrace replaces the node's trace server's source with one that serves nothing: a
// challenger gets no step roots and no records peer to peer.
func withholdTrace(trace.Source) trace.Source { return noTrace{} }

type noTrace struct{}

func (noTrace) StepRoots(context.Context, trace.Key) ([]verify.Hash, error) {
	return nil, trace.ErrNotFound
}

func (noTrace) Step(context.Context, trace.Key, uint32) (*trace.Step, error) {
	return nil, trace.ErrNotFound
}

// withholdWork replaces the responder's source with one that has nothing: the responder
// posts no step, and the solver loses by the response timeout.
func withholdWork(dispute.Source) dispute.Source { return noWork{} }

type noWork struct{}

func (noWork) Work(context.Context, ledger.RunID, uint64) (*dispute.Work, error) {
	return nil, errWithheld
}

// truncateAnswers makes the responder answer from replays that keep the first half of each
// step's records: disputed, the solver posts a truncated op-level trace (its record count
// is not the program's, which convicts it of the wrong program).
func truncateAnswers(src dispute.Source) dispute.Source { return truncatedWork{src} }

type truncatedWork struct{ dispute.Source }

func (w truncatedWork) Work(ctx context.Context, run ledger.RunID, r uint64) (*dispute.Work, error) {
	wk, err := w.Source.Work(ctx, run, r)
	if err != nil {
		return nil, err
	}
	c := *wk
	c.Replayer = truncatingReplayer{wk.Replayer}
	return &c, nil
}

type truncatingReplayer struct{ dispute.Replayer }

func (t truncatingReplayer) Replay(s *compute.State, r uint64, p []byte) (*compute.Replayed, error) {
	rp, err := t.Replayer.Replay(s, r, p)
	if err != nil {
		return nil, err
	}
	out := *rp
	n := len(rp.Records) / 2
	out.Records, out.Ops = rp.Records[:n], rp.Ops[:n]
	hashes := make([]verify.Hash, n)
	for i := range out.Records {
		hashes[i] = out.Records[i].Hash()
	}
	out.StepRoot = verify.StepRoot(hashes)
	return &out, nil
}

// silencePoll is how often postThenSilent looks at its responder's posts.
const silencePoll = 50 * time.Millisecond

// postThenSilent runs the responder until it has posted a step, then stops it: the solver
// answers its dispute's first move and goes offline, so the challenger's forced reveal goes
// unanswered (reveal timeout). A restarted node answers again until its next post.
func postThenSilent(r *dispute.Responder) func(context.Context) error {
	return func(ctx context.Context) error {
		rctx, stop := context.WithCancel(ctx)
		defer stop()
		done := make(chan error, 1)
		go func() { done <- r.Run(rctx) }()
		t := time.NewTicker(silencePoll)
		defer t.Stop()
		for {
			select {
			case err := <-done: // the responder failed (or ctx ended) before posting
				return err
			case <-ctx.Done():
				stop()
				return <-done
			case <-t.C:
				if r.Stats().Posts == 0 {
					continue
				}
				stop() // offline from now on
				if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
					return err
				}
				<-ctx.Done()
				return nil
			}
		}
	}
}
