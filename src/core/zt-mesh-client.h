/* zt-mesh-client.h: the agent's control channels to the hubs of its mesh */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _ZtMeshClient ZtMeshClient;

/* NULL without error when the agent has not joined a mesh (no HOME/mesh/permit.json). */
ZtMeshClient *zt_mesh_client_new    (const char    *home,
                                     GError       **error);
void          zt_mesh_client_start  (ZtMeshClient  *self);
void          zt_mesh_client_free   (ZtMeshClient  *self);
/* {mesh, user, endpoint, spiffe_id, not_after, hubs: [{address, state, error}], peers: [...]} */
JsonNode     *zt_mesh_client_status (ZtMeshClient  *self);

G_END_DECLS
