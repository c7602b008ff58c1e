// crash-server.mjs: a stdio MCP server whose tool "crash" writes its last words on stderr
// (30 lines, one of them its API key from the environment, one a GitHub token, the last
// without a newline; with {long: true} first a line of 10 000 bytes; with {forge: true} first
// a line with a carriage return, a forged log line, an ANSI escape and a bidi override) and
// exits with status 3
// SPDX-License-Identifier: GPL-3.0-or-later
import readline from "node:readline";

const send = (m) => process.stdout.write(JSON.stringify(m) + "\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const m = JSON.parse(line);
  if (m.method === "initialize")
    send({ jsonrpc: "2.0", id: m.id, result: { protocolVersion: m.params.protocolVersion, capabilities: { tools: {} },
      serverInfo: { name: "crash", version: "1.0.0" } } });
  else if (m.method === "tools/list")
    send({ jsonrpc: "2.0", id: m.id, result: { tools: [{ name: "crash", description: "exits",
      inputSchema: { type: "object" } }] } });
  else if (m.method === "tools/call") {
    let text = "";
    // {forge: true}: lines that would forge the agent's log on a terminal or in a file
    if (m.params.arguments?.forge)
      text += "\r** Message: 12:00:00.000: forged by the server\x1b[2J\u202e evil\nline two\n";
    if (m.params.arguments?.long) text += `${"x".repeat(10000)}\n`;
    for (let i = 1; i <= 27; i++) text += `trace line ${i}\n`;
    text += `connecting with key ${process.env.CRASH_API_KEY}\n`;
    text += "token ghp_abcdefghijklmnopqrstuvwxyz0123456789 refused\n";
    text += "fatal: the disk is on fire";
    process.stderr.write(text, () => process.exit(3));
  }
});
