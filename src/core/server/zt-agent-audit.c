/* zt-agent-audit.c: the agent's audit log: its filter in every chain, /api/v1/audit and /metrics */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-agent-private.h"
#include "zt-audit-filter.h"

/* Generous defaults: a year, and ten million rows (a few GB at most). */
#define DEFAULT_MAX_AGE_S (365 * 86400)
#define DEFAULT_MAX_ROWS  10000000

static void
appended_cb (ZtAudit *audit,
             gint64   seq,
             ZtAgent *self)
{
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_AUDIT);
}

gboolean
_zt_agent_audit_start (ZtAgent  *self,
                       GError  **error)
{
  if (self->audit_disabled)
    return TRUE;
  if ((self->audit = zt_audit_open (self->home, error)) == NULL)
    {
      g_prefix_error (error, "the audit log: ");
      return FALSE;
    }
  self->audit_filter = zt_audit_filter_new (self->audit);
  zt_audit_filter_set_timeout (self->audit_filter, self->request_timeout_ms);
  g_signal_connect_object (self->audit, "appended", G_CALLBACK (appended_cb), self, G_CONNECT_DEFAULT);
  zt_audit_set_retention (self->audit, self->audit_max_age_s ? self->audit_max_age_s : DEFAULT_MAX_AGE_S,
                          self->audit_max_rows ? self->audit_max_rows : DEFAULT_MAX_ROWS);
  return TRUE;
}

void
_zt_agent_audit_stop (ZtAgent *self)
{
  if (self->audit != NULL)
    g_signal_handlers_disconnect_by_data (self->audit, self);
  g_clear_object (&self->audit_filter);
  g_clear_object (&self->audit);
}

void
zt_agent_set_audit_retention (ZtAgent *self,
                              gint64   max_age_s,
                              gint64   max_rows)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  self->audit_max_age_s = max_age_s;
  self->audit_max_rows = max_rows;
  if (self->audit != NULL)
    zt_audit_set_retention (self->audit, max_age_s, max_rows);
}

void
zt_agent_set_audit_enabled (ZtAgent  *self,
                            gboolean  enabled)
{
  g_return_if_fail (ZT_IS_AGENT (self));
  g_return_if_fail (self->audit == NULL);
  self->audit_disabled = !enabled;
}

ZtAudit *
_zt_agent_get_audit (ZtAgent *self)
{
  return self->audit;
}

void
_zt_agent_audit_admin (ZtAgent    *self,
                       const char *what,
                       JsonNode   *detail)
{
  if (self->audit != NULL)
    zt_audit_record_admin (self->audit, "local", what, detail);
}

void
_zt_agent_audit_attach (ZtAgent       *self,
                        ZtFilterChain *chain)
{
  if (self->audit_filter == NULL)
    return;
  zt_filter_chain_append (chain, ZT_FILTER (self->audit_filter));
  zt_audit_filter_watch (self->audit_filter, chain);
}

void
_zt_agent_audit_session_closed (ZtAgent    *self,
                                const char *session_id)
{
  if (self->audit_filter != NULL)
    zt_audit_filter_session_closed (self->audit_filter, session_id);
}

/* ---------------------------------------------------------------------------------------- */
/* REST                                                                                     */

static gboolean
query_int (GHashTable        *params,
           const char        *name,
           gint64             min,
           gint64             max,
           gint64            *out,
           SoupServerMessage *msg)
{
  const char *text = params ? g_hash_table_lookup (params, name) : NULL;
  char *end = NULL;
  gint64 v;

  if (text == NULL || *text == '\0')
    return TRUE;
  v = g_ascii_strtoll (text, &end, 10);
  if (*end != '\0' || v < min || v > max)
    {
      _zt_agent_reply_error (msg, 400, "bad_request", "%s must be an integer from %" G_GINT64_FORMAT
                             " to %" G_GINT64_FORMAT, name, min, max);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

/* The query's filters (docs/policy-audit.md); FALSE when it answered an error. */
/* An export answer is held whole in memory: at most this many records, the rest by after_seq. */
#define EXPORT_MAX 100000

static gboolean
parse_query (SoupServerMessage *msg,
             GHashTable        *params,
             gint64             max_limit,
             ZtAuditQuery      *q)
{
  gint64 since = 0, until = 0, offset = 0, limit = MIN (100, max_limit), after = 0;
  const char *order = params ? g_hash_table_lookup (params, "order") : NULL;
  const char *decision = params ? g_hash_table_lookup (params, "decision") : NULL;

  memset (q, 0, sizeof *q);
  if (!query_int (params, "since", 0, G_MAXINT64 / G_USEC_PER_SEC, &since, msg) ||
      !query_int (params, "until", 0, G_MAXINT64 / G_USEC_PER_SEC, &until, msg) ||
      !query_int (params, "offset", 0, G_MAXUINT32, &offset, msg) ||
      !query_int (params, "limit", 1, max_limit, &limit, msg) ||
      !query_int (params, "after_seq", 0, G_MAXINT64, &after, msg))
    return FALSE;
  if (order != NULL && strcmp (order, "asc") != 0 && strcmp (order, "desc") != 0)
    {
      _zt_agent_reply_error (msg, 400, "bad_request", "order is asc or desc");
      return FALSE;
    }
  if (decision != NULL && *decision && strcmp (decision, "allow") != 0 && strcmp (decision, "deny") != 0)
    {
      _zt_agent_reply_error (msg, 400, "bad_request", "decision is allow or deny");
      return FALSE;
    }
  q->since_us = since * G_USEC_PER_SEC;
  q->until_us = until * G_USEC_PER_SEC;
  q->offset = (guint) offset;
  q->limit = (guint) limit;
  q->after_seq = after;
  /* a live tail reads forward from what it has seen */
  q->ascending = order ? strcmp (order, "asc") == 0 : after > 0;
  if (params != NULL)
    {
      q->subject = g_hash_table_lookup (params, "subject");
      q->service = g_hash_table_lookup (params, "service");
      q->tool = g_hash_table_lookup (params, "tool");
      q->decision = decision;
      q->kind = g_hash_table_lookup (params, "kind");
      q->q = g_hash_table_lookup (params, "q");
    }
  return TRUE;
}

static void
export_line_cb (const char *line,
                gpointer    user_data)
{
  GString *out = user_data;

  g_string_append (out, line);
  g_string_append_c (out, '\n');
}

static void
api_audit_list (ZtAgent           *self,
                SoupServerMessage *msg,
                const ZtAuditQuery *q)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) records = NULL;
  g_autoptr(JsonObject) o = json_object_new ();
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  gint64 total = 0;

  if ((records = zt_audit_query (self->audit, q, &total, &error)) == NULL)
    return _zt_agent_reply_gerror (msg, error);
  json_object_set_array_member (o, "records", g_steal_pointer (&records));
  json_object_set_int_member (o, "total", total);
  json_object_set_int_member (o, "last_seq", zt_audit_get_last_seq (self->audit));
  json_node_set_object (node, o);
  _zt_agent_reply_json (msg, 200, node);
}

static void
api_audit_verify (ZtAgent           *self,
                  SoupServerMessage *msg)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  ZtAuditVerdict v;

  if (!zt_audit_verify (self->audit, &v, &error))
    return _zt_agent_reply_gerror (msg, error);
  node = zt_audit_verdict_to_json (&v);
  zt_audit_verdict_clear (&v);
  _zt_agent_reply_json (msg, 200, node);
}

static void
api_audit_stats (ZtAgent           *self,
                 SoupServerMessage *msg,
                 GHashTable        *params)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  gint64 since = g_get_real_time () / G_USEC_PER_SEC - 86400, until = 0, bucket = 3600;

  if (!query_int (params, "since", 0, G_MAXINT64 / G_USEC_PER_SEC, &since, msg) ||
      !query_int (params, "until", 0, G_MAXINT64 / G_USEC_PER_SEC, &until, msg) ||
      !query_int (params, "bucket", 1, 366 * 86400, &bucket, msg))
    return;
  if ((node = zt_audit_stats (self->audit, since, until, bucket, &error)) == NULL)
    return _zt_agent_reply_gerror (msg, error);
  _zt_agent_reply_json (msg, 200, node);
}

void
_zt_agent_api_audit (ZtAgent           *self,
                     SoupServerMessage *msg,
                     const char        *method,
                     const char        *what)
{
  GUri *uri = soup_server_message_get_uri (msg);
  g_autoptr(GHashTable) params = NULL;
  ZtAuditQuery q;

  if (strcmp (method, "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET: the audit log is read-only");
  if (self->audit == NULL)
    return _zt_agent_reply_error (msg, 503, "unavailable", "the audit log is not open");
  if (g_uri_get_query (uri) != NULL)
    params = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  if (what == NULL || strcmp (what, "export") == 0)
    {
      if (!parse_query (msg, params, what == NULL ? 1000 : EXPORT_MAX, &q))
        return;
      if (what != NULL && (params == NULL || g_hash_table_lookup (params, "limit") == NULL))
        q.limit = EXPORT_MAX;
      if (what == NULL)
        return api_audit_list (self, msg, &q);
      {
        g_autoptr(GError) error = NULL;
        GString *out = g_string_new (NULL);
        gsize len;

        if (!zt_audit_export (self->audit, &q, export_line_cb, out, &error))
          {
            g_string_free (out, TRUE);
            return _zt_agent_reply_gerror (msg, error);
          }
        len = out->len;
        soup_server_message_set_status (msg, 200, NULL);
        soup_server_message_set_response (msg, "application/jsonl", SOUP_MEMORY_TAKE,
                                          g_string_free (out, FALSE), len);
      }
    }
  else if (strcmp (what, "verify") == 0)
    api_audit_verify (self, msg);
  else if (strcmp (what, "stats") == 0)
    api_audit_stats (self, msg, params);
  else
    _zt_agent_reply_error (msg, 404, "not_found", "no such audit path: /api/v1/audit, /verify, /export or /stats");
}

/* GET /metrics: Prometheus text, for the administrator token like the API. */
void
_zt_agent_handle_metrics (ZtAgent           *self,
                          SoupServerMessage *msg)
{
  GString *out;
  gsize len;

  if (!_zt_agent_api_authenticate (self, msg))
    return;
  if (strcmp (soup_server_message_get_method (msg), "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
  out = g_string_new (NULL);
  if (self->audit != NULL)
    zt_audit_metrics_text (self->audit, out);
  len = out->len;
  soup_server_message_set_status (msg, 200, NULL);
  soup_server_message_set_response (msg, "text/plain; version=0.0.4", SOUP_MEMORY_TAKE,
                                    g_string_free (out, FALSE), len);
}
