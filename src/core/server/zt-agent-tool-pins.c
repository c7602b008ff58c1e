/* zt-agent-tool-pins.c: the agent's side of tool pinning: its REST API, events, and a fresh look after list_changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-pin-filter.h"
#include "zt-scan-filter.h"
#include "zt-policy.h"
#include "zt-util.h"

/* The most tool names one approval may name (each is looked up in the pending rows). */
#define APPROVE_MAX_TOOLS 1000u
/* A burst of list_changed (a server updating several tools) makes one listing. */
#define RECHECK_DELAY_MS        300u
/* Re-checks of one service start at least this far apart: a server that says list_changed
 * over and over (some do, every second) costs one listing per interval, not one each. */
#define RECHECK_MIN_INTERVAL_MS 2000u

static gboolean
pin_service_cb (const char  *service,
                ZtPinMode   *mode,
                char       **key,
                gboolean    *imported,
                gpointer     user_data)
{
  ZtAgent *self = user_data;
  ZtService *s = g_hash_table_lookup (self->services, service);

  if (s == NULL)
    return FALSE;
  *mode = s->tool_pinning;
  *key = zt_service_pin_key (s);
  *imported = s->kind == ZT_SERVICE_MESH;
  return TRUE;
}

static void
held_cb (ZtPinFilter *filter,
         const char  *service,
         ZtAgent     *self)
{
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_TOOLS);
}

/* The re-check of one service after its server said its tools changed. At most one runs at
 * a time; what is said while it runs folds into one more after it. It asks in the session
 * that heard the notification (live and initialized: no new server process); only when that
 * session is gone does the agent open one of its own, whose own list_changed (servers say it
 * at start) is not heard as news. */
typedef struct {
  ZtAgent  *agent;        /* weak: the agent owns the table this is in */
  char     *service;
  char     *session_id;   /* the session that last said it */
  char     *own_session;  /* the agent's own listing session of the last re-check, if any */
  gint64    last_start;   /* monotonic µs */
  GSource  *timer;
  gboolean  running;
  gboolean  again;        /* said again while running */
} Recheck;

static void
recheck_free (Recheck *r)
{
  zt_source_clear (&r->timer);
  g_free (r->service);
  g_free (r->session_id);
  g_free (r->own_session);
  g_free (r);
}

static void recheck_schedule (Recheck *r);

static void
recheck_done_cb (ZtAgent    *self,
                 JsonArray  *tools,
                 guint       status,
                 const char *code,
                 const char *message,
                 gpointer    user_data)
{
  const char *service = user_data;
  Recheck *r = self->rechecks ? g_hash_table_lookup (self->rechecks, service) : NULL;

  if (tools == NULL)
    g_message ("%s: could not list its tools after it said they changed: %s", service, message);
  if (r == NULL)
    return;
  r->running = FALSE;
  if (r->again)
    recheck_schedule (r);
}

static gboolean
recheck_cb (gpointer user_data)
{
  Recheck *r = user_data;
  ZtAgent *self = r->agent;
  ZtService *service = g_hash_table_lookup (self->services, r->service);
  ZtSession *session = r->session_id ? g_hash_table_lookup (self->sessions, r->session_id) : NULL;

  g_clear_pointer (&r->timer, g_source_unref);
  if (service == NULL || !service->enabled || self->store == NULL)
    return G_SOURCE_REMOVE;
  r->running = TRUE;
  r->again = FALSE;
  r->last_start = g_get_monotonic_time ();
  if (session != NULL && _zt_agent_list_tools_in (self, session, recheck_done_cb, g_strdup (r->service), g_free))
    {
      g_message ("%s: its server says its tools changed; listing them in session %.8s to check their pins",
                 r->service, r->session_id);
      return G_SOURCE_REMOVE;
    }
  g_message ("%s: its server says its tools changed; listing them to check their pins", r->service);
  g_free (r->own_session);
  /* @done may have run already (no session could be made): @r is still in the table */
  r->own_session = _zt_agent_list_tools (self, service, recheck_done_cb, g_strdup (r->service), g_free);
  return G_SOURCE_REMOVE;
}

static void
recheck_schedule (Recheck *r)
{
  gint64 wait_ms = RECHECK_DELAY_MS;

  if (r->timer != NULL || r->running)
    return;
  if (r->last_start > 0)
    wait_ms = MAX (wait_ms, (r->last_start - g_get_monotonic_time ()) / 1000 + RECHECK_MIN_INTERVAL_MS);
  r->timer = zt_timeout_source_attach ((guint) wait_ms, recheck_cb, r);
}

static void
list_changed_cb (ZtPinFilter *filter,
                 const char  *service,
                 const char  *session_id,
                 ZtAgent     *self)
{
  ZtService *s = g_hash_table_lookup (self->services, service);
  Recheck *r;

  /* an import is re-checked where it is served: the exporter lists its own server, and the
   * client's own next list (clients list again on list_changed) passes the pins here */
  if (s == NULL || s->kind == ZT_SERVICE_MESH)
    return;
  if (self->rechecks == NULL)
    self->rechecks = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) recheck_free);
  if ((r = g_hash_table_lookup (self->rechecks, service)) == NULL)
    {
      r = g_new0 (Recheck, 1);
      r->agent = self;
      r->service = g_strdup (service);
      g_hash_table_insert (self->rechecks, r->service, r);
    }
  /* the agent's own listing: what its server says at start is no news (and answering it with
   * another listing of its own would start a server per notification, for ever) */
  if (session_id != NULL && g_strcmp0 (session_id, r->own_session) == 0)
    return;
  g_free (r->session_id);
  r->session_id = g_strdup (session_id);
  if (r->running)
    r->again = TRUE;
  else
    recheck_schedule (r);
}

void
_zt_agent_tool_pins_init (ZtAgent *self)
{
  zt_pin_filter_set_service_func (self->pin_filter, pin_service_cb, self);
  zt_pin_filter_set_policy (self->pin_filter, self->policy);
  g_signal_connect (self->pin_filter, "held", G_CALLBACK (held_cb), self);
  g_signal_connect (self->pin_filter, "list-changed", G_CALLBACK (list_changed_cb), self);
}

/* ---------------------------------------------------------------------------------------- */
/* REST                                                                                     */

static void
reply_pin_error (SoupServerMessage *msg,
                 GError            *error)
{
  if (g_error_matches (error, ZT_ERROR, ZT_ERROR_NOT_FOUND))
    return _zt_agent_reply_error (msg, 404, "not_found", "%s", error->message);
  if (g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "%s", error->message);
  _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
}

/* {"tools": ["a", ...]} or {"all": true}: the names as a NULL-terminated array (NULL: all) */
static gboolean
approval_tools (JsonObject  *body,
                GPtrArray  **tools,
                GError     **error)
{
  JsonArray *a = zt_json_get_array (body, "tools");
  JsonNode *all = json_object_get_member (body, "all");

  *tools = NULL;
  if (all != NULL && JSON_NODE_HOLDS_VALUE (all) && json_node_get_value_type (all) == G_TYPE_BOOLEAN &&
      json_node_get_boolean (all) && a == NULL)
    return TRUE;
  if (a == NULL || json_array_get_length (a) == 0 || json_array_get_length (a) > APPROVE_MAX_TOOLS)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "give {\"tools\": [NAME, ...]} (1 to %u names; "
                   "\"\" is the server's instructions) or {\"all\": true}", APPROVE_MAX_TOOLS);
      return FALSE;
    }
  *tools = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);

      if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
        {
          g_clear_pointer (tools, g_ptr_array_unref);
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"tools\" must be a list of tool names");
          return FALSE;
        }
      g_ptr_array_add (*tools, (gpointer) json_node_get_string (n));
    }
  g_ptr_array_add (*tools, NULL);
  return TRUE;
}

static void
api_approve (ZtAgent           *self,
             SoupServerMessage *msg,
             ZtService         *service)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  g_autoptr(GPtrArray) tools = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) approved = NULL, out = NULL, detail = NULL;
  JsonObject *o;

  if (body == NULL)
    return;
  if (!approval_tools (body, &tools, &error) ||
      (approved = zt_pin_filter_approve (self->pin_filter, service->name,
                                         tools ? (const char * const *) tools->pdata : NULL, "owner", &error)) == NULL)
    return reply_pin_error (msg, error);
  detail = json_node_init_object (json_node_alloc (), json_object_new ());
  json_object_set_string_member (json_node_get_object (detail), "service", service->name);
  json_object_set_member (json_node_get_object (detail), "approved", json_node_copy (approved));
  if (json_array_get_length (json_node_get_array (approved)) > 0)
    _zt_agent_audit_admin (self, "tools.approve", detail);
  if ((out = zt_pin_filter_describe (self->pin_filter, service->name, NULL, &error)) == NULL)
    return reply_pin_error (msg, error);
  o = json_node_get_object (out);
  json_object_set_member (o, "approved", g_steal_pointer (&approved));
  _zt_agent_reply_json (msg, 200, out);
}

/* GET /api/v1/services/NAME/pins[?tool=T], POST /api/v1/services/NAME/pins/approve */
void
_zt_agent_api_service_pins (ZtAgent           *self,
                            SoupServerMessage *msg,
                            const char        *method,
                            ZtService         *service,
                            gboolean           approve)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;
  GHashTable *query;
  const char *tool;

  if (strcmp (method, approve ? "POST" : "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", approve ? "use POST" : "use GET");
  if (approve)
    return api_approve (self, msg, service);
  {
    const char *q = g_uri_get_query (soup_server_message_get_uri (msg));

    query = q ? soup_form_decode (q) : NULL;
  }
  tool = query ? g_hash_table_lookup (query, "tool") : NULL;
  out = zt_pin_filter_describe (self->pin_filter, service->name, tool, &error);
  g_clear_pointer (&query, g_hash_table_unref);
  if (out == NULL)
    return reply_pin_error (msg, error);
  _zt_agent_reply_json (msg, 200, out);
}

/* One entry named in an accept request: its kind (as the scan filter and the store name them)
 * and its name; "resource" may turn out to be a template. Borrowed from the request's body. */
typedef struct {
  const char *kind;
  const char *name;
} AcceptEntry;

/* The entries of {"tools": [...], "prompts": [...], "resources": [...], "instructions": true} */
static GArray *
accept_entries (JsonObject *body,
                GError    **error)
{
  static const struct { const char *member, *kind, *what; } arrays[] = {
    { "tools", "tool", "tool names" }, { "prompts", "prompt", "prompt names" },
    { "resources", "resource", "resource URIs or URI templates" },
  };
  g_autoptr(GArray) out = g_array_new (FALSE, FALSE, sizeof (AcceptEntry));
  JsonNode *instructions = json_object_get_member (body, "instructions");

  for (guint a = 0; a < G_N_ELEMENTS (arrays); a++)
    {
      JsonNode *node = json_object_get_member (body, arrays[a].member);
      JsonArray *list;

      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_ARRAY (node))
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be a list of %s",
                       arrays[a].member, arrays[a].what);
          return NULL;
        }
      list = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonNode *n = json_array_get_element (list, i);
          AcceptEntry e = { arrays[a].kind, NULL };

          if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING ||
              *(e.name = json_node_get_string (n)) == '\0')
            {
              g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\" must be a list of %s",
                           arrays[a].member, arrays[a].what);
              return NULL;
            }
          g_array_append_val (out, e);
        }
    }
  if (instructions != NULL)
    {
      AcceptEntry e = { "instructions", "" };

      if (!JSON_NODE_HOLDS_VALUE (instructions) || json_node_get_value_type (instructions) != G_TYPE_BOOLEAN)
        {
          g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"instructions\" must be true or false");
          return NULL;
        }
      if (json_node_get_boolean (instructions))
        g_array_append_val (out, e);
    }
  if (out->len == 0 || out->len > APPROVE_MAX_TOOLS)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "give {\"tools\": [NAME, ...]}, \"prompts\": [NAME, ...], "
                   "\"resources\": [URI, ...] or \"instructions\": true (1 to %u entries in all)", APPROVE_MAX_TOOLS);
      return NULL;
    }
  return g_steal_pointer (&out);
}

/* "tool weather_lookup", "resource notes://x", "the instructions": for messages */
static char *
entry_label (const char *kind,
             const char *name)
{
  if (strcmp (kind, "instructions") == 0)
    return g_strdup ("the server's instructions");
  return g_strdup_printf ("%s %s", strcmp (kind, "template") == 0 ? "resource template" : kind, name);
}

/* GET /api/v1/services/NAME/tools/accept: what the owner accepted, and the prompts, resources
 * and instructions the scan blocks that could be (zt_scan_filter_list_blocked ()).
 * POST /api/v1/services/NAME/tools/accept {"tools": [...], "prompts": [...], "resources": [...],
 * "instructions": true, "revoke": false}: the owner lets entries through that the tool scan
 * blocks, each for the definition the scan blocked (a changed definition is blocked again), or
 * takes that back. */
void
_zt_agent_api_service_accept (ZtAgent           *self,
                              SoupServerMessage *msg,
                              const char        *method,
                              ZtService         *service)
{
  g_autoptr(JsonObject) body = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GPtrArray) shas = g_ptr_array_new_with_free_func (g_free);    /* per entry; NULL to revoke */
  g_autoptr(GPtrArray) why = g_ptr_array_new_with_free_func (g_free);     /* the rules that block it */
  JsonNode *revoke_node;
  gboolean revoke;
  JsonArray *done;
  JsonNode *out, *detail;

  if (strcmp (method, "GET") == 0)
    {
      JsonArray *list;

      out = json_node_init_object (json_node_alloc (), json_object_new ());
      key = zt_service_pin_key (service);
      list = self->store ? zt_store_scan_accepted_list (self->store, key) : json_array_new ();
      /* "current": whether the definition accepted is the one the scan filter saw in the
       * service's last list, the hash by which it lets calls through. Left out when the entry
       * has not been listed since the agent started. */
      for (guint i = 0; i < json_array_get_length (list); i++)
        {
          JsonObject *a = json_array_get_object_element (list, i);
          const char *name = zt_json_get_string (a, "tool");
          g_autofree char *seen = name ? zt_scan_filter_get_blocked (self->scan_filter, service->name,
                                                                     zt_json_get_string (a, "kind"), name,
                                                                     NULL, NULL) : NULL;

          if (seen != NULL)
            json_object_set_boolean_member (a, "current", g_strcmp0 (seen, zt_json_get_string (a, "sha256")) == 0);
        }
      json_object_set_string_member (json_node_get_object (out), "service", service->name);
      json_object_set_array_member (json_node_get_object (out), "accepted", list);
      /* what could be accepted besides tools: prompts, resources, the instructions */
      json_object_set_array_member (json_node_get_object (out), "blocked",
                                    zt_scan_filter_list_blocked (self->scan_filter, service->name));
      _zt_agent_reply_json (msg, 200, out);
      json_node_unref (out);
      return;
    }
  if (strcmp (method, "POST") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET or POST");
  if ((body = _zt_agent_read_json_body (msg)) == NULL)
    return;
  revoke_node = json_object_get_member (body, "revoke");
  if (revoke_node != NULL && (!JSON_NODE_HOLDS_VALUE (revoke_node) ||
                              json_node_get_value_type (revoke_node) != G_TYPE_BOOLEAN))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "\"revoke\" must be true or false");
  revoke = revoke_node != NULL && json_node_get_boolean (revoke_node);
  if (json_object_get_member (body, "all") != NULL)
    return _zt_agent_reply_error (msg, 400, "invalid_request", "name the tools to accept: {\"tools\": [NAME, ...]} "
                                  "(each is looked at on its own; there is no \"all\")");
  if ((entries = accept_entries (body, &error)) == NULL)
    return reply_pin_error (msg, error);
  if (self->store == NULL)
    return _zt_agent_reply_error (msg, 500, "internal", "this agent has no store to keep what it accepts");
  key = zt_service_pin_key (service);

  /* every entry is checked before anything is written: all or nothing */
  for (guint i = 0; i < entries->len; i++)
    {
      AcceptEntry *e = &g_array_index (entries, AcceptEntry, i);
      g_autofree char *label = NULL;
      char *sha = NULL;
      g_autofree char *had = NULL;
      char *rules = NULL;
      gboolean steers = FALSE;

      if (revoke)
        {
          if ((had = zt_store_scan_accepted (self->store, key, e->kind, e->name, NULL, NULL)) == NULL &&
              strcmp (e->kind, "resource") == 0 &&
              (had = zt_store_scan_accepted (self->store, key, "template", e->name, NULL, NULL)) != NULL)
            e->kind = "template";
          if (had == NULL)
            {
              label = entry_label (e->kind, e->name);
              if (strcmp (e->kind, "tool") == 0)
                return _zt_agent_reply_error (msg, 404, "not_found", "%s: no tool named \"%s\" was accepted",
                                              service->name, e->name);
              return _zt_agent_reply_error (msg, 404, "not_found", "%s: %s was not accepted", service->name, label);
            }
        }
      else if ((sha = zt_scan_filter_get_blocked (self->scan_filter, service->name, e->kind, e->name, &rules,
                                                  &steers)) == NULL &&
               !steers && strcmp (e->kind, "resource") == 0 &&
               (sha = zt_scan_filter_get_blocked (self->scan_filter, service->name, "template", e->name, &rules,
                                                  &steers)) != NULL)
        e->kind = "template";
      if (!revoke && sha == NULL)
        {
          g_autofree char *shown = rules;

          if (steers)
            return _zt_agent_reply_error (msg, 409, "steers", "%s: %s is blocked for steering another service's "
                                          "tool (%s), which is not accepted: remove that service or turn the rule "
                                          "off for %s (`zt4mcp service update %s --scan-rule RULE=off`)",
                                          service->name, e->name, shown ? shown : "", service->name, service->name);
          label = strcmp (e->kind, "tool") == 0 ? g_strdup_printf ("a tool named \"%s\"", e->name)
                                                 : entry_label (e->kind, e->name);
          return _zt_agent_reply_error (msg, 409, "not_blocked",
                                        "%s: the tool scan does not block %s in what the service last %s, so there "
                                        "is nothing to accept; `zt4mcp tools scan %s` shows the verdicts%s",
                                        service->name, label,
                                        strcmp (e->kind, "instructions") == 0 ? "answered" : "listed", service->name,
                                        service->kind == ZT_SERVICE_MESH
                                          ? " (what the exporting member's agent blocks never reaches this one: only "
                                            "that agent's owner can accept it)" : "");
        }
      g_ptr_array_add (shas, sha);
      g_ptr_array_add (why, rules);
    }
  done = json_array_new ();
  for (guint i = 0; i < entries->len; i++)
    {
      const AcceptEntry *e = &g_array_index (entries, AcceptEntry, i);
      const char *sha = shas->pdata[i], *rules = why->pdata[i];
      g_autofree char *label = entry_label (e->kind, e->name);
      JsonObject *o;

      if (!zt_store_scan_accept (self->store, key, e->kind, e->name, sha, "owner", &error))
        {
          json_array_unref (done);
          return _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
        }
      o = json_object_new ();
      json_object_set_string_member (o, "kind", e->kind);
      json_object_set_string_member (o, "tool", e->name);
      if (sha != NULL)
        {
          json_object_set_string_member (o, "sha256", sha);
          json_object_set_string_member (o, "rules", rules ? rules : "");
        }
      json_array_add_object_element (done, o);
      g_message ("%s: %s %s by the owner%s%s%s", service->name, label,
                 revoke ? "no longer accepted: the tool scan blocks it again" : "accepted although the tool scan blocks it",
                 rules ? " (" : "", rules ? rules : "", rules ? ")" : "");
    }
  zt_scan_filter_accepted_changed (self->scan_filter, service->name);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_TOOLS);

  detail = json_node_init_object (json_node_alloc (), json_object_new ());
  json_object_set_string_member (json_node_get_object (detail), "service", service->name);
  json_object_set_array_member (json_node_get_object (detail), revoke ? "revoked" : "accepted", json_array_ref (done));
  _zt_agent_audit_admin (self, revoke ? "tools.accept.revoke" : "tools.accept", detail);
  json_node_unref (detail);

  out = json_node_init_object (json_node_alloc (), json_object_new ());
  json_object_set_string_member (json_node_get_object (out), "service", service->name);
  json_object_set_array_member (json_node_get_object (out), revoke ? "revoked" : "accepted", done);
  _zt_agent_reply_json (msg, 200, out);
  json_node_unref (out);
}
