// e2e-mesh-nat.mjs: an exporting agent behind "NAT" (its own network namespace that can reach
// the hub but cannot be reached), used from another agent through the hub
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, onCleanup, ZT4MCP, ECHO_SERVER } from "./lib.mjs";

function sh(cmd, ...args) {
  return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}
if (process.getuid() !== 0) {
  console.log("# skipped: network namespaces need root");
  process.exit(77);
}
const tag = crypto.randomBytes(3).toString("hex");
const ns = `ztnat${tag}`, vh = `zth${tag}`, vn = `ztn${tag}`;
const octet = 16 + (parseInt(tag, 16) % 200);
const hostIp = `10.213.${octet}.1`, nsIp = `10.213.${octet}.2`;
try {
  sh("ip", "netns", "add", ns);
} catch (e) {
  console.log(`# skipped: cannot make a network namespace here (${e.stderr?.trim()})`);
  process.exit(77);
}
onCleanup(() => { try { sh("ip", "netns", "del", ns); } catch {} try { sh("ip", "link", "del", vh); } catch {} });
sh("ip", "link", "add", vh, "type", "veth", "peer", "name", vn);
sh("ip", "link", "set", vn, "netns", ns);
sh("ip", "addr", "add", `${hostIp}/30`, "dev", vh);
sh("ip", "link", "set", vh, "up");
sh("ip", "netns", "exec", ns, "ip", "addr", "add", `${nsIp}/30`, "dev", vn);
sh("ip", "netns", "exec", ns, "ip", "link", "set", vn, "up");
sh("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up");
// like a NAT: connections may leave the namespace, none may come in
const rules = `table inet nat_like {
  chain in { type filter hook input priority 0; policy drop;
    iif "lo" accept
    ct state established,related accept
  }
}`;
try {
  execFileSync("ip", ["netns", "exec", ns, "nft", "-f", "-"], { input: rules, stdio: ["pipe", "pipe", "pipe"] });
} catch (e) {
  console.log(`# skipped: nft is needed to make the namespace unreachable (${String(e.stderr ?? e.message).trim()})`);
  process.exit(77);
}

process.env.ZT4MCP_KEYSTORE = "file";
const zt = (...args) => sh(ZT4MCP, ...args);
const inNs = (...args) => sh("ip", "netns", "exec", ns, ZT4MCP, ...args);
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
zt("hub", "init", "--data", data, "--name", "natmesh", "--listen", `${hostIp}:${port}`);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);

// bob lives in the namespace: his agent listens on the namespace's own loopback
const homeB = tmpdir();
inNs("join", zt("hub", "invite", "bob", "--endpoint", "bob-nat", "--data", data).trim(), "--home", homeB);
const bob = spawn("ip", ["netns", "exec", ns, ZT4MCP, "agent", "serve", "--home", homeB, "--listen", `0.0.0.0:0`],
  { stdio: ["ignore", "pipe", "pipe"] });
onCleanup(() => bob.kill("SIGTERM"));
for (let i = 0; i < 100 && !fs.existsSync(path.join(homeB, "api.json")); i++) await sleep(100);
const bobUrl = JSON.parse(fs.readFileSync(path.join(homeB, "api.json"), "utf8")).url;
inNs("service", "add", "echo", "--home", homeB, "--stdio", "--", ECHO_SERVER);
inNs("service", "export", "echo", "--to", "alice", "--home", homeB);

const homeA = tmpdir();
zt("join", zt("hub", "invite", "alice", "--endpoint", "alice-host", "--data", data).trim(), "--home", homeA);
const a = await startAgent({ home: homeA });
a.cli("service", "import", "bob-nat/echo");

await run({
  "the namespace cannot be reached from the host's side": async () => {
    const bobPort = new URL(bobUrl).port;
    await assert.rejects(fetch(`http://${nsIp}:${bobPort}/api/v1/status`, { signal: AbortSignal.timeout(2000) }));
  },
  "but its service is used through the hub": async () => {
    for (let i = 0; i < 100; i++) {
      const peers = JSON.parse(a.cli("peers", "--json")).peers;
      if (peers.some((p) => p.endpoint === "bob-nat" && p.online)) break;
      await sleep(100);
    }
    const client = await connectHttp(a.mcpUrl("echo"), a.auth);
    const r = await client.callTool({ name: "echo", arguments: { message: "through the NAT" } });
    assert.equal(r.content[0].text, "through the NAT");
  },
});
