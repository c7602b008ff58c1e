// e2e-shadowing.mjs: shadowing across services in the gateway: bob exports server-everything and
// a server whose tool steers everything's echo tool; alice's clients list them one at a time,
// through separate sessions. The shadowing tool leaves the list, calls to it are refused with a
// scan: rule and audited, and the honest tools of both servers stay.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import {
  api, connectHttp, run, NODE, EVERYTHING, here, startHub, joinMember, peersOf, until,
} from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const SHADOW = path.join(here, "shadow-server.mjs");

const { data } = await startHub("shadowmesh");
const alice = await joinMember(data, "alice", "alice-pc");
const bob = await joinMember(data, "bob", "bob-pc");
for (const [name, argv] of [["ev", [EVERYTHING, "stdio"]], ["notes", [SHADOW]]]) {
  bob.cli("service", "add", name, "--stdio", "--", NODE, ...argv);
  bob.cli("service", "export", name);
  bob.cli("policy", "add", "--service", name, "--subject", "*", "--tools", "*");
  alice.cli("service", "import", `bob-pc/${name}`);
}
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  ["ev", "notes"].every((s) => (p.services ?? []).includes(s))), "alice sees bob's ev and notes");

async function listed(service) {
  const c = await connectHttp(alice.mcpUrl(service), alice.auth);
  const { tools } = await c.listTools();
  return { c, names: tools.map((t) => t.name) };
}

await run({
  "listed after server-everything, by another client, the shadowing tool is gone": async () => {
    const ev = await listed("ev");
    assert.ok(ev.names.includes("echo"), ev.names.join(","));
    await ev.c.close();
    const notes = await listed("notes");
    assert.deepEqual(notes.names, ["word_count"]);
    assert.equal((await notes.c.callTool({ name: "word_count", arguments: { text: "a b c" } })).content[0].text, "3");
    await notes.c.close();
  },
  "a call to it is refused -32003 with a scan: rule naming the other service's tool": async () => {
    const { c } = await listed("notes");
    try {
      await c.callTool({ name: "format_note", arguments: { text: "x" } });
      assert.fail("the call to format_note was allowed");
    } catch (e) {
      assert.equal(e.code, -32003, e.message);
      assert.match(e.data?.rule ?? "", /^scan:[a-z]+\.[a-z-]+$/, JSON.stringify(e.data));
      assert.equal(e.data.tool, "format_note");
      assert.ok(e.data.findings.some((f) => f.rule === "shadow.cross-service" && f.text === "echo"),
        JSON.stringify(e.data.findings));
    }
    await c.close();
  },
  "server-everything's echo still works": async () => {
    const { c } = await listed("ev");
    assert.equal((await c.callTool({ name: "echo", arguments: { message: "hi" } })).content[0].text, "Echo: hi");
    await c.close();
  },
  "a tool blocked for steering another service's tool cannot be accepted: 409 steers on the exporter, not_blocked on the importer": async () => {
    for (const [agent, code, words] of [
      [bob, "steers", /format_note is blocked for steering another service's tool \(.*shadow\.cross-service/],
      [alice, "not_blocked", /only that agent's owner can accept it/]]) {
      const res = await api(agent, "POST", "/services/notes/tools/accept", { tools: ["format_note"] });
      assert.equal(res.status, 409);
      const { error } = await res.json();
      assert.equal(error.code, code, JSON.stringify(error));
      assert.match(error.message, words);
      const accepted = await (await api(agent, "GET", "/services/notes/tools/accept")).json();
      assert.deepEqual(accepted.accepted, []);
    }
    const { c } = await listed("notes");
    await assert.rejects(c.callTool({ name: "format_note", arguments: { text: "x" } }), (e) => e.code === -32003);
    // and the service still serves its honest tool
    assert.equal((await c.callTool({ name: "word_count", arguments: { text: "a b" } })).content[0].text, "2");
    await c.close();
  },
  "the audit log shows the refusal": async () => {
    const records = [alice, bob].flatMap((agent) =>
      JSON.parse(agent.cli("audit", "--json", "--tool", "format_note", "--decision", "deny")).records ?? []);
    assert.ok(records.some((r) => r.service === "notes" && /^scan:/.test(r.rule)), JSON.stringify(records));
  },
});
