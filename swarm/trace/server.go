package trace

import (
	"bufio"
	"container/list"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/apiary-rl/apiary/training/repops"
	"github.com/apiary-rl/apiary/verify"
)

// maxProvers bounds the range provers (chunk trees) a cached step keeps.
const maxProvers = 16

// Server answers trace requests from a Source.
type Server struct {
	h    host.Host
	src  Source
	cfg  *serverConfig
	log  *slog.Logger
	sem  chan struct{}
	ctx  context.Context // cancelled by Close: ends loads in flight
	stop context.CancelFunc

	reqs  *prometheus.CounterVec
	loads prometheus.Counter
	hits  prometheus.Counter

	mu      sync.Mutex
	closed  bool
	streams map[network.Stream]struct{}
	wg      sync.WaitGroup

	cmu     sync.Mutex
	entries map[stepKey]*entry // loaded (in lru) and loading (not in lru)
	lru     *list.List         // of *entry, most recently used first
}

// stepKey names one step of one contribution.
type stepKey struct {
	k    Key
	step uint32
}

// entry is one step, loading or loaded.
type entry struct {
	key  stepKey
	done chan struct{} // closed when the load ended
	step *Step         // valid after done, when err is nil
	err  error
	elem *list.Element // in the LRU; nil while loading or once evicted

	hashOnce sync.Once
	hashes   []verify.Hash
	hashErr  error

	pmu     sync.Mutex
	provers map[[2]uint32]*verify.RangeProver
}

// NewServer registers the trace protocol on h, serving from src. Defaults: 16 concurrent
// streams, 8 cached steps, 10s to receive the request, 10 minutes for the Source to produce a
// step, 30s per write of the answer, no Prometheus registration, slog.Default().
func NewServer(h host.Host, src Source, opts ...ServerOption) (*Server, error) {
	cfg := &serverConfig{maxConcurrent: 16, cacheSteps: 8, reqTimeout: 10 * time.Second,
		workTimeout: 10 * time.Minute, idleTimeout: 30 * time.Second, log: slog.Default()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, err
		}
	}
	ctx, stop := context.WithCancel(context.Background())
	s := &Server{h: h, src: src, cfg: cfg, log: cfg.log.With("component", "trace-server"),
		sem: make(chan struct{}, cfg.maxConcurrent), ctx: ctx, stop: stop,
		streams: map[network.Stream]struct{}{}, entries: map[stepKey]*entry{}, lru: list.New()}
	s.reqs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "apiary", Subsystem: "swarm_trace",
		Name: "requests_total", Help: "Trace requests answered, by type and status."}, []string{"type", "status"})
	s.loads = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "apiary", Subsystem: "swarm_trace",
		Name: "step_loads_total", Help: "Steps loaded from the source (replays)."})
	s.hits = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "apiary", Subsystem: "swarm_trace",
		Name: "step_cache_hits_total", Help: "Step requests served from the cache or a load in flight."})
	if cfg.registerer != nil {
		cs := []prometheus.Collector{s.reqs, s.loads, s.hits}
		for i, c := range cs {
			if err := cfg.registerer.Register(c); err != nil {
				for _, done := range cs[:i] {
					cfg.registerer.Unregister(done)
				}
				stop()
				return nil, fmt.Errorf("trace server metrics: %w", err)
			}
		}
	}
	h.SetStreamHandler(ProtocolID, s.handle)
	return s, nil
}

// Close unregisters the protocol, resets streams in flight, cancels loads and waits for
// their goroutines. It returns nil; the error is there so that the node stops every
// component alike.
func (s *Server) Close() error {
	s.h.RemoveStreamHandler(ProtocolID)
	s.mu.Lock()
	s.closed = true
	for st := range s.streams {
		_ = st.Reset()
	}
	s.mu.Unlock()
	s.stop()
	s.wg.Wait()
	return nil
}

func (s *Server) track(st network.Stream) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.streams[st] = struct{}{}
	s.wg.Add(1)
	return true
}

func (s *Server) untrack(st network.Stream) {
	s.mu.Lock()
	delete(s.streams, st)
	s.mu.Unlock()
	s.wg.Done()
}

func typeName(t uint8) string {
	switch t {
	case TypeStepRoots:
		return "step_roots"
	case TypeRecordHashes:
		return "record_hashes"
	case TypeRecords:
		return "records"
	case TypeRange:
		return "range"
	case TypeStepOutputs:
		return "step_outputs"
	}
	return "unknown"
}

func statusName(st uint8) string {
	switch st {
	case StatusOK:
		return "ok"
	case StatusNotFound:
		return "not_found"
	case StatusBusy:
		return "busy"
	case StatusBadRequest:
		return "bad_request"
	}
	return "unavailable"
}

func (s *Server) handle(st network.Stream) {
	if !s.track(st) {
		_ = st.Reset()
		return
	}
	defer s.untrack(st)
	if err := st.Scope().SetService(ServiceName); err != nil {
		s.log.Debug("trace stream refused by resource manager", "peer", st.Conn().RemotePeer(), "err", err)
		_ = st.Reset()
		return
	}
	reply := func(typ uint8, resp *Response) {
		s.reqs.WithLabelValues(typeName(typ), statusName(resp.Status)).Inc()
		body, err := AppendResponse(nil, typ, resp)
		if err != nil { // the source's data breaks the limits
			s.log.Warn("trace answer not encodable", "type", typeName(typ), "err", err)
			body, _ = AppendResponse(nil, typ, &Response{Status: StatusUnavailable})
		}
		if err := writeFrame(st, st.SetWriteDeadline, s.cfg.idleTimeout, body); err != nil {
			_ = st.Reset()
			return
		}
		_ = st.Close()
	}
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	default:
		reply(0, &Response{Status: StatusBusy})
		return
	}
	_ = st.SetReadDeadline(time.Now().Add(s.cfg.reqTimeout))
	frame, err := readFrame(bufio.NewReaderSize(st, 4<<10), nil, 0, maxRequestFrame)
	if err != nil {
		_ = st.Reset()
		return
	}
	req, err := DecodeRequest(frame)
	if err != nil {
		reply(0, &Response{Status: StatusBadRequest})
		return
	}
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.workTimeout)
	defer cancel()
	resp := s.answer(ctx, &req)
	reply(req.Type, &resp)
}

// answer produces the response to a decoded request.
func (s *Server) answer(ctx context.Context, req *Request) Response {
	if req.Type == TypeStepRoots {
		roots, err := s.src.StepRoots(ctx, req.Key)
		if err != nil {
			return s.failed(req, err)
		}
		return Response{Hashes: roots}
	}
	e, err := s.step(ctx, stepKey{req.Key, req.Step})
	if err != nil {
		return s.failed(req, err)
	}
	recs := e.step.Records
	switch req.Type {
	case TypeRecordHashes:
		e.hashOnce.Do(func() {
			e.hashes = make([]verify.Hash, len(recs))
			for i := range recs {
				b, err := recs[i].MarshalBinary()
				if err != nil {
					e.hashes, e.hashErr = nil, fmt.Errorf("record %d: %w", i, err)
					return
				}
				e.hashes[i] = verify.RecordHash(b)
			}
		})
		if e.hashErr != nil {
			return s.failed(req, e.hashErr)
		}
		return Response{Hashes: e.hashes}
	case TypeRecords:
		out := make([]verify.Record, len(req.Index))
		for i, idx := range req.Index {
			if uint64(idx) >= uint64(len(recs)) {
				return Response{Status: StatusBadRequest}
			}
			out[i] = recs[idx]
		}
		return Response{Records: out}
	case TypeStepOutputs:
		if len(e.step.Outputs.Names) == 0 {
			return Response{Status: StatusNotFound}
		}
		return Response{Outputs: e.step.Outputs}
	}
	// TypeRange
	if uint64(req.Record) >= uint64(len(e.step.Ops)) {
		return Response{Status: StatusBadRequest}
	}
	op := &e.step.Ops[req.Record]
	var t *repops.Tensor
	switch slot := int(req.Slot); {
	case slot < len(op.Inputs):
		t = op.Inputs[slot]
	case slot < len(op.Inputs)+len(op.Outputs):
		t = op.Outputs[slot-len(op.Inputs)]
	default:
		return Response{Status: StatusBadRequest}
	}
	if err := checkTensor(t); err != nil {
		return s.failed(req, fmt.Errorf("record %d slot %d: %w", req.Record, req.Slot, err))
	}
	n := t.Len()
	if req.Hi > uint64(verify.NumChunks(n)) {
		return Response{Status: StatusBadRequest}
	}
	r, err := e.prover(req.Record, req.Slot, t).Prove(int(req.Lo)*verify.ChunkElems, min(int(req.Hi)*verify.ChunkElems, n))
	if err != nil {
		return s.failed(req, err)
	}
	return Response{Range: r}
}

// failed maps a source's error to a status, logging what is not a plain miss.
func (s *Server) failed(req *Request, err error) Response {
	if errors.Is(err, ErrNotFound) {
		return Response{Status: StatusNotFound}
	}
	s.log.Warn("trace request failed", "type", typeName(req.Type), "key", req.Key, "step", req.Step, "err", err)
	return Response{Status: StatusUnavailable}
}

// checkTensor checks that a source's tensor is one the protocol can serve.
func checkTensor(t *repops.Tensor) error {
	if t == nil {
		return errors.New("nil tensor")
	}
	if len(t.Shape) > repops.MaxDims {
		return fmt.Errorf("rank %d", len(t.Shape))
	}
	n := uint64(1)
	for _, d := range t.Shape {
		if d < 0 {
			return fmt.Errorf("shape %v", t.Shape)
		}
		hi, lo := bits.Mul64(n, uint64(d))
		if hi != 0 || lo > verify.MaxElements {
			return fmt.Errorf("shape %v too large", t.Shape)
		}
		n = lo
	}
	if n != uint64(len(t.Data)) {
		return fmt.Errorf("shape %v holds %d elements, data has %d", t.Shape, n, len(t.Data))
	}
	return nil
}

// prover returns the range prover of one tensor of the step, built once.
func (e *entry) prover(record uint32, slot uint8, t *repops.Tensor) *verify.RangeProver {
	e.pmu.Lock()
	defer e.pmu.Unlock()
	k := [2]uint32{record, uint32(slot)}
	if p, ok := e.provers[k]; ok {
		return p
	}
	if e.provers == nil || len(e.provers) >= maxProvers {
		e.provers = map[[2]uint32]*verify.RangeProver{}
	}
	p := verify.NewRangeProver(t)
	e.provers[k] = p
	return p
}

// step returns a loaded step: from the cache, from a load in flight, or by starting a load.
func (s *Server) step(ctx context.Context, k stepKey) (*entry, error) {
	s.cmu.Lock()
	e, ok := s.entries[k]
	if ok {
		if e.elem != nil {
			s.lru.MoveToFront(e.elem)
		}
		s.hits.Inc()
	} else {
		e = &entry{key: k, done: make(chan struct{})}
		s.entries[k] = e
		s.loads.Inc()
		s.wg.Add(1) // the caller's handler holds the group: Close cannot be waiting at zero
		go s.load(e)
	}
	s.cmu.Unlock()
	if ok && s.cfg.joinHook != nil {
		select {
		case <-e.done:
		default:
			s.cfg.joinHook()
		}
	}
	select {
	case <-e.done:
		return e, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// load asks the source for a step, checks it and caches it; errors are not cached.
func (s *Server) load(e *entry) {
	defer s.wg.Done()
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.workTimeout)
	defer cancel()
	st, err := s.src.Step(ctx, e.key.k, e.key.step)
	switch {
	case err != nil:
	case st == nil:
		err = errors.New("source returned no step")
	case len(st.Records) > MaxRecordsPerStep:
		err = fmt.Errorf("%d records exceed %d", len(st.Records), MaxRecordsPerStep)
	case len(st.Ops) != len(st.Records):
		err = fmt.Errorf("%d ops for %d records", len(st.Ops), len(st.Records))
	}
	if err != nil {
		err = fmt.Errorf("step %d of %s: %w", e.key.step, e.key.k, err)
	}
	s.cmu.Lock()
	e.step, e.err = st, err
	switch {
	case err != nil || s.cfg.cacheSteps == 0:
		delete(s.entries, e.key)
	default:
		e.elem = s.lru.PushFront(e)
		for s.lru.Len() > s.cfg.cacheSteps {
			old := s.lru.Remove(s.lru.Back()).(*entry)
			old.elem = nil
			delete(s.entries, old.key)
		}
	}
	s.cmu.Unlock()
	close(e.done)
}
