// MCP server fixture implementing every server scenario of the official MCP conformance suite (HTTP or stdio).
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage:
//   node conformance-server.mjs --port N        Streamable HTTP on http://127.0.0.1:N/mcp (0 = any free port);
//                                               prints exactly one line "LISTENING <port>" on stdout when ready.
//   node conformance-server.mjs --stdio         the same server over stdio (newline-delimited JSON-RPC).
// Options:
//   --no-dns-rebinding-protection   accept any Host/Origin (to check that a gateway in front protects itself)
//   --standalone-server-requests    send the sampling/elicitation requests and log notifications that tools
//                                   emit WITHOUT relating them to the tools/call (over HTTP they then go out on
//                                   the standalone GET SSE stream instead of the POST's SSE stream; progress
//                                   notifications always stay on the POST stream)
//   --retry-ms N                    SSE "retry:" value announced in priming events (default 1000)
//   --resume-any-version            treat a POST's Mcp-Protocol-Version header as the session's negotiated
//                                   version (>= 2025-11-25) so that priming events / closeSSEStream resumption
//                                   (SEP-1699) also happen for requests that send an older header, as the
//                                   suite's server-sse-polling scenario does (it sends 2025-03-26)
// Diagnostics go to stderr only. Works with Node 20 and Node 22.

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import {
  CallToolRequestSchema,
  CreateMessageResultSchema,
  ErrorCode,
  LATEST_PROTOCOL_VERSION,
  ListToolsRequestSchema,
  McpError,
  SubscribeRequestSchema,
  SUPPORTED_PROTOCOL_VERSIONS,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

// ---------------------------------------------------------------- arguments

function usage(msg) {
  if (msg) process.stderr.write(`conformance-server: ${msg}\n`);
  process.stderr.write(
    'usage: conformance-server.mjs (--port N | --stdio) [--no-dns-rebinding-protection]' +
      ' [--standalone-server-requests] [--retry-ms N] [--resume-any-version]\n',
  );
  process.exit(2);
}

const opts = { port: null, stdio: false, dnsProtection: true, standalone: false, retryMs: 1000, resumeAny: false };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') opts.port = val();
    else if (a.startsWith('--port=')) opts.port = a.slice(7);
    else if (a === '--stdio') opts.stdio = true;
    else if (a === '--no-dns-rebinding-protection') opts.dnsProtection = false;
    else if (a === '--standalone-server-requests') opts.standalone = true;
    else if (a === '--resume-any-version') opts.resumeAny = true;
    else if (a === '--retry-ms') opts.retryMs = Number(val());
    else if (a.startsWith('--retry-ms=')) opts.retryMs = Number(a.slice(11));
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument: ${a}`);
  }
  if (opts.stdio && opts.port !== null) usage('--stdio and --port are mutually exclusive');
  if (!opts.stdio) {
    if (opts.port === null) usage('--port N or --stdio is required');
    if (!/^\d+$/.test(opts.port) || Number(opts.port) > 65535) usage(`bad port: ${opts.port}`);
    opts.port = Number(opts.port);
  }
  if (!Number.isInteger(opts.retryMs) || opts.retryMs < 0) usage('bad --retry-ms');
}

const log = (...a) => process.stderr.write(`[conformance-server] ${a.join(' ')}\n`);

// ---------------------------------------------------------------- fixed data

// 1x1 red PNG pixel
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
// 44-byte WAV header + one 16-bit mono sample (8 kHz)
const WAV_MIN = 'UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQIAAAAAAA==';

const JSON_SCHEMA_2020_12 = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  $defs: {
    address: {
      type: 'object',
      properties: { street: { type: 'string' }, city: { type: 'string' } },
    },
  },
  properties: {
    name: { type: 'string' },
    address: { $ref: '#/$defs/address' },
  },
  additionalProperties: false,
};

const NO_ARGS = { type: 'object', properties: {} };

const LEVELS = ['debug', 'info', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- argument checking

// Minimal JSON-schema check of tool arguments (top level only): object type, required, property types and
// additionalProperties:false. Returns an error string or null.
function checkArgs(schema, args) {
  if (args === undefined || args === null) args = {};
  if (typeof args !== 'object' || Array.isArray(args)) return 'arguments must be an object';
  for (const req of schema.required ?? []) {
    if (!(req in args)) return `missing required argument "${req}"`;
  }
  const props = schema.properties ?? {};
  for (const [k, v] of Object.entries(args)) {
    const p = props[k];
    if (!p) {
      if (schema.additionalProperties === false) return `unexpected argument "${k}"`;
      continue;
    }
    const t = p.type;
    const ok =
      t === undefined ||
      (t === 'string' && typeof v === 'string') ||
      (t === 'number' && typeof v === 'number') ||
      (t === 'integer' && Number.isInteger(v)) ||
      (t === 'boolean' && typeof v === 'boolean') ||
      (t === 'array' && Array.isArray(v)) ||
      (t === 'object' && typeof v === 'object' && v !== null && !Array.isArray(v));
    if (!ok) return `argument "${k}" must be of type ${t}`;
  }
  return null;
}

// ---------------------------------------------------------------- SSE event store (resumability, SEP-1699)

// One per HTTP session. Event ids are "<streamId>::<seq>" so a Last-Event-ID identifies its stream.
function createEventStore() {
  const streams = new Map(); // streamId -> [{ id, seq, message }]
  let seq = 0;
  return {
    async storeEvent(streamId, message) {
      const id = `${streamId}::${++seq}`;
      if (!streams.has(streamId)) streams.set(streamId, []);
      const list = streams.get(streamId);
      list.push({ id, seq, message });
      if (list.length > 1000) list.shift();
      return id;
    },
    async getStreamIdForEventId(eventId) {
      const i = eventId.lastIndexOf('::');
      const sid = i > 0 ? eventId.slice(0, i) : undefined;
      return sid && streams.has(sid) ? sid : undefined;
    },
    async replayEventsAfter(lastEventId, { send }) {
      const i = lastEventId.lastIndexOf('::');
      const streamId = i > 0 ? lastEventId.slice(0, i) : '';
      const after = Number(lastEventId.slice(i + 2));
      const list = streams.get(streamId);
      if (!list || !Number.isFinite(after)) return '';
      for (const ev of list) {
        // priming events store {}: nothing to replay for them
        if (ev.seq > after && ev.message && Object.keys(ev.message).length > 0) await send(ev.id, ev.message);
      }
      return streamId;
    },
  };
}

// ---------------------------------------------------------------- the MCP server

// Shared across sessions: watched resource content, bumped by test_trigger_resource_update.
let watchedVersion = 1;
const watchedText = () => `Watched resource content (version ${watchedVersion})`;
const liveServers = new Set(); // { mcp, subscriptions:Set }

function createServer() {
  const mcp = new McpServer(
    { name: 'zt4mcp-conformance-server', title: 'zt4mcp conformance fixture', version: '1.0.0' },
    {
      capabilities: {
        tools: { listChanged: true },
        resources: { subscribe: true, listChanged: true },
        prompts: { listChanged: true },
        logging: {},
        completions: {},
      },
      instructions: 'Fixture server for the MCP conformance suite.',
    },
  );
  const server = mcp.server;
  const state = { mcp, subscriptions: new Set() };

  // Options for messages a tool sends while handling a request: related to that request (=> on the POST's SSE
  // stream over HTTP) unless --standalone-server-requests.
  const rel = (extra) => (opts.standalone ? {} : { relatedRequestId: extra.requestId });

  async function notify(extra, notification) {
    if (opts.standalone) await server.notification(notification);
    else await extra.sendNotification(notification);
  }

  // notifications/message honouring the level set with logging/setLevel
  async function logMsg(extra, level, data) {
    if (server.isMessageIgnored(level, extra.sessionId)) return;
    await notify(extra, {
      method: 'notifications/message',
      params: { level, logger: 'conformance-server', data },
    });
  }

  async function elicit(extra, params) {
    const caps = server.getClientCapabilities();
    if (!caps?.elicitation) throw new Error('Client does not support elicitation (no elicitation capability)');
    return server.elicitInput({ mode: 'form', ...params }, rel(extra));
  }

  // ---- tools: our own tools/list + tools/call so that input schemas are sent exactly as written
  const tools = [
    {
      name: 'test_simple_text',
      description: 'Returns a simple text content block',
      inputSchema: NO_ARGS,
      run: async () => ({ content: [{ type: 'text', text: 'This is a simple text response for testing.' }] }),
    },
    {
      name: 'test_image_content',
      description: 'Returns an image content block (1x1 PNG)',
      inputSchema: NO_ARGS,
      run: async () => ({ content: [{ type: 'image', data: PNG_1X1, mimeType: 'image/png' }] }),
    },
    {
      name: 'test_audio_content',
      description: 'Returns an audio content block (minimal WAV)',
      inputSchema: NO_ARGS,
      run: async () => ({ content: [{ type: 'audio', data: WAV_MIN, mimeType: 'audio/wav' }] }),
    },
    {
      name: 'test_embedded_resource',
      description: 'Returns an embedded text resource',
      inputSchema: NO_ARGS,
      run: async () => ({
        content: [
          {
            type: 'resource',
            resource: {
              uri: 'test://embedded-resource',
              mimeType: 'text/plain',
              text: 'This is an embedded resource content.',
            },
          },
        ],
      }),
    },
    {
      name: 'test_multiple_content_types',
      description: 'Returns text, image and embedded resource content',
      inputSchema: NO_ARGS,
      run: async () => ({
        content: [
          { type: 'text', text: 'Multiple content types test:' },
          { type: 'image', data: PNG_1X1, mimeType: 'image/png' },
          {
            type: 'resource',
            resource: {
              uri: 'test://mixed-content-resource',
              mimeType: 'application/json',
              text: JSON.stringify({ test: 'data', value: 123 }),
            },
          },
        ],
      }),
    },
    {
      name: 'test_tool_with_logging',
      description: 'Sends three info log notifications while running',
      inputSchema: NO_ARGS,
      run: async (_args, extra) => {
        await logMsg(extra, 'info', 'Tool execution started');
        await sleep(50);
        await logMsg(extra, 'info', 'Tool processing data');
        await sleep(50);
        await logMsg(extra, 'info', 'Tool execution completed');
        return { content: [{ type: 'text', text: 'Tool with logging executed successfully' }] };
      },
    },
    {
      name: 'test_tool_with_progress',
      description: 'Reports progress 0/100, 50/100, 100/100 when given a progress token',
      inputSchema: NO_ARGS,
      run: async (_args, extra) => {
        const token = extra._meta?.progressToken;
        for (const progress of [0, 50, 100]) {
          if (token !== undefined) {
            // always related to the request: unrelated progress could overtake the tools/call response
            await extra.sendNotification({
              method: 'notifications/progress',
              params: { progressToken: token, progress, total: 100, message: `Completed ${progress} of 100` },
            });
          }
          if (progress < 100) await sleep(50);
        }
        return {
          content: [
            { type: 'text', text: `Progress tool completed (progressToken: ${token === undefined ? 'none' : token})` },
          ],
        };
      },
    },
    {
      name: 'test_error_handling',
      description: 'Always fails with a tool error (isError: true)',
      inputSchema: NO_ARGS,
      run: async () => {
        throw new Error('This tool intentionally returns an error for testing');
      },
    },
    {
      name: 'test_sampling',
      description: 'Asks the client to sample an LLM (sampling/createMessage)',
      inputSchema: {
        type: 'object',
        properties: { prompt: { type: 'string', description: 'The prompt to send to the LLM' } },
        required: ['prompt'],
      },
      run: async (args, extra) => {
        if (!server.getClientCapabilities()?.sampling) {
          throw new Error('Client does not support sampling (no sampling capability)');
        }
        const res = await server.request(
          {
            method: 'sampling/createMessage',
            params: {
              messages: [{ role: 'user', content: { type: 'text', text: args.prompt } }],
              maxTokens: 100,
            },
          },
          CreateMessageResultSchema,
          rel(extra),
        );
        const c = Array.isArray(res.content) ? res.content.find((x) => x.type === 'text') : res.content;
        const text = c?.type === 'text' ? c.text : JSON.stringify(res.content);
        return { content: [{ type: 'text', text: `LLM response: ${text}` }] };
      },
    },
    {
      name: 'test_elicitation',
      description: 'Asks the client for user input (elicitation/create)',
      inputSchema: {
        type: 'object',
        properties: { message: { type: 'string', description: 'The message to show the user' } },
        required: ['message'],
      },
      run: async (args, extra) => {
        const res = await elicit(extra, {
          message: args.message,
          requestedSchema: {
            type: 'object',
            properties: {
              username: { type: 'string', description: "User's response" },
              email: { type: 'string', description: "User's email address" },
            },
            required: ['username', 'email'],
          },
        });
        return {
          content: [
            {
              type: 'text',
              text: `User response: action=${res.action}, content=${JSON.stringify(res.content ?? {})}`,
            },
          ],
        };
      },
    },
    {
      name: 'test_elicitation_sep1034_defaults',
      description: 'Elicitation with default values for all primitive types (SEP-1034)',
      inputSchema: NO_ARGS,
      run: async (_args, extra) => {
        const res = await elicit(extra, {
          message: 'Please review and update the form fields with defaults',
          requestedSchema: {
            type: 'object',
            properties: {
              name: { type: 'string', description: 'User name', default: 'John Doe' },
              age: { type: 'integer', description: 'User age', default: 30 },
              score: { type: 'number', description: 'User score', default: 95.5 },
              status: {
                type: 'string',
                description: 'User status',
                enum: ['active', 'inactive', 'pending'],
                default: 'active',
              },
              verified: { type: 'boolean', description: 'Verification status', default: true },
            },
            required: [],
          },
        });
        return {
          content: [
            {
              type: 'text',
              text: `Elicitation completed: action=${res.action}, content=${JSON.stringify(res.content ?? {})}`,
            },
          ],
        };
      },
    },
    {
      name: 'test_elicitation_sep1330_enums',
      description: 'Elicitation with all five enum schema variants (SEP-1330)',
      inputSchema: NO_ARGS,
      run: async (_args, extra) => {
        const res = await elicit(extra, {
          message: 'Please select options from the enum fields',
          requestedSchema: {
            type: 'object',
            properties: {
              untitledSingle: {
                type: 'string',
                description: 'Select one option',
                enum: ['option1', 'option2', 'option3'],
              },
              titledSingle: {
                type: 'string',
                description: 'Select one option with titles',
                oneOf: [
                  { const: 'value1', title: 'First Option' },
                  { const: 'value2', title: 'Second Option' },
                  { const: 'value3', title: 'Third Option' },
                ],
              },
              legacyEnum: {
                type: 'string',
                description: 'Select one option (legacy)',
                enum: ['opt1', 'opt2', 'opt3'],
                enumNames: ['Option One', 'Option Two', 'Option Three'],
              },
              untitledMulti: {
                type: 'array',
                description: 'Select multiple options',
                minItems: 1,
                maxItems: 3,
                items: { type: 'string', enum: ['option1', 'option2', 'option3'] },
              },
              titledMulti: {
                type: 'array',
                description: 'Select multiple options with titles',
                minItems: 1,
                maxItems: 3,
                items: {
                  anyOf: [
                    { const: 'value1', title: 'First Choice' },
                    { const: 'value2', title: 'Second Choice' },
                    { const: 'value3', title: 'Third Choice' },
                  ],
                },
              },
            },
            required: [],
          },
        });
        return {
          content: [
            {
              type: 'text',
              text: `Elicitation completed: action=${res.action}, content=${JSON.stringify(res.content ?? {})}`,
            },
          ],
        };
      },
    },
    {
      name: 'json_schema_2020_12_tool',
      description: 'Tool with JSON Schema 2020-12 features',
      inputSchema: JSON_SCHEMA_2020_12,
      run: async (args) => ({
        content: [{ type: 'text', text: `JSON Schema 2020-12 tool called with: ${JSON.stringify(args ?? {})}` }],
      }),
    },
    {
      name: 'test_reconnection',
      description:
        'Closes the POST SSE stream mid-call (SEP-1699) and delivers the result after the client reconnects ' +
        'with Last-Event-ID (only when the client negotiated >= 2025-11-25 over HTTP)',
      inputSchema: NO_ARGS,
      run: async (_args, extra) => {
        let closed = false;
        if (typeof extra.closeSSEStream === 'function') {
          await sleep(20); // let the priming event reach the client first
          extra.closeSSEStream();
          closed = true;
        }
        await sleep(closed ? 200 : 50);
        return {
          content: [
            {
              type: 'text',
              text: closed
                ? 'Reconnection test completed: stream was closed mid-call and the result was delivered after reconnect.'
                : 'Reconnection test completed (stream not closed: transport/protocol version does not support resumption).',
            },
          ],
        };
      },
    },
    {
      name: 'test_trigger_resource_update',
      description:
        'Changes test://watched-resource and sends notifications/resources/updated to every subscribed session',
      inputSchema: NO_ARGS,
      run: async () => {
        watchedVersion++;
        let n = 0;
        for (const s of liveServers) {
          if (!s.subscriptions.has('test://watched-resource')) continue;
          n++;
          s.mcp.server.sendResourceUpdated({ uri: 'test://watched-resource' }).catch(() => {});
        }
        return { content: [{ type: 'text', text: `watched resource now version ${watchedVersion}; notified ${n} session(s)` }] };
      },
    },
  ];
  const toolByName = new Map(tools.map((t) => [t.name, t]));

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: tools.map(({ name, description, inputSchema }) => ({ name, description, inputSchema })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (req, extra) => {
    const tool = toolByName.get(req.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Tool ${req.params.name} not found`);
    const args = req.params.arguments ?? {};
    const bad = checkArgs(tool.inputSchema, args);
    if (bad) {
      return { isError: true, content: [{ type: 'text', text: `Input validation error: ${bad}` }] };
    }
    try {
      return await tool.run(args, extra);
    } catch (e) {
      return { isError: true, content: [{ type: 'text', text: e instanceof Error ? e.message : String(e) }] };
    }
  });

  // ---- resources
  mcp.registerResource(
    'static-text',
    'test://static-text',
    { title: 'Static Text Resource', description: 'A static text resource for testing', mimeType: 'text/plain' },
    async (uri) => ({
      contents: [{ uri: uri.href, mimeType: 'text/plain', text: 'This is the content of the static text resource.' }],
    }),
  );
  mcp.registerResource(
    'static-binary',
    'test://static-binary',
    { title: 'Static Binary Resource', description: 'A static binary resource (PNG image)', mimeType: 'image/png' },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'image/png', blob: PNG_1X1 }] }),
  );
  mcp.registerResource(
    'watched-resource',
    'test://watched-resource',
    {
      title: 'Watched Resource',
      description: 'A resource that can be subscribed to (changed by test_trigger_resource_update)',
      mimeType: 'text/plain',
    },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/plain', text: watchedText() }] }),
  );
  mcp.registerResource(
    'template',
    new ResourceTemplate('test://template/{id}/data', {
      list: undefined,
      complete: { id: (value) => ['1', '2', '3', '42', '123'].filter((v) => v.startsWith(value ?? '')) },
    }),
    {
      title: 'Resource Template',
      description: 'A resource template with parameter substitution',
      mimeType: 'application/json',
    },
    async (uri, vars) => {
      const id = Array.isArray(vars.id) ? vars.id.join(',') : vars.id;
      return {
        contents: [
          {
            uri: uri.href,
            mimeType: 'application/json',
            text: JSON.stringify({ id, templateTest: true, data: `Data for ID: ${id}` }),
          },
        ],
      };
    },
  );

  server.setRequestHandler(SubscribeRequestSchema, async (req) => {
    state.subscriptions.add(req.params.uri);
    return {};
  });
  server.setRequestHandler(UnsubscribeRequestSchema, async (req) => {
    state.subscriptions.delete(req.params.uri);
    return {};
  });

  // ---- prompts
  const complete = (choices) => (value) => choices.filter((c) => c.startsWith(value ?? ''));
  mcp.registerPrompt(
    'test_simple_prompt',
    { title: 'Simple Test Prompt', description: 'A simple prompt without arguments' },
    async () => ({
      messages: [{ role: 'user', content: { type: 'text', text: 'This is a simple prompt for testing.' } }],
    }),
  );
  mcp.registerPrompt(
    'test_prompt_with_arguments',
    {
      title: 'Prompt With Arguments',
      description: 'A prompt with required arguments',
      argsSchema: {
        arg1: completable(z.string().describe('First test argument'), complete(['paris', 'park', 'party', 'test1'])),
        arg2: completable(z.string().describe('Second test argument'), complete(['hello', 'world', 'test2'])),
      },
    },
    async ({ arg1, arg2 }) => ({
      messages: [
        { role: 'user', content: { type: 'text', text: `Prompt with arguments: arg1='${arg1}', arg2='${arg2}'` } },
      ],
    }),
  );
  mcp.registerPrompt(
    'test_prompt_with_embedded_resource',
    {
      title: 'Prompt With Embedded Resource',
      description: 'A prompt that includes an embedded resource',
      argsSchema: { resourceUri: z.string().describe('URI of the resource to embed') },
    },
    async ({ resourceUri }) => ({
      messages: [
        {
          role: 'user',
          content: {
            type: 'resource',
            resource: { uri: resourceUri, mimeType: 'text/plain', text: 'Embedded resource content for testing.' },
          },
        },
        { role: 'user', content: { type: 'text', text: 'Please process the embedded resource above.' } },
      ],
    }),
  );
  mcp.registerPrompt(
    'test_prompt_with_image',
    { title: 'Prompt With Image', description: 'A prompt that includes image content' },
    async () => ({
      messages: [
        { role: 'user', content: { type: 'image', data: PNG_1X1, mimeType: 'image/png' } },
        { role: 'user', content: { type: 'text', text: 'Please analyze the image above.' } },
      ],
    }),
  );

  // logging/setLevel, ping and completion/complete are provided by the SDK (logging + completions capabilities).

  liveServers.add(state);
  mcp.server.onclose = () => liveServers.delete(state);
  return mcp;
}

// ---------------------------------------------------------------- stdio mode

if (opts.stdio) {
  const mcp = createServer();
  const transport = new StdioServerTransport();
  await mcp.connect(transport);
  log('serving on stdio');
  const bye = async () => {
    try {
      await mcp.close();
    } catch {}
    process.exit(0);
  };
  process.stdin.on('end', bye);
  process.on('SIGTERM', bye);
  process.on('SIGINT', bye);
} else {
  startHttp();
}

// ---------------------------------------------------------------- HTTP mode

function startHttp() {
  const sessions = new Map(); // sessionId -> { transport, mcp, version }
  const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
  const MAX_BODY = 8 * 1024 * 1024;

  function sendJsonRpcError(res, status, code, message, headers = {}) {
    if (res.headersSent) return res.end();
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }));
  }

  // DNS rebinding protection: Host (and Origin, when present) must name a loopback host.
  function hostnameOf(value, withScheme) {
    try {
      return new URL(withScheme ? value : `http://${value}`).hostname.toLowerCase();
    } catch {
      return null;
    }
  }
  function rebindingError(req) {
    const host = req.headers.host;
    if (!host) return 'Missing Host header';
    const hn = hostnameOf(host, false);
    if (!hn || !LOCAL_HOSTNAMES.has(hn)) return `Invalid Host header: ${host}`;
    const origin = req.headers.origin;
    if (origin !== undefined) {
      const on = hostnameOf(origin, true);
      if (!on || !LOCAL_HOSTNAMES.has(on)) return `Invalid Origin header: ${origin}`;
    }
    return null;
  }

  function readBody(req) {
    return new Promise((resolve, reject) => {
      const chunks = [];
      let size = 0;
      req.on('data', (c) => {
        size += c.length;
        if (size > MAX_BODY) {
          reject(Object.assign(new Error('request body too large'), { status: 413 }));
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  // --resume-any-version: replace an older Mcp-Protocol-Version header by the session's negotiated version (the
  // SDK transport reads the header from rawHeaders when deciding about priming events and closeSSEStream).
  function upgradeVersionHeader(req, version) {
    if (!version || version < '2025-11-25') return;
    const h = req.headers['mcp-protocol-version'];
    if (h === undefined || h >= version) return;
    req.headers['mcp-protocol-version'] = version;
    for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i].toLowerCase() === 'mcp-protocol-version') req.rawHeaders[i + 1] = version;
    }
  }

  const isInitialize = (body) =>
    Array.isArray(body) ? body.some((m) => m?.method === 'initialize') : body?.method === 'initialize';

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/mcp') return sendJsonRpcError(res, 404, -32000, 'Not found');

    if (opts.dnsProtection) {
      const err = rebindingError(req);
      if (err) {
        log(`rejected ${req.method}: ${err}`);
        return sendJsonRpcError(res, 403, -32000, `Forbidden: ${err}`);
      }
    }

    const sid = req.headers['mcp-session-id'];
    if (req.method === 'POST') {
      let body;
      try {
        const raw = await readBody(req);
        body = JSON.parse(raw);
      } catch (e) {
        if (e?.status === 413) return sendJsonRpcError(res, 413, -32600, 'Request body too large');
        return sendJsonRpcError(res, 400, -32700, 'Parse error: invalid JSON');
      }
      if (sid !== undefined) {
        const s = sessions.get(sid);
        if (!s) return sendJsonRpcError(res, 404, -32001, 'Session not found');
        if (opts.resumeAny) upgradeVersionHeader(req, s.version);
        return s.transport.handleRequest(req, res, body);
      }
      if (!isInitialize(body)) {
        return sendJsonRpcError(res, 400, -32000, 'Bad Request: No valid session ID provided');
      }
      let mcp;
      const init = Array.isArray(body) ? body.find((m) => m?.method === 'initialize') : body;
      const asked = init?.params?.protocolVersion;
      const version = SUPPORTED_PROTOCOL_VERSIONS.includes(asked) ? asked : LATEST_PROTOCOL_VERSION;
      const transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        eventStore: createEventStore(),
        retryInterval: opts.retryMs,
        onsessioninitialized: (id) => {
          sessions.set(id, { transport, mcp, version });
          log(`session ${id} initialized`);
        },
      });
      transport.onclose = () => {
        const id = transport.sessionId;
        if (id && sessions.get(id)?.transport === transport) {
          sessions.delete(id);
          log(`session ${id} closed`);
        }
      };
      mcp = createServer();
      await mcp.connect(transport);
      await transport.handleRequest(req, res, body);
      return;
    }

    if (req.method === 'GET' || req.method === 'DELETE') {
      if (sid === undefined) return sendJsonRpcError(res, 400, -32000, 'Bad Request: Mcp-Session-Id header required');
      const s = sessions.get(sid);
      if (!s) return sendJsonRpcError(res, 404, -32001, 'Session not found');
      return s.transport.handleRequest(req, res);
    }

    return sendJsonRpcError(res, 405, -32000, 'Method not allowed', { Allow: 'GET, POST, DELETE' });
  }

  const httpServer = http.createServer((req, res) => {
    handle(req, res).catch((e) => {
      log(`error handling ${req.method} ${req.url}: ${e?.stack ?? e}`);
      sendJsonRpcError(res, 500, -32603, 'Internal server error');
    });
  });
  // SSE streams may stay open a long time
  httpServer.requestTimeout = 0;
  httpServer.headersTimeout = 60_000;
  httpServer.keepAliveTimeout = 5_000;

  httpServer.on('error', (e) => {
    log(`listen error: ${e.message}`);
    process.exit(1);
  });
  httpServer.listen(opts.port, '127.0.0.1', () => {
    const { port } = httpServer.address();
    process.stdout.write(`LISTENING ${port}\n`);
    log(`serving on http://127.0.0.1:${port}/mcp (dns-rebinding protection ${opts.dnsProtection ? 'on' : 'off'})`);
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    for (const { transport } of sessions.values()) {
      try {
        await transport.close();
      } catch {}
    }
    httpServer.close(() => process.exit(0));
    httpServer.closeAllConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
