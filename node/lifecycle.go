package node

import (
	"context"
	"errors"
	"fmt"
	"slices"
)

// service is one step of the node's lifecycle: start brings it up and returns how to stop
// it. A service that has nothing to stop returns a nil stop.
type service struct {
	name  string
	start func(ctx context.Context) (stop func() error, err error)
}

// lifecycle starts services in order and stops the started ones in reverse, as
// go-ethereum's node does. observe, when set, sees "start <name>" and "stop <name>" in
// the order they happen (tests).
type lifecycle struct {
	started []started
	observe func(string)
}

type started struct {
	name string
	stop func() error
}

// start starts each service in order. If one fails, the ones already started are stopped in
// reverse order and the error says which service failed, joined with any stop errors.
func (l *lifecycle) start(ctx context.Context, svcs []service) error {
	for _, s := range svcs {
		l.note("start " + s.name)
		stop, err := s.start(ctx)
		if err != nil {
			return errors.Join(fmt.Errorf("start %s: %w", s.name, err), l.stop())
		}
		l.started = append(l.started, started{s.name, stop})
	}
	return nil
}

// stop stops every started service in reverse order and returns their errors joined.
func (l *lifecycle) stop() error {
	var errs []error
	for _, s := range slices.Backward(l.started) {
		l.note("stop " + s.name)
		if s.stop == nil {
			continue
		}
		if err := s.stop(); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", s.name, err))
		}
	}
	l.started = nil
	return errors.Join(errs...)
}

func (l *lifecycle) note(s string) {
	if l.observe != nil {
		l.observe(s)
	}
}

// background runs f on its own goroutine until the returned stop cancels it; stop waits for
// f and returns its error unless it is the cancellation. fail, if not nil, is told when f
// returns on its own with an error (the node then stops).
func background(ctx context.Context, f func(ctx context.Context) error, fail func(error)) func() error {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() {
		err := f(ctx)
		if err != nil && ctx.Err() == nil && fail != nil {
			fail(err)
		}
		done <- err
	}()
	return func() error {
		cancel()
		err := <-done
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
}
