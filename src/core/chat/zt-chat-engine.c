/* zt-chat-engine.c: chat turns against an OpenAI-compatible model, with the agent's MCP tools */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-chat-answer.h"
#include "zt-chat-engine.h"
#include "zt-chat-http.h"
#include "zt-chat-tools.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-util.h"
#include "zt-tls.h"

#define MODEL_IDLE_TIMEOUT_S  120        /* no byte from the model for this long ends the turn */
#define TOOL_TIMEOUT_S        330        /* beyond the agent's own 5 min for an upstream */
#define AGENT_ANSWER_LIMIT    (64 * 1024 * 1024)
#define ERROR_BODY_LIMIT      (64 * 1024)
#define TOOL_RESULT_LIMIT     (ZT_CHAT_MAX_CONTENT)
#define SAVE_EVERY_US         G_USEC_PER_SEC  /* the partial answer reaches chat.db this often */

struct _ZtChatEngine
{
  GObject      parent_instance;
  ZtChatStore *store;
  char        *base_url;
  char        *token;
  char        *agent_url;
  char        *agent_token;
  SoupSession *model_session;
  SoupSession *agent_session;
  GHashTable  *turns;  /* &conversation id -> Turn */
};

G_DEFINE_FINAL_TYPE (ZtChatEngine, zt_chat_engine, G_TYPE_OBJECT)

enum { PROP_0, PROP_STORE, PROP_BASE_URL, PROP_TOKEN, PROP_AGENT_URL, PROP_AGENT_TOKEN, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { DELTA, TOOL_CALL, APPROVAL_NEEDED, TOOL_RESULT, TURN_FINISHED, TURN_STOPPED, TURN_FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct {
  ZtChatEngine       *engine;
  gint64              conversation;
  ZtChatConversation *conv;
  GCancellable       *cancellable;
  char               *model_url;   /* .../chat/completions */
  const char         *model_token;
  char               *model_name;
  ZtChatTools        *tools;
  guint               next_service;
  guint               rounds;      /* answers whose tool calls were run */

  /* the answer being streamed */
  ZtChatMessage      *answer;      /* as stored */
  ZtChatAnswer       *reply;       /* as it comes */
  SoupMessage        *msg;
  GInputStream       *stream;
  gint64              last_save;

  /* running the answer's calls */
  guint               next_call;
  gboolean            waiting;     /* for an approval */
  GSource            *resume;
} Turn;

static void round_start (Turn *turn);
static void run_next_call (Turn *turn);

/* ---------------------------------------------------------------- turns */

static void
answer_clear (Turn *turn)
{
  g_clear_pointer (&turn->answer, zt_chat_message_free);
  g_clear_pointer (&turn->reply, zt_chat_answer_free);
  g_clear_object (&turn->msg);
  g_clear_object (&turn->stream);
  turn->next_call = 0;
}

static void
turn_free (Turn *turn)
{
  answer_clear (turn);
  zt_source_clear (&turn->resume);
  g_cancellable_cancel (turn->cancellable);
  g_clear_object (&turn->cancellable);
  g_clear_pointer (&turn->conv, zt_chat_conversation_free);
  g_clear_pointer (&turn->tools, zt_chat_tools_free);
  g_free (turn->model_url);
  g_free (turn->model_name);
  g_object_unref (turn->engine);
  g_free (turn);
}

/* Ends the turn: forgets it (the engine's table owns it), then tells. */
static void
turn_end (Turn  *turn,
          guint  signal,
          gint64 message_id,
          const char *text)
{
  g_autoptr(ZtChatEngine) engine = g_object_ref (turn->engine);
  gint64 conversation = turn->conversation;

  g_hash_table_remove (engine->turns, &turn->conversation);
  if (signal == TURN_FAILED)
    g_signal_emit (engine, signals[signal], 0, conversation, text);
  else
    g_signal_emit (engine, signals[signal], 0, conversation, message_id);
}

/* Writes the answer back in @state; an answer of nothing at all is not kept. */
static gint64
answer_save (Turn        *turn,
             ZtChatState  state)
{
  ZtChatMessage *m = turn->answer;
  g_autoptr(GError) error = NULL;

  if (m == NULL)
    return 0;
  g_free (m->content);
  m->content = turn->reply && zt_chat_answer_get_text_len (turn->reply) ? g_strdup (zt_chat_answer_get_text (turn->reply))
                                                                           : NULL;
  zt_chat_answer_get_usage (turn->reply, &m->tokens_in, &m->tokens_out);
  m->state = state;
  if (!zt_chat_store_update_message (zt_chat_engine_get_store (turn->engine), m, &error))
    g_warning ("chat: cannot save the answer: %s", error->message);
  turn->last_save = g_get_monotonic_time ();
  return m->id;
}

static void G_GNUC_PRINTF (2, 3)
turn_fail (Turn       *turn,
           const char *format,
           ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  answer_save (turn, ZT_CHAT_STATE_ERROR);
  turn_end (turn, TURN_FAILED, 0, text);
}

/* The calls of an answer that did not get a result still need one in the history, or the
 * next request would be refused by the model's API. */
static void
store_tool_message (Turn       *turn,
                    const char *call_id,
                    const char *text)
{
  g_autoptr(ZtChatMessage) m = g_new0 (ZtChatMessage, 1);
  g_autoptr(GError) error = NULL;

  m->conversation = turn->conversation;
  m->role = ZT_CHAT_ROLE_TOOL;
  m->content = g_utf8_make_valid (text, MIN (strlen (text), ZT_CHAT_MAX_CONTENT - 4));
  m->tool_call_id = g_strdup (call_id);
  m->state = ZT_CHAT_STATE_COMPLETE;
  if (!zt_chat_store_add_message (zt_chat_engine_get_store (turn->engine), m, &error))
    g_warning ("chat: cannot store a tool result: %s", error->message);
}

static void
turn_stopped (Turn *turn)
{
  gint64 id;

  if (turn->answer != NULL && turn->answer->tool_calls != NULL)
    for (guint i = turn->next_call; i < zt_chat_answer_get_n_calls (turn->reply); i++)
      {
        const char *call_id, *name, *arguments;

        zt_chat_answer_get_call (turn->reply, i, &call_id, &name, &arguments);
        store_tool_message (turn, call_id, "error: stopped by the user");
      }
  id = answer_save (turn, turn->answer && turn->answer->tool_calls ? ZT_CHAT_STATE_COMPLETE : ZT_CHAT_STATE_STOPPED);
  turn_end (turn, TURN_STOPPED, id, NULL);
}

/* A failed async step: a stop when the turn was cancelled, else a failure saying @what. */
static void
turn_step_failed (Turn         *turn,
                  const GError *error,
                  const char   *what)
{
  if (g_cancellable_is_cancelled (turn->cancellable))
    turn_stopped (turn);
  else
    turn_fail (turn, "%s: %s", what, error->message);
}

/* ---------------------------------------------------------------- tools of the services */

static char *
agent_api_url (ZtChatEngine *self,
               const char   *service,
               const char   *tail)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, FALSE);

  return g_strdup_printf ("%s/api/v1/services/%s/%s", self->agent_url, escaped, tail);
}

static void fetch_tools_next (Turn *turn);

static void
tools_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Turn *turn = user_data;
  const char *service = turn->conv->services[turn->next_service];
  g_autoptr(GError) error = NULL;
  guint status = 0;
  g_autoptr(JsonNode) answer = zt_chat_http_json_finish (result, &status, &error);
  JsonNode *tools;

  if (answer == NULL)
    return turn_step_failed (turn, error, "cannot list the tools of the agent's services");
  if (status != 200)
    return turn_fail (turn, "cannot list the tools of service %s: %s (HTTP %u)", service,
                      zt_chat_http_error_message (answer) ?: "the agent refused", status);
  tools = JSON_NODE_HOLDS_OBJECT (answer) ? json_object_get_member (json_node_get_object (answer), "tools") : NULL;
  if (tools == NULL || !JSON_NODE_HOLDS_ARRAY (tools))
    return turn_fail (turn, "the agent listed the tools of %s without a list", service);
  zt_chat_tools_add_service (turn->tools, service, json_node_get_array (tools));
  turn->next_service++;
  fetch_tools_next (turn);
}

/* The tools are listed again at every turn: the policy, the scan and the servers may have
 * changed what is offered since the last one. */
static void
fetch_tools_next (Turn *turn)
{
  ZtChatEngine *self = turn->engine;
  const char *service = turn->conv->services[turn->next_service];
  g_autofree char *url = NULL;

  if (service == NULL)
    return round_start (turn);
  if (self->agent_url == NULL)
    return turn_fail (turn, "tools were picked but the engine has no agent to call them through");
  url = agent_api_url (self, service, "tools");
  zt_chat_http_json_async (self->agent_session, "GET", url, self->agent_token, NULL, AGENT_ANSWER_LIMIT,
                           turn->cancellable, tools_cb, turn);
}

/* ---------------------------------------------------------------- the request */

static JsonNode *
message_json (const ZtChatMessage *m)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "role");
  json_builder_add_string_value (b, zt_chat_role_to_string (m->role));
  json_builder_set_member_name (b, "content");
  if (m->content != NULL)
    json_builder_add_string_value (b, m->content);
  else
    json_builder_add_null_value (b);
  if (m->tool_calls != NULL)
    {
      /* written by this engine from parsed JSON: it parses */
      json_builder_set_member_name (b, "tool_calls");
      json_builder_add_value (b, json_from_string (m->tool_calls, NULL));
    }
  if (m->tool_call_id != NULL)
    {
      json_builder_set_member_name (b, "tool_call_id");
      json_builder_add_string_value (b, m->tool_call_id);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* An answer that failed, or was stopped before saying anything, is not part of the history. */
static gboolean
message_in_history (const ZtChatMessage *m)
{
  if (m->state == ZT_CHAT_STATE_ERROR || m->role == ZT_CHAT_ROLE_SYSTEM)
    return FALSE;
  return m->role != ZT_CHAT_ROLE_ASSISTANT || m->content != NULL || m->tool_calls != NULL;
}

static JsonNode *
request_body (Turn     *turn,
              GError  **error)
{
  g_autoptr(GPtrArray) history = zt_chat_store_get_messages (zt_chat_engine_get_store (turn->engine),
                                                             turn->conversation, error);
  JsonObject *body, *options;
  JsonArray *messages;

  if (history == NULL)
    return NULL;
  body = json_object_new ();
  messages = json_array_new ();
  json_object_set_string_member (body, "model", turn->model_name);
  json_object_set_boolean_member (body, "stream", TRUE);
  options = json_object_new ();
  json_object_set_boolean_member (options, "include_usage", TRUE);
  json_object_set_object_member (body, "stream_options", options);
  if (turn->conv->system_prompt != NULL)
    {
      ZtChatMessage system = { .role = ZT_CHAT_ROLE_SYSTEM, .content = turn->conv->system_prompt };

      json_array_add_element (messages, message_json (&system));
    }
  for (guint i = 0; i < history->len; i++)
    if (message_in_history (g_ptr_array_index (history, i)))
      json_array_add_element (messages, message_json (g_ptr_array_index (history, i)));
  json_object_set_array_member (body, "messages", messages);
  if (zt_chat_tools_get_n_tools (turn->tools) > 0)
    json_object_set_member (body, "tools", zt_chat_tools_to_openai (turn->tools));
  {
    JsonNode *node = json_node_new (JSON_NODE_OBJECT);

    json_node_take_object (node, body);
    return node;
  }
}

/* ---------------------------------------------------------------- the streamed answer */

static void
text_cb (const char *text,
         gpointer    user_data)
{
  Turn *turn = user_data;

  g_signal_emit (turn->engine, signals[DELTA], 0, turn->conversation, text);
  if (g_get_monotonic_time () - turn->last_save > SAVE_EVERY_US)
    answer_save (turn, ZT_CHAT_STATE_STREAMING);
}

static void
answer_end (Turn *turn)
{
  g_autofree char *prefix = NULL;

  if (zt_chat_answer_get_n_calls (turn->reply) == 0)
    {
      gint64 id = answer_save (turn, ZT_CHAT_STATE_COMPLETE);

      return turn_end (turn, TURN_FINISHED, id, NULL);
    }
  if (turn->rounds >= ZT_CHAT_MAX_ROUNDS)
    return turn_fail (turn, "the model asked for tools again after %d rounds in this turn; stopped there "
                      "(at most %d rounds of tool calls a turn). Send a message to go on",
                      ZT_CHAT_MAX_ROUNDS, ZT_CHAT_MAX_ROUNDS);
  turn->rounds++;
  prefix = g_strdup_printf ("call_%" G_GINT64_FORMAT, turn->answer->id);
  turn->answer->tool_calls = zt_chat_answer_calls_json (turn->reply, prefix);
  answer_save (turn, ZT_CHAT_STATE_COMPLETE);
  run_next_call (turn);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Turn *turn = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);

  if (chunk == NULL)
    return turn_step_failed (turn, error, "the model's stream broke");
  if (g_bytes_get_size (chunk) == 0)
    return answer_end (turn);
  if (!zt_chat_answer_feed (turn->reply, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk), &error))
    return turn_fail (turn, "%s", error->message);
  if (zt_chat_answer_is_done (turn->reply))
    return answer_end (turn);
  g_input_stream_read_bytes_async (turn->stream, 16384, G_PRIORITY_DEFAULT, turn->cancellable, read_cb, turn);
}

static void
error_body_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Turn *turn = user_data;
  const ZtLimits limits = { ERROR_BODY_LIMIT, 32 };
  guint status = soup_message_get_status (turn->msg);
  g_autoptr(GBytes) body = zt_chat_http_read_finish (result, NULL);
  g_autoptr(JsonNode) answer = body ? zt_json_parse_strict (g_bytes_get_data (body, NULL), g_bytes_get_size (body),
                                                            &limits, NULL) : NULL;
  const char *message = zt_chat_http_error_message (answer);

  if (g_cancellable_is_cancelled (turn->cancellable))
    return turn_stopped (turn);
  turn_fail (turn, "the model refused the request: %s (HTTP %u)",
             message ? message : soup_status_get_phrase (status) ?: "no reason given", status);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Turn *turn = user_data;
  g_autoptr(GError) error = NULL;
  guint status;

  turn->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (turn->stream == NULL)
    return turn_step_failed (turn, error, "cannot reach the model");
  status = soup_message_get_status (turn->msg);
  if (status != 200)
    return zt_chat_http_read_async (turn->stream, ERROR_BODY_LIMIT, turn->cancellable, error_body_cb, turn);
  g_input_stream_read_bytes_async (turn->stream, 16384, G_PRIORITY_DEFAULT, turn->cancellable, read_cb, turn);
}

/* One request to the model: the answer is stored `streaming` from the start, so a stop (or
 * a crash) keeps what came. */
static void
round_start (Turn *turn)
{
  ZtChatEngine *self = turn->engine;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) body = NULL;

  answer_clear (turn);
  turn->reply = zt_chat_answer_new (text_cb, turn);
  body = request_body (turn, &error);
  if (body == NULL)
    return turn_fail (turn, "cannot read the conversation: %s", error->message);
  turn->answer = g_new0 (ZtChatMessage, 1);
  turn->answer->conversation = turn->conversation;
  turn->answer->role = ZT_CHAT_ROLE_ASSISTANT;
  turn->answer->model = g_strdup (turn->conv->model);
  turn->answer->state = ZT_CHAT_STATE_STREAMING;
  if (!zt_chat_store_add_message (self->store, turn->answer, &error))
    {
      g_clear_pointer (&turn->answer, zt_chat_message_free);
      return turn_fail (turn, "cannot store the answer: %s", error->message);
    }
  turn->last_save = g_get_monotonic_time ();
  turn->msg = zt_chat_http_request ("POST", turn->model_url, turn->model_token, body, &error);
  if (turn->msg == NULL)
    return turn_fail (turn, "%s", error->message);
  soup_message_headers_replace (soup_message_get_request_headers (turn->msg), "Accept", "text/event-stream");
  soup_session_send_async (self->model_session, turn->msg, G_PRIORITY_DEFAULT, turn->cancellable, sent_cb, turn);
}

/* ---------------------------------------------------------------- running the tool calls */

/* The call being run, a view into the reply. */
typedef struct {
  const char *id;
  const char *name;
  const char *arguments;
} Call;

static Call
current_call (Turn *turn)
{
  Call call;

  zt_chat_answer_get_call (turn->reply, turn->next_call, &call.id, &call.name, &call.arguments);
  return call;
}

static void
call_done (Turn       *turn,
           const Call *call,
           const char *text,
           gboolean    is_error)
{
  store_tool_message (turn, call->id, text);
  g_signal_emit (turn->engine, signals[TOOL_RESULT], 0, turn->conversation, call->id, text, is_error);
  turn->next_call++;
  run_next_call (turn);
}

static void
call_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Turn *turn = user_data;
  Call call = current_call (turn);
  g_autoptr(GError) error = NULL;
  guint status = 0;
  g_autoptr(JsonNode) answer = zt_chat_http_json_finish (result, &status, &error);
  g_autofree char *text = NULL;
  gboolean is_error = FALSE;

  if (answer == NULL && g_cancellable_is_cancelled (turn->cancellable))
    return turn_stopped (turn);
  if (answer == NULL)
    text = g_strdup_printf ("error: the tool could not be called: %s", error->message);
  else if (status != 200 || !JSON_NODE_HOLDS_OBJECT (answer))
    text = g_strdup_printf ("error: %s", zt_chat_http_error_message (answer) ?: "the agent refused the call");
  else
    {
      g_autofree char *result_text = zt_chat_tools_result_text (json_node_get_object (answer), &is_error);

      text = is_error ? g_strconcat ("error: ", result_text, NULL) : g_steal_pointer (&result_text);
    }
  call_done (turn, &call, text, is_error || answer == NULL || status != 200);
}

static void
call_execute (Turn       *turn,
              const char *service,
              const char *tool,
              JsonObject *arguments)
{
  ZtChatEngine *self = turn->engine;
  g_autofree char *url = agent_api_url (self, service, "tools/call");
  g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "name", tool);
  json_object_set_object_member (o, "arguments", json_object_ref (arguments));
  json_node_take_object (body, o);
  zt_chat_http_json_async (self->agent_session, "POST", url, self->agent_token, body, TOOL_RESULT_LIMIT,
                           turn->cancellable, call_cb, turn);
}

static JsonObject *
call_arguments (const Call *call)
{
  const ZtLimits limits = { ZT_CHAT_ANSWER_MAX_ARGUMENTS, 32 };

  if (*call->arguments == '\0')
    return json_object_new ();
  return zt_json_parse_object_strict (call->arguments, strlen (call->arguments), &limits, NULL);
}

/* Approved by a stored approval, or asked: the answer comes through answer_approval. */
static void
call_approve_and_run (Turn       *turn,
                      const Call *call)
{
  ZtChatEngine *self = turn->engine;
  const char *service, *tool;
  g_autoptr(JsonObject) arguments = NULL;

  if (!zt_chat_tools_lookup (turn->tools, call->name, &service, &tool))
    return call_done (turn, call, "error: no tool of that name was offered", TRUE);
  g_signal_emit (self, signals[TOOL_CALL], 0, turn->conversation, call->id, service, tool, call->arguments);
  if ((arguments = call_arguments (call)) == NULL)
    return call_done (turn, call, "error: the arguments are not a JSON object", TRUE);
  if (zt_chat_store_is_approved (self->store, turn->conversation, service, tool))
    return call_execute (turn, service, tool, arguments);
  if (!g_signal_has_handler_pending (self, signals[APPROVAL_NEEDED], 0, FALSE))
    return call_done (turn, call, "error: the user denied this call (no one was there to approve it)", TRUE);
  turn->waiting = TRUE;
  g_signal_emit (self, signals[APPROVAL_NEEDED], 0, turn->conversation, call->id, service, tool, call->arguments);
}

static void
run_next_call (Turn *turn)
{
  if (g_cancellable_is_cancelled (turn->cancellable))
    return turn_stopped (turn);
  if (turn->next_call >= zt_chat_answer_get_n_calls (turn->reply))
    return round_start (turn);
  {
    Call call = current_call (turn);

    call_approve_and_run (turn, &call);
  }
}

typedef struct {
  ZtChatEngine *engine;
  gint64        conversation;
  char         *call_id;
  ZtChatVerdict verdict;
} Verdict;

static void
verdict_free (Verdict *v)
{
  g_object_unref (v->engine);
  g_free (v->call_id);
  g_free (v);
}

/* Resumed from the main loop: an answer given inside the signal's emission must not run the
 * call (and the next round) inside it. */
static gboolean
resume_cb (gpointer user_data)
{
  Verdict *v = user_data;
  Turn *turn = g_hash_table_lookup (v->engine->turns, &v->conversation);
  Call call;
  const char *service, *tool;
  g_autoptr(JsonObject) arguments = NULL;

  if (turn == NULL || !turn->waiting)
    return G_SOURCE_REMOVE;
  g_clear_pointer (&turn->resume, g_source_unref);
  turn->waiting = FALSE;
  call = current_call (turn);
  if (v->verdict == ZT_CHAT_VERDICT_DENY)
    {
      call_done (turn, &call, "error: the user denied this call", TRUE);
      return G_SOURCE_REMOVE;
    }
  zt_chat_tools_lookup (turn->tools, call.name, &service, &tool);
  if (v->verdict != ZT_CHAT_VERDICT_ONCE)
    zt_chat_store_add_approval (v->engine->store, v->verdict == ZT_CHAT_VERDICT_ALWAYS ? ZT_CHAT_APPROVAL_ALWAYS
                                : ZT_CHAT_APPROVAL_CONVERSATION, turn->conversation, service, tool, NULL);
  arguments = call_arguments (&call);
  call_execute (turn, service, tool, arguments);
  return G_SOURCE_REMOVE;
}

void
zt_chat_engine_answer_approval (ZtChatEngine *self,
                                gint64        conversation,
                                const char   *call_id,
                                ZtChatVerdict verdict)
{
  Turn *turn;
  Verdict *v;

  g_return_if_fail (ZT_IS_CHAT_ENGINE (self));
  g_return_if_fail (call_id != NULL);
  turn = g_hash_table_lookup (self->turns, &conversation);
  if (turn == NULL || !turn->waiting || turn->resume != NULL)
    return;
  if (g_strcmp0 (current_call (turn).id, call_id) != 0)
    return;  /* an answer to a question no longer asked */
  v = g_new0 (Verdict, 1);
  v->engine = g_object_ref (self);
  v->conversation = conversation;
  v->call_id = g_strdup (call_id);
  v->verdict = verdict;
  turn->resume = g_idle_source_new ();
  g_source_set_callback (turn->resume, resume_cb, v, (GDestroyNotify) verdict_free);
  g_source_attach (turn->resume, g_main_context_get_thread_default ());
}

/* ---------------------------------------------------------------- starting and stopping */

/* The model's URL and name: the part of SERVICE/MODEL after the slash is what the model's
 * API knows; SERVICE picks the agent's relay when no base URL was given. */
static gboolean
turn_set_model (Turn    *turn,
                GError **error)
{
  ZtChatEngine *self = turn->engine;
  const char *model = turn->conv->model;
  const char *slash = strchr (model, '/');

  turn->model_name = g_strdup (slash ? slash + 1 : model);
  if (self->base_url != NULL)
    {
      turn->model_url = g_strconcat (self->base_url, "/chat/completions", NULL);
      turn->model_token = self->token;
      return TRUE;
    }
  if (slash == NULL || self->agent_url == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the model \"%s\" names no service (SERVICE/MODEL) and no base URL was given", model);
      return FALSE;
    }
  {
    g_autofree char *service = g_strndup (model, slash - model);
    g_autofree char *escaped = g_uri_escape_string (service, NULL, FALSE);

    turn->model_url = g_strdup_printf ("%s/llm/%s/v1/chat/completions", self->agent_url, escaped);
    turn->model_token = self->agent_token;
  }
  return TRUE;
}

static gboolean
turn_start (ZtChatEngine *self,
            gint64        conversation,
            GError      **error)
{
  Turn *turn;

  if (g_hash_table_contains (self->turns, &conversation))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_EXISTS, "a turn of this conversation is running; stop it first");
      return FALSE;
    }
  turn = g_new0 (Turn, 1);
  turn->engine = g_object_ref (self);  /* until the turn's last callback */
  turn->conversation = conversation;
  turn->cancellable = g_cancellable_new ();
  turn->tools = zt_chat_tools_new ();
  if ((turn->conv = zt_chat_store_get_conversation (self->store, conversation, error)) == NULL ||
      !turn_set_model (turn, error))
    {
      turn_free (turn);
      return FALSE;
    }
  g_hash_table_insert (self->turns, &turn->conversation, turn);
  fetch_tools_next (turn);
  return TRUE;
}

static gboolean
conversation_idle (ZtChatEngine *self,
                   gint64        conversation,
                   GError      **error)
{
  if (!g_hash_table_contains (self->turns, &conversation))
    return TRUE;
  g_set_error (error, ZT_ERROR, ZT_ERROR_EXISTS, "a turn of this conversation is running; stop it first");
  return FALSE;
}

static gboolean
add_user_message (ZtChatEngine *self,
                  gint64        conversation,
                  const char   *text,
                  GError      **error)
{
  g_autoptr(ZtChatMessage) m = g_new0 (ZtChatMessage, 1);

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_PARSE, "the message is not UTF-8 text");
      return FALSE;
    }
  m->conversation = conversation;
  m->role = ZT_CHAT_ROLE_USER;
  m->content = g_strdup (text);
  m->state = ZT_CHAT_STATE_COMPLETE;
  return zt_chat_store_add_message (self->store, m, error);
}

gboolean
zt_chat_engine_send (ZtChatEngine *self,
                     gint64        conversation,
                     const char   *text,
                     GError      **error)
{
  g_autoptr(ZtChatConversation) conv = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_ENGINE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  if (!conversation_idle (self, conversation, error) ||
      (conv = zt_chat_store_get_conversation (self->store, conversation, error)) == NULL ||
      !add_user_message (self, conversation, text, error))
    return FALSE;
  return turn_start (self, conversation, error);
}

void
zt_chat_engine_stop (ZtChatEngine *self,
                     gint64        conversation)
{
  Turn *turn;

  g_return_if_fail (ZT_IS_CHAT_ENGINE (self));
  turn = g_hash_table_lookup (self->turns, &conversation);
  if (turn == NULL)
    return;
  g_cancellable_cancel (turn->cancellable);
  /* waiting for a person, nothing in flight would notice the cancellation */
  if (turn->waiting && turn->resume == NULL)
    turn_stopped (turn);
}

gboolean
zt_chat_engine_is_running (ZtChatEngine *self,
                           gint64        conversation)
{
  g_return_val_if_fail (ZT_IS_CHAT_ENGINE (self), FALSE);
  return g_hash_table_contains (self->turns, &conversation);
}

static ZtChatMessage *
find_message (ZtChatEngine *self,
              gint64        conversation,
              gint64        id,
              GError      **error)
{
  g_autoptr(GPtrArray) messages = zt_chat_store_get_messages (self->store, conversation, error);

  if (messages == NULL)
    return NULL;
  for (guint i = 0; i < messages->len; i++)
    if (((ZtChatMessage *) g_ptr_array_index (messages, i))->id == id)
      return g_ptr_array_steal_index (messages, i);
  g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no message %" G_GINT64_FORMAT " in this conversation", id);
  return NULL;
}

gboolean
zt_chat_engine_retry (ZtChatEngine *self,
                      gint64        conversation,
                      gint64        message,
                      GError      **error)
{
  g_autoptr(ZtChatMessage) m = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_ENGINE (self), FALSE);
  if (!conversation_idle (self, conversation, error) ||
      (m = find_message (self, conversation, message, error)) == NULL)
    return FALSE;
  /* a user message is kept and answered again; anything else goes with what follows it */
  if (!zt_chat_store_truncate (self->store, conversation, m->role == ZT_CHAT_ROLE_USER ? m->seq + 1 : m->seq, error))
    return FALSE;
  return turn_start (self, conversation, error);
}

gboolean
zt_chat_engine_edit_and_resend (ZtChatEngine *self,
                                gint64        conversation,
                                gint64        message,
                                const char   *text,
                                GError      **error)
{
  g_autoptr(ZtChatMessage) m = NULL;

  g_return_val_if_fail (ZT_IS_CHAT_ENGINE (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);
  if (!conversation_idle (self, conversation, error) ||
      (m = find_message (self, conversation, message, error)) == NULL)
    return FALSE;
  if (m->role != ZT_CHAT_ROLE_USER)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "only a message of the user can be edited");
      return FALSE;
    }
  if (!zt_chat_store_truncate (self->store, conversation, m->seq, error))
    return FALSE;
  return zt_chat_engine_send (self, conversation, text, error);
}

/* ---------------------------------------------------------------- GObject */

ZtChatEngine *
zt_chat_engine_new (ZtChatStore *store,
                    const char  *base_url,
                    const char  *token,
                    const char  *agent_url,
                    const char  *agent_token)
{
  g_return_val_if_fail (ZT_IS_CHAT_STORE (store), NULL);
  return g_object_new (ZT_TYPE_CHAT_ENGINE, "store", store, "base-url", base_url, "token", token,
                       "agent-url", agent_url, "agent-token", agent_token, NULL);
}

ZtChatStore *
zt_chat_engine_get_store (ZtChatEngine *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_ENGINE (self), NULL);
  return self->store;
}

/* Without its trailing slashes, so that paths join with one. */
static char *
url_dup (const GValue *value)
{
  char *url = g_value_dup_string (value);
  gsize len = url ? strlen (url) : 0;

  while (len > 0 && url[len - 1] == '/')
    url[--len] = '\0';
  return url;
}

static void
zt_chat_engine_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  ZtChatEngine *self = ZT_CHAT_ENGINE (object);

  switch (prop_id)
    {
    case PROP_STORE: self->store = g_value_dup_object (value); break;
    case PROP_BASE_URL: self->base_url = url_dup (value); break;
    case PROP_TOKEN: self->token = g_value_dup_string (value); break;
    case PROP_AGENT_URL: self->agent_url = url_dup (value); break;
    case PROP_AGENT_TOKEN: self->agent_token = g_value_dup_string (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_chat_engine_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  ZtChatEngine *self = ZT_CHAT_ENGINE (object);

  switch (prop_id)
    {
    case PROP_STORE: g_value_set_object (value, self->store); break;
    case PROP_BASE_URL: g_value_set_string (value, self->base_url); break;
    case PROP_AGENT_URL: g_value_set_string (value, self->agent_url); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wipe (char **secret)
{
  if (*secret != NULL)
    memset (*secret, 0, strlen (*secret));
  g_clear_pointer (secret, g_free);
}

static void
zt_chat_engine_dispose (GObject *object)
{
  ZtChatEngine *self = ZT_CHAT_ENGINE (object);

  /* no turn runs here: each holds a reference until its last callback */
  g_clear_object (&self->model_session);
  g_clear_object (&self->agent_session);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (zt_chat_engine_parent_class)->dispose (object);
}

static void
zt_chat_engine_finalize (GObject *object)
{
  ZtChatEngine *self = ZT_CHAT_ENGINE (object);

  g_hash_table_unref (self->turns);
  g_free (self->base_url);
  g_free (self->agent_url);
  wipe (&self->token);
  wipe (&self->agent_token);
  G_OBJECT_CLASS (zt_chat_engine_parent_class)->finalize (object);
}

static void
zt_chat_engine_class_init (ZtChatEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  GParamFlags secret = G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->set_property = zt_chat_engine_set_property;
  object_class->get_property = zt_chat_engine_get_property;
  object_class->dispose = zt_chat_engine_dispose;
  object_class->finalize = zt_chat_engine_finalize;

  properties[PROP_STORE] = g_param_spec_object ("store", NULL, NULL, ZT_TYPE_CHAT_STORE, construct);
  properties[PROP_BASE_URL] = g_param_spec_string ("base-url", NULL, NULL, NULL, construct);
  properties[PROP_TOKEN] = g_param_spec_string ("token", NULL, NULL, NULL, secret);
  properties[PROP_AGENT_URL] = g_param_spec_string ("agent-url", NULL, NULL, NULL, construct);
  properties[PROP_AGENT_TOKEN] = g_param_spec_string ("agent-token", NULL, NULL, NULL, secret);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DELTA] = g_signal_new ("delta", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
  signals[TOOL_CALL] = g_signal_new ("tool-call", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 5, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
  signals[APPROVAL_NEEDED] = g_signal_new ("approval-needed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                           NULL, G_TYPE_NONE, 5, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING,
                                           G_TYPE_STRING, G_TYPE_STRING);
  signals[TOOL_RESULT] = g_signal_new ("tool-result", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 4, G_TYPE_INT64, G_TYPE_STRING, G_TYPE_STRING, G_TYPE_BOOLEAN);
  signals[TURN_FINISHED] = g_signal_new ("turn-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                         NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[TURN_STOPPED] = g_signal_new ("turn-stopped", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                        NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);
  signals[TURN_FAILED] = g_signal_new ("turn-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                       G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static void
zt_chat_engine_init (ZtChatEngine *self)
{
  self->turns = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) turn_free);
  /* made here, so on the creator's thread-default context: every callback comes there */
  self->model_session = soup_session_new_with_options ("timeout", MODEL_IDLE_TIMEOUT_S, "user-agent", "zt4mcp-chat",
                                                       "tls-database", zt_tls_system_database (), NULL);
  self->agent_session = soup_session_new_with_options ("timeout", TOOL_TIMEOUT_S, "user-agent", "zt4mcp-chat", NULL);
}
