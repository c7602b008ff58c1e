// e2e-mesh-two-hubs.mjs: two hub processes on one registry; kill one, calls keep working
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, NODE, EVERYTHING, ZT4MCP, zt, joinMember, peersOf, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const [p1, p2] = [await freePort(), await freePort()];
zt("hub", "init", "--data", data, "--name", "twohubs", "--listen", `127.0.0.1:${p1}`,
   "--public-address", `127.0.0.1:${p1}`, "--public-address", `127.0.0.1:${p2}`);
const hub1 = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data, "--listen", `127.0.0.1:${p1}`], /zt4mcp hub on https/);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data, "--listen", `127.0.0.1:${p2}`], /zt4mcp hub on https/);

const mesh = peersOf;

const member = (user, endpoint, args) => joinMember(data, user, endpoint, args);
const a = await member("alice", "alice-pc");
const b = await member("bob", "bob-pc");
b.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
b.cli("service", "export", "ev", "--to", "alice");
a.cli("service", "import", "bob-pc/ev");

await run({
  "each agent keeps a control channel to both hubs": async () => {
    for (const x of [a, b])
      await until(() => mesh(x).hubs.length === 2 && mesh(x).hubs.every((h) => h.state === "connected"), "two channels");
    await until(() => mesh(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");
  },
  "kill one hub: new sessions go through the other": async () => {
    const before = await connectHttp(a.mcpUrl("ev"), a.auth);
    assert.equal((await before.callTool({ name: "echo", arguments: { message: "one" } })).content[0].text, "Echo: one");
    hub1.proc.kill("SIGKILL");
    await until(() => mesh(a).hubs.filter((h) => h.state === "connected").length === 1, "alice notices");
    await until(() => mesh(b).hubs.filter((h) => h.state === "connected").length === 1, "bob notices");
    const after = await connectHttp(a.mcpUrl("ev"), a.auth);
    assert.equal((await after.callTool({ name: "echo", arguments: { message: "two" } })).content[0].text, "Echo: two");
    globalThis.before = before;
  },
  "a session whose stream went through the dead hub comes back through the other": async () => {
    let ok = false;
    for (let i = 0; i < 40 && !ok; i++) {
      await sleep(250);
      ok = await globalThis.before.callTool({ name: "echo", arguments: { message: "three" } })
        .then((r) => r.content[0].text === "Echo: three", () => false);
    }
    assert.ok(ok, "the old session works again (its stream was re-opened through the other hub)");
  },
});
