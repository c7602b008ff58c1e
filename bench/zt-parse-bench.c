/* zt-parse-bench.c: what reading one JSON-RPC message costs (zt_message_parse: the strict scan,
 * the tree, the envelope and its checks), against json-glib's own parser on the same text in
 * the same run, for three shapes of message at three sizes. Prints microseconds per parse
 * (the median of ROUNDS rounds) and the ratio ours / json-glib's.
 *
 * usage: zt-parse-bench [ROUNDS]   (default 7; ZT_BENCH_SHAPE=escapes keeps one shape,
 *        ZT_BENCH_SIZE=16384 one size, and ZT_BENCH_ONLY=ours leaves json-glib out: for a
 *        profile, or callgrind, whose counts do not move with the machine's load)
 *
 * Shapes: "text", one long string (a file's content); "objects", an array of small objects of
 * four members each (a listing: where a check per member costs most); "escapes", strings full
 * of \n, \" and \u00e9 (decoding). */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "zt-jsonrpc.h"

static char *
message (const char *shape,
         gsize       size)
{
  GString *s = g_string_new ("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{\"structuredContent\":{\"items\":");

  if (strcmp (shape, "text") == 0)
    {
      g_string_append (s, "[\"");
      while (s->len < size)
        g_string_append (s, "The quick brown fox jumps over the lazy dog. ");
      g_string_append (s, "\"]");
    }
  else if (strcmp (shape, "objects") == 0)
    {
      g_string_append_c (s, '[');
      for (guint i = 0; s->len < size; i++)
        g_string_append_printf (s, "%s{\"name\":\"file-%u.txt\",\"size\":%u,\"dir\":false,\"mode\":\"0644\"}",
                                i ? "," : "", i, i * 37);
      g_string_append_c (s, ']');
    }
  else
    {
      g_string_append (s, "[\"");
      while (s->len < size)
        g_string_append (s, "line\\n\\\"quoted\\\" caf\\u00e9\\t");
      g_string_append (s, "\"]");
    }
  g_string_append (s, "}}}");
  return g_string_free (s, FALSE);
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
parse_ours (const char *text,
            gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) m = zt_message_parse (text, len, NULL, &error);

  if (m == NULL)
    g_error ("zt_message_parse: %s", error->message);
}

static void
parse_glib (const char *text,
            gsize       len)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, (gssize) len, &error))
    g_error ("json-glib: %s", error->message);
}

/* Microseconds per parse: @n parses, timed as one. */
static double
time_parses (void      (*parse) (const char *, gsize),
             const char *text,
             gsize       len,
             guint       n)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < n; i++)
    parse (text, len);
  return (double) (g_get_monotonic_time () - start) / n;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const shapes[] = { "text", "objects", "escapes" };
  static const gsize sizes[] = { 1024, 16384, 262144 };
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 7;

  if (rounds < 1)
    rounds = 1;
  g_print ("%-8s %8s %12s %12s %7s\n", "shape", "bytes", "ours us", "json-glib us", "ratio");
  const char *only_shape = g_getenv ("ZT_BENCH_SHAPE");
  const char *only_size = g_getenv ("ZT_BENCH_SIZE");
  gboolean only_ours = g_strcmp0 (g_getenv ("ZT_BENCH_ONLY"), "ours") == 0;

  for (gsize s = 0; s < G_N_ELEMENTS (shapes); s++)
    for (gsize z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        if ((only_shape != NULL && strcmp (only_shape, shapes[s]) != 0) ||
            (only_size != NULL && (gsize) g_ascii_strtoull (only_size, NULL, 10) != sizes[z]))
          continue;
        {
        g_autofree char *text = message (shapes[s], sizes[z]);
        gsize len = strlen (text);
        g_autofree double *ours = g_new (double, rounds);
        g_autofree double *glib = g_new (double, rounds);
        /* about 50 ms of parses a round, from a first guess of 1 us per 200 bytes */
        guint n = MAX (3, (guint) (50000.0 / (len / 200.0 + 1)));

        for (guint r = 0; r < rounds; r++)
          {
            /* alternating, so that the machine's drift falls on both */
            ours[r] = time_parses (parse_ours, text, len, n);
            glib[r] = only_ours ? ours[r] : time_parses (parse_glib, text, len, n);
          }
        qsort (ours, rounds, sizeof *ours, cmp_double);
        qsort (glib, rounds, sizeof *glib, cmp_double);
        g_print ("%-8s %8" G_GSIZE_FORMAT " %12.2f %12.2f %7.2f\n", shapes[s], len,
                 ours[rounds / 2], glib[rounds / 2], ours[rounds / 2] / glib[rounds / 2]);
        }
      }
  return 0;
}
