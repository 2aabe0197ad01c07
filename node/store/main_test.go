package store

import (
	"os"
	"testing"

	"go.uber.org/goleak"
)

// childEnv names the role a re-executed test binary plays (see child_test.go).
const childEnv = "APIARY_STORE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(childMain())
	}
	goleak.VerifyTestMain(m)
}
