//go:build amd64 && !purego

#include "textflag.h"

// AVX kernels for the canonical C = A·Bᵀ (see kernel_amd64.go). One YMM
// accumulator holds the eight partial sums s_0..s_7 of one output element:
// lane l adds float32(a[idx]*b[idx]) for idx ≡ l (mod 8) in increasing idx
// order, with a separate VMULPS and VADDPS (never an FMA). A k that is not a
// multiple of 8 ends with one masked step whose missing lanes load +0 from
// both operands, so they add +0*+0 = +0, which leaves a partial sum that
// started at +0 unchanged bit for bit.
//
// Loops run a negative byte offset up to zero, with the row pointers set to
// the end of the whole-vector part of each row.

// tailMask<>+4*(8-r) is a mask of r all-ones lanes followed by 8-r zeros.
DATA tailMask<>+0(SB)/4, $0xffffffff
DATA tailMask<>+4(SB)/4, $0xffffffff
DATA tailMask<>+8(SB)/4, $0xffffffff
DATA tailMask<>+12(SB)/4, $0xffffffff
DATA tailMask<>+16(SB)/4, $0xffffffff
DATA tailMask<>+20(SB)/4, $0xffffffff
DATA tailMask<>+24(SB)/4, $0xffffffff
DATA tailMask<>+28(SB)/4, $0xffffffff
DATA tailMask<>+32(SB)/4, $0
DATA tailMask<>+36(SB)/4, $0
DATA tailMask<>+40(SB)/4, $0
DATA tailMask<>+44(SB)/4, $0
DATA tailMask<>+48(SB)/4, $0
DATA tailMask<>+52(SB)/4, $0
DATA tailMask<>+56(SB)/4, $0
DATA tailMask<>+60(SB)/4, $0
GLOBL tailMask<>(SB), RODATA|NOPTR, $64

// REDUCE8 folds the eight accumulators Y0..Y7 with the canonical tree
// t_i = s_i + s_{i+4}; u_0 = t_0 + t_2; u_1 = t_1 + t_3; r = u_0 + u_1, all
// eight at once, leaving Y8 = [r0 r2 r4 r6 | r1 r3 r5 r7] (rN from YN).
// Every lane performs exactly the adds of the scalar tree (float addition
// is commutative bit for bit):
//   - blend + cross-lane permute + add: [t0..t3 of Y0 | t0..t3 of Y1], and
//     likewise for (Y2, Y3), (Y4, Y5), (Y6, Y7);
//   - SHUFPS picks (t0, t1) and (t2, t3) of two such registers; their sum is
//     [u0 u1 of Y0, u0 u1 of Y2 | u0 u1 of Y1, u0 u1 of Y3], and for Y4..Y7;
//   - SHUFPS picks the u0s and the u1s of those two; their sum is Y8.
// Clobbers Y9..Y14.
#define REDUCE8 \
	VBLENDPS   $0xF0, Y1, Y0, Y8; \
	VPERM2F128 $0x21, Y1, Y0, Y9; \
	VADDPS     Y9, Y8, Y8; \
	VBLENDPS   $0xF0, Y3, Y2, Y9; \
	VPERM2F128 $0x21, Y3, Y2, Y10; \
	VADDPS     Y10, Y9, Y9; \
	VBLENDPS   $0xF0, Y5, Y4, Y10; \
	VPERM2F128 $0x21, Y5, Y4, Y11; \
	VADDPS     Y11, Y10, Y10; \
	VBLENDPS   $0xF0, Y7, Y6, Y11; \
	VPERM2F128 $0x21, Y7, Y6, Y12; \
	VADDPS     Y12, Y11, Y11; \
	VSHUFPS    $0x44, Y9, Y8, Y12; \
	VSHUFPS    $0xEE, Y9, Y8, Y13; \
	VADDPS     Y13, Y12, Y12; \
	VSHUFPS    $0x44, Y11, Y10, Y13; \
	VSHUFPS    $0xEE, Y11, Y10, Y14; \
	VADDPS     Y14, Y13, Y13; \
	VSHUFPS    $0x88, Y13, Y12, Y8; \
	VSHUFPS    $0xDD, Y13, Y12, Y9; \
	VADDPS     Y9, Y8, Y8

// REDUCE1 folds the accumulator Y0 with the canonical tree into X0[0].
// Clobbers Y1.
#define REDUCE1 \
	VEXTRACTF128 $1, Y0, X1; \
	VADDPS       X1, X0, X0; \
	VMOVHLPS     X0, X0, X1; \
	VADDPS       X1, X0, X0; \
	VMOVSHDUP    X0, X1; \
	VADDSS       X1, X0, X0

// func mm4x2(c *float32, ldc int, a, b *float32, n, k int)
//
// c[i*ldc+j] = dot8(a[i*k:(i+1)*k], b[j*k:(j+1)*k]) for i < 4, j < n;
// n must be even. Register blocking: 4 rows of A × 2 rows of B, eight
// accumulators kept in Y0..Y7 over the whole k loop.
TEXT ·mm4x2(SB), NOSPLIT, $0-48
	MOVQ c+0(FP), DI
	MOVQ ldc+8(FP), R8
	SHLQ $2, R8          // ldc in bytes
	MOVQ a+16(FP), SI
	MOVQ b+24(FP), BX
	MOVQ n+32(FP), CX
	SHRQ $1, CX          // pairs of B rows
	JZ   done4
	MOVQ k+40(FP), R9
	MOVQ R9, R14
	ANDQ $7, R14         // tail length; nonzero: one masked step
	SHLQ $2, R9          // row stride in bytes
	MOVQ R9, R13
	ANDQ $-32, R13       // bytes in whole vectors
	ADDQ R13, SI
	LEAQ (SI)(R9*1), R10
	LEAQ (SI)(R9*2), R11
	LEAQ (R10)(R9*2), R12
	ADDQ R13, BX
	NEGQ R13
	TESTQ R14, R14
	JZ   pair4
	LEAQ tailMask<>+32(SB), AX
	SHLQ $2, R14
	SUBQ R14, AX
	VMOVUPS (AX), Y15

pair4:
	LEAQ   (BX)(R9*1), DX
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	MOVQ   R13, AX
	TESTQ  AX, AX
	JZ     tail4

loop4:
	VMOVUPS (BX)(AX*1), Y8
	VMOVUPS (DX)(AX*1), Y9
	VMOVUPS (SI)(AX*1), Y10
	VMULPS  Y8, Y10, Y11
	VADDPS  Y11, Y0, Y0   // (0,0)
	VMULPS  Y9, Y10, Y12
	VADDPS  Y12, Y2, Y2   // (0,1)
	VMOVUPS (R10)(AX*1), Y10
	VMULPS  Y8, Y10, Y11
	VADDPS  Y11, Y4, Y4   // (1,0)
	VMULPS  Y9, Y10, Y12
	VADDPS  Y12, Y6, Y6   // (1,1)
	VMOVUPS (R11)(AX*1), Y10
	VMULPS  Y8, Y10, Y11
	VADDPS  Y11, Y1, Y1   // (2,0)
	VMULPS  Y9, Y10, Y12
	VADDPS  Y12, Y3, Y3   // (2,1)
	VMOVUPS (R12)(AX*1), Y10
	VMULPS  Y8, Y10, Y11
	VADDPS  Y11, Y5, Y5   // (3,0)
	VMULPS  Y9, Y10, Y12
	VADDPS  Y12, Y7, Y7   // (3,1)
	ADDQ    $32, AX
	JNZ     loop4

tail4:
	TESTQ      R14, R14
	JZ         reduce4
	VMASKMOVPS (BX), Y15, Y8
	VMASKMOVPS (DX), Y15, Y9
	VMASKMOVPS (SI), Y15, Y10
	VMULPS     Y8, Y10, Y11
	VADDPS     Y11, Y0, Y0
	VMULPS     Y9, Y10, Y12
	VADDPS     Y12, Y2, Y2
	VMASKMOVPS (R10), Y15, Y10
	VMULPS     Y8, Y10, Y11
	VADDPS     Y11, Y4, Y4
	VMULPS     Y9, Y10, Y12
	VADDPS     Y12, Y6, Y6
	VMASKMOVPS (R11), Y15, Y10
	VMULPS     Y8, Y10, Y11
	VADDPS     Y11, Y1, Y1
	VMULPS     Y9, Y10, Y12
	VADDPS     Y12, Y3, Y3
	VMASKMOVPS (R12), Y15, Y10
	VMULPS     Y8, Y10, Y11
	VADDPS     Y11, Y5, Y5
	VMULPS     Y9, Y10, Y12
	VADDPS     Y12, Y7, Y7

reduce4:
	// Y8 = [c00 c01 c10 c11 | c20 c21 c30 c31]
	REDUCE8
	VMOVQ        X8, (DI)
	VPEXTRQ      $1, X8, (DI)(R8*1)
	VEXTRACTF128 $1, Y8, X9
	VMOVQ        X9, (DI)(R8*2)
	LEAQ         (R8)(R8*2), AX
	VPEXTRQ      $1, X9, (DI)(AX*1)
	ADDQ         $8, DI
	LEAQ         (BX)(R9*2), BX
	DECQ         CX
	JNZ          pair4

done4:
	VZEROUPPER
	RET

// func mm1x8(c *float32, a, b *float32, n, k int)
//
// c[j] = dot8(a[:k], b[j*k:(j+1)*k]) for j < n: one row of A against blocks
// of 8 rows of B (eight accumulators), then the remaining rows one by one.
TEXT ·mm1x8(SB), NOSPLIT, $0-40
	MOVQ c+0(FP), DI
	MOVQ a+8(FP), SI
	MOVQ b+16(FP), BX
	MOVQ k+32(FP), R9
	MOVQ R9, AX
	ANDQ $7, AX
	JZ   nomask1
	LEAQ tailMask<>+32(SB), CX
	SHLQ $2, AX
	SUBQ AX, CX
	VMOVUPS (CX), Y15

nomask1:
	SHLQ $2, R9          // row stride in bytes
	MOVQ R9, AX
	ANDQ $-32, AX        // bytes in whole vectors
	ADDQ AX, SI
	ADDQ AX, BX
	MOVQ n+24(FP), CX
	SHRQ $3, CX          // blocks of 8 rows of B
	JZ   singles

block8:
	LEAQ   (BX)(R9*1), DX
	LEAQ   (BX)(R9*2), R8
	LEAQ   (DX)(R9*2), R10
	LEAQ   (BX)(R9*4), R11
	LEAQ   (DX)(R9*4), R12
	LEAQ   (R8)(R9*4), R13
	LEAQ   (R10)(R9*4), R14
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	MOVQ   R9, AX
	ANDQ   $-32, AX
	NEGQ   AX
	JZ     tail8

loop8:
	VMOVUPS (SI)(AX*1), Y8
	VMULPS  (BX)(AX*1), Y8, Y9
	VADDPS  Y9, Y0, Y0    // row 0
	VMULPS  (DX)(AX*1), Y8, Y10
	VADDPS  Y10, Y2, Y2   // row 1
	VMULPS  (R8)(AX*1), Y8, Y11
	VADDPS  Y11, Y4, Y4   // row 2
	VMULPS  (R10)(AX*1), Y8, Y12
	VADDPS  Y12, Y6, Y6   // row 3
	VMULPS  (R11)(AX*1), Y8, Y9
	VADDPS  Y9, Y1, Y1    // row 4
	VMULPS  (R12)(AX*1), Y8, Y10
	VADDPS  Y10, Y3, Y3   // row 5
	VMULPS  (R13)(AX*1), Y8, Y11
	VADDPS  Y11, Y5, Y5   // row 6
	VMULPS  (R14)(AX*1), Y8, Y12
	VADDPS  Y12, Y7, Y7   // row 7
	ADDQ    $32, AX
	JNZ     loop8

tail8:
	MOVQ       k+32(FP), AX
	ANDQ       $7, AX
	JZ         reduce8
	VMASKMOVPS (SI), Y15, Y8
	VMASKMOVPS (BX), Y15, Y9
	VMULPS     Y9, Y8, Y9
	VADDPS     Y9, Y0, Y0
	VMASKMOVPS (DX), Y15, Y10
	VMULPS     Y10, Y8, Y10
	VADDPS     Y10, Y2, Y2
	VMASKMOVPS (R8), Y15, Y11
	VMULPS     Y11, Y8, Y11
	VADDPS     Y11, Y4, Y4
	VMASKMOVPS (R10), Y15, Y12
	VMULPS     Y12, Y8, Y12
	VADDPS     Y12, Y6, Y6
	VMASKMOVPS (R11), Y15, Y9
	VMULPS     Y9, Y8, Y9
	VADDPS     Y9, Y1, Y1
	VMASKMOVPS (R12), Y15, Y10
	VMULPS     Y10, Y8, Y10
	VADDPS     Y10, Y3, Y3
	VMASKMOVPS (R13), Y15, Y11
	VMULPS     Y11, Y8, Y11
	VADDPS     Y11, Y5, Y5
	VMASKMOVPS (R14), Y15, Y12
	VMULPS     Y12, Y8, Y12
	VADDPS     Y12, Y7, Y7

reduce8:
	// Y8 = [c0 c1 c2 c3 | c4 c5 c6 c7]
	REDUCE8
	VMOVUPS Y8, (DI)
	ADDQ    $32, DI
	LEAQ    (BX)(R9*8), BX
	DECQ    CX
	JNZ     block8

singles:
	MOVQ n+24(FP), CX
	ANDQ $7, CX
	JZ   done1

single:
	VXORPS Y0, Y0, Y0
	MOVQ   R9, AX
	ANDQ   $-32, AX
	NEGQ   AX
	JZ     tail1

loop1:
	VMOVUPS (SI)(AX*1), Y8
	VMULPS  (BX)(AX*1), Y8, Y9
	VADDPS  Y9, Y0, Y0
	ADDQ    $32, AX
	JNZ     loop1

tail1:
	MOVQ       k+32(FP), AX
	ANDQ       $7, AX
	JZ         reduce1
	VMASKMOVPS (SI), Y15, Y8
	VMASKMOVPS (BX), Y15, Y9
	VMULPS     Y9, Y8, Y9
	VADDPS     Y9, Y0, Y0

reduce1:
	REDUCE1
	VMOVSS X0, (DI)
	ADDQ   $4, DI
	ADDQ   R9, BX
	DECQ   CX
	JNZ    single

done1:
	VZEROUPPER
	RET
