/* zt-agent-policy.c: the agent's grants, groups and access requests: storage, REST, and the mesh's zt4mcp.access */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-line-stream.h"
#include "zt-policy.h"
#include "zt-util.h"

#define PENDING_TTL   (24 * 3600)  /* a request nobody decided expires */
#define ACCESS_LINE   (64 * 1024)  /* one request or answer on zt4mcp.access */
#define ACCESS_WAIT_S 15           /* for the other agent's answer */
#define PENDING_MAX   20           /* undecided requests of one endpoint: a peer cannot fill the disk */

static JsonObject *
get_object (JsonObject *o,
            const char *member)
{
  JsonNode *n = json_object_get_member (o, member);

  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static gint64
now_s (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* ---------------------------------------------------------------------------------------- */
/* Loading and admission                                                                    */

void
_zt_agent_policy_reload (ZtAgent *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = zt_store_load_grants (self->store, &error);
  g_autoptr(GPtrArray) group_rows = NULL;
  GPtrArray *grants = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_grant_unref);
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);

  if (rows == NULL)
    g_warning ("policy: %s; every mesh peer is denied until it can be read", error->message);
  for (guint i = 0; rows && i < rows->len; i++)
    {
      g_autoptr(GError) local_error = NULL;
      ZtGrant *g = zt_grant_from_json (g_ptr_array_index (rows, i), NULL, &local_error);

      if (g == NULL)
        g_warning ("policy: a stored grant is unreadable and was skipped: %s", local_error->message);
      else
        g_ptr_array_add (grants, g);
    }
  g_clear_error (&error);
  group_rows = zt_store_load_groups (self->store, &error);
  for (guint i = 0; group_rows && i < group_rows->len; i++)
    {
      JsonObject *o = g_ptr_array_index (group_rows, i);
      JsonArray *a = zt_json_get_array (o, "members");
      GPtrArray *members = g_ptr_array_new ();

      for (guint j = 0; a && j < json_array_get_length (a); j++)
        if (zt_json_array_get_string (a, j))
          g_ptr_array_add (members, g_strdup (zt_json_array_get_string (a, j)));
      g_ptr_array_add (members, NULL);
      g_hash_table_replace (groups, g_strdup (zt_json_get_string (o, "name")),
                            g_ptr_array_free (members, FALSE));
    }
  zt_policy_set (self->policy, grants, groups);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_POLICY);
  /* who may open sessions follows the grants: model requests in flight that the grants no
   * longer let in end first (recorded as revoked), then the hub is told and what lost its
   * last grant ends */
  _zt_agent_llm_recheck (self, NULL);
  _zt_agent_announce_exports (self);
}

gboolean
_zt_agent_policy_admits (ZtAgent    *self,
                         ZtService  *service,
                         const char *user,
                         const char *endpoint)
{
  for (guint i = 0; service->export_to && service->export_to[i]; i++)
    if (zt_subject_matches (service->export_to[i], user, endpoint))
      return TRUE;
  return zt_policy_names_peer (self->policy, service->name, user, endpoint);
}

char **
_zt_agent_policy_announced (ZtAgent   *self,
                            ZtService *service)
{
  return zt_policy_peers_of (self->policy, service->name, (const char * const *) service->export_to);
}

/* An export list names who is offered the service; each named member (not "*") is also
 * granted all of it, origin "export". The list replaces the previous one, and its grants. */
gboolean
_zt_agent_policy_sync_exports (ZtAgent    *self,
                               ZtService  *service,
                               GError    **error)
{
  if (!zt_store_delete_export_grants (self->store, service->name, error))
    return FALSE;
  for (guint i = 0; service->export_to && service->export_to[i]; i++)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) grant = NULL;
      g_autofree char *id = zt_grant_new_id ();
      const char *kinds[] = { "tools", "resources", "prompts" };

      if (strcmp (service->export_to[i], "*") == 0)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, service->name);
      json_builder_set_member_name (b, "subject"); json_builder_add_string_value (b, service->export_to[i]);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          json_builder_set_member_name (b, kinds[k]);
          json_builder_begin_array (b);
          json_builder_add_string_value (b, "*");
          json_builder_end_array (b);
        }
      json_builder_set_member_name (b, "origin"); json_builder_add_string_value (b, "export");
      json_builder_set_member_name (b, "note"); json_builder_add_string_value (b, "");
      json_builder_set_member_name (b, "created"); json_builder_add_int_value (b, now_s ());
      json_builder_end_object (b);
      grant = json_builder_get_root (b);
      if (!zt_store_put_grant (self->store, id, service->name, grant, error))
        return FALSE;
    }
  _zt_agent_policy_reload (self);
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* REST: /api/v1/policy                                                                     */

static const char *
query_param (SoupServerMessage *msg,
             const char        *name,
             GHashTable       **params)
{
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));

  if (*params == NULL)
    *params = query ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;
  return *params ? g_hash_table_lookup (*params, name) : NULL;
}

static JsonNode *
grant_with_id (JsonObject *row)
{
  g_autoptr(ZtGrant) g = zt_grant_from_json (row, NULL, NULL);

  return g ? zt_grant_to_json (g) : NULL;
}

static void
api_policy_get (ZtAgent           *self,
                SoupServerMessage *msg)
{
  g_autoptr(GHashTable) params = NULL;
  const char *service = query_param (msg, "service", &params);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = zt_store_load_grants (self->store, &error);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  JsonArray *grants = json_array_new (), *ga = json_array_new ();

  json_node_take_object (out, o);
  json_object_set_array_member (o, "grants", grants);
  json_object_set_array_member (o, "groups", ga);
  if (rows == NULL || (groups = zt_store_load_groups (self->store, &error)) == NULL)
    return _zt_agent_reply_gerror (msg, error);
  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *row = g_ptr_array_index (rows, i);
      JsonNode *g;

      if (service != NULL && g_strcmp0 (zt_json_get_string (row, "service"), service) != 0)
        continue;
      if ((g = grant_with_id (row)) != NULL)
        json_array_add_element (grants, g);
    }
  for (guint i = 0; i < groups->len; i++)
    json_array_add_object_element (ga, json_object_ref (g_ptr_array_index (groups, i)));
  _zt_agent_reply_json (msg, 200, out);
}

static void
reply_invalid (SoupServerMessage *msg,
               const GError      *error,
               const char        *field)
{
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new (), *e = json_object_new ();

  json_object_set_string_member (e, "code", "invalid_grant");
  json_object_set_string_member (e, "message", error->message);
  if (field != NULL)
    json_object_set_string_member (e, "field", field);
  json_object_set_object_member (o, "error", e);
  json_node_take_object (out, o);
  _zt_agent_reply_json (msg, 400, out);
}

/* Validates @body as a new grant, stores it unless @dry_run; returns it (with id, created). */
static JsonNode *
add_grant (ZtAgent    *self,
           JsonObject *body,
           gboolean    dry_run,
           char      **field,
           GError    **error)
{
  g_autoptr(ZtGrant) g = NULL;
  g_autofree char *id = zt_grant_new_id ();
  JsonNode *out;

  json_object_remove_member (body, "id");
  json_object_remove_member (body, "created");
  if ((g = zt_grant_from_json (body, field, error)) == NULL)
    return NULL;
  zt_grant_set_id (g, id);
  zt_grant_set_created (g, now_s ());
  out = zt_grant_to_json (g);
  if (dry_run)
    return out;
  if (!zt_store_put_grant (self->store, id, zt_grant_get_service (g), out, error))
    {
      json_node_unref (out);
      return NULL;
    }
  g_message ("policy: grant %s added: %s on %s (origin %s)", id, zt_grant_get_subject (g), zt_grant_get_service (g),
             zt_grant_get_origin (g));
  _zt_agent_audit_admin (self, "policy.grant.add", out);
  _zt_agent_policy_reload (self);
  return out;
}

static void
api_grant (ZtAgent           *self,
           SoupServerMessage *msg,
           const char        *method,
           const char        *id)
{
  g_autoptr(GError) error = NULL;

  if (id == NULL && strcmp (method, "POST") == 0)
    {
      g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
      g_autoptr(GHashTable) params = NULL;
      const char *dry = query_param (msg, "dry_run", &params);
      g_autofree char *field = NULL;
      g_autoptr(JsonNode) out = NULL;

      if (body == NULL)
        return;
      out = add_grant (self, body, dry && strcmp (dry, "0") != 0, &field, &error);
      if (out == NULL && g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
        return reply_invalid (msg, error, field);
      if (out == NULL)
        return _zt_agent_reply_gerror (msg, error);
      return _zt_agent_reply_json (msg, dry ? 200 : 201, out);
    }
  if (id != NULL && (strcmp (method, "GET") == 0 || strcmp (method, "DELETE") == 0))
    {
      g_autoptr(GPtrArray) rows = zt_store_load_grants (self->store, &error);

      if (rows == NULL)
        return _zt_agent_reply_gerror (msg, error);
      for (guint i = 0; i < rows->len; i++)
        {
          JsonObject *row = g_ptr_array_index (rows, i);

          if (g_strcmp0 (zt_json_get_string (row, "id"), id) != 0)
            continue;
          if (strcmp (method, "GET") == 0)
            {
              g_autoptr(JsonNode) out = grant_with_id (row);

              return out ? _zt_agent_reply_json (msg, 200, out)
                         : _zt_agent_reply_error (msg, 500, "internal", "grant %s is unreadable; remove it", id);
            }
          if (!zt_store_delete_grant (self->store, id, &error))
            return _zt_agent_reply_gerror (msg, error);
          g_message ("policy: grant %s removed", id);
          {
            g_autoptr(JsonNode) removed = grant_with_id (row);
            _zt_agent_audit_admin (self, "policy.grant.remove", removed);
          }
          _zt_agent_policy_reload (self);
          soup_server_message_set_status (msg, 204, NULL);
          return;
        }
      return _zt_agent_reply_error (msg, 404, "not_found", "no grant %s; `zt4mcp policy list` shows them", id);
    }
  _zt_agent_reply_error (msg, 405, "method_not_allowed", id ? "use GET or DELETE on a grant" : "use POST to add a grant");
}

static void
api_group (ZtAgent           *self,
           SoupServerMessage *msg,
           const char        *method,
           const char        *name)
{
  g_autoptr(GError) error = NULL;

  if (!zt_name_is_valid (name))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "a group's name is 1-64 letters, digits, '-', '_' or '.'");
  if (strcmp (method, "PUT") == 0)
    {
      g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
      g_autoptr(JsonNode) members = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
      JsonArray *typed = json_array_new (), *a;
      JsonObject *o;

      json_node_take_array (members, typed);
      if (body == NULL)
        return;
      if ((a = zt_json_get_array (body, "members")) == NULL)
        return _zt_agent_reply_error (msg, 400, "invalid_request", "send {\"members\": [\"user:NAME\", \"endpoint:NAME\"]}");
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *member = zt_subject_normalize (zt_json_array_get_string (a, i), &error);

          if (member == NULL)
            return _zt_agent_reply_error (msg, 400, "invalid_request", "members[%u]: %s", i, error->message);
          json_array_add_string_element (typed, member);
        }
      if (!zt_store_put_group (self->store, name, members, &error))
        return _zt_agent_reply_gerror (msg, error);
      _zt_agent_policy_reload (self);
      o = json_object_new ();
      json_object_set_string_member (o, "name", name);
      json_object_set_member (o, "members", json_node_copy (members));
      json_node_take_object (out, o);
      _zt_agent_audit_admin (self, "policy.group.set", out);
      return _zt_agent_reply_json (msg, 200, out);
    }
  if (strcmp (method, "DELETE") == 0)
    {
      g_autoptr(JsonNode) removed = json_node_new (JSON_NODE_OBJECT);

      if (!zt_store_delete_group (self->store, name, &error))
        return _zt_agent_reply_gerror (msg, error);
      _zt_agent_policy_reload (self);
      json_node_take_object (removed, json_object_new ());
      json_object_set_string_member (json_node_get_object (removed), "name", name);
      _zt_agent_audit_admin (self, "policy.group.remove", removed);
      soup_server_message_set_status (msg, 204, NULL);
      return;
    }
  _zt_agent_reply_error (msg, 405, "method_not_allowed", "use PUT or DELETE on a group");
}

void
_zt_agent_api_policy (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *method,
                      char             **parts,
                      guint              n)
{
  /* parts: "", "api", "v1", "policy", ... */
  if (n == 4 && strcmp (method, "GET") == 0)
    api_policy_get (self, msg);
  else if (n == 4)
    _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
  else if ((n == 5 || n == 6) && strcmp (parts[4], "grants") == 0)
    api_grant (self, msg, method, n == 6 ? parts[5] : NULL);
  else if (n == 6 && strcmp (parts[4], "groups") == 0)
    api_group (self, msg, method, parts[5]);
  else
    _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");
}

/* ---------------------------------------------------------------------------------------- */
/* Access requests                                                                          */

/* The stored requests, pending ones past their 24 h marked expired (and saved so). */
static GPtrArray *
load_requests (ZtAgent  *self,
               GError  **error)
{
  g_autoptr(GPtrArray) rows = zt_store_load_access (self->store, error);
  gint64 now = now_s ();

  for (guint i = 0; rows && i < rows->len; i++)
    {
      JsonObject *r = g_ptr_array_index (rows, i);

      if (g_strcmp0 (zt_json_get_string (r, "status"), "pending") == 0 &&
          g_strcmp0 (zt_json_get_string (r, "direction"), "incoming") == 0 &&
          zt_json_get_int (r, "created", 0) + PENDING_TTL <= now)
        {
          g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), r);

          json_object_set_string_member (r, "status", "expired");
          json_object_set_int_member (r, "decided", now);
          zt_store_put_access (self->store, zt_json_get_string (r, "id"), "incoming", node, NULL);
        }
    }
  return g_steal_pointer (&rows);
}

static JsonObject *
find_request (GPtrArray  *rows,
              const char *id,
              const char *direction)
{
  for (guint i = 0; rows && i < rows->len; i++)
    {
      JsonObject *r = g_ptr_array_index (rows, i);

      if (g_strcmp0 (zt_json_get_string (r, "id"), id) == 0 &&
          g_strcmp0 (zt_json_get_string (r, "direction"), direction) == 0)
        return r;
    }
  return NULL;
}

static gboolean
save_request (ZtAgent    *self,
              JsonObject *r,
              GError    **error)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), r);
  g_autofree char *direction = g_strdup (zt_json_get_string (r, "direction"));
  gboolean ok;

  json_object_remove_member (r, "direction");
  ok = zt_store_put_access (self->store, zt_json_get_string (r, "id"), direction, node, error);
  json_object_set_string_member (r, "direction", direction);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_ACCESS);
  return ok;
}

static JsonArray *
strings_array (JsonArray *a)
{
  JsonArray *out = json_array_new ();

  for (guint i = 0; a && i < json_array_get_length (a); i++)
    if (zt_json_array_get_string (a, i))
      json_array_add_string_element (out, zt_json_array_get_string (a, i));
  return out;
}

static gboolean
member_is_absent_or (JsonObject   *object,
                     const char   *member,
                     JsonNodeType  type,
                     GType         value_type)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    return TRUE;
  if (JSON_NODE_TYPE (node) != type)
    return FALSE;
  return type != JSON_NODE_VALUE || json_node_get_value_type (node) == value_type;
}

/* An incoming request from @user / @endpoint (a mesh peer), already read strictly. */
static JsonObject *
incoming_request (ZtAgent     *self,
                  JsonObject  *ask,
                  const char  *user,
                  const char  *endpoint,
                  GError     **error)
{
  const char *service = zt_json_get_string (ask, "service");
  const char *reason = zt_json_get_string (ask, "reason");
  JsonArray *tools = zt_json_get_array (ask, "tools");
  gint64 duration = zt_json_get_int (ask, "duration", 0);
  g_autofree char *id = g_strdup_printf ("a-%08x", g_random_int ());
  g_autofree char *subject = zt_subject_format (ZT_MEMBER_ENDPOINT, endpoint);
  ZtService *s = service ? g_hash_table_lookup (self->services, service) : NULL;
  JsonObject *r;

  /* a member of the wrong type is refused, never read as absent ("tools": "x" is not "*") */
  if (!member_is_absent_or (ask, "tools", JSON_NODE_ARRAY, G_TYPE_INVALID) ||
      !member_is_absent_or (ask, "duration", JSON_NODE_VALUE, G_TYPE_INT64) ||
      !member_is_absent_or (ask, "reason", JSON_NODE_VALUE, G_TYPE_STRING) ||
      !member_is_absent_or (ask, "service", JSON_NODE_VALUE, G_TYPE_STRING))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the request's members have the wrong types: "
                   "service and reason are strings, tools an array of strings, duration an integer");
      return NULL;
    }
  if (s == NULL || s->kind == ZT_SERVICE_MESH)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "this agent has no service %s to ask access to",
                   service ? service : "(none)");
      return NULL;
    }
  if (tools != NULL && json_array_get_length (tools) > ZT_GRANT_MAX_GLOBS)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "too many tools asked for");
      return NULL;
    }
  for (guint i = 0; tools && i < json_array_get_length (tools); i++)
    {
      const char *t = zt_json_array_get_string (tools, i);

      if (t == NULL || *t == '\0' || strlen (t) > ZT_GRANT_MAX_TEXT || !zt_text_is_plain (t))
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "tools[%u] is not a glob", i);
          return NULL;
        }
    }
  if (duration < 0 || duration > 366 * 86400 || (reason && strlen (reason) > ZT_GRANT_MAX_TEXT))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the duration or the reason is out of bounds");
      return NULL;
    }
  /* people read these: no control characters or bidirectional overrides */
  if (reason != NULL && !zt_text_is_plain (reason))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "the reason has control characters; write it as plain text");
      return NULL;
    }
  r = json_object_new ();
  json_object_set_string_member (r, "id", id);
  json_object_set_string_member (r, "direction", "incoming");
  json_object_set_string_member (r, "service", service);
  json_object_set_string_member (r, "subject", subject);
  json_object_set_string_member (r, "user", user);
  json_object_set_string_member (r, "endpoint", endpoint);
  if (tools == NULL || json_array_get_length (tools) == 0)
    {
      JsonArray *all = json_array_new ();

      json_array_add_string_element (all, "*");
      json_object_set_array_member (r, "tools", all);
    }
  else
    json_object_set_array_member (r, "tools", strings_array (tools));
  json_object_set_int_member (r, "duration", duration);
  json_object_set_string_member (r, "reason", reason ? reason : "");
  json_object_set_int_member (r, "created", now_s ());
  json_object_set_string_member (r, "status", "pending");
  json_object_set_null_member (r, "decided");
  json_object_set_null_member (r, "grant");
  if (!save_request (self, r, error))
    {
      json_object_unref (r);
      return NULL;
    }
  g_message ("access: %s asks for %s (request %s)", subject, service, id);
  return r;
}

static guint
count_pending (GPtrArray  *rows,
               const char *endpoint)
{
  guint n = 0;

  for (guint i = 0; rows && i < rows->len; i++)
    {
      JsonObject *r = g_ptr_array_index (rows, i);

      if (g_strcmp0 (zt_json_get_string (r, "direction"), "incoming") == 0 &&
          g_strcmp0 (zt_json_get_string (r, "status"), "pending") == 0 &&
          g_strcmp0 (zt_json_get_string (r, "endpoint"), endpoint) == 0)
        n++;
    }
  return n;
}

static gboolean
approve (ZtAgent     *self,
         JsonObject  *r,
         gint64       duration,
         GError     **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) body = NULL, grant = NULL;
  g_autofree char *origin = g_strconcat ("access:", zt_json_get_string (r, "id"), NULL);
  g_autofree char *field = NULL;
  JsonArray *tools = zt_json_get_array (r, "tools");

  if (duration <= 0)
    duration = zt_json_get_int (r, "duration", 0) > 0 ? zt_json_get_int (r, "duration", 0) : 3600;
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, zt_json_get_string (r, "service"));
  json_builder_set_member_name (b, "subject"); json_builder_add_string_value (b, zt_json_get_string (r, "subject"));
  json_builder_set_member_name (b, "tools");
  json_builder_begin_array (b);
  for (guint i = 0; tools && i < json_array_get_length (tools); i++)
    json_builder_add_string_value (b, zt_json_array_get_string (tools, i));
  json_builder_end_array (b);
  json_builder_set_member_name (b, "not_after"); json_builder_add_int_value (b, now_s () + duration);
  json_builder_set_member_name (b, "origin"); json_builder_add_string_value (b, origin);
  json_builder_set_member_name (b, "note"); json_builder_add_string_value (b, zt_json_get_string (r, "reason") ?: "");
  json_builder_end_object (b);
  body = json_builder_get_root (b);
  if ((grant = add_grant (self, json_node_get_object (body), FALSE, &field, error)) == NULL)
    return FALSE;
  json_object_set_string_member (r, "status", "approved");
  json_object_set_int_member (r, "decided", now_s ());
  json_object_set_string_member (r, "grant", zt_json_get_string (json_node_get_object (grant), "id"));
  json_object_set_int_member (r, "not_after", now_s () + duration);
  return save_request (self, r, error);
}

/* ---- the importer's side: one JSON line out, one back ---------------------------------- */

static void
send_line (ZtLineStream *lines,
           JsonNode     *node)
{
  g_autofree char *text = zt_json_to_string (node);
  g_autofree char *line = g_strconcat (text, "\n", NULL);

  zt_line_stream_send (lines, line, strlen (line));
}

typedef struct {
  ZtAgent           *agent;
  SoupServerMessage *msg;
  JsonObject        *ask;      /* what is sent */
  JsonObject        *record;   /* the outgoing record to update (status op), or NULL */
  char              *service;  /* local name of the imported service */
  char              *peer;
  ZtLineStream      *lines;
  GSource           *timeout;
  gboolean           answered;
  gboolean           closed;
  guint              refs;     /* the exchange's, and the stream opening's while it runs */
} Ask;

static void
ask_unref (Ask *a)
{
  if (--a->refs > 0)
    return;
  g_clear_pointer (&a->ask, json_object_unref);
  g_clear_pointer (&a->record, json_object_unref);
  g_clear_object (&a->msg);
  g_object_unref (a->agent);
  g_free (a->service);
  g_free (a->peer);
  g_free (a);
}

/* Ends the exchange (answered, timed out, or failed); what is still running lets go of it. */
static void
ask_close (Ask *a)
{
  if (a->closed)
    return;
  a->closed = TRUE;
  g_clear_pointer (&a->lines, zt_line_stream_free);
  if (a->timeout)
    g_source_destroy (a->timeout);
  g_clear_pointer (&a->timeout, g_source_unref);
  ask_unref (a);
}

static void
ask_finish (Ask          *a,
            JsonObject   *answer,
            const GError *error)
{
  g_autoptr(GError) local_error = NULL;
  JsonObject *request = answer ? get_object (answer, "request") : NULL;

  if (a->answered)
    return;
  a->answered = TRUE;
  if (error == NULL && answer != NULL && request == NULL)
    error = local_error = g_error_new (ZT_ERROR, ZT_ERROR_FORBIDDEN, "%s refused: %s", a->peer,
                                       zt_json_get_string (answer, "error") ?: "no reason given");
  if (error != NULL)
    {
      if (a->msg)
        {
          _zt_agent_reply_gerror (a->msg, error);
          _zt_msg_unpause (a->msg);
        }
      return;
    }
  {
    JsonObject *r = a->record ? json_object_ref (a->record) : json_object_new ();
    g_autoptr(JsonNode) out = json_node_init_object (json_node_alloc (), r);
    const char *status = zt_json_get_string (request, "status");
    const char *members[] = { "id", "tools", "duration", "reason", "created", "decided", "not_after", NULL };

    if (a->record == NULL)
      {
        for (guint i = 0; members[i]; i++)
          if (json_object_get_member (request, members[i]))
            json_object_set_member (r, members[i], json_node_copy (json_object_get_member (request, members[i])));
        json_object_set_string_member (r, "direction", "outgoing");
        json_object_set_string_member (r, "service", a->service);
        json_object_set_string_member (r, "peer", a->peer);
        json_object_set_string_member (r, "remote", zt_json_get_string (request, "service") ?: "");
      }
    if (zt_json_get_string (r, "id") != NULL && status != NULL && strlen (status) < 16)
      {
        json_object_set_string_member (r, "status", status);
        if (zt_json_get_int (request, "not_after", 0) > 0)
          json_object_set_int_member (r, "not_after", zt_json_get_int (request, "not_after", 0));
        save_request (a->agent, r, NULL);
      }
    json_object_unref (r);
    if (a->msg)
      {
        _zt_agent_reply_json (a->msg, a->record ? 200 : 201, out);
        _zt_msg_unpause (a->msg);
      }
  }
}

static void
ask_line_cb (const char *line,
             gsize       len,
             gpointer    user_data)
{
  Ask *a = user_data;
  g_autoptr(GError) error = NULL;
  ZtLimits limits = { ACCESS_LINE, 16 };
  g_autoptr(JsonObject) answer = zt_json_parse_object_strict (line, len, &limits, &error);

  ask_finish (a, answer, error);
  ask_close (a);
}

static void
ask_closed_cb (const GError *error,
               gpointer      user_data)
{
  Ask *a = user_data;
  g_autoptr(GError) e = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "%s closed the access stream without an answer "
                                     "(is the peer's zt4mcp older than access requests?)", a->peer);

  ask_finish (a, NULL, e);
  ask_close (a);
}

static gboolean
ask_timeout_cb (gpointer user_data)
{
  Ask *a = user_data;
  g_autoptr(GError) e = g_error_new (ZT_ERROR, ZT_ERROR_UPSTREAM, "%s gave no answer in %d s", a->peer, ACCESS_WAIT_S);

  g_clear_pointer (&a->timeout, g_source_unref);
  ask_finish (a, NULL, e);
  ask_close (a);
  return G_SOURCE_REMOVE;
}

static void
ask_opened_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  Ask *a = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTlsConnection) tls = zt_mesh_client_open_stream_finish (NULL, result, &error);
  g_autoptr(JsonNode) node = NULL;

  if (a->closed)  /* timed out meanwhile */
    {
      if (tls != NULL)
        g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
    }
  else if (tls == NULL)
    {
      g_prefix_error (&error, "cannot reach %s through the mesh: ", a->peer);
      ask_finish (a, NULL, error);
      ask_close (a);
    }
  else
    {
      a->lines = zt_line_stream_new (G_IO_STREAM (tls), ACCESS_LINE, ask_line_cb, ask_closed_cb, a);
      node = json_node_init_object (json_node_alloc (), a->ask);
      send_line (a->lines, node);
    }
  ask_unref (a);  /* the opening's */
}

static void
ask_peer (ZtAgent           *self,
          SoupServerMessage *msg,
          const char        *peer,
          const char        *service,
          JsonObject        *ask,
          JsonObject        *record)
{
  Ask *a = g_new0 (Ask, 1);

  a->agent = g_object_ref (self);
  a->msg = msg ? g_object_ref (msg) : NULL;
  a->ask = json_object_ref (ask);
  a->record = record ? json_object_ref (record) : NULL;
  a->service = g_strdup (service);
  a->peer = g_strdup (peer);
  a->refs = 2;
  a->timeout = zt_timeout_source_attach (ACCESS_WAIT_S * 1000, ask_timeout_cb, a);
  if (msg)
    _zt_msg_pause (msg);
  zt_mesh_client_open_stream_async (self->mesh, peer, ZT_ACCESS_STREAM, NULL, ask_opened_cb, a);
}

/* ---- the exporter's side ---------------------------------------------------------------- */

typedef struct {
  ZtAgent      *agent;
  ZtLineStream *lines;
  char         *user;
  char         *endpoint;
  GSource      *timeout;
  gboolean      done;
} Serve;

static void
serve_free (Serve *s)
{
  g_clear_pointer (&s->lines, zt_line_stream_free);
  if (s->timeout)
    g_source_destroy (s->timeout);
  g_clear_pointer (&s->timeout, g_source_unref);
  g_object_unref (s->agent);
  g_free (s->user);
  g_free (s->endpoint);
  g_free (s);
}

static void
serve_answer (Serve      *s,
              JsonObject *request,
              const char *error)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();

  if (request != NULL)
    {
      JsonObject *copy = json_object_new ();
      g_autoptr(GList) members = json_object_get_members (request);

      for (GList *l = members; l; l = l->next)
        if (strcmp (l->data, "direction") != 0)
          json_object_set_member (copy, l->data, json_node_copy (json_object_get_member (request, l->data)));
      json_object_set_object_member (o, "request", copy);
    }
  else
    json_object_set_string_member (o, "error", error);
  json_node_take_object (node, o);
  send_line (s->lines, node);
  s->done = TRUE;  /* the importer closes once it has read it */
}

static void
serve_line_cb (const char *line,
               gsize       len,
               gpointer    user_data)
{
  Serve *s = user_data;
  ZtAgent *self = s->agent;
  g_autoptr(GError) error = NULL;
  ZtLimits limits = { ACCESS_LINE, 16 };
  g_autoptr(JsonObject) ask = NULL;
  const char *op;

  if (s->done)
    return;
  if ((ask = zt_json_parse_object_strict (line, len, &limits, &error)) == NULL)
    return serve_answer (s, NULL, error->message);
  op = zt_json_get_string (ask, "op");
  if (g_strcmp0 (op, "request") == 0)
    {
      g_autoptr(GPtrArray) rows = load_requests (self, NULL);
      g_autoptr(JsonObject) r = NULL;

      if (count_pending (rows, s->endpoint) >= PENDING_MAX)
        return serve_answer (s, NULL, "too many of your requests wait for an answer already");
      r = incoming_request (self, ask, s->user, s->endpoint, &error);

      return serve_answer (s, r, error ? error->message : NULL);
    }
  if (g_strcmp0 (op, "status") == 0)
    {
      g_autoptr(GPtrArray) rows = load_requests (self, NULL);
      JsonObject *r = find_request (rows, zt_json_get_string (ask, "id"), "incoming");

      /* only the endpoint that asked learns about its request */
      if (r == NULL || g_strcmp0 (zt_json_get_string (r, "endpoint"), s->endpoint) != 0)
        return serve_answer (s, NULL, "no such request of yours");
      return serve_answer (s, r, NULL);
    }
  serve_answer (s, NULL, "unknown op: use request or status");
}

static void
serve_closed_cb (const GError *error,
                 gpointer      user_data)
{
  serve_free (user_data);
}

static gboolean
serve_timeout_cb (gpointer user_data)
{
  Serve *s = user_data;

  g_clear_pointer (&s->timeout, g_source_unref);
  serve_free (s);
  return G_SOURCE_REMOVE;
}

void
_zt_agent_policy_serve_access (ZtAgent        *self,
                               GTlsConnection *tls,
                               const char     *user,
                               const char     *endpoint)
{
  Serve *s = g_new0 (Serve, 1);

  s->agent = g_object_ref (self);
  s->user = g_strdup (user);
  s->endpoint = g_strdup (endpoint);
  s->timeout = zt_timeout_source_attach (ACCESS_WAIT_S * 1000, serve_timeout_cb, s);
  s->lines = zt_line_stream_new (G_IO_STREAM (tls), ACCESS_LINE, serve_line_cb, serve_closed_cb, s);
}

/* ---- REST: /api/v1/access --------------------------------------------------------------- */

static void
api_access_list (ZtAgent           *self,
                 SoupServerMessage *msg)
{
  g_autoptr(GHashTable) params = NULL;
  const char *status = query_param (msg, "status", &params);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = load_requests (self, &error);
  g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  JsonArray *in = json_array_new (), *outgoing = json_array_new ();

  json_node_take_object (out, o);
  json_object_set_array_member (o, "incoming", in);
  json_object_set_array_member (o, "outgoing", outgoing);
  if (rows == NULL)
    return _zt_agent_reply_gerror (msg, error);
  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *r = g_ptr_array_index (rows, i);
      gboolean incoming = g_strcmp0 (zt_json_get_string (r, "direction"), "incoming") == 0;

      if (status != NULL && g_strcmp0 (zt_json_get_string (r, "status"), status) != 0)
        continue;
      json_array_add_object_element (incoming ? in : outgoing, json_object_ref (r));
    }
  _zt_agent_reply_json (msg, 200, out);
}

static void
api_access_create (ZtAgent           *self,
                   SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  g_autoptr(JsonObject) ask = NULL;
  const char *name, *duration, *reason;
  JsonArray *tools;
  ZtService *service;
  gint64 seconds = 0;
  g_autoptr(GError) error = NULL;

  if (body == NULL)
    return;
  name = zt_json_get_string (body, "service");
  service = name ? g_hash_table_lookup (self->services, name) : NULL;
  if (service == NULL || service->kind != ZT_SERVICE_MESH)
    return _zt_agent_reply_error (msg, 400, "invalid_request", "\"service\" must name a service imported from the mesh "
                                  "(`zt4mcp service import ENDPOINT/NAME` first)");
  if ((duration = zt_json_get_string (body, "for")) != NULL && !zt_duration_parse (duration, &seconds, &error))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "\"for\": %s", error->message);
  if (json_object_has_member (body, "tools") && (tools = zt_json_get_array (body, "tools")) == NULL)
    return _zt_agent_reply_error (msg, 400, "invalid_request", "\"tools\" must be an array of globs");
  tools = zt_json_get_array (body, "tools");
  reason = zt_json_get_string (body, "reason");
  if (self->mesh == NULL)
    return _zt_agent_reply_error (msg, 409, "not_joined", "this agent is in no mesh; join one first");
  ask = json_object_new ();
  json_object_set_string_member (ask, "op", "request");
  json_object_set_string_member (ask, "service", service->remote);
  json_object_set_array_member (ask, "tools", strings_array (tools));
  json_object_set_int_member (ask, "duration", seconds);
  json_object_set_string_member (ask, "reason", reason ? reason : "");
  ask_peer (self, msg, service->peer, service->name, ask, NULL);
}

static void
api_access_decide (ZtAgent           *self,
                   SoupServerMessage *msg,
                   const char        *id,
                   const char        *action)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = load_requests (self, &error);
  JsonObject *r;
  g_autoptr(JsonNode) out = NULL;

  if (rows == NULL)
    return _zt_agent_reply_gerror (msg, error);
  if ((r = find_request (rows, id, "outgoing")) != NULL && strcmp (action, "refresh") == 0)
    {
      g_autoptr(JsonObject) ask = json_object_new ();

      if (self->mesh == NULL)
        return _zt_agent_reply_error (msg, 409, "not_joined", "this agent is in no mesh");
      json_object_set_string_member (ask, "op", "status");
      json_object_set_string_member (ask, "id", id);
      return ask_peer (self, msg, zt_json_get_string (r, "peer"), zt_json_get_string (r, "service"), ask, r);
    }
  if ((r = find_request (rows, id, "incoming")) == NULL || strcmp (action, "refresh") == 0)
    return _zt_agent_reply_error (msg, 404, "not_found", "no incoming request %s; `zt4mcp access list` shows them", id);
  if (g_strcmp0 (zt_json_get_string (r, "status"), "pending") != 0)
    return _zt_agent_reply_error (msg, 409, "conflict", "request %s is %s already", id, zt_json_get_string (r, "status"));
  if (strcmp (action, "approve") == 0)
    {
      g_autoptr(JsonObject) body = NULL;
      const char *duration = NULL;
      gint64 seconds = 0;

      if (soup_server_message_get_request_body (msg)->length > 0 && (body = _zt_agent_read_json_body (msg)) == NULL)
        return;
      if (body && (duration = zt_json_get_string (body, "for")) != NULL && !zt_duration_parse (duration, &seconds, &error))
        return _zt_agent_reply_error (msg, 400, "invalid_request", "\"for\": %s", error->message);
      if (!approve (self, r, seconds, &error))
        return _zt_agent_reply_gerror (msg, error);
      g_message ("access: request %s approved", id);
    }
  else
    {
      json_object_set_string_member (r, "status", "denied");
      json_object_set_int_member (r, "decided", now_s ());
      if (!save_request (self, r, &error))
        return _zt_agent_reply_gerror (msg, error);
      g_message ("access: request %s denied", id);
    }
  out = json_node_init_object (json_node_alloc (), r);
  _zt_agent_audit_admin (self, strcmp (action, "approve") == 0 ? "access.approve" : "access.deny", out);
  _zt_agent_reply_json (msg, 200, out);
}

void
_zt_agent_api_access (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *method,
                      char             **parts,
                      guint              n)
{
  if (n == 4 && strcmp (method, "GET") == 0)
    api_access_list (self, msg);
  else if (n == 4 && strcmp (method, "POST") == 0)
    api_access_create (self, msg);
  else if (n == 6 && strcmp (method, "POST") == 0 &&
           (strcmp (parts[5], "approve") == 0 || strcmp (parts[5], "deny") == 0 || strcmp (parts[5], "refresh") == 0))
    api_access_decide (self, msg, parts[4], parts[5]);
  else if (n == 4 || n == 6)
    _zt_agent_reply_error (msg, 405, "method_not_allowed", n == 4 ? "use GET or POST" : "use POST");
  else
    _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");
}

/* A subject that is gone for good (a revoked client token) takes its grants with it: a new
 * token given the same name later must not inherit what the old one was granted. */
void
_zt_agent_policy_forget_subject (ZtAgent    *self,
                                 const char *subject)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = zt_store_load_grants (self->store, &error);
  guint removed = 0;

  if (rows == NULL)
    {
      g_message ("policy: cannot read the grants of %s to remove them: %s", subject, error->message);
      return;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *row = g_ptr_array_index (rows, i);
      const char *id = zt_json_get_string (row, "id");

      if (id == NULL || g_strcmp0 (zt_json_get_string (row, "subject"), subject) != 0)
        continue;
      if (!zt_store_delete_grant (self->store, id, &error))
        {
          g_message ("policy: cannot remove grant %s of %s: %s", id, subject, error->message);
          g_clear_error (&error);
          continue;
        }
      {
        g_autoptr(JsonNode) gone = grant_with_id (row);
        _zt_agent_audit_admin (self, "policy.grant.remove", gone);
      }
      removed++;
    }
  if (removed > 0)
    {
      g_message ("policy: %u grant(s) of %s removed with it", removed, subject);
      _zt_agent_policy_reload (self);
    }
}
