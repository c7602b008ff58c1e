// e2e-mesh-spare.mjs: an exporter's spare leg to the hub: a dial is spliced onto it at once,
// only its own endpoint's dials use it, and it ends with the endpoint's control channel
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import crypto from "node:crypto";
import tls from "node:tls";
import { run, joinMember, peersOf, startHub, until, memberCredentials, mcpPost, connectHttp, ECHO_SERVER,
  wsClientReader, wsClientFrame, sleep } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const hub = await startHub("sparemesh");

// A member's credentials, its agent stopped: the test speaks for it, byte by byte.
async function rawMember(user, endpoint) {
  const agent = await joinMember(hub.data, user, endpoint);
  const creds = memberCredentials(agent);
  agent.proc.kill("SIGTERM");
  await until(() => agent.exited(), `${endpoint}'s agent to stop`);
  return creds;
}

// A raw WebSocket to the hub's @path: its text messages, its frames, how it ended.
function rawSocket(creds, path, onOpen = () => {}) {
  const got = { texts: [], frames: [], upgraded: false, closed: false, closeCode: null, closeReason: "" };
  const sock = tls.connect({ host: "127.0.0.1", port: hub.port, rejectUnauthorized: false, ...creds }, () =>
    sock.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${hub.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString("base64")}\r\nSec-WebSocket-Version: 13\r\n\r\n`));
  const reader = wsClientReader(sock, (text) => got.texts.push(JSON.parse(text)), { onFrame: (opcode, payload) => {
    got.frames.push({ opcode, payload: Buffer.from(payload) });
    if (opcode === 8 && payload.length >= 2) {
      got.closeCode = payload.readUInt16BE(0);
      got.closeReason = payload.subarray(2).toString();
    }
  } });
  sock.on("data", (d) => {
    if (!got.upgraded && d.includes("\r\n\r\n")) { got.upgraded = true; onOpen(sock); }
    reader(d);
  });
  sock.on("close", () => { got.closed = true; });
  sock.on("error", () => {});
  return { got, sock, close: () => sock.destroy() };
}

// An exporter's control channel: hello with @exports, as an agent sends it.
const control = (creds, exports) => rawSocket(creds, "/v1/control?presence=changes", (sock) =>
  sock.write(wsClientFrame(1, JSON.stringify({ type: "hello", exports, instance: crypto.randomUUID() }))));
const streamsSaid = (ch) => ch.got.texts.filter((m) => m.type === "stream");

const alice = await joinMember(hub.data, "alice", "alice-pc");
const carol = await rawMember("carol", "carol-pc");
const dave = await rawMember("dave", "dave-pc");

// Asks alice's agent for a session on carol's echo: the dial is what matters here (nobody
// answers carol's side of the TLS, so the request itself fails later).
const dial = () => { mcpPost(alice.mcpUrl("echo"), alice.token, { jsonrpc: "2.0", id: 1, method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "spare", version: "1" } } }).catch(() => {}); };

let carolControl;

await run({
  "a spare leg is refused to an endpoint whose control channel is not open": async () => {
    const leg = rawSocket(dave, "/v1/stream?spare=1");
    await until(() => leg.got.closeCode !== null || leg.got.closed, "the hub's answer to dave's spare leg");
    assert.match(leg.got.closeReason, /spare leg needs this endpoint's control channel/);
    leg.close();
  },

  "a dial to the exporter is spliced onto its spare leg at once": async () => {
    carolControl = control(carol, [{ name: "echo", to: ["alice"] }]);
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "carol-pc" && p.online &&
      (p.services ?? []).includes("echo")), "carol's echo offered to alice", 15000);
    alice.cli("service", "import", "carol-pc/echo");
    const spare = rawSocket(carol, "/v1/stream?spare=1");
    await until(() => spare.got.upgraded, "carol's spare leg upgraded");
    await sleep(200);
    dial();
    await until(() => streamsSaid(carolControl).length === 1, "the hub to name the stream to carol");
    const said = streamsSaid(carolControl)[0];
    assert.equal(said.spare, true, `the stream is said to be on the spare leg: ${JSON.stringify(said)}`);
    assert.equal(said.service, "echo");
    // alice's TLS hello arrived on the spare leg, relayed as a binary message
    await until(() => spare.got.frames.some((f) => f.opcode === 2), "alice's TLS hello on carol's spare leg");
    const hello = spare.got.frames.find((f) => f.opcode === 2).payload;
    assert.equal(hello[0], 0x16, "a TLS handshake record");
    spare.close();
  },

  "with no spare leg left, the exporter is asked to dial back as before": async () => {
    dial();
    await until(() => streamsSaid(carolControl).length === 2, "the hub to ask carol for the second stream");
    const said = streamsSaid(carolControl)[1];
    assert.equal(said.spare, undefined, `no spare leg named: ${JSON.stringify(said)}`);
    assert.ok(said.id, "an id to accept");
  },

  "a spare leg ends with its endpoint's control channel": async () => {
    const spare = rawSocket(carol, "/v1/stream?spare=1");
    await until(() => spare.got.upgraded, "carol's spare leg upgraded");
    await sleep(200);
    assert.equal(spare.got.closed, false);
    carolControl.close();
    await until(() => spare.got.closed, "the hub to close carol's spare leg", 10000);
  },

  "real agents: sessions after the first ride spare legs and work": async () => {
    const bob = await joinMember(hub.data, "bob", "bob-pc");
    bob.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
    bob.cli("service", "export", "echo", "--to", "alice");
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online &&
      (p.services ?? []).includes("echo")), "bob's echo offered to alice", 15000);
    alice.cli("service", "import", "bob-pc/echo", "--as", "bob-echo");
    for (let i = 0; i < 3; i++) {
      const client = await connectHttp(alice.mcpUrl("bob-echo"), alice.auth);
      const r = await client.callTool({ name: "echo", arguments: { message: `m${i}` } });
      assert.equal(r.content[0].text, `m${i}`);
      await client.close();
    }
  },
});
