/* zt-mesh-client-private.h: an agent's reading of its hub's control messages, for tests and fuzzing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef enum {
  ZT_MESH_CONTROL_OTHER,          /* not a message the agent acts on */
  ZT_MESH_CONTROL_PEERS,          /* who is in the mesh, and what each exports to us */
  ZT_MESH_CONTROL_STREAM,         /* an importer wants one of our services */
  ZT_MESH_CONTROL_CERTIFICATE,    /* a renewed certificate */
  ZT_MESH_CONTROL_RENEW_REFUSED,
  ZT_MESH_CONTROL_PEERS_UPDATE,   /* the entries of peers that changed, and those gone */
  ZT_MESH_CONTROL_WELCOME,        /* the channel is open */
} ZtMeshControlKind;

/* One message from the hub over the control WebSocket, as the agent reads it. */
typedef struct {
  ZtMeshControlKind  kind;
  JsonNode          *peers;        /* peers, peers-update: a JSON array */
  JsonNode          *gone;         /* peers-update: a JSON array (of endpoint names) */
  char              *stream_id;    /* stream */
  char              *service;      /* stream */
  char              *certificate;  /* certificate: PEM */
  gint64             issued;       /* certificate */
  gint64             not_after;    /* certificate */
  char              *message;      /* renew-refused: why */
  guint              spares;       /* welcome: named spare legs the hub keeps per endpoint (0: a
                                    * hub from before names, which keeps one) */
} ZtMeshControl;

/* FALSE with @error when @message is no JSON object (kind OTHER then). */
gboolean    _zt_mesh_client_control_read  (SoupWebsocketDataType  type,
                                           GBytes                *message,
                                           ZtMeshControl         *out,
                                           GError               **error);
void        _zt_mesh_client_control_clear (ZtMeshControl         *control);

/* The first entry of @peers (as a peers message lists them) for @endpoint, or NULL. */
JsonObject *_zt_mesh_client_find_peer     (JsonNode              *peers,
                                           const char            *endpoint);

/* @peers (may be NULL) with @update's entries in place of those for the same endpoint (or
 * added), and without the endpoints named in @gone: a new array. Entries that are no object
 * with a string endpoint, and names that are no string, are left out; so are entries beyond
 * @max in all. */
JsonNode   *_zt_mesh_client_merge_peers   (JsonNode              *peers,
                                           JsonNode              *update,
                                           JsonNode              *gone,
                                           guint                  max);

/* The hub's "connected" on a stream an importer dialled: the exporter's run it names, "" when
 * it names none (or none valid), NULL with @error when the message is not that. */
char       *_zt_mesh_client_connected_read (GBytes               *message,
                                            GError              **error);

G_END_DECLS
