// Package bindgen turns the committed contract artifacts (ledger/contracts/
// artifacts/*.abi, *.bin) into the go-ethereum abigen v2 bindings of package
// ledger/bindings. It is what `make contracts` runs after compiling, and what
// the freshness test runs to prove the committed bindings are current.
package bindgen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Contracts lists the deployable contracts, in binding order. compile.js
// writes an artifact pair for each.
var Contracts = []string{"Disputes", "Verdicts", "Ledger", "Referee", "IndexReferee", "ReduceReferee", "RewardJudge", "SoftFloatHarness", "ProgramsHarness", "TasksHarness"}

// Package is the Go package name of the generated bindings.
const Package = "bindings"

// Generate returns the Go source of the bindings for the artifacts in dir:
// one file holding every contract, so that struct types shared between
// contracts are declared once.
func Generate(dir string) ([]byte, error) {
	var types, abis, bins []string
	for _, name := range Contracts {
		abi, err := os.ReadFile(filepath.Join(dir, name+".abi"))
		if err != nil {
			return nil, fmt.Errorf("read artifact: %w (run ledger/contracts/build.sh)", err)
		}
		bin, err := os.ReadFile(filepath.Join(dir, name+".bin"))
		if err != nil {
			return nil, fmt.Errorf("read artifact: %w (run ledger/contracts/build.sh)", err)
		}
		types = append(types, name)
		abis = append(abis, string(abi))
		bins = append(bins, strings.TrimSpace(string(bin)))
	}
	code, err := abigen.BindV2(types, abis, bins, Package, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("abigen: %w", err)
	}
	return []byte(code), nil
}
