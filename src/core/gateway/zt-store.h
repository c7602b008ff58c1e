/* zt-store.h: the agent's SQLite state (agent.db): services, client tokens, peers' key pins, tool pins */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-service.h"

G_BEGIN_DECLS

typedef struct _ZtStore ZtStore;

typedef struct {
  char   *id;          /* "c-" and 8 hex digits */
  char   *name;
  char   *token_hash;  /* SHA-256 hex of the token; the token itself is never stored */
  gint64  created;     /* unix seconds */
  char  **services;    /* the services this token may use; NULL: all of them */
  gint64  last_used;   /* unix seconds; 0: never */
  gint64  last_used_saved;  /* what agent.db has of it (it is written at most once a minute) */
} ZtClientRecord;

/* The public key a peer identity (its SPIFFE id) used first, as SHA-256 of its
 * SubjectPublicKeyInfo; and the last other key it showed, refused until trusted. */
typedef struct {
  char   *identity;
  char   *spki_sha256;
  gint64  first_seen;     /* unix seconds: first contact, or when a new key was trusted */
  gint64  last_seen;
  char   *refused_spki;   /* NULL: no other key was shown since */
  gint64  refused_at;
  gint64  refused_count;
} ZtPinRecord;

typedef enum {
  ZT_PIN_NEW,       /* first contact: pinned now */
  ZT_PIN_SAME,      /* the pinned key */
  ZT_PIN_CHANGED,   /* another key: refuse; recorded as refused */
} ZtPinCheck;

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
                                     char        **id,
                                     GError      **error);
gboolean   zt_store_delete_client   (ZtStore      *self,
                                     const char   *name,
                                     GError      **error);
gboolean   zt_store_touch_client    (ZtStore      *self,
                                     const char   *name,
                                     gint64        when,
                                     GError      **error);
/* Takes @service from the tokens limited to it; returns the names of those deleted because
 * they had no other service left (NULL on error). */
GStrv      zt_store_clients_drop_service (ZtStore *self,
                                     const char   *service,
                                     GError      **error);
void       zt_client_record_free    (ZtClientRecord *record);
/* Pins @spki_sha256 for @identity at first contact, else compares it with the pin. */
gboolean   zt_store_check_pin       (ZtStore      *self,
                                     const char   *identity,
                                     const char   *spki_sha256,
                                     ZtPinCheck   *result,
                                     GError      **error);
/* All pins, or @identity's only (a list of at most one). */
GPtrArray *zt_store_load_pins       (ZtStore      *self,
                                     const char   *identity,
                                     GError      **error);
/* The refused key of @identity becomes its pin: ZT_ERROR_NOT_FOUND without a pin,
 * ZT_ERROR_INVALID_ARGUMENT when no other key was refused. */
gboolean   zt_store_trust_pin       (ZtStore      *self,
                                     const char   *identity,
                                     GError      **error);
void       zt_pin_record_free       (ZtPinRecord  *record);

/* Policy (docs/policy-audit.md). Grants are JSON objects (zt_grant_from_json reads them),
 * with their "id"; groups are {"name", "members": [...]}; access requests are their records
 * with "id" and "direction" ("incoming" or "outgoing"). Lists of JsonObject. */
GPtrArray *zt_store_load_grants     (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_put_grant       (ZtStore      *self,
                                     const char   *id,
                                     const char   *service,
                                     JsonNode     *grant,
                                     GError      **error);
gboolean   zt_store_delete_grant    (ZtStore      *self,
                                     const char   *id,
                                     GError      **error);
/* Removes the grants an export list made for @service (origin "export"). */
gboolean   zt_store_delete_export_grants (ZtStore *self,
                                     const char   *service,
                                     GError      **error);
GPtrArray *zt_store_load_groups     (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_put_group       (ZtStore      *self,
                                     const char   *name,
                                     JsonNode     *members,
                                     GError      **error);
gboolean   zt_store_delete_group    (ZtStore      *self,
                                     const char   *name,
                                     GError      **error);
GPtrArray *zt_store_load_access     (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_put_access      (ZtStore      *self,
                                     const char   *id,
                                     const char   *direction,
                                     JsonNode     *record,
                                     GError      **error);

/* Tool pinning (docs/tool-pinning.md), per service key: the approved definitions (a pin)
 * and the changes held back (pending). @tool "" is the server's instructions. */
typedef struct {
  char   *tool;
  char   *kind;        /* pending: "new", "changed", "removed", "instructions"; pins: NULL */
  char   *hash;        /* SHA-256 hex of @definition */
  char   *definition;  /* canonical JSON; NULL when too large to keep */
  gint64  at;          /* pins: approved at; pending: first seen (unix seconds) */
  char   *by;          /* pins: who approved ("first-use" or the approver) */
  char   *profiles;    /* pins: the client capability profiles it was listed to, comma-separated;
                        * pending: the profile it was seen by */
} ZtToolPinRow;

GPtrArray *zt_store_load_tool_pins  (ZtStore      *self,
                                     const char   *service_key,
                                     gboolean      pending,
                                     GError      **error);
gboolean   zt_store_put_tool_pin    (ZtStore      *self,
                                     const char   *service_key,
                                     const ZtToolPinRow *row,
                                     gboolean      pending,
                                     GError      **error);
gboolean   zt_store_set_tool_pin_profiles (ZtStore *self,
                                     const char   *service_key,
                                     const char   *tool,
                                     const char   *profiles,
                                     GError      **error);
gboolean   zt_store_delete_tool_pin (ZtStore      *self,
                                     const char   *service_key,
                                     const char   *tool,
                                     gboolean      pending,
                                     GError      **error);
void       zt_tool_pin_row_free     (ZtToolPinRow *row);
/* An entry the owner let through although the tool scan blocks it: @kind is "tool", "prompt",
 * "resource", "template" or "instructions" (@name "" then); the SHA-256 of the one definition
 * accepted (NULL: none), when and by whom. */
char      *zt_store_scan_accepted   (ZtStore      *self,
                                     const char   *service_key,
                                     const char   *kind,
                                     const char   *name,
                                     gint64       *at,
                                     char        **by);
/* [{kind, tool, sha256, accepted_at, accepted_by}] of a service ("tool": the entry's name) */
JsonArray *zt_store_scan_accepted_list (ZtStore    *self,
                                        const char *service_key);
/* Accepts @hash for an entry (replacing what was accepted before); @hash NULL takes it back. */
gboolean   zt_store_scan_accept     (ZtStore      *self,
                                     const char   *service_key,
                                     const char   *kind,
                                     const char   *name,
                                     const char   *hash,
                                     const char   *by,
                                     GError      **error);
/* Takes back every entry accepted under @service_key (the service was removed, or its command
 * or URL changed): an exception to the scan does not outlive what it was made for. */
gboolean   zt_store_scan_accepted_forget (ZtStore    *self,
                                          const char *service_key,
                                          GError    **error);
/* A transaction around several writes (an approval moves rows from pending to pins). */
gboolean   zt_store_begin           (ZtStore      *self,
                                     GError      **error);
gboolean   zt_store_end             (ZtStore      *self,
                                     gboolean      commit,
                                     GError      **error);

/* Tokens an llm service answered @subject on @day (UTC, "YYYY-MM-DD"): budgets. */
gboolean   zt_store_llm_usage_get   (ZtStore      *self,
                                     const char   *subject,
                                     const char   *service,
                                     const char   *day,
                                     gint64       *tokens_in,
                                     gint64       *tokens_out,
                                     GError      **error);
gboolean   zt_store_llm_usage_add   (ZtStore      *self,
                                     const char   *subject,
                                     const char   *service,
                                     const char   *day,
                                     gint64        tokens_in,
                                     gint64        tokens_out,
                                     GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtStore, zt_store_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtToolPinRow, zt_tool_pin_row_free)

G_END_DECLS
