// lib.mjs: helpers for zt4mcp's end-to-end tests: real agent processes, real MCP peers
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import tls from "node:tls";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { SSEClientTransport } from "@modelcontextprotocol/sdk/client/sse.js";

export const here = path.dirname(fileURLToPath(import.meta.url));
export const ZT4MCP = process.env.ZT4MCP ?? path.resolve(here, "../../build/src/cli/zt4mcp");
export const ECHO_SERVER = process.env.ZT_ECHO_SERVER ?? path.resolve(here, "../../build/bench/zt-echo-server");
export const EVERYTHING = path.join(here, "node_modules/@modelcontextprotocol/server-everything/dist/index.js");
export const FILESYSTEM = path.join(here, "node_modules/@modelcontextprotocol/server-filesystem/dist/index.js");
export const INSPECTOR = path.join(here, "node_modules/.bin/mcp-inspector");
export const NODE = process.execPath;

const cleanups = [];
const agents = [];
export function onCleanup(fn) { cleanups.push(fn); }
export async function cleanup() {
  while (cleanups.length) {
    try { await cleanups.pop()(); } catch (e) { console.error("cleanup:", e.message); }
  }
}

// A GUI test fixture's commands: one JSON line in ({do, ...}), one JSON line out (what
// commands[do] resolves to, or {ok: false, error}); everything stops when standard input closes.
export function serveCommands(commands) {
  const rl = readline.createInterface({ input: process.stdin });
  rl.on("line", async (line) => {
    let answer;
    try {
      const cmd = JSON.parse(line);
      answer = await commands[cmd.do](cmd);
    } catch (e) {
      answer = { ok: false, error: String(e.stack ?? e) };
    }
    console.log(JSON.stringify(answer));
  });
  rl.on("close", async () => { await cleanup(); process.exit(0); });
}
for (const sig of ["SIGINT", "SIGTERM"])
  process.on(sig, async () => { await cleanup(); process.exit(1); });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function tmpdir(prefix = "zt4mcp-test-") {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

async function waitFor(pred, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await pred();
    if (v) return v;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

// Starts a real agent process with its own home on a free loopback port.
export async function startAgent(opts = {}) {
  const home = opts.home ?? tmpdir();
  const log = [];
  // ZT_TEST_HTTP_WORKERS=N: the same tests with the agent's HTTP read and written on N workers
  const workers = process.env.ZT_TEST_HTTP_WORKERS ? ["--http-workers", process.env.ZT_TEST_HTTP_WORKERS] : [];
  const proc = spawn(ZT4MCP, ["agent", "serve", "--home", home, "--listen", "127.0.0.1:0", ...workers, ...(opts.args ?? [])], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d) => log.push(d.toString()));
  proc.stderr.on("data", (d) => { log.push(d.toString()); if (process.env.ZT_TEST_VERBOSE) process.stderr.write(d); });
  let exited = null;
  proc.on("exit", (code, signal) => { exited = { code, signal }; });
  onCleanup(async () => {
    if (exited) return;
    proc.kill("SIGTERM");
    await waitFor(() => exited, "agent exit", 5000).catch(() => proc.kill("SIGKILL"));
  });
  agents.push({ home, log });
  const apiPath = path.join(home, "api.json");
  const api = await waitFor(() => {
    if (exited) throw new Error(`agent exited early (${JSON.stringify(exited)}):\n${log.join("")}`);
    try {
      const a = JSON.parse(fs.readFileSync(apiPath, "utf8"));
      return a.pid === proc.pid ? a : null;
    } catch { return null; }
  }, "api.json");
  return {
    home, proc, url: api.url, token: api.token, log,
    exited: () => exited,
    cli: (...args) => cli(home, ...args),
    mcpUrl: (name) => new URL(`${api.url}/mcp/${name}`),
    sseUrl: (name) => new URL(`${api.url}/sse/${name}`),
    auth: { Authorization: `Bearer ${api.token}` },
  };
}

// Runs the CLI; returns stdout, or throws with stderr and the exit status.
export function cli(home, ...args) {
  try {
    return execFileSync(ZT4MCP, args, {
      encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ZT4MCP_HOME: home },
    });
  } catch (e) {
    const err = new Error(`zt4mcp ${args.join(" ")} failed (${e.status}): ${e.stderr}`);
    err.status = e.status; err.stderr = e.stderr; err.stdout = e.stdout;
    throw err;
  }
}

export async function connectHttp(url, headers, capabilities = {}, name = "zt4mcp-test") {
  const client = new Client({ name, version: "1.0.0" }, { capabilities });
  const transport = new StreamableHTTPClientTransport(url, { requestInit: { headers } });
  await client.connect(transport);
  onCleanup(() => client.close());
  return client;
}

export async function connectSse(url, headers, capabilities = {}) {
  const client = new Client({ name: "zt4mcp-test-sse", version: "1.0.0" }, { capabilities });
  const transport = new SSEClientTransport(url, {
    requestInit: { headers },
    eventSourceInit: { fetch: (u, init) => fetch(u, { ...init, headers: { ...(init?.headers ?? {}), ...headers } }) },
  });
  await client.connect(transport);
  onCleanup(() => client.close());
  return client;
}

// Spawns a process (never through a shell) and waits for output (stdout or stderr) matching re.
export async function spawnAndWait(cmd, args, re, env = {}) {
  const proc = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  let out = "";
  let exited = false;
  proc.on("exit", () => { exited = true; });
  onCleanup(() => { if (!exited) proc.kill("SIGKILL"); });
  const match = await new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${cmd} did not print ${re}:\n${out}`)), 20000);
    const onData = (d) => {
      out += d.toString();
      const m = out.match(re);
      if (m) { clearTimeout(t); resolve(m); }
    };
    proc.stdout.on("data", onData);
    proc.stderr.on("data", onData);
    proc.on("exit", (c) => { clearTimeout(t); reject(new Error(`${cmd} exited ${c}:\n${out}`)); });
  });
  return { proc, match };
}

export function freePort() {
  return new Promise((resolve) => {
    import("node:net").then(({ createServer }) => {
      const s = createServer();
      s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
    });
  });
}

// Runs named async test functions in order; prints one line each; exits non-zero on failure.
export async function run(tests) {
  let failed = 0;
  // ZT_TEST_ONLY=regex: only the cases whose names match (by hand, while working on one)
  if (process.env.ZT_TEST_ONLY)
    tests = Object.fromEntries(Object.entries(tests).filter(([name]) => new RegExp(process.env.ZT_TEST_ONLY).test(name)));
  for (const [name, fn] of Object.entries(tests)) {
    const t0 = Date.now();
    try {
      await fn();
      console.log(`ok - ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}: ${e.stack ?? e}`);
      for (const a of agents) {
        const lines = a.log.join("").split("\n").slice(-25).map((l) => `#   ${l}`).join("\n");
        console.log(`# last lines of the agent log (${a.home}):\n${lines}`);
      }
    }
  }
  await cleanup();
  console.log(`${Object.keys(tests).length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

// One POST of a JSON-RPC message to an MCP endpoint, without an SDK (benchmarks: nothing but
// the request); returns the session id the answer names.
export async function mcpPost(url, token, body, sid) {
  const headers = { "Content-Type": "application/json", Accept: "application/json, text/event-stream",
                    Authorization: `Bearer ${token}` };
  if (sid) headers["Mcp-Session-Id"] = sid;
  const r = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  await r.text();
  if (r.status >= 300) throw new Error(`HTTP ${r.status}`);
  return r.headers.get("mcp-session-id");
}

// A session on @agent's service opened by hand (initialize, then initialized), for tests that
// post raw bodies no SDK would write: the endpoint and the headers that name the session.
export async function rawSession(agent, service) {
  const url = agent.mcpUrl(service);
  const headers = { ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
  const init = await fetch(url, { method: "POST", headers, body: JSON.stringify({ jsonrpc: "2.0", id: 0,
    method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) });
  await init.text();
  if (init.status !== 200) throw new Error(`initialize: HTTP ${init.status}`);
  const session = { ...headers, "Mcp-Session-Id": init.headers.get("mcp-session-id"), "Mcp-Protocol-Version": "2025-06-18" };
  await (await fetch(url, { method: "POST", headers: session, body: '{"jsonrpc":"2.0","method":"notifications/initialized"}' })).text();
  return { url, session };
}

// ---------------------------------------------------------------------------- mesh helpers

// Runs the CLI outside any agent home (hub administration, join); returns stdout.
export function zt(...args) {
  return execFileSync(ZT4MCP, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

// Makes a hub for mesh @name in a new data directory on a free loopback port and serves it.
export async function startHub(name, args = []) {
  const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
  const port = await freePort();
  zt("hub", "init", "--data", data, "--name", name, "--listen", `127.0.0.1:${port}`);
  const { proc } = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data, ...args], /zt4mcp hub on https/);
  return { data, port, proc };
}

// Joins a new agent home to the hub in @data with a fresh invitation, then starts its agent.
export async function joinMember(data, user, endpoint, args = []) {
  const home = tmpdir();
  zt("join", zt("hub", "invite", user, "--endpoint", endpoint, "--data", data).trim(), "--home", home);
  return startAgent({ home, args });
}

// What an agent knows of its mesh (zt4mcp peers --json).
export const peersOf = (agent) => JSON.parse(agent.cli("peers", "--json"));

// Polls @pred until it holds, or fails naming @what.
export async function until(pred, what, ms = 10000) {
  const end = Date.now() + ms;
  for (;;) {
    if (await pred()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// A member's own certificate and key (with ZT4MCP_KEYSTORE=file the key is in HOME/secrets).
export function memberCredentials(agent) {
  const cert = fs.readFileSync(path.join(agent.home, "mesh", "cert.pem"), "utf8");
  const dir = path.join(agent.home, "secrets");
  const key = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .find((t) => t.includes("PRIVATE KEY"));
  if (!key) throw new Error(`no private key in ${dir}`);
  return { cert, key };
}

// Opens a control WebSocket to the hub on @port with @creds (raw TLS, so any bytes can be
// sent), sends @payload as one masked text frame unless it is null, and resolves after
// @holdMs with { close() } while the connection is still open.
export function sendControl(port, creds, payload, holdMs = 300) {
  return new Promise((resolve, reject) => {
    const sock = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false, ...creds }, () => {
      sock.write(`GET /v1/control HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\n` +
        `Sec-WebSocket-Version: 13\r\n\r\n`);
    });
    let upgraded = false;
    let buf = Buffer.alloc(0);
    const done = () => setTimeout(() => resolve({ close: () => sock.destroy() }), holdMs);
    sock.on("data", (d) => {
      buf = Buffer.concat([buf, d]);
      if (upgraded || buf.indexOf("\r\n\r\n") < 0) return;
      if (!/^HTTP\/1\.1 101/.test(buf.toString())) { sock.destroy(); reject(new Error(buf.toString())); return; }
      upgraded = true;
      if (payload === null) { done(); return; }
      const body = Buffer.from(payload);
      const head = Buffer.alloc(14);
      head[0] = 0x81; head[1] = 0x80 | 127;
      head.writeBigUInt64BE(BigInt(body.length), 2);
      const mask = crypto.randomBytes(4);
      mask.copy(head, 10);
      for (let i = 0; i < body.length; i++) body[i] ^= mask[i & 3];
      sock.write(Buffer.concat([head, body]), done);
    });
    sock.on("error", reject);
  });
}

// A rules file for `agent serve --test-filter FILE` (src/core/filters/zt-test-filter.h), whose
// filter logs every message it sees; seen() reads that log back, one object a message.
export function testFilterRules(rules) {
  const dir = tmpdir();
  const log = path.join(dir, "seen.jsonl");
  const file = path.join(dir, "rules.json");
  fs.writeFileSync(file, JSON.stringify({ log, rules }));
  return { file, seen: () => (fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "").trim().split("\n").filter(Boolean)
    .map((l) => JSON.parse(l)) };
}

// ---------------------------------------------------------------------------- REST API helpers

// Calls the agent's REST API with its local token; returns the fetch Response.
export function api(agent, method, path, body) {
  return fetch(`${agent.url}/api/v1${path}`, {
    method, headers: { ...agent.auth, ...(body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body)),
  });
}

// Reads GET /api/v1/events: every event parsed into { event, data } as it comes.
export async function openEvents(agent) {
  const abort = new AbortController();
  const res = await fetch(`${agent.url}/api/v1/events`, {
    headers: { ...agent.auth, Accept: "text/event-stream" }, signal: abort.signal,
  });
  const stream = { res, events: [], comments: [], ended: false, close: () => abort.abort() };
  onCleanup(() => abort.abort());
  (async () => {
    const decoder = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of res.body) {
        buf += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, end);
          buf = buf.slice(end + 2);
          let event = "message";
          const data = [];
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) stream.comments.push(line);
            else if (line.startsWith("event:")) event = line.slice(6).trim();
            else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
          }
          if (data.length) stream.events.push({ event, data: JSON.parse(data.join("\n")) });
        }
      }
    } catch { /* aborted */ }
    stream.ended = true;
  })();
  return stream;
}

// @res's body parsed (null when empty), after checking that its status is @status and that the
// OpenAPI document @doc lists that answer for @method @docPath.
export async function documented(doc, res, docPath, method, status) {
  assert.equal(res.status, status, `${method} ${docPath}: ${res.status} ${await res.clone().text()}`);
  assert.ok(doc.paths[docPath]?.[method]?.responses[String(status)], `${method} ${docPath} ${status} is not documented`);
  const text = await res.text();
  return text ? JSON.parse(text) : null;
}

// A WebSocket client frame (masked, as a client must send it): @opcode 1 text, 0xA pong...
export function wsClientFrame(opcode, payload) {
  const body = Buffer.from(payload);
  const mask = crypto.randomBytes(4);
  let head;
  if (body.length < 126) head = Buffer.from([0x80 | opcode, 0x80 | body.length]);
  else if (body.length < 65536) head = Buffer.from([0x80 | opcode, 0x80 | 126, body.length >> 8, body.length & 0xff]);
  else {
    head = Buffer.alloc(10);
    head[0] = 0x80 | opcode; head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(body.length), 2);
  }
  return Buffer.concat([head, mask, Buffer.from(body.map((b, i) => b ^ mask[i % 4]))]);
}

// A "data" handler for a raw WebSocket client on @sock, from the HTTP response on: calls
// @onText with each text message, and answers the server's pings as an agent would (the hub
// takes an agent that answers none for gone).
// { upgraded: true } when the response was read already.
// @onFrame (opcode, payload) sees every frame; @answerPings false leaves the server's pings
// unanswered (a peer that hangs).
export function wsClientReader(sock, onText = () => {}, { upgraded = false, onFrame = () => {}, answerPings = true } = {}) {
  let buf = Buffer.alloc(0);
  return (d) => {
    buf = Buffer.concat([buf, d]);
    if (!upgraded) {
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      upgraded = true;
      buf = buf.subarray(end + 4);
    }
    for (;;) {  // unmasked server frames
      if (buf.length < 2) return;
      let len = buf[1] & 0x7f, off = 2;
      if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
      else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
      if (buf.length < off + len) return;
      const opcode = buf[0] & 0x0f, payload = buf.subarray(off, off + len);
      onFrame(opcode, payload);
      if (opcode === 1) onText(payload.toString());
      else if (opcode === 9 && answerPings) sock.write(wsClientFrame(0xA, payload));
      buf = buf.subarray(off + len);
    }
  };
}
