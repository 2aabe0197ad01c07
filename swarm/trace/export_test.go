package trace

// WithJoinHook sets a function the server calls when a request waits for a load that
// another request started (tests only).
func WithJoinHook(f func()) ServerOption {
	return func(c *serverConfig) error { c.joinHook = f; return nil }
}

// MaxResponseFrame exposes maxResponseFrame to the external tests.
func MaxResponseFrame(req *Request) int { return maxResponseFrame(req) }
