// e2e-upstream-stderr.mjs: a stdio server that crashes: its last stderr lines (at most 20 and
// 4 KiB, secrets of its environment and known token forms redacted) reach the client's error
// and `zt4mcp service show`
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, connectHttp, run, here, until, NODE } from "./lib.mjs";

const SECRET = "sk-live-0123456789-do-not-leak";
const agent = await startAgent();
agent.cli("service", "add", "crashy", "--env", `CRASH_API_KEY=${SECRET}`, "--stdio", "--",
  NODE, path.join(here, "crash-server.mjs"));
const { token } = JSON.parse(agent.cli("client", "add", "ide", "--json"));

let clientError = "";

await run({
  "the client's error says how the server ended, with its last lines on stderr": async () => {
    const client = await connectHttp(agent.mcpUrl("crashy"), { Authorization: `Bearer ${token}` });
    const e = await client.callTool({ name: "crash", arguments: {} }).then(() => null, (err) => err);
    assert.ok(e, "the call was answered");
    clientError = e.message;
    assert.match(clientError, /upstream server crashy exited with status 3\nits last lines on stderr:\n/);
    assert.match(clientError, /\n  fatal: the disk is on fire$/, "the last line, without its newline");
  },
  "at most 20 lines: the oldest go first": async () => {
    const lines = clientError.split("\n").filter((l) => l.startsWith("  "));
    assert.equal(lines.length, 20);
    assert.equal(lines[0], "  trace line 11", "30 lines written: the last 20 kept");
    assert.ok(!/trace line 10\n/.test(clientError));
  },
  "no secret of its environment, no token, in the error or the agent's log": async () => {
    for (const text of [clientError, agent.log.join("")]) {
      assert.ok(!text.includes(SECRET), "the env secret leaked");
      assert.ok(!text.includes("ghp_abcdefghijklmnopqrstuvwxyz0123456789"), "the token leaked");
    }
    assert.match(clientError, /connecting with key \[REDACTED:env CRASH_API_KEY\]/);
    assert.match(clientError, /token \[REDACTED:github-token\] refused/);
  },
  "service show has the state and the same last lines": async () => {
    await until(() => JSON.parse(agent.cli("service", "show", "crashy", "--json")).state === "failing",
      "the service failing", 5000);
    const shown = JSON.parse(agent.cli("service", "show", "crashy", "--json"));
    assert.match(shown.last_error, /^upstream server crashy exited with status 3; restarting in 1 s\nits last lines on stderr:\n/);
    assert.match(shown.last_error, /fatal: the disk is on fire$/);
    assert.ok(!shown.last_error.includes(SECRET));
    const text = agent.cli("service", "show", "crashy");
    assert.match(text, /^  state:     failing$/m);
    assert.match(text, /^  error:     upstream server crashy exited with status 3; restarting in 1 s$/m);
    assert.match(text, /^               fatal: the disk is on fire$/m);
  },
  "a long line does not make the tail longer than 4 KiB": async () => {
    // a second crash, its tail now with lines of the first: bounded all the same
    const { token: t2 } = JSON.parse(agent.cli("client", "add", "ide2", "--json"));
    const client = await connectHttp(agent.mcpUrl("crashy"), { Authorization: `Bearer ${t2}` });
    const e = await client.callTool({ name: "crash", arguments: { long: true } }).then(() => null, (err) => err);
    assert.ok(e && e.message.length < 4096 + 200, `${e?.message.length}`);
    assert.match(e.message, /fatal: the disk is on fire$/);
  },
  "what a server writes cannot forge a line of the agent's log or drive its terminal": async () => {
    await until(() => JSON.parse(agent.cli("service", "show", "crashy", "--json")).state !== "failing",
      "the service restarted", 10000).catch(() => {});
    const { token: t3 } = JSON.parse(agent.cli("client", "add", "ide3", "--json"));
    const client = await connectHttp(agent.mcpUrl("crashy"), { Authorization: `Bearer ${t3}` });
    await client.callTool({ name: "crash", arguments: { forge: true } }).then(() => null, (err) => err);
    await until(() => agent.log.join("").includes("forged by the server"), "the line in the agent's log", 5000);
    const log = agent.log.join("");
    assert.ok(!/[\x1b\r\u202e]/.test(log), "a control character reached the agent's log");
    assert.ok(!/^\*\* Message: 12:00:00\.000: forged/m.test(log), "a forged line starts a line of the log");
    assert.match(log, /\[crashy\] \uFFFD\*\* Message: 12:00:00\.000: forged by the server\uFFFD\[2J\uFFFD evil/);
  },
  "the service's log has the lines too, redacted": async () => {
    const log = await (await fetch(`${agent.url}/api/v1/services/crashy/log`, { headers: agent.auth })).json();
    const texts = log.lines.map((l) => l.text);
    assert.ok(texts.includes("fatal: the disk is on fire"), texts.join("\n"));
    assert.ok(!texts.join("\n").includes(SECRET));
  },
});
