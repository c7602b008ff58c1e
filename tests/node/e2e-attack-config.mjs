// e2e-attack-config.mjs: changes of configuration keep what they should: a service update
// keeps its live sessions (and leaves no orphan process); stdio children get a minimal
// environment, never the agent's secrets or its session bus
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { startAgent, connectHttp, run, ECHO_SERVER, NODE, until, api, sleep } from "./lib.mjs";

// What the agent's own environment holds, that no child must see.
process.env.ZT_TEST_AGENT_SECRET = "hunter2-agent-secret";
process.env.DBUS_SESSION_BUS_ADDRESS = "unix:path=/nonexistent/zt-test-bus";
const agent = await startAgent();
const echoProcesses = () => {
  try {
    return execFileSync("pgrep", ["-f", "-P", String(agent.proc.pid), ECHO_SERVER], { encoding: "utf8" })
      .trim().split("\n").filter(Boolean).length;
  } catch { return 0; }
};
const echo = async (client, text) =>
  (await client.callTool({ name: "echo", arguments: { message: text } })).content[0].text;

await run({
  "service update keeps live sessions and their processes; no orphan": async () => {
    agent.cli("service", "add", "keep", "--stdio", "--", ECHO_SERVER);
    const clients = [];
    for (let i = 0; i < 3; i++) clients.push(await connectHttp(agent.mcpUrl("keep"), agent.auth));
    for (const c of clients) assert.match(await echo(c, "before"), /before/);
    assert.equal(echoProcesses(), 3);
    agent.cli("service", "update", "keep", "--max-sessions", "20");
    agent.cli("service", "update", "keep", "--env", "CHANGED=1");  // a new environment: new sessions only
    for (const c of clients) assert.match(await echo(c, "after"), /after/, "a session ended with the update");
    assert.equal(echoProcesses(), 3, "the update started or orphaned processes");
    const shown = JSON.parse(agent.cli("service", "show", "keep", "--json"));
    assert.equal(shown.max_sessions, 20);
    assert.equal(shown.sessions, 3);
    const log = await (await api(agent, "GET", "/services/keep/log")).json();
    assert.match(JSON.stringify(log), /3 open session\(s\) keep the previous upstream/);
  },
  "removing a service still ends its sessions and processes": async () => {
    agent.cli("service", "remove", "keep");
    await until(() => echoProcesses() === 0, "the service's processes ended", 5000);
  },
  "a stdio child gets a minimal environment plus its --env, nothing else of the agent's": async () => {
    // the values go out base64-encoded: the service log masks --env values (they may be secrets)
    const script = "process.stderr.write('ENV ' + JSON.stringify(Object.fromEntries(Object.entries(process.env)" +
      ".map(([k, v]) => [k, Buffer.from(v).toString('base64')]))) + '\\n'); setInterval(() => {}, 1000);";
    agent.cli("service", "add", "envdump", "--env", "MINE=given", "--stdio", "--", NODE, "-e", script);
    const abort = new AbortController();
    fetch(agent.mcpUrl("envdump"), { method: "POST", signal: abort.signal,
      headers: { ...agent.auth, "Content-Type": "application/json", Accept: "application/json, text/event-stream" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 0, method: "initialize",
        params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } }) })
      .catch(() => {});
    let env = null;
    await until(async () => {
      const { lines } = await (await api(agent, "GET", "/services/envdump/log")).json();
      const line = lines.find((l) => l.text.includes("ENV {"));
      if (line)
        env = Object.fromEntries(Object.entries(JSON.parse(line.text.slice(line.text.indexOf("ENV {") + 4)))
          .map(([k, v]) => [k, Buffer.from(v, "base64").toString()]));
      return env !== null;
    }, "the child's environment in the service log", 10000);
    abort.abort();
    assert.equal(env.MINE, "given");
    assert.ok(env.PATH && env.HOME, "PATH and HOME are passed");
    assert.equal(env.ZT_TEST_AGENT_SECRET, undefined, "the agent's secret reached the child");
    assert.equal(env.DBUS_SESSION_BUS_ADDRESS, undefined, "the session bus reached the child");
    const allowed = new Set(["PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "MINE"]);
    for (const key of Object.keys(env))
      assert.ok(allowed.has(key) || key.startsWith("LC_") || key === "NODE_CHANNEL_FD", `the child inherited ${key}`);
    await sleep(0);
  },
});
