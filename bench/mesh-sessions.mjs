// mesh-sessions.mjs: what an open MCP session through the mesh costs each agent in memory,
// and whether the memory comes back when the sessions end
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/mesh-sessions.mjs [N=40] [ROUNDS=2]   (needs build/ and tests/node deps)
// A real hub, bob-pc sharing bench/zt-echo-server (stdio) with alice-pc. Opens N streamable
// HTTP sessions on alice's agent (initialize, initialized, one tools/call each), keeps them
// open, then ends them (DELETE) and waits. Prints each agent's resident and private memory:
// idle, with the N sessions open, and 3 s after they ended; per session and back-to-idle as
// ratios. Repeats ROUNDS times, so a leak shows as growth from round to round.
import fs from "node:fs";
import { startHub, joinMember, peersOf, until, sleep, cleanup, ECHO_SERVER, mcpPost as post } from "../tests/node/lib.mjs";

const N = Number(process.argv[2] ?? 40);
const ROUNDS = Number(process.argv[3] ?? 2);
process.env.ZT4MCP_KEYSTORE = "file";

const status = (pid) => fs.readFileSync(`/proc/${pid}/status`, "utf8");
const rssKb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(status(pid))[1]);
function privKb(pid) {
  const t = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  return Number(/Private_Clean:\s+(\d+)/.exec(t)[1]) + Number(/Private_Dirty:\s+(\d+)/.exec(t)[1]);
}
const threads = (pid) => Number(/Threads:\s+(\d+)/.exec(status(pid))[1]);

async function openSession(agent, phase) {
  return openSessionAt(agent, `${agent.url}/mcp/echo`, phase);
}

const phases = { local: [], mesh: [] };
async function openSessionAt(agent, url, phase) {
  const t0 = performance.now();
  const sid = await post(url, agent.token, { jsonrpc: "2.0", id: 1, method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "mem", version: "1" } } });
  const t1 = performance.now();
  await post(url, agent.token, { jsonrpc: "2.0", method: "notifications/initialized" }, sid);
  const t2 = performance.now();
  await post(url, agent.token, { jsonrpc: "2.0", id: 2, method: "tools/call",
    params: { name: "echo", arguments: { message: "m" } } }, sid);
  phase?.push([t1 - t0, t2 - t1, performance.now() - t2]);
  return sid;
}

async function closeSession(agent, sid) {
  await fetch(`${agent.url}/mcp/echo`, { method: "DELETE",
    headers: { Authorization: `Bearer ${agent.token}`, "Mcp-Session-Id": sid } }).then((r) => r.text());
}

const hub = await startHub("memmesh");
const bob = await joinMember(hub.data, "bob", "bob-pc");
const alice = await joinMember(hub.data, "alice", "alice-pc");
bob.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
bob.cli("service", "export", "echo", "--to", "alice");
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  (p.services ?? []).includes("echo")), "bob's echo offered to alice", 30000);
alice.cli("service", "import", "bob-pc/echo");
await closeSession(alice, await openSession(alice));   /* the first session's one-time costs */
await sleep(1000);

const snap = () => Object.fromEntries([["alice (importer)", alice], ["bob (exporter)", bob], ["hub", hub]]
  .map(([k, a]) => [k, { rss: rssKb(a.proc.pid), priv: privKb(a.proc.pid), threads: threads(a.proc.pid) }]));
const mb = (kb) => (kb / 1024).toFixed(1);
if (process.env.PAUSE) {   /* time to attach a debugger or profiler to the agents */
  console.log(`alice pid ${alice.proc.pid} bob pid ${bob.proc.pid} hub pid ${hub.proc.pid}`);
  await sleep(Number(process.env.PAUSE));
}
for (let round = 1; round <= ROUNDS; round++) {
  const idle = snap();
  const sids = [];
  for (let i = 0; i < N; i++)
    sids.push(await openSession(alice));
  await sleep(1000);
  const open = snap();
  for (const sid of sids)
    await closeSession(alice, sid);
  await sleep(3000);
  const after = snap();
  console.log(`round ${round}: ${N} mesh sessions`);
  console.log("| process | idle RSS | open RSS | per session (RSS) | per session (private) | after close RSS | after/idle | threads idle/open/after |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---|");
  for (const k of Object.keys(idle))
    console.log(`| ${k} | ${mb(idle[k].rss)} MB | ${mb(open[k].rss)} MB | ${((open[k].rss - idle[k].rss) / N).toFixed(0)} KB | ` +
      `${((open[k].priv - idle[k].priv) / N).toFixed(0)} KB | ${mb(after[k].rss)} MB | ${(after[k].rss / idle[k].rss).toFixed(2)} | ` +
      `${idle[k].threads}/${open[k].threads}/${after[k].threads} |`);
}

// New sessions: bob's own echo on his agent (local) against alice's import of it (through the
// hub), alternating; time from initialize sent to its answer, then the first call's.
const median = (a) => { const t = [...a].sort((x, y) => x - y); return t[Math.floor(t.length / 2)]; };
const cold = { local: [], mesh: [] };
for (let i = 0; i < 15; i++) {
  for (const [way, agent] of [["local", bob], ["mesh", alice]]) {
    const t0 = performance.now();
    const sid = await openSession(agent, phases[way]);
    cold[way].push(performance.now() - t0);
    await closeSession(agent, sid);
  }
}
console.log(`new session (initialize, initialized, first call), median of 15: local ${median(cold.local).toFixed(1)} ms, ` +
  `through the mesh ${median(cold.mesh).toFixed(1)} ms, mesh - local ${(median(cold.mesh) - median(cold.local)).toFixed(1)} ms`);
for (const way of ["local", "mesh"])
  console.log(`  ${way}: initialize ${median(phases[way].map((p) => p[0])).toFixed(1)} ms, initialized ` +
    `${median(phases[way].map((p) => p[1])).toFixed(1)} ms, first call ${median(phases[way].map((p) => p[2])).toFixed(1)} ms`);
await cleanup();
process.exit(0);
