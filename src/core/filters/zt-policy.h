/* zt-policy.h: grants (who may use which tools, resources and prompts of a service, how) and the policy filter */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "zt-filter.h"

G_BEGIN_DECLS

/* The model is docs/policy-audit.md's. A grant names a service, a typed subject
 * (user:, endpoint:, group:, *, client:), globs of tools, resources and prompts, constraints
 * on a call's arguments, a validity and a rate. */
typedef struct _ZtGrant ZtGrant;

/* Limits of what one grant may hold: hostile or mistaken input fails with a clear error
 * instead of making the hot path slow. */
#define ZT_GRANT_MAX_GLOBS       256
#define ZT_GRANT_MAX_CONSTRAINTS 64
#define ZT_GRANT_MAX_TEXT        1024   /* a glob, a pointer, a regex, a note */
#define ZT_GRANT_MAX_RATE        100000 /* calls in a window */
#define ZT_GRANT_MAX_TOKENS_PER_DAY G_GINT64_CONSTANT (1000000000000) /* an llm budget */

/* "30s", "15m", "1h", "2d" (or a plain number of seconds) into seconds, > 0. */
gboolean    zt_duration_parse      (const char  *text,
                                    gint64      *seconds,
                                    GError     **error);

/* Validates and compiles a grant. "id" and "created" may be missing (a new grant): they are
 * left NULL / 0 for the caller to set. On failure @error (ZT_ERROR_INVALID_ARGUMENT) says
 * what is wrong in words, and @field (may be NULL) names the member, e.g.
 * "constraints[1].regex". The desktop app validates as the user types with this. */
ZtGrant    *zt_grant_from_json     (JsonObject  *object,
                                    char       **field,
                                    GError     **error);
JsonNode   *zt_grant_to_json       (const ZtGrant *self);
ZtGrant    *zt_grant_ref           (ZtGrant     *self);
void        zt_grant_unref         (ZtGrant     *self);
const char *zt_grant_get_id        (const ZtGrant *self);
void        zt_grant_set_id        (ZtGrant     *self,
                                    const char  *id);
void        zt_grant_set_created   (ZtGrant     *self,
                                    gint64       created);
const char *zt_grant_get_service   (const ZtGrant *self);
const char *zt_grant_get_subject   (const ZtGrant *self);
const char *zt_grant_get_origin    (const ZtGrant *self);
gint64      zt_grant_get_not_after (const ZtGrant *self);  /* 0: none */

/* A new grant id, "g-" and 8 hex digits. */
char       *zt_grant_new_id        (void);

/* What a message asks to use. */
typedef enum {
  ZT_POLICY_TOOL,
  ZT_POLICY_RESOURCE,
  ZT_POLICY_PROMPT,
} ZtPolicyKind;

/* The grants and groups in force, indexed by service; shared by the filter of every chain
 * and replaced as a whole when they change (a rate window survives a reload of its grant). */
#define ZT_TYPE_POLICY (zt_policy_get_type ())
G_DECLARE_FINAL_TYPE (ZtPolicy, zt_policy, ZT, POLICY, GObject)

ZtPolicy   *zt_policy_new          (void);
/* @grants: ZtGrant; @groups: group name -> NULL-terminated strv of typed members. Both
 * are taken over. */
void        zt_policy_set          (ZtPolicy    *self,
                                    GPtrArray   *grants,
                                    GHashTable  *groups);
/* Whether some grant of @service names the member (user, endpoint): exporter admission. */
gboolean    zt_policy_names_peer   (ZtPolicy    *self,
                                    const char  *service,
                                    const char  *user,
                                    const char  *endpoint);
/* Whether grants restrict @subject on @service at all (mesh peers always; a client token
 * when a grant names it; the administrator and anonymous loopback clients never). */
gboolean    zt_policy_restricts    (ZtPolicy        *self,
                                    const ZtSubject *subject,
                                    const char      *service);
/* Decides one use at @now_us (unix microseconds): TRUE when some grant allows it (its rate counts
 * it), with @rule (may be NULL) set to "grant:ID" for the audit log. Else FALSE with @rule set to
 * the contract's rule. Either way @rule is newly allocated. */
gboolean    zt_policy_check        (ZtPolicy        *self,
                                    const ZtSubject *subject,
                                    const char      *service,
                                    ZtPolicyKind     kind,
                                    const char      *name,
                                    JsonNode        *arguments,
                                    gint64           now_us,
                                    char           **rule);
/* The same, and the allowing grant's daily token budget in @tokens_per_day (may be NULL;
 * 0: none) for an llm service, whose grants' tools globs name models. */
gboolean    zt_policy_check_budget (ZtPolicy        *self,
                                    const ZtSubject *subject,
                                    const char      *service,
                                    ZtPolicyKind     kind,
                                    const char      *name,
                                    JsonNode        *arguments,
                                    gint64           now_us,
                                    char           **rule,
                                    gint64          *tokens_per_day);
/* Whether some grant valid at @now lets @subject see @name (lists; no constraints, no rate). */
gboolean    zt_policy_visible      (ZtPolicy        *self,
                                    const ZtSubject *subject,
                                    const char      *service,
                                    ZtPolicyKind     kind,
                                    const char      *name,
                                    gint64           now);
/* Every member a grant of @service names, groups expanded, plus @also (may be NULL), as a
 * sorted list without duplicates ("*" when a grant names everyone). */
char      **zt_policy_peers_of     (ZtPolicy        *self,
                                    const char      *service,
                                    const char * const *also);

/* The filter: first in every chain. */
#define ZT_TYPE_POLICY_FILTER (zt_policy_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtPolicyFilter, zt_policy_filter, ZT, POLICY_FILTER, GObject)

ZtPolicyFilter *zt_policy_filter_new (ZtPolicy *policy);

/* The JSON-RPC error code of a denial by policy. */
#define ZT_JSONRPC_POLICY_DENIED (-32003)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtGrant, zt_grant_unref)

G_END_DECLS
