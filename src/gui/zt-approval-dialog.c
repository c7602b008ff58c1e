/* zt-approval-dialog.c: asks whether the model may call a tool, showing the arguments */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "zt-approval-dialog.h"
#include "zt-jsonrpc.h"
#include "zt-markdown-view.h"

ZtChatVerdict
zt_approval_dialog_verdict (const char *response)
{
  if (g_strcmp0 (response, "once") == 0)
    return ZT_CHAT_VERDICT_ONCE;
  if (g_strcmp0 (response, "conversation") == 0)
    return ZT_CHAT_VERDICT_CONVERSATION;
  if (g_strcmp0 (response, "always") == 0)
    return ZT_CHAT_VERDICT_ALWAYS;
  return ZT_CHAT_VERDICT_DENY;
}

GtkWidget *
zt_approval_dialog_new (GtkWindow  *parent,
                        const char *conversation_title,
                        const char *service,
                        const char *tool,
                        const char *arguments)
{
  /* a model's words */
  g_autofree char *pretty = zt_json_text_pretty (arguments);
  g_autofree char *shown = zt_markdown_sanitize (pretty, -1);
  g_autofree char *heading = NULL, *body = NULL;
  g_autofree char *clean_service = zt_markdown_sanitize (service ? service : "", -1);
  g_autofree char *clean_tool = zt_markdown_sanitize (tool ? tool : "", -1);
  g_autofree char *clean_title = zt_markdown_sanitize (conversation_title ? conversation_title : "", -1);
  GtkWidget *dialog, *scroller, *label;

  heading = g_strdup_printf (_("Run “%s” of %s?"), clean_tool, clean_service);
  /* the chat's title says which chat asks (the dialog may come while another is shown) */
  if (g_utf8_strlen (clean_title, -1) > 40)
    {
      g_autofree char *cut = g_utf8_substring (clean_title, 0, 39);
      g_free (clean_title);
      clean_title = g_strconcat (cut, "…", NULL);
    }
  body = g_strdup_printf (_("In the chat “%s” the model asks to call this tool with the arguments below. It runs "
                            "through the agent: the policy, the scan and the audit apply."), clean_title);
  dialog = adw_message_dialog_new (parent, heading, body);
  /* nothing the model chose is read as markup */
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "deny", _("_Deny"),
                                    "once", _("Allow _Once"),
                                    "conversation", _("Allow for This _Chat"),
                                    "always", _("_Always"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "deny", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "once", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "deny");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "deny");

  label = gtk_label_new (shown);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "monospace");
  gtk_widget_set_name (label, "approval-arguments");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Arguments"), -1);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}
