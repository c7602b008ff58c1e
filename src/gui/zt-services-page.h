/* zt-services-page.h: the MCP servers this agent serves to local apps */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_SERVICES_PAGE (zt_services_page_get_type ())

G_DECLARE_FINAL_TYPE (ZtServicesPage, zt_services_page, ZT, SERVICES_PAGE, GtkWidget)

typedef enum {
  ZT_CLIENT_CONFIG_VSCODE,
  ZT_CLIENT_CONFIG_CLAUDE,
  ZT_CLIENT_CONFIG_CURSOR,
} ZtClientConfigKind;

GtkWidget *zt_services_page_new        (void);
void       zt_services_page_set_client (ZtServicesPage     *self,
                                        ZtClient           *client);
/* Ready-to-paste client configuration for @service at @url with the client @token. */
char      *zt_client_config_text       (ZtClientConfigKind  kind,
                                        const char         *service,
                                        const char         *url,
                                        const char         *token);

G_END_DECLS
