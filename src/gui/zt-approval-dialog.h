/* zt-approval-dialog.h: asks whether the model may call a tool, showing the arguments */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-chat-engine.h"

G_BEGIN_DECLS

/* An AdwMessageDialog with the responses "deny", "once", "conversation" and "always"
 * (closing it is "deny"); the arguments pretty-printed as text in its extra child. */
GtkWidget     *zt_approval_dialog_new          (GtkWindow  *parent,
                                                const char *conversation_title,
                                                const char *service,
                                                const char *tool,
                                                const char *arguments);
/* The verdict a response of the dialog stands for (anything unknown denies). */
ZtChatVerdict  zt_approval_dialog_verdict      (const char *response);

G_END_DECLS
