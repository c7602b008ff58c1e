// e2e-mesh-renewal.mjs: short-lived certificates renewed over the control channel, same key
// SPDX-License-Identifier: GPL-3.0-or-later
import assert from "node:assert/strict";
import { X509Certificate } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startAgent, connectHttp, spawnAndWait, freePort, run, sleep, tmpdir, api, ZT4MCP, ECHO_SERVER, zt, joinMember, peersOf, until } from "./lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
const data = path.join(tmpdir("zt4mcp-hub-"), "hub");
const port = await freePort();
zt("hub", "init", "--data", data, "--name", "renewmesh", "--listen", `127.0.0.1:${port}`);
const serve = () => spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data, "--cert-lifetime", "9s"], /zt4mcp hub on https/);
let hub = await serve();

const home = tmpdir();
zt("join", zt("hub", "invite", "alice", "--endpoint", "alice-pc", "--data", data).trim(), "--home", home);
const certOf = () => new X509Certificate(fs.readFileSync(path.join(home, "mesh", "cert.pem")));
const first = certOf();
const a = await startAgent({ home });
const mesh = () => JSON.parse(a.cli("peers", "--json"));
// bob serves alice: he pins her key at first contact, and her renewed certificates keep it
const b = await joinMember(data, "bob", "bob-pc");
b.cli("service", "add", "echo", "--stdio", "--", ECHO_SERVER);
b.cli("service", "export", "echo", "--to", "alice");
a.cli("service", "import", "bob-pc/echo");
const echoViaBob = async (text) => (await (await connectHttp(a.mcpUrl("echo"), a.auth))
  .callTool({ name: "echo", arguments: { message: text } })).content[0].text;
const alicePin = async () => (await (await api(b, "GET", "/peers/pins")).json()).pins
  .find((p) => p.identity === "spiffe://renewmesh/user/alice/endpoint/alice-pc");

await run({
  "the agent renews at two thirds of the certificate's life, with the same key": async () => {
    await until(() => mesh().hubs[0].state === "connected", "connected", 5000);
    await until(() => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.services.includes("echo")), "bob's echo");
    assert.equal(await echoViaBob("first certificate"), "first certificate");
    const pinned = (await alicePin()).spki_sha256;
    const n0 = mesh().not_after;
    await until(() => mesh().not_after > n0, "a renewed certificate", 12000);
    const renewed = certOf();
    assert.notEqual(renewed.serialNumber, first.serialNumber);
    assert.equal(renewed.subjectAltName, first.subjectAltName);
    assert.equal(renewed.publicKey.export({ type: "spki", format: "pem" }),
                 first.publicKey.export({ type: "spki", format: "pem" }), "the key did not change");
    // the agent's stderr reaches us through a pipe, a little after its API answers
    await until(() => /certificate renewed, valid until/.test(a.log.join("")), "the log line", 3000);
    assert.equal(await echoViaBob("renewed certificate"), "renewed certificate", "bob still serves her");
    const pin = await alicePin();
    assert.equal(pin.spki_sha256, pinned);
    assert.equal(pin.refused, undefined, "a renewal is not a changed key");
  },
  "after the first certificate expired, the agent still gets in (with the renewed one)": async () => {
    const expired = new Date(first.validTo).getTime();
    while (Date.now() < expired + 1500) await sleep(250);
    hub.proc.kill("SIGKILL");
    await until(() => mesh().hubs[0].state !== "connected", "disconnect", 5000);
    hub = await serve();
    await until(() => mesh().hubs[0].state === "connected", "reconnected with a valid certificate", 10000);
    await until(() => peersOf(a).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob back", 10000);
    assert.equal(await echoViaBob("after expiry"), "after expiry");
    assert.equal((await alicePin()).refused, undefined);
  },
});
