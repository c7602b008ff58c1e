/* zt-audit-page.c: the audit log: every call decided, filtered, verified and exported */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-audit-export.h"
#include "zt-audit-page.h"
#include "zt-markdown-view.h"
#include "zt-error-dialog.h"
#include "zt-jsonrpc.h"

#define FILTER_DELAY_MS 400
#define LIVE_DELAY_MS 500

typedef struct {
  double calls;
  double denials;
  gint64 start;
} Bucket;

struct _ZtAuditPage {
  GtkWidget           parent_instance;

  ZtClient           *client;
  ZtAuditModel       *model;
  GtkSingleSelection *selection;
  GCancellable       *cancellable;   /* stats, verify, export: cancelled with the page */
  guint               filter_id;
  guint               live_id;
  gulong              live_handler;
  GArray             *buckets;       /* Bucket */
  guint               pending_select; /* a placeholder row selected before its record came */
  gint64              bucket_seconds;
  gint64              stats_since;    /* the chart's span: bars sit where their bucket starts */
  gint64              stats_until;

  GtkWidget          *box;
  GtkDropDown        *range;
  GtkEntry           *subject;
  GtkEntry           *service;
  GtkEntry           *tool;
  GtkDropDown        *decision;
  GtkSearchEntry     *search;
  GtkToggleButton    *live;
  GtkButton          *verify;
  GtkButton          *export;
  GtkLabel           *verify_label;
  GtkDrawingArea     *chart;
  GtkLabel           *chart_label;
  GtkStack           *stack;
  GtkColumnView      *view;
  AdwStatusPage      *error_page;
  char               *error_shown;   /* the agent's words under error_page, or NULL */
  GtkTextView        *detail;
};

G_DEFINE_FINAL_TYPE (ZtAuditPage, zt_audit_page, GTK_TYPE_WIDGET)

enum { TOAST, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
toast (ZtAuditPage *self,
       const char  *text)
{
  g_signal_emit (self, signals[TOAST], 0, text);
}

/* Filters ---------------------------------------------------------------------------------- */

static const gint64 range_seconds[] = { 3600, 86400, 7 * 86400, 30 * 86400, 0 };

static void
append_param (GString    *q,
              const char *name,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  escaped = g_uri_escape_string (value, NULL, TRUE);
  g_string_append_printf (q, "%s%s=%s", q->len ? "&" : "", name, escaped);
}

char *
zt_audit_page_get_query (ZtAuditPage *self)
{
  GString *q = g_string_new (NULL);
  guint range = gtk_drop_down_get_selected (self->range);
  guint decision = gtk_drop_down_get_selected (self->decision);
  g_autofree char *subject = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject))));
  g_autofree char *service = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->service))));
  g_autofree char *tool = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->tool))));

  if (range < G_N_ELEMENTS (range_seconds) && range_seconds[range] > 0)
    g_string_append_printf (q, "since=%" G_GINT64_FORMAT, g_get_real_time () / G_USEC_PER_SEC - range_seconds[range]);
  append_param (q, "subject", subject);
  append_param (q, "service", service);
  append_param (q, "tool", tool);
  append_param (q, "decision", decision == 1 ? "allow" : decision == 2 ? "deny" : NULL);
  append_param (q, "q", gtk_editable_get_text (GTK_EDITABLE (self->search)));
  return g_string_free (q, FALSE);
}

/* Cells ------------------------------------------------------------------------------------ */

typedef enum {
  COL_TIME, COL_SUBJECT, COL_SERVICE, COL_TOOL, COL_DECISION, COL_RULE, COL_LATENCY, COL_STATUS, N_COLS
} Column;

static const struct {
  const char *title;
  int         chars;
  gboolean    expand;
} columns[N_COLS] = {
  { N_("Time"), 19, FALSE },
  { N_("Subject"), 18, TRUE },
  { N_("Service"), 10, FALSE },
  { N_("Tool or Method"), 16, FALSE },
  { N_("Decision"), 7, FALSE },
  { N_("Rule"), 16, TRUE },
  { N_("Latency"), 8, FALSE },
  { N_("Status"), 8, FALSE },
};

/* spiffe://MESH/user/U/endpoint/E reads "U on E"; the full name is in the detail pane */
static char *
short_subject (const char *subject)
{
  g_auto(GStrv) parts = NULL;
  const char *user = NULL, *endpoint = NULL;

  if (subject == NULL || !g_str_has_prefix (subject, "spiffe://"))
    return g_strdup (subject ? subject : "");
  parts = g_strsplit (subject + strlen ("spiffe://"), "/", -1);
  for (guint i = 1; parts[i] && parts[i + 1]; i += 2)
    {
      if (strcmp (parts[i], "user") == 0)
        user = parts[i + 1];
      else if (strcmp (parts[i], "endpoint") == 0)
        endpoint = parts[i + 1];
    }
  if (user && endpoint)
    return g_strdup_printf (_("%s on %s"), user, endpoint);
  return g_strdup (subject);
}

static char *
cell_text (JsonObject *r,
           Column      col)
{
  switch (col)
    {
    case COL_TIME:
      {
        gint64 us = json_object_get_int_member_with_default (r, "time_us", 0);
        g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (us / G_USEC_PER_SEC);
        return t ? g_date_time_format (t, "%Y-%m-%d %H:%M:%S") : g_strdup ("");
      }
    case COL_SUBJECT:
      return short_subject (json_object_get_string_member_with_default (r, "subject", NULL));
    case COL_SERVICE:
      return g_strdup (json_object_get_string_member_with_default (r, "service", ""));
    case COL_TOOL:
      {
        /* a call that is no tool call (initialize, a list, a policy change) says its method */
        JsonNode *tool = json_object_get_member (r, "tool");
        JsonNode *method = json_object_get_member (r, "method");

        if (tool != NULL && JSON_NODE_HOLDS_VALUE (tool) && json_node_get_value_type (tool) == G_TYPE_STRING)
          return g_strdup (json_node_get_string (tool));
        if (method != NULL && JSON_NODE_HOLDS_VALUE (method) && json_node_get_value_type (method) == G_TYPE_STRING)
          return g_strdup (json_node_get_string (method));
        return g_strdup ("");
      }
    case COL_DECISION:
      return g_strdup (json_object_get_string_member_with_default (r, "decision", ""));
    case COL_RULE:
      return g_strdup (json_object_get_string_member_with_default (r, "rule", ""));
    case COL_LATENCY:
      if (!json_object_has_member (r, "latency_us") || json_object_get_null_member (r, "latency_us"))
        return g_strdup ("");
      return g_strdup_printf (_("%.1f ms"), json_object_get_int_member (r, "latency_us") / 1000.0);
    case COL_STATUS:
      return g_strdup (json_object_get_string_member_with_default (r, "status", ""));
    case N_COLS:
    default:
      break;
    }
  g_assert_not_reached ();
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column col = GPOINTER_TO_INT (user_data);
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), columns[col].chars);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), columns[col].chars);
  if (col == COL_LATENCY)
    gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
  if (col == COL_TIME || col == COL_LATENCY)
    gtk_widget_add_css_class (cell, "numeric");
  gtk_list_item_set_child (item, cell);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  Column col = GPOINTER_TO_INT (user_data);
  GtkWidget *cell = gtk_list_item_get_child (item);
  JsonObject *r = zt_audit_record_get_json (gtk_list_item_get_item (item));
  g_autofree char *raw = r ? cell_text (r, col) : NULL;
  /* a tool's or a method's name is a client's or a peer's: no control or bidi override
   * (which could show "\u202eexe.txt" as "txt.exe") reaches the screen */
  g_autofree char *text = raw ? zt_markdown_sanitize (raw, -1) : NULL;
  gboolean denied = r && g_strcmp0 (json_object_get_string_member_with_default (r, "decision", NULL), "allow") != 0;

  /* a placeholder until its page arrives; style classes change only where they mean
   * something (a changed class restyles the cell) */
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), r ? text : (col == COL_TIME ? "…" : NULL));
  if (col == COL_RULE)
    gtk_widget_set_tooltip_text (cell, r ? text : NULL);
  else if (col == COL_DECISION)
    {
      if (denied)
        gtk_widget_add_css_class (cell, "error");
      else
        gtk_widget_remove_css_class (cell, "error");
    }
}

static void
add_columns (ZtAuditPage *self)
{
  for (Column col = 0; col < N_COLS; col++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), GINT_TO_POINTER (col));
      g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), GINT_TO_POINTER (col));
      column = gtk_column_view_column_new (_(columns[col].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[col].expand);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/* The detail pane ---------------------------------------------------------------------------- */

static void
show_detail (ZtAuditPage *self)
{
  ZtAuditRecord *record = self->selection ? gtk_single_selection_get_selected_item (self->selection) : NULL;
  JsonObject *r = record ? zt_audit_record_get_json (record) : NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->detail);

  if (r == NULL)
    {
      gtk_text_buffer_set_text (buffer, record ? _("Loading…") : _("Select a record to see all of it."), -1);
      return;
    }
  {
    g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
    g_autofree char *text = NULL;

    json_node_set_object (node, r);
    text = zt_json_to_string_pretty (node);
    gtk_text_buffer_set_text (buffer, text, -1);
  }
}

static void
selection_changed_cb (ZtAuditPage *self)
{
  ZtAuditRecord *record = gtk_single_selection_get_selected_item (self->selection);

  /* the record replaces its placeholder in the model, which unselects it: reselected when it
   * comes (model_items_changed_cb) */
  if (record != NULL)
    self->pending_select = zt_audit_record_get_json (record) ? GTK_INVALID_LIST_POSITION
                                                             : gtk_single_selection_get_selected (self->selection);
  show_detail (self);
}

/* The model ------------------------------------------------------------------------------------ */

/* The error page's plain sentence, the agent's words (@detail, may be NULL) behind Details;
 * the same words again keep the expander as the user left it */
static void
show_error (ZtAuditPage *self,
            const char  *sentence,
            const char  *detail)
{
  adw_status_page_set_description (self->error_page, sentence);
  if (g_strcmp0 (detail, self->error_shown) == 0)
    return;
  g_free (self->error_shown);
  self->error_shown = g_strdup (detail);
  if (detail != NULL)
    {
      GtkWidget *expander = zt_error_detail_new (detail);

      gtk_widget_set_halign (expander, GTK_ALIGN_CENTER);
      adw_status_page_set_child (self->error_page, expander);
    }
  else
    adw_status_page_set_child (self->error_page, NULL);
}

static void
update_state (ZtAuditPage *self)
{
  const char *error = self->model ? zt_audit_model_get_error (self->model) : NULL;

  if (self->model == NULL)
    gtk_stack_set_visible_child_name (self->stack, "error");
  else if (error != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    {
      show_error (self, _("The agent did not send its audit log. It may be older than the app, or its audit log is "
                          "switched off."), error);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else if (!zt_audit_model_get_loaded (self->model))
    gtk_stack_set_visible_child_name (self->stack, "loading");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_set_sensitive (GTK_WIDGET (self->export), self->model && error == NULL);
}

static void
model_items_changed_cb (ZtAuditPage *self,
                        guint        position,
                        guint        removed,
                        guint        added)
{
  guint pending = self->pending_select;

  update_state (self);
  if (pending != GTK_INVALID_LIST_POSITION && removed == added && position <= pending && pending < position + added)
    gtk_single_selection_set_selected (self->selection, pending);
  else if (removed != added)
    self->pending_select = GTK_INVALID_LIST_POSITION;
}

static void fetch_stats (ZtAuditPage *self);

static void
rebuild (ZtAuditPage *self)
{
  g_autofree char *query = NULL;

  g_clear_handle_id (&self->filter_id, g_source_remove);
  if (self->model)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);
  if (self->client == NULL)
    {
      gtk_single_selection_set_model (self->selection, NULL);
      show_error (self, _("The app is not connected to an agent."), NULL);
      update_state (self);
      return;
    }
  query = zt_audit_page_get_query (self);
  self->model = zt_audit_model_new (self->client, query);
  self->pending_select = GTK_INVALID_LIST_POSITION;
  /* after the selection has seen the change */
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (model_items_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->model, "notify::loaded", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::error", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  update_state (self);
  show_detail (self);
  fetch_stats (self);
}

ZtAuditModel *
zt_audit_page_get_model (ZtAuditPage *self)
{
  g_return_val_if_fail (ZT_IS_AUDIT_PAGE (self), NULL);
  return self->model;
}

static gboolean
filter_timeout_cb (gpointer user_data)
{
  ZtAuditPage *self = user_data;

  self->filter_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
filter_changed_cb (ZtAuditPage *self)
{
  g_clear_handle_id (&self->filter_id, g_source_remove);
  self->filter_id = g_timeout_add (FILTER_DELAY_MS, filter_timeout_cb, self);
}

/* Live ----------------------------------------------------------------------------------------- */

static gboolean
live_timeout_cb (gpointer user_data)
{
  ZtAuditPage *self = user_data;

  self->live_id = 0;
  if (self->model)
    zt_audit_model_refresh (self->model);
  fetch_stats (self);
  return G_SOURCE_REMOVE;
}

static void
audit_event_cb (ZtAuditPage *self)
{
  /* the agent coalesces, and so does the page: one refresh per burst */
  if (self->live_id == 0)
    self->live_id = g_timeout_add (LIVE_DELAY_MS, live_timeout_cb, self);
}

static void
live_toggled_cb (ZtAuditPage *self)
{
  gboolean on = gtk_toggle_button_get_active (self->live);

  if (self->live_handler && self->client)
    g_signal_handler_disconnect (self->client, self->live_handler);
  self->live_handler = 0;
  if (on && self->client)
    {
      self->live_handler = g_signal_connect_object (self->client, "event::audit", G_CALLBACK (audit_event_cb), self,
                                                    G_CONNECT_SWAPPED);
      audit_event_cb (self);
    }
}

/* The chart ------------------------------------------------------------------------------------- */

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  ZtAuditPage *self = user_data;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (area));
  G_GNUC_END_IGNORE_DEPRECATIONS
  GdkRGBA accent = { 0.2, 0.5, 0.9, 1 }, error = { 0.9, 0.2, 0.2, 1 }, fg = { 0.5, 0.5, 0.5, 1 };
  double max = 1, slot;
  guint n = self->buckets->len;
  gint64 slots = self->bucket_seconds > 0 ? (self->stats_until - self->stats_since) / self->bucket_seconds : 0;

  /* the theme's colours, so light, dark and high contrast all read */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (ctx, "accent_color", &accent);
  gtk_style_context_lookup_color (ctx, "error_color", &error);
  gtk_style_context_get_color (ctx, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  gdk_cairo_set_source_rgba (cr, &fg);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.2);
  cairo_rectangle (cr, 0, height - 1, width, 1);
  cairo_fill (cr);
  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    max = MAX (max, g_array_index (self->buckets, Bucket, i).calls);
  /* the agent may leave out empty buckets: each bar goes where its interval starts */
  slots = MAX (slots, (gint64) n);
  slot = (double) width / slots;
  for (guint i = 0; i < n; i++)
    {
      Bucket *b = &g_array_index (self->buckets, Bucket, i);
      gint64 at = self->bucket_seconds > 0 ? CLAMP ((b->start - self->stats_since) / self->bucket_seconds, 0, slots - 1) : i;
      double x = at * slot + MIN (1.0, slot * 0.1);
      double w = MAX (1.0, slot - 2 * MIN (1.0, slot * 0.1));
      double hc = (height - 2) * b->calls / max;
      double hd = (height - 2) * b->denials / max;

      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.8);
      cairo_rectangle (cr, x, height - 1 - hc, w, hc);
      cairo_fill (cr);
      if (hd > 0)
        {
          gdk_cairo_set_source_rgba (cr, &error);
          cairo_rectangle (cr, x, height - 1 - hd, w, MAX (hd, 1.0));
          cairo_fill (cr);
        }
    }
}

static void
summarise_chart (ZtAuditPage *self)
{
  double calls = 0, denials = 0, busiest = -1;
  gint64 busiest_start = 0;
  g_autofree char *text = NULL;
  g_autofree char *when = NULL;

  for (guint i = 0; i < self->buckets->len; i++)
    {
      Bucket *b = &g_array_index (self->buckets, Bucket, i);
      calls += b->calls;
      denials += b->denials;
      if (b->calls > busiest)
        {
          busiest = b->calls;
          busiest_start = b->start;
        }
    }
  if (busiest > 0)
    {
      g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (busiest_start);
      when = g_date_time_format (t, self->bucket_seconds >= 86400 ? "%Y-%m-%d" : "%Y-%m-%d %H:%M");
      text = g_strdup_printf (_("%.0f calls, %.0f denied; the busiest interval began %s (%.0f calls)"),
                              calls, denials, when, busiest);
    }
  else
    text = g_strdup_printf (_("%.0f calls, %.0f denied"), calls, denials);
  gtk_label_set_text (self->chart_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Calls and denials over time"), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart), text);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
stats_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  ZtAuditPage *self = user_data;
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  JsonArray *a = o && json_object_has_member (o, "buckets") ? json_object_get_array_member (o, "buckets") : NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_array_set_size (self->buckets, 0);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart_label), NULL);
  if (a == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("No statistics: %s"), error ? zt_error_client_sentence (error)
                                                                               : _("the agent sent none."));
      gtk_label_set_text (self->chart_label, text);
      /* the agent's own words for whoever looks closer; the chart is no place for a dialog */
      if (error != NULL)
        gtk_widget_set_tooltip_text (GTK_WIDGET (self->chart_label), error->message);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      gtk_widget_queue_draw (GTK_WIDGET (self->chart));
      return;
    }
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonObject *b = json_array_get_object_element (a, i);
      Bucket bucket;

      if (b == NULL)
        continue;
      bucket.start = json_object_get_int_member_with_default (b, "start", 0);
      bucket.calls = json_object_get_int_member_with_default (b, "calls", 0);
      bucket.denials = json_object_get_int_member_with_default (b, "denials", 0);
      g_array_append_val (self->buckets, bucket);
    }
  summarise_chart (self);
}

static void
fetch_stats (ZtAuditPage *self)
{
  guint range = gtk_drop_down_get_selected (self->range);
  gint64 span = range < G_N_ELEMENTS (range_seconds) && range_seconds[range] > 0 ? range_seconds[range] : 30 * 86400;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *path = NULL;

  if (self->client == NULL)
    return;
  /* 24 to 60 bars whatever the range */
  self->bucket_seconds = span <= 3600 ? 60 : span <= 86400 ? 3600 : span <= 7 * 86400 ? 6 * 3600 : 86400;
  /* whole buckets, so that the bars line up with the agent's */
  self->stats_until = (now / self->bucket_seconds + 1) * self->bucket_seconds;
  self->stats_since = self->stats_until - (span / self->bucket_seconds) * self->bucket_seconds;
  path = g_strdup_printf ("/audit/stats?since=%" G_GINT64_FORMAT "&until=%" G_GINT64_FORMAT "&bucket=%" G_GINT64_FORMAT,
                          self->stats_since, self->stats_until, self->bucket_seconds);
  zt_client_call_async (self->client, "GET", path, NULL, self->cancellable, stats_cb, self);
}

/* Verify and export ------------------------------------------------------------------------------ */

static void
verify_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);
  ZtAuditPage *self = user_data;
  JsonObject *o = answer && JSON_NODE_HOLDS_OBJECT (answer) ? json_node_get_object (answer) : NULL;
  g_autofree char *text = NULL;
  gboolean ok = FALSE;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->verify), TRUE);
  if (o == NULL)
    {
      text = g_strdup (_("The chain could not be checked."));
      zt_error_dialog_present_client_error (GTK_WIDGET (self), _("The Chain Was Not Checked"), error);
    }
  else if ((ok = json_object_get_boolean_member_with_default (o, "ok", FALSE)))
    text = g_strdup_printf (_("The chain is intact: %" G_GINT64_FORMAT " records and %" G_GINT64_FORMAT
                              " checkpoints checked; nothing was changed or removed."),
                            json_object_get_int_member_with_default (o, "checked", 0),
                            json_object_get_int_member_with_default (o, "checkpoints", 0));
  else
    {
      JsonObject *p = json_object_has_member (o, "problem") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (o, "problem"))
                        ? json_object_get_object_member (o, "problem") : NULL;
      text = g_strdup_printf (_("The chain is broken at record %" G_GINT64_FORMAT ": %s. Records from there on may "
                                "have been changed or removed outside the agent."),
                              p ? json_object_get_int_member_with_default (p, "seq", 0) : 0,
                              p ? json_object_get_string_member_with_default (p, "what", _("unknown")) : _("unknown"));
    }
  gtk_label_set_text (self->verify_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->verify_label), ok ? "error" : "success");
  gtk_widget_add_css_class (GTK_WIDGET (self->verify_label), ok ? "success" : "error");
  gtk_widget_set_visible (GTK_WIDGET (self->verify_label), TRUE);
}

static void
verify_clicked_cb (ZtAuditPage *self)
{
  if (self->client == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->verify), FALSE);
  gtk_label_set_text (self->verify_label, _("Checking the chain…"));
  gtk_widget_set_visible (GTK_WIDGET (self->verify_label), TRUE);
  zt_client_call_async (self->client, "GET", "/audit/verify", NULL, self->cancellable, verify_cb, self);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gint64 n = zt_audit_export_finish (result, &error);
  ZtAuditPage *self = user_data;
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->export), TRUE);
  if (n < 0)
    {
      const char *body = error->domain == ZT_CLIENT_ERROR
                         ? zt_error_client_sentence (error)
                         : _("The export stopped before its end: the file holds only part of the log, if any. "
                             "Check the folder and the space left on its disk, then export again.");
      zt_error_dialog_present_error (GTK_WIDGET (self), _("The Audit Log Was Not Exported"), body, error);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %" G_GINT64_FORMAT " record",
                                       "Exported %" G_GINT64_FORMAT " records", n), n);
  toast (self, text);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    ZtAuditPage     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *query = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file == NULL || self->client == NULL)
    return;
  query = zt_audit_page_get_query (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export), FALSE);
  zt_audit_export_async (self->client, query, file, 0, self->cancellable, export_done_cb, self);
}

static void
export_clicked_cb (ZtAuditPage *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "zt4mcp-audit-%Y%m%d-%H%M.jsonl");

  chooser = gtk_file_chooser_native_new (_("Export the Audit Records"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* -------------------------------------------------------------------------------------------- */

void
zt_audit_page_set_client (ZtAuditPage *self,
                          ZtClient    *client)
{
  g_return_if_fail (ZT_IS_AUDIT_PAGE (self));
  if (self->live_handler && self->client)
    g_signal_handler_disconnect (self->client, self->live_handler);
  self->live_handler = 0;
  g_set_object (&self->client, client);
  live_toggled_cb (self);
  rebuild (self);
}

static void
zt_audit_page_dispose (GObject *object)
{
  ZtAuditPage *self = ZT_AUDIT_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->filter_id, g_source_remove);
  g_clear_handle_id (&self->live_id, g_source_remove);
  if (self->live_handler && self->client)
    g_signal_handler_disconnect (self->client, self->live_handler);
  self->live_handler = 0;
  if (self->model)
    g_signal_handlers_disconnect_by_data (self->model, self);
  if (self->view)
    gtk_column_view_set_model (self->view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_AUDIT_PAGE);
  G_OBJECT_CLASS (zt_audit_page_parent_class)->dispose (object);
}

static void
zt_audit_page_finalize (GObject *object)
{
  ZtAuditPage *self = ZT_AUDIT_PAGE (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->buckets, g_array_unref);
  g_free (self->error_shown);
  G_OBJECT_CLASS (zt_audit_page_parent_class)->finalize (object);
}

static void
zt_audit_page_class_init (ZtAuditPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_audit_page_dispose;
  object_class->finalize = zt_audit_page_finalize;

  signals[TOAST] = g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-audit-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, box);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, range);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, subject);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, service);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, tool);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, decision);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, search);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, live);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, verify);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, export);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, verify_label);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, chart);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, chart_label);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, view);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZtAuditPage, detail);
}

static void
zt_audit_page_init (ZtAuditPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  zt_a11y_name_drop_down (self->range, _("Time range"));
  zt_a11y_name_drop_down (self->decision, _("Filter by decision"));
  self->cancellable = g_cancellable_new ();
  self->buckets = g_array_new (FALSE, FALSE, sizeof (Bucket));
  self->pending_select = GTK_INVALID_LIST_POSITION;
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
  add_columns (self);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart_cb, self, NULL);
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self->view));

  g_signal_connect_swapped (self->range, "notify::selected", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->decision, "notify::selected", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->subject, "changed", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->service, "changed", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->tool, "changed", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->subject, "activate", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->service, "activate", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->tool, "activate", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (rebuild), self);
  g_signal_connect_swapped (self->live, "toggled", G_CALLBACK (live_toggled_cb), self);
  g_signal_connect_swapped (self->verify, "clicked", G_CALLBACK (verify_clicked_cb), self);
  g_signal_connect_swapped (self->export, "clicked", G_CALLBACK (export_clicked_cb), self);
  show_detail (self);
  rebuild (self);
}

GtkWidget *
zt_audit_page_new (void)
{
  return g_object_new (ZT_TYPE_AUDIT_PAGE, NULL);
}
