// e2e-modern-upstream.mjs: session-era clients (the SDK) through the agent to a 2026-07-28 server
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { ElicitRequestSchema, LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { startAgent, connectHttp, spawnAndWait, run, sleep, here, NODE } from "./lib.mjs";

const server = await spawnAndWait(NODE, [path.join(here, "modern", "modern-server.mjs"), "--port", "0"], /LISTENING (\d+)/);
const url = `http://127.0.0.1:${server.match[1]}/mcp`;
const agent = await startAgent();
agent.cli("service", "add", "modern", "--url", url);             // era auto: probed
agent.cli("service", "add", "pinned", "--url", url, "--era", "modern");

const client = await connectHttp(agent.mcpUrl("modern"), agent.auth, { elicitation: {} }, "sdk-client");
client.setRequestHandler(ElicitRequestSchema, async (req) => {
  assert.equal(req.params.mode ?? "form", "form");
  return { action: "accept", content: { name: "Ada" } };
});

async function lastRequests(method) {
  const r = await client.callTool({ name: "last_requests", arguments: { method } });
  return r.structuredContent.requests;
}

await run({
  "initialize is answered from server/discover": async () => {
    assert.equal(client.getServerVersion().name, "zt4mcp-modern-test-server");
    assert.ok(client.getServerCapabilities().tools);
    assert.match(client.getInstructions(), /Test server for zt4mcp/);
    assert.match(agent.log.join(""), /speaks MCP 2026-07-28; translating/);
  },
  "calls carry the modern _meta and headers, and no session": async () => {
    const r = await client.callTool({ name: "add", arguments: { a: 2, b: 40 } });
    assert.equal(r.structuredContent.sum, 42);
    const [req] = (await lastRequests("tools/call")).filter((e) => e.name === "add");
    assert.ok(req, "the server saw the call");
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
    assert.equal(headers["mcp-protocol-version"], "2026-07-28");
    assert.equal(headers["mcp-method"], "tools/call");
    assert.equal(headers["mcp-name"], "add");
    assert.equal(headers["mcp-session-id"], undefined);
    assert.equal(req.meta["io.modelcontextprotocol/clientInfo"].name, "sdk-client");
    assert.deepEqual(req.meta["io.modelcontextprotocol/clientCapabilities"], { elicitation: {} });
  },
  "non-ASCII names go base64 in Mcp-Name": async () => {
    const r = await client.getPrompt({ name: "greet", arguments: { name: "Zoë" } });
    assert.match(JSON.stringify(r.messages), /Zoë/);
    const t = await client.callTool({ name: "echo", arguments: { message: "ünïcödé ✓" } });
    assert.match(JSON.stringify(t.content), /ünïcödé ✓/);
  },
  "tools, resources and prompts lists": async () => {
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === "ask_name"));
    const { resources } = await client.listResources();
    const read = await client.readResource({ uri: resources[0].uri });
    assert.ok(read.contents[0].text.length > 0);
    const { prompts } = await client.listPrompts();
    assert.ok(prompts.some((p) => p.name === "greet"));
  },
  "an InputRequiredResult becomes a real elicitation to the client": async () => {
    const r = await client.callTool({ name: "ask_name", arguments: {} });
    assert.match(JSON.stringify(r.content), /Hello, Ada/);
    const calls = (await lastRequests("tools/call")).filter((e) => e.name === "ask_name");
    assert.equal(calls.length, 2, "first call, then the retry with the answer");
  },
  "progress on the call's stream": async () => {
    const seen = [];
    await client.callTool({ name: "slow", arguments: { steps: 3, delayMs: 150 } }, undefined,
      { onprogress: (p) => seen.push(p.progress) });
    assert.deepEqual(seen.slice(0, 2), [1, 2]);
  },
  "log level set by the client travels with each request": async () => {
    const logs = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => logs.push(n.params));
    await client.setLoggingLevel("info");
    await client.callTool({ name: "echo", arguments: { message: "log me" } });
    await sleep(100);
    assert.ok(logs.some((l) => JSON.stringify(l.data).includes("log me")), `logs: ${JSON.stringify(logs)}`);
  },
  "cancelling closes the server's stream": async () => {
    const before = (await client.callTool({ name: "cancelled_count", arguments: {} })).structuredContent.count;
    const ac = new AbortController();
    const p = client.callTool({ name: "slow", arguments: { steps: 20, delayMs: 100 } }, undefined, { signal: ac.signal });
    await sleep(300);
    ac.abort();
    await assert.rejects(p);
    await sleep(300);
    const after = (await client.callTool({ name: "cancelled_count", arguments: {} })).structuredContent.count;
    assert.equal(after, before + 1);
  },
  "ping is answered without asking the server": async () => { await client.ping(); },
  "era pinned to modern works the same": async () => {
    const c = await connectHttp(agent.mcpUrl("pinned"), agent.auth);
    const r = await c.callTool({ name: "echo", arguments: { message: "pinned" } });
    assert.match(JSON.stringify(r.content), /pinned/);
  },
  "era pinned to modern refuses a session-era server clearly": async () => {
    const { spawnAndWait: s2, EVERYTHING } = await import("./lib.mjs");
    const { freePort } = await import("./lib.mjs");
    const port = await freePort();
    await s2(NODE, [EVERYTHING, "streamableHttp"], /listening on port/i, { PORT: String(port) });
    agent.cli("service", "add", "wrong", "--url", `http://127.0.0.1:${port}/mcp`, "--era", "modern");
    await assert.rejects(connectHttp(agent.mcpUrl("wrong"), agent.auth), /refused server\/discover|speaks MCP/);
  },
});
