/* zt-mesh-page.h: the mesh: this computer's identity, hubs, peers and their services */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_MESH_PAGE (zt_mesh_page_get_type ())

G_DECLARE_FINAL_TYPE (ZtMeshPage, zt_mesh_page, ZT, MESH_PAGE, GtkWidget)

GtkWidget *zt_mesh_page_new         (void);
void       zt_mesh_page_set_client  (ZtMeshPage *self,
                                     ZtClient   *client);

/* A free local name for an imported service: @remote, else @remote-@peer, else numbered. */
char      *zt_import_name           (ZtClient   *client,
                                     const char *peer,
                                     const char *remote);

G_END_DECLS
