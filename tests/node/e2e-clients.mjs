// e2e-clients.mjs: other real clients and servers: inspector CLI, `zt4mcp connect`, server-filesystem
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { CreateMessageRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import {
  startAgent, connectHttp, run, tmpdir, onCleanup, NODE, EVERYTHING, FILESYSTEM, INSPECTOR, ZT4MCP,
} from "./lib.mjs";

const execFileP = promisify(execFile);
const agent = await startAgent();
agent.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
const root = tmpdir("zt4mcp-fs-");
fs.writeFileSync(path.join(root, "hello.txt"), "hello from the filesystem ✓\n");
agent.cli("service", "add", "fs", "--stdio", "--", NODE, FILESYSTEM, root);
agent.cli("service", "add", "open", "--local-auth", "none", "--stdio", "--", NODE, EVERYTHING, "stdio");

async function inspector(...args) {
  const { stdout } = await execFileP(NODE, [INSPECTOR, "--cli", ...args], { timeout: 60000, env: { ...process.env, HOME: tmpdir() } });
  return JSON.parse(stdout);
}

async function connectStdioBridge(service, capabilities = {}) {
  const client = new Client({ name: "bridge-test", version: "1" }, { capabilities });
  const transport = new StdioClientTransport({
    command: ZT4MCP, args: ["connect", service], env: { ...process.env, ZT4MCP_HOME: agent.home }, stderr: "pipe",
  });
  await client.connect(transport);
  onCleanup(() => client.close());
  return client;
}

await run({
  "inspector CLI lists tools through the agent (bearer header)": async () => {
    const out = await inspector(agent.mcpUrl("ev").href, "--transport", "http",
      "--header", `Authorization: Bearer ${agent.token}`, "--method", "tools/list");
    assert.ok(out.tools.some((t) => t.name === "echo"));
  },
  "inspector CLI calls a tool over the legacy SSE endpoint": async () => {
    const out = await inspector(agent.sseUrl("ev").href, "--transport", "sse",
      "--header", `Authorization: Bearer ${agent.token}`, "--method", "tools/call",
      "--tool-name", "echo", "--tool-arg", "message=via-inspector");
    assert.equal(out.content[0].text, "Echo: via-inspector");
  },
  "local_auth=none serves loopback clients without headers": async () => {
    const out = await inspector(agent.mcpUrl("open").href, "--transport", "http", "--method", "tools/list");
    assert.ok(out.tools.length > 0);
    const denied = await fetch(agent.mcpUrl("ev"), { method: "POST", body: "{}" });
    assert.equal(denied.status, 401, "other services still need a token");
  },
  "zt4mcp connect bridges stdio to the agent, server requests included": async () => {
    const client = await connectStdioBridge("ev", { sampling: {} });
    client.setRequestHandler(CreateMessageRequestSchema, async () => ({
      model: "scripted", role: "assistant", content: { type: "text", text: "bridge-sampled" },
    }));
    const { tools } = await client.listTools();
    assert.ok(tools.some((t) => t.name === "echo"));
    const r = await client.callTool({ name: "echo", arguments: { message: "over stdio ✓" } });
    assert.equal(r.content[0].text, "Echo: over stdio ✓");
    const seen = [];
    await client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 0.6, steps: 3 } },
      undefined, { onprogress: (p) => seen.push(p.progress) });
    // The SDK runs notification handlers a microtask later than response handlers, so a last
    // progress read together with its result is dropped by the client (directly over stdio too).
    assert.deepEqual(seen.slice(0, 2), [1, 2]);
    assert.ok(seen.length <= 3);
    const s = await client.callTool({ name: "trigger-sampling-request", arguments: { prompt: "p", maxTokens: 5 } });
    assert.match(JSON.stringify(s.content), /bridge-sampled/);
  },
  "zt4mcp connect reports an unknown service": async () => {
    const client = new Client({ name: "bridge-test", version: "1" });
    const transport = new StdioClientTransport({
      command: ZT4MCP, args: ["connect", "nope"], env: { ...process.env, ZT4MCP_HOME: agent.home }, stderr: "pipe",
    });
    await assert.rejects(client.connect(transport), /no service named "nope"/);
    await client.close();
  },
  "server-filesystem: list, read, write inside its root": async () => {
    const client = await connectHttp(agent.mcpUrl("fs"), agent.auth);
    const list = await client.callTool({ name: "list_directory", arguments: { path: root } });
    assert.match(list.content[0].text, /hello\.txt/);
    const read = await client.callTool({ name: "read_text_file", arguments: { path: path.join(root, "hello.txt") } });
    assert.match(read.content[0].text, /hello from the filesystem ✓/);
    await client.callTool({ name: "write_file", arguments: { path: path.join(root, "new.txt"), content: "written ✓" } });
    assert.equal(fs.readFileSync(path.join(root, "new.txt"), "utf8"), "written ✓");
    const outside = await client.callTool({ name: "read_text_file", arguments: { path: "/etc/hostname" } });
    assert.ok(outside.isError, "the server's own sandbox still applies");
  },
});
