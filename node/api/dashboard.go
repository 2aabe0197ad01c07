package api

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
)

// web holds the dashboard: plain HTML, JavaScript and CSS, no build step.
//
//go:embed web
var web embed.FS

// dashboard serves the embedded dashboard files at /.
func dashboard() http.Handler {
	sub, err := fs.Sub(web, "web")
	if err != nil {
		panic(err) // the embedded tree always has web/
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			writeError(w, http.StatusMethodNotAllowed, CodeMethodNotAllowed,
				fmt.Sprintf("%s is not allowed on %s: the dashboard is read-only (GET)", clip(r.Method), clip(r.URL.Path)))
			return
		}
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
