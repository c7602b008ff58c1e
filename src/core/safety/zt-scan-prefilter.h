/* zt-scan-prefilter.h: which regular expressions cannot match a text, from one pass over it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Built once from a set of patterns (the subset of PCRE the tool scan's rules are written in:
 * groups, alternation, quantifiers, classes, \b \w \s \d, lookarounds): for each pattern, the
 * literals every match must hold, as clauses (each clause a set of literals, one of which
 * occurs in any match). One Aho-Corasick pass over a text then says which patterns may match;
 * a pattern said not to cannot, so skipping it changes no result. A pattern no match of which
 * can hold a sentence end (. ! ? ;) needs all its clauses within one sentence. Literals are
 * compared with ASCII letters folded to lower case, as the caseless rules read them; texts are
 * normalised ones (no new line: the rules' gaps treat it as a sentence end too). */
typedef struct _ZtScanPrefilter ZtScanPrefilter;

ZtScanPrefilter *zt_scan_prefilter_new       (const char *const *patterns,
                                              guint              n_patterns);
void             zt_scan_prefilter_free      (ZtScanPrefilter   *self);
/* Sets @may_match[i] to TRUE when pattern i may match @text, FALSE when it cannot. */
void             zt_scan_prefilter_run       (const ZtScanPrefilter *self,
                                              const char        *text,
                                              gsize              len,
                                              gboolean          *may_match);
/* As zt_scan_prefilter_run (), and for each pattern that may match, the part of @text its
 * matches must lie in: text[@from[i], @to[i]). For a pattern whose matches are inside one
 * sentence that is from its first sentence holding every clause to the end of its last one
 * (the stop included, so lookaheads read what they would in the whole text), and the rest of
 * the text when a lookaround may read past a stop; for the others the whole text. Matching
 * from @from[i] (the text before it still there for lookbehinds) over @to[i] bytes finds the
 * same matches as over the whole text. */
void             zt_scan_prefilter_run_spans (const ZtScanPrefilter *self,
                                              const char        *text,
                                              gsize              len,
                                              gboolean          *may_match,
                                              gsize             *from,
                                              gsize             *to);
/* How many patterns have no clause (always run) and how many distinct literals there are:
 * for tests and the benchmark's notes. */
guint            zt_scan_prefilter_get_n_unfiltered (const ZtScanPrefilter *self);
guint            zt_scan_prefilter_get_n_literals   (const ZtScanPrefilter *self);
/* The clauses of pattern @i as text ("(a|b) & (c)"), for tests. */
char            *zt_scan_prefilter_describe  (const ZtScanPrefilter *self,
                                              guint              i);

G_END_DECLS
