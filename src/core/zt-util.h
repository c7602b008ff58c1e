/* zt-util.h: small helpers shared across the core */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Compares secrets (tokens, MACs, hashes) in time independent of where they differ. */
gboolean zt_secure_equal (gconstpointer a,
                          gconstpointer b,
                          gsize         len);

G_END_DECLS
