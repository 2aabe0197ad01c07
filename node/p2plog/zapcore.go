package p2plog

import (
	"context"
	"log/slog"
	"slices"

	"go.uber.org/zap/zapcore"
)

// zapCore is go-log's primary core: it turns zap entries into slog records
// for the current route. go-log's per-subsystem levels filter before it.
type zapCore struct {
	fields []zapcore.Field
}

// Enabled implements zapcore.LevelEnabler.
func (c *zapCore) Enabled(l zapcore.Level) bool {
	return (&forward{}).Enabled(context.Background(), zapToSlog(l))
}

// With implements zapcore.Core.
func (c *zapCore) With(fs []zapcore.Field) zapcore.Core {
	return &zapCore{fields: append(c.fields[:len(c.fields):len(c.fields)], fs...)}
}

// Check implements zapcore.Core.
func (c *zapCore) Check(e zapcore.Entry, ce *zapcore.CheckedEntry) *zapcore.CheckedEntry {
	if c.Enabled(e.Level) {
		return ce.AddCore(e, c)
	}
	return ce
}

// Write implements zapcore.Core.
func (c *zapCore) Write(e zapcore.Entry, fs []zapcore.Field) error {
	rec := slog.NewRecord(e.Time, zapToSlog(e.Level), e.Message, 0)
	if e.LoggerName != "" {
		rec.AddAttrs(slog.String("logger", e.LoggerName))
	}
	enc := zapcore.NewMapObjectEncoder()
	for _, f := range append(c.fields[:len(c.fields):len(c.fields)], fs...) {
		f.AddTo(enc)
	}
	keys := make([]string, 0, len(enc.Fields))
	for k := range enc.Fields {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a map's order is random; logs should not be
	for _, k := range keys {
		rec.AddAttrs(slog.Any(k, enc.Fields[k]))
	}
	return (&forward{}).Handle(context.Background(), rec)
}

// Sync implements zapcore.Core.
func (c *zapCore) Sync() error { return nil }

func zapToSlog(l zapcore.Level) slog.Level {
	switch {
	case l <= zapcore.DebugLevel:
		return slog.LevelDebug
	case l == zapcore.InfoLevel:
		return slog.LevelInfo
	case l == zapcore.WarnLevel:
		return slog.LevelWarn
	default:
		return slog.LevelError
	}
}
