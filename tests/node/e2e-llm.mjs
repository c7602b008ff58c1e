// e2e-llm.mjs: llm services (issue 12): the scripted model behind an exporting agent, used through
// a real hub and an importing agent by the unmodified openai client and by zt4mcp chat; model
// globs, budgets, unauthorised subjects, client tokens, stop mid-stream, the key kept out of
// audit, logs and answers; time to first token and tokens/s direct, local and through the mesh.
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import OpenAI from "openai";
import { spawnAndWait, run, NODE, ZT4MCP, EVERYTHING, here, api, until, tmpdir, startHub, joinMember, peersOf } from "./lib.mjs";

const KEY = "sk-zt4mcp-e2e-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const { match } = await spawnAndWait(NODE, [path.join(here, "scripted-llm.mjs")], /listening on (http:\/\/\S+\/v1)/,
  { SCRIPTED_LLM_MODELS: "scripted-1,scripted-embed,secret-model" });
const BASE = match[1];
const debug = async () => (await fetch(BASE.replace(/\/v1$/, "/debug/requests"))).json();

const hub = await startHub("llmmesh");
const bob = await joinMember(hub.data, "bob", "bob-pc");
const alice = await joinMember(hub.data, "alice", "alice-pc");
const carol = await joinMember(hub.data, "carol", "carol-pc");

const keyDir = tmpdir();
const keyFile = path.join(keyDir, "openai.key");
fs.writeFileSync(keyFile, `${KEY}\n`, { mode: 0o600 });

// bob's model: offered to every member, granted by hand (models and a budget)
bob.cli("service", "add", "model", "--llm", BASE, "--api-key-file", keyFile);
bob.cli("service", "add", "metered", "--llm", BASE, "--api-key-file", keyFile);
bob.cli("service", "export", "model");
bob.cli("service", "export", "metered");
const grant = async (agent, body) => {
  const r = await api(agent, "POST", "/policy/grants", body);
  const text = await r.text();
  assert.equal(r.status, 201, text);
  return JSON.parse(text);
};
const modelGrant = await grant(bob, { service: "model", subject: "user:alice", models: ["scripted-*"] });
const METERED_BUDGET = 40;
bob.cli("policy", "add", "--service", "metered", "--subject", "user:alice", "--models", "*",
  "--budget", String(METERED_BUDGET));
assert.match(bob.cli("policy", "list", "--service", "metered"), /budget +40 tokens a day/);

// bob's server-everything, for the model's tool calls through the mesh
bob.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
bob.cli("service", "export", "ev", "--to", "alice");
await until(() => peersOf(alice).peers.some((p) => p.endpoint === "bob-pc" && (p.llm ?? []).includes("model")
  && (p.services ?? []).includes("ev")), "alice sees bob's model service, listed as llm, and ev");
alice.cli("service", "import", "bob-pc/model");
alice.cli("service", "import", "bob-pc/ev");
alice.cli("service", "import", "bob-pc/metered");
await until(() => peersOf(carol).peers.some((p) => p.endpoint === "bob-pc" && (p.llm ?? []).includes("model")),
  "carol sees it too (offered)");
carol.cli("service", "import", "bob-pc/model");

// A CLI run that lets this process's event loop go on meanwhile: fetch's idle keep-alive
// connections then close on their own timer, not under the next request after a long
// execFileSync (which read as "Connection error" under ThreadSanitizer, where a chat takes 7 s).
const execFileAsync = promisify(execFile);
const cliAsync = async (args, env) =>
  (await execFileAsync(ZT4MCP, args, { encoding: "utf8", env: { ...process.env, ...env } })).stdout;

const client = (agent, service, apiKey = agent.token) =>
  new OpenAI({ baseURL: `${agent.url}/llm/${service}/v1`, apiKey, maxRetries: 0 });
const statusOf = async (p) => p.then(() => 0, (e) => e.status ?? e);
const audit = (agent) => JSON.parse(agent.cli("audit", "--json", "--limit", "1000")).records;

// Time to the first content token and the tokens/s of a "slow"-free stream of many tokens.
async function measure(baseURL, apiKey) {
  const c = new OpenAI({ baseURL, apiKey, maxRetries: 0 });
  const words = Array.from({ length: 200 }, (_, i) => `w${i}`).join(" ");
  const t0 = performance.now();
  let first = null, n = 0;
  const s = await c.chat.completions.create({ model: "scripted-1", stream: true,
    messages: [{ role: "user", content: words }] });
  for await (const ch of s) {
    if (ch.choices?.[0]?.delta?.content) { first ??= performance.now(); n++; }
  }
  const end = performance.now();
  return { ttft: first - t0, tps: n / ((end - first) / 1000), n };
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

await run({
  "service add --llm: a key file others can read is refused with the chmod to run": async () => {
    const loose = path.join(keyDir, "loose.key");
    fs.writeFileSync(loose, KEY, { mode: 0o644 });
    fs.chmodSync(loose, 0o644);
    assert.throws(() => bob.cli("service", "add", "loose", "--llm", BASE, "--api-key-file", loose),
      (e) => /chmod 600/.test(e.stderr));
    const shown = JSON.parse(bob.cli("service", "show", "model", "--json"));
    assert.equal(shown.kind, "llm");
    assert.equal(shown.api, "llm");
    assert.equal(shown.endpoint, `${bob.url}/llm/model/v1`);
    assert.match(bob.cli("service", "show", "model"), /api key: +the file/);
  },

  "the owner's own agent: the openai client with the local token (models, chat, stream, embeddings)": async () => {
    const c = client(bob, "model");
    assert.deepEqual((await c.models.list()).data.map((m) => m.id), ["scripted-1", "scripted-embed", "secret-model"]);
    const r = await c.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "hello bob" }] });
    assert.equal(r.choices[0].message.content, "you said: hello bob");
    const reqs = (await debug()).requests;
    assert.equal(reqs.at(-1).headers.authorization, `Bearer ${KEY}`, "the key goes upstream only");
    const up = await fetch(`${bob.url}/mcp/model`, { method: "POST", headers: { ...bob.auth, "Content-Type": "application/json" }, body: "{}" });
    assert.equal(up.status, 404, "an llm service is not an MCP endpoint");
    // the front door of /mcp: body limit before buffering, DNS rebinding defence, OpenAI's error shape
    const big = await fetch(`${bob.url}/llm/model/v1/chat/completions`, { method: "POST",
      headers: { ...bob.auth, "Content-Type": "application/json" }, body: "x".repeat(5 * 1024 * 1024) });
    assert.equal(big.status, 413);
    const evil = await fetch(`${bob.url}/llm/model/v1/models`, { headers: { ...bob.auth, Origin: "https://evil.example" } });
    assert.equal(evil.status, 403);
    const none = await fetch(`${bob.url}/llm/model/v1/completions`, { method: "POST", headers: bob.auth, body: "{}" });
    assert.equal(none.status, 404);
    const err = (await none.json()).error;
    assert.equal(err.code, "not_found");
    assert.equal(typeof err.message, "string");
    assert.equal(typeof err.type, "string");
  },

  "through the mesh: the unmodified openai client against the importer's /llm/NAME/v1": async () => {
    const c = client(alice, "model");
    // the models list is cut to the grant's globs (secret-model is not scripted-*)
    assert.deepEqual((await c.models.list()).data.map((m) => m.id), ["scripted-1", "scripted-embed"]);
    const r = await c.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "hello mesh" }] });
    assert.equal(r.choices[0].message.content, "you said: hello mesh");
    assert.ok(r.usage.prompt_tokens > 0);
    let text = "", chunks = 0;
    const s = await c.chat.completions.create({ model: "scripted-1", stream: true,
      messages: [{ role: "user", content: "stream me across" }] });
    for await (const ch of s) { text += ch.choices?.[0]?.delta?.content ?? ""; chunks++; }
    assert.equal(text, "you said: stream me across");
    assert.ok(chunks > 4, `streamed in chunks (${chunks})`);
    const last = (await debug()).requests.at(-1);
    assert.equal(last.body.stream_options?.include_usage, true, "the exporter asks for the stream's usage");
    const e = await c.embeddings.create({ model: "scripted-embed", input: ["a", "b"] });
    assert.equal(e.data.length, 2);
    assert.equal(e.data[0].embedding.length, 8);
  },

  "the exporter's audit: model, tokens, latency, the peer; no prompt text": async () => {
    await until(() => audit(bob).some((r) => r.method === "llm/chat.completions" && /alice/.test(r.subject)), "bob's record");
    const recs = audit(bob).filter((r) => r.method?.startsWith("llm/") && /alice/.test(r.subject));
    const chat = recs.find((r) => r.method === "llm/chat.completions" && /"stream":true/.test(r.args_preview));
    assert.ok(chat, JSON.stringify(recs));
    assert.equal(chat.tool, "scripted-1");
    assert.equal(chat.side, "exporter");
    assert.match(chat.peer_key, /^[0-9a-f]{64}$/, "the key alice proved");
    assert.equal(chat.decision, "allow");
    assert.match(chat.rule, /^grant:g-/);
    assert.match(chat.args_preview, /"tokens_in":[1-9]\d*,"tokens_out":[1-9]\d*,"usage":"reported"/);
    assert.ok(chat.latency_us > 0);
    assert.ok(recs.some((r) => r.method === "llm/embeddings"));
    assert.ok(recs.some((r) => r.method === "llm/models"));
    const mine = audit(alice).filter((r) => r.method === "llm/chat.completions");
    assert.ok(mine.length >= 2 && mine.every((r) => r.side === "importer" && r.subject === "local"));
    for (const r of [...recs, ...mine])
      assert.doesNotMatch(JSON.stringify(r), /stream me across|hello mesh/);
  },

  "zt4mcp chat --model NAME/MODEL on the importer, through the mesh": async () => {
    const out = await cliAsync(["chat", "--model", "model/scripted-1", "hello from the cli"], { ZT4MCP_HOME: alice.home });
    assert.match(out, /you said: hello from the cli/);
  },

  "zt4mcp chat through the mesh: the model's tool call reaches bob's server-everything echo": async () => {
    const out = await cliAsync(["chat", "--json", "--model", "model/scripted-1", "--tools", "ev", "--yes",
      'call tool ev__echo {"message":"zt-chat-mesh-4d1"}'], { ZT4MCP_HOME: alice.home });
    const r = JSON.parse(out);
    assert.equal(r.state, "complete");
    assert.equal(r.answer, "tool said: Echo: zt-chat-mesh-4d1");
    assert.deepEqual(r.tool_calls.map((c) => [c.service, c.tool, c.result]), [["ev", "echo", "Echo: zt-chat-mesh-4d1"]]);
    /* the exporter checked and recorded the call as alice's, the importer as the local user's */
    const calls = (agent) => audit(agent).filter((x) => x.method === "tools/call" && x.tool === "echo");
    const there = calls(bob).at(-1);
    assert.equal(there.decision, "allow");
    assert.match(there.subject, /alice/);
    assert.equal(calls(alice).at(-1).subject, "local");
  },

  "a model outside the grant's globs is refused 403 policy_denied": async () => {
    const e = await client(alice, "model").chat.completions.create({ model: "secret-model",
      messages: [{ role: "user", content: "x" }] }).catch((x) => x);
    assert.equal(e.status, 403, `the refusal, not ${e}`);
    assert.equal(e.code, "policy_denied");
    await until(() => audit(bob).some((r) => r.tool === "secret-model" && r.decision === "deny"), "the denial's record");
  },

  "an unauthorised subject (offered, no grant) is refused 403": async () => {
    const e = await client(carol, "model").chat.completions.create({ model: "scripted-1",
      messages: [{ role: "user", content: "x" }] }).catch((x) => x);
    assert.equal(e.status, 403);
    assert.match(e.message, /may not use the model scripted-1/);
    assert.deepEqual((await client(carol, "model").models.list()).data, [], "and sees no model");
  },

  "a client token limited to another service is refused; one for this service works": async () => {
    alice.cli("service", "add", "other", "--llm", "http://127.0.0.1:9/v1");
    const other = JSON.parse(alice.cli("client", "add", "limited", "--service", "other", "--json")).token;
    assert.equal(await statusOf(client(alice, "model", other).models.list()), 403);
    const mine = JSON.parse(alice.cli("client", "add", "chatter", "--service", "model", "--json")).token;
    const r = await client(alice, "model", mine).chat.completions.create({ model: "scripted-1",
      messages: [{ role: "user", content: "as a client" }] });
    assert.equal(r.choices[0].message.content, "you said: as a client");
    assert.equal(await statusOf(client(alice, "model", "wrong").models.list()), 401);
    // the importer's own grants restrict its client tokens, budget included (its first request
    // above was counted: about 16 tokens)
    await grant(alice, { service: "model", subject: "client:chatter", models: ["scripted-1"], budget: { tokens_per_day: 20 } });
    const again = client(alice, "model", mine);
    assert.equal(await statusOf(again.chat.completions.create({ model: "scripted-embed",
      messages: [{ role: "user", content: "x" }] })), 403);
    await again.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "one" }] });
    const e = await again.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "two" }] })
      .catch((x) => x);
    assert.equal(e.status, 429);
    assert.equal(e.code, "budget_exceeded");
    await until(() => audit(alice).some((r) => r.subject === "client:chatter" && r.status === "budget"), "alice's record");
  },

  "budget exhaustion: 429 budget_exceeded with Retry-After, after the budget's tokens": async () => {
    const c = client(alice, "metered");
    let used = 0, refused = null;
    for (let i = 0; i < 20 && !refused; i++) {
      try {
        const r = await c.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: `n${i}` }] });
        used += r.usage.total_tokens;
      } catch (e) { refused = e; }
    }
    assert.ok(refused, "refused at last");
    assert.equal(refused.status, 429);
    assert.equal(refused.code, "budget_exceeded");
    assert.ok(used >= METERED_BUDGET, `refused only once spent (${used} of ${METERED_BUDGET})`);
    const retry = Number(refused.headers.get("retry-after"));
    assert.ok(retry > 0 && retry <= 86400, `Retry-After ${retry}`);
    assert.match(refused.message, /daily budget of 40 tokens/);
    await until(() => audit(bob).some((r) => r.service === "metered" && r.status === "budget"), "the budget record");
  },

  "stop mid-stream: the client aborts, the scripted model sees it go": async () => {
    const before = (await debug()).events.length;
    const ac = new AbortController();
    const s = await client(alice, "model").chat.completions.create({ model: "scripted-1", stream: true,
      messages: [{ role: "user", content: "slow" }] }, { signal: ac.signal });
    let n = 0;
    try {
      for await (const ch of s) if (ch.choices?.[0]?.delta?.content && ++n === 3) ac.abort();
    } catch { /* aborted */ }
    await until(async () => (await debug()).events.slice(before).some((e) => e.event === "client-gone"),
      "the model's stream cancelled", 8000);
    await until(() => audit(bob).some((r) => r.method === "llm/chat.completions" && r.status === "cancelled"),
      "the exporter's record says cancelled");
  },

  "the API key is never in audit.db, the logs or REST answers": async () => {
    for (const a of [bob, alice]) {
      const db = fs.readFileSync(path.join(a.home, "audit.db"));
      assert.equal(db.indexOf(Buffer.from(KEY)), -1);
      for (const f of fs.readdirSync(a.home).filter((n) => n.startsWith("audit.db-")))
        assert.equal(fs.readFileSync(path.join(a.home, f)).indexOf(Buffer.from(KEY)), -1);
      assert.doesNotMatch(a.log.join(""), new RegExp(KEY));
      assert.doesNotMatch(await (await api(a, "GET", "/services")).text(), new RegExp(KEY));
    }
  },

  "--log-content: the owner's choice, the prompt and the answer in the record (redacted)": async () => {
    bob.cli("service", "add", "logged", "--llm", BASE, "--log-content");
    const c = client(bob, "logged");
    await c.chat.completions.create({ model: "scripted-1",
      messages: [{ role: "user", content: "hello logged sk-ant-api03-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }] });
    const s = await c.chat.completions.create({ model: "scripted-1", stream: true,
      messages: [{ role: "user", content: "stream logged" }] });
    for await (const _ of s) { /* drain */ }
    await until(() => audit(bob).filter((r) => r.service === "logged").length === 2, "two records");
    const [streamed, plain] = audit(bob).filter((r) => r.service === "logged");
    assert.match(plain.args_preview, /"tokens_in":\d+.*"answer":"you said: hello logged \[REDACTED/);
    assert.doesNotMatch(plain.args_preview, /aaaaaaaaaaaaaaaa/);
    assert.match(streamed.args_preview, /"answer":"you said: stream logged".*"content":"stream logged"/);
    assert.match(streamed.args_sha256, /^[0-9a-f]{64}$/);
  },

  "the key from the key store (--api-key-from-keyring, on standard input)": async () => {
    execFileSync(ZT4MCP, ["service", "add", "kept", "--llm", BASE, "--api-key-from-keyring"],
      { input: "sk-kept-in-the-store-0123456789\n", env: { ...process.env, ZT4MCP_HOME: bob.home } });
    const r = await client(bob, "kept").chat.completions.create({ model: "scripted-1",
      messages: [{ role: "user", content: "kept" }] });
    assert.equal(r.choices[0].message.content, "you said: kept");
    assert.equal((await debug()).requests.at(-1).headers.authorization, "Bearer sk-kept-in-the-store-0123456789");
    assert.doesNotMatch(bob.cli("service", "show", "kept", "--json"), /sk-kept/);
  },

  "time to first token and tokens/s: direct, through the local agent, through the mesh": async () => {
    const ways = {
      direct: [BASE, "none"],
      local: [`${bob.url}/llm/model/v1`, bob.token],
      mesh: [`${alice.url}/llm/model/v1`, alice.token],
    };
    const got = { direct: [], local: [], mesh: [] };
    const rounds = Number(process.env.ZT_LLM_ROUNDS ?? 7);
    for (let i = 0; i < rounds; i++)
      for (const [k, [u, t]] of Object.entries(ways)) got[k].push(await measure(u, t));
    const line = (k) => `${k}: ttft ${median(got[k].map((m) => m.ttft)).toFixed(1)} ms, ` +
      `${median(got[k].map((m) => m.tps)).toFixed(0)} tokens/s`;
    console.log(`# ${rounds} alternating rounds, medians, ${got.direct[0].n} tokens a stream`);
    for (const k of Object.keys(ways)) console.log(`# ${line(k)}`);
    const d = median(got.direct.map((m) => m.ttft));
    console.log(`# ttft ratio local/direct ${(median(got.local.map((m) => m.ttft)) / d).toFixed(2)}, ` +
      `mesh/direct ${(median(got.mesh.map((m) => m.ttft)) / d).toFixed(2)}`);
    const opened = bob.log.join("").match(/serving the model service model to spiffe:\/\/llmmesh\/user\/alice/g).length;
    console.log(`# bob opened ${opened} streams for all of alice's requests to model (pooled)`);
  },

  "no agent logged a critical or a warning (a usage chunk's empty choices once did)": async () => {
    for (const [who, agent] of [["bob", bob], ["alice", alice], ["carol", carol]])
      assert.doesNotMatch(agent.log.join(""), /CRITICAL|WARNING/, `${who}'s log`);
  },

  "losing access ends access: carol's grant removed mid-stream cuts her answer": async () => {
    const g = await grant(bob, { service: "model", subject: "user:carol", models: ["scripted-*"] });
    const s = await client(carol, "model").chat.completions.create({ model: "scripted-1", stream: true,
      messages: [{ role: "user", content: "slow" }] });
    let n = 0, removed = false;
    const t0 = Date.now();
    try {
      for await (const ch of s) {
        if (ch.choices?.[0]?.delta?.content && ++n === 3 && !removed) {
          removed = true;
          bob.cli("policy", "remove", g.id);
        }
      }
    } catch { /* cut */ }
    assert.ok(removed, "three tokens came first");
    assert.ok(n < 20, `the stream went on after the grant was removed (${n} of 50 tokens)`);
    assert.ok(Date.now() - t0 < 8000, "cut, not run out");
    await until(() => audit(bob).some((r) => r.method === "llm/chat.completions" && r.status === "revoked" &&
      r.decision === "deny" && /carol/.test(r.subject)), "the exporter's record says revoked");
    /* and the next request is refused */
    const e = await client(carol, "model").chat.completions.create({ model: "scripted-1",
      messages: [{ role: "user", content: "again" }] }).catch((x) => x);
    assert.equal(e.status, 403, String(e));
  },

  "losing access ends access: a client token revoked mid-stream cuts its answer": async () => {
    const { token } = JSON.parse(alice.cli("client", "add", "notebook", "--service", "model", "--json"));
    const s = await client(alice, "model", token).chat.completions.create({ model: "scripted-1", stream: true,
      messages: [{ role: "user", content: "slow" }] });
    let n = 0, revoked = false;
    try {
      for await (const ch of s) {
        if (ch.choices?.[0]?.delta?.content && ++n === 3 && !revoked) {
          revoked = true;
          alice.cli("client", "revoke", "notebook");
        }
      }
    } catch { /* cut */ }
    assert.ok(revoked && n < 20, `the stream went on after the token was revoked (${n} of 50 tokens)`);
    await until(() => audit(alice).some((r) => r.method === "llm/chat.completions" && r.status === "revoked" &&
      r.subject === "client:notebook"), "the importer's record says revoked");
  },

  "unexported and its grant removed: a pooled stream serves no further request": async () => {
    const c = client(alice, "model");
    await c.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "pool it" }] });
    bob.cli("service", "unexport", "model");
    bob.cli("policy", "remove", modelGrant.id);
    const e = await c.chat.completions.create({ model: "scripted-1", messages: [{ role: "user", content: "after" }] })
      .catch((x) => x);
    assert.equal(e.status, 502, String(e));
    await until(() => /alice-pc is no longer admitted to model/.test(bob.log.join("")), "bob says why");
  },
});
