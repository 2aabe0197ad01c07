package api_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// chromium returns the path of Debian's chromium. It skips the test where
// chromium is absent, except under CI=true, where it fails: CI installs it
// (make deps).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium is not installed; run `make deps` (apt-get install chromium)")
	}
	t.Skip("chromium is not installed (apt-get install chromium); skipping the dashboard render")
	return ""
}

// headless runs chromium on url with the given extra flags and returns its
// standard output. The time limit only guards against a hung browser.
func headless(t *testing.T, bin, url string, extra ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=10000",
		"--enable-logging=stderr", "--v=0"}, extra...) // the page's console goes to stderr
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", extra, err, stderr.String())
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(line, "CONSOLE") && (strings.Contains(line, "Uncaught") || strings.Contains(line, "Failed to load")) {
			t.Errorf("the page's console reports an error: %s", line)
		}
	}
	return string(out)
}

// TestDashboardRenders loads the dashboard in headless Chromium against a
// server fed by a played run, and checks the DOM after its scripts ran:
// the page reached "ready" with no JavaScript error, the leaderboard shows
// every address the API returns, in rank order, the peers and disputes
// tables and both charts are drawn. It also writes a screenshot.
func TestDashboardRenders(t *testing.T) {
	bin := chromium(t)
	f := newFixture(t)
	dom := headless(t, bin, f.ts.URL+"/", "--dump-dom")

	if !strings.Contains(dom, `data-state="ready"`) {
		t.Fatalf("the page did not reach ready:\n%s", dom)
	}
	if strings.Contains(dom, "data-errors=") {
		m := regexp.MustCompile(`(?s)<div id="errors"[^>]*>(.*?)</div>`).FindStringSubmatch(dom)
		t.Fatalf("the page reported JavaScript errors: %v", m)
	}
	rows := regexp.MustCompile(`<tr[^>]*data-address="(0x[0-9a-fA-F]{40})"`).FindAllStringSubmatch(dom, -1)
	board := f.ix.Leaderboard()
	if len(rows) != len(board) {
		t.Fatalf("the leaderboard shows %d rows, the API returns %d", len(rows), len(board))
	}
	for i, r := range rows {
		if addrOf(r[1]) != board[i].Address {
			t.Errorf("leaderboard row %d shows %s, want %s", i, r[1], board[i].Address.Hex())
		}
	}
	for _, want := range []string{`data-peer="16Uiu2HAmPeer2"`, `data-dispute="1"`, `data-dispute="2"`,
		`data-series="round payout"`, `data-series="this node"`, `data-series="accuracy"`} {
		if !strings.Contains(dom, want) {
			t.Errorf("the rendered page lacks %s", want)
		}
	}

	shot := filepath.Join(t.TempDir(), "dashboard.png")
	headless(t, bin, f.ts.URL+"/", "--window-size=1280,1400", "--screenshot="+shot)
	st, err := os.Stat(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	if st.Size() < 10_000 {
		t.Fatalf("screenshot %s has only %d bytes", shot, st.Size())
	}
	t.Logf("screenshot: %s (%d bytes)", shot, st.Size())
	if dir := os.Getenv("APIARY_SCREENSHOT_DIR"); dir != "" {
		b, _ := os.ReadFile(shot)
		if err := os.WriteFile(filepath.Join(dir, "dashboard.png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
