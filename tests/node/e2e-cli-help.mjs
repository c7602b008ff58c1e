// e2e-cli-help.mjs: every verb's --help shows its own options only, with a one-line summary;
// an option of another verb is refused before anything reaches the agent
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAgent, run, ZT4MCP, ECHO_SERVER } from "./lib.mjs";

const help = (...args) => execFileSync(ZT4MCP, [...args, "--help"], { encoding: "utf8" });
const options = (text) => [...text.matchAll(/^\s+(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1]).filter((o) => o !== "help");

// command, verb, options it shows (besides --home and --json; none: exactly those), some it must not
const verbs = [
  ["service", "export", ["to"], ["stdio", "url", "as", "max-sessions"]],
  ["service", "import", ["as"], ["to", "stdio", "env"]],
  ["service", "add", ["stdio", "url", "sse", "llm", "env", "cwd", "max-sessions", "tool-scan"], ["to", "as", "unshared"]],
  ["service", "update", ["url", "env", "unshared", "no-log-content", "result-scan"], ["to", "as", "sse"]],
  ["service", "list", [], ["to", "stdio"]],
  ["service", "show", [], ["to"]],
  ["service", "remove", [], ["to"]],
  ["service", "unexport", [], ["to"]],
  ["service", "tools", [], ["to"]],
  ["client", "add", ["service"], []],
  ["client", "list", [], ["service"]],
  ["client", "revoke", [], ["service"]],
  ["hub", "init", ["data", "name", "listen", "public-address"], ["ttl", "cert-lifetime", "home"]],
  ["hub", "serve", ["data", "listen", "cert-lifetime", "header-timeout", "body-timeout", "stream-buffer"], ["ttl", "name"]],
  ["hub", "invite", ["data", "endpoint", "ttl"], ["listen", "cert-lifetime"]],
  ["hub", "revoke", ["data"], ["ttl"]],
  ["hub", "invitations", ["data"], ["ttl", "endpoint"]],
  ["hub", "withdraw", ["data"], ["ttl", "endpoint"]],
  ["policy", "list", ["service"], ["subject", "tools"]],
  ["policy", "add", ["service", "subject", "tools", "constraint", "for", "rate", "dry-run"], ["all", "reason"]],
  ["policy", "remove", [], ["service"]],
  ["access", "request", ["tools", "for", "reason"], ["all"]],
  ["access", "approve", ["for"], ["tools", "reason"]],
  ["access", "list", ["all"], ["for"]],
];

const agent = await startAgent();
agent.cli("service", "add", "files", "--stdio", "--", ECHO_SERVER);

await run({
  "each verb's --help names the verb, says what it does in one line, and lists its own options only": async () => {
    for (const [command, verb, own, others] of verbs) {
      const text = help(command, verb);
      const what = `${command} ${verb}`;
      assert.match(text, new RegExp(`^Usage:\\n  zt4mcp ${what} `), what);
      const summary = text.split("\n\n")[1];
      assert.ok(summary && !summary.includes("\n") && summary.length < 200, `${what}: ${summary}`);
      const shown = options(text);
      const common = command === "hub" ? ["json"] : ["home", "json"];
      for (const o of [...own, ...common]) assert.ok(shown.includes(o), `${what} lacks --${o}`);
      if (own.length === 0) assert.deepEqual(shown.sort(), common.sort(), `${what} takes no options of its own`);
      for (const o of others) assert.ok(!shown.includes(o), `${what} shows --${o}`);
    }
  },
  "audit: the listing and each verb show their own options; another verb's is refused": async () => {
    const cases = [
      [["audit"], ["since", "until", "subject", "service", "tool", "decision", "limit", "home", "json"], ["output"]],
      [["audit", "verify"], ["home", "json"], ["since", "limit", "output", "service"]],
      [["audit", "export"], ["since", "until", "service", "decision", "output", "home"], ["limit", "json"]],
      [["audit", "tail"], ["subject", "service", "tool", "decision", "home", "json"], ["limit", "output", "until"]],
    ];
    for (const [args, own, others] of cases) {
      const text = help(...args);
      assert.match(text, new RegExp(`^Usage:\\n  zt4mcp ${args.join(" ")} `), args.join(" "));
      const shown = options(text);
      for (const o of own) assert.ok(shown.includes(o), `${args.join(" ")} lacks --${o}`);
      for (const o of others) assert.ok(!shown.includes(o), `${args.join(" ")} shows --${o}`);
    }
    // a value that looks like a verb stays a value
    assert.match(help("audit", "--service", "verify"), /^Usage:\n  zt4mcp audit \[/);
    const r = spawnSync(ZT4MCP, ["audit", "verify", "--limit", "3"], { encoding: "utf8",
      env: { ...process.env, ZT4MCP_HOME: agent.home } });
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /Unknown option --limit \(see `zt4mcp audit verify --help`\)/);
    assert.match(agent.cli("audit", "verify"), /intact|ok|records/i);
  },
  "a command's --help lists its verbs, one line each": async () => {
    for (const command of ["service", "client", "hub", "policy", "access"]) {
      const text = help(command);
      assert.match(text, new RegExp(`zt4mcp ${command} VERB`));
      for (const [c, verb] of verbs.filter(([c]) => c === command))
        assert.match(text, new RegExp(`^  ${verb}\\s+\\S.*$`, "m"), `${command}: ${verb}`);
    }
  },
  "an option of another verb is refused, naming the verb's help; the agent is not asked": async () => {
    const r = spawnSync(ZT4MCP, ["service", "export", "files", "--stdio"], { encoding: "utf8",
      env: { ...process.env, ZT4MCP_HOME: agent.home } });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Unknown option --stdio \(see `zt4mcp service export --help`\)/);
    assert.equal(JSON.parse(agent.cli("service", "show", "files", "--json")).export_to, undefined);
    const hub = spawnSync(ZT4MCP, ["hub", "invite", "bob", "--cert-lifetime", "1h"], { encoding: "utf8" });
    assert.equal(hub.status, 1);
    assert.match(hub.stderr, /Unknown option --cert-lifetime/);
  },
  "options still go before or after the verb, and values that look like verbs stay values": async () => {
    agent.cli("service", "--json", "export", "files", "--to", "user:list");
    const shown = JSON.parse(agent.cli("service", "show", "files", "--json"));
    assert.deepEqual(shown.export_to, ["user:list"]);
    agent.cli("service", "unexport", "files");
  },
  "agent serve refuses a number of HTTP workers outside 0 to 64, or not a number, and serves nothing": async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "zt-workers-"));
    for (const [value, message] of [["65", /--http-workers: give a number from 0 to 64/],
                                    ["-1", /--http-workers: give a number from 0 to 64/],
                                    ["99999999999", /http-workers/],
                                    ["two", /http-workers/]]) {
      // an agent that took the value would serve until killed: the timeout fails the case
      const r = spawnSync(ZT4MCP, ["agent", "serve", "--home", home, "--listen", "127.0.0.1:0", "--http-workers", value],
                          { encoding: "utf8", timeout: 10000 });
      assert.equal(r.status, 1, `--http-workers ${value}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stdout, /zt4mcp agent on/);
    }
    fs.rmSync(home, { recursive: true, force: true });
  },
  "an unknown verb names the verbs there are": async () => {
    const r = spawnSync(ZT4MCP, ["service", "frob"], { encoding: "utf8" });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /unknown verb "frob"; use add, list, show, tools, update, remove, export, unexport or import/);
  },
});
