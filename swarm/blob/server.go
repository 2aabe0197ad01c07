package blob

import (
	"bufio"
	"log/slog"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/prometheus/client_golang/prometheus"
)

// Server answers blob requests from a Store.
type Server struct {
	h     host.Host
	store Store
	cfg   *serverConfig
	log   *slog.Logger
	sem   chan struct{}
	sent  prometheus.Counter
	reqs  *prometheus.CounterVec

	mu      sync.Mutex
	closed  bool
	streams map[network.Stream]struct{}
	wg      sync.WaitGroup
}

// NewServer registers the blob protocol on h, serving from store. Defaults: 64 KiB chunks,
// 32 concurrent streams, 10s to receive the request, 30s per chunk write, no Prometheus
// registration, slog.Default().
func NewServer(h host.Host, store Store, opts ...ServerOption) (*Server, error) {
	cfg := &serverConfig{chunk: 64 << 10, maxConcurrent: 32, reqTimeout: 10 * time.Second,
		idleTimeout: 30 * time.Second, log: slog.Default()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, err
		}
	}
	s := &Server{h: h, store: store, cfg: cfg, log: cfg.log.With("component", "blob-server"),
		sem: make(chan struct{}, cfg.maxConcurrent), streams: map[network.Stream]struct{}{}}
	s.sent = prometheus.NewCounter(prometheus.CounterOpts{Namespace: "apiary", Subsystem: "swarm_blob",
		Name: "served_bytes_total", Help: "Blob bytes written to peers."})
	s.reqs = prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "apiary", Subsystem: "swarm_blob",
		Name: "requests_total", Help: "Blob requests served, by status."}, []string{"status"})
	if cfg.registerer != nil {
		for _, c := range []prometheus.Collector{s.sent, s.reqs} {
			if err := cfg.registerer.Register(c); err != nil {
				return nil, err
			}
		}
	}
	h.SetStreamHandler(ProtocolID, s.handle)
	return s, nil
}

// Close unregisters the protocol, resets streams in flight and waits for their handlers.
// It returns nil; the error is there so that the node stops every component alike.
func (s *Server) Close() error {
	s.h.RemoveStreamHandler(ProtocolID)
	s.mu.Lock()
	s.closed = true
	for st := range s.streams {
		_ = st.Reset()
	}
	s.mu.Unlock()
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

func statusName(st uint8) string {
	switch st {
	case StatusOK:
		return "ok"
	case StatusNotFound:
		return "not_found"
	case StatusBusy:
		return "busy"
	}
	return "bad_request"
}

func (s *Server) handle(st network.Stream) {
	if !s.track(st) {
		_ = st.Reset()
		return
	}
	defer s.untrack(st)
	if err := st.Scope().SetService(ServiceName); err != nil {
		s.log.Debug("blob stream refused by resource manager", "peer", st.Conn().RemotePeer(), "err", err)
		_ = st.Reset()
		return
	}
	reply := func(status uint8, size uint64) bool {
		s.reqs.WithLabelValues(statusName(status)).Inc()
		_ = st.SetWriteDeadline(time.Now().Add(s.cfg.idleTimeout))
		return writeFrame(st, &Response{V: Version, Status: status, Size: size}) == nil
	}
	select {
	case s.sem <- struct{}{}:
		defer func() { <-s.sem }()
	default:
		reply(StatusBusy, 0)
		_ = st.Close()
		return
	}
	_ = st.SetReadDeadline(time.Now().Add(s.cfg.reqTimeout))
	frame, err := readFrame(bufio.NewReaderSize(st, maxRequestFrame+10), maxRequestFrame)
	if err != nil {
		_ = st.Reset()
		return
	}
	req, err := DecodeRequest(frame)
	if err != nil {
		reply(StatusBadRequest, 0)
		_ = st.Close()
		return
	}
	data, ok := s.store.Get(req.Root)
	if !ok {
		reply(StatusNotFound, 0)
		_ = st.Close()
		return
	}
	if req.Offset > uint64(len(data)) {
		reply(StatusBadRequest, uint64(len(data)))
		_ = st.Close()
		return
	}
	if !reply(StatusOK, uint64(len(data))) {
		_ = st.Reset()
		return
	}
	s.log.Debug("serving blob", "root", req.Root.Short(), "peer", st.Conn().RemotePeer(), "offset", req.Offset, "size", len(data))
	for off := int(req.Offset); off < len(data); off += s.cfg.chunk {
		end := min(off+s.cfg.chunk, len(data))
		_ = st.SetWriteDeadline(time.Now().Add(s.cfg.idleTimeout))
		n, err := st.Write(data[off:end])
		s.sent.Add(float64(n))
		if err != nil {
			_ = st.Reset()
			return
		}
	}
	_ = st.Close()
}
