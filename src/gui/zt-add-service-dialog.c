/* zt-add-service-dialog.c: add a local MCP server, showing exactly what will run */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-add-service-dialog.h"
#include "zt-a11y.h"

struct _ZtAddServiceDialog {
  AdwWindow        parent_instance;

  ZtClient        *client;

  GtkWidget       *add_button;
  AdwToastOverlay *toast_overlay;
  AdwEntryRow     *name_row;
  AdwComboRow     *kind_row;
  AdwEntryRow     *command_row;
  AdwEntryRow     *url_row;
  GtkWidget       *consent_group;
  GtkLabel        *preview_label;
  GtkCheckButton  *consent_check;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (ZtAddServiceDialog, zt_add_service_dialog, ADW_TYPE_WINDOW)

enum { KIND_STDIO, KIND_HTTP, KIND_SSE };

char **
zt_command_line_parse (const char  *text,
                       GError     **error)
{
  g_auto(GStrv) argv = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  int argc = 0;

  if (trimmed[0] == '\0')
    {
      g_set_error_literal (error, G_SHELL_ERROR, G_SHELL_ERROR_EMPTY_STRING, _("Type the command that starts the server."));
      return NULL;
    }
  /* shell-like quoting for convenience only: the result is an argv, never given to a shell */
  if (!g_shell_parse_argv (text, &argc, &argv, error))
    return NULL;
  return g_steal_pointer (&argv);
}

static gboolean
name_valid (const char *name)
{
  gsize len = strlen (name);

  if (len == 0 || len > 64)
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;
  return TRUE;
}

static void
changed_cb (ZtAddServiceDialog *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  gboolean ok = name_valid (name);
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->command_row), kind == KIND_STDIO);
  gtk_widget_set_visible (GTK_WIDGET (self->url_row), kind != KIND_STDIO);
  gtk_widget_set_visible (self->consent_group, kind == KIND_STDIO);
  gtk_label_set_text (self->error_label, "");
  zt_a11y_mark_invalid (GTK_WIDGET (self->command_row), NULL);
  zt_a11y_mark_invalid (GTK_WIDGET (self->url_row), NULL);

  if (kind == KIND_STDIO)
    {
      g_auto(GStrv) argv = zt_command_line_parse (gtk_editable_get_text (GTK_EDITABLE (self->command_row)), &error);
      g_autoptr(GString) preview = g_string_new (NULL);

      if (argv == NULL)
        {
          gtk_label_set_text (self->preview_label, error->message);
          ok = FALSE;
        }
      else
        {
          g_autofree char *found = g_path_is_absolute (argv[0]) ? g_strdup (argv[0])
                                                                : g_find_program_in_path (argv[0]);

          if (found != NULL)
            g_string_append_printf (preview, _("Program: %s\n"), found);
          else
            g_string_append_printf (preview, _("Program: %s (not found in PATH now)\n"), argv[0]);
          for (guint i = 0; argv[i]; i++)
            g_string_append_printf (preview, "argv[%u] = %s\n", i, argv[i]);
          g_string_truncate (preview, preview->len - 1);
          gtk_label_set_text (self->preview_label, preview->str);
          ok = ok && gtk_check_button_get_active (self->consent_check);
        }
    }
  else
    {
      const char *url = gtk_editable_get_text (GTK_EDITABLE (self->url_row));
      ok = ok && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")) &&
           g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
    }
  gtk_widget_set_sensitive (self->add_button, ok);
}

static void
add_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(ZtAddServiceDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) error_body = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish_full (ZT_CLIENT (source), result, &error_body, &error);

  gtk_widget_set_sensitive (self->add_button, TRUE);
  if (answer == NULL)
    {
      /* the agent's words, without the CLI's quoting; the field it names is marked */
      g_autofree char *plain = g_strdelimit (g_strdup (error->message), "`", '\'');
      const char *field = zt_client_error_field (error_body);

      plain[0] = g_ascii_toupper (plain[0]);
      gtk_label_set_text (self->error_label, plain);
      if (g_strcmp0 (field, "command") == 0)
        zt_a11y_mark_invalid (GTK_WIDGET (self->command_row), plain);
      else if (g_strcmp0 (field, "url") == 0)
        zt_a11y_mark_invalid (GTK_WIDGET (self->url_row), plain);
      return;
    }
  zt_client_refresh (self->client);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_clicked_cb (ZtAddServiceDialog *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  g_autoptr(GError) error = NULL;

  json_node_take_object (body, o);
  json_object_set_string_member (o, "name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  if (kind == KIND_STDIO)
    {
      g_auto(GStrv) argv = zt_command_line_parse (gtk_editable_get_text (GTK_EDITABLE (self->command_row)), &error);
      JsonArray *a;

      if (argv == NULL || !gtk_check_button_get_active (self->consent_check))
        return;
      a = json_array_new ();
      for (guint i = 0; argv[i]; i++)
        json_array_add_string_element (a, argv[i]);
      json_object_set_string_member (o, "kind", "stdio");
      json_object_set_array_member (o, "command", a);
    }
  else
    {
      json_object_set_string_member (o, "kind", kind == KIND_HTTP ? "http" : "sse");
      json_object_set_string_member (o, "url", gtk_editable_get_text (GTK_EDITABLE (self->url_row)));
    }
  gtk_widget_set_sensitive (self->add_button, FALSE);
  zt_client_call_async (self->client, "POST", "/services", body, NULL, add_done_cb, g_object_ref (self));
}

static void
zt_add_service_dialog_dispose (GObject *object)
{
  ZtAddServiceDialog *self = ZT_ADD_SERVICE_DIALOG (object);

  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_ADD_SERVICE_DIALOG);
  G_OBJECT_CLASS (zt_add_service_dialog_parent_class)->dispose (object);
}

static void
zt_add_service_dialog_class_init (ZtAddServiceDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_add_service_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-add-service-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, add_button);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, command_row);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, url_row);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, consent_group);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, consent_check);
  gtk_widget_class_bind_template_child (widget_class, ZtAddServiceDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zt_add_service_dialog_init (ZtAddServiceDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  zt_a11y_fix_mnemonic_names (GTK_WIDGET (self));
  changed_cb (self);
}

GtkWidget *
zt_add_service_dialog_new (GtkWindow *parent,
                           ZtClient  *client)
{
  ZtAddServiceDialog *self = g_object_new (ZT_TYPE_ADD_SERVICE_DIALOG, "transient-for", parent, NULL);

  self->client = g_object_ref (client);
  return GTK_WIDGET (self);
}
