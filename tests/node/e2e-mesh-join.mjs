// e2e-mesh-join.mjs: a real hub process, invitations, and agents joining with their own keys
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { spawnAndWait, freePort, run, sleep, tmpdir, here, ZT4MCP } from "./lib.mjs";

const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
const env = { ...process.env, ZT4MCP_KEYSTORE: "file" };

function zt(...args) {
  try {
    return execFileSync(ZT4MCP, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env });
  } catch (e) {
    const err = new Error(`zt4mcp ${args.join(" ")} failed (${e.status}): ${e.stderr}`);
    err.stderr = e.stderr; err.status = e.status;
    throw err;
  }
}
function ztFails(re, ...args) {
  try {
    zt(...args);
  } catch (e) {
    assert.notEqual(e.status, 0);
    assert.match(e.stderr, re);
    return;
  }
  assert.fail(`zt4mcp ${args.join(" ")} should have failed`);
}
const invite = (...args) => zt("hub", "invite", "--data", data, ...args).trim();

zt("hub", "init", "--data", data, "--name", "testmesh", "--listen", `127.0.0.1:${port}`);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https:\/\/127\.0\.0\.1/, env);

await run({
  "hub init: CA and hub keys are private": async () => {
    for (const f of ["ca.key", "hub.key", "hub.db"])
      assert.equal(fs.statSync(path.join(data, f)).mode & 0o777, 0o600, f);
    ztFails(/already holds a hub/, "hub", "init", "--data", data, "--name", "x", "--listen", "127.0.0.1:1");
    const st = JSON.parse(zt("hub", "status", "--data", data));
    assert.equal(st.mesh, "testmesh");
    assert.match(st.ca_fingerprint, /^[0-9a-f]{64}$/);
  },
  "join: the agent gets a certificate for its SPIFFE identity, its key stays home": async () => {
    const home = tmpdir();
    const inv = invite("alice", "--endpoint", "laptop", "--ttl", "10m");
    assert.match(inv, /^zt4mcp-invite:/);
    const permit = JSON.parse(zt("join", inv, "--home", home, "--json"));
    assert.equal(permit.spiffe_id, "spiffe://testmesh/user/alice/endpoint/laptop");
    const cert = new X509Certificate(fs.readFileSync(path.join(home, "mesh", "cert.pem")));
    const ca = new X509Certificate(fs.readFileSync(path.join(data, "ca.pem")));
    assert.ok(cert.verify(ca.publicKey), "the certificate is signed by the mesh CA");
    assert.equal(cert.subjectAltName, "URI:spiffe://testmesh/user/alice/endpoint/laptop");
    const hours = (new Date(cert.validTo) - Date.now()) / 3600e3;
    assert.ok(hours > 20 && hours <= 24.1, `short-lived: ${hours} h`);
    const keyFile = path.join(home, "secrets", "mesh-key-testmesh");
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
    assert.match(fs.readFileSync(keyFile, "utf8"), /PRIVATE KEY/);
    assert.ok(!JSON.stringify(permit).includes("PRIVATE KEY"));
    const eps = JSON.parse(zt("hub", "endpoints", "--data", data, "--json")).endpoints;
    assert.ok(eps.some((e) => e.name === "laptop" && e.user === "alice" && !e.revoked));
  },
  "with a Secret Service (a real gnome-keyring), the key goes there and not to a file": async () => {
    const home = tmpdir();
    const inv = invite("kim", "--endpoint", "kim-pc", "--ttl", "10m");
    const script = path.resolve(here, "../unit/run-with-keyring.sh");
    const { ZT4MCP_KEYSTORE, ...rest } = env;
    let out;
    try {
      out = execFileSync(script, [ZT4MCP, "join", inv, "--home", home, "--json"],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: rest });
    } catch (e) {
      if (e.status === 77) return console.log("# skipped: no gnome-keyring or dbus-run-session");
      throw new Error(`join with a keyring failed: ${e.stderr}`);
    }
    const permit = JSON.parse(out);
    assert.match(permit.key_store, /Secret Service/);
    assert.ok(!fs.existsSync(path.join(home, "secrets")), "no key file when a keyring holds the key");
  },
  "an invitation works once": async () => {
    const inv = invite("bob", "--ttl", "10m");
    zt("join", inv, "--home", tmpdir(), "--endpoint", "bob-pc");
    ztFails(/already used/, "join", inv, "--home", tmpdir(), "--endpoint", "bob-pc2");
  },
  "an expired invitation is refused": async () => {
    const inv = invite("carol", "--ttl", "1s");
    await sleep(2100);
    ztFails(/expired/, "join", inv, "--home", tmpdir(), "--endpoint", "carol-pc");
  },
  "a CA fingerprint that does not match the hub is refused (no trust on first use)": async () => {
    const inv = invite("dave", "--ttl", "10m");
    const body = JSON.parse(Buffer.from(inv.slice("zt4mcp-invite:".length), "base64").toString());
    body.ca = "0".repeat(64);
    const forged = "zt4mcp-invite:" + Buffer.from(JSON.stringify(body)).toString("base64");
    ztFails(/fingerprint mismatch|not come from the CA/, "join", forged, "--home", tmpdir(), "--endpoint", "dave-pc");
    // the real invitation still works: a refused attempt did not use it up
    zt("join", inv, "--home", tmpdir(), "--endpoint", "dave-pc");
  },
  "someone else's endpoint name is refused": async () => {
    const inv = invite("eve", "--ttl", "10m");
    ztFails(/belongs to another user/, "join", inv, "--home", tmpdir(), "--endpoint", "laptop");
  },
  "an invitation for one endpoint cannot name another": async () => {
    const inv = invite("frank", "--endpoint", "frank-pc", "--ttl", "10m");
    ztFails(/is for endpoint "frank-pc"/, "join", inv, "--home", tmpdir(), "--endpoint", "other");
  },
  "a revoked user cannot join": async () => {
    const inv = invite("mallory", "--ttl", "10m");
    zt("hub", "revoke", "mallory", "--data", data);
    ztFails(/revoked/, "join", inv, "--home", tmpdir(), "--endpoint", "m-pc");
    const users = JSON.parse(zt("hub", "users", "--data", data, "--json")).users;
    assert.ok(users.find((u) => u.name === "mallory").revoked);
  },
  "garbage is not an invitation": async () => {
    ztFails(/not a zt4mcp invitation/, "join", "hello", "--home", tmpdir());
    ztFails(/not a zt4mcp invitation/, "join", "zt4mcp-invite:!!!", "--home", tmpdir());
  },
  "an unreachable hub is reported with its address": async () => {
    const inv = invite("gina", "--ttl", "10m");
    const body = JSON.parse(Buffer.from(inv.slice("zt4mcp-invite:".length), "base64").toString());
    body.hubs = [`127.0.0.1:${await freePort()}`];
    const moved = "zt4mcp-invite:" + Buffer.from(JSON.stringify(body)).toString("base64");
    ztFails(/hub 127\.0\.0\.1:\d+: .*(refused|connect)/i, "join", moved, "--home", tmpdir(), "--endpoint", "g-pc");
  },
});
