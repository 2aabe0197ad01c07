package store

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// Child roles: the test binary re-executes itself with childEnv set, plays one of these
// against the store in APIARY_STORE_DIR, reports on stdout and, where it stops, blocks
// reading stdin until the parent kills it (or exits when the parent goes away).
const (
	roleLock   = "lock"   // open the store, print "open <pid>", block
	rolePoint  = "point"  // one contribution, stopping at APIARY_STORE_POINT
	roleStream = "stream" // prepare and commit rounds 0, 1, 2, ... until killed
)

// childMain runs a child role and returns its exit code.
func childMain() int {
	if err := runChild(os.Getenv(childEnv), os.Getenv("APIARY_STORE_DIR"), os.Getenv("APIARY_STORE_POINT")); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	return 0
}

func runChild(role, dir, point string) error {
	s, err := Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	block := func() { _, _ = io.Copy(io.Discard, os.Stdin) }
	switch role {
	case roleLock:
		fmt.Printf("open %d\n", os.Getpid())
		block()
	case rolePoint:
		// Computing is modelled by fresh random bytes: a node that recomputed after a
		// restart would get different ones, so equal bytes prove a reload.
		p := testPrepared(nil, 7, 3, true)
		fmt.Printf("computed %x\n", digest(nil, p))
		if point == "computed" {
			block()
		}
		if err := s.PrepareCommit(p); err != nil {
			return err
		}
		fmt.Printf("prepared %x\n", digest(nil, p))
		if point == "prepared" {
			block()
		}
		if err := s.MarkCommitted(testRun, 7); err != nil {
			return err
		}
		fmt.Println("committed")
		block()
	case roleStream:
		for r := range uint64(100_000) {
			p := testPrepared(nil, r, 2, true)
			if err := s.PrepareCommit(p); err != nil {
				return err
			}
			fmt.Printf("prepared %d %x\n", r, digest(nil, p))
			if err := s.MarkCommitted(testRun, r); err != nil {
				return err
			}
			fmt.Printf("committed %d\n", r)
		}
		block()
	default:
		return fmt.Errorf("unknown role %q", role)
	}
	return nil
}

// child is a running re-executed test binary.
type child struct {
	cmd   *exec.Cmd
	lines *bufio.Scanner
	stdin io.WriteCloser
}

func startChild(t *testing.T, role, dir, point string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+role, "APIARY_STORE_DIR="+dir, "APIARY_STORE_POINT="+point)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, lines: bufio.NewScanner(stdout), stdin: stdin}
	t.Cleanup(func() { c.kill(t) })
	return c
}

// next returns the child's next output line split into words; it fails the test if the
// child exits first.
func (c *child) next(t *testing.T) []string {
	t.Helper()
	if !c.lines.Scan() {
		t.Fatalf("child ended without the expected line: %v", c.lines.Err())
	}
	return strings.Fields(c.lines.Text())
}

// kill sends SIGKILL, as a crash or `kill -9` would, and reaps the child.
func (c *child) kill(t *testing.T) {
	if c.cmd.ProcessState != nil {
		return
	}
	_ = c.cmd.Process.Signal(syscall.SIGKILL)
	_ = c.stdin.Close()
	_ = c.cmd.Wait()
}
