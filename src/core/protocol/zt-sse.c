/* zt-sse.c: incremental SSE parsing per the WHATWG "event stream" rules, with a size cap */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-error.h"
#include "zt-sse.h"

struct _ZtSseParser {
  ZtSseEventFunc func;
  gpointer       user_data;
  gsize          max_event_size;
  GString       *line;
  GString       *data;
  GString       *event;
  char          *last_id;
  gint64         retry;
  guint          seen_bytes : 1;  /* to strip a leading BOM only once */
  guint          bom_matched : 2; /* bytes of a BOM seen so far at the start of the stream */
  guint          after_cr : 1;    /* the previous chunk ended in CR: skip an LF */
  guint          has_data : 1;
};

ZtSseParser *
zt_sse_parser_new (gsize          max_event_size,
                   ZtSseEventFunc func,
                   gpointer       user_data)
{
  ZtSseParser *self = g_new0 (ZtSseParser, 1);

  self->func = func;
  self->user_data = user_data;
  self->max_event_size = max_event_size ? max_event_size : 16 * 1024 * 1024;
  self->line = g_string_new (NULL);
  self->data = g_string_new (NULL);
  self->event = g_string_new (NULL);
  self->retry = -1;
  return self;
}

void
zt_sse_parser_free (ZtSseParser *self)
{
  if (self == NULL)
    return;
  g_string_free (self->line, TRUE);
  g_string_free (self->data, TRUE);
  g_string_free (self->event, TRUE);
  g_free (self->last_id);
  g_free (self);
}

const char *
zt_sse_parser_get_last_id (ZtSseParser *self)
{
  return self->last_id;
}

gint64
zt_sse_parser_get_retry (ZtSseParser *self)
{
  return self->retry;
}

static void
dispatch (ZtSseParser *self)
{
  if (!self->has_data)
    {
      g_string_truncate (self->event, 0);
      return;
    }

  /* The data buffer ends with the LF added after each data line: drop the last one. */
  if (self->data->len > 0 && self->data->str[self->data->len - 1] == '\n')
    g_string_truncate (self->data, self->data->len - 1);

  /* the callback takes a C string: a type that starts with NUL would read as "" */
  self->func (self->event->str[0] ? self->event->str : "message",
              self->data->str, self->data->len, self->last_id, self->user_data);

  g_string_truncate (self->data, 0);
  g_string_truncate (self->event, 0);
  self->has_data = FALSE;
}

static void
process_line (ZtSseParser *self)
{
  const char *line = self->line->str;
  gsize len = self->line->len;
  const char *colon;
  g_autofree char *field = NULL;
  const char *value;
  gsize value_len;

  if (len == 0)
    {
      dispatch (self);
      return;
    }
  if (line[0] == ':')
    return;

  colon = memchr (line, ':', len);
  if (memchr (line, '\0', colon ? (gsize) (colon - line) : len) != NULL)
    return;  /* no field name has a NUL: "data\0x" is not "data" */
  if (colon != NULL)
    {
      field = g_strndup (line, colon - line);
      value = colon + 1;
      if (value < line + len && *value == ' ')
        value++;
      value_len = (line + len) - value;
    }
  else
    {
      field = g_strndup (line, len);
      value = "";
      value_len = 0;
    }

  if (strcmp (field, "data") == 0)
    {
      g_string_append_len (self->data, value, value_len);
      g_string_append_c (self->data, '\n');
      self->has_data = TRUE;
    }
  else if (strcmp (field, "event") == 0)
    {
      g_string_truncate (self->event, 0);
      g_string_append_len (self->event, value, value_len);
    }
  else if (strcmp (field, "id") == 0)
    {
      if (memchr (value, '\0', value_len) == NULL)
        {
          g_free (self->last_id);
          self->last_id = g_strndup (value, value_len);
        }
    }
  else if (strcmp (field, "retry") == 0)
    {
      gboolean digits = value_len > 0 && value_len < 16;

      for (gsize i = 0; digits && i < value_len; i++)
        digits = g_ascii_isdigit (value[i]);
      if (digits)
        self->retry = g_ascii_strtoll (value, NULL, 10);
    }
}

gboolean
zt_sse_parser_feed (ZtSseParser *self,
                    const char  *data,
                    gsize        len,
                    GError     **error)
{
  gsize i = 0;

  if (!self->seen_bytes)
    {
      /* A read can end inside the BOM: match it byte by byte across feeds. */
      static const guchar bom[] = { 0xEF, 0xBB, 0xBF };

      while (i < len && self->bom_matched < 3 && (guchar) data[i] == bom[self->bom_matched])
        {
          self->bom_matched++;
          i++;
        }
      if (self->bom_matched == 3)
        self->seen_bytes = TRUE;
      else if (i < len)
        {
          /* not a BOM after all: the bytes held back belong to the first line */
          g_string_append_len (self->line, (const char *) bom, self->bom_matched);
          self->seen_bytes = TRUE;
        }
      if (!self->seen_bytes)
        return TRUE;
    }

  while (i < len)
    {
      const char *start = data + i;
      gsize rest = len - i;
      gsize n = 0;

      if (self->after_cr)
        {
          self->after_cr = FALSE;
          if (*start == '\n')
            {
              i++;
              continue;
            }
        }

      while (n < rest && start[n] != '\n' && start[n] != '\r')
        n++;

      if (self->line->len + n + self->data->len > self->max_event_size)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE,
                       "SSE event is over the limit of %" G_GSIZE_FORMAT " bytes",
                       self->max_event_size);
          g_string_truncate (self->line, 0);
          g_string_truncate (self->data, 0);
          self->has_data = FALSE;
          return FALSE;
        }
      g_string_append_len (self->line, start, n);
      i += n;

      if (n == rest)
        break;  /* the line continues in the next chunk */

      if (start[n] == '\r')
        self->after_cr = TRUE;
      i++;
      process_line (self);
      g_string_truncate (self->line, 0);
    }

  return TRUE;
}

void
zt_sse_append_event (GString    *out,
                     const char *event,
                     const char *id,
                     const char *data,
                     gsize       len)
{
  const char *p = data ? data : "", *end = p + len;

  /* A line break in the type or id would start a field of its own. */
  g_return_if_fail (event == NULL || strpbrk (event, "\r\n") == NULL);
  g_return_if_fail (id == NULL || strpbrk (id, "\r\n") == NULL);

  if (event != NULL)
    g_string_append_printf (out, "event: %s\n", event);
  if (id != NULL)
    g_string_append_printf (out, "id: %s\n", id);
  /* One data line per line of @data, the last one too when it is empty: "a\n" is two lines.
   * CR and CRLF end lines as LF does (SSE has no way to carry a CR). */
  for (;;)
    {
      const char *stop = p;

      while (stop < end && *stop != '\n' && *stop != '\r')
        stop++;
      g_string_append_len (out, "data: ", 6);
      g_string_append_len (out, p, stop - p);
      g_string_append_c (out, '\n');
      if (stop == end)
        break;
      p = stop + ((*stop == '\r' && stop + 1 < end && stop[1] == '\n') ? 2 : 1);
    }
  g_string_append_c (out, '\n');
}
