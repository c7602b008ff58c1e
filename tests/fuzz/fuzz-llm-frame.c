/* fuzz-llm-frame.c: libFuzzer target for zt4mcp-llm/1, the framing of model requests on mesh streams */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include "zt-llm-frame.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

typedef struct {
  guint64 body;   /* bytes handed out for the current message */
  guint64 limit;
} Seen;

static void
on_head (JsonObject *head,
         gpointer    user_data)
{
  Seen *seen = user_data;

  if (head == NULL)
    zt_fuzz_fail ("a head callback without a head", NULL);
  seen->body = 0;
}

static void
on_data (const guint8 *data,
         gsize         len,
         gpointer      user_data)
{
  Seen *seen = user_data;

  if (len == 0 || len > ZT_LLM_FRAME_MAX_FRAME)
    zt_fuzz_fail ("a piece of body of a wrong size", NULL);
  seen->body += len;
  /* the limit holds before any byte past it is handed out */
  if (seen->body > seen->limit)
    zt_fuzz_fail ("body bytes handed out past the limit", NULL);
}

/* The input is fed in two cuts (its first byte says where), to the same effect as whole. */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static const ZtLlmFrameCallbacks callbacks = { on_head, on_data, NULL };
  Seen whole = { 0, 4096 }, cut = { 0, 4096 };
  g_autoptr(ZtLlmFrameReader) a = NULL, b = NULL;
  gsize at;
  gboolean ok_whole, ok_cut;

  if (size == 0)
    return 0;
  at = size > 1 ? data[0] % size : 0;
  a = zt_llm_frame_reader_new (whole.limit, &callbacks, &whole);
  b = zt_llm_frame_reader_new (cut.limit, &callbacks, &cut);
  ok_whole = zt_llm_frame_reader_feed (a, data + 1, size - 1, NULL);
  ok_cut = zt_llm_frame_reader_feed (b, data + 1, at > 0 ? at - 1 : 0, NULL) &&
           zt_llm_frame_reader_feed (b, data + 1 + (at > 0 ? at - 1 : 0), size - 1 - (at > 0 ? at - 1 : 0), NULL);
  if (ok_whole != ok_cut)
    zt_fuzz_fail ("cut in two, the stream reads otherwise", NULL);
  if (ok_whole && whole.body != cut.body)
    zt_fuzz_fail ("cut in two, the body differs", NULL);
  return 0;
}
