/* zt-error-dialog.h: an error said in plain words, with the agent's raw detail behind an expander */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An AdwMessageDialog over @parent's window: @heading (title case, short), @body (one plain
 * sentence: what did not happen and what to do), and @detail (the agent's own words, may be
 * NULL) in a collapsed "Details" GtkExpander, selectable, so that it can be copied into a
 * report. The detail's `backticks` are dropped: it is read, not pasted into a shell. Returns
 * the dialog (owned by GTK; it goes when closed). */
GtkWidget *zt_error_dialog_present   (GtkWidget   *parent,
                                      const char  *heading,
                                      const char  *body,
                                      const char  *detail);

/* The "Details" expander of the dialog, collapsed, for a page that says an error in place (a
 * status page): @detail selectable, without backticks. */
GtkWidget *zt_error_detail_new       (const char  *detail);

/* The same for a failed agent call: @body is said, the GError's message is the detail. */
GtkWidget *zt_error_dialog_present_error (GtkWidget    *parent,
                                      const char   *heading,
                                      const char   *body,
                                      const GError *error);

/* A failed call to the agent (a ZtClientError): the plain sentence is chosen from what
 * failed (no answer, not found, refused, other); the message is the detail. */
GtkWidget *zt_error_dialog_present_client_error (GtkWidget    *parent,
                                      const char   *heading,
                                      const GError *error);

/* The plain sentence for a failed call to the agent (a ZtClientError): what failed (no answer,
 * removed meanwhile, refused, the hub, the invitation) and what to do. */
const char *zt_error_client_sentence (const GError *error);

G_END_DECLS
