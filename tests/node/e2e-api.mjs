// e2e-api.mjs: the REST API matches its OpenAPI document; the CLI's verbs, --help, --json, errors
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { startAgent, connectHttp, run, tmpdir, until, NODE, EVERYTHING, ZT4MCP } from "./lib.mjs";

const agent = await startAgent();
const api = (method, path, body) => fetch(`${agent.url}/api/v1${path}`, {
  method, headers: { ...agent.auth, ...(body ? { "Content-Type": "application/json" } : {}) },
  body: body === undefined ? undefined : (typeof body === "string" ? body : JSON.stringify(body)),
});

let doc;

// A small validator for the schema subset the document uses.
function validate(schema, value, where = "$") {
  if (schema.$ref) schema = schema.$ref.split("/").slice(1).reduce((o, k) => o[k], doc);
  if (value === null && schema.nullable) return;
  if (schema.type === "object") {
    assert.ok(value && typeof value === "object" && !Array.isArray(value), `${where}: not an object`);
    for (const r of schema.required ?? []) assert.ok(r in value, `${where}: missing ${r}`);
    for (const [k, s] of Object.entries(schema.properties ?? {}))
      if (k in value) validate(s, value[k], `${where}.${k}`);
  } else if (schema.type === "array") {
    assert.ok(Array.isArray(value), `${where}: not an array`);
    value.forEach((v, i) => validate(schema.items ?? {}, v, `${where}[${i}]`));
  } else if (schema.type === "string") {
    assert.equal(typeof value, "string", `${where}: not a string`);
    if (schema.enum) assert.ok(schema.enum.includes(value), `${where}: ${value} not in ${schema.enum}`);
  } else if (schema.type === "integer") {
    assert.ok(Number.isInteger(value), `${where}: not an integer`);
  } else if (schema.type === "boolean") {
    assert.equal(typeof value, "boolean", `${where}: not a boolean`);
  }
}

// Checks a response against the document: documented status, body matching its schema.
async function conforms(res, path, method) {
  const op = doc.paths[path][method];
  assert.ok(op, `${method} ${path} is not documented`);
  const documented = op.responses[String(res.status)];
  assert.ok(documented, `${method} ${path} answered ${res.status}, which the document does not list`);
  const resolved = documented.$ref ? documented.$ref.split("/").slice(1).reduce((o, k) => o[k], doc) : documented;
  const schema = resolved.content?.["application/json"]?.schema;
  const text = await res.text();
  if (schema) validate(schema, JSON.parse(text));
  return text ? JSON.parse(text) : null;
}

function cliFails(args, re) {
  try {
    execFileSync(ZT4MCP, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ZT4MCP_HOME: agent.home } });
  } catch (e) {
    assert.notEqual(e.status, 0);
    assert.match(e.stderr, re);
    return;
  }
  assert.fail(`zt4mcp ${args.join(" ")} should have failed`);
}

await run({
  "openapi.json is an OpenAPI 3 document behind the token": async () => {
    assert.equal((await fetch(`${agent.url}/api/v1/openapi.json`)).status, 401);
    doc = await (await api("GET", "/openapi.json")).json();
    assert.match(doc.openapi, /^3\./);
    assert.ok(Object.keys(doc.paths).length >= 5);
  },
  "every documented operation answers as documented": async () => {
    await conforms(await api("GET", "/status"), "/status", "get");
    await conforms(await api("GET", "/services"), "/services", "get");
    const created = await conforms(await api("POST", "/services",
      { name: "ev", kind: "stdio", command: [NODE, EVERYTHING, "stdio"], env: ["SECRET=hunter2"] }), "/services", "post");
    assert.equal(created.name, "ev");
    assert.deepEqual(created.env, ["SECRET=***"], "env values are not shown");
    await conforms(await api("POST", "/services", { name: "ev", kind: "stdio", command: ["x"] }), "/services", "post"); // 409
    await conforms(await api("POST", "/services", { name: "bad name!", kind: "stdio" }), "/services", "post"); // 400
    await conforms(await api("POST", "/services", "{not json"), "/services", "post"); // 400
    await conforms(await api("GET", "/services/ev"), "/services/{name}", "get");
    await conforms(await api("GET", "/services/none"), "/services/{name}", "get"); // 404
    const { tools } = await conforms(await api("GET", "/services/ev/tools"), "/services/{name}/tools", "get");
    assert.ok(tools.some((t) => t.name === "echo"), "the agent lists the service's tools");
    await conforms(await api("GET", "/services/none/tools"), "/services/{name}/tools", "get"); // 404
    await until(async () => (await (await api("GET", "/status")).json()).sessions.length === 0,
      "the agent closed the session it listed the tools with", 3000);
    assert.match(agent.cli("service", "tools", "ev"), /^echo\s+\S/m);
    assert.ok(JSON.parse(agent.cli("service", "tools", "ev", "--json")).tools.length > 1);
    const pinned = await conforms(await api("GET", "/services/ev/pins"), "/services/{name}/pins", "get");
    assert.ok(pinned.tools.some((t) => t.name === "echo" && t.state === "pinned"), "listing pinned them (first use)");
    await conforms(await api("GET", "/services/none/pins"), "/services/{name}/pins", "get"); // 404
    const none = await conforms(await api("POST", "/services/ev/pins/approve", { all: true }),
      "/services/{name}/pins/approve", "post");
    assert.deepEqual(none.approved, []);
    await conforms(await api("POST", "/services/ev/pins/approve", { tools: ["echo"] }),
      "/services/{name}/pins/approve", "post"); // 404: nothing waits
    await conforms(await api("POST", "/services/ev/pins/approve", { tools: [] }),
      "/services/{name}/pins/approve", "post"); // 400
    const patched = await conforms(await api("PATCH", "/services/ev", { max_sessions: 3 }), "/services/{name}", "patch");
    assert.equal(patched.max_sessions, 3);
    await conforms(await api("PATCH", "/services/ev", { kind: "http" }), "/services/{name}", "patch"); // 400: no url
    assert.equal((await (await api("GET", "/services/ev")).json()).kind, "stdio", "a failed update changes nothing");
    await conforms(await api("GET", "/clients"), "/clients", "get");
    const client = await conforms(await api("POST", "/clients", { name: "ide" }), "/clients", "post");
    assert.ok(client.token.length >= 40);
    await conforms(await api("POST", "/clients", { name: "ide" }), "/clients", "post"); // 409
    await conforms(await api("DELETE", "/clients/ide"), "/clients/{id}", "delete");
    await conforms(await api("DELETE", "/clients/ide"), "/clients/{id}", "delete"); // 404
    await conforms(await api("DELETE", "/services/ev"), "/services/{name}", "delete");
    await conforms(await api("DELETE", "/services/ev"), "/services/{name}", "delete"); // 404
    assert.deepEqual((await conforms(await api("GET", "/peers/pins"), "/peers/pins", "get")).pins, []);
    await conforms(await api("POST", "/peers/trust", { identity: "alice" }), "/peers/trust", "post"); // 400
    await conforms(await api("POST", "/peers/trust", { identity: "spiffe://m/user/a/endpoint/b" }), "/peers/trust", "post"); // 404
  },
  "undocumented paths and methods are refused": async () => {
    assert.equal((await api("GET", "/nothing")).status, 404);
    assert.equal((await api("PUT", "/services")).status, 405);
    const e = await (await api("GET", "/nothing")).json();
    assert.ok(e.error.code && e.error.message);
  },
  "per-client tokens work and are attributed; removal revokes": async () => {
    agent.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
    const { token } = JSON.parse(agent.cli("client", "add", "vscode", "--json"));
    const client = await connectHttp(agent.mcpUrl("ev"), { Authorization: `Bearer ${token}` });
    await client.ping();
    const status = JSON.parse(agent.cli("status", "--json"));
    assert.ok(status.sessions.some((s) => s.client === "vscode" && s.service === "ev"));
    assert.match(agent.cli("client", "list"), /vscode/);
    agent.cli("client", "remove", "vscode");
    const res = await fetch(agent.mcpUrl("ev"), { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: "{}" });
    assert.equal(res.status, 401);
  },
  "CLI: every verb has --help": async () => {
    for (const verb of [[], ["agent"], ["service"], ["client"], ["status"], ["connect"], ["peers"]]) {
      const out = execFileSync(ZT4MCP, [...verb, "--help"], { encoding: "utf8" });
      assert.match(out, /Usage/);
    }
  },
  "CLI: --json output parses, human output reads": async () => {
    const list = JSON.parse(agent.cli("service", "list", "--json"));
    assert.equal(list.services[0].name, "ev");
    assert.match(agent.cli("service", "list"), /^NAME\s+KIND/m);
    assert.match(agent.cli("service", "show", "ev"), /endpoint:\s+http:\/\/127\.0\.0\.1:\d+\/mcp\/ev/);
    const shown = JSON.parse(agent.cli("service", "show", "ev", "--json"));
    assert.equal(shown.kind, "stdio");
    agent.cli("service", "update", "ev", "--idle-timeout", "30");
    assert.equal(JSON.parse(agent.cli("service", "show", "ev", "--json")).idle_timeout, 30);
  },
  "CLI: errors go to stderr with a non-zero exit and say what to do": async () => {
    cliFails(["service", "show", "nope"], /no service named nope/);
    cliFails(["service", "add", "x"], /--stdio -- CMD ARG\.\.\., --url URL or --llm BASE_URL/);
    cliFails(["service", "add", "x", "--url", "ftp://example.com/"], /not an http:\/\/ or https:\/\/ URL/);
    cliFails(["service", "add", "x", "--url", "http://u:p@example.com/mcp"], /credentials/);
    cliFails(["bogus"], /unknown command/);
    const empty = tmpdir();
    try {
      execFileSync(ZT4MCP, ["status", "--home", empty], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      assert.fail("status without an agent must fail");
    } catch (e) {
      assert.match(e.stderr, /no agent found.*zt4mcp agent serve/s);
    }
  },
  "agent: api.json and agent.db are private (0600), home 0700": async () => {
    const fs = await import("node:fs");
    assert.equal(fs.statSync(`${agent.home}/api.json`).mode & 0o777, 0o600);
    assert.equal(fs.statSync(`${agent.home}/agent.db`).mode & 0o777, 0o600);
    const fresh = `${tmpdir()}/new-home`;
    const a2 = await startAgent({ home: fresh });
    assert.equal(fs.statSync(a2.home).mode & 0o777, 0o700);
  },
  "agent: a busy port is a clear error": async () => {
    const port = new URL(agent.url).port;
    try {
      execFileSync(ZT4MCP, ["agent", "serve", "--home", tmpdir(), "--listen", `127.0.0.1:${port}`],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 5000 });
      assert.fail("must not start");
    } catch (e) {
      assert.match(e.stderr, /cannot listen on 127\.0\.0\.1:\d+/);
    }
  },
});
