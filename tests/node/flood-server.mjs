// flood-server.mjs: an MCP server whose one tool, flood, sends FLOOD_N notifications of
// FLOOD_SIZE bytes of text each (64 KiB unless told) before its answer (a hostile or broken
// server): what the agent forwards to a client that does not read piles up. Log messages;
// progress when the call asks for it.
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: [FLOOD_N=n] [FLOOD_SIZE=bytes] node flood-server.mjs     (stdio)
//        [FLOOD_N=n] PORT=p node flood-server.mjs     (streamable HTTP at /mcp, no sessions:
//        the call's answer is an SSE stream written only as fast as the client takes it;
//        GET /sent says how many bytes of streams the server got out, in JSON)
import http from "node:http";
import readline from "node:readline";

const blob = "x".repeat(Number(process.env.FLOOD_SIZE ?? 65536));
const N = Number(process.env.FLOOD_N ?? 1024);

function answer(m) {
  if (m.method === "initialize")
    return { protocolVersion: m.params.protocolVersion, capabilities: { tools: {}, logging: {} },
             serverInfo: { name: "flood", version: "1.0.0" } };
  if (m.method === "tools/list")
    return { tools: [{ name: "flood", description: "Sends many log messages.",
                       inputSchema: { type: "object", properties: {} } }] };
  return null;
}

// the call's notifications then its answer, each through @out (which waits for a drain)
async function flood(m, out) {
  const token = m.params?._meta?.progressToken;
  for (let i = 0; i < N; i++) {
    await out(token === undefined
      ? { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: blob } }
      : { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: token, progress: i + 1, message: blob } });
  }
  await out({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
}

if (process.env.PORT === undefined) {
  const rl = readline.createInterface({ input: process.stdin });
  const out = (m) => new Promise((resolve) => {
    if (process.stdout.write(JSON.stringify(m) + "\n")) resolve();
    else process.stdout.once("drain", resolve);
  });
  rl.on("line", async (line) => {
    const m = JSON.parse(line);
    const result = answer(m);
    if (result !== null)
      await out({ jsonrpc: "2.0", id: m.id, result });
    else if (m.method === "tools/call")
      await flood(m, out);
    else if (m.id !== undefined)
      await out({ jsonrpc: "2.0", id: m.id, result: {} });
  });
} else {
  let sent = 0;
  const server = http.createServer(async (req, res) => {
    if (req.method === "GET" && req.url === "/sent") {
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ sent }));
      return;
    }
    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    let body = "";
    for await (const chunk of req) body += chunk;
    const m = JSON.parse(body);
    if (m.id === undefined) {
      res.writeHead(202).end();
      return;
    }
    const result = answer(m);
    if (m.method !== "tools/call") {
      const reply = result !== null ? { jsonrpc: "2.0", id: m.id, result }
        : { jsonrpc: "2.0", id: m.id, error: { code: -32601, message: "Method not found" } };
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(reply));
      return;
    }
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    let gone = false;
    res.on("close", () => { gone = true; });
    await flood(m, (msg) => new Promise((resolve) => {
      if (gone) return resolve();
      const text = `event: message\ndata: ${JSON.stringify(msg)}\n\n`;
      const counted = () => { res.off("drain", counted); res.off("close", counted); sent += Buffer.byteLength(text); resolve(); };
      if (res.write(text)) counted();
      else { res.once("drain", counted); res.once("close", counted); }
    }));
    res.end();
  });
  server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`listening on port ${process.env.PORT}`));
}
