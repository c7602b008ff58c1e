/* zt-chat-page.h: the chat pane: conversations, model and tools pickers, streamed answers */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-chat-engine.h"
#include "zt-client.h"

G_BEGIN_DECLS

/* Test only: a model server the engine talks to directly instead of the agent's llm relay
 * (its models are listed under the service name "test"). Never set it in normal use: a turn
 * then bypasses the agent's policy, budget and audit for the model (tools still go through
 * the agent). */
#define ZT_CHAT_BASE_URL_ENV "ZT4MCP_CHAT_BASE_URL"

#define ZT_TYPE_CHAT_PAGE (zt_chat_page_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatPage, zt_chat_page, ZT, CHAT_PAGE, GtkWidget)

GtkWidget  *zt_chat_page_new              (void);
/* The agent (services, their models) and the engine that runs the turns. */
void        zt_chat_page_set_engine       (ZtChatPage   *self,
                                           ZtClient     *client,
                                           ZtChatEngine *engine);
/* An engine for the app: chat.db in @home, the agent's relay (or ZT4MCP_CHAT_BASE_URL). */
ZtChatEngine *zt_chat_page_make_engine    (const char   *home,
                                           const char   *agent_url,
                                           const char   *agent_token,
                                           GError      **error);
void        zt_chat_page_new_chat         (ZtChatPage   *self);
void        zt_chat_page_focus_search     (ZtChatPage   *self);
/* The conversation shown (0: a new chat not sent yet), and its rows (ZtChatItem). */
gint64      zt_chat_page_get_conversation (ZtChatPage   *self);
GListModel *zt_chat_page_get_messages     (ZtChatPage   *self);
/* The conversations listed (ZtChatConv): all, or a search's matches. */
GListModel *zt_chat_page_get_conversations (ZtChatPage  *self);
/* The models offered ("SERVICE/MODEL" strings). */
GListModel *zt_chat_page_get_models       (ZtChatPage   *self);

/* Opens the dialog of stored tool approvals (each with Revoke); returns it. */
GtkWidget     *zt_chat_page_show_approvals     (ZtChatPage   *self);

G_END_DECLS
