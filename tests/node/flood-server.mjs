// flood-server.mjs: a stdio MCP server whose one tool, flood, sends FLOOD_N notifications of
// 64 KiB each before its answer (a hostile or broken server): what the agent forwards to a
// client that does not read piles up. Log messages; progress when the call asks for it.
// SPDX-License-Identifier: GPL-3.0-or-later
import readline from "node:readline";

const rl = readline.createInterface({ input: process.stdin });
const out = (m) => new Promise((resolve) => {
  if (process.stdout.write(JSON.stringify(m) + "\n")) resolve();
  else process.stdout.once("drain", resolve);
});
const blob = "x".repeat(65536);

rl.on("line", async (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    await out({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion,
      capabilities: { tools: {}, logging: {} }, serverInfo: { name: "flood", version: "1.0.0" } } });
  else if (m.method === "tools/list")
    await out({ jsonrpc: "2.0", id: m.id, result: { tools: [{ name: "flood", description: "Sends many log messages.",
      inputSchema: { type: "object", properties: {} } }] } });
  else if (m.method === "tools/call") {
    const token = m.params?._meta?.progressToken;
    for (let i = 0; i < Number(process.env.FLOOD_N ?? 1024); i++) {
      await out(token === undefined
        ? { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: blob } }
        : { jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: token, progress: i + 1, message: blob } });
    }
    await out({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text: "done" }] } });
  } else if (m.id !== undefined)
    await out({ jsonrpc: "2.0", id: m.id, result: {} });
});
