// deaf-server.mjs: a stdio MCP server that answers initialize and tools/list, then stops
// reading its input for good at the first other message (a hung or hostile server): what the
// agent writes to it piles up
// SPDX-License-Identifier: GPL-3.0-or-later
import readline from "node:readline";

const send = (m) => process.stdout.write(JSON.stringify(m) + "\n");
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} },
      serverInfo: { name: "deaf", version: "1.0.0" } } });
  else if (m.method === "tools/list")
    send({ jsonrpc: "2.0", id: m.id, result: { tools: [{ name: "listen", description: "never heard",
      inputSchema: { type: "object" } }] } });
  else if (m.method !== "notifications/initialized") {
    rl.pause();
    process.stdin.pause();
  }
});
setInterval(() => {}, 1 << 30);
