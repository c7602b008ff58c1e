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
