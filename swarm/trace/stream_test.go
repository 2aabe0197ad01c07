package trace_test

import (
	"context"
	"encoding/binary"
	"errors"
	"io"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/network"

	"github.com/apiary-rl/apiary/swarm/host"
	"github.com/apiary-rl/apiary/swarm/trace"
	"github.com/apiary-rl/apiary/verify"
)

// frame returns u32 len(body) || body.
func frame(body []byte) []byte {
	return append(binary.BigEndian.AppendUint32(nil, uint32(len(body))), body...)
}

func encode(t testing.TB, typ uint8, resp *trace.Response) []byte {
	t.Helper()
	b, err := trace.AppendResponse(nil, typ, resp)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// rawServer is a host whose trace handler reads the request and then does what the test
// says: write canned bytes, or stall.
type rawServer struct {
	h       *host.Host
	answer  atomic.Pointer[[]byte] // bytes to write after the request; nil: stall
	got     chan trace.Request     // each request read
	release chan struct{}          // closed at the end of the test: stalled handlers return
}

func newRawServer(t *testing.T) *rawServer {
	h, _ := newHost(t)
	s := &rawServer{h: h, got: make(chan trace.Request, 16), release: make(chan struct{})}
	var wg sync.WaitGroup
	t.Cleanup(func() { close(s.release); wg.Wait() }) // runs before the host closes
	h.SetStreamHandler(trace.ProtocolID, func(st network.Stream) {
		wg.Add(1)
		defer wg.Done()
		defer st.Close()
		var prefix [4]byte
		if _, err := io.ReadFull(st, prefix[:]); err != nil {
			_ = st.Reset()
			return
		}
		body := make([]byte, binary.BigEndian.Uint32(prefix[:]))
		if _, err := io.ReadFull(st, body); err != nil {
			_ = st.Reset()
			return
		}
		req, err := trace.DecodeRequest(body)
		if err != nil {
			t.Errorf("raw server: %v", err)
		}
		select {
		case s.got <- req:
		default: // nobody is watching
		}
		a := s.answer.Load()
		if a == nil {
			<-s.release
			return
		}
		_, _ = st.Write(*a)
	})
	return s
}

func (s *rawServer) say(b []byte) { s.answer.Store(&b) }

// TestMalformedAnswers: answers that break the framing, the encoding or the request get
// ErrProtocol.
func TestMalformedAnswers(t *testing.T) {
	c := newContribution(t, 1)
	rec := c.recs[0]
	hashes := hashesOf(rec.Records)
	srv := newRawServer(t)
	e := newEnv(t, []*host.Host{srv.h})
	k := trace.Key{Round: 1}
	p := srv.h.ID()

	stepRoots := func() error {
		_, err := e.client.StepRoots(ctxFor(t), p, k, c.traceRoot)
		return err
	}
	records := func() error {
		_, err := e.client.Records(ctxFor(t), p, k, 0, []uint32{0, 1}, hashes[:2])
		return err
	}
	r1 := rec.Records[1]
	rangeOf := func() error {
		_, err := e.client.Range(ctxFor(t), p, k, 0, 1, uint32(len(r1.Inputs)), 0, 1, r1.Outputs[0])
		return err
	}
	okRoots := encode(t, trace.TypeStepRoots, &trace.Response{Hashes: c.roots})
	limit := trace.MaxResponseFrame(&trace.Request{Type: trace.TypeStepRoots})
	proof, err := verify.ProveRange(rec.Ops[1].Outputs[0], 64, 128) // chunk 1, not the chunk 0 asked
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		answer []byte
		ask    func() error
	}{
		{"honest (control)", frame(okRoots), nil},
		{"no answer", []byte{}, stepRoots},
		{"oversized length prefix", []byte{0xff, 0xff, 0xff, 0xff}, stepRoots},
		{"length prefix one over the limit", binary.BigEndian.AppendUint32(nil, uint32(limit+1)), stepRoots},
		{"truncated prefix", []byte{0, 0}, stepRoots},
		{"truncated frame", append(binary.BigEndian.AppendUint32(nil, 100), okRoots[:10]...), stepRoots},
		{"empty frame", frame(nil), stepRoots},
		{"hash count beyond the hashes", frame(append(append([]byte{1, 0}, 0, 0, 0, 3), make([]byte, 64)...)), stepRoots},
		{"hash count over the limit", frame(binary.BigEndian.AppendUint32([]byte{1, 0}, trace.MaxSteps+1)), stepRoots},
		{"trailing byte", frame(append(append([]byte(nil), okRoots...), 0)), stepRoots},
		{"bad version", frame(append([]byte{2}, okRoots[1:]...)), stepRoots},
		{"unknown status", frame([]byte{1, 9}), stepRoots},
		{"status with a body", frame([]byte{1, trace.StatusNotFound, 0}), stepRoots},
		{"fewer records than asked", frame(encode(t, trace.TypeRecords, &trace.Response{Records: rec.Records[:1]})), records},
		{"more records than asked", frame(encode(t, trace.TypeRecords, &trace.Response{Records: rec.Records[:3]})), records},
		{"record that does not decode", frame([]byte{1, 0, 0, 2, 0, 3, 1, 2, 3, 0, 1, 9}), records},
		{"record size over the limit", frame(binary.BigEndian.AppendUint16([]byte{1, 0, 0, 1}, verify.MaxRecordSize+1)), records},
		{"range at another chunk", frame(encode(t, trace.TypeRange, &trace.Response{Range: proof})), rangeOf},
		{"range without siblings", frame(encode(t, trace.TypeRange, &trace.Response{Range: verify.TensorRange{Shape: proof.Shape, FirstChunk: 0, Chunks: proof.Chunks}})), rangeOf},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv.say(tc.answer)
			if tc.ask == nil {
				if err := stepRoots(); err != nil {
					t.Fatalf("honest answer refused: %v", err)
				}
				return
			}
			err := tc.ask()
			wantErr(t, tc.name, err, trace.ErrProtocol)
			t.Log(err)
		})
	}
}

// TestStalledServer: a server that never answers, or stops in the middle of its answer,
// holds the client only until the client's context, request timeout or idle timeout ends.
func TestStalledServer(t *testing.T) {
	srv := newRawServer(t)
	e := newEnv(t, []*host.Host{srv.h})
	p := srv.h.ID()
	k := trace.Key{Round: 2}

	t.Run("context cancelled", func(t *testing.T) {
		srv.answer.Store(nil)
		ctx, cancel := context.WithCancel(ctxFor(t))
		done := make(chan error, 1)
		go func() { _, err := e.client.RecordHashes(ctx, p, k, 0, verify.Hash{}); done <- err }()
		<-srv.got // the request arrived; the server stalls
		cancel()
		err := <-done
		wantErr(t, "stalled", err, context.Canceled)
		if errors.Is(err, trace.ErrProtocol) {
			t.Fatalf("a stall is not a protocol violation: %v", err)
		}
	})
	t.Run("request timeout", func(t *testing.T) {
		srv.answer.Store(nil)
		short := newEnv(t, []*host.Host{srv.h}, trace.WithClientTimeouts(100*time.Millisecond, time.Minute))
		_, err := short.client.StepRoots(ctxFor(t), p, k, verify.Hash{})
		wantErr(t, "stalled", err, context.DeadlineExceeded)
	})
	t.Run("idle timeout mid-answer", func(t *testing.T) {
		// A partial answer, then a stall: a handler that writes and then waits.
		srv.h.SetStreamHandler(trace.ProtocolID, func(st network.Stream) {
			defer st.Close()
			_, _ = st.Write(binary.BigEndian.AppendUint32(nil, 1000))
			_, _ = st.Write([]byte{1, 0, 0, 0})
			<-srv.release
		})
		idle := newEnv(t, []*host.Host{srv.h}, trace.WithClientTimeouts(time.Minute, 100*time.Millisecond))
		_, err := idle.client.StepRoots(ctxFor(t), p, k, verify.Hash{})
		var te interface{ Timeout() bool }
		if err == nil || !errors.As(err, &te) || !te.Timeout() || errors.Is(err, trace.ErrProtocol) {
			t.Fatalf("got %v, want a read timeout", err)
		}
		t.Log(err)
	})
}

// gatedSource is a MemSource whose Step waits for a gate and counts its calls.
type gatedSource struct {
	*trace.MemSource
	calls   atomic.Int64
	entered chan struct{} // one value per Step call
	gate    chan struct{} // closed: Step proceeds
}

func newGated() *gatedSource {
	return &gatedSource{MemSource: trace.NewMemSource(), entered: make(chan struct{}, 64), gate: make(chan struct{})}
}

func (g *gatedSource) Step(ctx context.Context, k trace.Key, step uint32) (*trace.Step, error) {
	g.calls.Add(1)
	g.entered <- struct{}{}
	select {
	case <-g.gate:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return g.MemSource.Step(ctx, k, step)
}

// TestStepCacheAndSharedLoad: concurrent requests for one step share one load; later
// requests for it are served from the cache until newer steps evict it.
func TestStepCacheAndSharedLoad(t *testing.T) {
	c := newContribution(t, 1)
	rec := c.recs[0]
	st := &trace.Step{Records: rec.Records, Ops: rec.Ops}
	g := newGated()
	joined := make(chan struct{}, 16)
	s := newSolver(t, func(k trace.Key) trace.Source {
		g.Put(k, c.roots, []*trace.Step{st, st, st})
		return g
	}, trace.WithStepCache(2), trace.WithJoinHook(func() { joined <- struct{}{} }))
	e := newEnv(t, []*host.Host{s.h})
	ctx, p := ctxFor(t), s.h.ID()

	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() {
			_, err := e.client.RecordHashes(ctx, p, s.key, 0, rec.StepRoot)
			errs <- err
		}()
	}
	<-g.entered
	for range n - 1 {
		<-joined
	}
	close(g.gate)
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if got := g.calls.Load(); got != 1 {
		t.Fatalf("%d concurrent requests loaded the step %d times, want once", n, got)
	}
	r := &rec.Records[0]
	if _, err := e.client.Records(ctx, p, s.key, 0, []uint32{0}, hashesOf(rec.Records[:1])); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.Range(ctx, p, s.key, 0, 0, 0, 0, 1, r.Inputs[0].Root); err != nil {
		t.Fatal(err)
	}
	loads := func(step uint32, want int64) {
		t.Helper()
		if _, err := e.client.RecordHashes(ctx, p, s.key, step, rec.StepRoot); err != nil {
			t.Fatal(err)
		}
		if got := g.calls.Load(); got != want {
			t.Fatalf("after step %d: %d loads, want %d", step, got, want)
		}
	}
	loads(0, 1) // cached
	loads(1, 2)
	loads(2, 3) // evicts step 0 (cache of 2)
	loads(0, 4)
	loads(2, 4) // still cached
}

// TestServerBusy: with one stream slot, a second request while the first waits for its
// step is refused busy.
func TestServerBusy(t *testing.T) {
	c := newContribution(t, 1)
	rec := c.recs[0]
	g := newGated()
	s := newSolver(t, func(k trace.Key) trace.Source {
		g.Put(k, c.roots, []*trace.Step{{Records: rec.Records, Ops: rec.Ops}})
		return g
	}, trace.WithMaxConcurrent(1))
	e := newEnv(t, []*host.Host{s.h})
	ctx, p := ctxFor(t), s.h.ID()
	done := make(chan error, 1)
	go func() { _, err := e.client.RecordHashes(ctx, p, s.key, 0, rec.StepRoot); done <- err }()
	<-g.entered
	_, err := e.client.StepRoots(ctx, p, s.key, c.traceRoot)
	wantErr(t, "second request", err, trace.ErrBusy)
	close(g.gate)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.StepRoots(ctx, p, s.key, c.traceRoot); err != nil {
		t.Fatalf("after the first request: %v", err)
	}
}

// TestCloseEndsLoads: closing the server ends a load in flight and the request waiting on
// it; nothing is left running (goleak).
func TestCloseEndsLoads(t *testing.T) {
	c := newContribution(t, 1)
	rec := c.recs[0]
	g := newGated()
	s := newSolver(t, func(k trace.Key) trace.Source {
		g.Put(k, c.roots, []*trace.Step{{Records: rec.Records, Ops: rec.Ops}})
		return g
	})
	e := newEnv(t, []*host.Host{s.h})
	done := make(chan error, 1)
	go func() { _, err := e.client.RecordHashes(ctxFor(t), s.h.ID(), s.key, 0, rec.StepRoot); done <- err }()
	<-g.entered
	if err := s.srv.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err == nil {
		t.Fatal("request answered after the server closed")
	}
}

// TestServerRefusesBadRequests: a request that does not decode gets StatusBadRequest; an
// oversized one, or none within the request timeout, gets the stream reset.
func TestServerRefusesBadRequests(t *testing.T) {
	c := newContribution(t, 1)
	s := memSolver(t, c, trace.WithServerTimeouts(100*time.Millisecond, time.Minute, time.Minute))
	e := newEnv(t, []*host.Host{s.h})
	ctx := ctxFor(t)
	exchange := func(send []byte) ([]byte, error) {
		st, err := e.ch.NewStream(ctx, s.h.ID(), trace.ProtocolID)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		if send != nil {
			if _, err := st.Write(send); err != nil {
				return nil, err
			}
			_ = st.CloseWrite()
		}
		return io.ReadAll(st)
	}
	good, err := (&trace.Request{Type: trace.TypeStepRoots, Key: s.key}).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	got, err := exchange(frame(good))
	if err != nil || len(got) < 6 || got[4] != trace.Version || got[5] != trace.StatusOK {
		t.Fatalf("good request: %x, %v", got, err)
	}
	for _, bad := range [][]byte{
		append(append([]byte(nil), good...), 0),          // trailing byte
		append([]byte{2}, good[1:]...),                   // version
		append([]byte{1, 9}, good[2:]...),                // type
		append(append([]byte(nil), good[:1+1]...), 0, 0), // truncated
	} {
		got, err := exchange(frame(bad))
		if err != nil || len(got) != 6 || got[5] != trace.StatusBadRequest {
			t.Fatalf("bad request %x: answer %x, %v; want status bad request", bad, got, err)
		}
	}
	if got, err := exchange([]byte{0, 1, 0, 0}); err == nil {
		t.Fatalf("oversized request: answer %x, want a reset", got)
	}
	if got, err := exchange(nil); err == nil {
		t.Fatalf("silent client: answer %x, want a reset", got)
	}
}
