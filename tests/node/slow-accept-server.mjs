// slow-accept-server.mjs: an MCP server, on legacy HTTP+SSE and streamable HTTP, that takes
// its time to accept a client's notifications (the 202 comes after DELAY ms), so that a
// gateway which sends the next message without waiting lets it overtake the notification.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: PORT=N [DELAY=ms|never] node slow-accept-server.mjs
// Its tools/list names one tool, "after-initialized" once notifications/initialized has been
// taken and "before-initialized" until then; the tool "order" answers with the methods in the
// order the server took them. GET /connections says how many TCP connections it accepted.
import http from "node:http";
import { randomUUID } from "node:crypto";

// DELAY=never: a notification is never accepted (a hung server): what follows it waits
const DELAY = process.env.DELAY === "never" ? Infinity : Number(process.env.DELAY ?? 400);
const streams = new Map();   // legacy session id -> SSE response
const sessions = new Map();  // session id -> { order, initialized }

function state(id) {
  if (!sessions.has(id))
    sessions.set(id, { order: [], initialized: false });
  return sessions.get(id);
}

function answer(st, msg) {
  if (msg.method === "initialize")
    return { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} },
             serverInfo: { name: "slow-accept", version: "1.0.0" } };
  if (msg.method === "tools/list")
    return { tools: [
      { name: st.initialized ? "after-initialized" : "before-initialized", inputSchema: { type: "object" } },
      { name: "order", description: "The methods in the order they were taken.", inputSchema: { type: "object" } },
    ] };
  if (msg.method === "tools/call")
    return { content: [{ type: "text", text: st.order.join(",") }] };
  if (msg.method === "ping")
    return {};
  return null;
}

function take(st, msg) {
  st.order.push(msg.method ?? "response");
  if (msg.method === "notifications/initialized")
    st.initialized = true;
}

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on("data", (c) => parts.push(c));
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
  });
}

let connections = 0;
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  if (req.method === "GET" && url.pathname === "/connections") {
    res.writeHead(200, { "Content-Type": "application/json", "Connection": "close" }).end(String(connections));
    return;
  }
  if (req.method === "GET" && url.pathname === "/sse") {
    const id = randomUUID();
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.write(`event: endpoint\ndata: /messages?sessionId=${id}\n\n`);
    streams.set(id, res);
    req.on("close", () => streams.delete(id));
    return;
  }
  if (req.method === "GET" && url.pathname === "/mcp") {
    res.writeHead(405).end();
    return;
  }
  if (req.method === "DELETE") {
    res.writeHead(200).end();
    return;
  }
  if (req.method !== "POST") {
    res.writeHead(404).end();
    return;
  }
  const msg = JSON.parse(await readBody(req));
  const isRequest = msg.method !== undefined && msg.id !== undefined;
  const legacy = url.pathname === "/messages";
  const sid = legacy ? url.searchParams.get("sessionId")
    : msg.method === "initialize" ? randomUUID() : req.headers["mcp-session-id"];
  const st = state(sid);
  if (!isRequest && DELAY === Infinity)
    await new Promise(() => {});
  if (!isRequest)
    await new Promise((r) => setTimeout(r, DELAY));
  take(st, msg);
  if (legacy) {
    const stream = streams.get(sid);
    res.writeHead(202).end("Accepted");
    const result = isRequest ? answer(st, msg) : null;
    if (result && stream)
      stream.write(`event: message\ndata: ${JSON.stringify({ jsonrpc: "2.0", id: msg.id, result })}\n\n`);
    return;
  }
  if (!isRequest) {
    res.writeHead(202).end();
    return;
  }
  const result = answer(st, msg);
  if (sid === undefined || result === null) {
    // as the SDK's server does: no session, or a method it does not know (server/discover)
    res.writeHead(400, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ jsonrpc: "2.0", id: msg.id, error: { code: -32601, message: "unknown" } }));
    return;
  }
  res.writeHead(200, { "Content-Type": "application/json", "Mcp-Session-Id": sid });
  res.end(JSON.stringify({ jsonrpc: "2.0", id: msg.id, result }));
});

server.on("connection", () => connections++);
server.listen(Number(process.env.PORT), "127.0.0.1", () => {
  console.log(`slow-accept listening on port ${process.env.PORT}`);
});
