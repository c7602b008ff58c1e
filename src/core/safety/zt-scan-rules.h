/* zt-scan-rules.h: a service's say over single rules of the tool scan ("scan_rules") */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* The most overrides one service may hold */
#define ZT_SCAN_RULES_MAX 128

/* Immutable once built and shared by reference: a service holds one, the scan filter and the
 * desktop app read it. Entries are sorted by rule; every rule is checked against the
 * scanner's own list, so a misspelt rule is an error, never an override that does nothing. */
typedef struct _ZtScanRules ZtScanRules;

#define ZT_TYPE_SCAN_RULES (zt_scan_rules_get_type ())

GType               zt_scan_rules_get_type     (void) G_GNUC_CONST;
ZtScanRules        *zt_scan_rules_ref          (ZtScanRules        *self);
void                zt_scan_rules_unref        (ZtScanRules        *self);
/* {"RULE": "off" | "warn" | "block", ...}; RULE is a rule id or a family ending in '.'
 * ("hidden."). NULL with @error naming the member at fault. */
ZtScanRules        *zt_scan_rules_new_from_json (JsonNode          *node,
                                                GError           **error);
/* The same from "RULE=ACTION" strings (the command line); NULL with @error */
ZtScanRules        *zt_scan_rules_new_from_specs (const char *const *specs,
                                                 GError           **error);
/* The object form, members sorted */
JsonNode           *zt_scan_rules_to_json      (ZtScanRules        *self);
guint               zt_scan_rules_get_n        (ZtScanRules        *self);
/* For zt_tool_scan_add_service; NULL for NULL or no entries. Lives as long as @self. */
const ZtScanConfig *zt_scan_rules_get_config   (ZtScanRules        *self);
/* "RULE=ACTION,..." sorted; "" for NULL or no entries (for caches of verdicts) */
const char         *zt_scan_rules_get_key      (ZtScanRules        *self);

/* The rules @service overrides (borrowed; NULL: none): how the scan and result filters ask the
 * agent, for every scan. */
typedef ZtScanRules *(*ZtScanRulesFunc) (const char *service,
                                         gpointer    user_data);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtScanRules, zt_scan_rules_unref)

G_END_DECLS
