/* zt-agent-mesh.c: the mesh from the agent's API: join, create a mesh and host its hub, invite */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <glib/gstdio.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-hub.h"
#include "zt-join.h"

#define DEFAULT_HUB_LISTEN "0.0.0.0:7443"

/* ---------------------------------------------------------------------------------------- */
/* The hosted hub: HOME/hub, served in the agent's main context for as long as the agent runs */

static char *
hub_dir (ZtAgent *self)
{
  return g_build_filename (self->home, "hub", NULL);
}

static gboolean
hub_exists (ZtAgent *self)
{
  g_autofree char *db = g_build_filename (self->home, "hub", "hub.db", NULL);

  return g_file_test (db, G_FILE_TEST_EXISTS);
}

static gboolean
hub_open (ZtAgent *self,
          GError **error)
{
  g_autofree char *dir = hub_dir (self);
  ZtHub *hub = zt_hub_new (dir, error);

  if (hub == NULL)
    return FALSE;
  if (!zt_hub_start (hub, NULL, error))
    {
      zt_hub_free (hub);
      return FALSE;
    }
  self->hub = hub;
  return TRUE;
}

void
_zt_agent_hub_start (ZtAgent *self)
{
  g_autoptr(GError) error = NULL;

  if (self->hub != NULL || !hub_exists (self))
    return;
  /* the agent serves without its hub rather than not at all */
  if (!hub_open (self, &error))
    g_warning ("the mesh hub in %s/hub is not running: %s", self->home, error->message);
}

void
_zt_agent_hub_stop (ZtAgent *self)
{
  g_clear_pointer (&self->hub, zt_hub_free);
}

void
_zt_agent_hub_describe (ZtAgent    *self,
                        JsonObject *mesh)
{
  JsonObject *o;
  ZtHubState *state;

  if (self->hub == NULL)
    return;
  state = zt_hub_get_state (self->hub);
  o = json_object_new ();
  json_object_set_string_member (o, "url", zt_hub_get_url (self->hub));
  json_object_set_string_member (o, "mesh", zt_hub_state_get_mesh (state));
  json_object_set_string_member (o, "listen", zt_hub_state_get_listen (state));
  /* the counts change with every join, revocation and invitation: a front end showing the
   * members (GET /mesh/hub) knows from the mesh event when to ask again */
  {
    g_autoptr(JsonNode) status = zt_hub_status (state, NULL);
    static const char *counts[] = { "users", "endpoints", "revoked", "open_invitations" };

    for (guint i = 0; status != NULL && i < G_N_ELEMENTS (counts); i++)
      json_object_set_int_member (o, counts[i],
                                  json_object_get_int_member_with_default (json_node_get_object (status), counts[i], 0));
  }
  json_object_set_object_member (mesh, "hub", o);
}

/* A hub that could not start is removed, so that the user can try another address. */
static void
hub_remove_dir (ZtAgent *self)
{
  g_autofree char *dir = hub_dir (self);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* ---------------------------------------------------------------------------------------- */
/* Blocking work in a thread, its answer in the agent's context                              */

typedef struct {
  ZtAgent           *agent;
  SoupServerMessage *msg;
  gboolean           create;
  char              *invitation;
  char              *endpoint;
  /* create */
  char              *mesh;
  char              *user;
  char              *listen;
  char             **public_addresses;
} MeshJob;

static void
mesh_job_free (MeshJob *job)
{
  g_object_unref (job->msg);
  g_free (job->invitation);
  g_free (job->endpoint);
  g_free (job->mesh);
  g_free (job->user);
  g_free (job->listen);
  g_strfreev (job->public_addresses);
  g_free (job);
}

static void
run_job (MeshJob             *job,
         GTaskThreadFunc      func,
         GAsyncReadyCallback  done)
{
  g_autoptr(GTask) task = g_task_new (job->agent, NULL, done, job);

  g_task_set_task_data (task, job, NULL);
  g_task_run_in_thread (task, func);
}

static void
join_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MeshJob *job = task_data;
  GError *error = NULL;
  JsonNode *permit = zt_join_mesh (job->agent->home, job->invitation, job->endpoint, &error);

  if (permit == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, permit, (GDestroyNotify) json_node_unref);
}

static void
reply_join_error (SoupServerMessage *msg,
                  const GError      *error)
{
  static const struct { guint status; const char *code; } join_codes[] = {
    [ZT_JOIN_ERROR_INVALID_INVITATION]   = { 400, "invalid_invitation" },
    [ZT_JOIN_ERROR_HUB_UNREACHABLE]      = { 502, "hub_unreachable" },
    [ZT_JOIN_ERROR_FINGERPRINT_MISMATCH] = { 403, "fingerprint_mismatch" },
    [ZT_JOIN_ERROR_HUB_REFUSED]          = { 403, "hub_refused" },
  };

  if (error->domain == ZT_JOIN_ERROR && error->code >= 0 && error->code < (int) G_N_ELEMENTS (join_codes))
    _zt_agent_reply_error (msg, join_codes[error->code].status, join_codes[error->code].code, "%s", error->message);
  else if (g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
    _zt_agent_reply_error (msg, 400, "invalid_request", "%s", error->message);
  else
    _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
}

static void
join_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ZtAgent *self = ZT_AGENT (source);
  MeshJob *job = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) permit = g_task_propagate_pointer (G_TASK (result), &error);

  self->mesh_busy = FALSE;
  if (self->server == NULL)
    ;  /* the agent stopped meanwhile: nobody to answer */
  else if (permit == NULL)
    {
      g_message ("mesh: joining failed: %s", error->message);
      reply_join_error (job->msg, error);
    }
  else
    {
      g_autoptr(JsonNode) out = NULL;

      g_message ("mesh: joined %s as %s", json_object_get_string_member (json_node_get_object (permit), "mesh"),
                 json_object_get_string_member (json_node_get_object (permit), "spiffe_id"));
      _zt_agent_mesh_reload (self);
      out = _zt_agent_mesh_json (self);
      _zt_agent_reply_json (job->msg, job->create ? 201 : 200, out);
    }
  _zt_msg_unpause (job->msg);
  mesh_job_free (job);
}

/* Checks common to join and create; answers and returns FALSE when the agent cannot join. */
static gboolean
can_join (ZtAgent           *self,
          SoupServerMessage *msg)
{
  g_autofree char *permit = g_build_filename (self->home, "mesh", "permit.json", NULL);

  if (self->mesh_busy)
    {
      _zt_agent_reply_error (msg, 409, "busy", "a join or mesh creation is already running; wait for its answer");
      return FALSE;
    }
  if (self->mesh != NULL || g_file_test (permit, G_FILE_TEST_EXISTS))
    {
      _zt_agent_reply_error (msg, 409, "already_joined",
                             "this agent already has a permit for a mesh (%s); an agent belongs to one mesh",
                             permit);
      return FALSE;
    }
  return TRUE;
}

static gboolean
optional_string (SoupServerMessage *msg,
                 JsonObject        *body,
                 const char        *member,
                 char             **out)
{
  JsonNode *n = json_object_get_member (body, member);

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING)
    {
      _zt_agent_reply_error (msg, 400, "invalid_request", "\"%s\" must be a string", member);
      return FALSE;
    }
  *out = g_strdup (json_node_get_string (n));
  return TRUE;
}

static gboolean
is_loopback (const char *host)
{
  g_autoptr(GInetAddress) a = host ? g_inet_address_new_from_string (host) : NULL;

  return a != NULL ? g_inet_address_get_is_loopback (a) : g_strcmp0 (host, "localhost") == 0;
}

/* POST /mesh/join?dry_run=1: what the join would do, and what to look at before it does.
 * Nothing is written and the hub is not asked. */
static void
join_preview (ZtAgent           *self,
              SoupServerMessage *msg,
              MeshJob           *job)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) preview = zt_join_preview (job->invitation, job->endpoint, &error);
  g_autoptr(JsonNode) out = NULL;
  g_autofree char *gateway = NULL;
  JsonArray *warnings;

  if (preview == NULL)
    return reply_join_error (msg, error);
  gateway = strchr (self->host, ':') ? g_strdup_printf ("[%s]:%u", self->host, self->port)
                                     : g_strdup_printf ("%s:%u", self->host, self->port);
  json_object_set_string_member (preview, "gateway", gateway);
  warnings = json_array_new ();
  /* once in a mesh this agent relays its peers' services to local apps: its API is meant
   * for this computer only */
  if (!is_loopback (self->host))
    {
      JsonObject *w = json_object_new ();
      g_autofree char *text = g_strdup_printf ("this computer's gateway listens on %s: other computers on the "
                                               "network can reach it, not only the apps on this one, and once "
                                               "joined it leads to the mesh's services. Unless that is meant, "
                                               "make it listen on 127.0.0.1 before joining", gateway);

      json_object_set_string_member (w, "code", "gateway_not_loopback");
      json_object_set_string_member (w, "message", text);
      json_array_add_object_element (warnings, w);
    }
  json_object_set_array_member (preview, "warnings", warnings);
  out = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (out, preview);
  _zt_agent_reply_json (msg, 200, out);
}

void
_zt_agent_api_mesh_join (ZtAgent           *self,
                         SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
  g_autoptr(GHashTable) params = query ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;
  const char *dry = params ? g_hash_table_lookup (params, "dry_run") : NULL;
  MeshJob *job;

  if (body == NULL || !can_join (self, msg))
    return;
  job = g_new0 (MeshJob, 1);
  job->agent = self;
  job->msg = g_object_ref (msg);
  if (!optional_string (msg, body, "invitation", &job->invitation) ||
      !optional_string (msg, body, "endpoint", &job->endpoint))
    return mesh_job_free (job);
  if (job->invitation == NULL || *job->invitation == '\0')
    {
      _zt_agent_reply_error (msg, 400, "invalid_invitation",
                             "no invitation: paste the whole line starting with " ZT_INVITATION_PREFIX
                             " into \"invitation\"");
      return mesh_job_free (job);
    }
  if (dry != NULL && strcmp (dry, "0") != 0)
    {
      join_preview (self, msg, job);
      return mesh_job_free (job);
    }
  /* zt_join_mesh waits on the network: a thread does it, the main loop goes on */
  self->mesh_busy = TRUE;
  _zt_msg_pause (msg);
  run_job (job, join_thread, join_done_cb);
}

/* ---------------------------------------------------------------------------------------- */
/* Create a mesh on this computer                                                           */

/* The machine's IPv4 addresses other computers may use, then loopback for this one; a hub
 * listening on loopback only is reachable at loopback only. */
static char **
default_public_addresses (const char *host,
                          guint       port)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GInetAddress) bound = g_inet_address_new_from_string (host);
  struct ifaddrs *ifs = NULL;

  if ((bound == NULL || !g_inet_address_get_is_loopback (bound)) && getifaddrs (&ifs) == 0)
    {
      for (struct ifaddrs *i = ifs; i != NULL; i = i->ifa_next)
        {
          char text[INET_ADDRSTRLEN];
          g_autofree char *address = NULL;

          if (i->ifa_addr == NULL || i->ifa_addr->sa_family != AF_INET ||
              (i->ifa_flags & IFF_LOOPBACK) || !(i->ifa_flags & IFF_UP) ||
              inet_ntop (AF_INET, &((struct sockaddr_in *) i->ifa_addr)->sin_addr, text, sizeof text) == NULL)
            continue;
          address = g_strdup_printf ("%s:%u", text, port);
          if (!g_ptr_array_find_with_equal_func (out, address, g_str_equal, NULL))
            g_ptr_array_add (out, g_steal_pointer (&address));
        }
      freeifaddrs (ifs);
    }
  g_ptr_array_add (out, g_strdup_printf ("127.0.0.1:%u", port));
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

static void
init_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  MeshJob *job = task_data;
  g_autofree char *dir = hub_dir (job->agent);
  GError *error = NULL;

  if (zt_hub_init (dir, job->mesh, job->listen, (const char * const *) job->public_addresses, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
init_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ZtAgent *self = ZT_AGENT (source);
  MeshJob *job = user_data;
  g_autoptr(GError) error = NULL;

  if (self->server == NULL)
    {
      self->mesh_busy = FALSE;
      _zt_msg_unpause (job->msg);
      return mesh_job_free (job);
    }
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _zt_agent_reply_error (job->msg, g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT) ? 400 : 500,
                             g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT) ? "invalid_request" : "internal",
                             "cannot create the mesh: %s", error->message);
      hub_remove_dir (self);
    }
  else if (!hub_open (self, &error))
    {
      _zt_agent_reply_error (job->msg, 500, "hub_start_failed",
                             "cannot start the hub: %s; pick another listen address (\"listen\": \"0.0.0.0:PORT\")",
                             error->message);
      hub_remove_dir (self);
    }
  else
    {
      job->invitation = zt_hub_invite (zt_hub_get_state (self->hub), job->user, job->endpoint, 3600, &error);
      if (job->invitation != NULL)
        {
          g_message ("mesh: created mesh %s, its hub on %s; joining it as %s", job->mesh,
                     zt_hub_get_url (self->hub), job->user);
          _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
          /* the hub answers in this context while the thread waits for it: no deadlock */
          run_job (job, join_thread, join_done_cb);
          return;
        }
      _zt_agent_reply_error (job->msg, 500, "internal", "the mesh was created but this computer could not be "
                             "invited to it: %s", error->message);
    }
  self->mesh_busy = FALSE;
  _zt_msg_unpause (job->msg);
  mesh_job_free (job);
}

void
_zt_agent_api_mesh_create (ZtAgent           *self,
                           SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  g_autoptr(GError) error = NULL;
  g_autofree char *host = NULL;
  JsonNode *addresses;
  MeshJob *job;
  guint port;

  if (body == NULL || !can_join (self, msg))
    return;
  if (self->hub != NULL || hub_exists (self))
    return _zt_agent_reply_error (msg, 409, "hub_exists",
                                  "this computer already hosts a mesh hub (%s/hub); invite with POST /api/v1/mesh/invite",
                                  self->home);
  job = g_new0 (MeshJob, 1);
  job->agent = self;
  job->msg = g_object_ref (msg);
  job->create = TRUE;
  if (!optional_string (msg, body, "mesh", &job->mesh) || !optional_string (msg, body, "user", &job->user) ||
      !optional_string (msg, body, "endpoint", &job->endpoint) || !optional_string (msg, body, "listen", &job->listen))
    return mesh_job_free (job);
  if (job->user == NULL)
    job->user = zt_name_tidy (g_get_user_name (), "owner");
  if (job->mesh == NULL)
    job->mesh = g_strdup_printf ("%s-mesh", job->user);
  if (job->listen == NULL)
    job->listen = g_strdup (DEFAULT_HUB_LISTEN);
  if (!zt_service_name_valid (job->user) || !zt_service_name_valid (job->mesh) ||
      (job->endpoint != NULL && !zt_service_name_valid (job->endpoint)))
    {
      _zt_agent_reply_error (msg, 400, "invalid_request",
                             "\"mesh\", \"user\" and \"endpoint\" are 1-64 letters, digits, '-', '_' or '.'");
      return mesh_job_free (job);
    }
  if (job->endpoint != NULL && strcmp (job->endpoint, job->user) == 0)
    {
      _zt_agent_reply_error (msg, 400, "invalid_request", "\"endpoint\" cannot be the user's name: a user and "
                             "an endpoint never share a name in a mesh; leave it out or pick another");
      return mesh_job_free (job);
    }
  if (!zt_parse_listen (job->listen, &host, &port, &error) || port == 0)
    {
      _zt_agent_reply_error (msg, 400, "invalid_request", "\"listen\" must be HOST:PORT with a port other "
                             "than 0, like \"" DEFAULT_HUB_LISTEN "\"%s%s", error ? ": " : "",
                             error ? error->message : "");
      return mesh_job_free (job);
    }
  addresses = json_object_get_member (body, "public_addresses");
  if (addresses != NULL && !JSON_NODE_HOLDS_NULL (addresses))
    {
      g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
      JsonArray *a = JSON_NODE_HOLDS_ARRAY (addresses) ? json_node_get_array (addresses) : NULL;

      for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
        {
          JsonNode *e = json_array_get_element (a, i);
          g_autofree char *h = NULL;
          guint p;

          if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING ||
              !zt_parse_listen (json_node_get_string (e), &h, &p, NULL) || p == 0)
            {
              a = NULL;
              break;
            }
          g_ptr_array_add (list, g_strdup (json_node_get_string (e)));
        }
      if (a == NULL || list->len == 0)
        {
          _zt_agent_reply_error (msg, 400, "invalid_request",
                                 "\"public_addresses\" must be a list of HOST:PORT that other computers use to "
                                 "reach the hub, like [\"192.168.1.10:7443\"]");
          return mesh_job_free (job);
        }
      g_ptr_array_add (list, NULL);
      job->public_addresses = (char **) g_ptr_array_free (g_steal_pointer (&list), FALSE);
    }
  else
    job->public_addresses = default_public_addresses (host, port);

  /* ?dry_run=1: what the hub would listen on and the addresses its invitations would carry,
   * for the form to show before anything is made */
  {
    const char *query = g_uri_get_query (soup_server_message_get_uri (msg));
    g_autoptr(GHashTable) params = query ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;
    const char *dry = params ? g_hash_table_lookup (params, "dry_run") : NULL;

    if (dry != NULL && strcmp (dry, "0") != 0)
      {
        g_autoptr(JsonNode) out = json_node_new (JSON_NODE_OBJECT);
        JsonObject *o = json_object_new ();
        JsonArray *a = json_array_new ();

        json_object_set_string_member (o, "mesh", job->mesh);
        json_object_set_string_member (o, "user", job->user);
        json_object_set_string_member (o, "listen", job->listen);
        json_object_set_boolean_member (o, "loopback_only", is_loopback (host));
        for (guint i = 0; job->public_addresses[i]; i++)
          json_array_add_string_element (a, job->public_addresses[i]);
        json_object_set_array_member (o, "public_addresses", a);
        json_node_take_object (out, o);
        _zt_agent_reply_json (msg, 200, out);
        return mesh_job_free (job);
      }
  }

  /* making the CA's keys and the database is quick, but not the main loop's to do */
  self->mesh_busy = TRUE;
  _zt_msg_pause (msg);
  run_job (job, init_thread, init_done_cb);
}

/* ---------------------------------------------------------------------------------------- */
/* Invitations from the hosted hub                                                          */

void
_zt_agent_api_mesh_invite (ZtAgent           *self,
                           SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  g_autofree char *user = NULL, *endpoint = NULL, *ttl = NULL, *invitation = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;
  gint64 seconds = 24 * 3600;

  if (body == NULL)
    return;
  if (self->hub == NULL)
    return _zt_agent_reply_error (msg, 404, "no_hub", "this computer hosts no mesh hub: create a mesh first "
                                  "(POST /api/v1/mesh/create), or ask the mesh's owner to invite people");
  if (!optional_string (msg, body, "user", &user) || !optional_string (msg, body, "endpoint", &endpoint) ||
      !optional_string (msg, body, "ttl", &ttl))
    return;
  if (user == NULL)
    return _zt_agent_reply_error (msg, 400, "invalid_request", "whom to invite? give \"user\"");
  if (ttl != NULL && !zt_parse_duration (ttl, &seconds, &error))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "%s", error->message);
  invitation = zt_hub_invite (zt_hub_get_state (self->hub), user, endpoint, seconds, &error);
  if (invitation == NULL)
    {
      guint status = zt_error_to_http (error);
      return _zt_agent_reply_error (msg, status, status == 400 ? "invalid_request" : "internal", "%s", error->message);
    }
  g_message ("mesh: invited %s%s%s", user, endpoint ? "/" : "", endpoint ? endpoint : "");
  out = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (out, json_object_new ());
  json_object_set_string_member (json_node_get_object (out), "invitation", invitation);
  json_object_set_string_member (json_node_get_object (out), "user", user);
  if (endpoint != NULL)
    json_object_set_string_member (json_node_get_object (out), "endpoint", endpoint);
  json_object_set_int_member (json_node_get_object (out), "expires", g_get_real_time () / G_USEC_PER_SEC + seconds);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  _zt_agent_reply_json (msg, 201, out);
}

/* ---------------------------------------------------------------------------------------- */
/* Members and pending invitations of the hosted hub                                        */

/* This agent's own user and endpoint in its mesh (NULL when not joined): the hub's owner
 * is not offered to revoke themself. */
static void
own_identity (ZtAgent  *self,
              char    **user,
              char    **endpoint)
{
  g_autoptr(JsonNode) status = self->mesh ? zt_mesh_client_status (self->mesh) : NULL;
  JsonObject *o = status ? json_node_get_object (status) : NULL;

  *user = o ? g_strdup (json_object_get_string_member_with_default (o, "user", NULL)) : NULL;
  *endpoint = o ? g_strdup (json_object_get_string_member_with_default (o, "endpoint", NULL)) : NULL;
}

static void
mark_self (JsonNode   *list,
           const char *member,
           const char *own)
{
  JsonArray *a = json_object_get_array_member (json_node_get_object (list), member);

  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *o = json_array_get_object_element (a, i);
      json_object_set_boolean_member (o, "self", g_strcmp0 (json_object_get_string_member (o, "name"), own) == 0);
    }
}

static void
hub_members (ZtAgent           *self,
             SoupServerMessage *msg)
{
  ZtHubState *state = zt_hub_get_state (self->hub);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) users = NULL, endpoints = NULL, invitations = NULL, out = NULL;
  g_autofree char *own_user = NULL, *own_endpoint = NULL;
  JsonObject *o;

  if ((users = zt_hub_list_users (state, &error)) == NULL ||
      (endpoints = zt_hub_list_endpoints (state, &error)) == NULL ||
      (invitations = zt_hub_list_invitations (state, &error)) == NULL)
    return _zt_agent_reply_gerror (msg, error);
  own_identity (self, &own_user, &own_endpoint);
  mark_self (users, "users", own_user);
  mark_self (endpoints, "endpoints", own_endpoint);
  out = json_node_new (JSON_NODE_OBJECT);
  o = json_object_new ();
  json_object_set_string_member (o, "mesh", zt_hub_state_get_mesh (state));
  json_object_set_member (o, "users", json_node_ref (json_object_get_member (json_node_get_object (users), "users")));
  json_object_set_member (o, "endpoints",
                          json_node_ref (json_object_get_member (json_node_get_object (endpoints), "endpoints")));
  json_object_set_member (o, "invitations",
                          json_node_ref (json_object_get_member (json_node_get_object (invitations), "invitations")));
  json_node_take_object (out, o);
  _zt_agent_reply_json (msg, 200, out);
}

/* DELETE /mesh/hub/members/NAME: a user (and so every endpoint of theirs) or one endpoint is
 * revoked; the hub closes their control channels and streams within half a second, and the
 * peers' lists drop them, so that direct connections are refused too. */
static void
hub_revoke (ZtAgent           *self,
            SoupServerMessage *msg,
            const char        *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *own_user = NULL, *own_endpoint = NULL;

  own_identity (self, &own_user, &own_endpoint);
  if (g_strcmp0 (name, own_user) == 0 || g_strcmp0 (name, own_endpoint) == 0)
    return _zt_agent_reply_error (msg, 409, "self", "%s is this computer's own identity in the mesh it hosts; "
                                  "revoking it would cut this computer off its own hub", name);
  if (!zt_hub_set_revoked (zt_hub_get_state (self->hub), name, TRUE, &error))
    return _zt_agent_reply_gerror (msg, error);
  g_message ("mesh: revoked %s on the hosted hub", name);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  soup_server_message_set_status (msg, 204, NULL);
}

static void
hub_withdraw (ZtAgent           *self,
              SoupServerMessage *msg,
              const char        *id)
{
  g_autoptr(GError) error = NULL;

  if (!zt_hub_withdraw_invitation (zt_hub_get_state (self->hub), id, &error))
    return _zt_agent_reply_gerror (msg, error);
  g_message ("mesh: withdrew invitation %s", id);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  soup_server_message_set_status (msg, 204, NULL);
}

void
_zt_agent_api_mesh_hub (ZtAgent           *self,
                        SoupServerMessage *msg,
                        const char        *method,
                        const char        *collection,
                        const char        *name)
{
  if (self->hub == NULL)
    return _zt_agent_reply_error (msg, 404, "no_hub", "this computer hosts no mesh hub; members are managed "
                                  "where the mesh's hub runs");
  if (collection == NULL)
    {
      if (strcmp (method, "GET") != 0)
        return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
      return hub_members (self, msg);
    }
  if (strcmp (method, "DELETE") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use DELETE");
  if (strcmp (collection, "members") == 0)
    hub_revoke (self, msg, name);
  else
    hub_withdraw (self, msg, name);
}
