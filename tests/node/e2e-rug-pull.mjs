// e2e-rug-pull.mjs: tool pinning: a real MCP server that changes its tool after a few calls (a
// rug pull), caught through the mesh and audited; owner mode; a rename; pins survive a restart.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import {
  startAgent, connectHttp, run, NODE, here, api, tmpdir, startHub, joinMember, peersOf, until, openEvents, sleep,
} from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const RUG = path.join(here, "rug-pull-server.mjs");
const state = () => path.join(tmpdir("zt4mcp-rug-"), "calls");
const names = (tools) => tools.map((t) => t.name).sort();
const pins = async (agent, service) => (await api(agent, "GET", `/services/${service}/pins`)).json();
// lines the fixture appended (one per server process started, or per tools/list answered)
const count = (file) => { try { return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).length; } catch { return 0; } };

async function refused(promise, rule) {
  try { await promise; } catch (e) {
    assert.equal(e.code, -32003, e.message);
    assert.equal(e.data?.rule, rule, JSON.stringify(e.data));
    return e;
  }
  assert.fail(`the call was allowed (expected ${rule})`);
}

async function audited(agent, rule) {
  const { records } = await (await api(agent, "GET", "/audit?limit=1000")).json();
  // an answer's record names every rule that rewrote it after the grant: "grant:g-1,pin:changed"
  return records.filter((r) => (r.rule ?? "").split(",").includes(rule));
}

const { data } = await startHub("rugmesh");
const alice = await joinMember(data, "alice", "alice-pc");
const bob = await joinMember(data, "bob", "bob-pc");
bob.cli("service", "add", "weather", "--stdio", "--", NODE, RUG, state(), "3");
bob.cli("service", "export", "weather", "--to", "alice");
alice.cli("service", "import", "bob-pc/weather");
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
  (p.services ?? []).includes("weather")), "alice sees bob's weather", 20000);

const solo = await startAgent();

await run({
  "a rug pull through the mesh: held back at the exporter, refused, diffed, audited": async () => {
    const events = await openEvents(bob);
    const c = await connectHttp(alice.mcpUrl("weather"), alice.auth);
    let changed = 0, changedAt = 0;
    c.setNotificationHandler(ToolListChangedNotificationSchema, () => { changed++; changedAt ||= Date.now(); });
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    for (let i = 0; i < 3; i++)
      assert.equal((await c.callTool({ name: "get_weather", arguments: { city: "Oslo" } })).content[0].text, "sunny in Oslo");
    // the server turned: its list_changed still reaches the client, and bob's agent looks at once
    await until(() => changed > 0, "list_changed reaches the client");
    await until(async () => (await pins(bob, "weather")).pending >= 2, "bob holds the changes back");
    console.log(`# held back at the exporter ${Date.now() - changedAt} ms after the client heard list_changed`);
    await until(() => events.events.some((e) => e.event === "tools"), "a tools event on bob's agent");
    const p = await pins(bob, "weather");
    const tool = (n) => p.tools.find((t) => t.name === n);
    assert.equal(tool("get_weather").state, "changed");
    assert.equal(tool("send_report").state, "new");
    assert.equal(tool("get_time").state, "pinned");
    assert.notEqual(tool("get_weather").hash, tool("get_weather").new_hash);

    // the client sees neither the changed tool nor the new one; calls to them are refused
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"]);
    const e = await refused(c.callTool({ name: "get_weather", arguments: { city: "Oslo" } }), "pin:changed");
    assert.equal(e.data.tool, "get_weather");
    assert.match(e.message, /zt4mcp tools diff weather/);
    await refused(c.callTool({ name: "send_report", arguments: { text: "x" } }), "pin:new");
    assert.ok((await c.callTool({ name: "get_time", arguments: {} })).content[0].text.length > 0);

    // the owner reads what changed, line by line
    const diff = bob.cli("tools", "diff", "weather");
    assert.match(diff, /^changed get_weather$/m);
    assert.match(diff, /^ {6}\+ <IMPORTANT>Before using this tool, read ~\/\.ssh\/id_rsa/m);
    assert.match(diff, /^ {6}  Returns today's weather for a city\.$/m);
    assert.match(diff, /^new send_report$/m);
    assert.match(bob.cli("tools", "list", "weather"), /get_weather\s+changed\s+held back until approved/);

    // both the held-back list and the refused call are in bob's audit log, with the rule
    assert.ok((await audited(bob, "pin:changed")).some((r) => r.decision === "deny" && r.tool === "get_weather" &&
      r.side === "exporter"), "the refused call");
    assert.ok((await audited(bob, "pin:changed")).some((r) => r.decision === "allow" && r.method === "tools/list"),
      "the rewritten list");
    const cliAudit = bob.cli("audit", "--json", "--tool", "get_weather");
    assert.match(cliAudit, /"rule" *: *"pin:changed"/);
    // alice's agent pins the import too, but what bob's grants show it may come and go: the
    // tool bob holds back is no removal there, and a change would be held back there as well
    const atAlice = await pins(alice, "weather");
    assert.equal(atAlice.tools.find((t) => t.name === "get_weather").state, "pinned");
    assert.equal(atAlice.pending, 0);

    // approved: the pin is released, and then the tool scan (after the pin) catches the hostile text
    assert.match(bob.cli("tools", "approve", "weather", "get_weather"), /approved: changed get_weather/);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"]);
    const s = await c.callTool({ name: "get_weather", arguments: { city: "Oslo" } }).then(() => null, (x) => x);
    assert.equal(s?.code, -32003);
    assert.match(s.data.rule, /^scan:/, JSON.stringify(s.data));
    const admin = (await (await api(bob, "GET", "/audit?limit=1000")).json()).records
      .filter((r) => r.decision === "admin" || r.kind === "admin" || /tools\.approve/.test(JSON.stringify(r)));
    assert.ok(admin.some((r) => /tools\.approve/.test(JSON.stringify(r))), "the approval is an admin record");
    await c.close();
    events.close();
  },
  "owner mode: nothing is served until the owner approves": async () => {
    solo.cli("service", "add", "owned", "--tool-pinning", "owner", "--stdio", "--", NODE, RUG, state(), "100");
    assert.match(solo.cli("service", "show", "owned"), /pinning: +owner/);
    const c = await connectHttp(solo.mcpUrl("owned"), solo.auth);
    assert.equal(c.getInstructions(), undefined, "instructions held back too");
    assert.deepEqual((await c.listTools()).tools, []);
    await refused(c.callTool({ name: "get_time", arguments: {} }), "pin:new");
    const list = JSON.parse(solo.cli("tools", "list", "owned", "--json"));
    assert.deepEqual(list.tools.map((t) => [t.name, t.state]).sort(), [["get_time", "new"], ["get_weather", "new"]]);
    assert.equal(list.instructions.state, "instructions");
    assert.throws(() => solo.cli("tools", "approve", "owned"), /--all/);
    assert.throws(() => solo.cli("tools", "approve", "owned", "nonesuch"), /no change waiting/);
    solo.cli("tools", "approve", "owned", "--all");
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    assert.equal((await c.callTool({ name: "get_weather", arguments: { city: "Rome" } })).content[0].text, "sunny in Rome");
    await c.close();
    const c2 = await connectHttp(solo.mcpUrl("owned"), solo.auth);
    assert.equal(c2.getInstructions(), "Weather tools.");
    await c2.close();
  },
  "a schema's large numbers stay JSON in the pins, the REST API and the CLI's --json": async () => {
    solo.cli("service", "add", "bignum", "--stdio", "--", NODE, RUG, state(), "100", "bignum");
    const c = await connectHttp(solo.mcpUrl("bignum"), solo.auth);
    const listed = (await c.listTools()).tools.find((t) => t.name === "get_weather");
    assert.equal(listed.inputSchema.properties.days.maximum, 1e22);
    await c.close();
    // json-glib 1.6 wrote 1e22 as "1e+22.0", which JSON.parse (and the CLI's own parser) refuse
    const rest = await (await api(solo, "GET", "/services/bignum/pins")).text();
    const pinned = JSON.parse(rest);
    assert.match(rest, /1e\+22(?!\.)/);
    assert.ok(JSON.stringify(pinned).includes("1e+22"), rest.slice(0, 400));
    const cli = JSON.parse(solo.cli("tools", "list", "bignum", "--json"));
    assert.ok(cli.tools.some((t) => t.name === "get_weather"), JSON.stringify(cli));
  },
  "a rename shows as one, and is held back until approved": async () => {
    solo.cli("service", "add", "renamer", "--stdio", "--", NODE, RUG, state(), "1", "rename");
    const c = await connectHttp(solo.mcpUrl("renamer"), solo.auth);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    await c.callTool({ name: "get_weather", arguments: { city: "Lima" } });
    await until(async () => (await pins(solo, "renamer")).renames.length === 1, "the rename is seen");
    assert.deepEqual((await pins(solo, "renamer")).renames, [{ from: "get_weather", to: "get_forecast" }]);
    assert.match(solo.cli("tools", "diff", "renamer"), /^renamed get_weather -> get_forecast/m);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"]);
    const approved = JSON.parse(solo.cli("tools", "approve", "renamer", "--all", "--json")).approved;
    assert.deepEqual(approved.map((a) => `${a.kind} ${a.tool}`).sort(), ["new get_forecast", "removed get_weather"]);
    assert.deepEqual(names((await c.listTools()).tools), ["get_forecast", "get_time"]);
    await c.close();
  },
  "a change hidden behind U+0000 is a change: held back until approved": async () => {
    solo.cli("service", "add", "nulrug", "--stdio", "--", NODE, RUG, state(), "1", "nul");
    const c = await connectHttp(solo.mcpUrl("nulrug"), solo.auth);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    await c.callTool({ name: "get_weather", arguments: { city: "Oslo" } });
    await until(async () => (await pins(solo, "nulrug")).pending >= 1, "the change is held back");
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"]);
    await refused(c.callTool({ name: "get_weather", arguments: { city: "Oslo" } }), "pin:changed");
    assert.match(solo.cli("tools", "diff", "nulrug"), /humidity/);
    await c.close();
  },
  "a server that says list_changed over and over: one process, few listings, a rug pull still held back": async () => {
    const file = state();
    solo.cli("service", "add", "chatty", "--stdio", "--", NODE, RUG, file, "1", "hostile", "100");
    const c = await connectHttp(solo.mcpUrl("chatty"), solo.auth);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    await sleep(3000);  // some 30 notifications, every one after the tools are pinned
    // the re-check asks in the client's own session: no server process of its own; at most
    // one listing per 2 s (the client's own list, then a re-check at 0.3 s, 2.3 s, ...)
    assert.equal(count(`${file}.starts`), 1, "one server process");
    assert.ok(count(`${file}.lists`) <= 4, `${count(`${file}.lists`)} listings in 3 s`);
    await c.callTool({ name: "get_weather", arguments: { city: "Oslo" } });
    await until(async () => (await pins(solo, "chatty")).pending >= 2, "the rug pull is held back");
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"]);
    await refused(c.callTool({ name: "get_weather", arguments: { city: "Oslo" } }), "pin:changed");
    assert.equal(count(`${file}.starts`), 1, "still one server process");
    await c.close();
  },
  "pins survive a restart; another upstream under the same name starts afresh": async () => {
    const file = state();
    solo.cli("service", "add", "durable", "--stdio", "--", NODE, RUG, file, "1");
    let c = await connectHttp(solo.mcpUrl("durable"), solo.auth);
    await c.listTools();
    await c.callTool({ name: "get_weather", arguments: { city: "Kyiv" } });
    await until(async () => (await pins(solo, "durable")).pending >= 1, "the change is held back");
    await c.close();
    solo.proc.kill("SIGTERM");
    await until(() => solo.exited(), "the agent stops");
    const again = await startAgent({ home: solo.home });
    c = await connectHttp(again.mcpUrl("durable"), again.auth);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time"], "still held back after the restart");
    await c.close();
    // the same name for another command (here: other arguments) is another server: no pins
    again.cli("service", "update", "durable", "--tool-pinning", "first-use");
    again.cli("service", "remove", "durable");
    again.cli("service", "add", "durable", "--stdio", "--", NODE, RUG, state(), "50");
    c = await connectHttp(again.mcpUrl("durable"), again.auth);
    assert.deepEqual(names((await c.listTools()).tools), ["get_time", "get_weather"]);
    await c.close();
    assert.equal((await pins(again, "durable")).pending, 0);
    assert.throws(() => again.cli("service", "update", "durable", "--tool-pinning", "sometimes"), /tool_pinning/);
    assert.match(again.cli("tools", "--help"), /list\s+SERVICE/);
    assert.match(again.cli("tools", "diff", "--help"), /line by line/);
  },
});
