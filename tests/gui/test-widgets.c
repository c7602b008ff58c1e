/* test-widgets.c: every widget type of the desktop app is created, shown and finalized without
 * a warning (the run makes warnings fatal) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>

#include "zt-access-notifier.h"
#include "zt-add-service-dialog.h"
#include "zt-edit-service-dialog.h"
#include "zt-error-dialog.h"
#include "zt-agent.h"
#include "zt-agent-thread.h"
#include "zt-application.h"
#include "zt-approval-dialog.h"
#include "zt-audit-page.h"
#include "zt-chat-items.h"
#include "zt-chat-page.h"
#include "zt-chat-row.h"
#include "zt-markdown-view.h"
#include "zt-client.h"
#include "zt-clients-group.h"
#include "zt-grant-dialog.h"
#include "zt-tools-dialog.h"
#include "zt-mesh-page.h"
#include "zt-policies-page.h"
#include "zt-preferences-window.h"
#include "zt-renderer.h"
#include "zt-services-page.h"
#include "zt-welcome-page.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

static ZtAgentThread *agent;

static ZtClient *
new_client (void)
{
  ZtClient *client = zt_client_new (zt_agent_thread_get_url (agent), zt_agent_thread_get_token (agent));

  /* wait for the first answers, so the pages show real (empty) state */
  while (zt_client_get_services (client) == NULL || zt_client_get_mesh (client) == NULL)
    g_main_context_iteration (NULL, TRUE);
  return client;
}

/* Puts @widget in a window, waits for it to draw, then checks that destroying the window
 * finalizes it. */
static void
show_and_finalize (GtkWidget *widget)
{
  GtkWidget *window = gtk_window_new ();

  g_object_ref_sink (widget);
  gtk_window_set_child (GTK_WINDOW (window), widget);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  zt_test_run_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (widget);
}

static void
show_window_and_finalize (GtkWidget *window)
{
  g_test_message ("window type %s", G_OBJECT_TYPE_NAME (window));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  zt_test_run_for (100);
  gtk_window_destroy (GTK_WINDOW (window));
  zt_test_run_for (50);
  g_assert_finalize_object (window);
}

static gboolean
is_content_stack (GtkWidget *w,
                  gpointer   data)
{
  return GTK_IS_STACK (w) && gtk_stack_get_child_by_name (GTK_STACK (w), "empty") != NULL;
}

static void
test_pages (void)
{
  g_autoptr(ZtClient) client = new_client ();
  GtkWidget *page;

  show_and_finalize (zt_welcome_page_new ());

  page = zt_welcome_page_new ();
  zt_welcome_page_set_client (ZT_WELCOME_PAGE (page), client);
  zt_welcome_page_set_invitation (ZT_WELCOME_PAGE (page), "not an invitation");
  show_and_finalize (page);

  show_and_finalize (zt_mesh_page_new ());
  page = zt_mesh_page_new ();
  zt_mesh_page_set_client (ZT_MESH_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_services_page_new ());
  page = zt_services_page_new ();
  zt_services_page_set_client (ZT_SERVICES_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_clients_group_new ());
  page = zt_clients_group_new ();
  zt_clients_group_set_client (ZT_CLIENTS_GROUP (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_policies_page_new ());
  page = zt_policies_page_new ();
  zt_policies_page_set_client (ZT_POLICIES_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_audit_page_new ());
  page = zt_audit_page_new ();
  zt_audit_page_set_client (ZT_AUDIT_PAGE (page), client);
  show_and_finalize (page);

  show_and_finalize (zt_chat_page_new ());
  {
    g_autofree char *home = g_dir_make_tmp ("zt4mcp-chat-XXXXXX", NULL);
    g_autoptr(GError) error = NULL;
    ZtChatEngine *engine = zt_chat_page_make_engine (home, zt_agent_thread_get_url (agent),
                                                     zt_agent_thread_get_token (agent), &error);

    g_assert_no_error (error);
    page = zt_chat_page_new ();
    zt_chat_page_set_engine (ZT_CHAT_PAGE (page), client, engine);
    /* this agent has no llm service: the page says so, and how to add one */
    g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (zt_test_find (page, NULL, is_content_stack, NULL))),
                     ==, "empty");
    show_and_finalize (page);
    g_assert_finalize_object (engine);
  }

  show_and_finalize (zt_markdown_view_new ());
  for (guint k = ZT_CHAT_ITEM_USER; k <= ZT_CHAT_ITEM_NOTICE; k++)
    {
      g_autoptr(ZtChatItem) item = k == ZT_CHAT_ITEM_TOOL ? zt_chat_item_new_tool ("call_1", "ev", "echo", "{\"message\":\"hi\"}")
                                                          : zt_chat_item_new (k, "**hi** `there`", "complete");
      page = zt_chat_row_new ();
      zt_chat_row_set_item (ZT_CHAT_ROW (page), item);
      show_and_finalize (page);
      g_assert_finalize_object (g_steal_pointer (&item));
    }
}

static gboolean
is_stack (GtkWidget *w,
          gpointer   data)
{
  return GTK_IS_STACK (w);
}

static gboolean
stack_settled (gpointer data)
{
  const char *name = gtk_stack_get_visible_child_name (data);
  return g_strcmp0 (name, "loading") != 0;
}

/* The policies and audit pages against this agent: with the policy and audit APIs they show
 * their lists; without them (an older agent) a page that says so, and no warning. */
static void
test_policy_audit_pages_settle (void)
{
  g_autoptr(ZtClient) client = new_client ();
  GtkWidget *pages[2] = { zt_policies_page_new (), zt_audit_page_new () };

  zt_policies_page_set_client (ZT_POLICIES_PAGE (pages[0]), client);
  zt_audit_page_set_client (ZT_AUDIT_PAGE (pages[1]), client);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkStack *stack = GTK_STACK (zt_test_find (pages[i], "page-stack", is_stack, NULL));
      const char *shown;

      g_object_ref_sink (pages[i]);
      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
      gtk_window_set_child (GTK_WINDOW (window), pages[i]);
      gtk_window_present (GTK_WINDOW (window));
      zt_test_wait_until (stack_settled, stack, 10000, "the page to leave its loading state");
      shown = gtk_stack_get_visible_child_name (stack);
      g_test_message ("%s shows %s", G_OBJECT_TYPE_NAME (pages[i]), shown);
      g_assert_true (g_strcmp0 (shown, "list") == 0 || g_strcmp0 (shown, "empty") == 0 ||
                     g_strcmp0 (shown, "error") == 0);
      g_free (zt_test_screenshot (window, i == 0 ? "widgets-policies" : "widgets-audit"));
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (pages[i]);
    }
}

static gboolean
stack_shows_error (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (data), "error") == 0;
}

static gboolean
is_status_page (GtkWidget *w,
                gpointer   data)
{
  return ADW_IS_STATUS_PAGE (w);
}

static gboolean
tools_failed (gpointer data)
{
  return g_strcmp0 (adw_status_page_get_title (data), "Could Not Load the Tools") == 0;
}

/* A status page that says what failed in a plain sentence, the cause behind Details */
static void
assert_plain_error (GtkWidget *status)
{
  const char *sentence = adw_status_page_get_description (ADW_STATUS_PAGE (status));
  GtkWidget *expander = zt_test_find (status, "error-detail", NULL, NULL);
  const char *detail;

  g_test_message ("%s: %s", adw_status_page_get_title (ADW_STATUS_PAGE (status)), sentence);
  g_assert_nonnull (strstr (sentence, "did not answer"));
  g_assert_null (strchr (sentence, '`'));
  g_assert_true (GTK_IS_EXPANDER (expander));
  g_assert_false (gtk_expander_get_expanded (GTK_EXPANDER (expander)));
  detail = gtk_label_get_text (GTK_LABEL (gtk_expander_get_child (GTK_EXPANDER (expander))));
  g_test_message ("  detail: %s", detail);
  g_assert_cmpstr (detail, !=, "");
  g_assert_null (strstr (sentence, detail));
}

/* The agent gone under the app (stopped): the Policies page and the Tools dialog say so in a
 * plain sentence on their status pages, the cause behind Details; no warning. */
static void
test_agent_gone (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gone-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  ZtAgentThread *gone = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_autoptr(ZtClient) client = NULL;
  GtkWidget *page = zt_policies_page_new (), *window = gtk_window_new (), *dialog, *status;
  GtkStack *stack;

  g_assert_no_error (error);
  client = zt_client_new (zt_agent_thread_get_url (gone), zt_agent_thread_get_token (gone));
  zt_agent_thread_stop (gone);

  g_object_ref_sink (page);
  zt_policies_page_set_client (ZT_POLICIES_PAGE (page), client);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  stack = GTK_STACK (zt_test_find (page, "page-stack", is_stack, NULL));
  zt_test_wait_until (stack_shows_error, stack, 10000, "the Policies page's error");
  assert_plain_error (zt_test_find (page, "policies-error", NULL, NULL));
  g_free (zt_test_screenshot (window, "policies-agent-gone"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (page);

  dialog = zt_tools_dialog_new (NULL, client, "echo");
  gtk_window_present (GTK_WINDOW (dialog));
  status = zt_test_find (dialog, NULL, is_status_page, NULL);
  zt_test_wait_until (tools_failed, status, 10000, "the Tools dialog's error");
  assert_plain_error (status);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_windows (void)
{
  g_autoptr(ZtClient) client = new_client ();
  g_autoptr(GSettings) settings = zt_settings_new ();
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *overlay;

  g_assert_nonnull (settings);
  show_window_and_finalize (GTK_WIDGET (zt_window_new (NULL, client, settings, NULL)));
  show_window_and_finalize (GTK_WIDGET (zt_window_new (NULL, NULL, settings, "the port is in use")));
  show_window_and_finalize (zt_add_service_dialog_new (NULL, client));
  show_window_and_finalize (zt_grant_dialog_new (NULL, client, NULL, NULL));
  show_window_and_finalize (zt_tools_dialog_new (NULL, client, "demo"));
  show_window_and_finalize (zt_edit_service_dialog_new (NULL, client, "demo"));
  show_window_and_finalize (zt_error_dialog_present (NULL, "It Failed", "In plain words.", "the `raw` detail"));
  show_window_and_finalize (zt_approval_dialog_new (NULL, "a <b>chat</b>", "ev", "echo\u202e", "{\"message\": \"<i>hi</i>\"}"));
  /* a model's arguments 200 000 arrays deep are shown as text (json-glib's own parser, which
   * has no depth limit, recursed once per level) */
  {
    g_autofree char *deep = g_strnfill (200000, '[');

    show_window_and_finalize (zt_approval_dialog_new (NULL, "deep", "ev", "echo", deep));
  }
  show_window_and_finalize (zt_preferences_window_new (NULL, settings));

  /* GTK's list of toplevels owns the window once the builder is gone */
  builder = gtk_builder_new_from_resource ("/io/github/zt4mcp/Zt4mcp/gtk/help-overlay.ui");
  overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_clear_object (&builder);
  show_window_and_finalize (overlay);
}

/* The grant dialog reads its fields into the grant the agent is sent; what cannot be read is
 * named by the field it came from. */
static void
test_grant_dialog_fields (void)
{
  g_autoptr(ZtClient) client = new_client ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *edit, *got;
  GtkWidget *dialog;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;

  g_assert_true (json_parser_load_from_data (parser,
    "{\"id\":\"g-1\",\"service\":\"files\",\"subject\":\"endpoint:lap\",\"tools\":[\"read_*\",\"list_dir\"],"
    "\"constraints\":[{\"pointer\":\"/path\",\"prefix\":\"/docs/\"},{\"pointer\":\"/depth\",\"max\":3}],"
    "\"rate\":{\"calls\":60,\"per\":60},\"note\":\"n\"}", -1, NULL));
  edit = json_node_get_object (json_parser_get_root (parser));
  dialog = zt_grant_dialog_new (NULL, client, edit, NULL);
  g_object_ref_sink (dialog);
  got = zt_grant_dialog_get_grant (ZT_GRANT_DIALOG (dialog), &field, &error);
  g_assert_no_error (error);
  node = json_node_init_object (json_node_alloc (), got);
  text = json_to_string (node, FALSE);
  g_test_message ("read back: %s", text);
  g_assert_cmpstr (json_object_get_string_member (got, "service"), ==, "files");
  g_assert_cmpstr (json_object_get_string_member (got, "subject"), ==, "endpoint:lap");
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (got, "tools")), ==, 2);
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (got, "constraints")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_object_get_array_member (got, "constraints"), 0),
                                                  "prefix"), ==, "/docs/");
  g_assert_cmpfloat (json_object_get_double_member (json_array_get_object_element (json_object_get_array_member (got, "constraints"), 1),
                                                    "max"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (got, "rate"), "per"), ==, 60);
  json_object_unref (got);

  /* a rate that is not calls/period is the rate field's fault */
  gtk_editable_set_text (GTK_EDITABLE (zt_test_find (dialog, "grant-rate", NULL, NULL)), "sixty");
  g_clear_pointer (&field, g_free);
  got = zt_grant_dialog_get_grant (ZT_GRANT_DIALOG (dialog), &field, &error);
  g_assert_null (got);
  g_assert_cmpstr (field, ==, "rate");
  g_clear_error (&error);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_finalize_object (dialog);
}

/* Hostile Markdown (the model's text is the attacker's): deep nesting, a huge line, control
 * characters, bidi overrides, markup, unclosed fences, streamed a piece at a time; it is drawn
 * without a stall, a warning or a crash, and nothing in it is read as markup. */
static void
test_markdown_hostile (void)
{
  g_autoptr(GString) deep_quote = g_string_new (NULL), deep_list = g_string_new (NULL), emphasis = g_string_new (NULL);
  g_autofree char *huge = NULL, *huge_line = NULL;
  const char *cases[8];
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = zt_markdown_view_new ();

  for (int i = 0; i < 5000; i++)
    g_string_append_c (deep_quote, '>');
  g_string_append (deep_quote, " deep\n");
  for (int i = 0; i < 300; i++)
    g_string_append_printf (deep_list, "%*s- level %d\n", i * 2, "", i);
  for (int i = 0; i < 20000; i++)
    g_string_append (emphasis, "*_[`");
  huge = g_strnfill (200000, 'A');
  huge_line = g_strdup_printf ("# %s\n\n%s", huge, huge);
  cases[0] = deep_quote->str;
  cases[1] = deep_list->str;
  cases[2] = emphasis->str;
  cases[3] = huge_line;
  cases[4] = "ctl \x01\x02\x1b[31mred\x1b[0m \x7f \xc2\x85 nul&#0; &#x202e; bidi \xe2\x80\xae evil \xe2\x81\xa6 iso \xff\xfe bad";
  cases[5] = "<span foreground=\"red\">markup</span> &lt;b&gt; <b>bold?</b> [link](javascript:alert(1))";
  cases[6] = "```c\nint x;\n```\n\n```\nunclosed\n~~~~\n``` not a close\n";
  cases[7] = "1. a\n2. b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n***x***~~y~~";

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint64 t0 = g_get_monotonic_time ();
      gsize len = strlen (cases[i]);
      g_autofree char *shown = NULL;
      double whole_ms, streamed_ms;

      zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), cases[i]);
      gtk_test_widget_wait_for_draw (window);
      whole_ms = (g_get_monotonic_time () - t0) / 1000.0;
      /* streamed: 64 pieces, each an extension of the last */
      zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), "");
      t0 = g_get_monotonic_time ();
      for (gsize p = 1; p <= 64; p++)
        {
          g_autofree char *prefix = NULL;
          gsize cut = len * p / 64;

          while (cut < len && (cases[i][cut] & 0xc0) == 0x80)
            cut++;
          prefix = g_strndup (cases[i], cut);
          zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), prefix);
        }
      gtk_test_widget_wait_for_draw (window);
      streamed_ms = (g_get_monotonic_time () - t0) / 1000.0;
      shown = zt_markdown_view_get_shown_text (ZT_MARKDOWN_VIEW (view));
      g_test_message ("case %u (%zu bytes): whole %.1f ms, streamed in 64 pieces %.1f ms", i, len, whole_ms, streamed_ms);
      g_assert_true (g_utf8_validate (shown, -1, NULL));
      /* no control character nor bidi override reaches the screen */
      for (const char *c = shown; *c; c = g_utf8_next_char (c))
        {
          gunichar u = g_utf8_get_char (c);
          g_assert_false ((u < 0x20 && u != '\t' && u != '\n') || (u >= 0x7f && u < 0xa0) ||
                          (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069));
        }
      /* no line long enough for Pango's wrapping to stall the app (case 2 took 65-73 s in
       * some runs before lines were bounded); the times are reported, not asserted */
      for (const char *line = shown; *line;)
        {
          const char *nl = strchr (line, '\n');
          glong chars = g_utf8_strlen (line, nl ? nl - line : -1);

          g_assert_cmpint (chars, <=, ZT_MARKDOWN_PARAGRAPH_MAX);
          if (!nl)
            break;
          line = nl + 1;
        }
      if (i == 5)
        {
          g_assert_nonnull (strstr (shown, "<span foreground=\"red\">markup</span>"));
          g_assert_nonnull (strstr (shown, "<b>bold?</b>"));
        }
      if (i == 6)
        {
          g_assert_nonnull (strstr (shown, "int x;"));
          g_assert_nonnull (strstr (shown, "unclosed"));
          g_assert_nonnull (zt_test_find (view, "code-copy", NULL, NULL));
        }
    }
  g_free (zt_test_screenshot (window, "widgets-markdown-hostile"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* the same long paragraphs in a view a few characters wide: Pango breaks one line for
   * every few characters (case 2 took 14 s here before lines were bounded, 43 ms after) */
  window = gtk_window_new ();
  view = zt_markdown_view_new ();
  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 40, 400);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 2; i <= 3; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), cases[i]);
      gtk_test_widget_wait_for_draw (window);
      g_test_message ("case %u in a view %d px wide: %.1f ms", i, gtk_widget_get_width (view),
                      (g_get_monotonic_time () - t0) / 1000.0);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Streamed Markdown ends as the whole text parsed at once: prose, a code card with its
 * language, a list after it. */
static void
test_markdown_stream (void)
{
  const char *text = "# Title\n\nSome **bold** and *it* and `code`.\n\n```python\nprint('hi')\n```\n\n- one\n- two\n";
  GtkWidget *view = g_object_ref_sink (zt_markdown_view_new ());
  g_autofree char *whole = NULL, *streamed = NULL;

  zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), text);
  whole = zt_markdown_view_get_shown_text (ZT_MARKDOWN_VIEW (view));
  zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), "");
  for (gsize i = 1; i <= strlen (text); i++)
    {
      g_autofree char *prefix = g_strndup (text, i);
      zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (view), prefix);
    }
  streamed = zt_markdown_view_get_shown_text (ZT_MARKDOWN_VIEW (view));
  g_test_message ("shown: %s", whole);
  g_assert_cmpstr (streamed, ==, whole);
  g_assert_nonnull (strstr (whole, "Title\n\nSome bold and it and code."));
  g_assert_nonnull (strstr (whole, "print('hi')"));
  g_assert_nonnull (strstr (whole, "• one\n• two"));
  g_assert_null (strstr (whole, "```"));
  g_assert_finalize_object (view);
}

static void
test_client_finalizes (void)
{
  ZtClient *client = new_client ();

  /* the live event stream must not keep the facade alive (a request in flight does, until
   * it ends) */
  g_assert_true (zt_client_get_connected (client));
  zt_test_run_for (300);
  g_assert_finalize_object (client);
}

/* Which OpenGL renderer strings are rasterizers on the CPU. */
static void
test_renderer_software (void)
{
  static const struct { const char *gl_renderer; gboolean software; } cases[] = {
    { "llvmpipe (LLVM 15.0.6, 256 bits)", TRUE },
    { "softpipe", TRUE },
    { "Mesa DRI Intel(R) HD Graphics 620 (KBL GT2)", FALSE },
    { "Software Rasterizer", TRUE },
    { "GDI Generic", TRUE },
    { "AMD Radeon RX 6600 (navi23, LLVM 15.0.6, DRM 3.49, 6.1.0-13-amd64)", FALSE },
    { "NVIDIA GeForce GTX 1060 6GB/PCIe/SSE2", FALSE },
    { "virgl (Intel(R) UHD Graphics)", FALSE },
    { "", FALSE },
    { NULL, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (zt_renderer_is_software (cases[i].gl_renderer), ==, cases[i].software);
}

/* A renderer already chosen for a display (by the inspector, a test) is kept; otherwise the
 * choice is cairo or GTK's own. A display of its own, so the other tests' windows keep theirs. */
static void
test_renderer_choose (void)
{
  GdkDisplay *display = gdk_display_open (NULL);
  const char *chosen;

  g_assert_nonnull (display);
  zt_renderer_choose (display);
  chosen = g_object_get_data (G_OBJECT (display), "gsk-renderer");
  g_assert_true (chosen == NULL || g_str_equal (chosen, "cairo"));
  g_object_set_data_full (G_OBJECT (display), "gsk-renderer", g_strdup ("gl"), g_free);
  zt_renderer_choose (display);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (display), "gsk-renderer"), ==, "gl");
  gdk_display_close (display);
}

/* A daemon already serves this home: the app uses it instead of starting a second agent. */
static void
test_attaches_to_daemon (void)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-daemon-XXXXXX", NULL);
  g_autoptr(GSubprocess) daemon = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  gint64 pid = 0, end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  ZtAgentThread *attached;
  ZtClient *client;

  daemon = g_subprocess_new (G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error, g_getenv ("ZT4MCP"), "agent", "serve",
                             "--home", home, "--listen", "127.0.0.1:0", NULL);
  g_assert_no_error (error);
  while (!zt_home_read_api (home, &url, NULL, &pid, NULL) ||
         pid != g_ascii_strtoll (g_subprocess_get_identifier (daemon), NULL, 10))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_clear_pointer (&url, g_free);
      g_usleep (50000);
    }
  attached = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  g_assert_true (zt_agent_thread_is_attached (attached));
  g_assert_cmpstr (zt_agent_thread_get_url (attached), ==, url);
  client = zt_client_new (zt_agent_thread_get_url (attached), zt_agent_thread_get_token (attached));
  while (zt_client_get_services (client) == NULL)
    g_main_context_iteration (NULL, TRUE);
  zt_test_run_for (300);
  g_assert_finalize_object (client);
  zt_agent_thread_stop (attached);
  g_subprocess_send_signal (daemon, SIGTERM);
  g_subprocess_wait (daemon, NULL, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-gui-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* from here on a warning fails the test */
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);

  agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);

  g_test_add_func ("/gui/widgets/pages", test_pages);
  g_test_add_func ("/gui/widgets/windows", test_windows);
  g_test_add_func ("/gui/widgets/client-finalizes", test_client_finalizes);
  g_test_add_func ("/gui/widgets/policy-audit-pages-settle", test_policy_audit_pages_settle);
  g_test_add_func ("/gui/widgets/agent-gone", test_agent_gone);
  g_test_add_func ("/gui/widgets/grant-dialog-fields", test_grant_dialog_fields);
  g_test_add_func ("/gui/widgets/markdown-stream", test_markdown_stream);
  g_test_add_func ("/gui/widgets/markdown-hostile", test_markdown_hostile);
  g_test_add_func ("/gui/agent/attaches-to-daemon", test_attaches_to_daemon);
  g_test_add_func ("/gui/renderer/software", test_renderer_software);
  g_test_add_func ("/gui/renderer/choose", test_renderer_choose);
  ret = g_test_run ();
  zt_agent_thread_stop (agent);
  return ret;
}
