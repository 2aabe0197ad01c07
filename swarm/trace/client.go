package trace

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/verify"
)

// Client fetches checked trace data from solvers.
type Client struct {
	h   host.Host
	cfg *clientConfig
	log *slog.Logger
}

// NewClient returns a client on h. Defaults: 15 minutes per request (the solver may replay
// the step first), 30s idle read timeout once the answer has begun, slog.Default().
func NewClient(h host.Host, opts ...ClientOption) (*Client, error) {
	cfg := &clientConfig{reqTimeout: 15 * time.Minute, idleTimeout: 30 * time.Second, log: slog.Default()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, err
		}
	}
	return &Client{h: h, cfg: cfg, log: cfg.log.With("component", "trace-client")}, nil
}

// StepRoots returns the step roots s_0..s_{N-1} of contribution k from p, checked:
// verify.TraceRoot of them must equal traceRoot, the committed trace root.
func (c *Client) StepRoots(ctx context.Context, p peer.ID, k Key, traceRoot verify.Hash) ([]verify.Hash, error) {
	req := &Request{Type: TypeStepRoots, Key: k}
	resp, err := c.do(ctx, p, req)
	if err != nil {
		return nil, err
	}
	if got := verify.TraceRoot(resp.Hashes); got != traceRoot {
		return nil, c.fail(p, req, fmt.Errorf("%w: %w: %d step roots lead to trace root %v, want %v",
			ErrProtocol, ErrMismatch, len(resp.Hashes), got, traceRoot))
	}
	return resp.Hashes, nil
}

// RecordHashes returns the record hashes of step `step` of contribution k from p, checked:
// verify.StepRoot of them must equal stepRoot, the op-level step root the solver posted on
// chain.
func (c *Client) RecordHashes(ctx context.Context, p peer.ID, k Key, step uint32, stepRoot verify.Hash) ([]verify.Hash, error) {
	req := &Request{Type: TypeRecordHashes, Key: k, Step: step}
	resp, err := c.do(ctx, p, req)
	if err != nil {
		return nil, err
	}
	if got := verify.StepRoot(resp.Hashes); got != stepRoot {
		return nil, c.fail(p, req, fmt.Errorf("%w: %w: %d record hashes lead to step root %v, want %v",
			ErrProtocol, ErrMismatch, len(resp.Hashes), got, stepRoot))
	}
	return resp.Hashes, nil
}

// Records returns records idx of step `step` of contribution k from p, checked: record
// idx[i] must hash (Record.Hash) to hashes[i]; the records are decoded with the verify codec
// and validated. A record's Index is what its hash commits, not checked against idx: a
// solver's wrongly numbered record is evidence, returned as committed.
func (c *Client) Records(ctx context.Context, p peer.ID, k Key, step uint32, idx []uint32, hashes []verify.Hash) ([]verify.Record, error) {
	if len(idx) != len(hashes) {
		return nil, fmt.Errorf("trace: %d record indices with %d hashes", len(idx), len(hashes))
	}
	if len(idx) == 0 || len(idx) > MaxRecordsPerRequest {
		return nil, fmt.Errorf("trace: %d records asked, want 1..%d", len(idx), MaxRecordsPerRequest)
	}
	req := &Request{Type: TypeRecords, Key: k, Step: step, Index: idx}
	resp, err := c.do(ctx, p, req)
	if err != nil {
		return nil, err
	}
	if len(resp.Records) != len(idx) {
		return nil, c.fail(p, req, fmt.Errorf("%w: %d records for %d asked", ErrProtocol, len(resp.Records), len(idx)))
	}
	for i := range resp.Records {
		if got := resp.Records[i].Hash(); got != hashes[i] {
			return nil, c.fail(p, req, fmt.Errorf("%w: %w: record %d hashes to %v, want %v",
				ErrProtocol, ErrMismatch, idx[i], got, hashes[i]))
		}
	}
	return resp.Records, nil
}

// Range returns chunks [lo, hi) of the tensor in slot `slot` (the record's inputs first,
// then its outputs) of record `record` of step `step` of contribution k from p, with the
// range proof (verify.ProveRange), checked: verify.VerifyRange(tensorRoot, r) must pass.
func (c *Client) Range(ctx context.Context, p peer.ID, k Key, step, record, slot uint32, lo, hi int, tensorRoot verify.Hash) (verify.TensorRange, error) {
	if slot >= MaxSlots {
		return verify.TensorRange{}, fmt.Errorf("trace: slot %d, want < %d", slot, MaxSlots)
	}
	if lo < 0 || hi <= lo || hi-lo > MaxRangeChunks || uint64(hi) > maxChunkIndex {
		return verify.TensorRange{}, fmt.Errorf("trace: chunks [%d, %d), want a nonempty range of at most %d", lo, hi, MaxRangeChunks)
	}
	req := &Request{Type: TypeRange, Key: k, Step: step, Record: record, Slot: uint8(slot), Lo: uint64(lo), Hi: uint64(hi)}
	resp, err := c.do(ctx, p, req)
	if err != nil {
		return verify.TensorRange{}, err
	}
	r := resp.Range
	if n := len(r.Chunks) / verify.ChunkBytes; r.FirstChunk != lo || n != hi-lo {
		return verify.TensorRange{}, c.fail(p, req, fmt.Errorf("%w: chunks [%d, %d) for [%d, %d) asked",
			ErrProtocol, r.FirstChunk, r.FirstChunk+n, lo, hi))
	}
	if err := verify.VerifyRange(tensorRoot, r); err != nil {
		if errors.Is(err, verify.ErrRootMismatch) {
			err = fmt.Errorf("%w: %w: %w", ErrProtocol, ErrMismatch, err)
		} else {
			err = fmt.Errorf("%w: %w", ErrProtocol, err)
		}
		return verify.TensorRange{}, c.fail(p, req, err)
	}
	return r, nil
}

// StepOutputs returns the named outputs of step `step` of contribution k from p (the
// leaves grad.<p> of its step root, in order), checked: the named-set root of them must
// equal stepOutput, the committed step root s_k. A challenger needs them when the solver's
// posted op-level trace does not output s_k (the wrong output verdict).
func (c *Client) StepOutputs(ctx context.Context, p peer.ID, k Key, step uint32, stepOutput verify.Hash) (verify.NamedSet, error) {
	req := &Request{Type: TypeStepOutputs, Key: k, Step: step}
	resp, err := c.do(ctx, p, req)
	if err != nil {
		return verify.NamedSet{}, err
	}
	if got := verify.NamedRootOfLeaves(resp.Outputs.Leaves()); got != stepOutput {
		return verify.NamedSet{}, c.fail(p, req, fmt.Errorf("%w: %w: %d outputs lead to step root %v, want %v",
			ErrProtocol, ErrMismatch, len(resp.Outputs.Names), got, stepOutput))
	}
	return resp.Outputs, nil
}

// fail wraps a checked answer's error with the request and the peer, and logs it.
func (c *Client) fail(p peer.ID, req *Request, err error) error {
	c.log.Debug("trace answer rejected", "peer", p, "type", typeName(req.Type), "key", req.Key, "step", req.Step, "err", err)
	return fmt.Errorf("trace %s of %s step %d from %s: %w", typeName(req.Type), req.Key, req.Step, p, err)
}

// do sends req to p on a new stream and returns the decoded answer with status OK; any
// other status is an error wrapping ErrNotFound, ErrBusy, ErrBadRequest or ErrUnavailable.
func (c *Client) do(ctx context.Context, p peer.ID, req *Request) (Response, error) {
	resp, err := c.exchange(ctx, p, req)
	if err != nil {
		return Response{}, c.fail(p, req, err)
	}
	return resp, nil
}

func (c *Client) exchange(ctx context.Context, p peer.ID, req *Request) (Response, error) {
	if p == c.h.ID() {
		return Response{}, errors.New("self is not a trace server")
	}
	body, err := req.MarshalBinary()
	if err != nil {
		return Response{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.reqTimeout)
	defer cancel()
	// ctxErr prefers the context's error to the reset it caused.
	ctxErr := func(err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return fmt.Errorf("%w (%v)", cerr, err)
		}
		return err
	}
	st, err := c.h.NewStream(ctx, p, ProtocolID)
	if err != nil {
		return Response{}, ctxErr(fmt.Errorf("open stream: %w", err))
	}
	stop := context.AfterFunc(ctx, func() { _ = st.Reset() })
	defer stop()
	defer st.Close()
	if err := st.Scope().SetService(ServiceName); err != nil {
		_ = st.Reset()
		return Response{}, fmt.Errorf("resource manager: %w", err)
	}
	if err := writeFrame(st, st.SetWriteDeadline, c.cfg.idleTimeout, body); err != nil {
		return Response{}, ctxErr(fmt.Errorf("send request: %w", err))
	}
	_ = st.CloseWrite()
	// The answer may wait for a replay: until its first bytes only the request's context
	// bounds the wait; then every read gets the idle timeout.
	frame, err := readFrame(bufio.NewReaderSize(st, 4<<10), st.SetReadDeadline, c.cfg.idleTimeout, maxResponseFrame(req))
	if err != nil {
		if errors.Is(err, ErrProtocol) {
			return Response{}, err
		}
		return Response{}, ctxErr(err)
	}
	resp, err := DecodeResponse(req.Type, frame)
	if err != nil {
		return Response{}, err
	}
	switch resp.Status {
	case StatusOK:
		return resp, nil
	case StatusNotFound:
		return Response{}, ErrNotFound
	case StatusBusy:
		return Response{}, ErrBusy
	case StatusBadRequest:
		return Response{}, ErrBadRequest
	}
	return Response{}, ErrUnavailable
}
