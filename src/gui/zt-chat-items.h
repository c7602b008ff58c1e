/* zt-chat-items.h: what the chat pane's lists show: messages, tool calls, conversations */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum {
  ZT_CHAT_ITEM_USER,
  ZT_CHAT_ITEM_ASSISTANT,
  ZT_CHAT_ITEM_TOOL,
  ZT_CHAT_ITEM_NOTICE,     /* a failed turn: what went wrong */
} ZtChatItemKind;

/* One row of the message view. Its "text" grows while an answer streams; "state" is the
 * message's ("streaming", "complete", "stopped", "error") or a tool call's ("asking",
 * "running", "allowed", "denied", "failed", "stopped"). Both notify. */
#define ZT_TYPE_CHAT_ITEM (zt_chat_item_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatItem, zt_chat_item, ZT, CHAT_ITEM, GObject)

ZtChatItem     *zt_chat_item_new          (ZtChatItemKind kind,
                                           const char    *text,
                                           const char    *state);
/* A tool call: @text is the arguments (JSON text) */
ZtChatItem     *zt_chat_item_new_tool     (const char    *call_id,
                                           const char    *service,
                                           const char    *tool,
                                           const char    *arguments);
ZtChatItemKind  zt_chat_item_get_kind     (ZtChatItem    *self);
const char     *zt_chat_item_get_text     (ZtChatItem    *self);
void            zt_chat_item_set_text     (ZtChatItem    *self,
                                           const char    *text);
void            zt_chat_item_append       (ZtChatItem    *self,
                                           const char    *text);
const char     *zt_chat_item_get_state    (ZtChatItem    *self);
void            zt_chat_item_set_state    (ZtChatItem    *self,
                                           const char    *state);
const char     *zt_chat_item_get_call_id  (ZtChatItem    *self);
const char     *zt_chat_item_get_service  (ZtChatItem    *self);
const char     *zt_chat_item_get_tool     (ZtChatItem    *self);
/* A tool call's result (notifies "result") */
const char     *zt_chat_item_get_result   (ZtChatItem    *self);
void            zt_chat_item_set_result   (ZtChatItem    *self,
                                           const char    *result);

/* A conversation in the list: its id, title and (from a search) a snippet */
#define ZT_TYPE_CHAT_CONV (zt_chat_conv_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatConv, zt_chat_conv, ZT, CHAT_CONV, GObject)

ZtChatConv     *zt_chat_conv_new          (gint64         id,
                                           const char    *title,
                                           const char    *snippet);
gint64          zt_chat_conv_get_id       (ZtChatConv    *self);
const char     *zt_chat_conv_get_title    (ZtChatConv    *self);
const char     *zt_chat_conv_get_snippet  (ZtChatConv    *self);

G_END_DECLS
