package config

import (
	"io"
	"log/slog"
)

// Logger returns a slog logger writing to w in log.format at log.level, for the node and
// every component it wires (badger and libp2p included).
func (c *Config) Logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel()}
	if c.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
