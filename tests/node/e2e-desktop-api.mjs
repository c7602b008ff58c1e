// e2e-desktop-api.mjs: what the desktop app does over HTTP: join, create a mesh, invite, events, stop/restart, logs
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, NODE, EVERYTHING, ZT4MCP, zt,
  peersOf, until, api, openEvents, documented } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const hubPort = await freePort();
zt("hub", "init", "--data", data, "--name", "deskmesh", "--listen", `127.0.0.1:${hubPort}`);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
const invite = (user, ...args) => zt("hub", "invite", user, "--data", data, ...args).trim();
const editInvitation = (inv, change) => {
  const body = JSON.parse(Buffer.from(inv.slice("zt4mcp-invite:".length), "base64").toString());
  change(body);
  return "zt4mcp-invite:" + Buffer.from(JSON.stringify(body)).toString("base64");
};

let doc;
// Every answer of the new operations must be one the OpenAPI document lists.
const answer = (res, docPath, method, status) => documented(doc, res, docPath, method, status);
const errorOf = async (res, docPath, status, code) => {
  const body = await answer(res, docPath, "post", status);
  assert.equal(body.error.code, code, JSON.stringify(body));
  return body.error.message;
};

// A real MCP server on stdio that says something on stderr first.
const NOISY = [NODE, "-e", "console.error('zt-stderr-marker ✓'); import(process.argv[1])", EVERYTHING, "stdio"];

const joiner = await startAgent();
doc = await (await api(joiner, "GET", "/openapi.json")).json();

await run({
  "join: a real invitation through POST /mesh/join, off the main loop": async () => {
    const inv = invite("alice", "--ttl", "10m");
    const pending = api(joiner, "POST", "/mesh/join", { invitation: inv, endpoint: "alice-pc" });
    // the agent keeps answering while the join runs
    assert.equal((await api(joiner, "GET", "/status")).status, 200);
    const mesh = await answer(await pending, "/mesh/join", "post", 200);
    assert.equal(mesh.joined, true);
    assert.equal(mesh.mesh, "deskmesh");
    assert.equal(mesh.endpoint, "alice-pc");
    assert.equal(mesh.hub, undefined, "this agent hosts no hub");
    await until(() => peersOf(joiner).hubs.every((h) => h.state === "connected"), "hub connected");
    assert.match(await errorOf(await api(joiner, "POST", "/mesh/join", { invitation: invite("alice") }),
      "/mesh/join", 409, "already_joined"), /already has a permit/);
    // the invitation was used once: a second agent is refused by the hub
    const other = await startAgent();
    assert.match(await errorOf(await api(other, "POST", "/mesh/join", { invitation: inv, endpoint: "alice-2" }),
      "/mesh/join", 403, "hub_refused"), /already used.*ask/);
  },
  "join: garbage, an unreachable hub and an impostor are told apart": async () => {
    const a = await startAgent();
    assert.match(await errorOf(await api(a, "POST", "/mesh/join", { invitation: "hello" }), "/mesh/join", 400,
      "invalid_invitation"), /paste the whole line starting with zt4mcp-invite:/);
    await errorOf(await api(a, "POST", "/mesh/join", { invitation: "zt4mcp-invite:!!!" }), "/mesh/join", 400, "invalid_invitation");
    await errorOf(await api(a, "POST", "/mesh/join", {}), "/mesh/join", 400, "invalid_invitation");
    const port = await freePort();
    const moved = editInvitation(invite("bob", "--ttl", "10m"), (b) => { b.hubs = [`127.0.0.1:${port}`]; });
    const why = await errorOf(await api(a, "POST", "/mesh/join", { invitation: moved }), "/mesh/join", 502, "hub_unreachable");
    assert.match(why, new RegExp(`127\\.0\\.0\\.1:${port}.*firewall.*hub runs`));
    const real = invite("carol", "--ttl", "10m");
    const forged = editInvitation(real, (b) => { b.ca = "0".repeat(64); });
    assert.match(await errorOf(await api(a, "POST", "/mesh/join", { invitation: forged }), "/mesh/join", 403,
      "fingerprint_mismatch"), /impostor.*new invitation/);
    assert.equal((await (await api(a, "GET", "/mesh")).json()).joined, false, "nothing was saved");
    // the refused attempts used nothing up
    await answer(await api(a, "POST", "/mesh/join", { invitation: real, endpoint: "carol-pc" }), "/mesh/join", "post", 200);
  },
  "events: the current state first, then services and mesh changes, coalesced": async () => {
    const a = await startAgent();
    const ev = await openEvents(a);
    assert.equal(ev.res.status, 200);
    assert.match(ev.res.headers.get("content-type"), /^text\/event-stream/);
    assert.equal(ev.res.headers.get("cache-control"), "no-store");
    await until(() => ev.events.length >= 2, "the first events");
    assert.deepEqual(ev.events.slice(0, 2).map((e) => e.event), ["mesh", "services"]);
    assert.equal(ev.events[0].data.joined, false);
    assert.deepEqual(ev.events[1].data.services, []);
    for (let i = 0; i < 20; i++)
      await api(a, "POST", "/services", { name: `s${i}`, kind: "stdio", command: [NODE, EVERYTHING, "stdio"] });
    await until(() => ev.events.some((e) => e.event === "services" && e.data.services.length === 20), "services event");
    const services = ev.events.filter((e) => e.event === "services").length;
    assert.ok(services < 12, `20 quick changes made ${services} services events`);
    await api(a, "POST", "/mesh/join", { invitation: invite("dan", "--ttl", "10m"), endpoint: "dan-pc" });
    await until(() => ev.events.some((e) => e.event === "mesh" && e.data.joined &&
      e.data.hubs.every((h) => h.state === "connected")), "a mesh event with the hub connected");
    // another member joining shows up as a peer
    const b = await startAgent();
    await api(b, "POST", "/mesh/join", { invitation: invite("erin", "--ttl", "10m"), endpoint: "erin-pc" });
    await until(() => ev.events.some((e) => e.event === "mesh" && e.data.peers?.some((p) => p.endpoint === "erin-pc")),
      "a mesh event with the new peer");
    ev.close();
  },
  "services: enabled=false answers 503 service_stopped, true brings it back; restart; state": async () => {
    const a = await startAgent();
    const created = await (await api(a, "POST", "/services", { name: "ev", kind: "stdio", command: NOISY })).json();
    assert.equal(created.enabled, true);
    assert.equal(created.state, "idle");
    assert.equal(created.sessions, 0);
    assert.equal(created.endpoint, `${a.url}/mcp/ev`);
    const ev = await openEvents(a);
    const client = await connectHttp(a.mcpUrl("ev"), a.auth);
    await client.ping();
    let s = await (await api(a, "GET", "/services/ev")).json();
    assert.equal(s.state, "running");
    assert.equal(s.sessions, 1);
    await until(() => ev.events.some((e) => e.event === "services" && e.data.services[0]?.state === "running"), "running event");

    // stopped by the user: sessions closed, processes gone, 503 until enabled again
    s = await (await api(a, "PATCH", "/services/ev", { ...s, enabled: false })).json();  // read-only fields are ignored
    assert.equal(s.enabled, false);
    assert.equal(s.state, "stopped");
    assert.equal(s.sessions, 0);
    const refused = await fetch(a.mcpUrl("ev"), { method: "POST", headers: { ...a.auth, "Content-Type": "application/json",
      Accept: "application/json, text/event-stream" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) });
    assert.equal(refused.status, 503);
    const body = await refused.json();
    assert.equal(body.error.data.code, "service_stopped");
    assert.match(body.error.message, /stopped/);
    assert.equal((await fetch(a.sseUrl("ev"), { headers: { ...a.auth, Accept: "text/event-stream" } })).status, 503);
    await until(() => ev.events.some((e) => e.event === "services" && e.data.services[0]?.state === "stopped"), "stopped event");
    s = await (await api(a, "PATCH", "/services/ev", { enabled: true })).json();
    assert.equal(s.state, "idle");
    const again = await connectHttp(a.mcpUrl("ev"), a.auth);
    await again.ping();

    // restart: sessions closed, clients initialize again
    await answer(await api(a, "POST", "/services/ev/restart"), "/services/{name}/restart", "post", 204);
    assert.equal((await (await api(a, "GET", "/services/ev")).json()).sessions, 0);
    await assert.rejects(again.ping());
    await (await connectHttp(a.mcpUrl("ev"), a.auth)).ping();
    await answer(await api(a, "POST", "/services/nope/restart"), "/services/{name}/restart", "post", 404);

    // the log: stderr of the real server, and what the agent did
    const log = await answer(await api(a, "GET", "/services/ev/log"), "/services/{name}/log", "get", 200);
    const text = log.lines.map((l) => l.text).join("\n");
    assert.match(text, /zt-stderr-marker ✓/);
    assert.match(text, /started pid \d+/);
    assert.match(text, /stopped by the user/);
    assert.match(text, /restarted by the user/);
    assert.ok(log.lines.every((l) => Number.isInteger(l.time) && l.time > 1.6e15), "unix microseconds");
    await until(() => ev.events.some((e) => e.event === "log" && e.data.service === "ev" &&
      /zt-stderr-marker/.test(e.data.text)), "a log event");
    await answer(await api(a, "GET", "/services/nope/log"), "/services/{name}/log", "get", 404);

    // a server that dies at once is failing, with the reason
    await api(a, "POST", "/services", { name: "bad", kind: "stdio", command: [NODE, "-e", "console.error('no luck'); process.exit(3)"] });
    await fetch(a.mcpUrl("bad"), { method: "POST", headers: { ...a.auth, "Content-Type": "application/json",
      Accept: "application/json, text/event-stream" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) }).catch(() => {});
    let bad;
    await until(async () => (bad = await (await api(a, "GET", "/services/bad")).json()).state === "failing", "failing state");
    assert.match(bad.last_error, /exited with status 3/);
    const badLog = (await (await api(a, "GET", "/services/bad/log")).json()).lines.map((l) => l.text).join("\n");
    assert.match(badLog, /no luck/);
  },
  "create a mesh here, invite a second agent, which joins and sees the first": async () => {
    const home = tmpdir();
    let owner = await startAgent({ home });
    const port = await freePort();
    const created = await answer(await api(owner, "POST", "/mesh/create",
      { listen: `127.0.0.1:${port}`, user: "olga", endpoint: "olga-pc", mesh: "olgamesh" }), "/mesh/create", "post", 201);
    assert.equal(created.joined, true);
    assert.equal(created.mesh, "olgamesh");
    assert.equal(created.user, "olga");
    assert.equal(created.endpoint, "olga-pc");
    // with the hub's counts, which change with every join, revocation and invitation
    assert.deepEqual(created.hub, { url: `https://127.0.0.1:${port}`, mesh: "olgamesh", listen: `127.0.0.1:${port}`,
      users: 1, endpoints: 1, revoked: 0, open_invitations: 0 });
    // default public addresses: this machine's IPv4 addresses and loopback, with the port
    assert.ok(created.hubs.some((h) => h.address === `127.0.0.1:${port}`));
    assert.ok(created.hubs.every((h) => h.address.endsWith(`:${port}`)));
    await until(() => peersOf(owner).hubs.some((h) => h.state === "connected"), "owner connected to its own hub");
    await errorOf(await api(owner, "POST", "/mesh/create", {}), "/mesh/create", 409, "already_joined");
    await errorOf(await api(owner, "POST", "/mesh/invite", { user: "bad name!" }), "/mesh/invite", 400, "invalid_request");

    const { invitation } = await answer(await api(owner, "POST", "/mesh/invite", { user: "pete", endpoint: "pete-pc", ttl: "1h" }),
      "/mesh/invite", "post", 201);
    assert.match(invitation, /^zt4mcp-invite:/);
    const member = await startAgent();
    await errorOf(await api(member, "POST", "/mesh/invite", { user: "x" }), "/mesh/invite", 404, "no_hub");
    await answer(await api(member, "POST", "/mesh/join", { invitation }), "/mesh/join", "post", 200);
    await until(() => peersOf(member).peers.some((p) => p.endpoint === "olga-pc" && p.online), "the owner seen as a peer");
    await until(() => peersOf(owner).peers.some((p) => p.endpoint === "pete-pc" && p.online), "the member seen by the owner");

    // a stopped service stays stopped, and the agent hosts its hub again at its next start
    await api(owner, "POST", "/services", { name: "kept", kind: "stdio", command: [NODE, EVERYTHING, "stdio"] });
    await api(owner, "PATCH", "/services/kept", { enabled: false });
    owner.proc.kill("SIGTERM");
    await until(() => owner.exited(), "the owner's agent to stop");
    owner = await startAgent({ home });
    const mesh = await (await api(owner, "GET", "/mesh")).json();
    assert.equal(mesh.hub.mesh, "olgamesh");
    assert.equal((await (await api(owner, "GET", "/services/kept")).json()).state, "stopped");
    await until(() => peersOf(member).hubs.some((h) => h.state === "connected") &&
      peersOf(member).peers.some((p) => p.endpoint === "olga-pc" && p.online), "the member back on the restarted hub", 20000);
    assert.ok(fs.existsSync(path.join(home, "hub", "hub.db")));
    await errorOf(await api(owner, "POST", "/mesh/create", {}), "/mesh/create", 409, "already_joined");
  },
  "create: a busy port is a clear error and leaves nothing behind": async () => {
    const a = await startAgent();
    const busy = new URL(joiner.url).port;
    const why = await errorOf(await api(a, "POST", "/mesh/create", { listen: `127.0.0.1:${busy}` }), "/mesh/create", 500,
      "hub_start_failed");
    assert.match(why, /pick another listen address/);
    assert.ok(!fs.existsSync(path.join(a.home, "hub")), "the half-made hub is gone");
    await errorOf(await api(a, "POST", "/mesh/create", { listen: "nowhere" }), "/mesh/create", 400, "invalid_request");
    await errorOf(await api(a, "POST", "/mesh/create", { public_addresses: "x" }), "/mesh/create", 400, "invalid_request");
  },
  "leave: DELETE /mesh ends the membership and deletes the key; a new invitation joins again": async () => {
    const a = await startAgent();
    const files = () => fs.readdirSync(a.home, { recursive: true }).map(String);
    const res = await api(a, "DELETE", "/mesh");
    assert.equal(res.status, 409);
    assert.equal((await res.json()).error.code, "not_joined");
    assert.ok(doc.paths["/mesh"].delete.responses["409"]);
    await answer(await api(a, "POST", "/mesh/join", { invitation: invite("dave", "--endpoint", "dave-pc") }),
      "/mesh/join", "post", 200);
    await until(() => peersOf(a).hubs.every((h) => h.state === "connected"), "hub connected");
    const before = files();
    assert.ok(before.some((f) => /permit\.json$/.test(f)), before.join(" "));
    assert.ok(before.some((f) => /mesh-key/.test(f)), `the file key store holds the key: ${before.join(" ")}`);
    const left = await answer(await api(a, "DELETE", "/mesh"), "/mesh", "delete", 200);
    assert.equal(left.joined, false);
    const after = files();
    assert.ok(!after.some((f) => /permit\.json$|cert\.pem$|mesh-key/.test(f)), `left behind: ${after.join(" ")}`);
    assert.equal(peersOf(a).joined, false);
    // the others see it go offline
    await until(() => peersOf(joiner).peers.some((p) => p.endpoint === "dave-pc" && !p.online), "dave-pc offline");
    // and the CLI does the same, after joining again with a new invitation
    assert.match(a.cli("join", invite("dave", "--endpoint", "dave-pc2")), /oined/);
    await until(() => peersOf(a).joined === true, "joined again");
    assert.match(a.cli("leave"), /Left the mesh/);
    assert.equal(peersOf(a).joined, false);
  },
  "events: the stream ends cleanly when the agent stops": async () => {
    const a = await startAgent();
    const ev = await openEvents(a);
    await until(() => ev.events.length >= 2, "the first events");
    a.proc.kill("SIGTERM");
    await until(() => ev.ended, "the end of the stream");
    await sleep(10);
  },
});
