// e2e-secret-env.mjs: a stdio service's secret variables (PATCH/POST "secret_env"): their values
// go to the key store, never to the service's config, its GET or its log; the server gets them;
// what is refused is refused whole, naming the field; GET ?reveal=env shows plain values only
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startAgent, connectHttp, run, NODE, here, api } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const agent = await startAgent();
const SERVER = path.join(here, "env-server.mjs");
const SECRET = "s3cret-" + crypto.randomBytes(12).toString("hex");
const sha = (v) => crypto.createHash("sha256").update(v).digest("hex");
const getenv = async (name, digest = false) => {
  const client = await connectHttp(agent.mcpUrl("envy"), agent.auth);
  try {
    return (await client.callTool({ name: "getenv", arguments: { name, digest } })).content[0].text;
  } finally { await client.close(); }
};
const patch = (body) => api(agent, "PATCH", "/services/envy", body);
const restart = () => api(agent, "POST", "/services/envy/restart");
// every file of the agent's home but the key store's own folder
const homeFiles = (dir = agent.home) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name);
  if (e.isDirectory()) return e.name === "secrets" && dir === agent.home ? [] : homeFiles(p);
  return e.isFile() ? [p] : [];
});
const nowhereInClear = () => {
  for (const f of homeFiles())
    assert.ok(!fs.readFileSync(f).includes(SECRET), `the secret is in clear in ${f}`);
  assert.ok(!agent.log.join("").includes(SECRET), "the secret is in the agent's log");
};

await run({
  "a secret variable reaches the server, and nothing else shows it": async () => {
    const add = await api(agent, "POST", "/services", { name: "envy", kind: "stdio", command: [NODE, SERVER],
      env: ["PLAIN=one"], secret_env: { TOKEN: SECRET } });
    assert.equal(add.status, 201, await add.text());
    assert.equal(await getenv("PLAIN"), "one");
    assert.equal(await getenv("TOKEN", true), sha(SECRET));
    const shown = await (await api(agent, "GET", "/services/envy")).json();
    assert.deepEqual(shown.secret_env, ["TOKEN"]);
    assert.deepEqual(shown.env, ["PLAIN=***"]);
    const revealed = await (await api(agent, "GET", "/services/envy?reveal=env")).json();
    assert.deepEqual(revealed.env, ["PLAIN=one"], "?reveal=env shows plain values");
    assert.ok(!JSON.stringify(revealed).includes(SECRET));
    nowhereInClear();
  },
  "an edit keeps a secret (null), changes a plain value, and restarts": async () => {
    const r = await patch({ env: ["PLAIN=two", "MORE=3"], secret_env: { TOKEN: null } });
    assert.equal(r.status, 200, await r.text());
    assert.equal((await restart()).status, 204);
    assert.equal(await getenv("PLAIN"), "two");
    assert.equal(await getenv("MORE"), "3");
    assert.equal(await getenv("TOKEN", true), sha(SECRET));
    // what GET shows can be sent back: the list of names keeps the values
    const again = await patch({ secret_env: ["TOKEN"] });
    assert.equal(again.status, 200, await again.text());
    assert.equal(await getenv("TOKEN", true), sha(SECRET));
  },
  "refusals name the field, and change nothing": async () => {
    const cases = [
      [{ secret_env: { "1BAD": "x" } }, "secret_env"],
      [{ secret_env: { NEW: null } }, "secret_env"],
      [{ secret_env: ["NEW"] }, "secret_env"],
      [{ secret_env: { BIG: "x".repeat(20000) } }, "secret_env"],
      [{ env: ["TOKEN=plain"] }, "env"],
      [{ env: ["NOEQUALS"] }, "env"],
      [{ cwd: "/no/such/dir/zt4mcp" }, "cwd"],
      [{ command: ["zt-no-such-program-here"] }, "command"],
    ];
    for (const [body, field] of cases) {
      const r = await patch(body);
      const answer = await r.json();
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.equal(answer.error.field, field, `${JSON.stringify(body)}: ${JSON.stringify(answer)}`);
    }
    const shown = await (await api(agent, "GET", "/services/envy?reveal=env")).json();
    assert.deepEqual(shown.env, ["PLAIN=two", "MORE=3"]);
    assert.deepEqual(shown.secret_env, ["TOKEN"]);
  },
  "a server whose secret cannot be read is not started without it": async () => {
    const dir = path.join(agent.home, "secrets");
    const before = new Set(fs.readdirSync(dir));
    const r = await patch({ secret_env: { TOKEN: null, LOST: "lost-value" } });
    assert.equal(r.status, 200, await r.text());
    const added = fs.readdirSync(dir).filter((f) => !before.has(f));
    assert.equal(added.length, 1, "one new value in the key store");
    fs.rmSync(path.join(dir, added[0]));
    assert.equal((await restart()).status, 204);
    await assert.rejects(getenv("LOST"), "the server ran without its secret");
    const log = JSON.stringify(await (await api(agent, "GET", "/services/envy/log")).json());
    assert.match(log, /LOST cannot be read from the key store/);
    const back = await patch({ secret_env: { TOKEN: null } });
    assert.equal(back.status, 200, await back.text());
    assert.equal((await restart()).status, 204);
    assert.equal(await getenv("TOKEN", true), sha(SECRET));
  },
  "a removed secret is gone from the server and the key store": async () => {
    const before = fs.readdirSync(path.join(agent.home, "secrets")).length;
    const r = await patch({ secret_env: {} });
    assert.equal(r.status, 200, await r.text());
    assert.equal((await restart()).status, 204);
    assert.equal(await getenv("TOKEN"), "(unset)");
    assert.equal(fs.readdirSync(path.join(agent.home, "secrets")).length, before - 1);
    nowhereInClear();
  },
});
