package keys

import (
	"fmt"
	"strings"
)

// Passphrase returns the key's passphrase: the content of file when file is set (one
// trailing newline removed, as `echo` writes it), otherwise the value of the environment
// variable env, read through lookup (os.LookupEnv in the node). An empty passphrase is
// ErrNoPassphrase.
func Passphrase(file, env string, lookup func(string) (string, bool)) (string, error) {
	if file != "" {
		b, err := readLimited(file, 4<<10)
		if err != nil {
			return "", fmt.Errorf("read passphrase file: %w", err)
		}
		s := strings.TrimSuffix(strings.TrimSuffix(string(b), "\n"), "\r")
		if s == "" {
			return "", fmt.Errorf("%w: passphrase file %s is empty", ErrNoPassphrase, file)
		}
		return s, nil
	}
	if v, ok := lookup(env); ok && v != "" {
		return v, nil
	}
	return "", fmt.Errorf("%w: export %s=<passphrase>, or put it in a file and pass --passphrase-file "+
		"(key.passphrase_file); a passphrase is never taken from a flag", ErrNoPassphrase, env)
}
