/* zt-join.h: an agent joining a mesh with a one-time invitation */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Makes the agent's key (it never leaves the machine: Secret Service or a 0600 file), sends
 * a CSR with the invitation's one-time secret to the hub, checking the hub's certificate
 * against the CA fingerprint the invitation pins, and saves the certificate and the permit
 * in HOME/mesh/. Returns the permit. */
JsonNode *zt_join_mesh (const char  *home,
                        const char  *invitation,
                        const char  *endpoint,
                        GError     **error);

G_END_DECLS
