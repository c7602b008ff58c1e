/* zt-hub.h: the mesh hub: its CA, users, endpoints, invitations, and the join endpoint */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define ZT_INVITATION_PREFIX "zt4mcp-invite:"

typedef struct _ZtHubState ZtHubState;

/* hub init: creates DIR with the CA, the hub's certificate and hub.db */
gboolean    zt_hub_init            (const char          *dir,
                                    const char          *mesh,
                                    const char          *listen,
                                    const char * const  *public_addresses,
                                    GError             **error);
ZtHubState *zt_hub_state_open      (const char          *dir,
                                    GError             **error);
void        zt_hub_state_free      (ZtHubState          *self);
const char *zt_hub_state_get_mesh  (ZtHubState          *self);
const char *zt_hub_state_get_listen (ZtHubState         *self);

/* Returns the one-line invitation; the secret in it is stored only as a hash. */
char       *zt_hub_invite          (ZtHubState          *self,
                                    const char          *user,
                                    const char          *endpoint,
                                    gint64               ttl_seconds,
                                    GError             **error);
JsonNode   *zt_hub_list_users      (ZtHubState          *self,
                                    GError             **error);
JsonNode   *zt_hub_list_endpoints  (ZtHubState          *self,
                                    GError             **error);
/* {invitations: [{id, user, endpoint, created, expires}]}: those not used, withdrawn nor expired */
JsonNode   *zt_hub_list_invitations (ZtHubState         *self,
                                    GError             **error);
/* An invitation not yet used stops working: a join with it is refused */
gboolean    zt_hub_withdraw_invitation (ZtHubState      *self,
                                    const char          *id,
                                    GError             **error);
gboolean    zt_hub_set_revoked     (ZtHubState          *self,
                                    const char          *name,
                                    gboolean             revoked,
                                    GError             **error);
JsonNode   *zt_hub_status          (ZtHubState          *self,
                                    GError             **error);

/* The join request of an agent: {id, secret, endpoint, csr}; returns the answer or an error
 * whose message can be shown to the joining user. */
JsonNode   *zt_hub_join            (ZtHubState          *self,
                                    JsonObject          *request,
                                    GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtHubState, zt_hub_state_free)

/* hub serve */
typedef struct _ZtHub ZtHub;
ZtHub      *zt_hub_new             (const char          *dir,
                                    GError             **error);
gboolean    zt_hub_start           (ZtHub               *self,
                                    const char          *listen,
                                    GError             **error);
const char *zt_hub_get_url         (ZtHub               *self);
/* owned by the hub: for invitations from the process that serves it */
ZtHubState *zt_hub_get_state       (ZtHub               *self);
/* how long agent certificates last (default 24 h); agents renew at two thirds */
void        zt_hub_set_cert_lifetime (ZtHub             *self,
                                    gint64               seconds);
/* how long a client may take to send a request's headers and body (0: no limit), and how
 * many bytes a stream may queue for a reader that does not read before it is closed */
#define ZT_HUB_DEFAULT_STREAM_BUFFER (8 * 1024 * 1024)
void        zt_hub_set_limits      (ZtHub               *self,
                                    guint                header_timeout_ms,
                                    guint                body_timeout_ms,
                                    gsize                stream_buffer);
/* An agent whose control channel says nothing for @seconds (not even a pong to the hub's
 * pings, sent every third of it) is taken for gone: its channel is closed and it is listed
 * offline. A process that hangs, or a machine that lost its network, holds its TCP
 * connection open for much longer. 0: never. */
#define ZT_HUB_DEFAULT_PEER_TIMEOUT_S 45
void        zt_hub_set_peer_timeout (ZtHub              *self,
                                    guint                seconds);
void        zt_hub_free            (ZtHub               *self);

/* Invitations */
JsonObject *zt_invitation_decode   (const char          *text,
                                    GError             **error);
gboolean    zt_parse_duration      (const char          *text,
                                    gint64              *seconds,
                                    GError             **error);
/* A timeout option: a duration, or 0 / off for none; in milliseconds */
gboolean    zt_parse_timeout       (const char          *text,
                                    guint               *ms,
                                    GError             **error);

G_END_DECLS
