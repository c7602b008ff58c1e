/* zt-chat-answer.c: a model's streamed answer (OpenAI chat.completion.chunk events), bounded */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-chat-answer.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-sse.h"

typedef struct {
  char    *id;
  GString *name;
  GString *arguments;
} Call;

struct _ZtChatAnswer
{
  ZtSseParser          *sse;
  ZtChatAnswerTextFunc  text_func;
  gpointer              user_data;
  GString              *text;
  GPtrArray            *calls;   /* Call, by the model's index */
  gint64                tokens_in, tokens_out;
  gboolean              done;
  GError               *error;   /* the first broken bound or bad chunk */
};

static void
call_free (Call *call)
{
  g_free (call->id);
  g_string_free (call->name, TRUE);
  g_string_free (call->arguments, TRUE);
  g_free (call);
}

static Call *
call_at (ZtChatAnswer *self,
         guint         index)
{
  while (self->calls->len <= index)
    {
      Call *call = g_new0 (Call, 1);

      call->name = g_string_new (NULL);
      call->arguments = g_string_new (NULL);
      g_ptr_array_add (self->calls, call);
    }
  return g_ptr_array_index (self->calls, index);
}

static void G_GNUC_PRINTF (3, 4)
answer_fail (ZtChatAnswer *self,
             ZtError       code,
             const char   *format,
             ...)
{
  va_list args;

  if (self->error != NULL)
    return;
  va_start (args, format);
  self->error = g_error_new_valist (ZT_ERROR, code, format, args);
  va_end (args);
}

static JsonObject *
object_member (JsonObject *o,
               const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static JsonArray *
array_member (JsonObject *o,
              const char *name)
{
  JsonNode *n = json_object_get_member (o, name);

  return n != NULL && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

/* One element of delta.tool_calls: its pieces are appended to the call at its index. */
static void
take_call_delta (ZtChatAnswer *self,
                 JsonObject   *delta)
{
  gint64 index = json_object_get_int_member_with_default (delta, "index", 0);
  JsonObject *function = object_member (delta, "function");
  const char *id = json_object_get_string_member_with_default (delta, "id", NULL);
  const char *name = function ? json_object_get_string_member_with_default (function, "name", NULL) : NULL;
  const char *arguments = function ? json_object_get_string_member_with_default (function, "arguments", NULL) : NULL;
  Call *call;

  if (index < 0 || index >= ZT_CHAT_ANSWER_MAX_CALLS)
    return answer_fail (self, ZT_ERROR_TOO_LARGE, "the model asked for more than %d tool calls at once",
                        ZT_CHAT_ANSWER_MAX_CALLS);
  call = call_at (self, index);
  if (id != NULL && call->id == NULL)
    call->id = g_strndup (id, ZT_CHAT_ANSWER_MAX_NAME);
  if (name != NULL)
    g_string_append (call->name, name);
  if (arguments != NULL)
    g_string_append (call->arguments, arguments);
  if (call->name->len > ZT_CHAT_ANSWER_MAX_NAME || call->arguments->len > ZT_CHAT_ANSWER_MAX_ARGUMENTS)
    answer_fail (self, ZT_ERROR_TOO_LARGE, "a tool call of the model is over %d bytes", ZT_CHAT_ANSWER_MAX_ARGUMENTS);
}

static void
take_text (ZtChatAnswer *self,
           const char   *text)
{
  if (text == NULL || *text == '\0')
    return;
  if (self->text->len + strlen (text) > ZT_CHAT_ANSWER_MAX_TEXT)
    return answer_fail (self, ZT_ERROR_TOO_LARGE, "the answer is over %d bytes; cut there", ZT_CHAT_ANSWER_MAX_TEXT);
  g_string_append (self->text, text);
  if (self->text_func != NULL)
    self->text_func (text, self->user_data);
}

static void
take_usage (ZtChatAnswer *self,
            JsonObject   *usage)
{
  self->tokens_in = json_object_get_int_member_with_default (usage, "prompt_tokens", 0);
  self->tokens_out = json_object_get_int_member_with_default (usage, "completion_tokens", 0);
}

static void
take_chunk (ZtChatAnswer *self,
            JsonObject   *chunk)
{
  JsonObject *error = object_member (chunk, "error");
  JsonObject *usage = object_member (chunk, "usage");
  JsonArray *choices = array_member (chunk, "choices");
  JsonNode *first = choices && json_array_get_length (choices) ? json_array_get_element (choices, 0) : NULL;
  JsonObject *delta = first && JSON_NODE_HOLDS_OBJECT (first) ? object_member (json_node_get_object (first), "delta") : NULL;
  JsonArray *calls = delta ? array_member (delta, "tool_calls") : NULL;

  if (json_object_has_member (chunk, "error"))
    return answer_fail (self, ZT_ERROR_UPSTREAM, "the model failed: %s",
                        error ? json_object_get_string_member_with_default (error, "message", "no reason given")
                              : "no reason given");
  if (usage != NULL)
    take_usage (self, usage);
  for (guint i = 0; calls != NULL && i < json_array_get_length (calls) && self->error == NULL; i++)
    {
      JsonNode *c = json_array_get_element (calls, i);

      if (JSON_NODE_HOLDS_OBJECT (c))
        take_call_delta (self, json_node_get_object (c));
    }
  if (delta != NULL && self->error == NULL)
    take_text (self, json_object_get_string_member_with_default (delta, "content", NULL));
}

static void
event_cb (const char *event,
          const char *data,
          gsize       data_len,
          const char *id,
          gpointer    user_data)
{
  ZtChatAnswer *self = user_data;
  const ZtLimits limits = { ZT_CHAT_ANSWER_MAX_EVENT, 64 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) chunk = NULL;

  if (self->done || self->error != NULL)
    return;
  if (data_len == 6 && memcmp (data, "[DONE]", 6) == 0)
    {
      self->done = TRUE;
      return;
    }
  chunk = zt_json_parse_object_strict (data, data_len, &limits, &error);
  if (chunk == NULL)
    return answer_fail (self, ZT_ERROR_PARSE, "the model sent a chunk that is not acceptable JSON (%s)", error->message);
  take_chunk (self, chunk);
}

ZtChatAnswer *
zt_chat_answer_new (ZtChatAnswerTextFunc text_func,
                    gpointer             user_data)
{
  ZtChatAnswer *self = g_new0 (ZtChatAnswer, 1);

  self->sse = zt_sse_parser_new (ZT_CHAT_ANSWER_MAX_EVENT, event_cb, self);
  self->text_func = text_func;
  self->user_data = user_data;
  self->text = g_string_new (NULL);
  self->calls = g_ptr_array_new_with_free_func ((GDestroyNotify) call_free);
  return self;
}

void
zt_chat_answer_free (ZtChatAnswer *self)
{
  if (self == NULL)
    return;
  zt_sse_parser_free (self->sse);
  g_string_free (self->text, TRUE);
  g_ptr_array_unref (self->calls);
  g_clear_error (&self->error);
  g_free (self);
}

gboolean
zt_chat_answer_feed (ZtChatAnswer *self,
                     const char   *data,
                     gsize         len,
                     GError      **error)
{
  g_autoptr(GError) sse_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  if (self->error == NULL && !self->done && !zt_sse_parser_feed (self->sse, data, len, &sse_error))
    answer_fail (self, ZT_ERROR_PARSE, "the model's stream is not acceptable SSE: %s", sse_error->message);
  if (self->error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
zt_chat_answer_is_done (ZtChatAnswer *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->done;
}

const char *
zt_chat_answer_get_text (ZtChatAnswer *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->text->str;
}

gsize
zt_chat_answer_get_text_len (ZtChatAnswer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->text->len;
}

void
zt_chat_answer_get_usage (ZtChatAnswer *self,
                          gint64       *tokens_in,
                          gint64       *tokens_out)
{
  g_return_if_fail (self != NULL);
  *tokens_in = self->tokens_in;
  *tokens_out = self->tokens_out;
}

guint
zt_chat_answer_get_n_calls (ZtChatAnswer *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->calls->len;
}

void
zt_chat_answer_get_call (ZtChatAnswer *self,
                         guint         index,
                         const char  **id,
                         const char  **name,
                         const char  **arguments)
{
  Call *call;

  g_return_if_fail (self != NULL && index < self->calls->len);
  call = g_ptr_array_index (self->calls, index);
  *id = call->id;
  *name = call->name->str;
  *arguments = call->arguments->str;
}

char *
zt_chat_answer_calls_json (ZtChatAnswer *self,
                           const char   *id_prefix)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  json_builder_begin_array (b);
  for (guint i = 0; i < self->calls->len; i++)
    {
      Call *call = g_ptr_array_index (self->calls, i);

      if (call->id == NULL)
        call->id = g_strdup_printf ("%s_%u", id_prefix, i);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, call->id);
      json_builder_set_member_name (b, "type");
      json_builder_add_string_value (b, "function");
      json_builder_set_member_name (b, "function");
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, call->name->str);
      json_builder_set_member_name (b, "arguments");
      json_builder_add_string_value (b, call->arguments->str);
      json_builder_end_object (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  root = json_builder_get_root (b);
  return zt_json_to_string (root);
}
