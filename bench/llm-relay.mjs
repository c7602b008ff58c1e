// llm-relay.mjs: time to first token and tokens/s of a streamed chat answer, straight to the
// scripted model, through the owner's agent and through the mesh (agent, hub, agent), same run
// SPDX-License-Identifier: GPL-3.0-or-later
//
// usage: node bench/llm-relay.mjs [ROUNDS=21] [WORDS=200]   (needs build/ and tests/node deps)
// The scripted model (tests/node/scripted-llm.mjs) answers "you said: <prompt>" a word a chunk
// with no delay, so the figures are the relay's own. Rounds alternate the three ways; medians
// and their ratios to the direct way are printed. The first request of each way is a warm-up
// (the mesh's pooled stream is opened there).
import path from "node:path";
import { fileURLToPath } from "node:url";
import OpenAI from "../tests/node/node_modules/openai/index.mjs";
import { spawnAndWait, startHub, joinMember, until, peersOf, api, cleanup, NODE } from "../tests/node/lib.mjs";

const ROUNDS = Number(process.argv[2] ?? 21);
const WORDS = Number(process.argv[3] ?? 200);
const here = path.dirname(fileURLToPath(import.meta.url));

const { match } = await spawnAndWait(NODE, [path.join(here, "../tests/node/scripted-llm.mjs")], /listening on (http:\/\/\S+\/v1)/);
const BASE = match[1];
const hub = await startHub("bench");
const bob = await joinMember(hub.data, "bob", "bob-pc");
const alice = await joinMember(hub.data, "alice", "alice-pc");
bob.cli("service", "add", "model", "--llm", BASE);
bob.cli("service", "export", "model", "--to", "user:alice");
await until(() => peersOf(alice).peers.some((p) => (p.llm ?? []).includes("model")), "the export", 20000);
alice.cli("service", "import", "bob-pc/model");

const ways = {
  direct: new OpenAI({ baseURL: BASE, apiKey: "none", maxRetries: 0 }),
  local: new OpenAI({ baseURL: `${bob.url}/llm/model/v1`, apiKey: bob.token, maxRetries: 0 }),
  mesh: new OpenAI({ baseURL: `${alice.url}/llm/model/v1`, apiKey: alice.token, maxRetries: 0 }),
};
const prompt = Array.from({ length: WORDS }, (_, i) => `w${i}`).join(" ");

async function once(client) {
  const t0 = performance.now();
  let first = null, n = 0;
  const s = await client.chat.completions.create({ model: "scripted-1", stream: true,
    messages: [{ role: "user", content: prompt }] });
  for await (const ch of s)
    if (ch.choices?.[0]?.delta?.content) { first ??= performance.now(); n++; }
  const end = performance.now();
  return { ttft: first - t0, tps: n / ((end - first) / 1000), total: end - t0, n };
}
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };

const got = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
for (const c of Object.values(ways)) await once(c);
for (let i = 0; i < ROUNDS; i++)
  for (const [k, c] of Object.entries(ways)) got[k].push(await once(c));

const m = (k, f) => median(got[k].map((r) => r[f]));
console.log(`llm relay: ${ROUNDS} alternating rounds, medians; a stream of ${got.direct[0].n} content chunks`);
console.log("way      ttft ms   whole ms   chunks/s   ttft ratio");
for (const k of Object.keys(ways))
  console.log(`${k.padEnd(8)} ${m(k, "ttft").toFixed(1).padStart(7)}   ${m(k, "total").toFixed(1).padStart(8)}   ` +
    `${m(k, "tps").toFixed(0).padStart(8)}   ${(m(k, "ttft") / m("direct", "ttft")).toFixed(2).padStart(9)}`);
const records = await (await api(bob, "GET", "/audit?limit=1&service=model")).json();
console.log(`(bob's audit log has ${records.total} llm records)`);
await cleanup();
process.exit(0);
