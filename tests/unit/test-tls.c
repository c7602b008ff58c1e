/* test-tls.c: the process's TLS trust after zt_tls_setup(): the default database trusts no
 * certificate, not even one the system trusts (so a public CA's certificate for a hub's name
 * cannot stand in for the mesh CA), and zt_tls_system_database() still trusts the system's */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>
#include <gnutls/gnutls.h>

#include "zt-tls.h"
#include "zt-util.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#define SYSTEM_BUNDLE "/etc/ssl/certs/ca-certificates.crt"

/* A root from the system's bundle that the system's database trusts as it is. */
static GTlsCertificate *
system_trusted_root (GTlsDatabase *system)
{
  g_autoptr(GError) error = NULL;
  GList *certs = g_tls_certificate_list_new_from_file (SYSTEM_BUNDLE, &error);
  GTlsCertificate *found = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (certs);
  for (GList *l = certs; l != NULL && found == NULL; l = l->next)
    {
      GTlsCertificateFlags flags = g_tls_database_verify_chain (system, l->data, G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER,
                                                                NULL, NULL, G_TLS_DATABASE_VERIFY_NONE, NULL, &error);
      g_assert_no_error (error);
      if (flags == 0)
        found = g_object_ref (l->data);
    }
  g_list_free_full (certs, g_object_unref);
  g_assert_nonnull (found);
  return found;
}

static void
test_default_trusts_nothing (void)
{
  GTlsBackend *backend = g_tls_backend_get_default ();
  GTlsDatabase *system;
  g_autoptr(GTlsDatabase) def = NULL;
  g_autoptr(GTlsCertificate) root = NULL;
  g_autoptr(GError) error = NULL;
  GTlsCertificateFlags flags;

  zt_tls_setup ();
  zt_tls_setup ();   /* once is once */
  system = zt_tls_system_database ();
  g_assert_nonnull (system);
  def = g_tls_backend_get_default_database (backend);
  g_assert_true (def != system);

  root = system_trusted_root (system);
  /* the system's database still trusts it: HTTPS upstreams and model endpoints work */
  flags = g_tls_database_verify_chain (system, root, G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER, NULL, NULL,
                                       G_TLS_DATABASE_VERIFY_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flags, ==, 0);
  /* the default does not: a connection that chose no database fails closed */
  flags = g_tls_database_verify_chain (def, root, G_TLS_DATABASE_PURPOSE_AUTHENTICATE_SERVER, NULL, NULL,
                                       G_TLS_DATABASE_VERIFY_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (flags & G_TLS_CERTIFICATE_UNKNOWN_CA, !=, 0);
  g_assert_null (g_tls_database_lookup_certificate_issuer (def, root, NULL, G_TLS_DATABASE_LOOKUP_NONE, NULL, &error));
  g_assert_no_error (error);
}

/* A client connection made now (as libsoup makes them) gets the default, which trusts nothing. */
static void
test_new_connection_gets_no_trust (void)
{
  g_autoptr(GIOStream) base = NULL;
  g_autoptr(GIOStream) tls = NULL;
  g_autoptr(GInputStream) in = g_memory_input_stream_new ();
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  GTlsDatabase *db;

  zt_tls_setup ();
  base = g_simple_io_stream_new (in, out);
  tls = g_tls_client_connection_new (base, NULL, &error);
  g_assert_no_error (error);
  db = g_tls_connection_get_database (G_TLS_CONNECTION (tls));
  g_assert_true (db != zt_tls_system_database ());
}

/* zt_sha256 (GnuTLS) gives GLib's digests: one shot, as hex, and fed in uneven pieces; for
 * the empty text, block edges and a long text */
static void
test_sha256_matches_glib (void)
{
  static const gsize lengths[] = { 0, 1, 55, 56, 63, 64, 65, 700, 4096, 1 << 20 };
  g_autofree guchar *data = g_malloc (1 << 20);

  for (gsize i = 0; i < (1 << 20); i++)
    data[i] = (guchar) (i * 131 + (i >> 9));
  for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
    {
      gsize len = lengths[k];
      g_autofree char *want = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);
      g_autofree char *hex = zt_sha256_hex (data, (gssize) len);
      ZtSha256 *sum = zt_sha256_new ();
      g_autofree char *pieces = NULL;
      guint8 digest[32];

      g_assert_cmpstr (hex, ==, want);
      for (gsize off = 0, step = 1; off < len; off += step, step = step * 3 + 1)
        zt_sha256_update (sum, data + off, (gssize) MIN (step, len - off));
      pieces = zt_sha256_finish_hex (sum);
      g_assert_cmpstr (pieces, ==, want);
      zt_sha256 (data, len, digest);
      {
        GChecksum *c = g_checksum_new (G_CHECKSUM_SHA256);
        guint8 ref[32];
        gsize n = sizeof ref;

        g_checksum_update (c, data, (gssize) len);
        g_checksum_get_digest (c, ref, &n);
        g_checksum_free (c);
        g_assert_cmpmem (digest, 32, ref, 32);
      }
    }
  /* -1: a string without its NUL */
  {
    g_autofree char *a = zt_sha256_hex ("audit", -1);
    g_autofree char *b = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "audit", -1);

    g_assert_cmpstr (a, ==, b);
  }
}

/* The priority moves X25519 first and changes nothing else GnuTLS lists. */
static void
test_x25519_first_priority (void)
{
  g_autofree char *text = zt_tls_x25519_first_priority ();
  gnutls_priority_t def = NULL, ours = NULL;
  const unsigned int *ld = NULL, *lo = NULL;
  int nd, no;

  /* this machine has no system-wide GnuTLS configuration, and GnuTLS puts P-256 first */
  g_assert_false (g_file_test (gnutls_get_system_config_file (), G_FILE_TEST_EXISTS));
  g_assert_nonnull (text);
  g_assert_cmpint (gnutls_priority_init2 (&def, "%COMPAT", NULL, GNUTLS_PRIORITY_INIT_DEF_APPEND), ==, 0);
  g_assert_cmpint (gnutls_priority_init2 (&ours, text, NULL, 0), ==, 0);
  nd = gnutls_priority_group_list (def, &ld);
  no = gnutls_priority_group_list (ours, &lo);
  g_assert_cmpint (nd, ==, no);
  g_assert_cmpuint (ld[0], ==, GNUTLS_GROUP_SECP256R1);
  g_assert_cmpuint (lo[0], ==, GNUTLS_GROUP_X25519);
  for (int i = 0; i < nd; i++)
    {
      gboolean found = FALSE;

      for (int j = 0; j < no; j++)
        found |= ld[i] == lo[j];
      g_assert_true (found);
    }
  nd = gnutls_priority_protocol_list (def, &ld);
  no = gnutls_priority_protocol_list (ours, &lo);
  g_assert_cmpmem (ld, nd * sizeof *ld, lo, no * sizeof *lo);
  nd = gnutls_priority_cipher_list (def, &ld);
  no = gnutls_priority_cipher_list (ours, &lo);
  g_assert_cmpmem (ld, nd * sizeof *ld, lo, no * sizeof *lo);
  gnutls_priority_deinit (def);
  gnutls_priority_deinit (ours);
}

/* Child of the handshake tests: one TLS connection to the gnutls-serv on ZT_TEST_PORT, made
 * after zt_tls_prefer_x25519() as an agent's main() makes it. */
static gboolean
accept_any (GTlsConnection *conn, GTlsCertificate *cert, GTlsCertificateFlags errors, gpointer data)
{
  return TRUE;
}

static void
handshake_child (gboolean expect_set)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GSocketConnection) tcp = NULL;
  g_autoptr(GIOStream) tls = NULL;
  g_autoptr(GSocketConnectable) addr = NULL;
  g_autoptr(GError) error = NULL;
  const char *preset = g_getenv ("G_TLS_GNUTLS_PRIORITY");
  g_autofree char *before = g_strdup (preset);

  g_assert_true (zt_tls_prefer_x25519 () == expect_set);
  if (!expect_set)
    g_assert_cmpstr (g_getenv ("G_TLS_GNUTLS_PRIORITY"), ==, before);   /* left as it was */
  addr = g_network_address_new ("127.0.0.1", (guint16) atoi (g_getenv ("ZT_TEST_PORT")));
  tcp = g_socket_client_connect (client, addr, NULL, &error);
  g_assert_no_error (error);
  tls = g_tls_client_connection_new (G_IO_STREAM (tcp), addr, &error);
  g_assert_no_error (error);
  g_signal_connect (tls, "accept-certificate", G_CALLBACK (accept_any), NULL);
  g_assert_true (g_tls_connection_handshake (G_TLS_CONNECTION (tls), NULL, &error));
  g_assert_no_error (error);
  g_io_stream_close (tls, NULL, NULL);
}

static void
test_x25519_child_default (void)
{
  if (g_test_subprocess ())
    handshake_child (TRUE);
}

static void
test_x25519_child_preset (void)
{
  if (g_test_subprocess ())
    handshake_child (FALSE);
}

static guint16
free_port (void)
{
  g_autoptr(GSocket) sock = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) lo = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (lo, 0);
  g_autoptr(GSocketAddress) bound = NULL;

  g_assert_true (g_socket_bind (sock, any, TRUE, NULL));
  bound = g_socket_get_local_address (sock, NULL);
  return g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));
}

/* Reads gnutls-serv's report of the next connection: the key exchange it agreed to. */
static char *
served_key_exchange (GDataInputStream *out)
{
  for (;;)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);
      const char *at;

      g_assert_no_error (error);
      g_assert_nonnull (line);   /* gnutls-serv ended before reporting the connection */
      if (g_str_has_prefix (line, "- Description:") && (at = strstr (line, "(ECDHE-")) != NULL)
        return g_strndup (at + 7, strcspn (at + 7, ")"));
    }
}

/* A real handshake with GnuTLS's own server (gnutls-bin), which takes the group the client
 * offers first: a process that called zt_tls_prefer_x25519() agrees on X25519; one whose
 * environment already chose a priority keeps it (here glib-networking's default: P-256). */
static void
test_x25519_handshake (void)
{
  g_autofree char *dir = g_dir_make_tmp ("zt-tls-XXXXXX", NULL);
  g_autofree char *key = g_build_filename (dir, "key.pem", NULL);
  g_autofree char *cert = g_build_filename (dir, "cert.pem", NULL);
  g_autofree char *tmpl = g_build_filename (dir, "cert.tmpl", NULL);
  g_autofree char *port = NULL;
  g_autoptr(GSubprocess) serv = NULL;
  g_autoptr(GDataInputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kx1 = NULL, *kx2 = NULL;
  g_autofree char *serv_path = g_find_program_in_path ("gnutls-serv");
  g_autofree char *certtool = g_find_program_in_path ("certtool");
  g_autofree char *stdbuf = g_find_program_in_path ("stdbuf");
  int status;

  g_assert_nonnull (serv_path);   /* Debian's gnutls-bin: tools/install-deps.sh installs it */
  g_assert_nonnull (certtool);
  g_assert_nonnull (stdbuf);    /* coreutils: gnutls-serv's reports line by line into a pipe */
  g_assert_true (g_spawn_sync (NULL, (char *[]) { certtool, "--generate-privkey", "--key-type=ed25519", "--outfile", key, NULL },
                               NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (tmpl, "cn=localhost\nexpiration_days=1\nsigning_key\ntls_www_server\n", -1, &error));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { certtool, "--generate-self-signed", "--load-privkey", key, "--template", tmpl,
                                                  "--outfile", cert, NULL },
                               NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  port = g_strdup_printf ("%u", free_port ());
  serv = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error,
                           stdbuf, "-oL", serv_path, "--x509keyfile", key, "--x509certfile", cert, "-p", port, NULL);
  g_assert_no_error (error);
  out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (serv));
  for (gboolean ready = FALSE; !ready;)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (out, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (line);
      ready = strstr (line, "listening on IPv4") != NULL;
    }
  g_setenv ("ZT_TEST_PORT", port, TRUE);

  g_unsetenv ("G_TLS_GNUTLS_PRIORITY");
  g_test_trap_subprocess ("/tls/x25519-first/child-default", 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  kx1 = served_key_exchange (out);
  g_assert_cmpstr (kx1, ==, "X25519");

  g_setenv ("G_TLS_GNUTLS_PRIORITY", "NORMAL:%COMPAT", TRUE);
  g_test_trap_subprocess ("/tls/x25519-first/child-preset", 20 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("G_TLS_GNUTLS_PRIORITY");
  g_test_trap_assert_passed ();
  kx2 = served_key_exchange (out);
  g_assert_cmpstr (kx2, ==, "SECP256R1");

  g_subprocess_force_exit (serv);
  g_subprocess_wait (serv, NULL, NULL);
  g_unlink (key);
  g_unlink (cert);
  g_unlink (tmpl);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tls/default-trusts-nothing", test_default_trusts_nothing);
  g_test_add_func ("/tls/new-connection-gets-no-trust", test_new_connection_gets_no_trust);
  g_test_add_func ("/tls/sha256-matches-glib", test_sha256_matches_glib);
  g_test_add_func ("/tls/x25519-first/priority", test_x25519_first_priority);
  g_test_add_func ("/tls/x25519-first/handshake", test_x25519_handshake);
  g_test_add_func ("/tls/x25519-first/child-default", test_x25519_child_default);
  g_test_add_func ("/tls/x25519-first/child-preset", test_x25519_child_preset);
  return g_test_run ();
}
