// mesh-memory.mjs: resident memory of an idle agent, and of a hub with N connected agents
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/mesh-memory.mjs [N=100]   (needs the build in build/ and tests/node deps)
// Starts a real hub and N real agents (each joined with its own invitation), waits until the
// hub reports them online, and prints VmRSS of the hub and of the agents. Stops them all.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";

const N = Number(process.argv[2] ?? 100);
const ZT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../build/src/cli/zt4mcp");
const env = { ...process.env, ZT4MCP_KEYSTORE: "file" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zt-memory-"));
const procs = [];
const zt = (...args) => execFileSync(ZT, args, { encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
// memory of its own: what the process costs beyond the shared libraries it maps
function priv(pid) {
  const t = fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
  return Number(/Private_Clean:\s+(\d+)/.exec(t)[1]) + Number(/Private_Dirty:\s+(\d+)/.exec(t)[1]);
}
const port = await new Promise((r) => { const s = net.createServer(); s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => r(p)); }); });

function stop() { for (const p of procs) try { p.kill("SIGTERM"); } catch {} }
process.on("SIGINT", () => { stop(); process.exit(1); });
try {
  const data = path.join(dir, "hub");
  zt("hub", "init", "--data", data, "--name", "memmesh", "--listen", `127.0.0.1:${port}`);
  const hub = spawn(ZT, ["hub", "serve", "--data", data], { env, stdio: "ignore" });
  procs.push(hub);
  await sleep(500);
  const hub0 = rss(hub.pid);
  const agents = [];
  for (let i = 0; i < N; i++) {
    const home = path.join(dir, `a${i}`);
    zt("join", zt("hub", "invite", `u${i}`, "--endpoint", `e${i}`, "--data", data).trim(), "--home", home);
    const a = spawn(ZT, ["agent", "serve", "--home", home, "--listen", "127.0.0.1:0"], { env, stdio: "ignore" });
    procs.push(a);
    agents.push({ a, home });
  }
  // wait until every agent reports its channel connected
  for (const { home } of agents) {
    for (let t = 0; t < 100; t++) {
      try {
        const out = JSON.parse(zt("peers", "--json", "--home", home));
        if (out.hubs?.[0]?.state === "connected") break;
      } catch {}
      await sleep(100);
    }
  }
  await sleep(2000);
  const agentRss = agents.map(({ a }) => rss(a.pid)).sort((x, y) => x - y);
  const agentPriv = agents.map(({ a }) => priv(a.pid)).sort((x, y) => x - y);
  const result = {
    agents: N,
    hub_rss_kib_empty: hub0,
    hub_rss_kib_with_agents: rss(hub.pid),
    hub_private_kib_with_agents: priv(hub.pid),
    agent_rss_kib_median: agentRss[Math.floor(N / 2)],
    agent_private_kib_median: agentPriv[Math.floor(N / 2)],
  };
  console.log(JSON.stringify(result, null, 2));
} finally {
  stop();
  await sleep(500);
  fs.rmSync(dir, { recursive: true, force: true });
}
