// e2e-schema.mjs: tools/call arguments are checked against the tool's inputSchema before they
// reach the server (real server-everything behind an agent, then through the mesh where the
// exporter refuses), and structuredContent against outputSchema on the way back.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import {
  startAgent, connectHttp, run, NODE, EVERYTHING, testFilterRules, startHub, joinMember, peersOf, until,
} from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

// A call the schema filter must refuse: returns the error's data.
async function refused(promise, path, keyword) {
  try { await promise; } catch (e) {
    assert.equal(e.code, -32602, e.message);
    assert.equal(e.data?.rule, "schema:input", JSON.stringify(e.data));
    assert.equal(e.data.path, path);
    assert.equal(e.data.keyword, keyword);
    assert.ok(e.message.includes(path), `the message names the path: ${e.message}`);
    return e.data;
  }
  assert.fail("the call was allowed");
}

// What passed the schema filter on its way to the server: the test filter comes after it in
// the chain, and a request goes to the server only once every filter has let it through.
const callsSeen = (rf, side, tool) => rf.seen().filter((m) => m.side === side && m.direction === "to_server" &&
  m.method === "tools/call" && m.tool === tool);
const answersSeen = (rf, side, tool) => rf.seen().filter((m) => m.side === side && m.direction === "to_client" &&
  m.method === "tools/call" && m.tool === tool);

// The mesh: alice lists (her importer and bob's exporter learn the tools); carol's agent has
// never seen a list, so her importer lists the tools itself; dave's import has its tool scan
// off, so his importer never learns the tools and bob's exporter is the one that refuses.
const exporterRules = testFilterRules([]);
const carolRules = testFilterRules([]);
const daveRules = testFilterRules([]);
let alice, bob, carol, dave;
async function startMesh() {
  const { data } = await startHub("schemamesh");
  alice = await joinMember(data, "alice", "alice-pc");
  bob = await joinMember(data, "bob", "bob-pc", ["--test-filter", exporterRules.file]);
  carol = await joinMember(data, "carol", "carol-pc", ["--test-filter", carolRules.file]);
  dave = await joinMember(data, "dave", "dave-pc", ["--test-filter", daveRules.file]);
  bob.cli("service", "add", "every", "--stdio", "--", NODE, EVERYTHING, "stdio");
  bob.cli("service", "export", "every");
  bob.cli("policy", "add", "--service", "every", "--subject", "*", "--tools", "*");
  for (const importer of [alice, carol, dave]) {
    importer.cli("service", "import", "bob-pc/every");
    await until(() => peersOf(importer).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
      (p.services ?? []).includes("every")), "the importer sees bob's every");
  }
}

const local = testFilterRules([]);
const agent = await startAgent({ args: ["--test-filter", local.file] });
agent.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");

await run({
  "a tool no client has listed yet is checked all the same: the agent lists the tools itself": async () => {
    // until 2026-12-07 such a call went to the server unchecked
    const c = await connectHttp(agent.mcpUrl("ev"), agent.auth);
    await refused(c.callTool({ name: "get-sum", arguments: { a: "x", b: 1 } }), "/a", "type");
    assert.equal(callsSeen(local, "importer", "get-sum").length, 0, "the call reached the server");
    await c.close();
  },
  "arguments of the wrong type or missing a required member are refused before the server": async () => {
    const c = await connectHttp(agent.mcpUrl("ev"), agent.auth);
    const before = callsSeen(local, "importer", "get-sum").length;
    await c.listTools();
    const d = await refused(c.callTool({ name: "get-sum", arguments: { a: "x", b: 1 } }), "/a", "type");
    assert.equal(d.tool, "get-sum");
    await refused(c.callTool({ name: "get-sum", arguments: { a: 1 } }), "/b", "required");
    await refused(c.callTool({ name: "echo", arguments: {} }), "/message", "required");
    assert.equal(callsSeen(local, "importer", "get-sum").length, before, "a refused call reached the server");
    assert.equal(callsSeen(local, "importer", "echo").length, 0, "a refused call reached the server");
    assert.match(agent.cli("audit", "--decision", "deny", "--limit", "3"), /schema:input/);
  },
  "a valid call passes, and a valid structuredContent comes back": async () => {
    const c = await connectHttp(agent.mcpUrl("ev"), agent.auth);
    await c.listTools();
    assert.match((await c.callTool({ name: "get-sum", arguments: { a: 40, b: 2 } })).content[0].text, /42/);
    assert.equal((await c.callTool({ name: "echo", arguments: { message: "ok" } })).content[0].text, "Echo: ok");
    const s = await c.callTool({ name: "get-structured-content", arguments: { location: "New York" } });
    assert.ok(s.structuredContent && typeof s.structuredContent === "object", JSON.stringify(s));
    assert.equal(answersSeen(local, "importer", "get-structured-content").length, 1);
    await c.close();
  },
  "through the mesh: the importer that listed refuses, and the exporter never sees the call": async () => {
    await startMesh();
    const c = await connectHttp(alice.mcpUrl("every"), alice.auth);
    await c.listTools();
    await refused(c.callTool({ name: "get-sum", arguments: { a: 1, b: "2" } }), "/b", "type");
    assert.equal(callsSeen(exporterRules, "exporter", "get-sum").length, 0);
    assert.match((await c.callTool({ name: "get-sum", arguments: { a: 1, b: 2 } })).content[0].text, /3/);
    assert.equal(callsSeen(exporterRules, "exporter", "get-sum").length, 1);
    await c.close();
  },
  "through the mesh: an importer no client listed lists the tools itself and refuses": async () => {
    const c = await connectHttp(carol.mcpUrl("every"), carol.auth);
    const before = callsSeen(exporterRules, "exporter", "get-sum").length;
    await refused(c.callTool({ name: "get-sum", arguments: { a: [], b: 2 } }), "/a", "type");
    assert.equal(callsSeen(carolRules, "importer", "get-sum").length, 0, "carol's importer let it through");
    assert.equal(callsSeen(exporterRules, "exporter", "get-sum").length, before, "the exporter relayed it");
    assert.match(carol.cli("audit", "--decision", "deny", "--limit", "3"), /schema:input/);
    assert.match((await c.callTool({ name: "echo", arguments: { message: "via mesh" } })).content[0].text, /via mesh/);
    await c.close();
  },
  "through the mesh: an importer that does not check, the exporter refuses": async () => {
    dave.cli("service", "update", "every", "--tool-scan", "off");
    const c = await connectHttp(dave.mcpUrl("every"), dave.auth);
    const before = callsSeen(exporterRules, "exporter", "get-sum").length;
    const denials = () => (bob.cli("audit", "--decision", "deny", "--limit", "50").match(/schema:input/g) ?? []).length;
    const deniedBefore = denials();
    await refused(c.callTool({ name: "get-sum", arguments: { a: 1, b: { n: 2 } } }), "/b", "type");
    // dave's importer relayed it (no list, so nothing to check it against); bob's refused it
    assert.equal(callsSeen(daveRules, "importer", "get-sum").length, 1, "dave's importer did not relay the call");
    assert.equal(callsSeen(exporterRules, "exporter", "get-sum").length, before, "the exporter relayed it");
    assert.equal(denials(), deniedBefore + 1, "bob's audit has no refusal of the call");
    assert.match((await c.callTool({ name: "get-sum", arguments: { a: 1, b: 2 } })).content[0].text, /3/);
    assert.equal(callsSeen(exporterRules, "exporter", "get-sum").length, before + 1);
    await c.close();
  },
});
