// mute-server.mjs: a stdio MCP server that accepts tools/call and never answers it
// (MUTE_LIST=1: nor tools/list)
// SPDX-License-Identifier: GPL-3.0-or-later
import readline from "node:readline";

const send = (m) => process.stdout.write(JSON.stringify(m) + "\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} },
      serverInfo: { name: "mute", version: "1.0.0" } } });
  else if (m.method === "tools/list" && process.env.MUTE_LIST !== "1")
    send({ jsonrpc: "2.0", id: m.id, result: { tools: [{ name: "hang", description: "never answers",
      inputSchema: { type: "object" } }] } });
  else if (m.method === "ping")
    send({ jsonrpc: "2.0", id: m.id, result: {} });
  else if (m.method === "tools/call")
    process.stderr.write(`call ${JSON.stringify(m.id)}\n`);   /* the id it was given, then silence */
  else if (m.method === "notifications/cancelled")
    process.stderr.write(`cancelled ${JSON.stringify(m.params.requestId)}: ${m.params.reason}\n`);
});
