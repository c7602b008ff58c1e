// scripted-llm.mjs: the only model double of the tests: an OpenAI-compatible server whose answers
// are scripted by the conversation (no model runs here), recording every request it got.
// SPDX-License-Identifier: GPL-3.0-or-later
//
//   node scripted-llm.mjs [PORT]   prints "scripted-llm listening on http://127.0.0.1:PORT/v1"
//
// The last user message decides the answer:
//   call tool NAME {json}          a tool_call of function NAME with these arguments; after the
//                                  tool's answer (a `tool` message): "tool said: <content>"
//   always call tool NAME {json}   the same, but it calls again after every tool answer
//   slow                           50 tokens, one every 200 ms (to stop mid-stream)
//   anything else                  "you said: <text>", token by token
// SCRIPTED_LLM_MODELS=a,b,c lists those models (default: scripted-1).
// GET /debug/requests gives { requests: [{ method, path, headers, body }], events: [...] };
// an event { event: "client-gone", sent } is logged when a client leaves a stream early.
import http from "node:http";

const requests = [];
const events = [];
let calls = 0;

const MODELS = (process.env.SCRIPTED_LLM_MODELS ?? "scripted-1").split(",");
const SLOW_TOKENS = 50;
const SLOW_MS = 200;

function lastUserText(messages) {
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i].role === "user") return contentText(messages[i].content);
  return "";
}

function contentText(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) return content.map((p) => p.text ?? "").join("");
  return "";
}

// What to answer: { text } or { tool: { name, arguments } } and the delay between tokens.
function script(messages) {
  const last = messages[messages.length - 1] ?? {};
  const said = lastUserText(messages);
  const m = said.match(/(always )?call tool (\S+)\s*(\{.*\})?/s);
  if (m && (last.role !== "tool" || m[1]))
    return { tool: { name: m[2], arguments: m[3] ?? "{}" } };
  if (last.role === "tool")
    return { text: `tool said: ${contentText(last.content)}` };
  if (/\bslow\b/.test(said))
    return { text: Array.from({ length: SLOW_TOKENS }, (_, i) => `t${i} `).join(""), delayMs: SLOW_MS };
  return { text: `you said: ${said}` };
}

// Splits text in word-sized tokens, keeping the spaces, so the stream has many chunks.
const tokenize = (text) => text.match(/\S+\s*|\s+/g) ?? [];

function usage(req, completionTokens) {
  const prompt = Math.ceil(JSON.stringify(req.messages ?? req.input ?? "").length / 4);
  return { prompt_tokens: prompt, completion_tokens: completionTokens, total_tokens: prompt + completionTokens };
}

function toolCall(tool) {
  return { id: `call_${++calls}`, type: "function", function: { name: tool.name, arguments: tool.arguments } };
}

function completion(req, answer) {
  const message = answer.tool
    ? { role: "assistant", content: null, tool_calls: [toolCall(answer.tool)] }
    : { role: "assistant", content: answer.text };
  const n = answer.tool ? 1 : tokenize(answer.text).length;
  return {
    id: `chatcmpl-${Date.now()}`, object: "chat.completion", created: Math.floor(Date.now() / 1000),
    model: req.model ?? "scripted-1",
    choices: [{ index: 0, message, finish_reason: answer.tool ? "tool_calls" : "stop" }],
    usage: usage(req, n),
  };
}

function chunk(req, delta, finish = null) {
  return {
    id: "chatcmpl-stream", object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000),
    model: req.model ?? "scripted-1", choices: [{ index: 0, delta, finish_reason: finish }],
  };
}

// Streams the answer as SSE; a tool call's arguments come in two pieces, as real servers do.
async function stream(req, answer, res) {
  res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
  const send = (obj) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
  let sent = 0;
  let gone = false;
  res.on("close", () => {
    if (!res.writableFinished) {
      gone = true;
      events.push({ event: "client-gone", sent });
      console.error(`scripted-llm: the client went away after ${sent} tokens`);
    }
  });
  send(chunk(req, { role: "assistant", content: "" }));
  if (answer.tool) {
    const call = toolCall(answer.tool);
    const args = call.function.arguments;
    const half = Math.floor(args.length / 2);
    send(chunk(req, { tool_calls: [{ index: 0, id: call.id, type: "function", function: { name: call.function.name, arguments: args.slice(0, half) } }] }));
    send(chunk(req, { tool_calls: [{ index: 0, function: { arguments: args.slice(half) } }] }));
    sent = 1;
  } else {
    for (const token of tokenize(answer.text)) {
      if (gone) return;
      if (answer.delayMs) await new Promise((r) => setTimeout(r, answer.delayMs));
      if (gone) return;
      send(chunk(req, { content: token }));
      sent++;
    }
  }
  send(chunk(req, {}, answer.tool ? "tool_calls" : "stop"));
  if (req.stream_options?.include_usage)
    res.write(`data: ${JSON.stringify({ ...chunk(req, {}), choices: [], usage: usage(req, sent) })}\n\n`);
  res.end("data: [DONE]\n\n");
}

function embeddings(req) {
  const inputs = Array.isArray(req.input) ? req.input : [req.input ?? ""];
  const vector = (text) => Array.from({ length: 8 }, (_, i) => ((String(text).charCodeAt(i % Math.max(1, String(text).length)) || 0) % 97) / 97);
  return {
    object: "list", model: req.model ?? "scripted-embed",
    data: inputs.map((t, index) => ({ object: "embedding", index, embedding: vector(t) })),
    usage: { prompt_tokens: usage(req, 0).prompt_tokens, total_tokens: usage(req, 0).prompt_tokens },
  };
}

function json(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readBody(req) {
  const parts = [];
  for await (const p of req) parts.push(p);
  return Buffer.concat(parts).toString("utf8");
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/debug/requests") return json(res, 200, { requests, events });
  const text = await readBody(req);
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch {
    return json(res, 400, { error: { message: "the body is not JSON", type: "invalid_request_error", code: null } });
  }
  requests.push({ method: req.method, path: url.pathname, headers: req.headers, body });
  if (req.method === "GET" && url.pathname === "/v1/models")
    return json(res, 200, { object: "list", data: MODELS.map((id) => ({ id, object: "model", created: 0, owned_by: "scripted" })) });
  if (req.method === "POST" && url.pathname === "/v1/embeddings")
    return json(res, 200, embeddings(body ?? {}));
  if (req.method === "POST" && url.pathname === "/v1/chat/completions") {
    const answer = script(body?.messages ?? []);
    if (body?.stream) return stream(body, answer, res);
    return json(res, 200, completion(body ?? {}, answer));
  }
  json(res, 404, { error: { message: `no ${req.method} ${url.pathname} here`, type: "invalid_request_error", code: "not_found" } });
});

server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  console.log(`scripted-llm listening on http://127.0.0.1:${server.address().port}/v1`);
});
