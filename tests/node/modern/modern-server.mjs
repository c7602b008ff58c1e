// modern-server.mjs: a strict MCP 2026-07-28 ("modern era", stateless) server over Streamable HTTP, used as a
// test peer for zt4mcp: it validates every request the way the spec requires and records what it received.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage:
//   node modern-server.mjs --port N     serve http://127.0.0.1:N/mcp (0 = any free port); prints exactly one
//                                       line "LISTENING <port>" on stdout when ready.
// Options:
//   --host H                   bind address (default 127.0.0.1)
//   --path P                   MCP endpoint path (default /mcp)
//   --versions V1,V2           protocol versions this server accepts (default 2026-07-28)
//   --sse-always               answer every request with an SSE stream (default: JSON unless the request emits
//                              notifications before its response, e.g. progress or log messages)
//   --secret S                 HMAC key protecting MRTR requestState (default: random per process)
//   --state-ttl-ms N           lifetime of a requestState (default 300000)
//   --keepalive-ms N           SSE comment keep-alive interval on subscriptions/listen streams (default 15000)
//   --allow-origin O           an accepted Origin besides loopback ones (repeatable)
//   --verbose                  diagnostics on stderr
//
// What it implements (and nothing of the session era): server/discover, tools/list, tools/call,
// resources/list, resources/read, resources/templates/list, prompts/list, prompts/get, subscriptions/listen.
// No initialize, ping, logging/setLevel, resources/subscribe, GET stream, DELETE or Mcp-Session-Id.
//
// Tools:
//   echo {message}             returns the message; logs it at "info" when the request carries a logLevel
//   add {a, b}                 returns a+b (text and structuredContent {sum})
//   slow {steps, delayMs}      takes steps*delayMs; one notifications/progress per step on the request's SSE
//                              stream when _meta.progressToken is given; stops when the client closes the
//                              stream/connection and records that as a cancellation
//   ask_name {greeting?}       MRTR: first call returns an InputRequiredResult (resultType "input_required") with
//                              inputRequests.name = elicitation/create and an HMAC-protected requestState; the
//                              retry with inputResponses.name + requestState returns "Hello, <name>"
//   whereami {region, zone?}   region/zone carry x-mcp-header "Region"/"Zone": the matching Mcp-Param-* headers
//                              are required and checked against the body
//   notify {kind, uri?}        sends a change notification (kind: tools|prompts|resources|resource_updated) to
//                              every open subscriptions/listen stream that opted in to it
//   end_subscriptions {}       ends every open subscriptions/listen stream gracefully (SubscriptionsListenResult)
//   cancelled_count {}         how many in-flight requests were cancelled by the client closing their stream
//   last_requests {limit?, clear?, method?}  the log of received HTTP requests (method, id, headers of interest,
//                              _meta, name/uri, MRTR fields, HTTP status and error code sent back), oldest
//                              first; the last_requests call itself is not included
//   stats {}                   counters (cancellations, rejected requestStates, listen streams, ...)
//
// HTTP status used for JSON-RPC errors: -32700/-32600/-32602/-32020/-32021/-32022 -> 400, -32601 -> 404,
// -32603 -> 500. Errors raised after an SSE stream was opened go out on the stream (status already 200).

import http from "node:http";
import crypto from "node:crypto";

// ---------------------------------------------------------------- arguments

const opts = {
  port: null, host: "127.0.0.1", path: "/mcp", versions: ["2026-07-28"], sseAlways: false,
  secret: crypto.randomBytes(32), stateTtlMs: 300000, keepaliveMs: 15000, origins: [], verbose: false,
};
{
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    const need = () => { if (i + 1 >= a.length) usage(`${a[i]} needs a value`); return a[++i]; };
    switch (a[i]) {
      case "--port": opts.port = Number(need()); break;
      case "--host": opts.host = need(); break;
      case "--path": opts.path = need(); break;
      case "--versions": opts.versions = need().split(",").map((s) => s.trim()).filter(Boolean); break;
      case "--sse-always": opts.sseAlways = true; break;
      case "--secret": opts.secret = Buffer.from(need()); break;
      case "--state-ttl-ms": opts.stateTtlMs = Number(need()); break;
      case "--keepalive-ms": opts.keepaliveMs = Number(need()); break;
      case "--allow-origin": opts.origins.push(need()); break;
      case "--verbose": opts.verbose = true; break;
      case "-h": case "--help": usage(); break;
      default: usage(`unknown argument ${a[i]}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) usage("--port N is required");
}
function usage(msg) {
  if (msg) process.stderr.write(`modern-server: ${msg}\n`);
  process.stderr.write("usage: node modern-server.mjs --port N [--host H] [--path P] [--versions V,..] " +
    "[--sse-always] [--secret S] [--state-ttl-ms N] [--keepalive-ms N] [--allow-origin O]... [--verbose]\n");
  process.exit(msg ? 2 : 0);
}
const debug = (...m) => { if (opts.verbose) process.stderr.write(`modern-server: ${m.join(" ")}\n`); };

// ---------------------------------------------------------------- protocol constants

const SERVER_INFO = { name: "zt4mcp-modern-test-server", version: "1.0.0" };
const K = {
  protocolVersion: "io.modelcontextprotocol/protocolVersion",
  clientInfo: "io.modelcontextprotocol/clientInfo",
  clientCapabilities: "io.modelcontextprotocol/clientCapabilities",
  logLevel: "io.modelcontextprotocol/logLevel",
  serverInfo: "io.modelcontextprotocol/serverInfo",
  subscriptionId: "io.modelcontextprotocol/subscriptionId",
};
const E = {
  PARSE: -32700, INVALID_REQUEST: -32600, METHOD_NOT_FOUND: -32601, INVALID_PARAMS: -32602, INTERNAL: -32603,
  HEADER_MISMATCH: -32020, MISSING_CAPABILITY: -32021, UNSUPPORTED_VERSION: -32022,
};
const STATUS_FOR = {
  [E.PARSE]: 400, [E.INVALID_REQUEST]: 400, [E.INVALID_PARAMS]: 400, [E.HEADER_MISMATCH]: 400,
  [E.MISSING_CAPABILITY]: 400, [E.UNSUPPORTED_VERSION]: 400, [E.METHOD_NOT_FOUND]: 404, [E.INTERNAL]: 500,
};
const LOG_LEVELS = ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"];
const NAME_HEADER_METHODS = { "tools/call": "name", "prompts/get": "name", "resources/read": "uri" };
const CAPABILITIES = {
  tools: { listChanged: true },
  resources: { subscribe: true, listChanged: true },
  prompts: { listChanged: true },
  logging: {},
};

class RpcError extends Error {
  constructor(code, message, data, status) {
    super(message);
    this.code = code;
    this.data = data;
    this.status = status ?? STATUS_FOR[code] ?? 400;
  }
}
class Aborted extends Error {}

// ---------------------------------------------------------------- state

const stats = {
  cancelled: 0, cancelledRequests: [], badRequestState: 0, mrtrRetries: 0,
  listenOpened: 0, listenClosedByClient: 0, listenEndedByServer: 0, notifications202: 0,
};
const requestLog = [];
let logSeq = 0;
const subscriptions = new Set();

// ---------------------------------------------------------------- header value encoding (Base64 sentinel)

const SAFE_HEADER_VALUE = /^[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?$/;
function decodeHeaderValue(v) {
  const m = /^=\?base64\?(.*)\?=$/.exec(v);
  if (!m) return v;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(m[1]) || m[1].length % 4 !== 0) throw new Error("bad base64 in header value");
  const buf = Buffer.from(m[1], "base64");
  const s = buf.toString("utf8");
  if (!Buffer.from(s, "utf8").equals(buf)) throw new Error("header value is not UTF-8");
  return s;
}

// ---------------------------------------------------------------- resources / prompts / tools

const RESOURCE = {
  uri: "test://modern/greeting.txt", name: "greeting", title: "Greeting",
  description: "A small text resource served by the modern test server", mimeType: "text/plain",
};
const RESOURCE_TEXT = "Hello from the modern (2026-07-28) test server.\n";
const PROMPT = {
  name: "greet", title: "Greet someone", description: "Builds a greeting for a person",
  arguments: [{ name: "name", description: "Who to greet", required: true }],
};

const TOOLS = [
  { name: "echo", description: "Returns the message it was given",
    inputSchema: { type: "object", properties: { message: { type: "string" } }, required: ["message"] } },
  { name: "add", description: "Adds two numbers",
    inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] },
    outputSchema: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] } },
  { name: "slow", description: "Works for steps*delayMs, reporting progress per step; stops if cancelled",
    inputSchema: { type: "object", properties: {
      steps: { type: "integer", minimum: 1, maximum: 1000 }, delayMs: { type: "integer", minimum: 0, maximum: 60000 } } } },
  { name: "ask_name", description: "Asks the user for their name (MRTR elicitation) and greets them",
    inputSchema: { type: "object", properties: { greeting: { type: "string" } } } },
  { name: "whereami", description: "Echoes region/zone, which are mirrored into Mcp-Param-Region/Mcp-Param-Zone",
    inputSchema: { type: "object", properties: {
      region: { type: "string", "x-mcp-header": "Region" },
      zone: { type: "integer", "x-mcp-header": "Zone" } }, required: ["region"] } },
  { name: "notify", description: "Sends a change notification to subscriptions/listen streams that opted in",
    inputSchema: { type: "object", properties: {
      kind: { type: "string", enum: ["tools", "prompts", "resources", "resource_updated"] }, uri: { type: "string" } },
      required: ["kind"] } },
  { name: "end_subscriptions", description: "Ends every open subscriptions/listen stream gracefully",
    inputSchema: { type: "object", properties: {} } },
  { name: "cancelled_count", description: "Number of requests cancelled by the client closing their stream",
    inputSchema: { type: "object", properties: {} } },
  { name: "last_requests", description: "Log of the HTTP requests this server received",
    inputSchema: { type: "object", properties: {
      limit: { type: "integer", minimum: 1 }, clear: { type: "boolean" }, method: { type: "string" } } } },
  { name: "stats", description: "Server counters", inputSchema: { type: "object", properties: {} } },
];
const TOOL_BY_NAME = new Map(TOOLS.map((t) => [t.name, t]));

const text = (s) => ({ type: "text", text: String(s) });
const sleep = (ms, signal) => new Promise((resolve, reject) => {
  if (signal.aborted) return reject(new Aborted());
  const t = setTimeout(() => { signal.removeEventListener("abort", onAbort); resolve(); }, ms);
  const onAbort = () => { clearTimeout(t); reject(new Aborted()); };
  signal.addEventListener("abort", onAbort, { once: true });
});

// Mcp-Param-* checks for tools whose inputSchema annotates properties with x-mcp-header.
function headerAnnotations(schema, pathSoFar = [], out = []) {
  for (const [key, sub] of Object.entries(schema?.properties ?? {})) {
    if (sub && typeof sub === "object") {
      if (typeof sub["x-mcp-header"] === "string") out.push({ path: [...pathSoFar, key], name: sub["x-mcp-header"], type: sub.type });
      headerAnnotations(sub, [...pathSoFar, key], out);
    }
  }
  return out;
}
function checkParamHeaders(tool, args, headers) {
  for (const ann of headerAnnotations(tool.inputSchema)) {
    let v = args;
    for (const k of ann.path) v = v && typeof v === "object" ? v[k] : undefined;
    const h = headers[`mcp-param-${ann.name.toLowerCase()}`];
    if (v === undefined || v === null) {
      if (h !== undefined) throw new RpcError(E.HEADER_MISMATCH, `Header mismatch: Mcp-Param-${ann.name} sent but the argument is absent`);
      continue;
    }
    if (h === undefined) throw new RpcError(E.HEADER_MISMATCH, `Header mismatch: required header Mcp-Param-${ann.name} is missing`);
    let decoded;
    try { decoded = decodeHeaderValue(h); } catch (e) {
      throw new RpcError(E.HEADER_MISMATCH, `Header mismatch: Mcp-Param-${ann.name}: ${e.message}`);
    }
    let same;
    if (typeof v === "number") same = decoded.trim() !== "" && Number(decoded) === v;
    else if (typeof v === "boolean") same = decoded === String(v);
    else same = decoded === String(v);
    if (!same) throw new RpcError(E.HEADER_MISMATCH,
      `Header mismatch: Mcp-Param-${ann.name} value '${decoded}' does not match body value '${v}'`);
  }
}

// ---------------------------------------------------------------- MRTR requestState (HMAC-protected)

const b64u = (buf) => Buffer.from(buf).toString("base64url");
const digest = (v) => crypto.createHash("sha256").update(JSON.stringify(canonical(v ?? {}))).digest("base64url");
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object") return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}
function sealState(payload) {
  const body = b64u(JSON.stringify(payload));
  const mac = crypto.createHmac("sha256", opts.secret).update(body).digest("base64url");
  return `${body}.${mac}`;
}
function openState(state) {
  if (typeof state !== "string") return null;
  const dot = state.indexOf(".");
  if (dot < 1) return null;
  const body = state.slice(0, dot);
  const mac = Buffer.from(state.slice(dot + 1), "base64url");
  const want = crypto.createHmac("sha256", opts.secret).update(body).digest();
  if (mac.length !== want.length || !crypto.timingSafeEqual(mac, want)) return null;
  try { return JSON.parse(Buffer.from(body, "base64url").toString("utf8")); } catch { return null; }
}

function askNameInputRequired(ctx, args) {
  const payload = {
    v: 1, m: "tools/call", t: "ask_name", a: digest(args), rid: ctx.id,
    exp: Date.now() + opts.stateTtlMs, n: b64u(crypto.randomBytes(9)),
  };
  return {
    resultType: "input_required",
    inputRequests: {
      name: {
        method: "elicitation/create",
        params: {
          mode: "form",
          message: "What is your name?",
          requestedSchema: { type: "object", properties: { name: { type: "string", title: "Name" } }, required: ["name"] },
        },
      },
    },
    requestState: sealState(payload),
  };
}

function askName(args, ctx, params) {
  const hasState = params.requestState !== undefined, hasResponses = params.inputResponses !== undefined;
  if (!hasState && !hasResponses) {
    if (!ctx.capabilities.elicitation || typeof ctx.capabilities.elicitation !== "object")
      throw new RpcError(E.MISSING_CAPABILITY, "Missing required client capability: elicitation",
        { requiredCapabilities: { elicitation: {} } });
    return askNameInputRequired(ctx, args);
  }
  stats.mrtrRetries++;
  const bad = (why) => { stats.badRequestState++; return new RpcError(E.INVALID_PARAMS, `Invalid requestState: ${why}`); };
  if (!hasState) throw bad("missing (this server always issues one)");
  const st = openState(params.requestState);
  if (!st) throw bad("integrity check failed");
  if (st.v !== 1 || st.m !== "tools/call" || st.t !== "ask_name") throw bad("issued for a different request");
  if (st.a !== digest(args)) throw bad("issued for different arguments");
  if (Date.now() > st.exp) throw bad("expired");
  if (st.rid === ctx.id) throw new RpcError(E.INVALID_REQUEST, "A retry must use a new JSON-RPC id");
  const responses = params.inputResponses;
  if (hasResponses && (responses === null || typeof responses !== "object" || Array.isArray(responses)))
    throw new RpcError(E.INVALID_PARAMS, "inputResponses must be an object");
  const r = responses?.name;
  if (!r) return askNameInputRequired(ctx, args); // not answered: ask again
  if (!["accept", "decline", "cancel"].includes(r.action))
    throw new RpcError(E.INVALID_PARAMS, "inputResponses.name.action must be accept, decline or cancel");
  if (r.action !== "accept") return { content: [text(`No name given (${r.action})`)], isError: false };
  const name = r.content?.name;
  if (typeof name !== "string" || name === "") return askNameInputRequired(ctx, args);
  return { content: [text(`${args.greeting ?? "Hello"}, ${name}`)], structuredContent: { name } };
}

// ---------------------------------------------------------------- tools/call

async function callTool(params, ctx) {
  const name = params.name;
  if (typeof name !== "string") throw new RpcError(E.INVALID_PARAMS, "tools/call: params.name must be a string");
  const tool = TOOL_BY_NAME.get(name);
  if (!tool) throw new RpcError(E.INVALID_PARAMS, `Unknown tool: ${name}`);
  const args = params.arguments ?? {};
  if (typeof args !== "object" || Array.isArray(args)) throw new RpcError(E.INVALID_PARAMS, "tools/call: arguments must be an object");
  checkParamHeaders(tool, args, ctx.headers);
  if (name !== "ask_name" && (params.inputResponses !== undefined || params.requestState !== undefined))
    throw new RpcError(E.INVALID_PARAMS, `${name} never asks for input: unexpected inputResponses/requestState`);
  const toolError = (msg) => ({ content: [text(msg)], isError: true });

  switch (name) {
    case "echo": {
      if (typeof args.message !== "string") return toolError("echo: message must be a string");
      ctx.log("info", { tool: "echo", message: args.message });
      ctx.log("debug", "echo finished");
      return { content: [text(args.message)] };
    }
    case "add": {
      if (typeof args.a !== "number" || typeof args.b !== "number") return toolError("add: a and b must be numbers");
      const sum = args.a + args.b;
      return { content: [text(sum)], structuredContent: { sum } };
    }
    case "slow": {
      const steps = args.steps ?? 5, delayMs = args.delayMs ?? 200;
      if (!Number.isInteger(steps) || steps < 1 || steps > 1000) return toolError("slow: steps must be 1..1000");
      if (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > 60000) return toolError("slow: delayMs must be 0..60000");
      try {
        for (let i = 1; i <= steps; i++) {
          await sleep(delayMs, ctx.signal);
          if (ctx.progressToken !== undefined)
            ctx.notify({ jsonrpc: "2.0", method: "notifications/progress",
              params: { progressToken: ctx.progressToken, progress: i, total: steps, message: `step ${i}/${steps}` } });
        }
      } catch (e) {
        if (e instanceof Aborted) {
          stats.cancelled++;
          stats.cancelledRequests.push({ id: ctx.id, progressToken: ctx.progressToken ?? null, at: new Date().toISOString() });
          debug(`request ${JSON.stringify(ctx.id)} cancelled`);
        }
        throw e;
      }
      return { content: [text(`done after ${steps} steps`)], structuredContent: { steps } };
    }
    case "ask_name": {
      if (args.greeting !== undefined && typeof args.greeting !== "string") return toolError("ask_name: greeting must be a string");
      return askName(args, ctx, params);
    }
    case "whereami": {
      if (typeof args.region !== "string") return toolError("whereami: region must be a string");
      return { content: [text(`region=${args.region}${args.zone !== undefined ? ` zone=${args.zone}` : ""}`)],
        structuredContent: { region: args.region, zone: args.zone ?? null } };
    }
    case "notify": {
      const map = { tools: "toolsListChanged", prompts: "promptsListChanged", resources: "resourcesListChanged" };
      let n = 0;
      for (const sub of subscriptions) {
        let msg = null;
        if (args.kind === "resource_updated") {
          const uri = args.uri ?? RESOURCE.uri;
          if (sub.honored.resourceSubscriptions?.includes(uri))
            msg = { method: "notifications/resources/updated", params: { uri } };
        } else if (map[args.kind]) {
          if (sub.honored[map[args.kind]]) msg = { method: `notifications/${args.kind}/list_changed`, params: {} };
        } else return toolError("notify: unknown kind");
        if (!msg) continue;
        msg.params._meta = { [K.subscriptionId]: sub.id };
        if (sub.ex.send({ jsonrpc: "2.0", ...msg })) n++;
      }
      return { content: [text(`notified ${n} subscription(s)`)], structuredContent: { notified: n } };
    }
    case "end_subscriptions": {
      const n = endSubscriptions();
      return { content: [text(`ended ${n} subscription(s)`)], structuredContent: { ended: n } };
    }
    case "cancelled_count":
      return { content: [text(stats.cancelled)], structuredContent: { count: stats.cancelled, requests: stats.cancelledRequests } };
    case "last_requests": {
      let list = requestLog.filter((e) => e !== ctx.entry);
      if (typeof args.method === "string") list = list.filter((e) => e.method === args.method);
      if (Number.isInteger(args.limit)) list = list.slice(-args.limit);
      const out = JSON.parse(JSON.stringify(list));
      if (args.clear === true) requestLog.splice(0, requestLog.length); // the clearing call goes too
      return { content: [text(JSON.stringify(out))], structuredContent: { requests: out } };
    }
    case "stats":
      return { content: [text(JSON.stringify(stats))], structuredContent: { ...stats, listenOpen: subscriptions.size } };
  }
  throw new RpcError(E.INTERNAL, "unreachable");
}

// ---------------------------------------------------------------- subscriptions/listen

function listen(params, ctx) {
  const f = params.notifications;
  if (!f || typeof f !== "object" || Array.isArray(f))
    throw new RpcError(E.INVALID_PARAMS, "subscriptions/listen: params.notifications must be an object");
  for (const k of ["toolsListChanged", "promptsListChanged", "resourcesListChanged"])
    if (f[k] !== undefined && typeof f[k] !== "boolean") throw new RpcError(E.INVALID_PARAMS, `notifications.${k} must be a boolean`);
  if (f.resourceSubscriptions !== undefined &&
      (!Array.isArray(f.resourceSubscriptions) || !f.resourceSubscriptions.every((u) => typeof u === "string")))
    throw new RpcError(E.INVALID_PARAMS, "notifications.resourceSubscriptions must be an array of strings");
  const honored = {};
  for (const k of ["toolsListChanged", "promptsListChanged", "resourcesListChanged"]) if (f[k] === true) honored[k] = true;
  if (f.resourceSubscriptions) {
    const known = f.resourceSubscriptions.filter((u) => u === RESOURCE.uri); // only resources this server has
    if (known.length) honored.resourceSubscriptions = known;
  }
  const sub = { id: ctx.id, ex: ctx.ex, honored };
  stats.listenOpened++;
  ctx.ex.startSse();
  ctx.ex.send({ jsonrpc: "2.0", method: "notifications/subscriptions/acknowledged",
    params: { notifications: honored, _meta: { [K.subscriptionId]: sub.id } } });
  subscriptions.add(sub);
  const keepalive = setInterval(() => ctx.ex.comment(), opts.keepaliveMs);
  return new Promise((resolve, reject) => {
    sub.end = () => {
      clearInterval(keepalive);
      subscriptions.delete(sub);
      stats.listenEndedByServer++;
      resolve({ _meta: { [K.subscriptionId]: sub.id } });
    };
    ctx.signal.addEventListener("abort", () => {
      clearInterval(keepalive);
      if (subscriptions.delete(sub)) stats.listenClosedByClient++;
      reject(new Aborted());
    }, { once: true });
  });
}
function endSubscriptions() {
  const all = [...subscriptions];
  for (const sub of all) sub.end();
  return all.length;
}

// ---------------------------------------------------------------- method table

function paginated(params, key, items) {
  if (params.cursor !== undefined) throw new RpcError(E.INVALID_PARAMS, "Invalid cursor");
  return { [key]: items, ttlMs: 60000, cacheScope: "public" };
}

const METHODS = {
  "server/discover": () => ({
    supportedVersions: opts.versions,
    capabilities: CAPABILITIES,
    instructions: "Test server for zt4mcp: echo/add/slow/ask_name tools, one resource, one prompt.",
    serverInfo: SERVER_INFO, // an earlier snapshot of the schema required it here; current one uses _meta only
    ttlMs: 60000,
    cacheScope: "public",
  }),
  "tools/list": (p) => paginated(p, "tools", TOOLS),
  "tools/call": callTool,
  "resources/list": (p) => paginated(p, "resources", [RESOURCE]),
  "resources/templates/list": (p) => paginated(p, "resourceTemplates", []),
  "resources/read": (p) => {
    if (typeof p.uri !== "string") throw new RpcError(E.INVALID_PARAMS, "resources/read: params.uri must be a string");
    if (p.uri !== RESOURCE.uri) throw new RpcError(E.INVALID_PARAMS, `Resource not found: ${p.uri}`, { uri: p.uri });
    return { contents: [{ uri: RESOURCE.uri, mimeType: RESOURCE.mimeType, text: RESOURCE_TEXT }], ttlMs: 0, cacheScope: "public" };
  },
  "prompts/list": (p) => paginated(p, "prompts", [PROMPT]),
  "prompts/get": (p) => {
    if (typeof p.name !== "string") throw new RpcError(E.INVALID_PARAMS, "prompts/get: params.name must be a string");
    if (p.name !== PROMPT.name) throw new RpcError(E.INVALID_PARAMS, `Unknown prompt: ${p.name}`);
    const who = p.arguments?.name;
    if (typeof who !== "string" || who === "") throw new RpcError(E.INVALID_PARAMS, "prompts/get greet: argument 'name' is required");
    return { description: PROMPT.description,
      messages: [{ role: "user", content: text(`Please write a short, warm greeting for ${who}.`) }] };
  },
  "subscriptions/listen": listen,
};

// ---------------------------------------------------------------- HTTP exchange

class Exchange {
  constructor(req, res, entry) {
    this.req = req; this.res = res; this.entry = entry;
    this.sse = false; this.done = false; this.closed = false;
    this.ac = new AbortController();
    res.on("close", () => {
      if (!this.done) { this.closed = true; if (this.entry) this.entry.clientClosed = true; this.ac.abort(); }
    });
  }
  get signal() { return this.ac.signal; }
  startSse() {
    if (this.sse || this.done || this.closed) return;
    this.sse = true;
    this.res.writeHead(200, {
      "Content-Type": "text/event-stream", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no",
    });
    this.res.flushHeaders();
    if (this.entry) { this.entry.status = 200; this.entry.sse = true; }
  }
  send(msg) {
    if (this.done || this.closed) return false;
    this.startSse();
    this.res.write(`event: message\ndata: ${JSON.stringify(msg)}\n\n`);
    return true;
  }
  comment() { if (this.sse && !this.done && !this.closed) this.res.write(":\n\n"); }
  finish(msg, status = 200, extraHeaders = {}) {
    if (this.done || this.closed) return;
    if (this.entry) {
      if (msg?.error) this.entry.errorCode = msg.error.code;
      if (msg?.result) this.entry.resultType = msg.result.resultType;
    }
    if (this.sse) {
      this.done = true;
      this.res.end(`event: message\ndata: ${JSON.stringify(msg)}\n\n`);
      return;
    }
    this.done = true;
    if (this.entry) this.entry.status = status;
    const body = msg === undefined ? "" : JSON.stringify(msg);
    this.res.writeHead(status, { ...(body ? { "Content-Type": "application/json" } : {}), ...extraHeaders });
    this.res.end(body);
  }
  fail(id, err, extraHeaders) {
    const error = { code: err.code, message: err.message, ...(err.data !== undefined ? { data: err.data } : {}) };
    this.finish({ jsonrpc: "2.0", ...(id !== undefined && id !== null ? { id } : {}), error }, err.status, extraHeaders);
  }
}

const HEADERS_OF_INTEREST = ["mcp-protocol-version", "mcp-method", "mcp-name", "mcp-session-id", "last-event-id",
  "accept", "content-type", "origin"];
function pickHeaders(h) {
  const out = {};
  for (const k of HEADERS_OF_INTEREST) if (h[k] !== undefined) out[k] = h[k];
  for (const k of Object.keys(h)) if (k.startsWith("mcp-param-")) out[k] = h[k];
  if (h.authorization !== undefined) out.authorization = "(present)";
  return out;
}
function record(req, msg) {
  const p = msg?.params && typeof msg.params === "object" ? msg.params : {};
  const entry = {
    seq: ++logSeq, at: new Date().toISOString(), httpMethod: req.method, path: req.url,
    method: typeof msg?.method === "string" ? msg.method : null,
    id: msg?.id, kind: msg === undefined ? "none" : msg?.id === undefined ? "notification" : "request",
    headers: pickHeaders(req.headers),
    meta: p._meta ?? null,
    name: typeof p.name === "string" ? p.name : undefined,
    uri: typeof p.uri === "string" ? p.uri : undefined,
    arguments: p.arguments,
    inputResponses: p.inputResponses,
    requestState: p.requestState !== undefined,
    status: null,
  };
  requestLog.push(entry);
  if (requestLog.length > 1000) requestLog.splice(0, requestLog.length - 1000);
  return entry;
}

function originAllowed(origin) {
  if (origin === undefined) return true;
  if (opts.origins.includes(origin)) return true;
  try {
    const u = new URL(origin);
    return (u.protocol === "http:" || u.protocol === "https:") &&
      ["127.0.0.1", "localhost", "[::1]"].includes(u.hostname);
  } catch { return false; }
}
const acceptsBoth = (accept) => {
  const types = String(accept ?? "").split(",").map((s) => s.split(";")[0].trim().toLowerCase());
  return types.includes("application/json") && types.includes("text/event-stream");
};

async function readBody(req, limit = 4 * 1024 * 1024) {
  const chunks = [];
  let n = 0;
  for await (const c of req) {
    n += c.length;
    if (n > limit) throw new RpcError(E.INVALID_REQUEST, "Request body too large", undefined, 413);
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function handle(req, res) {
  const url = new URL(req.url, "http://x");
  if (url.pathname !== opts.path) {
    record(req, undefined).status = 404;
    res.writeHead(404, { "Content-Type": "text/plain" }).end("Not Found\n");
    return;
  }
  if (req.method !== "POST") {
    // The session era's GET stream and DELETE are gone: 405 (a legacy client must not mistake this for a session).
    const entry = record(req, undefined);
    new Exchange(req, res, entry).fail(undefined,
      new RpcError(E.INVALID_REQUEST, `Method Not Allowed: this endpoint accepts POST only (MCP ${opts.versions.join(", ")})`,
        undefined, 405), { Allow: "POST" });
    return;
  }
  if (!originAllowed(req.headers.origin)) {
    const entry = record(req, undefined);
    new Exchange(req, res, entry).fail(undefined, new RpcError(E.INVALID_REQUEST, "Forbidden: invalid Origin", undefined, 403));
    return;
  }

  let raw;
  try { raw = await readBody(req); } catch (e) {
    const entry = record(req, undefined);
    return new Exchange(req, res, entry).fail(undefined, e instanceof RpcError ? e : new RpcError(E.INTERNAL, e.message));
  }
  let msg, parseErr = null;
  try { msg = JSON.parse(raw); } catch (e) { parseErr = e; }
  const entry = record(req, parseErr ? undefined : msg);
  const ex = new Exchange(req, res, entry);
  const h = req.headers;

  const ctype = String(h["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (ctype !== "application/json")
    return ex.fail(undefined, new RpcError(E.INVALID_REQUEST, "Unsupported Media Type: Content-Type must be application/json", undefined, 415));
  if (parseErr) return ex.fail(undefined, new RpcError(E.PARSE, `Parse error: ${parseErr.message}`));
  if (Array.isArray(msg)) return ex.fail(undefined, new RpcError(E.INVALID_REQUEST, "Invalid Request: one JSON-RPC message per POST (no batches)"));
  if (!msg || typeof msg !== "object" || msg.jsonrpc !== "2.0")
    return ex.fail(undefined, new RpcError(E.INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message"));
  if (("result" in msg || "error" in msg) && !("method" in msg))
    return ex.fail(msg.id, new RpcError(E.INVALID_REQUEST, "Invalid Request: clients must not send JSON-RPC responses"));
  if (typeof msg.method !== "string")
    return ex.fail(msg.id, new RpcError(E.INVALID_REQUEST, "Invalid Request: method must be a string"));
  if (!("id" in msg)) {
    // A notification: nothing in this revision is sent this way over HTTP, but the transport accepts it.
    stats.notifications202++;
    return ex.finish(undefined, 202);
  }
  const id = msg.id;
  if (!(typeof id === "string" || Number.isInteger(id)))
    return ex.fail(undefined, new RpcError(E.INVALID_REQUEST, "Invalid Request: id must be a string or an integer"));
  if (!acceptsBoth(h.accept))
    return ex.fail(id, new RpcError(E.INVALID_REQUEST, "Not Acceptable: Accept must list application/json and text/event-stream", undefined, 406));

  const method = msg.method;
  const legacyHint = method === "initialize"
    ? ` This server speaks MCP ${opts.versions.join(", ")} only (no initialize handshake).` : "";
  const legacyData = method === "initialize" ? { supported: opts.versions } : undefined;

  // Standard headers must be present.
  const hv = h["mcp-protocol-version"], hm = h["mcp-method"];
  if (hv === undefined)
    return ex.fail(id, new RpcError(E.HEADER_MISMATCH, `Header mismatch: required header MCP-Protocol-Version is missing.${legacyHint}`, legacyData));
  if (hm === undefined)
    return ex.fail(id, new RpcError(E.HEADER_MISMATCH, `Header mismatch: required header Mcp-Method is missing.${legacyHint}`, legacyData));

  // Per-request _meta must carry the required keys.
  const params = msg.params === undefined ? {} : msg.params;
  if (!params || typeof params !== "object" || Array.isArray(params))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, "Invalid params: params must be an object"));
  const meta = params._meta;
  if (!meta || typeof meta !== "object" || Array.isArray(meta))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: params._meta with ${K.protocolVersion} and ${K.clientCapabilities} is required.${legacyHint}`, legacyData));
  if (typeof meta[K.protocolVersion] !== "string")
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: _meta["${K.protocolVersion}"] (string) is required`));
  const caps = meta[K.clientCapabilities];
  if (!caps || typeof caps !== "object" || Array.isArray(caps))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: _meta["${K.clientCapabilities}"] (object) is required`));
  if (meta[K.clientInfo] !== undefined &&
      (typeof meta[K.clientInfo] !== "object" || typeof meta[K.clientInfo]?.name !== "string" || typeof meta[K.clientInfo]?.version !== "string"))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: _meta["${K.clientInfo}"] needs name and version`));
  const logLevel = meta[K.logLevel];
  if (logLevel !== undefined && !LOG_LEVELS.includes(logLevel))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: unknown log level ${JSON.stringify(logLevel)}`));
  const pt = meta.progressToken;
  if (pt !== undefined && !(typeof pt === "string" || Number.isInteger(pt)))
    return ex.fail(id, new RpcError(E.INVALID_PARAMS, "Invalid params: progressToken must be a string or an integer"));

  // Headers must match the body.
  if (hm !== method)
    return ex.fail(id, new RpcError(E.HEADER_MISMATCH, `Header mismatch: Mcp-Method header value '${hm}' does not match body value '${method}'`));
  if (hv !== meta[K.protocolVersion])
    return ex.fail(id, new RpcError(E.HEADER_MISMATCH,
      `Header mismatch: MCP-Protocol-Version header value '${hv}' does not match _meta value '${meta[K.protocolVersion]}'`));
  if (!opts.versions.includes(hv))
    return ex.fail(id, new RpcError(E.UNSUPPORTED_VERSION, "Unsupported protocol version", { supported: opts.versions, requested: hv }));
  const nameField = NAME_HEADER_METHODS[method];
  if (nameField) {
    const hn = h["mcp-name"];
    if (hn === undefined) return ex.fail(id, new RpcError(E.HEADER_MISMATCH, "Header mismatch: required header Mcp-Name is missing"));
    if (typeof params[nameField] !== "string")
      return ex.fail(id, new RpcError(E.INVALID_PARAMS, `Invalid params: params.${nameField} must be a string`));
    let decoded;
    try { decoded = decodeHeaderValue(hn); } catch (e) {
      return ex.fail(id, new RpcError(E.HEADER_MISMATCH, `Header mismatch: Mcp-Name: ${e.message}`));
    }
    if (decoded !== params[nameField])
      return ex.fail(id, new RpcError(E.HEADER_MISMATCH,
        `Header mismatch: Mcp-Name header value '${decoded}' does not match body value '${params[nameField]}'`));
  }
  const impl = METHODS[method];
  if (!impl)
    return ex.fail(id, new RpcError(E.METHOD_NOT_FOUND, `Method not found: ${method}.${legacyHint}`, legacyData));
  if (params.inputResponses !== undefined || params.requestState !== undefined) {
    if (!["tools/call", "prompts/get", "resources/read"].includes(method))
      return ex.fail(id, new RpcError(E.INVALID_PARAMS, `${method} does not take inputResponses/requestState`));
    if (params.requestState !== undefined && typeof params.requestState !== "string")
      return ex.fail(id, new RpcError(E.INVALID_PARAMS, "requestState must be a string"));
  }

  const ctx = {
    id, method, meta, entry, ex, headers: h, capabilities: caps, progressToken: pt, signal: ex.signal,
    notify: (m) => ex.send(m),
    log: (level, data) => {
      if (logLevel === undefined) return; // no logLevel in _meta: no notifications/message at all
      if (LOG_LEVELS.indexOf(level) < LOG_LEVELS.indexOf(logLevel)) return;
      ex.send({ jsonrpc: "2.0", method: "notifications/message", params: { level, logger: "modern-server", data } });
    },
  };
  if (opts.sseAlways) ex.startSse();
  try {
    const result = await impl(params, ctx);
    const out = { resultType: "complete", ...result };
    out._meta = { ...(result._meta ?? {}), [K.serverInfo]: SERVER_INFO };
    ex.finish({ jsonrpc: "2.0", id, result: out });
  } catch (e) {
    if (e instanceof Aborted || ex.closed) return; // cancelled: send nothing more for this request
    if (e instanceof RpcError) return ex.fail(id, e);
    debug(`internal error: ${e.stack}`);
    ex.fail(id, new RpcError(E.INTERNAL, `Internal error: ${e.message}`));
  }
}

// ---------------------------------------------------------------- main

const server = http.createServer((req, res) => {
  handle(req, res).catch((e) => {
    debug(`unhandled: ${e.stack}`);
    try { res.writeHead(500).end(); } catch { /* already answered */ }
  });
});
server.requestTimeout = 0; // subscriptions/listen streams are long-lived
server.listen(opts.port, opts.host, () => {
  process.stdout.write(`LISTENING ${server.address().port}\n`);
  debug(`serving http://${opts.host}:${server.address().port}${opts.path} versions=${opts.versions.join(",")}`);
});
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    endSubscriptions(); // graceful end: each listen stream gets its SubscriptionsListenResult
    server.close();
    setTimeout(() => { server.closeAllConnections?.(); process.exit(0); }, 100).unref();
  });
}
