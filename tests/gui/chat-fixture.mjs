// chat-fixture.mjs: the mesh for the chat pane's GUI test: a hub, and bob-pc sharing the
// scripted model (scripted-llm.mjs) as the llm service "model" and server-everything as "ev"
// with alice. Prints one JSON line ({base, invitation}) when ready; answers {"do": "requests"}
// with what the model server saw (its requests and client-gone events); stops when standard
// input closes.
// SPDX-License-Identifier: GPL-3.0-or-later
import fs from "node:fs";
import path from "node:path";
import { cleanup, spawnAndWait, freePort, tmpdir, zt, joinMember, peersOf, until, NODE, EVERYTHING, ZT4MCP, here, serveCommands } from "../node/lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
let base;
// the endpoint also lists a model whose id has a bidi override: the app must not offer it
process.env.SCRIPTED_LLM_MODELS = "scripted-1,\u202eevil-1";
try {
  const { match } = await spawnAndWait(NODE, [path.join(here, "scripted-llm.mjs")], /listening on (http:\/\/\S+\/v1)/);
  base = match[1];
  const data = path.join(tmpdir("zt4mcp-chathub-"), "hub");
  const port = await freePort();
  zt("hub", "init", "--data", data, "--name", "chatmesh", "--listen", `127.0.0.1:${port}`);
  await spawnAndWait(ZT4MCP, ["hub", "serve", "--data", data], /zt4mcp hub on https/);
  const bob = await joinMember(data, "bob", "bob-pc");
  const keyFile = path.join(tmpdir(), "model.key");
  fs.writeFileSync(keyFile, "sk-chat-gui-test\n", { mode: 0o600 });
  bob.cli("service", "add", "model", "--llm", base, "--api-key-file", keyFile);
  bob.cli("service", "add", "ev", "--stdio", "--", NODE, EVERYTHING, "stdio");
  bob.cli("service", "export", "model", "--to", "alice");
  bob.cli("service", "export", "ev", "--to", "alice");
  await until(() => peersOf(bob).peers.some((p) => p.endpoint === "bob-pc" && p.online), "bob online");
  const invitation = zt("hub", "invite", "alice", "--endpoint", "alice-desktop", "--data", data).trim();
  console.log(JSON.stringify({ base, invitation }));
} catch (e) {
  console.error(`chat-fixture: ${e.stack ?? e}`);
  await cleanup();
  process.exit(1);
}

const commands = {
  async requests() { return (await fetch(base.replace(/\/v1$/, "/debug/requests"))).json(); },
};

serveCommands(commands);
