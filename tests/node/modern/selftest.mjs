// selftest.mjs: runs modern-client.mjs against modern-server.mjs directly (no gateway) and checks every feature
// of both fixtures, so that gateway tests built on them start from a known-good pair.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node selftest.mjs [--url URL] [--header 'Name: value']...
//   default: start modern-server.mjs on a free port and test it; with --url, test that endpoint instead, e.g. the
//   gateway in front of a modern-server (--header adds e.g. an Authorization header to every request)
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.

import assert from "node:assert/strict";
import http from "node:http";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ModernClient, McpError, probeEra, META, ERRORS, encodeHeaderValue, toolHeaderAnnotations } from "./modern-client.mjs";

process.on("unhandledRejection", (e) => console.error("unhandled rejection:", e?.message ?? e));
const here = path.dirname(fileURLToPath(import.meta.url));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- start the server (or use --url)

export async function startModernServer(extraArgs = []) {
  const proc = spawn(process.execPath, [path.join(here, "modern-server.mjs"), "--port", "0", ...extraArgs],
    { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise((resolve, reject) => {
    let out = "";
    proc.stdout.on("data", (d) => {
      out += d;
      const m = /LISTENING (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    proc.on("exit", (code) => reject(new Error(`modern-server exited (${code}) before listening`)));
    setTimeout(() => reject(new Error("modern-server did not start")), 10000).unref();
  });
  return { proc, port, url: `http://127.0.0.1:${port}/mcp`, stop: () => { if (proc.exitCode === null) proc.kill("SIGTERM"); } };
}

const argv = process.argv.slice(2);
const urlArg = argv.includes("--url") ? argv[argv.indexOf("--url") + 1] : null;
const EXTRA_HEADERS = {};
argv.forEach((a, i) => {
  if (a !== "--header") return;
  const h = argv[i + 1] ?? "", c = h.indexOf(":");
  if (c < 1) { console.error(`bad --header ${h}`); process.exit(2); }
  EXTRA_HEADERS[h.slice(0, c).trim()] = h.slice(c + 1).trim();
});
const server = urlArg ? null : await startModernServer();
const URL_ = urlArg ?? server.url;
const sseServer = urlArg ? null : await startModernServer(["--sse-always", "--versions", "2026-07-28,2099-01-01"]);

const client = (o = {}) => new ModernClient(URL_, { headers: EXTRA_HEADERS, ...o });
const c = client();

// ---------------------------------------------------------------- tiny test runner

let passed = 0, failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n     ${(e.stack ?? String(e)).split("\n").slice(0, 4).join("\n     ")}`);
  }
}
async function expectError(promise, code, status) {
  try { await promise; } catch (e) {
    assert.ok(e instanceof McpError, `expected McpError, got ${e}`);
    assert.equal(e.code, code, `error code (message: ${e.message})`);
    if (status !== undefined) assert.equal(e.status, status, "HTTP status");
    return e;
  }
  assert.fail(`expected error ${code}`);
}
// Raw exchange expecting an HTTP status and a JSON-RPC error code.
async function expectRaw(ex, status, code) {
  ex = await ex;
  assert.equal(ex.status, status, `HTTP status (body ${ex.text ?? JSON.stringify(ex.messages)})`);
  if (code !== undefined) {
    assert.ok(ex.response?.error, `JSON-RPC error body expected, got ${ex.text}`);
    assert.equal(ex.response.error.code, code, ex.response.error.message);
  }
  return ex;
}
const textOf = (r) => r.content.filter((b) => b.type === "text").map((b) => b.text).join("");
async function lastRequests(filter = {}) {
  const r = await c.callTool("last_requests", filter);
  return r.structuredContent.requests;
}

// ---------------------------------------------------------------- discovery and lists

await check("server/discover: versions, capabilities, identity, cache hints", async () => {
  const d = await c.discover();
  assert.equal(d.resultType, "complete");
  assert.ok(d.supportedVersions.includes("2026-07-28"));
  assert.ok(d.capabilities.tools && d.capabilities.resources && d.capabilities.prompts);
  assert.equal(typeof d.ttlMs, "number");
  assert.ok(["public", "private"].includes(d.cacheScope));
  assert.equal(d._meta[META.serverInfo].name, "zt4mcp-modern-test-server");
  assert.equal(c.last.contentType, "application/json");
});

await check("tools/list: all fixture tools, CacheableResult fields, x-mcp-header annotations accepted", async () => {
  const r = await c.listTools();
  const names = r.tools.map((t) => t.name);
  for (const n of ["echo", "add", "slow", "ask_name", "whereami", "cancelled_count", "last_requests"])
    assert.ok(names.includes(n), `missing tool ${n}`);
  assert.equal(r.resultType, "complete");
  assert.equal(typeof r.ttlMs, "number");
  assert.equal(r.cacheScope, "public");
  assert.deepEqual(c.tools.get("whereami").headerAnnotations.map((a) => a.name), ["Region", "Zone"]);
  assert.deepEqual(c.rejectedTools, []);
});

await check("client rejects tools with invalid x-mcp-header annotations", async () => {
  assert.throws(() => toolHeaderAnnotations({ inputSchema: { type: "object", properties: { a: { type: "number", "x-mcp-header": "A" } } } }));
  assert.throws(() => toolHeaderAnnotations({ inputSchema: { type: "object", properties: { a: { type: "array", items: { type: "string", "x-mcp-header": "A" } } } } }));
  assert.throws(() => toolHeaderAnnotations({ inputSchema: { type: "object", properties: { a: { type: "string", "x-mcp-header": "A" }, b: { type: "string", "x-mcp-header": "a" } } } }));
  assert.throws(() => toolHeaderAnnotations({ inputSchema: { type: "object", properties: { a: { type: "string", "x-mcp-header": "bad name" } } } }));
  assert.deepEqual(toolHeaderAnnotations({ inputSchema: { type: "object", properties: { o: { type: "object", properties: { r: { type: "string", "x-mcp-header": "R" } } } } } })
    .map((a) => a.path.join(".")), ["o.r"]);
});

await check("resources/list, resources/read, resources/templates/list", async () => {
  const l = await c.listResources();
  assert.equal(l.resources.length, 1);
  assert.equal(l.cacheScope, "public");
  const r = await c.readResource(l.resources[0].uri);
  assert.equal(r.resultType, "complete");
  assert.match(r.contents[0].text, /modern/);
  assert.equal(typeof r.ttlMs, "number");
  const t = await c.listResourceTemplates();
  assert.deepEqual(t.resourceTemplates, []);
});

await check("resources/read of an unknown URI is -32602 (not the old -32002)", async () => {
  await expectError(c.readResource("test://modern/nope"), ERRORS.INVALID_PARAMS, 400);
});

await check("prompts/list and prompts/get", async () => {
  const l = await c.listPrompts();
  assert.equal(l.prompts[0].name, "greet");
  const p = await c.getPrompt("greet", { name: "Grace" });
  assert.equal(p.resultType, "complete");
  assert.match(p.messages[0].content.text, /Grace/);
  await expectError(c.getPrompt("greet", {}), ERRORS.INVALID_PARAMS);
});

// ---------------------------------------------------------------- tools

await check("tools/call echo and add", async () => {
  assert.equal(textOf(await c.callTool("echo", { message: "hi there" })), "hi there");
  const r = await c.callTool("add", { a: 2, b: 3.5 });
  assert.equal(textOf(r), "5.5");
  assert.equal(r.structuredContent.sum, 5.5);
  const bad = await c.callTool("add", { a: "x", b: 1 });
  assert.equal(bad.isError, true);
  await expectError(c.callTool("no_such_tool", {}), ERRORS.INVALID_PARAMS);
});

await check("tool names outside the header-safe set are sent base64-encoded in Mcp-Name", async () => {
  assert.equal(encodeHeaderValue("plain"), "plain");
  assert.equal(encodeHeaderValue("Hello, 世界"), "=?base64?SGVsbG8sIOS4lueVjA==?=");
  assert.equal(encodeHeaderValue(" padded "), "=?base64?IHBhZGRlZCA=?=");
  assert.equal(encodeHeaderValue("=?base64?literal?="), "=?base64?PT9iYXNlNjQ/bGl0ZXJhbD89?=");
  const e = await expectError(c.callTool("wér", {}), ERRORS.INVALID_PARAMS); // header accepted, tool unknown
  assert.match(e.message, /Unknown tool: wér/);
  const last = (await lastRequests({ method: "tools/call", limit: 1 }))[0];
  assert.equal(last.headers["mcp-name"], encodeHeaderValue("wér"));
});

await check("progress: notifications/progress on the request's SSE stream, then the result", async () => {
  const seen = [];
  const r = await c.callTool("slow", { steps: 4, delayMs: 20 }, { onprogress: (p) => seen.push(p) });
  assert.equal(textOf(r), "done after 4 steps");
  assert.equal(c.last.contentType, "text/event-stream");
  assert.deepEqual(seen.map((p) => p.progress), [1, 2, 3, 4]);
  assert.equal(seen[3].total, 4);
  const last = (await lastRequests({ method: "tools/call", limit: 1 }))[0];
  assert.ok(last.meta.progressToken !== undefined);
});

await check("slow without progressToken answers with plain JSON and no notifications", async () => {
  const r = await c.callTool("slow", { steps: 2, delayMs: 5 });
  assert.equal(textOf(r), "done after 2 steps");
  assert.equal(c.last.contentType, "application/json");
});

await check("cancellation: closing the stream stops the request and is recorded", async () => {
  const before = (await c.callTool("cancelled_count")).structuredContent.count;
  const ac = new AbortController();
  let progress = 0;
  const call = c.callTool("slow", { steps: 50, delayMs: 40 }, {
    signal: ac.signal, onprogress: () => { if (++progress === 2) ac.abort(); },
  });
  await assert.rejects(call, (e) => e.name === "AbortError");
  let after = before;
  for (let i = 0; i < 50 && after === before; i++) { await sleep(20); after = (await c.callTool("cancelled_count")).structuredContent.count; }
  assert.equal(after, before + 1);
  const cc = await c.callTool("cancelled_count");
  assert.equal(textOf(cc), String(after));
  const entry = (await lastRequests({ method: "tools/call" })).filter((e) => e.arguments?.steps === 50).pop();
  assert.equal(entry.clientClosed, true);
});

await check("cancellation of a plain-JSON request (connection closed before the answer)", async () => {
  const before = (await c.callTool("cancelled_count")).structuredContent.count;
  const ac = new AbortController();
  const call = c.callTool("slow", { steps: 20, delayMs: 30 }, { signal: ac.signal });
  setTimeout(() => ac.abort(), 100);
  await assert.rejects(call, (e) => e.name === "AbortError");
  let after = before;
  for (let i = 0; i < 50 && after === before; i++) { await sleep(20); after = (await c.callTool("cancelled_count")).structuredContent.count; }
  assert.equal(after, before + 1);
});

await check("logging: notifications/message only when _meta carries a logLevel, filtered by level", async () => {
  const none = [];
  await c.callTool("echo", { message: "quiet" }, { onlog: (l) => none.push(l) });
  assert.equal(none.length, 0);
  const info = [];
  await c.callTool("echo", { message: "loud" }, { logLevel: "info", onlog: (l) => info.push(l) });
  assert.deepEqual(info.map((l) => l.level), ["info"]);
  assert.equal(info[0].data.message, "loud");
  const dbg = [];
  await c.callTool("echo", { message: "louder" }, { logLevel: "debug", onlog: (l) => dbg.push(l) });
  assert.deepEqual(dbg.map((l) => l.level), ["info", "debug"]);
  await expectError(c.callTool("echo", { message: "x" }, { logLevel: "verbose" }), ERRORS.INVALID_PARAMS, 400);
});

// ---------------------------------------------------------------- MRTR

await check("MRTR: ask_name returns input_required, retry with inputResponses + requestState completes", async () => {
  const asked = [];
  const r = await c.callTool("ask_name", {}, {
    onInputRequest: async (key, req) => { asked.push([key, req]); return { action: "accept", content: { name: "Ada" } }; },
  });
  assert.equal(textOf(r), "Hello, Ada");
  assert.equal(c.last.rounds, 1);
  assert.equal(asked.length, 1);
  assert.equal(asked[0][0], "name");
  assert.equal(asked[0][1].method, "elicitation/create");
  assert.equal(asked[0][1].params.requestedSchema.type, "object");
  const calls = (await lastRequests({ method: "tools/call" })).filter((e) => e.name === "ask_name").slice(-2);
  assert.equal(calls[0].requestState, false);
  assert.equal(calls[0].resultType, "input_required");
  assert.equal(calls[1].requestState, true);
  assert.deepEqual(calls[1].inputResponses, { name: { action: "accept", content: { name: "Ada" } } });
  assert.notEqual(calls[0].id, calls[1].id);
  assert.equal(calls[1].resultType, "complete");
});

await check("MRTR: arguments are kept on the retry (greeting)", async () => {
  const r = await c.callTool("ask_name", { greeting: "Hi" }, { onInputRequest: () => ({ action: "accept", content: { name: "Bo" } }) });
  assert.equal(textOf(r), "Hi, Bo");
});

await check("MRTR: decline is reported; a missing answer is asked again", async () => {
  const r = await c.callTool("ask_name", {}, { onInputRequest: () => ({ action: "decline" }) });
  assert.equal(textOf(r), "No name given (decline)");
  const first = await c.raw("tools/call", { name: "ask_name", arguments: {} });
  const again = await c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: {}, requestState: first.response.result.requestState });
  assert.equal(again.response.result.resultType, "input_required");
  assert.ok(again.response.result.inputRequests.name);
});

await check("MRTR: tampered, foreign or replayed-on-other-arguments requestState is rejected", async () => {
  const stats0 = (await c.callTool("stats")).structuredContent.badRequestState;
  const first = await c.raw("tools/call", { name: "ask_name", arguments: {} });
  const st = first.response.result.requestState;
  assert.equal(typeof st, "string");
  const ans = { name: { action: "accept", content: { name: "Eve" } } };
  const flip = st.slice(0, 5) + (st[5] === "A" ? "B" : "A") + st.slice(6);
  await expectRaw(c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: ans, requestState: flip }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: ans, requestState: "garbage" }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/call", { name: "ask_name", arguments: { greeting: "Yo" }, inputResponses: ans, requestState: st }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: ans }), 400, ERRORS.INVALID_PARAMS);
  // Same JSON-RPC id as the original request: the retry must be a new request.
  await expectRaw(c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: ans, requestState: st }, {}, { id: first.request.id }), 400, ERRORS.INVALID_REQUEST);
  const ok = await c.raw("tools/call", { name: "ask_name", arguments: {}, inputResponses: ans, requestState: st });
  assert.equal(textOf(ok.response.result), "Hello, Eve");
  assert.equal((await c.callTool("stats")).structuredContent.badRequestState, stats0 + 4);
});

await check("MRTR: elicitation needs the client capability (-32021, 400, requiredCapabilities)", async () => {
  const bare = client({ capabilities: {} });
  const e = await expectError(bare.callTool("ask_name", {}, { onInputRequest: () => ({}) }), ERRORS.MISSING_CAPABILITY, 400);
  assert.ok(e.data.requiredCapabilities.elicitation);
});

await check("MRTR fields on a method that cannot take them are rejected", async () => {
  await expectRaw(c.raw("tools/list", { requestState: "x" }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/call", { name: "echo", arguments: { message: "x" }, requestState: "x" }), 400, ERRORS.INVALID_PARAMS);
});

// ---------------------------------------------------------------- x-mcp-header / Mcp-Param-*

await check("x-mcp-header: Mcp-Param-* mirrored by the client and checked by the server", async () => {
  const r = await c.callTool("whereami", { region: "us-west1", zone: 7 });
  assert.equal(textOf(r), "region=us-west1 zone=7");
  const r2 = await c.callTool("whereami", { region: "Zürich " });
  assert.equal(r2.structuredContent.region, "Zürich ");
  const last = (await lastRequests({ method: "tools/call", limit: 1 }))[0];
  assert.equal(last.headers["mcp-param-region"], encodeHeaderValue("Zürich "));
  assert.equal(last.headers["mcp-param-zone"], undefined);
  const params = { name: "whereami", arguments: { region: "eu" } };
  await expectRaw(c.raw("tools/call", params, { "Mcp-Param-Region": null }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/call", params, { "Mcp-Param-Region": "us" }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/call", { name: "whereami", arguments: { region: "eu", zone: 3 } }, { "Mcp-Param-Zone": "3.0" }), 200);
  await expectRaw(c.raw("tools/call", { name: "whereami", arguments: { region: "eu", zone: 3 } }, { "Mcp-Param-Zone": "4" }), 400, ERRORS.HEADER_MISMATCH);
});

await check("a client that did not list tools re-lists after HeaderMismatch and retries", async () => {
  const fresh = client();
  const r = await fresh.callTool("whereami", { region: "ap-south" });
  assert.equal(textOf(r), "region=ap-south");
});

// ---------------------------------------------------------------- transport validation

await check("headers: missing MCP-Protocol-Version / Mcp-Method / Mcp-Name -> 400 -32020", async () => {
  await expectRaw(c.raw("tools/list", {}, { "MCP-Protocol-Version": null }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/list", {}, { "Mcp-Method": null }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/call", { name: "echo", arguments: { message: "x" } }, { "Mcp-Name": null }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("resources/read", { uri: "test://modern/greeting.txt" }, { "Mcp-Name": null }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("prompts/get", { name: "greet", arguments: { name: "x" } }, { "Mcp-Name": null }), 400, ERRORS.HEADER_MISMATCH);
});

await check("headers: values not matching the body -> 400 -32020", async () => {
  await expectRaw(c.raw("tools/list", {}, { "Mcp-Method": "prompts/list" }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/list", {}, { "Mcp-Method": "Tools/List" }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/call", { name: "echo", arguments: { message: "x" } }, { "Mcp-Name": "add" }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/call", { name: "echo", arguments: { message: "x" } }, { "Mcp-Name": encodeHeaderValue("=?base64?x?=") }), 400, ERRORS.HEADER_MISMATCH);
  await expectRaw(c.raw("tools/list", {}, { "MCP-Protocol-Version": "2025-11-25" }), 400, ERRORS.HEADER_MISMATCH);
  // Header names are case-insensitive; an encoded Mcp-Name that decodes to the body value is fine.
  await expectRaw(c.raw("tools/call", { name: "echo", arguments: { message: "x" } }, { "mcp-name": "=?base64?ZWNobw==?=" }), 200);
});

await check("_meta: missing protocolVersion or clientCapabilities -> 400 -32602", async () => {
  await expectRaw(c.raw("tools/list", { _meta: { [META.protocolVersion]: null } }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/list", { _meta: { [META.clientCapabilities]: null } }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("tools/list", { _meta: null }), 400, ERRORS.INVALID_PARAMS);
  // clientInfo is optional.
  await expectRaw(c.raw("tools/list", { _meta: { [META.clientInfo]: null } }), 200);
});

await check("unsupported version (header and _meta agree) -> 400 -32022 with supported/requested", async () => {
  const ex = await expectRaw(c.raw("tools/list", { _meta: { [META.protocolVersion]: "1900-01-01" } }), 400, ERRORS.UNSUPPORTED_VERSION);
  assert.deepEqual(ex.response.error.data.supported, ["2026-07-28"]);
  assert.equal(ex.response.error.data.requested, "1900-01-01");
  assert.equal(ex.request.id, ex.response.id);
});

await check("client renegotiates after -32022 when it shares a version with the server", async () => {
  const v = client({ protocolVersion: "2030-01-01", supportedVersions: ["2030-01-01", "2026-07-28"] });
  const r = await v.listTools();
  assert.ok(r.tools.length > 0);
  assert.equal(v.protocolVersion, "2026-07-28");
});

await check("unknown or removed methods -> 404 -32601 (initialize, ping, logging/setLevel, resources/subscribe)", async () => {
  for (const m of ["nope/nope", "ping", "logging/setLevel", "resources/subscribe", "resources/unsubscribe", "tasks/list"])
    await expectRaw(c.raw(m, {}), 404, ERRORS.METHOD_NOT_FOUND);
  const init = await expectRaw(c.raw("initialize", {}), 404, ERRORS.METHOD_NOT_FOUND);
  assert.match(init.response.error.message, /2026-07-28/);
});

await check("a legacy initialize (no MCP headers, no _meta) -> 400 naming the supported versions", async () => {
  const res = await fetch(URL_, {
    method: "POST",
    headers: { ...EXTRA_HEADERS, "Content-Type": "application/json", Accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "old", version: "1" } } }),
  });
  assert.equal(res.status, 400);
  const body = await res.json();
  assert.equal(body.error.code, ERRORS.HEADER_MISMATCH);
  assert.match(body.error.message, /2026-07-28/);
  assert.equal(res.headers.get("mcp-session-id"), null);
});

await check("HTTP: GET and DELETE -> 405; wrong path -> 404 without a JSON-RPC body", async () => {
  const g = await fetch(URL_, { method: "GET", headers: { ...EXTRA_HEADERS, Accept: "text/event-stream" } });
  assert.equal(g.status, 405);
  assert.match(g.headers.get("allow"), /POST/);
  await g.text();
  const d = await fetch(URL_, { method: "DELETE", headers: { ...EXTRA_HEADERS, "Mcp-Session-Id": "abc" } });
  assert.equal(d.status, 405);
  await d.text();
  const wrong = await fetch(new URL("/elsewhere", URL_), { method: "POST", body: "{}" });
  assert.equal(wrong.status, 404);
  assert.doesNotMatch(await wrong.text(), /jsonrpc/);
});

await check("HTTP: Accept, Content-Type, JSON, batches, ids, responses, Origin", async () => {
  await expectRaw(c.raw("tools/list", {}, { Accept: "application/json" }), 406);
  await expectRaw(c.raw("tools/list", {}, { Accept: "text/event-stream" }), 406);
  await expectRaw(c.raw("tools/list", {}, { "Content-Type": "text/plain" }), 415);
  await expectRaw(c.raw("tools/list", {}, {}, { body: "{not json" }), 400, ERRORS.PARSE);
  await expectRaw(c.raw("tools/list", {}, {}, { body: JSON.stringify([{ jsonrpc: "2.0", id: 1, method: "tools/list" }]) }), 400, ERRORS.INVALID_REQUEST);
  await expectRaw(c.raw("tools/list", {}, {}, { id: null }), 400, ERRORS.INVALID_REQUEST);
  await expectRaw(c.raw("tools/list", {}, {}, { body: JSON.stringify({ jsonrpc: "2.0", id: 5, result: {} }) }), 400, ERRORS.INVALID_REQUEST);
  await expectRaw(c.raw("tools/list", {}, { Origin: "http://evil.example" }), 403);
  await expectRaw(c.raw("tools/list", {}, { Origin: "http://localhost:1234" }), 200);
});

await check("HTTP: a notification POST -> 202 with no body", async () => {
  const ex = await c.raw("notifications/cancelled", { requestId: 1 }, {}, { notification: true });
  assert.equal(ex.status, 202);
  assert.equal(ex.text, "");
});

await check("HTTP: Mcp-Session-Id and Last-Event-ID are ignored, never minted", async () => {
  const ex = await expectRaw(c.raw("tools/list", {}, { "Mcp-Session-Id": "legacy-session", "Last-Event-ID": "7" }), 200);
  assert.equal(ex.headers.get("mcp-session-id"), null);
});

await check("last_requests records what the server received (headers, _meta, status)", async () => {
  await c.callTool("last_requests", { clear: true });
  await c.callTool("echo", { message: "log me" });
  await c.raw("tools/list", {}, { "Mcp-Method": null });
  const log = await lastRequests();
  assert.equal(log.length, 2);
  const [call, bad] = log;
  assert.equal(call.method, "tools/call");
  assert.equal(call.name, "echo");
  assert.equal(call.headers["mcp-method"], "tools/call");
  assert.equal(call.headers["mcp-name"], "echo");
  assert.equal(call.headers["mcp-protocol-version"], "2026-07-28");
  assert.equal(call.meta[META.protocolVersion], "2026-07-28");
  assert.deepEqual(call.meta[META.clientInfo], { name: "zt4mcp-modern-test-client", version: "1.0.0" });
  assert.ok(call.meta[META.clientCapabilities]);
  assert.equal(call.status, 200);
  assert.equal(bad.status, 400);
  assert.equal(bad.errorCode, ERRORS.HEADER_MISMATCH);
});

// ---------------------------------------------------------------- subscriptions/listen

await check("subscriptions/listen: acknowledgement, opted-in notifications only, close by the client", async () => {
  const sub = c.listen({ toolsListChanged: true, resourceSubscriptions: ["test://modern/greeting.txt", "test://modern/unknown"] });
  const honored = await sub.acknowledged;
  assert.deepEqual(honored, { toolsListChanged: true, resourceSubscriptions: ["test://modern/greeting.txt"] });
  assert.equal(sub.ackMessage.params._meta[META.subscriptionId], sub.id);
  await c.callTool("notify", { kind: "prompts" }); // not opted in: must not arrive
  await c.callTool("notify", { kind: "tools" });
  await c.callTool("notify", { kind: "resource_updated" });
  for (let i = 0; i < 50 && sub.notifications.length < 2; i++) await sleep(10);
  assert.deepEqual(sub.notifications.map((n) => n.method), ["notifications/tools/list_changed", "notifications/resources/updated"]);
  for (const n of sub.notifications) assert.equal(n.params._meta[META.subscriptionId], sub.id);
  assert.equal(sub.notifications[1].params.uri, "test://modern/greeting.txt");
  const before = (await c.callTool("stats")).structuredContent;
  sub.close();
  assert.deepEqual(await sub.done, { closed: true });
  let after = before;
  for (let i = 0; i < 50 && after.listenClosedByClient === before.listenClosedByClient; i++) {
    await sleep(10); after = (await c.callTool("stats")).structuredContent;
  }
  assert.equal(after.listenClosedByClient, before.listenClosedByClient + 1);
  assert.equal(after.listenOpen, 0);
});

await check("subscriptions/listen: graceful end by the server carries the subscriptionId in the result", async () => {
  const sub = c.listen({ promptsListChanged: true });
  await sub.acknowledged;
  const r = await c.callTool("end_subscriptions");
  assert.equal(r.structuredContent.ended, 1);
  const done = await sub.done;
  assert.equal(done.result.resultType, "complete");
  assert.equal(done.result._meta[META.subscriptionId], sub.id);
});

await check("subscriptions/listen: invalid filter -> -32602", async () => {
  await expectRaw(c.raw("subscriptions/listen", { notifications: { toolsListChanged: "yes" } }), 400, ERRORS.INVALID_PARAMS);
  await expectRaw(c.raw("subscriptions/listen", {}), 400, ERRORS.INVALID_PARAMS);
});

// ---------------------------------------------------------------- era detection

await check("probeEra: modern server is detected as modern", async () => {
  const p = await probeEra(URL_, { headers: EXTRA_HEADERS });
  assert.equal(p.era, "modern");
  assert.ok(p.result.supportedVersions.includes("2026-07-28"));
});

await check("probeEra: a session-era style 400 (-32000, no session) is detected as legacy", async () => {
  const legacy = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      res.writeHead(400, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message: "Bad Request: No valid session ID provided" }, id: null }));
    });
  });
  await new Promise((r) => legacy.listen(0, "127.0.0.1", r));
  try {
    const p = await probeEra(`http://127.0.0.1:${legacy.address().port}/mcp`);
    assert.equal(p.era, "legacy");
    assert.equal(p.status, 400);
  } finally { legacy.close(); legacy.closeAllConnections(); }
});

// ---------------------------------------------------------------- --sse-always server variant

if (sseServer) {
  const s = new ModernClient(sseServer.url);
  await check("--sse-always: every answer is an SSE stream and the client parses it", async () => {
    const d = await s.discover();
    assert.deepEqual(d.supportedVersions, ["2026-07-28", "2099-01-01"]);
    assert.equal(s.last.contentType, "text/event-stream");
    const r = await s.callTool("ask_name", {}, { onInputRequest: () => ({ action: "accept", content: { name: "Sse" } }) });
    assert.equal(textOf(r), "Hello, Sse");
    assert.equal(s.last.sse, true);
    await expectError(s.callTool("nope", {}), ERRORS.INVALID_PARAMS, 200); // error after the stream opened
  });
  await check("--versions: a second supported version is accepted", async () => {
    const v = new ModernClient(sseServer.url, { protocolVersion: "2099-01-01" });
    assert.ok((await v.listTools()).tools.length > 0);
  });
}

// ---------------------------------------------------------------- done

server?.stop();
sseServer?.stop();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
