// e2e-audit.mjs: the audit log across the mesh: under a load of concurrent calls, allowed and
// denied, each side writes exactly one record per call; `zt4mcp audit verify` finds a row an
// attacker edited, deleted or moved with the sqlite3 CLI, and says where; /metrics needs the
// administrator token and counts the calls; /api/v1/events says when records are added.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { startAgent, connectHttp, run, sleep, ECHO_SERVER, joinMember, peersOf, until, startHub, testFilterRules,
  api, openEvents, here, NODE, ZT4MCP, onCleanup } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

const N_ALLOWED = 60, N_DENIED = 20, CLIENTS = 4;
// the exporter refuses one tool; the echo server would answer it with an error of its own
const rules = testFilterRules([
  { side: "exporter", method: "tools/call", tool: "blocked", direction: "to_server", action: "deny" },
  // bob's own local services: an answer withheld, and a request allowed by a rule (rewritten)
  { service: "answers", method: "tools/call", direction: "to_client", action: "deny" },
  { service: "rewritten", method: "tools/call", direction: "to_server", action: "rewrite",
    path: ["params", "arguments", "message"], value: "rewritten" },
]);
const hub = await startHub("auditmesh");
const alice = await joinMember(hub.data, "alice", "alice-pc", ["--request-timeout", "2s"]);
alice.cli("service", "add", "mute", "--stdio", "--", NODE, path.join(here, "mute-server.mjs"));
const bob = await joinMember(hub.data, "bob", "bob-pc", ["--test-filter", rules.file]);
bob.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
bob.cli("service", "add", "answers", "--stdio", "--", ECHO_SERVER);
bob.cli("service", "add", "rewritten", "--stdio", "--", ECHO_SERVER);
bob.cli("service", "export", "echo", "--to", "alice");
alice.cli("service", "import", "bob-pc/echo");
const carol = await joinMember(hub.data, "carol", "carol-pc");
carol.cli("service", "import", "bob-pc/echo", "--anyway");  // not offered to carol: bob refuses her
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online && p.services.includes("echo")),
  "bob's echo offered to alice");

const records = async (agent, query) => {
  const res = await api(agent, "GET", `/audit?limit=1000&${query}`);
  assert.equal(res.status, 200);
  return res.json();
};
const sqlite = (agent, sql) => execFileSync("sqlite3", [path.join(agent.home, "audit.db"), sql], { encoding: "utf8" });
function verify(agent) {
  try {
    return { status: 0, out: agent.cli("audit", "verify") };
  } catch (e) {
    return { status: e.status, out: e.stdout };
  }
}

await run({
  "a load of concurrent calls: one record per call on each side, allowed and denied": async () => {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => connectHttp(alice.mcpUrl("echo"), alice.auth)));
    const calls = [];
    for (let i = 0; i < N_ALLOWED + N_DENIED; i++) {
      const c = clients[i % CLIENTS];
      calls.push(i < N_ALLOWED
        ? c.callTool({ name: "echo", arguments: { message: `load-${i}`, api_key: "sk-live-0123456789abcdef" } })
        : c.callTool({ name: "blocked", arguments: { n: i } }).then(() => "answered", (e) => e));
    }
    const results = await Promise.all(calls);
    assert.equal(results.filter((r) => r?.content?.[0]?.text?.startsWith("load-")).length, N_ALLOWED);
    assert.equal(results.filter((r) => r instanceof Error && /test filter/.test(r.message)).length, N_DENIED);

    const exporter = await records(bob, "kind=call");
    const calls_b = exporter.records.filter((r) => r.method === "tools/call");
    assert.equal(calls_b.filter((r) => r.tool === "echo" && r.decision === "allow" && r.status === "ok").length, N_ALLOWED);
    // the exporter's policy allowed them by the grant `service export --to alice` made
    assert.ok(calls_b.filter((r) => r.tool === "echo").every((r) => /^grant:g-/.test(r.rule)), calls_b[0].rule);
    const denied = calls_b.filter((r) => r.tool === "blocked");
    assert.equal(denied.length, N_DENIED);
    assert.ok(denied.every((r) => r.decision === "deny" && r.rule === "test-filter" && r.side === "exporter"));
    assert.ok(calls_b.every((r) => r.subject === "spiffe://auditmesh/user/alice/endpoint/alice-pc" && r.peer_key));
    // one record per message id: nothing doubled
    const echoes = calls_b.filter((r) => r.tool === "echo").map((r) => r.args_preview);
    assert.equal(new Set(echoes).size, N_ALLOWED);
    assert.ok(echoes.every((p) => p.includes("\"api_key\":\"[redacted]\"") && !p.includes("sk-live")));

    const importer = (await records(alice, "kind=call")).records.filter((r) => r.method === "tools/call");
    assert.equal(importer.filter((r) => r.tool === "echo" && r.decision === "allow" && r.status === "ok").length, N_ALLOWED);
    assert.equal(importer.filter((r) => r.tool === "blocked" && r.decision === "allow" && r.status === "error").length, N_DENIED);
    assert.equal(importer.length, N_ALLOWED + N_DENIED);
    assert.ok(importer.every((r) => r.side === "importer" && r.subject === "local" && r.latency_us > 0 && r.bytes_out > 0));

    // the filters and paging of the API
    const deny = await records(bob, "decision=deny&tool=blocked&limit=5");
    assert.equal(deny.total, N_DENIED);
    assert.equal(deny.records.length, 5);
    const page2 = await records(bob, "decision=deny&tool=blocked&limit=5&offset=5&order=asc");
    assert.ok(page2.records[0].seq < page2.records[4].seq);
    // the CLI's table and export show the same
    assert.match(bob.cli("audit", "--decision", "deny", "--limit", "3"), /blocked.*test-filter/);
    const lines = bob.cli("audit", "export", "--tool", "blocked").trim().split("\n").map((l) => JSON.parse(l));
    assert.equal(lines.length, N_DENIED);
    // the REST export, a page at a time
    const page = await api(bob, "GET", `/audit/export?tool=blocked&limit=5&after_seq=${lines[4].seq}`);
    assert.match(page.headers.get("content-type"), /^application\/jsonl/);
    assert.deepEqual((await page.text()).trim().split("\n").map((l) => JSON.parse(l).seq), lines.slice(5, 10).map((r) => r.seq));
    assert.equal(verify(alice).status, 0);
    assert.equal(verify(bob).status, 0);
  },

  "verify finds an edited, a deleted and a reordered row, and says where": async () => {
    const { records: [row] } = await records(bob, "decision=deny&limit=1");
    const seq = row.seq - 3;
    const cases = [
      { what: /edited/, tamper: `UPDATE records SET status = 'ok', latency_us = latency_us + 1 WHERE seq = ${seq}`,
        undo: `UPDATE records SET status = (SELECT status FROM saved), latency_us = (SELECT latency_us FROM saved) WHERE seq = ${seq}` },
      { what: /deleted/, tamper: `DELETE FROM records WHERE seq = ${seq}`, undo: "INSERT INTO records SELECT * FROM saved" },
      { what: /reordered/, tamper: `UPDATE records SET seq = -1 WHERE seq = ${seq}; UPDATE records SET seq = ${seq} WHERE seq = ${seq + 1};` +
          `UPDATE records SET seq = ${seq + 1} WHERE seq = -1`,
        undo: `UPDATE records SET seq = -1 WHERE seq = ${seq}; UPDATE records SET seq = ${seq} WHERE seq = ${seq + 1};` +
          `UPDATE records SET seq = ${seq + 1} WHERE seq = -1` },
    ];
    for (const c of cases) {
      sqlite(bob, `CREATE TABLE saved AS SELECT * FROM records WHERE seq = ${seq}; ${c.tamper}`);
      const v = verify(bob);
      assert.equal(v.status, 1, `${c.what}: ${v.out}`);
      assert.match(v.out, new RegExp(`tampered with at seq ${seq}: `));
      assert.match(v.out, c.what);
      const j = await (await api(bob, "GET", "/audit/verify")).json();
      assert.deepEqual([j.ok, j.problem.seq], [false, seq]);
      sqlite(bob, `${c.undo}; DROP TABLE saved`);
      assert.equal(verify(bob).status, 0, `undoing ${c.what}`);
    }
    // rows cut from the end: the running agent remembers how far its chain went
    sqlite(bob, "CREATE TABLE saved AS SELECT * FROM records WHERE seq = (SELECT max(seq) FROM records);" +
      "DELETE FROM records WHERE seq = (SELECT seq FROM saved)");
    const v = verify(bob);
    assert.equal(v.status, 1);
    assert.match(v.out, /deleted: the newest rows/);
    sqlite(bob, "INSERT INTO records SELECT * FROM saved; DROP TABLE saved");
    assert.equal(verify(bob).status, 0);
  },

  "/metrics needs the administrator token and counts the calls": async () => {
    assert.equal((await fetch(`${bob.url}/metrics`)).status, 401);
    const client = JSON.parse(bob.cli("client", "add", "metrics-reader", "--json")).token;
    assert.equal((await fetch(`${bob.url}/metrics`, { headers: { Authorization: `Bearer ${client}` } })).status, 403);
    const res = await fetch(`${bob.url}/metrics`, { headers: bob.auth });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type"), /^text\/plain/);
    const text = await res.text();
    assert.match(text, new RegExp(`zt_calls_total\\{service="echo",side="exporter",decision="deny"\\} ${N_DENIED}\\n`));
    const allowed = Number(text.match(/zt_calls_total\{service="echo",side="exporter",decision="allow"\} (\d+)/)[1]);
    assert.ok(allowed >= N_ALLOWED, `${allowed} allowed`);
    assert.match(text, /zt_call_latency_seconds_bucket\{service="echo",le="0.0005"\} \d+/);
    assert.match(text, /zt_call_latency_seconds_count\{service="echo"\} \d+/);
    assert.match(text, /zt_audit_records_total \d+/);
    const a = await (await fetch(`${alice.url}/metrics`, { headers: alice.auth })).text();
    assert.match(a, /zt_calls_total\{service="echo",side="importer",decision="allow"\} \d+/);
  },

  "a refusal before the chain is recorded, and the events stream says a record was added": async () => {
    const events = await openEvents(alice);
    const before = (await records(alice, "limit=1")).records[0].seq;
    const res = await fetch(alice.mcpUrl("echo"), { method: "POST", headers: { Authorization: "Bearer zt-not-a-token-4711",
      "Content-Type": "application/json", Accept: "application/json, text/event-stream" }, body: "{}" });
    assert.equal(res.status, 401);
    const refusal = (await records(alice, `after_seq=${before}&kind=refusal`)).records;
    assert.equal(refusal.length, 1);
    assert.deepEqual([refusal[0].decision, refusal[0].rule, refusal[0].service], ["deny", "auth", "echo"]);
    assert.ok(!JSON.stringify(refusal[0]).includes("4711"), "nothing of the header is recorded");
    await until(() => events.events.some((e) => e.event === "audit" && e.data.type === "audit" && e.data.seq > before),
      "an audit event");
    events.close();
  },

  "a call never answered is recorded as timeout, one its client cancels as cancelled": async () => {
    const client = await connectHttp(alice.mcpUrl("mute"), alice.auth);
    await assert.rejects(client.callTool({ name: "hang", arguments: { n: 1 } }), /did not answer|timed out/i);
    const abort = new AbortController();
    const cancelled = client.callTool({ name: "hang", arguments: { n: 2 } }, undefined, { signal: abort.signal });
    await sleep(200);
    abort.abort();
    await assert.rejects(cancelled);
    await until(async () => {
      const r = (await records(alice, "service=mute&tool=hang")).records;
      return r.some((x) => x.status === "timeout" && x.args_preview === '{"n":1}') &&
        r.some((x) => x.status === "cancelled" && x.args_preview === '{"n":2}');
    }, "the timeout and the cancellation recorded", 10000);
    assert.equal((await records(alice, "service=mute&tool=hang")).total, 2);
  },

  "stats count calls and denials by bucket; audit tail follows new records": async () => {
    const stats = await (await api(bob, "GET", "/audit/stats?since=0&bucket=86400")).json();
    const sum = (k) => stats.buckets.reduce((n, b) => n + b[k], 0);
    assert.ok(sum("calls") >= N_ALLOWED + N_DENIED);
    assert.equal(sum("denials"), N_DENIED);

    const tail = spawn(ZT4MCP, ["audit", "tail", "--json"], { env: { ...process.env, ZT4MCP_HOME: alice.home } });
    onCleanup(() => tail.kill("SIGKILL"));
    let out = "";
    tail.stdout.on("data", (d) => { out += d; });
    await sleep(500);
    const client = await connectHttp(alice.mcpUrl("echo"), alice.auth);
    await client.callTool({ name: "echo", arguments: { message: "tail-marker" } });
    await until(() => out.includes("tail-marker"), "audit tail shows the call", 10000);
    tail.kill("SIGINT");
  },

  "an answer a filter withholds is a denial; a request allowed by a rule keeps the rule": async () => {
    const answers = await connectHttp(bob.mcpUrl("answers"), bob.auth);
    await assert.rejects(answers.callTool({ name: "echo", arguments: { message: "withheld" } }), /test filter/);
    const [denied] = (await records(bob, "service=answers&tool=echo")).records;
    assert.deepEqual([denied.decision, denied.rule, denied.side, denied.status], ["deny", "test-filter", "importer", "error"]);
    assert.ok(denied.latency_us > 0);
    assert.equal((await records(bob, "service=answers&tool=echo")).total, 1);

    const rewritten = await connectHttp(bob.mcpUrl("rewritten"), bob.auth);
    const r = await rewritten.callTool({ name: "echo", arguments: { message: "original" } });
    assert.equal(r.content[0].text, "rewritten");
    const [allowed] = (await records(bob, "service=rewritten&tool=echo")).records;
    assert.deepEqual([allowed.decision, allowed.rule, allowed.status], ["allow", "test-filter", "ok"]);
  },

  "policy changes are admin records, chained with the rest": async () => {
    const before = (await records(alice, "limit=1")).records[0].seq;
    const res = await api(alice, "POST", "/policy/grants", { service: "echo", subject: "client:ci", tools: ["echo"],
      note: "token: sk-should-not-matter" });
    assert.equal(res.status, 201);
    const grant = await res.json();
    assert.equal((await api(alice, "DELETE", `/policy/grants/${grant.id}`)).status, 204);
    const admin = (await records(alice, `kind=admin&after_seq=${before}`)).records;
    assert.deepEqual(admin.map((r) => [r.method, r.subject]), [["policy.grant.add", "local"], ["policy.grant.remove", "local"]]);
    assert.ok(admin.every((r) => r.args_preview.includes(grant.id) && r.args_sha256));
    assert.equal(verify(alice).status, 0);
  },

  "a tool name with terminal escapes is shown harmless by `zt4mcp audit` on a terminal": async () => {
    const evil = "\u001b]0;pwned\u0007\u001b[2Jwipe\u202etxt.exe\u009b31m";
    const client = await connectHttp(bob.mcpUrl("echo"), bob.auth);
    await client.callTool({ name: evil, arguments: {} }).catch((e) => e);
    await until(async () => (await records(bob, "kind=call")).records.some((r) => r.tool === evil), "the record");
    // a pseudo-terminal (script(1)): what a person running the command would see
    const out = execFileSync("script", ["-qec", `${ZT4MCP} audit --limit 5`, "/dev/null"],
      { encoding: "utf8", env: { ...process.env, ZT4MCP_HOME: bob.home, COLUMNS: "200" } });
    assert.ok(out.includes("wipe"), out);
    for (const bad of ["\u001b", "\u0007", "\u202e", "\u009b"])
      assert.ok(!out.includes(bad), `a raw ${JSON.stringify(bad)} reached the terminal: ${JSON.stringify(out)}`);
    assert.ok(out.includes("\ufffd"));
    // a pipe gets the data as it is, for scripts (JSON escapes the C0 controls itself)
    const json = JSON.parse(bob.cli("audit", "--limit", "50", "--json"));
    assert.ok((json.records ?? json).some((r) => r.tool === evil));
  },

  "the exporter records the admission it refuses to a peer the service is not offered to": async () => {
    await assert.rejects(connectHttp(carol.mcpUrl("echo"), carol.auth), /stream|ended|closed|not/i);
    await until(async () => (await records(bob, "kind=refusal&subject=spiffe%3A%2F%2Fauditmesh%2Fuser%2Fcarol%2Fendpoint%2Fcarol-pc"))
      .records.some((r) => r.rule === "admission" && r.side === "exporter" && r.service === "echo"),
    "bob's refusal record for carol");
  },
});
