// e2e-mesh-import-checks.mjs: service import and export say what is wrong before it bites:
// an import of what the peer does not offer is refused naming what it offers, a name taken
// here suggests --as, an export to a member the hubs do not know warns
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { startHub, joinMember, run, until, peersOf, ECHO_SERVER, ZT4MCP } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const { data } = await startHub("importmesh");
const a = await joinMember(data, "alice", "alice-pc");
const b = await joinMember(data, "bob", "bob-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "add", "secret", "--stdio", "--", ECHO_SERVER);
await until(() => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online for alice");

// Runs the CLI expecting a failure; returns its stderr.
const fails = (agent, ...args) => {
  try { agent.cli(...args); } catch (e) { assert.equal(e.status, 1, e.stderr); return e.stderr; }
  assert.fail(`zt4mcp ${args.join(" ")} succeeded`);
};

await run({
  "an import right after the export works: the peer's list is awaited": async () => {
    b.cli("service", "export", "echo", "--to", "alice");
    a.cli("service", "import", "bob-pc/echo");
    assert.equal(JSON.parse(a.cli("service", "show", "echo", "--json")).peer, "bob-pc");
  },
  "an import of what the peer does not offer is refused, naming what it offers": async () => {
    const err = fails(a, "service", "import", "bob-pc/secret");
    assert.match(err, /bob-pc does not offer secret to you; it offers: echo\./);
    assert.match(err, /--anyway/);
    assert.ok(!JSON.parse(a.cli("service", "list", "--json")).services.some((s) => s.name === "secret"));
    const typo = fails(a, "service", "import", "bob-pc/ecoh", "--as", "x");
    assert.match(typo, /bob-pc does not offer ecoh to you; it offers: echo\./);
  },
  "--anyway imports it all the same (the exporter still decides)": async () => {
    a.cli("service", "import", "bob-pc/secret", "--anyway");
    assert.equal(JSON.parse(a.cli("service", "show", "secret", "--json")).remote, "secret");
    a.cli("service", "remove", "secret");
  },
  "a name taken here suggests --as": async () => {
    const err = fails(a, "service", "import", "bob-pc/echo");
    assert.match(err, /a service named echo exists here; import bob-pc\/echo under another name with `zt4mcp service import bob-pc\/echo --as NEWNAME`/);
    a.cli("service", "import", "bob-pc/echo", "--as", "bob-echo");
    assert.equal(JSON.parse(a.cli("service", "show", "bob-echo", "--json")).remote, "echo");
  },
  "an import from an endpoint that is not online is made, with a warning": async () => {
    const r = spawnSync(ZT4MCP, ["service", "import", "nobody-pc/ev", "--as", "ghost"],
      { encoding: "utf8", env: { ...process.env, ZT4MCP_HOME: a.home } });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /warning: nobody-pc is not online/);
  },
  "an export to a member the hubs do not know warns, and is made all the same": async () => {
    const exp = (...to) => spawnSync(ZT4MCP, ["service", "export", "echo", ...to.flatMap((t) => ["--to", t])],
      { encoding: "utf8", env: { ...process.env, ZT4MCP_HOME: b.home } });
    let r = exp("user:alcie", "endpoint:nobody-pc", "alice");
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /warning: the mesh's hubs know no user named alcie \(they know: alice, bob\)/);
    assert.match(r.stderr, /warning: the mesh's hubs know no endpoint named nobody-pc \(they know: alice-pc, bob-pc\)/);
    assert.doesNotMatch(r.stderr, /named alice\b/);
    assert.deepEqual(JSON.parse(b.cli("service", "show", "echo", "--json")).export_to,
      ["user:alcie", "endpoint:nobody-pc", "user:alice"]);
    r = exp("user:alice", "endpoint:alice-pc");
    assert.equal(r.stderr, "");
  },
});
