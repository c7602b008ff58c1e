/* zt-audit-page.h: the audit log: every call decided, filtered, verified and exported */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "zt-audit-model.h"
#include "zt-client.h"

G_BEGIN_DECLS

#define ZT_TYPE_AUDIT_PAGE (zt_audit_page_get_type ())

G_DECLARE_FINAL_TYPE (ZtAuditPage, zt_audit_page, ZT, AUDIT_PAGE, GtkWidget)

GtkWidget    *zt_audit_page_new        (void);
void          zt_audit_page_set_client (ZtAuditPage *self,
                                        ZtClient    *client);
/* The model shown now (a new one after each change of the filters). */
ZtAuditModel *zt_audit_page_get_model  (ZtAuditPage *self);
/* The filters as the query string sent with each request. */
char         *zt_audit_page_get_query  (ZtAuditPage *self);

G_END_DECLS
