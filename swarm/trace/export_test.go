package trace

// SetJoinHook sets a function the server calls when a request waits for a load that another
// request started (tests only).
func SetJoinHook(s *Server, f func()) { s.testHookJoin = f }

// MaxResponseFrame exposes maxResponseFrame to the external tests.
func MaxResponseFrame(req *Request) int { return maxResponseFrame(req) }
