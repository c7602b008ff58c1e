/* main.c: zt4mcp-desktop, the GTK4 app (a window for now; the agent thread comes next) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

static void
activate_cb (GtkApplication *app,
             gpointer        user_data)
{
  GtkWindow *window = gtk_application_get_active_window (app);
  GtkWidget *page;

  if (window == NULL)
    {
      window = GTK_WINDOW (adw_application_window_new (app));
      gtk_window_set_title (window, "zt4mcp");
      gtk_window_set_default_size (window, 900, 640);
      page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "network-server-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("zt4mcp"));
      adw_status_page_set_description (ADW_STATUS_PAGE (page),
                                       _("The desktop app is being built. Use the zt4mcp command for now."));
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), page);
    }
  gtk_window_present (window);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
