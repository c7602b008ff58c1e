/* zt-error-dialog.c: an error said in plain words, with the agent's raw detail behind an expander */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-a11y.h"
#include "zt-client.h"
#include "zt-error-dialog.h"

static char *
without_backticks (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    if (*p != '`')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

GtkWidget *
zt_error_detail_new (const char *detail)
{
  g_autofree char *shown = without_backticks (detail ? detail : "");
  GtkWidget *expander = gtk_expander_new_with_mnemonic (_("_Details"));
  GtkWidget *label = gtk_label_new (shown);

  gtk_widget_set_name (expander, "error-detail");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_margin_top (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The agent's own words"), -1);
  gtk_expander_set_child (GTK_EXPANDER (expander), label);
  return expander;
}

GtkWidget *
zt_error_dialog_present (GtkWidget  *parent,
                         const char *heading,
                         const char *body,
                         const char *detail)
{
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;
  GtkWidget *dialog;

  g_return_val_if_fail (heading != NULL && body != NULL, NULL);

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  gtk_widget_set_name (dialog, "error-dialog");
  /* the agent's words may hold anything: never read as markup */
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  if (detail != NULL && detail[0] != '\0')
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), zt_error_detail_new (detail));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  /* "Close" and "Details" to a screen reader, not "_Close Close" */
  zt_a11y_fix_mnemonic_names (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkWidget *
zt_error_dialog_present_error (GtkWidget    *parent,
                               const char   *heading,
                               const char   *body,
                               const GError *error)
{
  return zt_error_dialog_present (parent, heading, body, error ? error->message : NULL);
}

const char *
zt_error_client_sentence (const GError *error)
{
  static const struct { int code; const char *sentence; } sentences[] = {
    { ZT_CLIENT_ERROR_NETWORK, N_("The agent did not answer. It may be stopping or busy; try again in a moment.") },
    { ZT_CLIENT_ERROR_NOT_FOUND, N_("The agent no longer has it: it was removed meanwhile.") },
    { ZT_CLIENT_ERROR_INVALID_REQUEST, N_("The agent refused it as it was asked; nothing was changed.") },
    { ZT_CLIENT_ERROR_HUB_UNREACHABLE, N_("The mesh's hub could not be reached. Check the network, then try again.") },
    { ZT_CLIENT_ERROR_HUB_REFUSED, N_("The mesh's hub refused it; nothing was changed.") },
    { ZT_CLIENT_ERROR_INVALID_INVITATION, N_("The invitation cannot be used: it may be mistyped, used already, or "
                                             "expired. Ask for a new one.") },
    { ZT_CLIENT_ERROR_ALREADY_JOINED, N_("This computer is in a mesh already.") },
    { ZT_CLIENT_ERROR_FINGERPRINT_MISMATCH, N_("The hub is not the one the invitation names; nothing was done.") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sentences); i++)
    if (g_error_matches (error, ZT_CLIENT_ERROR, sentences[i].code))
      return _(sentences[i].sentence);
  return _("The agent could not do it; nothing was changed.");
}

GtkWidget *
zt_error_dialog_present_client_error (GtkWidget    *parent,
                                      const char   *heading,
                                      const GError *error)
{
  return zt_error_dialog_present_error (parent, heading, zt_error_client_sentence (error), error);
}
