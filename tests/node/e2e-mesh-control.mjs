// e2e-mesh-control.mjs: agents' mTLS control channels to a real hub: peers, revocation, faults
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import tls from "node:tls";
import { startAgent, spawnAndWait, freePort, run, sleep, tmpdir, onCleanup, ZT4MCP, zt, joinMember, peersOf, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
zt("hub", "init", "--data", data, "--name", "ctlmesh", "--listen", `127.0.0.1:${port}`);
let hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);

const mesh = peersOf;

// A raw WebSocket upgrade over TLS with a chosen client certificate; resolves with the
// close frame's code and reason.
function rawControl(opts) {
  return new Promise((resolve, reject) => {
    const sock = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false, ...opts }, () => {
      const key = crypto.randomBytes(16).toString("base64");
      sock.write(`GET /v1/control HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    });
    let buf = Buffer.alloc(0);
    const t = setTimeout(() => { sock.destroy(); reject(new Error("no close frame")); }, 5000);
    sock.on("data", (d) => {
      buf = Buffer.concat([buf, d]);
      const end = buf.indexOf("\r\n\r\n");
      if (end < 0) return;
      const frame = buf.subarray(end + 4);
      if (frame.length >= 4 && (frame[0] & 0x0f) === 0x8) {
        const len = frame[1] & 0x7f;
        clearTimeout(t);
        sock.destroy();
        resolve({ code: frame.readUInt16BE(2), reason: frame.subarray(4, 2 + len).toString() });
      }
    });
    sock.on("error", (e) => { clearTimeout(t); reject(e); });
  });
}

function certtool(args, input) {
  return execFileSync("certtool", args, { encoding: "utf8", input, stdio: ["pipe", "pipe", "pipe"] });
}

const member = (user, endpoint, args) => joinMember(data, user, endpoint, args);
const a = await member("alice", "alice-pc");

await run({
  "an agent that joined opens its control channel": async () => {
    await until(() => mesh(a).hubs[0].state === "connected", "alice connected");
    await until(() => /control channel to 127\.0\.0\.1:\d+ open/.test(a.log.join("")), "the log says so");
  },
  "peers are pushed by the hub, live": async () => {
    const b = await member("bob", "bob-pc");
    globalThis.b = b;
    await until(() => mesh(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "alice sees bob online");
    assert.match(a.cli("peers"), /bob-pc\s+user bob\s+online/);
  },
  "joining while the agent runs: the agent picks up the permit at once": async () => {
    const c = await startAgent();
    assert.equal(mesh(c).joined, false);
    zt("join", zt("hub", "invite", "carol", "--endpoint", "carol-pc", "--data", data).trim(), "--home", c.home);
    await until(() => mesh(c).hubs?.[0]?.state === "connected", "carol connected");
  },
  "no client certificate: refused, with the reason": async () => {
    const r = await rawControl({});
    assert.equal(r.code, 4403);
    assert.match(r.reason, /no client certificate/);
  },
  "a certificate from another mesh's CA: refused": async () => {
    const otherData = path.join(tmpdir("zt4mcp-hub2-"), "hub");
    const otherPort = await freePort();
    zt("hub", "init", "--data", otherData, "--name", "ctlmesh", "--listen", `127.0.0.1:${otherPort}`);
    const caPem = fs.readFileSync(path.join(otherData, "ca.pem"), "utf8");
    const caKey = path.join(otherData, "ca.key");
    const key = certtool(["--generate-privkey", "--key-type", "ecdsa"]);
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, "k.pem"), key);
    fs.writeFileSync(path.join(dir, "ca.pem"), caPem);
    fs.writeFileSync(path.join(dir, "t"), 'cn = "x"\nuri = "spiffe://ctlmesh/user/alice/endpoint/alice-pc"\ntls_www_client\nexpiration_days = 1\n');
    const cert = certtool(["--generate-certificate", "--load-privkey", path.join(dir, "k.pem"), "--load-ca-certificate",
      path.join(dir, "ca.pem"), "--load-ca-privkey", caKey, "--template", path.join(dir, "t")]);
    const r = await rawControl({ key, cert });
    assert.equal(r.code, 4403, JSON.stringify(r));
    assert.match(r.reason, /certificate refused/);
  },
  "an expired certificate from the right CA: refused": async () => {
    const dir = tmpdir();
    const key = certtool(["--generate-privkey", "--key-type", "ecdsa"]);
    fs.writeFileSync(path.join(dir, "k.pem"), key);
    fs.writeFileSync(path.join(dir, "t"), 'cn = "x"\nuri = "spiffe://ctlmesh/user/alice/endpoint/alice-pc"\ntls_www_client\n' +
      'activation_date = "2024-01-01 00:00:00 UTC"\nexpiration_date = "2024-01-02 00:00:00 UTC"\n');
    const cert = certtool(["--generate-certificate", "--load-privkey", path.join(dir, "k.pem"), "--load-ca-certificate",
      path.join(data, "ca.pem"), "--load-ca-privkey", path.join(data, "ca.key"), "--template", path.join(dir, "t")]);
    const r = await rawControl({ key, cert });
    assert.equal(r.code, 4403);
    assert.match(r.reason, /expired/);
  },
  "revocation closes the channel at once and the agent says so": async () => {
    const b = globalThis.b;
    await until(() => mesh(b).hubs[0].state === "connected", "bob connected");
    const t0 = Date.now();
    zt("hub", "revoke", "bob", "--data", data);
    await until(() => mesh(b).hubs[0].state === "revoked", "bob's channel revoked", 5000);
    const took = Date.now() - t0;
    assert.ok(took < 2000, `revocation took ${took} ms`);
    assert.match(mesh(b).hubs[0].error, /revoked/);
    await until(() => !mesh(a).peers.some((p) => p.endpoint === "bob-pc"), "bob gone from alice's peers");
    zt("hub", "unrevoke", "bob", "--data", data);
  },
  "kill -9 the hub, start it again: agents reconnect within seconds": async () => {
    hub.proc.kill("SIGKILL");
    await until(() => mesh(a).hubs[0].state !== "connected", "alice notices");
    await sleep(300);
    hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
    const t0 = Date.now();
    await until(() => mesh(a).hubs[0].state === "connected", "alice reconnected", 15000);
    console.log(`# reconnected ${Date.now() - t0} ms after the hub came back`);
  },
});
