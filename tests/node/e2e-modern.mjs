// e2e-modern.mjs: MCP 2026-07-28 clients through the agent to session-era servers (the bridge)
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { ModernClient, McpError, ERRORS, META } from "./modern/modern-client.mjs";
import { startAgent, run, sleep, NODE, EVERYTHING } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");

const client = (opts = {}) => new ModernClient(agent.mcpUrl("ev"), {
  headers: agent.auth,
  capabilities: { elicitation: { form: {} }, sampling: {} },
  ...opts,
});

await run({
  "server/discover is answered from the upstream's initialize": async () => {
    const c = client();
    const d = await c.discover();
    assert.equal(d.resultType, "complete");
    assert.deepEqual(d.supportedVersions, ["2026-07-28"]);
    assert.ok(d.capabilities.tools);
    assert.equal(d.capabilities.tasks, undefined, "tasks are not offered through the bridge");
    assert.equal(d._meta[META.serverInfo].name, "mcp-servers/everything");
    assert.equal(typeof d.ttlMs, "number");
  },
  "a new client's first calls wait for its upstream session, then all complete": async () => {
    const c = client({ clientInfo: { name: "fresh-client", version: "9" } });
    const calls = [1, 2, 3].map((i) => c.request("tools/call", { name: "echo", arguments: { message: `w${i}` } }));
    const results = await Promise.all(calls);
    results.forEach((r, i) => assert.equal(r.content[0].text, `Echo: w${i + 1}`));
  },
  "tools/list and tools/call carry resultType and cache hints": async () => {
    const c = client();
    const tools = await c.request("tools/list", {});
    assert.equal(tools.resultType, "complete");
    assert.equal(tools.cacheScope, "private");
    assert.ok(tools.tools.some((t) => t.name === "echo"));
    const r = await c.request("tools/call", { name: "echo", arguments: { message: "modern ✓" } });
    assert.equal(r.resultType, "complete");
    assert.equal(r.content[0].text, "Echo: modern ✓");
    assert.equal(r._meta[META.serverInfo].name, "mcp-servers/everything");
  },
  "progress arrives on the request's own stream": async () => {
    const c = client();
    const seen = [];
    await c.request("tools/call", { name: "trigger-long-running-operation", arguments: { duration: 0.6, steps: 3 } },
      { onprogress: (p) => seen.push(p.progress) });
    assert.ok(seen.length >= 2 && seen[0] === 1, `progress seen: ${seen}`);
    assert.equal(c.last.sse, true);
  },
  "sampling becomes an input request (MRTR) and the retry completes the call": async () => {
    const c = client();
    const asked = [];
    const r = await c.request("tools/call", { name: "trigger-sampling-request", arguments: { prompt: "zt-mrtr", maxTokens: 5 } }, {
      onInputRequest: async (key, req) => {
        asked.push(req.method);
        return { role: "assistant", model: "scripted", content: { type: "text", text: "mrtr-sampled" } };
      },
    });
    assert.deepEqual(asked, ["sampling/createMessage"]);
    assert.match(JSON.stringify(r.content), /mrtr-sampled/);
  },
  "elicitation through MRTR": async () => {
    const c = client();
    const r = await c.request("tools/call", { name: "trigger-elicitation-request", arguments: {} }, {
      onInputRequest: async (key, req) => {
        assert.equal(req.method, "elicitation/create");
        return { action: "accept", content: { name: "Grace Hopper", check: true } };
      },
    });
    assert.match(JSON.stringify(r.content), /Grace Hopper/);
  },
  "a forged or reused requestState is refused": async () => {
    const c = client();
    let state;
    await c.request("tools/call", { name: "trigger-sampling-request", arguments: { prompt: "p", maxTokens: 5 } }, {
      onInputRequest: async () => ({ role: "assistant", model: "m", content: { type: "text", text: "x" } }),
      onnotification: () => {},
    });
    const first = await c.raw("tools/call", { name: "trigger-sampling-request", arguments: { prompt: "p", maxTokens: 5 } });
    state = first.response.result.requestState;
    assert.match(state, /^[0-9a-f-]+\.\d+\.[0-9a-f]{64}$/);
    const forged = state.slice(0, -1) + (state.endsWith("0") ? "1" : "0");
    const bad = await c.raw("tools/call", { name: "trigger-sampling-request", arguments: { prompt: "p", maxTokens: 5 },
      inputResponses: {}, requestState: forged });
    assert.equal(bad.status, 400);
    assert.equal(bad.response.error.code, ERRORS.INVALID_PARAMS ?? -32602);
    const otherMethod = await c.raw("prompts/get", { name: "simple-prompt", requestState: state, inputResponses: {} });
    assert.equal(otherMethod.status, 400, "a state is bound to its method");
  },
  "header and version errors use the 2026-07-28 codes": async () => {
    const c = client();
    let ex = await c.raw("tools/call", { name: "echo", arguments: { message: "x" } }, { "Mcp-Name": "other" });
    assert.equal(ex.status, 400);
    assert.equal(ex.response.error.code, -32020);
    ex = await c.raw("tools/list", {}, { "Mcp-Method": "prompts/list" });
    assert.equal(ex.response.error.code, -32020);
    ex = await c.raw("tools/list", {}, { "MCP-Protocol-Version": null });
    assert.equal(ex.response.error.code, -32020);
    ex = await c.raw("tools/list", { _meta: { [META.protocolVersion]: "2099-01-01" } }, { "MCP-Protocol-Version": "2099-01-01" });
    assert.equal(ex.status, 400);
    assert.equal(ex.response.error.code, -32022);
    assert.ok(ex.response.error.data.supported.includes("2026-07-28"));
    ex = await c.raw("tools/list", { _meta: null }, {}, { rawMeta: true });
    assert.equal(ex.response.error.code, -32602);
    ex = await c.raw("ping", {});
    assert.equal(ex.status, 404);
    assert.equal(ex.response.error.code, -32601);
  },
  "closing the stream cancels the upstream call": async () => {
    const c = client();
    const inFlight = () => JSON.parse(agent.cli("status", "--json")).sessions.reduce((n, s) => n + s.in_flight, 0);
    const before = inFlight();
    const ac = new AbortController();
    const p = c.request("tools/call", { name: "trigger-long-running-operation", arguments: { duration: 4, steps: 4 } },
      { signal: ac.signal, onprogress: () => {} });
    await sleep(500);
    assert.equal(inFlight(), before + 1);
    ac.abort();
    await assert.rejects(p);
    await sleep(300);
    assert.equal(inFlight(), before, "the gateway dropped the call and told the server");
  },
  "session-era clients keep working beside modern ones": async () => {
    const { connectHttp } = await import("./lib.mjs");
    const legacy = await connectHttp(agent.mcpUrl("ev"), agent.auth);
    const r = await legacy.callTool({ name: "echo", arguments: { message: "legacy" } });
    assert.equal(r.content[0].text, "Echo: legacy");
    assert.equal(r.resultType, undefined, "session-era answers are not modernised");
  },
});
