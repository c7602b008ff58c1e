// e2e-name-mcp-path.mjs: /NAME/mcp is /mcp/NAME, with the same token roles, sessions,
// Host/Origin checks and limits; the inspector guesses streamable HTTP from the path
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { startAgent, connectHttp, run, tmpdir, ECHO_SERVER, INSPECTOR, NODE } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "alpha", "--stdio", "--", ECHO_SERVER);
agent.cli("service", "add", "beta", "--max-message-size", "2048", "--stdio", "--", ECHO_SERVER);
const token = (name, ...args) => JSON.parse(agent.cli("client", "add", name, ...args, "--json")).token;
const ide = token("ide", "--service", "alpha");
const other = token("other");
const bearer = (t) => ({ Authorization: `Bearer ${t}` });
const alt = (name, tail = "") => new URL(`${agent.url}/${name}/mcp${tail}`);
const headers = (t, extra = {}) => ({ ...bearer(t), "Content-Type": "application/json",
  Accept: "application/json, text/event-stream", "Mcp-Protocol-Version": "2025-06-18", ...extra });
const initBody = JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } });
const post = (url, t, body, extra) => fetch(url, { method: "POST", headers: headers(t, extra), body });

await run({
  "an MCP client works at /NAME/mcp, and its session is the same as at /mcp/NAME": async () => {
    const client = await connectHttp(alt("alpha"), bearer(ide));
    const tools = (await client.listTools()).tools.map((t) => t.name);
    assert.deepEqual(tools, ["echo"]);
    const res = await post(alt("alpha", "/"), ide, initBody);
    assert.equal(res.status, 200);
    await res.text();
    const sid = res.headers.get("mcp-session-id");
    const ping = await post(agent.mcpUrl("alpha"), ide, JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
      { "Mcp-Session-Id": sid });
    assert.equal(ping.status, 200);
    const status = JSON.parse(agent.cli("status", "--json"));
    assert.ok(status.sessions.filter((s) => s.client === "ide").length >= 2);
  },
  "the same token roles: none is 401, another service is 403, another token's session is 404": async () => {
    for (const name of ["alpha", "nope"]) {
      const res = await fetch(alt(name), { method: "POST", body: initBody });
      assert.equal(res.status, 401, name);
    }
    const scoped = await post(alt("beta"), ide, initBody);
    assert.equal(scoped.status, 403);
    assert.match((await scoped.json()).error.message, /may not use the service beta/);
    const res = await post(alt("alpha"), ide, initBody);
    await res.text();
    const stolen = await post(alt("alpha"), other, JSON.stringify({ jsonrpc: "2.0", id: 1, method: "ping" }),
      { "Mcp-Session-Id": res.headers.get("mcp-session-id") });
    assert.equal(stolen.status, 404);
    // a client token still does not reach the REST API by any path
    assert.equal((await fetch(`${agent.url}/api/v1/services`, { headers: bearer(ide) })).status, 403);
  },
  "the same Host and Origin checks (DNS rebinding)": async () => {
    const http = await import("node:http");
    const port = agent.url.split(":").pop();
    const raw = (hdrs) => new Promise((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/alpha/mcp", method: "POST",
        headers: { ...headers(agent.token), ...hdrs } }, (r) => { r.resume(); resolve(r.statusCode); });
      req.on("error", reject);
      req.end(initBody);
    });
    assert.equal(await raw({ Host: "evil.example" }), 403);
    assert.equal(await raw({ Origin: "http://evil.example" }), 403);
    assert.equal(await raw({}), 200);
  },
  "the same message limit, before the body is read": async () => {
    const res = await post(alt("beta"), agent.token, JSON.stringify({ jsonrpc: "2.0", id: 0, method: "ping",
      params: { pad: "x".repeat(4096) } }));
    assert.equal(res.status, 413);
  },
  "the agent's own prefixes stay theirs: /api/mcp, /sse/mcp, /llm/mcp are not services": async () => {
    agent.cli("service", "add", "mcp", "--stdio", "--", ECHO_SERVER);
    const api = await fetch(`${agent.url}/api/mcp`, { headers: agent.auth });
    assert.equal(api.status, 404);
    const sse = await fetch(`${agent.url}/sse/mcp`, { headers: { ...agent.auth, Accept: "text/event-stream" } });
    assert.equal(sse.status, 200, "the legacy SSE endpoint of the service mcp");
    await sse.body.cancel();
    const deeper = await post(new URL(`${agent.url}/alpha/mcp/extra`), agent.token, initBody);
    assert.equal(deeper.status, 404);
  },
  "the MCP inspector guesses streamable HTTP from a URL ending in /mcp": async () => {
    const { stdout } = await promisify(execFile)(NODE, [INSPECTOR, "--cli", alt("alpha").href,
      "--header", `Authorization: Bearer ${ide}`, "--method", "tools/list"],
      { timeout: 60000, env: { ...process.env, HOME: tmpdir() } });
    assert.deepEqual(JSON.parse(stdout).tools.map((t) => t.name), ["echo"]);
  },
});
