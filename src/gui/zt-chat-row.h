/* zt-chat-row.h: one row of the chat's message view: a bubble or a tool-call card */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "zt-chat-items.h"

G_BEGIN_DECLS

#define ZT_TYPE_CHAT_ROW (zt_chat_row_get_type ())
G_DECLARE_FINAL_TYPE (ZtChatRow, zt_chat_row, ZT, CHAT_ROW, GtkWidget)

GtkWidget  *zt_chat_row_new       (void);
/* Shows @item (NULL: nothing), following its changes until it is bound to another. */
void        zt_chat_row_set_item  (ZtChatRow  *self,
                                   ZtChatItem *item);
ZtChatItem *zt_chat_row_get_item  (ZtChatRow  *self);

/* What a tool call's state says to a person ("Allowed", "Denied by you", ...). */
const char *zt_chat_tool_state_label (const char *state);

G_END_DECLS
