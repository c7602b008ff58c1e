// e2e-mesh-admin.mjs: the agent API behind the desktop app's join preview and its hosted hub's
// members: a dry run joins nothing and warns about a gateway others can reach; members are
// listed, revoked (never this computer itself) and refused by the hub; invitations withdrawn
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import path from "node:path";
import { startAgent, spawnAndWait, freePort, run, tmpdir, ZT4MCP, zt, until, api, documented } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const hubPort = await freePort();
zt("hub", "init", "--data", data, "--name", "adminmesh", "--listen", `127.0.0.1:${hubPort}`);
await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);

let doc;
// Every answer must be one the OpenAPI document lists.
const answer = (res, docPath, method, status) => documented(doc, res, docPath, method, status);
const mesh = async (agent) => (await api(agent, "GET", "/mesh")).json();

await run({
  "join?dry_run=1: what would be joined; nothing is written; a gateway on 0.0.0.0 is warned about": async () => {
    const a = await startAgent();
    doc = await (await api(a, "GET", "/openapi.json")).json();
    const invitation = zt("hub", "invite", "alice", "--endpoint", "alice-pc", "--data", data).trim();
    const p = await answer(await api(a, "POST", "/mesh/join?dry_run=1", { invitation }), "/mesh/join", "post", 200);
    assert.equal(p.mesh, "adminmesh");
    assert.equal(p.user, "alice");
    assert.equal(p.endpoint, "alice-pc");
    assert.equal(p.endpoint_from, "invitation");
    assert.deepEqual(p.hubs, [`127.0.0.1:${hubPort}`]);
    assert.ok(p.expires > Date.now() / 1000);
    assert.deepEqual(p.warnings, []);
    assert.equal(p.secret, undefined, "the secret is not shown");
    assert.equal((await mesh(a)).joined, false, "a dry run joins nothing");

    const open = await startAgent({ args: ["--listen", "0.0.0.0:0"] });
    const q = await answer(await api(open, "POST", "/mesh/join?dry_run=1", { invitation, endpoint: "other" }),
      "/mesh/join", "post", 200);
    assert.equal(q.endpoint_from, "request");
    assert.equal(q.warnings.length, 1, JSON.stringify(q));
    assert.equal(q.warnings[0].code, "gateway_not_loopback");
    assert.match(q.warnings[0].message, /0\.0\.0\.0:\d+.*127\.0\.0\.1/);
    // the invitation was not used up: the real join still works
    await answer(await api(a, "POST", "/mesh/join", { invitation }), "/mesh/join", "post", 200);
  },
  "a hosted hub: members listed, a member revoked and refused, this computer not; an invitation withdrawn": async () => {
    const owner = await startAgent();
    const listen = `127.0.0.1:${await freePort()}`;
    const dry = await answer(await api(owner, "POST", "/mesh/create?dry_run=1", { listen }), "/mesh/create", "post", 200);
    assert.deepEqual(dry.public_addresses, [listen]);
    assert.equal(dry.loopback_only, true);
    await answer(await api(owner, "POST", "/mesh/create", { mesh: "ownmesh", user: "olga", endpoint: "olga-pc", listen }),
      "/mesh/create", "post", 201);
    const inv = await answer(await api(owner, "POST", "/mesh/invite", { user: "bob", endpoint: "bob-pc" }),
      "/mesh/invite", "post", 201);
    assert.ok(inv.expires > Date.now() / 1000 + 3600);
    const bobHome = tmpdir();
    zt("join", inv.invitation, "--home", bobHome);
    const bob = await startAgent({ home: bobHome });
    await until(async () => (await mesh(bob)).hubs?.[0]?.state === "connected", "bob connected");

    const members = await answer(await api(owner, "GET", "/mesh/hub"), "/mesh/hub", "get", 200);
    const self = members.endpoints.find((e) => e.name === "olga-pc");
    assert.equal(self.self, true);
    assert.equal(members.endpoints.find((e) => e.name === "bob-pc").self, false);
    assert.equal((await mesh(owner)).hub.endpoints, 2, "the mesh document counts the hub's endpoints");

    const refused = await answer(await api(owner, "DELETE", "/mesh/hub/members/olga-pc"), "/mesh/hub/members/{name}",
      "delete", 409);
    assert.equal(refused.error.code, "self");
    await answer(await api(owner, "DELETE", "/mesh/hub/members/nobody"), "/mesh/hub/members/{name}", "delete", 404);
    await answer(await api(owner, "DELETE", "/mesh/hub/members/bob-pc"), "/mesh/hub/members/{name}", "delete", 204);
    await until(async () => (await mesh(bob)).hubs?.[0]?.state === "revoked", "bob's agent refused by the hub", 10000);
    const after = await answer(await api(owner, "GET", "/mesh/hub"), "/mesh/hub", "get", 200);
    assert.equal(after.endpoints.find((e) => e.name === "bob-pc").revoked, true);

    const erin = await answer(await api(owner, "POST", "/mesh/invite", { user: "erin" }), "/mesh/invite", "post", 201);
    const pending = (await answer(await api(owner, "GET", "/mesh/hub"), "/mesh/hub", "get", 200)).invitations;
    assert.equal(pending.length, 1);
    assert.equal(pending[0].user, "erin");
    assert.equal(pending[0].secret, undefined);
    const id = pending[0].id;
    await answer(await api(owner, "DELETE", `/mesh/hub/invitations/${id}`), "/mesh/hub/invitations/{id}", "delete", 204);
    await answer(await api(owner, "DELETE", `/mesh/hub/invitations/${id}`), "/mesh/hub/invitations/{id}", "delete", 404);
    assert.equal((await answer(await api(owner, "GET", "/mesh/hub"), "/mesh/hub", "get", 200)).invitations.length, 0);
    const late = await startAgent();
    const res = await api(late, "POST", "/mesh/join", { invitation: erin.invitation });
    assert.equal(res.status, 403);
    assert.match((await res.json()).error.message, /withdrawn/);

    // the CLI on a hub's data directory: the same list, the same withdrawal
    const cliInvitation = zt("hub", "invite", "frank", "--endpoint", "frank-pc", "--data", data).trim();
    const listed = JSON.parse(zt("hub", "invitations", "--data", data, "--json")).invitations;
    const frank = listed.find((i) => i.user === "frank");
    assert.equal(frank.endpoint, "frank-pc");
    assert.equal(frank.secret, undefined);
    assert.match(zt("hub", "withdraw", frank.id, "--data", data), /Withdrew invitation/);
    assert.ok(!JSON.parse(zt("hub", "invitations", "--data", data, "--json")).invitations.some((i) => i.user === "frank"));
    const res3 = await api(await startAgent(), "POST", "/mesh/join", { invitation: cliInvitation });
    assert.equal(res3.status, 403);
    assert.match((await res3.json()).error.message, /withdrawn/);

    // an agent that hosts no hub says so
    const res2 = await api(bob, "GET", "/mesh/hub");
    assert.equal(res2.status, 404);
    assert.equal((await res2.json()).error.code, "no_hub");
  },
});
