// e2e-scan-filter.mjs: the tool scan as a filter: a real poisoned server behind an agent, then
// through the mesh: poisoned tools leave tools/list, calls to them are refused with the rule
// (and audited), honest tools reach the client byte for byte, warn mode keeps everything.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import {
  startAgent, connectHttp, run, NODE, EVERYTHING, here, api, onCleanup, startHub, joinMember, peersOf, until,
} from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const POISONED = path.join(here, "poisoned-server.mjs");
const POISONED_TOOLS = ["add_numbers", "weather_lookup", "format_text", "clock"];

// The server's own list, without the gateway.
async function directTools() {
  const client = new Client({ name: "direct", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: NODE, args: [POISONED] }));
  onCleanup(() => client.close());
  const { tools } = await client.listTools();
  await client.close();
  return tools;
}

async function refused(promise, tool) {
  try { await promise; } catch (e) {
    assert.equal(e.code, -32003, e.message);
    assert.match(e.data?.rule ?? "", /^scan:[a-z]+\.[a-z-]+$/, JSON.stringify(e.data));
    assert.equal(e.data.tool, tool);
    assert.ok(Array.isArray(e.data.findings) && e.data.findings.length > 0);
    assert.ok(e.message.includes(tool), `the message names the tool: ${e.message}`);
    assert.ok(e.message.includes(e.data.rule.slice(5)), `the message names the rule: ${e.message}`);
    return e.data;
  }
  assert.fail(`the call to ${tool} was allowed`);
}

const agent = await startAgent();
agent.cli("service", "add", "pois", "--stdio", "--", NODE, POISONED);
agent.cli("service", "add", "poiswarn", "--tool-scan", "warn", "--stdio", "--", NODE, POISONED);
agent.cli("service", "add", "poiscold", "--stdio", "--", NODE, POISONED);   // never listed before its case
agent.cli("service", "add", "poisnul", "--env", "POISON_NUL=1", "--stdio", "--", NODE, POISONED);
agent.cli("service", "add", "poiswords", "--env", "POISON_WORDS=1", "--stdio", "--", NODE, POISONED);
agent.cli("service", "add", "everything", "--stdio", "--", NODE, EVERYTHING, "stdio");
const direct = await directTools();
// the CLI's exit status and both outputs, whether it fails or not
const cliRun = (...args) => {
  try { return { status: 0, out: agent.cli(...args), err: "" }; } catch (e) {
    if (e.status === undefined) throw e;
    return { status: e.status, out: e.stdout?.toString() ?? "", err: e.stderr?.toString() ?? "" };
  }
};

await run({
  "tools/list through the agent lacks the poisoned tools; the honest one is byte-identical": async () => {
    const c = await connectHttp(agent.mcpUrl("pois"), agent.auth);
    const { tools } = await c.listTools();
    assert.deepEqual(tools.map((t) => t.name), ["subtract_numbers"]);
    assert.equal(JSON.stringify(tools[0]), JSON.stringify(direct.find((t) => t.name === "subtract_numbers")));
    assert.equal((await c.callTool({ name: "subtract_numbers", arguments: { a: 5, b: 2 } })).content[0].text, "3");
    await c.close();
  },
  "a call to a poisoned tool is refused with the rule, and audited": async () => {
    const c = await connectHttp(agent.mcpUrl("pois"), agent.auth);
    await c.listTools();
    const d = await refused(c.callTool({ name: "add_numbers", arguments: { a: 1, b: 2 } }), "add_numbers");
    assert.ok(d.findings.some((f) => f.rule === "sensitive.read"), JSON.stringify(d.findings));
    await refused(c.callTool({ name: "clock", arguments: {} }), "clock");
    const { records } = await (await api(agent, "GET", "/audit?tool=add_numbers&limit=100")).json();
    assert.ok(records.some((r) => r.decision === "deny" && r.rule === d.rule && r.service === "pois"),
      JSON.stringify(records));
    await c.close();
  },
  "a call before any list (the agent just started): the agent lists first, so the scan and the schemas decide": async () => {
    // Until 2026-12-07 the filters knew a service's tools only from a client's tools/list: a
    // client that called add_numbers straight after the agent started got "3". Now the first
    // session lists them itself, and a call that comes before that list waits for it.
    const c = await connectHttp(agent.mcpUrl("poiscold"), agent.auth);
    const [blocked, honest, bad] = await Promise.allSettled([
      c.callTool({ name: "add_numbers", arguments: { a: 1, b: 2 } }),
      c.callTool({ name: "subtract_numbers", arguments: { a: 5, b: 2 } }),
      c.callTool({ name: "subtract_numbers", arguments: { a: "five", b: 2 } }),
    ]);
    await refused(blocked.status === "rejected" ? Promise.reject(blocked.reason) : Promise.resolve(blocked.value), "add_numbers");
    assert.equal(honest.value?.content?.[0]?.text, "3", JSON.stringify(honest));
    assert.equal(bad.reason?.code, -32602, JSON.stringify(bad));
    assert.equal(bad.reason?.data?.rule, "schema:input", JSON.stringify(bad.reason?.data));
    assert.equal(agent.log.join("").match(/poiscold: its tools are listed for this agent's filters/g)?.length, 1,
      "one listing for the session and its three calls");
    await c.close();
  },
  "an instruction hidden behind U+0000 is scanned whole: the tool leaves the list, a call is refused": async () => {
    const c = await connectHttp(agent.mcpUrl("poisnul"), agent.auth);
    const { tools } = await c.listTools();
    assert.deepEqual(tools.map((t) => t.name), ["subtract_numbers"]);
    const d = await refused(c.callTool({ name: "multiply_numbers", arguments: { a: 2, b: 3 } }), "multiply_numbers");
    assert.ok(d.findings.some((f) => f.rule === "sensitive.read"), JSON.stringify(d.findings));
    await c.close();
  },
  "resources and prompts lists lose their poisoned entries; reading or getting one is refused": async () => {
    const c = await connectHttp(agent.mcpUrl("pois"), agent.auth);
    assert.deepEqual((await c.listResources()).resources.map((r) => r.uri), ["notes://readme"]);
    assert.deepEqual((await c.listPrompts()).prompts.map((p) => p.name), ["summary"]);
    assert.equal((await c.readResource({ uri: "notes://readme" })).contents[0].text, "readme");
    assert.equal((await c.getPrompt({ name: "summary", arguments: { text: "t" } })).messages[0].content.text, "t");
    // each request made only when awaited: a refusal must not go unhandled while another waits
    for (const [request, field, id] of [[() => c.readResource({ uri: "notes://notes" }), "resource", "notes://notes"],
      [() => c.getPrompt({ name: "review", arguments: { code: "x" } }), "prompt", "review"]]) {
      try { await request(); assert.fail(`${id} was allowed`); } catch (e) {
        assert.equal(e.code, -32003, e.message);
        assert.match(e.data?.rule ?? "", /^scan:[a-z]+\.[a-z-]+$/, JSON.stringify(e.data));
        assert.equal(e.data[field], id);
      }
    }
    await c.close();
  },
  "the initialize answer's instructions are left out when blocked": async () => {
    const c = await connectHttp(agent.mcpUrl("pois"), agent.auth);
    assert.equal(c.getInstructions(), undefined);
    await c.close();
  },
  "a tool only the word score reports stays listed and callable, and the log says it was warned": async () => {
    const c = await connectHttp(agent.mcpUrl("poiswords"), agent.auth);
    const { tools } = await c.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ["git_helper", "subtract_numbers"]);
    assert.equal((await c.callTool({ name: "git_helper", arguments: { repo: "." } })).content[0].text, "tips for .");
    await c.close();
    await until(() => /poiswords: tool git_helper warned by the tool scan \([^)]*instruction\.words[^)]*\); `zt4mcp tools scan poiswords` shows the evidence/.test(agent.log.join("")),
      "the agent's log to name the warning");
    // the poisoned tools beside it still leave the list
    assert.ok(!tools.some((t) => POISONED_TOOLS.includes(t.name)));
  },
  "tools scan SERVICE says what the agent's scan finds, with the service's rules, and exits 0, 1 or 2": async () => {
    // exit status from the error the CLI helper throws for a non-zero status
    const scanOf = (...args) => {
      try { return { status: 0, out: agent.cli("tools", "scan", ...args) }; } catch (e) {
        if (e.status === undefined) throw e;
        return { status: e.status, out: e.stdout?.toString() ?? "" };
      }
    };
    // the poisoned tools the agent hides from clients are all there, blocked, with their evidence
    const pois = scanOf("pois");
    assert.equal(pois.status, 2, pois.out);
    assert.match(pois.out, /^pois: 5 tools, tool scan block$/m);
    for (const name of POISONED_TOOLS)
      assert.match(pois.out, new RegExp(`^BLOCK +pois / ${name}$`, "m"), pois.out);
    // listed to clients: at most warned (here for the same tool names in the other poisoned services)
    assert.match(pois.out, /^(ok|warn) +pois \/ subtract_numbers$/m);
    // each rule reported is said in words under the report
    assert.match(pois.out, /^  hidden\.tag-chars +invisible Unicode tag characters/m);
    const json = JSON.parse(scanOf("pois", "--json").out);
    assert.equal(json.service, "pois");
    assert.equal(json.tool_scan, "block");
    assert.equal(json.verdict, "block");
    assert.equal(json.hidden_tools_seen, true);
    assert.deepEqual(json.tools.map((t) => t.name).sort(), [...POISONED_TOOLS, "subtract_numbers"].sort());
    assert.ok(json.tools.find((t) => t.name === "clock").findings.some((f) => f.rule === "hidden.tag-chars"),
      JSON.stringify(json.tools.find((t) => t.name === "clock")));
    // the word score only warns git_helper; a rule of the service's makes it a block, which the verb shows
    const before = scanOf("poiswords");
    assert.match(before.out, /^warn +poiswords \/ git_helper$/m, before.out);
    agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.words=block");
    const after = scanOf("poiswords");
    assert.equal(after.status, 2, after.out);
    assert.match(after.out, /^poiswords: 6 tools, tool scan block, with instruction\.words=block$/m);
    assert.match(after.out, /^BLOCK +poiswords \/ git_helper$/m, after.out);
    agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.words=default");
    // the npm reference server passes clean: exit 0, every tool ok
    const clean = scanOf("everything");
    assert.equal(clean.status, 0, clean.out);
    assert.doesNotMatch(clean.out, /^(BLOCK|warn) /m);
    assert.match(clean.out, /^ok +everything \/ echo$/m);
    // warnings only: exit 1 (every family off but the whole tool's word score, which only warns)
    const families = ["hidden.", "instruction.", "exfil.", "sensitive.", "shadow.", "param.", "split.", "encoded.",
      "obfuscated."];
    agent.cli("service", "update", "poiswarn", ...families.flatMap((f) => ["--scan-rule", `${f}=off`]),
      "--scan-rule", "instruction.words=warn");
    const warned = scanOf("poiswarn");
    assert.equal(warned.status, 1, warned.out);
    assert.match(warned.out, /^warn +poiswarn \/ add_numbers$/m);
    assert.match(warned.out, /\(BLOCK is only logged: the tool stays listed\)/);
    agent.cli("service", "update", "poiswarn", ...families.flatMap((f) => ["--scan-rule", `${f}=default`]),
      "--scan-rule", "instruction.words=default");
    // a service that does not exist: said, no scan
    const none = scanOf("no-such-service");
    assert.notEqual(none.status, 0);
    assert.doesNotMatch(none.out, /BLOCK|warn|ok /);
  },
  "the owner accepts a tool the scan blocks: listed and callable, audited, that definition only; --revoke blocks it at once": async () => {
    agent.cli("service", "add", "poisok", "--stdio", "--", NODE, POISONED);
    const c = await connectHttp(agent.mcpUrl("poisok"), agent.auth);
    const listed = async () => (await c.listTools()).tools.map((t) => t.name);
    assert.ok(!(await listed()).includes("weather_lookup"));
    await refused(c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } }), "weather_lookup");
    // a tool the scan does not block, or none of that name: nothing to accept, and nothing is
    for (const name of ["subtract_numbers", "no_such_tool"]) {
      const r = cliRun("tools", "accept", "poisok", name);
      assert.notEqual(r.status, 0, r.out);
      assert.match(r.err, new RegExp(`does not block a tool named "${name}"`), r.err);
    }
    // a body it does not take: 400 saying what it takes, nothing accepted
    for (const [body, words] of [[{ tools: ["weather_lookup"], revoke: "yes" }, /"revoke" must be true or false/],
      [{ all: true }, /name the tools to accept/], [{ tools: [] }, /give \{"tools"/], [{ tools: [7] }, /list of tool names/]]) {
      const res = await api(agent, "POST", "/services/poisok/tools/accept", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match((await res.json()).error.message, words);
    }
    // several names: all or none (one of them is not blocked)
    assert.notEqual(cliRun("tools", "accept", "poisok", "weather_lookup", "subtract_numbers").status, 0);
    await refused(c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } }), "weather_lookup");
    const before = (await (await api(agent, "GET", "/audit?limit=1000&kind=admin")).json()).records.length;

    const out = agent.cli("tools", "accept", "poisok", "weather_lookup");
    assert.match(out, /^accepted: weather_lookup, blocked for [a-z.-]+(, [a-z.-]+)*; this definition only \(sha256 [0-9a-f]{12}/m, out);
    // at once: the call passes before any new list, and the next list has the tool, byte for byte
    assert.equal((await c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } })).content[0].text, "sunny in Oslo");
    const { tools } = await c.listTools();
    assert.equal(JSON.stringify(tools.find((t) => t.name === "weather_lookup")),
      JSON.stringify(direct.find((t) => t.name === "weather_lookup")));
    // the other blocked tools stay blocked
    await refused(c.callTool({ name: "add_numbers", arguments: { a: 1, b: 2 } }), "add_numbers");
    // the verb that shows the scan says which blocks the owner accepted
    assert.match(cliRun("tools", "scan", "poisok").out, /^  weather_lookup: accepted by the owner: listed and callable/m);
    const scanned = JSON.parse(cliRun("tools", "scan", "poisok", "--json").out);
    assert.deepEqual(scanned.accepted.map((t) => [t.tool, t.current, t.accepted_by]), [["weather_lookup", true, "owner"]]);
    const accepted = await (await api(agent, "GET", "/services/poisok/tools/accept")).json();
    assert.deepEqual(accepted.accepted.map((a) => [a.tool, a.accepted_by]), [["weather_lookup", "owner"]]);
    // an admin record says who let what through
    const admin = (await (await api(agent, "GET", "/audit?limit=1000&kind=admin")).json()).records.slice(before);
    assert.deepEqual(admin.map((r) => r.method), ["tools.accept"]);
    assert.match(admin[0].args_preview, /weather_lookup/);

    // taken back: refused at once, without a list, and left out of the next
    assert.match(agent.cli("tools", "accept", "poisok", "weather_lookup", "--revoke"), /^no longer accepted: weather_lookup/m);
    await refused(c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } }), "weather_lookup");
    assert.ok(!(await listed()).includes("weather_lookup"));
    assert.match(cliRun("tools", "accept", "poisok", "weather_lookup", "--revoke").err, /no tool named "weather_lookup" was accepted/);
    await c.close();
    agent.cli("service", "remove", "poisok");
  },
  "the owner accepts a blocked prompt, resource and the server's instructions: served at once, audited; --revoke blocks them again": async () => {
    agent.cli("service", "add", "poisextra", "--stdio", "--", NODE, POISONED);
    let c = await connectHttp(agent.mcpUrl("poisextra"), agent.auth);
    assert.equal(c.getInstructions(), undefined);
    assert.deepEqual((await c.listResources()).resources.map((r) => r.uri), ["notes://readme"]);
    assert.deepEqual((await c.listPrompts()).prompts.map((p) => p.name), ["summary"]);
    // what the scan does not block is refused, and then nothing is accepted
    const r = cliRun("tools", "accept", "poisextra", "--prompt", "review", "--prompt", "summary");
    assert.notEqual(r.status, 0, r.out);
    assert.match(r.err, /does not block prompt summary/, r.err);
    for (const [body, words] of [[{ resources: [7] }, /"resources" must be a list/], [{ prompts: "review" }, /"prompts" must be a list/],
      [{ instructions: "yes" }, /"instructions" must be true or false/], [{ instructions: false }, /give \{"tools"/]]) {
      const res = await api(agent, "POST", "/services/poisextra/tools/accept", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match((await res.json()).error.message, words);
    }
    const before = (await (await api(agent, "GET", "/audit?limit=1000&kind=admin")).json()).records.length;
    // what could be accepted, with why it is blocked (the desktop app's Tools view lists it)
    const blocked = async () => (await (await api(agent, "GET", "/services/poisextra/tools/accept")).json()).blocked;
    const open = await blocked();
    assert.deepEqual(open.map((b) => [b.kind, b.name, b.steers]),
      [["instructions", "", false], ["prompt", "review", false], ["resource", "notes://notes", false]], JSON.stringify(open));
    for (const b of open) {
      assert.match(b.sha256, /^[0-9a-f]{64}$/);
      assert.ok(b.rules.length > 0 && b.findings.length > 0 && b.findings.every((f) => f.rule && f.severity), JSON.stringify(b));
    }

    const out = agent.cli("tools", "accept", "poisextra", "--prompt", "review", "--resource", "notes://notes", "--instructions");
    assert.match(out, /^accepted: prompt review, blocked for [a-z.-]+/m, out);
    assert.match(out, /^accepted: resource notes:\/\/notes, blocked for /m, out);
    assert.match(out, /^accepted: the server's instructions, blocked for /m, out);
    // at once, without a new list
    assert.equal((await c.readResource({ uri: "notes://notes" })).contents[0].text, "notes");
    assert.equal((await c.getPrompt({ name: "review", arguments: { code: "x" } })).messages[0].content.text, "x");
    assert.deepEqual((await c.listResources()).resources.map((r) => r.uri).sort(), ["notes://notes", "notes://readme"]);
    assert.deepEqual((await c.listPrompts()).prompts.map((p) => p.name).sort(), ["review", "summary"]);
    await c.close();
    // the instructions: in the next initialize answer
    c = await connectHttp(agent.mcpUrl("poisextra"), agent.auth);
    assert.match(c.getInstructions() ?? "", /always call audit_log first/);
    // the tools stay as the scan says
    assert.ok(!(await c.listTools()).tools.some((t) => t.name === "weather_lookup"));
    await c.close();
    const { accepted } = await (await api(agent, "GET", "/services/poisextra/tools/accept")).json();
    assert.deepEqual(accepted.map((a) => [a.kind, a.tool, a.current]),
      [["resource", "notes://notes", true], ["prompt", "review", true], ["instructions", "", true]]);
    assert.deepEqual(await blocked(), [], "what was accepted is no longer offered to accept");
    const shown = cliRun("tools", "scan", "poisextra");
    assert.equal(shown.status, 2, shown.err);  // its poisoned tools stay blocked
    assert.match(shown.out, /^  prompt review: accepted by the owner: listed and callable/m, shown.out);
    assert.match(shown.out, /^  the server's instructions: accepted by the owner: kept in the initialize answer/m, shown.out);
    // one admin record more, saying what of which kind was let through
    const records = (await (await api(agent, "GET", "/audit?limit=1000&kind=admin")).json()).records;
    assert.equal(records.length, before + 1);
    const admin = records.filter((x) => /"kind":"prompt"/.test(x.args_preview ?? ""));
    assert.deepEqual(admin.map((x) => x.method), ["tools.accept"]);
    assert.match(admin[0].args_preview, /"kind":"resource"/);

    // taken back: refused at once, and the next initialize answer leaves the instructions out
    const back = agent.cli("tools", "accept", "poisextra", "--prompt", "review", "--resource", "notes://notes",
      "--instructions", "--revoke");
    assert.match(back, /^no longer accepted: prompt review/m, back);
    c = await connectHttp(agent.mcpUrl("poisextra"), agent.auth);
    assert.equal(c.getInstructions(), undefined);
    for (const request of [() => c.readResource({ uri: "notes://notes" }), () => c.getPrompt({ name: "review", arguments: { code: "x" } })]) {
      try { await request(); assert.fail("allowed after --revoke"); } catch (e) { assert.equal(e.code, -32003, e.message); }
    }
    await c.close();
    assert.deepEqual((await blocked()).map((b) => [b.kind, b.name]),
      [["instructions", ""], ["prompt", "review"], ["resource", "notes://notes"]], "blocked again, offered again");
    assert.match(cliRun("tools", "accept", "poisextra", "--instructions", "--revoke").err, /the server's instructions was not accepted/);
    agent.cli("service", "remove", "poisextra");
  },
  "what the owner accepted goes with the server it was accepted for: a service removed and added again, or pointed at another command, starts blocked": async () => {
    const accepted = async (name) => (await (await api(agent, "GET", `/services/${name}/tools/accept`)).json()).accepted;
    agent.cli("service", "add", "poisgone", "--stdio", "--", NODE, POISONED);
    let c = await connectHttp(agent.mcpUrl("poisgone"), agent.auth);
    await c.listTools();
    agent.cli("tools", "accept", "poisgone", "weather_lookup");
    assert.equal((await c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } })).content[0].text, "sunny in Oslo");
    await c.close();
    // removed, then added again: the same name and command, so the same pins' key, but nothing accepted
    agent.cli("service", "remove", "poisgone");
    agent.cli("service", "add", "poisgone", "--stdio", "--", NODE, POISONED);
    assert.deepEqual(await accepted("poisgone"), []);
    c = await connectHttp(agent.mcpUrl("poisgone"), agent.auth);
    await refused(c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } }), "weather_lookup");
    assert.ok(!(await c.listTools()).tools.some((t) => t.name === "weather_lookup"));
    agent.cli("tools", "accept", "poisgone", "weather_lookup");
    assert.equal((await c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } })).content[0].text, "sunny in Oslo");
    await c.close();
    // another command is another server: taken back at once, for the sessions open too; and
    // pointing it back at the first command does not bring the acceptance back
    const other = { command: [NODE, "--no-warnings", POISONED] };
    assert.equal((await api(agent, "PATCH", "/services/poisgone", other)).status, 200);
    assert.deepEqual(await accepted("poisgone"), []);
    assert.equal((await api(agent, "PATCH", "/services/poisgone", { command: [NODE, POISONED] })).status, 200);
    assert.deepEqual(await accepted("poisgone"), []);
    c = await connectHttp(agent.mcpUrl("poisgone"), agent.auth);
    await refused(c.callTool({ name: "weather_lookup", arguments: { city: "Oslo" } }), "weather_lookup");
    // a change that keeps the server (a limit) keeps what was accepted
    agent.cli("tools", "accept", "poisgone", "weather_lookup");
    assert.equal((await api(agent, "PATCH", "/services/poisgone", { idle_timeout: 600 })).status, 200);
    assert.deepEqual((await accepted("poisgone")).map((a) => a.tool), ["weather_lookup"]);
    await c.close();
    agent.cli("service", "remove", "poisgone");
  },
  "a tool hidden behind U+0000, accepted: the agent, the CLI and the API agree it is the definition accepted": async () => {
    agent.cli("service", "add", "poisnulok", "--env", "POISON_NUL=1", "--stdio", "--", NODE, POISONED);
    const c = await connectHttp(agent.mcpUrl("poisnulok"), agent.auth);
    assert.ok(!(await c.listTools()).tools.some((t) => t.name === "multiply_numbers"));
    agent.cli("tools", "accept", "poisnulok", "multiply_numbers");
    assert.equal((await c.callTool({ name: "multiply_numbers", arguments: { a: 6, b: 7 } })).content[0].text, "42");
    // the agent hashed what its server sent (U+0000 read as U+FFFD); the pins' copy may read
    // otherwise, so the agent says which definition is current
    const accepted = await (await api(agent, "GET", "/services/poisnulok/tools/accept")).json();
    assert.deepEqual(accepted.accepted.map((a) => [a.tool, a.current]), [["multiply_numbers", true]]);
    // exit status 2: other tools of the service stay blocked
    const scan = (...args) => {
      try { agent.cli("tools", "scan", "poisnulok", ...args); } catch (e) { if (e.status === 2) return e.stdout.toString(); throw e; }
      assert.fail("tools scan found nothing blocked");
    };
    const scanned = JSON.parse(scan("--json"));
    assert.deepEqual(scanned.accepted.map((t) => [t.tool, t.current]), [["multiply_numbers", true]]);
    assert.match(scan(), /^  multiply_numbers: accepted by the owner: listed and callable/m);
    await c.close();
    agent.cli("service", "remove", "poisnulok");
  },
  "a service's scan rules: instruction.words=block blocks the warned tool at once, default undoes it, a misspelt rule is refused": async () => {
    const c = await connectHttp(agent.mcpUrl("poiswords"), agent.auth);
    assert.ok((await c.listTools()).tools.some((t) => t.name === "git_helper"));
    agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.words=block");
    assert.match(agent.cli("service", "show", "poiswords"), /rule: +instruction\.words=block/);
    assert.deepEqual(JSON.parse(agent.cli("service", "show", "poiswords", "--json")).scan_rules,
      { "instruction.words": "block" });
    // the client listed the tool before the change: its call is refused all the same
    const d = await refused(c.callTool({ name: "git_helper", arguments: { repo: "." } }), "git_helper");
    assert.equal(d.rule, "scan:instruction.words");
    assert.deepEqual((await c.listTools()).tools.map((t) => t.name), ["subtract_numbers"]);
    await c.close();
    // a second rule is added beside the first, which stays
    agent.cli("service", "update", "poiswords", "--scan-rule", "hidden.=warn");
    assert.deepEqual(JSON.parse(agent.cli("service", "show", "poiswords", "--json")).scan_rules,
      { "hidden.": "warn", "instruction.words": "block" });
    assert.throws(() => agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.word=block"),
      /not a rule of the tool scan/);
    assert.throws(() => agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.words=maybe"),
      /must be "off", "warn" or "block"/);
    const bad = await api(agent, "PATCH", "/services/poiswords", { scan_rules: ["instruction.words"] });
    assert.equal(bad.status, 400);
    const badError = (await bad.json()).error;
    assert.match(badError?.message ?? "", /scan_rules/);
    assert.equal(badError?.field, "scan_rules");   /* the app marks that group */
    agent.cli("service", "update", "poiswords", "--scan-rule", "instruction.words=default",
      "--scan-rule", "hidden.=default");
    assert.equal(JSON.parse(agent.cli("service", "show", "poiswords", "--json")).scan_rules, undefined);
    const c2 = await connectHttp(agent.mcpUrl("poiswords"), agent.auth);
    assert.deepEqual((await c2.listTools()).tools.map((t) => t.name).sort(), ["git_helper", "subtract_numbers"]);
    assert.equal((await c2.callTool({ name: "git_helper", arguments: { repo: "." } })).content[0].text, "tips for .");
    await c2.close();
    // given when the service is added
    agent.cli("service", "add", "poisrule", "--scan-rule", "instruction.words=block", "--env", "POISON_WORDS=1",
      "--stdio", "--", NODE, POISONED);
    const c3 = await connectHttp(agent.mcpUrl("poisrule"), agent.auth);
    assert.deepEqual((await c3.listTools()).tools.map((t) => t.name), ["subtract_numbers"]);
    await c3.close();
  },
  "tool_scan warn keeps every tool and lets calls through; service list shows the mode": async () => {
    const c = await connectHttp(agent.mcpUrl("poiswarn"), agent.auth);
    const { tools } = await c.listTools();
    for (const name of POISONED_TOOLS)
      assert.ok(tools.some((t) => t.name === name), `${name} kept`);
    /* still neutralised: the tag characters of clock are gone */
    assert.equal(tools.find((t) => t.name === "clock").description, "Returns the current time.");
    assert.equal((await c.callTool({ name: "add_numbers", arguments: { a: 1, b: 2 } })).content[0].text, "3");
    await c.close();
    assert.match(agent.cli("service", "list"), /^poiswarn +stdio +warn /m);
    assert.match(agent.cli("service", "show", "poiswarn"), /tool scan: warn/);
    agent.cli("service", "update", "poiswarn", "--tool-scan", "block");
    const c2 = await connectHttp(agent.mcpUrl("poiswarn"), agent.auth);
    assert.deepEqual((await c2.listTools()).tools.map((t) => t.name), ["subtract_numbers"]);
    await c2.close();
    assert.throws(() => agent.cli("service", "update", "poiswarn", "--tool-scan", "maybe"), /tool_scan/);
  },
  "through the mesh: the exporter cuts the list and refuses a call the importer never saw listed": async () => {
    const { data } = await startHub("scanmesh");
    const alice = await joinMember(data, "alice", "alice-pc");
    const bob = await joinMember(data, "bob", "bob-pc");
    bob.cli("service", "add", "pois", "--stdio", "--", NODE, POISONED);
    bob.cli("service", "export", "pois");
    bob.cli("policy", "add", "--service", "pois", "--subject", "*", "--tools", "*");
    alice.cli("service", "import", "bob-pc/pois");
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
      (p.services ?? []).includes("pois")), "alice sees bob's pois");
    const c = await connectHttp(alice.mcpUrl("pois"), alice.auth);
    const { tools } = await c.listTools();
    assert.deepEqual(tools.map((t) => t.name), ["subtract_numbers"]);
    assert.equal(JSON.stringify(tools[0]), JSON.stringify(direct.find((t) => t.name === "subtract_numbers")));
    const d = await refused(c.callTool({ name: "format_text", arguments: { text: "x" } }), "format_text");
    const { records } = await (await api(bob, "GET", "/audit?tool=format_text&limit=100")).json();
    assert.ok(records.some((r) => r.decision === "deny" && r.rule === d.rule && r.side === "exporter"),
      JSON.stringify(records));
    assert.equal((await c.callTool({ name: "subtract_numbers", arguments: { a: 9, b: 4 } })).content[0].text, "5");
    await c.close();
  },
});
