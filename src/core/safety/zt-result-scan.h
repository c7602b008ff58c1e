/* zt-result-scan.h: one tool result's texts scanned for injected instructions, hidden text, secrets */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-tool-scan.h"

G_BEGIN_DECLS

/* What the gateway does with a service's tool results (its "result_scan" option). TAG is 0,
 * so a service made before the option existed gets the default. */
typedef enum {
  ZT_RESULT_SCAN_TAG,     /* the result passes; findings under _meta["zt4mcp/findings"], hidden characters removed */
  ZT_RESULT_SCAN_OFF,     /* nothing scanned, nothing changed */
  ZT_RESULT_SCAN_REDACT,  /* as TAG, and secrets replaced by [REDACTED:kind] */
  ZT_RESULT_SCAN_BLOCK,   /* a result with a secret or a high finding becomes an error (-32003) */
} ZtResultScanMode;

/* Bytes of one result read for instructions. The phrase rules cost 1-3 ms a KiB of prose on the
 * agent's main thread, so more would let one server's answers stall every session; what lies
 * past them is still read for secrets and hidden characters, and reported as "result.unscanned"
 * (low). */
#define ZT_RESULT_SCAN_PHRASE_BUDGET (16u * 1024u)

typedef struct _ZtResultScan ZtResultScan;

ZtResultScan *zt_result_scan_new       (ZtResultScanMode    mode);
void          zt_result_scan_free      (ZtResultScan       *self);
/* The service's overrides of single rules (may be NULL; must live as long as @self): off drops
 * a rule's findings (a secret's kind is then neither redacted nor a reason to refuse), warn
 * makes them medium (a secret is said, not redacted, not refused), block makes them high. */
void          zt_result_scan_set_config (ZtResultScan      *self,
                                        const ZtScanConfig *config);
/* Scans one string of the result, found at @path ("content[0].text"). Returns what the string
 * becomes (hidden characters removed, and in REDACT mode secrets replaced), or NULL when it
 * stays as it is. Findings are added to @self; their offsets are in @text. */
char         *zt_result_scan_text      (ZtResultScan       *self,
                                        const char         *path,
                                        const char         *text);
/* The findings so far (ZtScanFinding; a secret's has rule "secret.<kind>" and no excerpt). */
GPtrArray    *zt_result_scan_get_findings (ZtResultScan    *self);
/* Whether BLOCK mode refuses the result: a secret, or a high or critical finding other than
 * hidden characters that neutralising removes. */
gboolean      zt_result_scan_should_block (ZtResultScan    *self);
/* The finding that decides: the first secret, else the first blocking one of the highest
 * severity, else the first of the highest severity; NULL when there is none. */
const ZtScanFinding *zt_result_scan_get_worst (ZtResultScan *self);
/* [{rule, severity, path, start, end, text?}] */
JsonNode     *zt_result_scan_findings_to_json (ZtResultScan *self);

/* Whether @text may hold something the phrase rules of zt-tool-scan find (a cheap, linear
 * pre-check: words of their vocabulary, non-ASCII or control characters, markup, encoded runs).
 * FALSE means the phrase scan is skipped; measured against the safety corpus (test-result-scan). */
gboolean      zt_result_text_needs_phrase_scan (const char *text,
                                        gsize               len);

/* The rule ids only results have ("secret.<kind>", "result.hidden", "result.unscanned"), in
 * that order, NULL-terminated; results are also read by the tool scan's rules. */
const char *const *zt_result_scan_rules  (void);
/* Is @rule one of them, or a family of them ending in '.' ("secret.")? */
gboolean      zt_result_scan_rule_valid (const char        *rule);
/* What @rule (one of zt_result_scan_rules ()) looks for, in a line for people; NULL otherwise */
const char   *zt_result_scan_rule_describe (const char     *rule);

const char   *zt_result_scan_mode_to_string   (ZtResultScanMode  mode);
/* FALSE when @text is none of "off", "tag", "redact", "block" */
gboolean      zt_result_scan_mode_from_string (const char       *text,
                                               ZtResultScanMode *mode);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtResultScan, zt_result_scan_free)

G_END_DECLS
