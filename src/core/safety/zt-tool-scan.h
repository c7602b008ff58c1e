/* zt-tool-scan.h: find instructions, hidden text and steering in MCP tool definitions */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* How sure a rule is of what it found. A tool with a medium or higher finding is judged by a
 * learned sum of its findings' rules and severities and its word score (zt-scan-combine.h);
 * low findings alone warn when two rules report them. A flagged tool is blocked when it has a
 * high or critical finding, two medium ones of different rules, or a medium and a low one,
 * and warned otherwise. A critical finding, or a high one of a hidden.* rule, always flags. */
typedef enum {
  ZT_SCAN_SEVERITY_LOW,
  ZT_SCAN_SEVERITY_MEDIUM,
  ZT_SCAN_SEVERITY_HIGH,
  ZT_SCAN_SEVERITY_CRITICAL,
} ZtScanSeverity;

typedef enum {
  ZT_SCAN_ALLOW,
  ZT_SCAN_WARN,
  ZT_SCAN_BLOCK,
} ZtScanVerdict;

/* A service's say over one rule: ZT_SCAN_RULE_DEFAULT keeps the rule's own severity. */
typedef enum {
  ZT_SCAN_RULE_DEFAULT,
  ZT_SCAN_RULE_OFF,
  ZT_SCAN_RULE_WARN,
  ZT_SCAN_RULE_BLOCK,
} ZtScanRuleAction;

typedef struct {
  const char       *rule;    /* a rule id, or a prefix ending in '.' ("hidden.") */
  ZtScanRuleAction  action;
} ZtScanOverride;

/* Per-service configuration (may be NULL: every rule as it is). */
typedef struct {
  const ZtScanOverride *overrides;
  guint                 n_overrides;
} ZtScanConfig;

typedef struct {
  const char     *rule;      /* static: "instruction.override", "hidden.tag-chars", ... */
  ZtScanSeverity  severity;
  char           *path;      /* member path in the definition: "inputSchema.properties.x.description" */
  gsize           start;     /* byte offsets of the evidence in the string at @path */
  gsize           end;
  char           *excerpt;   /* the evidence as text, clipped, hidden characters made visible */
} ZtScanFinding;

typedef struct {
  char          *name;       /* the tool's name; "" for a server's instructions */
  char          *service;    /* may be NULL */
  gboolean       instructions;  /* this entry is the server's instructions, not a tool */
  ZtScanVerdict  verdict;
  GPtrArray     *findings;   /* of ZtScanFinding */
  double         score;      /* the learned sum's probability that it is poisoned (zt-scan-combine.h) */
} ZtScanResult;

/* What the gateway does with a service's verdicts (its "tool_scan" option, zt-scan-filter). */
typedef enum {
  ZT_SCAN_MODE_BLOCK,  /* blocked tools leave lists and calls to them are refused (default) */
  ZT_SCAN_MODE_WARN,   /* every tool stays; blocked and warned ones are said in the log */
  ZT_SCAN_MODE_OFF,    /* no scan, no neutralising */
} ZtScanMode;

typedef struct _ZtToolScan ZtToolScan;

ZtToolScan   *zt_tool_scan_new          (void);
void          zt_tool_scan_free         (ZtToolScan         *self);
/* Adds one service's definitions (@tools: array of tool objects; @instructions may be NULL;
 * @config may be NULL; zt_tool_scan_run () reads it, and it must live until then). Entries that
 * are not objects are skipped. */
void          zt_tool_scan_add_service  (ZtToolScan         *self,
                                         const char         *service,
                                         JsonArray          *tools,
                                         const char         *instructions,
                                         const ZtScanConfig *config);
/* Scans everything added: each string, each tool, each service's set of tools (split
 * payloads) and all services together (shadowing, name collisions). */
void          zt_tool_scan_run          (ZtToolScan         *self);
guint         zt_tool_scan_get_n_results (ZtToolScan        *self);
const ZtScanResult *zt_tool_scan_get_result (ZtToolScan     *self,
                                         guint               index);
/* The worst verdict of all results. */
ZtScanVerdict zt_tool_scan_get_verdict  (ZtToolScan         *self);
/* {"tools": [{"name", "service"?, "instructions"?, "verdict", "findings": [{"rule",
 * "severity", "evidence": {"path", "start", "end", "text"}}]}]} */
JsonNode     *zt_tool_scan_to_json      (ZtToolScan         *self);

/* One string alone, as if it were the description of a tool (for result scanning later,
 * and for tests): the findings, path "text". */
GPtrArray    *zt_tool_scan_text         (const char         *text);

/* A deep copy of @tool with hidden characters removed from every string (member names
 * included): Unicode tag characters, zero-width and bidi controls, ANSI escape sequences and
 * other C0/C1 controls but tab and newline. */
JsonNode     *zt_tool_neutralise        (JsonNode           *tool);
/* The same for one string. */
char         *zt_text_neutralise        (const char         *text);

/* Does @result's tool steer another service's tool (a shadow.cross-service finding above low,
 * made only beside the other service's tools)? Such a tool is never accepted. */
gboolean      zt_scan_result_shadows_other (const ZtScanResult *result);

const char   *zt_scan_verdict_to_string (ZtScanVerdict       verdict);
const char   *zt_scan_severity_to_string (ZtScanSeverity     severity);
const char   *zt_scan_mode_to_string    (ZtScanMode          mode);
/* FALSE when @text is none of "block", "warn", "off" */
gboolean      zt_scan_mode_from_string  (const char         *text,
                                         ZtScanMode         *mode);
void          zt_scan_finding_free      (ZtScanFinding      *finding);

/* What @config says for @rule: the longest matching override's action (ZT_SCAN_RULE_DEFAULT
 * for none, or a NULL @config) */
ZtScanRuleAction zt_scan_config_action  (const ZtScanConfig *config,
                                         const char         *rule);

/* Every rule id the scanner reports, sorted, NULL-terminated. */
const char *const *zt_tool_scan_rules   (void);
/* Is @rule one of them, or a family of them as a prefix ending in '.' ("hidden.")? */
gboolean      zt_tool_scan_rule_valid   (const char         *rule);
/* What @rule looks for, in a line for people; NULL for an id that is not a rule */
const char   *zt_tool_scan_rule_describe (const char        *rule);
const char   *zt_scan_rule_action_to_string (ZtScanRuleAction action);
/* FALSE when @text is none of "off", "warn", "block" (a rule left as it is has no entry) */
gboolean      zt_scan_rule_action_from_string (const char   *text,
                                         ZtScanRuleAction   *action);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtToolScan, zt_tool_scan_free)

G_END_DECLS
