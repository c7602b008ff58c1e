/* fuzz-http-response.c: libFuzzer target for the upstream client's HTTP response framing:
 * no crash, bounded buffering, and the same head and body however the bytes are cut */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-error.h"
#include "zt-http-response.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  GString *heads;  /* each final head, with the body length when it came */
  GString *body;   /* the body bytes, joined */
} Run;

static gboolean
on_head (guint               status,
         const char         *reason,
         SoupMessageHeaders *headers,
         gpointer            user_data)
{
  Run *r = user_data;

  if (status < 200 && status != 0)
    zt_fuzz_fail ("an interim response was reported as the head", NULL);
  g_string_append_printf (r->heads, "%u %s @%" G_GSIZE_FORMAT "|", status, reason, r->body->len);
  return TRUE;
}

static gboolean
on_body (const char *data,
         gsize       len,
         gpointer    user_data)
{
  Run *r = user_data;

  if (len == 0)
    zt_fuzz_fail ("an empty body piece", NULL);
  if (r->heads->len == 0)
    zt_fuzz_fail ("body bytes before a head", NULL);
  g_string_append_len (r->body, data, (gssize) len);
  return TRUE;
}

static const ZtHttpResponseFuncs funcs = { on_head, on_body };

/* The outcome of feeding @len bytes cut at @cut: what was reported, how it ended, where. */
static GString *
run (const char *stream,
     gsize       len,
     gboolean    no_body,
     gsize       cut)
{
  Run r = { g_string_new (NULL), g_string_new (NULL) };
  g_autoptr(ZtHttpResponse) p = zt_http_response_new (&funcs, &r);
  const char *end = "more";
  gsize pos = 0;
  GString *out;

  zt_http_response_begin (p, no_body);
  for (int k = 0; k < 2 && pos < len; k++)
    {
      gsize stop = k == 0 ? cut : len;
      g_autoptr(GError) error = NULL;
      gsize consumed = 0;
      ZtHttpFeed fed;

      if (stop <= pos)
        continue;
      fed = zt_http_response_feed (p, stream + pos, stop - pos, &consumed, &error);
      if (consumed > stop - pos)
        zt_fuzz_fail ("consumed more than was fed", NULL);
      if (fed == ZT_HTTP_FEED_ERROR)
        {
          if (error == NULL || !g_error_matches (error, ZT_ERROR, ZT_ERROR_UPSTREAM))
            zt_fuzz_fail ("an error without its GError", NULL);
          end = "error";
          break;
        }
      if (error != NULL)
        zt_fuzz_fail ("a GError without an error", NULL);
      if (fed != ZT_HTTP_FEED_MORE && fed != ZT_HTTP_FEED_DONE)
        zt_fuzz_fail ("stopped with no callback asking", NULL);
      if (fed == ZT_HTTP_FEED_MORE && consumed != stop - pos)
        zt_fuzz_fail ("MORE without taking every byte", NULL);
      pos += consumed;
      if (fed == ZT_HTTP_FEED_DONE)
        {
          end = zt_http_response_keep_alive (p) ? "done-keep" : "done-close";
          break;
        }
    }
  if (g_str_equal (end, "more"))
    {
      g_autoptr(GError) error = NULL;
      end = zt_http_response_eof (p, &error) ? "eof-done" : "eof-error";
      if (g_str_equal (end, "eof-error") && error == NULL)
        zt_fuzz_fail ("an end of stream refused without a GError", NULL);
    }
  out = g_string_new (end);
  g_string_append_printf (out, "|%" G_GSIZE_FORMAT "|%s|", g_str_equal (end, "error") ? 0 : pos, r.heads->str);
  g_string_append_len (out, r.body->str, (gssize) r.body->len);
  g_string_free (r.heads, TRUE);
  g_string_free (r.body, TRUE);
  return out;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  GString *whole, *split;
  const char *stream;
  gsize len, cut;
  gboolean no_body;

  if (size < 2 || size > 256 * 1024)
    return 0;
  /* byte 0: where to cut; byte 1: the answer to a HEAD request when odd */
  stream = (const char *) data + 2;
  len = size - 2;
  cut = len * data[0] / 255;
  no_body = data[1] & 1;

  whole = run (stream, len, no_body, len);
  split = run (stream, len, no_body, cut);
  if (!g_string_equal (whole, split))
    zt_fuzz_fail ("cutting the bytes changes what is reported", split->str);
  g_string_free (whole, TRUE);
  g_string_free (split, TRUE);
  return 0;
}
