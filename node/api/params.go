package api

import (
	"fmt"
	"net/url"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// parseAddress reads an Ethereum address: "0x" and 40 hex digits, any case.
func parseAddress(s string) (common.Address, error) {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return common.Address{}, badRequest(CodeBadAddress,
			fmt.Sprintf("%q is not an address: want 0x followed by 40 hex digits", clip(s)))
	}
	for _, c := range s[2:] {
		if !isHex(c) {
			return common.Address{}, badRequest(CodeBadAddress,
				fmt.Sprintf("%q is not an address: %q is not a hex digit", clip(s), c))
		}
	}
	return common.HexToAddress(s), nil
}

func isHex(c rune) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// parseUint reads a decimal number without sign or leading zeros.
func parseUint(what, s string) (uint64, error) {
	bad := badRequest(CodeBadNumber, fmt.Sprintf("%s %q is not a number: want a decimal integer from 0 to %d",
		what, clip(s), uint64(1<<64-1)))
	if s == "" || len(s) > 20 || (len(s) > 1 && s[0] == '0') {
		return 0, bad
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, bad
		}
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, bad
	}
	return n, nil
}

// queryLimit reads the optional ?limit= (1..max, default def).
func queryLimit(q url.Values, def, max int) (int, error) {
	if err := onlyKeys(q, "limit"); err != nil {
		return 0, err
	}
	if !q.Has("limit") {
		return def, nil
	}
	n, err := parseUint("limit", q.Get("limit"))
	if err != nil || n < 1 || n > uint64(max) {
		return 0, badRequest(CodeBadQuery, fmt.Sprintf("limit %q out of range: want 1 to %d", clip(q.Get("limit")), max))
	}
	return int(n), nil
}

// onlyKeys refuses query parameters other than keys, and repeated ones.
func onlyKeys(q url.Values, keys ...string) error {
	for k, v := range q {
		known := false
		for _, want := range keys {
			known = known || k == want
		}
		if !known {
			return badRequest(CodeBadQuery, fmt.Sprintf("unknown query parameter %q (this route takes %v)", clip(k), keys))
		}
		if len(v) > 1 {
			return badRequest(CodeBadQuery, fmt.Sprintf("query parameter %q given %d times", k, len(v)))
		}
	}
	return nil
}

// clip shortens what a client sent before it is echoed in a message.
func clip(s string) string {
	if len(s) > 64 {
		return s[:64] + "…"
	}
	return s
}
