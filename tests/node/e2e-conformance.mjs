// e2e-conformance.mjs: the official MCP conformance server scenarios, directly and through the
// agent; the set that passes through the gateway must equal the set that passes directly
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { startAgent, spawnAndWait, freePort, run, sleep, tmpdir, here, NODE, ZT4MCP, zt, joinMember } from "./lib.mjs";

const execFileP = promisify(execFile);
const FIXTURE = path.join(here, "conformance-server.mjs");
const RUNNER = path.join(here, "run-conformance.sh");
const out = tmpdir("zt4mcp-conformance-");

async function conformance(label, url) {
  const file = path.join(out, `${label}.txt`);
  // exit status 1 only means some scenario failed: the lists are compared below
  await execFileP(RUNNER, [url, file], { timeout: 900000 }).catch((e) => { if (e.code !== 1) throw e; });
  const results = new Map();
  for (const line of fs.readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const [scenario, verdict] = line.trim().split(/\s+/);
    results.set(scenario, verdict);
  }
  const passed = [...results].filter(([, v]) => v === "PASS").map(([s]) => s).sort();
  console.log(`# ${label}: ${passed.length}/${results.size} scenarios pass`);
  return { results, passed };
}

// Directly: the fixture protects itself against DNS rebinding.
const direct = await spawnAndWait(NODE, [FIXTURE, "--port", "0"], /LISTENING (\d+)/);
// Behind the agent: the fixture does not, so the gateway must.
const exposed = await spawnAndWait(NODE, [FIXTURE, "--port", "0", "--no-dns-rebinding-protection"], /LISTENING (\d+)/);

const agent = await startAgent();
// The conformance client sends no Authorization header: these services take loopback clients
// without a token (Origin/Host checks still apply).
agent.cli("service", "add", "conf-http", "--local-auth", "none", "--url",
  `http://127.0.0.1:${exposed.match[1]}/mcp`);
agent.cli("service", "add", "conf-stdio", "--local-auth", "none", "--stdio", "--", NODE, FIXTURE, "--stdio");

// Through the mesh: agent B exports the fixture, agent A imports it; the hub in between.
process.env.ZT4MCP_KEYSTORE = "file";
const hubData = path.join(tmpdir("zt4mcp-hub-"), "hub");
zt("hub", "init", "--data", hubData, "--name", "confmesh", "--listen", `127.0.0.1:${await freePort()}`);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", hubData], /zt4mcp hub on https/);
const member = (user, endpoint) => joinMember(hubData, user, endpoint);
const importer = await member("alice", "alice-pc");
const exporter = await member("bob", "bob-pc");
exporter.cli("service", "add", "conf", "--stdio", "--", NODE, FIXTURE, "--stdio");
exporter.cli("service", "export", "conf", "--to", "alice");
importer.cli("service", "import", "bob-pc/conf");
importer.cli("service", "update", "conf", "--local-auth", "none");
for (let i = 0; i < 100; i++) {
  const peers = JSON.parse(importer.cli("peers", "--json")).peers;
  if (peers.some((p) => p.endpoint === "bob-pc" && p.online)) break;
  await sleep(100);
}

const baseline = await conformance("direct", `http://127.0.0.1:${direct.match[1]}/mcp`);

await run({
  "the direct baseline passes scenarios at all": async () => {
    assert.ok(baseline.passed.length >= 20, `only ${baseline.passed.length} pass directly`);
  },
  "through the agent to a streamable HTTP upstream: same set passes": async () => {
    const via = await conformance("via-agent-http", `${agent.url}/mcp/conf-http`);
    assert.deepEqual(via.passed, baseline.passed);
    assert.equal(via.results.get("dns-rebinding-protection"), "PASS");
  },
  "through the mesh (agent, hub, agent, stdio upstream): same set passes": async () => {
    const via = await conformance("via-mesh", `${importer.url}/mcp/conf`);
    assert.deepEqual(via.passed, baseline.passed);
    assert.equal(via.results.get("dns-rebinding-protection"), "PASS");
  },
  "through the agent to a stdio upstream: same set passes": async () => {
    const via = await conformance("via-agent-stdio", `${agent.url}/mcp/conf-stdio`);
    assert.deepEqual(via.passed, baseline.passed);
    assert.equal(via.results.get("dns-rebinding-protection"), "PASS");
  },
});
