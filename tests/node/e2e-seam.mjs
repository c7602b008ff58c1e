// e2e-seam.mjs: one filter chain sees every message of every path, both ways, on both sides
// of the mesh, and its verdicts (deny, rewrite, defer) hold on each path; a deferred request
// whose cancellation comes is never run. The filter is the agent's test filter (a rules file).
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ModernClient } from "./modern/modern-client.mjs";
import { startAgent, connectHttp, connectSse, run, ZT4MCP, ECHO_SERVER, NODE, here, zt, joinMember, peersOf, until,
  startHub, onCleanup, sleep, spawnAndWait, testFilterRules } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

const local = testFilterRules([
  { service: "deny", method: "tools/call", direction: "to_server", action: "deny" },
  { service: "rewrite", method: "tools/call", direction: "to_server", action: "rewrite",
    path: ["params", "arguments", "message"], value: "rewritten by the filter" },
  { service: "slow", method: "tools/call", direction: "to_server", action: "defer", delay_ms: 800 },
  { service: "answers", method: "tools/call", direction: "to_client", action: "deny" },
  { service: "shared", method: "tools/call", direction: "to_server", action: "deny" },
  { service: "modern", method: "tools/call", tool: "add", direction: "to_server", action: "deny" },
  { service: "modern", method: "tools/call", tool: "echo", direction: "to_server", action: "rewrite",
    path: ["params", "arguments", "message"], value: "rewritten by the filter" },
  // the same three verbs for the services of the shared and 2026-07-28 upstream paths
  ...["shared-", "modern-"].flatMap((prefix) => [
    { service: `${prefix}deny`, method: "tools/call", direction: "to_server", action: "deny" },
    { service: `${prefix}rewrite`, method: "tools/call", direction: "to_server", action: "rewrite",
      path: ["params", "arguments", "message"], value: "rewritten by the filter" },
    { service: `${prefix}slow`, method: "tools/call", direction: "to_server", action: "defer", delay_ms: 800 },
  ]),
]);
const agent = await startAgent({ args: ["--test-filter", local.file] });
for (const name of ["deny", "rewrite", "slow", "answers", "plain", "restart"])
  agent.cli("service", "add", name, "--stdio", "--", ECHO_SERVER);
agent.cli("service", "add", "shared", "--shared", "--stdio", "--", ECHO_SERVER);
const modernServer = await spawnAndWait(NODE, [path.join(here, "modern", "modern-server.mjs"), "--port", "0"], /LISTENING (\d+)/);
agent.cli("service", "add", "modern", "--url", `http://127.0.0.1:${modernServer.match[1]}/mcp`);
for (const verb of ["deny", "rewrite", "slow"]) {
  agent.cli("service", "add", `shared-${verb}`, "--shared", "--stdio", "--", ECHO_SERVER);
  agent.cli("service", "add", `modern-${verb}`, "--url", `http://127.0.0.1:${modernServer.match[1]}/mcp`);
}

// Each path a client can take to a service, as a function that calls echo with a message.
async function stdioConnect(service) {
  const client = new Client({ name: "seam-connect", version: "1" });
  await client.connect(new StdioClientTransport({ command: ZT4MCP, args: ["connect", service],
    env: { ...process.env, ZT4MCP_HOME: agent.home }, stderr: "pipe" }));
  onCleanup(() => client.close());
  return client;
}
const paths = {
  "session-era streamable HTTP": async (verb) => { const c = await connectHttp(agent.mcpUrl(verb), agent.auth); return (m) => echo(c, m); },
  "legacy HTTP+SSE": async (verb) => { const c = await connectSse(agent.sseUrl(verb), agent.auth); return (m) => echo(c, m); },
  "a 2026-07-28 client through the bridge": async (verb) => {
    const c = new ModernClient(agent.mcpUrl(verb), { headers: agent.auth });
    return (m) => c.request("tools/call", { name: "echo", arguments: { message: m } });
  },
  "zt4mcp connect": async (verb) => { const c = await stdioConnect(verb); return (m) => echo(c, m); },
  "a --shared upstream": async (verb) => {
    const c = await connectHttp(agent.mcpUrl(`shared-${verb}`), agent.auth);
    return (m) => echo(c, m);
  },
  "a 2026-07-28 upstream": async (verb) => {
    const c = await connectHttp(agent.mcpUrl(`modern-${verb}`), agent.auth);
    return (m) => echo(c, m);
  },
};
// What each verb must do, seen from the client.
const verbs = {
  deny: async (call) => assert.rejects(call("x"), /refused by the test filter \(importer to_server\)/),
  rewrite: async (call) => assert.equal(text(await call("original")), "rewritten by the filter"),
  slow: async (call) => {
    const t0 = Date.now();
    assert.equal(text(await call("later")), "later");
    assert.ok(Date.now() - t0 >= 700, "the deferred call was not held");
  },
};
const pathTests = Object.fromEntries(Object.entries(paths).flatMap(([path, open]) =>
  Object.entries(verbs).map(([verb, check]) => [`${path}: ${verb === "slow" ? "defer" : verb}`,
    async () => check(await open(verb))])));

const echo = (client, message) => client.callTool({ name: "echo", arguments: { message } });
const text = (r) => r.content?.[0]?.text;
const seenFor = (rf, service) => rf.seen().filter((m) => m.service === service);

// Every message of a session, both ways: the client's requests and notifications, the
// server's answers, in the log of the filter.
function assertSawBothWays(rf, service, side = "importer") {
  const seen = seenFor(rf, service).filter((m) => m.side === side);
  const has = (direction, kind, method) =>
    seen.some((m) => m.direction === direction && m.kind === kind && m.method === method);
  assert.ok(has("to_server", "request", "initialize") || side === "exporter", `${service}: initialize not seen`);
  assert.ok(has("to_server", "request", "tools/call"), `${service}: tools/call not seen (${side})`);
  assert.ok(["initialize", "tools/list", "tools/call"].some((m) => has("to_client", "response", m)),
    `${service}: no answer seen going to the client (${side})`);
  for (const m of seen)
    assert.ok(m.origin === (m.direction === "to_server" ? "client" : "server") || m.origin === "agent", JSON.stringify(m));
}

await run({
  ...pathTests,
  "session-era streamable HTTP: deny, rewrite, defer, and a denied answer": async () => {
    const deny = await connectHttp(agent.mcpUrl("deny"), agent.auth);
    await assert.rejects(echo(deny, "x"), /refused by the test filter \(importer to_server\)/);
    assert.ok((await deny.listTools()).tools.length === 1, "a denied call leaves the session usable");
    const rewrite = await connectHttp(agent.mcpUrl("rewrite"), agent.auth);
    assert.equal(text(await echo(rewrite, "original")), "rewritten by the filter");
    const slow = await connectHttp(agent.mcpUrl("slow"), agent.auth);
    const t0 = Date.now();
    assert.equal(text(await echo(slow, "later")), "later");
    assert.ok(Date.now() - t0 >= 700, "the deferred call was not held");
    const answers = await connectHttp(agent.mcpUrl("answers"), agent.auth);
    await assert.rejects(echo(answers, "x"), /refused by the test filter \(importer to_client\)/);
    for (const s of ["deny", "rewrite", "slow", "answers"]) assertSawBothWays(local, s);
  },
  "a --shared upstream: the chain is above the sharing": async () => {
    const c = await connectHttp(agent.mcpUrl("shared"), agent.auth);
    await assert.rejects(echo(c, "x"), /refused by the test filter/);
    assertSawBothWays(local, "shared");
  },
  "a 2026-07-28 upstream: the chain is above the translation": async () => {
    const c = await connectHttp(agent.mcpUrl("modern"), agent.auth);
    await assert.rejects(c.callTool({ name: "add", arguments: { a: 1, b: 2 } }), /refused by the test filter/);
    const tools = (await c.listTools()).tools.map((t) => t.name);
    assert.ok(tools.includes("add"), "a denied call leaves the session usable");
    assertSawBothWays(local, "modern");
  },
  "a deferred request followed by its cancellation is cancelled, not run": async () => {
    const headers = { ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
    const init = await fetch(agent.mcpUrl("slow"), { method: "POST", headers, body: JSON.stringify({ jsonrpc: "2.0", id: 0,
      method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) });
    await init.text();
    const session = { ...headers, "Mcp-Session-Id": init.headers.get("mcp-session-id"), "Mcp-Protocol-Version": "2025-06-18" };
    const before = seenFor(local, "slow").filter((m) => m.direction === "to_client" && m.method === "tools/call").length;
    const call = fetch(agent.mcpUrl("slow"), { method: "POST", headers: session, signal: AbortSignal.timeout(2000),
      body: JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "echo", arguments: { message: "never" } } }) })
      .then((r) => r.text()).catch((e) => e.name);
    await sleep(100);
    const cancel = await fetch(agent.mcpUrl("slow"), { method: "POST", headers: session,
      body: JSON.stringify({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 7, reason: "changed my mind" } }) });
    assert.equal(cancel.status, 202);
    assert.equal(await call, "TimeoutError", "the cancelled call was answered");
    const after = seenFor(local, "slow").filter((m) => m.direction === "to_client" && m.method === "tools/call").length;
    assert.equal(after, before, "the server ran the cancelled call");
    assert.match(agent.log.join(""), /cancelled while its decision was pending; it never ran/);
  },
  "the agent's own messages pass the chain: a replayed initialize after a restart": async () => {
    const children = () => {
      try {
        return execFileSync("pgrep", ["-P", String(agent.proc.pid)], { encoding: "utf8" }).trim().split("\n").map(Number);
      } catch { return []; }
    };
    const before = new Set(children());
    const c = await connectHttp(agent.mcpUrl("restart"), agent.auth);
    assert.equal(text(await echo(c, "one")), "one");
    const mine = children().filter((pid) => !before.has(pid));
    assert.equal(mine.length, 1, "one new server process");
    process.kill(mine[0], "SIGKILL");
    await until(async () => { try { return text(await echo(c, "two")) === "two"; } catch { return false; } },
      "the session works again after its server restarted", 10000);
    const replayed = seenFor(local, "restart").filter((m) => m.origin === "agent");
    assert.ok(replayed.some((m) => m.method === "initialize" && m.direction === "to_server"),
      `the replayed initialize did not pass the chain: ${JSON.stringify(replayed)}`);
  },
  "refusals before the chain reach its observers (what the audit will record)": async () => {
    const refusals = () => local.seen().filter((m) => m.refused);
    const noToken = await fetch(agent.mcpUrl("deny"), { method: "POST", body: "{}" });
    assert.equal(noToken.status, 401);
    const narrow = JSON.parse(agent.cli("client", "add", "narrow", "--service", "plain", "--json")).token;
    const scoped = await fetch(agent.mcpUrl("deny"), { method: "POST", body: "{}",
      headers: { Authorization: `Bearer ${narrow}`, "Content-Type": "application/json" } });
    assert.equal(scoped.status, 403);
    const bad = await fetch(agent.mcpUrl("deny"), { method: "POST", body: '{"jsonrpc":"2.0","id":1,"method":"ping"',
      headers: { ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream" } });
    assert.equal(bad.status, 400);
    // a page from elsewhere (DNS rebinding defence), and a body over max_message_size, refused at the headers
    const origin = await fetch(agent.mcpUrl("deny"), { method: "POST", body: "{}",
      headers: { ...agent.auth, Origin: "http://evil.example", "Content-Type": "application/json" } });
    assert.equal(origin.status, 403);
    agent.cli("service", "update", "deny", "--max-message-size", "1024");
    const big = await fetch(agent.mcpUrl("deny"), { method: "POST", body: JSON.stringify({ pad: "x".repeat(4096) }),
      headers: { ...agent.auth, "Content-Type": "application/json" } });
    assert.equal(big.status, 413);
    // (with HTTP workers, a refusal the worker's guard makes reaches the chain a moment after its answer)
    await until(() => refusals().some((r) => r.service === "deny" && r.refused === "limits"), "the limits refusal");
    const got = refusals().filter((r) => r.service === "deny").map((r) => `${r.refused}:${r.subject ?? "-"}`);
    assert.ok(got.includes("auth:-"), JSON.stringify(got));
    assert.ok(got.includes("client-scope:client:narrow"), JSON.stringify(got));
    assert.ok(got.includes("parse:local"), JSON.stringify(got));
    assert.ok(got.includes("host-origin:-"), JSON.stringify(got));
    assert.ok(got.includes("limits:-"), JSON.stringify(got));
  },
  "both sides of a mesh import: deny, rewrite and defer at the exporter; each side's chain sees the session": async () => {
    const { data } = await startHub("seammesh");
    const exporterRules = testFilterRules([
      { service: "remote", side: "exporter", method: "tools/call", tool: "echo", direction: "to_server", action: "rewrite",
        path: ["params", "arguments", "message"], value: "rewritten by the exporter" },
      { service: "remote-deny", side: "exporter", method: "tools/call", direction: "to_server", action: "deny" },
      { service: "remote-slow", side: "exporter", method: "tools/call", direction: "to_server", action: "defer", delay_ms: 800 },
    ]);
    const importerRules = testFilterRules([]);
    const exporter = await joinMember(data, "alice", "alice-pc", ["--test-filter", exporterRules.file]);
    const importer = await joinMember(data, "bob", "bob-pc", ["--test-filter", importerRules.file]);
    for (const name of ["remote", "remote-deny", "remote-slow"]) {
      exporter.cli("service", "add", name, "--stdio", "--", ECHO_SERVER);
      exporter.cli("service", "export", name, "--to", "user:bob");
    }
    await until(() => peersOf(importer).peers.some((p) => p.endpoint === "alice-pc" && p.services?.includes("remote")),
      "bob sees alice's service", 15000);
    await until(() => ["remote-deny", "remote-slow"].every((n) =>
      peersOf(importer).peers.some((p) => p.endpoint === "alice-pc" && p.services?.includes(n))), "all three visible", 15000);
    for (const name of ["remote", "remote-deny", "remote-slow"])
      importer.cli("service", "import", `alice-pc/${name}`, "--as", name);
    const c = await connectHttp(importer.mcpUrl("remote"), importer.auth);
    assert.equal(text(await echo(c, "original")), "rewritten by the exporter");
    const d = await connectHttp(importer.mcpUrl("remote-deny"), importer.auth);
    await assert.rejects(echo(d, "x"), /refused by the test filter \(exporter to_server\)/);
    const slow = await connectHttp(importer.mcpUrl("remote-slow"), importer.auth);
    const t0 = Date.now();
    assert.equal(text(await echo(slow, "later")), "later");
    assert.ok(Date.now() - t0 >= 700, "the exporter's deferred call was not held");
    assertSawBothWays(importerRules, "remote", "importer");
    assertSawBothWays(exporterRules, "remote", "exporter");
    const exp = seenFor(exporterRules, "remote").filter((m) => !m.refused);
    assert.ok(exp.every((m) => m.subject.startsWith("spiffe://seammesh/user/bob/")), "the exporter's subject is the peer");
    // the exporter's admission refusals reach its observers too
    exporter.cli("service", "add", "private", "--stdio", "--", ECHO_SERVER);
    importer.cli("service", "import", "alice-pc/private", "--as", "private", "--anyway");
    await assert.rejects(connectHttp(importer.mcpUrl("private"), importer.auth));
    await until(() => exporterRules.seen().some((m) => m.refused === "admission" && m.service === "private" &&
      m.side === "exporter" && m.subject.startsWith("spiffe://seammesh/user/bob/")), "the admission refusal observed", 5000);
  },
});
