package api_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/apiary-rl/apiary/node/api"
	"github.com/apiary-rl/apiary/node/metrics"
)

var (
	fuzzOnce    sync.Once
	fuzzHandler http.Handler
)

// FuzzRequests sends arbitrary path segments and queries to every route
// that takes input: the answer is 200 with JSON, or a 4xx whose JSON body
// has an error code and message; never a 5xx or a panic.
func FuzzRequests(f *testing.F) {
	for _, s := range []string{"0", "1", "7", "abc", "01", "-1", "18446744073709551616",
		"0x084ca1307c2e2aff9637ff70af66e3a6ed0aa006", "0X084CA1307C2E2AFF9637FF70AF66E3A6ED0AA006", "0x12", "%zz", "é"} {
		f.Add(s, "limit=2")
		f.Add(s, "state=open&limit=1")
		f.Add(s, "limit=01&x=1")
	}
	f.Fuzz(func(t *testing.T, seg, query string) {
		fuzzOnce.Do(func() {
			fx := newFixture(t) // its chain outlives this first input only as long as needed: handlers read the indexer
			s, err := api.New(chainNode{fx.chain}, fx.ix, metrics.New(nil))
			if err != nil {
				t.Fatal(err)
			}
			fuzzHandler = s.Handler()
		})
		esc := url.PathEscape(seg)
		for _, path := range []string{"/v1/rounds/" + esc, "/v1/peers/" + esc + "/rewards",
			"/v1/leaderboard?" + query, "/v1/disputes?" + query, "/v1/rounds?" + query} {
			if strings.ContainsAny(path, " \t\r\n#") {
				continue
			}
			req, err := http.NewRequest("GET", "http://127.0.0.1"+path, nil)
			if err != nil {
				continue
			}
			rec := httptest.NewRecorder()
			fuzzHandler.ServeHTTP(rec, req)
			if rec.Code == http.StatusMovedPermanently || rec.Code == http.StatusTemporaryRedirect {
				continue // the mux cleans paths such as /v1/rounds/.. by redirecting
			}
			if rec.Code >= 500 {
				t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
			}
			var body struct {
				Error *struct{ Code, Message string }
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
				t.Fatalf("GET %s: %d, body is not JSON: %v", path, rec.Code, err)
			}
			if rec.Code >= 400 && (body.Error == nil || body.Error.Code == "" || body.Error.Message == "") {
				t.Fatalf("GET %s: %d without an error code and message: %s", path, rec.Code, rec.Body)
			}
		}
	})
}
