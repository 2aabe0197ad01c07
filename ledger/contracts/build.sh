#!/bin/sh
# Regenerates the committed contract artifacts and Go bindings from the
# Solidity sources with the solc version pinned in package-lock.json.
# Run from anywhere; `make contracts` calls it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$here"
npm ci --no-audit --no-fund --silent
node compile.js artifacts
cd "$repo"
go run ./ledger/contracts/genbindings -artifacts ledger/contracts/artifacts -out ledger/bindings/bindings.go
