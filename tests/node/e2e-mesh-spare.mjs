// e2e-mesh-spare.mjs: a member's spare leg to the hub: a dial to it is spliced onto it at
// once, the member dials on it through its control channel, only its own endpoint uses it,
// and it ends with the endpoint's control channel
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import crypto from "node:crypto";
import tls from "node:tls";
import { run, joinMember, peersOf, startHub, until, memberCredentials, mcpPost, connectHttp, ECHO_SERVER,
  wsClientReader, wsClientFrame, sleep } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const hub = await startHub("sparemesh");

// A member's credentials, its agent stopped: the test speaks for it, byte by byte.
async function rawMember(user, endpoint, on = hub) {
  const agent = await joinMember(on.data, user, endpoint);
  const creds = memberCredentials(agent);
  agent.proc.kill("SIGTERM");
  await until(() => agent.exited(), `${endpoint}'s agent to stop`);
  return creds;
}

// A raw WebSocket to the hub's @path: its text messages, its frames, how it ended.
function rawSocket(creds, path, onOpen = () => {}, on = hub) {
  const got = { texts: [], frames: [], upgraded: false, closed: false, closeCode: null, closeReason: "" };
  const sock = tls.connect({ host: "127.0.0.1", port: on.port, rejectUnauthorized: false, ...creds }, () =>
    sock.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${on.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
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
const control = (creds, exports, on = hub) => rawSocket(creds, "/v1/control?presence=changes", (sock) =>
  sock.write(wsClientFrame(1, JSON.stringify({ type: "hello", exports, instance: crypto.randomUUID() }))), on);
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
    // first the hub's word of what the leg carries, then alice's TLS hello, relayed
    await until(() => spare.got.frames.some((f) => f.opcode === 2), "alice's TLS hello on carol's spare leg");
    assert.equal(spare.got.frames[0].opcode, 1, "a text message first");
    const said = JSON.parse(spare.got.frames[0].payload.toString());
    assert.equal(said.type, "stream");
    assert.equal(said.service, "echo");
    assert.match(said.from, /alice-pc/);
    const hello = spare.got.frames.find((f) => f.opcode === 2).payload;
    assert.equal(hello[0], 0x16, "a TLS handshake record");
    assert.equal(streamsSaid(carolControl).length, 0, "no dial back asked on the control channel");
    spare.close();
  },

  "with no spare leg left, the exporter is asked to dial back as before": async () => {
    dial();
    await until(() => streamsSaid(carolControl).length === 1, "the hub to ask carol for the second stream");
    const said = streamsSaid(carolControl)[0];
    assert.ok(said.id, "an id to accept");
    assert.equal(said.service, "echo");
  },

  "a member dials on its own spare leg through its control channel, and only with one": async () => {
    const daveControl = control(dave, []);
    await until(() => daveControl.got.texts.length > 0, "dave's control channel open");
    const before = streamsSaid(carolControl).length;
    // no spare leg: the dial is dropped
    daveControl.sock.write(wsClientFrame(1, JSON.stringify({ type: "dial", to: "carol-pc", service: "echo" })));
    await sleep(500);
    assert.equal(streamsSaid(carolControl).length, before, "a dial without a spare leg opens nothing");
    const spare = rawSocket(dave, "/v1/stream?spare=1");
    await until(() => spare.got.upgraded, "dave's spare leg upgraded");
    await sleep(200);
    daveControl.sock.write(wsClientFrame(1, JSON.stringify({ type: "dial", to: "carol-pc", service: "echo" })));
    await until(() => streamsSaid(carolControl).length === before + 1, "carol asked for dave's stream");
    assert.match(streamsSaid(carolControl)[before].from, /dave-pc/, "the dial is dave's, by his channel");
    // a refusal comes on the leg: nobody online by that name
    const spare2 = rawSocket(dave, "/v1/stream?spare=1");
    await until(() => spare2.got.upgraded, "dave's second spare leg upgraded");
    await sleep(200);
    daveControl.sock.write(wsClientFrame(1, JSON.stringify({ type: "dial", to: "nobody-pc", service: "echo" })));
    await until(() => spare2.got.closeCode !== null, "the refusal on dave's spare leg");
    assert.match(spare2.got.closeReason, /nobody-pc is not online/);
    spare.close();
    daveControl.close();
  },

  "named spare legs: two per member, a dial to it takes the oldest, its own dial the one it names": async () => {
    const daveControl = control(dave, [{ name: "echo", to: ["carol"] }]);
    const carolAgain = control(carol, [{ name: "echo", to: ["dave"] }]);
    await until(() => daveControl.got.texts.length > 0 && carolAgain.got.texts.length > 0, "both control channels open");
    const welcome = daveControl.got.texts[0];
    assert.equal(welcome.type, "welcome");
    assert.equal(welcome.spares, 2, "the hub keeps two named spare legs per member");
    const bad = rawSocket(dave, "/v1/stream?spare=no%20spaces");
    await until(() => bad.got.closeCode !== null || bad.got.closed, "the hub's answer to a badly named spare leg");
    assert.match(bad.got.closeReason, /spare leg's name/);
    const first = rawSocket(dave, "/v1/stream?spare=a1");
    await until(() => first.got.upgraded, "dave's first spare leg upgraded");
    await sleep(200);
    const second = rawSocket(dave, "/v1/stream?spare=a2");
    await until(() => second.got.upgraded, "dave's second spare leg upgraded");
    await sleep(200);
    // carol dials dave: spliced onto the oldest
    const carolDial = rawSocket(carol, "/v1/stream?to=dave-pc&service=echo");
    await until(() => first.got.frames.some((f) => f.opcode === 1), "carol's stream on dave's oldest spare leg");
    assert.equal(JSON.parse(first.got.frames.find((f) => f.opcode === 1).payload.toString()).type, "stream");
    await until(() => carolDial.got.texts.some((m) => m.type === "connected"), "carol told the stream is connected");
    assert.equal(second.got.frames.length, 0, "the newer one is left for the next");
    // dave dials carol on the one it names; carol has none, so she is asked to dial back,
    // and dave hears "connected" on a2
    const before = streamsSaid(carolAgain).length;
    daveControl.sock.write(wsClientFrame(1, JSON.stringify({ type: "dial", to: "carol-pc", service: "echo", leg: "a2" })));
    await until(() => streamsSaid(carolAgain).length === before + 1, "carol asked for dave's stream");
    const asked = streamsSaid(carolAgain)[before];
    assert.match(asked.from, /dave-pc/);
    const back = rawSocket(carol, `/v1/stream?accept=${encodeURIComponent(asked.id)}`);
    await until(() => second.got.texts.some((m) => m.type === "connected"), "dave told on a2 that the stream is connected");
    // a name it does not hold: the dial opens nothing
    daveControl.sock.write(wsClientFrame(1, JSON.stringify({ type: "dial", to: "carol-pc", service: "echo", leg: "zz" })));
    await sleep(500);
    assert.equal(streamsSaid(carolAgain).length, before + 1, "a dial on a leg that is not there opens nothing");
    // a third one replaces the oldest
    const legs = [];
    for (const name of ["b1", "b2", "b3"]) {
      legs.push(rawSocket(dave, `/v1/stream?spare=${name}`));
      await until(() => legs.at(-1).got.upgraded, `dave's spare leg ${name} upgraded`);
      await sleep(200);
    }
    await until(() => legs[0].got.closed, "the hub to let the oldest of three go", 10000);
    assert.equal(legs[1].got.closed, false);
    assert.equal(legs[2].got.closed, false);
    for (const c of [bad, first, second, carolDial, back, ...legs, daveControl, carolAgain]) c.close();
  },

  "a spare leg ends with its endpoint's control channel": async () => {
    const carolControl2 = control(carol, [{ name: "echo", to: ["alice"] }]);
    await until(() => carolControl2.got.texts.length > 0, "carol's control channel open");
    const spare = rawSocket(carol, "/v1/stream?spare=1");
    await until(() => spare.got.upgraded, "carol's spare leg upgraded");
    await sleep(200);
    assert.equal(spare.got.closeCode, null, "kept while the control channel is open");
    assert.equal(spare.got.closed, false);
    carolControl2.close();
    await until(() => spare.got.closed || spare.got.closeCode !== null, "the hub to close carol's spare leg", 10000);
    spare.close();
  },

  "a hub holding as many spare legs as it keeps refuses one more, and still serves": async () => {
    // a hub whose cap is one spare leg (the real one is 1 024)
    process.env.ZT4MCP_HUB_SPARES_MAX = "1";
    const small = await startHub("smallmesh");
    delete process.env.ZT4MCP_HUB_SPARES_MAX;
    const erin = await rawMember("erin", "erin-pc", small);
    const frank = await rawMember("frank", "frank-pc", small);
    const erinControl = control(erin, [{ name: "echo", to: ["frank"] }], small);
    const frankControl = control(frank, [], small);
    await until(() => erinControl.got.texts.length > 0 && frankControl.got.texts.length > 0, "both control channels open");
    const erinSpare = rawSocket(erin, "/v1/stream?spare=1", () => {}, small);
    await until(() => erinSpare.got.upgraded, "erin's spare leg upgraded");
    await sleep(200);
    const frankSpare = rawSocket(frank, "/v1/stream?spare=1", () => {}, small);
    await until(() => frankSpare.got.closeCode !== null || frankSpare.got.closed, "the hub's answer to frank's spare leg");
    assert.match(frankSpare.got.closeReason, /as many spare legs as it keeps/);
    assert.equal(erinSpare.got.closed, false, "the spare leg it keeps stays");
    // still serving: frank's dial on a new leg lands on erin's spare leg
    const dialLeg = rawSocket(frank, "/v1/stream?to=erin-pc&service=echo", () => {}, small);
    await until(() => erinSpare.got.frames.some((f) => f.opcode === 1), "frank's stream on erin's spare leg");
    const said = JSON.parse(erinSpare.got.frames.find((f) => f.opcode === 1).payload.toString());
    assert.equal(said.type, "stream");
    assert.match(said.from, /frank-pc/);
    await until(() => dialLeg.got.texts.some((m) => m.type === "connected"), "frank told the stream is connected");
    for (const c of [dialLeg, erinSpare, frankSpare, erinControl, frankControl]) c.close();
    small.proc.kill("SIGTERM");
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
