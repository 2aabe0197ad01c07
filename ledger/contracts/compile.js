// compile.js: compiles src/**/*.sol with the pinned solcjs from package-lock.json
// and writes <Contract>.abi and <Contract>.bin for every deployable contract
// into the output folder (default: artifacts). Usage: node compile.js [outdir]
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

// The contracts whose artifacts and Go bindings are committed.
const DEPLOYABLE = ['Disputes', 'Verdicts', 'Ledger', 'Referee', 'IndexReferee', 'ReduceReferee', 'RewardJudge', 'SoftFloatHarness', 'ProgramsHarness', 'TasksHarness'];

function collect(dir, rel, out) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const r = rel ? rel + '/' + name : name;
    if (fs.statSync(full).isDirectory()) collect(full, r, out);
    else if (name.endsWith('.sol')) out[r] = { content: fs.readFileSync(full, 'utf8') };
  }
  return out;
}

const root = __dirname;
const outDir = path.resolve(process.argv[2] || path.join(root, 'artifacts'));
const sources = collect(path.join(root, 'src'), '', {});
const input = {
  language: 'Solidity',
  sources,
  settings: {
    evmVersion: 'cancun',
    optimizer: { enabled: true, runs: 200 },
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object'] } },
  },
};
const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);
fs.mkdirSync(outDir, { recursive: true });
const found = new Set();
for (const file of Object.keys(output.contracts).sort()) {
  for (const [name, c] of Object.entries(output.contracts[file])) {
    if (!DEPLOYABLE.includes(name)) continue;
    found.add(name);
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
    const size = c.evm.bytecode.object.length / 2;
    process.stderr.write(`${name}: ${size} bytes of init code (solc ${solc.version()})\n`);
  }
}
for (const name of DEPLOYABLE) {
  if (!found.has(name)) process.stderr.write(`note: contract ${name} not found in sources\n`);
}
