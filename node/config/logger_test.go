package config

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestLogger(t *testing.T) {
	c, err := Load(Sources{LookupEnv: env("SWARM_DATA_DIR", t.TempDir(), "SWARM_LOG_FORMAT", "json", "SWARM_LOG_LEVEL", "warn")})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	log := c.Logger(&b)
	log.Info("hidden")
	log.Warn("shown", "k", 1)
	var rec map[string]any
	if err := json.Unmarshal([]byte(b.String()), &rec); err != nil || rec["msg"] != "shown" {
		t.Fatalf("log output %q (%v), want one JSON record of the warning", b.String(), err)
	}
}
