/* zt-spawn.c: start an upstream server process without copying the parent's address space */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zt-error.h"
#include "zt-spawn.h"
#include "zt-util.h"

/* The open-files limit a child gets back (see zt_raise_fd_limit), or NULL: prepared by the
 * parent, read by the vfork child. */
static struct rlimit child_fd_limit;
static const struct rlimit *fd_limit;

static void
prepare_fd_limit (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (zt_fd_limit_original () != 0 && getrlimit (RLIMIT_NOFILE, &child_fd_limit) == 0)
        {
          child_fd_limit.rlim_cur = zt_fd_limit_original ();
          fd_limit = &child_fd_limit;
        }
      g_once_init_leave (&done, 1);
    }
}

static void
close_pair (int fds[2])
{
  for (int i = 0; i < 2; i++)
    if (fds[i] >= 0)
      close (fds[i]);
}

/* In the vfork child: only system calls on memory prepared by the parent, then exec or
 * _exit. The child shares the parent's memory until then. */
static G_GNUC_NORETURN void
child (const char *path,
       char      **argv,
       char      **envp,
       const char *cwd,
       int         in_fd,
       int         out_fd,
       int         err_fd,
       int         report_fd)
{
  sigset_t none;
  int e;

  setpgid (0, 0);
  prctl (PR_SET_PDEATHSIG, SIGKILL);
  if (fd_limit != NULL)
    setrlimit (RLIMIT_NOFILE, fd_limit);
  signal (SIGPIPE, SIG_DFL);
  sigemptyset (&none);
  sigprocmask (SIG_SETMASK, &none, NULL);
  if (dup2 (in_fd, 0) < 0 || dup2 (out_fd, 1) < 0 || dup2 (err_fd, 2) < 0)
    goto fail;
#ifdef SYS_close_range
  syscall (SYS_close_range, 3, ~0U, 4 /* CLOSE_RANGE_CLOEXEC */);
#endif
  if (cwd != NULL && chdir (cwd) != 0)
    goto fail;
  execve (path, argv, envp);
fail:
  e = errno;
  while (write (report_fd, &e, sizeof e) < 0 && errno == EINTR)
    ;
  _exit (127);
}

/* A function of its own, so that no local of the caller lives across vfork. */
static G_GNUC_NO_INLINE pid_t
vfork_exec (const char *path,
            char      **argv,
            char      **envp,
            const char *cwd,
            int         in_fd,
            int         out_fd,
            int         err_fd,
            int         report_fd)
{
  pid_t pid = vfork ();

  if (pid == 0)
    child (path, argv, envp, cwd, in_fd, out_fd, err_fd, report_fd);
  return pid;
}

/* What a child may inherit from the agent: enough to find programs, write caches and speak
 * the user's language; nothing that opens doors (no D-Bus session address, no SSH agent,
 * no tokens or keys the agent's own environment may hold). */
static const char * const inherited[] = { "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", NULL };

char **
zt_spawn_environment (char **env_extra)
{
  g_auto(GStrv) parent = g_get_environ ();
  char **envp = g_new0 (char *, 1);

  for (guint i = 0; parent[i]; i++)
    {
      const char *eq = strchr (parent[i], '=');
      g_autofree char *key = eq ? g_strndup (parent[i], eq - parent[i]) : NULL;

      if (key != NULL && (g_strv_contains (inherited, key) || g_str_has_prefix (key, "LC_")))
        envp = g_environ_setenv (envp, key, eq + 1, TRUE);
    }
  for (guint i = 0; env_extra && env_extra[i]; i++)
    {
      const char *eq = strchr (env_extra[i], '=');
      g_autofree char *key = NULL;

      if (eq == NULL)
        continue;
      key = g_strndup (env_extra[i], eq - env_extra[i]);
      envp = g_environ_setenv (envp, key, eq + 1, TRUE);
    }
  return envp;
}

gboolean
zt_spawn (char       **argv,
          char       **env_extra,
          const char  *cwd,
          GPid        *pid,
          int         *stdin_fd,
          int         *stdout_fd,
          int         *stderr_fd,
          GError     **error)
{
  g_autofree char *path = NULL;
  g_auto(GStrv) envp = zt_spawn_environment (env_extra);
  int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 }, report[2] = { -1, -1 };
  sigset_t all, old;
  pid_t child_pid;
  int child_errno = 0;
  gssize n;

  g_return_val_if_fail (argv != NULL && argv[0] != NULL, FALSE);

  path = strchr (argv[0], '/') ? g_strdup (argv[0]) : g_find_program_in_path (argv[0]);
  if (path == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM,
                   "cannot start %s: the program was not found in the agent's PATH; install it, or give its full path",
                   argv[0]);
      return FALSE;
    }
  if (!g_unix_open_pipe (in, FD_CLOEXEC, error) || !g_unix_open_pipe (out, FD_CLOEXEC, error) ||
      !g_unix_open_pipe (err, FD_CLOEXEC, error) || !g_unix_open_pipe (report, FD_CLOEXEC, error))
    goto failed;

  /* no signal handler may run in the child while it shares the parent's memory */
  sigfillset (&all);
  pthread_sigmask (SIG_BLOCK, &all, &old);
  prepare_fd_limit ();
  child_pid = vfork_exec (path, argv, envp, cwd, in[0], out[1], err[1], report[1]);
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  if (child_pid < 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "cannot start %s: %s", argv[0], g_strerror (errno));
      goto failed;
    }

  /* the child has exec'd (the report pipe closed on exec: EOF) or failed (errno sent) */
  close (report[1]);
  report[1] = -1;
  do
    n = read (report[0], &child_errno, sizeof child_errno);
  while (n < 0 && errno == EINTR);
  if (n == sizeof child_errno)
    {
      int status;

      while (waitpid (child_pid, &status, 0) < 0 && errno == EINTR)
        ;
      if (cwd != NULL)
        g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "cannot start %s in %s: %s", argv[0], cwd,
                     g_strerror (child_errno));
      else
        g_set_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM, "cannot start %s: %s", argv[0], g_strerror (child_errno));
      goto failed;
    }

  close (in[0]);
  close (out[1]);
  close (err[1]);
  close (report[0]);
  *pid = child_pid;
  *stdin_fd = in[1];
  *stdout_fd = out[0];
  *stderr_fd = err[0];
  return TRUE;

failed:
  close_pair (in);
  close_pair (out);
  close_pair (err);
  close_pair (report);
  return FALSE;
}
