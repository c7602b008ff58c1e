/* zt-agent-exporter.c: the exporting side of the mesh: serving our services to other agents, who may use them */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <glib/gstdio.h>
#include <gnutls/crypto.h>
#include <libsoup/soup.h>
#include <string.h>
#include <unistd.h>

#include "zt-agent.h"
#include "zt-agent-private.h"
#include "zt-core-resources.h"
#include "zt-error.h"
#include "zt-session.h"
#include "zt-sse.h"
#include "zt-store.h"
#include "zt-subject.h"
#include "zt-util.h"
#include "zt-ca.h"
#include "zt-keystore.h"
#include "zt-line-stream.h"

/* ---------------------------------------------------------------------------------------- */
/* Serving exported services to other agents                                                */

/* A stream another agent opened to one of our MCP services. Its session (and so the server
 * process or connection behind it) is made when the first message comes, not when the
 * stream opens: an importer opens a stream ahead of its next client session (a warm stream,
 * zt-mesh-client.c) so that the session does not wait for a TLS handshake, and such a stream
 * costs this agent no server until it is used. Streams without a session are bounded per
 * endpoint and closed after a while. */
typedef struct {
  ZtSink        parent;
  ZtAgent      *agent;
  ZtService    *service;
  ZtSession    *session;    /* NULL until the first message */
  ZtSubject    *subject;    /* the peer, with the key it came with */
  ZtLineStream *lines;
  GSource      *unused;     /* closes a stream that no message came on, or that was refused */
  gboolean      refused;    /* its first message was answered with why it cannot be served */
  GQueue        held;       /* ZtMessage that came before the session could be made */
  gint64        held_since; /* monotonic µs */
  gsize         held_bytes; /* their lines' lengths */
  GSource      *retry;      /* the next try at the service's cap */
  gboolean      holding;    /* its session's upstream waits for the importer to read */
  GSource      *ending;     /* ends the stream from the main loop */
  char         *peer;
  char         *user;
  char         *endpoint;
} MeshPeer;

/* Streams without a session an endpoint may hold open (an importer keeps one per service
 * it imported from us and used lately), and for how long: longer than the importer keeps
 * one (zt-mesh-client.c, WARM_SECONDS). */
#define UNUSED_STREAMS_MAX 4
#define UNUSED_STREAM_SECONDS 90
/* At the service's cap, a stream's first message waits this long for a session to end */
#define CAP_WAIT_MS  1000
#define CAP_RETRY_MS 20
#define HELD_MAX       16
#define HELD_MAX_BYTES (1024 * 1024)  /* after the first message, whatever its size */

static guint
unused_stream_seconds (void)
{
  const char *env = g_getenv ("ZT4MCP_MESH_UNUSED_STREAM_SECONDS");  /* tests: a wait short enough */
  guint64 n;

  return env != NULL && g_ascii_string_to_unsigned (env, 10, 1, UNUSED_STREAM_SECONDS, &n, NULL)
         ? (guint) n : UNUSED_STREAM_SECONDS;
}

static char *mesh_peer_lost_access (ZtAgent *self, MeshPeer *mp);

static void mesh_peer_end_later (MeshPeer *mp);
static void mesh_peer_drained_cb (gpointer user_data);

static void
mesh_peer_deliver (ZtSink    *base,
                   ZtMessage *message,
                   gboolean   final)
{
  MeshPeer *mp = (MeshPeer *) base;
  gsize len, backlog, bound = _zt_msg_stream_buffer ();
  g_autofree char *text = NULL;

  if (mp->lines == NULL)
    return;
  text = zt_message_to_string (message, &len);
  backlog = zt_line_stream_send (mp->lines, text, len);
  if (bound == 0 || backlog <= bound / 2 || mp->session == NULL)
    return;
  if (backlog > bound && backlog > len + 1)
    {
      /* an upstream that cannot wait outran an importer that does not read */
      g_message ("mesh: %s does not read its stream (%" G_GSIZE_FORMAT " bytes waiting); ending it",
                 mp->peer, backlog);
      mesh_peer_end_later (mp);
      return;
    }
  if (!mp->holding)
    {
      /* the importer has not taken half the stream buffer: its server waits until it has
       * taken all but an eighth, as for a client of our own (zt-agent-http.c) */
      mp->holding = TRUE;
      zt_session_hold_upstream (mp->session, TRUE);
      zt_line_stream_when_drained (mp->lines, bound / 8, mesh_peer_drained_cb, mp);
    }
}

static void
mesh_peer_finalize (ZtSink *base)
{
  MeshPeer *mp = (MeshPeer *) base;

  g_clear_pointer (&mp->lines, zt_line_stream_free);
  zt_source_clear (&mp->unused);
  zt_source_clear (&mp->retry);
  zt_source_clear (&mp->ending);
  g_queue_clear_full (&mp->held, (GDestroyNotify) zt_message_unref);
  g_clear_object (&mp->session);
  g_clear_pointer (&mp->subject, zt_subject_unref);
  g_clear_pointer (&mp->service, zt_service_unref);
  g_free (mp->peer);
  g_free (mp->user);
  g_free (mp->endpoint);
  g_free (mp);
}

static const ZtSinkFuncs mesh_peer_funcs = { mesh_peer_deliver, mesh_peer_finalize };

static void mesh_peer_closed_cb (const GError *error, gpointer user_data);

/* Ends @mp's stream (from outside its own callbacks' stack, or as their last act). */
static void
mesh_peer_end (MeshPeer *mp)
{
  g_clear_pointer (&mp->lines, zt_line_stream_free);
  mesh_peer_closed_cb (NULL, mp);
}

static void
mesh_peer_release (MeshPeer *mp)
{
  if (!mp->holding)
    return;
  mp->holding = FALSE;
  if (mp->session != NULL)
    zt_session_hold_upstream (mp->session, FALSE);
}

static void
mesh_peer_drained_cb (gpointer user_data)
{
  mesh_peer_release (user_data);
}

static gboolean
mesh_peer_ending_cb (gpointer user_data)
{
  MeshPeer *mp = user_data;

  g_clear_pointer (&mp->ending, g_source_unref);  /* removed by returning */
  mesh_peer_end (mp);
  return G_SOURCE_REMOVE;
}

/* Not from within a delivery: the session is on the stack. */
static void
mesh_peer_end_later (MeshPeer *mp)
{
  if (mp->ending == NULL && !mp->parent.closed)
    mp->ending = zt_timeout_source_attach (0, mesh_peer_ending_cb, mp);
}

static gboolean
mesh_peer_unused_cb (gpointer user_data)
{
  MeshPeer *mp = user_data;

  g_clear_pointer (&mp->unused, g_source_unref);
  if (!mp->refused)
    g_message ("mesh: closing a stream from %s that carried nothing for %u s", mp->peer, unused_stream_seconds ());
  mesh_peer_end (mp);
  return G_SOURCE_REMOVE;
}

/* The first message came: the session now, after the checks of the stream's opening are
 * made again (access may have been lost since). */
static gboolean
mesh_peer_try_session (MeshPeer  *mp,
                       GError   **error)
{
  ZtAgent *self = mp->agent;
  g_autofree char *why = mesh_peer_lost_access (self, mp);

  if (why != NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "%s %s", mp->peer, why);
      return FALSE;
    }
  if ((mp->session = _zt_agent_create_session (self, mp->service, mp->subject, error)) == NULL)
    return FALSE;
  zt_session_attach_stream (mp->session, &mp->parent);
  return TRUE;
}

/* Each held request is answered with @error; then, its answers sent, the stream ends. */
static void
mesh_peer_refuse (MeshPeer     *mp,
                  const GError *error)
{
  ZtMessage *message;

  g_message ("mesh: cannot serve %s to %s: %s", mp->service->name, mp->peer, error->message);
  while ((message = g_queue_pop_head (&mp->held)) != NULL)
    {
      if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
        {
          g_autoptr(ZtMessage) reply = zt_message_new_error_from_gerror (zt_message_get_id (message), error);

          mesh_peer_deliver (&mp->parent, reply, TRUE);
        }
      zt_message_unref (message);
    }
  mp->refused = TRUE;
  zt_source_clear (&mp->unused);
  mp->unused = zt_timeout_source_attach (1000, mesh_peer_unused_cb, mp);
}

static gboolean mesh_peer_retry_cb (gpointer user_data);

/* Makes the session for the held messages and hands them on; at the service's cap, tries
 * again for a while: an importer ends its idle sessions to make room for a new one, and the
 * new one's stream (a warm one, already open) can come before the old one's end. */
static void
mesh_peer_try_now (MeshPeer *mp)
{
  g_autoptr(GError) error = NULL;
  ZtMessage *message;

  if (!mesh_peer_try_session (mp, &error))
    {
      if (g_error_matches (error, ZT_ERROR, ZT_ERROR_LIMIT) &&
          g_get_monotonic_time () - mp->held_since < CAP_WAIT_MS * 1000)
        {
          mp->retry = zt_timeout_source_attach (CAP_RETRY_MS, mesh_peer_retry_cb, mp);
          return;
        }
      mesh_peer_refuse (mp, error);
      return;
    }
  zt_source_clear (&mp->unused);
  while ((message = g_queue_pop_head (&mp->held)) != NULL)
    {
      zt_session_handle (mp->session, message, &mp->parent);
      zt_message_unref (message);
    }
}

static gboolean
mesh_peer_retry_cb (gpointer user_data)
{
  MeshPeer *mp = user_data;

  g_clear_pointer (&mp->retry, g_source_unref);
  mesh_peer_try_now (mp);
  return G_SOURCE_REMOVE;
}

static void
mesh_peer_line_cb (const char *line,
                   gsize       len,
                   gpointer    user_data)
{
  MeshPeer *mp = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) message = zt_message_parse (line, len, &mp->service->limits, &error);

  if (message == NULL)
    {
      g_autoptr(ZtMessage) reply = zt_message_new_error_from_gerror (NULL, error);
      mesh_peer_deliver (&mp->parent, reply, TRUE);
      return;
    }
  if (mp->refused)
    return;
  if (mp->session != NULL)
    {
      zt_session_handle (mp->session, message, &mp->parent);
      return;
    }
  /* no session yet: held (in order) until there is one; bounded, or a peer could park
   * HELD_MAX messages of the largest size on each of its streams */
  if (!g_queue_is_empty (&mp->held) &&
      (g_queue_get_length (&mp->held) >= HELD_MAX || mp->held_bytes + len > HELD_MAX_BYTES))
    {
      g_autoptr(GError) full = g_error_new (ZT_ERROR, ZT_ERROR_LIMIT,
                                            "more than %u messages or %u bytes before the session could be made",
                                            HELD_MAX, HELD_MAX_BYTES);

      mesh_peer_refuse (mp, full);
      return;
    }
  if (g_queue_is_empty (&mp->held))
    {
      mp->held_since = g_get_monotonic_time ();
      mp->held_bytes = 0;
    }
  mp->held_bytes += len;
  g_queue_push_tail (&mp->held, g_steal_pointer (&message));
  if (mp->retry == NULL)
    mesh_peer_try_now (mp);
}

static void
mesh_peer_closed_cb (const GError *error,
                     gpointer      user_data)
{
  MeshPeer *mp = user_data;

  mp->parent.closed = TRUE;
  /* nothing more is tried or timed for it, whoever still holds it */
  zt_source_clear (&mp->retry);
  zt_source_clear (&mp->unused);
  zt_source_clear (&mp->ending);
  mesh_peer_release (mp);
  g_ptr_array_remove (mp->agent->mesh_peers, mp);
  if (mp->session != NULL)
    {
      g_autoptr(ZtSession) session = g_object_ref (mp->session);

      zt_session_detach_stream (session, &mp->parent);
      _zt_agent_close_session (mp->agent, session);
    }
  _zt_agent_settle_memory (mp->agent);
  zt_sink_unref (&mp->parent);  /* the stream's reference */
}

/* Before another stream of @endpoint's without a session is kept: if it holds as many as it
 * may, its oldest is closed. */
static void
mesh_peer_bound_unused (ZtAgent    *self,
                        const char *endpoint)
{
  MeshPeer *oldest = NULL;
  guint n = 0;

  for (guint i = 0; i < self->mesh_peers->len; i++)
    {
      MeshPeer *mp = g_ptr_array_index (self->mesh_peers, i);

      if (mp->session != NULL || !g_queue_is_empty (&mp->held) || mp->refused ||
          strcmp (mp->endpoint, endpoint) != 0)
        continue;
      if (oldest == NULL)
        oldest = mp;
      n++;
    }
  if (n >= UNUSED_STREAMS_MAX)
    {
      g_message ("mesh: %s holds %u streams that carried nothing; closing the oldest", endpoint, n);
      mesh_peer_end (oldest);
    }
}

/* Another agent asks for one of our services: the decision rests on the identity in its
 * certificate (checked by TLS against the mesh CA), and remote subjects are denied unless
 * the service is exported to them. */
static void
serve_stream_cb (ZtMeshClient   *client,
                 GTlsConnection *tls,
                 const char     *peer,
                 const char     *service_name,
                 gpointer        user_data)
{
  ZtAgent *self = user_data;
  ZtService *service = g_hash_table_lookup (self->services, service_name);
  g_autofree char *mesh = NULL, *user = NULL, *endpoint = NULL, *key = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  g_autoptr(GError) error = NULL;
  gboolean access = strcmp (service_name, ZT_ACCESS_STREAM) == 0;
  MeshPeer *mp;

  /* access requests: any current member with its pinned key may ask (zt-agent-policy.c) */
  if (access)
    {
      if (!zt_spiffe_id_parse (peer, &mesh, &user, &endpoint, NULL) || self->mesh == NULL ||
          !zt_mesh_client_is_member (self->mesh, user, endpoint) || !_zt_agent_pin_check (self, tls, peer, NULL, &error))
        {
          g_message ("mesh: refused %s an access request: %s", peer, error ? error->message : "not a current member");
          g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
          return;
        }
      _zt_agent_policy_serve_access (self, tls, user, endpoint);
      return;
    }
  if (!zt_spiffe_id_parse (peer, &mesh, &user, &endpoint, NULL) || service == NULL ||
      service->kind == ZT_SERVICE_MESH || !_zt_agent_policy_admits (self, service, user, endpoint) || !service->enabled)
    {
      const char *why = service == NULL ? "no such service" : !service->enabled ? "it is stopped" : "not exported to them";

      g_message ("mesh: refused %s the service %s: %s", peer, service_name, why);
      if (service != NULL)
        {
          subject = zt_subject_new_peer (peer, NULL);
          _zt_agent_report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "admission", why);
        }
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  /* a certificate outlives a revocation: the hubs' current list of members decides too
   * (this is the only check a direct connection gets) */
  if (self->mesh == NULL || !zt_mesh_client_is_member (self->mesh, user, endpoint))
    {
      g_message ("mesh: refused %s the service %s: revoked, or not a current member", peer, service_name);
      subject = zt_subject_new_peer (peer, NULL);
      _zt_agent_report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "admission", "revoked, or not a current member");
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  /* the CA vouches for the name; the key it first came with vouches for the holder */
  if (!_zt_agent_pin_check (self, tls, peer, &key, &error))
    {
      g_message ("mesh: refused %s the service %s: %s", peer, service_name, error->message);
      subject = zt_subject_new_peer (peer, NULL);
      _zt_agent_report_refusal (self, service, ZT_SIDE_EXPORTER, subject, "key-continuity", error->message);
      g_io_stream_close (G_IO_STREAM (tls), NULL, NULL);
      return;
    }
  subject = zt_subject_new_peer (peer, key);
  if (service->llm)
    {
      /* zt4mcp-llm/1 inside, not MCP; the model globs and the budget decide per request */
      g_message ("mesh: serving the model service %s to %s", service_name, peer);
      _zt_agent_llm_serve_stream (self, tls, service, subject);
      return;
    }
  mp = g_new0 (MeshPeer, 1);
  zt_sink_init (&mp->parent, &mesh_peer_funcs, TRUE);
  mp->agent = self;
  mp->service = zt_service_ref (service);
  mp->subject = g_steal_pointer (&subject);
  mp->peer = g_strdup (peer);
  mp->user = g_strdup (user);
  mp->endpoint = g_strdup (endpoint);
  mp->unused = zt_timeout_source_attach (unused_stream_seconds () * 1000, mesh_peer_unused_cb, mp);
  mesh_peer_bound_unused (self, endpoint);
  g_ptr_array_add (self->mesh_peers, mp);
  g_message ("mesh: serving %s to %s", service_name, peer);
  mp->lines = zt_line_stream_new (G_IO_STREAM (tls), mp->service->limits.max_size ? mp->service->limits.max_size
                                                                               : ZT_DEFAULT_MAX_MESSAGE_SIZE,
                                  mesh_peer_line_cb, mesh_peer_closed_cb, mp);
}


void
_zt_agent_announce_exports (ZtAgent *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) exports = NULL;
  g_autoptr(GList) names = NULL;

  if (self->mesh == NULL)
    return;
  names = g_list_sort (g_hash_table_get_keys (self->services), (GCompareFunc) strcmp);
  json_builder_begin_array (b);
  for (GList *l = names; l; l = l->next)
    {
      ZtService *service = g_hash_table_lookup (self->services, l->data);

      g_auto(GStrv) to = NULL;

      if (service->kind == ZT_SERVICE_MESH || (to = _zt_agent_policy_announced (self, service))[0] == NULL)
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, service->name);
      if (service->llm)
        {
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, "llm");
        }
      json_builder_set_member_name (b, "to");
      json_builder_begin_array (b);
      for (guint i = 0; to[i]; i++)
        json_builder_add_string_value (b, to[i]);
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  exports = json_builder_get_root (b);
  zt_mesh_client_set_exports (self->mesh, exports);
  /* an export list that no longer names a peer ends what that peer is served */
  _zt_agent_mesh_peers_recheck (self);
}

/* Why @mp may no longer be served, or NULL: what was allowed when its stream opened is
 * checked again whenever the export lists or the members change, and ends at once. */
static char *
mesh_peer_lost_access (ZtAgent  *self,
                       MeshPeer *mp)
{
  ZtService *service = g_hash_table_lookup (self->services, mp->service->name);

  if (self->mesh == NULL || !zt_mesh_client_is_member (self->mesh, mp->user, mp->endpoint))
    return g_strdup ("is no longer a member");
  if (service == NULL || !service->enabled)
    return g_strdup_printf ("lost access to %s: the service is gone or stopped", mp->service->name);
  if (!_zt_agent_policy_admits (self, service, mp->user, mp->endpoint))
    return g_strdup_printf ("lost access to %s: it is no longer exported to them", mp->service->name);
  return NULL;
}

void
_zt_agent_mesh_peers_recheck (ZtAgent *self)
{
  for (guint i = self->mesh_peers->len; i > 0; i--)
    {
      MeshPeer *mp = g_ptr_array_index (self->mesh_peers, i - 1);
      g_autofree char *why = mesh_peer_lost_access (self, mp);

      if (why != NULL)
        {
          g_message ("mesh: %s %s; closing what it was served", mp->peer, why);
          mesh_peer_end (mp);
        }
    }
}

static void
mesh_peers_changed_cb (ZtMeshClient *client,
                       gpointer      user_data)
{
  _zt_agent_mesh_peers_recheck (user_data);
}

static void
mesh_changed_cb (ZtMeshClient *client,
                 gpointer      user_data)
{
  _zt_agent_events_changed (user_data, ZT_AGENT_EVENT_MESH);
}

void
_zt_agent_mesh_reload (ZtAgent *self)
{
  g_autoptr(GError) error = NULL;

  zt_transports_set_mesh_client (self->transports, NULL);
  _zt_agent_llm_mesh_gone (self);
  g_clear_object (&self->mesh);
  self->mesh = zt_mesh_client_new (self->home, &error);
  zt_transports_set_mesh_client (self->transports, self->mesh);
  if (error != NULL)
    g_warning ("mesh: %s", error->message);
  if (self->mesh != NULL)
    {
      g_signal_connect (self->mesh, "serve-stream", G_CALLBACK (serve_stream_cb), self);
      g_signal_connect (self->mesh, "peers-changed", G_CALLBACK (mesh_peers_changed_cb), self);
      g_signal_connect (self->mesh, "changed", G_CALLBACK (mesh_changed_cb), self);
      zt_mesh_client_set_check_func (self->mesh, _zt_agent_pin_check_exporter, self);
      _zt_agent_announce_exports (self);
      zt_mesh_client_set_preamble_timeout (self->mesh, self->http_limits.header_timeout_ms);
      zt_mesh_client_set_hub_timeout (self->mesh, self->hub_timeout_ms);
      if (self->mesh_direct != NULL && !zt_mesh_client_listen_direct (self->mesh, self->mesh_direct, &error))
        g_warning ("mesh: no direct connections: %s", error->message);
      zt_mesh_client_start (self->mesh);
    }
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
}

JsonNode *
_zt_agent_mesh_json (ZtAgent *self)
{
  JsonNode *out;

  if (self->mesh != NULL)
    out = zt_mesh_client_status (self->mesh);
  else
    {
      out = json_node_new (JSON_NODE_OBJECT);
      json_node_take_object (out, json_object_new ());
      json_object_set_boolean_member (json_node_get_object (out), "joined", FALSE);
    }
  _zt_agent_hub_describe (self, json_node_get_object (out));
  _zt_agent_pins_describe (self, json_node_get_object (out));
  return out;
}

/* Leaving: what this agent serves to peers ends, its mesh key is deleted, and its
 * certificate and permit are removed. A hub it hosts keeps running for the others. */
void
_zt_agent_api_mesh_leave (ZtAgent           *self,
                          SoupServerMessage *msg)
{
  g_autofree char *mesh_dir = g_build_filename (self->home, "mesh", NULL);
  g_autofree char *permit_path = g_build_filename (mesh_dir, "permit.json", NULL);
  g_autofree char *permit_text = NULL;
  g_autoptr(JsonObject) permit = NULL;
  g_autofree char *key_name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;
  gsize permit_len = 0;
  const char *files[] = { "permit.json", "cert.pem", "ca.pem", NULL };

  if (self->mesh_busy)
    return _zt_agent_reply_error (msg, 409, "busy", "a join or mesh creation is running; wait for its answer");
  if (self->mesh == NULL)
    return _zt_agent_reply_error (msg, 409, "not_joined", "this agent is in no mesh");
  if (g_file_get_contents (permit_path, &permit_text, &permit_len, NULL) &&
      (permit = zt_json_parse_object_strict (permit_text, permit_len, NULL, NULL)) != NULL)
    key_name = g_strdup (json_object_get_string_member_with_default (permit, "key_name", NULL));

  for (guint i = self->mesh_peers->len; i > 0; i--)
    {
      mesh_peer_end (g_ptr_array_index (self->mesh_peers, i - 1));
    }
  zt_transports_set_mesh_client (self->transports, NULL);
  _zt_agent_llm_mesh_gone (self);
  g_clear_object (&self->mesh);

  if (key_name != NULL)
    {
      g_autoptr(ZtKeystore) keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, &error);

      if (keystore == NULL || !zt_keystore_delete (keystore, key_name, &error))
        g_warning ("mesh: the key %s could not be deleted: %s", key_name, error ? error->message : "no key store");
      g_clear_error (&error);
    }
  for (guint i = 0; files[i]; i++)
    {
      g_autofree char *path = g_build_filename (mesh_dir, files[i], NULL);
      if (g_unlink (path) != 0 && errno != ENOENT)
        g_warning ("mesh: cannot remove %s: %s", path, g_strerror (errno));
    }
  g_rmdir (mesh_dir);  /* only if nothing else is left in it */
  g_message ("mesh: left the mesh");
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  out = _zt_agent_mesh_json (self);
  _zt_agent_reply_json (msg, 200, out);
}

void
_zt_agent_api_mesh (ZtAgent           *self,
                    SoupServerMessage *msg,
                    const char        *method,
                    gboolean           reload)
{
  g_autoptr(JsonNode) out = NULL;

  if (!reload && strcmp (method, "DELETE") == 0)
    return _zt_agent_api_mesh_leave (self, msg);
  if (reload && strcmp (method, "POST") == 0)
    _zt_agent_mesh_reload (self);
  else if (reload || strcmp (method, "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", reload ? "use POST" : "use GET, or DELETE to leave");
  out = _zt_agent_mesh_json (self);
  _zt_agent_reply_json (msg, 200, out);
}
