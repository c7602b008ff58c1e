// modern-client.mjs: a minimal MCP 2026-07-28 ("modern era", stateless) client over Streamable HTTP, built on
// fetch only (no SDK), used by zt4mcp's tests to talk to modern servers directly or through the gateway.
// SPDX-License-Identifier: GPL-3.0-or-later
//
//   import { ModernClient, probeEra } from "./modern-client.mjs";
//   const c = new ModernClient("http://127.0.0.1:PORT/mcp", { headers: { Authorization: "Bearer ..." } });
//   await c.discover();
//   const r = await c.callTool("slow", { steps: 3 }, { onprogress: (p) => ..., signal });
//   const g = await c.callTool("ask_name", {}, { onInputRequest: async (key, req) => ({ action: "accept", content: { name: "Ada" } }) });
//   const x = await c.raw("tools/list", {}, { "Mcp-Method": null });   // null removes a default header
//
// Every request is its own POST carrying MCP-Protocol-Version, Mcp-Method (and Mcp-Name / Mcp-Param-* where the
// spec requires them) and the required _meta keys. Responses may be JSON or SSE; SSE streams are parsed and
// request-scoped notifications (progress, log messages) dispatched to callbacks. Aborting `signal` closes the
// stream, which is the cancellation signal on this transport. InputRequiredResult is handled with the MRTR
// retry loop: each inputRequests entry is answered by onInputRequest(key, request), then the original request
// is re-sent with a new id plus inputResponses and the verbatim requestState.

export const PROTOCOL_VERSION = "2026-07-28";
export const META = {
  protocolVersion: "io.modelcontextprotocol/protocolVersion",
  clientInfo: "io.modelcontextprotocol/clientInfo",
  clientCapabilities: "io.modelcontextprotocol/clientCapabilities",
  logLevel: "io.modelcontextprotocol/logLevel",
  serverInfo: "io.modelcontextprotocol/serverInfo",
  subscriptionId: "io.modelcontextprotocol/subscriptionId",
};
export const ERRORS = {
  PARSE: -32700, INVALID_REQUEST: -32600, METHOD_NOT_FOUND: -32601, INVALID_PARAMS: -32602, INTERNAL: -32603,
  HEADER_MISMATCH: -32020, MISSING_CAPABILITY: -32021, UNSUPPORTED_VERSION: -32022,
};
const MODERN_ERROR_CODES = new Set([ERRORS.HEADER_MISMATCH, ERRORS.MISSING_CAPABILITY, ERRORS.UNSUPPORTED_VERSION]);
const MRTR_METHODS = new Set(["tools/call", "prompts/get", "resources/read"]);
const NAME_FIELD = { "tools/call": "name", "prompts/get": "name", "resources/read": "uri" };

export class McpError extends Error {
  constructor(code, message, data, status) {
    super(message);
    this.name = "McpError";
    this.code = code;
    this.data = data;
    this.status = status;
  }
}

// ---------------------------------------------------------------- header values

const PLAIN_SAFE = /^[\x21-\x7e]([\x20-\x7e\t]*[\x21-\x7e])?$/;
const SENTINEL = /^=\?base64\?.*\?=$/;
// Encodes a value for Mcp-Name / Mcp-Param-*: plain when header-safe, else the =?base64?...?= sentinel form.
export function encodeHeaderValue(v) {
  const s = typeof v === "boolean" ? String(v) : typeof v === "number" ? String(v) : String(v);
  if (PLAIN_SAFE.test(s) && !SENTINEL.test(s)) return s;
  return `=?base64?${Buffer.from(s, "utf8").toString("base64")}?=`;
}
export function decodeHeaderValue(v) {
  const m = /^=\?base64\?(.*)\?=$/.exec(v);
  return m ? Buffer.from(m[1], "base64").toString("utf8") : v;
}

// x-mcp-header annotations of a tool's inputSchema: [{path, name, type}], or throws why the tool is invalid.
const TCHAR = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
export function toolHeaderAnnotations(tool) {
  const found = [];
  const seen = new Set();
  const walk = (node, path, reachable) => {
    if (Array.isArray(node)) { node.forEach((n) => walk(n, path, false)); return; }
    if (!node || typeof node !== "object") return;
    if ("x-mcp-header" in node) {
      const name = node["x-mcp-header"];
      if (!reachable || path.length === 0) throw new Error(`x-mcp-header at a position not reachable through properties only`);
      if (typeof name !== "string" || name === "" || !TCHAR.test(name)) throw new Error(`invalid x-mcp-header value ${JSON.stringify(name)}`);
      if (!["string", "integer", "boolean"].includes(node.type)) throw new Error(`x-mcp-header on a non-primitive (${node.type}) property`);
      if (seen.has(name.toLowerCase())) throw new Error(`duplicate x-mcp-header ${name}`);
      seen.add(name.toLowerCase());
      found.push({ path, name, type: node.type });
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && v && typeof v === "object" && !Array.isArray(v)) {
        for (const [pk, pv] of Object.entries(v)) walk(pv, [...path, pk], reachable);
      } else if (k !== "x-mcp-header") {
        walk(v, path, false);
      }
    }
  };
  walk(tool.inputSchema ?? {}, [], true);
  return found;
}

// ---------------------------------------------------------------- SSE

// Async iterator over SSE events of a fetch body: { event, data, id }. Comment lines are counted in `stats`.
export async function* sseEvents(body, stats = {}) {
  const reader = body.getReader();
  const dec = new TextDecoder();
  let buf = "", data = [], event = "", id;
  stats.comments = stats.comments ?? 0;
  const line = (l) => {
    if (l === "") {
      if (data.length) { const ev = { event: event || "message", data: data.join("\n"), id }; data = []; event = ""; return ev; }
      event = "";
      return null;
    }
    if (l.startsWith(":")) { stats.comments++; return null; }
    const c = l.indexOf(":");
    const field = c < 0 ? l : l.slice(0, c);
    let value = c < 0 ? "" : l.slice(c + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") data.push(value);
    else if (field === "event") event = value;
    else if (field === "id") id = value;
    return null;
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += dec.decode(value, { stream: true });
      for (;;) {
        const m = /\r\n|\r|\n/.exec(buf);
        if (!m) break;
        if (m[0] === "\r" && m.index === buf.length - 1) break; // maybe the \r of a \r\n split across chunks
        const ev = line(buf.slice(0, m.index));
        buf = buf.slice(m.index + m[0].length);
        if (ev) yield ev;
      }
    }
  } finally {
    reader.releaseLock?.();
  }
  // An event not terminated by a blank line at end of stream is discarded, as SSE requires.
}

// ---------------------------------------------------------------- client

export class ModernClient {
  constructor(url, options = {}) {
    this.url = String(url);
    this.protocolVersion = options.protocolVersion ?? PROTOCOL_VERSION;
    this.supportedVersions = options.supportedVersions ?? [this.protocolVersion];
    this.clientInfo = options.clientInfo === undefined ? { name: "zt4mcp-modern-test-client", version: "1.0.0" } : options.clientInfo;
    this.capabilities = options.capabilities ?? { elicitation: { form: {} } };
    this.headers = options.headers ?? {};
    this.logLevel = options.logLevel;
    this.fetch = options.fetch ?? globalThis.fetch;
    this.nextId = 1;
    this.tools = new Map();
    this.rejectedTools = [];
    this.last = null; // details of the last exchange: status, contentType, sse, messages, rounds
    this.serverInfo = null;
  }

  newId() { return this.nextId++; }

  meta(extra = {}) {
    const m = {
      [META.protocolVersion]: this.protocolVersion,
      [META.clientCapabilities]: this.capabilities,
    };
    if (this.clientInfo) m[META.clientInfo] = this.clientInfo;
    if (this.logLevel) m[META.logLevel] = this.logLevel;
    for (const [k, v] of Object.entries(extra)) {
      if (v === undefined || v === null) delete m[k]; else m[k] = v;
    }
    return m;
  }

  // Headers the spec requires for this request body.
  standardHeaders(method, params) {
    const h = {
      "Content-Type": "application/json",
      Accept: "application/json, text/event-stream",
      "MCP-Protocol-Version": params?._meta?.[META.protocolVersion] ?? this.protocolVersion,
      "Mcp-Method": method,
    };
    const nf = NAME_FIELD[method];
    if (nf && typeof params?.[nf] === "string") h["Mcp-Name"] = encodeHeaderValue(params[nf]);
    if (method === "tools/call" && typeof params?.name === "string") {
      const tool = this.tools.get(params.name);
      for (const ann of tool?.headerAnnotations ?? []) {
        let v = params.arguments;
        for (const k of ann.path) v = v && typeof v === "object" ? v[k] : undefined;
        if (v === undefined || v === null) continue;
        h[`Mcp-Param-${ann.name}`] = encodeHeaderValue(v);
      }
    }
    return h;
  }

  // One POST. Returns { status, headers, contentType, sse, messages, response, text }.
  // opts: { id, notification, signal, onmessage(msg), body (raw string), rawMeta (send params._meta exactly) }
  async post(method, params = {}, headers = {}, opts = {}) {
    const p = { ...params };
    if (!opts.rawMeta) {
      if (p._meta === null) delete p._meta;
      else p._meta = this.meta(p._meta ?? {});
    }
    const msg = { jsonrpc: "2.0" };
    if (!opts.notification) msg.id = "id" in opts ? opts.id : this.newId();
    msg.method = method;
    msg.params = p;
    const h = { ...this.standardHeaders(method, p), ...this.headers };
    for (const [k, v] of Object.entries(headers)) {
      for (const existing of Object.keys(h)) if (existing.toLowerCase() === k.toLowerCase()) delete h[existing];
      if (v !== null && v !== undefined) h[k] = v;
    }
    const res = await this.fetch(this.url, {
      method: "POST", headers: h, body: opts.body ?? JSON.stringify(msg), signal: opts.signal,
    });
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
    const out = { status: res.status, headers: res.headers, contentType, sse: false, messages: [], response: null,
      text: null, request: msg, sentHeaders: h, sseStats: {} };
    if (contentType === "text/event-stream" && res.body) {
      out.sse = true;
      for await (const ev of sseEvents(res.body, out.sseStats)) {
        let m;
        try { m = JSON.parse(ev.data); } catch { throw new McpError(ERRORS.PARSE, `bad JSON in SSE event: ${ev.data}`); }
        out.messages.push(m);
        if ("id" in m && ("result" in m || "error" in m)) {
          if (m.id === msg.id) out.response = m;
        } else {
          opts.onmessage?.(m);
        }
        if (out.response) break; // the final response terminates the exchange
      }
      try { await res.body.cancel(); } catch { /* already closed */ }
    } else {
      out.text = await res.text();
      if (contentType === "application/json" && out.text) {
        try { out.response = JSON.parse(out.text); } catch { /* left as text */ }
      }
    }
    return out;
  }

  // Low-level escape hatch: same as post() with (method, params, headers) and the full exchange as result.
  raw(method, params = {}, headers = {}, opts = {}) { return this.post(method, params, headers, opts); }

  // A request with the standard semantics: throws McpError for errors, follows MRTR, negotiates the version.
  async request(method, params = {}, o = {}) {
    let p = { ...params };
    let rounds = 0, renegotiated = false, refreshedTools = false;
    for (;;) {
      const progressToken = o.onprogress ? `progress-${Math.random().toString(36).slice(2)}` : undefined;
      const extraMeta = { ...(o.meta ?? {}) };
      if (progressToken !== undefined) extraMeta.progressToken = progressToken;
      if (o.logLevel) extraMeta[META.logLevel] = o.logLevel;
      const sendParams = { ...p, _meta: { ...(p._meta ?? {}), ...extraMeta } };
      const onmessage = (m) => {
        if (m.method === "notifications/progress" && o.onprogress && m.params?.progressToken === progressToken) o.onprogress(m.params);
        else if (m.method === "notifications/message" && o.onlog) o.onlog(m.params);
        o.onnotification?.(m);
      };
      const ex = await this.post(method, sendParams, o.headers ?? {}, { signal: o.signal, onmessage });
      this.last = { status: ex.status, contentType: ex.contentType, sse: ex.sse, messages: ex.messages, rounds };
      const r = ex.response;
      if (!r || typeof r !== "object")
        throw new McpError(ERRORS.INTERNAL, `no JSON-RPC response (HTTP ${ex.status}${ex.text ? `: ${ex.text.slice(0, 200)}` : ""})`, undefined, ex.status);
      if (r.error) {
        const err = new McpError(r.error.code, r.error.message, r.error.data, ex.status);
        if (err.code === ERRORS.UNSUPPORTED_VERSION && !renegotiated && Array.isArray(err.data?.supported)) {
          const mutual = this.supportedVersions.find((v) => err.data.supported.includes(v));
          if (mutual && mutual !== this.protocolVersion) { this.protocolVersion = mutual; renegotiated = true; continue; }
        }
        if (err.code === ERRORS.HEADER_MISMATCH && method === "tools/call" && !refreshedTools && o.refreshToolsOnMismatch !== false) {
          refreshedTools = true; // the tool's x-mcp-header annotations may have changed
          await this.listTools();
          continue;
        }
        throw err;
      }
      const result = r.result;
      if (!result || typeof result !== "object") throw new McpError(ERRORS.INTERNAL, "response has no result object");
      if (result._meta?.[META.serverInfo]) this.serverInfo = result._meta[META.serverInfo];
      const rt = result.resultType ?? "complete"; // absent: an earlier-era server, treated as complete
      if (rt === "complete") return result;
      if (rt !== "input_required") throw new McpError(ERRORS.INTERNAL, `unrecognized resultType ${JSON.stringify(rt)}`);
      if (!MRTR_METHODS.has(method)) throw new McpError(ERRORS.INTERNAL, `input_required is not allowed for ${method}`);
      if (result.inputRequests === undefined && result.requestState === undefined)
        throw new McpError(ERRORS.INTERNAL, "InputRequiredResult without inputRequests or requestState");
      if (++rounds > (o.maxRounds ?? 8)) throw new McpError(ERRORS.INTERNAL, "too many input_required rounds");
      const next = { ...params };
      delete next.inputResponses;
      delete next.requestState;
      if (result.inputRequests) {
        if (!o.onInputRequest) throw new McpError(ERRORS.INTERNAL, "server asked for input and no onInputRequest handler was given");
        const responses = {};
        for (const [key, req] of Object.entries(result.inputRequests)) responses[key] = await o.onInputRequest(key, req);
        next.inputResponses = responses;
      }
      if (result.requestState !== undefined) next.requestState = result.requestState;
      p = next;
    }
  }

  async discover(o = {}) {
    const r = await this.request("server/discover", {}, o);
    this.discovered = r;
    return r;
  }

  async listAll(method, key, o = {}) {
    const items = [];
    let cursor, first;
    do {
      const r = await this.request(method, cursor ? { cursor } : {}, o);
      first = first ?? r;
      items.push(...(r[key] ?? []));
      cursor = r.nextCursor;
    } while (cursor);
    return { ...first, [key]: items, nextCursor: undefined };
  }

  // Tools whose x-mcp-header annotations are invalid are left out, as the spec requires of HTTP clients.
  async listTools(o = {}) {
    const r = await this.listAll("tools/list", "tools", o);
    const ok = [];
    this.tools.clear();
    this.rejectedTools = [];
    for (const t of r.tools) {
      try {
        const headerAnnotations = toolHeaderAnnotations(t);
        this.tools.set(t.name, { ...t, headerAnnotations });
        ok.push(t);
      } catch (e) {
        this.rejectedTools.push({ name: t.name, reason: e.message });
      }
    }
    return { ...r, tools: ok };
  }

  callTool(name, args = {}, o = {}) { return this.request("tools/call", { name, arguments: args }, o); }
  listResources(o = {}) { return this.listAll("resources/list", "resources", o); }
  listResourceTemplates(o = {}) { return this.listAll("resources/templates/list", "resourceTemplates", o); }
  readResource(uri, o = {}) { return this.request("resources/read", { uri }, o); }
  listPrompts(o = {}) { return this.listAll("prompts/list", "prompts", o); }
  getPrompt(name, args = {}, o = {}) { return this.request("prompts/get", { name, arguments: args }, o); }

  // Opens a subscriptions/listen stream. Returns { id, acknowledged, notifications, done, close() }:
  // acknowledged resolves with the honored filter; done resolves with { result } on a graceful end by the server
  // or { closed: true } after close(), and rejects on an error response or an abrupt end of the stream.
  listen(filter, o = {}) {
    const ac = new AbortController();
    if (o.signal) o.signal.addEventListener("abort", () => ac.abort(), { once: true });
    const id = this.newId();
    const sub = { id, notifications: [], close: () => ac.abort() };
    let ackResolve, ackReject;
    sub.acknowledged = new Promise((res, rej) => { ackResolve = res; ackReject = rej; });
    sub.acknowledged.catch(() => {});
    const onmessage = (m) => {
      if (m.method === "notifications/subscriptions/acknowledged" && m.params?._meta?.[META.subscriptionId] === id) {
        sub.ackMessage = m;
        ackResolve(m.params.notifications);
        return;
      }
      sub.notifications.push(m);
      o.onnotification?.(m);
    };
    sub.done = this.post("subscriptions/listen", { notifications: filter }, o.headers ?? {}, { id, signal: ac.signal, onmessage })
      .then((ex) => {
        sub.exchange = ex;
        const r = ex.response;
        if (r?.error) { const e = new McpError(r.error.code, r.error.message, r.error.data, ex.status); ackReject(e); throw e; }
        if (r?.result) { ackReject(new Error("ended before acknowledgement")); return { result: r.result }; }
        const e = new McpError(ERRORS.INTERNAL, `listen stream ended without a response (HTTP ${ex.status})`, undefined, ex.status);
        ackReject(e);
        throw e;
      }, (e) => {
        if (ac.signal.aborted) { ackReject(new Error("closed")); return { closed: true }; }
        ackReject(e);
        throw e;
      });
    sub.done.catch(() => {}); // a caller that only awaited `acknowledged` must not get an unhandled rejection
    return sub;
  }
}

// Era detection for an HTTP endpoint (server/discover as the probe, per the HTTP backward-compatibility rules):
// { era: "modern", result } | { era: "modern", error } | { era: "legacy", status, body }.
// A 200 result, or a 4xx whose body is a modern JSON-RPC error (-32020/-32021/-32022, or -32601 with HTTP 404,
// which is how modern servers report unknown methods), means modern; anything else means legacy.
export async function probeEra(url, o = {}) {
  const c = new ModernClient(url, o);
  let ex;
  try { ex = await c.post("server/discover", {}, {}, {}); } catch (e) { return { era: "unreachable", error: e }; }
  const r = ex.response;
  if (ex.status === 200 && r?.result && Array.isArray(r.result.supportedVersions)) return { era: "modern", result: r.result };
  if (r?.error && (MODERN_ERROR_CODES.has(r.error.code) || (ex.status === 404 && r.error.code === ERRORS.METHOD_NOT_FOUND)))
    return { era: "modern", error: r.error, status: ex.status };
  return { era: "legacy", status: ex.status, body: ex.text ?? JSON.stringify(ex.messages) };
}
