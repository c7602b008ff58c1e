/* zt-chat-answer.h: a model's streamed answer (OpenAI chat.completion.chunk events), bounded */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bounds of one answer. */
#define ZT_CHAT_ANSWER_MAX_TEXT      (1024 * 1024)   /* bytes of its text */
#define ZT_CHAT_ANSWER_MAX_EVENT     (1024 * 1024)   /* bytes of one SSE event */
#define ZT_CHAT_ANSWER_MAX_CALLS     16              /* tool calls */
#define ZT_CHAT_ANSWER_MAX_ARGUMENTS (256 * 1024)    /* bytes of one call's arguments */
#define ZT_CHAT_ANSWER_MAX_NAME      256             /* bytes of a call's name and of its id */

/* Called with each piece of text as it comes (UTF-8, never empty). */
typedef void (*ZtChatAnswerTextFunc) (const char *text,
                                      gpointer    user_data);

typedef struct _ZtChatAnswer ZtChatAnswer;

/* The bytes of the model's SSE stream go in as they arrive: each `data:` is parsed strictly
 * (zt_json_parse_strict); the text, the tool calls (pieces appended by index) and the usage
 * are kept. A bound broken, a chunk that is not JSON or an `error` member ends it: feed
 * returns FALSE with the reason (ZT_ERROR_TOO_LARGE, ZT_ERROR_PARSE, ZT_ERROR_UPSTREAM). */
ZtChatAnswer *zt_chat_answer_new           (ZtChatAnswerTextFunc  text_func,
                                            gpointer              user_data);
void          zt_chat_answer_free          (ZtChatAnswer         *self);
gboolean      zt_chat_answer_feed          (ZtChatAnswer         *self,
                                            const char           *data,
                                            gsize                 len,
                                            GError              **error);
/* `data: [DONE]` came: nothing after it is read. */
gboolean      zt_chat_answer_is_done       (ZtChatAnswer         *self);
const char   *zt_chat_answer_get_text      (ZtChatAnswer         *self);
gsize         zt_chat_answer_get_text_len  (ZtChatAnswer         *self);
/* From the `usage` of a chunk (the last, with stream_options.include_usage); 0 without. */
void          zt_chat_answer_get_usage     (ZtChatAnswer         *self,
                                            gint64               *tokens_in,
                                            gint64               *tokens_out);
guint         zt_chat_answer_get_n_calls   (ZtChatAnswer         *self);
/* The call's id (made up as PREFIX_N when the model gave none), function name, arguments. */
void          zt_chat_answer_get_call      (ZtChatAnswer         *self,
                                            guint                 index,
                                            const char          **id,
                                            const char          **name,
                                            const char          **arguments);
/* The calls as OpenAI's `tool_calls` array (JSON text), ids made up with @id_prefix. */
char         *zt_chat_answer_calls_json    (ZtChatAnswer         *self,
                                            const char           *id_prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtChatAnswer, zt_chat_answer_free)

G_END_DECLS
