/* zt-agent-thread.c: the agent core running in its own thread for the desktop app */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <signal.h>

#include "zt-core.h"
#include "zt-agent-thread.h"

/* The agent owns one thread and one GMainContext. The UI never touches the ZtAgent: it
 * talks to it over the local REST API like every other client, so the same UI code works
 * for an embedded agent and for a daemon it attaches to. */
struct _ZtAgentThread {
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  GMutex        mutex;
  GCond         cond;
  gboolean      ready;
  char         *home;
  char         *listen;
  char         *url;
  char         *token;
  GError       *error;
  gboolean      attached;
};

static gpointer
agent_thread_func (gpointer data)
{
  ZtAgentThread *self = data;
  g_autoptr(ZtAgent) agent = NULL;
  g_autoptr(GError) error = NULL;

  g_main_context_push_thread_default (self->context);
  agent = zt_agent_new (self->home);
  if (!zt_agent_start (agent, self->listen, &error))
    {
      g_mutex_lock (&self->mutex);
      self->error = g_steal_pointer (&error);
      self->ready = TRUE;
      g_cond_signal (&self->cond);
      g_mutex_unlock (&self->mutex);
      g_main_context_pop_thread_default (self->context);
      return NULL;
    }

  g_mutex_lock (&self->mutex);
  self->url = g_strdup (zt_agent_get_url (agent));
  self->ready = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->mutex);

  g_main_loop_run (self->loop);
  zt_agent_stop (agent);
  g_clear_object (&agent);
  /* let sources the agent left behind (closing streams, killed children) finish */
  while (g_main_context_iteration (self->context, FALSE))
    ;
  g_main_context_pop_thread_default (self->context);
  return NULL;
}

/* A daemon serving this home wrote api.json with its pid; if that process lives, use it. */
static gboolean
find_running_agent (ZtAgentThread *self)
{
  g_autofree char *url = NULL, *token = NULL;
  gint64 pid = 0;

  if (!zt_home_read_api (self->home, &url, &token, &pid, NULL))
    return FALSE;
  if (pid <= 0 || pid == getpid () || kill ((pid_t) pid, 0) != 0)
    return FALSE;
  self->url = g_steal_pointer (&url);
  self->token = g_steal_pointer (&token);
  return TRUE;
}

ZtAgentThread *
zt_agent_thread_start (const char  *home,
                       const char  *listen,
                       GError     **error)
{
  ZtAgentThread *self = g_new0 (ZtAgentThread, 1);

  self->home = zt_home_resolve (home);
  self->listen = g_strdup (listen);
  g_mutex_init (&self->mutex);
  g_cond_init (&self->cond);

  if (find_running_agent (self))
    {
      self->attached = TRUE;
      return self;
    }

  self->context = g_main_context_new ();
  self->loop = g_main_loop_new (self->context, FALSE);
  self->thread = g_thread_new ("zt4mcp-agent", agent_thread_func, self);
  /* start-up binds a socket and opens SQLite: a few milliseconds */
  g_mutex_lock (&self->mutex);
  while (!self->ready)
    g_cond_wait (&self->cond, &self->mutex);
  g_mutex_unlock (&self->mutex);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      zt_agent_thread_stop (self);
      return NULL;
    }
  if (!zt_home_read_api (self->home, NULL, &self->token, NULL, error))
    {
      zt_agent_thread_stop (self);
      return NULL;
    }
  return self;
}

gboolean
zt_agent_thread_is_attached (ZtAgentThread *self)
{
  return self->attached;
}

const char *
zt_agent_thread_get_url (ZtAgentThread *self)
{
  return self->url;
}

const char *
zt_agent_thread_get_token (ZtAgentThread *self)
{
  return self->token;
}

const char *
zt_agent_thread_get_home (ZtAgentThread *self)
{
  return self->home;
}

void
zt_agent_thread_stop (ZtAgentThread *self)
{
  if (self == NULL)
    return;
  if (self->thread != NULL)
    {
      g_main_loop_quit (self->loop);
      g_main_context_wakeup (self->context);
      g_thread_join (self->thread);
    }
  g_clear_pointer (&self->loop, g_main_loop_unref);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_clear_error (&self->error);
  g_mutex_clear (&self->mutex);
  g_cond_clear (&self->cond);
  g_free (self->home);
  g_free (self->listen);
  g_free (self->url);
  if (self->token)
    memset (self->token, 0, strlen (self->token));
  g_free (self->token);
  g_free (self);
}
