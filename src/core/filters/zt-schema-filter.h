/* zt-schema-filter.h: tools/call arguments and results checked against the tools' JSON Schemas */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-filter.h"

G_BEGIN_DECLS

/* What an answer whose structuredContent does not match the tool's outputSchema becomes. */
typedef enum {
  ZT_SCHEMA_OUTPUT_ENFORCE,  /* a JSON-RPC error -32603 to the client (the default) */
  ZT_SCHEMA_OUTPUT_IGNORE,   /* relayed as it is (a message in the agent's log) */
} ZtSchemaOutputAction;

/* Remembers, per service and side, the tools the last tools/list answers named (their
 * inputSchema and outputSchema, compiled on first use), then refuses a tools/call whose
 * arguments do not match (-32602, rule "schema:input", before it reaches the server) and
 * an answer whose structuredContent does not (-32603, rule "schema:output"). A tool no
 * list has named yet passes: the policy decides access, this filter only shape. */
#define ZT_TYPE_SCHEMA_FILTER (zt_schema_filter_get_type ())
G_DECLARE_FINAL_TYPE (ZtSchemaFilter, zt_schema_filter, ZT, SCHEMA_FILTER, GObject)

/* The most tools remembered per service and side (a server that lists more has the rest
 * unchecked, and the agent says so in its log). */
#define ZT_SCHEMA_FILTER_MAX_TOOLS 4096u

ZtSchemaFilter *zt_schema_filter_new               (void);
/* FALSE: every message passes unchecked (for measuring the filter's cost) */
void            zt_schema_filter_set_enabled       (ZtSchemaFilter       *self,
                                                    gboolean              enabled);
void            zt_schema_filter_set_output_action (ZtSchemaFilter       *self,
                                                    ZtSchemaOutputAction  action);

G_END_DECLS
