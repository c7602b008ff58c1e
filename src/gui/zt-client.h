/* zt-client.h: the UI's facade over the agent: async REST calls and a live event stream */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define ZT_CLIENT_ERROR (zt_client_error_quark ())

/* What the UI can act on; the message is the agent's own words. */
typedef enum {
  ZT_CLIENT_ERROR_FAILED,
  ZT_CLIENT_ERROR_NETWORK,              /* the agent itself did not answer */
  ZT_CLIENT_ERROR_INVALID_INVITATION,
  ZT_CLIENT_ERROR_ALREADY_JOINED,
  ZT_CLIENT_ERROR_HUB_UNREACHABLE,
  ZT_CLIENT_ERROR_FINGERPRINT_MISMATCH,
  ZT_CLIENT_ERROR_HUB_REFUSED,
  ZT_CLIENT_ERROR_NOT_FOUND,
  ZT_CLIENT_ERROR_INVALID_REQUEST,
} ZtClientError;

GQuark zt_client_error_quark (void);

#define ZT_TYPE_CLIENT (zt_client_get_type ())

G_DECLARE_FINAL_TYPE (ZtClient, zt_client, ZT, CLIENT, GObject)

ZtClient   *zt_client_new              (const char           *url,
                                        const char           *token);
const char *zt_client_get_url          (ZtClient             *self);
/* The agent's local API token (the chat pane asks the agent's llm relay with it). */
const char *zt_client_get_token        (ZtClient             *self);
/* http://HOST:PORT/mcp/NAME */
char       *zt_client_get_service_url  (ZtClient             *self,
                                        const char           *service);

/* The latest state the agent published (NULL until the first answer). */
JsonObject *zt_client_get_mesh         (ZtClient             *self);
JsonArray  *zt_client_get_services     (ZtClient             *self);
JsonObject *zt_client_find_service     (ZtClient             *self,
                                        const char           *name);
gboolean    zt_client_get_connected    (ZtClient             *self);

/* Signals: "mesh-changed", "services-changed", "log-line" (service, time, text), and
 * "event::access" / "event::policy" / "event::audit" / "event::tools" / "event::clients" (name, JsonObject
 * data) when the agent says the access requests, the grants, the audit log, the tools of a service or the
 * client tokens changed. */

/* Refetch mesh and services now (the event stream keeps them current otherwise). */
void        zt_client_refresh          (ZtClient             *self);

/* One REST call: @path below /api/v1 ("/mesh/join"); @body may be NULL. The result is the
 * answer's JSON (an empty object for 204). Never blocks the calling thread's loop. */
void        zt_client_call_async       (ZtClient             *self,
                                        const char           *method,
                                        const char           *path,
                                        JsonNode             *body,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
JsonNode   *zt_client_call_finish      (ZtClient             *self,
                                        GAsyncResult         *result,
                                        GError              **error);
/* The same, and on an error answer the agent's JSON body ({error, message, field}). */
JsonNode   *zt_client_call_finish_full (ZtClient             *self,
                                        GAsyncResult         *result,
                                        JsonObject          **error_body,
                                        GError              **error);

/* The member an error answer blames ({error: {code, message, field}} or {error, message,
 * field}), or NULL. */
const char *zt_client_error_field      (JsonObject           *error_body);

/* GET @path (below /api/v1) as a stream, once the agent has answered 200. */
void          zt_client_open_async     (ZtClient             *self,
                                        const char           *path,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
GInputStream *zt_client_open_finish    (ZtClient             *self,
                                        GAsyncResult         *result,
                                        GError              **error);

/* @service's tools, as the agent lists them (GET /api/v1/services/NAME/tools). */
void        zt_client_list_tools_async (ZtClient             *self,
                                        const char           *service,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data);
JsonArray  *zt_client_list_tools_finish (ZtClient            *self,
                                        GAsyncResult         *result,
                                        GError              **error);

JsonNode   *zt_json_object_node        (const char           *first_member,
                                        ...) G_GNUC_NULL_TERMINATED;

G_END_DECLS
