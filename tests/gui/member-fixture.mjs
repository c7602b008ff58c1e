// member-fixture.mjs: a member agent for a mesh the app hosts. Commands on standard input (one
// JSON object a line, one JSON answer a line): join with the app's invitation and serve; tell
// the state of its hub connection (connected, revoked, ...). Prints {} when ready; stops its
// agent when its standard input closes.
// SPDX-License-Identifier: GPL-3.0-or-later
import { api, startAgent, tmpdir, zt, until, serveCommands } from "../node/lib.mjs";

process.env.ZT4MCP_KEYSTORE = "file";
let member;

const hubState = async () => ((await (await api(member, "GET", "/mesh")).json()).hubs ?? [])[0] ?? {};

const commands = {
  async join({ invitation }) {
    const home = tmpdir("zt4mcp-guimember-");
    zt("join", invitation, "--home", home);
    member = await startAgent({ home });
    await until(async () => (await hubState()).state === "connected", "the member connected to the app's hub", 30000);
    return { ok: true };
  },
  // waits up to @ms for the hub connection to be in @state; answers the state it saw last
  async state({ want, ms }) {
    try {
      await until(async () => (await hubState()).state === want, `hub state ${want}`, ms ?? 10000);
    } catch { /* answered below */ }
    const h = await hubState();
    return { ok: h.state === want, state: h.state ?? null, error: h.error ?? null };
  },
};

console.log(JSON.stringify({}));
serveCommands(commands);
