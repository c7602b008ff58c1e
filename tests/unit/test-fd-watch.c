/* test-fd-watch.c: fd watches behind one epoll source: readiness, removal in callbacks, child exits */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zt-fd-watch.h"

typedef struct {
  int        fds[2];
  ZtFdWatch *watch;
  guint      calls;
  GString   *got;
  gpointer   other;   /* another Pipe whose watch this one's callback removes */
} Pipe;

static void
pipe_init (Pipe *p)
{
  g_assert_true (g_unix_open_pipe (p->fds, FD_CLOEXEC, NULL));
  g_assert_true (g_unix_set_fd_nonblocking (p->fds[0], TRUE, NULL));
  p->got = g_string_new (NULL);
}

static void
pipe_clear (Pipe *p)
{
  zt_clear_fd_watch (&p->watch);
  close (p->fds[0]);
  close (p->fds[1]);
  g_string_free (p->got, TRUE);
}

static gboolean
read_cb (int          fd,
         GIOCondition condition,
         gpointer     user_data)
{
  Pipe *p = user_data;
  char buf[64];
  gssize n = read (fd, buf, sizeof buf);

  p->calls++;
  if (n > 0)
    g_string_append_len (p->got, buf, n);
  if (p->other != NULL)
    zt_clear_fd_watch (&((Pipe *) p->other)->watch);
  if (n == 0)
    {
      p->watch = NULL;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_many (void)
{
  /* hundreds of idle watches cost one source; the ready ones are dispatched, level-triggered */
  enum { N = 400 };
  Pipe *pipes = g_new0 (Pipe, N);
  guint before = zt_fd_watch_count ();

  for (guint i = 0; i < N; i++)
    {
      pipe_init (&pipes[i]);
      pipes[i].watch = zt_fd_watch_add (pipes[i].fds[0], G_IO_IN | G_IO_HUP, G_PRIORITY_DEFAULT, read_cb, &pipes[i]);
    }
  g_assert_cmpuint (zt_fd_watch_count (), ==, before + N);
  iterate ();
  for (guint i = 0; i < N; i++)
    g_assert_cmpuint (pipes[i].calls, ==, 0);

  g_assert_cmpint (write (pipes[7].fds[1], "seven", 5), ==, 5);
  g_assert_cmpint (write (pipes[300].fds[1], "three hundred", 13), ==, 13);
  iterate ();
  g_assert_cmpstr (pipes[7].got->str, ==, "seven");
  g_assert_cmpstr (pipes[300].got->str, ==, "three hundred");
  g_assert_cmpuint (pipes[8].calls, ==, 0);

  /* EOF: the callback ends its watch by returning G_SOURCE_REMOVE */
  close (pipes[7].fds[1]);
  pipes[7].fds[1] = open ("/dev/null", O_WRONLY | O_CLOEXEC);
  iterate ();
  g_assert_null (pipes[7].watch);
  g_assert_cmpuint (zt_fd_watch_count (), ==, before + N - 1);

  for (guint i = 0; i < N; i++)
    pipe_clear (&pipes[i]);
  g_assert_cmpuint (zt_fd_watch_count (), ==, before);
  g_free (pipes);
}

static void
test_remove_other_in_callback (void)
{
  /* two ready in one batch, the first removes the second: the second is not called */
  Pipe a = { 0 }, b = { 0 };

  pipe_init (&a);
  pipe_init (&b);
  a.watch = zt_fd_watch_add (a.fds[0], G_IO_IN, G_PRIORITY_DEFAULT, read_cb, &a);
  b.watch = zt_fd_watch_add (b.fds[0], G_IO_IN, G_PRIORITY_DEFAULT, read_cb, &b);
  a.other = &b;
  b.other = &a;
  g_assert_cmpint (write (a.fds[1], "a", 1), ==, 1);
  g_assert_cmpint (write (b.fds[1], "b", 1), ==, 1);
  iterate ();
  g_assert_cmpuint (a.calls + b.calls, ==, 1);
  g_assert_true ((a.watch == NULL) != (b.watch == NULL));
  pipe_clear (&a);
  pipe_clear (&b);
}

typedef struct {
  GPid pid;
  int  status;
  gboolean exited;
  gboolean destroyed;
} Child;

static void
exited_cb (GPid     pid,
           int      status,
           gpointer user_data)
{
  Child *c = user_data;

  g_assert_cmpint (pid, ==, c->pid);
  c->status = status;
  c->exited = TRUE;
}

static void
destroyed_cb (gpointer user_data)
{
  ((Child *) user_data)->destroyed = TRUE;
}

static void
test_child (void)
{
  Child c = { 0 };
  ZtFdWatch *watch;
  guint before = zt_fd_watch_count ();

  c.pid = fork ();
  g_assert_cmpint (c.pid, >=, 0);
  if (c.pid == 0)
    _exit (7);
  watch = zt_child_watch_add (c.pid, exited_cb, &c, destroyed_cb);
  if (watch == NULL)
    {
      g_assert_true (c.destroyed);
      waitpid (c.pid, NULL, 0);
      g_test_skip ("no pidfds here");
      return;
    }
  while (!c.exited)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (WIFEXITED (c.status));
  g_assert_cmpint (WEXITSTATUS (c.status), ==, 7);
  /* reaped, and the watch is gone with its pidfd */
  g_assert_cmpint (waitpid (c.pid, NULL, WNOHANG), ==, -1);
  g_assert_true (c.destroyed);
  g_assert_cmpuint (zt_fd_watch_count (), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/fd-watch/many", test_many);
  g_test_add_func ("/fd-watch/remove-other-in-callback", test_remove_other_in_callback);
  g_test_add_func ("/fd-watch/child", test_child);
  return g_test_run ();
}
