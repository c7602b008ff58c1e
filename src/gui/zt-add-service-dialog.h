/* zt-add-service-dialog.h: add a local MCP server, showing exactly what will run */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_ADD_SERVICE_DIALOG (zt_add_service_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZtAddServiceDialog, zt_add_service_dialog, ZT, ADD_SERVICE_DIALOG, AdwWindow)

GtkWidget *zt_add_service_dialog_new (GtkWindow *parent,
                                      ZtClient  *client);

/* The argv a command line becomes (no shell runs it), or NULL with an explanation. */
char     **zt_command_line_parse     (const char *text,
                                      GError    **error);

G_END_DECLS
