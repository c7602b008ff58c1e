/* zt-agent-tools.c: the agent lists a service's tools itself (GET /api/v1/services/NAME/tools, tool pins' re-check) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-util.h"

/* The agent is an MCP client of its own session here, so what it lists passed the same chain
 * as any client's calls (pins, policy, scan, schema, audit). The desktop app asks this
 * instead of speaking MCP itself; after a server's list_changed, the pins ask it too, in the
 * live session that heard it when there is one. */

#define TOOLS_MAX_PAGES   50
#define TOOLS_TIMEOUT_MS  30000

typedef struct {
  ZtSink             parent;
  ZtAgent           *agent;
  ZtAgentToolsDone   done;
  gpointer           done_data;
  GDestroyNotify     done_destroy;
  ZtSession         *session;
  JsonArray         *tools;
  char              *cursor;
  guint              pages;
  gint64             next_id;
  GSource           *timeout;
  gboolean           answered;
  gboolean           initialized;  /* the session is past its initialize */
  gboolean           borrowed;     /* a live session of a client's: asked in, never closed */
} ToolsJob;

static void tools_request (ToolsJob *job, const char *method);

typedef struct {
  ZtAgent   *agent;
  ZtSession *session;
} Closing;

/* Closed from the main loop, not from inside the session's own delivery of an answer. */
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
  job->done (job->agent, status == 200 ? job->tools : NULL, status, code, message, job->done_data);
  if (job->session != NULL && !job->borrowed)
    {
      Closing *c = g_new0 (Closing, 1);

      c->agent = g_object_ref (job->agent);
      c->session = g_object_ref (job->session);
      zt_timeout_add (0, close_later_cb, c);
    }
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
  if (!job->initialized)
    {
      /* the answer to initialize */
      g_autoptr(ZtMessage) initialized = zt_message_new_notification ("notifications/initialized", NULL);

      job->initialized = TRUE;
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
  if (job->done_destroy != NULL)
    job->done_destroy (job->done_data);
  g_free (job);
}

static const ZtSinkFuncs tools_funcs = { tools_deliver, tools_finalize };

/* FALSE when a borrowed session cannot carry it now (nothing sent) */
static gboolean
tools_send (ToolsJob   *job,
            const char *method)
{
  g_autoptr(JsonNode) id = zt_json_id_new_int (++job->next_id);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) params = NULL;
  g_autoptr(ZtMessage) request = NULL;

  json_builder_begin_object (b);
  if (strcmp (method, "initialize") == 0)
    {
      zt_mcp_add_initialize_params (b, "zt4mcp-agent");
    }
  else if (job->cursor != NULL)
    {
      json_builder_set_member_name (b, "cursor");
      json_builder_add_string_value (b, job->cursor);
    }
  json_builder_end_object (b);
  params = json_builder_get_root (b);
  request = zt_message_new_request (id, method, params);
  if (job->borrowed)
    return zt_session_request_from_agent (job->session, request, &job->parent);
  zt_session_handle (job->session, request, &job->parent);
  return TRUE;
}

static void
tools_request (ToolsJob   *job,
               const char *method)
{
  if (!tools_send (job, method))
    tools_finish (job, 502, "upstream_error", "the session closed while its tools were listed");
}

static gboolean
tools_timeout_cb (gpointer user_data)
{
  ToolsJob *job = user_data;

  g_clear_pointer (&job->timeout, g_source_unref);
  tools_finish (job, 504, "timeout", "the service's server did not list its tools within 30 s");
  return G_SOURCE_REMOVE;
}

static ToolsJob *
tools_job_new (ZtAgent          *self,
               ZtAgentToolsDone  done,
               gpointer          user_data,
               GDestroyNotify    destroy)
{
  ToolsJob *job = g_new0 (ToolsJob, 1);

  zt_sink_init (&job->parent, &tools_funcs, FALSE);
  job->agent = self;
  job->done = done;
  job->done_data = user_data;
  job->done_destroy = destroy;
  job->tools = json_array_new ();
  return job;
}

char *
_zt_agent_list_tools (ZtAgent          *self,
                      ZtService        *service,
                      ZtAgentToolsDone  done,
                      gpointer          user_data,
                      GDestroyNotify    destroy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtSubject) local = zt_subject_new_local ();  /* the agent acts for its administrator */
  ToolsJob *job = tools_job_new (self, done, user_data, destroy);
  char *id;

  job->session = _zt_agent_create_session (self, service, local, &error);
  if (job->session == NULL)
    {
      g_autofree char *text = g_strdup_printf ("cannot reach the service's server: %s", error->message);

      tools_finish (job, 502, "upstream_error", text);
      zt_sink_unref (&job->parent);
      return NULL;
    }
  id = g_strdup (zt_session_get_id (job->session));
  job->timeout = zt_timeout_source_attach (TOOLS_TIMEOUT_MS, tools_timeout_cb, job);
  tools_request (job, "initialize");
  zt_sink_unref (&job->parent);  /* the session's pending request holds it now */
  return id;
}

gboolean
_zt_agent_list_tools_in (ZtAgent          *self,
                         ZtSession        *session,
                         ZtAgentToolsDone  done,
                         gpointer          user_data,
                         GDestroyNotify    destroy)
{
  ToolsJob *job = tools_job_new (self, done, user_data, destroy);
  gboolean sent;

  job->session = g_object_ref (session);
  job->borrowed = TRUE;
  job->initialized = TRUE;
  if ((sent = tools_send (job, "tools/list")))
    job->timeout = zt_timeout_source_attach (TOOLS_TIMEOUT_MS, tools_timeout_cb, job);
  else
    job->answered = TRUE;  /* @done is not called: the caller asks elsewhere */
  zt_sink_unref (&job->parent);
  return sent;
}

static void
api_tools_done_cb (ZtAgent    *self,
                   JsonArray  *tools,
                   guint       status,
                   const char *code,
                   const char *message,
                   gpointer    user_data)
{
  SoupServerMessage *msg = user_data;

  if (tools != NULL)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();

      json_object_set_array_member (o, "tools", json_array_ref (tools));
      json_node_take_object (root, o);
      _zt_agent_reply_json (msg, 200, root);
    }
  else
    _zt_agent_reply_error (msg, status, code, "%s", message);
  _zt_msg_unpause (msg);
}

void
_zt_agent_api_service_tools (ZtAgent           *self,
                             SoupServerMessage *msg,
                             ZtService         *service)
{
  if (!service->enabled)
    return _zt_agent_reply_error (msg, 409, "service_stopped",
                                  "service %s is stopped; start it to list its tools", service->name);
  _zt_msg_pause (msg);
  g_free (_zt_agent_list_tools (self, service, api_tools_done_cb, g_object_ref (msg), g_object_unref));
}

/* ---------------------------------------------------------------------------------------- */
/* The agent's own MCP client sessions for a REST request (POST .../tools/call)               */

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
    _zt_msg_pause (msg);
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

void
_zt_agent_own_session_end (ZtAgent           *self,
                           SoupServerMessage *msg,
                           ZtSession         *session)
{
  Closing *c;

  _zt_msg_unpause (msg);
  if (session == NULL)
    return;
  c = g_new0 (Closing, 1);
  c->agent = g_object_ref (self);
  c->session = g_object_ref (session);
  zt_timeout_add (0, close_later_cb, c);
}
