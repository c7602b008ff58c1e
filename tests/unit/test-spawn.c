/* test-spawn.c: zt_spawn: argv without a shell, pipes, own process group, clear errors */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <sys/wait.h>
#include <unistd.h>

#include "zt-error.h"
#include "zt-spawn.h"

static char *
read_all (int fd)
{
  GString *s = g_string_new (NULL);
  char buf[256];
  gssize n;

  while ((n = read (fd, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      g_string_append_len (s, buf, n);
  close (fd);
  return g_string_free (s, FALSE);
}

static void
test_runs_argv_with_pipes (void)
{
  /* the arguments reach the program as they are: nothing is interpreted by a shell */
  char *argv[] = { "sh", "-c", "read x; echo \"out:$x:$1:$ZT_SPAWN_TEST\"; echo err >&2; "
                   "test \"$(ps -o pgid= $$ | tr -d ' ')\" = $$ && pwd && exit 3", "sh", "$(touch /tmp/zt-x) ;", NULL };
  char *env[] = { "ZT_SPAWN_TEST=value with spaces", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL, *expected = NULL;
  GPid pid;
  int in, o, e, status;

  g_assert_true (zt_spawn (argv, env, "/tmp", &pid, &in, &o, &e, &error));
  g_assert_no_error (error);
  g_assert_cmpint (write (in, "hello\n", 6), ==, 6);
  close (in);
  out = read_all (o);
  err = read_all (e);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  expected = g_strdup ("out:hello:$(touch /tmp/zt-x) ;:value with spaces\n/tmp\n");
  g_assert_cmpstr (out, ==, expected);
  g_assert_cmpstr (err, ==, "err\n");
  /* exit 3 is reached only if the child leads its own process group */
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 3);
}

static void
test_errors (void)
{
  char *missing[] = { "zt-no-such-program-here", NULL };
  char *not_exec[] = { "/etc/hostname", NULL };
  char *ok[] = { "true", NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int in, o, e;

  g_assert_false (zt_spawn (missing, NULL, NULL, &pid, &in, &o, &e, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_UPSTREAM);
  g_assert_nonnull (strstr (error->message, "cannot start zt-no-such-program-here: the program was not found"));
  /* what the agent's PATH holds is not the user's business in an error message */
  g_assert_null (strstr (error->message, "/usr/bin"));
  g_clear_error (&error);

  g_assert_false (zt_spawn (not_exec, NULL, NULL, &pid, &in, &o, &e, &error));
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "cannot start /etc/hostname: "));
  g_clear_error (&error);

  g_assert_false (zt_spawn (ok, NULL, "/nonexistent-dir", &pid, &in, &o, &e, &error));
  g_assert_nonnull (strstr (error->message, "cannot start true in /nonexistent-dir: No such file or directory"));
}

static void
test_minimal_environment (void)
{
  /* a child inherits only a documented few variables, never the agent's secrets or its
   * session bus; the service's own --env is added and wins */
  char *extra[] = { "MINE=1", "PATH=/usr/bin:/bin", NULL };
  g_auto(GStrv) envp = NULL;

  g_setenv ("ZT_SECRET_TOKEN", "hunter2", TRUE);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/0/bus", TRUE);
  g_setenv ("LC_TIME", "C", TRUE);
  g_setenv ("HOME", "/home/someone", TRUE);
  envp = zt_spawn_environment (extra);
  g_assert_null (g_environ_getenv (envp, "ZT_SECRET_TOKEN"));
  g_assert_null (g_environ_getenv (envp, "DBUS_SESSION_BUS_ADDRESS"));
  g_assert_cmpstr (g_environ_getenv (envp, "LC_TIME"), ==, "C");
  g_assert_cmpstr (g_environ_getenv (envp, "HOME"), ==, "/home/someone");
  g_assert_cmpstr (g_environ_getenv (envp, "MINE"), ==, "1");
  g_assert_cmpstr (g_environ_getenv (envp, "PATH"), ==, "/usr/bin:/bin");
  for (guint i = 0; envp[i]; i++)
    {
      g_autofree char *key = g_strndup (envp[i], strcspn (envp[i], "="));
      const char *allowed[] = { "PATH", "HOME", "USER", "LOGNAME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "MINE", NULL };

      if (!g_str_has_prefix (key, "LC_") && !g_strv_contains (allowed, key))
        g_error ("the child would inherit %s", key);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/spawn/runs-argv-with-pipes", test_runs_argv_with_pipes);
  g_test_add_func ("/spawn/errors", test_errors);
  g_test_add_func ("/spawn/minimal-environment", test_minimal_environment);
  return g_test_run ();
}
