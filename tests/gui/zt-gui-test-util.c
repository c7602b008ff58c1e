/* zt-gui-test-util.c: helpers for the GUI tests: waiting, finding widgets, screenshots */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>

#include "zt-gui-test-util.h"

static gboolean
wake_cb (gpointer data)
{
  gboolean *flag = data;
  *flag = TRUE;
  return G_SOURCE_REMOVE;
}

void
zt_test_run_for (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, wake_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
zt_test_wait_until (ZtTestPredicate  pred,
                    gpointer         data,
                    guint            timeout_ms,
                    const char      *what)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!pred (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("timed out after %u ms waiting for %s", timeout_ms, what);
      /* wake at least every 50 ms to re-check */
      zt_test_run_for (50);
    }
}

GtkWidget *
zt_test_find (GtkWidget   *root,
              const char  *name,
              gboolean   (*match) (GtkWidget *w, gpointer data),
              gpointer     data)
{
  if (root == NULL)
    return NULL;
  if ((name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = zt_test_find (child, name, match, data);
      if (found)
        return found;
    }
  return NULL;
}

static gboolean
has_text (GtkWidget *w,
          gpointer   data)
{
  const char *text = data;
  const char *a = NULL, *b = NULL;

  if (ADW_IS_PREFERENCES_ROW (w))
    a = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w));
  if (ADW_IS_ACTION_ROW (w))
    b = adw_action_row_get_subtitle (ADW_ACTION_ROW (w));
  else if (ADW_IS_EXPANDER_ROW (w))
    b = adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (w));
  else if (GTK_IS_LABEL (w))
    a = gtk_label_get_text (GTK_LABEL (w));
  else if (GTK_IS_BUTTON (w))
    a = gtk_button_get_label (GTK_BUTTON (w));
  return (a && strstr (a, text)) || (b && strstr (b, text));
}

GtkWidget *
zt_test_find_text (GtkWidget  *root,
                   const char *text)
{
  return zt_test_find (root, NULL, has_text, (gpointer) text);
}

void
zt_test_click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static gboolean
is_cell (GtkWidget *w,
         gpointer   data)
{
  const char *text;

  if (!GTK_IS_INSCRIPTION (w) || !gtk_widget_get_mapped (w))
    return FALSE;
  text = gtk_inscription_get_text (GTK_INSCRIPTION (w));
  return data ? g_strcmp0 (text, data) == 0 : text != NULL && text[0] != '\0';
}

gboolean
zt_test_rows_loaded (GtkWidget *view)
{
  return view != NULL && zt_test_find (view, NULL, is_cell, "…") == NULL && zt_test_find (view, NULL, is_cell, NULL) != NULL;
}

GtkWidget *
zt_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return GTK_WIDGET (w);
    }
  return NULL;
}

static GLogWriterOutput
log_writer_cb (GLogLevelFlags   level,
               const GLogField *fields,
               gsize            n_fields,
               gpointer         user_data)
{
  for (gsize i = 0; i < n_fields; i++)
    if (strcmp (fields[i].key, "MESSAGE") == 0 && fields[i].length < 0 &&
        strstr (fields[i].value, "failed to scroll to given position") != NULL)
      {
        g_test_message ("GTK: %s", (const char *) fields[i].value);
        return G_LOG_WRITER_HANDLED;
      }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

void
zt_test_log_init (void)
{
  g_log_set_writer_func (log_writer_cb, NULL, NULL);
}

char *
zt_test_screenshot (GtkWidget  *widget,
                    const char *name)
{
  const char *dir = g_getenv ("ZT_SCREENSHOT_DIR");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  char *path = g_build_filename (dir ? dir : ".", file, NULL);
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  GskRenderer *renderer;
  int width, height;

  /* let pending layout and animations (toasts, stack transitions) settle */
  zt_test_run_for (600);
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  g_assert_cmpint (width, >, 0);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);
  if (dir)
    g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s (%dx%d)", path, width, height);
  return path;
}

struct _ZtTestFixture {
  GSubprocess      *proc;
  GDataInputStream *out;
  JsonObject       *info;
};

static JsonObject *
parse_line (const char *line)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  g_assert_nonnull (line);
  if (!json_parser_load_from_data (parser, line, -1, NULL) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    g_error ("the fixture printed what is not a JSON object: %s", line);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

ZtTestFixture *
zt_test_fixture_start (const char *script)
{
  ZtTestFixture *f = g_new0 (ZtTestFixture, 1);
  g_autofree char *path = g_build_filename (g_getenv ("ZT_TESTS_DIR"), script, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;

  f->proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                              g_getenv ("NODE"), path, NULL);
  g_assert_no_error (error);
  f->out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (f->proc));
  line = g_data_input_stream_read_line_utf8 (f->out, NULL, NULL, &error);
  g_assert_no_error (error);
  f->info = parse_line (line);
  return f;
}

JsonObject *
zt_test_fixture_info (ZtTestFixture *f)
{
  return f->info;
}

typedef struct {
  gboolean  done;
  char     *line;
} Answer;

static void
line_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Answer *a = user_data;

  a->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, NULL);
  a->done = TRUE;
}

static gboolean
answered (gpointer data)
{
  return ((Answer *) data)->done;
}

JsonObject *
zt_test_fixture_ask (ZtTestFixture *f,
                     const char    *command)
{
  GOutputStream *in = g_subprocess_get_stdin_pipe (f->proc);
  g_autofree char *line = g_strconcat (command, "\n", NULL);
  g_autoptr(GError) error = NULL;
  Answer a = { FALSE, NULL };
  JsonObject *answer;

  g_assert_true (g_output_stream_write_all (in, line, strlen (line), NULL, NULL, &error));
  g_assert_no_error (error);
  g_data_input_stream_read_line_async (f->out, G_PRIORITY_DEFAULT, NULL, line_cb, &a);
  zt_test_wait_until (answered, &a, 90000, command);
  answer = parse_line (a.line);
  g_free (a.line);
  return answer;
}

void
zt_test_fixture_stop (ZtTestFixture *f)
{
  if (f == NULL)
    return;
  g_output_stream_close (g_subprocess_get_stdin_pipe (f->proc), NULL, NULL);
  g_subprocess_wait (f->proc, NULL, NULL);
  g_clear_object (&f->out);
  g_clear_object (&f->proc);
  g_clear_pointer (&f->info, json_object_unref);
  g_free (f);
}

typedef struct {
  gboolean  done;
  JsonNode *answer;
  GError   *error;
} RestCall;

static void
rest_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  RestCall *c = user_data;

  c->answer = zt_client_call_finish (ZT_CLIENT (source), result, &c->error);
  c->done = TRUE;
}

static gboolean
rest_done (gpointer data)
{
  return ((RestCall *) data)->done;
}

JsonNode *
zt_test_rest (ZtClient   *client,
              const char *method,
              const char *path,
              JsonNode   *body)
{
  RestCall c = { FALSE };

  zt_client_call_async (client, method, path, body, NULL, rest_cb, &c);
  zt_test_wait_until (rest_done, &c, 60000, path);
  if (c.error)
    g_error ("%s %s: %s", method, path, c.error->message);
  return c.answer;
}

typedef struct {
  gboolean  done;
  gboolean  ok;
  char     *out;
} ToolCall;

static void
tool_call_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  ToolCall *call = user_data;
  GSubprocess *proc = G_SUBPROCESS (source);

  call->ok = g_subprocess_communicate_utf8_finish (proc, result, &call->out, NULL, NULL) &&
             g_subprocess_get_if_exited (proc) && g_subprocess_get_exit_status (proc) == 0;
  call->done = TRUE;
}

static gboolean
tool_call_done (gpointer data)
{
  return ((ToolCall *) data)->done;
}

gboolean
zt_test_call_tool (const char  *url,
                   const char  *token,
                   const char  *tool,
                   const char  *args,
                   char       **out)
{
  g_autofree char *script = g_build_filename (g_getenv ("ZT_TESTS_DIR"), "call-tool.mjs", NULL);
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GError) error = NULL;
  ToolCall call = { FALSE };

  proc = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error, g_getenv ("NODE"),
                           script, url, token, tool, args, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (proc, NULL, NULL, tool_call_cb, &call);
  zt_test_wait_until (tool_call_done, &call, 60000, "a tool call");
  *out = call.out;
  return call.ok;
}

typedef struct {
  gboolean  done;
  char     *text;
} ClipboardRead;

static void
clipboard_read_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ClipboardRead *read = user_data;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

char *
zt_test_read_clipboard (void)
{
  ClipboardRead read = { FALSE };

  gdk_clipboard_read_text_async (gdk_display_get_clipboard (gdk_display_get_default ()), NULL, clipboard_read_cb, &read);
  zt_test_wait_until (clipboard_read_done, &read, 5000, "the clipboard");
  return read.text;
}

void
zt_test_own_bus_service (const char                   *name,
                         const char                   *path,
                         const char                   *xml,
                         GDBusInterfaceMethodCallFunc  call)
{
  GDBusInterfaceVTable vtable = { call };   /* GDBus keeps a copy */
  g_autoptr(GDBusNodeInfo) info = g_dbus_node_info_new_for_xml (xml, NULL);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) owned = NULL;

  g_assert_nonnull (info);
  g_assert_nonnull (bus);
  g_assert_cmpuint (g_dbus_connection_register_object (bus, path, info->interfaces[0], &vtable, NULL, NULL, NULL), >, 0);
  owned = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                       "RequestName", g_variant_new ("(su)", name, 4), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_assert_nonnull (owned);
}
