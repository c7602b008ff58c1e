/* test-tls.c: the process's TLS trust after zt_tls_setup(): the default database trusts no
 * certificate, not even one the system trusts (so a public CA's certificate for a hub's name
 * cannot stand in for the mesh CA), and zt_tls_system_database() still trusts the system's */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gio/gio.h>

#include "zt-tls.h"
#include "zt-util.h"

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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tls/default-trusts-nothing", test_default_trusts_nothing);
  g_test_add_func ("/tls/new-connection-gets-no-trust", test_new_connection_gets_no_trust);
  g_test_add_func ("/tls/sha256-matches-glib", test_sha256_matches_glib);
  return g_test_run ();
}
