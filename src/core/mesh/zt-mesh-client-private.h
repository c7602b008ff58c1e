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
} ZtMeshControlKind;

/* One message from the hub over the control WebSocket, as the agent reads it. */
typedef struct {
  ZtMeshControlKind  kind;
  JsonNode          *peers;        /* peers: a JSON array */
  char              *stream_id;    /* stream */
  char              *service;      /* stream */
  char              *certificate;  /* certificate: PEM */
  gint64             issued;       /* certificate */
  gint64             not_after;    /* certificate */
  char              *message;      /* renew-refused: why */
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

G_END_DECLS
