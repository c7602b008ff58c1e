// e2e-audit-crash.mjs: kill -9 of the agent in the middle of a load run loses no record of a
// call whose answer a client saw (each is in the audit spool before its answer goes on; what
// audit.db had not taken yet is moved by the next open), and the chain still verifies after
// the restart; retention (--audit-max-rows) cuts behind a signed checkpoint;
// every path a client can take (streamable HTTP, legacy SSE, the 2026-07-28 bridge, zt4mcp
// connect) leaves exactly one record per call.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ModernClient } from "./modern/modern-client.mjs";
import { startAgent, connectHttp, connectSse, run, sleep, until, onCleanup, ECHO_SERVER, ZT4MCP, api } from "./lib.mjs";

const CLIENTS = 6;
let agent = await startAgent();
agent.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);

await run({
  "every answered call has its record after kill -9 and a restart": async () => {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => connectHttp(agent.mcpUrl("echo"), agent.auth)));
    const answered = new Set();
    let next = 0, stop = false;
    const loops = clients.map(async (c) => {
      while (!stop) {
        const n = next++;
        try {
          const r = await c.callTool({ name: "echo", arguments: { message: `crash-${n}` } });
          if (r.content[0].text === `crash-${n}`) answered.add(n);
        } catch { return; }
      }
    });
    while (answered.size < 300) await sleep(20);
    agent.proc.kill("SIGKILL");
    stop = true;
    await Promise.all(loops);
    const home = agent.home;
    await sleep(200);
    assert.equal(agent.exited()?.signal, "SIGKILL");
    // with no agent running, verify reads audit.db itself
    assert.match(agent.cli("audit", "verify"), /verifies: \d+ records chained.*checked offline/);

    agent = await startAgent({ home });
    const recorded = new Set();
    for (const line of agent.cli("audit", "export", "--tool", "echo").trim().split("\n")) {
      const m = JSON.parse(line).args_preview?.match(/crash-(\d+)/);
      if (m) recorded.add(Number(m[1]));
    }
    const lost = [...answered].filter((n) => !recorded.has(n));
    assert.deepEqual(lost, [], `${lost.length} of ${answered.size} answered calls have no record`);
    const v = await (await api(agent, "GET", "/audit/verify")).json();
    assert.equal(v.ok, true, JSON.stringify(v.problem));
    assert.ok(v.checked >= answered.size);
    // the chain goes on after the restart
    const c = await connectHttp(agent.mcpUrl("echo"), agent.auth);
    await c.callTool({ name: "echo", arguments: { message: "after" } });
    assert.equal((await (await api(agent, "GET", "/audit/verify")).json()).ok, true);
  },

  "--audit-max-rows cuts the oldest rows behind a signed checkpoint, and the chain verifies on": async () => {
    const home = agent.home;
    agent.proc.kill("SIGTERM");
    await until(() => agent.exited(), "the agent stops");
    agent = await startAgent({ home, args: ["--audit-max-rows", "5"] });
    const v = await (await api(agent, "GET", "/audit/verify")).json();
    assert.deepEqual([v.ok, v.checkpoints, v.checked], [true, 1, 5]);
    const all = await (await api(agent, "GET", "/audit?limit=1000")).json();
    assert.equal(all.total, 5);
    assert.match(agent.cli("audit", "verify"), /verifies: 5 records chained, from its latest signed checkpoint/);
    const c = await connectHttp(agent.mcpUrl("echo"), agent.auth);
    await c.callTool({ name: "echo", arguments: { message: "after the cut" } });
    assert.equal((await (await api(agent, "GET", "/audit/verify")).json()).ok, true);
    assert.match(agent.log.join(""), /audit: cut records up to seq \d+ \(checkpoint signed\)/);
  },

  "every client path leaves exactly one record per call": async () => {
    const echo = (c) => (m) => c.callTool({ name: "echo", arguments: { message: m } });
    const stdio = new Client({ name: "audit-connect", version: "1" });
    await stdio.connect(new StdioClientTransport({ command: ZT4MCP, args: ["connect", "echo"],
      env: { ...process.env, ZT4MCP_HOME: agent.home }, stderr: "pipe" }));
    onCleanup(() => stdio.close());
    const modern = new ModernClient(agent.mcpUrl("echo"), { headers: agent.auth });
    const paths = {
      http: echo(await connectHttp(agent.mcpUrl("echo"), agent.auth)),
      sse: echo(await connectSse(agent.sseUrl("echo"), agent.auth)),
      modern: (m) => modern.request("tools/call", { name: "echo", arguments: { message: m } }),
      connect: echo(stdio),
    };
    for (const [name, call] of Object.entries(paths))
      for (let i = 0; i < 3; i++) await call(`path-${name}-${i}`);
    const recs = (await (await api(agent, "GET", "/audit?tool=echo&q=path-&limit=1000")).json()).records;
    for (const name of Object.keys(paths))
      for (let i = 0; i < 3; i++)
        assert.equal(recs.filter((r) => r.args_preview === `{"message":"path-${name}-${i}"}`).length, 1, `${name} ${i}`);
    assert.ok(recs.every((r) => r.decision === "allow" && r.status === "ok"));
  },

  "a second agent on the same home is refused, says why, and the first serves on": async () => {
    // two writers of one audit chain would fork it: the spool's lock admits one agent per home
    await assert.rejects(startAgent({ home: agent.home }),
      /audit\.spool is in use by another process: another agent runs on this home\. Stop it first/);
    // nothing of the first one's was taken over: its api.json still names it, the CLI reaches it
    assert.equal(JSON.parse(fs.readFileSync(path.join(agent.home, "api.json"), "utf8")).pid, agent.proc.pid);
    assert.match(agent.cli("service", "list"), /echo/);
    const c = await connectHttp(agent.mcpUrl("echo"), agent.auth);
    await c.callTool({ name: "echo", arguments: { message: "still here" } });
    assert.equal((await (await api(agent, "GET", "/audit/verify")).json()).ok, true);
  },
});
