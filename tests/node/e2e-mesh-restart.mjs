// e2e-mesh-restart.mjs: an exporter that restarts is not flooded by its importers' idle sessions
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { startHub, startAgent, connectHttp, run, sleep, api, ECHO_SERVER, joinMember, peersOf, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const N = 20;
const { data } = await startHub("restartmesh");

const a = await joinMember(data, "alice", "alice-pc");
let b = await joinMember(data, "bob", "bob-pc");
b.cli("service", "add", "echo", "--max-sessions", "64", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo", "--to", "alice");
a.cli("service", "import", "bob-pc/echo");
a.cli("service", "update", "echo", "--max-sessions", "64");

const bobOnlineFor = (agent) => until(() => peersOf(agent).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  (p.services ?? []).includes("echo")), "bob online with echo");
// What the exporter runs: its sessions (REST status) and its server processes (children of the agent).
const sessionsOf = async (agent) => (await (await api(agent, "GET", "/status")).json()).sessions.length;
const serversOf = (agent) => {
  try {
    return execFileSync("pgrep", ["-P", String(agent.proc.pid)], { encoding: "utf8" }).trim().split("\n").length;
  } catch { return 0; }  // pgrep exits 1 when nothing matches
};
const echo = async (client, text) => (await client.callTool({ name: "echo", arguments: { message: text } })).content[0].text;

await bobOnlineFor(a);
const clients = [];

await run({
  [`${N} sessions through the mesh run ${N} servers on the exporter`]: async () => {
    for (let i = 0; i < N; i++) {
      clients.push(await connectHttp(a.mcpUrl("echo"), a.auth));
      assert.equal(await echo(clients[i], `hello ${i}`), `hello ${i}`);
    }
    assert.equal(await sessionsOf(b), N);
    assert.equal(serversOf(b), N);
  },
  "after the exporter restarts, the importer's idle sessions do not all reopen": async () => {
    b.proc.kill("SIGTERM");
    await until(() => b.exited(), "bob's agent to stop");
    await until(() => !peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob offline");
    b = await startAgent({ home: b.home });
    await bobOnlineFor(a);
    await sleep(5000);
    const sessions = await sessionsOf(b), servers = serversOf(b);
    console.log(`# 5 s after the restart the exporter has ${sessions} sessions, ${servers} server processes`);
    assert.equal(sessions, 0, "no session was reopened before it was used");
    assert.equal(servers, 0);
    assert.match(a.log.join(""), /echo: the stream to bob-pc\/echo ended.*; the next request reopens it/);
  },
  "a session's next request reopens its stream, and only its own": async () => {
    assert.equal(await echo(clients[3], "after the restart"), "after the restart");
    assert.equal(await sessionsOf(b), 1);
    assert.equal(serversOf(b), 1);
    assert.equal(await echo(clients[3], "again"), "again");
    assert.equal(await echo(clients[7], "another"), "another");
    assert.equal(await sessionsOf(b), 2);
    assert.equal(serversOf(b), 2);
  },
  "a request while the exporter is down fails clearly, and works once it is back": async () => {
    b.proc.kill("SIGTERM");
    await until(() => b.exited(), "bob's agent to stop");
    await until(() => !peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob offline");
    await assert.rejects(echo(clients[5], "nobody home"), /cannot reach bob-pc\/echo through the mesh|not online/);
    b = await startAgent({ home: b.home });
    await bobOnlineFor(a);
    assert.equal(await echo(clients[5], "back"), "back");
    assert.equal(await sessionsOf(b), 1);
  },
});
