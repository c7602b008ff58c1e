/* zt-mesh-client.h: the agent's control channels to the hubs of its mesh */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The agent's member of the mesh, with signals: ::serve-stream (an importer's stream for
 * one of our services), ::peers-changed, ::changed (see zt-mesh-client.c). The last unref
 * ends its channels, listener and timers. */
#define ZT_TYPE_MESH_CLIENT (zt_mesh_client_get_type ())
G_DECLARE_FINAL_TYPE (ZtMeshClient, zt_mesh_client, ZT, MESH_CLIENT, GObject)

typedef struct _ZtWsStream ZtWsStream;

/* An importing agent has a handshaken stream to @peer_spiffe (its certificate checked against
 * the mesh CA and that SPIFFE id): FALSE with @error keeps the stream from being used. */
typedef gboolean (*ZtMeshCheckFunc) (GTlsConnection *tls,
                                     const char     *peer_spiffe,
                                     gpointer        user_data,
                                     GError        **error);

/* NULL without error when the agent has not joined a mesh (no HOME/mesh/permit.json). */
ZtMeshClient *zt_mesh_client_new    (const char    *home,
                                     GError       **error);
/* One decider, not a signal: it can refuse with a reason. */
void          zt_mesh_client_set_check_func (ZtMeshClient   *self,
                                     ZtMeshCheckFunc  func,
                                     gpointer         user_data);
/* Whether @endpoint of @user is a current, unrevoked member, as the hubs last said. */
gboolean      zt_mesh_client_is_member (ZtMeshClient *self,
                                     const char      *user,
                                     const char      *endpoint);
/* Takes direct connections on @listen (HOST:PORT; port 0 picks one) and tells the hubs, so
 * importers that can reach it skip the hub; the same mutual TLS applies. */
/* how long a direct connection may take to name its service after the handshake (default
 * 10 s; 0: no limit) */
void          zt_mesh_client_set_preamble_timeout (ZtMeshClient *self,
                                                   guint         ms);
/* how long a hub's control channel may say nothing (not even a pong to the pings sent every
 * third of it) before the agent takes the hub for gone and connects again (default 45 s;
 * 0: never). Applies to channels opened after the call. */
#define ZT_MESH_DEFAULT_HUB_TIMEOUT_MS (45 * 1000)
void          zt_mesh_client_set_hub_timeout (ZtMeshClient *self,
                                              guint         ms);
gboolean      zt_mesh_client_listen_direct (ZtMeshClient *self,
                                     const char      *listen,
                                     GError         **error);
/* [{name, to: [USER|ENDPOINT...]}] */
void          zt_mesh_client_set_exports (ZtMeshClient  *self,
                                     JsonNode        *exports);
/* Opens an end-to-end TLS stream to @service on @endpoint through a hub. */
void          zt_mesh_client_open_stream_async (ZtMeshClient        *self,
                                     const char          *endpoint,
                                     const char          *service,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data);
/* Whether the hubs list @endpoint as online; @instance (may be NULL): its run as the hubs
 * last said (NULL when unknown), borrowed until the next ::peers-changed. A new run means
 * the agent restarted: streams to the earlier one are dead. */
gboolean      zt_mesh_client_peer_online (ZtMeshClient  *self,
                                     const char          *endpoint,
                                     const char         **instance);
GTlsConnection *zt_mesh_client_open_stream_finish (ZtMeshClient  *self,
                                     GAsyncResult        *result,
                                     GError             **error);
/* Warm streams: an importer opens a stream to a service it used lately ahead of its next
 * client session, so that the session does not wait for the end-to-end TLS handshake (3-4 ms,
 * most of a new mesh session's cost); the exporter makes its session only when the first
 * message comes (zt-agent-exporter.c). At most one per endpoint and service, WARM_MAX in all;
 * each is kept WARM_SECONDS and opened again while its service was used in the last
 * WARM_KEEP_SECONDS; dropped when its exporter goes offline or restarts.
 * Opens one for @endpoint's @service unless there is one, ready or opening. */
void          zt_mesh_client_warm_stream (ZtMeshClient  *self,
                                     const char          *endpoint,
                                     const char          *service);
/* The warm stream to @endpoint's @service, taken (the caller owns it), or NULL when there is
 * none ready and still good (its exporter online in the same run, its connection open). */
GTlsConnection *zt_mesh_client_take_warm_stream (ZtMeshClient *self,
                                     const char          *endpoint,
                                     const char          *service);
/* How many warm streams are ready (for status and tests). */
guint         zt_mesh_client_warm_count (ZtMeshClient *self);
/* The exporter's run that a stream from zt_mesh_client_open_stream_finish() reached, as the
 * hub said when it connected the two (NULL: not said, as by a direct connection or a hub
 * from before). */
const char   *zt_mesh_client_stream_instance (GTlsConnection *stream);
void          zt_mesh_client_start  (ZtMeshClient  *self);
/* {mesh, user, endpoint, spiffe_id, not_after, hubs: [{address, state, error}], peers: [...]} */
JsonNode     *zt_mesh_client_status (ZtMeshClient  *self);

G_END_DECLS
