/* zt-audit-export.c: the audit records matching a query, saved to a file as JSON Lines */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-audit-export.h"

#define AGENT_CHUNK 100000
#define WRITE_BATCH (256 * 1024)

typedef struct {
  ZtClient         *client;
  char             *query;
  guint             chunk;
  GFileOutputStream *out;
  GDataInputStream *in;
  GString          *pending;      /* lines read, not yet written */
  char             *last_line;
  guint             lines;        /* in this chunk */
  gint64            written;      /* records, all chunks */
  gint64            after_seq;
} Export;

static void
export_free (Export *e)
{
  g_clear_object (&e->client);
  g_clear_object (&e->out);
  g_clear_object (&e->in);
  if (e->pending)
    g_string_free (e->pending, TRUE);
  g_free (e->query);
  g_free (e->last_line);
  g_free (e);
}

static void read_next (GTask *task);
static void open_chunk (GTask *task);

static void
closed_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *e = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_close_finish (G_OUTPUT_STREAM (source), result, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_int (task, e->written);
}

/* The chunk is over: another after its last seq if it was full, else the end. */
static void
chunk_done (GTask *task)
{
  Export *e = g_task_get_task_data (task);
  g_autoptr(JsonNode) last = e->last_line ? json_from_string (e->last_line, NULL) : NULL;
  JsonObject *o = last && JSON_NODE_HOLDS_OBJECT (last) ? json_node_get_object (last) : NULL;
  gint64 seq = o ? json_object_get_int_member_with_default (o, "seq", 0) : 0;

  g_clear_object (&e->in);
  if (e->lines == e->chunk && seq > e->after_seq)
    {
      e->after_seq = seq;
      open_chunk (task);
      return;
    }
  g_output_stream_close_async (G_OUTPUT_STREAM (e->out), G_PRIORITY_DEFAULT, g_task_get_cancellable (task), closed_cb,
                               g_object_ref (task));
}

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *e = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_string_truncate (e->pending, 0);
  if (e->in == NULL || g_input_stream_is_closed (G_INPUT_STREAM (e->in)))
    chunk_done (task);
  else
    read_next (task);
}

static void
flush (GTask    *task,
       gboolean  at_end)
{
  Export *e = g_task_get_task_data (task);

  if (at_end)
    g_input_stream_close (G_INPUT_STREAM (e->in), NULL, NULL);
  if (e->pending->len == 0)
    {
      if (at_end)
        chunk_done (task);
      else
        read_next (task);
      return;
    }
  /* the buffer is not touched until the write is done */
  g_output_stream_write_all_async (G_OUTPUT_STREAM (e->out), e->pending->str, e->pending->len, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), written_cb, g_object_ref (task));
}

static void
line_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *e = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  char *line = g_data_input_stream_read_line_finish (G_DATA_INPUT_STREAM (source), result, &len, &error);

  if (line == NULL && error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (line == NULL)
    {
      flush (task, TRUE);
      return;
    }
  if (len > 0)
    {
      g_string_append_len (e->pending, line, len);
      g_string_append_c (e->pending, '\n');
      e->lines++;
      e->written++;
      g_free (e->last_line);
      e->last_line = line;
    }
  else
    g_free (line);
  if (e->pending->len >= WRITE_BATCH)
    flush (task, FALSE);
  else
    read_next (task);
}

static void
read_next (GTask *task)
{
  Export *e = g_task_get_task_data (task);

  g_data_input_stream_read_line_async (e->in, G_PRIORITY_DEFAULT, g_task_get_cancellable (task), line_cb,
                                       g_object_ref (task));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *e = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) in = zt_client_open_finish (ZT_CLIENT (source), result, &error);

  if (in == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  e->in = g_data_input_stream_new (in);
  g_data_input_stream_set_newline_type (e->in, G_DATA_STREAM_NEWLINE_TYPE_LF);
  e->lines = 0;
  read_next (task);
}

static void
open_chunk (GTask *task)
{
  Export *e = g_task_get_task_data (task);
  g_autofree char *path = g_strdup_printf ("/audit/export?%s%safter_seq=%" G_GINT64_FORMAT "&limit=%u", e->query,
                                           e->query[0] ? "&" : "", e->after_seq, e->chunk);

  zt_client_open_async (e->client, path, g_task_get_cancellable (task), opened_cb, g_object_ref (task));
}

static void
file_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Export *e = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  e->out = g_file_replace_finish (G_FILE (source), result, &error);
  if (e->out == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  open_chunk (task);
}

void
zt_audit_export_async (ZtClient            *client,
                       const char          *query,
                       GFile               *file,
                       guint                chunk,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Export *e;

  g_return_if_fail (ZT_IS_CLIENT (client));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (client, cancellable, callback, user_data);
  g_task_set_source_tag (task, zt_audit_export_async);
  e = g_new0 (Export, 1);
  e->client = g_object_ref (client);
  e->query = g_strdup (query ? query : "");
  e->chunk = chunk > 0 && chunk <= AGENT_CHUNK ? chunk : AGENT_CHUNK;
  e->pending = g_string_sized_new (WRITE_BATCH + 4096);
  g_task_set_task_data (task, e, (GDestroyNotify) export_free);
  g_file_replace_async (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                        G_PRIORITY_DEFAULT, cancellable, file_cb, g_steal_pointer (&task));
}

gint64
zt_audit_export_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_audit_export_async, -1);
  return g_task_propagate_int (G_TASK (result), error);
}
