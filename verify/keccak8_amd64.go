//go:build amd64 && gc && !purego

package verify

import "golang.org/x/sys/cpu"

//go:generate go run keccak8_gen.go

// keccakF1600x8 applies Keccak-f[1600] to 8 states, stored lane-major:
// s[lane][state]. Written in keccak8_amd64.s (AVX-512F).
//
//go:noescape
func keccakF1600x8(s *[25][8]uint64)

// leafBlock1x8, leafBlock2x8 and nodeBlock8 load the first block of eight
// leaves, the second block of eight leaves, and the one block of eight nodes
// into s, reading input j at in+idx[j] (keccak8_amd64.s).
//
//go:noescape
func leafBlock1x8(s *[25][8]uint64, in *byte, idx *[8]uint64)

//go:noescape
func leafBlock2x8(s *[25][8]uint64, in *byte, idx *[8]uint64)

//go:noescape
func nodeBlock8(s *[25][8]uint64, in *byte, idx *[8]uint64, prefix uint64)

func init() {
	if cpu.X86.HasAVX512F {
		permute8 = keccakF1600x8
		gather8 = &gatherers{leaf1: leafBlock1x8, leaf2: leafBlock2x8, node: nodeBlock8}
	}
}
