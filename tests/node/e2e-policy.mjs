// e2e-policy.mjs: grants decide what a mesh peer (and a client token) may use: deny by default,
// exactly the granted tools and argument shapes, lists that show only those, expiry mid-session,
// rate limits, and the same on every path a client takes to the importing agent.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ModernClient } from "./modern/modern-client.mjs";
import { startAgent, connectHttp, connectSse, run, ZT4MCP, NODE, EVERYTHING, ECHO_SERVER, joinMember, peersOf, until, startHub, onCleanup,
  sleep, api, openEvents } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const { data } = await startHub("policymesh");
const a = await joinMember(data, "alice", "alice-pc");   // imports
const b = await joinMember(data, "bob", "bob-pc");       // exports
b.cli("service", "add", "every", "--stdio", "--", NODE, EVERYTHING, "stdio");
assert.match(b.cli("service", "export", "every"), /offered to every member/);
a.cli("service", "import", "bob-pc/every");
await until(() => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  (p.services ?? []).includes("every")), "alice sees bob's every");

const grant = (...args) => JSON.parse(b.cli("policy", "add", "--service", "every", "--subject", "user:alice", "--json", ...args));
const clearGrants = async (agent = b) => {
  for (const g of JSON.parse(agent.cli("policy", "list", "--json")).grants) agent.cli("policy", "remove", g.id);
};
const connect = () => connectHttp(a.mcpUrl("every"), a.auth);
const echo = async (c, message) => (await c.callTool({ name: "echo", arguments: { message } })).content[0].text;
const sum = async (c, x, y) => (await c.callTool({ name: "get-sum", arguments: { a: x, b: y } })).content[0].text;
// A call that must be refused by policy: returns the error's data.
async function refused(promise, rule) {
  try { await promise; } catch (e) {
    assert.equal(e.code, -32003, `${e.message}`);
    assert.match(e.data.rule, rule);
    assert.match(e.message, /access denied by policy/);
    return e.data;
  }
  assert.fail("the call was allowed");
}

await run({
  "a mesh peer offered a service without a grant sees it, lists nothing and may call nothing": async () => {
    await clearGrants();
    const c = await connect();
    assert.deepEqual((await c.listTools()).tools, []);
    assert.deepEqual((await c.listPrompts()).prompts, []);
    const d = await refused(echo(c, "hi"), /^policy:default-deny$/);
    assert.equal(d.service, "every");
    assert.equal(d.tool, "echo");
    assert.equal(d.access, "zt4mcp access request every --tools echo");
    await refused(c.getPrompt({ name: "simple-prompt" }), /^policy:default-deny$/);
  },
  "a grant allows exactly its tools, and tools/list shows only those": async () => {
    await clearGrants();
    grant("--tools", "echo", "--tools", "get-s?m");
    const c = await connect();
    assert.deepEqual((await c.listTools()).tools.map((t) => t.name).sort(), ["echo", "get-sum"]);
    assert.equal(await echo(c, "granted"), "Echo: granted");
    assert.match(await sum(c, 2, 3), /5/);
    await refused(c.callTool({ name: "get-env", arguments: {} }), /^policy:default-deny$/);
    assert.deepEqual((await c.listPrompts()).prompts, [], "no prompt was granted");
  },
  "resources and prompts are granted by their own globs": async () => {
    await clearGrants();
    grant("--resources", "demo://resource/static/*", "--prompts", "simple-*");
    const c = await connect();
    const resources = (await c.listResources()).resources;
    assert.ok(resources.length > 0 && resources.every((r) => r.uri.startsWith("demo://resource/static/")));
    assert.ok((await c.readResource({ uri: resources[0].uri })).contents.length > 0);
    await refused(c.readResource({ uri: "demo://resource/dynamic/text/1" }), /^policy:default-deny$/);
    assert.deepEqual((await c.listPrompts()).prompts.map((p) => p.name), ["simple-prompt"]);
    assert.ok((await c.getPrompt({ name: "simple-prompt" })).messages.length > 0);
    assert.deepEqual((await c.listTools()).tools, []);
  },
  "constraints hold every argument shape: prefix, regex, enum, min/max, equals": async () => {
    await clearGrants();
    const g = grant("--tools", "echo", "--constraint", "/message prefix ok-", "--constraint", "/message regex ^ok-[0-9]+$");
    const h = grant("--tools", "echo", "--constraint", "/message equals exactly");
    grant("--tools", "get-sum", "--constraint", "/a min 0", "--constraint", "/a max 10",
      "--constraint-json", JSON.stringify({ pointer: "/b", enum: [1, 2] }));
    const c = await connect();
    assert.equal(await echo(c, "ok-42"), "Echo: ok-42");
    assert.equal(await echo(c, "exactly"), "Echo: exactly", "another grant allows it");
    let d = await refused(echo(c, "nope"), /^policy:constraint:g-[0-9a-f]+:\/message$/);
    assert.match(d.rule, new RegExp(`${g.id}|${h.id}`), "a grant that failed is named");
    await refused(echo(c, "ok-x"), /^policy:constraint:.*:\/message$/);
    // json-glib cuts a string at U+0000, the server reads all of it: "exactly\u0000…" must not
    // pass as "exactly" (the attack: a constraint checked on a shorter string than the one sent)
    await refused(echo(c, "exactly\u0000; and then some"), /^policy:constraint:.*:\/message$/);
    await refused(echo(c, "ok-1\u0000/../../etc/passwd"), /^policy:constraint:.*:\/message$/);
    assert.match(await sum(c, 10, 2), /12/);
    await refused(sum(c, 11, 2), /^policy:constraint:.*:\/a$/);
    await refused(sum(c, -1, 1), /^policy:constraint:.*:\/a$/);
    d = await refused(sum(c, 3, 3), /^policy:constraint:.*:\/b$/);
    assert.equal(d.tool, "get-sum");
  },
  "a grant that expires mid-session stops the next call": async () => {
    await clearGrants();
    const g = grant("--tools", "echo", "--not-after", "+4s");
    const c = await connect();
    assert.equal(await echo(c, "in time"), "Echo: in time");
    await sleep(Math.max(0, g.not_after * 1000 - Date.now()) + 300);
    await refused(echo(c, "too late"), new RegExp(`^policy:expired:${g.id}$`));
    assert.deepEqual((await c.listTools()).tools, [], "an expired grant shows nothing");
  },
  "a rate limit counts calls per grant and subject in a sliding window": async () => {
    await clearGrants();
    const g = grant("--tools", "echo", "--rate", "2/1m");
    const c = await connect();
    assert.equal(await echo(c, "1"), "Echo: 1");
    assert.equal(await echo(c, "2"), "Echo: 2");
    await refused(echo(c, "3"), new RegExp(`^policy:rate:${g.id}$`));
  },
  "groups: a grant to group:NAME is for its members only": async () => {
    await clearGrants();
    b.cli("policy", "group", "set", "friends", "endpoint:alice-pc");
    b.cli("policy", "add", "--service", "every", "--subject", "group:friends", "--tools", "echo");
    const c = await connect();
    assert.equal(await echo(c, "friend"), "Echo: friend");
    b.cli("policy", "group", "set", "friends", "user:carol");
    await refused(echo(c, "not any more"), /^policy:default-deny$/);
    b.cli("policy", "group", "remove", "friends");
  },
  "the validator names the field that is wrong, and REST dry runs add nothing": async () => {
    let r = await api(b, "POST", "/policy/grants", { service: "every", subject: "user:alice",
      constraints: [{ pointer: "/x", regex: "(" }] });
    assert.equal(r.status, 400);
    const e = (await r.json()).error;
    assert.equal(e.field, "constraints[0].regex");
    assert.match(e.message, /not a regular expression/);
    const events = await openEvents(b);
    r = await api(b, "POST", "/policy/grants?dry_run=1", { service: "every", subject: "group:ops", tools: ["*"] });
    assert.equal(r.status, 200);
    assert.ok(!JSON.parse(b.cli("policy", "list", "--json")).grants.some((g) => g.subject === "group:ops"));
    const added = grant("--tools", "echo", "--note", "for the events");
    await until(() => events.events.some((e) => e.event === "policy" && e.data.type === "policy"),
      "the app hears that the grants changed");
    b.cli("policy", "remove", added.id);
    r = await api(b, "POST", "/services", { name: "zt4mcp.access", kind: "stdio", command: ["true"] });
    assert.equal(r.status, 400, "names starting zt4mcp. are reserved");
  },
  "losing the last grant and offer ends a peer's live session": async () => {
    await clearGrants();
    b.cli("service", "unexport", "every");
    grant("--tools", "echo");
    const c = await connect();
    assert.equal(await echo(c, "admitted by the grant"), "Echo: admitted by the grant");
    await clearGrants();
    await until(() => /lost access to every/.test(b.log.join("")), "bob ends alice's session", 3000);
    await assert.rejects(echo(c, "after"));
    b.cli("service", "export", "every");
  },
  "client-token grants on the importer restrict that token only": async () => {
    await clearGrants();
    grant("--tools", "*");
    const token = JSON.parse(a.cli("client", "add", "ide", "--json")).token;
    a.cli("policy", "add", "--service", "every", "--subject", "client:ide", "--tools", "echo");
    const ide = await connectHttp(a.mcpUrl("every"), { Authorization: `Bearer ${token}` });
    assert.equal(await echo(ide, "ide"), "Echo: ide");
    await refused(sum(ide, 1, 2), /^policy:client-scope$/);
    assert.deepEqual((await ide.listTools()).tools.map((t) => t.name), ["echo"]);
    const admin = await connect();
    assert.match(await sum(admin, 1, 2), /3/, "the administrator is not restricted by client grants");
    await clearGrants(a);
  },
  "export lists from before grants become grants of everything (agent.db migration 6)": async () => {
    const old = await startAgent();
    old.cli("service", "add", "legacy", "--stdio", "--", ECHO_SERVER);
    old.proc.kill("SIGTERM");
    await until(() => old.exited(), "the agent to stop");
    const db = path.join(old.home, "agent.db");
    execFileSync("sqlite3", [db, "UPDATE services SET config = json_set(config, '$.export_to', " +
      "json('[\"user:alice\",\"endpoint:bob-pc\"]')); PRAGMA user_version = 5;"]);
    const again = await startAgent({ home: old.home });
    const grants = JSON.parse(again.cli("policy", "list", "--json")).grants;
    assert.deepEqual(grants.map((g) => g.subject).sort(), ["endpoint:bob-pc", "user:alice"]);
    for (const g of grants) {
      assert.equal(g.origin, "export");
      assert.deepEqual([g.tools, g.resources, g.prompts], [["*"], ["*"], ["*"]]);
    }
    assert.match(again.cli("service", "unexport", "legacy"), /no longer exported/);
    assert.deepEqual(JSON.parse(again.cli("policy", "list", "--json")).grants, [], "unexport removes them");
  },
  "every path to the importer meets the exporter's policy": async () => {
    await clearGrants();
    grant("--tools", "echo");
    const paths = {
      "streamable HTTP": async () => connect(),
      "legacy HTTP+SSE": async () => connectSse(a.sseUrl("every"), a.auth),
      "zt4mcp connect": async () => {
        const c = new Client({ name: "policy-connect", version: "1" });
        await c.connect(new StdioClientTransport({ command: ZT4MCP, args: ["connect", "every"],
          env: { ...process.env, ZT4MCP_HOME: a.home }, stderr: "pipe" }));
        onCleanup(() => c.close());
        return c;
      },
      "a 2026-07-28 client": async () => {
        const m = new ModernClient(a.mcpUrl("every"), { headers: a.auth });
        return { callTool: (p) => m.request("tools/call", p) };
      },
    };
    for (const [name, open] of Object.entries(paths)) {
      const c = await open();
      assert.equal(await echo(c, name), `Echo: ${name}`, name);
      const d = await refused(sum(c, 1, 1), /^policy:default-deny$/);
      assert.equal(d.tool, "get-sum", name);
    }
  },
});
