// hub-scale.mjs: the hub's CPU per relayed call between two real agents, with thousands of
// other agents connected and idle
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/hub-scale.mjs [COUNTS=0,1000,5000] [CALLS=2000]   (needs build/, tests/node deps)
// A real hub; alice-pc imports bench/zt-echo-server from bob-pc through it. For each count of
// idle agents (cumulative), registers and mints the members it lacks (build/bench/zt-hub-members),
// opens their control channels from this process (mutual TLS, a WebSocket, a hello, as an
// agent does, then nothing but reading), waits until the hub is quiet, and measures the hub's
// CPU time (utime + stime) over CALLS tools/call on one session through the mesh. Prints the
// hub's CPU per call, its CPU per second while idle, and the ratios to the first count.
// Needs one fd per idle agent here and in the hub: ulimit -n above the largest count + 100.
// ZT4MCP=path runs another build of the hub and agents (to compare before and after).
import fs from "node:fs";
import path from "node:path";
import tls from "node:tls";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { startHub, joinMember, peersOf, until, sleep, cleanup, tmpdir, ECHO_SERVER, here, mcpPost as post,
  wsClientFrame, wsClientReader } from "../tests/node/lib.mjs";

const COUNTS = (process.argv[2] ?? "0,1000,5000").split(",").map(Number);
const CALLS = Number(process.argv[3] ?? 2000);
const MEMBERS = process.env.ZT_HUB_MEMBERS ?? path.resolve(here, "../../build/bench/zt-hub-members");
process.env.ZT4MCP_KEYSTORE = "file";

const TICK_US = 1e6 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
function cpuUs(pid) {
  const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * TICK_US;  // utime, stime
}

// One idle agent's control channel; resolves once the hub has upgraded it.
function openControl(port, cert, key) {
  return new Promise((resolve, reject) => {
    const s = tls.connect({ host: "127.0.0.1", port, cert, key, rejectUnauthorized: false });
    let head = "";
    const onData = (d) => {
      head += d.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      s.off("data", onData);
      if (!head.startsWith("HTTP/1.1 101")) return reject(new Error(head.split("\r\n")[0]));
      // peer lists dropped, pings answered (as an agent does)
      const reader = wsClientReader(s, undefined, { upgraded: true });
      reader(Buffer.from(head.slice(head.indexOf("\r\n\r\n") + 4), "latin1"));
      s.on("data", reader);
      s.on("close", () => { closed++; });
      s.write(wsClientFrame(1, JSON.stringify({ type: "hello", exports: [], instance: crypto.randomUUID() })));
      resolve(s);
    };
    s.on("secureConnect", () => s.write(`GET /v1/control?presence=changes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\n` +
      "Sec-WebSocket-Version: 13\r\n\r\n"));
    s.on("data", onData);
    s.on("error", (e) => { errors.push(e.message); reject(e); });
  });
}

// Waits until the hub's CPU for a whole second is down to its idle work (its broadcasts are
// done): 5% of a core, plus 45 µs a second for each agent's pings and pongs (about 30 µs
// measured at 1 000 agents).
async function settle(pid, agents, maxMs = 600000) {
  const end = Date.now() + maxMs;
  for (;;) {
    const c0 = cpuUs(pid);
    await sleep(1000);
    if (cpuUs(pid) - c0 < 50000 + 45 * agents) return;
    if (Date.now() > end) throw new Error("the hub did not settle");
  }
}

const hub = await startHub("scalemesh");
const hubPid = hub.proc.pid;
const hubLog = [];
for (const s of [hub.proc.stdout, hub.proc.stderr]) s.on("data", (d) => { hubLog.push(d.toString()); hubLog.splice(0, hubLog.length - 50); });
process.on("uncaughtException", (e) => { console.log(`${e.stack}\n# the hub's last lines:\n${hubLog.join("").split("\n").slice(-15).join("\n")}`); process.exit(1); });
const alice = await joinMember(hub.data, "alice", "alice-pc");
const bob = await joinMember(hub.data, "bob", "bob-pc");
bob.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
bob.cli("service", "export", "echo", "--to", "alice");
alice.cli("service", "import", "bob-pc/echo");
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && (p.services ?? []).includes("echo")), "echo");
const url = `${alice.url}/mcp/echo`;
const sid = await post(url, alice.token, { jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "scale", version: "1" } } });
await post(url, alice.token, { jsonrpc: "2.0", method: "notifications/initialized" }, sid);
const call = (i) => post(url, alice.token, { jsonrpc: "2.0", id: 10 + i, method: "tools/call",
  params: { name: "echo", arguments: { message: `m${i}` } } }, sid);
for (let i = 0; i < 200; i++) await call(i);

const dir = tmpdir("zt-hub-scale-");
let closed = 0;
const errors = [];
const sockets = [];
const rows = [];
for (const n of COUNTS) {
  const t0 = Date.now(), cpu0 = cpuUs(hubPid), before = sockets.length;
  if (n > sockets.length) {
    const from = sockets.length;
    execFileSync(MEMBERS, [hub.data, "idle", String(from), String(n - from), dir]);
    const key = fs.readFileSync(path.join(dir, "key.pem"));
    const certs = fs.readFileSync(path.join(dir, `certs-${from}.pem`), "utf8").split(/(?<=-----END CERTIFICATE-----\n)/).filter((c) => c.includes("BEGIN"));
    for (let i = 0; i < certs.length; i += 50)
      sockets.push(...await Promise.all(certs.slice(i, i + 50).map((c) => openControl(hub.port, c, key))));
  }
  const opened = Date.now() - t0;
  if (closed || errors.length) console.log(`# ${closed} control channels closed by the hub; errors: ${[...new Set(errors)]}`);
  await settle(hubPid, n);
  const settled = Date.now() - t0;
  const cpuOpen = cpuUs(hubPid) - cpu0;  // the connections and the presence they caused
  const i0 = cpuUs(hubPid);
  await sleep(3000);
  const idlePerS = (cpuUs(hubPid) - i0) / 3;
  console.log(`# hub ${hubPid}: ${CALLS} calls with ${n} idle agents`);  // for perf record -p
  const c0 = cpuUs(hubPid), w0 = performance.now();
  for (let i = 0; i < CALLS; i++) await call(i);
  const wall = performance.now() - w0;
  const perCall = (cpuUs(hubPid) - c0) / CALLS;
  // the hub's idle work (pings and pongs of every channel) goes on during the calls: counted
  // apart, so that a slower round trip does not show as a dearer relay
  const netPerCall = Math.max(0, perCall - idlePerS * (wall / 1000) / CALLS);
  rows.push({ n, perCall, netPerCall, idlePerS, wall: wall / CALLS, opened, settled, cpuOpen });
  console.log(`idle agents ${String(n).padStart(5)}: hub CPU ${perCall.toFixed(1)} us/call ` +
    `(${netPerCall.toFixed(1)} beyond its idle work), ` +
    `${(idlePerS / 1000).toFixed(1)} ms/s idle; call round trip ${(wall / CALLS).toFixed(2)} ms; ` +
    `connected in ${opened} ms, hub quiet ${settled} ms after the first connection, ` +
    `hub CPU ${(cpuOpen / 1000).toFixed(0)} ms for the connections (${n > before ? (cpuOpen / 1000 / (n - before)).toFixed(1) : "-"} ms each)`);
}
const base = rows[0];
for (const r of rows.slice(1))
  console.log(`ratio ${r.n}/${base.n}: hub CPU per call ${(r.perCall / base.perCall).toFixed(2)}x ` +
    `(${(r.netPerCall / base.netPerCall).toFixed(2)}x beyond idle work), ` +
    `round trip ${(r.wall / base.wall).toFixed(2)}x`);
for (const s of sockets) s.destroy();
await cleanup();
process.exit(0);
