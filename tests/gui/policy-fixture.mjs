// policy-fixture.mjs: the mesh for the Policies/Audit GUI scenario: a hub, and bob-pc, whose agent
// the test drives through commands on standard input (one JSON object a line, one JSON answer a
// line): import a service of the app's agent, call a tool of it, ask it for access, read and
// approve the requests it gets. bob-pc also offers "notes" to every member without granting
// anything, for the app's Request Access. Prints {invitation, hub, peer, offered} when ready;
// stops everything when its standard input closes.
// SPDX-License-Identifier: GPL-3.0-or-later
import path from "node:path";
import { api, cleanup, connectHttp, freePort, spawnAndWait, tmpdir, ECHO_SERVER, ZT4MCP, zt, joinMember, peersOf,
  until, serveCommands } from "../node/lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
let bob;
try {
  const data = path.join(tmpdir("zt4mcp-guipolicy-"), "hub");
  const port = await freePort();
  zt("hub", "init", "--data", data, "--name", "policymesh", "--listen", `127.0.0.1:${port}`);
  await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
  bob = await joinMember(data, "bob", "bob-pc");
  bob.cli("service", "add", "notes", "--stdio", "--", ECHO_SERVER);
  bob.cli("service", "export", "notes");   // offered to every member, granted to nobody
  await until(() => peersOf(bob).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");
  const invitation = zt("hub", "invite", "alice", "--endpoint", "alice-desktop", "--data", data).trim();
  console.log(JSON.stringify({ invitation, hub: `127.0.0.1:${port}`, peer: "bob-pc", offered: "notes" }));
} catch (e) {
  console.error(`policy-fixture: ${e.stack ?? e}`);
  await cleanup();
  process.exit(1);
}

async function json(res) {
  const text = await res.text();
  try { return { status: res.status, body: JSON.parse(text) }; } catch { return { status: res.status, body: text }; }
}

const commands = {
  // bob imports PEER/SERVICE as SERVICE, once the peer offers it
  async import({ peer, service }) {
    await until(() => peersOf(bob).peers.some((p) => p.endpoint === peer && p.online &&
      (p.services ?? []).some((s) => (s.name ?? s) === service)), `${peer} offering ${service}`, 30000);
    bob.cli("service", "import", `${peer}/${service}`);
    return { ok: true };
  },
  async call({ service, tool, args }) {
    try {
      const client = await connectHttp(bob.mcpUrl(service), bob.auth);
      const result = await client.callTool({ name: tool, arguments: args ?? {} });
      await client.close();
      const text = (result.content ?? []).map((c) => c.text ?? "").join("\n");
      return { ok: !result.isError, text };
    } catch (e) {
      return { ok: false, error: String(e.message ?? e) };
    }
  },
  async request(body) { return json(await api(bob, "POST", "/access", body)); },
  async incoming() { return json(await api(bob, "GET", "/access?status=pending")); },
  async approve({ id, for: duration }) { return json(await api(bob, "POST", `/access/${id}/approve`, { for: duration })); },
};

serveCommands(commands);
