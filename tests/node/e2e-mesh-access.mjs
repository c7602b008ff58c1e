// e2e-mesh-access.mjs: who an exporter serves: typed subjects, names that collide, losing access, key pins
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startHub, startAgent, connectHttp, run, tmpdir, api, ZT4MCP, ECHO_SERVER, zt, joinMember, peersOf, until, testFilterRules } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const { data } = await startHub("accessmesh");

const a = await joinMember(data, "alice", "alice-pc");
const b = await joinMember(data, "bob", "bob-pc");
const c = await joinMember(data, "carol", "carol-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
for (const x of [a, c]) {
  x.cli("service", "import", "bob-pc/echo", "--anyway");  // exported later, by the tests
  await until(() => peersOf(x).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");
}

// Runs the CLI expecting a failure; returns what it printed on stderr.
const fails = (fn) => { try { fn(); } catch (e) { return String(e.stderr ?? e.message); } assert.fail("it succeeded"); };
const ztFails = (...args) => fails(() => execFileSync(ZT4MCP, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
const exportTo = async (agent, service, to) => {
  const r = await api(agent, "PATCH", `/services/${service}`, { export_to: to });
  return { status: r.status, body: await r.json() };
};
const echo = async (client, text) => (await client.callTool({ name: "echo", arguments: { message: text } })).content[0].text;
// The sessions an exporter runs for peers, all or those of one endpoint (their client is the peer's identity).
const servedBy = async (agent, endpoint) => (await (await api(agent, "GET", "/status")).json()).sessions
  .filter((s) => s.client?.startsWith("spiffe://") && (endpoint === undefined || s.client.endsWith(`/endpoint/${endpoint}`)))
  .length;
const spkiSha256 = (pem) => crypto.createHash("sha256")
  .update(new crypto.X509Certificate(pem).publicKey.export({ type: "spki", format: "der" })).digest("hex");
const ALICE = "spiffe://accessmesh/user/alice/endpoint/alice-pc";
const BOB = "spiffe://accessmesh/user/bob/endpoint/bob-pc";
const pinOf = async (agent, identity) => (await (await api(agent, "GET", "/peers/pins")).json()).pins
  .find((p) => p.identity === identity);

// What whoever holds the CA key (the hub) can do: a certificate for a member's identity with a key
// of its own, installed in a copy of that member's agent home.
async function impersonate(victim, identity) {
  const dir = tmpdir();
  const { privateKey } = crypto.generateKeyPairSync("ec", { namedCurve: "P-256" });
  const key = privateKey.export({ type: "pkcs8", format: "pem" });
  fs.writeFileSync(path.join(dir, "key.pem"), key);
  fs.writeFileSync(path.join(dir, "template"), `cn = "${identity.split("/").pop()}"\nuri = "${identity}"\n` +
    "tls_www_client\ntls_www_server\nsigning_key\nexpiration_days = 1\n");
  const cert = execFileSync("certtool", ["--generate-certificate", "--load-privkey", path.join(dir, "key.pem"),
    "--load-ca-certificate", path.join(data, "ca.pem"), "--load-ca-privkey", path.join(data, "ca.key"),
    "--template", path.join(dir, "template")], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const home = path.join(dir, "home");
  fs.cpSync(victim.home, home, { recursive: true, filter: (f) => !f.endsWith("api.json") });
  fs.writeFileSync(path.join(home, "mesh", "cert.pem"), cert);
  const keyFile = path.join(home, "secrets", "mesh-key-accessmesh");
  assert.match(fs.readFileSync(keyFile, "utf8"), /BEGIN PRIVATE KEY/, "alice's key is where the file keystore keeps it");
  fs.writeFileSync(keyFile, key);
  return { home, cert };
}

const visibleTo = (agent) => peersOf(agent).peers.find((p) => p.endpoint === "bob-pc")?.services ?? [];

await run({
  // ------------------------------------------------------------------ names that collide across kinds
  "the hub refuses to invite an endpoint named like a user": () => {
    assert.match(ztFails("hub", "invite", "mallory", "--endpoint", "alice", "--data", data),
      /"alice" is a user's name in this mesh, and an endpoint cannot have a user's name/);
    assert.match(ztFails("hub", "invite", "mallory", "--endpoint", "mallory", "--data", data), /is a user's name/);
  },
  "the hub refuses to invite a user named like an endpoint": () => {
    assert.match(ztFails("hub", "invite", "alice-pc", "--data", data),
      /"alice-pc" is already an endpoint's name in this mesh, and a user cannot have an endpoint's name/);
    zt("hub", "invite", "dora", "--endpoint", "dora-tablet", "--data", data);
    assert.match(ztFails("hub", "invite", "dora-tablet", "--data", data), /"dora-tablet" is already an endpoint's name/,
      "an endpoint name promised by an unused invitation counts");
  },
  "the hub refuses a join that names its endpoint like a user, and the invitation still works": async () => {
    const inv = zt("hub", "invite", "mallory", "--data", data).trim();
    const home = tmpdir();
    assert.match(ztFails("join", inv, "--endpoint", "alice", "--home", home),
      /endpoint name "alice" is a user's name in this mesh/);
    assert.match(zt("join", inv, "--endpoint", "mallory-pc", "--home", home), /oined/);
  },
  "a user named like the joining computer gets an endpoint name of its own": async () => {
    const host = os.hostname().toLowerCase().replace(/[^a-z0-9._-]/g, "-").slice(0, 64);
    const home = tmpdir();
    zt("join", zt("hub", "invite", host, "--data", data).trim(), "--home", home);
    assert.equal(JSON.parse(fs.readFileSync(path.join(home, "mesh", "permit.json"), "utf8")).endpoint, `${host}-pc`);
  },
  "creating a mesh with the endpoint named like the user is refused before anything is made": async () => {
    const x = await startAgent();
    const r = await api(x, "POST", "/mesh/create", { user: "zoe", endpoint: "zoe", listen: "127.0.0.1:0" });
    assert.equal(r.status, 400);
    assert.match((await r.json()).error.message, /"endpoint" cannot be the user's name/);
    assert.equal(fs.existsSync(path.join(x.home, "hub")), false);
  },
  "a plain name in an export list is a user, never an endpoint of that name": async () => {
    const r = await exportTo(b, "echo", ["carol-pc"]);
    assert.equal(r.status, 200);
    assert.deepEqual(r.body.export_to, ["user:carol-pc"]);
    await assert.rejects(connectHttp(c.mcpUrl("echo"), c.auth), /stream|ended|closed/i);
    await until(() => /refused spiffe:\/\/accessmesh\/user\/carol\/endpoint\/carol-pc the service echo: not exported/
      .test(b.log.join("")), "bob's log says why");
    assert.deepEqual(visibleTo(c), [], "the hub does not list it to carol either");
  },
  "typed subjects: endpoint:NAME grants to that endpoint, user:NAME to that user": async () => {
    assert.match(b.cli("service", "export", "echo", "--to", "alice", "--to", "endpoint:carol-pc"),
      /exported to user:alice, endpoint:carol-pc/);
    assert.deepEqual(JSON.parse(b.cli("service", "show", "echo", "--json")).export_to, ["user:alice", "endpoint:carol-pc"]);
    await until(() => visibleTo(c).includes("echo") && visibleTo(a).includes("echo"), "both see echo");
    for (const x of [a, c])
      assert.equal(await echo(await connectHttp(x.mcpUrl("echo"), x.auth), "typed"), "typed");
  },
  "an export list with a subject of no known kind is refused, saying how to write one": async () => {
    const r = await exportTo(b, "echo", ["group:admins"]);
    assert.equal(r.status, 400);
    assert.equal(r.body.error.code, "invalid_request");
    assert.match(r.body.error.message, /"group:admins" is not a subject: use user:NAME, endpoint:NAME/);
    assert.match(fails(() => b.cli("service", "export", "echo", "--to", "endpoint:")), /is not a subject/);
    assert.deepEqual(JSON.parse(b.cli("service", "show", "echo", "--json")).export_to, ["user:alice", "endpoint:carol-pc"],
      "nothing changed");
  },
  "export lists stored with plain names before typed subjects are read as users and stored typed": async () => {
    const old = await startAgent();
    old.cli("service", "add", "legacy", "--stdio", "--", ECHO_SERVER);
    old.proc.kill("SIGTERM");
    await until(() => old.exited(), "the agent to stop");
    const db = path.join(old.home, "agent.db");
    execFileSync("sqlite3", [db, "UPDATE services SET config = json_set(config, '$.export_to', json('[\"alice\",\"bob-pc\"]'));" +
      " PRAGMA user_version = 3;"]);  // the schema before typed subjects (migration 4)
    const again = await startAgent({ home: old.home });
    assert.deepEqual(JSON.parse(again.cli("service", "show", "legacy", "--json")).export_to, ["user:alice", "user:bob-pc"]);
    const stored = execFileSync("sqlite3", [db, "SELECT config FROM services WHERE name = 'legacy'"], { encoding: "utf8" });
    assert.deepEqual(JSON.parse(stored).export_to, ["user:alice", "user:bob-pc"]);
  },

  // ------------------------------------------------------------------ losing access ends access
  "an export list that no longer names a subject ends that subject's live sessions at once": async () => {
    await exportTo(b, "echo", ["user:alice", "endpoint:carol-pc"]);
    const ca = await connectHttp(a.mcpUrl("echo"), a.auth);
    const cc = await connectHttp(c.mcpUrl("echo"), c.auth);
    assert.equal(await echo(ca, "before"), "before");
    assert.equal(await echo(cc, "before"), "before");
    assert.ok(await servedBy(b, "alice-pc") > 0 && await servedBy(b, "carol-pc") > 0);
    const carols = await servedBy(b, "carol-pc");
    await exportTo(b, "echo", ["endpoint:carol-pc"]);
    await until(() => /alice-pc lost access to echo: it is no longer exported to them; closing what it was served/
      .test(b.log.join("")), "bob closes alice's streams", 2000);
    assert.equal(await servedBy(b, "alice-pc"), 0, "alice's sessions on bob are gone");
    assert.equal(await servedBy(b, "carol-pc"), carols, "carol's stay");
    await assert.rejects(echo(ca, "after"), /ended|cannot reach|closed|stream/i);
    assert.equal(await echo(cc, "carol keeps hers"), "carol keeps hers");
  },
  "service unexport ends every peer's live sessions at once": async () => {
    const cc = await connectHttp(c.mcpUrl("echo"), c.auth);
    assert.equal(await echo(cc, "before"), "before");
    assert.match(b.cli("service", "unexport", "echo"), /no longer exported/);
    await until(async () => await servedBy(b) === 0, "bob serves nothing", 2000);
    await assert.rejects(echo(cc, "after"), /ended|cannot reach|closed|stream/i);
    assert.equal(b.exited(), null, "the exporter lives on");
    assert.equal(await (await api(b, "GET", "/status")).status, 200);
  },

  // ------------------------------------------------------------------ the hub can mint anyone
  "an exporter pins each peer's key at first contact": async () => {
    await exportTo(b, "echo", ["user:alice", "endpoint:carol-pc"]);
    await until(() => visibleTo(a).includes("echo"), "alice sees echo again");
    assert.equal(await echo(await connectHttp(a.mcpUrl("echo"), a.auth), "pin me"), "pin me");
    const pin = await pinOf(b, ALICE);
    assert.equal(pin.spki_sha256, spkiSha256(fs.readFileSync(path.join(a.home, "mesh", "cert.pem"), "utf8")));
    assert.equal(pin.refused, undefined);
    assert.match(b.cli("peers", "pins"), new RegExp(`${ALICE}\\n  key sha256 ${pin.spki_sha256}`));
  },
  "a certificate minted from the CA key for a known identity, with another key, is refused": async () => {
    const real = await pinOf(b, ALICE);
    a.proc.kill("SIGTERM");
    await until(() => a.exited(), "alice's agent to stop");
    const forged = await impersonate(a, ALICE);
    const m = await startAgent({ home: forged.home });
    globalThis.mallory = m;
    await until(() => peersOf(m).hubs[0].state === "connected", "the forged alice-pc is on the hub: the CA vouches for it");
    await until(() => visibleTo(m).includes("echo"), "the forged alice-pc sees echo");
    await assert.rejects(connectHttp(m.mcpUrl("echo"), m.auth), /stream|ended|closed/i);
    await until(() => /refused spiffe:\/\/accessmesh\/user\/alice\/endpoint\/alice-pc the service echo: its key changed/
      .test(b.log.join("")), "bob's log says why");
    const pin = await pinOf(b, ALICE);
    assert.equal(pin.spki_sha256, real.spki_sha256, "the pin is kept");
    assert.equal(pin.refused.spki_sha256, spkiSha256(forged.cert));
    assert.ok(pin.refused.count >= 1);
    assert.match(b.cli("peers"), new RegExp(`REFUSED ${ALICE}: its key changed[^]*zt4mcp peers trust ${ALICE}`));
    const shown = peersOf(b).refused_keys;  // what the app shows, with a Trust button
    assert.deepEqual(shown.map((r) => [r.identity, r.user, r.endpoint, r.spki_sha256]),
      [[ALICE, "alice", "alice-pc", spkiSha256(forged.cert)]]);
    assert.equal(b.exited(), null, "the exporter lives on");
    const cc = await connectHttp(c.mcpUrl("echo"), c.auth);
    assert.equal(await echo(cc, "carol is still served"), "carol is still served");
  },
  "peers trust accepts the new key; then it is served": async () => {
    const m = globalThis.mallory;
    assert.match(b.cli("peers", "trust", ALICE), /Trusted the new key of spiffe:\/\/accessmesh\/user\/alice\/endpoint\/alice-pc/);
    const pin = await pinOf(b, ALICE);
    assert.equal(pin.refused, undefined);
    assert.equal(peersOf(b).refused_keys, undefined);
    assert.equal(pin.spki_sha256, spkiSha256(fs.readFileSync(path.join(m.home, "mesh", "cert.pem"), "utf8")));
    assert.equal(await echo(await connectHttp(m.mcpUrl("echo"), m.auth), "trusted now"), "trusted now");
    assert.match(fails(() => b.cli("peers", "trust", ALICE)), /has shown no other key: nothing to trust \(HTTP 409\)/);
    assert.match(fails(() => b.cli("peers", "trust", "spiffe://accessmesh/user/x/endpoint/y")), /no key is pinned.*HTTP 404/);
    assert.match(fails(() => b.cli("peers", "trust", "alice")), /must be a member's SPIFFE id.*HTTP 400/);
    assert.equal(JSON.parse(b.cli("peers", "pins", "--json")).pins.find((p) => p.identity === ALICE).spki_sha256,
      pin.spki_sha256);
  },
  "an importer pins its exporters' keys too: a minted exporter gets nothing it is sent": async () => {
    const real = await pinOf(c, BOB);
    assert.ok(real, "carol pinned bob's key when she first used echo");
    b.proc.kill("SIGTERM");
    await until(() => b.exited(), "bob's agent to stop");
    const forged = await impersonate(b, BOB);
    // the forged exporter's filter chain logs every message its sessions see
    const logged = testFilterRules([]);
    const fake = await startAgent({ home: forged.home, args: ["--test-filter", logged.file] });
    await until(() => visibleTo(c).includes("echo") && peersOf(c).peers.find((p) => p.endpoint === "bob-pc").online,
      "the forged bob-pc is online with echo");
    await assert.rejects(async () => echo(await connectHttp(c.mcpUrl("echo"), c.auth), "a secret for bob"),
      /cannot reach bob-pc\/echo through the mesh: its key changed/);
    await until(() => /refused to use spiffe:\/\/accessmesh\/user\/bob\/endpoint\/bob-pc: its key changed/
      .test(c.log.join("")), "carol's log says why");
    // it may accept the stream before carol's check closes it, but nothing is ever sent to it
    const received = logged.seen().filter((m) => m.direction === "to_server");
    assert.deepEqual(received, [], "the forged exporter was sent something");
    const pin = await pinOf(c, BOB);
    assert.equal(pin.spki_sha256, real.spki_sha256);
    assert.equal(pin.refused.spki_sha256, spkiSha256(forged.cert));
    assert.match(c.cli("peers", "trust", BOB), /Trusted/);
    assert.equal(await echo(await connectHttp(c.mcpUrl("echo"), c.auth), "now trusted"), "now trusted");
  },
});
