/* zt-clients-group.h: Apps with Access: the client tokens of this agent, with Revoke */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_CLIENTS_GROUP (zt_clients_group_get_type ())

G_DECLARE_FINAL_TYPE (ZtClientsGroup, zt_clients_group, ZT, CLIENTS_GROUP, AdwPreferencesGroup)

GtkWidget *zt_clients_group_new           (void);
void       zt_clients_group_set_client    (ZtClientsGroup *self,
                                           ZtClient       *client);
/* Reads GET /api/v1/clients again (the list follows the agent's `clients` events, and its
 * last uses, which send no event, every 30 s while it is shown). */
void       zt_clients_group_refresh       (ZtClientsGroup *self);
/* How many apps are listed (the property "n-clients"). */
guint      zt_clients_group_get_n_clients (ZtClientsGroup *self);
/* "5 minutes ago", "never" (@then <= 0), relative to @now (Unix seconds). */
char      *zt_format_last_used            (gint64          then,
                                           gint64          now);

G_END_DECLS
