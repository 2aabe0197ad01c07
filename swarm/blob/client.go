package blob

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/apiary-rl/apiary/swarm"
)

// Client fetches blobs from providers.
type Client struct {
	h   host.Host
	cfg *clientConfig
	log *slog.Logger
}

// NewClient returns a client on h. Defaults: blobs up to 1 GiB, 2 minutes per attempt, 30s
// idle read timeout, two passes over the providers, no progress callback, slog.Default().
func NewClient(h host.Host, opts ...ClientOption) (*Client, error) {
	cfg := &clientConfig{maxSize: 1 << 30, attemptTimeout: 2 * time.Minute, idleTimeout: 30 * time.Second,
		passes: 2, log: slog.Default()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, err
		}
	}
	return &Client{h: h, cfg: cfg, log: cfg.log.With("component", "blob-client")}, nil
}

// transfer is the state of one Fetch across providers.
type transfer struct {
	root swarm.Root
	buf  []byte
	size uint64 // announced size; valid when known
	know bool
}

// Fetch returns the blob with root, asking providers in order. When a provider fails or
// stalls, the next one continues from the bytes already received; if the assembled blob
// does not match root, it starts over from the next provider. It gives up after going
// through the list the configured number of passes, returning every attempt's error.
func (c *Client) Fetch(ctx context.Context, root swarm.Root, providers []peer.ID) ([]byte, error) {
	if len(providers) == 0 {
		return nil, fmt.Errorf("fetch %s: %w", root.Short(), ErrNoProviders)
	}
	tr := &transfer{root: root}
	var errs []error
	for pass := 0; pass < c.cfg.passes; pass++ {
		for _, p := range providers {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("fetch %s: %w", root.Short(), err)
			}
			err := c.attempt(ctx, p, tr)
			if err == nil {
				if swarm.RootOf(tr.buf) == root {
					return tr.buf, nil
				}
				err = ErrRootMismatch
				*tr = transfer{root: root}
			}
			c.log.Debug("blob attempt failed", "root", root.Short(), "peer", p, "have", len(tr.buf), "err", err)
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
		}
	}
	return nil, fmt.Errorf("fetch %s: all %d attempts failed: %w", root.Short(), len(errs), errors.Join(errs...))
}

// attempt asks p for the rest of the blob and appends what it gets to tr.buf; it returns nil
// once tr.buf holds the announced size.
func (c *Client) attempt(ctx context.Context, p peer.ID, tr *transfer) error {
	if p == c.h.ID() {
		return errors.New("self is not a provider")
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.attemptTimeout)
	defer cancel()
	st, err := c.h.NewStream(ctx, p, ProtocolID)
	if err != nil {
		return fmt.Errorf("open stream: %w", err)
	}
	stop := context.AfterFunc(ctx, func() { _ = st.Reset() })
	defer stop()
	defer st.Close()
	if err := st.Scope().SetService(ServiceName); err != nil {
		_ = st.Reset()
		return fmt.Errorf("resource manager: %w", err)
	}

	_ = st.SetDeadline(time.Now().Add(c.cfg.idleTimeout))
	if err := writeFrame(st, &Request{V: Version, Root: tr.root, Offset: uint64(len(tr.buf))}); err != nil {
		return fmt.Errorf("send request: %w", err)
	}
	_ = st.CloseWrite()
	r := bufio.NewReaderSize(st, 64<<10)
	frame, err := readFrame(r, maxResponseFrame)
	if err != nil {
		return err
	}
	resp, err := DecodeResponse(frame)
	if err != nil {
		return err
	}
	switch resp.Status {
	case StatusOK:
	case StatusNotFound:
		return ErrNotFound
	case StatusBusy:
		return ErrBusy
	default:
		return fmt.Errorf("%w: provider says bad request", ErrProtocol)
	}
	if resp.Size > c.cfg.maxSize {
		return fmt.Errorf("%w: announced size %d over the limit %d", ErrProtocol, resp.Size, c.cfg.maxSize)
	}
	if tr.know && resp.Size != tr.size {
		// Providers disagree; the bytes so far cannot be trusted to belong to this one's blob.
		*tr = transfer{root: tr.root}
		return fmt.Errorf("%w: size %d differs from an earlier provider's %d", ErrProtocol, resp.Size, tr.size)
	}
	tr.size, tr.know = resp.Size, true
	if uint64(len(tr.buf)) > tr.size {
		*tr = transfer{root: tr.root}
		return fmt.Errorf("%w: size %d below bytes already held", ErrProtocol, resp.Size)
	}
	return c.readBody(r, st, p, tr)
}

type deadliner interface{ SetReadDeadline(time.Time) error }

func (c *Client) readBody(r io.Reader, st deadliner, p peer.ID, tr *transfer) error {
	const step = 64 << 10
	for uint64(len(tr.buf)) < tr.size {
		want := min(uint64(step), tr.size-uint64(len(tr.buf)))
		if cap(tr.buf)-len(tr.buf) < int(want) {
			// Grow by doubling as the bytes arrive, never by what the peer claims.
			nb := make([]byte, len(tr.buf), max(2*cap(tr.buf), len(tr.buf)+int(want)))
			copy(nb, tr.buf)
			tr.buf = nb
		}
		_ = st.SetReadDeadline(time.Now().Add(c.cfg.idleTimeout))
		n, err := r.Read(tr.buf[len(tr.buf) : len(tr.buf)+int(want)])
		tr.buf = tr.buf[:len(tr.buf)+n]
		if n > 0 && c.cfg.progress != nil {
			c.cfg.progress(p, uint64(len(tr.buf)))
		}
		if err != nil {
			if uint64(len(tr.buf)) == tr.size {
				break
			}
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return fmt.Errorf("read blob at %d of %d: %w", len(tr.buf), tr.size, err)
		}
	}
	return nil
}
