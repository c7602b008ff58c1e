// e2e-attack-parsers.mjs: hostile JSON at every parser of outside bytes: a member's control
// channel to the hub, an invitation posted to the agent, U+0000 in member names at the gateway,
// a member name twice in one object, a member name that reads like the one the gateway rewrites
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, NODE, here, sleep, spawnAndWait, freePort, run, tmpdir, ZT4MCP, ECHO_SERVER, zt, joinMember, peersOf, until, api,
  memberCredentials, sendControl, rawSession } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
zt("hub", "init", "--data", data, "--name", "parsemesh", "--listen", `127.0.0.1:${port}`);
const hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
let hubExit = null;
hub.proc.on("exit", (code, signal) => { hubExit = { code, signal }; });

const alice = await joinMember(data, "alice", "alice-pc");
const bob = await joinMember(data, "bob", "bob-pc");
await until(() => peersOf(alice).hubs[0].state === "connected", "alice connected");

const deep = (n) => "[".repeat(n) + "]".repeat(n);

// Each raw body posted in @session is answered 400 with -32600 saying @why.
async function refusedBodies(url, session, bodies, why) {
  for (const body of bodies) {
    const res = await fetch(url, { method: "POST", headers: session, body, signal: AbortSignal.timeout(5000) });
    const answer = await res.json();
    assert.equal(res.status, 400, body);
    assert.equal(answer.error.code, -32600, body);
    assert.match(answer.error.message, why, body);
  }
}

await run({
  "a 65 000-deep array on a member's control channel: ignored, the hub lives on": async () => {
    // a hello too: the hub must not take the deep document for one
    (await sendControl(port, memberCredentials(bob), `{"type":"hello","exports":${deep(65000)}}`)).close();
    (await sendControl(port, memberCredentials(bob), deep(65000))).close();
    // a hello whose exports are well nested but of the wrong shape reaches no one as such
    (await sendControl(port, memberCredentials(bob), '{"type":"hello","exports":[{"name":"x","to":[["alice"]]},7,{"name":{"a":[[[[[[[[[[[[[[1]]]]]]]]]]]]]]}}]}')).close();
    assert.equal(hubExit, null, `the hub died: ${JSON.stringify(hubExit)}`);
    // the hub still serves: a new member joins and alice sees it
    await joinMember(data, "carol", "carol-pc");
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "carol-pc"), "alice sees carol");
  },
  "a deep invitation posted to /api/v1/mesh/join: 400 invalid_invitation, the agent lives on": async () => {
    const agent = await startAgent();
    // 300 000 levels: json-glib's recursion overflows an 8 MiB stack well before that
    const inner = Buffer.from(`{"v":1,"mesh":"x","hubs":${deep(300000)}}`).toString("base64");
    // U+0000 in an invitation's names: json-glib would show the user one hub and join another
    const nul = Buffer.from('{"v":1,"mesh":"m","ca":"x","id":"i","secret":"s","user":"u","exp":9999999999,' +
      '"hubs":["127.0.0.1:1\\u0000.evil.example:443"]}').toString("base64");
    for (const invitation of [`zt4mcp-invite:${inner}`, inner, deep(300000), `zt4mcp-invite:${nul}`]) {
      const res = await api(agent, "POST", "/mesh/join", { invitation });
      const body = await res.json();
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(body.error.code, "invalid_invitation");
    }
    // a deep REST body itself
    const res = await api(agent, "POST", "/mesh/join", `{"invitation":${deep(300000)}}`);
    assert.equal(res.status, 400);
    assert.match((await res.json()).error.message, /deeper than the limit/);
    assert.equal(agent.exited(), null);
    assert.equal((await api(agent, "GET", "/status")).status, 200);
  },
  "U+0000 in a member name, a method or a tool name: -32600 saying why, the session goes on": async () => {
    const agent = await startAgent();
    agent.cli("service", "add", "echo", "--shared", "--stdio", "--", ECHO_SERVER);
    const { url, session } = await rawSession(agent, "echo");
    await refusedBodies(url, session, [
      '{"jsonrpc":"2.0","id":3,"id\\u0000":77,"method":"ping"}',
      '{"jsonrpc":"2.0","id":4,"method":"ping","method\\u0000":"tools/call"}',
      '{"jsonrpc":"2.0","id":5,"method":"tools/list\\u0000x"}',
      '{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"echo\\u0000x","arguments":{}}}',
    ], /U\+0000/);
    const ok = await fetch(url, { method: "POST", headers: session, body: '{"jsonrpc":"2.0","id":9,"method":"ping"}' });
    assert.deepEqual((await ok.json()).id, 9);
  },
  "a member name twice, or two that differ only in case: -32600 (-32602 in arguments) saying why, the session goes on": async () => {
    // JavaScript and json-glib take the last of two, RapidJSON and simdjson the first: the
    // gateway would decide on one tool name and a server behind it run the other.
    const agent = await startAgent();
    agent.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
    const { url, session } = await rawSession(agent, "echo");
    await refusedBodies(url, session, [
      '{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"rm","name":"echo","arguments":{"message":"x"}}}',
      '{"jsonrpc":"2.0","id":4,"method":"tools/call","method":"ping"}',
      '{"jsonrpc":"2.0","id":5,"\\u0069d":6,"method":"ping"}',
      '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo","arguments":{"message":"a","message":"b"}}}',
    ], /appears twice in one object .*send it once/);
    // Go's encoding/json matches member names without case: "Name" is "name" to it
    await refusedBodies(url, session, [
      '{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"echo","Name":"rm","arguments":{"message":"x"}}}',
      '{"jsonrpc":"2.0","id":8,"method":"ping","Method":"tools/call"}',
      '{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"echo","arguments":{},"argument\\u017f":{"message":"x"}}}',
    ], /differ only in case; servers that match member names without case/);
    // deeper, against the tool's inputSchema (known from the list): "MESSAGE" beside "message"
    await (await fetch(url, { method: "POST", headers: session, body: '{"jsonrpc":"2.0","id":10,"method":"tools/list"}' })).text();
    const cased = await fetch(url, { method: "POST", headers: session, body: JSON.stringify({ jsonrpc: "2.0", id: 8,
      method: "tools/call", params: { name: "echo", arguments: { message: "checked", MESSAGE: "unchecked" } } }) });
    const casedAnswer = JSON.parse((await cased.text()).replace(/^(event|data): ?/gm, "").trim().split("\n").pop());
    assert.equal(casedAnswer.error?.code, -32602, JSON.stringify(casedAnswer));
    assert.match(casedAnswer.error.message, /MESSAGE.*differs from the property "message" only in case/);
    const ok = await fetch(url, { method: "POST", headers: session, body: JSON.stringify({ jsonrpc: "2.0", id: 9,
      method: "tools/call", params: { name: "echo", arguments: { message: "once" } } }) });
    assert.match(await ok.text(), /once/);
  },
  "a look-alike of params.requestId (\"\\requestId\") cannot aim a cancellation at another session's call": async () => {
    // The gateway rewrites a cancellation's requestId to the upstream's id of the sender's own
    // call. It found the member to rewrite in the received text by the letters of its escapes,
    // so "\requestId" (a carriage return, then "equestId") matched too, and the last match got
    // the rewrite: the shared server read the sender's chosen requestId, another session's id.
    const agent = await startAgent();
    agent.cli("service", "add", "mute", "--shared", "--stdio", "--", NODE, path.join(here, "mute-server.mjs"));
    const url = agent.mcpUrl("mute");
    const open = async () => (await rawSession(agent, "mute")).session;
    const hung = new AbortController();   // the mute server answers no call: both are ended at the end
    const post = (session, body) => fetch(url, { method: "POST", headers: session, body: JSON.stringify(body),
      signal: AbortSignal.any([hung.signal, AbortSignal.timeout(10000)]) }).then((r) => r.text()).catch((e) => e.name);
    const seen = (what) => [...agent.log.join("").matchAll(new RegExp(`\\[mute\\] ${what} ([^:\\s]+)`, "g"))].map((m) => m[1]);
    const victim = await open();
    const attacker = await open();
    const victimCall = post(victim, { jsonrpc: "2.0", id: "v", method: "tools/call", params: { name: "hang", arguments: {} } });
    await until(() => seen("call").length === 1, "the victim's call reaches the server");
    const victimId = JSON.parse(seen("call")[0]);
    // the attacker's own call, with the victim's upstream id as its client id
    const attackerCall = post(attacker, { jsonrpc: "2.0", id: victimId, method: "tools/call", params: { name: "hang", arguments: {} } });
    await until(() => seen("call").length === 2, "the attacker's call reaches the server");
    const attackerId = JSON.parse(seen("call")[1]);
    const cancel = await fetch(url, { method: "POST", headers: attacker, body: JSON.stringify({ jsonrpc: "2.0",
      method: "notifications/cancelled", params: { requestId: victimId, "\requestId": 0, reason: "look-alike" } }) });
    assert.equal(cancel.status, 202);
    await until(() => seen("cancelled").length === 1, "the cancellation reaches the server");
    assert.deepEqual(JSON.parse(seen("cancelled")[0]), attackerId,
      `the server cancelled ${seen("cancelled")[0]}: the victim's call is ${victimId}, the attacker's ${attackerId}`);
    hung.abort();
    await Promise.all([victimCall, attackerCall]);
  },
});
