// e2e-attack-access.mjs: the exporter's end of zt4mcp.access (just-in-time access requests) fed
// raw bytes by a member of the mesh: oversized and deeply nested lines, invalid UTF-8, terminal
// escapes, a forged identity, someone else's request, a flood of requests, a peer that says
// nothing. The agent answers each with an error or closes the stream, stores nothing it refused,
// and serves on.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import tls from "node:tls";
import { run, ECHO_SERVER, freePort, joinMember, memberCredentials, startHub, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const { data } = await startHub("accessattack");
const directPort = await freePort();
const bob = await joinMember(data, "bob", "bob-pc", ["--mesh-direct", `127.0.0.1:${directPort}`]);
const alice = await joinMember(data, "alice", "alice-pc");
const carol = await joinMember(data, "carol", "carol-pc");
bob.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
const incoming = () => JSON.parse(bob.cli("access", "list", "--all", "--json")).incoming;

// A direct mesh connection to bob with @who's own certificate, naming zt4mcp.access; what bob
// sends back is collected, and `answer` resolves with his first line (or null when he closes).
function accessStream(who) {
  return new Promise((resolve, reject) => {
    const sock = tls.connect({ host: "127.0.0.1", port: directPort, rejectUnauthorized: false,
      ...memberCredentials(who) }, () => {
      const name = Buffer.from("zt4mcp.access");
      const head = Buffer.alloc(2);
      head.writeUInt16BE(name.length);
      sock.write(Buffer.concat([head, name]));
      let buf = "";
      let closedAt = null;
      const answer = new Promise((done) => {
        sock.on("data", (d) => {
          buf += d.toString("utf8");
          const nl = buf.indexOf("\n");
          if (nl >= 0) done(JSON.parse(buf.slice(0, nl)));
        });
        sock.on("close", () => { closedAt = Date.now(); done(null); });
      });
      resolve({ sock, answer, closed: () => closedAt, send: (b) => sock.write(b) });
    });
    sock.on("error", (e) => { if (e.code !== "ECONNRESET" && e.code !== "EPIPE") reject(e); });
  });
}

async function ask(who, payload) {
  const s = await accessStream(who);
  s.send(Buffer.isBuffer(payload) ? payload : Buffer.from(JSON.stringify(payload) + "\n"));
  const a = await s.answer;
  s.sock.destroy();
  return a;
}

// bob still serves: a well-formed request from carol is taken
async function stillServes() {
  const a = await ask(carol, { op: "request", service: "echo", tools: ["echo"], reason: "still there?" });
  assert.equal(a?.request?.status, "pending", JSON.stringify(a));
}

await run({
  "the harness speaks the protocol: a well-formed request is taken, typed from the certificate": async () => {
    await until(async () => (await ask(alice, { op: "request", service: "echo", reason: "ok" }))?.request,
      "bob's direct listener", 15000);
    const r = incoming().find((x) => x.reason === "ok");
    assert.equal(r.subject, "endpoint:alice-pc");
  },
  "a line over 64 KiB closes the stream unanswered, and stores nothing": async () => {
    const before = incoming().length;
    const s = await accessStream(alice);
    s.send(Buffer.from(`{"op":"request","service":"echo","reason":"${"x".repeat(200 * 1024)}`));
    assert.equal(await s.answer, null);
    assert.equal(incoming().length, before);
    await stillServes();
  },
  "65 000 levels of nesting are refused by depth before they are parsed": async () => {
    const a = await ask(alice, Buffer.from("[".repeat(65000) + "\n"));
    assert.match(a.error, /deep|nest/i);
    const b = await ask(alice, Buffer.from(`{"op":"request","service":"echo","tools":${"[".repeat(5000)}}\n`));
    assert.match(b.error, /deep|nest/i);
    await stillServes();
  },
  "invalid UTF-8 and terminal escapes in a reason are refused, not stored": async () => {
    const before = incoming().length;
    const bad = Buffer.concat([Buffer.from('{"op":"request","service":"echo","reason":"a'), Buffer.from([0xff, 0xfe, 0xc0]),
      Buffer.from('"}\n')]);
    assert.match((await ask(alice, bad)).error, /UTF-8/);
    for (const reason of ["\u001b]0;pwned\u0007", "invoice\u202etxt.exe", "two\nlines", "nul\u0000byte"])
      assert.match((await ask(alice, { op: "request", service: "echo", reason })).error, /control characters|U\+0000/);
    assert.match((await ask(alice, { op: "request", service: "echo", tools: ["ec\u001bho"] })).error, /not a glob/);
    assert.equal(incoming().length, before);
  },
  "identity fields in the request are ignored: the subject is the certificate's": async () => {
    const a = await ask(alice, { op: "request", service: "echo", reason: "forged", user: "bob", endpoint: "bob-pc",
      subject: "user:bob" });
    assert.equal(a.request.subject, "endpoint:alice-pc");
    const r = incoming().find((x) => x.id === a.request.id);
    assert.equal(r.user, "alice");
    assert.equal(r.endpoint, "alice-pc");
  },
  "a member learns nothing of another member's request": async () => {
    const mine = (await ask(alice, { op: "request", service: "echo", reason: "mine" })).request.id;
    assert.match((await ask(carol, { op: "status", id: mine })).error, /no such request of yours/);
    assert.equal((await ask(alice, { op: "status", id: mine })).request.id, mine);
  },
  "wrong types, unknown ops and unknown services get errors": async () => {
    assert.match((await ask(alice, { op: "request", service: "nope" })).error, /no service nope/);
    assert.match((await ask(alice, { op: "grant", service: "echo" })).error, /unknown op/);
    assert.ok((await ask(alice, { op: "request", service: "echo", duration: 1e12 })).error);
    assert.match((await ask(alice, { op: "request", service: "echo", tools: "echo" })).error, /wrong types/);
    assert.match((await ask(alice, { op: "request", service: "echo", duration: 1.5 })).error, /wrong types/);
    assert.ok((await ask(alice, Buffer.from("not json\n"))).error);
  },
  "one endpoint cannot fill the disk: past 20 waiting requests it is refused": async () => {
    const mineWaiting = () => incoming().filter((x) => x.endpoint === "alice-pc" && x.status === "pending").length;
    let refused = 0;
    for (let i = 0; i < 25; i++) {
      const a = await ask(alice, { op: "request", service: "echo", reason: `flood ${i}` });
      if (a.error) { assert.match(a.error, /too many/); refused++; }
    }
    assert.equal(mineWaiting(), 20);
    assert.ok(refused >= 5, `${refused} refused`);
    await stillServes();  // carol is not held back by alice's flood
  },
  "a member that opens the stream and says nothing is closed after 15 s": async () => {
    const s = await accessStream(alice);
    const t0 = Date.now();
    assert.equal(await s.answer, null);
    const ms = s.closed() - t0;
    assert.ok(ms >= 14000 && ms < 20000, `closed after ${ms} ms`);
  },
});
