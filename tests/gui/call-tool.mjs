// call-tool.mjs: one MCP tool call with the SDK's client over streamable HTTP with a bearer token;
// prints the text of the result's content. Used by the GUI tests to check that what the app set
// up really works.
//   node call-tool.mjs URL TOKEN TOOL [JSON-ARGUMENTS]
// SPDX-License-Identifier: GPL-3.0-or-later
const [url, token, tool, args = "{}"] = process.argv.slice(2);
if (!url || !token || !tool) {
  console.error("usage: node call-tool.mjs URL TOKEN TOOL [JSON-ARGUMENTS]");
  process.exit(2);
}

// The SDK installed for the end-to-end tests (tests/node/node_modules), by absolute path: this
// script is not under that folder, so a bare "@modelcontextprotocol/sdk" would not resolve.
const sdk = (p) => new URL(`../node/node_modules/@modelcontextprotocol/sdk/dist/esm/${p}`, import.meta.url).href;
const { Client } = await import(sdk("client/index.js"));
const { StreamableHTTPClientTransport } = await import(sdk("client/streamableHttp.js"));

const client = new Client({ name: "zt4mcp-gui-test", version: "1.0.0" });
const transport = new StreamableHTTPClientTransport(new URL(url), {
  requestInit: { headers: { Authorization: `Bearer ${token}` } },
});
const timer = setTimeout(() => { console.error(`no answer from ${url} in 30 s`); process.exit(1); }, 30000);
try {
  await client.connect(transport);
  const result = await client.callTool({ name: tool, arguments: JSON.parse(args) });
  const text = (result.content ?? []).filter((c) => c.type === "text").map((c) => c.text).join("\n");
  if (result.isError) {
    console.error(`the tool reported an error: ${text}`);
    process.exitCode = 1;
  }
  console.log(text);
} catch (e) {
  // the SDK's StreamableHTTPError carries the HTTP status as its code
  const status = Number.isInteger(e?.code) && e.code >= 100 ? ` (HTTP ${e.code})` : "";
  // fetch's own failures (nobody listening) say why in their cause: ECONNREFUSED
  const cause = e?.cause?.code ? ` (${e.cause.code})` : "";
  console.error(`calling ${tool} at ${url} failed${status}${cause}: ${e.stack ?? e}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await client.close().catch(() => {});
}
