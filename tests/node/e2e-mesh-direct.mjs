// e2e-mesh-direct.mjs: an exporter that can be reached is dialled directly, with the same mTLS
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, ZT4MCP, ECHO_SERVER, zt, joinMember } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
zt("hub", "init", "--data", data, "--name", "directmesh", "--listen", `127.0.0.1:${await freePort()}`);
const tapFile = path.join(tmpdir("zt4mcp-tap-"), "relayed.bin");
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/, { ZT4MCP_HUB_TAP: tapFile });

const member = (user, endpoint, args) => joinMember(data, user, endpoint, args);
const a = await member("alice", "alice-pc");
const b = await member("bob", "bob-pc", ["--mesh-direct", "127.0.0.1:0"]);
const c = await member("carol", "carol-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo", "--to", "alice");
a.cli("service", "import", "bob-pc/echo");
c.cli("service", "import", "bob-pc/echo", "--anyway");  // not offered to c: bob refuses it
for (let i = 0; i < 100; i++) {
  const bob = JSON.parse(a.cli("peers", "--json")).peers.find((p) => p.endpoint === "bob-pc");
  if (bob?.online && bob.direct) break;
  await sleep(100);
}

await run({
  "the exporter's direct address is announced": async () => {
    const bob = JSON.parse(a.cli("peers", "--json")).peers.find((p) => p.endpoint === "bob-pc");
    assert.match(bob.direct, /^127\.0\.0\.1:\d+$/);
  },
  "calls go direct: nothing crosses the hub": async () => {
    const client = await connectHttp(a.mcpUrl("echo"), a.auth);
    const r = await client.callTool({ name: "echo", arguments: { message: "direct" } });
    assert.equal(r.content[0].text, "direct");
    for (let i = 0; i < 30 && !/mesh: direct connection to bob-pc/.test(a.log.join("")); i++) await sleep(100);
    assert.match(a.log.join(""), /mesh: direct connection to bob-pc/);
    assert.ok(!fs.existsSync(tapFile) || fs.statSync(tapFile).size === 0, "the hub relayed stream bytes");
  },
  "a direct connection decides from the certificate too: not exported, refused": async () => {
    await assert.rejects(connectHttp(c.mcpUrl("echo"), c.auth));
    for (let i = 0; i < 30 && !/refused spiffe/.test(b.log.join("")); i++) await sleep(100);
    assert.match(b.log.join(""), /refused spiffe:\/\/directmesh\/user\/carol\/endpoint\/carol-pc the service echo/);
  },
  "revocation reaches direct connections too: the exporter closes them and refuses new ones": async () => {
    const client = await connectHttp(a.mcpUrl("echo"), a.auth);
    assert.equal((await client.callTool({ name: "echo", arguments: { message: "before" } })).content[0].text, "before");
    zt("hub", "revoke", "alice", "--data", data);
    for (let i = 0; i < 50 && !/alice-pc is no longer a member/.test(b.log.join("")); i++) await sleep(100);
    assert.match(b.log.join(""), /alice-pc is no longer a member; closing what it was served/);
    await assert.rejects(client.callTool({ name: "echo", arguments: { message: "after" } }));
    await assert.rejects(connectHttp(a.mcpUrl("echo"), a.auth));
  },
});
