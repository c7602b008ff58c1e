/* test-llm-frame.c: zt4mcp-llm/1 framing: round trips in any cut, and every broken frame refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-llm-frame.h"

typedef struct {
  GPtrArray *heads;   /* of char* (the head's "path" or "status") */
  GString   *body;
  guint      ends;
} Log;

static void
on_head (JsonObject *head,
         gpointer    user_data)
{
  Log *log = user_data;
  const char *path = json_object_get_string_member_with_default (head, "path", NULL);

  g_ptr_array_add (log->heads, g_strdup (path ? path : "?"));
}

static void
on_data (const guint8 *data,
         gsize         len,
         gpointer      user_data)
{
  Log *log = user_data;

  g_string_append_len (log->body, (const char *) data, (gssize) len);
}

static void
on_end (gpointer user_data)
{
  ((Log *) user_data)->ends++;
}

static const ZtLlmFrameCallbacks callbacks = { on_head, on_data, on_end };

static void
log_init (Log *log)
{
  log->heads = g_ptr_array_new_with_free_func (g_free);
  log->body = g_string_new (NULL);
  log->ends = 0;
}

static void
log_clear (Log *log)
{
  g_ptr_array_unref (log->heads);
  g_string_free (log->body, TRUE);
}

/* Two messages written by the writer, read back whole and one byte at a time. */
static void
test_round_trip (void)
{
  g_autoptr(JsonObject) h1 = json_object_new ();
  g_autoptr(JsonObject) h2 = json_object_new ();
  g_autoptr(GByteArray) wire = g_byte_array_new ();
  GBytes *parts[6];
  g_autofree char *big = g_strnfill (300000, 'x');

  json_object_set_string_member (h1, "path", "/v1/chat/completions");
  json_object_set_string_member (h2, "path", "/v1/models\nwith a newline");
  parts[0] = zt_llm_frame_head (h1);
  parts[1] = zt_llm_frame_data ("data: hi\n\n", 10);
  parts[2] = zt_llm_frame_data (big, strlen (big));
  parts[3] = zt_llm_frame_end ();
  parts[4] = zt_llm_frame_head (h2);
  parts[5] = zt_llm_frame_end ();
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gsize n;
      const guint8 *d = g_bytes_get_data (parts[i], &n);
      g_byte_array_append (wire, d, n);
      g_bytes_unref (parts[i]);
    }

  gsize steps[] = { 1, 7, wire->len };

  for (guint k = 0; k < G_N_ELEMENTS (steps); k++)
    {
      gsize step = steps[k];
      Log log;
      g_autoptr(ZtLlmFrameReader) r = NULL;

      log_init (&log);
      r = zt_llm_frame_reader_new (0, &callbacks, &log);
      for (gsize at = 0; at < wire->len; at += step)
        g_assert_true (zt_llm_frame_reader_feed (r, wire->data + at, MIN (step, wire->len - at), NULL));
      g_assert_true (zt_llm_frame_reader_is_idle (r));
      g_assert_cmpuint (log.heads->len, ==, 2);
      g_assert_cmpstr (g_ptr_array_index (log.heads, 0), ==, "/v1/chat/completions");
      g_assert_cmpstr (g_ptr_array_index (log.heads, 1), ==, "/v1/models\nwith a newline");
      g_assert_cmpuint (log.body->len, ==, 10 + 300000);
      g_assert_cmpuint (log.ends, ==, 2);
      log_clear (&log);
    }
}

/* Each broken stream is refused at the byte that breaks it, with the error kind given; a
 * refused reader refuses everything after. */
static void
test_refused (void)
{
  static const struct { const char *wire; ZtError code; const char *why; } cases[] = {
    { "not json\n", ZT_ERROR_PARSE, "bad head" },
    { "[1]\n", ZT_ERROR_PARSE, "bad head" },
    { "{\"a\":[[[[[[[[[[1]]]]]]]]]]}\n", ZT_ERROR_PARSE, "bad head" },
    { "{\"a\":\"x\\u0000y\"}\n", ZT_ERROR_INVALID_REQUEST, "U+0000" },
    { "{}\n\n", ZT_ERROR_PARSE, "without a length" },
    { "{}\n5x\n", ZT_ERROR_PARSE, "lower-case hex" },
    { "{}\nA\n", ZT_ERROR_PARSE, "lower-case hex" },
    { "{}\n05\nhello", ZT_ERROR_PARSE, "leading zero" },
    { "{}\n123456789\n", ZT_ERROR_TOO_LARGE, "8 digits" },
    { "{}\n100001\n", ZT_ERROR_TOO_LARGE, "over 1 MiB" },
    { "{}\n1001\n", ZT_ERROR_TOO_LARGE, "over its limit" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      Log log;
      g_autoptr(ZtLlmFrameReader) r = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) again = NULL;

      g_test_message ("case %u: %s", i, cases[i].wire);
      log_init (&log);
      r = zt_llm_frame_reader_new (4096, &callbacks, &log);
      g_assert_false (zt_llm_frame_reader_feed (r, (const guint8 *) cases[i].wire, strlen (cases[i].wire), &error));
      g_assert_nonnull (error);
      if (cases[i].code != ZT_ERROR_INVALID_REQUEST)
        g_assert_error (error, ZT_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].why));
      g_assert_false (zt_llm_frame_reader_feed (r, (const guint8 *) "{}\n0\n", 5, &again));
      g_assert_cmpuint (log.ends, ==, 0);
      log_clear (&log);
    }
}

/* A head line is bounded before it is held: 64 KiB and one byte without a newline fail. */
static void
test_head_bounded (void)
{
  Log log;
  g_autoptr(ZtLlmFrameReader) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *chunk = g_strnfill (1024, ' ');
  gboolean ok = TRUE;

  log_init (&log);
  r = zt_llm_frame_reader_new (0, &callbacks, &log);
  for (guint i = 0; i < 64 && ok; i++)
    ok = zt_llm_frame_reader_feed (r, (const guint8 *) chunk, 1024, &error);
  g_assert_true (ok);
  g_assert_false (zt_llm_frame_reader_feed (r, (const guint8 *) " ", 1, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE);
  log_clear (&log);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/llm-frame/round-trip", test_round_trip);
  g_test_add_func ("/core/llm-frame/refused", test_refused);
  g_test_add_func ("/core/llm-frame/head-bounded", test_head_bounded);
  return g_test_run ();
}
