/* zt-chat-http.c: the chat engine's bounded HTTP: JSON requests, answers read within a limit */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-chat-http.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"

#define READ_CHUNK 16384

SoupMessage *
zt_chat_http_request (const char *method,
                      const char *url,
                      const char *token,
                      JsonNode   *body,
                      GError    **error)
{
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);

  if (msg == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot use the URL %s", url);
      return NULL;
    }
  if (token != NULL)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", token, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (msg), "Authorization", auth);
    }
  if (body != NULL)
    {
      char *text = zt_json_to_string (body);
      g_autoptr(GBytes) bytes = g_bytes_new_take (text, strlen (text));

      soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
    }
  return g_steal_pointer (&msg);
}

/* ---------------------------------------------------------------- bounded reading */

typedef struct {
  GInputStream *stream;
  GByteArray   *data;
  gsize         limit;
} ReadJob;

static void
read_job_free (ReadJob *job)
{
  g_object_unref (job->stream);
  g_byte_array_unref (job->data);
  g_free (job);
}

static void
read_chunk_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ReadJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) chunk = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  GCancellable *cancellable;

  if (chunk == NULL)
    return g_task_return_error (task, g_steal_pointer (&error));
  if (g_bytes_get_size (chunk) == 0)
    return g_task_return_pointer (task, g_byte_array_free_to_bytes (g_byte_array_ref (job->data)),
                                  (GDestroyNotify) g_bytes_unref);
  if (job->data->len + g_bytes_get_size (chunk) > job->limit)
    return g_task_return_new_error (task, ZT_ERROR, ZT_ERROR_TOO_LARGE, "the answer is over %" G_GSIZE_FORMAT " bytes",
                                     job->limit);
  g_byte_array_append (job->data, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
  cancellable = g_task_get_cancellable (task);  /* before the task is given away */
  g_input_stream_read_bytes_async (job->stream, READ_CHUNK, G_PRIORITY_DEFAULT, cancellable,
                                   read_chunk_cb, g_steal_pointer (&task));
}

void
zt_chat_http_read_async (GInputStream        *stream,
                         gsize                limit,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  ReadJob *job = g_new0 (ReadJob, 1);

  g_task_set_source_tag (task, zt_chat_http_read_async);
  job->stream = g_object_ref (stream);
  job->data = g_byte_array_new ();
  job->limit = limit;
  g_task_set_task_data (task, job, (GDestroyNotify) read_job_free);
  g_input_stream_read_bytes_async (stream, READ_CHUNK, G_PRIORITY_DEFAULT, cancellable, read_chunk_cb, task);
}

GBytes *
zt_chat_http_read_finish (GAsyncResult *result,
                          GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_chat_http_read_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* ---------------------------------------------------------------- JSON requests */

typedef struct {
  SoupMessage *msg;
  gsize        limit;
  guint        status;
} JsonJob;

static void
json_job_free (JsonJob *job)
{
  g_clear_object (&job->msg);
  g_free (job);
}

static void
json_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  JsonJob *job = g_task_get_task_data (task);
  const ZtLimits limits = { job->limit, 256 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = zt_chat_http_read_finish (result, &error);
  JsonNode *root;

  if (body == NULL)
    return g_task_return_error (task, g_steal_pointer (&error));
  if (g_bytes_get_size (body) == 0)
    return g_task_return_pointer (task, json_node_new (JSON_NODE_NULL), (GDestroyNotify) json_node_unref);
  root = zt_json_parse_strict (g_bytes_get_data (body, NULL), g_bytes_get_size (body), &limits, &error);
  if (root == NULL)
    return g_task_return_new_error (task, ZT_ERROR, ZT_ERROR_PARSE, "HTTP %u with a body that is not acceptable JSON (%s)",
                                    job->status, error->message);
  g_task_return_pointer (task, root, (GDestroyNotify) json_node_unref);
}

static void
json_sent_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  JsonJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  GCancellable *cancellable;

  if (stream == NULL)
    return g_task_return_error (task, g_steal_pointer (&error));
  job->status = soup_message_get_status (job->msg);
  cancellable = g_task_get_cancellable (task);  /* before the task is given away */
  zt_chat_http_read_async (stream, job->limit, cancellable, json_read_cb, g_steal_pointer (&task));
}

void
zt_chat_http_json_async (SoupSession         *session,
                         const char          *method,
                         const char          *url,
                         const char          *token,
                         JsonNode            *body,
                         gsize                limit,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  JsonJob *job = g_new0 (JsonJob, 1);
  GError *error = NULL;

  g_task_set_source_tag (task, zt_chat_http_json_async);
  g_task_set_task_data (task, job, (GDestroyNotify) json_job_free);
  job->limit = limit;
  job->msg = zt_chat_http_request (method, url, token, body, &error);
  if (job->msg == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  soup_session_send_async (session, job->msg, G_PRIORITY_DEFAULT, cancellable, json_sent_cb, task);
}

JsonNode *
zt_chat_http_json_finish (GAsyncResult *result,
                          guint        *status,
                          GError      **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == zt_chat_http_json_async, NULL);
  *status = ((JsonJob *) g_task_get_task_data (G_TASK (result)))->status;
  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
zt_chat_http_error_message (JsonNode *answer)
{
  JsonNode *err;

  if (answer == NULL || !JSON_NODE_HOLDS_OBJECT (answer))
    return NULL;
  err = json_object_get_member (json_node_get_object (answer), "error");
  if (err == NULL)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (err) && json_node_get_value_type (err) == G_TYPE_STRING)
    return json_node_get_string (err);
  if (!JSON_NODE_HOLDS_OBJECT (err))
    return NULL;
  return json_object_get_string_member_with_default (json_node_get_object (err), "message", NULL);
}
