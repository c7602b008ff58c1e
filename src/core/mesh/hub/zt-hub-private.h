/* zt-hub-private.h: the hub's reading of its members' control messages, for tests and fuzzing */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

G_BEGIN_DECLS

typedef enum {
  ZT_HUB_CONTROL_OTHER,   /* not a message the hub acts on */
  ZT_HUB_CONTROL_HELLO,   /* what the member exports, and to whom */
  ZT_HUB_CONTROL_RENEW,   /* a CSR for a new certificate */
  ZT_HUB_CONTROL_DIAL,    /* a stream, on the member's spare leg */
} ZtHubControlKind;

/* One message from a member over its control WebSocket, as the hub reads it. */
typedef struct {
  ZtHubControlKind  kind;
  JsonNode         *exports;   /* hello: an array of {"name": string, "to": [string...]} */
  char             *direct;    /* hello: an address importers may dial, or NULL */
  char             *instance;  /* hello: which run of the agent this is (1-64 of [A-Za-z0-9-]), or NULL */
  char             *csr;       /* renew: PEM as sent ("" when missing) */
  char             *to;        /* dial: the endpoint */
  char             *service;   /* dial: its service */
  char             *leg;       /* dial: which of the member's spare legs (its name), or NULL:
                                * the newest (members from before names) */
} ZtHubControl;

/* A spare leg's name, as a member gives it (spare=NAME) and dials on it: 1-32 of
 * [A-Za-z0-9_-]. */
gboolean _zt_hub_spare_name_is_valid (const char *name);

/* FALSE with @error when @message is no JSON object (kind OTHER then, as for messages the
 * hub does not act on). */
gboolean _zt_hub_control_read (SoupWebsocketDataType  type,
                               GBytes                *message,
                               ZtHubControl          *out,
                               GError               **error);
void  _zt_hub_control_clear  (ZtHubControl          *control);

/* Appends to @out a JSON array of the names of the services in @exports (as read from a
 * hello) exported to @user or to @endpoint (typed subjects: user:NAME, endpoint:NAME). */
void  _zt_hub_append_visible_services (GString    *out,
                                       JsonNode   *exports,
                                       const char *user,
                                       const char *endpoint,
                                       gboolean    llm_only);
/* Appends to @out the JSON object of the peer lists for @endpoint (of @user) as the member
 * @to_user / @to_endpoint sees it: online or not, the services it exports to that member,
 * and when online its run (@instance) and direct address, each or NULL. */
void  _zt_hub_append_peer_entry       (GString    *out,
                                       const char *endpoint,
                                       const char *user,
                                       gboolean    online,
                                       JsonNode   *exports,
                                       const char *instance,
                                       const char *direct,
                                       const char *to_user,
                                       const char *to_endpoint);

G_END_DECLS
