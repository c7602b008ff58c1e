/* test-scan-prefilter.c: the phrase rules' prefilter and the result scan's verdict cache change no finding */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-jsonrpc.h"
#include "safety-case.h"
#include "zt-result-scan-private.h"
#include "zt-tool-scan-private.h"

/* What the analysis reads off a pattern, on small cases: a text without the required words
 * cannot match, one with them may. */
static const struct {
  const char *pattern;
  const char *text;
  gboolean    may;
} cases[] = {
  { "\\b(ignore|skip)\\b[^.]{0,10}\\b(rules|orders)\\b", "please ignore the rules", TRUE },
  { "\\b(ignore|skip)\\b[^.]{0,10}\\b(rules|orders)\\b", "please ignore the noise", FALSE },
  { "\\b(ignore|skip)\\b[^.]{0,10}\\b(rules|orders)\\b", "the rules are the rules", FALSE },
  { "(a|b)?c", "c", TRUE },
  { "(a|b)?c", "ab", FALSE },
  { "x*", "", TRUE },                       /* matches anything: no clause */
  { "pre-?approved", "preapproved", TRUE },
  { "pre-?approved", "pre approved", FALSE },
  { "(^|\\n|\\. )(system|assistant) ?:", "hello. system : go", TRUE },
  { "(^|\\n|\\. )(system|assistant) ?:", "the system is fine", FALSE },
  { "[\"']role[\"']\\s*:", "{'role' : 1}", TRUE },
  { "[\"']role[\"']\\s*:", "{role: 1}", FALSE },
  { "\\.env(?!\\.(example|sample))\\b", "read .env.example", TRUE },  /* a lookahead adds nothing */
  { "(\\.\\./){3,}", "../../../etc", TRUE },
  { "(\\.\\./){3,}", "../etc", TRUE },      /* necessary, not sufficient */
  { "(\\.\\./){3,}", "./etc", FALSE },
  { "IGNORE (all|any) rules", "ignore ALL rules", TRUE },  /* caseless: ASCII folded both ways */
  { "(забуд\\w*|忽略)[^.]{0,9}(правил)", "забудьте правила", TRUE },
  { "(забуд\\w*|忽略)[^.]{0,9}(правил)", "правила", FALSE },
  /* a pattern that cannot cross a sentence end needs its words in one sentence */
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b", "ignore the rules. fine", TRUE },
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b", "ignore this. the rules", FALSE },
  { "\\bignore\\b[^|]{0,40}\\brules\\b", "ignore this. the rules", TRUE },   /* [^|] crosses */
  { "\\bignore\\b.{0,40}\\brules\\b", "ignore this; the rules", TRUE },
  { "\\bignore\\b[a-z ]{0,40}\\brules\\b", "ignore this! rules", FALSE },
  { "\\bignore\\b[ -~]{0,40}\\brules\\b", "ignore this! rules", TRUE },  /* the range holds ! */
  { "a{2}b", "aab", TRUE },
  { "a{2}b", "b", FALSE },
};

static void
test_clauses (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) dummy = NULL;
      ZtScanPrefilter *pf = zt_scan_prefilter_new (&cases[i].pattern, 1);
      gboolean may = !cases[i].may;
      g_autofree char *d = zt_scan_prefilter_describe (pf, 0);

      zt_scan_prefilter_run (pf, cases[i].text, strlen (cases[i].text), &may);
      if (may != cases[i].may)
        g_error ("%s on \"%s\": %s (clauses %s)", cases[i].pattern, cases[i].text, may ? "may" : "cannot", d);
      zt_scan_prefilter_free (pf);
    }
}

/* The part of a text a pattern's matches lie in: the sentences holding its words (their stops
 * included), on to the end where a lookahead may read past a stop, and the whole text for a
 * pattern that crosses sentences; and a match over that part finds what one over the whole
 * text finds. */
static const struct {
  const char *pattern;
  const char *text;
  gsize       from, to;
} span_cases[] = {
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b", "Hello there. Please ignore the rules. Bye.", 12, 37 },
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b", "ignore the rules. x. ignore rules! y", 0, 34 },
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b", "a. ignore the rules", 2, 19 },
  /* a lookahead that may read past the stop: matched from the sentence to the end */
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b(?!\\. bye)", "Hi. ignore the rules. ok", 3, 24 },
  /* a lookahead that stops at the stop keeps the sentence */
  { "\\bignore\\b[^.!?;\\n]{0,40}\\brules\\b(?![^.!?;]* now)", "Hi. ignore the rules. now", 3, 21 },
  /* crossing patterns: the whole text */
  { "\\bignore\\b.{0,40}\\brules\\b", "Hi. ignore this; the rules. ok", 0, 30 },
};

static void
test_spans (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (span_cases); i++)
    {
      const char *text = span_cases[i].text;
      ZtScanPrefilter *pf = zt_scan_prefilter_new (&span_cases[i].pattern, 1);
      g_autoptr(GRegex) re = g_regex_new (span_cases[i].pattern, G_REGEX_CASELESS, 0, NULL);
      g_autoptr(GMatchInfo) whole = NULL, part = NULL;
      gboolean may = FALSE;
      gsize from = 99, to = 99;
      int a1 = -1, b1 = -1, a2 = -2, b2 = -2;

      zt_scan_prefilter_run_spans (pf, text, strlen (text), &may, &from, &to);
      g_assert_true (may);
      if (from != span_cases[i].from || to != span_cases[i].to)
        g_error ("%s on \"%s\": span %zu-%zu, not %zu-%zu", span_cases[i].pattern, text, from, to,
                 span_cases[i].from, span_cases[i].to);
      g_assert_true (g_regex_match_full (re, text, -1, 0, 0, &whole, NULL));
      g_assert_true (g_regex_match_full (re, text, to, from, 0, &part, NULL));
      g_assert_true (g_match_info_fetch_pos (whole, 0, &a1, &b1) && g_match_info_fetch_pos (part, 0, &a2, &b2));
      g_assert_cmpint (a1, ==, a2);
      g_assert_cmpint (b1, ==, b2);
      zt_scan_prefilter_free (pf);
    }
}

/* Every rule of the tool scan is understood: none left to run on every text. */
static void
test_rules_filtered (void)
{
  const ZtScanPrefilter *pf = _zt_tool_scan_get_prefilter ();

  g_assert_cmpuint (zt_scan_prefilter_get_n_unfiltered (pf), ==, 0);
  g_test_message ("%u rules, %u literals", _zt_tool_scan_get_n_rules (), zt_scan_prefilter_get_n_literals (pf));
}

static void
findings_to_string (GString   *out,
                    GPtrArray *findings)
{
  for (guint i = 0; i < findings->len; i++)
    {
      const ZtScanFinding *f = findings->pdata[i];

      g_string_append_printf (out, "%s|%d|%s|%" G_GSIZE_FORMAT "|%" G_GSIZE_FORMAT "|%s\n", f->rule, f->severity,
                              f->path, f->start, f->end, f->excerpt ? f->excerpt : "");
    }
}

/* The findings of one text with and without the prefilter, as text. */
static void
scan_both (const char *text,
           char      **fast,
           char      **full)
{
  GString *a = g_string_new (NULL), *b = g_string_new (NULL);
  g_autoptr(GPtrArray) fa = NULL, fb = NULL;

  _zt_tool_scan_set_prefilter (TRUE);
  fa = zt_tool_scan_text (text);
  _zt_tool_scan_set_prefilter (FALSE);
  fb = zt_tool_scan_text (text);
  _zt_tool_scan_set_prefilter (TRUE);
  findings_to_string (a, fa);
  findings_to_string (b, fb);
  *fast = g_string_free (a, FALSE);
  *full = g_string_free (b, FALSE);
}

/* One text as a tool result in redact mode: the findings and what the text becomes. */
static char *
result_scan (const char *text)
{
  g_autoptr(ZtResultScan) scan = zt_result_scan_new (ZT_RESULT_SCAN_REDACT);
  g_autofree char *out = zt_result_scan_text (scan, "/content/0/text", text);
  g_autoptr(JsonNode) findings = zt_result_scan_findings_to_json (scan);
  g_autofree char *json = json_to_string (findings, FALSE);

  return g_strdup_printf ("%s\n%s", json, out ? out : "(unchanged)");
}

static guint
check_text (const char *text,
            const char *where)
{
  g_autofree char *fast = NULL, *full = NULL, *uncached = NULL, *first = NULL, *again = NULL;
  guint hits;

  scan_both (text, &fast, &full);
  if (strcmp (fast, full) != 0)
    {
      g_test_message ("%s: the prefilter changes the findings of %s\nfast:\n%sfull:\n%s", where, text, fast, full);
      return 1;
    }
  /* the result scan without the cache, then twice with it: remembered, then read back */
  _zt_result_scan_set_cache (FALSE);
  uncached = result_scan (text);
  _zt_result_scan_set_cache (TRUE);
  first = result_scan (text);
  hits = _zt_result_scan_get_cache_hits ();
  again = result_scan (text);
  /* what the pre-check sends to the phrase rules is remembered; the rest is not hashed */
  if (strlen (text) <= ZT_RESULT_SCAN_PHRASE_BUDGET)
    g_assert_cmpuint (_zt_result_scan_get_cache_hits (), ==,
                      hits + (zt_result_text_needs_phrase_scan (text, strlen (text)) ? 1 : 0));
  if (strcmp (uncached, first) != 0 || strcmp (uncached, again) != 0)
    {
      g_test_message ("%s: the cache changes the result scan of %s\nuncached: %s\nfirst: %s\nagain: %s", where, text,
                      uncached, first, again);
      return 1;
    }
  return 0;
}

static void
collect_strings (JsonNode  *node,
                 GPtrArray *out)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    g_ptr_array_add (out, (gpointer) json_node_get_string (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *member;
      JsonNode *child;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &member, &child))
        {
          g_ptr_array_add (out, (gpointer) member);
          collect_strings (child, out);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (a); i++)
        collect_strings (json_array_get_element (a, i), out);
    }
}

static char *
scan_case (JsonObject *c,
           gboolean    prefilter)
{
  g_autoptr(ZtToolScan) scan = zt_tool_scan_new ();
  g_autoptr(JsonNode) out = NULL;

  _zt_tool_scan_set_prefilter (prefilter);
  zt_test_scan_add_case (scan, c);
  zt_tool_scan_run (scan);
  out = zt_tool_scan_to_json (scan);
  _zt_tool_scan_set_prefilter (TRUE);
  return json_to_string (out, FALSE);
}

/* Whole definitions (so the joined strings of a service are compared too) and each string as
 * a result text, for every line of a labelled set. */
static guint
check_corpus_file (const char *path)
{
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint bad = 0, n = 0;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  lines = g_strsplit (data, "\n", -1);
  for (guint l = 0; lines[l]; l++)
    {
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(GPtrArray) strings = g_ptr_array_new ();
      g_autofree char *where = g_strdup_printf ("%s:%u", path, l + 1);

      if (*lines[l] == '\0')
        continue;
      node = zt_json_parse_strict (lines[l], strlen (lines[l]), NULL, NULL);
      g_assert_nonnull (node);
      collect_strings (node, strings);
      for (guint i = 0; i < strings->len; i++, n++)
        bad += check_text (strings->pdata[i], where);
      {
        g_autofree char *fast = scan_case (json_node_get_object (node), TRUE);
        g_autofree char *full = scan_case (json_node_get_object (node), FALSE);

        if (strcmp (fast, full) != 0)
          {
            g_test_message ("%s: the prefilter changes the verdicts\nfast: %s\nfull: %s", where, fast, full);
            bad++;
          }
      }
    }
  g_test_message ("%s: %u strings, %u differ", path, n, bad);
  return bad;
}

static void
test_agrees_corpus (void)
{
  static const char *const sets[] = { "ZT_SAFETY_HELDOUT", "ZT_SAFETY_HELDOUT2", "ZT_SAFETY_HELDOUT3",
                                      "ZT_SAFETY_HELDOUT4", "ZT_SAFETY_HELDOUT5", "ZT_SAFETY_HELDOUT6",
                                      "ZT_SAFETY_REAL_TRAIN", "ZT_SAFETY_REAL_CHECK" };
  const char *corpus = g_getenv ("ZT_SAFETY_CORPUS");

  if (corpus == NULL)
    {
      g_test_skip ("ZT_SAFETY_CORPUS not set");
      return;
    }
  g_assert_cmpuint (check_corpus_file (corpus), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    if (g_getenv (sets[i]) != NULL)
      g_assert_cmpuint (check_corpus_file (g_getenv (sets[i])), ==, 0);
}

/* Every seed of every fuzz target: the bytes as one text (to the first NUL), and where they
 * parse as JSON, each of their strings. */
static void
test_agrees_fuzz (void)
{
  const char *root = g_getenv ("ZT_FUZZ_CORPUS");
  g_autoptr(GDir) dir = NULL;
  const char *target;
  guint bad = 0, n = 0;

  if (root == NULL || (dir = g_dir_open (root, 0, NULL)) == NULL)
    {
      g_test_skip ("ZT_FUZZ_CORPUS not set");
      return;
    }
  while ((target = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *sub = g_build_filename (root, target, NULL);
      g_autoptr(GDir) files = g_dir_open (sub, 0, NULL);
      const char *name;

      while (files != NULL && (name = g_dir_read_name (files)) != NULL)
        {
          g_autofree char *file = g_build_filename (sub, name, NULL);
          g_autofree char *data = NULL;
          gsize len;
          g_autoptr(JsonNode) node = NULL;

          if (!g_file_get_contents (file, &data, &len, NULL))
            continue;
          bad += check_text (data, file);
          n++;
          if ((node = zt_json_parse_strict (data, len, NULL, NULL)) != NULL)
            {
              g_autoptr(GPtrArray) strings = g_ptr_array_new ();

              collect_strings (node, strings);
              for (guint i = 0; i < strings->len; i++, n++)
                bad += check_text (strings->pdata[i], file);
            }
        }
    }
  g_test_message ("fuzz corpora: %u texts, %u differ", n, bad);
  g_assert_cmpuint (n, >, 100);
  g_assert_cmpuint (bad, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/scan-prefilter/clauses", test_clauses);
  g_test_add_func ("/scan-prefilter/spans", test_spans);
  g_test_add_func ("/scan-prefilter/rules-filtered", test_rules_filtered);
  g_test_add_func ("/scan-prefilter/agrees-corpus", test_agrees_corpus);
  g_test_add_func ("/scan-prefilter/agrees-fuzz", test_agrees_fuzz);
  return g_test_run ();
}
