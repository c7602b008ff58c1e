// e2e-mesh-return.mjs: an imported service works again soon after its exporter or the hub comes back
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { spawnAndWait, startAgent, connectHttp, run, joinMember, peersOf, startHub, until, ZT4MCP, ECHO_SERVER } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
// Generous on a loaded machine; the figure measured is printed.
const WITHIN_MS = 5000;
let hub = await startHub("returnmesh");
const a = await joinMember(hub.data, "alice", "alice-pc");
let b = await joinMember(hub.data, "bob", "bob-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo", "--to", "alice");
a.cli("service", "import", "bob-pc/echo");

const bobOnline = () => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online && (p.services ?? []).includes("echo"));
// Bob's own record of his control channel: the moment he is back on the hub.
const hubOpen = (agent) => (agent.log.join("").match(/control channel to \S+ open/g) ?? []).length;
const echo = async (client, text, timeout = 3000) =>
  (await client.callTool({ name: "echo", arguments: { message: text } }, undefined, { timeout })).content[0].text;

// Calls until one answers; returns how long after @since it did.
async function untilAnswered(client, since, what) {
  let last;
  await until(async () => {
    try {
      return (await echo(client, "back?")) === "back?";
    } catch (e) { last = e; return false; }
  }, what, 30000).catch((e) => { throw new Error(`${e.message} (last error: ${last?.message})`); });
  return Date.now() - since;
}

await until(bobOnline, "bob online with echo");
const client = await connectHttp(a.mcpUrl("echo"), a.auth);

await run({
  "a call through the mesh works": async () => {
    assert.equal(await echo(client, "hello"), "hello");
  },
  "while bob's agent is gone, a call fails quickly and clearly": async () => {
    b.proc.kill("SIGKILL");
    await until(() => b.exited(), "bob's agent to die");
    const t0 = Date.now();
    await assert.rejects(echo(client, "nobody home", 20000), /bob-pc.*(not online|through the mesh|ended)|not online/);
    const took = Date.now() - t0;
    console.log(`# a call while bob is away failed after ${took} ms`);
    assert.ok(took < WITHIN_MS, `the failing call took ${took} ms`);
  },
  "after bob's agent returns, a call works again soon after he is back on the hub": async () => {
    b = await (async () => startAgent({ home: b.home }))();
    await until(() => hubOpen(b) > 0, "bob's control channel", 30000);
    const since = Date.now();
    const took = await untilAnswered(client, since, "a call to bob after his return");
    console.log(`# the import worked again ${took} ms after bob's hub connection`);
    assert.ok(took < WITHIN_MS, `took ${took} ms`);
  },
  "an agent that vanished without closing its connections is not waited for once its new run is back": async () => {
    // a stopped process holds its sockets open, as a machine that lost its network would:
    // alice's stream to it stays open, and nothing but the hubs' presence says it is dead
    assert.equal(await echo(client, "before"), "before");
    const old = b;
    old.proc.kill("SIGSTOP");
    try {
      b = await startAgent({ home: old.home });
      await until(() => hubOpen(b) > 0, "bob's new run on the hub", 30000);
      const since = Date.now();
      const took = await untilAnswered(client, since, "a call to bob's new run");
      console.log(`# the import worked again ${took} ms after bob's new run was on the hub`);
      assert.ok(took < WITHIN_MS, `took ${took} ms`);
      assert.match(a.log.join(""), /the stream to bob-pc\/echo ended: bob-pc restarted/);
    } finally {
      old.proc.kill("SIGKILL");
    }
  },
  "after the hub restarts, both agents reconnect and the import works again": async () => {
    const aOpen = hubOpen(a), bOpen = hubOpen(b);
    hub.proc.kill("SIGKILL");
    await new Promise((r) => hub.proc.exitCode !== null || hub.proc.signalCode !== null ? r() : hub.proc.on("exit", r));
    // away long enough for five retries, so that the agents' backoff has reached its bound
    const failed = (agent) => agent.log.join("").split("cannot reach hub").length - 1;
    const aFailed = failed(a);
    await until(() => failed(a) >= aFailed + 5, "alice's retries", 60000);
    const { proc } = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", hub.data], /zt4mcp hub on https/);
    hub = { ...hub, proc };
    const since = Date.now();
    await until(() => hubOpen(a) > aOpen && hubOpen(b) > bOpen, "both agents back on the hub", 60000);
    console.log(`# both agents were back on the hub ${Date.now() - since} ms after it restarted`);
    const took = await untilAnswered(client, since, "a call after the hub restart");
    console.log(`# the import worked again ${took} ms after the hub restarted`);
    assert.ok(took < 2 * WITHIN_MS, `took ${took} ms`);
  },
});
