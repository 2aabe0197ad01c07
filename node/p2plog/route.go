package p2plog

import (
	"context"
	"log/slog"
	"os"
	"sync/atomic"

	golog "github.com/ipfs/go-log/v2"
	"github.com/libp2p/go-libp2p/gologshim"
)

// DefaultLevel is the least severe level Route forwards unless told
// otherwise: libp2p is chatty below it.
const DefaultLevel = slog.LevelWarn

// route is where forwarded records go.
type route struct {
	h   slog.Handler
	min slog.Leveler
}

var current atomic.Pointer[route]

func init() {
	current.Store(&route{h: slog.NewTextHandler(os.Stderr, nil), min: DefaultLevel})
	gologshim.SetDefaultHandler(&forward{})
	golog.SetPrimaryCore(&zapCore{})
}

// Route sends go-libp2p's and go-log's records of level min or above (nil:
// DefaultLevel) to l's handler, tagged component=libp2p and logger=<the
// library's subsystem>. Until the first call they go to stderr.
func Route(l *slog.Logger, min slog.Leveler) {
	if min == nil {
		min = DefaultLevel
	}
	current.Store(&route{h: l.Handler().WithAttrs([]slog.Attr{slog.String("component", "libp2p")}), min: min})
}

// forward is the slog.Handler given to gologshim: it replays the attributes
// and groups it was given onto the current route's handler at each record,
// so that Route can change the destination after libp2p's loggers exist.
type forward struct {
	ops []op
}

// op is one WithAttrs (attrs set) or WithGroup (group set) call.
type op struct {
	attrs []slog.Attr
	group string
}

func (f *forward) target() (slog.Handler, slog.Leveler) {
	r := current.Load()
	h := r.h
	for _, o := range f.ops {
		if o.group != "" {
			h = h.WithGroup(o.group)
		} else {
			h = h.WithAttrs(o.attrs)
		}
	}
	return h, r.min
}

// Enabled implements slog.Handler.
func (f *forward) Enabled(ctx context.Context, lvl slog.Level) bool {
	r := current.Load()
	return lvl >= r.min.Level() && r.h.Enabled(ctx, lvl)
}

// Handle implements slog.Handler.
func (f *forward) Handle(ctx context.Context, rec slog.Record) error {
	h, min := f.target()
	if rec.Level < min.Level() {
		return nil
	}
	return h.Handle(ctx, rec)
}

// WithAttrs implements slog.Handler.
func (f *forward) WithAttrs(attrs []slog.Attr) slog.Handler {
	return &forward{ops: append(f.ops[:len(f.ops):len(f.ops)], op{attrs: attrs})}
}

// WithGroup implements slog.Handler.
func (f *forward) WithGroup(name string) slog.Handler {
	if name == "" {
		return f
	}
	return &forward{ops: append(f.ops[:len(f.ops):len(f.ops)], op{group: name})}
}
