// hub-scale.mjs: the hub's CPU per relayed call between two real agents, with thousands of
// other agents connected and idle
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/hub-scale.mjs [COUNTS=0,1000,5000] [CALLS=2000] [ROUNDS=3]   (needs build/, tests/node deps)
// A real hub; alice-pc imports bench/zt-echo-server from bob-pc through it. For each count of
// idle agents (cumulative), registers and mints the members it lacks (build/bench/zt-hub-members),
// opens their control channels from this process (mutual TLS, a WebSocket, a hello, as an
// agent does, then a ping every 15 s and reading), waits until the hub is quiet, and measures
// the hub's CPU time (utime + stime) over CALLS tools/call on one session through the mesh,
// made by a second process: its relay thread's (the relay's cost) and the whole hub's. Prints
// them per call, the hub's CPU per second while idle (just before and after the calls), and
// the ratios to the first count.
// Needs one fd per idle agent here and in the hub: ulimit -n above the largest count + 100.
// ZT4MCP=path runs another build of the hub and agents (to compare before and after).
import fs from "node:fs";
import { fork } from "node:child_process";
import path from "node:path";
import tls from "node:tls";
import crypto from "node:crypto";
import { execFileSync } from "node:child_process";
import { startHub, joinMember, peersOf, until, sleep, cleanup, tmpdir, ECHO_SERVER, here, mcpPost as post,
  wsClientFrame, wsClientReader } from "../tests/node/lib.mjs";

// The calls come from a process of their own (this script again, with --caller), so that the
// simulated agents' pings and pongs in this process do not slow them.
if (process.argv[2] === "--caller") {
  process.on("message", async ({ url, token, sid, calls }) => {
    const headers = { "Content-Type": "application/json", Accept: "application/json, text/event-stream",
      Authorization: `Bearer ${token}`, "Mcp-Session-Id": sid };
    const w0 = performance.now();
    for (let i = 0; i < calls; i++) {
      const r = await fetch(url, { method: "POST", headers, body: JSON.stringify({ jsonrpc: "2.0", id: 10 + i,
        method: "tools/call", params: { name: "echo", arguments: { message: `m${i}` } } }) });
      const text = await r.text();
      if (r.status !== 200 || !text.includes(`m${i}`)) throw new Error(`call ${i}: HTTP ${r.status} ${text.slice(0, 200)}`);
    }
    process.send({ wall: performance.now() - w0 });
  });
} else {
const COUNTS = (process.argv[2] ?? "0,1000,5000").split(",").map(Number);
const CALLS = Number(process.argv[3] ?? 2000);
const ROUNDS = Number(process.argv[4] ?? 3);
const median = (a) => { const t = [...a].sort((x, y) => x - y); return t.length % 2 ? t[(t.length - 1) / 2] : (t[t.length / 2 - 1] + t[t.length / 2]) / 2; };
const PINGS = process.env.ZT_HUB_SCALE_PINGS !== "0";
const MEMBERS = process.env.ZT_HUB_MEMBERS ?? path.resolve(here, "../../build/bench/zt-hub-members");
process.env.ZT4MCP_KEYSTORE = "file";

const TICK_US = 1e6 / Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }));
function cpuUs(pid, task) {
  const f = fs.readFileSync(task ? `/proc/${pid}/task/${task}/stat` : `/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * TICK_US;  // utime, stime
}
// The hub's CPU split by thread: the relay thread (spliced streams, so every relayed call)
// and all the others (the main thread: control channels, their pings, stream set-up).
function hubCpu(pid) {
  let relay = 0, all = cpuUs(pid);
  for (const t of fs.readdirSync(`/proc/${pid}/task`))
    if (fs.readFileSync(`/proc/${pid}/task/${t}/comm`, "utf8").trim() === "zt-hub-relay") relay += cpuUs(pid, t);
  return { relay, rest: all - relay };
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
      // and pings the hub every 15 s, as an agent does (ZT_HUB_SCALE_PINGS=0: never)
      if (PINGS) {
        const ping = () => { if (!s.destroyed) s.write(wsClientFrame(9, "")); };
        setTimeout(() => { ping(); setInterval(ping, 15000).unref(); }, Math.random() * 15000).unref();
      }
      resolve(s);
    };
    s.on("secureConnect", () => s.write(`GET /v1/control?presence=changes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\n` +
      "Sec-WebSocket-Version: 13\r\n\r\n"));
    s.on("data", onData);
    s.on("error", (e) => { errors.push(e.message); reject(e); });
    s.on("close", () => reject(new Error(`closed before the upgrade: ${head.split("\r\n")[0] || "nothing read"}`)));
  });
}

// Waits until the hub's CPU per second stops falling (its broadcasts are done and what is left
// is its idle work: every agent's pings): three one-second samples within 1.3x of each other.
// After @maxMs it goes on, saying so.
async function settle(pid, maxMs = 600000) {
  const end = Date.now() + maxMs, samples = [];
  for (;;) {
    const c0 = cpuUs(pid);
    await sleep(1000);
    samples.push(cpuUs(pid) - c0);
    const last = samples.slice(-3);
    if (last.length === 3 && Math.max(...last) <= 1.3 * Math.min(...last) + 20000) return;
    if (Date.now() > end) return console.log(`# the hub did not settle in ${maxMs / 1000} s: last seconds ${last.map((u) => (u / 1000).toFixed(0))} ms`);
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
const caller = fork(new URL(import.meta.url).pathname, ["--caller"]);
const timedCalls = (calls) => new Promise((resolve, reject) => {
  const onExit = (code) => reject(new Error(`the caller exited (${code})`));
  caller.once("exit", onExit);
  caller.once("message", (m) => { caller.off("exit", onExit); resolve(m.wall); });
  caller.send({ url, token: alice.token, sid, calls });
});

const dir = tmpdir("zt-hub-scale-");
let closed = 0;
const errors = [];
const sockets = [];
const rows = [];
for (const n of COUNTS) {
  const t0 = Date.now(), cpu0 = cpuUs(hubPid), had = sockets.length;
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
  await settle(hubPid);
  const settled = Date.now() - t0;
  const cpuOpen = cpuUs(hubPid) - cpu0;  // the connections and the presence they caused
  // The hub's idle work (every channel's pings) is measured in windows as long as the calls,
  // just before and just after them. ROUNDS rounds of CALLS calls: the medians are printed.
  const window = async (ms) => { const a = hubCpu(hubPid); await sleep(ms); const b = hubCpu(hubPid); return { relay: b.relay - a.relay, rest: b.rest - a.rest, ms }; };
  console.log(`# hub ${hubPid}: ${ROUNDS} x ${CALLS} calls with ${n} idle agents`);
  const probe = await timedCalls(50);  // warms the caller; its wall time sizes the idle windows
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const before = await window(Math.max(1000, probe * CALLS / 50));
    const c0 = hubCpu(hubPid);
    const wall = await timedCalls(CALLS);
    const c1 = hubCpu(hubPid);
    const after = await window(wall);
    rounds.push({
      idlePerS: (before.rest + before.relay + after.rest + after.relay) / (before.ms + after.ms) * 1000,
      relayPerCall: (c1.relay - c0.relay) / CALLS,
      perCall: (c1.relay - c0.relay + c1.rest - c0.rest) / CALLS,
      wall: wall / CALLS,
    });
  }
  const med = (k) => median(rounds.map((r) => r[k]));
  const row = { n, perCall: med("perCall"), relayPerCall: med("relayPerCall"), idlePerS: med("idlePerS"), wall: med("wall") };
  rows.push(row);
  // The relay thread does all of a relayed call's work and nothing else: its CPU per call is
  // the relay's cost. The hub's other threads go on with the idle agents' pings meanwhile,
  // at a rate that depends on how much CPU this machine's other processes leave the agents
  // (this one included): their part is printed, not taken off.
  console.log(`idle agents ${String(n).padStart(5)}: relay thread ${row.relayPerCall.toFixed(1)} us/call ` +
    `(rounds: ${rounds.map((r) => r.relayPerCall.toFixed(0)).join(", ")}); ` +
    `whole hub ${row.perCall.toFixed(1)} us/call with its idle work; idle ${(row.idlePerS / 1000).toFixed(1)} ms/s; ` +
    `call round trip ${row.wall.toFixed(2)} ms; ` +
    `connected in ${opened} ms, hub quiet ${settled} ms after the first connection, ` +
    `hub CPU ${(cpuOpen / 1000).toFixed(0)} ms for the connections (${n > had ? (cpuOpen / 1000 / (n - had)).toFixed(1) : "-"} ms each)`);
}
const base = rows[0];
for (const r of rows.slice(1))
  console.log(`ratio ${r.n}/${base.n}: relay thread per call ${(r.relayPerCall / base.relayPerCall).toFixed(2)}x, ` +
    `whole hub per call ${(r.perCall / base.perCall).toFixed(2)}x, ` +
    `round trip ${(r.wall / base.wall).toFixed(2)}x`);
for (const s of sockets) s.destroy();
caller.kill();
await cleanup();
process.exit(0);
}
