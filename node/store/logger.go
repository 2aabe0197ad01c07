package store

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
)

// badgerLogger routes badger's printf-style logs into slog. Badger's Info is chatty
// (every compaction, every value-log GC), so it goes to Debug; its warnings and errors
// keep their level.
type badgerLogger struct{ log *slog.Logger }

func (l badgerLogger) emit(level slog.Level, format string, args ...any) {
	if !l.log.Enabled(context.Background(), level) {
		return
	}
	l.log.Log(context.Background(), level, strings.TrimRight(fmt.Sprintf(format, args...), "\n"))
}

// Errorf implements badger.Logger at slog's error level.
func (l badgerLogger) Errorf(f string, a ...any) { l.emit(slog.LevelError, f, a...) }

// Warningf implements badger.Logger at slog's warn level.
func (l badgerLogger) Warningf(f string, a ...any) { l.emit(slog.LevelWarn, f, a...) }

// Infof implements badger.Logger at slog's debug level (badger's info is chatty).
func (l badgerLogger) Infof(f string, a ...any) { l.emit(slog.LevelDebug, f, a...) }

// Debugf implements badger.Logger below slog's debug level.
func (l badgerLogger) Debugf(f string, a ...any) { l.emit(slog.LevelDebug-4, f, a...) }
