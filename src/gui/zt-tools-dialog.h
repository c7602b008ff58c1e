/* zt-tools-dialog.h: a service's tools: scan verdicts, findings, and changes waiting for approval */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_TOOLS_DIALOG (zt_tools_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZtToolsDialog, zt_tools_dialog, ZT, TOOLS_DIALOG, AdwWindow)

/* Shows @service's pinned tools and its pending changes (GET /services/NAME/pins), each
 * with the verdict and findings of the definition scanner run here on what the server
 * sent, and approves changes (POST /services/NAME/pins/approve). Reloads on the agent's
 * "tools" event. */
GtkWidget *zt_tools_dialog_new (GtkWindow  *parent,
                                ZtClient   *client,
                                const char *service);

/* For tests: how many changes wait for approval in what is shown, and how many of the
 * tools shown the scanner blocks (those the owner accepted not counted); both -1 until the
 * first answer. */
int        zt_tools_dialog_get_n_pending (ZtToolsDialog *self);
int        zt_tools_dialog_get_n_blocked (ZtToolsDialog *self);
/* Tools the scan blocks that the owner accepted (this definition); -1 until loaded. */
int        zt_tools_dialog_get_n_accepted (ZtToolsDialog *self);
int        zt_tools_dialog_get_n_accepted_other (ZtToolsDialog *self);
/* Prompts, resources and instructions the agent's scan blocks (not accepted); -1 until loaded. */
int        zt_tools_dialog_get_n_blocked_other (ZtToolsDialog *self);

G_END_DECLS
