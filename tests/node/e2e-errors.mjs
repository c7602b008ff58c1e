// e2e-errors.mjs: bad input gets the spec's error and a clear message; the agent keeps serving
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { startAgent, connectHttp, run, sleep, NODE, EVERYTHING } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "ev", "--stdio", "--max-message-size", "65536", "--max-depth", "20", "--",
  NODE, EVERYTHING, "stdio");
const good = await connectHttp(agent.mcpUrl("ev"), agent.auth);

// A raw POST inside the good client's session, so failures can be shown not to disturb it.
const sessionId = good.transport ? good.transport.sessionId : undefined;
function post(body, headers = {}) {
  return fetch(agent.mcpUrl("ev"), {
    method: "POST",
    headers: {
      ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream",
      ...(sessionId ? { "Mcp-Session-Id": sessionId } : {}), ...headers,
    },
    body,
  });
}

// node's fetch will not send a forged Host header; raw http does.
function rawRequest(headers, body = "{}") {
  const u = agent.mcpUrl("ev");
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: u.port, path: u.pathname, method: "POST", headers }, (res) => {
      let data = "";
      res.on("data", (d) => (data += d));
      res.on("end", () => resolve({ status: res.statusCode, body: data }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function expectJsonRpcError(res, status, code, re) {
  assert.equal(res.status, status);
  const body = await res.json();
  assert.equal(body.jsonrpc, "2.0");
  assert.equal(body.error.code, code);
  assert.match(body.error.message, re);
}

async function stillWorks() {
  const r = await good.callTool({ name: "echo", arguments: { message: "still here" } });
  assert.equal(r.content[0].text, "Echo: still here");
}

await run({
  "malformed JSON: 400 and -32700": async () => {
    await expectJsonRpcError(await post('{"jsonrpc": "2.0", "id": 1, "method": '), 400, -32700, /not valid JSON/);
    await stillWorks();
  },
  "invalid UTF-8: -32700 naming the offset": async () => {
    const bytes = Buffer.concat([Buffer.from('{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"'),
      Buffer.from([0xc3, 0x28]), Buffer.from('"}}')]);
    await expectJsonRpcError(await post(bytes), 400, -32700, /not valid UTF-8.*offset 55/);
    await stillWorks();
  },
  "oversized message: 413 and -32600 naming the limit": async () => {
    const big = JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/call",
      params: { name: "echo", arguments: { message: "x".repeat(70000) } } });
    await expectJsonRpcError(await post(big), 413, -32600, /over the limit of 65536 bytes/);
    await stillWorks();
  },
  "deeply nested message: 400 and -32600 naming the limit": async () => {
    const deep = `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"a":${"[".repeat(50)}${"]".repeat(50)}}}`;
    await expectJsonRpcError(await post(deep), 400, -32600, /deeper than the limit of 20/);
    const huge = "[".repeat(1000000);
    await expectJsonRpcError(await post(huge), 413, -32600, /over the limit/);
    await stillWorks();
  },
  "invalid JSON-RPC envelopes: -32600 with the reason": async () => {
    await expectJsonRpcError(await post('{"id":1,"method":"ping"}'), 400, -32600, /"jsonrpc" must be the string "2.0"/);
    await expectJsonRpcError(await post('{"jsonrpc":"2.0","id":null,"method":"ping"}'), 400, -32600, /never null/);
    await expectJsonRpcError(await post('[{"jsonrpc":"2.0","id":1,"method":"ping"}]'), 400, -32600, /batches/);
    await expectJsonRpcError(await post('{"jsonrpc":"2.0","id":1,"method":"ping","params":[1]}'), 400, -32600, /params/);
    await expectJsonRpcError(await post('"just a string"'), 400, -32600, /object/);
    await stillWorks();
  },
  "unknown method: the server's own -32601 comes back": async () => {
    const res = await post('{"jsonrpc":"2.0","id":"m1","method":"no/such/method"}', { Accept: "application/json" });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.id, "m1");
    assert.equal(body.error.code, -32601);
  },
  "unknown service: 404 naming it": async () => {
    const res = await fetch(agent.mcpUrl("nope"), { method: "POST", headers: agent.auth, body: "{}" });
    await expectJsonRpcError(res, 404, -32600, /no service named "nope"/);
  },
  "no or wrong token: 401 with WWW-Authenticate": async () => {
    for (const headers of [{}, { Authorization: "Bearer wrong" }, { Authorization: `Basic ${agent.token}` }]) {
      const res = await fetch(agent.mcpUrl("ev"), { method: "POST", headers, body: "{}" });
      assert.equal(res.status, 401);
      assert.match(res.headers.get("www-authenticate"), /^Bearer/);
      const api = await fetch(`${agent.url}/api/v1/services`, { headers });
      assert.equal(api.status, 401);
    }
  },
  "token not accepted in the URL": async () => {
    const res = await fetch(`${agent.mcpUrl("ev")}?token=${encodeURIComponent(agent.token)}`, { method: "POST", body: "{}" });
    assert.equal(res.status, 401);
  },
  "DNS rebinding: foreign Host or Origin is 403, even with a token": async () => {
    const u = agent.mcpUrl("ev");
    const init = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "x", version: "1" } } });
    const base = { Authorization: `Bearer ${agent.token}`, "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
    let r = await rawRequest({ ...base, Host: "evil.example.com" }, init);
    assert.equal(r.status, 403);
    assert.match(r.body, /DNS rebinding/);
    r = await rawRequest({ ...base, Host: `127.0.0.1:${u.port}`, Origin: "http://evil.example.com" }, init);
    assert.equal(r.status, 403);
    r = await rawRequest({ ...base, Host: `localhost:${u.port}`, Origin: `http://localhost:${u.port}` }, init);
    assert.equal(r.status, 200);
  },
  "sessions: missing id 400, unknown id 404, DELETE ends it": async () => {
    const ping = '{"jsonrpc":"2.0","id":1,"method":"ping"}';
    let res = await fetch(agent.mcpUrl("ev"), { method: "POST", headers: { ...agent.auth, "Content-Type": "application/json" }, body: ping });
    await expectJsonRpcError(res, 400, -32600, /Mcp-Session-Id/);
    res = await post(ping, { "Mcp-Session-Id": "0123456789abcdef" });
    await expectJsonRpcError(res, 404, -32600, /session not found/);
    const other = await connectHttp(agent.mcpUrl("ev"), agent.auth);
    const sid = other.transport.sessionId;
    await other.transport.terminateSession();
    res = await post(ping, { "Mcp-Session-Id": sid });
    assert.equal(res.status, 404);
    await stillWorks();
  },
  "wrong MCP-Protocol-Version: 400": async () => {
    const res = await post('{"jsonrpc":"2.0","id":1,"method":"ping"}', { "MCP-Protocol-Version": "1999-01-01" });
    await expectJsonRpcError(res, 400, -32600, /unsupported MCP-Protocol-Version/);
  },
  "a killed upstream fails in-flight calls clearly, restarts, and the session goes on": async () => {
    const status = JSON.parse(agent.cli("status", "--json"));
    assert.ok(status.sessions.length >= 1);
    // find the server-everything child of the agent and kill it hard
    const children = fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
      try { return fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(agent.proc.pid); }
      catch { return false; }
    });
    assert.ok(children.length >= 1, "the agent should have upstream children");
    const inflight = good.callTool({ name: "trigger-long-running-operation", arguments: { duration: 3, steps: 3 } });
    await sleep(300);
    // a child may have ended since it was listed (ESRCH): that is no error here
    for (const pid of children) try { process.kill(Number(pid), "SIGKILL"); } catch (e) { if (e.code !== "ESRCH") throw e; }
    await assert.rejects(inflight, /killed by signal 9|exited/);
    // restarted with backoff (1 s); the client's initialize is replayed
    let ok = false;
    for (let i = 0; i < 40 && !ok; i++) {
      await sleep(250);
      ok = await good.callTool({ name: "echo", arguments: { message: "after restart" } })
        .then((r) => r.content[0].text === "Echo: after restart", () => false);
    }
    assert.ok(ok, "calls work again after the restart");
    assert.match(agent.log.join(""), /restarting in 1 s/);
    assert.match(agent.log.join(""), /\[ev\] Starting default \(STDIO\) server/, "the server's stderr is in the agent's log");
  },
  "a program that does not exist is refused when the service is added, saying what to do": async () => {
    const plain = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "zt-plain-")), "server.txt");
    fs.writeFileSync(plain, "not a program\n", { mode: 0o644 });
    for (const [cmd, re] of [["/nonexistent/mcp-server", /the program \/nonexistent\/mcp-server does not exist/],
                             ["zt-no-such-mcp-server", /zt-no-such-mcp-server was not found in the agent's PATH; install it/],
                             [plain, /not an executable file/]]) {
      const r = await fetch(`${agent.url}/api/v1/services`, { method: "POST",
        headers: { ...agent.auth, "Content-Type": "application/json" },
        body: JSON.stringify({ name: "missing", kind: "stdio", command: [cmd] }) });
      const body = await r.json();
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.match(body.error.message, re);
      assert.doesNotMatch(body.error.message, /\/usr\/bin:/, "no PATH dump");
    }
    assert.ok(!JSON.parse(agent.cli("service", "list", "--json")).services.some((s) => s.name === "missing"));
  },
  "a server that cannot start gives a clear error": async () => {
    // the program existed when the service was added, and is gone when a client comes
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zt-gone-"));
    const prog = path.join(dir, "mcp-server");
    fs.copyFileSync("/bin/true", prog);
    fs.chmodSync(prog, 0o755);
    agent.cli("service", "add", "broken", "--stdio", "--", prog);
    fs.rmSync(dir, { recursive: true });
    const res = await fetch(agent.mcpUrl("broken"), {
      method: "POST",
      headers: { ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize",
        params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "x", version: "1" } } }),
    });
    await expectJsonRpcError(res, 502, -32603, /cannot start .*mcp-server/);
  },
  "a server slower than a second to answer: the answer comes as SSE, intact": async () => {
    agent.cli("service", "add", "slow", "--stdio", "--", "/bin/sh", "-c", `sleep 1.5; exec "$0" "$@"`, NODE, EVERYTHING, "stdio");
    const c = await connectHttp(agent.mcpUrl("slow"), agent.auth);
    await c.ping();
    const r = await c.callTool({ name: "echo", arguments: { message: "late" } });
    assert.equal(r.content[0].text, "Echo: late");
  },
  "idle sessions are closed and their processes end": async () => {
    agent.cli("service", "add", "idle", "--idle-timeout", "1", "--stdio", "--", NODE, EVERYTHING, "stdio");
    const c = await connectHttp(agent.mcpUrl("idle"), agent.auth);
    await c.ping();
    const sessions = () => JSON.parse(agent.cli("status", "--json")).sessions.filter((s) => s.service === "idle").length;
    assert.equal(sessions(), 1);
    await sleep(4500);
    assert.equal(sessions(), 0);
    assert.match(agent.log.join(""), /idle: closing session [0-9a-f]{8}, idle for over 1 s/);
    await assert.rejects(c.ping(), /session not found|404/);
  },
  "a client gone without DELETE frees its place at the cap at once": async () => {
    agent.cli("service", "add", "one", "--max-sessions", "1", "--stdio", "--", NODE, EVERYTHING, "stdio");
    const first = await connectHttp(agent.mcpUrl("one"), agent.auth);
    await first.ping();
    await sleep(200);  // its GET stream is open now: the session counts as in use
    await first.close();  // closes the connections, sends no DELETE
    await sleep(300);
    const second = await connectHttp(agent.mcpUrl("one"), agent.auth);
    await second.ping();
    assert.match(agent.log.join(""), /one: at its cap of 1 sessions; closing the least recently used idle one/);
  },
  "session cap: 503 naming the cap": async () => {
    agent.cli("service", "add", "capped", "--max-sessions", "1", "--stdio", "--", NODE, EVERYTHING, "stdio");
    const first = await connectHttp(agent.mcpUrl("capped"), agent.auth);
    await first.ping();
    await sleep(300);  // its GET stream is open now: the session is in use, not idle
    await assert.rejects(connectHttp(agent.mcpUrl("capped"), agent.auth), /cap/);
  },
  "upstream processes die with the agent, even when it is killed": async () => {
    const children = () => fs.readdirSync("/proc").filter((p) => /^\d+$/.test(p)).filter((p) => {
      try { return fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1] === String(agent.proc.pid); }
      catch { return false; }
    });
    const pids = children();
    assert.ok(pids.length >= 1);
    agent.proc.kill("SIGKILL");
    let alive = pids;
    for (let i = 0; i < 40 && alive.length; i++) {
      await sleep(100);
      alive = pids.filter((p) => { try { return !fs.readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].startsWith("Z"); } catch { return false; } });
    }
    assert.deepEqual(alive, [], "no upstream outlives the agent");
  },
});
