/* zt-scan-context.h: the tools each service last listed, to scan one service beside the others */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Bounds: a gateway with more services forgets the least recently listed; a longer list keeps
 * its first tools. Every miss of the verdict cache scans these too, so they bound its cost. */
#define ZT_SCAN_CONTEXT_MAX_SERVICES 16u
#define ZT_SCAN_CONTEXT_MAX_TOOLS    256u

typedef struct _ZtScanContext ZtScanContext;

typedef void (*ZtScanContextFunc) (const char *service,
                                   JsonArray  *tools,
                                   gpointer    user_data);

ZtScanContext *zt_scan_context_new          (void);
void           zt_scan_context_free         (ZtScanContext     *self);
/* The tools @service listed so far in its current listing (earlier pages), or NULL. */
JsonArray     *zt_scan_context_get          (ZtScanContext     *self,
                                             const char        *service);
/* Records one page of @service's tools/list answer; a first page (no cursor) starts over. */
void           zt_scan_context_record       (ZtScanContext     *self,
                                             const char        *service,
                                             JsonArray         *page,
                                             gboolean           first_page);
/* Every service but @service, with its tools, in the order of their names. */
void           zt_scan_context_foreach_other (ZtScanContext    *self,
                                             const char        *service,
                                             ZtScanContextFunc  func,
                                             gpointer           user_data);
/* A digest of what a scan of @service depends on besides its own page: the names of the other
 * services' tools and of @earlier (its earlier pages, may be NULL); verdicts are cached under
 * it. */
char          *zt_scan_context_digest       (ZtScanContext     *self,
                                             const char        *service,
                                             JsonArray         *earlier);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtScanContext, zt_scan_context_free)

G_END_DECLS
