/* zt-agent-tools.c: GET /api/v1/services/NAME/tools: the agent lists a service's tools itself */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-util.h"

/* The agent is an MCP client of its own session here, so what it lists passed the same chain
 * as any client's calls (later: the same policy and tool-safety filters). The desktop app
 * asks this instead of speaking MCP itself. */

#define TOOLS_MAX_PAGES   50
#define TOOLS_TIMEOUT_MS  30000

typedef struct {
  ZtSink             parent;
  ZtAgent           *agent;
  SoupServerMessage *msg;
  ZtSession         *session;
  JsonArray         *tools;
  char              *cursor;
  guint              pages;
  gint64             next_id;
  GSource           *timeout;
  gboolean           answered;
} ToolsJob;

static void tools_request (ToolsJob *job, const char *method);

typedef struct {
  ZtAgent   *agent;
  ZtSession *session;
} Closing;

static gboolean
close_later_cb (gpointer user_data)
{
  Closing *c = user_data;

  _zt_agent_close_session (c->agent, c->session);
  g_object_unref (c->session);
  g_object_unref (c->agent);
  g_free (c);
  return G_SOURCE_REMOVE;
}

ZtSession *
_zt_agent_own_session (ZtAgent           *self,
                       ZtService         *service,
                       SoupServerMessage *msg)
{
  g_autoptr(ZtSubject) local = zt_subject_new_local ();  /* the agent acts for its administrator */
  g_autoptr(GError) error = NULL;
  ZtSession *session = _zt_agent_create_session (self, service, local, &error);

  if (session == NULL)
    _zt_agent_reply_error (msg, 502, "upstream_error", "cannot reach the service's server: %s", error->message);
  else
    soup_server_message_pause (msg);
  return session;
}

void
_zt_agent_own_request (ZtSession  *session,
                       gint64      id,
                       const char *method,
                       JsonNode   *params,
                       ZtSink     *sink)
{
  g_autoptr(JsonNode) id_node = zt_json_id_new_int (id);
  g_autoptr(JsonNode) initialize = NULL;
  g_autoptr(ZtMessage) request = NULL;

  if (params == NULL && strcmp (method, "initialize") == 0)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();

      json_builder_begin_object (b);
      zt_mcp_add_initialize_params (b, "zt4mcp-agent");
      json_builder_end_object (b);
      params = initialize = json_builder_get_root (b);
    }
  request = zt_message_new_request (id_node, method, params);
  zt_session_handle (session, request, sink);
}

/* Closed from the main loop, not from inside the session's own delivery of an answer. */
void
_zt_agent_own_session_end (ZtAgent           *self,
                           SoupServerMessage *msg,
                           ZtSession         *session)
{
  Closing *c = g_new0 (Closing, 1);

  soup_server_message_unpause (msg);
  c->agent = g_object_ref (self);
  c->session = g_object_ref (session);
  zt_timeout_add (0, close_later_cb, c);
}

static void
tools_finish (ToolsJob   *job,
              guint       status,
              const char *code,
              const char *message)
{
  if (job->answered)
    return;
  job->answered = TRUE;
  zt_source_clear (&job->timeout);
  if (status == 200)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();

      json_object_set_array_member (o, "tools", json_array_ref (job->tools));
      json_node_take_object (root, o);
      _zt_agent_reply_json (job->msg, 200, root);
    }
  else
    _zt_agent_reply_error (job->msg, status, code, "%s", message);
  _zt_agent_own_session_end (job->agent, job->msg, job->session);
}

static void
tools_deliver (ZtSink    *base,
               ZtMessage *message,
               gboolean   final)
{
  ToolsJob *job = (ToolsJob *) base;
  JsonObject *result;

  if (!final || job->answered)
    return;  /* progress or logs of the server: not what is asked */
  if (zt_message_get_kind (message) == ZT_MESSAGE_ERROR)
    {
      JsonObject *err = json_object_get_object_member (zt_message_get_object (message), "error");
      g_autofree char *text = g_strdup_printf ("the service's server answered with an error: %s",
                                               err ? json_object_get_string_member_with_default (err, "message", "?") : "?");
      tools_finish (job, 502, "upstream_error", text);
      return;
    }
  result = zt_message_get_result (message);
  if (job->next_id == 1)
    {
      /* the answer to initialize */
      g_autoptr(ZtMessage) initialized = zt_message_new_notification ("notifications/initialized", NULL);

      zt_session_handle (job->session, initialized, NULL);
      tools_request (job, "tools/list");
      return;
    }
  {
    JsonNode *list = result ? json_object_get_member (result, "tools") : NULL;
    const char *next = result ? json_object_get_string_member_with_default (result, "nextCursor", NULL) : NULL;

    if (list == NULL || !JSON_NODE_HOLDS_ARRAY (list))
      {
        tools_finish (job, 502, "upstream_error", "the service's server answered tools/list without a list of tools");
        return;
      }
    for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
      json_array_add_element (job->tools, json_node_copy (json_array_get_element (json_node_get_array (list), i)));
    g_free (job->cursor);
    job->cursor = g_strdup (next);
    job->pages++;
    if (job->cursor != NULL && job->pages < TOOLS_MAX_PAGES)
      tools_request (job, "tools/list");
    else
      tools_finish (job, 200, NULL, NULL);
  }
}

static void
tools_finalize (ZtSink *base)
{
  ToolsJob *job = (ToolsJob *) base;

  zt_source_clear (&job->timeout);
  g_clear_object (&job->session);
  g_clear_pointer (&job->tools, json_array_unref);
  g_free (job->cursor);
  g_object_unref (job->msg);
  g_free (job);
}

static const ZtSinkFuncs tools_funcs = { tools_deliver, tools_finalize };

static void
tools_request (ToolsJob   *job,
               const char *method)
{
  g_autoptr(JsonNode) params = NULL;

  if (strcmp (method, "initialize") != 0)
    {
      JsonObject *o = json_object_new ();

      if (job->cursor != NULL)
        json_object_set_string_member (o, "cursor", job->cursor);
      params = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (params, o);
    }
  _zt_agent_own_request (job->session, ++job->next_id, method, params, &job->parent);
}

static gboolean
tools_timeout_cb (gpointer user_data)
{
  ToolsJob *job = user_data;

  g_clear_pointer (&job->timeout, g_source_unref);
  tools_finish (job, 504, "timeout", "the service's server did not list its tools within 30 s");
  return G_SOURCE_REMOVE;
}

void
_zt_agent_api_service_tools (ZtAgent           *self,
                             SoupServerMessage *msg,
                             ZtService         *service)
{
  ToolsJob *job;

  if (!service->enabled)
    return _zt_agent_reply_error (msg, 409, "service_stopped",
                                  "service %s is stopped; start it to list its tools", service->name);
  job = g_new0 (ToolsJob, 1);
  zt_sink_init (&job->parent, &tools_funcs, FALSE);
  job->agent = self;
  job->msg = g_object_ref (msg);
  job->tools = json_array_new ();
  if ((job->session = _zt_agent_own_session (self, service, msg)) == NULL)
    {
      zt_sink_unref (&job->parent);
      return;
    }
  job->timeout = zt_timeout_source_attach (TOOLS_TIMEOUT_MS, tools_timeout_cb, job);
  tools_request (job, "initialize");
  zt_sink_unref (&job->parent);  /* the session's pending request holds it now */
}
