/* zt-llm-frame.c: zt4mcp-llm/1, how an HTTP exchange with a model travels on a mesh stream */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-llm-frame.h"

/* A push parser: bytes come as the stream gives them, in any cut, and no more is held than
 * the head line being read (the body goes straight to the callback). Hand-written because
 * nothing here frames a byte stream this way; fuzzed by tests/fuzz/fuzz-llm-frame.c. */

typedef enum { S_HEAD, S_LENGTH, S_DATA, S_FAILED } State;

struct _ZtLlmFrameReader {
  ZtLlmFrameCallbacks callbacks;
  gpointer            user_data;
  guint64             max_body;
  State               state;
  GString            *head;
  guint64             length;     /* of the frame being read (S_LENGTH: so far) */
  guint               digits;
  guint64             body;       /* bytes of this message's body so far */
};

ZtLlmFrameReader *
zt_llm_frame_reader_new (guint64                    max_body,
                         const ZtLlmFrameCallbacks *callbacks,
                         gpointer                   user_data)
{
  ZtLlmFrameReader *self = g_new0 (ZtLlmFrameReader, 1);

  g_return_val_if_fail (callbacks != NULL, NULL);
  self->callbacks = *callbacks;
  self->user_data = user_data;
  self->max_body = max_body;
  self->head = g_string_new (NULL);
  return self;
}

void
zt_llm_frame_reader_free (ZtLlmFrameReader *self)
{
  if (self == NULL)
    return;
  g_string_free (self->head, TRUE);
  g_free (self);
}

gboolean
zt_llm_frame_reader_is_idle (ZtLlmFrameReader *self)
{
  return self->state == S_HEAD && self->head->len == 0;
}

static gboolean
fail (ZtLlmFrameReader *self,
      GError          **error,
      ZtError           code,
      const char       *why)
{
  self->state = S_FAILED;
  g_set_error (error, ZT_ERROR, code, "zt4mcp-llm/1: %s", why);
  return FALSE;
}

/* The head line is complete (without its newline). */
static gboolean
end_head (ZtLlmFrameReader *self,
          GError          **error)
{
  ZtLimits limits = { ZT_LLM_FRAME_MAX_HEAD, 8 };
  g_autoptr(GError) local = NULL;
  g_autoptr(JsonObject) head = zt_json_parse_object_strict (self->head->str, self->head->len, &limits, &local);

  if (head == NULL)
    {
      g_autofree char *why = g_strdup_printf ("a bad head: %s", local->message);
      return fail (self, error, ZT_ERROR_PARSE, why);
    }
  g_string_truncate (self->head, 0);
  self->state = S_LENGTH;
  self->length = 0;
  self->digits = 0;
  self->body = 0;
  if (self->callbacks.head)
    self->callbacks.head (head, self->user_data);
  return TRUE;
}

static gboolean
end_length (ZtLlmFrameReader *self,
            GError          **error)
{
  if (self->digits == 0)
    return fail (self, error, ZT_ERROR_PARSE, "a frame without a length");
  if (self->length == 0)
    {
      self->state = S_HEAD;
      if (self->callbacks.end)
        self->callbacks.end (self->user_data);
      return TRUE;
    }
  if (self->length > ZT_LLM_FRAME_MAX_FRAME)
    return fail (self, error, ZT_ERROR_TOO_LARGE, "a frame over 1 MiB");
  if (self->max_body > 0 && self->body + self->length > self->max_body)
    return fail (self, error, ZT_ERROR_TOO_LARGE, "a body over its limit");
  self->state = S_DATA;
  return TRUE;
}

static int
hex_value (guint8 c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  return -1;
}

gboolean
zt_llm_frame_reader_feed (ZtLlmFrameReader *self,
                          const guint8     *data,
                          gsize             len,
                          GError          **error)
{
  gsize i = 0;

  g_return_val_if_fail (self != NULL, FALSE);
  if (self->state == S_FAILED)
    return fail (self, error, ZT_ERROR_PARSE, "the stream broke its framing before");
  while (i < len)
    switch (self->state)
      {
      case S_HEAD:
        {
          const guint8 *nl = memchr (data + i, '\n', len - i);
          gsize n = nl ? (gsize) (nl - (data + i)) : len - i;

          if (self->head->len + n > ZT_LLM_FRAME_MAX_HEAD)
            return fail (self, error, ZT_ERROR_TOO_LARGE, "a head line over 64 KiB");
          g_string_append_len (self->head, (const char *) data + i, n);
          i += n;
          if (nl == NULL)
            break;
          i++;
          if (!end_head (self, error))
            return FALSE;
          break;
        }
      case S_LENGTH:
        {
          guint8 c = data[i++];
          int v;

          if (c == '\n')
            {
              if (!end_length (self, error))
                return FALSE;
              break;
            }
          /* lower-case hex, no leading zeros but "0" itself, at most 8 digits */
          if ((v = hex_value (c)) < 0)
            return fail (self, error, ZT_ERROR_PARSE, "a frame length that is not lower-case hex");
          if (self->digits > 0 && self->length == 0)
            return fail (self, error, ZT_ERROR_PARSE, "a frame length with a leading zero");
          if (++self->digits > ZT_LLM_FRAME_HEX_DIGITS)
            return fail (self, error, ZT_ERROR_TOO_LARGE, "a frame length of more than 8 digits");
          self->length = self->length * 16 + (guint64) v;
          break;
        }
      case S_DATA:
        {
          gsize n = MIN ((guint64) (len - i), self->length);

          if (self->callbacks.data)
            self->callbacks.data (data + i, n, self->user_data);
          i += n;
          self->body += n;
          self->length -= n;
          if (self->length == 0)
            {
              self->state = S_LENGTH;
              self->digits = 0;
            }
          break;
        }
      case S_FAILED:
      default:
        return fail (self, error, ZT_ERROR_PARSE, "the stream broke its framing before");
      }
  return TRUE;
}

GBytes *
zt_llm_frame_head (JsonObject *head)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), head);
  g_autofree char *text = zt_json_to_string (node);  /* compact: no newline inside */
  GString *line;

  line = g_string_new (text);
  g_string_append_c (line, '\n');
  return g_string_free_to_bytes (line);
}

GBytes *
zt_llm_frame_data (const void *data,
                   gsize       len)
{
  GString *frame;

  g_return_val_if_fail (len > 0 && len <= ZT_LLM_FRAME_MAX_FRAME, NULL);
  frame = g_string_sized_new (len + 10);
  g_string_append_printf (frame, "%" G_GSIZE_MODIFIER "x\n", len);
  g_string_append_len (frame, data, (gssize) len);
  return g_string_free_to_bytes (frame);
}

GBytes *
zt_llm_frame_end (void)
{
  return g_bytes_new_static ("0\n", 2);
}
