// e2e-attack-tokens.mjs: token roles: a client token is no administrator, reaches only its
// services, and cannot use another token's sessions; removing a client ends its sessions
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { startAgent, connectHttp, run, ECHO_SERVER, until } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "alpha", "--stdio", "--", ECHO_SERVER);
agent.cli("service", "add", "beta", "--stdio", "--", ECHO_SERVER);
const token = (name, ...args) => JSON.parse(agent.cli("client", "add", name, ...args, "--json")).token;
const ide = token("ide");
const other = token("other");
const narrow = token("narrow", "--service", "alpha");
const bearer = (t) => ({ Authorization: `Bearer ${t}` });
const adminApi = (method, path, body) => fetch(`${agent.url}/api/v1${path}`, {
  method, headers: { ...agent.auth, "Content-Type": "application/json" }, body: body && JSON.stringify(body),
});
const mcpHeaders = (t) => ({ ...bearer(t), "Content-Type": "application/json", Accept: "application/json, text/event-stream",
  "Mcp-Protocol-Version": "2025-06-18" });

// Opens a session on @service with token @t over raw HTTP; returns its id.
async function openSession(service, t) {
  const res = await fetch(agent.mcpUrl(service), { method: "POST", headers: mcpHeaders(t), body: JSON.stringify({
    jsonrpc: "2.0", id: 0, method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) });
  assert.equal(res.status, 200, await res.clone().text());
  await res.text();
  return res.headers.get("mcp-session-id");
}
const ping = (service, t, sid, id = 1) => fetch(agent.mcpUrl(service), { method: "POST",
  headers: { ...mcpHeaders(t), "Mcp-Session-Id": sid }, body: JSON.stringify({ jsonrpc: "2.0", id, method: "ping" }) });

await run({
  "a client token cannot administer: every REST path is 403 naming the token role needed": async () => {
    const attempts = [
      ["POST", "/services", { name: "evil", stdio: { command: "/bin/touch", args: ["/tmp/zt4mcp-pwned"] } }],
      ["GET", "/services"], ["GET", "/status"], ["GET", "/clients"], ["POST", "/clients", { name: "mine" }],
      ["DELETE", "/clients/other"], ["POST", "/mesh/create", { name: "m", listen: "0.0.0.0:0" }],
      ["GET", "/events"], ["PATCH", "/services/alpha", { enabled: false }], ["GET", "/openapi.json"],
      // let a blocked tool through, or see what was: the owner's alone
      ["POST", "/services/alpha/tools/accept", { tools: ["echo"] }], ["GET", "/services/alpha/tools/accept"],
      ["POST", "/services/alpha/pins/approve", { all: true }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await fetch(`${agent.url}/api/v1${path}`, {
        method, headers: { ...bearer(ide), "Content-Type": "application/json" }, body: body && JSON.stringify(body) });
      const answer = await res.json();
      assert.equal(res.status, 403, `${method} ${path}: ${JSON.stringify(answer)}`);
      assert.equal(answer.error.code, "forbidden");
      assert.match(answer.error.message, /administrator token/);
    }
    // nothing happened: no service, the other client still there
    const services = (await (await adminApi("GET", "/services")).json()).services.map((s) => s.name);
    assert.deepEqual(services.sort(), ["alpha", "beta"]);
    const clients = (await (await adminApi("GET", "/clients")).json()).clients.map((c) => c.name);
    assert.deepEqual(clients.sort(), ["ide", "narrow", "other"]);
  },
  "a client token still reaches the MCP endpoints of its services": async () => {
    const c = await connectHttp(agent.mcpUrl("beta"), bearer(ide));
    assert.ok((await c.listTools()).tools.length > 0);
  },
  "a token limited to one service: 403 on another, naming what it may use": async () => {
    const sid = await openSession("alpha", narrow);
    assert.equal((await ping("alpha", narrow, sid)).status, 200);
    const res = await fetch(agent.mcpUrl("beta"), { method: "POST", headers: mcpHeaders(narrow),
      body: JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize", params: {} }) });
    const answer = await res.json();
    assert.equal(res.status, 403);
    assert.match(answer.error.message, /may not use the service beta \(it may use: alpha\)/);
    const sse = await fetch(agent.sseUrl("beta"), { headers: { ...bearer(narrow), Accept: "text/event-stream" } });
    assert.equal(sse.status, 403);
    assert.match(agent.cli("client", "list"), /narrow\s+.*\salpha$/m);
  },
  "unknown REST service list for a client is refused": async () => {
    const res = await adminApi("POST", "/clients", { name: "typo", services: ["nope"] });
    assert.equal(res.status, 404);
    assert.match((await res.json()).error.message, /no service named nope/);
  },
  "without a token a missing service and a protected one look the same (401)": async () => {
    for (const name of ["alpha", "does-not-exist"]) {
      const res = await fetch(agent.mcpUrl(name), { method: "POST", body: "{}" });
      assert.equal(res.status, 401, name);
    }
  },
  "an Mcp-Session-Id is bound to the token that created it": async () => {
    const sid = await openSession("alpha", ide);
    for (const t of [other, agent.token]) {
      const res = await ping("alpha", t, sid, 2);
      assert.equal(res.status, 404, "another token used the session");
      assert.match((await res.json()).error.message, /not found for this token/);
      const get = await fetch(agent.mcpUrl("alpha"), { headers: { ...bearer(t), Accept: "text/event-stream", "Mcp-Session-Id": sid } });
      assert.equal(get.status, 404);
      await get.text();
      const del = await fetch(agent.mcpUrl("alpha"), { method: "DELETE", headers: { ...bearer(t), "Mcp-Session-Id": sid } });
      assert.equal(del.status, 404, "another token ended the session");
      await del.text();
    }
    assert.equal((await ping("alpha", ide, sid, 3)).status, 200, "the owner's session still works");
  },
  "a legacy SSE session is bound to its token too": async () => {
    const abort = new AbortController();
    const res = await fetch(agent.sseUrl("alpha"), { headers: { ...bearer(ide), Accept: "text/event-stream" }, signal: abort.signal });
    const reader = res.body.getReader();
    let text = "";
    while (!/sessionId=/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
    const endpoint = text.match(/data: (\S+)/)[1];
    const post = await fetch(new URL(endpoint, agent.url), { method: "POST",
      headers: { ...bearer(other), "Content-Type": "application/json" }, body: '{"jsonrpc":"2.0","id":1,"method":"ping"}' });
    assert.equal(post.status, 404);
    abort.abort();
  },
  "removing a client ends its sessions at once": async () => {
    const sid = await openSession("beta", other);
    const count = async () => (await (await adminApi("GET", "/status")).json()).sessions
      .filter((s) => s.client === "other").length;
    assert.ok(await count() >= 1);
    agent.cli("client", "remove", "other");
    await until(async () => (await count()) === 0, "the removed client's sessions closed", 3000);
    assert.equal((await ping("beta", other, sid)).status, 401);
  },
});
