/* fuzz-sse.c: libFuzzer target for the SSE parser (chunking invariance) and writer round trip */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-error.h"
#include "zt-sse.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  GString   *log;     /* every event and the final state, as bytes to compare */
  GPtrArray *types;   /* of char* */
  GPtrArray *ids;     /* of char*, NULL for none */
  GPtrArray *datas;   /* of GBytes */
  gboolean   failed;
} Run;

static void
collect (const char *event,
         const char *data,
         gsize       data_len,
         const char *id,
         gpointer    user_data)
{
  Run *r = user_data;

  if (data[data_len] != '\0')
    zt_fuzz_fail ("event data not NUL-terminated", NULL);
  g_string_append_printf (r->log, "%s%c%s%c%" G_GSIZE_FORMAT ":", event, 0, id ? id : "\x01", 0, data_len);
  g_string_append_len (r->log, data, data_len);
  g_ptr_array_add (r->types, g_strdup (event));
  g_ptr_array_add (r->ids, g_strdup (id));
  g_ptr_array_add (r->datas, g_bytes_new (data, data_len));
}

static void
run_clear (Run *r)
{
  g_string_free (r->log, TRUE);
  g_ptr_array_unref (r->types);
  g_ptr_array_unref (r->ids);
  g_ptr_array_unref (r->datas);
}

/* Feeds @len bytes in pieces cut at @cuts (ascending, each <= @len). */
static Run
run_cuts (const char  *stream,
          gsize        len,
          gsize        max,
          const gsize *cuts,
          gsize        n_cuts)
{
  Run r = {
    g_string_new (NULL),
    g_ptr_array_new_with_free_func (g_free),
    g_ptr_array_new_with_free_func (g_free),
    g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref),
    FALSE,
  };
  g_autoptr(ZtSseParser) p = zt_sse_parser_new (max, collect, &r);
  gsize pos = 0;

  for (gsize k = 0; k <= n_cuts && !r.failed; k++)
    {
      gsize end = k < n_cuts ? cuts[k] : len;
      g_autoptr(GError) error = NULL;

      if (!zt_sse_parser_feed (p, stream + pos, end - pos, &error))
        {
          if (!g_error_matches (error, ZT_ERROR, ZT_ERROR_TOO_LARGE))
            zt_fuzz_fail ("feed failed with an unexpected error", error ? error->message : NULL);
          r.failed = TRUE;
        }
      pos = end;
    }
  g_string_append_printf (r.log, "|last=%s|retry=%" G_GINT64_FORMAT "|failed=%d",
                          zt_sse_parser_get_last_id (p) ? zt_sse_parser_get_last_id (p) : "\x01",
                          zt_sse_parser_get_retry (p), r.failed);
  return r;
}

/* Writes one event and reads it back: the same type, id and data, or a known writer bug. */
static void
check_writer (const char *event,
              const char *id,
              GBytes     *data)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize len;
  const char *bytes = g_bytes_get_data (data, &len);
  Run back;

  /* SSE cannot carry a CR in data, and the parser never produces one: skip such input. */
  if (len > 0 && memchr (bytes, '\r', len) != NULL)
    return;
  /* an empty GBytes has no data pointer; the writer wants one */
  zt_sse_append_event (out, event, id, len > 0 ? bytes : "", len);
  back = run_cuts (out->str, out->len, 0, NULL, 0);
  if (back.failed || back.datas->len != 1)
    zt_fuzz_fail ("writer output does not read back as one event", out->str);
  if (event != NULL && *event == '\0')
    zt_fuzz_known ("event-nul", "an event type starting with NUL is reported as \"\", not \"message\"");
  else if (g_strcmp0 (back.types->pdata[0], event ? event : "message") != 0 ||
           g_strcmp0 (back.ids->pdata[0], id) != 0)
    zt_fuzz_fail ("writer output reads back with another type or id", out->str);
  if (!g_bytes_equal (back.datas->pdata[0], data))
    {
      if (len > 0 && bytes[len - 1] == '\n')
        zt_fuzz_known ("writer-trailing-newline", out->str);
      else
        zt_fuzz_fail ("writer output reads back with other data", out->str);
    }
  run_clear (&back);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *stream;
  gsize len, max, cut;
  Run whole, split;

  if (size < 2)
    return 0;
  stream = (const char *) data + 2;
  len = size - 2;
  /* byte 0: where to split the stream; byte 1: the event size cap (0: the default) */
  cut = len * data[0] / 255;
  max = data[1] ? (gsize) data[1] * 8 : 0;

  whole = run_cuts (stream, len, max, NULL, 0);
  split = run_cuts (stream, len, max, &cut, 1);
  if (whole.log->len != split.log->len || memcmp (whole.log->str, split.log->str, whole.log->len) != 0)
    {
      if (len >= 3 && memcmp (stream, "\xef\xbb\xbf", 3) == 0 && cut < 3)
        zt_fuzz_known ("bom-split", "a BOM split over two feeds is not stripped");
      else
        zt_fuzz_fail ("split feeding gives other events than feeding at once", NULL);
    }

  /* Byte by byte as well, while it stays cheap. */
  if (len <= 1024 && !(len >= 3 && memcmp (stream, "\xef\xbb\xbf", 3) == 0))
    {
      g_autofree gsize *cuts = g_new (gsize, len ? len : 1);
      Run bytes;

      for (gsize i = 0; i < len; i++)
        cuts[i] = i;
      bytes = run_cuts (stream, len, max, cuts, len);
      if (whole.log->len != bytes.log->len || memcmp (whole.log->str, bytes.log->str, whole.log->len) != 0)
        zt_fuzz_fail ("byte-by-byte feeding gives other events than feeding at once", NULL);
      run_clear (&bytes);
    }

  for (guint i = 0; i < whole.datas->len && i < 16; i++)
    check_writer (whole.types->pdata[i], whole.ids->pdata[i], whole.datas->pdata[i]);

  /* The raw input as data, with and without an event name and id. */
  {
    g_autoptr(GBytes) raw = g_bytes_new (stream, len);
    gboolean trailing_lf = len > 0 && stream[len - 1] == '\n';

    if (!trailing_lf)
      {
        check_writer (NULL, NULL, raw);
        check_writer ("message", "7", raw);
      }
  }

  run_clear (&whole);
  run_clear (&split);
  return 0;
}
