/* zt-agent-llm.c: llm services: /llm/NAME/v1 relayed to the model or over the mesh, with policy, budgets and audit */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <libsoup/soup.h>
#include <string.h>

#include "zt-agent-private.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-keystore.h"
#include "zt-llm-frame.h"
#include "zt-policy.h"
#include "zt-secrets.h"
#include "zt-sse.h"
#include "zt-subject.h"
#include "zt-util.h"
#include "zt-tls.h"

/* What an answer may buffer where it must be read whole (a models list to cut, an error body
 * to redact) or read for its usage (a non-streamed answer); beyond it the usage is estimated. */
#define LLM_BUFFER_MAX   (4u * 1024u * 1024u)
#define LLM_READ_SIZE    16384
#define LLM_UPSTREAM_IDLE_S 300
/* a pooled stream is used within a minute of its last answer; the exporter waits longer */
#define LLM_STREAM_IDLE_S 60
#define LLM_STREAM_IDLE_EXPORTER_S 90
#define LLM_POOL_MAX 8

struct _ZtAgentLlm
{
  SoupSession *session;   /* to the models' base URLs */
  ZtKeystore  *keystore;  /* opened at the first key kept there */
  GPtrArray   *calls;     /* LlmCall in flight, cancelled at shutdown */
  GHashTable  *pools;     /* "PEER/REMOTE" -> GQueue of PooledStream (the importer's idle streams) */
  GPtrArray   *streams;   /* LlmStream served to peers (the exporter's), ended with the mesh */
};

typedef struct _LlmCall LlmCall;

/* The exporting side's mesh stream: one request in, its answer out in frames */
typedef struct _LlmStream {
  ZtAgent          *agent;
  ZtService        *service;
  ZtSubject        *subject;
  GTlsConnection   *tls;
  ZtLlmFrameReader *reader;
  char             *method, *path;
  GByteArray       *body;
  struct _LlmCall  *call;       /* once the request is whole; not owned */
  GQueue            out;        /* GBytes to write */
  gboolean          reading, writing, ended, closed;
  GCancellable     *cancellable;
  GSource          *idle_source;  /* ends the stream when no request comes */
  char              buf[LLM_READ_SIZE];
} LlmStream;

/* Where an answer goes: the client's HTTP response, or frames on a mesh stream. */
typedef struct {
  void (*head) (LlmCall *call, guint status, const char *content_type, gint64 retry_after);
  void (*data) (LlmCall *call, const char *data, gsize len);
  void (*end)  (LlmCall *call);
} LlmSinkFuncs;

struct _LlmCall
{
  ZtAgent        *agent;
  ZtService      *service;
  ZtSubject      *subject;
  ZtSide          side;
  char           *op;          /* "chat.completions" | "embeddings" | "models" */
  char           *path;        /* under /v1/: "chat/completions" */
  char           *http_method;
  char           *model;
  gboolean        stream;
  GBytes         *body;
  gint64          start_us;
  char           *rule;
  gboolean        restricted;  /* grants decide for this subject */
  JsonObject     *request;     /* content logging: the request, for the audit record */
  GString        *answer;      /* content logging: the answer's text (bounded) */
  GCancellable   *cancellable;

  const LlmSinkFuncs *sink;
  SoupServerMessage  *msg;     /* the HTTP sink's */
  gulong          finished_id;
  struct _LlmStream *stream_sink; /* the mesh sink's */

  /* the answer */
  guint           status;
  gboolean        buffering;   /* read whole before anything is sent */
  gboolean        head_sent;
  gboolean        is_sse;
  ZtSseParser    *sse;
  GString        *whole;
  gboolean        whole_overflow;
  gint64          tokens_in, tokens_out;
  gboolean        usage_seen;
  gint64          bytes_out;
  gint64          retry_after; /* from the exporter's head */
  gboolean        finished;
  gboolean        revoked;     /* its access ended while it ran: cut, not merely cancelled */
  const char     *outcome;

  /* the source: the model over HTTP, or the exporter over a mesh stream */
  GInputStream   *in;
  GTlsConnection *tls;
  ZtLlmFrameReader *reader;
  gboolean        reused;      /* tls came from the pool */
  gboolean        answered;    /* a byte of the answer came */
  gboolean        keep_stream; /* the answer ended cleanly: tls goes back to the pool */
  char            buf[LLM_READ_SIZE];
};

static void call_finish (LlmCall *call, const char *outcome);
typedef struct _PooledStream PooledStream;
static void pool_put (struct _ZtAgentLlm *llm, ZtService *service, GTlsConnection *tls);
static void pool_free (GQueue *q);
static void stream_maybe_free (LlmStream *s);

/* @member's object, or NULL for anything else (outside input: no criticals) */
static JsonObject *
get_object (JsonObject *object,
            const char *member)
{
  JsonNode *n = json_object_get_member (object, member);

  return n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Errors in OpenAI's shape                                                                 */

static const char *
error_type (guint status)
{
  switch (status)
    {
    case 401: return "authentication_error";
    case 403: return "permission_error";
    case 404: return "not_found_error";
    case 429: return "rate_limit_error";
    case 400: case 405: case 413: return "invalid_request_error";
    default: return status >= 500 ? "api_error" : "invalid_request_error";
    }
}

static GBytes *
error_body (guint       status,
            const char *code,
            const char *text)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *redacted = zt_secrets_redact (text, NULL);
  char *out;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "error");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "message");
  json_builder_add_string_value (b, redacted);
  json_builder_set_member_name (b, "type");
  json_builder_add_string_value (b, error_type (status));
  json_builder_set_member_name (b, "code");
  json_builder_add_string_value (b, code ? code : error_type (status));
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  out = zt_json_to_string (root);
  return g_bytes_new_take (out, strlen (out));
}

void
_zt_agent_llm_reply_error (SoupServerMessage *msg,
                           guint              status,
                           const char        *code,
                           const char        *text)
{
  g_autoptr(GBytes) body = error_body (status, code ? code
                                       : status == 401 ? "invalid_api_key"
                                       : status == 404 ? "not_found"
                                       : status == 403 ? "forbidden" : NULL, text);
  gsize len;
  const char *data = g_bytes_get_data (body, &len);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_COPY, data, len);
}

/* ---------------------------------------------------------------------------------------- */
/* The front door                                                                           */

static const struct {
  const char *path;    /* under /v1/ */
  const char *method;
  const char *op;
} endpoints[] = {
  { "models", "GET", "models" },
  { "chat/completions", "POST", "chat.completions" },
  { "embeddings", "POST", "embeddings" },
};

gboolean
_zt_agent_llm_check_headers (ZtAgent           *self,
                             SoupServerMessage *msg,
                             const char        *path)
{
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;

  return _zt_agent_lookup_service_with (self, msg, path, "/llm", &rest, &subject, _zt_agent_llm_reply_error) != NULL;
}

static char *
utc_day (gint64 now_us)
{
  g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc (now_us / G_USEC_PER_SEC);

  return g_date_time_format (t, "%Y-%m-%d");
}

static gint64
seconds_to_midnight (gint64 now_us)
{
  gint64 now = now_us / G_USEC_PER_SEC;

  return 86400 - now % 86400;
}

/* ---------------------------------------------------------------------------------------- */
/* One request                                                                              */

static LlmCall *
call_new (ZtAgent    *agent,
          ZtService  *service,
          ZtSubject  *subject,
          ZtSide      side)
{
  LlmCall *call = g_new0 (LlmCall, 1);

  call->agent = g_object_ref (agent);
  call->service = zt_service_ref (service);
  call->subject = zt_subject_ref (subject);
  call->side = side;
  call->start_us = g_get_monotonic_time ();
  call->cancellable = g_cancellable_new ();
  call->whole = g_string_new (NULL);
  call->outcome = "ok";
  if (agent->llm != NULL)
    g_ptr_array_add (agent->llm->calls, call);
  return call;
}

static void
call_free (LlmCall *call)
{
  if (call->agent->llm != NULL)
    g_ptr_array_remove_fast (call->agent->llm->calls, call);
  if (call->stream_sink != NULL)
    {
      struct _LlmStream *s = call->stream_sink;

      call->stream_sink = NULL;
      s->call = NULL;
      stream_maybe_free (s);
    }
  if (call->msg != NULL && call->finished_id != 0)
    g_signal_handler_disconnect (call->msg, call->finished_id);
  g_clear_object (&call->msg);
  g_clear_object (&call->in);
  if (call->tls != NULL && call->keep_stream && call->agent->llm != NULL &&
      !g_cancellable_is_cancelled (call->cancellable))
    pool_put (call->agent->llm, call->service, call->tls);
  else if (call->tls != NULL)
    g_io_stream_close_async (G_IO_STREAM (call->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&call->tls);
  g_clear_pointer (&call->reader, zt_llm_frame_reader_free);
  g_clear_pointer (&call->sse, zt_sse_parser_free);
  g_string_free (call->whole, TRUE);
  g_clear_pointer (&call->body, g_bytes_unref);
  g_clear_pointer (&call->request, json_object_unref);
  if (call->answer != NULL)
    g_string_free (call->answer, TRUE);
  g_clear_object (&call->cancellable);
  g_free (call->op);
  g_free (call->path);
  g_free (call->http_method);
  g_free (call->model);
  g_free (call->rule);
  zt_subject_unref (call->subject);
  zt_service_unref (call->service);
  g_object_unref (call->agent);
  g_free (call);
}

/* The source is done with @call when it calls call_finish; asynchronous steps check this. */
static gboolean
call_gone (LlmCall *call)
{
  return call->finished;
}

static void source_end (LlmCall *call, const GError *error);

/* After an asynchronous step that made @made (NULL: it failed with @error): FALSE when the
 * call is over and freed (stopped meanwhile, or the failure answered), @made dropped. */
static gboolean
call_step_done (LlmCall      *call,
                gpointer      made,
                const GError *error)
{
  if (call_gone (call))
    {
      g_clear_object (&made);
      call_free (call);
      return FALSE;
    }
  if (made == NULL)
    {
      source_end (call, error);
      call_free (call);
      return FALSE;
    }
  return TRUE;
}

#define LLM_CONTENT_MAX (64 * 1024)

/* Content logging: the text of an answer, a whole one's message or a chunk's delta. */
static void
keep_answer_text (LlmCall    *call,
                  JsonObject *o,
                  const char *member)
{
  JsonArray *choices = o ? zt_json_get_array (o, "choices") : NULL;
  JsonObject *first = choices ? zt_json_array_get_object (choices, 0) : NULL;
  JsonObject *part = first ? get_object (first, member) : NULL;
  const char *text = part ? zt_json_get_string (part, "content") : NULL;

  if (call->answer != NULL && text != NULL && call->answer->len < LLM_CONTENT_MAX)
    g_string_append_len (call->answer, text, MIN (strlen (text), LLM_CONTENT_MAX - call->answer->len));
}

static void
read_usage (LlmCall    *call,
            JsonObject *o)
{
  JsonObject *usage = o ? get_object (o, "usage") : NULL;
  JsonNode *p, *c, *t;

  if (usage == NULL)
    return;
  p = json_object_get_member (usage, "prompt_tokens");
  c = json_object_get_member (usage, "completion_tokens");
  t = json_object_get_member (usage, "total_tokens");
  if (p == NULL || !JSON_NODE_HOLDS_VALUE (p) || json_node_get_value_type (p) != G_TYPE_INT64)
    return;
  call->usage_seen = TRUE;
  call->tokens_in = MAX (json_node_get_int (p), 0);
  if (c != NULL && JSON_NODE_HOLDS_VALUE (c) && json_node_get_value_type (c) == G_TYPE_INT64)
    call->tokens_out = MAX (json_node_get_int (c), 0);
  else if (t != NULL && JSON_NODE_HOLDS_VALUE (t) && json_node_get_value_type (t) == G_TYPE_INT64)
    call->tokens_out = MAX (json_node_get_int (t) - call->tokens_in, 0);
}

/* Each SSE event of a streamed answer: only one that mentions usage is parsed (the last one,
 * with stream_options.include_usage). */
static void
sse_event_cb (const char *event,
              const char *data,
              gsize       len,
              const char *id,
              gpointer    user_data)
{
  LlmCall *call = user_data;
  g_autoptr(JsonObject) o = NULL;

  /* without content logging only the chunk that carries the usage is parsed */
  if (call->answer == NULL && g_strstr_len (data, len, "\"usage\"") == NULL)
    return;
  o = zt_json_parse_object_strict (data, len, NULL, NULL);
  read_usage (call, o);
  keep_answer_text (call, o, "delta");
}

static void
send_error (LlmCall    *call,
            guint       status,
            const char *code,
            const char *text,
            gint64      retry_after)
{
  g_autoptr(GBytes) body = error_body (status, code, text);
  gsize len;
  const char *data = g_bytes_get_data (body, &len);

  call->status = status;
  call->sink->head (call, status, "application/json", retry_after);
  call->sink->data (call, data, len);
  call->sink->end (call);
  call->head_sent = TRUE;
}

/* A models list cut to the models a grant lets the subject use. */
static void
send_models (LlmCall *call)
{
  g_autoptr(JsonObject) o = zt_json_parse_object_strict (call->whole->str, call->whole->len, NULL, NULL);
  JsonArray *data = o ? zt_json_get_array (o, "data") : NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  if (data == NULL)
    {
      send_error (call, 502, "upstream_failed", "the model's list of models is not a JSON object with \"data\"", 0);
      call->outcome = "error";
      return;
    }
  if (call->restricted)
    {
      JsonArray *kept = json_array_new ();

      for (guint i = 0; i < json_array_get_length (data); i++)
        {
          JsonObject *m = zt_json_array_get_object (data, i);
          const char *id = m ? zt_json_get_string (m, "id") : NULL;

          if (id != NULL && zt_policy_visible (call->agent->policy, call->subject, call->service->name,
                                               ZT_POLICY_TOOL, id, g_get_real_time () / G_USEC_PER_SEC))
            json_array_add_element (kept, json_node_copy (json_array_get_element (data, i)));
        }
      json_object_set_array_member (o, "data", kept);
    }
  root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, o);
  text = zt_json_to_string (root);
  call->sink->head (call, 200, "application/json", 0);
  call->sink->data (call, text, strlen (text));
  call->sink->end (call);
  call->head_sent = TRUE;
}

static void
source_head (LlmCall    *call,
             guint       status,
             const char *content_type)
{
  call->status = status;
  call->is_sse = content_type != NULL && g_str_has_prefix (content_type, "text/event-stream");
  /* an error body is redacted, a models list cut: both are read whole first */
  call->buffering = status >= 300 || strcmp (call->op, "models") == 0;
  if (call->is_sse)
    call->sse = zt_sse_parser_new (1024 * 1024, sse_event_cb, call);
  if (!call->buffering)
    {
      call->sink->head (call, status, content_type ? content_type : "application/json", 0);
      call->head_sent = TRUE;
    }
}

static void
source_data (LlmCall    *call,
             const char *data,
             gsize       len)
{
  call->bytes_out += len;
  if (call->sse != NULL)
    {
      /* a broken event stream is the client's to see; only the usage count is lost */
      if (!zt_sse_parser_feed (call->sse, data, len, NULL))
        g_clear_pointer (&call->sse, zt_sse_parser_free);
    }
  else if (!call->whole_overflow)
    {
      if (call->whole->len + len > LLM_BUFFER_MAX)
        {
          call->whole_overflow = TRUE;
          g_string_truncate (call->whole, 0);
        }
      else
        g_string_append_len (call->whole, data, len);
    }
  if (!call->buffering)
    call->sink->data (call, data, len);
}

static void
source_end (LlmCall      *call,
            const GError *error)
{
  if (error != NULL)
    {
      gboolean cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      gboolean timeout = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT);

      if (cancelled && call->revoked)
        {
          /* losing access ends access: an answer not begun is refused, one begun is cut */
          if (!call->head_sent)
            {
              g_autofree char *text = g_strdup_printf ("the access of %s to service %s ended while the request ran",
                                                       zt_subject_display_name (call->subject), call->service->name);
              send_error (call, 403, "access_revoked", text, 0);
            }
          else
            call->sink->end (call);
          call_finish (call, "revoked");
          return;
        }
      if (!call->head_sent && !cancelled)
        {
          g_autofree char *text = g_strdup_printf ("the model of service %s %s: %s", call->service->name,
                                                   timeout ? "did not answer in time" : "could not be reached",
                                                   error->message);
          send_error (call, timeout ? 504 : 502, timeout ? "upstream_timeout" : "upstream_failed", text, 0);
        }
      else if (call->head_sent && !cancelled)
        call->sink->end (call);  /* cut short: the client sees the stream end early */
      call_finish (call, cancelled ? "cancelled" : timeout ? "timeout" : "error");
      return;
    }
  if (call->buffering && call->status >= 300)
    {
      /* the model's own error, passed on in its shape but redacted (it may quote a key) */
      g_autofree char *found = zt_secrets_redact_len (call->whole->str, call->whole->len, NULL);
      const char *redacted = found ? found : call->whole->str;
      g_autoptr(JsonObject) o = zt_json_parse_object_strict (redacted, strlen (redacted), NULL, NULL);
      guint status = call->status >= 500 ? 502 : call->status;

      call->sink->head (call, status, "application/json", call->retry_after);
      if (o != NULL && get_object (o, "error") != NULL)
        call->sink->data (call, redacted, strlen (redacted));
      else
        {
          g_autofree char *text = g_strdup_printf ("the model of service %s answered %u: %.400s", call->service->name,
                                                   call->status, redacted);
          g_autoptr(GBytes) body = error_body (status, "upstream_failed", text);
          gsize len;
          const char *data = g_bytes_get_data (body, &len);

          call->sink->data (call, data, len);
        }
      call->sink->end (call);
      call->head_sent = TRUE;
      call->status = status;
      call_finish (call, "error");
      return;
    }
  if (strcmp (call->op, "models") == 0)
    send_models (call);
  else
    {
      if (call->sse == NULL && !call->whole_overflow && call->whole->len > 0)
        {
          g_autoptr(JsonObject) o = zt_json_parse_object_strict (call->whole->str, call->whole->len, NULL, NULL);
          read_usage (call, o);
          keep_answer_text (call, o, "message");
        }
      call->sink->end (call);
    }
  call_finish (call, call->outcome);
}

/* ---------------------------------------------------------------------------------------- */
/* Accounting and the audit record                                                          */

static void
call_finish (LlmCall    *call,
             const char *outcome)
{
  ZtAudit *audit = _zt_agent_get_audit (call->agent);
  g_autofree char *preview = NULL;
  g_autofree char *method = g_strconcat ("llm/", call->op, NULL);
  g_autoptr(JsonNode) content = NULL;
  gboolean counted = strcmp (call->op, "models") != 0 && call->status > 0 && call->status < 300;

  if (call->finished)
    return;
  call->finished = TRUE;
  if (counted && !call->usage_seen)
    call->tokens_out = (call->bytes_out + 3) / 4;  /* no usage: the answer's size, said below */
  if (counted && call->agent->store != NULL)
    {
      g_autofree char *day = utc_day (g_get_real_time ());
      g_autoptr(GError) error = NULL;

      if (!zt_store_llm_usage_add (call->agent->store, zt_subject_to_string (call->subject), call->service->name,
                                   day, call->tokens_in, call->tokens_out, &error))
        g_warning ("llm: %s", error->message);
    }
  if (audit != NULL)
    {
      ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

      preview = g_strdup_printf ("{\"stream\":%s,\"tokens_in\":%" G_GINT64_FORMAT ",\"tokens_out\":%" G_GINT64_FORMAT
                                 ",\"usage\":\"%s\",\"http_status\":%u}",
                                 call->stream ? "true" : "false", call->tokens_in, call->tokens_out,
                                 !counted ? "none" : call->usage_seen ? "reported" : "estimated", call->status);
      e.side = call->side == ZT_SIDE_EXPORTER ? "exporter" : "importer";
      e.kind = "call";
      e.subject = zt_subject_to_string (call->subject);
      e.peer_key = call->subject->type == ZT_SUBJECT_PEER ? call->subject->key : NULL;
      e.service = call->service->name;
      e.method = method;
      e.tool = call->model;
      e.args_preview = preview;
      if (call->request != NULL)
        {
          /* the owner asked for it (log_content): redacted and cut to the preview's size,
           * hashed whole; never without that */
          JsonObject *o = json_object_new ();

          content = json_node_new (JSON_NODE_OBJECT);
          json_object_set_object_member (o, "request", json_object_ref (call->request));
          if (call->answer != NULL)
            json_object_set_string_member (o, "answer", call->answer->str);
          json_node_take_object (content, o);
          e.args = content;
        }
      e.decision = strcmp (outcome, "denied") == 0 || strcmp (outcome, "budget") == 0 ||
                   strcmp (outcome, "revoked") == 0 ? "deny" : "allow";
      e.rule = call->rule;
      e.latency_us = g_get_monotonic_time () - call->start_us;
      e.bytes_in = call->body ? (gint64) g_bytes_get_size (call->body) : 0;
      e.bytes_out = call->bytes_out;
      e.status = strcmp (outcome, "denied") == 0 ? "error" : outcome;
      zt_audit_submit (audit, &e, NULL, NULL);
    }
  call->outcome = outcome;
}

/* ---------------------------------------------------------------------------------------- */
/* The source: the model over HTTP                                                          */

static char *
read_key (ZtAgent    *self,
          ZtService  *service,
          GError    **error)
{
  if (service->api_key_file != NULL)
    return zt_service_read_key_file (service->api_key_file, error);
  if (service->api_key_keyring)
    {
      g_autofree char *name = g_strconcat (ZT_LLM_KEY_PREFIX, service->name, NULL);
      char *key;

      if (self->llm->keystore == NULL &&
          (self->llm->keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, error)) == NULL)
        return NULL;
      key = zt_keystore_lookup (self->llm->keystore, name, error);
      if (key == NULL && (error == NULL || *error == NULL))
        g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no API key for %s in the key store", service->name);
      return key;
    }
  return g_strdup ("");
}

gboolean
_zt_agent_llm_check_key (ZtAgent    *self,
                         ZtService  *service,
                         GError    **error)
{
  if (service->kind != ZT_SERVICE_LLM || service->api_key_file == NULL)
    return TRUE;
  return zt_service_check_key_file (service->api_key_file, error);
}

gboolean
_zt_agent_llm_take_key (ZtAgent     *self,
                        const char  *name,
                        JsonObject  *body,
                        GError     **error)
{
  JsonNode *n = json_object_get_member (body, "api_key");
  g_autofree char *key_name = NULL;
  g_autoptr(ZtKeystore) keystore = NULL;
  gboolean ok;

  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_STRING ||
      *json_node_get_string (n) == '\0' || strpbrk (json_node_get_string (n), "\r\n") != NULL)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"api_key\" must be the key, one line");
      return FALSE;
    }
  if (!zt_service_name_valid (name))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"name\" is not a valid service name");
      return FALSE;
    }
  key_name = g_strconcat (ZT_LLM_KEY_PREFIX, name, NULL);
  keystore = zt_keystore_new (self->home, ZT_KEYSTORE_AUTO, error);
  ok = keystore != NULL && zt_keystore_store (keystore, key_name, "zt4mcp model API key", json_node_get_string (n), error);
  /* json-glib's copy of the key cannot be wiped in place; it goes with the body */
  json_object_remove_member (body, "api_key");
  if (!ok)
    return FALSE;
  json_object_set_boolean_member (body, "api_key_keyring", TRUE);
  json_object_set_null_member (body, "api_key_file");
  return TRUE;
}

static void
secret_free (char *secret)
{
  if (secret != NULL)
    memset (secret, 0, strlen (secret));
  g_free (secret);
}

static void
upstream_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LlmCall *call = user_data;
  g_autoptr(GError) error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, &error);

  if (call_gone (call))
    return call_free (call);
  if (n > 0)
    {
      source_data (call, call->buf, n);
      if (!call_gone (call))
        {
          g_input_stream_read_async (call->in, call->buf, sizeof call->buf, G_PRIORITY_DEFAULT, call->cancellable,
                                     upstream_read_cb, call);
          return;
        }
    }
  else
    source_end (call, error);
  call_free (call);
}

static void
upstream_sent_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LlmCall *call = user_data;
  SoupMessage *up;
  g_autoptr(GError) error = NULL;
  GInputStream *in = soup_session_send_finish (SOUP_SESSION (object), result, &error);

  if (!call_step_done (call, in, error))
    return;
  call->in = in;
  up = soup_session_get_async_result_message (SOUP_SESSION (object), result);
  source_head (call, soup_message_get_status (up),
               soup_message_headers_get_content_type (soup_message_get_response_headers (up), NULL));
  g_input_stream_read_async (call->in, call->buf, sizeof call->buf, G_PRIORITY_DEFAULT, call->cancellable,
                             upstream_read_cb, call);
}

/* A streamed chat asks the model for its usage in the last chunk. The body was parsed as an
 * object; its text is kept and the member spliced in before the closing brace. */
static GBytes *
with_include_usage (GBytes     *body,
                    JsonObject *request)
{
  gsize len;
  const char *data = g_bytes_get_data (body, &len);
  JsonObject *so = get_object (request, "stream_options");
  GString *out;

  if (json_object_has_member (request, "stream_options"))
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
      char *text;

      if (so == NULL)
        return g_bytes_ref (body);
      json_object_set_boolean_member (so, "include_usage", TRUE);
      json_node_set_object (root, request);
      text = zt_json_to_string (root);
      return g_bytes_new_take (text, strlen (text));
    }
  while (len > 0 && g_ascii_isspace (data[len - 1]))
    len--;
  g_assert (len > 0 && data[len - 1] == '}');
  out = g_string_new_len (data, len - 1);
  while (out->len > 0 && g_ascii_isspace (out->str[out->len - 1]))
    g_string_truncate (out, out->len - 1);
  g_string_append (out, out->len > 0 && out->str[out->len - 1] == '{' ? "" : ",");
  g_string_append (out, "\"stream_options\":{\"include_usage\":true}}");
  return g_string_free_to_bytes (out);
}

static void
upstream_start (LlmCall *call)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_strdup (call->service->url);
  g_autofree char *url = NULL;
  g_autoptr(SoupMessage) up = NULL;
  char *key;

  while (*base && base[strlen (base) - 1] == '/')
    base[strlen (base) - 1] = '\0';
  url = g_strconcat (base, "/", call->path, NULL);
  key = read_key (call->agent, call->service, &error);
  if (key == NULL)
    {
      g_autofree char *text = g_strdup_printf ("the API key of service %s cannot be read: %s", call->service->name,
                                               error->message);

      g_warning ("llm: %s", text);
      send_error (call, 502, "upstream_key", text, 0);
      call_finish (call, "error");
      return call_free (call);
    }
  up = soup_message_new (call->http_method, url);
  if (up == NULL)
    {
      secret_free (key);
      send_error (call, 502, "upstream_failed", "the service's base URL is not usable", 0);
      call_finish (call, "error");
      return call_free (call);
    }
  if (*key)
    {
      g_autofree char *auth = g_strconcat ("Bearer ", key, NULL);

      soup_message_headers_replace (soup_message_get_request_headers (up), "Authorization", auth);
      memset (auth, 0, strlen (auth));
    }
  secret_free (key);
  soup_message_headers_replace (soup_message_get_request_headers (up), "Accept",
                                call->stream ? "text/event-stream" : "application/json");
  if (call->body != NULL && strcmp (call->http_method, "POST") == 0)
    soup_message_set_request_body_from_bytes (up, "application/json", call->body);
  soup_session_send_async (call->agent->llm->session, up, G_PRIORITY_DEFAULT, call->cancellable,
                           upstream_sent_cb, call);
}

/* ---------------------------------------------------------------------------------------- */
/* The source: an imported service's exporter, over a mesh stream (zt4mcp-llm/1)            */

static void
frame_head_cb (JsonObject *head,
               gpointer    user_data)
{
  LlmCall *call = user_data;
  gint64 status = zt_json_get_int (head, "status", 502);
  const char *content_type = zt_json_get_string (head, "content_type");

  if (call_gone (call))
    return;
  call->retry_after = CLAMP (zt_json_get_int (head, "retry_after", 0), 0, 86400);
  source_head (call, status >= 100 && status <= 599 ? (guint) status : 502,
               content_type ? content_type : "application/json");
}

static void
frame_data_cb (const guint8 *data,
               gsize         len,
               gpointer      user_data)
{
  LlmCall *call = user_data;

  if (!call_gone (call))
    source_data (call, (const char *) data, len);
}

static void
frame_end_cb (gpointer user_data)
{
  LlmCall *call = user_data;

  if (call_gone (call))
    return;
  /* a whole answer: the stream may carry the next request (pooled when the call is freed) */
  call->keep_stream = TRUE;
  source_end (call, NULL);
}

static const ZtLlmFrameCallbacks import_frames = { frame_head_cb, frame_data_cb, frame_end_cb };

static void mesh_open (LlmCall *call);

/* A pooled stream failed before a byte of the answer came (the exporter had closed it while
 * it was idle): the request goes again on a fresh stream. */
static gboolean
mesh_retry (LlmCall      *call,
            const GError *error)
{
  if (!call->reused || call->answered || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return FALSE;
  call->reused = FALSE;
  g_clear_object (&call->in);
  g_clear_pointer (&call->reader, zt_llm_frame_reader_free);
  g_io_stream_close_async (G_IO_STREAM (call->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_clear_object (&call->tls);
  mesh_open (call);
  return TRUE;
}

static void
mesh_read_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LlmCall *call = user_data;
  g_autoptr(GError) error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, &error);

  if (n > 0)
    call->answered = TRUE;
  if (!call_gone (call) && n > 0 &&
      !zt_llm_frame_reader_feed (call->reader, (const guint8 *) call->buf, n, &error))
    {
      g_prefix_error (&error, "the exporting agent broke the framing: ");
      call->keep_stream = FALSE;
    }
  if (call->keep_stream && !zt_llm_frame_reader_is_idle (call->reader))
    call->keep_stream = FALSE;  /* bytes after the answer: not a stream to trust again */
  if (!call_gone (call) && n == 0 && error == NULL)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CLOSED, "the exporting agent closed the stream");
  if (!call_gone (call) && error != NULL)
    {
      if (mesh_retry (call, error))
        return;
      source_end (call, error);
    }
  if (call_gone (call))
    return call_free (call);
  g_input_stream_read_async (call->in, call->buf, sizeof call->buf, G_PRIORITY_DEFAULT, call->cancellable,
                             mesh_read_cb, call);
}

static void
mesh_written_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LlmCall *call = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error) && !call_gone (call))
    {
      if (mesh_retry (call, error))
        return;
      source_end (call, error);
    }
  if (call_gone (call))
    return call_free (call);
  call->in = g_object_ref (g_io_stream_get_input_stream (G_IO_STREAM (call->tls)));
  call->reader = zt_llm_frame_reader_new (0, &import_frames, call);
  g_input_stream_read_async (call->in, call->buf, sizeof call->buf, G_PRIORITY_DEFAULT, call->cancellable,
                             mesh_read_cb, call);
}

/* The request on call->tls: head, body, end, in one write. */
static void
mesh_send (LlmCall *call)
{
  g_autoptr(JsonObject) head = json_object_new ();
  g_autoptr(GBytes) h = NULL, d = NULL, e = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *path = g_strconcat ("/v1/", call->path, NULL);
  GBytes *request;

  json_object_set_string_member (head, "method", call->http_method);
  json_object_set_string_member (head, "path", path);
  h = zt_llm_frame_head (head);
  g_byte_array_append (out, g_bytes_get_data (h, NULL), g_bytes_get_size (h));
  for (gsize off = 0, len = call->body ? g_bytes_get_size (call->body) : 0; off < len; off += ZT_LLM_FRAME_MAX_FRAME)
    {
      d = zt_llm_frame_data ((const char *) g_bytes_get_data (call->body, NULL) + off,
                             MIN (len - off, ZT_LLM_FRAME_MAX_FRAME));
      g_byte_array_append (out, g_bytes_get_data (d, NULL), g_bytes_get_size (d));
      g_clear_pointer (&d, g_bytes_unref);
    }
  e = zt_llm_frame_end ();
  g_byte_array_append (out, g_bytes_get_data (e, NULL), g_bytes_get_size (e));
  request = g_byte_array_free_to_bytes (g_steal_pointer (&out));
  g_object_set_data_full (G_OBJECT (call->tls), "zt-request", request, (GDestroyNotify) g_bytes_unref);
  g_output_stream_write_all_async (g_io_stream_get_output_stream (G_IO_STREAM (call->tls)),
                                   g_bytes_get_data (request, NULL), g_bytes_get_size (request),
                                   G_PRIORITY_DEFAULT, call->cancellable, mesh_written_cb, call);
}

static void
mesh_opened_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LlmCall *call = user_data;
  g_autoptr(GError) error = NULL;
  GTlsConnection *tls = zt_mesh_client_open_stream_finish (ZT_MESH_CLIENT (object), result, &error);

  if (!call_step_done (call, tls, error))
    return;
  call->tls = tls;
  mesh_send (call);
}

static void
mesh_open (LlmCall *call)
{
  zt_mesh_client_open_stream_async (call->agent->mesh, call->service->peer, call->service->remote,
                                    call->cancellable, mesh_opened_cb, call);
}

/* Idle streams per import, so a chat turn does not pay for a cold stream (TLS through the
 * hub). The exporter ends a stream idle for LLM_STREAM_IDLE_EXPORTER_S; the importer uses
 * one only within LLM_STREAM_IDLE_S of its last answer. */
struct _PooledStream {
  GTlsConnection *tls;
  gint64          idle_since;
};

static void
pooled_stream_free (PooledStream *p)
{
  g_io_stream_close_async (G_IO_STREAM (p->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_object_unref (p->tls);
  g_free (p);
}

static char *
pool_key (ZtService *service)
{
  return g_strdup_printf ("%s/%s", service->peer, service->remote);
}

static GTlsConnection *
pool_take (struct _ZtAgentLlm *llm,
           ZtService          *service)
{
  g_autofree char *key = pool_key (service);
  GQueue *q = g_hash_table_lookup (llm->pools, key);
  gint64 now = g_get_monotonic_time ();
  PooledStream *p;

  /* newest first: the one least likely to have been closed by the exporter */
  while (q != NULL && (p = g_queue_pop_tail (q)) != NULL)
    {
      if (now - p->idle_since < LLM_STREAM_IDLE_S * G_USEC_PER_SEC && !g_io_stream_is_closed (G_IO_STREAM (p->tls)))
        {
          GTlsConnection *tls = p->tls;

          g_free (p);
          return tls;
        }
      pooled_stream_free (p);
    }
  return NULL;
}

static void
pool_put (struct _ZtAgentLlm *llm,
          ZtService          *service,
          GTlsConnection     *tls)
{
  g_autofree char *key = pool_key (service);
  GQueue *q = g_hash_table_lookup (llm->pools, key);
  PooledStream *p = g_new0 (PooledStream, 1);

  if (q == NULL)
    g_hash_table_insert (llm->pools, g_steal_pointer (&key), (q = g_queue_new ()));
  while (g_queue_get_length (q) >= LLM_POOL_MAX)
    pooled_stream_free (g_queue_pop_head (q));
  p->tls = g_object_ref (tls);
  p->idle_since = g_get_monotonic_time ();
  g_queue_push_tail (q, p);
}

static void
pool_free (GQueue *q)
{
  g_queue_free_full (q, (GDestroyNotify) pooled_stream_free);
}

static void
mesh_start (LlmCall *call)
{
  if (call->agent->mesh == NULL)
    {
      send_error (call, 502, "upstream_failed", "this agent is in no mesh: the imported service cannot be reached", 0);
      call_finish (call, "error");
      return call_free (call);
    }
  call->tls = pool_take (call->agent->llm, call->service);
  if (call->tls == NULL)
    return mesh_open (call);
  call->reused = TRUE;
  mesh_send (call);
}

/* ---------------------------------------------------------------------------------------- */
/* Deciding a request, then relaying it                                                     */

/* Parses the request, applies the policy and the budget, and starts the relay; otherwise
 * answers the refusal. Takes @call. */
static void
call_begin (LlmCall    *call,
            const char *method,
            const char *path,
            GBytes     *body)
{
  g_autoptr(JsonObject) request = NULL;
  gint64 budget = 0;
  gint64 now_us = g_get_real_time ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (endpoints); i++)
    if (strcmp (path, endpoints[i].path) == 0)
      break;
  if (i == G_N_ELEMENTS (endpoints))
    {
      call->op = g_strdup ("unknown");
      send_error (call, 404, "not_found", "no such endpoint: an llm service serves GET models, POST chat/completions "
                  "and POST embeddings under /llm/NAME/v1/", 0);
      call_finish (call, "error");
      return call_free (call);
    }
  call->op = g_strdup (endpoints[i].op);
  call->path = g_strdup (endpoints[i].path);
  call->http_method = g_strdup (endpoints[i].method);
  if (strcmp (method, endpoints[i].method) != 0)
    {
      g_autofree char *text = g_strdup_printf ("use %s on %s", endpoints[i].method, path);

      send_error (call, 405, "method_not_allowed", text, 0);
      call_finish (call, "error");
      return call_free (call);
    }
  if (strcmp (method, "POST") == 0)
    {
      g_autoptr(GError) error = NULL;
      JsonNode *model, *stream;
      gsize len = 0;
      const char *data = body ? g_bytes_get_data (body, &len) : NULL;

      call->body = body ? g_bytes_ref (body) : NULL;
      request = zt_json_parse_object_strict (data ? data : "", len, NULL, &error);
      if (request == NULL)
        {
          g_autofree char *text = g_strdup_printf ("the request body is not a JSON object: %s", error->message);

          send_error (call, 400, "invalid_request", text, 0);
          call_finish (call, "error");
          return call_free (call);
        }
      model = json_object_get_member (request, "model");
      stream = json_object_get_member (request, "stream");
      if (model == NULL || !JSON_NODE_HOLDS_VALUE (model) || json_node_get_value_type (model) != G_TYPE_STRING ||
          *json_node_get_string (model) == '\0')
        {
          send_error (call, 400, "invalid_request", "the request needs \"model\": the model's name", 0);
          call_finish (call, "error");
          return call_free (call);
        }
      call->model = g_strdup (json_node_get_string (model));
      if (call->service->log_content)
        {
          call->request = json_object_ref (request);
          call->answer = g_string_new (NULL);
        }
      call->stream = stream != NULL && JSON_NODE_HOLDS_VALUE (stream) &&
                     json_node_get_value_type (stream) == G_TYPE_BOOLEAN && json_node_get_boolean (stream);
    }

  call->restricted = zt_policy_restricts (call->agent->policy, call->subject, call->service->name);
  if (call->restricted && call->model != NULL &&
      !zt_policy_check_budget (call->agent->policy, call->subject, call->service->name, ZT_POLICY_TOOL,
                               call->model, NULL, now_us, &call->rule, &budget))
    {
      g_autofree char *text = g_strdup_printf ("%s may not use the model %s of service %s (rule %s); ask its owner "
                                               "for a grant: `zt4mcp access request %s --tools %s`",
                                               zt_subject_display_name (call->subject), call->model,
                                               call->service->name, call->rule, call->service->name, call->model);

      send_error (call, 403, "policy_denied", text, 0);
      call_finish (call, "denied");
      return call_free (call);
    }
  /* a models list is for anyone let in: send_models cuts it to what the grants show */
  if (budget > 0)
    {
      g_autofree char *day = utc_day (now_us);
      g_autoptr(GError) error = NULL;
      gint64 used_in = 0, used_out = 0;

      if (!zt_store_llm_usage_get (call->agent->store, zt_subject_to_string (call->subject), call->service->name,
                                   day, &used_in, &used_out, &error))
        g_warning ("llm: %s", error->message);
      if (error != NULL || used_in + used_out >= budget)
        {
          gint64 wait = seconds_to_midnight (now_us);
          g_autofree char *text = g_strdup_printf ("the daily budget of %" G_GINT64_FORMAT " tokens of %s on service %s "
                                                   "is spent (%" G_GINT64_FORMAT " used today, UTC); it resets in %"
                                                   G_GINT64_FORMAT " s, at midnight UTC (rule %s)",
                                                   budget, zt_subject_display_name (call->subject),
                                                   call->service->name, used_in + used_out, wait, call->rule);

          send_error (call, 429, "budget_exceeded", text, wait);
          call_finish (call, "budget");
          return call_free (call);
        }
    }

  if (call->service->kind == ZT_SERVICE_MESH)
    return mesh_start (call);
  if (call->stream && request != NULL)
    {
      GBytes *rewritten = with_include_usage (call->body, request);

      g_bytes_unref (call->body);
      call->body = rewritten;
    }
  upstream_start (call);
}

/* ---------------------------------------------------------------------------------------- */
/* The sink: the client's HTTP response                                                     */

static void
http_head (LlmCall    *call,
           guint       status,
           const char *content_type,
           gint64      retry_after)
{
  SoupMessageHeaders *h;

  if (call->msg == NULL)
    return;
  h = soup_server_message_get_response_headers (call->msg);
  soup_server_message_set_status (call->msg, status, NULL);
  soup_message_headers_replace (h, "Content-Type", content_type);
  if (retry_after > 0)
    {
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, retry_after);

      soup_message_headers_replace (h, "Retry-After", v);
    }
  if (g_str_has_prefix (content_type, "text/event-stream"))
    soup_message_headers_replace (h, "Cache-Control", "no-cache");
  soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
}

static void
http_data (LlmCall    *call,
           const char *data,
           gsize       len)
{
  if (call->msg == NULL || len == 0)
    return;
  _zt_msg_body_append (call->msg, data, len);
  _zt_msg_unpause (call->msg);
}

static void
http_end (LlmCall *call)
{
  if (call->msg == NULL)
    return;
  _zt_msg_body_complete (call->msg);
  _zt_msg_unpause (call->msg);
  g_signal_handler_disconnect (call->msg, call->finished_id);
  call->finished_id = 0;
  g_clear_object (&call->msg);
}

static const LlmSinkFuncs http_sink = { http_head, http_data, http_end };

/* The client left before its answer ended: the model's request is cancelled. */
static void
http_finished_cb (SoupServerMessage *msg,
                  LlmCall           *call)
{
  g_signal_handler_disconnect (call->msg, call->finished_id);
  call->finished_id = 0;
  g_clear_object (&call->msg);
  g_cancellable_cancel (call->cancellable);
  if (!call->finished)
    call_finish (call, call->revoked ? "revoked" : "cancelled");
}

void
_zt_agent_handle_llm (ZtAgent           *self,
                      SoupServerMessage *msg,
                      const char        *path)
{
  g_autofree char *rest = NULL;
  g_autoptr(ZtSubject) subject = NULL;
  g_autoptr(GBytes) body = NULL;
  ZtService *service;
  LlmCall *call;

  service = _zt_agent_lookup_service_with (self, msg, path, "/llm", &rest, &subject, _zt_agent_llm_reply_error);
  if (service == NULL)
    return;
  if (!g_str_has_prefix (rest, "/v1/"))
    return _zt_agent_llm_reply_error (msg, 404, "not_found", "an llm service is at /llm/NAME/v1/: models, "
                                      "chat/completions, embeddings");
  if (self->llm == NULL)
    return _zt_agent_llm_reply_error (msg, 503, "stopping", "the agent is stopping");
  body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  call = call_new (self, service, subject, ZT_SIDE_IMPORTER);
  call->sink = &http_sink;
  call->msg = g_object_ref (msg);
  call->finished_id = _zt_msg_connect_finished (msg, G_CALLBACK (http_finished_cb), call);
  _zt_msg_pause (msg);
  call_begin (call, soup_server_message_get_method (msg), rest + strlen ("/v1/"), body);
}

/* ---------------------------------------------------------------------------------------- */
/* The exporting side: a peer's request on a mesh stream, answered in frames                */



static void stream_flush (LlmStream *s);

static gboolean
stream_idle_cb (gpointer user_data)
{
  LlmStream *s = user_data;

  s->idle_source = NULL;
  s->closed = TRUE;
  g_cancellable_cancel (s->cancellable);  /* ends the read loop, which frees the stream */
  return G_SOURCE_REMOVE;
}

static void
stream_idle (LlmStream *s)
{
  s->ended = FALSE;
  zt_source_clear (&s->idle_source);
  s->idle_source = zt_timeout_source_attach (LLM_STREAM_IDLE_EXPORTER_S * 1000, stream_idle_cb, s);
}

static void
stream_free (LlmStream *s)
{
  if (s->agent->llm != NULL)
    g_ptr_array_remove_fast (s->agent->llm->streams, s);
  g_queue_clear_full (&s->out, (GDestroyNotify) g_bytes_unref);
  zt_source_clear (&s->idle_source);
  g_clear_pointer (&s->reader, zt_llm_frame_reader_free);
  g_clear_pointer (&s->body, g_byte_array_unref);
  g_free (s->method);
  g_free (s->path);
  g_io_stream_close_async (G_IO_STREAM (s->tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
  g_object_unref (s->tls);
  g_object_unref (s->cancellable);
  zt_subject_unref (s->subject);
  zt_service_unref (s->service);
  g_object_unref (s->agent);
  g_free (s);
}

/* Both the reading loop and the writing hold @s; the last one done frees it. */
static void
stream_maybe_free (LlmStream *s)
{
  if (s->closed && !s->reading && !s->writing && s->call == NULL)
    stream_free (s);
}

static void
stream_written_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  LlmStream *s = user_data;
  g_autoptr(GError) error = NULL;

  s->writing = FALSE;
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (object), result, NULL, &error))
    {
      g_queue_clear_full (&s->out, (GDestroyNotify) g_bytes_unref);
      g_cancellable_cancel (s->cancellable);
      s->closed = TRUE;
    }
  stream_flush (s);
}

static void
stream_flush (LlmStream *s)
{
  g_autoptr(GByteArray) chunk = NULL;
  GBytes *b;

  if (s->writing)
    return;
  if (g_queue_is_empty (&s->out))
    {
      /* the answer written: the stream waits for the importer's next request (pooled) */
      if (s->ended && !s->closed)
        stream_idle (s);
      return stream_maybe_free (s);
    }
  chunk = g_byte_array_new ();
  while ((b = g_queue_pop_head (&s->out)) != NULL)
    {
      g_byte_array_append (chunk, g_bytes_get_data (b, NULL), g_bytes_get_size (b));
      g_bytes_unref (b);
    }
  b = g_byte_array_free_to_bytes (g_steal_pointer (&chunk));
  g_object_set_data_full (G_OBJECT (s->tls), "zt-out", b, (GDestroyNotify) g_bytes_unref);
  s->writing = TRUE;
  g_output_stream_write_all_async (g_io_stream_get_output_stream (G_IO_STREAM (s->tls)),
                                   g_bytes_get_data (b, NULL), g_bytes_get_size (b), G_PRIORITY_DEFAULT, NULL,
                                   stream_written_cb, s);
}

static void
frames_head (LlmCall    *call,
             guint       status,
             const char *content_type,
             gint64      retry_after)
{
  LlmStream *s = call->stream_sink;
  g_autoptr(JsonObject) head = json_object_new ();

  if (s == NULL || s->closed)
    return;
  json_object_set_int_member (head, "status", status);
  json_object_set_string_member (head, "content_type", content_type);
  if (retry_after > 0)
    json_object_set_int_member (head, "retry_after", retry_after);
  g_queue_push_tail (&s->out, zt_llm_frame_head (head));
  stream_flush (s);
}

static void
frames_data (LlmCall    *call,
             const char *data,
             gsize       len)
{
  LlmStream *s = call->stream_sink;

  for (gsize off = 0; s != NULL && !s->closed && off < len; off += ZT_LLM_FRAME_MAX_FRAME)
    g_queue_push_tail (&s->out, zt_llm_frame_data (data + off, MIN (len - off, ZT_LLM_FRAME_MAX_FRAME)));
  if (s != NULL && !s->closed)
    stream_flush (s);
}

static void
frames_end (LlmCall *call)
{
  LlmStream *s = call->stream_sink;

  if (s == NULL || s->closed)
    return;
  g_queue_push_tail (&s->out, zt_llm_frame_end ());
  s->ended = TRUE;
  stream_flush (s);
}

static const LlmSinkFuncs frame_sink = { frames_head, frames_data, frames_end };

static gboolean
stream_admitted (LlmStream *s)
{
  ZtService *now = g_hash_table_lookup (s->agent->services, s->service->name);
  const char *user = s->subject->user, *endpoint = s->subject->endpoint;

  if (now != s->service || !now->enabled || user == NULL || endpoint == NULL ||
      s->agent->mesh == NULL || !zt_mesh_client_is_member (s->agent->mesh, user, endpoint) ||
      !_zt_agent_policy_admits (s->agent, now, user, endpoint))
    {
      g_message ("llm: %s is no longer admitted to %s: its stream ends", zt_subject_to_string (s->subject),
                 s->service->name);
      return FALSE;
    }
  return TRUE;
}

static void
request_head_cb (JsonObject *head,
                 gpointer    user_data)
{
  LlmStream *s = user_data;

  if (s->method != NULL || s->call != NULL)
    return;  /* one request at a time: a second head before the answer is ignored */
  zt_source_clear (&s->idle_source);
  s->method = g_strdup (zt_json_get_string (head, "method") ? zt_json_get_string (head, "method") : "");
  s->path = g_strdup (zt_json_get_string (head, "path") ? zt_json_get_string (head, "path") : "");
}

static void
request_data_cb (const guint8 *data,
                 gsize         len,
                 gpointer      user_data)
{
  LlmStream *s = user_data;

  if (s->call == NULL)
    g_byte_array_append (s->body, data, len);
}

static void
request_end_cb (gpointer user_data)
{
  LlmStream *s = user_data;
  g_autoptr(GBytes) body = NULL;
  g_autofree char *method = NULL, *full_path = NULL;
  LlmCall *call;
  const char *path;

  if (s->call != NULL || s->method == NULL)
    return;
  /* the request is taken whole now: the importer may send its next one as soon as it has
   * read this answer's end, before our last write has reported back */
  method = g_steal_pointer (&s->method);
  full_path = g_steal_pointer (&s->path);
  body = g_bytes_new (s->body->data, s->body->len);
  g_byte_array_set_size (s->body, 0);
  /* admission holds per request, not per stream: an unexport, a removed service or a
   * revocation reaches pooled streams at their next request */
  if (!stream_admitted (s))
    {
      s->closed = TRUE;
      g_cancellable_cancel (s->cancellable);
      return;
    }
  path = g_str_has_prefix (full_path, "/v1/") ? full_path + strlen ("/v1/") : "";
  s->call = call = call_new (s->agent, s->service, s->subject, ZT_SIDE_EXPORTER);
  call->sink = &frame_sink;
  call->stream_sink = s;
  /* the importer leaving cancels the model's request */
  g_object_unref (call->cancellable);
  call->cancellable = g_object_ref (s->cancellable);
  call_begin (call, method, path, body);
}

static const ZtLlmFrameCallbacks export_frames = { request_head_cb, request_data_cb, request_end_cb };

static void
stream_read_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  LlmStream *s = user_data;
  g_autoptr(GError) error = NULL;
  gssize n = g_input_stream_read_finish (G_INPUT_STREAM (object), result, &error);

  s->reading = FALSE;
  if (n > 0 && !s->closed && !zt_llm_frame_reader_feed (s->reader, (const guint8 *) s->buf, n, &error))
    g_message ("llm: %s broke the framing on %s: %s", zt_subject_to_string (s->subject), s->service->name,
               error->message);
  if (n <= 0 || error != NULL || s->closed)
    {
      /* the importer went (or the answer is done): a request still running stops */
      g_cancellable_cancel (s->cancellable);
      if (s->call != NULL)
        {
          LlmCall *call = s->call;

          call->stream_sink = NULL;
          s->call = NULL;
          if (!call->finished)
            call_finish (call, call->revoked ? "revoked" : "cancelled");
        }
      s->closed = TRUE;
      return stream_maybe_free (s);
    }
  s->reading = TRUE;
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (s->tls)), s->buf, sizeof s->buf,
                             G_PRIORITY_DEFAULT, s->cancellable, stream_read_cb, s);
}

void
_zt_agent_llm_serve_stream (ZtAgent        *self,
                            GTlsConnection *tls,
                            ZtService      *service,
                            ZtSubject      *subject)
{
  LlmStream *s;

  if (self->llm == NULL)
    {
      g_io_stream_close_async (G_IO_STREAM (tls), G_PRIORITY_DEFAULT, NULL, NULL, NULL);
      return;
    }
  s = g_new0 (LlmStream, 1);
  s->agent = g_object_ref (self);
  s->service = zt_service_ref (service);
  s->subject = zt_subject_ref (subject);
  s->tls = g_object_ref (tls);
  s->body = g_byte_array_new ();
  s->cancellable = g_cancellable_new ();
  s->reader = zt_llm_frame_reader_new (ZT_LLM_MAX_REQUEST, &export_frames, s);
  g_queue_init (&s->out);
  g_ptr_array_add (self->llm->streams, s);
  s->reading = TRUE;
  g_input_stream_read_async (g_io_stream_get_input_stream (G_IO_STREAM (tls)), s->buf, sizeof s->buf,
                             G_PRIORITY_DEFAULT, s->cancellable, stream_read_cb, s);
}

/* ---------------------------------------------------------------------------------------- */

void
_zt_agent_llm_init (ZtAgent *self)
{
  if (self->llm != NULL)
    return;
  self->llm = g_new0 (struct _ZtAgentLlm, 1);
  self->llm->session = soup_session_new_with_options ("timeout", LLM_UPSTREAM_IDLE_S,
                                                      "max-conns-per-host", 64,
                                                      "tls-database", zt_tls_system_database (), NULL);
  self->llm->calls = g_ptr_array_new ();
  self->llm->pools = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pool_free);
  self->llm->streams = g_ptr_array_new ();
}

gboolean
_zt_agent_llm_peer_lists (ZtAgent    *self,
                          const char *peer,
                          const char *remote)
{
  g_autoptr(JsonNode) status = NULL;
  JsonArray *peers;

  if (self->mesh == NULL)
    return FALSE;
  status = zt_mesh_client_status (self->mesh);
  peers = JSON_NODE_HOLDS_OBJECT (status) ? zt_json_get_array (json_node_get_object (status), "peers") : NULL;
  for (guint i = 0; peers != NULL && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = zt_json_array_get_object (peers, i);
      JsonArray *llm = p ? zt_json_get_array (p, "llm") : NULL;

      if (llm == NULL || g_strcmp0 (zt_json_get_string (p, "endpoint"), peer) != 0)
        continue;
      for (guint j = 0; j < json_array_get_length (llm); j++)
        if (g_strcmp0 (zt_json_array_get_string (llm, j), remote) == 0)
          return TRUE;
    }
  return FALSE;
}

void
_zt_agent_llm_mesh_gone (ZtAgent *self)
{
  if (self->llm == NULL)
    return;
  /* the streams this agent serves end (their read loops free them); idle ones it keeps go */
  for (guint i = 0; i < self->llm->streams->len; i++)
    {
      LlmStream *s = g_ptr_array_index (self->llm->streams, i);

      s->closed = TRUE;
      g_cancellable_cancel (s->cancellable);
    }
  g_hash_table_remove_all (self->llm->pools);
}

/* Losing access ends access. @gone: a subject that no longer exists (a revoked client
 * token): its calls in flight end. NULL: the grants changed: a call whose subject the grants
 * decide and that they would no longer let in ends. Either way the client hears 403
 * access_revoked, or sees its stream stop, and the audit records it as revoked. */
void
_zt_agent_llm_recheck (ZtAgent   *self,
                       ZtSubject *gone)
{
  g_autoptr(GPtrArray) doomed = NULL;

  if (self->llm == NULL)
    return;
  doomed = g_ptr_array_new ();
  for (guint i = 0; i < self->llm->calls->len; i++)
    {
      LlmCall *call = g_ptr_array_index (self->llm->calls, i);
      gboolean out;

      if (call->finished || call->revoked)
        continue;
      if (gone != NULL)
        out = zt_subject_equal (call->subject, gone);
      else
        {
          g_autofree char *rule = NULL;
          gint64 budget = 0;

          out = call->restricted && call->model != NULL &&
                !zt_policy_check_budget (self->policy, call->subject, call->service->name, ZT_POLICY_TOOL,
                                         call->model, NULL, g_get_real_time (), &rule, &budget);
        }
      if (out)
        g_ptr_array_add (doomed, call);
    }
  for (guint i = 0; i < doomed->len; i++)
    {
      LlmCall *call = g_ptr_array_index (doomed, i);

      g_message ("llm: %s lost its access to %s; its request in flight ends",
                 zt_subject_display_name (call->subject), call->service->name);
      call->revoked = TRUE;
      g_cancellable_cancel (call->cancellable);
    }
}

void
_zt_agent_llm_shutdown (ZtAgent *self)
{
  struct _ZtAgentLlm *llm = self->llm;

  if (llm == NULL)
    return;
  _zt_agent_llm_mesh_gone (self);
  for (guint i = 0; i < llm->calls->len; i++)
    g_cancellable_cancel (((LlmCall *) g_ptr_array_index (llm->calls, i))->cancellable);
  soup_session_abort (llm->session);
  /* calls still in flight find self->llm NULL and do not unlist themselves */
  self->llm = NULL;
  g_ptr_array_unref (llm->calls);
  g_hash_table_unref (llm->pools);
  g_ptr_array_unref (llm->streams);
  g_clear_object (&llm->session);
  g_clear_pointer (&llm->keystore, zt_keystore_free);
  g_free (llm);
}
