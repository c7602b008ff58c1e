// chat-fixture.mjs: the scripted model (scripted-llm.mjs) for the chat pane's GUI test. Prints
// one JSON line ({base, everything}) when it listens; answers {"do": "requests"} with what the
// model server saw (its requests and client-gone events); stops when standard input closes.
// SPDX-License-Identifier: GPL-3.0-or-later
import path from "node:path";
import { cleanup, spawnAndWait, NODE, EVERYTHING, here, serveCommands } from "../node/lib.mjs";

let base;
try {
  const { match } = await spawnAndWait(NODE, [path.join(here, "scripted-llm.mjs")], /listening on (http:\/\/\S+\/v1)/);
  base = match[1];
  console.log(JSON.stringify({ base, node: NODE, everything: EVERYTHING }));
} catch (e) {
  console.error(`chat-fixture: ${e.stack ?? e}`);
  await cleanup();
  process.exit(1);
}

const commands = {
  async requests() { return (await fetch(base.replace(/\/v1$/, "/debug/requests"))).json(); },
};

serveCommands(commands);
