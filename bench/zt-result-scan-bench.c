/* zt-result-scan-bench.c: per-call cost of reading one tool result, every phrase rule vs the prefilter */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "zt-result-scan-private.h"
#include "zt-tool-scan-private.h"

/* What tool results look like: prose (a page, a mail), JSON (an API's answer passed on as
 * text) and code (a file read). Each passes the result scan's pre-check, so the phrase rules
 * are what is measured. Usage: zt-result-scan-bench [ROUNDS] [--rules] */

static const char *prose_unit =
  "The quarterly report shows that you must review the revenue figures before the meeting. "
  "Our team updated the shipping policy last week, and the new rules apply to every order placed "
  "after the first of the month. Please read the attached notes and send your comments to the "
  "finance group by Friday; the previous draft had errors in the tax section. ";
static const char *json_unit =
  "{\"id\": 48213, \"name\": \"read_file\", \"description\": \"Read a file from the project and return its "
  "contents\", \"path\": \"src/main.c\", \"size\": 5120, \"updated\": \"2026-12-02T22:38:00Z\", "
  "\"tags\": [\"source\", \"c\"], \"owner\": {\"user\": \"bob\", \"team\": \"core\"}, \"url\": "
  "\"https://example.com/files/48213\"},\n";
static const char *code_unit =
  "static int\nparse_config (const char *path, Config *out)\n{\n  FILE *f = fopen (path, \"r\");\n"
  "  char line[256];\n\n  if (f == NULL)\n    return -1;  /* the user may not have one yet */\n"
  "  while (fgets (line, sizeof line, f) != NULL)\n    {\n      if (line[0] == '#')\n        continue;\n"
  "      if (strncmp (line, \"token=\", 6) == 0)\n        out->token_file = strdup (line + 6);\n    }\n"
  "  fclose (f);\n  return 0;\n}\n\n";

static char *
make_text (const char *unit,
           gsize       size)
{
  GString *s = g_string_new (NULL);

  while (s->len < size)
    g_string_append (s, unit);
  g_string_truncate (s, size);
  /* end on a character boundary */
  while (s->len > 0 && !g_utf8_validate (s->str, s->len, NULL))
    g_string_truncate (s, s->len - 1);
  return g_string_free (s, FALSE);
}

/* CPU time of this thread: the machine is shared, and wall time counts the others' work */
static gint64
cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
per_call_us (const char *text,
             guint       rounds,
             guint      *n_findings)
{
  gint64 start = cpu_us ();

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(ZtResultScan) scan = zt_result_scan_new (ZT_RESULT_SCAN_TAG);
      g_autofree char *out = zt_result_scan_text (scan, "/content/0/text", text);

      *n_findings = zt_result_scan_get_findings (scan)->len;
    }
  return (cpu_us () - start) / (double) rounds;
}

int
main (int argc, char **argv)
{
  static const struct { const char *name; const char **unit; } kinds[] = {
    { "prose", &prose_unit }, { "json", &json_unit }, { "code", &code_unit },
  };
  static const gsize sizes[] = { 256, 1024, 4096, 16384 };
  guint rounds = argc > 1 && g_ascii_isdigit (argv[1][0]) ? (guint) atoi (argv[1]) : 20;

  if (argc > 1 && strcmp (argv[argc - 1], "--rules") == 0)
    {
      const ZtScanPrefilter *pf = _zt_tool_scan_get_prefilter ();

      for (guint i = 0; i < _zt_tool_scan_get_n_rules (); i++)
        {
          g_autofree char *d = zt_scan_prefilter_describe (pf, i);
          g_print ("%3u %s\n", i, d);
        }
      g_print ("%u rules, %u without a clause, %u literals\n", _zt_tool_scan_get_n_rules (),
               zt_scan_prefilter_get_n_unfiltered (pf), zt_scan_prefilter_get_n_literals (pf));
      return 0;
    }

  g_print ("# per call: one zt_result_scan_text (tag mode) of one text, thread CPU time; %u rounds (more for small texts)\n"
           "# full: every phrase rule (before); prefilter: a text seen for the first time (after); cached: seen before\n",
           rounds);
  g_print ("%-6s %6s %10s %10s %10s %8s %8s %s\n", "kind", "bytes", "full us", "prefilt us", "cached us", "full/pre",
           "full/cch", "findings");
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        g_autofree char *text = make_text (*kinds[k].unit, sizes[z]);
        guint n = rounds * (16384 / sizes[z]), f_full = 0, f_fast = 0, f_cached = 0;
        double full = 1.0, fast, cached;

        /* ZT_BENCH_SIZE=N: only texts of N bytes (to profile one size) */
        if (g_getenv ("ZT_BENCH_SIZE") != NULL && strtoul (g_getenv ("ZT_BENCH_SIZE"), NULL, 10) != sizes[z])
          continue;

        g_assert_true (zt_result_text_needs_phrase_scan (text, strlen (text)));
        _zt_result_scan_set_cache (FALSE);
        /* warm up (rules compiled once per process) */
        per_call_us (text, 1, &f_full);
        if (g_getenv ("ZT_BENCH_FAST_ONLY") == NULL)
          {
            _zt_tool_scan_set_prefilter (FALSE);
            full = per_call_us (text, MAX (n / 4, 1), &f_full);
            _zt_tool_scan_set_prefilter (TRUE);
          }
        fast = per_call_us (text, n, &f_fast);
        _zt_result_scan_set_cache (TRUE);
        per_call_us (text, 1, &f_cached);
        cached = per_call_us (text, n * 10, &f_cached);
        g_assert_true (g_getenv ("ZT_BENCH_FAST_ONLY") || (f_full == f_fast && f_fast == f_cached));
        g_print ("%-6s %6" G_GSIZE_FORMAT " %10.1f %10.1f %10.1f %7.1fx %7.0fx %u\n", kinds[k].name, strlen (text),
                 full, fast, cached, full / fast, full / cached, f_fast);
      }
  return 0;
}
