/* zt-store.h: the agent's SQLite state (agent.db): services and client tokens */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-service.h"

G_BEGIN_DECLS

typedef struct _ZtStore ZtStore;

typedef struct {
  char   *name;
  char   *token_hash;  /* SHA-256 hex of the token; the token itself is never stored */
  gint64  created;     /* unix seconds */
  char  **services;    /* the services this token may use; NULL: all of them */
} ZtClientRecord;

ZtStore   *zt_store_open            (const char   *path,
                                     GError      **error);
void       zt_store_free            (ZtStore      *self);
GPtrArray *zt_store_load_services   (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_put_service     (ZtStore      *self,
                                     ZtService    *service,
                                     GError      **error);
gboolean   zt_store_delete_service  (ZtStore      *self,
                                     const char   *name,
                                     GError      **error);
GPtrArray *zt_store_load_clients    (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_add_client      (ZtStore      *self,
                                     const char   *name,
                                     const char   *token_hash,
                                     const char * const *services,
                                     GError      **error);
gboolean   zt_store_delete_client   (ZtStore      *self,
                                     const char   *name,
                                     GError      **error);
void       zt_client_record_free    (ZtClientRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtStore, zt_store_free)

G_END_DECLS
