// vs-gateways.mjs: zt4mcp against two Node MCP gateways from npm, side by side: the same raw
// client (zt-bench) and the same upstream (zt-echo-server over stdio) for every row, alternating
// rounds, each gateway's CPU per 1 000 calls read from /proc, ratios against direct.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/vs-gateways.mjs [ROUNDS=3] [SECONDS=2] [GATEWAYS=zt4mcp,floor,supergateway,mcp-proxy]
// "floor" is bench/zt-floor.c: libsoup's server, GLib's loop and the echo server's pipes with none
// of the agent's own work (no JSON read, no session, no filter, no audit), so that what zt4mcp
// adds splits into what that stack costs and what the agent does.
// Needs build/ (zt4mcp, zt-bench, zt-echo-server, zt-floor); installs supergateway 4.0.0 and mcp-proxy
// 6.7.19 into bench/compare/node_modules on first use (npm). Only 127.0.0.1 is used.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const here = path.dirname(new URL(import.meta.url).pathname);
const build = path.resolve(here, "../build");
const BENCH = path.join(build, "bench/zt-bench");
const ECHO = path.join(build, "bench/zt-echo-server");
const ZT = path.join(build, "src/cli/zt4mcp");
const FLOOR = path.join(build, "bench/zt-floor");
const ROUNDS = Number(process.argv[2] ?? 3);
const SECONDS = String(process.argv[3] ?? 2);
const CLIENTS = [1, 16];
const ONLY = process.argv[4] ? process.argv[4].split(",") : null;
const compare = path.join(here, "compare");
const TICK = 100;  // USER_HZ: /proc/PID/stat counts ticks of 10 ms

for (const f of [BENCH, ECHO, ZT, FLOOR])
  if (!fs.existsSync(f)) { console.error(`vs-gateways: ${f} is missing: build first (ninja -C build)`); process.exit(2); }
if ((!ONLY || ONLY.some((g) => g !== "zt4mcp" && g !== "floor")) &&
    !fs.existsSync(path.join(compare, "node_modules/supergateway"))) {
  console.error("vs-gateways: installing supergateway 4.0.0 and mcp-proxy 6.7.19 into bench/compare …");
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: compare, stdio: "inherit" });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const freePort = () => new Promise((r) => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => r(p)); }); });
const ticks = (pid) => { const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return Number(f[11]) + Number(f[12]); };
async function listening(port, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((r) => { const c = net.connect(port, "127.0.0.1", () => { c.end(); r(true); }); c.on("error", () => r(false)); });
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`nothing listens on ${port}`);
}
function bench(args) {
  const out = execFileSync(BENCH, ["--json", "--seconds", SECONDS, "--clients", CLIENTS.join(","), ...args],
    { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(out).cases;
}

// Each gateway: how to start it around the echo server, and its URL.
const gateways = {
  async zt4mcp(port) {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "zt-vs-"));
    const proc = spawn(ZT, ["agent", "serve", "--home", home, "--listen", `127.0.0.1:${port}`], { stdio: "ignore" });
    await listening(port);
    execFileSync(ZT, ["service", "add", "echo", "--home", home, "--max-sessions", "64", "--stdio", "--", ECHO], { stdio: "ignore" });
    const token = JSON.parse(fs.readFileSync(path.join(home, "api.json"), "utf8")).token;
    return { proc, url: `http://127.0.0.1:${port}/mcp/echo`, token, done: () => fs.rmSync(home, { recursive: true, force: true }) };
  },
  async floor(port) {
    const proc = spawn(FLOOR, ["--server", ECHO, "--port", String(port)], { stdio: "ignore" });
    await listening(port);
    return { proc, url: `http://127.0.0.1:${port}/mcp` };
  },
  async supergateway(port) {
    const proc = spawn(process.execPath, [path.join(compare, "node_modules/supergateway/dist/index.js"), "--stdio", ECHO,
      "--outputTransport", "streamableHttp", "--stateful", "--port", String(port)], { stdio: "ignore" });
    await listening(port);
    return { proc, url: `http://127.0.0.1:${port}/mcp` };
  },
  async "mcp-proxy"(port) {
    const bin = fs.realpathSync(path.join(compare, "node_modules/.bin/mcp-proxy"));
    const proc = spawn(process.execPath, [bin, "--host", "127.0.0.1", "--port", String(port), "--server", "stream", "--", ECHO],
      { stdio: "ignore" });
    await listening(port);
    return { proc, url: `http://127.0.0.1:${port}/mcp` };
  },
};

const rows = {};   // name -> clients -> [{rate, p50, cpu}]
const add = (name, n, v) => { ((rows[name] ??= {})[n] ??= []).push(v); };
for (let round = 0; round < ROUNDS; round++) {
  const order = ["direct", ...Object.keys(gateways).filter((g) => !ONLY || ONLY.includes(g))];
  if (round % 2) order.reverse();   // alternate, so drift in the machine's load falls on all
  for (const name of order) {
    if (name === "direct") {
      for (const r of bench(["--only", "direct"])) add("direct", r.clients, { rate: r.calls_per_s, p50: r.p50_us });
      continue;
    }
    const port = await freePort();
    const gw = await gateways[name](port);
    try {
      for (const n of CLIENTS) {
        const t0 = ticks(gw.proc.pid);
        const [r] = bench(["--only", "url", "--url", gw.url, "--url-name", name, "--clients", String(n),
          ...(gw.token ? ["--url-token", gw.token] : [])]);
        const used = ticks(gw.proc.pid) - t0;
        add(name, n, { rate: r.calls_per_s, p50: r.p50_us, cpu: r.calls ? (used * 1000 / TICK) * 1000 / r.calls : NaN });
      }
    } finally {
      gw.proc.kill("SIGTERM");
      await sleep(300);
      gw.done?.();
    }
  }
}

const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
console.log(`median of ${ROUNDS} alternating rounds, ${SECONDS} s each; zt-echo-server over stdio behind every gateway`);
console.log("| path | clients | calls/s | vs direct | p50 us | added p50 us | gateway CPU ms per 1k calls |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const n of CLIENTS) {
  const d = rows.direct[n];
  const dRate = med(d.map((x) => x.rate)), dP50 = med(d.map((x) => x.p50));
  for (const name of Object.keys(rows)) {
    const v = rows[name][n];
    const rate = med(v.map((x) => x.rate)), p50 = med(v.map((x) => x.p50));
    const cpu = name === "direct" ? "" : med(v.map((x) => x.cpu)).toFixed(0);
    console.log(`| ${name} | ${n} | ${rate.toFixed(0)} | ${(rate / dRate).toFixed(2)} | ${p50.toFixed(0)} | ` +
      `${name === "direct" ? "" : (p50 - dP50).toFixed(0)} | ${cpu} |`);
  }
}
