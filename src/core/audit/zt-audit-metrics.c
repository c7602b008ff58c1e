/* zt-audit-metrics.c: the counters behind GET /metrics, kept as audit records are written (Prometheus text) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-audit-metrics.h"

static const double latency_buckets[] = { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                          0.5, 1, 2.5, 5, 10 };

typedef struct {
  guint64 counts[G_N_ELEMENTS (latency_buckets)];
  guint64 count;
  double  sum;
} Histogram;

struct _ZtAuditMetrics
{
  GHashTable *calls;      /* "service\x1fside\x1fdecision" -> guint64* */
  GHashTable *refusals;   /* "service\x1frule" -> guint64* */
  GHashTable *latency;    /* service -> Histogram */
  guint64     n_records;
};

ZtAuditMetrics *
zt_audit_metrics_new (void)
{
  ZtAuditMetrics *self = g_new0 (ZtAuditMetrics, 1);

  self->calls = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->refusals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->latency = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

void
zt_audit_metrics_free (ZtAuditMetrics *self)
{
  g_hash_table_unref (self->calls);
  g_hash_table_unref (self->refusals);
  g_hash_table_unref (self->latency);
  g_free (self);
}

static guint64 *
counter (GHashTable *table,
         char       *key)
{
  guint64 *n = g_hash_table_lookup (table, key);

  if (n == NULL)
    {
      n = g_new0 (guint64, 1);
      g_hash_table_insert (table, key, n);
    }
  else
    g_free (key);
  return n;
}

void
zt_audit_metrics_count (ZtAuditMetrics     *self,
                        const ZtAuditEntry *e)
{
  const char *service = e->service ? e->service : "";

  self->n_records++;
  if (g_strcmp0 (e->kind, "refusal") == 0)
    (*counter (self->refusals, g_strconcat (service, "\x1f", e->rule ? e->rule : "", NULL)))++;
  if (g_strcmp0 (e->kind, "call") != 0)
    return;
  (*counter (self->calls, g_strconcat (service, "\x1f", e->side ? e->side : "", "\x1f",
                                        e->decision ? e->decision : "", NULL)))++;
  if (e->latency_us >= 0)
    {
      Histogram *h = g_hash_table_lookup (self->latency, service);
      double s = (double) e->latency_us / G_USEC_PER_SEC;

      if (h == NULL)
        {
          h = g_new0 (Histogram, 1);
          g_hash_table_insert (self->latency, g_strdup (service), h);
        }
      for (guint i = 0; i < G_N_ELEMENTS (latency_buckets); i++)
        if (s <= latency_buckets[i])
          h->counts[i]++;
      h->count++;
      h->sum += s;
    }
}


static void
append_label (GString    *out,
              const char *name,
              const char *value)
{
  g_string_append_printf (out, "%s=\"", name);
  for (const char *p = value; *p; p++)
    {
      if (*p == '\\' || *p == '"')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static gint
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (a, b);
}

static void
append_counters (GString           *out,
                 GHashTable        *table,
                 const char        *metric,
                 const char * const *labels)
{
  g_autoptr(GList) keys = g_list_sort (g_hash_table_get_keys (table), compare_keys);

  for (GList *l = keys; l; l = l->next)
    {
      g_auto(GStrv) values = g_strsplit (l->data, "\x1f", -1);

      g_string_append_printf (out, "%s{", metric);
      for (guint i = 0; labels[i] && values[i]; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_label (out, labels[i], values[i]);
        }
      g_string_append_printf (out, "} %" G_GUINT64_FORMAT "\n", *(guint64 *) g_hash_table_lookup (table, l->data));
    }
}

void
zt_audit_metrics_write (ZtAuditMetrics *self,
                        GString        *out)
{
  static const char *call_labels[] = { "service", "side", "decision", NULL };
  static const char *refusal_labels[] = { "service", "rule", NULL };
  g_autoptr(GList) services = NULL;

  g_string_append (out, "# HELP zt_calls_total MCP requests decided, by service, side and decision.\n"
                        "# TYPE zt_calls_total counter\n");
  append_counters (out, self->calls, "zt_calls_total", call_labels);
  g_string_append (out, "# HELP zt_refusals_total Requests refused before the filter chain.\n"
                        "# TYPE zt_refusals_total counter\n");
  append_counters (out, self->refusals, "zt_refusals_total", refusal_labels);
  g_string_append (out, "# HELP zt_call_latency_seconds Time from a request to its answer.\n"
                        "# TYPE zt_call_latency_seconds histogram\n");
  services = g_list_sort (g_hash_table_get_keys (self->latency), compare_keys);
  for (GList *l = services; l; l = l->next)
    {
      Histogram *h = g_hash_table_lookup (self->latency, l->data);
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      for (guint i = 0; i < G_N_ELEMENTS (latency_buckets); i++)
        {
          g_string_append (out, "zt_call_latency_seconds_bucket{");
          append_label (out, "service", l->data);
          g_string_append_printf (out, ",le=\"%s\"} %" G_GUINT64_FORMAT "\n",
                                  g_ascii_formatd (buf, sizeof buf, "%g", latency_buckets[i]), h->counts[i]);
        }
      g_string_append (out, "zt_call_latency_seconds_bucket{");
      append_label (out, "service", l->data);
      g_string_append_printf (out, ",le=\"+Inf\"} %" G_GUINT64_FORMAT "\n", h->count);
      g_string_append (out, "zt_call_latency_seconds_sum{");
      append_label (out, "service", l->data);
      g_string_append_printf (out, "} %s\n", g_ascii_dtostr (buf, sizeof buf, h->sum));
      g_string_append (out, "zt_call_latency_seconds_count{");
      append_label (out, "service", l->data);
      g_string_append_printf (out, "} %" G_GUINT64_FORMAT "\n", h->count);
    }
  g_string_append_printf (out, "# HELP zt_audit_records_total Audit records written since the agent started.\n"
                               "# TYPE zt_audit_records_total counter\nzt_audit_records_total %" G_GUINT64_FORMAT "\n",
                          self->n_records);
}

