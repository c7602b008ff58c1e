/* zt-chat-row.c: one row of the chat's message view: a bubble or a tool-call card */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "zt-chat-row.h"
#include "zt-jsonrpc.h"
#include "zt-markdown-view.h"

/* Updates of a streaming answer are drawn at most this often (the text is kept whole) */
#define REDRAW_MS 50

struct _ZtChatRow {
  GtkWidget    parent_instance;

  ZtChatItem  *item;
  GtkWidget   *content;     /* the bubble or the card */
  GtkWidget   *markdown;    /* an answer's ZtMarkdownView */
  GtkWidget   *label;       /* a user's text, a notice */
  GtkWidget   *state_label; /* "Stopped", ... */
  GtkWidget   *expander;    /* a tool call's AdwExpanderRow */
  GtkWidget   *arguments, *result;
  guint        redraw_id;
};

G_DEFINE_FINAL_TYPE (ZtChatRow, zt_chat_row, GTK_TYPE_WIDGET)

const char *
zt_chat_tool_state_label (const char *state)
{
  static const struct { const char *state, *label; } labels[] = {
    { "asking", N_("Waiting for your approval") },
    { "running", N_("Running") },
    { "allowed", N_("Allowed") },
    { "denied", N_("Denied") },
    { "failed", N_("Failed") },
    { "stopped", N_("Stopped") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (state, labels[i].state) == 0)
      return _(labels[i].label);
  return state;
}

static char *
sanitized (const char *text)
{
  return zt_markdown_sanitize (text ? text : "", -1);
}

static GtkWidget *
mono_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static void
show_state (ZtChatRow *self)
{
  const char *state = zt_chat_item_get_state (self->item);
  ZtChatItemKind kind = zt_chat_item_get_kind (self->item);

  if (kind == ZT_CHAT_ITEM_TOOL)
    {
      g_autofree char *subtitle = g_markup_escape_text (zt_chat_tool_state_label (state), -1);

      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self->expander), subtitle);
      gtk_widget_remove_css_class (self->content, "tool-denied");
      gtk_widget_remove_css_class (self->content, "tool-failed");
      if (g_strcmp0 (state, "denied") == 0 || g_strcmp0 (state, "failed") == 0)
        gtk_widget_add_css_class (self->content, g_strcmp0 (state, "denied") == 0 ? "tool-denied" : "tool-failed");
      return;
    }
  if (self->state_label == NULL)
    return;
  if (g_strcmp0 (state, "stopped") == 0)
    gtk_label_set_text (GTK_LABEL (self->state_label), _("Stopped"));
  else if (g_strcmp0 (state, "error") == 0)
    gtk_label_set_text (GTK_LABEL (self->state_label), _("The answer failed"));
  else
    gtk_label_set_text (GTK_LABEL (self->state_label), "");
  gtk_widget_set_visible (self->state_label, gtk_label_get_text (GTK_LABEL (self->state_label))[0] != '\0');
}

static gboolean
redraw_cb (gpointer data)
{
  ZtChatRow *self = data;

  self->redraw_id = 0;
  if (self->markdown && self->item)
    zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (self->markdown), zt_chat_item_get_text (self->item));
  return G_SOURCE_REMOVE;
}

static void
text_changed_cb (ZtChatRow *self)
{
  if (self->markdown != NULL)
    {
      /* a stream of tokens: drawn at most every REDRAW_MS, the view adds only what is new */
      if (self->redraw_id == 0)
        self->redraw_id = g_timeout_add (REDRAW_MS, redraw_cb, self);
    }
  else if (self->label != NULL)
    {
      g_autofree char *text = sanitized (zt_chat_item_get_text (self->item));
      gtk_label_set_text (GTK_LABEL (self->label), text);
    }
  else if (self->arguments != NULL)
    {
      g_autofree char *pretty = zt_json_text_pretty (zt_chat_item_get_text (self->item));
      g_autofree char *text = sanitized (pretty);
      gtk_label_set_text (GTK_LABEL (self->arguments), text);
    }
}

static void
result_changed_cb (ZtChatRow *self)
{
  g_autofree char *text = sanitized (zt_chat_item_get_result (self->item));

  if (self->result == NULL)
    return;
  gtk_label_set_text (GTK_LABEL (self->result), text[0] ? text : _("No result yet"));
}

static GtkWidget *
bubble (ZtChatRow  *self,
        const char *who,
        const char *css)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name = gtk_label_new (who);

  gtk_widget_add_css_class (box, "chat-bubble");
  gtk_widget_add_css_class (box, css);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_add_css_class (name, "caption-heading");
  gtk_widget_add_css_class (name, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  return box;
}

static void
build (ZtChatRow *self)
{
  ZtChatItemKind kind = zt_chat_item_get_kind (self->item);

  switch (kind)
    {
    case ZT_CHAT_ITEM_USER:
    case ZT_CHAT_ITEM_NOTICE:
      self->content = bubble (self, kind == ZT_CHAT_ITEM_USER ? _("You") : _("Error"),
                              kind == ZT_CHAT_ITEM_USER ? "user" : "notice");
      self->label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->label), 0);
      gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (self->label), TRUE);
      gtk_box_append (GTK_BOX (self->content), self->label);
      if (kind == ZT_CHAT_ITEM_USER)
        gtk_widget_set_halign (self->content, GTK_ALIGN_END);
      break;
    case ZT_CHAT_ITEM_ASSISTANT:
      self->content = bubble (self, _("Assistant"), "assistant");
      self->markdown = zt_markdown_view_new ();
      gtk_box_append (GTK_BOX (self->content), self->markdown);
      self->state_label = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (self->state_label), 0);
      gtk_widget_add_css_class (self->state_label, "caption");
      gtk_widget_add_css_class (self->state_label, "warning");
      gtk_widget_set_name (self->state_label, "message-state");
      gtk_box_append (GTK_BOX (self->content), self->state_label);
      zt_markdown_view_set_text (ZT_MARKDOWN_VIEW (self->markdown), zt_chat_item_get_text (self->item));
      break;
    case ZT_CHAT_ITEM_TOOL:
      {
        g_autofree char *title = g_strdup_printf ("%s · %s", zt_chat_item_get_service (self->item),
                                                  zt_chat_item_get_tool (self->item));
        g_autofree char *clean = sanitized (title);
        g_autofree char *escaped = g_markup_escape_text (clean, -1);
        g_autofree char *a11y = g_strdup_printf (_("Tool call %s"), clean);
        GtkWidget *heading;

        self->content = gtk_list_box_new ();
        gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->content), GTK_SELECTION_NONE);
        gtk_widget_add_css_class (self->content, "boxed-list");
        gtk_widget_add_css_class (self->content, "tool-card");
        self->expander = adw_expander_row_new ();
        /* the model picks these names: escaped, since the row's title is markup */
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->expander), escaped);
        adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (self->expander), "applications-system-symbolic");
        gtk_accessible_update_property (GTK_ACCESSIBLE (self->expander), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
        gtk_widget_set_name (self->expander, "tool-card");
        heading = gtk_label_new (_("Arguments"));
        gtk_widget_add_css_class (heading, "heading");
        gtk_label_set_xalign (GTK_LABEL (heading), 0);
        gtk_widget_set_margin_start (heading, 12);
        gtk_widget_set_margin_top (heading, 6);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), heading);
        self->arguments = mono_label ();
        gtk_widget_set_name (self->arguments, "tool-arguments");
        adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->arguments);
        heading = gtk_label_new (_("Result"));
        gtk_widget_add_css_class (heading, "heading");
        gtk_label_set_xalign (GTK_LABEL (heading), 0);
        gtk_widget_set_margin_start (heading, 12);
        gtk_widget_set_margin_top (heading, 6);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), heading);
        self->result = mono_label ();
        gtk_widget_set_name (self->result, "tool-result");
        adw_expander_row_add_row (ADW_EXPANDER_ROW (self->expander), self->result);
        gtk_list_box_append (GTK_LIST_BOX (self->content), self->expander);
        result_changed_cb (self);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  gtk_widget_set_parent (self->content, GTK_WIDGET (self));
  text_changed_cb (self);
  show_state (self);
}

static void
teardown (ZtChatRow *self)
{
  g_clear_handle_id (&self->redraw_id, g_source_remove);
  if (self->item)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  g_clear_pointer (&self->content, gtk_widget_unparent);
  self->markdown = self->label = self->state_label = self->expander = self->arguments = self->result = NULL;
}

void
zt_chat_row_set_item (ZtChatRow  *self,
                      ZtChatItem *item)
{
  g_return_if_fail (ZT_IS_CHAT_ROW (self));

  if (item == self->item)
    return;
  teardown (self);
  if (item == NULL)
    return;
  self->item = g_object_ref (item);
  build (self);
  g_signal_connect_swapped (item, "notify::text", G_CALLBACK (text_changed_cb), self);
  g_signal_connect_swapped (item, "notify::state", G_CALLBACK (show_state), self);
  g_signal_connect_swapped (item, "notify::result", G_CALLBACK (result_changed_cb), self);
}

ZtChatItem *
zt_chat_row_get_item (ZtChatRow *self)
{
  g_return_val_if_fail (ZT_IS_CHAT_ROW (self), NULL);
  return self->item;
}

static void
zt_chat_row_dispose (GObject *object)
{
  teardown (ZT_CHAT_ROW (object));
  G_OBJECT_CLASS (zt_chat_row_parent_class)->dispose (object);
}

static void
zt_chat_row_class_init (ZtChatRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_chat_row_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "chatrow");
}

static void
zt_chat_row_init (ZtChatRow *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
}

GtkWidget *
zt_chat_row_new (void)
{
  return g_object_new (ZT_TYPE_CHAT_ROW, NULL);
}
