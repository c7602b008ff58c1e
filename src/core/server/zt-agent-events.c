/* zt-agent-events.c: what the desktop app watches: the event stream, per-service logs and state */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-sse.h"
#include "zt-util.h"

#define LOG_LINES       200
#define LOG_LINE_MAX    1000
#define COALESCE_MS     100
/* log events waiting for the next flush; past this a burst is cut short, with a note */
#define PENDING_LOG_MAX (256 * 1024)

typedef struct {
  gint64  time;  /* unix microseconds */
  char   *text;
} LogLine;

/* What the agent knows of a service beyond its configuration, which PATCH replaces. */
typedef struct {
  GQueue  lines;       /* LogLine, oldest first, at most LOG_LINES */
  char   *last_error;  /* set while failing */
} ServiceRuntime;

static void
log_line_free (LogLine *line)
{
  g_free (line->text);
  g_free (line);
}

static void
service_runtime_free (ServiceRuntime *rt)
{
  g_queue_clear_full (&rt->lines, (GDestroyNotify) log_line_free);
  g_free (rt->last_error);
  g_free (rt);
}

static ServiceRuntime *
runtime_for (ZtAgent    *self,
             const char *service)
{
  ServiceRuntime *rt = g_hash_table_lookup (self->runtime, service);

  if (rt == NULL)
    {
      rt = g_new0 (ServiceRuntime, 1);
      g_queue_init (&rt->lines);
      g_hash_table_insert (self->runtime, g_strdup (service), rt);
    }
  return rt;
}

/* ---------------------------------------------------------------------------------------- */
/* The event stream                                                                         */

static void
append_event (GString    *out,
              const char *event,
              JsonNode   *data)
{
  /* not pretty: one data: line an event */
  g_autofree char *text = zt_json_to_string (data);

  zt_sse_append_event (out, event, NULL, text, strlen (text));
}

static void
append_state (ZtAgent       *self,
              GString       *out,
              ZtAgentEvents  what)
{
  if (what & ZT_AGENT_EVENT_MESH)
    {
      g_autoptr(JsonNode) mesh = _zt_agent_mesh_json (self);
      append_event (out, "mesh", mesh);
    }
  if (what & ZT_AGENT_EVENT_SERVICES)
    {
      g_autoptr(JsonNode) services = _zt_agent_services_json (self);
      append_event (out, "services", services);
    }
  /* a nudge only: the app reads /api/v1/policy, /api/v1/access, /api/v1/clients or a
   * service's pins again */
  static const struct { ZtAgentEvents bit; const char *type; } nudges[] = {
    { ZT_AGENT_EVENT_POLICY, "policy" }, { ZT_AGENT_EVENT_ACCESS, "access" }, { ZT_AGENT_EVENT_TOOLS, "tools" },
    { ZT_AGENT_EVENT_CLIENTS, "clients" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (nudges); i++)
    if (what & nudges[i].bit)
      {
        const char *type = nudges[i].type;
        g_autoptr(JsonNode) nudge = json_node_new (JSON_NODE_OBJECT);

        json_node_take_object (nudge, json_object_new ());
        json_object_set_string_member (json_node_get_object (nudge), "type", type);
        append_event (out, type, nudge);
      }
  if ((what & ZT_AGENT_EVENT_AUDIT) && _zt_agent_get_audit (self) != NULL)
    {
      g_autoptr(JsonNode) audit = json_node_new (JSON_NODE_OBJECT);
      JsonObject *o = json_object_new ();

      /* one per batch, the newest seq: a reader fetches GET /api/v1/audit?after_seq= */
      json_object_set_string_member (o, "type", "audit");
      json_object_set_int_member (o, "seq", zt_audit_get_last_seq (_zt_agent_get_audit (self)));
      json_node_take_object (audit, o);
      append_event (out, "audit", audit);
    }
}

static void
broadcast (ZtAgent    *self,
           const char *data,
           gsize       len)
{
  for (guint i = self->event_streams->len; i > 0; i--)
    {
      HttpSink *sink = g_ptr_array_index (self->event_streams, i - 1);

      /* a client that went away is dropped here, at the next event */
      if (sink->done)
        g_ptr_array_remove_index (self->event_streams, i - 1);
      else
        _zt_http_sink_write (sink, data, len);
    }
}

static gboolean
flush_cb (gpointer user_data)
{
  ZtAgent *self = user_data;
  g_autoptr(GString) out = g_string_new (NULL);

  g_clear_pointer (&self->events_source, g_source_unref);
  append_state (self, out, self->events_pending);
  self->events_pending = 0;
  g_string_append_len (out, self->events_log->str, self->events_log->len);
  g_string_truncate (self->events_log, 0);
  if (out->len > 0)
    broadcast (self, out->str, out->len);
  return G_SOURCE_REMOVE;
}

/* At most one batch every COALESCE_MS: a busy service cannot flood the UI. */
static void
schedule_flush (ZtAgent *self)
{
  if (self->events_source != NULL || self->event_streams == NULL || self->event_streams->len == 0)
    return;
  self->events_source = zt_timeout_source_attach (COALESCE_MS, flush_cb, self);
}

void
_zt_agent_events_changed (ZtAgent       *self,
                          ZtAgentEvents  what)
{
  /* the HTTP front workers' view of services and client tokens is built again */
  if (what & (ZT_AGENT_EVENT_SERVICES | ZT_AGENT_EVENT_CLIENTS))
    _zt_agent_fronts_invalidate (self->fronts);
  if (self->event_streams == NULL)
    return;  /* stopped, or not started */
  self->events_pending |= what;
  schedule_flush (self);
}

void
_zt_agent_events_handle (ZtAgent           *self,
                         SoupServerMessage *msg)
{
  HttpSink *sink;
  g_autoptr(GString) first = g_string_new (": zt4mcp events\n\n");

  if (!_zt_agent_accepts (msg, "text/event-stream"))
    return _zt_agent_reply_error (msg, 406, "not_acceptable", "this is an event stream: send Accept: text/event-stream");
  /* a GET stream sink without a session: chunked, pings every 15 s, notices a gone client */
  sink = _zt_http_sink_new (msg, SINK_GET);
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Cache-Control", "no-store");
  _zt_http_sink_watch_disconnect (sink);
  append_state (self, first, ZT_AGENT_EVENT_MESH | ZT_AGENT_EVENT_SERVICES);
  _zt_http_sink_write (sink, first->str, first->len);
  g_ptr_array_add (self->event_streams, sink);  /* takes the reference */
}

/* ---------------------------------------------------------------------------------------- */
/* Per-service logs and state                                                               */

static void
add_line (ZtAgent    *self,
          const char *service,
          const char *text)
{
  ServiceRuntime *rt = runtime_for (self, service);
  LogLine *line = g_new0 (LogLine, 1);
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  const char *end;
  g_autoptr(JsonBuilder) b = NULL;
  g_autoptr(JsonNode) node = NULL;

  /* capped at a character boundary */
  if (strlen (valid) > LOG_LINE_MAX)
    {
      g_utf8_validate (valid, LOG_LINE_MAX, &end);
      valid[end - valid] = '\0';
    }
  line->time = g_get_real_time ();
  line->text = g_steal_pointer (&valid);
  g_queue_push_tail (&rt->lines, line);
  while (rt->lines.length > LOG_LINES)
    log_line_free (g_queue_pop_head (&rt->lines));

  if (self->event_streams == NULL || self->event_streams->len == 0)
    return;
  if (self->events_log->len > PENDING_LOG_MAX)
    return;  /* the burst is in the log ring; GET .../log has it */
  b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "service");
  json_builder_add_string_value (b, service);
  json_builder_set_member_name (b, "time");
  json_builder_add_int_value (b, line->time);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, line->text);
  json_builder_end_object (b);
  node = json_builder_get_root (b);
  append_event (self->events_log, "log", node);
  schedule_flush (self);
}

void
_zt_agent_service_log (ZtAgent    *self,
                       const char *service,
                       const char *format,
                       ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  add_line (self, service, text);
}

void
_zt_agent_service_set_failing (ZtAgent    *self,
                               const char *service,
                               const char *error)
{
  ServiceRuntime *rt = runtime_for (self, service);

  if (g_strcmp0 (rt->last_error, error) == 0)
    return;
  g_free (rt->last_error);
  rt->last_error = g_strdup (error);
  if (error != NULL)
    add_line (self, service, error);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
}

void
_zt_agent_service_forget (ZtAgent    *self,
                          const char *service)
{
  g_hash_table_remove (self->runtime, service);
}

const char *
_zt_agent_service_state (ZtAgent     *self,
                         ZtService   *service,
                         guint        sessions,
                         const char **last_error)
{
  ServiceRuntime *rt = g_hash_table_lookup (self->runtime, service->name);

  *last_error = NULL;
  if (!service->enabled)
    return "stopped";
  if (rt != NULL && rt->last_error != NULL)
    {
      *last_error = rt->last_error;
      return "failing";
    }
  return sessions == 0 ? "idle" : "running";
}

void
_zt_agent_api_service_log (ZtAgent           *self,
                           SoupServerMessage *msg,
                           const char        *service)
{
  ServiceRuntime *rt = g_hash_table_lookup (self->runtime, service);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "lines");
  json_builder_begin_array (b);
  for (GList *l = rt ? rt->lines.head : NULL; l; l = l->next)
    {
      LogLine *line = l->data;

      json_builder_begin_object (b);
      json_builder_set_member_name (b, "time");
      json_builder_add_int_value (b, line->time);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, line->text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  _zt_agent_reply_json (msg, 200, root);
}

/* What the upstreams of our services report (in this agent's main context). */
static void
service_event_cb (const char     *service,
                  ZtServiceEvent  event,
                  const char     *text,
                  gpointer        user_data)
{
  ZtAgent *self = user_data;

  if (!g_hash_table_contains (self->services, service))
    return;
  switch (event)
    {
    case ZT_SERVICE_EVENT_OUTPUT:
      add_line (self, service, text);
      break;
    case ZT_SERVICE_EVENT_FAILED:
      _zt_agent_service_set_failing (self, service, text);
      break;
    case ZT_SERVICE_EVENT_STARTED:
    case ZT_SERVICE_EVENT_RESTARTED:
      add_line (self, service, text);
      _zt_agent_service_set_failing (self, service, NULL);
      _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
      break;
    case ZT_SERVICE_EVENT_EXITED:
    default:
      add_line (self, service, text);
      _zt_agent_events_changed (self, ZT_AGENT_EVENT_SERVICES);
      break;
    }
}

void
_zt_agent_events_init (ZtAgent *self)
{
  self->runtime = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) service_runtime_free);
  self->event_streams = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_sink_unref);
  self->events_log = g_string_new (NULL);
  zt_transports_set_event_func (self->transports, service_event_cb, self);
}

void
_zt_agent_events_shutdown (ZtAgent *self)
{
  if (self->transports != NULL)
    zt_transports_set_event_func (self->transports, NULL, NULL);
  zt_source_clear (&self->events_source);
  /* end the streams cleanly: the client sees the end of a chunked body, not a reset */
  for (guint i = 0; self->event_streams && i < self->event_streams->len; i++)
    _zt_http_sink_end (g_ptr_array_index (self->event_streams, i));
  g_clear_pointer (&self->event_streams, g_ptr_array_unref);
  g_clear_pointer (&self->runtime, g_hash_table_unref);
  if (self->events_log != NULL)
    g_string_free (g_steal_pointer (&self->events_log), TRUE);
}
