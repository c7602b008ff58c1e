/* zt-client.c: the UI's facade over the agent: async REST calls and a live event stream */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <libsoup/soup.h>

#include "zt-jsonrpc.h"
#include "zt-sse.h"
#include "zt-client.h"

/* Everything here runs on the UI thread's main context with libsoup's async API: the UI
 * never waits for the agent, and the agent's thread never touches a widget. */
struct _ZtClient {
  GObject       parent_instance;
  SoupSession  *session;
  char         *url;
  char         *token;
  JsonNode     *mesh;
  JsonNode     *services;
  char         *mesh_text;
  char         *services_text;
  char         *services_shape;  /* services_text without the session counts */
  guint         services_emit_id;
  GCancellable *events_cancellable;
  ZtSseParser  *events_parser;
  GInputStream *events_stream;
  guint         reconnect_id;
  guint         poll_id;
  guint         backoff_ms;
  gboolean      connected;
};

G_DEFINE_FINAL_TYPE (ZtClient, zt_client, G_TYPE_OBJECT)
G_DEFINE_QUARK (zt-client-error-quark, zt_client_error)

enum { PROP_0, PROP_CONNECTED, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { MESH_CHANGED, SERVICES_CHANGED, LOG_LINE, EVENT, N_SIGNALS };
static guint signals[N_SIGNALS];

#define EVENTS_MAX_EVENT (4 * 1024 * 1024)

/* The agent is another process: its answers are parsed with limits too (roomier than an
 * MCP message's, since a list of services or tools can be long). */
static const ZtLimits agent_limits = ZT_AGENT_ANSWER_LIMITS;
#define SERVICES_THROTTLE_MS 1000

static void events_connect (ZtClient *self);
static GWeakRef *weak_new (ZtClient *self);

JsonNode *
zt_json_object_node (const char *first_member,
                     ...)
{
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  va_list ap;

  va_start (ap, first_member);
  for (const char *name = first_member; name; name = va_arg (ap, const char *))
    {
      const char *value = va_arg (ap, const char *);
      if (value != NULL)
        json_object_set_string_member (o, name, value);
    }
  va_end (ap);
  json_node_take_object (node, o);
  return node;
}

static SoupMessage *
new_message (ZtClient   *self,
             const char *method,
             const char *url,
             JsonNode   *body)
{
  SoupMessage *msg = soup_message_new (method, url);
  g_autofree char *auth = NULL;

  if (msg == NULL)
    return NULL;
  auth = g_strdup_printf ("Bearer %s", self->token);
  soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
  if (body != NULL)
    {
      g_autofree char *text = zt_json_to_string (body);
      gsize len = strlen (text);
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&text), len);

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  return msg;
}

static ZtClientError
error_from_code (const char *code,
                 guint       status)
{
  static const struct { const char *code; ZtClientError error; } map[] = {
    { "invalid_invitation", ZT_CLIENT_ERROR_INVALID_INVITATION },
    { "already_joined", ZT_CLIENT_ERROR_ALREADY_JOINED },
    { "hub_exists", ZT_CLIENT_ERROR_ALREADY_JOINED },
    { "hub_unreachable", ZT_CLIENT_ERROR_HUB_UNREACHABLE },
    { "fingerprint_mismatch", ZT_CLIENT_ERROR_FINGERPRINT_MISMATCH },
    { "hub_refused", ZT_CLIENT_ERROR_HUB_REFUSED },
    { "not_found", ZT_CLIENT_ERROR_NOT_FOUND },
    { "invalid_request", ZT_CLIENT_ERROR_INVALID_REQUEST },
  };

  for (guint i = 0; code && i < G_N_ELEMENTS (map); i++)
    if (strcmp (code, map[i].code) == 0)
      return map[i].error;
  if (status == 404)
    return ZT_CLIENT_ERROR_NOT_FOUND;
  return ZT_CLIENT_ERROR_FAILED;
}

/* Turns an answer into JSON or a GError carrying the agent's message. */
static JsonNode *
parse_answer (SoupMessage *msg,
              GBytes      *bytes,
              JsonNode   **error_body,
              GError     **error)
{
  guint status = soup_message_get_status (msg);
  gsize len = 0;
  const char *data = bytes ? g_bytes_get_data (bytes, &len) : NULL;
  g_autoptr(JsonNode) parsed = len > 0 ? zt_json_parse_strict (data, len, &agent_limits, NULL) : NULL;
  JsonNode *root = parsed;

  if (status >= 200 && status < 300)
    {
      if (root == NULL)
        {
          JsonNode *empty = json_node_new (JSON_NODE_OBJECT);
          json_node_take_object (empty, json_object_new ());
          return empty;
        }
      return g_steal_pointer (&parsed);
    }
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
      json_object_has_member (json_node_get_object (root), "error") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (json_node_get_object (root), "error")))
    {
      JsonObject *e = json_object_get_object_member (json_node_get_object (root), "error");
      const char *code = json_object_get_string_member_with_default (e, "code", NULL);
      const char *message = json_object_get_string_member_with_default (e, "message", NULL);

      g_set_error_literal (error, ZT_CLIENT_ERROR, error_from_code (code, status),
                           message ? message : soup_status_get_phrase (status));
    }
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
           json_object_get_string_member_with_default (json_node_get_object (root), "error", NULL) != NULL)
    {
      /* the policy API's shape: {error: CODE, message, field} */
      JsonObject *o = json_node_get_object (root);
      const char *code = json_object_get_string_member (o, "error");
      const char *message = json_object_get_string_member_with_default (o, "message", NULL);

      g_set_error_literal (error, ZT_CLIENT_ERROR, error_from_code (code, status), message ? message : code);
    }
  else
    g_set_error (error, ZT_CLIENT_ERROR, error_from_code (NULL, status),
                 _("The agent answered HTTP %u (%s)."), status, soup_status_get_phrase (status));
  if (error_body != NULL && root != NULL && JSON_NODE_HOLDS_OBJECT (root))
    *error_body = json_node_ref (root);
  return NULL;
}

typedef struct {
  SoupMessage *msg;
  JsonNode    *error_body;
} CallData;

static void
call_data_free (CallData *data)
{
  g_clear_object (&data->msg);
  g_clear_pointer (&data->error_body, json_node_unref);
  g_free (data);
}

static void
call_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CallData *data = g_task_get_task_data (task);
  SoupMessage *msg = data->msg;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = soup_session_send_and_read_finish (SOUP_SESSION (source), result, &error);
  JsonNode *node;

  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_NETWORK,
                                 _("The agent did not answer (%s). It may have stopped; restart the app."),
                                 error->message);
      return;
    }
  node = parse_answer (msg, bytes, &data->error_body, &error);
  if (node == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, node, (GDestroyNotify) json_node_unref);
}

void
zt_client_call_async (ZtClient            *self,
                      const char          *method,
                      const char          *path,
                      JsonNode            *body,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  SoupMessage *msg;
  CallData *data;

  g_return_if_fail (ZT_IS_CLIENT (self));
  g_return_if_fail (path != NULL && path[0] == '/');

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zt_client_call_async);
  url = g_strconcat (self->url, "/api/v1", path, NULL);
  msg = new_message (self, method, url, body);
  if (msg == NULL)
    {
      g_task_return_new_error (task, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_INVALID_REQUEST,
                               _("Cannot make a request for %s."), path);
      return;
    }
  data = g_new0 (CallData, 1);
  data->msg = msg;
  g_task_set_task_data (task, data, (GDestroyNotify) call_data_free);
  soup_session_send_and_read_async (self->session, msg, G_PRIORITY_DEFAULT, cancellable, call_cb,
                                    g_steal_pointer (&task));
}

JsonNode *
zt_client_call_finish (ZtClient      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

JsonNode *
zt_client_call_finish_full (ZtClient      *self,
                            GAsyncResult  *result,
                            JsonObject   **error_body,
                            GError       **error)
{
  CallData *data;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_client_call_async, NULL);
  data = g_task_get_task_data (G_TASK (result));
  if (error_body != NULL)
    *error_body = data->error_body ? json_object_ref (json_node_get_object (data->error_body)) : NULL;
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
zt_client_error_field (JsonObject *error_body)
{
  JsonNode *e;

  if (error_body == NULL)
    return NULL;
  e = json_object_get_member (error_body, "error");
  if (e != NULL && JSON_NODE_HOLDS_OBJECT (e))
    return json_object_get_string_member_with_default (json_node_get_object (e), "field", NULL);
  return json_object_get_string_member_with_default (error_body, "field", NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* State                                                                                    */

/* Replaces a cached document; TRUE if it changed (so a burst of identical events redraws
 * nothing). */
static gboolean
replace_state (JsonNode  **slot,
               char      **slot_text,
               JsonNode   *node)
{
  g_autofree char *text = zt_json_to_string (node);

  if (g_strcmp0 (text, *slot_text) == 0)
    return FALSE;
  g_clear_pointer (slot, json_node_unref);
  *slot = json_node_ref (node);
  g_free (*slot_text);
  *slot_text = g_steal_pointer (&text);
  return TRUE;
}

static void
set_mesh (ZtClient *self,
          JsonNode *node)
{
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node) && replace_state (&self->mesh, &self->mesh_text, node))
    g_signal_emit (self, signals[MESH_CHANGED], 0);
}

/* The services document without what changes with every call under load (how many
 * sessions are open): what the UI must show at once. */
static char *
services_shape (JsonNode *node)
{
  g_autoptr(JsonNode) copy = json_node_copy (node);
  JsonArray *a = json_object_get_array_member (json_node_get_object (copy), "services");

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);
      if (s)
        json_object_remove_member (s, "sessions");
    }
  return zt_json_to_string (copy);
}

static gboolean
services_emit_cb (gpointer user_data)
{
  ZtClient *self = user_data;

  self->services_emit_id = 0;
  g_signal_emit (self, signals[SERVICES_CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
set_services (ZtClient *self,
              JsonNode *node)
{
  g_autofree char *shape = NULL;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
      !json_object_has_member (json_node_get_object (node), "services") ||
      !replace_state (&self->services, &self->services_text, node))
    return;
  /* A change the user acted on, or a service failing, shows at once; a new session count
   * waits up to a second, so heavy traffic costs the UI one relayout a second at most. */
  shape = services_shape (node);
  if (g_strcmp0 (shape, self->services_shape) != 0)
    {
      g_free (self->services_shape);
      self->services_shape = g_steal_pointer (&shape);
      g_clear_handle_id (&self->services_emit_id, g_source_remove);
      g_signal_emit (self, signals[SERVICES_CHANGED], 0);
    }
  else if (self->services_emit_id == 0)
    self->services_emit_id = g_timeout_add (SERVICES_THROTTLE_MS, services_emit_cb, self);
}

static void
set_connected (ZtClient *self,
               gboolean  connected)
{
  if (self->connected == connected)
    return;
  self->connected = connected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONNECTED]);
}

static void
refresh_mesh_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(ZtClient) self = user_data;
  g_autoptr(JsonNode) node = zt_client_call_finish (self, result, NULL);

  set_mesh (self, node);
}

static void
refresh_services_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ZtClient) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = zt_client_call_finish (self, result, &error);

  if (node != NULL)
    set_connected (self, TRUE);
  else if (g_error_matches (error, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_NETWORK))
    set_connected (self, FALSE);
  set_services (self, node);
}

void
zt_client_refresh (ZtClient *self)
{
  g_return_if_fail (ZT_IS_CLIENT (self));
  zt_client_call_async (self, "GET", "/mesh", NULL, NULL, refresh_mesh_cb, g_object_ref (self));
  zt_client_call_async (self, "GET", "/services", NULL, NULL, refresh_services_cb, g_object_ref (self));
}

/* ---------------------------------------------------------------------------------------- */
/* The event stream                                                                         */

/* access, policy, audit, tools and clients say only that something changed ({"type": "access"}); the name is
 * the SSE event's, or the data's "type" when the event has none. */
static void
emit_event (ZtClient   *self,
            const char *event,
            JsonObject *data)
{
  static const char *known[] = { "access", "policy", "audit", "tools", "clients" };
  const char *type = json_object_get_string_member_with_default (data, "type", NULL);

  if (event == NULL || g_strcmp0 (event, "message") == 0)
    event = type;
  for (guint i = 0; event && i < G_N_ELEMENTS (known); i++)
    if (strcmp (event, known[i]) == 0)
      g_signal_emit (self, signals[EVENT], g_quark_from_static_string (known[i]), known[i], data);
}

static void
events_event_cb (const char *event,
                 const char *data,
                 gsize       data_len,
                 const char *id,
                 gpointer    user_data)
{
  ZtClient *self = user_data;
  g_autoptr(JsonNode) root = zt_json_parse_strict (data, data_len, &agent_limits, NULL);

  if (root == NULL)
    return;
  if (g_strcmp0 (event, "mesh") == 0)
    set_mesh (self, root);
  else if (g_strcmp0 (event, "services") == 0)
    set_services (self, root);
  else if (g_strcmp0 (event, "log") == 0 && JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *o = json_node_get_object (root);
      const char *service = json_object_get_string_member_with_default (o, "service", NULL);
      const char *text = json_object_get_string_member_with_default (o, "text", NULL);

      if (service != NULL && text != NULL)
        g_signal_emit (self, signals[LOG_LINE], 0, service,
                       json_object_get_int_member_with_default (o, "time", 0), text);
    }
  else if (JSON_NODE_HOLDS_OBJECT (root))
    emit_event (self, event, json_node_get_object (root));
}

static gboolean
reconnect_cb (gpointer user_data)
{
  ZtClient *self = user_data;

  self->reconnect_id = 0;
  events_connect (self);
  return G_SOURCE_REMOVE;
}

static gboolean
poll_cb (gpointer user_data)
{
  zt_client_refresh (user_data);
  return G_SOURCE_CONTINUE;
}

static void
events_lost (ZtClient *self,
             gboolean  unsupported)
{
  g_clear_object (&self->events_stream);
  g_clear_pointer (&self->events_parser, zt_sse_parser_free);
  if (g_cancellable_is_cancelled (self->events_cancellable))
    return;
  if (unsupported)
    {
      /* an older daemon without /events: poll instead */
      if (self->poll_id == 0)
        self->poll_id = g_timeout_add_seconds (2, poll_cb, self);
      zt_client_refresh (self);
      return;
    }
  set_connected (self, FALSE);
  self->backoff_ms = MIN (MAX (self->backoff_ms * 2, 250), 5000);
  self->reconnect_id = g_timeout_add (self->backoff_ms, reconnect_cb, self);
}

static void events_read_cb (GObject *source, GAsyncResult *result, gpointer user_data);

static void
events_read_more (ZtClient *self)
{
  g_input_stream_read_bytes_async (self->events_stream, 16384, G_PRIORITY_DEFAULT,
                                   self->events_cancellable, events_read_cb, weak_new (self));
}

/* The event stream holds only a weak reference on the client: dropping the client ends it. */
static GWeakRef *
weak_new (ZtClient *self)
{
  GWeakRef *weak = g_new (GWeakRef, 1);

  g_weak_ref_init (weak, self);
  return weak;
}

static ZtClient *
weak_take (gpointer data)
{
  GWeakRef *weak = data;
  ZtClient *self = g_weak_ref_get (weak);

  g_weak_ref_clear (weak);
  g_free (weak);
  return self;
}

static void
events_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtClient) self = weak_take (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  gsize len;
  const char *data;

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (bytes == NULL || g_bytes_get_size (bytes) == 0)
    return events_lost (self, FALSE);
  data = g_bytes_get_data (bytes, &len);
  if (!zt_sse_parser_feed (self->events_parser, data, len, &error))
    {
      g_warning ("agent events: %s", error->message);
      return events_lost (self, FALSE);
    }
  events_read_more (self);
}

static void
events_sent_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtClient) self = weak_take (user_data);
  g_autoptr(GError) error = NULL;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GInputStream) stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  guint status;

  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (stream == NULL)
    return events_lost (self, FALSE);
  status = soup_message_get_status (msg);
  if (status != 200)
    return events_lost (self, status == 404 || status == 405);
  self->backoff_ms = 0;
  set_connected (self, TRUE);
  self->events_stream = g_steal_pointer (&stream);
  self->events_parser = zt_sse_parser_new (EVENTS_MAX_EVENT, events_event_cb, self);
  events_read_more (self);
}

static void
events_connect (ZtClient *self)
{
  g_autofree char *url = g_strconcat (self->url, "/api/v1/events", NULL);
  g_autoptr(SoupMessage) msg = new_message (self, "GET", url, NULL);

  soup_message_headers_replace (soup_message_get_request_headers (msg), "Accept", "text/event-stream");
  soup_session_send_async (self->session, msg, G_PRIORITY_DEFAULT, self->events_cancellable,
                           events_sent_cb, weak_new (self));
}

/* ---------------------------------------------------------------------------------------- */
/* A service's tools: the agent lists them (GET /services/NAME/tools); the app speaks no MCP  */

static void
tools_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  JsonNode *tools;

  if (answer == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  tools = JSON_NODE_HOLDS_OBJECT (answer) ? json_object_get_member (json_node_get_object (answer), "tools") : NULL;
  if (tools == NULL || !JSON_NODE_HOLDS_ARRAY (tools))
    {
      g_task_return_new_error (task, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_FAILED, _("The agent sent no list of tools."));
      return;
    }
  g_task_return_pointer (task, json_array_ref (json_node_get_array (tools)), (GDestroyNotify) json_array_unref);
}

void
zt_client_list_tools_async (ZtClient            *self,
                            const char          *service,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  GTask *task;
  g_autofree char *escaped = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (ZT_IS_CLIENT (self));
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zt_client_list_tools_async);
  escaped = g_uri_escape_string (service, NULL, TRUE);
  path = g_strconcat ("/services/", escaped, "/tools", NULL);
  zt_client_call_async (self, "GET", path, NULL, cancellable, tools_cb, task);
}

JsonArray *
zt_client_list_tools_finish (ZtClient      *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_client_list_tools_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------------------- */
/* Streams (the audit export): read as they come, never held whole                          */

static void
open_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  SoupMessage *msg = soup_session_get_async_result_message (SOUP_SESSION (source), result);
  g_autoptr(GInputStream) in = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  guint status;

  if (in == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_NETWORK, _("The agent did not answer (%s)."),
                                 error->message);
      return;
    }
  status = soup_message_get_status (msg);
  if (status != 200)
    {
      g_task_return_new_error (task, ZT_CLIENT_ERROR, error_from_code (NULL, status),
                               _("The agent answered HTTP %u (%s)."), status, soup_status_get_phrase (status));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&in), g_object_unref);
}

void
zt_client_open_async (ZtClient            *self,
                      const char          *path,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  g_autoptr(SoupMessage) msg = NULL;

  g_return_if_fail (ZT_IS_CLIENT (self));
  g_return_if_fail (path != NULL && path[0] == '/');

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, zt_client_open_async);
  url = g_strconcat (self->url, "/api/v1", path, NULL);
  msg = new_message (self, "GET", url, NULL);
  if (msg == NULL)
    {
      g_task_return_new_error (task, ZT_CLIENT_ERROR, ZT_CLIENT_ERROR_INVALID_REQUEST,
                               _("Cannot make a request for %s."), path);
      return;
    }
  soup_session_send_async (self->session, msg, G_PRIORITY_DEFAULT, cancellable, open_sent_cb, g_steal_pointer (&task));
}

GInputStream *
zt_client_open_finish (ZtClient      *self,
                       GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_client_open_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------------------------------- */

const char *
zt_client_get_token (ZtClient *self)
{
  g_return_val_if_fail (ZT_IS_CLIENT (self), NULL);
  return self->token;
}

const char *
zt_client_get_url (ZtClient *self)
{
  return self->url;
}

char *
zt_client_get_service_url (ZtClient   *self,
                           const char *service)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, FALSE);
  return g_strconcat (self->url, "/mcp/", escaped, NULL);
}

JsonObject *
zt_client_get_mesh (ZtClient *self)
{
  return self->mesh ? json_node_get_object (self->mesh) : NULL;
}

JsonArray *
zt_client_get_services (ZtClient *self)
{
  return self->services ? json_object_get_array_member (json_node_get_object (self->services), "services") : NULL;
}

JsonObject *
zt_client_find_service (ZtClient   *self,
                        const char *name)
{
  JsonArray *a = zt_client_get_services (self);

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonObject *s = json_array_get_object_element (a, i);
      if (s && g_strcmp0 (json_object_get_string_member_with_default (s, "name", NULL), name) == 0)
        return s;
    }
  return NULL;
}

gboolean
zt_client_get_connected (ZtClient *self)
{
  return self->connected;
}

static void
zt_client_dispose (GObject *object)
{
  ZtClient *self = ZT_CLIENT (object);

  g_cancellable_cancel (self->events_cancellable);
  g_clear_handle_id (&self->reconnect_id, g_source_remove);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_handle_id (&self->services_emit_id, g_source_remove);
  g_clear_object (&self->events_stream);
  g_clear_pointer (&self->events_parser, zt_sse_parser_free);
  if (self->session)
    soup_session_abort (self->session);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (zt_client_parent_class)->dispose (object);
}

static void
zt_client_finalize (GObject *object)
{
  ZtClient *self = ZT_CLIENT (object);

  g_clear_object (&self->events_cancellable);
  g_clear_pointer (&self->mesh, json_node_unref);
  g_clear_pointer (&self->services, json_node_unref);
  g_free (self->mesh_text);
  g_free (self->services_text);
  g_free (self->services_shape);
  g_free (self->url);
  if (self->token)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  G_OBJECT_CLASS (zt_client_parent_class)->finalize (object);
}

static void
zt_client_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZtClient *self = ZT_CLIENT (object);

  switch (prop_id)
    {
    case PROP_CONNECTED:
      g_value_set_boolean (value, self->connected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_client_class_init (ZtClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = zt_client_dispose;
  object_class->finalize = zt_client_finalize;
  object_class->get_property = zt_client_get_property;

  properties[PROP_CONNECTED] =
    g_param_spec_boolean ("connected", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MESH_CHANGED] = g_signal_new ("mesh-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SERVICES_CHANGED] = g_signal_new ("services-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LOG_LINE] = g_signal_new ("log-line", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                    G_TYPE_STRING, G_TYPE_INT64, G_TYPE_STRING);
  /* "event::access", "event::policy", "event::audit", "event::tools", "event::clients": (name, data) */
  signals[EVENT] = g_signal_new ("event", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, JSON_TYPE_OBJECT);
}

static void
zt_client_init (ZtClient *self)
{
  self->events_cancellable = g_cancellable_new ();
}

ZtClient *
zt_client_new (const char *url,
               const char *token)
{
  ZtClient *self;

  g_return_val_if_fail (url != NULL && token != NULL, NULL);
  self = g_object_new (ZT_TYPE_CLIENT, NULL);
  self->url = g_strdup (url);
  self->token = g_strdup (token);
  /* loopback only: no proxy, and a short idle timeout so a stopped daemon is noticed */
  self->session = soup_session_new_with_options ("proxy-resolver", NULL, "max-conns-per-host", 8, NULL);
  events_connect (self);
  zt_client_refresh (self);
  return self;
}
