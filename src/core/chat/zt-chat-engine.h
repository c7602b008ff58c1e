/* zt-chat-engine.h: chat turns against an OpenAI-compatible model, with the agent's MCP tools */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "zt-chat-store.h"

G_BEGIN_DECLS

/* Model answers whose tool calls are run in one turn (an answer's own bounds: zt-chat-answer.h) */
#define ZT_CHAT_MAX_ROUNDS       8

typedef enum {
  ZT_CHAT_VERDICT_DENY,
  ZT_CHAT_VERDICT_ONCE,
  ZT_CHAT_VERDICT_CONVERSATION,  /* stored: covers this tool in this conversation */
  ZT_CHAT_VERDICT_ALWAYS,        /* stored: covers this tool everywhere, until revoked */
} ZtChatVerdict;

/* Runs turns of stored conversations on the thread-default main context of its creation:
 * the request (system prompt, history, the picked services' tools) goes to
 * @base_url/chat/completions as a stream; the answer is persisted as it comes, the model's
 * tool calls are approved (a stored approval, or the `approval-needed` signal) and run
 * through the agent's POST /api/v1/services/NAME/tools/call, their results sent back, at
 * most ZT_CHAT_MAX_ROUNDS rounds a turn. One turn at a time per conversation.
 *
 * Signals (the conversation's id first):
 *   delta (gint64, const char *text)                  a piece of the answer
 *   tool-call (gint64, const char *call_id, const char *service, const char *tool,
 *              const char *arguments)                 the model asked for a tool
 *   approval-needed (same as tool-call)               answer with zt_chat_engine_answer_approval,
 *                                                     now or later; no handler: denied
 *   tool-result (gint64, const char *call_id, const char *text, gboolean is_error)
 *   turn-finished (gint64, gint64 message_id)          the final answer is stored complete
 *   turn-stopped (gint64, gint64 message_id)           by zt_chat_engine_stop; 0: no answer yet
 *   turn-failed (gint64, const char *message)          what went wrong, for a person */
#define ZT_TYPE_CHAT_ENGINE (zt_chat_engine_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatEngine, zt_chat_engine, ZT, CHAT_ENGINE, GObject)

/* @base_url: the model's OpenAI-compatible base (".../v1"), with @token as Bearer; NULL: the
 * agent's own relay, @agent_url/llm/SERVICE/v1 for a conversation's model SERVICE/MODEL,
 * with @agent_token. @agent_url and @agent_token reach the agent's REST API (tools). */
ZtChatEngine *zt_chat_engine_new      (ZtChatStore   *store,
                                       const char    *base_url,
                                       const char    *token,
                                       const char    *agent_url,
                                       const char    *agent_token);
ZtChatStore  *zt_chat_engine_get_store (ZtChatEngine *self);

/* Stores @text as the user's message and starts a turn. FALSE with ZT_ERROR_EXISTS while a
 * turn of @conversation runs, ZT_ERROR_NOT_FOUND for no such conversation. */
gboolean      zt_chat_engine_send     (ZtChatEngine  *self,
                                       gint64         conversation,
                                       const char    *text,
                                       GError       **error);
/* Stops the running turn: the request is cancelled, the partial answer kept as `stopped`. */
void          zt_chat_engine_stop     (ZtChatEngine  *self,
                                       gint64         conversation);
gboolean      zt_chat_engine_is_running (ZtChatEngine *self,
                                       gint64         conversation);
/* Runs again from @message (its id): an answer is replaced, a user message answered again. */
gboolean      zt_chat_engine_retry    (ZtChatEngine  *self,
                                       gint64         conversation,
                                       gint64         message,
                                       GError       **error);
/* Replaces the user message @message (and all after it) with @text and runs a turn. */
gboolean      zt_chat_engine_edit_and_resend (ZtChatEngine *self,
                                       gint64         conversation,
                                       gint64         message,
                                       const char    *text,
                                       GError       **error);
void          zt_chat_engine_answer_approval (ZtChatEngine *self,
                                       gint64         conversation,
                                       const char    *call_id,
                                       ZtChatVerdict  verdict);

G_END_DECLS
