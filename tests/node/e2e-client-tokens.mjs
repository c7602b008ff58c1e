// e2e-client-tokens.mjs: apps with access: client tokens listed (id, services, created, last
// used), revoked by id or name with their open sessions, streams and calls in flight, and gone
// with the service they were made for, even when a service of the same name comes back
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { startAgent, connectHttp, run, ECHO_SERVER, EVERYTHING, NODE, until, sleep } from "./lib.mjs";

let agent = await startAgent();
agent.cli("service", "add", "alpha", "--stdio", "--", ECHO_SERVER);
agent.cli("service", "add", "beta", "--stdio", "--", ECHO_SERVER);
agent.cli("service", "add", "slow", "--stdio", "--", NODE, EVERYTHING);

const add = (name, ...args) => JSON.parse(agent.cli("client", "add", name, ...args, "--json"));
const list = () => JSON.parse(agent.cli("client", "list", "--json")).clients;
const find = (name) => list().find((c) => c.name === name);
const bearer = (t) => ({ Authorization: `Bearer ${t}` });
const adminApi = (method, path, body) => fetch(`${agent.url}/api/v1${path}`, {
  method, headers: { ...agent.auth, "Content-Type": "application/json" }, body: body && JSON.stringify(body),
});
const mcpHeaders = (t) => ({ ...bearer(t), "Content-Type": "application/json", Accept: "application/json, text/event-stream",
  "Mcp-Protocol-Version": "2025-06-18" });
const initialize = (service, t) => fetch(agent.mcpUrl(service), { method: "POST", headers: mcpHeaders(t),
  body: JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) });
async function openSession(service, t) {
  const res = await initialize(service, t);
  assert.equal(res.status, 200, await res.clone().text());
  await res.text();
  return res.headers.get("mcp-session-id");
}
const ping = (service, t, sid, id = 1) => fetch(agent.mcpUrl(service), { method: "POST",
  headers: { ...mcpHeaders(t), ...(sid ? { "Mcp-Session-Id": sid } : {}) },
  body: JSON.stringify({ jsonrpc: "2.0", id, method: "ping" }) });
const sessionsOf = async (client) => (await (await adminApi("GET", "/status")).json()).sessions
  .filter((s) => s.client === client).length;

await run({
  "a new token is listed with its id, services and creation, never used": async () => {
    const made = add("vscode-alpha", "--service", "alpha");
    assert.match(made.id, /^c-[0-9a-f]{8}$/);
    const c = find("vscode-alpha");
    assert.equal(c.id, made.id);
    assert.deepEqual(c.services, ["alpha"]);
    assert.ok(Math.abs(c.created - Date.now() / 1000) < 60);
    assert.equal(c.last_used, null);
    assert.equal(c.token, undefined, "the list never shows a token");
    assert.doesNotMatch(JSON.stringify(list()), new RegExp(made.token.replace(/[+/=]/g, "\\$&")));
    const table = agent.cli("client", "list");
    assert.match(table, /^ID\s+NAME\s+CREATED\s+LAST USED\s+SERVICES$/m);
    assert.match(table, new RegExp(`^${made.id}\\s+vscode-alpha\\s+\\S+ \\S+\\s+never\\s+alpha$`, "m"));
  },
  "a call records the token's last use, kept across a restart": async () => {
    const { token } = add("used", "--service", "beta");
    const client = await connectHttp(agent.mcpUrl("beta"), bearer(token));
    await client.ping();
    const c = find("used");
    assert.ok(c.last_used && Math.abs(c.last_used - Date.now() / 1000) < 60, JSON.stringify(c));
    assert.match(agent.cli("client", "list"), /used\s+\S+ \S+\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+beta/);
    await client.close();
    // the same home, a new agent process: the use was written to agent.db
    agent.proc.kill("SIGTERM");
    await until(() => agent.exited(), "the agent stopped", 5000);
    agent = await startAgent({ home: agent.home });
    assert.equal(find("used").last_used, c.last_used);
  },
  "names that look like ids are refused, so an id always means one token": async () => {
    const res = await adminApi("POST", "/clients", { name: "c-0123abcd" });
    assert.equal(res.status, 400);
    assert.match((await res.json()).error.message, /c-XXXXXXXX/);
  },
  "revoked by id: the next request on its open session is refused, the session ended": async () => {
    const { id, token } = add("revoke-me", "--service", "alpha");
    const sid = await openSession("alpha", token);
    assert.equal((await ping("alpha", token, sid)).status, 200);
    assert.equal(await sessionsOf("revoke-me"), 1);
    assert.match(agent.cli("client", "revoke", id), /Revoked client c-/);
    assert.equal(find("revoke-me"), undefined);
    assert.equal(await sessionsOf("revoke-me"), 0, "the session outlived its token");
    const res = await ping("alpha", token, sid, 2);
    assert.equal(res.status, 401);
    assert.equal((await initialize("alpha", token)).status, 401, "a new session with a revoked token");
    // the agent's log says who was revoked, never the token
    assert.match(agent.log.join(""), new RegExp(`client revoke-me \\(${id}\\) revoked`));
    assert.ok(!agent.log.join("").includes(token), "the token reached the log");
  },
  "revoked by name over the REST API; a second revoke is 404": async () => {
    const { token } = add("by-name");
    assert.equal((await ping("beta", token)).status, 400, "no session: the token works, the request is not valid");
    assert.equal((await adminApi("DELETE", "/clients/by-name")).status, 204);
    assert.equal((await ping("beta", token)).status, 401);
    const again = await adminApi("DELETE", "/clients/by-name");
    assert.equal(again.status, 404);
    assert.match((await again.json()).error.message, /no client token with the id or name by-name/);
  },
  "revoking ends the token's open streams and its calls in flight": async () => {
    const { id, token } = add("streaming");
    // a legacy SSE stream, and a streamable HTTP client with a call that takes 20 s
    const sse = await fetch(agent.sseUrl("alpha"), { headers: { ...bearer(token), Accept: "text/event-stream" } });
    assert.equal(sse.status, 200);
    const reader = sse.body.getReader();
    let text = "";
    while (!/sessionId=/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    const client = await connectHttp(agent.mcpUrl("slow"), bearer(token));
    const tools = (await client.listTools()).tools.map((t) => t.name);
    const slowTool = tools.find((n) => /long-?running/i.test(n));
    assert.ok(slowTool, `no long-running tool in ${tools}`);
    const call = client.callTool({ name: slowTool, arguments: { duration: 20, steps: 2 } }, undefined, { timeout: 60000 })
      .then(() => "answered", (e) => `failed: ${e.message}`);
    await sleep(500);
    const t0 = Date.now();
    agent.cli("client", "revoke", id);
    // the SSE stream ends (cleanly, or cut)
    const ended = (async () => {
      for (;;) {
        const { done } = await reader.read().catch(() => ({ done: true }));
        if (done) return "ended";
      }
    })();
    assert.equal(await Promise.race([ended, sleep(5000).then(() => "still open")]), "ended");
    const outcome = await Promise.race([call, sleep(8000).then(() => "still running")]);
    assert.match(outcome, /^failed/, "the call in flight went on after the revocation");
    assert.ok(Date.now() - t0 < 8000);
    assert.equal(await sessionsOf("streaming"), 0);
  },
  "a service's tokens go with it: the same name added again is not reached with them": async () => {
    agent.cli("service", "add", "files", "--stdio", "--", ECHO_SERVER);
    const only = add("only-files", "--service", "files");
    const two = add("files-and-alpha", "--service", "files", "--service", "alpha");
    const all = add("everything");
    const sid = await openSession("files", only.token);
    agent.cli("service", "remove", "files");
    assert.equal(find("only-files"), undefined, "a token for nothing outlived its service");
    assert.deepEqual(find("files-and-alpha").services, ["alpha"]);
    assert.equal(find("everything").services, null);
    // the attacker kept the token, and the service comes back under the same name
    agent.cli("service", "add", "files", "--stdio", "--", ECHO_SERVER);
    assert.equal((await ping("files", only.token, sid)).status, 401);
    assert.equal((await initialize("files", only.token)).status, 401);
    const res = await initialize("files", two.token);
    assert.equal(res.status, 403);
    assert.match((await res.json()).error.message, /may not use the service files \(it may use: alpha\)/);
    assert.equal((await initialize("alpha", two.token)).status, 200);
    assert.equal((await initialize("files", all.token)).status, 200, "a token for every service stays one");
    assert.match(agent.log.join(""), /client only-files revoked with the service files/);
  },
  "a revoked token's grants go with it: a new token given the same name starts with none": async () => {
    add("ci-bot", "--service", "alpha");
    agent.cli("policy", "add", "--service", "alpha", "--subject", "client:ci-bot", "--tools", "echo");
    const grantsOf = () => JSON.parse(agent.cli("policy", "list", "--json")).grants
      .filter((g) => g.subject === "client:ci-bot");
    assert.equal(grantsOf().length, 1);
    agent.cli("client", "revoke", "ci-bot");
    assert.equal(grantsOf().length, 0, "the grant outlived its token");
    add("ci-bot", "--service", "alpha");
    assert.equal(grantsOf().length, 0);
    const records = JSON.parse(agent.cli("audit", "--json", "--limit", "1000")).records;
    assert.ok(records.some((r) => r.method === "policy.grant.remove" && JSON.stringify(r).includes("client:ci-bot")),
      "the removal is in the audit log");
  },
  "a client token cannot list or revoke tokens": async () => {
    const { token } = add("nosy");
    for (const [method, path] of [["GET", "/clients"], ["DELETE", `/clients/${find("everything").id}`]]) {
      const res = await fetch(`${agent.url}/api/v1${path}`, { method, headers: bearer(token) });
      assert.equal(res.status, 403, `${method} ${path}`);
    }
    assert.ok(find("everything"));
  },
});
