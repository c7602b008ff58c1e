/* zt-pin-filter.h: tool pinning: a changed, new or removed tool definition is held back until approved */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"
#include "zt-service.h"
#include "zt-store.h"

G_BEGIN_DECLS

struct _ZtPolicy;

/* The mode of @service, the key its pins are kept under (zt_service_pin_key), and whether
 * it is imported from another agent (whose grants decide which tools it lists here, so a
 * tool that appears or goes is no news: only a changed definition is held back, unless the
 * mode is owner); FALSE when no such service is known (its messages pass). */
typedef gboolean (*ZtPinServiceFunc) (const char  *service,
                                      ZtPinMode   *mode,
                                      char       **key,
                                      gboolean    *imported,
                                      gpointer     user_data);

/* Pins each tool's full definition (SHA-256 of its canonical JSON) and the server's
 * instructions, per service key, on approval: at first use, or by the owner. Then on both
 * sides: a tools/list answer leaves out new and changed tools (REWRITE, rule "pin:new" or
 * "pin:changed"; "pin:invalid" for unnamed or repeated tools), a tools/call to one is
 * refused (-32003, same rule), changed instructions are dropped from the initialize answer
 * ("pin:instructions"). A tool missing from a whole list (no cursor, no nextCursor) is
 * recorded as removed; its pin stays until approved. The filter runs before the policy, so
 * it sees each server's whole list; a call the policy would refuse is left to the policy.
 * What is held back is kept in the store (pending) for `zt4mcp tools diff|approve`. */
#define ZT_TYPE_PIN_FILTER (zt_pin_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtPinFilter, zt_pin_filter, ZT, PIN_FILTER, GObject)

/* Bounds on what a server can make the agent keep: pending changes per service, and the
 * definition text kept for a diff (a larger one is held back by its hash alone). */
#define ZT_PIN_MAX_PENDING     1000u
#define ZT_PIN_MAX_TOOLS       4096u   /* pinned at first use; past it, held back */
#define ZT_PIN_MAX_DEFINITION  (64u * 1024u)
#define ZT_PIN_MAX_NAME        256u

ZtPinFilter *zt_pin_filter_new              (void);
void         zt_pin_filter_set_service_func (ZtPinFilter      *self,
                                             ZtPinServiceFunc  func,
                                             gpointer          user_data);
/* The policy that decides after this filter: a call it refuses is left to it (NULL: none). */
void         zt_pin_filter_set_policy       (ZtPinFilter      *self,
                                             struct _ZtPolicy *policy);
/* Borrowed, until set to NULL (the agent's agent.db while it runs). Without a store, pins
 * live in memory only. Forgets what was loaded. */
void         zt_pin_filter_set_store        (ZtPinFilter      *self,
                                             ZtStore          *store);
/* {"service", "key", "mode", "pending", "tools": [{"name", "state": "pinned"|"new"|"changed"|
 * "removed", "hash", "new_hash", "approved_at", "approved_by", "first_seen", "diff": [...],
 * "pinned": {definition}, "pending": {definition}}], "instructions": {...}, "renames":
 * [{"from", "to"}]}; only @tool's entry when not NULL. The definitions stop after 8 MiB
 * ("definitions_left_out" on the entries without them). */
JsonNode    *zt_pin_filter_describe         (ZtPinFilter      *self,
                                             const char       *service,
                                             const char       *tool,
                                             GError          **error);
/* Approves the pending changes of @tools (NULL: all of them; "" is the instructions) as
 * @by; returns [{"tool", "kind"}] of what was approved. ZT_ERROR_NOT_FOUND when a named
 * tool has nothing pending or the service is unknown. */
JsonNode    *zt_pin_filter_approve          (ZtPinFilter      *self,
                                             const char       *service,
                                             const char * const *tools,
                                             const char       *by,
                                             GError          **error);

/* @described (zt_pin_filter_describe's answer, or the REST API's) as text people read: the
 * renames, then each held-back change member by member, descriptions line by line. Control
 * characters of the server's text (but newline and tab), C1 controls and bidirectional
 * overrides are shown as U+FFFD. NULL when nothing is held back. */
char        *zt_pin_diff_to_text            (JsonObject       *described);

/* The tools of @entries (the "tools" of zt_pin_filter_describe's answer, or the REST API's)
 * as the server sends them now: the pending definition where there is one, else the pinned
 * one; removed tools left out. What the tool scan is run over, before anything is approved. */
JsonArray   *zt_pin_current_definitions     (JsonArray        *entries);

/* The line diff of two texts: [{"op": " "|"-"|"+", "text"}]; exposed for the tests. */
JsonArray   *zt_pin_line_diff               (const char       *old_text,
                                             const char       *new_text);

G_END_DECLS
