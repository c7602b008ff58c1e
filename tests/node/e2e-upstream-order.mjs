// e2e-upstream-order.mjs: a client's messages reach an HTTP upstream in the order it sent them
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node e2e-upstream-order.mjs sse|http
// Each message to an HTTP upstream is its own POST; a notification the server is slow to take
// must still arrive before the request the client sent after it. server-everything showed why:
// it adds tools when notifications/initialized arrives, and a tools/list that overtook the
// notification (seen once in CI, under ASan) missed them. Calls must also reuse the agent's
// connections to the upstream (on legacy SSE, each POST's "202 Accepted" has a chunked body).
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, connectHttp, connectSse, spawnAndWait, freePort, run, here, NODE } from "./lib.mjs";

const [transport = "sse"] = process.argv.slice(2);
const agent = await startAgent();
const port = await freePort();
await spawnAndWait(NODE, [path.join(here, "slow-accept-server.mjs")], /listening on port/, { PORT: String(port) });
if (transport === "sse")
  agent.cli("service", "add", "slow", "--url", `http://127.0.0.1:${port}/sse`, "--sse");
else
  agent.cli("service", "add", "slow", "--url", `http://127.0.0.1:${port}/mcp`);

const clients = {
  http: await connectHttp(agent.mcpUrl("slow"), agent.auth, { roots: { listChanged: true } }),
  sse: await connectSse(agent.sseUrl("slow"), agent.auth, { roots: { listChanged: true } }),
};
const tests = {};
for (const [downstream, client] of Object.entries(clients)) {
  tests[`${downstream} client: tools/list right after initialize sees the initialized server`] = async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name), ["after-initialized", "order"]);
  };
  tests[`${downstream} client: a notification sent before a call arrives before it`] = async () => {
    await client.notification({ method: "notifications/roots/list_changed" });
    const r = await client.callTool({ name: "order", arguments: {} });
    const seen = r.content[0].text.split(",");
    assert.equal(seen.at(-1), "tools/call");
    assert.equal(seen.at(-2), "notifications/roots/list_changed", `order seen: ${seen}`);
  };
  tests[`${downstream} client: calls reuse the agent's connections to the upstream`] = async () => {
    // libsoup opens a connection per POST unless told otherwise: a connect per call, and
    // the pool filling up with idle ones
    const connections = async () => Number(await (await fetch(`http://127.0.0.1:${port}/connections`)).text());
    const before = await connections();
    for (let i = 0; i < 20; i++)
      await client.callTool({ name: "order", arguments: {} });
    const opened = await connections() - before - 1;  // the count's own request
    assert.ok(opened <= 1, `20 calls opened ${opened} connections to the upstream`);
  };
}
await run(tests);
