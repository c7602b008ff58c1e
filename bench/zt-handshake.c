/* zt-handshake.c: what one mutual-TLS handshake costs, with GnuTLS's default key exchange
 * (P-256 first) against X25519 first (zt_tls_prefer_x25519), alternating in one run.
 *
 * A mesh stream opens with a handshake like this one: TLS 1.3, members' certificates from a
 * mesh CA (zt-ca.c: Ed25519 keys) on both sides, the client's required. Each round runs a child process per priority
 * (glib-networking reads its priority once per process), and each child performs N
 * handshakes between a client and a server connection of its own over a socket pair, both
 * in its one thread, and reports the CPU time (user + system) per handshake: the cost of
 * both ends, which is what the two agents of a mesh stream pay between them.
 *
 *   zt-handshake [--rounds R] [--handshakes N]
 */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>

#include "zt-ca.h"
#include "zt-tls.h"

/* A member's certificate and key, issued by the mesh CA as a join issues them. */
static GTlsCertificate *
make_member (const char *ca_pem,
             const char *ca_key,
             const char *endpoint)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = zt_ca_generate_key_pem (&error);
  g_autofree char *csr = key ? zt_ca_create_csr_pem (key, endpoint, &error) : NULL;
  g_autofree char *uri = g_strdup_printf ("spiffe://bench/user/bench/endpoint/%s", endpoint);
  g_autofree char *cert = csr ? zt_ca_sign_csr_pem (ca_pem, ca_key, csr, uri, 3600, &error) : NULL;
  GTlsCertificate *tls = cert ? zt_ca_tls_certificate_new (cert, key, &error) : NULL;

  if (tls == NULL)
    g_error ("a member's certificate: %s", error->message);
  return tls;
}

static gboolean
accept_any (GTlsConnection *conn, GTlsCertificate *cert, GTlsCertificateFlags errors, gpointer data)
{
  return TRUE;
}

static void
handshake_done (GObject *object, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;

  if (!g_tls_connection_handshake_finish (G_TLS_CONNECTION (object), result, &error))
    g_error ("handshake: %s", error->message);
  (*(int *) data)--;
}

static GIOStream *
socket_stream (int fd)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) sock = g_socket_new_from_fd (fd, &error);

  g_assert_no_error (error);
  return G_IO_STREAM (g_socket_connection_factory_create_connection (sock));
}

static double
cpu_seconds (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

/* The child: N handshakes, prints "<group> <cpu us per handshake> <wall us per handshake>". */
static int
run_child (int n)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ca_key = zt_ca_generate_key_pem (&error);
  g_autofree char *ca_pem = ca_key ? zt_ca_create_ca_pem (ca_key, "bench", 1, &error) : NULL;
  g_autoptr(GTlsCertificate) server_cert = NULL;
  g_autoptr(GTlsCertificate) client_cert = NULL;
  gint64 start_wall;
  double start_cpu;

  if (ca_pem == NULL)
    g_error ("the mesh CA: %s", error->message);
  server_cert = make_member (ca_pem, ca_key, "bob");
  client_cert = make_member (ca_pem, ca_key, "alice");
  zt_tls_setup ();
  start_wall = g_get_monotonic_time ();
  start_cpu = cpu_seconds ();
  for (int i = 0; i < n; i++)
    {
      int fds[2];
      g_autoptr(GIOStream) a = NULL, b = NULL, client = NULL, server = NULL;
      int pending = 2;

      g_assert (socketpair (AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0);
      a = socket_stream (fds[0]);
      b = socket_stream (fds[1]);
      client = g_tls_client_connection_new (a, NULL, &error);
      g_assert_no_error (error);
      server = g_tls_server_connection_new (b, server_cert, &error);
      g_assert_no_error (error);
      g_tls_connection_set_certificate (G_TLS_CONNECTION (client), client_cert);
      g_object_set (server, "authentication-mode", G_TLS_AUTHENTICATION_REQUIRED, NULL);
      g_signal_connect (client, "accept-certificate", G_CALLBACK (accept_any), NULL);
      g_signal_connect (server, "accept-certificate", G_CALLBACK (accept_any), NULL);
      g_tls_connection_handshake_async (G_TLS_CONNECTION (client), G_PRIORITY_DEFAULT, NULL, handshake_done, &pending);
      g_tls_connection_handshake_async (G_TLS_CONNECTION (server), G_PRIORITY_DEFAULT, NULL, handshake_done, &pending);
      while (pending > 0)
        g_main_context_iteration (NULL, TRUE);
      g_io_stream_close (client, NULL, NULL);
      g_io_stream_close (server, NULL, NULL);
    }
  g_print ("%.1f %.1f\n", (cpu_seconds () - start_cpu) * 1e6 / n, (g_get_monotonic_time () - start_wall) / (double) n);
  return 0;
}

static int
compare_doubles (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
run_one (const char *self, int n, gboolean x25519, double *cpu, double *wall)
{
  g_autofree char *count = g_strdup_printf ("%d", n);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;

  /* the default: glib-networking's own priority (GnuTLS's default with %COMPAT) */
  if (x25519)
    g_subprocess_launcher_unsetenv (launcher, "G_TLS_GNUTLS_PRIORITY");
  else
    g_subprocess_launcher_setenv (launcher, "G_TLS_GNUTLS_PRIORITY", "NORMAL:%COMPAT", TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, self, "--child", count, NULL);
  if (child == NULL || !g_subprocess_communicate_utf8 (child, NULL, NULL, &out, NULL, &error) ||
      !g_subprocess_get_successful (child) || sscanf (out, "%lf %lf", cpu, wall) != 2)
    g_error ("child: %s", error ? error->message : "failed");
}

int
main (int    argc,
      char **argv)
{
  int rounds = 5, n = 200;
  double cpu[2][64], wall[2][64];

  if (argc == 3 && strcmp (argv[1], "--child") == 0)
    {
      zt_tls_prefer_x25519 ();   /* as the agent's main() does: a no-op where the variable is set */
      return run_child (atoi (argv[2]));
    }
  for (int i = 1; i + 1 < argc; i += 2)
    {
      if (strcmp (argv[i], "--rounds") == 0)
        rounds = CLAMP (atoi (argv[i + 1]), 1, 64);
      else if (strcmp (argv[i], "--handshakes") == 0)
        n = CLAMP (atoi (argv[i + 1]), 1, 100000);
    }
  g_print ("mutual TLS 1.3 handshakes, mesh members' certificates, both ends in one process; %d rounds of %d\n", rounds, n);
  g_print ("round  default cpu us  default wall us  x25519 cpu us  x25519 wall us\n");
  for (int r = 0; r < rounds; r++)
    {
      run_one (argv[0], n, FALSE, &cpu[0][r], &wall[0][r]);
      run_one (argv[0], n, TRUE, &cpu[1][r], &wall[1][r]);
      g_print ("%5d  %14.1f  %15.1f  %13.1f  %14.1f\n", r + 1, cpu[0][r], wall[0][r], cpu[1][r], wall[1][r]);
    }
  for (int k = 0; k < 2; k++)
    {
      qsort (cpu[k], rounds, sizeof (double), compare_doubles);
      qsort (wall[k], rounds, sizeof (double), compare_doubles);
    }
  g_print ("median: default %.1f us CPU (%.1f wall), x25519 first %.1f us CPU (%.1f wall): %.2fx the CPU\n",
           cpu[0][rounds / 2], wall[0][rounds / 2], cpu[1][rounds / 2], wall[1][rounds / 2],
           cpu[1][rounds / 2] / cpu[0][rounds / 2]);
  return 0;
}
