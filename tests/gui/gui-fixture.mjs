// gui-fixture.mjs: a real mesh for the GUI tests: a hub, and bob-pc sharing server-everything
// as "ev" with alice. Prints one JSON line ({invitation, hub, peer, service, ...}) when ready;
// keeps everything running until its standard input closes, then stops it all.
// SPDX-License-Identifier: GPL-3.0-or-later
import path from "node:path";
import { cleanup, freePort, spawnAndWait, tmpdir, NODE, EVERYTHING, ZT4MCP, zt, joinMember, peersOf, until } from "../node/lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
try {
  const data = path.join(tmpdir("zt4mcp-guihub-"), "hub");
  const port = await freePort();
  zt("hub", "init", "--data", data, "--name", "guimesh", "--listen", `127.0.0.1:${port}`);
  await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
  const bob = await joinMember(data, "bob", "bob-pc");
  bob.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
  bob.cli("service", "export", "ev", "--to", "alice");
  await until(() => peersOf(bob).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");
  const invitation = zt("hub", "invite", "alice", "--endpoint", "alice-desktop", "--data", data).trim();
  const spare = zt("hub", "invite", "alice", "--endpoint", "alice-spare", "--data", data).trim();
  console.log(JSON.stringify({ invitation, spare, hub: `127.0.0.1:${port}`, peer: "bob-pc", service: "ev" }));
} catch (e) {
  console.error(`gui-fixture: ${e.stack ?? e}`);
  await cleanup();
  process.exit(1);
}
process.stdin.resume();
process.stdin.on("end", async () => { await cleanup(); process.exit(0); });
