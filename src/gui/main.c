/* main.c: zt4mcp-desktop: the GTK4 app, with the agent core running in its own thread */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "zt-application.h"
#include "zt-tls.h"
#include "zt-util.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(ZtApplication) app = NULL;

  /* before any thread and any TLS connection: it may set the process's TLS priority */
  zt_tls_prefer_x25519 ();
  zt_log_install ();
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = zt_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
