/* zt-agent-tool-call.c: POST /api/v1/services/NAME/tools/call: the agent calls a tool itself */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-policy.h"
#include "zt-util.h"

/* For the chat engine (and any REST client): as in zt-agent-tools.c the agent is an MCP
 * client of a session of its own, so the call crosses the whole chain (policy, scan, schema,
 * audit) as any client's would. The session lists the tools first and the call goes out only
 * for a tool that list still shows: a tool the scan blocked, or one the policy hides, is
 * refused here even when nothing listed it since the agent started. */

#define CALL_MAX_PAGES    50
#define CALL_EXTRA_MS     5000   /* beyond the agent's own request timeout */

typedef enum { STEP_INITIALIZE, STEP_LIST, STEP_CALL } CallStep;

typedef struct {
  ZtSink             parent;
  ZtAgent           *agent;
  SoupServerMessage *msg;
  ZtSession         *session;
  char              *tool;
  JsonNode          *arguments;
  CallStep           step;
  char              *cursor;
  guint              pages;
  gint64             next_id;
  GSource           *timeout;
  gboolean           answered;
} CallJob;

static void call_send (CallJob *job);

static void
call_finish_error (CallJob    *job,
                   guint       status,
                   const char *code,
                   const char *message)
{
  if (job->answered)
    return;
  job->answered = TRUE;
  zt_source_clear (&job->timeout);
  _zt_agent_reply_error (job->msg, status, code, "%s", message);
  _zt_agent_own_session_end (job->agent, job->msg, job->session);
}

static void
call_finish_result (CallJob    *job,
                    JsonObject *result)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);

  if (job->answered)
    return;
  job->answered = TRUE;
  zt_source_clear (&job->timeout);
  json_node_set_object (root, result);
  _zt_agent_reply_json (job->msg, 200, root);
  _zt_agent_own_session_end (job->agent, job->msg, job->session);
}

/* A JSON-RPC error on the way: the chain's refusals keep their meaning for the caller
 * (-32003 a policy or scan refusal, -32602 arguments that do not fit the tool's schema). */
static void
call_fail_jsonrpc (CallJob   *job,
                   ZtMessage *message)
{
  JsonObject *err = json_object_get_object_member (zt_message_get_object (message), "error");
  gint64 code = err ? json_object_get_int_member_with_default (err, "code", 0) : 0;
  const char *text = err ? json_object_get_string_member_with_default (err, "message", "?") : "?";

  if (code == ZT_JSONRPC_POLICY_DENIED)
    call_finish_error (job, 403, "policy_denied", text);
  else if (code == ZT_JSONRPC_INVALID_PARAMS)
    call_finish_error (job, 422, "invalid_arguments", text);
  else
    {
      g_autofree char *upstream = g_strdup_printf ("the service's server answered with an error: %s", text);
      call_finish_error (job, 502, "upstream_error", upstream);
    }
}

static gboolean
list_names_tool (JsonArray  *tools,
                 const char *name)
{
  for (guint i = 0; i < json_array_get_length (tools); i++)
    {
      JsonNode *t = json_array_get_element (tools, i);

      if (JSON_NODE_HOLDS_OBJECT (t) &&
          g_strcmp0 (json_object_get_string_member_with_default (json_node_get_object (t), "name", NULL), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* One page of tools/list: call when it names the tool, the next page, or refuse. */
static void
call_listed (CallJob    *job,
             JsonObject *result)
{
  JsonNode *list = result ? json_object_get_member (result, "tools") : NULL;
  const char *next = result ? json_object_get_string_member_with_default (result, "nextCursor", NULL) : NULL;

  if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
    return call_finish_error (job, 502, "upstream_error", "the service's server answered tools/list without a list of tools");
  if (list_names_tool (json_node_get_array (list), job->tool))
    {
      job->step = STEP_CALL;
      return call_send (job);
    }
  g_free (job->cursor);
  job->cursor = g_strdup (next);
  if (job->cursor != NULL && ++job->pages < CALL_MAX_PAGES)
    return call_send (job);
  {
    g_autofree char *text = g_strdup_printf ("the service lists no tool named %s (or it was blocked or is not "
                                             "allowed); `zt4mcp service show` lists them", job->tool);
    call_finish_error (job, 404, "tool_not_found", text);
  }
}

static void
call_deliver (ZtSink    *base,
              ZtMessage *message,
              gboolean   final)
{
  CallJob *job = (CallJob *) base;

  if (!final || job->answered)
    return;  /* progress or logs of the server: not what is asked */
  if (zt_message_get_kind (message) == ZT_MESSAGE_ERROR)
    return call_fail_jsonrpc (job, message);
  switch (job->step)
    {
    case STEP_INITIALIZE:
      {
        g_autoptr(ZtMessage) initialized = zt_message_new_notification ("notifications/initialized", NULL);

        zt_session_handle (job->session, initialized, NULL);
        job->step = STEP_LIST;
        call_send (job);
      }
      break;
    case STEP_LIST:
      call_listed (job, zt_message_get_result (message));
      break;
    case STEP_CALL:
      if (zt_message_get_result (message) == NULL)
        call_finish_error (job, 502, "upstream_error", "the service's server answered tools/call without a result");
      else
        call_finish_result (job, zt_message_get_result (message));
      break;
    }
}

static void
call_finalize (ZtSink *base)
{
  CallJob *job = (CallJob *) base;

  zt_source_clear (&job->timeout);
  g_clear_object (&job->session);
  g_clear_pointer (&job->arguments, json_node_unref);
  g_free (job->tool);
  g_free (job->cursor);
  g_object_unref (job->msg);
  g_free (job);
}

static const ZtSinkFuncs call_funcs = { call_deliver, call_finalize };

/* NULL for initialize: the agent's own parameters */
static JsonNode *
call_params (CallJob *job)
{
  JsonObject *o;
  JsonNode *node;

  if (job->step == STEP_INITIALIZE)
    return NULL;
  o = json_object_new ();
  if (job->step == STEP_LIST && job->cursor != NULL)
    json_object_set_string_member (o, "cursor", job->cursor);
  else if (job->step == STEP_CALL)
    {
      json_object_set_string_member (o, "name", job->tool);
      json_object_set_member (o, "arguments", json_node_copy (job->arguments));
    }
  node = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (node, o);
  return node;
}

static void
call_send (CallJob *job)
{
  static const char * const methods[] = { "initialize", "tools/list", "tools/call" };
  g_autoptr(JsonNode) params = call_params (job);

  _zt_agent_own_request (job->session, ++job->next_id, methods[job->step], params, &job->parent);
}

static gboolean
call_timeout_cb (gpointer user_data)
{
  CallJob *job = user_data;

  g_clear_pointer (&job->timeout, g_source_unref);
  call_finish_error (job, 504, "timeout", "the service's server did not answer the call in time");
  return G_SOURCE_REMOVE;
}

/* The body's "name" (a string) and "arguments" (an object, {} when absent), or an answer. */
static gboolean
read_call_body (SoupServerMessage *msg,
                char             **name,
                JsonNode         **arguments)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  JsonNode *n, *a;

  if (body == NULL)
    return FALSE;
  n = json_object_get_member (body, "name");
  a = json_object_get_member (body, "arguments");
  if (n == NULL || json_node_get_value_type (n) != G_TYPE_STRING || *json_node_get_string (n) == '\0')
    {
      _zt_agent_reply_error (msg, 400, "bad_request", "the body needs \"name\", the tool's name");
      return FALSE;
    }
  if (a != NULL && !JSON_NODE_HOLDS_OBJECT (a))
    {
      _zt_agent_reply_error (msg, 400, "bad_request", "\"arguments\" must be an object");
      return FALSE;
    }
  *name = g_strdup (json_node_get_string (n));
  *arguments = a ? json_node_copy (a) : json_node_new (JSON_NODE_OBJECT);
  if (a == NULL)
    json_node_take_object (*arguments, json_object_new ());
  return TRUE;
}

void
_zt_agent_api_service_tool_call (ZtAgent           *self,
                                 SoupServerMessage *msg,
                                 const char        *method,
                                 const char        *name)
{
  ZtService *service = g_hash_table_lookup (self->services, name);
  g_autofree char *tool = NULL;
  g_autoptr(JsonNode) arguments = NULL;
  CallJob *job;

  if (service == NULL)
    return _zt_agent_reply_error (msg, 404, "not_found", "no service named %s; `zt4mcp service list` shows them", name);
  if (strcmp (method, "POST") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use POST");
  if (!service->enabled)
    return _zt_agent_reply_error (msg, 409, "service_stopped",
                                  "service %s is stopped; start it to call its tools", service->name);
  if (!read_call_body (msg, &tool, &arguments))
    return;
  job = g_new0 (CallJob, 1);
  zt_sink_init (&job->parent, &call_funcs, FALSE);
  job->agent = self;
  job->msg = g_object_ref (msg);
  job->tool = g_steal_pointer (&tool);
  job->arguments = g_steal_pointer (&arguments);
  if ((job->session = _zt_agent_own_session (self, service, msg)) == NULL)
    {
      zt_sink_unref (&job->parent);
      return;
    }
  job->timeout = zt_timeout_source_attach ((self->request_timeout_ms ? self->request_timeout_ms : 300000) + CALL_EXTRA_MS,
                                           call_timeout_cb, job);
  call_send (job);
  zt_sink_unref (&job->parent);  /* the session's pending request holds it now */
}
