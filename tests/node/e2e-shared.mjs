// e2e-shared.mjs: a service whose clients share one upstream session, with ids remapped
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import { CreateMessageRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { startAgent, connectHttp, run, sleep, NODE, EVERYTHING } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "shared", "--shared", "--stdio", "--", NODE, EVERYTHING, "stdio");
agent.cli("service", "add", "own", "--stdio", "--", NODE, EVERYTHING, "stdio");

// processes of the agent's that run server-everything
function upstreamCount() {
  return fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      const ppid = fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1];
      return ppid === String(agent.proc.pid) && fs.readFileSync(`/proc/${p}/cmdline`, "utf8").includes("server-everything");
    } catch { return false; }
  }).length;
}

const withSampling = async (answer) => {
  const c = await connectHttp(agent.mcpUrl("shared"), agent.auth, { sampling: {} });
  c.setRequestHandler(CreateMessageRequestSchema, async () => ({
    model: "m", role: "assistant", content: { type: "text", text: answer },
  }));
  return c;
};

await run({
  "several clients, one upstream process": async () => {
    const a = await withSampling("from-A");
    const b = await withSampling("from-B");
    const c = await withSampling("from-C");
    for (const x of [a, b, c]) await x.ping();
    assert.equal(upstreamCount(), 1);
    assert.equal(JSON.parse(agent.cli("service", "show", "shared", "--json")).shared, true);
    const st = JSON.parse(agent.cli("status", "--json"));
    assert.equal(st.sessions.filter((s) => s.service === "shared").length, 3);
    globalThis.clients = [a, b, c];
  },
  "colliding request ids and progress tokens stay apart": async () => {
    // every SDK client numbers its requests from 0 and uses the id as progress token
    const [a, b, c] = globalThis.clients;
    const runs = [a, b, c].map(async (x, i) => {
      const seen = [];
      const r = await x.callTool({ name: "trigger-long-running-operation", arguments: { duration: 0.4 + i * 0.2, steps: 2 } },
        undefined, { onprogress: (p) => seen.push(p.progress) });
      return { r, seen };
    });
    const results = await Promise.all(runs);
    for (const { r, seen } of results) {
      assert.match(r.content[0].text, /Long running operation completed/);
      assert.ok(seen.length >= 1 && seen.length <= 2 && seen[0] === 1, `progress ${seen}`);
    }
    const echoes = await Promise.all([a, b, c].map((x, i) => x.callTool({ name: "echo", arguments: { message: `m${i}` } })));
    echoes.forEach((r, i) => assert.equal(r.content[0].text, `Echo: m${i}`));
  },
  "a server request goes to the client whose call asked; others go on meanwhile": async () => {
    const [a, b] = globalThis.clients;
    // b calls only once a's sampling request has reached a: at routing time, a's call was
    // the only one in flight (a stdio server does not say which call a request belongs to)
    let asked;
    const reached = new Promise((resolve) => { asked = resolve; });
    a.setRequestHandler(CreateMessageRequestSchema, async () => {
      asked();
      await sleep(200);
      return { model: "m", role: "assistant", content: { type: "text", text: "from-A" } };
    });
    const ra = a.callTool({ name: "trigger-sampling-request", arguments: { prompt: "x", maxTokens: 5 } });
    await reached;
    const rb = await b.callTool({ name: "echo", arguments: { message: "busy" } });
    assert.equal(rb.content[0].text, "Echo: busy");
    assert.match(JSON.stringify((await ra).content), /from-A/);
  },
  "the upstream outlives a client that leaves": async () => {
    const [a, b, c] = globalThis.clients;
    await a.transport.terminateSession();
    const r = await b.callTool({ name: "echo", arguments: { message: "still" } });
    assert.equal(r.content[0].text, "Echo: still");
    assert.equal(upstreamCount(), 1);
  },
  "unshared services run a process per client": async () => {
    const before = upstreamCount();
    await connectHttp(agent.mcpUrl("own"), agent.auth);
    await connectHttp(agent.mcpUrl("own"), agent.auth);
    assert.equal(upstreamCount() - before, 2);
  },
});
