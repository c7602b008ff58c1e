/* zt-grant-dialog.h: add or edit a grant: who may use which tools of a service, how and when */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_GRANT_DIALOG (zt_grant_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZtGrantDialog, zt_grant_dialog, ZT, GRANT_DIALOG, AdwWindow)

/* @grant: the grant to edit (saved as a new grant, then the old one removed), or NULL;
 * @groups: the local groups ({name, members}) to offer, or NULL. Emits "saved" (the new
 * grant's JSON object) and closes when the agent has stored it. */
GtkWidget  *zt_grant_dialog_new       (GtkWindow     *parent,
                                       ZtClient      *client,
                                       JsonObject    *grant,
                                       JsonArray     *groups);
/* The grant as the fields say now, or NULL with @field (a member name of the grant) and
 * @error set when a field cannot be read. */
JsonObject *zt_grant_dialog_get_grant (ZtGrantDialog *self,
                                       char         **field,
                                       GError       **error);

/* The durations the app offers for approvals and requests: "15 minutes" -> "15m", ... */
typedef struct {
  const char *label;   /* translatable (N_), for _() */
  const char *value;   /* what the agent is sent */
} ZtDurationChoice;

#define ZT_N_DURATION_CHOICES 5
extern const ZtDurationChoice zt_duration_choices[ZT_N_DURATION_CHOICES];

G_END_DECLS
