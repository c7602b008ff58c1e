// env-server.mjs: a stdio MCP server with one tool, "getenv", that answers the value of one of
// its environment variables ("(unset)" if it has none): what a service's environment gave it.
// A value asked for with "digest": true is answered as its SHA-256, so that a test can check a
// secret arrived without the secret itself passing through the agent's logs.
// SPDX-License-Identifier: GPL-3.0-or-later
import crypto from "node:crypto";
import readline from "node:readline";

const send = (m) => process.stdout.write(JSON.stringify(m) + "\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} },
      serverInfo: { name: "env-server", version: "1.0.0" } } });
  else if (m.method === "tools/list")
    send({ jsonrpc: "2.0", id: m.id, result: { tools: [{ name: "getenv", description: "The value of one variable",
      inputSchema: { type: "object", properties: { name: { type: "string" }, digest: { type: "boolean" } },
                     required: ["name"] } }] } });
  else if (m.method === "tools/call") {
    const { name, digest } = m.params.arguments ?? {};
    const value = process.env[name];
    const text = value === undefined ? "(unset)"
      : digest ? crypto.createHash("sha256").update(value).digest("hex") : value;
    send({ jsonrpc: "2.0", id: m.id, result: { content: [{ type: "text", text }] } });
  } else if (m.method === "ping")
    send({ jsonrpc: "2.0", id: m.id, result: {} });
});
