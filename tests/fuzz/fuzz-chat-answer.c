/* fuzz-chat-answer.c: libFuzzer target for a model's streamed answer (SSE of chat.completion.chunk) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-chat-answer.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
told_cb (const char *text,
         gpointer    user_data)
{
  if (*text == '\0')
    zt_fuzz_fail ("an empty piece of text was told", NULL);
  g_string_append (user_data, text);
}

/* What an answer came to, as bytes to compare between two ways of feeding it. */
static GString *
outcome (const char *stream,
         gsize       len,
         gsize       cut)
{
  g_autoptr(GString) pieces = g_string_new (NULL);
  g_autoptr(ZtChatAnswer) answer = zt_chat_answer_new (told_cb, pieces);
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  gboolean ok = zt_chat_answer_feed (answer, stream, cut, &error) &&
                zt_chat_answer_feed (answer, stream + cut, len - cut, &error);
  g_autofree char *calls = zt_chat_answer_calls_json (answer, "c");
  const ZtLimits limits = { 0, 0 };
  g_autoptr(JsonNode) parsed = zt_json_parse_strict (calls, strlen (calls), &limits, NULL);
  gint64 in, out_tokens;

  if (!ok && !g_error_matches (error, ZT_ERROR, ZT_ERROR_TOO_LARGE) && !g_error_matches (error, ZT_ERROR, ZT_ERROR_PARSE) &&
      !g_error_matches (error, ZT_ERROR, ZT_ERROR_UPSTREAM))
    zt_fuzz_fail ("feed failed with an unexpected error", error->message);
  /* the bounds hold whatever came */
  if (zt_chat_answer_get_text_len (answer) > ZT_CHAT_ANSWER_MAX_TEXT)
    zt_fuzz_fail ("text over its bound", NULL);
  if (zt_chat_answer_get_n_calls (answer) > ZT_CHAT_ANSWER_MAX_CALLS)
    zt_fuzz_fail ("more calls than the bound", NULL);
  for (guint i = 0; i < zt_chat_answer_get_n_calls (answer); i++)
    {
      const char *id, *name, *arguments;

      zt_chat_answer_get_call (answer, i, &id, &name, &arguments);
      if (strlen (arguments) > ZT_CHAT_ANSWER_MAX_ARGUMENTS || strlen (name) > ZT_CHAT_ANSWER_MAX_NAME ||
          strlen (id) > ZT_CHAT_ANSWER_MAX_NAME)
        zt_fuzz_fail ("a call over its bounds", name);
    }
  /* what was told piece by piece is the text; the text is UTF-8; the calls are JSON */
  if (pieces->len != zt_chat_answer_get_text_len (answer) ||
      memcmp (pieces->str, zt_chat_answer_get_text (answer), pieces->len) != 0)
    zt_fuzz_fail ("the pieces told are not the text", NULL);
  if (!g_utf8_validate (pieces->str, pieces->len, NULL))
    zt_fuzz_fail ("the text is not UTF-8", NULL);
  if (parsed == NULL || !JSON_NODE_HOLDS_ARRAY (parsed) ||
      json_array_get_length (json_node_get_array (parsed)) != zt_chat_answer_get_n_calls (answer))
    zt_fuzz_fail ("the calls do not serialise as a JSON array of them", calls);
  zt_chat_answer_get_usage (answer, &in, &out_tokens);
  g_string_append_printf (out, "%d|%d|%" G_GINT64_FORMAT "|%" G_GINT64_FORMAT "|%s|", ok,
                          zt_chat_answer_is_done (answer), in, out_tokens, calls);
  g_string_append_len (out, pieces->str, pieces->len);
  return out;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *stream;
  gsize len, cut;
  GString *whole, *split;

  if (size < 1)
    return 0;
  stream = (const char *) data + 1;
  len = size - 1;
  /* byte 0: where to split the stream (not inside a BOM: a known SSE parser bug) */
  cut = len * data[0] / 255;
  if (len >= 3 && memcmp (stream, "\xef\xbb\xbf", 3) == 0 && cut < 3)
    cut = 0;
  whole = outcome (stream, len, 0);
  split = outcome (stream, len, cut);
  if (!g_string_equal (whole, split))
    zt_fuzz_fail ("split feeding gives another answer than feeding at once", NULL);
  g_string_free (whole, TRUE);
  g_string_free (split, TRUE);
  return 0;
}
