/* zt-policies-page.h: who may use what: grants per service, and access requests to decide */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_POLICIES_PAGE (zt_policies_page_get_type ())

G_DECLARE_FINAL_TYPE (ZtPoliciesPage, zt_policies_page, ZT, POLICIES_PAGE, GtkWidget)

GtkWidget *zt_policies_page_new        (void);
void       zt_policies_page_set_client (ZtPoliciesPage *self,
                                        ZtClient       *client);
/* Refetch the grants and the pending requests. */
void       zt_policies_page_refresh    (ZtPoliciesPage *self);
/* Opens the Add Grant dialog (for @service when not NULL). */
void       zt_policies_page_add_grant  (ZtPoliciesPage *self);

/* A grant in a line: "read_*, list_dir · until 2026-12-03 18:00 · 60 calls/min · from export" */
char      *zt_grant_summary            (JsonObject     *grant);

G_END_DECLS
