// e2e-mesh-services.mjs: a service exported by one agent, used through another, across a hub
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CreateMessageRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, NODE, EVERYTHING, FILESYSTEM, INSPECTOR, ZT4MCP, zt, joinMember, peersOf, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
zt("hub", "init", "--data", data, "--name", "svcmesh", "--listen", `127.0.0.1:${port}`);
const tapFile = path.join(tmpdir("zt4mcp-tap-"), "relayed.bin");
let hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/, { ZT4MCP_HUB_TAP: tapFile });

const mesh = peersOf;

const member = (user, endpoint, args) => joinMember(data, user, endpoint, args);
const a = await member("alice", "alice-pc");
const b = await member("bob", "bob-pc");
const c = await member("carol", "carol-pc");
const root = tmpdir("zt4mcp-fs-");
fs.writeFileSync(path.join(root, "shared.txt"), "bob's file ✓\n");
b.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
b.cli("service", "add", "files", "--stdio", "--", NODE, FILESYSTEM, root);
b.cli("service", "export", "ev", "--to", "alice");
b.cli("service", "export", "files", "--to", "endpoint:alice-pc");
a.cli("service", "import", "bob-pc/ev");
a.cli("service", "import", "bob-pc/files", "--as", "bobfiles");
c.cli("service", "import", "bob-pc/ev", "--anyway");  // not offered to carol: the exporter must refuse her
for (const x of [a, c])
  await until(() => mesh(x).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");

await run({
  "an imported service works through the importer's 127.0.0.1 endpoint": async () => {
    const client = await connectHttp(a.mcpUrl("ev"), a.auth, { sampling: {} });
    client.setRequestHandler(CreateMessageRequestSchema, async () => ({
      model: "m", role: "assistant", content: { type: "text", text: "sampled-across-the-mesh" } }));
    assert.equal(client.getServerVersion().name, "mcp-servers/everything");
    const r = await client.callTool({ name: "echo", arguments: { message: "zt-marker-7f3a across the mesh" } });
    assert.equal(r.content[0].text, "Echo: zt-marker-7f3a across the mesh");
    const seen = [];
    await client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 0.6, steps: 3 } },
      undefined, { onprogress: (p) => seen.push(p.progress) });
    assert.deepEqual(seen.slice(0, 2), [1, 2]);
    const s = await client.callTool({ name: "trigger-sampling-request", arguments: { prompt: "p", maxTokens: 5 } });
    assert.match(JSON.stringify(s.content), /sampled-across-the-mesh/);
    assert.match(b.log.join(""), /mesh: serving ev to spiffe:\/\/svcmesh\/user\/alice\/endpoint\/alice-pc/);
  },
  "the hub relays only ciphertext: the marker never appears in what it carried": async () => {
    const relayed = fs.readFileSync(tapFile);
    assert.ok(relayed.length > 2000, `the tap saw ${relayed.length} bytes`);
    // what it carried begins as a TLS handshake record (ClientHello), not JSON
    assert.deepEqual([relayed[0], relayed[1]], [0x16, 0x03]);
    for (const needle of ["zt-marker-7f3a", "Echo:", "tools/call", "sampled-across-the-mesh"])
      assert.equal(relayed.indexOf(Buffer.from(needle)), -1, `${needle} crossed the hub in clear`);
  },
  "the inspector CLI uses the imported service too": async () => {
    const out = execFileSync(NODE, [INSPECTOR, "--cli", a.mcpUrl("ev").href, "--transport", "http",
      "--header", `Authorization: Bearer ${a.token}`, "--method", "tools/call", "--tool-name", "echo",
      "--tool-arg", "message=via-inspector-and-mesh"], { encoding: "utf8", timeout: 60000, env: { ...process.env, HOME: tmpdir() } });
    assert.equal(JSON.parse(out).content[0].text, "Echo: via-inspector-and-mesh");
  },
  "peers list the services exported to them, and only those": async () => {
    await until(() => {
      const bob = mesh(a).peers.find((p) => p.endpoint === "bob-pc");
      return bob && JSON.stringify(bob.services) === JSON.stringify(["ev", "files"]);
    }, "alice sees ev and files");
    const bobForCarol = mesh(c).peers.find((p) => p.endpoint === "bob-pc");
    assert.deepEqual(bobForCarol.services, [], "nothing is exported to carol");
    assert.match(a.cli("peers"), /bob-pc\s+user bob\s+online  services: ev, files/);
  },
  "a filesystem server exported to one endpoint": async () => {
    const client = await connectHttp(a.mcpUrl("bobfiles"), a.auth);
    const r = await client.callTool({ name: "read_text_file", arguments: { path: path.join(root, "shared.txt") } });
    assert.match(r.content[0].text, /bob's file ✓/);
  },
  "a peer the service is not exported to is refused": async () => {
    await assert.rejects(connectHttp(c.mcpUrl("ev"), c.auth), /stream|ended|closed/i);
    await until(() => /mesh: refused spiffe:\/\/svcmesh\/user\/carol\/endpoint\/carol-pc the service ev: not exported to them/
      .test(b.log.join("")), "bob's log says why");
  },
  "an import from an endpoint that is not online fails clearly": async () => {
    a.cli("service", "import", "nobody-pc/ev", "--as", "ghost");
    await assert.rejects(connectHttp(a.mcpUrl("ghost"), a.auth), /not a peer|not online/);
  },
  "kill -9 the hub during traffic, start it again: new calls work within seconds": async () => {
    const client = await connectHttp(a.mcpUrl("ev"), a.auth);
    const inflight = client.callTool({ name: "trigger-long-running-operation", arguments: { duration: 2, steps: 2 } })
      .catch((e) => e);
    await sleep(300);
    hub.proc.kill("SIGKILL");
    assert.ok((await inflight) instanceof Error, "the call in flight fails (its stream went with the hub)");
    hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
    const t0 = Date.now();
    let ok = false;
    while (!ok && Date.now() - t0 < 15000) {
      const fresh = await connectHttp(a.mcpUrl("ev"), a.auth).catch(() => null);
      ok = fresh !== null && await fresh.callTool({ name: "echo", arguments: { message: "again" } })
        .then((r) => r.content[0].text === "Echo: again", () => false);
      if (!ok) await sleep(200);
    }
    assert.ok(ok, "calls work again");
    console.log(`# calls worked again ${Date.now() - t0} ms after the hub restarted`);
  },
  "revoking the importer ends its streams at once": async () => {
    const client = await connectHttp(a.mcpUrl("ev"), a.auth);
    await client.ping();
    zt("hub", "revoke", "alice", "--data", data);
    await until(() => mesh(a).hubs[0].state === "revoked", "alice revoked");
    await assert.rejects(client.callTool({ name: "echo", arguments: { message: "after" } }));
    zt("hub", "unrevoke", "alice", "--data", data);
  },
});
