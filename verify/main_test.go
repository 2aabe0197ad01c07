package verify

import (
	"testing"

	"go.uber.org/goleak"
)

// The recorder hashes on background goroutines: none may outlive a test.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }
