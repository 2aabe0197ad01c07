// Command genbindings writes ledger/bindings/bindings.go from the compiled
// artifacts in ledger/contracts/artifacts (see ledger/contracts/build.sh).
//
//	go run ./ledger/contracts/genbindings [-artifacts dir] [-out file]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/apiary-rl/apiary/ledger/contracts/bindgen"
)

func main() {
	dir := flag.String("artifacts", "ledger/contracts/artifacts", "folder with <Contract>.abi and .bin")
	out := flag.String("out", "ledger/bindings/bindings.go", "Go file to write")
	flag.Parse()
	code, err := bindgen.Generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genbindings:", err)
		os.Exit(1)
	}
}
