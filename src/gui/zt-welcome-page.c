/* zt-welcome-page.c: first run: join a mesh or create one on this computer */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-hub.h"
#include "zt-welcome-page.h"

#define MAX_INVITATION_FILE (64 * 1024)

struct _ZtWelcomePage {
  GtkWidget      parent_instance;

  ZtClient      *client;
  GCancellable  *cancellable;

  GtkStack      *stack;
  GtkWidget     *back_button;
  GtkTextView   *invitation_view;
  AdwEntryRow   *endpoint_row;
  GtkWidget     *join_button;
  GtkSpinner    *join_spinner;
  GtkLabel      *join_status;
  AdwEntryRow   *mesh_name_row;
  AdwEntryRow   *user_row;
  AdwEntryRow   *hub_listen_row;
  GtkWidget     *create_button;
  GtkSpinner    *create_spinner;
  GtkLabel      *create_status;
};

G_DEFINE_FINAL_TYPE (ZtWelcomePage, zt_welcome_page, GTK_TYPE_WIDGET)

enum { FINISHED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
set_status (GtkLabel   *label,
            GtkSpinner *spinner,
            const char *text,
            gboolean    busy,
            gboolean    is_error)
{
  gtk_label_set_text (label, text ? text : "");
  gtk_spinner_set_spinning (spinner, busy);
  gtk_widget_set_visible (GTK_WIDGET (spinner), busy);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static void
show_step (ZtWelcomePage *self,
           const char    *name)
{
  gtk_stack_set_visible_child_name (self->stack, name);
  gtk_widget_set_visible (self->back_button, strcmp (name, "choose") != 0);
}

char *
zt_welcome_explain_error (const GError *error)
{
  g_autofree char *message = NULL;

  /* the agent's messages already say what went wrong and what to do next */
  if (error->domain == ZT_CLIENT_ERROR && error->code == ZT_CLIENT_ERROR_FINGERPRINT_MISMATCH)
    return g_strdup_printf (_("Stopped for your safety. %s"), error->message);
  if (error->domain == ZT_CLIENT_ERROR && error->code == ZT_CLIENT_ERROR_NETWORK)
    return g_strdup (error->message);
  message = g_strdup (error->message);
  if (message[0] != '\0')
    message[0] = g_ascii_toupper (message[0]);
  if (!g_str_has_suffix (message, ".") && !g_str_has_suffix (message, ")"))
    return g_strconcat (message, ".", NULL);
  return g_steal_pointer (&message);
}

void
zt_welcome_page_set_invitation (ZtWelcomePage *self,
                                const char    *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (ZT_IS_WELCOME_PAGE (self));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->invitation_view), trimmed, -1);
  show_step (self, "join");
  if (trimmed[0] != '\0' && !g_str_has_prefix (trimmed, ZT_INVITATION_PREFIX))
    set_status (self->join_status, self->join_spinner,
                _("This does not look like an invitation: it should start with “zt4mcp-invite:”."), FALSE, TRUE);
  else
    set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
}

static void
back_clicked_cb (ZtWelcomePage *self)
{
  g_cancellable_cancel (self->cancellable);
  show_step (self, "choose");
}

static void
join_choice_cb (ZtWelcomePage *self)
{
  show_step (self, "join");
  gtk_widget_grab_focus (GTK_WIDGET (self->invitation_view));
}

static void
create_choice_cb (ZtWelcomePage *self)
{
  show_step (self, "create");
}

static void
skip_cb (ZtWelcomePage *self)
{
  g_signal_emit (self, signals[FINISHED], 0, FALSE);
}

/* Joining ------------------------------------------------------------------------------ */

static void
join_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  gtk_widget_set_sensitive (self->join_button, TRUE);
  if (answer == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
      text = zt_welcome_explain_error (error);
      return set_status (self->join_status, self->join_spinner, text, FALSE, TRUE);
    }
  set_status (self->join_status, self->join_spinner, _("Joined."), FALSE, FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->invitation_view), "", -1);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
}

static void
join_clicked_cb (ZtWelcomePage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->invitation_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) body = NULL;
  const char *endpoint;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return set_status (self->join_status, self->join_spinner,
                       _("Paste the invitation first, or open the file it came in."), FALSE, TRUE);
  endpoint = gtk_editable_get_text (GTK_EDITABLE (self->endpoint_row));
  body = zt_json_object_node ("invitation", text, "endpoint", endpoint[0] ? endpoint : NULL, NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (self->join_button, FALSE);
  set_status (self->join_status, self->join_spinner,
              _("Making this computer's key and asking the hub for a certificate…"), TRUE, FALSE);
  zt_client_call_async (self->client, "POST", "/mesh/join", body, self->cancellable, join_done_cb,
                        g_object_ref (self));
}

static void
paste_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);

  if (text != NULL)
    zt_welcome_page_set_invitation (self, text);
}

static void
paste_cb (ZtWelcomePage *self)
{
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL, paste_done_cb,
                                 g_object_ref (self));
}

static void
file_loaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len = 0;

  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &len, NULL, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Cannot read the file: %s"), error->message);
      show_step (self, "join");
      return set_status (self->join_status, self->join_spinner, text, FALSE, TRUE);
    }
  if (len > MAX_INVITATION_FILE || !g_utf8_validate (contents, len, NULL))
    {
      show_step (self, "join");
      return set_status (self->join_status, self->join_spinner,
                         _("This file is not an invitation: invitations are one short line of text."), FALSE, TRUE);
    }
  zt_welcome_page_set_invitation (self, contents);
}

static void
load_invitation_file (ZtWelcomePage *self,
                      GFile         *file)
{
  g_file_load_contents_async (file, NULL, file_loaded_cb, g_object_ref (self));
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (file)
        load_invitation_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_file_cb (ZtWelcomePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open Invitation"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
G_GNUC_END_IGNORE_DEPRECATIONS

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  ZtWelcomePage *self = user_data;

  if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    load_invitation_file (self, g_value_get_object (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    zt_welcome_page_set_invitation (self, g_value_get_string (value));
  else
    return FALSE;
  return TRUE;
}

/* Creating ----------------------------------------------------------------------------- */

static void
create_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ZtWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = zt_client_call_finish (ZT_CLIENT (source), result, &error);

  gtk_widget_set_sensitive (self->create_button, TRUE);
  if (answer == NULL)
    {
      g_autofree char *text = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return set_status (self->create_status, self->create_spinner, NULL, FALSE, FALSE);
      text = zt_welcome_explain_error (error);
      return set_status (self->create_status, self->create_spinner, text, FALSE, TRUE);
    }
  set_status (self->create_status, self->create_spinner, _("Mesh created."), FALSE, FALSE);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
}

static void
create_clicked_cb (ZtWelcomePage *self)
{
  const char *mesh = gtk_editable_get_text (GTK_EDITABLE (self->mesh_name_row));
  const char *user = gtk_editable_get_text (GTK_EDITABLE (self->user_row));
  const char *listen = gtk_editable_get_text (GTK_EDITABLE (self->hub_listen_row));
  g_autoptr(JsonNode) body = NULL;

  if (user[0] == '\0' || mesh[0] == '\0')
    return set_status (self->create_status, self->create_spinner,
                       _("Give the mesh a name and yourself a user name."), FALSE, TRUE);
  body = zt_json_object_node ("mesh", mesh, "user", user, "listen", listen[0] ? listen : NULL, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (self->create_button, FALSE);
  set_status (self->create_status, self->create_spinner,
              _("Making the mesh's certificate authority and starting the hub…"), TRUE, FALSE);
  zt_client_call_async (self->client, "POST", "/mesh/create", body, self->cancellable, create_done_cb,
                        g_object_ref (self));
}

/* ---------------------------------------------------------------------------------------- */

void
zt_welcome_page_set_client (ZtWelcomePage *self,
                            ZtClient      *client)
{
  g_return_if_fail (ZT_IS_WELCOME_PAGE (self));
  g_set_object (&self->client, client);
}

void
zt_welcome_page_set_hub_listen (ZtWelcomePage *self,
                                const char    *listen)
{
  gtk_editable_set_text (GTK_EDITABLE (self->hub_listen_row), listen ? listen : "");
}

void
zt_welcome_page_reset (ZtWelcomePage *self)
{
  g_cancellable_cancel (self->cancellable);
  set_status (self->join_status, self->join_spinner, NULL, FALSE, FALSE);
  set_status (self->create_status, self->create_spinner, NULL, FALSE, FALSE);
  show_step (self, "choose");
}

static void
zt_welcome_page_dispose (GObject *object)
{
  ZtWelcomePage *self = ZT_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->client);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZT_TYPE_WELCOME_PAGE);
  /* the template's top widget is not bound to a field, so it is unparented here */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (zt_welcome_page_parent_class)->dispose (object);
}

static void
zt_welcome_page_class_init (ZtWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zt_welcome_page_dispose;

  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/zt4mcp/Zt4mcp/ui/zt-welcome-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, back_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, invitation_view);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, endpoint_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_spinner);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, join_status);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, mesh_name_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, user_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, hub_listen_row);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_button);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_spinner);
  gtk_widget_class_bind_template_child (widget_class, ZtWelcomePage, create_status);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, join_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_choice_cb);
  gtk_widget_class_bind_template_callback (widget_class, skip_cb);
  gtk_widget_class_bind_template_callback (widget_class, join_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_file_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
}

static void
zt_welcome_page_init (ZtWelcomePage *self)
{
  GtkDropTarget *drop;
  g_autofree char *mesh = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (GTK_WIDGET (self->join_spinner), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->create_spinner), FALSE);

  gtk_editable_set_text (GTK_EDITABLE (self->user_row), g_get_user_name ());
  mesh = g_strdup_printf ("%s-mesh", g_get_user_name ());
  gtk_editable_set_text (GTK_EDITABLE (self->mesh_name_row), mesh);

  drop = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop, (GType[2]) { G_TYPE_FILE, G_TYPE_STRING }, 2);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

GtkWidget *
zt_welcome_page_new (void)
{
  return g_object_new (ZT_TYPE_WELCOME_PAGE, NULL);
}
