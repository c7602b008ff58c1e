/* test-audit-scroll.c: the Audit page over a million records: a loopback server that answers
 * the audit API of docs/policy-audit.md with synthesized records, so the lazy model is tested
 * for what it asks (a page of 200 at a time, only for what is shown) and the page for what it
 * shows (placeholders replaced, filters, detail, verify, live, export). */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libsoup/soup.h>

#include "zt-audit-export.h"
#include "zt-audit-page.h"
#include "zt-client.h"
#include "zt-gui-test-util.h"

#define TOTAL 1000000

static struct {
  SoupServer *server;
  char       *url;
  guint       total;
  guint       page_requests;
  guint       max_offset;
  guint       export_requests;
  GPtrArray  *event_streams;   /* SoupServerMessage, paused between events */
} srv;

static void
reply (SoupServerMessage *msg,
       guint              status,
       const char        *type,
       char              *body)
{
  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, type, SOUP_MEMORY_TAKE, body, strlen (body));
}

static JsonObject *
record (guint seq)
{
  JsonObject *r = json_object_new ();
  gboolean deny = seq % 7 == 0;

  json_object_set_int_member (r, "seq", seq);
  json_object_set_int_member (r, "time_us", 1795990000000000 + (gint64) seq * 1000000);
  json_object_set_string_member (r, "side", "exporter");
  json_object_set_string_member (r, "kind", "call");
  json_object_set_string_member (r, "subject", seq % 3 ? "spiffe://m/user/alice/endpoint/lap" : "spiffe://m/user/bob/endpoint/pc");
  json_object_set_string_member (r, "service", "files");
  json_object_set_string_member (r, "method", "tools/call");
  json_object_set_string_member (r, "tool", seq % 2 ? "read_file" : "list_dir");
  json_object_set_string_member (r, "args_preview", "{\"path\":\"/docs/a.md\",\"token\":\"[redacted]\"}");
  json_object_set_string_member (r, "decision", deny ? "deny" : "allow");
  json_object_set_string_member (r, "rule", deny ? "policy:default-deny" : "grant:g-3f2a9c1e");
  json_object_set_int_member (r, "latency_us", 800 + seq % 500);
  json_object_set_string_member (r, "status", deny ? "error" : "ok");
  json_object_set_string_member (r, "hash", "0f0f");
  return r;
}

static void
audit_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  const char *decision = query ? g_hash_table_lookup (query, "decision") : NULL;
  const char *q = query ? g_hash_table_lookup (query, "q") : NULL;
  guint offset = query && g_hash_table_lookup (query, "offset") ? atoi (g_hash_table_lookup (query, "offset")) : 0;
  guint limit = query && g_hash_table_lookup (query, "limit") ? atoi (g_hash_table_lookup (query, "limit")) : 100;
  /* "deny" keeps every seventh record; a search for "nothing" finds none */
  gboolean denies = g_strcmp0 (decision, "deny") == 0;
  guint total = q && strcmp (q, "nothing") == 0 ? 0 : denies ? srv.total / 7 : srv.total;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *o = json_object_new ();
  JsonArray *a = json_array_new ();

  g_assert_cmpuint (limit, <=, 1000);
  if (limit > 1)
    {
      srv.page_requests++;
      srv.max_offset = MAX (srv.max_offset, offset);
    }
  for (guint i = offset; i < total && i < offset + limit; i++)
    {
      guint seq = denies ? (srv.total / 7 - i) * 7 : srv.total - i;   /* newest first */
      json_array_add_object_element (a, record (seq));
    }
  json_object_set_array_member (o, "records", a);
  json_object_set_int_member (o, "total", total);
  root = json_node_init_object (json_node_alloc (), o);
  json_object_unref (o);
  reply (msg, 200, "application/json", json_to_string (root, FALSE));
}

static void
other_cb (SoupServer        *server,
          SoupServerMessage *msg,
          const char        *path,
          GHashTable        *query,
          gpointer           user_data)
{
  if (strcmp (path, "/api/v1/audit/verify") == 0)
    reply (msg, 200, "application/json",
           g_strdup_printf ("{\"ok\":true,\"checked\":%u,\"checkpoints\":1,\"problem\":null}", srv.total));
  else if (strcmp (path, "/api/v1/audit/stats") == 0)
    {
      GString *s = g_string_new ("{\"buckets\":[");
      for (guint i = 0; i < 24; i++)
        g_string_append_printf (s, "%s{\"start\":%u,\"calls\":%u,\"denials\":%u}", i ? "," : "",
                                1795900000 + i * 3600, 1000 + (i * 397) % 900, (i * 53) % 120);
      g_string_append (s, "]}");
      reply (msg, 200, "application/json", g_string_free (s, FALSE));
    }
  else if (strcmp (path, "/api/v1/audit/export") == 0)
    {
      /* seven records, oldest first, after_seq and limit as the agent takes them */
      guint after = query && g_hash_table_lookup (query, "after_seq") ? atoi (g_hash_table_lookup (query, "after_seq")) : 0;
      guint limit = query && g_hash_table_lookup (query, "limit") ? atoi (g_hash_table_lookup (query, "limit")) : 100000;
      GString *s = g_string_new (NULL);

      srv.export_requests++;
      for (guint seq = after + 1; seq <= 7 && seq <= after + limit; seq++)
        g_string_append_printf (s, "{\"seq\":%u,\"tool\":\"t%u\"}\n", seq, seq);
      reply (msg, 200, "application/jsonl", g_string_free (s, FALSE));
    }
  else if (strcmp (path, "/api/v1/mesh") == 0)
    reply (msg, 200, "application/json", g_strdup ("{\"joined\":false}"));
  else if (strcmp (path, "/api/v1/services") == 0)
    reply (msg, 200, "application/json", g_strdup ("{\"services\":[]}"));
  else if (strcmp (path, "/api/v1/events") == 0)
    {
      SoupMessageHeaders *h = soup_server_message_get_response_headers (msg);

      soup_server_message_set_status (msg, 200, NULL);
      soup_message_headers_set_encoding (h, SOUP_ENCODING_CHUNKED);
      soup_message_headers_set_content_type (h, "text/event-stream", NULL);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_STATIC, ": hi\n\n", 6);
      g_ptr_array_add (srv.event_streams, g_object_ref (msg));
    }
  else
    reply (msg, 404, "application/json", g_strdup ("{\"error\":{\"code\":\"not_found\",\"message\":\"no such API path\"}}"));
}

static void
send_event (const char *text)
{
  for (guint i = 0; i < srv.event_streams->len; i++)
    {
      SoupServerMessage *msg = g_ptr_array_index (srv.event_streams, i);
      soup_message_body_append (soup_server_message_get_response_body (msg), SOUP_MEMORY_COPY, text, strlen (text));
      soup_server_message_unpause (msg);
    }
}

static void
start_server (void)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  srv.total = TOTAL;
  srv.event_streams = g_ptr_array_new_with_free_func (g_object_unref);
  srv.server = soup_server_new (NULL, NULL);
  soup_server_add_handler (srv.server, "/api/v1/audit", audit_cb, NULL, NULL);
  soup_server_add_handler (srv.server, "/api/v1/audit/", other_cb, NULL, NULL);
  soup_server_add_handler (srv.server, "/api/v1/", other_cb, NULL, NULL);
  g_assert_true (soup_server_listen_local (srv.server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (srv.server);
  srv.url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

/* ------------------------------------------------------------------------------------------ */

typedef struct {
  GtkWidget    *window;
  ZtAuditPage  *page;
  ZtClient     *client;
} Fixture;

/* every row shown has its record */
static gboolean
rows_loaded (gpointer data)
{
  Fixture *f = data;
  return zt_test_rows_loaded (zt_test_find (GTK_WIDGET (f->page), "audit-view", NULL, NULL));
}

static gboolean
model_has (gpointer data)
{
  Fixture *f = ((gpointer *) data)[0];
  guint want = GPOINTER_TO_UINT (((gpointer *) data)[1]);
  ZtAuditModel *model = zt_audit_page_get_model (f->page);
  return model && zt_audit_model_get_loaded (model) && g_list_model_get_n_items (G_LIST_MODEL (model)) == want;
}

static void
wait_model_has (Fixture *f,
                guint    n)
{
  gpointer data[2] = { f, GUINT_TO_POINTER (n) };
  g_autofree char *what = g_strdup_printf ("the model to hold %u records", n);
  zt_test_wait_until (model_has, data, 10000, what);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  srv.total = TOTAL;
  f->client = zt_client_new (srv.url, "test-token");
  f->page = ZT_AUDIT_PAGE (zt_audit_page_new ());
  zt_audit_page_set_client (f->page, f->client);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->page));
  gtk_window_present (GTK_WINDOW (f->window));
  wait_model_has (f, TOTAL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  zt_test_run_for (100);
  g_clear_object (&f->client);
  g_ptr_array_set_size (srv.event_streams, 0);
}

static GtkAdjustment *
vadjustment (Fixture *f)
{
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (zt_test_find (GTK_WIDGET (f->page), "audit-scroller",
                                                                                 NULL, NULL)));
}

static void
scroll_to (Fixture *f,
           double   fraction)
{
  GtkAdjustment *adj = vadjustment (f);
  double top = (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj)) * fraction;

  gtk_adjustment_set_value (adj, top);
}

/* A million rows open at once and scroll: only the pages shown are fetched, and every row
 * shown is filled in. */
static void
test_million_rows (Fixture       *f,
                   gconstpointer  data)
{
  guint before;
  gint64 start;

  zt_test_wait_until (rows_loaded, f, 10000, "the first rows");
  g_test_message ("first screen after %u page requests", srv.page_requests);
  g_assert_cmpuint (srv.page_requests, <=, 2);
  g_free (zt_test_screenshot (f->window, "audit-million-top"));

  /* the middle: one jump, one page or two */
  before = srv.page_requests;
  scroll_to (f, 0.5);
  zt_test_run_for (100);   /* the view lays out the rows scrolled to */
  zt_test_wait_until (rows_loaded, f, 10000, "the rows in the middle");
  g_test_message ("middle: %u page requests, furthest offset %u", srv.page_requests - before, srv.max_offset);
  g_assert_cmpuint (srv.max_offset, >=, TOTAL / 2 - 2000);
  g_assert_cmpuint (srv.page_requests - before, <=, 3);
  g_free (zt_test_screenshot (f->window, "audit-million-middle"));

  /* a fast drag from top to bottom in 60 frames: pages scrolled past are not all fetched */
  before = srv.page_requests;
  start = g_get_monotonic_time ();
  for (guint i = 0; i <= 60; i++)
    {
      scroll_to (f, i / 60.0);
      zt_test_run_for (16);
    }
  zt_test_run_for (100);
  g_test_message ("the drag took %" G_GINT64_FORMAT " ms", (g_get_monotonic_time () - start) / 1000);
  zt_test_wait_until (rows_loaded, f, 10000, "the last rows");
  g_test_message ("drag: %u page requests for 61 positions", srv.page_requests - before);
  /* a screen can straddle two pages; of the 5 000 pages, at most two per position */
  g_assert_cmpuint (srv.page_requests - before, <=, 2 * 61);
  g_assert_cmpuint (srv.max_offset, >=, TOTAL - 400);
  g_free (zt_test_screenshot (f->window, "audit-million-end"));
}

static gboolean
label_says (gpointer data)
{
  GtkWidget **w = data;
  return gtk_widget_get_visible (w[0]) && strstr (gtk_label_get_text (GTK_LABEL (w[0])), (char *) w[1]) != NULL;
}

static gboolean
detail_has_seq (gpointer data)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (data);
  GtkTextIter a, b;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &a, &b);
  text = gtk_text_buffer_get_text (buffer, &a, &b, FALSE);
  return strstr (text, "\"seq\" : 999999") != NULL || strstr (text, "\"seq\": 999999") != NULL;
}

static gboolean
stack_is (gpointer data)
{
  gpointer *d = data;
  return g_strcmp0 (gtk_stack_get_visible_child_name (d[0]), d[1]) == 0;
}

/* Filters rebuild the model; a row's record shows in the detail pane; Verify says the chain is
 * intact; Live puts new records on top. */
static void
test_filters_detail_verify_live (Fixture       *f,
                                 gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->page);
  GtkWidget *verify_label = zt_test_find (root, "audit-verify-result", NULL, NULL);
  GtkWidget *view = zt_test_find (root, "audit-view", NULL, NULL);
  GtkSelectionModel *selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (view));
  GtkWidget *stack = zt_test_find (root, "page-stack", NULL, NULL);
  gpointer verified[2] = { verify_label, "intact" };
  gpointer empty[2] = { stack, "empty" };
  ZtAuditModel *model;
  g_autofree char *query = NULL;

  /* denied only */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (zt_test_find (root, "audit-decision", NULL, NULL)), 2);
  wait_model_has (f, TOTAL / 7);
  query = zt_audit_page_get_query (f->page);
  g_assert_nonnull (strstr (query, "decision=deny"));
  zt_test_wait_until (rows_loaded, f, 10000, "the denied rows");
  g_free (zt_test_screenshot (f->window, "audit-denied"));

  /* a search that finds nothing says so */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (root, "audit-search", NULL, NULL)), "nothing");
  zt_test_wait_until (stack_is, empty, 10000, "the empty state");
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (root, "audit-search", NULL, NULL)), "");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (zt_test_find (root, "audit-decision", NULL, NULL)), 0);
  wait_model_has (f, TOTAL);

  /* the newest record, in full */
  gtk_selection_model_select_item (selection, 1, TRUE);
  zt_test_wait_until (detail_has_seq, zt_test_find (root, "audit-detail", NULL, NULL), 10000, "the record in the detail pane");

  zt_test_click (zt_test_find (root, "audit-verify", NULL, NULL));
  zt_test_wait_until (label_says, verified, 10000, "the chain to be verified");
  g_assert_true (gtk_widget_has_css_class (verify_label, "success"));
  g_free (zt_test_screenshot (f->window, "audit-verified"));
  /* the chart and the table read in dark mode too */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  g_free (zt_test_screenshot (f->window, "audit-dark"));
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* live: five new records arrive on top */
  model = zt_audit_page_get_model (f->page);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (zt_test_find (root, "audit-live", NULL, NULL)), TRUE);
  zt_test_run_for (300);
  srv.total += 5;
  send_event ("event: audit\ndata: {\"type\":\"audit\",\"seq\":1000005}\n\n");
  wait_model_has (f, TOTAL + 5);
  g_assert_true (model == zt_audit_page_get_model (f->page));   /* the same model, grown */
}

typedef struct {
  gboolean done;
  gint64   n;
} Export;

static void
export_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Export *e = user_data;
  g_autoptr(GError) error = NULL;

  e->n = zt_audit_export_finish (result, &error);
  g_assert_no_error (error);
  e->done = TRUE;
}

static gboolean
export_done (gpointer data)
{
  return ((Export *) data)->done;
}

/* Export streams the agent's JSON Lines into the file chosen, chunk after chunk (after_seq). */
static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("zt4mcp-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "audit.jsonl", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  g_autoptr(GString) want = g_string_new (NULL);
  Export e = { FALSE, 0 };

  for (guint seq = 1; seq <= 7; seq++)
    g_string_append_printf (want, "{\"seq\":%u,\"tool\":\"t%u\"}\n", seq, seq);
  srv.export_requests = 0;
  zt_audit_export_async (f->client, "decision=deny", file, 3, NULL, export_cb, &e);
  zt_test_wait_until (export_done, &e, 10000, "the export");
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, want->str);
  g_assert_cmpint (e.n, ==, 7);
  g_assert_cmpuint (srv.export_requests, ==, 3);   /* 3 + 3 + 1 */
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  int ret;

  zt_test_log_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  start_server ();

  g_test_add ("/gui/audit/million-rows", Fixture, NULL, fixture_set_up, test_million_rows, fixture_tear_down);
  g_test_add ("/gui/audit/filters-detail-verify-live", Fixture, NULL, fixture_set_up, test_filters_detail_verify_live,
              fixture_tear_down);
  g_test_add ("/gui/audit/export", Fixture, NULL, fixture_set_up, test_export, fixture_tear_down);
  ret = g_test_run ();
  g_clear_pointer (&srv.event_streams, g_ptr_array_unref);
  g_clear_object (&srv.server);
  g_free (srv.url);
  return ret;
}
