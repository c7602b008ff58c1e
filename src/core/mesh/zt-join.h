/* zt-join.h: an agent joining a mesh with a one-time invitation */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Why a join failed, for callers that answer differently (the REST API); other errors are
 * in ZT_ERROR (a bad endpoint name, the key store, the disk). */
#define ZT_JOIN_ERROR (zt_join_error_quark ())

typedef enum {
  ZT_JOIN_ERROR_INVALID_INVITATION,    /* cannot be decoded */
  ZT_JOIN_ERROR_HUB_UNREACHABLE,       /* no hub address answered */
  ZT_JOIN_ERROR_FINGERPRINT_MISMATCH,  /* a hub answered without the CA the invitation pins */
  ZT_JOIN_ERROR_HUB_REFUSED,           /* the hub said no (used, expired, revoked...) */
} ZtJoinError;

GQuark    zt_join_error_quark (void);

/* Makes the agent's key (it never leaves the machine: Secret Service or a 0600 file), sends
 * a CSR with the invitation's one-time secret to the hub, checking the hub's certificate
 * against the CA fingerprint the invitation pins, and saves the certificate and the permit
 * in HOME/mesh/. Returns the permit. */
/* What zt_join_mesh() would ask the hub for, decided as it decides, without the network:
 * {mesh, user, endpoint, endpoint_from ("request", "invitation" or "host"), hubs, expires}.
 * Every name and address is checked before it is returned (an invitation is hostile input
 * until its hub answers); an invitation that is malformed or has expired is an error. */
JsonObject *zt_join_preview (const char  *invitation,
                             const char  *endpoint,
                             GError     **error);

JsonNode *zt_join_mesh (const char  *home,
                        const char  *invitation,
                        const char  *endpoint,
                        GError     **error);

G_END_DECLS
