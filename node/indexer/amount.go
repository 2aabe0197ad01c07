package indexer

import (
	"fmt"
	"math/big"
)

// maxAmountDigits bounds a decoded amount: a uint256 has at most 78 decimal digits.
const maxAmountDigits = 78

// UnmarshalJSON decodes what MarshalJSON writes, strictly: a JSON string of
// decimal digits without sign or leading zeros (except "0"), below 2^256.
// Clients of the API (`swarm status`) read amounts back with it.
func (a *Amount) UnmarshalJSON(b []byte) error {
	n := len(b)
	if n < 3 || b[0] != '"' || b[n-1] != '"' {
		return fmt.Errorf("indexer: amount %.40q is not a quoted decimal string", b)
	}
	s := b[1 : n-1]
	if len(s) > maxAmountDigits || (len(s) > 1 && s[0] == '0') {
		return fmt.Errorf("indexer: amount %.40q has leading zeros or over %d digits", s, maxAmountDigits)
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return fmt.Errorf("indexer: amount %.40q is not decimal digits", s)
		}
	}
	v, _ := new(big.Int).SetString(string(s), 10)
	if v.BitLen() > 256 {
		return fmt.Errorf("indexer: amount %.40q is over 2^256", s)
	}
	a.Int = v
	return nil
}
