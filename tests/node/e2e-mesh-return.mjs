// e2e-mesh-return.mjs: an imported service works again soon after its exporter or the hub comes back
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import tls from "node:tls";
import { spawnAndWait, startAgent, connectHttp, run, joinMember, peersOf, startHub, until, memberCredentials, ZT4MCP,
  ECHO_SERVER, wsClientReader, wsClientFrame, sleep, tmpdir } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
// one control thread per agent (a hub starts one more for every 200 agents): the channels'
// closes, pings and silences then cross threads as they do in a large mesh
process.env.ZT4MCP_HUB_THREAD_CHANNELS = "1";
// Generous on a loaded machine; the figure measured is printed.
const WITHIN_MS = 5000;
// A stopped agent is taken for gone after 4 s without answering the hub's pings (one a second).
const PEER_TIMEOUT_S = 4;
let hub = await startHub("returnmesh", ["--peer-timeout", `${PEER_TIMEOUT_S}s`]);
let hubOut = "";
for (const out of [hub.proc.stdout, hub.proc.stderr]) out.on("data", (d) => { hubOut += d.toString(); });
const hubOutput = () => hubOut;
// ... and alice takes a hub for gone after 3 s without an answer to her pings.
const HUB_TIMEOUT_S = 3;
const a = await joinMember(hub.data, "alice", "alice-pc", ["--hub-timeout", `${HUB_TIMEOUT_S}s`]);
let b = await joinMember(hub.data, "bob", "bob-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo", "--to", "alice");
a.cli("service", "import", "bob-pc/echo");

const bobOnline = () => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online && (p.services ?? []).includes("echo"));
// Bob's own record of his control channel: the moment he is back on the hub.
const hubOpen = (agent) => (agent.log.join("").match(/control channel to \S+ open/g) ?? []).length;
const echo = async (client, text, timeout = 3000) =>
  (await client.callTool({ name: "echo", arguments: { message: text } }, undefined, { timeout })).content[0].text;

// A control channel as an agent from before presence changes opens it (no ?presence=changes):
// the hub's text messages, parsed, as they come (its pings answered).
function oldControl(port, creds) {
  const messages = [];
  const sock = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false, ...creds }, () =>
    sock.write(`GET /v1/control HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n\r\n`));
  sock.on("data", wsClientReader(sock, (text) => messages.push(JSON.parse(text))));
  sock.on("error", () => {});
  return { messages, close: () => sock.destroy() };
}

// A control channel that answers none of the hub's pings: counts them, pings the hub itself
// while @pinging() says so, and records how the hub closed it.
function mutedControl(port, creds, pinging) {
  const got = { pings: 0, closeCode: null, ended: false, lastPing: 0, endedAt: 0 };
  let upgraded = false;
  const sock = tls.connect({ host: "127.0.0.1", port, rejectUnauthorized: false, ...creds }, () =>
    sock.write(`GET /v1/control?presence=changes HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
      `Connection: Upgrade\r\nSec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n\r\n`));
  const reader = wsClientReader(sock, undefined, { answerPings: false, onFrame: (opcode, payload) => {
    if (opcode === 9) got.pings++;
    if (opcode === 8 && payload.length >= 2) { got.closeCode = payload.readUInt16BE(0); got.endedAt ||= Date.now(); }
  } });
  sock.on("data", (d) => {
    if (!upgraded && d.includes("\r\n\r\n")) {
      upgraded = true;
      sock.write(wsClientFrame(1, JSON.stringify({ type: "hello", exports: [], instance: crypto.randomUUID() })));
    }
    reader(d);
  });
  const timer = setInterval(() => {
    if (upgraded && pinging()) { sock.write(wsClientFrame(9, "")); got.lastPing = Date.now(); }
  }, 1000);
  sock.on("close", () => { got.ended = true; got.endedAt ||= Date.now(); clearInterval(timer); });
  sock.on("error", () => {});
  return { got, close: () => { clearInterval(timer); sock.destroy(); } };
}

// Calls until one answers; returns how long after @since it did.
async function untilAnswered(client, since, what) {
  let last;
  await until(async () => {
    try {
      return (await echo(client, "back?")) === "back?";
    } catch (e) { last = e; return false; }
  }, what, 30000).catch((e) => { throw new Error(`${e.message} (last error: ${last?.message})`); });
  return Date.now() - since;
}

await until(bobOnline, "bob online with echo");
const client = await connectHttp(a.mcpUrl("echo"), a.auth);

await run({
  "a call through the mesh works": async () => {
    assert.equal(await echo(client, "hello"), "hello");
  },
  "while bob's agent is gone, a call fails quickly and clearly": async () => {
    b.proc.kill("SIGKILL");
    await until(() => b.exited(), "bob's agent to die");
    const t0 = Date.now();
    await assert.rejects(echo(client, "nobody home", 20000), /bob-pc.*(not online|through the mesh|ended)|not online/);
    const took = Date.now() - t0;
    console.log(`# a call while bob is away failed after ${took} ms`);
    assert.ok(took < WITHIN_MS, `the failing call took ${took} ms`);
  },
  "after bob's agent returns, a call works again soon after he is back on the hub": async () => {
    b = await (async () => startAgent({ home: b.home }))();
    await until(() => hubOpen(b) > 0, "bob's control channel", 30000);
    const since = Date.now();
    const took = await untilAnswered(client, since, "a call to bob after his return");
    console.log(`# the import worked again ${took} ms after bob's hub connection`);
    assert.ok(took < WITHIN_MS, `took ${took} ms`);
  },
  "an agent that hangs is listed offline after the hub's peer timeout, and calls to it fail at once": async () => {
    // a stopped process holds its sockets open and answers no ping, as a hung agent or a
    // machine that lost its network would
    assert.equal(await echo(client, "before"), "before");
    await until(bobOnline, "bob listed online again");
    b.proc.kill("SIGSTOP");
    try {
      const t0 = Date.now();
      await until(() => !peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob listed offline", 30000);
      const took = Date.now() - t0;
      console.log(`# a stopped agent was listed offline ${took} ms after it stopped (peer timeout ${PEER_TIMEOUT_S} s)`);
      assert.ok(took >= (PEER_TIMEOUT_S - 1) * 1000, `listed offline after ${took} ms: before its timeout`);
      const t1 = Date.now();
      await assert.rejects(echo(client, "anyone?", 20000), /bob-pc/);
      assert.ok(Date.now() - t1 < WITHIN_MS, `the failing call took ${Date.now() - t1} ms`);
    } finally {
      b.proc.kill("SIGCONT");
    }
    // once it runs again, it reconnects on its own and is used again
    await until(() => hubOpen(b) > 1, "bob's control channel again", 30000);
    await untilAnswered(client, Date.now(), "a call to bob after he woke");
  },
  "an agent that vanished without closing its connections is not waited for once its new run is back": async () => {
    // a stopped process holds its sockets open, as a machine that lost its network would:
    // alice's stream to it stays open, and nothing but the hubs' presence says it is dead
    assert.equal(await echo(client, "before"), "before");
    const old = b;
    old.proc.kill("SIGSTOP");
    try {
      // its new run has the same identity, on a copy of its home: one home serves one agent at
      // a time (the stopped one still holds its audit log's lock)
      const home = tmpdir();
      fs.cpSync(old.home, home, { recursive: true });
      fs.rmSync(path.join(home, "api.json"), { force: true });
      b = await startAgent({ home });
      await until(() => hubOpen(b) > 0, "bob's new run on the hub", 30000);
      const since = Date.now();
      const took = await untilAnswered(client, since, "a call to bob's new run");
      console.log(`# the import worked again ${took} ms after bob's new run was on the hub`);
      assert.ok(took < WITHIN_MS, `took ${took} ms`);
      // the agent's log reaches this process on a pipe of its own, maybe after the answer
      await until(() => /the stream to bob-pc\/echo ended: bob-pc restarted/.test(a.log.join("")),
        "alice's log to say bob restarted", 5000);
    } finally {
      old.proc.kill("SIGKILL");
    }
  },
  "an agent that does not ask for presence changes still gets whole lists": async () => {
    const carol = await joinMember(hub.data, "carol", "carol-pc");
    await until(() => peersOf(a).peers.some((p) => p.endpoint === "carol-pc" && p.online), "carol online for alice");
    const creds = memberCredentials(carol);
    carol.proc.kill("SIGTERM");
    await until(() => carol.exited(), "carol's agent to stop");
    const old = oldControl(hub.port, creds);
    try {
      const lists = () => old.messages.filter((m) => m.type === "peers");
      await until(() => lists().length > 0, "carol's first list");
      b.proc.kill("SIGKILL");
      await until(() => lists().some((m) => m.peers.some((p) => p.endpoint === "bob-pc" && !p.online)), "bob offline, in a whole list");
      b = await startAgent({ home: b.home });
      await until(() => lists().some((m) => m.peers.some((p) => p.endpoint === "bob-pc" && p.online)), "bob online, in a whole list");
      const last = lists().at(-1).peers.map((p) => p.endpoint).sort();
      assert.deepEqual(last, ["alice-pc", "bob-pc", "carol-pc"]);
      assert.equal(old.messages.filter((m) => m.type === "peers-update").length, 0);
      await until(bobOnline, "bob online with echo for alice");
    } finally {
      old.close();
    }
  },
  "an agent kept alive by its own pings is not pinged; one that neither pings nor answers is cut": async () => {
    // the hub sees an agent's pings (libsoup answers them unseen) in when its bytes last came,
    // and pings only channels silent for half its timeout: thousands of idle agents cost it
    // one wake-up per agent ping instead of three
    const dave = await joinMember(hub.data, "dave", "dave-pc");
    const creds = memberCredentials(dave);
    dave.proc.kill("SIGTERM");
    await until(() => dave.exited(), "dave's agent to stop");
    let pinging = true;
    const muted = mutedControl(hub.port, creds, () => pinging);
    try {
      await sleep((PEER_TIMEOUT_S + 2) * 1000);
      assert.equal(muted.got.ended, false, `closed by the hub (code ${muted.got.closeCode}) while it pinged every second`);
      assert.equal(muted.got.pings, 0, "the hub pinged an agent that pings it every second");
      pinging = false;
      await until(() => muted.got.ended || muted.got.closeCode !== null, "the silent channel cut", 30000);
      const took = muted.got.endedAt - muted.got.lastPing;
      console.log(`# a channel silent from its last ping was cut after ${took} ms, having had ${muted.got.pings} pings`);
      assert.ok(muted.got.pings >= 1, "cut without a ping to answer");
      assert.equal(muted.got.closeCode, 4408);
      assert.ok(took >= PEER_TIMEOUT_S * 1000 - 250, `cut ${took} ms after its last ping: before the timeout`);
    } finally {
      muted.close();
    }
  },
  "a hub that hangs is left after the agent's hub timeout, and reconnected once it answers": async () => {
    const aOpen = hubOpen(a);
    const cuts = () => hubOutput().split("no answer to the hub's pings").length - 1;
    const cutsBefore = cuts();
    hub.proc.kill("SIGSTOP");
    try {
      const t0 = Date.now();
      await until(() => peersOf(a).hubs[0].state === "disconnected", "alice's hub disconnected", 30000);
      const took = Date.now() - t0;
      console.log(`# alice left a stopped hub ${took} ms after it stopped (hub timeout ${HUB_TIMEOUT_S} s)`);
      assert.ok(took >= (HUB_TIMEOUT_S - 1) * 1000, `left after ${took} ms: before the timeout`);
      // the log comes on a pipe of its own: it may reach this process after the state did
      await until(() => /control channel to \S+ dropped: the hub answered no ping/.test(a.log.join("")),
        "alice's log to say the hub answered no ping", 5000).catch((e) => {
        throw new Error(`${e.message}; the hub said:\n${hubOutput().split("\n").filter((l) => /control channel/.test(l)).slice(-12).join("\n")}`);
      });
      // stopped past its own peer timeout: bob's pongs of that time wait unread in its sockets
      await sleep(Math.max(0, (PEER_TIMEOUT_S + 1) * 1000 - took));
    } finally {
      hub.proc.kill("SIGCONT");
    }
    await until(() => hubOpen(a) > aOpen, "alice back on the hub", 30000);
    // the hub, back from its stop, cut nobody for the silence it slept through
    await sleep(1500);
    assert.equal(cuts(), cutsBefore, "the hub cut an agent for the silence it slept through");
    await untilAnswered(client, Date.now(), "a call after the hub woke");
  },
  "after the hub restarts, both agents reconnect and the import works again": async () => {
    const aOpen = hubOpen(a), bOpen = hubOpen(b);
    hub.proc.kill("SIGKILL");
    await new Promise((r) => hub.proc.exitCode !== null || hub.proc.signalCode !== null ? r() : hub.proc.on("exit", r));
    // away long enough for five retries, so that the agents' backoff has reached its bound
    const failed = (agent) => agent.log.join("").split("cannot reach hub").length - 1;
    const aFailed = failed(a);
    await until(() => failed(a) >= aFailed + 5, "alice's retries", 60000);
    const { proc } = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", hub.data], /zt4mcp hub on https/);
    hub = { ...hub, proc };
    const since = Date.now();
    await until(() => hubOpen(a) > aOpen && hubOpen(b) > bOpen, "both agents back on the hub", 60000);
    console.log(`# both agents were back on the hub ${Date.now() - since} ms after it restarted`);
    const took = await untilAnswered(client, since, "a call after the hub restart");
    console.log(`# the import worked again ${took} ms after the hub restarted`);
    assert.ok(took < 2 * WITHIN_MS, `took ${took} ms`);
  },
});
