//go:build amd64 && gc && !purego

package verify

import "golang.org/x/sys/cpu"

//go:generate go run keccak8_gen.go

// keccakF1600x8 applies Keccak-f[1600] to 8 states, stored lane-major:
// s[lane][state]. Written in keccak8_amd64.s (AVX-512F).
//
//go:noescape
func keccakF1600x8(s *[25][8]uint64)

func init() {
	if cpu.X86.HasAVX512F {
		permute8 = keccakF1600x8
	}
}
