/* zt-audit-filter.c: the last filter of every chain: one audit record per request */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-audit-filter.h"
#include "zt-util.h"

/* At most this many requests in flight are remembered; beyond it the oldest is recorded as
 * cancelled (a client that never reads its answers cannot grow the table). */
#define MAX_PENDING 65536
#define SWEEP_MS 5000

typedef struct {
  gint64      start_us;   /* monotonic */
  gsize       bytes_in;
  ZtMessage  *request;
  ZtSubject  *subject;
  char       *service;
  char       *session;
  ZtSide      side;
  char       *rule;       /* the rule that allowed it (an earlier filter's verdict), or NULL */
} Pending;

struct _ZtAuditFilter
{
  GObject     parent_instance;

  ZtAudit    *audit;
  GHashTable *pending;     /* "SESSION\x1fIDKEY" -> Pending */
  GHashTable *rules;       /* "SESSION\x1fIDKEY" -> the rule an earlier filter allowed it by */
  guint       timeout_ms;
  GSource    *sweep;
};

static void zt_audit_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtAuditFilter, zt_audit_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_audit_filter_iface_init))

static void
pending_free (Pending *p)
{
  g_clear_pointer (&p->request, zt_message_unref);
  g_clear_pointer (&p->subject, zt_subject_unref);
  g_free (p->service);
  g_free (p->session);
  g_free (p->rule);
  g_free (p);
}

static char *
pending_key (const char *session,
             JsonNode   *id)
{
  g_autofree char *idkey = zt_json_id_key (id);

  return g_strconcat (session ? session : "", "\x1f", idkey, NULL);
}

static const char *
side_name (ZtSide side)
{
  return side == ZT_SIDE_EXPORTER ? "exporter" : "importer";
}

/* What a record says of a request: its method, tool (or resource, prompt) and arguments. */
static void
describe (ZtAuditEntry *e,
          ZtMessage    *request)
{
  JsonObject *params = request ? zt_message_get_params (request) : NULL;

  e->method = request ? zt_message_get_method (request) : NULL;
  if (params == NULL)
    return;
  /* what a client or server sent: typed getters, whatever the members hold */
  e->tool = zt_json_get_string (params, "name");
  if (e->tool == NULL)
    e->tool = zt_json_get_string (params, "uri");
  e->args = json_object_get_member (params, "arguments");
}

static void
base_entry (ZtAuditEntry *e,
            ZtSubject    *subject,
            const char   *service,
            const char   *session,
            ZtSide        side)
{
  e->side = side_name (side);
  e->subject = subject ? zt_subject_to_string (subject) : NULL;
  e->peer_key = subject && subject->type == ZT_SUBJECT_PEER ? subject->key : NULL;
  e->service = service;
  e->session = session;
}

/* A record nothing waits for (a denial, a refusal, a request never answered): spooled; a
 * failure is logged. */
static void
append (ZtAuditFilter *self,
        ZtAuditEntry  *e)
{
  zt_audit_submit (self->audit, e, NULL, NULL);
}

/* A request that never got its answer: @status says why. */
static void
record_unanswered (ZtAuditFilter *self,
                   Pending       *p,
                   const char    *status)
{
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

  base_entry (&e, p->subject, p->service, p->session, p->side);
  describe (&e, p->request);
  e.decision = "allow";
  e.latency_us = g_get_monotonic_time () - p->start_us;
  e.bytes_in = (gint64) p->bytes_in;
  e.status = status;
  append (self, &e);
}

static void
forget_oldest (ZtAuditFilter *self)
{
  GHashTableIter iter;
  gpointer key, value;
  gpointer oldest_key = NULL;
  Pending *oldest = NULL;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (oldest == NULL || ((Pending *) value)->start_us < oldest->start_us)
      {
        oldest = value;
        oldest_key = key;
      }
  if (oldest != NULL)
    {
      record_unanswered (self, oldest, "cancelled");
      g_hash_table_remove (self->pending, oldest_key);
    }
}

static void
note_request (ZtAuditFilter         *self,
              const ZtFilterContext *context)
{
  Pending *p = g_new0 (Pending, 1);
  char *key = pending_key (context->session_id, zt_message_get_id (context->message));
  Pending *old = g_hash_table_lookup (self->pending, key);

  if (old != NULL)
    record_unanswered (self, old, "cancelled");  /* the session refuses a reused id; be safe */
  else if (g_hash_table_size (self->pending) >= MAX_PENDING)
    forget_oldest (self);
  p->start_us = g_get_monotonic_time ();
  p->bytes_in = zt_message_get_size (context->message);
  p->request = zt_message_ref (context->message);
  p->subject = context->subject ? zt_subject_ref (context->subject) : NULL;
  p->service = g_strdup (context->service);
  p->session = g_strdup (context->session_id);
  p->side = context->side;
  g_hash_table_steal_extended (self->rules, key, NULL, (gpointer *) &p->rule);
  g_hash_table_replace (self->pending, key, p);
}

static void
note_cancelled (ZtAuditFilter         *self,
                const ZtFilterContext *context)
{
  JsonObject *params = zt_message_get_params (context->message);
  JsonNode *rid = params ? json_object_get_member (params, "requestId") : NULL;
  g_autofree char *key = NULL;
  Pending *p;

  if (rid == NULL || !zt_json_id_valid (rid))
    return;
  key = pending_key (context->session_id, rid);
  if ((p = g_hash_table_lookup (self->pending, key)) != NULL)
    {
      record_unanswered (self, p, "cancelled");
      g_hash_table_remove (self->pending, key);
    }
}

static const char *
status_of (ZtMessage *response)
{
  JsonObject *result;
  JsonNode *is_error;

  if (zt_message_get_kind (response) == ZT_MESSAGE_ERROR)
    return "error";
  result = zt_message_get_result (response);
  is_error = result ? json_object_get_member (result, "isError") : NULL;
  if (is_error != NULL && JSON_NODE_HOLDS_VALUE (is_error) &&
      json_node_get_value_type (is_error) == G_TYPE_BOOLEAN && json_node_get_boolean (is_error))
    return "tool-error";
  return "ok";
}

/* The record of the answer @response to @p's request */
static void
answer_entry (ZtAuditEntry *e,
              Pending      *p,
              ZtMessage    *response)
{
  base_entry (e, p->subject, p->service, p->session, p->side);
  describe (e, p->request);
  e->decision = "allow";
  e->rule = p->rule;
  e->latency_us = g_get_monotonic_time () - p->start_us;
  e->bytes_in = (gint64) p->bytes_in;
  e->bytes_out = (gint64) zt_message_get_size (response);
  e->status = status_of (response);
}

static ZtVerdictKind
zt_audit_filter_check (ZtFilter              *filter,
                       const ZtFilterContext *context,
                       ZtVerdict             *verdict)
{
  ZtAuditFilter *self = ZT_AUDIT_FILTER (filter);
  ZtMessage *m = context->message;
  g_autofree char *key = NULL;

  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      if (context->origin == ZT_ORIGIN_AGENT)
        return ZT_VERDICT_ALLOW;  /* the agent's own keep-alives and replays are no calls */
      if (zt_message_get_kind (m) == ZT_MESSAGE_REQUEST)
        note_request (self, context);
      else if (g_strcmp0 (zt_message_get_method (m), "notifications/cancelled") == 0)
        note_cancelled (self, context);
      return ZT_VERDICT_ALLOW;
    }

  if (context->request == NULL || !zt_message_is_response (m))
    return ZT_VERDICT_ALLOW;
  key = pending_key (context->session_id, zt_message_get_id (context->request));
  if (!g_hash_table_contains (self->pending, key))
    return ZT_VERDICT_ALLOW;  /* not a client's request (or already recorded) */
  /* The record is in the spool before the answer goes on (one write(2); the audit log's
   * writer thread moves it into audit.db with others): no answer goes out that the log does
   * not hold. If it cannot be written, the answer is refused. */
  {
    g_autoptr(GError) error = NULL;
    Pending *p = g_hash_table_lookup (self->pending, key);
    ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;
    gint64 seq;

    answer_entry (&e, p, m);
    seq = zt_audit_append_now (self->audit, &e, &error);
    g_hash_table_remove (self->pending, key);
    if (seq > 0)
      return ZT_VERDICT_ALLOW;
    g_warning ("%s", error->message);
    zt_verdict_deny (verdict, "audit", "the audit log could not record this call; see the agent's log");
    verdict->code = -32603;
    return ZT_VERDICT_DENY;
  }
}

/* An answer an earlier filter rewrote (a list left short by the policy, the pins, the scan):
 * its record names the rules after the one the request was allowed by, "grant:g-1,pin:changed".
 * Bounded: a rule is short, and each filter rewrites an answer once. */
static void
note_rewrite (ZtAuditFilter         *self,
              const ZtFilterContext *context,
              const char            *rule)
{
  g_autofree char *key = NULL;
  Pending *p;
  char *joined;

  if (rule == NULL || context->request == NULL || !zt_message_is_response (context->message))
    return;
  key = pending_key (context->session_id, zt_message_get_id (context->request));
  if ((p = g_hash_table_lookup (self->pending, key)) == NULL || (p->rule && strlen (p->rule) > 200))
    return;
  joined = p->rule ? g_strconcat (p->rule, ",", rule, NULL) : g_strdup (rule);
  g_free (p->rule);
  p->rule = joined;
}

/* A denial by a filter before this one: the request never reaches the server (to_server),
 * or its answer is withheld (to_client). */
static void
decided_cb (ZtFilterChain         *chain,
            ZtFilter              *filter,
            const ZtFilterContext *context,
            const ZtVerdict       *verdict,
            ZtAuditFilter         *self)
{
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;
  ZtMessage *request = NULL;
  g_autofree char *key = NULL;
  Pending *p = NULL;

  if (filter == ZT_FILTER (self) || context->origin == ZT_ORIGIN_AGENT)
    return;
  if (verdict->kind == ZT_VERDICT_REWRITE && context->direction == ZT_DIRECTION_TO_CLIENT)
    return note_rewrite (self, context, verdict->rule);
  if (verdict->kind != ZT_VERDICT_DENY)
    {
      /* the rule a request is allowed by (a policy grant), for its record when it is answered */
      if (verdict->rule != NULL && context->direction == ZT_DIRECTION_TO_SERVER &&
          zt_message_get_kind (context->message) == ZT_MESSAGE_REQUEST &&
          g_hash_table_size (self->rules) < MAX_PENDING)
        g_hash_table_replace (self->rules, pending_key (context->session_id, zt_message_get_id (context->message)),
                              g_strdup (verdict->rule));
      return;
    }
  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      if (zt_message_get_kind (context->message) != ZT_MESSAGE_REQUEST)
        return;  /* a notification has nobody to answer and is no call */
      request = context->message;
      key = pending_key (context->session_id, zt_message_get_id (request));
      g_hash_table_remove (self->rules, key);
      g_clear_pointer (&key, g_free);
    }
  else
    {
      if (context->request == NULL || !zt_message_is_response (context->message))
        return;
      request = context->request;
      key = pending_key (context->session_id, zt_message_get_id (request));
      p = g_hash_table_lookup (self->pending, key);
    }
  base_entry (&e, context->subject, context->service, context->session_id, context->side);
  describe (&e, request);
  e.decision = "deny";
  e.rule = verdict->rule ? verdict->rule : zt_filter_get_name (filter);
  e.reason = verdict->reason;
  e.status = "error";
  e.bytes_in = (gint64) zt_message_get_size (request);
  if (p != NULL)
    e.latency_us = g_get_monotonic_time () - p->start_us;
  append (self, &e);
  if (p != NULL)
    g_hash_table_remove (self->pending, key);
}

static void
zt_audit_filter_refused (ZtFilter              *filter,
                         const ZtFilterContext *context,
                         const char            *rule,
                         const char            *reason)
{
  ZtAuditFilter *self = ZT_AUDIT_FILTER (filter);
  ZtAuditEntry e = ZT_AUDIT_ENTRY_INIT;

  base_entry (&e, context->subject, context->service, context->session_id, context->side);
  if (context->message != NULL)
    describe (&e, context->message);
  e.kind = "refusal";
  e.decision = "deny";
  e.rule = rule;
  e.reason = reason;
  append (self, &e);
}

void
zt_audit_filter_watch (ZtAuditFilter *self,
                       ZtFilterChain *chain)
{
  g_return_if_fail (ZT_IS_AUDIT_FILTER (self));
  g_signal_connect_object (chain, "decided", G_CALLBACK (decided_cb), self, G_CONNECT_DEFAULT);
}

void
zt_audit_filter_session_closed (ZtAuditFilter *self,
                                const char    *session_id)
{
  GHashTableIter iter;
  Pending *p;

  g_return_if_fail (ZT_IS_AUDIT_FILTER (self));
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &p))
    if (g_strcmp0 (p->session, session_id) == 0)
      {
        record_unanswered (self, p, "cancelled");
        g_hash_table_iter_remove (&iter);
      }
  /* rules of requests the chain dropped before they reached this filter */
  if (g_hash_table_size (self->rules) > 0)
    {
      g_autofree char *prefix = g_strconcat (session_id ? session_id : "", "\x1f", NULL);
      const char *key;

      g_hash_table_iter_init (&iter, self->rules);
      while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
        if (g_str_has_prefix (key, prefix))
          g_hash_table_iter_remove (&iter);
    }
}

static gboolean
sweep_cb (gpointer user_data)
{
  ZtAuditFilter *self = user_data;
  GHashTableIter iter;
  Pending *p;
  /* the session answers a timed-out request itself, a little before this notices */
  gint64 limit = g_get_monotonic_time () - ((gint64) self->timeout_ms + 1000) * 1000;

  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &p))
    if (p->start_us < limit)
      {
        record_unanswered (self, p, "timeout");
        g_hash_table_iter_remove (&iter);
      }
  return G_SOURCE_CONTINUE;
}

void
zt_audit_filter_set_timeout (ZtAuditFilter *self,
                             guint          ms)
{
  g_return_if_fail (ZT_IS_AUDIT_FILTER (self));
  self->timeout_ms = ms;
  if (self->sweep == NULL && ms > 0)
    self->sweep = zt_timeout_source_attach (MIN (ms, SWEEP_MS), sweep_cb, self);
}

static void
zt_audit_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_audit_filter_check;
  iface->refused = zt_audit_filter_refused;
}

static void
zt_audit_filter_finalize (GObject *object)
{
  ZtAuditFilter *self = ZT_AUDIT_FILTER (object);

  zt_source_clear (&self->sweep);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_hash_table_unref);
  g_clear_object (&self->audit);
  G_OBJECT_CLASS (zt_audit_filter_parent_class)->finalize (object);
}

static void
zt_audit_filter_class_init (ZtAuditFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_audit_filter_finalize;
}

static void
zt_audit_filter_init (ZtAuditFilter *self)
{
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) pending_free);
  self->rules = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

ZtAuditFilter *
zt_audit_filter_new (ZtAudit *audit)
{
  ZtAuditFilter *self = g_object_new (ZT_TYPE_AUDIT_FILTER, NULL);

  self->audit = g_object_ref (audit);
  return self;
}
