package runs

import (
	"fmt"
	"math/big"
	"strings"
)

// units maps an amount's unit to its power of ten in wei.
var units = map[string]int{"ether": 18, "eth": 18, "gwei": 9, "wei": 0}

// maxAmountLen bounds the text of an amount (a uint256 has 78 digits).
const maxAmountLen = 100

// ParseEther parses an amount as a user types it: a decimal number with an
// optional unit, "ether" (the default; also "eth"), "gwei" or "wei", with or without a
// space before it ("1.5", "1.5 ether", "250gwei", "1000 wei"). The amount
// must be a whole number of wei and below 2^256; signs, exponents and
// separators are refused.
func ParseEther(s string) (*big.Int, error) {
	bad := func(why string) error { return fmt.Errorf("%w: %q %s", ErrBadAmount, s, why) }
	if len(s) > maxAmountLen {
		return nil, bad("is too long")
	}
	t := strings.TrimSpace(s)
	end := len(t)
	for end > 0 && (t[end-1] >= 'a' && t[end-1] <= 'z') {
		end--
	}
	num, unit := strings.TrimSpace(t[:end]), t[end:]
	if num == "" {
		return nil, bad("is not a decimal number like 1.5 or 250 gwei")
	}
	if unit == "" {
		unit = "ether"
	}
	exp, ok := units[unit]
	if !ok {
		return nil, bad("has unit " + unit + "; use ether, gwei or wei")
	}
	whole, frac, dot := strings.Cut(num, ".")
	if whole == "" || (dot && frac == "") || !digits(whole) || !digits(frac) {
		return nil, bad("is not a decimal number like 1.5 or 250 gwei")
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > exp {
		return nil, bad("is not a whole number of wei")
	}
	v, _ := new(big.Int).SetString(whole+frac+strings.Repeat("0", exp-len(frac)), 10)
	if v.BitLen() > 256 {
		return nil, bad("is over 2^256 wei")
	}
	return v, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// FormatEther writes wei as ether with up to 18 decimals and no trailing
// zeros ("1.1 ether", "0.000000001 ether").
func FormatEther(wei *big.Int) string {
	if wei == nil {
		return "0 ether"
	}
	neg := wei.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(wei), big.NewInt(1e18), new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	}
	if neg {
		s = "-" + s
	}
	return s + " ether"
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
