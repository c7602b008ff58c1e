/* test-chat-flows.c: the chat pane of an app whose agent joined a real mesh, where bob-pc
 * shares the scripted model and server-everything (chat-fixture.mjs): every answer and tool
 * call goes through the hub to bob's agent. A streamed answer, a tool call allowed once, a denied
 * one that never reaches the agent, a stop mid-stream, the search; screenshots light and dark */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-agent-thread.h"
#include "zt-chat-items.h"
#include "zt-chat-page.h"
#include "zt-chat-row.h"
#include "zt-client.h"
#include "zt-markdown-view.h"
#include "zt-window.h"
#include "zt-gui-test-util.h"

static struct {
  ZtAgentThread *agent;
  ZtTestFixture *fixture;
  ZtClient      *client;
  ZtChatEngine  *engine;
  ZtWindow      *window;
  ZtChatPage    *page;
} f;

static JsonNode *
call (const char *method,
      const char *path,
      JsonNode   *body)
{
  return zt_test_rest (f.client, method, path, body);
}

/* The echo calls the agent's audit log holds. */
static guint
echo_calls (void)
{
  g_autoptr(JsonNode) node = call ("GET", "/audit?service=ev&limit=1000", NULL);
  JsonArray *records = json_object_get_array_member (json_node_get_object (node), "records");
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *r = json_array_get_object_element (records, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (r, "method", ""), "tools/call") == 0 &&
          g_strcmp0 (json_object_get_string_member_with_default (r, "tool", ""), "echo") == 0)
        n++;
    }
  return n;
}

static ZtChatItem *
last_of_kind (ZtChatItemKind kind)
{
  GListModel *m = zt_chat_page_get_messages (f.page);

  for (guint i = g_list_model_get_n_items (m); i > 0; i--)
    {
      g_autoptr(ZtChatItem) item = g_list_model_get_item (m, i - 1);

      if (zt_chat_item_get_kind (item) == kind)
        return item;   /* the store keeps it alive */
    }
  return NULL;
}

static gboolean
answer_in_state (gpointer data)
{
  ZtChatItem *item = last_of_kind (ZT_CHAT_ITEM_ASSISTANT);

  return item && g_strcmp0 (zt_chat_item_get_state (item), data) == 0 &&
         !zt_chat_engine_is_running (f.engine, zt_chat_page_get_conversation (f.page));
}

static gboolean
tool_in_state (gpointer data)
{
  ZtChatItem *item = last_of_kind (ZT_CHAT_ITEM_TOOL);

  return item && g_strcmp0 (zt_chat_item_get_state (item), data) == 0;
}

static gboolean
turn_over (gpointer data)
{
  return !zt_chat_engine_is_running (f.engine, zt_chat_page_get_conversation (f.page));
}

static gboolean
names_in (JsonArray  *array,
          const char *name)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    if (g_strcmp0 (json_array_get_string_element (array, i), name) == 0)
      return TRUE;
  return FALSE;
}

/* The agent's mesh state has bob-pc online, offering the model and server-everything. */
static gboolean
bob_offers (gpointer data)
{
  g_autoptr(JsonNode) mesh = call ("GET", "/mesh", NULL);
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (mesh) ? json_node_get_object (mesh) : NULL;
  JsonArray *peers = o && json_object_has_member (o, "peers") ? json_object_get_array_member (o, "peers") : NULL;

  for (guint i = 0; peers != NULL && i < json_array_get_length (peers); i++)
    {
      JsonObject *p = json_array_get_object_element (peers, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (p, "endpoint", ""), "bob-pc") == 0 &&
          json_object_get_boolean_member_with_default (p, "online", FALSE) &&
          json_object_has_member (p, "llm") && names_in (json_object_get_array_member (p, "llm"), "model") &&
          json_object_has_member (p, "services") && names_in (json_object_get_array_member (p, "services"), "ev"))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_models (gpointer data)
{
  return g_list_model_get_n_items (zt_chat_page_get_models (f.page)) > 0;
}

static gboolean
dialog_shown (gpointer data)
{
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
answer_has_text (gpointer data)
{
  ZtChatItem *item = last_of_kind (ZT_CHAT_ITEM_ASSISTANT);

  return item && strstr (zt_chat_item_get_text (item), data) != NULL;
}

static gboolean
is_markdown_showing (GtkWidget *w,
                     gpointer   data)
{
  g_autofree char *shown = NULL;

  if (!ZT_IS_MARKDOWN_VIEW (w) || !gtk_widget_get_mapped (w))
    return FALSE;
  shown = zt_markdown_view_get_shown_text (ZT_MARKDOWN_VIEW (w));
  return strstr (shown, data) != NULL;
}

static gboolean
view_shows (gpointer data)
{
  return zt_test_find (GTK_WIDGET (f.page), NULL, is_markdown_showing, data) != NULL;
}

static gboolean
is_label_with (GtkWidget *w,
               gpointer   data)
{
  return GTK_IS_LABEL (w) && gtk_widget_get_mapped (w) && strstr (gtk_label_get_text (GTK_LABEL (w)), data) != NULL;
}

/* Presses @keyval with @state in the composer: GTK 4 has no way to synthesize a key event,
 * so the composer's key controller ("chat-keys") is given it as the toolkit would. */
static gboolean
press (GtkWidget       *input,
       guint            keyval,
       GdkModifierType  state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (input);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
          g_strcmp0 (gtk_event_controller_get_name (GTK_EVENT_CONTROLLER (c)), "chat-keys") == 0)
        g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static gboolean
result_shown (gpointer data)
{
  return zt_test_find (GTK_WIDGET (f.page), "tool-result", is_label_with, data) != NULL;
}

/* Types @text in the composer and presses Enter. */
static void
send (const char *text)
{
  GtkWidget *input = zt_test_find (GTK_WIDGET (f.page), "chat-input", NULL, NULL);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (input)), text, -1);
  /* Shift+Enter is the text view's (a new line), not a send */
  g_assert_false (press (input, GDK_KEY_Return, GDK_SHIFT_MASK));
  g_assert_true (press (input, GDK_KEY_Return, 0));
  g_assert_true (zt_chat_engine_is_running (f.engine, zt_chat_page_get_conversation (f.page)));
}

static void
pick_tools (gboolean ev)
{
  GtkWidget *check = zt_test_find (GTK_WIDGET (f.page), "chat-tool-service", NULL, NULL);

  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), ev);
}

static void
shot (const char *name)
{
  zt_test_run_for (300);
  g_free (zt_test_screenshot (GTK_WIDGET (f.window), name));
}

/* A chat turn streams into the view; the conversation is listed, titled by its first line. */
static void
test_stream (void)
{
  zt_chat_page_new_chat (f.page);
  send ("hello there, **model**");
  zt_test_wait_until (answer_in_state, "complete", 20000, "the answer to complete");
  g_assert_cmpstr (zt_chat_item_get_text (last_of_kind (ZT_CHAT_ITEM_ASSISTANT)), ==, "you said: hello there, **model**");
  /* drawn: the Markdown view shows it with the asterisks read as bold */
  zt_test_wait_until (view_shows, "you said: hello there, model", 5000, "the view to show the answer");
  g_assert_cmpuint (g_list_model_get_n_items (zt_chat_page_get_conversations (f.page)), ==, 1);
  shot ("chat-stream");

  /* Ctrl+N on this page is a new chat, not the window's Add Server */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.add-service", NULL));
  zt_test_run_for (100);
  g_assert_cmpint (zt_chat_page_get_conversation (f.page), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (zt_chat_page_get_messages (f.page)), ==, 0);
  g_assert_null (zt_test_find_toplevel (ADW_TYPE_WINDOW));
}

static GtkAdjustment *
messages_adjustment (void)
{
  GtkWidget *list = zt_test_find (GTK_WIDGET (f.page), "chat-messages", NULL, NULL);

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW)));
}

static gboolean
at_bottom (gpointer data)
{
  GtkAdjustment *adj = messages_adjustment ();

  return gtk_adjustment_get_value (adj) + gtk_adjustment_get_page_size (adj) >= gtk_adjustment_get_upper (adj) - 24;
}

/* The view follows a long answer to its end; scrolled up by the user, it stays where it is. */
static void
test_pinned (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  GtkAdjustment *adj;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (text, "line %d\n\n", i);
  zt_chat_page_new_chat (f.page);
  send (text->str);
  zt_test_wait_until (answer_in_state, "complete", 20000, "the long answer");
  adj = messages_adjustment ();
  zt_test_wait_until (view_shows, "line 39", 5000, "the long answer drawn");
  g_assert_cmpfloat (gtk_adjustment_get_upper (adj), >, 2 * gtk_adjustment_get_page_size (adj));
  zt_test_wait_until (at_bottom, NULL, 5000, "the view at the end of the answer");
  shot ("chat-pinned");
  g_test_message ("pinned: value %.0f page %.0f upper %.0f", gtk_adjustment_get_value (adj),
                  gtk_adjustment_get_page_size (adj), gtk_adjustment_get_upper (adj));
  g_assert_true (at_bottom (NULL));
  {
    /* Known limit (docs/desktop.md): a GtkTextView reports its height at its last width, so
     * the list's measured height (the adjustment's upper) can fall short of what is drawn
     * and a tall answer's end stays below the view. Measured here, not asserted yet. */
    GtkWidget *md = zt_test_find (GTK_WIDGET (f.page), NULL, is_markdown_showing, "line 39");
    GtkWidget *scroller = gtk_widget_get_ancestor (md, GTK_TYPE_SCROLLED_WINDOW);
    graphene_rect_t b;

    g_assert_true (gtk_widget_compute_bounds (md, scroller, &b));
    g_test_message ("answer drawn from %.0f to %.0f in a view %d high", b.origin.y, b.origin.y + b.size.height,
                    gtk_widget_get_height (scroller));
  }

  send ("slow");
  zt_test_wait_until (answer_has_text, "t1 ", 20000, "two tokens");
  gtk_adjustment_set_value (adj, 0);
  zt_test_wait_until (answer_has_text, "t4 ", 20000, "five tokens");
  zt_test_run_for (100);
  g_test_message ("scrolled up: value %.0f of %.0f", gtk_adjustment_get_value (adj), gtk_adjustment_get_upper (adj));
  g_assert_cmpfloat (gtk_adjustment_get_value (adj), <, 50);
  zt_chat_engine_stop (f.engine, zt_chat_page_get_conversation (f.page));
  zt_test_wait_until (answer_in_state, "stopped", 10000, "the answer to stop");
}

/* A new chat with ev's tools that asks for echo(@message): the approval dialog it opens */
static GtkWidget *
ask_echo (const char *message)
{
  g_autofree char *text = g_strdup_printf ("call tool ev__echo {\"message\":\"%s\"}", message);

  zt_chat_page_new_chat (f.page);
  pick_tools (TRUE);
  send (text);
  zt_test_wait_until (dialog_shown, NULL, 20000, "the approval dialog");
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* call tool ev__echo: the approval dialog shows the arguments; Allow Once runs it through the
 * agent, the card shows Echo: hi, and the model's next answer uses it. */
static void
test_tool_allowed (void)
{
  GtkWidget *dialog, *args;
  ZtChatItem *tool;
  guint before = echo_calls ();

  dialog = ask_echo ("hi");
  args = zt_test_find (dialog, "approval-arguments", NULL, NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (args)), "\"message\" : \"hi\""));
  g_assert_true (tool_in_state ("asking"));
  zt_test_run_for (300);
  g_free (zt_test_screenshot (dialog, "chat-approval"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "once");
  zt_test_wait_until (answer_in_state, "complete", 30000, "the answer after the tool");
  tool = last_of_kind (ZT_CHAT_ITEM_TOOL);
  g_assert_cmpstr (zt_chat_item_get_state (tool), ==, "allowed");
  g_assert_nonnull (strstr (zt_chat_item_get_result (tool), "Echo: hi"));
  g_assert_cmpstr (zt_chat_item_get_text (last_of_kind (ZT_CHAT_ITEM_ASSISTANT)), ==, "tool said: Echo: hi");
  g_assert_cmpuint (echo_calls (), ==, before + 1);
  /* the card, opened, shows the result as text */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (zt_test_find (GTK_WIDGET (f.page), "tool-card", NULL, NULL)), TRUE);
  zt_test_wait_until (result_shown, "Echo: hi", 5000, "the card's result");
  shot ("chat-tool-card");
}

/* Deny: the card says denied, the model is told, the agent's audit has no call. */
static void
test_tool_denied (void)
{
  GtkWidget *dialog;
  guint before = echo_calls ();

  dialog = ask_echo ("no");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "deny");
  zt_test_wait_until (turn_over, NULL, 30000, "the turn to end");
  g_assert_cmpstr (zt_chat_item_get_state (last_of_kind (ZT_CHAT_ITEM_TOOL)), ==, "denied");
  g_assert_nonnull (strstr (zt_chat_item_get_text (last_of_kind (ZT_CHAT_ITEM_ASSISTANT)), "denied"));
  zt_test_run_for (500);
  g_assert_cmpuint (echo_calls (), ==, before);
  g_assert_nonnull (zt_test_find (GTK_WIDGET (f.page), NULL, is_label_with, "Denied"));
  shot ("chat-denied");
}

/* Stop mid-stream: the partial answer stays, marked stopped; the model server saw the client go. */
static void
test_stop (void)
{
  g_autofree char *text = NULL;
  JsonObject *seen;
  JsonArray *events;
  gboolean gone = FALSE;

  zt_chat_page_new_chat (f.page);
  pick_tools (FALSE);
  send ("slow");
  zt_test_wait_until (answer_has_text, "t2 ", 20000, "three tokens");
  zt_test_click (zt_test_find (GTK_WIDGET (f.page), "chat-stop", NULL, NULL));
  zt_test_wait_until (answer_in_state, "stopped", 10000, "the answer to stop");
  text = g_strdup (zt_chat_item_get_text (last_of_kind (ZT_CHAT_ITEM_ASSISTANT)));
  g_assert_true (g_str_has_prefix (text, "t0 t1 t2 "));
  g_assert_null (strstr (text, "t49"));
  zt_test_wait_until (view_shows, "t0 t1 t2", 5000, "the partial answer drawn");
  g_assert_nonnull (zt_test_find (GTK_WIDGET (f.page), "message-state", is_label_with, "Stopped"));
  g_assert_true (gtk_widget_get_mapped (zt_test_find (GTK_WIDGET (f.page), "chat-send", NULL, NULL)));
  for (int i = 0; i < 50 && !gone; i++)
    {
      seen = zt_test_fixture_ask (f.fixture, "{\"do\": \"requests\"}");
      events = json_object_get_array_member (seen, "events");
      for (guint e = 0; e < json_array_get_length (events); e++)
        gone |= g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (events, e),
                                                                        "event", ""), "client-gone") == 0;
      json_object_unref (seen);
      if (!gone)
        zt_test_run_for (100);
    }
  g_assert_true (gone);
  shot ("chat-stopped");
}

static gboolean
search_found (gpointer data)
{
  GListModel *convs = zt_chat_page_get_conversations (f.page);
  g_autoptr(ZtChatConv) first = NULL;

  if (g_list_model_get_n_items (convs) != 1)
    return FALSE;
  first = g_list_model_get_item (convs, 0);
  return strstr (zt_chat_conv_get_title (first), data) != NULL;
}

/* The search (the store's full-text index) finds the conversation by a word of its answer,
 * and opening it shows the stored messages. */
static void
test_search (void)
{
  GtkWidget *entry = zt_test_find (GTK_WIDGET (f.page), "chat-search", NULL, NULL);
  GtkWidget *list = zt_test_find (GTK_WIDGET (f.page), "chat-conversations", NULL, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (zt_chat_page_get_conversations (f.page)), ==, 5);
  gtk_editable_set_text (GTK_EDITABLE (entry), "model");
  zt_test_wait_until (search_found, "hello there", 5000, "the search to find the first chat");
  shot ("chat-search");
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list))), 0);
  zt_test_wait_until (view_shows, "you said: hello there", 5000, "the found chat opened");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  zt_test_run_for (400);
  g_assert_cmpuint (g_list_model_get_n_items (zt_chat_page_get_conversations (f.page)), ==, 5);
}

/* Dark: a conversation with a code block and a tool card (the code card's scheme follows). */
static void
test_dark (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  GListModel *convs = zt_chat_page_get_conversations (f.page);
  GtkWidget *list = zt_test_find (GTK_WIDGET (f.page), "chat-conversations", NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (convs); i++)
    {
      g_autoptr(ZtChatConv) c = g_list_model_get_item (convs, i);

      if (strstr (zt_chat_conv_get_title (c), "\"hi\""))
        gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (list))), i);
    }
  send ("Here is code:\n```python\nprint('hi')\n```\nand a *list*:\n- one\n- two");
  zt_test_wait_until (answer_in_state, "complete", 20000, "the answer with code");
  zt_test_wait_until (view_shows, "print('hi')", 5000, "the code card");
  g_assert_nonnull (zt_test_find (GTK_WIDGET (f.page), "code-copy", NULL, NULL));
  shot ("chat-code-light");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  shot ("chat-dark");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
no_dialog (gpointer data)
{
  return zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL;
}

static guint
stored_approvals (void)
{
  g_autoptr(GPtrArray) a = zt_chat_store_list_approvals (zt_chat_engine_get_store (f.engine), NULL);

  return a ? a->len : 0;
}

/* Always: stored, so the next call runs without asking; listed under Stored Approvals with
 * Revoke; revoked, the next call asks again. */
static void
test_approvals (void)
{
  GtkWidget *dialog, *list, *revoke;
  guint before = echo_calls ();

  g_assert_cmpuint (stored_approvals (), ==, 0);
  dialog = ask_echo ("always 1");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "always");
  zt_test_wait_until (answer_in_state, "complete", 30000, "the answer after the tool");
  g_assert_cmpuint (stored_approvals (), ==, 1);
  /* covered now: the same tool runs without a dialog, in this chat and in a new one */
  zt_chat_page_new_chat (f.page);
  pick_tools (TRUE);
  send ("call tool ev__echo {\"message\":\"always 2\"}");
  zt_test_wait_until (answer_in_state, "complete", 30000, "the covered call's answer");
  g_assert_null (zt_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_cmpuint (echo_calls (), ==, before + 2);

  /* the button in the tools popover opens the list */
  g_assert_nonnull (zt_test_find (GTK_WIDGET (f.page), "chat-approvals", NULL, NULL));
  dialog = zt_chat_page_show_approvals (f.page);
  zt_test_run_for (300);
  list = zt_test_find (dialog, "approvals-list", NULL, NULL);
  g_assert_nonnull (zt_test_find (list, "approval-row", NULL, NULL));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (zt_test_find (list, "approval-row", NULL, NULL))),
                   ==, "ev · echo");
  g_free (zt_test_screenshot (dialog, "chat-approvals"));
  revoke = zt_test_find (list, "approval-revoke", NULL, NULL);
  zt_test_click (revoke);
  zt_test_run_for (200);
  g_assert_cmpuint (stored_approvals (), ==, 0);
  g_assert_null (zt_test_find (list, "approval-row", NULL, NULL));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "close");
  if (!no_dialog (NULL))
    gtk_window_destroy (GTK_WINDOW (dialog));
  zt_test_wait_until (no_dialog, NULL, 5000, "the approvals dialog to close");

  /* revoked: the next call asks again, and a denial runs nothing */
  dialog = ask_echo ("after revoke");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "deny");
  zt_test_wait_until (turn_over, NULL, 30000, "the turn to end");
  g_assert_cmpuint (echo_calls (), ==, before + 2);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = g_dir_make_tmp ("zt4mcp-chat-gui-XXXXXX", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) added = NULL;
  JsonObject *info;
  JsonNode *body;
  int ret;

  g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
  zt_test_log_init ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_log_set_always_fatal (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL);
  {
    /* what AdwApplication loads in the app, so the screenshots look like it */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/io/github/zt4mcp/Zt4mcp/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  f.fixture = zt_test_fixture_start ("chat-fixture.mjs");
  info = zt_test_fixture_info (f.fixture);

  f.agent = zt_agent_thread_start (home, "127.0.0.1:0", &error);
  g_assert_no_error (error);
  f.client = zt_client_new (zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent));
  while (zt_client_get_services (f.client) == NULL)
    g_main_context_iteration (NULL, TRUE);
  /* join bob's mesh; import his model ("model", an llm service) and server-everything ("ev") */
  body = zt_json_object_node ("invitation", json_object_get_string_member (info, "invitation"),
                              "endpoint", "alice-desktop", NULL);
  g_clear_pointer (&added, json_node_unref);
  added = call ("POST", "/mesh/join", body);
  json_node_unref (body);
  zt_test_wait_until (bob_offers, NULL, 60000, "bob-pc online, offering model and ev");
  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "model" : "ev";

      body = zt_json_object_node ("name", name, "kind", "mesh", "peer", "bob-pc", "remote", name, NULL);
      g_clear_pointer (&added, json_node_unref);
      added = call ("POST", "/services", body);
      json_node_unref (body);
    }
  zt_client_refresh (f.client);

  f.engine = zt_chat_page_make_engine (home, zt_agent_thread_get_url (f.agent), zt_agent_thread_get_token (f.agent), &error);
  g_assert_no_error (error);
  f.window = g_object_ref (zt_window_new (NULL, f.client, NULL, NULL));
  zt_window_set_chat_engine (f.window, f.engine);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1100, 720);
  gtk_window_present (GTK_WINDOW (f.window));
  zt_test_run_for (500);
  zt_window_show_page (f.window, "chat");
  f.page = ZT_CHAT_PAGE (gtk_widget_get_ancestor (zt_test_find (GTK_WIDGET (f.window), "chat-input", NULL, NULL),
                                                 ZT_TYPE_CHAT_PAGE));
  g_assert_nonnull (f.page);
  zt_test_wait_until (has_models, NULL, 20000, "the scripted model listed");
  /* the endpoint's model id with a bidi override is not offered (the picker would show it
   * reordered); its honest one is */
  {
    GListModel *models = zt_chat_page_get_models (f.page);

    for (guint i = 0; i < g_list_model_get_n_items (models); i++)
      {
        const char *id = gtk_string_list_get_string (GTK_STRING_LIST (models), i);

        g_test_message ("model offered: %s", id);
        g_assert_null (strstr (id, "evil-1"));
      }
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (models), 0), ==, "model/scripted-1");
  }
  shot ("chat-empty");

  g_test_add_func ("/gui/chat/stream", test_stream);
  g_test_add_func ("/gui/chat/pinned", test_pinned);
  g_test_add_func ("/gui/chat/tool-allowed", test_tool_allowed);
  g_test_add_func ("/gui/chat/tool-denied", test_tool_denied);
  g_test_add_func ("/gui/chat/stop", test_stop);
  g_test_add_func ("/gui/chat/search", test_search);
  g_test_add_func ("/gui/chat/dark", test_dark);
  g_test_add_func ("/gui/chat/approvals", test_approvals);
  ret = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (f.window));
  g_clear_object (&f.window);
  zt_test_run_for (100);
  g_clear_object (&f.engine);
  g_clear_object (&f.client);
  zt_test_fixture_stop (f.fixture);
  zt_agent_thread_stop (f.agent);
  return ret;
}
