/* zt-a11y.h: accessible names GTK 4.8 gets wrong, and refused fields said to screen readers */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

/* GTK 4.8 names a button with a mnemonic after both its raw label and the label it is
 * labelled by, so a screen reader says "_Join a Mesh Join a Mesh". Without the raw label
 * property the name is "Join a Mesh". Call it on a tree of widgets once it is built; later
 * GTKs name buttons from their content and need nothing. */
static inline void
zt_a11y_fix_mnemonic_names (GtkWidget *widget)
{
  if (gtk_get_major_version () != 4 || gtk_get_minor_version () >= 10)
    return;
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)) &&
      gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    zt_a11y_fix_mnemonic_names (child);
}

/* GTK 4.8's GtkDropDown shows a toggle button of its own with no accessible name: a screen
 * reader says "toggle button". It gets the drop-down's label. */
static inline void
zt_a11y_name_drop_down (GtkDropDown *drop_down,
                        const char  *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* Marks @widget as refused with @message (NULL: as fine again): the error style, the message
 * as its tooltip, and for a screen reader the invalid state with the message as description. */
static inline void
zt_a11y_mark_invalid (GtkWidget  *widget,
                      const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
    }
  else if (gtk_widget_has_css_class (widget, "error"))
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* GTK 4.8's GtkMenuButton keeps its label for itself: the toggle button inside, which is what
 * takes the focus and what a screen reader reads, is named after the menu button's widget
 * type. It gets the label, and only that (not also the label of what it is labelled by). */
static inline void
zt_a11y_name_menu_button (GtkMenuButton *button,
                          const char    *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (button)); child;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      {
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
}
