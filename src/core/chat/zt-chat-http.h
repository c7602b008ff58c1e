/* zt-chat-http.h: the chat engine's bounded HTTP: JSON requests, answers read within a limit */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A request with @body (may be NULL) as JSON and @token (may be NULL) as Bearer; NULL with
 * ZT_ERROR_INVALID_ARGUMENT for a URL libsoup cannot use. */
SoupMessage *zt_chat_http_request      (const char          *method,
                                        const char          *url,
                                        const char          *token,
                                        JsonNode            *body,
                                        GError             **error);

/* Reads @stream to its end, failing with ZT_ERROR_TOO_LARGE past @limit bytes. */
void         zt_chat_http_read_async   (GInputStream        *stream,
                                        gsize                limit,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
GBytes      *zt_chat_http_read_finish  (GAsyncResult        *result,
                                        GError             **error);

/* Sends a JSON request and parses its answer (strictly, within @limit bytes). The answer of
 * any status is returned, with *status; an empty body is a JSON null. */
void         zt_chat_http_json_async   (SoupSession         *session,
                                        const char          *method,
                                        const char          *url,
                                        const char          *token,
                                        JsonNode            *body,
                                        gsize                limit,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
JsonNode    *zt_chat_http_json_finish  (GAsyncResult        *result,
                                        guint               *status,
                                        GError             **error);

/* The text of an error answer: OpenAI's and the agent's {"error": {"message"}}, else NULL. */
const char  *zt_chat_http_error_message (JsonNode           *answer);

G_END_DECLS
