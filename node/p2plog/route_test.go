package p2plog_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"

	golog "github.com/ipfs/go-log/v2"
	"github.com/libp2p/go-libp2p/gologshim"

	"github.com/apiary-rl/apiary/node/p2plog"
)

// capture is a slog.Handler that keeps records with their attributes.
type capture struct {
	mu    *sync.Mutex
	recs  *[]map[string]string
	attrs []slog.Attr
}

func newCapture() *capture { return &capture{mu: &sync.Mutex{}, recs: &[]map[string]string{}} }

func (c *capture) Enabled(context.Context, slog.Level) bool { return true }
func (c *capture) Handle(_ context.Context, r slog.Record) error {
	m := map[string]string{"msg": r.Message, "level": r.Level.String()}
	for _, a := range c.attrs {
		m[a.Key] = a.Value.String()
	}
	r.Attrs(func(a slog.Attr) bool { m[a.Key] = a.Value.String(); return true })
	c.mu.Lock()
	*c.recs = append(*c.recs, m)
	c.mu.Unlock()
	return nil
}
func (c *capture) WithAttrs(as []slog.Attr) slog.Handler {
	return &capture{mu: c.mu, recs: c.recs, attrs: append(append([]slog.Attr{}, c.attrs...), as...)}
}
func (c *capture) WithGroup(string) slog.Handler { return c }

func (c *capture) records() []map[string]string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]map[string]string{}, *c.recs...)
}

// TestRoute: a go-libp2p (gologshim) logger and a go-log logger both land
// in the routed slog handler, with their subsystem and fields; records
// below the minimum level are dropped; a second Route redirects loggers
// that already logged.
func TestRoute(t *testing.T) {
	first := newCapture()
	p2plog.Route(slog.New(first), slog.LevelWarn)
	shim := gologshim.Logger("apiary-test-shim")
	zl := golog.Logger("apiary-test-golog")
	shim.Warn("dial failed", "peer", "12D3KooX")
	shim.Info("chatty") // below the minimum
	zl.Errorw("validation failed", "topic", "rollouts", "n", 3)

	recs := first.records()
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2: %v", len(recs), recs)
	}
	want := []map[string]string{
		{"msg": "dial failed", "level": "WARN", "logger": "apiary-test-shim", "peer": "12D3KooX", "component": "libp2p"},
		{"msg": "validation failed", "level": "ERROR", "logger": "apiary-test-golog", "topic": "rollouts", "n": "3", "component": "libp2p"},
	}
	for i, w := range want {
		for k, v := range w {
			if recs[i][k] != v {
				t.Errorf("record %d %s = %q, want %q (%v)", i, k, recs[i][k], v, recs[i])
			}
		}
	}

	second := newCapture()
	p2plog.Route(slog.New(second), slog.LevelInfo)
	shim.Info("now routed")
	zl.Error("again")
	if got := second.records(); len(got) != 2 || got[0]["msg"] != "now routed" || got[0]["logger"] != "apiary-test-shim" || got[1]["msg"] != "again" {
		t.Fatalf("after the second Route: %v", got)
	}
	if got := first.records(); len(got) != 2 {
		t.Fatalf("the first handler still receives records: %v", got)
	}
}
