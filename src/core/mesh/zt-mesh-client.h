/* zt-mesh-client.h: the agent's control channels to the hubs of its mesh */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _ZtMeshClient ZtMeshClient;

/* NULL without error when the agent has not joined a mesh (no HOME/mesh/permit.json). */
typedef struct _ZtWsStream ZtWsStream;

/* An exporting agent is asked for a stream: @tls is handshaken, @peer_spiffe is the
 * importer's identity from its certificate; the callee serves or closes it. */
typedef void (*ZtMeshServeFunc) (GTlsConnection *tls,
                                 const char     *peer_spiffe,
                                 const char     *service,
                                 gpointer        user_data);

/* An importing agent has a handshaken stream to @peer_spiffe (its certificate checked against
 * the mesh CA and that SPIFFE id): FALSE with @error keeps the stream from being used. */
typedef gboolean (*ZtMeshCheckFunc) (GTlsConnection *tls,
                                     const char     *peer_spiffe,
                                     gpointer        user_data,
                                     GError        **error);

ZtMeshClient *zt_mesh_client_new    (const char    *home,
                                     GError       **error);
void          zt_mesh_client_set_serve_func (ZtMeshClient   *self,
                                     ZtMeshServeFunc  func,
                                     gpointer         user_data);
void          zt_mesh_client_set_check_func (ZtMeshClient   *self,
                                     ZtMeshCheckFunc  func,
                                     gpointer         user_data);
/* Whether @endpoint of @user is a current, unrevoked member, as the hubs last said. */
gboolean      zt_mesh_client_is_member (ZtMeshClient *self,
                                     const char      *user,
                                     const char      *endpoint);
/* Called whenever a hub pushes a new list of peers (a revocation removes a peer from it). */
void          zt_mesh_client_set_peers_func (ZtMeshClient *self,
                                     GCallback        func,
                                     gpointer         user_data);
/* Called whenever what zt_mesh_client_status() shows may have changed: a hub connection's
 * state, the peers, the certificate. Called often: coalesce. */
void          zt_mesh_client_set_changed_func (ZtMeshClient *self,
                                     GCallback        func,
                                     gpointer         user_data);
/* Takes direct connections on @listen (HOST:PORT; port 0 picks one) and tells the hubs, so
 * importers that can reach it skip the hub; the same mutual TLS applies. */
/* how long a direct connection may take to name its service after the handshake (default
 * 10 s; 0: no limit) */
void          zt_mesh_client_set_preamble_timeout (ZtMeshClient *self,
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
GTlsConnection *zt_mesh_client_open_stream_finish (ZtMeshClient  *self,
                                     GAsyncResult        *result,
                                     GError             **error);
void          zt_mesh_client_start  (ZtMeshClient  *self);
void          zt_mesh_client_free   (ZtMeshClient  *self);
/* {mesh, user, endpoint, spiffe_id, not_after, hubs: [{address, state, error}], peers: [...]} */
JsonNode     *zt_mesh_client_status (ZtMeshClient  *self);

G_END_DECLS
