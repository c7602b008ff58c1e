/* zt-edit-service-dialog.h: change a local MCP server's command, folder, environment or address */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_EDIT_SERVICE_DIALOG (zt_edit_service_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZtEditServiceDialog, zt_edit_service_dialog, ZT, EDIT_SERVICE_DIALOG, AdwWindow)

/* Reads @service from the agent (its plain variables' values, its secret ones' names only),
 * then lets them be changed. Saving updates it (PATCH) and restarts it; the dialog then emits
 * "saved" and closes. A refused field is marked in place with the agent's words. */
GtkWidget *zt_edit_service_dialog_new (GtkWindow  *parent,
                                       ZtClient   *client,
                                       const char *service);

G_END_DECLS
