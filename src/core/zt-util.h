/* zt-util.h: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Compares secrets (tokens, MACs, hashes) in time independent of where they differ. */
gboolean zt_secure_equal (gconstpointer a,
                          gconstpointer b,
                          gsize         len);

/* A timeout in the thread-default main context, where g_timeout_add would use the global
 * one (the desktop app runs the agent, and the hub it hosts, in a thread of its own).
 * Clear it with zt_source_clear, from any thread. */
GSource *zt_timeout_source_attach (guint       ms,
                                   GSourceFunc func,
                                   gpointer    data);
void     zt_source_clear          (GSource   **source);

G_END_DECLS
