package testnet

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"syscall"
	"time"
)

// ours reports whether pid is a live process (not a zombie) whose command
// line contains marker: a pid reused by another program is not ours. Where
// /proc is missing it falls back to signal 0.
func ours(pid int, marker string) bool {
	if pid <= 0 {
		return false
	}
	cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if errors.Is(err, os.ErrNotExist) {
		if _, statErr := os.Stat("/proc/self"); statErr == nil {
			return false // /proc works: the process is gone
		}
		return syscall.Kill(pid, 0) == nil
	}
	if err != nil || len(cmdline) == 0 { // a zombie has an empty command line
		return false
	}
	if stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
		if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) && stat[i+2] == 'Z' {
			return false
		}
	}
	return bytes.Contains(cmdline, []byte(marker))
}

// proc is a process of the testnet as Down sees it.
type proc struct {
	name   string
	pid    int
	marker string
}

// stopAll sends SIGINT to every live process of ps, waits up to grace for
// them to exit, sends SIGKILL to those left, and returns an error naming any
// process still alive after that.
func stopAll(ps []proc, grace time.Duration, clock Clock) (stopped, killed []string, err error) {
	var live []proc
	for _, p := range ps {
		if ours(p.pid, p.marker) {
			if err := syscall.Kill(p.pid, syscall.SIGINT); err == nil {
				live = append(live, p)
			}
		}
	}
	left := waitGone(live, grace, clock)
	for _, p := range live {
		if !contains(left, p) {
			stopped = append(stopped, p.name)
		}
	}
	for _, p := range left {
		_ = syscall.Kill(p.pid, syscall.SIGKILL)
		killed = append(killed, p.name)
	}
	if left = waitGone(left, 10*time.Second, clock); len(left) > 0 {
		var names []string
		for _, p := range left {
			names = append(names, fmt.Sprintf("%s (pid %d)", p.name, p.pid))
		}
		return stopped, killed, fmt.Errorf("still running after SIGKILL: %v", names)
	}
	return stopped, killed, nil
}

// waitGone polls until every process of ps has exited or d has passed on
// clock, and returns those still alive. Down cannot wait(2) on processes it
// did not start, so it polls /proc.
func waitGone(ps []proc, d time.Duration, clock Clock) []proc {
	deadline := clock.After(d)
	for {
		var left []proc
		for _, p := range ps {
			if ours(p.pid, p.marker) {
				left = append(left, p)
			}
		}
		if len(left) == 0 {
			return nil
		}
		select {
		case <-deadline:
			return left
		case <-clock.After(50 * time.Millisecond):
		}
		ps = left
	}
}

func contains(ps []proc, p proc) bool {
	for _, q := range ps {
		if q.pid == p.pid {
			return true
		}
	}
	return false
}
