/* zt-upstream-stdio.c: an MCP server run as a child process, newline-delimited JSON on stdio */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <glib-unix.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zt-secrets.h"
#include "zt-fd-watch.h"
#include "zt-spawn.h"
#include "zt-util.h"
#include "zt-error.h"
#include "zt-service.h"
#include "zt-transports.h"

#define READ_CHUNK (64 * 1024)

/* The last lines of a server's stderr, told with its exit: the server's last words are
 * usually why it exited */
#define STDERR_TAIL_LINES 20
#define STDERR_TAIL_BYTES 4096

struct _ZtUpstreamStdio
{
  ZtUpstream     parent_instance;

  ZtUpstreamHost *host;         /* hears what happens to the process (may be NULL) */
  char         **argv;
  char         **env;
  char          *cwd;
  GPid           pid;           /* 0 once it was reaped */
  GSource       *child_watch;   /* where pidfds are not available */
  ZtFdWatch     *exit_watch;    /* or a pidfd among the fd watches */
  GOutputStream *stdin_pipe;
  GInputStream  *stdout_pipe;
  GInputStream  *stderr_pipe;
  GCancellable  *cancellable;
  GString       *line;
  gboolean       held;          /* stdout not read for now (back-pressure from a client) */
  GString       *err_line;
  ZtFdWatch     *err_watch;     /* stderr: a fd watch, so that its rest is read at the exit */
  GQueue         err_tail;      /* char *: the last lines (redacted), oldest first */
  gsize          err_tail_bytes;
  ZtFdWatch     *read_watch;    /* stays attached: no per-read async operation */
  ZtFdWatch     *write_watch;   /* attached only while the pipe is full */
  GByteArray    *out;           /* bytes not yet written */
  gsize          out_offset;
  gboolean       discarding;    /* skipping the rest of an oversized line */
  char          *buf;           /* READ_CHUNK bytes, reused for every read */
  GError        *start_error;   /* what it was made without (a secret not readable): start fails */
};

#define ZT_TYPE_UPSTREAM_STDIO (zt_upstream_stdio_get_type ())
G_DECLARE_FINAL_TYPE (ZtUpstreamStdio, zt_upstream_stdio, ZT, UPSTREAM_STDIO, ZtUpstream)
G_DEFINE_FINAL_TYPE (ZtUpstreamStdio, zt_upstream_stdio, ZT_TYPE_UPSTREAM)

/* What happens to the process goes to the host (the agent's service log and state). */
static void report (ZtUpstreamStdio *self, const char *service, ZtServiceEvent event,
                    const char *format, ...) G_GNUC_PRINTF (4, 5);

static void
report (ZtUpstreamStdio *self,
        const char      *service,
        ZtServiceEvent   event,
        const char      *format,
        ...)
{
  g_autofree char *text = NULL;
  va_list args;

  if (self->host == NULL)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  zt_upstream_host_report (self->host, service, event, "%s", text);
}

static void read_more (ZtUpstreamStdio *self);
static void read_stderr (ZtUpstreamStdio *self);
static void drain_stderr (ZtUpstreamStdio *self);

/* "upstream server X exited with status 1", then its last lines on stderr, one a line. */
static GError *
exit_error (ZtUpstreamStdio *self,
            const char      *what)
{
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, "upstream server %s %s", zt_upstream_get_name (ZT_UPSTREAM (self)), what);
  if (self->err_tail.length > 0)
    {
      g_string_append (text, "\nits last lines on stderr:");
      for (GList *l = self->err_tail.head; l; l = l->next)
        g_string_append_printf (text, "\n  %s", (const char *) l->data);
    }
  {
    g_autofree char *message = g_string_free (text, FALSE);

    return g_error_new_literal (ZT_ERROR, ZT_ERROR_UPSTREAM, message);
  }
}

static gboolean
kill_group_cb (gpointer user_data)
{
  GPid pid = GPOINTER_TO_INT (user_data);

  kill (-pid, SIGKILL);
  return G_SOURCE_REMOVE;
}

static void
terminate_process (ZtUpstreamStdio *self)
{
  if (self->pid > 0)
    {
      /* Closing stdin is the polite MCP shutdown; SIGTERM then SIGKILL for the group. The
       * SIGKILL timer is on the global context on purpose: it must fire even after the
       * agent (and its own context) stopped, and it touches nothing but the pid. */
      kill (-self->pid, SIGTERM);
      g_timeout_add_full (G_PRIORITY_DEFAULT, 2000, kill_group_cb, GINT_TO_POINTER (self->pid), NULL);
    }
}

/* In the agent's context; the watch holds a reference on self until the child is reaped. */
static void
process_exited_cb (GPid     pid,
                   gint     status,
                   gpointer user_data)
{
  ZtUpstreamStdio *self = user_data;
  g_autoptr(GError) reason = NULL;
  const char *name = zt_upstream_get_name (ZT_UPSTREAM (self));

  g_autofree char *what = NULL;

  g_clear_pointer (&self->child_watch, g_source_unref);
  self->exit_watch = NULL;   /* it ends with this call */
  if (pid != self->pid)
    return;
  /* what it wrote before it exited is in the pipe: read it now, before telling why it ended */
  drain_stderr (self);
  if (WIFSIGNALED (status))
    what = g_strdup_printf ("was killed by signal %d (%s)", WTERMSIG (status), g_strsignal (WTERMSIG (status)));
  else
    what = g_strdup_printf ("exited with status %d", WEXITSTATUS (status));
  reason = exit_error (self, what);
  if (!zt_upstream_is_closed (ZT_UPSTREAM (self)))
    g_message ("%s", reason->message);
  if (zt_upstream_is_closed (ZT_UPSTREAM (self)))
    /* the agent stopped it (its session ended, the service changed, the agent stops): a
     * normal stop, whatever signal it took */
    report (self, name, ZT_SERVICE_EVENT_EXITED, "pid %d stopped", self->pid);
  else if (WIFSIGNALED (status))
    report (self, name, ZT_SERVICE_EVENT_EXITED, "pid %d was killed by signal %d (%s)", self->pid,
            WTERMSIG (status), g_strsignal (WTERMSIG (status)));
  else
    report (self, name, ZT_SERVICE_EVENT_EXITED, "pid %d exited with status %d", self->pid, WEXITSTATUS (status));
  self->pid = 0;
  zt_upstream_emit_closed (ZT_UPSTREAM (self), reason);
}

static void
handle_stdout (ZtUpstreamStdio *self,
               const char      *data,
               gsize            len)
{
  const ZtLimits *limits = zt_upstream_get_limits (ZT_UPSTREAM (self));
  gsize max = limits->max_size ? limits->max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;

  while (len > 0)
    {
      const char *nl = memchr (data, '\n', len);
      gsize n = nl ? (gsize) (nl - data) : len;

      if (!self->discarding)
        {
          if (self->line->len + n > max)
            {
              g_warning ("%s: dropped a message over %" G_GSIZE_FORMAT " bytes from the upstream server",
                         zt_upstream_get_name (ZT_UPSTREAM (self)), max);
              g_string_truncate (self->line, 0);
              self->discarding = TRUE;
            }
          else
            g_string_append_len (self->line, data, n);
        }

      if (nl == NULL)
        break;

      if (!self->discarding)
        zt_upstream_emit_raw (ZT_UPSTREAM (self), self->line->str, self->line->len, -1);
      g_string_truncate (self->line, 0);
      self->discarding = FALSE;
      data = nl + 1;
      len -= n + 1;
    }
}

/* stdout is read with plain read(2) on a non-blocking fd under one persistent fd watch:
 * GIO's pollable streams poll twice around every read, which costs more than the read.
 * The watches of stdout, stderr and the exit are ZtFdWatches, not GSources: an idle session's
 * process then costs the main loop nothing on each iteration (see zt-fd-watch.h). */
static gboolean
readable_cb (int           fd,
             GIOCondition  condition,
             gpointer      user_data)
{
  ZtUpstreamStdio *self = user_data;

  for (;;)
    {
      gssize n = read (fd, self->buf, READ_CHUNK);

      if (n > 0)
        {
          handle_stdout (self, self->buf, n);
          if (zt_upstream_is_closed (ZT_UPSTREAM (self)))
            break;
          if (self->held)
            return G_SOURCE_CONTINUE;  /* a client asked for less: the rest waits in the pipe */
          if (n < READ_CHUNK)
            return G_SOURCE_CONTINUE;  /* a short read from a pipe: it is empty now */
          continue;
        }
      if (n < 0 && (errno == EAGAIN || errno == EINTR))
        return G_SOURCE_CONTINUE;
      break;  /* EOF or error: the exit watch reports the end */
    }
  self->read_watch = NULL;
  return G_SOURCE_REMOVE;
}

static void
read_more (ZtUpstreamStdio *self)
{
  int fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (self->stdout_pipe));

  g_unix_set_fd_nonblocking (fd, TRUE, NULL);
  self->read_watch = zt_fd_watch_add (fd, self->held ? G_IO_ERR : G_IO_IN | G_IO_HUP | G_IO_ERR, G_PRIORITY_DEFAULT,
                                      readable_cb, self);
}

static void
zt_upstream_stdio_hold_reading (ZtUpstream *upstream,
                                gboolean    hold)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (upstream);

  self->held = hold;
  if (self->read_watch != NULL)
    zt_fd_watch_set_events (self->read_watch, hold ? G_IO_ERR : G_IO_IN | G_IO_HUP | G_IO_ERR);
}

/* A server's stderr is its own, but what the agent keeps and shows of it (the service's log,
 * the client's error at an exit) must not hand out the secrets the service was given in its
 * environment, nor other secrets it printed. */
static char *
redact_line (ZtUpstreamStdio *self,
             const char      *line)
{
  g_autofree char *valid = g_utf8_make_valid (line, -1);
  g_autofree char *out = NULL;

  for (guint i = 0; self->env && self->env[i]; i++)
    {
      const char *eq = strchr (self->env[i], '=');
      g_autofree char *key = NULL, *mark = NULL;
      g_auto(GStrv) parts = NULL;

      if (eq == NULL || strlen (eq + 1) < 4 || strstr (valid, eq + 1) == NULL)
        continue;
      key = g_strndup (self->env[i], eq - self->env[i]);
      mark = g_strdup_printf ("[REDACTED:env %s]", key);
      parts = g_strsplit (valid, eq + 1, -1);
      g_free (valid);
      valid = g_strjoinv (mark, parts);
    }
  out = zt_secrets_redact_len (valid, strlen (valid), NULL);
  return out ? g_steal_pointer (&out) : g_steal_pointer (&valid);
}

static void
stderr_line (ZtUpstreamStdio *self)
{
  const char *name = zt_upstream_get_name (ZT_UPSTREAM (self));
  char *line = redact_line (self, self->err_line->str);

  g_string_truncate (self->err_line, 0);
  /* stderr is the server's free-form log, never an error signal */
  g_message ("[%s] %s", name, line);
  report (self, name, ZT_SERVICE_EVENT_OUTPUT, "%s", line);
  g_queue_push_tail (&self->err_tail, line);
  self->err_tail_bytes += strlen (line);
  while (self->err_tail.length > STDERR_TAIL_LINES ||
         (self->err_tail.length > 1 && self->err_tail_bytes > STDERR_TAIL_BYTES))
    {
      char *old = g_queue_pop_head (&self->err_tail);

      self->err_tail_bytes -= strlen (old);
      g_free (old);
    }
}

static void
stderr_bytes (ZtUpstreamStdio *self,
              const char      *data,
              gsize            len)
{
  for (gsize i = 0; i < len; i++)
    {
      if (data[i] == '\n' || self->err_line->len >= STDERR_TAIL_BYTES)
        stderr_line (self);
      if (data[i] != '\n')
        g_string_append_c (self->err_line, data[i]);
    }
}

/* Reads what the pipe holds; FALSE at its end (or an error). */
static gboolean
read_stderr_now (ZtUpstreamStdio *self)
{
  int fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (self->stderr_pipe));
  char buf[8192];

  for (;;)
    {
      gssize n = read (fd, buf, sizeof buf);

      if (n > 0)
        {
          stderr_bytes (self, buf, n);
          continue;
        }
      if (n < 0 && errno == EINTR)
        continue;
      return n < 0 && errno == EAGAIN;
    }
}

static gboolean
stderr_readable_cb (int           fd,
                    GIOCondition  condition,
                    gpointer      user_data)
{
  ZtUpstreamStdio *self = user_data;

  if (read_stderr_now (self))
    return G_SOURCE_CONTINUE;
  self->err_watch = NULL;
  return G_SOURCE_REMOVE;
}

static void
read_stderr (ZtUpstreamStdio *self)
{
  int fd = g_unix_input_stream_get_fd (G_UNIX_INPUT_STREAM (self->stderr_pipe));

  g_unix_set_fd_nonblocking (fd, TRUE, NULL);
  self->err_watch = zt_fd_watch_add (fd, G_IO_IN | G_IO_HUP | G_IO_ERR, G_PRIORITY_LOW, stderr_readable_cb, self);
}

/* At the exit: the rest of the pipe, and a last line without its newline. */
static void
drain_stderr (ZtUpstreamStdio *self)
{
  if (self->stderr_pipe == NULL)
    return;
  if (self->err_watch != NULL && !read_stderr_now (self))
    zt_clear_fd_watch (&self->err_watch);
  if (self->err_line->len > 0)
    stderr_line (self);
}

static gboolean writable_cb (int fd, GIOCondition condition, gpointer user_data);

/* Writes what it can now; a full pipe gets a watch instead of a blocked main loop. */
static void
flush_out (ZtUpstreamStdio *self)
{
  int fd = g_unix_output_stream_get_fd (G_UNIX_OUTPUT_STREAM (self->stdin_pipe));

  while (self->out_offset < self->out->len)
    {
      gssize n = write (fd, self->out->data + self->out_offset, self->out->len - self->out_offset);

      if (n > 0)
        {
          self->out_offset += n;
          continue;
        }
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0 && errno == EAGAIN)
        {
          if (self->write_watch == NULL)
            self->write_watch = zt_fd_watch_add (fd, G_IO_OUT | G_IO_ERR, G_PRIORITY_DEFAULT, writable_cb, self);
          return;
        }
      g_message ("%s: cannot write to the upstream server: %s", zt_upstream_get_name (ZT_UPSTREAM (self)),
                 g_strerror (errno));
      break;
    }
  /* a large buffer is given back once drained, not kept for the session's life */
  if (self->out->len > 256 * 1024)
    {
      g_byte_array_unref (self->out);
      self->out = g_byte_array_new ();
    }
  else
    g_byte_array_set_size (self->out, 0);
  self->out_offset = 0;
}

static gboolean
writable_cb (int          fd,
             GIOCondition condition,
             gpointer     user_data)
{
  ZtUpstreamStdio *self = user_data;

  /* ended before flush_out, which may need a new one for the same fd */
  zt_clear_fd_watch (&self->write_watch);
  flush_out (self);
  return G_SOURCE_REMOVE;
}

static void
zt_upstream_stdio_send (ZtUpstream *upstream,
                        ZtMessage  *message)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (upstream);
  gsize len;
  g_autofree char *text = zt_message_to_string (message, &len);

  if (self->stdin_pipe == NULL)
    return;
  /* a server that does not read its input must not make the agent hold without end */
  if (self->out->len > self->out_offset &&
      self->out->len - self->out_offset + len + 1 > zt_upstream_backlog_limit (upstream))
    {
      zt_upstream_refuse (upstream, message, "the upstream server is not reading its input (too much waiting)");
      return;
    }
  zt_upstream_refusals_end (upstream);
  /* what was written is dropped before more is added, so a slow reader does not grow it
   * (at most when half is written: each byte is moved about once) */
  if (self->out_offset > 0 && self->out_offset >= self->out->len / 2)
    {
      g_byte_array_remove_range (self->out, 0, self->out_offset);
      self->out_offset = 0;
    }
  g_byte_array_append (self->out, (const guint8 *) text, len);
  g_byte_array_append (self->out, (const guint8 *) "\n", 1);
  if (self->write_watch == NULL)
    flush_out (self);
}

static gboolean
zt_upstream_stdio_start (ZtUpstream *upstream,
                         GError    **error)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (upstream);
  g_autoptr(GError) local_error = NULL;
  int in_fd, out_fd, err_fd;

  if (self->start_error != NULL)
    {
      g_propagate_error (error, g_error_copy (self->start_error));
      return FALSE;
    }
  /* argv is spawned directly: no shell ever sees it */
  if (!zt_spawn (self->argv, self->env, self->cwd, &self->pid, &in_fd, &out_fd, &err_fd, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  self->stdin_pipe = g_unix_output_stream_new (in_fd, TRUE);
  g_unix_set_fd_nonblocking (in_fd, TRUE, NULL);
  self->stdout_pipe = g_unix_input_stream_new (out_fd, TRUE);
  self->stderr_pipe = g_unix_input_stream_new (err_fd, TRUE);
  self->exit_watch = zt_child_watch_add (self->pid, process_exited_cb, g_object_ref (self), g_object_unref);
  if (self->exit_watch == NULL)
    {
      /* a kernel without pidfds: the GLib way */
      self->child_watch = g_child_watch_source_new (self->pid);
      g_source_set_callback (self->child_watch, (GSourceFunc) (void (*) (void)) process_exited_cb,
                             g_object_ref (self), g_object_unref);
      g_source_attach (self->child_watch, g_main_context_get_thread_default ());
    }
  report (self, zt_upstream_get_name (upstream), ZT_SERVICE_EVENT_STARTED, "started pid %d", self->pid);
  read_more (self);
  read_stderr (self);
  return TRUE;
}

/* The watches point at self without a reference: they go before self does. */
static void
stop_io (ZtUpstreamStdio *self)
{
  zt_clear_fd_watch (&self->read_watch);
  zt_clear_fd_watch (&self->write_watch);
  zt_clear_fd_watch (&self->err_watch);
}

static void
zt_upstream_stdio_close (ZtUpstream *upstream)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (upstream);

  g_cancellable_cancel (self->cancellable);
  stop_io (self);
  if (self->stdin_pipe != NULL)
    g_output_stream_close (self->stdin_pipe, NULL, NULL);
  terminate_process (self);
}

static void
zt_upstream_stdio_dispose (GObject *object)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (object);

  if (!zt_upstream_is_closed (ZT_UPSTREAM (self)))
    zt_upstream_close (ZT_UPSTREAM (self));
  stop_io (self);
  g_clear_object (&self->stdin_pipe);
  g_clear_object (&self->stdout_pipe);
  g_clear_object (&self->stderr_pipe);
  G_OBJECT_CLASS (zt_upstream_stdio_parent_class)->dispose (object);
}

static void
zt_upstream_stdio_finalize (GObject *object)
{
  ZtUpstreamStdio *self = ZT_UPSTREAM_STDIO (object);

  g_clear_object (&self->cancellable);
  g_strfreev (self->argv);
  /* it may hold a service's secret variables */
  for (guint i = 0; self->env && self->env[i]; i++)
    memset (self->env[i], 0, strlen (self->env[i]));
  g_strfreev (self->env);
  g_clear_error (&self->start_error);
  g_clear_object (&self->host);
  g_free (self->cwd);
  g_string_free (self->line, TRUE);
  g_string_free (self->err_line, TRUE);
  g_queue_clear_full (&self->err_tail, g_free);
  g_byte_array_unref (self->out);
  g_free (self->buf);
  G_OBJECT_CLASS (zt_upstream_stdio_parent_class)->finalize (object);
}

static void
zt_upstream_stdio_class_init (ZtUpstreamStdioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZtUpstreamClass *upstream_class = ZT_UPSTREAM_CLASS (klass);

  object_class->dispose = zt_upstream_stdio_dispose;
  object_class->finalize = zt_upstream_stdio_finalize;
  upstream_class->start = zt_upstream_stdio_start;
  upstream_class->send = zt_upstream_stdio_send;
  upstream_class->close = zt_upstream_stdio_close;
  upstream_class->hold_reading = zt_upstream_stdio_hold_reading;
}

static void
zt_upstream_stdio_init (ZtUpstreamStdio *self)
{
  self->cancellable = g_cancellable_new ();
  self->line = g_string_new (NULL);
  self->err_line = g_string_new (NULL);
  self->out = g_byte_array_new ();
  self->buf = g_malloc (READ_CHUNK);
}

ZtUpstream *
zt_upstream_stdio_new (ZtUpstreamHost     *host,
                       const char         *name,
                       const char * const *argv,
                       const char * const *env,
                       const char         *cwd,
                       const ZtLimits     *limits)
{
  ZtUpstreamStdio *self;

  g_return_val_if_fail (argv != NULL && argv[0] != NULL, NULL);

  self = g_object_new (ZT_TYPE_UPSTREAM_STDIO,
                       "name", name,
                       "max-size", (guint64) (limits ? limits->max_size : 0),
                       "max-depth", limits ? limits->max_depth : 0,
                       NULL);
  self->host = host ? g_object_ref (host) : NULL;
  self->argv = g_strdupv ((char **) argv);
  self->env = env ? g_strdupv ((char **) env) : NULL;
  self->cwd = g_strdup (cwd);
  return ZT_UPSTREAM (self);
}

void
zt_upstream_stdio_fail_start (ZtUpstream   *upstream,
                              const GError *error)
{
  ZtUpstreamStdio *self;

  g_return_if_fail (ZT_IS_UPSTREAM_STDIO (upstream));
  g_return_if_fail (error != NULL);
  self = ZT_UPSTREAM_STDIO (upstream);
  g_clear_error (&self->start_error);
  self->start_error = g_error_copy (error);
}

GPid
zt_upstream_stdio_get_pid (ZtUpstream *upstream)
{
  g_return_val_if_fail (ZT_IS_UPSTREAM_STDIO (upstream), 0);
  return ZT_UPSTREAM_STDIO (upstream)->pid;
}
