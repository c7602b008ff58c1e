/* main.c: zt4mcp-desktop: the GTK4 app, with the agent core running in its own thread */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <signal.h>

#include "zt-core.h"

/* The agent owns one thread and one GMainContext; the UI only reads what it publishes. */
typedef struct {
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  ZtAgent      *agent;
  GMutex        mutex;
  GCond         cond;
  gboolean      ready;
  char         *url;
  char         *error;
  char         *attached;  /* a daemon already serves this home: its URL */
} AgentThread;

static AgentThread agent_thread;

static gpointer
agent_thread_func (gpointer data)
{
  AgentThread *at = data;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (at->context);
  at->agent = zt_agent_new (NULL);
  if (!zt_agent_start (at->agent, g_getenv ("ZT4MCP_LISTEN"), &error))
    {
      g_mutex_lock (&at->mutex);
      at->error = g_strdup (error->message);
      at->ready = TRUE;
      g_cond_signal (&at->cond);
      g_mutex_unlock (&at->mutex);
      g_clear_object (&at->agent);
      g_main_context_pop_thread_default (at->context);
      return NULL;
    }

  g_mutex_lock (&at->mutex);
  at->url = g_strdup (zt_agent_get_url (at->agent));
  at->ready = TRUE;
  g_cond_signal (&at->cond);
  g_mutex_unlock (&at->mutex);

  g_main_loop_run (at->loop);
  zt_agent_stop (at->agent);
  g_clear_object (&at->agent);
  g_main_context_pop_thread_default (at->context);
  return NULL;
}

/* If a daemon already serves this home, the app uses it instead of starting a second agent. */
static char *
find_running_agent (void)
{
  g_autofree char *home = zt_home_resolve (NULL);
  g_autofree char *path = g_build_filename (home, "api.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *o;
  gint64 pid;

  if (!json_parser_load_from_file (parser, path, NULL) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  o = json_node_get_object (json_parser_get_root (parser));
  pid = json_object_get_int_member_with_default (o, "pid", 0);
  if (pid <= 0 || pid == getpid () || kill ((pid_t) pid, 0) != 0)
    return NULL;
  return g_strdup (json_object_get_string_member_with_default (o, "url", NULL));
}

static void
agent_thread_start (AgentThread *at)
{
  at->attached = find_running_agent ();
  if (at->attached != NULL)
    return;
  g_mutex_init (&at->mutex);
  g_cond_init (&at->cond);
  at->context = g_main_context_new ();
  at->loop = g_main_loop_new (at->context, FALSE);
  at->thread = g_thread_new ("zt4mcp-agent", agent_thread_func, at);
  /* start-up is quick (bind a socket, open SQLite); errors are shown, not fatal */
  g_mutex_lock (&at->mutex);
  while (!at->ready)
    g_cond_wait (&at->cond, &at->mutex);
  g_mutex_unlock (&at->mutex);
}

static void
agent_thread_stop (AgentThread *at)
{
  if (at->thread == NULL)
    return;
  g_main_loop_quit (at->loop);
  g_main_context_wakeup (at->context);
  g_thread_join (at->thread);
  g_clear_pointer (&at->loop, g_main_loop_unref);
  g_clear_pointer (&at->context, g_main_context_unref);
}

static void
activate_cb (GtkApplication *app,
             gpointer        user_data)
{
  GtkWindow *window = gtk_application_get_active_window (app);
  GtkWidget *page, *box, *header;
  g_autofree char *description = NULL;

  if (window == NULL)
    {
      window = GTK_WINDOW (adw_application_window_new (app));
      gtk_window_set_title (window, "zt4mcp");
      gtk_window_set_default_size (window, 900, 640);

      page = adw_status_page_new ();
      adw_status_page_set_title (ADW_STATUS_PAGE (page), _("zt4mcp"));
      if (agent_thread.attached != NULL)
        {
          adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "network-server-symbolic");
          description = g_strdup_printf (_("Using the agent already running at %s."), agent_thread.attached);
        }
      else if (agent_thread.error != NULL)
        {
          adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
          description = g_strdup_printf (_("The agent could not start: %s. If another program uses the port, "
                                           "stop it or set ZT4MCP_LISTEN=127.0.0.1:PORT."),
                                         agent_thread.error);
        }
      else
        {
          adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "network-server-symbolic");
          description = g_strdup_printf (_("The agent is running at %s. Add services with the zt4mcp "
                                           "command; the mesh and service pages come next."),
                                         agent_thread.url);
        }
      adw_status_page_set_description (ADW_STATUS_PAGE (page), description);

      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      header = adw_header_bar_new ();
      gtk_box_append (GTK_BOX (box), header);
      gtk_widget_set_vexpand (page, TRUE);
      gtk_box_append (GTK_BOX (box), page);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  gtk_window_present (window);
}

static void
startup_cb (GApplication *app,
            gpointer      user_data)
{
  agent_thread_start (&agent_thread);
}

static void
shutdown_cb (GApplication *app,
             gpointer      user_data)
{
  agent_thread_stop (&agent_thread);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;

  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = adw_application_new (APP_ID, G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "startup", G_CALLBACK (startup_cb), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  g_signal_connect (app, "shutdown", G_CALLBACK (shutdown_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
