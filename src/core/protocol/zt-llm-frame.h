/* zt-llm-frame.h: zt4mcp-llm/1, how an HTTP exchange with a model travels on a mesh stream */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* One message (a request, or its answer) is a head, then its body in frames, then an end:
 *
 *   {"method":"POST","path":"/v1/chat/completions"}\n      (a JSON object on one line)
 *   1a2\n<0x1a2 bytes>                                       (a frame: hex length, newline, bytes)
 *   ...
 *   0\n                                                      (the end)
 *
 * so a streamed answer (SSE chunks) reaches the client as it comes, and a stream carries one
 * message after another (streams are pooled). Everything is bounded before it is buffered: the
 * head line, each frame, the whole body. See docs/llm-chat.md. */

#define ZT_LLM_FRAME_MAX_HEAD   (64u * 1024u)
#define ZT_LLM_FRAME_MAX_FRAME  (1024u * 1024u)
#define ZT_LLM_FRAME_HEX_DIGITS 8u

typedef struct {
  /* @head is the message's head (borrowed for the call) */
  void (*head) (JsonObject *head, gpointer user_data);
  /* a piece of the body (borrowed); a frame may come in several pieces */
  void (*data) (const guint8 *data, gsize len, gpointer user_data);
  /* the message ended; the reader then waits for the next head */
  void (*end)  (gpointer user_data);
} ZtLlmFrameCallbacks;

typedef struct _ZtLlmFrameReader ZtLlmFrameReader;

/* @max_body: the most body bytes one message may have (0: no limit but the frames'). */
ZtLlmFrameReader *zt_llm_frame_reader_new  (guint64                    max_body,
                                            const ZtLlmFrameCallbacks *callbacks,
                                            gpointer                   user_data);
void              zt_llm_frame_reader_free (ZtLlmFrameReader          *self);
/* Takes the next bytes of the stream. FALSE with @error (ZT_ERROR_PARSE or ZT_ERROR_TOO_LARGE)
 * on the first byte that breaks the framing; the reader then refuses everything (the stream
 * must be closed: nothing after a broken frame can be trusted to start a message). */
gboolean          zt_llm_frame_reader_feed (ZtLlmFrameReader          *self,
                                            const guint8              *data,
                                            gsize                      len,
                                            GError                   **error);
/* TRUE between messages (nothing half read). */
gboolean          zt_llm_frame_reader_is_idle (ZtLlmFrameReader       *self);

/* Writing: the head line, one frame, the end. */
GBytes           *zt_llm_frame_head        (JsonObject                *head);
GBytes           *zt_llm_frame_data        (const void                *data,
                                            gsize                      len);
GBytes           *zt_llm_frame_end         (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtLlmFrameReader, zt_llm_frame_reader_free)

G_END_DECLS
