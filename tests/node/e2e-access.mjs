// e2e-access.mjs: just-in-time access over the mesh: a request from the importing agent reaches the
// exporter's pending list, an approval makes a grant that ends on time, a denial is seen by the asker.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { connectHttp, run, ECHO_SERVER, ZT4MCP, joinMember, peersOf, until, startHub, sleep, api, openEvents } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const { data } = await startHub("jitmesh");
const a = await joinMember(data, "alice", "alice-pc");   // asks
const b = await joinMember(data, "bob", "bob-pc");       // owns the service
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo");
a.cli("service", "import", "bob-pc/echo");
await until(() => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  (p.services ?? []).includes("echo")), "alice sees bob's echo");

const echo = async (c, message) => (await c.callTool({ name: "echo", arguments: { message } })).content[0].text;
const fails = (agent, ...args) => {
  try { agent.cli(...args); } catch (e) { return String(e.stderr ?? e.message); }
  assert.fail("it succeeded");
};
async function refused(promise, rule) {
  try { await promise; } catch (e) { assert.equal(e.code, -32003, e.message); assert.match(e.data.rule, rule); return e.data; }
  assert.fail("the call was allowed");
}

await run({
  "a request reaches the exporter's pending list; approved for 3 s it works, then stops": async () => {
    const c = await connectHttp(a.mcpUrl("echo"), a.auth);
    const hint = await refused(echo(c, "before"), /^policy:default-deny$/);
    assert.equal(hint.access, "zt4mcp access request echo --tools echo");
    const events = await openEvents(b);
    const sent = JSON.parse(a.cli("access", "request", "echo", "--tools", "echo", "--for", "1h", "--reason", "on call", "--json"));
    assert.match(sent.id, /^a-[0-9a-f]{8}$/);
    assert.equal(sent.status, "pending");
    await until(() => events.events.some((e) => e.event === "access"), "bob's app hears of the request");
    const incoming = JSON.parse(b.cli("access", "list", "--json")).incoming;
    const r = incoming.find((x) => x.id === sent.id);
    assert.ok(r, "the request is in bob's pending list");
    assert.equal(r.subject, "endpoint:alice-pc");
    assert.equal(r.user, "alice");
    assert.equal(r.reason, "on call");
    assert.equal(r.duration, 3600);
    assert.match(b.cli("access", "list"), /endpoint:alice-pc asks for echo \(tools: echo\): on call/);

    const approved = JSON.parse(b.cli("access", "approve", sent.id, "--for", "3s", "--json"));
    assert.equal(approved.status, "approved");
    const g = JSON.parse(b.cli("policy", "show", approved.grant, "--json"));
    assert.equal(g.origin, `access:${sent.id}`);
    assert.equal(g.subject, "endpoint:alice-pc");
    assert.deepEqual(g.tools, ["echo"]);
    assert.equal(await echo(c, "now"), "now");
    assert.match(a.cli("access", "list", "--all"), new RegExp(`${sent.id}\\s+approved`), "alice learns the answer");
    await sleep(Math.max(0, g.not_after * 1000 - Date.now()) + 300);
    await refused(echo(c, "later"), new RegExp(`^policy:expired:${g.id}$`));
    assert.match(fails(b, "access", "approve", sent.id), /already/);
  },
  "a denied request is seen as denied by the asker, and grants nothing": async () => {
    const sent = JSON.parse(a.cli("access", "request", "echo", "--json"));
    assert.match(b.cli("access", "deny", sent.id), /Denied/);
    const out = JSON.parse(a.cli("access", "list", "--all", "--json")).outgoing.find((x) => x.id === sent.id);
    assert.equal(out.status, "denied");
    const c = await connectHttp(a.mcpUrl("echo"), a.auth);
    await refused(echo(c, "no"), /^policy:(default-deny|expired:.*)$/);
  },
  "a reason with terminal escapes or bidirectional overrides is refused by the exporter": async () => {
    const before = JSON.parse(b.cli("access", "list", "--all", "--json")).incoming.length;
    for (const reason of ["\u001b[2J\u001b]0;owned\u0007", "fine\u202egnp.exe", "line\nbreak"])
      assert.match(fails(a, "access", "request", "echo", "--reason", reason), /control characters/);
    assert.match(fails(a, "access", "request", "echo", "--tools", "ec\u001bho"), /not a glob/);
    assert.equal(JSON.parse(b.cli("access", "list", "--all", "--json")).incoming.length, before);
  },
  "a request nobody decides expires after 24 hours": async () => {
    const sent = JSON.parse(a.cli("access", "request", "echo", "--json"));
    execFileSync("sqlite3", [path.join(b.home, "agent.db"), "UPDATE access_requests SET record = " +
      `json_set(record, '$.created', json_extract(record, '$.created') - 86401) WHERE id = '${sent.id}'`]);
    const r = JSON.parse(b.cli("access", "list", "--all", "--json")).incoming.find((x) => x.id === sent.id);
    assert.equal(r.status, "expired");
    assert.match(fails(b, "access", "approve", sent.id), /expired already/);
    const out = JSON.parse(a.cli("access", "list", "--all", "--json")).outgoing.find((x) => x.id === sent.id);
    assert.equal(out.status, "expired", "the asker learns it too");
  },
  "asking for a service that is not imported says what to do": async () => {
    assert.match(fails(a, "access", "request", "nothing"), /service import/);
    const r = await api(a, "POST", "/access", { service: "echo", for: "soon" });
    assert.equal(r.status, 400);
    assert.match((await r.json()).error.message, /not a duration/);
  },
  "every verb has --help": () => {
    for (const verb of [["policy"], ["access"]])
      assert.match(execFileSync(ZT4MCP, [...verb, "--help"], { encoding: "utf8" }), /Usage:/);
  },
});
