// Apiary node dashboard: reads the node's /v1 API and draws the
// leaderboard, the reward and accuracy curves, the peers and the disputes.
// Plain JavaScript, no libraries, no network beyond this node.
"use strict";

const errors = [];

function reportError(msg) {
  errors.push(String(msg));
  const box = document.getElementById("errors");
  box.hidden = false;
  box.textContent = errors.join("\n");
  document.body.dataset.errors = String(errors.length);
}
window.addEventListener("error", (e) => reportError(e.message));
window.addEventListener("unhandledrejection", (e) => reportError(e.reason));

async function get(path) {
  const res = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await res.json();
  if (!res.ok) throw new Error(path + ": " + body.error.code + ": " + body.error.message);
  return body;
}

const WEI = 10n ** 18n;

// ether formats a wei amount (a decimal string) as ether with 4 decimals.
function ether(wei) {
  const v = BigInt(wei);
  const neg = v < 0n;
  const a = neg ? -v : v;
  const frac = ((a % WEI) * 10000n) / WEI;
  return (neg ? "-" : "") + (a / WEI).toString() + "." + frac.toString().padStart(4, "0");
}

function etherNumber(wei) { return Number(ether(wei)); }

function short(hex) { return hex.slice(0, 8) + "…" + hex.slice(-4); }

function cell(tr, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

function fill(id, items, row) {
  const tbody = document.querySelector("#" + id + " tbody");
  tbody.replaceChildren();
  if (items.length === 0) {
    const tr = document.createElement("tr");
    const td = cell(tr, "none yet", "muted");
    td.colSpan = document.querySelectorAll("#" + id + " thead th").length;
    tbody.appendChild(tr);
    return;
  }
  for (const it of items) {
    const tr = document.createElement("tr");
    row(tr, it);
    tbody.appendChild(tr);
  }
}

const SVGNS = "http://www.w3.org/2000/svg";

function el(name, attrs, text) {
  const e = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// lineChart draws series [{name, points: [[x, y], ...]}] into an SVG.
function lineChart(svg, series, yLabel) {
  svg.replaceChildren();
  const W = 480, H = 220, L = 48, R = 12, T = 12, B = 28;
  const pts = series.flatMap((s) => s.points);
  if (pts.length === 0) {
    svg.appendChild(el("text", { x: W / 2, y: H / 2, "text-anchor": "middle", class: "label" }, "no rounds yet"));
    return;
  }
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1);
  const y0 = Math.min(0, ...ys), y1 = Math.max(...ys, y0 + 1e-9);
  const sx = (x) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const sy = (y) => H - B - ((y - y0) / (y1 - y0)) * (H - T - B);
  svg.appendChild(el("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
  svg.appendChild(el("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
  svg.appendChild(el("text", { x: L - 4, y: T + 8, "text-anchor": "end", class: "label" }, y1.toPrecision(3)));
  svg.appendChild(el("text", { x: L - 4, y: H - B, "text-anchor": "end", class: "label" }, y0.toPrecision(3)));
  svg.appendChild(el("text", { x: L, y: H - 8, class: "label" }, "round " + x0));
  svg.appendChild(el("text", { x: W - R, y: H - 8, "text-anchor": "end", class: "label" }, "round " + x1));
  if (yLabel) svg.appendChild(el("text", { x: L + 4, y: T + 8, class: "label" }, yLabel));
  series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const d = s.points.map((p, j) => (j ? "L" : "M") + sx(p[0]).toFixed(1) + " " + sy(p[1]).toFixed(1)).join(" ");
    svg.appendChild(el("path", { d, class: "s" + i, "data-series": s.name }));
    for (const p of s.points) svg.appendChild(el("circle", { cx: sx(p[0]), cy: sy(p[1]), r: 3, class: "d" + i }));
    svg.appendChild(el("text", { x: W - R - 4, y: T + 10 + 12 * i, "text-anchor": "end", class: "label l" + i }, "— " + s.name));
  });
}

async function refresh() {
  const [status, board, rounds, peers, disputes] = await Promise.all([
    get("/v1/status"), get("/v1/leaderboard"), get("/v1/rounds"), get("/v1/peers"), get("/v1/disputes?limit=20"),
  ]);
  const self = status.address.toLowerCase();
  const rewards = await get("/v1/peers/" + status.address + "/rewards");

  document.getElementById("st-address").textContent = short(status.address);
  document.getElementById("st-address").title = status.address;
  document.getElementById("st-round").textContent = status.round;
  document.getElementById("st-stage").textContent = status.stage;
  document.getElementById("st-peers").textContent = status.peers;
  document.getElementById("st-rank").textContent = status.rank ? "#" + status.rank.rank : "–";
  document.getElementById("st-model").textContent = short(status.model_root);

  fill("leaderboard", board.items, (tr, e) => {
    tr.dataset.address = e.address;
    if (e.address.toLowerCase() === self) tr.className = "self";
    cell(tr, e.rank, "num");
    cell(tr, e.address, "addr");
    cell(tr, ether(e.earned), "num");
    cell(tr, ether(e.claimed), "num");
    cell(tr, e.final + " / " + e.contributions, "num");
    cell(tr, e.attestations, "num");
    cell(tr, ether(BigInt(e.slashed) + BigInt(e.penalized)), "num");
    cell(tr, e.disputes_won + " / " + e.disputes_lost, "num");
  });

  const finalized = rounds.items.filter((r) => r.finalized);
  const payout = finalized.map((r) => [r.round, etherNumber(BigInt(r.per_contribution) * BigInt(r.final_count) + BigInt(r.fees))]);
  const mine = rewards.rounds.map((r) => [r.round, etherNumber(BigInt(r.reward) + BigInt(r.fees))]);
  lineChart(document.getElementById("reward-chart"), [{ name: "round payout", points: payout }, { name: "this node", points: mine }], "ETH");

  const curve = rounds.items.filter((r) => r.curve).map((r) => r.curve);
  lineChart(document.getElementById("accuracy-chart"), [
    { name: "accuracy", points: curve.map((c) => [c.round, c.accuracy]) },
    { name: "mean reward", points: curve.map((c) => [c.round, c.reward]) },
  ], "");

  fill("peers", peers.items, (tr, p) => {
    tr.dataset.peer = p.peer_id;
    cell(tr, short(p.peer_id), "addr").title = p.peer_id;
    cell(tr, p.address, "addr");
    cell(tr, p.connected ? "yes" : "no");
    cell(tr, p.rank ? "#" + p.rank.rank : "–", "num");
    cell(tr, p.addrs.join(" "), "addr");
  });

  fill("disputes", disputes.items, (tr, d) => {
    tr.dataset.dispute = d.id;
    const role = d.solver.toLowerCase() === self ? "solver" : d.challenger.toLowerCase() === self ? "challenger" : "";
    if (role) {
      tr.dataset.role = role;
      tr.className = "self";
    }
    cell(tr, d.id, "num");
    cell(tr, d.round, "num");
    cell(tr, d.step, "num");
    cell(tr, short(d.solver), "addr").title = d.solver;
    cell(tr, short(d.challenger), "addr").title = d.challenger;
    cell(tr, role || "–");
    cell(tr, d.reveals, "num");
    cell(tr, d.state.replace("_", " "));
    cell(tr, d.outcome.replace("_", " "));
    cell(tr, ether(d.slashed), "num");
  });
}

async function loop() {
  try {
    await refresh();
    document.body.dataset.state = "ready";
  } catch (e) {
    reportError(e.message || e);
    document.body.dataset.state = "error";
  }
}

loop();
setInterval(loop, 10000);
