package config

import "testing"

// FuzzParse feeds arbitrary bytes to the config file decoder: it must not panic, and a
// file it accepts must read back the same after being written out again.
func FuzzParse(f *testing.F) {
	f.Add([]byte("run = \"x\"\n[api]\naddr = \"127.0.0.1:1\"\nmetrics = false\n"))
	f.Add([]byte("[p2p]\nlisten = [\"/ip4/127.0.0.1/tcp/1\", \"a\\u0001\\\"\"]\n"))
	f.Add([]byte("[log]\nlevel = 'debug'\n[roles]\nkeeper = true\n"))
	f.Add([]byte("[[api]]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Parse(b)
		if err != nil {
			return
		}
		_ = c.Validate()
		text := c.encode(false)
		again, err := Parse([]byte(text))
		if err != nil {
			t.Fatalf("written form of an accepted file does not parse: %v\n%s", err, text)
		}
		if again.encode(false) != text {
			t.Fatalf("round trip changed the config:\n%s\nvs\n%s", again.encode(false), text)
		}
	})
}
