// e2e-attack-memory.mjs: memory-safety bugs reached from outside: a member's control channel
// replaced by a quick reconnect (a use after free in the hub), and a short environment value
// masked by `service show` (a heap overflow that then aborted every `service list`)
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, spawnAndWait, freePort, run, tmpdir, ZT4MCP, ECHO_SERVER, zt, joinMember, peersOf, until,
  memberCredentials, sendControl } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";

await run({
  "quick reconnects of one endpoint replace its control channel; the hub lives on": async () => {
    const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
    const port = await freePort();
    zt("hub", "init", "--data", data, "--name", "memmesh", "--listen", `127.0.0.1:${port}`);
    const hub = await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
    let hubExit = null;
    hub.proc.on("exit", (code, signal) => { hubExit = { code, signal }; });
    const alice = await joinMember(data, "alice", "alice-pc");
    const bob = await joinMember(data, "bob", "bob-pc");
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online), "alice sees bob");
    const creds = memberCredentials(bob);
    // each new channel of bob-pc replaces the last; the replaced ones then close
    const channels = [];
    for (let i = 0; i < 5; i++) channels.push(await sendControl(port, creds, null, 50));
    for (const c of channels) c.close();
    (await sendControl(port, creds, '{"type":"hello","exports":[]}', 100)).close();
    assert.equal(hubExit, null, `the hub died: ${JSON.stringify(hubExit)}`);
    // bob's own agent reconnects, and the hub still tells members about each other
    await until(() => peersOf(bob).hubs[0].state === "connected", "bob's agent reconnected", 15000);
    await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && p.online), "alice sees bob again", 15000);
    assert.equal(hubExit, null);
  },
  "a one-character environment value is masked, and the agent lives on": async () => {
    const agent = await startAgent();
    agent.cli("service", "add", "envy", "--env", "A=b", "--env", "EMPTY=", "--env", "TOKEN=s3cret-value",
      "--stdio", "--", ECHO_SERVER);
    for (let i = 0; i < 2; i++) {
      const shown = JSON.parse(agent.cli("service", "show", "envy", "--json"));
      assert.deepEqual(shown.env, ["A=***", "EMPTY=***", "TOKEN=***"]);
      assert.doesNotMatch(agent.cli("service", "list"), /s3cret/);
    }
    assert.equal(agent.exited(), null);
  },
});
