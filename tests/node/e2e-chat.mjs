// e2e-chat.mjs: zt4mcp chat against the scripted model (scripted-llm.mjs) with a real agent and
// server-everything: a tool call reaches the real echo through the agent (and its audit), a
// denied call never does, Ctrl+C stops mid-stream and keeps the partial answer, the 8-round
// bound, approvals on a terminal, the search over stored conversations; the scripted model
// checked with the openai client; time to first token, direct and through chat.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import OpenAI from "openai";
import { startAgent, spawnAndWait, run, NODE, EVERYTHING, ZT4MCP, here, api, onCleanup, until } from "./lib.mjs";

const agent = await startAgent();
agent.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
const { match } = await spawnAndWait(NODE, [path.join(here, "scripted-llm.mjs")], /listening on (http:\/\/\S+\/v1)/);
const BASE = match[1];
const debug = async () => (await fetch(BASE.replace(/\/v1$/, "/debug/requests"))).json();
const chatRequests = async () => (await debug()).requests.filter((r) => r.path === "/v1/chat/completions");

// Runs zt4mcp chat; resolves with its exit and output. onStdout sees the output as it comes.
function chat(args, { onStdout } = {}) {
  const proc = spawn(ZT4MCP, ["chat", "--home", agent.home, "--base-url", BASE, ...args], {
    stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ZT4MCP_HOME: agent.home },
  });
  let stdout = "", stderr = "", firstByteAt = null;
  const started = performance.now();
  let done = false;
  onCleanup(() => { if (!done) proc.kill("SIGKILL"); });
  proc.stdout.on("data", (d) => {
    firstByteAt ??= performance.now();
    stdout += d;
    onStdout?.(stdout, proc);
  });
  proc.stderr.on("data", (d) => { stderr += d; });
  return new Promise((resolve) => proc.on("exit", (code, signal) => {
    done = true;
    resolve({ code, signal, stdout, stderr, firstMs: firstByteAt && firstByteAt - started });
  }));
}

const chatJson = async (args) => {
  const r = await chat(["--json", ...args]);
  return { ...r, json: JSON.parse(r.stdout) };
};
const echoCalls = () => JSON.parse(agent.cli("audit", "--json", "--limit", "1000")).records
  .filter((r) => r.method === "tools/call" && r.tool === "echo");
const show = (id) => JSON.parse(agent.cli("chat", "--show", String(id), "--json"));

// Time from the request to the first content chunk, straight to the scripted server.
async function directFirstToken() {
  const t0 = performance.now();
  const res = await fetch(`${BASE}/chat/completions`, {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ model: "scripted-1", stream: true, messages: [{ role: "user", content: "first token" }] }),
  });
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of res.body) {
    text += decoder.decode(chunk, { stream: true });
    if (/"content":"[^"]/.test(text)) break;
  }
  const ms = performance.now() - t0;
  await res.body.cancel().catch(() => {});
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let firstConversation = 0;

// Answers @res as openapi.json documents @path's @method (its status listed); returns the body.
async function documented(res, doc, path, method) {
  const op = doc.paths[path]?.[method];
  assert.ok(op, `${method} ${path} is documented`);
  assert.ok(String(res.status) in op.responses, `${method} ${path} documents ${res.status}`);
  return res.json();
}

await run({
  "the scripted model is what the unmodified openai client expects (models, chat streamed and not, embeddings)": async () => {
    const client = new OpenAI({ baseURL: BASE, apiKey: "unused" });
    assert.deepEqual((await client.models.list()).data.map((m) => m.id), ["scripted-1"]);
    const plain = await client.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "hi" }] });
    assert.equal(plain.choices[0].message.content, "you said: hi");
    assert.ok(plain.usage.completion_tokens > 0);
    const stream = await client.chat.completions.create({
      model: "scripted-1", stream: true, stream_options: { include_usage: true },
      messages: [{ role: "user", content: 'call tool ev__echo {"message":"x"}' }],
    });
    let args = "", name = "", usage = null;
    for await (const chunk of stream) {
      usage ??= chunk.usage ?? null;
      for (const t of chunk.choices[0]?.delta?.tool_calls ?? []) {
        name += t.function?.name ?? "";
        args += t.function?.arguments ?? "";
      }
    }
    assert.equal(name, "ev__echo");
    assert.deepEqual(JSON.parse(args), { message: "x" });
    assert.ok(usage?.prompt_tokens > 0, "usage in the last chunk");
    assert.equal((await client.embeddings.create({ model: "e", input: ["a", "b"] })).data.length, 2);
  },
  "POST /services/NAME/tools/call answers as openapi.json says, and closes its session": async () => {
    const doc = await (await api(agent, "GET", "/openapi.json")).json();
    const P = "/services/{name}/tools/call";
    const call = (body, name = "ev", method = "POST") => api(agent, method, `/services/${name}/tools/call`, body);
    const ok = await documented(await call({ name: "echo", arguments: { message: "rest" } }), doc, P, "post");
    assert.deepEqual(ok.content, [{ type: "text", text: "Echo: rest" }]);
    const cases = [
      [{ name: "no_such_tool" }, 404, "tool_not_found"],
      [{ name: "echo", arguments: { message: 7 } }, 422, "invalid_arguments"],
      [{ arguments: {} }, 400, "bad_request"],
      [{ name: "echo", arguments: [1] }, 400, "bad_request"],
      ["{not json", 400, null],
    ];
    for (const [body, status, code] of cases) {
      const res = await call(body);
      assert.equal(res.status, status, JSON.stringify(body));
      const err = await documented(res, doc, P, "post");
      if (code) assert.equal(err.error.code, code);
    }
    assert.equal((await call({ name: "echo" }, "nope")).status, 404);
    assert.equal((await call(undefined, "ev", "GET")).status, 405);
    await until(async () => (await (await api(agent, "GET", "/status")).json()).sessions.length === 0,
      "the agent closed the sessions it called with", 3000);
  },
  "a tool call reaches server-everything's echo through the agent, with --yes": async () => {
    const before = echoCalls().length;
    const r = await chatJson(["--tools", "ev", "--yes", 'call tool ev__echo {"message":"hi"}']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.state, "complete");
    assert.equal(r.json.answer, "tool said: Echo: hi");
    assert.deepEqual(r.json.tool_calls.map((c) => [c.service, c.tool, c.result]), [["ev", "echo", "Echo: hi"]]);
    firstConversation = r.json.conversation;

    const reqs = (await chatRequests()).slice(-2);
    /* the model was offered the service's tools as functions, the schema as it is listed */
    const listed = (await (await api(agent, "GET", "/services/ev/tools")).json()).tools;
    const offered = reqs[0].body.tools.find((t) => t.function.name === "ev__echo");
    assert.deepEqual(offered.function.parameters, listed.find((t) => t.name === "echo").inputSchema);
    assert.equal(offered.function.description, listed.find((t) => t.name === "echo").description);
    assert.equal(reqs[0].body.stream, true);
    /* and got the real tool's result back, as a tool message answering its call */
    const sent = reqs[1].body.messages;
    const call = sent.at(-2).tool_calls[0];
    assert.deepEqual(sent.at(-1), { role: "tool", content: "Echo: hi", tool_call_id: call.id });
    assert.equal(call.function.name, "ev__echo");

    const calls = echoCalls();
    assert.equal(calls.length, before + 1);
    assert.equal(calls[0].decision, "allow");
    assert.equal(calls[0].subject, "local");

    const stored = show(firstConversation);
    assert.deepEqual(stored.map((m) => m.role), ["user", "assistant", "tool", "assistant"]);
    assert.ok(stored.every((m) => m.state === "complete"), JSON.stringify(stored));
    assert.ok(stored[3].tokens_out > 0, "usage from the stream's last chunk");
  },
  "without a tty and without --yes, the call is denied: the model hears it, the tool never runs": async () => {
    const before = echoCalls().length;
    const r = await chatJson(["--tools", "ev", 'call tool ev__echo {"message":"not this"}']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /denied ev__echo/);
    assert.match(r.json.answer, /^tool said: error: the user denied/);
    const last = (await chatRequests()).at(-1).body.messages.at(-1);
    assert.equal(last.role, "tool");
    assert.match(last.content, /^error: the user denied/);
    assert.equal(echoCalls().length, before, "the agent never called the tool");
  },
  "Ctrl+C mid-stream stops the turn: the partial answer is stored as stopped, the model sees the client go": async () => {
    const goneBefore = (await debug()).events.filter((e) => e.event === "client-gone").length;
    let signalled = false;
    const r = await chat(["slow"], {
      onStdout: (out, proc) => { if (!signalled && /t3 /.test(out)) { signalled = true; proc.kill("SIGINT"); } },
    });
    assert.equal(r.code, 130, r.stderr);
    assert.match(r.stderr, /stopped/);
    await until(async () => (await debug()).events.filter((e) => e.event === "client-gone").length > goneBefore,
      "the scripted model to see the client go");
    const id = JSON.parse(agent.cli("chat", "--list", "--json"))[0].id;
    const answer = show(id).at(-1);
    assert.equal(answer.state, "stopped");
    assert.match(answer.content, /^t0 t1 t2 t3 /);
    assert.ok(!answer.content.includes("t49"), "cut before the end");
  },
  "a model that keeps asking for tools is stopped after 8 rounds": async () => {
    const before = echoCalls().length;
    const n = (await chatRequests()).length;
    const r = await chatJson(["--tools", "ev", "--yes", 'always call tool ev__echo {"message":"again"}']);
    assert.equal(r.code, 1);
    assert.equal(r.json.state, "error");
    assert.match(r.json.error, /8 rounds/);
    assert.equal((await chatRequests()).length - n, 9, "8 rounds of calls, then the 9th answer is refused");
    assert.equal(echoCalls().length - before, 8);
  },
  "interactive: /retry answers the last message again, /edit replaces it, /quit ends": async () => {
    const proc = spawn(ZT4MCP, ["chat", "--home", agent.home, "--base-url", BASE, "--tools", "ev"],
      { stdio: ["pipe", "pipe", "pipe"] });
    onCleanup(() => proc.kill("SIGKILL"));
    let out = "";
    proc.stdout.on("data", (d) => { out += d; });
    const said = async (text) => until(() => out.includes(text), `the answer "${text}"`);
    proc.stdin.write("/tools\n");
    await said("ev__echo\n");
    proc.stdin.write("first words\n");
    await said("you said: first words");
    proc.stdin.write("/retry\n");
    // patient: under ASan, with the suite in parallel, a turn once took over 10 s here while
    // the everything server's list_changed notifications had the agent open sessions to check pins
    await until(() => out.split("you said: first words").length === 3, "the answer again", 30000);
    proc.stdin.write("/edit other words\n");
    await said("you said: other words");
    proc.stdin.write("/quit\n");
    const code = await new Promise((r) => proc.on("exit", r));
    assert.equal(code, 0);
    const id = JSON.parse(agent.cli("chat", "--list", "--json"))[0].id;
    assert.deepEqual(show(id).map((m) => [m.role, m.content]),
      [["user", "other words"], ["assistant", "you said: other words"]]);
  },
  "on a terminal: [a]lways is stored, covers later calls without asking, and is revoked": async () => {
    /* util-linux script(1) gives the CLI a pseudo-terminal; the command line is one shell word each */
    const q = (a) => `'${a.replace(/'/g, "'\\''")}'`;
    const args = [ZT4MCP, "chat", "--home", agent.home, "--base-url", BASE, "--tools", "ev",
      'call tool ev__echo {"message":"tty"}'];
    const proc = spawn("script", ["-qefc", args.map(q).join(" "), "/dev/null"], { stdio: ["pipe", "pipe", "pipe"] });
    onCleanup(() => proc.kill("SIGKILL"));
    let out = "";
    proc.stdout.on("data", (d) => { out += d; });
    await until(() => /Allow ev__echo \{"message":"tty"\}\? \[o\]nce\/\[c\]onversation\/\[a\]lways\/\[N\]o/.test(out),
      "the question on the terminal");
    proc.stdin.write("a\n");
    assert.equal(await new Promise((r) => proc.on("exit", r)), 0, out);
    assert.match(out, /tool said: Echo: tty/);

    const stored = JSON.parse(agent.cli("chat", "--approvals", "--json"));
    assert.deepEqual(stored.map((a) => [a.scope, a.service, a.tool]), [["always", "ev", "echo"]]);
    const before = echoCalls().length;
    const covered = await chatJson(["--tools", "ev", 'call tool ev__echo {"message":"stored"}']);
    assert.equal(covered.json.answer, "tool said: Echo: stored", covered.stderr);
    assert.equal(echoCalls().length, before + 1);

    agent.cli("chat", "--revoke", String(stored[0].id));
    assert.deepEqual(JSON.parse(agent.cli("chat", "--approvals", "--json")), []);
    const denied = await chatJson(["--tools", "ev", 'call tool ev__echo {"message":"revoked"}']);
    assert.match(denied.json.answer, /denied/);
    assert.throws(() => agent.cli("chat", "--revoke", String(stored[0].id)), /no approval/);
  },
  "search finds a conversation by its messages, with a snippet": async () => {
    const found = JSON.parse(agent.cli("chat", "--search", "tool said Echo", "--json"));
    const hit = found.find((c) => c.id === firstConversation);
    assert.ok(hit, JSON.stringify(found));
    assert.match(hit.snippet, /\[/);
    assert.deepEqual(JSON.parse(agent.cli("chat", "--search", "\"unbalanced OR *", "--json")), []);
  },
  "time to first token: the scripted server directly, and through zt4mcp chat (same run)": async () => {
    const direct = [], viaChat = [], startup = [];
    for (let i = 0; i < 5; i++) {
      direct.push(await directFirstToken());
      const r = await chat(["--model", "scripted-1", "first token"]);
      assert.equal(r.code, 0, r.stderr);
      viaChat.push(r.firstMs);
      /* what starting the process and opening chat.db costs, without any request */
      const t0 = performance.now();
      const s = await chat(["--list", "--json"]);
      assert.equal(s.code, 0, s.stderr);
      startup.push(performance.now() - t0);
    }
    console.log(`# time to first token, median of 5: direct ${median(direct).toFixed(1)} ms, ` +
      `zt4mcp chat ${median(viaChat).toFixed(1)} ms (a whole \`zt4mcp chat --list\` takes ${median(startup).toFixed(1)} ms)`);
  },
});
