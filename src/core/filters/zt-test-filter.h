/* zt-test-filter.h: a filter driven by a rules file, for tests of the seam (agent serve --test-filter) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"

G_BEGIN_DECLS

/* Rules file (JSON):
 *   { "log": "PATH",            every message seen, one JSON line each (optional)
 *     "rules": [ { "service": "NAME", "side": "importer"|"exporter", "direction": "to_server"|"to_client",
 *                  "method": "tools/call", "tool": "echo",  (all optional: match all)
 *                  "action": "allow"|"deny"|"rewrite"|"defer"|"defer-deny"|"fail",
 *                  "delay_ms": 300,      (defer: then allow; defer-deny: then deny;
 *                                         fail: then the check fails, which denies)
 *                  "path": ["params", "arguments", "message"], "value": ...  (rewrite) } ] }
 * The first matching rule decides; a message no rule matches is allowed. For an answer,
 * "method" and "tool" match the request it answers. It is for tests: it only ever makes
 * the agent refuse or change what it would have relayed. */
#define ZT_TYPE_TEST_FILTER (zt_test_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtTestFilter, zt_test_filter, ZT, TEST_FILTER, GObject)

ZtTestFilter *zt_test_filter_new_from_file (const char  *path,
                                            GError     **error);
ZtTestFilter *zt_test_filter_new_from_data (const char  *text,
                                            gsize        len,
                                            GError     **error);

G_END_DECLS
