/* zt-welcome-page.h: first run: join a mesh or create one on this computer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_WELCOME_PAGE (zt_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (ZtWelcomePage, zt_welcome_page, ZT, WELCOME_PAGE, GtkWidget)

GtkWidget *zt_welcome_page_new             (void);
void       zt_welcome_page_set_client      (ZtWelcomePage *self,
                                            ZtClient      *client);
void       zt_welcome_page_set_hub_listen  (ZtWelcomePage *self,
                                            const char    *listen);
/* Shows the first step again (from the Mesh page's "Join or Create" button). */
void       zt_welcome_page_reset           (ZtWelcomePage *self);
/* Whether Back (Esc, Alt+Left) on the first step returns to the main view ("finished" with
 * FALSE): the page was opened from there, not at first run. */
void       zt_welcome_page_set_can_leave   (ZtWelcomePage *self,
                                            gboolean       can_leave);
/* Puts @text (an invitation) in the join form, as pasting or dropping it would. */
void       zt_welcome_page_set_invitation  (ZtWelcomePage *self,
                                            const char    *text);
/* A user-facing explanation of a join or create failure, with what to do next. */
char      *zt_welcome_explain_error        (const GError  *error);

G_END_DECLS
