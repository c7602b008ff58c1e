/* test-ca.c: the mesh CA against real GnuTLS: issuing, CSRs, SPIFFE IDs, verification, mTLS */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <gnutls/abstract.h>
#include <gnutls/x509.h>

#include "zt-ca.h"
#include "zt-error.h"

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_crt_t, gnutls_x509_crt_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_crq_t, gnutls_x509_crq_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_privkey_t, gnutls_privkey_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_pubkey_t, gnutls_pubkey_deinit, NULL)

static void
datum_clear (gnutls_datum_t *d)
{
  gnutls_free (d->data);
  d->size = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (gnutls_datum_t, datum_clear)

#define MESH     "m1"
#define URI      "spiffe://m1/user/alice/endpoint/laptop"
#define HUB_URI  "spiffe://m1/hub"
#define DAY      (24 * 3600)

static const char * const hub_names[] = { "127.0.0.1", "::1", "localhost", "hub.example", NULL };

/* A whole small mesh: CA, hub, and one agent that joined with a CSR. */
typedef struct {
  char *ca_key;
  char *ca_cert;
  char *hub_key;
  char *hub_cert;
  char *agent_key;
  char *csr;
  char *leaf;
} Mesh;

static void
mesh_free (Mesh *m)
{
  g_free (m->ca_key);
  g_free (m->ca_cert);
  g_free (m->hub_key);
  g_free (m->hub_cert);
  g_free (m->agent_key);
  g_free (m->csr);
  g_free (m->leaf);
  g_free (m);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mesh, mesh_free)

static char *
new_key (void)
{
  g_autoptr(GError) error = NULL;
  char *key = zt_ca_generate_key_pem (&error);

  g_assert_no_error (error);
  g_assert_nonnull (key);
  return key;
}

static Mesh *
mesh_new (const char *name,
          guint       ca_days,
          guint64     leaf_lifetime)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_strdup_printf ("spiffe://%s/user/alice/endpoint/laptop", name);
  Mesh *m = g_new0 (Mesh, 1);

  m->ca_key = new_key ();
  m->ca_cert = zt_ca_create_ca_pem (m->ca_key, name, ca_days, &error);
  g_assert_no_error (error);
  m->hub_key = new_key ();
  m->hub_cert = zt_ca_issue_server_pem (m->ca_cert, m->ca_key, m->hub_key, hub_names, 30, &error);
  g_assert_no_error (error);
  m->agent_key = new_key ();
  m->csr = zt_ca_create_csr_pem (m->agent_key, "laptop", &error);
  g_assert_no_error (error);
  m->leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, uri, leaf_lifetime, &error);
  g_assert_no_error (error);
  return m;
}

static gint64
now_s (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gnutls_x509_crt_t
crt_from_pem (const char *pem)
{
  gnutls_x509_crt_t crt = NULL;
  gnutls_datum_t d = { (unsigned char *) pem, (unsigned int) strlen (pem) };

  g_assert_cmpint (gnutls_x509_crt_init (&crt), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_import (crt, &d, GNUTLS_X509_FMT_PEM), ==, 0);
  return crt;
}

static gnutls_privkey_t
key_from_pem (const char *pem)
{
  gnutls_privkey_t key = NULL;
  gnutls_datum_t d = { (unsigned char *) pem, (unsigned int) strlen (pem) };

  g_assert_cmpint (gnutls_privkey_init (&key), ==, 0);
  g_assert_cmpint (gnutls_privkey_import_x509_raw (key, &d, GNUTLS_X509_FMT_PEM, NULL, 0), ==, 0);
  return key;
}

static void
assert_error (const GError *error,
              ZtError       code,
              const char   *substr)
{
  if (error == NULL)
    g_error ("expected an error (code %d, \"%s\") and got none", code, substr);
  g_assert_error (error, ZT_ERROR, (gint) code);
  if (strstr (error->message, substr) == NULL)
    g_error ("error is \"%s\", expected it to contain \"%s\"", error->message, substr);
}

/* Verification by GnuTLS alone, not through zt-ca: a trust list with only the CA, at the
 * real time, for the TLS key purpose @purpose. */
static unsigned int
gnutls_status (const char *ca_pem,
               const char *cert_pem,
               const char *purpose)
{
  gnutls_x509_trust_list_t tl = NULL;
  gnutls_x509_crt_t ca = crt_from_pem (ca_pem);
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (cert_pem);
  gnutls_typed_vdata_st vdata = { GNUTLS_DT_KEY_PURPOSE_OID, (unsigned char *) purpose, 0 };
  unsigned int status = G_MAXUINT;

  g_assert_cmpint (gnutls_x509_trust_list_init (&tl, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_trust_list_add_cas (tl, &ca, 1, 0), ==, 1);  /* tl owns ca now */
  g_assert_cmpint (gnutls_x509_trust_list_verify_crt2 (tl, &crt, 1, &vdata, 1, 0, &status, NULL), ==, 0);
  gnutls_x509_trust_list_deinit (tl, 1);
  return status;
}

typedef struct {
  unsigned int type;
  char        *value;  /* text, or for IP addresses the raw bytes in hex */
} San;

static void
san_free (San *s)
{
  g_free (s->value);
  g_free (s);
}

static GPtrArray *
get_sans (gnutls_x509_crt_t crt)
{
  GPtrArray *sans = g_ptr_array_new_with_free_func ((GDestroyNotify) san_free);

  for (unsigned int seq = 0;; seq++)
    {
      guchar buf[1024];
      size_t size = sizeof buf - 1;
      unsigned int type = 0;
      int ret = gnutls_x509_crt_get_subject_alt_name2 (crt, seq, buf, &size, &type, NULL);
      San *s;

      if (ret == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        break;
      g_assert_cmpint (ret, >=, 0);
      s = g_new0 (San, 1);
      s->type = type;
      if (type == GNUTLS_SAN_IPADDRESS)
        {
          GString *hex = g_string_new (NULL);

          for (size_t i = 0; i < size; i++)
            g_string_append_printf (hex, "%02x", buf[i]);
          s->value = g_string_free (hex, FALSE);
        }
      else
        s->value = g_strndup ((const char *) buf, size);
      g_ptr_array_add (sans, s);
    }
  return sans;
}

static gboolean
has_san (GPtrArray  *sans,
         unsigned    type,
         const char *value)
{
  for (guint i = 0; i < sans->len; i++)
    {
      San *s = sans->pdata[i];

      if (s->type == type && strcmp (s->value, value) == 0)
        return TRUE;
    }
  return FALSE;
}

static int
cmp_str_ptr (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The OIDs of all extensions (sorted, comma-separated). */
static char *
extension_oids (gnutls_x509_crt_t crt)
{
  g_autoptr(GPtrArray) oids = g_ptr_array_new_with_free_func (g_free);

  for (unsigned int i = 0;; i++)
    {
      char oid[128];
      size_t size = sizeof oid;
      int ret = gnutls_x509_crt_get_extension_info (crt, i, oid, &size, NULL);

      if (ret == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        break;
      g_assert_cmpint (ret, >=, 0);
      g_ptr_array_add (oids, g_strdup (oid));
    }
  g_ptr_array_sort (oids, cmp_str_ptr);
  g_ptr_array_add (oids, NULL);
  return g_strjoinv (",", (char **) oids->pdata);
}

static char *
key_purposes (gnutls_x509_crt_t crt)
{
  g_autoptr(GPtrArray) oids = g_ptr_array_new_with_free_func (g_free);

  for (unsigned int i = 0;; i++)
    {
      char oid[128];
      size_t size = sizeof oid;
      int ret = gnutls_x509_crt_get_key_purpose_oid (crt, i, oid, &size, NULL);

      if (ret == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        break;
      g_assert_cmpint (ret, >=, 0);
      g_ptr_array_add (oids, g_strdup (oid));
    }
  g_ptr_array_sort (oids, cmp_str_ptr);
  g_ptr_array_add (oids, NULL);
  return g_strjoinv (",", (char **) oids->pdata);
}

static char *
subject_dn (gnutls_x509_crt_t crt)
{
  g_auto(gnutls_datum_t) dn = { NULL, 0 };

  g_assert_cmpint (gnutls_x509_crt_get_dn3 (crt, &dn, 0), ==, 0);
  return g_strndup ((const char *) dn.data, dn.size);
}

static gboolean
same_public_key (gnutls_x509_crt_t crt,
                 const char       *key_pem)
{
  g_auto(gnutls_privkey_t) key = key_from_pem (key_pem);
  g_auto(gnutls_pubkey_t) a = NULL;
  g_auto(gnutls_pubkey_t) b = NULL;
  guchar ida[32], idb[32];
  size_t na = sizeof ida, nb = sizeof idb;

  g_assert_cmpint (gnutls_pubkey_init (&a), ==, 0);
  g_assert_cmpint (gnutls_pubkey_init (&b), ==, 0);
  g_assert_cmpint (gnutls_pubkey_import_x509 (a, crt, 0), ==, 0);
  g_assert_cmpint (gnutls_pubkey_import_privkey (b, key, 0, 0), ==, 0);
  g_assert_cmpint (gnutls_pubkey_get_key_id (a, GNUTLS_KEYID_USE_SHA256, ida, &na), ==, 0);
  g_assert_cmpint (gnutls_pubkey_get_key_id (b, GNUTLS_KEYID_USE_SHA256, idb, &nb), ==, 0);
  return na == nb && memcmp (ida, idb, na) == 0;
}

static guchar *
find_bytes (guchar     *haystack,
            gsize       len,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= len; i++)
    if (memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

static char *
pem_encode (const char           *header,
            const gnutls_datum_t *der)
{
  g_auto(gnutls_datum_t) out = { NULL, 0 };

  g_assert_cmpint (gnutls_pem_base64_encode2 (header, der, &out), ==, 0);
  return g_strndup ((const char *) out.data, out.size);
}

/* A certificate made with GnuTLS directly but signed by the mesh CA: for shapes zt-ca
 * never issues (no URI SAN, two of them, a non-SPIFFE one). */
static char *
craft_signed_cert (const Mesh         *m,
                   const char * const *uris)
{
  g_auto(gnutls_x509_crt_t) ca = crt_from_pem (m->ca_cert);
  g_auto(gnutls_privkey_t) ca_key = key_from_pem (m->ca_key);
  g_auto(gnutls_privkey_t) key = key_from_pem (m->agent_key);
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_auto(gnutls_datum_t) out = { NULL, 0 };
  guchar serial[8] = { 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x01 };
  gint64 now = now_s ();

  g_assert_cmpint (gnutls_pubkey_init (&pub), ==, 0);
  g_assert_cmpint (gnutls_pubkey_import_privkey (pub, key, 0, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_init (&crt), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_version (crt, 3), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_serial (crt, serial, sizeof serial), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_dn_by_oid (crt, GNUTLS_OID_X520_COMMON_NAME, 0, "crafted", 7), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_pubkey (crt, pub), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_activation_time (crt, now - 60), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_expiration_time (crt, now + 3600), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_basic_constraints (crt, 0, -1), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_key_usage (crt, GNUTLS_KEY_DIGITAL_SIGNATURE), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_set_subject_alt_name (crt, GNUTLS_SAN_DNSNAME, "crafted.example", 15,
                                                         GNUTLS_FSAN_APPEND), ==, 0);
  for (guint i = 0; uris[i] != NULL; i++)
    g_assert_cmpint (gnutls_x509_crt_set_subject_alt_name (crt, GNUTLS_SAN_URI, uris[i], strlen (uris[i]),
                                                           GNUTLS_FSAN_APPEND), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_privkey_sign (crt, ca, ca_key, GNUTLS_DIG_SHA512, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crt_export2 (crt, GNUTLS_X509_FMT_PEM, &out), ==, 0);
  return g_strndup ((const char *) out.data, out.size);
}

static void
test_key (void)
{
  g_autofree char *a = new_key ();
  g_autofree char *b = new_key ();
  g_auto(gnutls_privkey_t) key = key_from_pem (a);
  unsigned int bits = 0;
  gnutls_ecc_curve_t curve = GNUTLS_ECC_CURVE_INVALID;

  g_assert_true (g_str_has_prefix (a, "-----BEGIN PRIVATE KEY-----\n"));  /* PKCS#8 */
  g_assert_cmpstr (a, !=, b);
  /* Ed25519: a mesh handshake's signatures cost a fraction of P-256's (docs/mesh.md) */
  g_assert_cmpint (gnutls_privkey_get_pk_algorithm (key, &bits), ==, GNUTLS_PK_EDDSA_ED25519);
  g_assert_cmpint (gnutls_privkey_export_ecc_raw (key, &curve, NULL, NULL, NULL), ==, 0);
  g_assert_cmpint (curve, ==, GNUTLS_ECC_CURVE_ED25519);
}

static void
test_ca_cert (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *key = new_key ();
  g_autofree char *pem = zt_ca_create_ca_pem (key, MESH, 10, &error);
  g_autofree char *mesh = NULL;
  g_autofree char *id = NULL;
  g_auto(gnutls_x509_crt_t) ca = NULL;
  unsigned int status = G_MAXUINT, critical = 0, is_ca = 0, usage = 0;
  int pathlen = -1;
  gint64 now = now_s ();

  g_assert_no_error (error);
  ca = crt_from_pem (pem);
  g_assert_true (gnutls_x509_crt_check_issuer (ca, ca));
  g_assert_cmpint (gnutls_x509_crt_verify (ca, &ca, 1, 0, &status), ==, 0);
  g_assert_cmpuint (status, ==, 0);
  g_assert_cmpint (gnutls_x509_crt_get_basic_constraints (ca, &critical, &is_ca, &pathlen), >=, 0);
  g_assert_true (is_ca);
  g_assert_cmpint (pathlen, ==, 0);
  g_assert_cmpint (gnutls_x509_crt_get_key_usage (ca, &usage, &critical), >=, 0);
  g_assert_cmpuint (usage, ==, GNUTLS_KEY_KEY_CERT_SIGN | GNUTLS_KEY_CRL_SIGN);
  g_assert_true (same_public_key (ca, key));
  g_assert_cmpint (gnutls_x509_crt_get_expiration_time (ca), >=, now + 10 * DAY - 5);
  g_assert_cmpint (gnutls_x509_crt_get_expiration_time (ca), <=, now + 10 * DAY + 5);
  g_assert_cmpint (zt_ca_get_expiry (pem, &error), ==, gnutls_x509_crt_get_expiration_time (ca));
  g_assert_no_error (error);

  mesh = zt_ca_get_mesh (pem, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mesh, ==, MESH);
  id = zt_ca_get_spiffe_id (pem, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "spiffe://" MESH);

  /* Bad input is refused with a reason. */
  for (guint i = 0; i < 5; i++)
    {
      static const char * const bad[] = { "", "..", "a/b", "m1 ", "spiffe://m1" };
      g_autofree char *none = zt_ca_create_ca_pem (key, bad[i], 10, &error);

      g_assert_null (none);
      assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "invalid mesh name");
      g_clear_error (&error);
    }
  {
    g_autofree char *none = zt_ca_create_ca_pem (key, MESH, 0, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "days");
    g_clear_error (&error);
  }
  {
    g_autofree char *none = zt_ca_create_ca_pem ("not a key", MESH, 10, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "cannot read the CA private key");
    g_clear_error (&error);
  }
  {
    g_autofree char *none = zt_ca_create_ca_pem (NULL, MESH, 10, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "no CA private key");
  }
}

static void
test_server_cert (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->hub_cert);
  g_autoptr(GPtrArray) sans = get_sans (crt);
  g_autofree char *purposes = key_purposes (crt);
  g_autofree char *id = zt_ca_get_spiffe_id (m->hub_cert, &error);
  unsigned int critical = 0, is_ca = 1, usage = 0;
  int pathlen = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, HUB_URI);
  g_assert_cmpuint (sans->len, ==, 5);
  g_assert_true (has_san (sans, GNUTLS_SAN_IPADDRESS, "7f000001"));
  g_assert_true (has_san (sans, GNUTLS_SAN_IPADDRESS, "00000000000000000000000000000001"));
  g_assert_true (has_san (sans, GNUTLS_SAN_DNSNAME, "localhost"));
  g_assert_true (has_san (sans, GNUTLS_SAN_DNSNAME, "hub.example"));
  g_assert_true (has_san (sans, GNUTLS_SAN_URI, HUB_URI));
  /* What a TLS client checks. */
  g_assert_true (gnutls_x509_crt_check_hostname (crt, "localhost"));
  g_assert_true (gnutls_x509_crt_check_hostname (crt, "hub.example"));
  g_assert_true (gnutls_x509_crt_check_hostname (crt, "127.0.0.1"));
  g_assert_true (gnutls_x509_crt_check_hostname (crt, "::1"));
  g_assert_false (gnutls_x509_crt_check_hostname (crt, "evil.example"));
  g_assert_false (gnutls_x509_crt_check_hostname (crt, "127.0.0.2"));
  g_assert_cmpstr (purposes, ==, GNUTLS_KP_TLS_WWW_SERVER);
  g_assert_cmpint (gnutls_x509_crt_get_basic_constraints (crt, &critical, &is_ca, &pathlen), >=, 0);
  g_assert_false (is_ca);
  g_assert_cmpint (gnutls_x509_crt_get_key_usage (crt, &usage, &critical), >=, 0);
  g_assert_cmpuint (usage, ==, GNUTLS_KEY_DIGITAL_SIGNATURE);
  g_assert_true (same_public_key (crt, m->hub_key));
  g_assert_cmpuint (gnutls_status (m->ca_cert, m->hub_cert, GNUTLS_KP_TLS_WWW_SERVER), ==, 0);
  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->hub_cert, 0, HUB_URI, &error));
  g_assert_no_error (error);

  /* Names a hub must not get, and a CA key that is not the CA's. */
  for (guint i = 0; i < 6; i++)
    {
      static const char * const bad[] = { "*.example", "a..b", "-x.example", "foo bar", "", "x.example." };
      const char * const names[] = { "localhost", bad[i], NULL };
      g_autofree char *none = zt_ca_issue_server_pem (m->ca_cert, m->ca_key, m->hub_key, names, 30, &error);

      g_assert_null (none);
      assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "neither an IP address nor a DNS name");
      g_clear_error (&error);
    }
  {
    g_autofree char *none = zt_ca_issue_server_pem (m->ca_cert, m->hub_key, m->hub_key, hub_names, 30, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "does not belong to the certificate");
    g_clear_error (&error);
  }
  {
    /* A leaf is no CA, even with its own key. */
    g_autofree char *none = zt_ca_issue_server_pem (m->leaf, m->agent_key, m->hub_key, hub_names, 30, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not a CA certificate");
  }
}

static void
test_sign_csr (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_auto(gnutls_x509_crq_t) crq = NULL;
  g_auto(gnutls_x509_crt_t) ca = crt_from_pem (m->ca_cert);
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->leaf);
  g_autoptr(GPtrArray) sans = get_sans (crt);
  g_autofree char *purposes = key_purposes (crt);
  g_autofree char *extensions = extension_oids (crt);
  g_autofree char *dn = subject_dn (crt);
  g_autofree char *id = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GTlsCertificate) tls = NULL;
  gnutls_datum_t d = { (unsigned char *) m->csr, (unsigned int) strlen (m->csr) };
  guchar serial[64], serial2[64];
  size_t serial_size = sizeof serial, serial2_size = sizeof serial2;
  char cn[128];
  size_t cn_size = sizeof cn;
  unsigned int status = G_MAXUINT, critical = 0, is_ca = 1, usage = 0;
  int pathlen = 0;
  gint64 now = now_s ();

  /* The CSR: self-signed, CN = the endpoint. */
  g_assert_cmpint (gnutls_x509_crq_init (&crq), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_import (crq, &d, GNUTLS_X509_FMT_PEM), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_verify (crq, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_get_dn_by_oid (crq, GNUTLS_OID_X520_COMMON_NAME, 0, 0, cn, &cn_size), ==, 0);
  g_assert_cmpstr (cn, ==, "laptop");

  /* The leaf chains to the CA, as far as GnuTLS alone is concerned, for both purposes. */
  g_assert_cmpint (gnutls_x509_crt_verify (crt, &ca, 1, 0, &status), ==, 0);
  g_assert_cmpuint (status, ==, 0);
  g_assert_cmpuint (gnutls_status (m->ca_cert, m->leaf, GNUTLS_KP_TLS_WWW_CLIENT), ==, 0);
  g_assert_cmpuint (gnutls_status (m->ca_cert, m->leaf, GNUTLS_KP_TLS_WWW_SERVER), ==, 0);
  g_assert_true (gnutls_x509_crt_check_issuer (crt, ca));
  /* The key is the agent's: only its public half travelled. */
  g_assert_true (same_public_key (crt, m->agent_key));

  g_assert_cmpuint (sans->len, ==, 1);
  g_assert_true (has_san (sans, GNUTLS_SAN_URI, URI));
  g_assert_cmpstr (purposes, ==, GNUTLS_KP_TLS_WWW_SERVER "," GNUTLS_KP_TLS_WWW_CLIENT);
  g_assert_cmpint (gnutls_x509_crt_get_key_usage (crt, &usage, &critical), >=, 0);
  g_assert_cmpuint (usage, ==, GNUTLS_KEY_DIGITAL_SIGNATURE);
  g_assert_cmpint (gnutls_x509_crt_get_basic_constraints (crt, &critical, &is_ca, &pathlen), >=, 0);
  g_assert_false (is_ca);
  /* basicConstraints, keyUsage, extKeyUsage, subjectAltName, subjectKeyId, authorityKeyId */
  g_assert_cmpstr (extensions, ==, "2.5.29.14,2.5.29.15,2.5.29.17,2.5.29.19,2.5.29.35,2.5.29.37");
  g_assert_cmpstr (dn, ==, "CN=laptop,O=m1");
  g_assert_cmpint (gnutls_x509_crt_get_activation_time (crt), >=, now - 60 - 5);
  g_assert_cmpint (gnutls_x509_crt_get_activation_time (crt), <=, now - 60);
  g_assert_cmpint (gnutls_x509_crt_get_expiration_time (crt), >=, now + 3600 - 5);
  g_assert_cmpint (gnutls_x509_crt_get_expiration_time (crt), <=, now + 3600);
  g_assert_cmpint (zt_ca_get_expiry (m->leaf, &error), ==, gnutls_x509_crt_get_expiration_time (crt));
  g_assert_no_error (error);

  /* A 16-byte positive serial, different each time. */
  g_assert_cmpint (gnutls_x509_crt_get_serial (crt, serial, &serial_size), ==, 0);
  g_assert_cmpuint (serial_size, ==, 16);
  g_assert_cmpuint (serial[0] & 0x80, ==, 0);
  second = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, URI, 3600, &error);
  g_assert_no_error (error);
  {
    g_auto(gnutls_x509_crt_t) crt2 = crt_from_pem (second);

    g_assert_cmpint (gnutls_x509_crt_get_serial (crt2, serial2, &serial2_size), ==, 0);
    g_assert_false (serial_size == serial2_size && memcmp (serial, serial2, serial_size) == 0);
  }

  id = zt_ca_get_spiffe_id (m->leaf, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, URI);
  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->leaf, 0, URI, &error));
  g_assert_no_error (error);
  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->leaf, 0, NULL, &error));
  g_assert_no_error (error);

  /* The identity for GIO, and a key that is not the certificate's refused. */
  tls = zt_ca_tls_certificate_new (m->leaf, m->agent_key, &error);
  g_assert_no_error (error);
  g_assert_true (G_IS_TLS_CERTIFICATE (tls));
  {
    g_autoptr(GTlsCertificate) none = zt_ca_tls_certificate_new (m->leaf, m->hub_key, &error);

    g_assert_null (none);
    assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "does not belong to the certificate");
  }
}

/* A CSR that asks for much more than an endpoint identity: other names, CA rights, other
 * key usages, an unknown critical extension. The certificate must have none of it. */
static void
test_csr_requests_ignored (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_auto(gnutls_privkey_t) key = key_from_pem (m->agent_key);
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crq_t) crq = NULL;
  g_auto(gnutls_datum_t) out = { NULL, 0 };
  g_autofree char *csr = NULL;
  g_autofree char *leaf = NULL;
  g_autofree char *purposes = NULL;
  g_autofree char *extensions = NULL;
  g_autofree char *dn = NULL;
  g_autoptr(GPtrArray) sans = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  static const guchar localhost_ip[] = { 127, 0, 0, 1 };
  static const char other_uri[] = "spiffe://m1/user/root/endpoint/admin";
  unsigned int critical = 0, is_ca = 1, usage = 0;
  int pathlen = 0;
  guchar san[256];
  size_t san_size = sizeof san;
  unsigned int san_type = 0;

  g_assert_cmpint (gnutls_pubkey_init (&pub), ==, 0);
  g_assert_cmpint (gnutls_pubkey_import_privkey (pub, key, 0, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_init (&crq), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_version (crq, 1), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_dn_by_oid (crq, GNUTLS_OID_X520_ORGANIZATION_NAME, 0, "evil", 4), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_dn_by_oid (crq, GNUTLS_OID_X520_COMMON_NAME, 0, "hub", 3), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_subject_alt_name (crq, GNUTLS_SAN_DNSNAME, "hub.example", 11,
                                                         GNUTLS_FSAN_APPEND), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_subject_alt_name (crq, GNUTLS_SAN_URI, HUB_URI, strlen (HUB_URI),
                                                         GNUTLS_FSAN_APPEND), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_subject_alt_name (crq, GNUTLS_SAN_URI, other_uri, strlen (other_uri),
                                                         GNUTLS_FSAN_APPEND), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_subject_alt_name (crq, GNUTLS_SAN_IPADDRESS, localhost_ip,
                                                         sizeof localhost_ip, GNUTLS_FSAN_APPEND), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_basic_constraints (crq, 1, -1), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_key_usage (crq, GNUTLS_KEY_KEY_CERT_SIGN | GNUTLS_KEY_CRL_SIGN |
                                                  GNUTLS_KEY_DIGITAL_SIGNATURE), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_key_purpose_oid (crq, GNUTLS_KP_CODE_SIGNING, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_key_purpose_oid (crq, GNUTLS_KP_ANY, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_extension_by_oid (crq, "1.3.6.1.4.1.99999.1", "\x05\x00", 2, 1), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_challenge_password (crq, "let me in"), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_set_pubkey (crq, pub), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_privkey_sign (crq, key, GNUTLS_DIG_SHA512, 0), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_export2 (crq, GNUTLS_X509_FMT_PEM, &out), ==, 0);
  csr = g_strndup ((const char *) out.data, out.size);

  /* The CSR really asks for all of that, or this test would prove nothing. */
  g_assert_cmpint (gnutls_x509_crq_get_subject_alt_name (crq, 1, san, &san_size, &san_type, NULL), >=, 0);
  g_assert_cmpuint (san_type, ==, GNUTLS_SAN_URI);
  g_assert_cmpint (gnutls_x509_crq_get_basic_constraints (crq, &critical, &is_ca, &pathlen), >=, 0);
  g_assert_true (is_ca);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, csr, URI, 3600, &error);
  g_assert_no_error (error);
  crt = crt_from_pem (leaf);
  sans = get_sans (crt);
  purposes = key_purposes (crt);
  extensions = extension_oids (crt);
  dn = subject_dn (crt);

  g_assert_cmpuint (sans->len, ==, 1);
  g_assert_true (has_san (sans, GNUTLS_SAN_URI, URI));
  g_assert_false (gnutls_x509_crt_check_hostname (crt, "hub.example"));
  g_assert_false (gnutls_x509_crt_check_hostname (crt, "127.0.0.1"));
  g_assert_cmpstr (purposes, ==, GNUTLS_KP_TLS_WWW_SERVER "," GNUTLS_KP_TLS_WWW_CLIENT);
  g_assert_cmpint (gnutls_x509_crt_get_basic_constraints (crt, &critical, &is_ca, &pathlen), >=, 0);
  g_assert_false (is_ca);
  g_assert_cmpint (gnutls_x509_crt_get_key_usage (crt, &usage, &critical), >=, 0);
  g_assert_cmpuint (usage, ==, GNUTLS_KEY_DIGITAL_SIGNATURE);
  g_assert_cmpstr (extensions, ==, "2.5.29.14,2.5.29.15,2.5.29.17,2.5.29.19,2.5.29.35,2.5.29.37");
  g_assert_cmpstr (dn, ==, "CN=laptop,O=m1");
  g_assert_true (same_public_key (crt, m->agent_key));
  g_assert_true (zt_ca_verify_peer (m->ca_cert, leaf, 0, URI, &error));
  g_assert_no_error (error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, leaf, 0, HUB_URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not the expected");
}

/* @csr_pem re-encoded after @tamper changed its DER. */
static char *
tamper_csr (const char *csr_pem,
            void      (*tamper) (guchar *der, gsize len))
{
  g_auto(gnutls_x509_crq_t) crq = NULL;
  g_auto(gnutls_datum_t) der = { NULL, 0 };
  gnutls_datum_t d = { (unsigned char *) csr_pem, (unsigned int) strlen (csr_pem) };

  g_assert_cmpint (gnutls_x509_crq_init (&crq), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_import (crq, &d, GNUTLS_X509_FMT_PEM), ==, 0);
  g_assert_cmpint (gnutls_x509_crq_export2 (crq, GNUTLS_X509_FMT_DER, &der), ==, 0);
  tamper (der.data, der.size);
  return pem_encode ("NEW CERTIFICATE REQUEST", &der);
}

/* The DER ends with the signature BIT STRING, whose last byte is the tail of ECDSA's s:
 * still well-formed, no longer valid. */
static void
flip_signature_byte (guchar *der,
                     gsize   len)
{
  der[len - 1] ^= 0x01;
}

static void
change_subject (guchar *der,
                gsize   len)
{
  guchar *p = find_bytes (der, len, "laptop");

  g_assert_nonnull (p);
  p[5] = 'q';
}

static void
test_csr_tampered (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_sig = tamper_csr (m->csr, flip_signature_byte);
  g_autofree char *bad_subject = tamper_csr (m->csr, change_subject);
  g_autofree char *leaf = NULL;

  /* The tampered CSRs still parse: it is the signature check that refuses them. */
  g_assert_cmpstr (bad_sig, !=, m->csr);
  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, bad_sig, URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_FORBIDDEN, "signature does not verify");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, bad_subject, URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_FORBIDDEN, "signature does not verify");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, "-----BEGIN NEW CERTIFICATE REQUEST-----\nAAAA\n"
                             "-----END NEW CERTIFICATE REQUEST-----\n", URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "cannot read the CSR");
}

static void
test_sign_csr_arguments (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) short_ca = mesh_new ("short", 1, 3600);
  g_autoptr(GError) error = NULL;
  char *leaf;
  gint64 expiry;

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, "spiffe://m2/user/alice/endpoint/laptop", 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not in this CA's mesh");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, HUB_URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not of the form");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, URI, 0, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "lifetime");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->ca_cert, short_ca->ca_key, m->csr, URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "does not belong to the certificate");
  g_clear_error (&error);

  leaf = zt_ca_sign_csr_pem (m->hub_cert, m->hub_key, m->csr, URI, 3600, &error);
  g_assert_null (leaf);
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not a CA certificate");
  g_clear_error (&error);

  /* A lifetime longer than the CA has left ends with the CA. */
  leaf = zt_ca_sign_csr_pem (short_ca->ca_cert, short_ca->ca_key, short_ca->csr,
                             "spiffe://short/user/bob/endpoint/pc", 30 * DAY, &error);
  g_assert_no_error (error);
  expiry = zt_ca_get_expiry (leaf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (expiry, ==, zt_ca_get_expiry (short_ca->ca_cert, NULL));
  g_free (leaf);
}

static void
test_fingerprint (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_autofree char *fp = zt_ca_fingerprint (m->leaf, &error);
  g_autofree char *again = zt_ca_fingerprint (m->leaf, NULL);
  g_autofree char *other = zt_ca_fingerprint (m->hub_cert, NULL);
  g_autofree char *expected = NULL;
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->leaf);
  g_auto(gnutls_datum_t) der = { NULL, 0 };

  g_assert_no_error (error);
  g_assert_cmpuint (strlen (fp), ==, 64);
  for (const char *p = fp; *p != '\0'; p++)
    g_assert_true (g_ascii_isdigit (*p) || (*p >= 'a' && *p <= 'f'));
  g_assert_cmpstr (fp, ==, again);
  g_assert_cmpstr (fp, !=, other);
  /* Independently: GLib's SHA-256 over the DER that GnuTLS decoded from the PEM. */
  g_assert_cmpint (gnutls_x509_crt_export2 (crt, GNUTLS_X509_FMT_DER, &der), ==, 0);
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, der.data, der.size);
  g_assert_cmpstr (fp, ==, expected);

  g_assert_null (zt_ca_fingerprint ("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", &error));
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "cannot read the certificate");
}

static void
test_fingerprint_certtool (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_autofree char *certtool = g_find_program_in_path ("certtool");
  g_autofree char *fp = zt_ca_fingerprint (m->leaf, &error);
  g_autofree char *path = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int fd, status = -1;

  g_assert_no_error (error);
  if (certtool == NULL)
    {
      g_test_skip ("certtool (gnutls-bin) is not installed");
      return;
    }
  fd = g_file_open_tmp ("zt-ca-test-XXXXXX.pem", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, m->leaf, -1, &error));
  {
    const char *argv[] = { certtool, "--fingerprint", "--hash", "sha256", "--infile", path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                                 &error));
  }
  g_assert_no_error (error);
  g_unlink (path);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (g_strstrip (out), ==, fp);
}

/* The key pin of an identity: the same across renewals (same key, new certificate), another
 * for another key. The oracle hashes the DER SubjectPublicKeyInfo itself. */
static void
test_spki_sha256 (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_autofree char *pin = zt_ca_spki_sha256 (m->leaf, &error);
  g_autofree char *renewed = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, m->csr, URI, 7200, &error);
  g_autofree char *renewed_pin = NULL, *other_key = new_key (), *other_csr = NULL, *other = NULL, *other_pin = NULL;
  g_autofree char *fp = NULL, *renewed_fp = NULL;
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->leaf);
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_datum_t) der = { NULL, 0 };
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (gnutls_pubkey_init (&pub), ==, 0);
  g_assert_cmpint (gnutls_pubkey_import_x509 (pub, crt, 0), ==, 0);
  g_assert_cmpint (gnutls_pubkey_export2 (pub, GNUTLS_X509_FMT_DER, &der), ==, 0);
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, der.data, der.size);
  g_assert_cmpstr (pin, ==, expected);

  renewed_pin = zt_ca_spki_sha256 (renewed, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (renewed_pin, ==, pin);
  fp = zt_ca_fingerprint (m->leaf, NULL);
  renewed_fp = zt_ca_fingerprint (renewed, NULL);
  g_assert_cmpstr (fp, !=, renewed_fp);

  other_csr = zt_ca_create_csr_pem (other_key, "laptop", &error);
  other = zt_ca_sign_csr_pem (m->ca_cert, m->ca_key, other_csr, URI, 3600, &error);
  g_assert_no_error (error);
  other_pin = zt_ca_spki_sha256 (other, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (other_pin, !=, pin);

  g_assert_null (zt_ca_spki_sha256 ("not a certificate", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
}

static void
test_expired (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 1);
  g_autoptr(GError) error = NULL;
  gint64 now = now_s ();

  /* Valid now (not-before is a minute back), expired in an hour. */
  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->leaf, now, URI, &error));
  g_assert_no_error (error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->leaf, now + 3600, URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "certificate expired on ");
  g_clear_error (&error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->leaf, now - 3600, URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not valid before");
  g_clear_error (&error);
  /* The CA has its own end. */
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->hub_cert, now + 11 * DAY, HUB_URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "the mesh CA expired on ");
}

static void
test_other_ca (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) same_name = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) other_name = mesh_new ("m2", 10, 3600);
  g_autoptr(GError) error = NULL;

  /* Another CA of the same mesh name, same identity in the leaf: still not ours. */
  g_assert_false (zt_ca_verify_peer (m->ca_cert, same_name->leaf, 0, URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
  g_clear_error (&error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, same_name->hub_cert, 0, HUB_URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
  g_clear_error (&error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, other_name->leaf, 0, NULL, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
  g_clear_error (&error);
  /* GnuTLS agrees. */
  g_assert_cmpuint (gnutls_status (m->ca_cert, same_name->leaf, GNUTLS_KP_TLS_WWW_CLIENT), !=, 0);

  /* The CA itself is not a peer. */
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->ca_cert, 0, NULL, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "CA certificate is not a peer");
  g_clear_error (&error);

  /* Garbage from a peer is a refusal; a bad CA is the caller's problem. */
  g_assert_false (zt_ca_verify_peer (m->ca_cert, "junk", 0, NULL, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "cannot read the certificate");
  g_clear_error (&error);
  g_assert_false (zt_ca_verify_peer (m->leaf, m->leaf, 0, NULL, &error));
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not a CA certificate");
}

static void
test_tampered_leaf (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->leaf);
  g_auto(gnutls_datum_t) der = { NULL, 0 };
  g_autofree char *pem = NULL;
  guchar *p;

  /* Same length, different identity: the signature no longer matches. */
  g_assert_cmpint (gnutls_x509_crt_export2 (crt, GNUTLS_X509_FMT_DER, &der), ==, 0);
  p = find_bytes (der.data, der.size, "alice");
  g_assert_nonnull (p);
  memcpy (p, "admin", 5);
  pem = pem_encode ("CERTIFICATE", &der);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, pem, 0, NULL, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
}

/* A good certificate is remembered (zt_ca_verify_peer parses and checks each pair of texts
 * once), but only what its texts say: the times against the clock and the identity against
 * the one expected are checked every time, a certificate that differs in a byte or comes
 * with another CA is checked anew, refusals are not remembered, and the memory is bounded. */
static void
test_remembered (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 1);  /* the leaf expires in an hour */
  g_autoptr(Mesh) same_name = mesh_new (MESH, 10, 3600);
  g_autoptr(GError) error = NULL;
  g_auto(gnutls_x509_crt_t) crt = crt_from_pem (m->leaf);
  g_auto(gnutls_datum_t) der = { NULL, 0 };
  g_autofree char *tampered = NULL;
  gint64 now = now_s ();
  guint before, remembered;
  guchar *p;

  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->leaf, now, URI, &error));
  g_assert_no_error (error);
  remembered = _zt_ca_signed_cache_size ();
  g_assert_cmpuint (remembered, >=, 1);
  g_assert_true (zt_ca_verify_peer (m->ca_cert, m->leaf, now, URI, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (_zt_ca_signed_cache_size (), ==, remembered);

  /* remembered, and still expired an hour on, and still not someone else */
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->leaf, now + 3600, URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "certificate expired on ");
  g_clear_error (&error);
  g_assert_false (zt_ca_verify_peer (m->ca_cert, m->leaf, now, "spiffe://m1/user/admin/endpoint/laptop", &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "is not the expected");
  g_clear_error (&error);

  /* the same certificate against another CA of the same mesh name: not vouched for */
  g_assert_false (zt_ca_verify_peer (same_name->ca_cert, m->leaf, now, URI, &error));
  assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
  g_clear_error (&error);

  /* one byte changed after the real one was remembered: refused, and nothing remembered */
  g_assert_cmpint (gnutls_x509_crt_export2 (crt, GNUTLS_X509_FMT_DER, &der), ==, 0);
  p = find_bytes (der.data, der.size, "alice");
  g_assert_nonnull (p);
  memcpy (p, "admin", 5);
  tampered = pem_encode ("CERTIFICATE", &der);
  before = _zt_ca_signed_cache_size ();
  for (guint i = 0; i < 3; i++)
    {
      g_assert_false (zt_ca_verify_peer (m->ca_cert, tampered, now, NULL, &error));
      assert_error (error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
      g_clear_error (&error);
    }
  g_assert_cmpuint (_zt_ca_signed_cache_size (), ==, before);

  /* bounded: 600 texts of one good certificate (each with more blank lines after it) */
  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *pad = g_strnfill (i + 1, '\n');
      g_autofree char *text = g_strconcat (m->leaf, pad, NULL);

      g_assert_true (zt_ca_verify_peer (m->ca_cert, text, now, URI, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (_zt_ca_signed_cache_size (), <=, 512);
    }
}

static void
test_spiffe_id_sans (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  static const char * const none[] = { NULL };
  static const char * const two[] = { URI, "spiffe://m1/user/bob/endpoint/pc", NULL };
  static const char * const https[] = { "https://m1/user/alice/endpoint/laptop", NULL };
  static const char * const foreign[] = { "spiffe://m2/user/alice/endpoint/laptop", NULL };
  static const char * const one[] = { URI, NULL };
  struct {
    const char * const *uris;
    const char         *get_error;    /* NULL: zt_ca_get_spiffe_id succeeds */
    const char         *verify_error; /* NULL: zt_ca_verify_peer succeeds */
  } cases[] = {
    { none, "no URI SAN", "no URI SAN" },
    { two, "2 URI SANs", "2 URI SANs" },
    { https, "is not a SPIFFE ID", "is not a SPIFFE ID" },
    { foreign, NULL, "is not in mesh m1" },
    { one, NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *pem = craft_signed_cert (m, cases[i].uris);
      g_autofree char *id = zt_ca_get_spiffe_id (pem, &error);

      /* Signed by the real CA: only the SAN rules can refuse these. */
      g_assert_cmpuint (gnutls_status (m->ca_cert, pem, GNUTLS_KP_ANY), ==, 0);
      if (cases[i].get_error != NULL)
        {
          g_assert_null (id);
          assert_error (error, ZT_ERROR_INVALID_ARGUMENT, cases[i].get_error);
          g_clear_error (&error);
        }
      else
        {
          g_assert_no_error (error);
          g_assert_cmpstr (id, ==, cases[i].uris[0]);
        }
      if (cases[i].verify_error != NULL)
        {
          g_assert_false (zt_ca_verify_peer (m->ca_cert, pem, 0, NULL, &error));
          assert_error (error, ZT_ERROR_FORBIDDEN, cases[i].verify_error);
        }
      else
        {
          g_assert_true (zt_ca_verify_peer (m->ca_cert, pem, 0, URI, &error));
          g_assert_no_error (error);
        }
    }
}

static void
test_spiffe_parse (void)
{
  static const struct {
    const char *uri, *mesh, *user, *endpoint;
  } good[] = {
    { URI, "m1", "alice", "laptop" },
    { "spiffe://mesh.example/user/A.b_c-9/endpoint/x", "mesh.example", "A.b_c-9", "x" },
    { "spiffe://m/user/..a/endpoint/.b", "m", "..a", ".b" },
    { "spiffe://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/user/u/endpoint/e",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "u", "e" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *mesh = NULL;
      g_autofree char *user = NULL;
      g_autofree char *endpoint = NULL;
      g_autofree char *made = NULL;

      g_assert_true (zt_spiffe_id_parse (good[i].uri, &mesh, &user, &endpoint, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (mesh, ==, good[i].mesh);
      g_assert_cmpstr (user, ==, good[i].user);
      g_assert_cmpstr (endpoint, ==, good[i].endpoint);
      made = zt_spiffe_id_make (mesh, user, endpoint);
      g_assert_cmpstr (made, ==, good[i].uri);
      /* Out parameters are optional. */
      g_assert_true (zt_spiffe_id_parse (good[i].uri, NULL, NULL, NULL, NULL));
    }
}

static void
test_spiffe_reject (void)
{
  static const char * const bad[] = {
    "",
    "spiffe://",
    "spiffe://m1",
    "spiffe://m1/",
    "spiffe://m1/user/alice",
    "spiffe://m1/user/alice/endpoint",
    "spiffe://m1/user/alice/endpoint/",
    "spiffe://m1/user/alice/endpoint/laptop/",
    "spiffe://m1/user/alice/endpoint/laptop/extra",
    "spiffe://m1/user/alice/endpoint/laptop/user/bob",
    "spiffe:///user/alice/endpoint/laptop",
    "spiffe://m1//user/alice/endpoint/laptop",
    "spiffe://m1/user//endpoint/laptop",
    "spiffe://m1/user/a/b/endpoint/laptop",
    "spiffe://m1/users/alice/endpoint/laptop",
    "spiffe://m1/user/alice/endpoints/laptop",
    "spiffe://m1/endpoint/laptop/user/alice",
    "spiffe://m1/User/alice/endpoint/laptop",
    /* path traversal */
    "spiffe://m1/user/../endpoint/laptop",
    "spiffe://m1/user/alice/endpoint/..",
    "spiffe://m1/user/./endpoint/laptop",
    "spiffe://../user/alice/endpoint/laptop",
    "spiffe://./user/alice/endpoint/laptop",
    "spiffe://m1/user/alice/endpoint/../../etc",
    "spiffe://m1/user/%2e%2e/endpoint/laptop",
    "spiffe://m1/user/al%2Fice/endpoint/laptop",
    "spiffe://m1/user/al\\ice/endpoint/laptop",
    /* scheme */
    "https://m1/user/alice/endpoint/laptop",
    "SPIFFE://m1/user/alice/endpoint/laptop",
    "Spiffe://m1/user/alice/endpoint/laptop",
    "spiffe:/m1/user/alice/endpoint/laptop",
    "spiffe:m1/user/alice/endpoint/laptop",
    "m1/user/alice/endpoint/laptop",
    " spiffe://m1/user/alice/endpoint/laptop",
    /* authority and URI parts that have no place in an identity */
    "spiffe://m1:443/user/alice/endpoint/laptop",
    "spiffe://x@m1/user/alice/endpoint/laptop",
    "spiffe://m1/user/alice/endpoint/laptop?x=1",
    "spiffe://m1/user/alice/endpoint/laptop#f",
    "spiffe://m1/user/alice/endpoint/laptop ",
    "spiffe://m1/user/alice/endpoint/laptop\n",
    "spiffe://m1/user/al ice/endpoint/laptop",
    "spiffe://m1/user/al\xc3\xaf" "ce/endpoint/laptop",
    /* 65 characters */
    "spiffe://m1/user/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/endpoint/laptop",
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *mesh = NULL;

      if (zt_spiffe_id_parse (bad[i], &mesh, NULL, NULL, &error))
        g_error ("accepted %s", bad[i]);
      assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "");
      g_assert_null (mesh);
      g_clear_error (&error);
    }
  g_assert_false (zt_spiffe_id_parse (NULL, NULL, NULL, NULL, &error));
  assert_error (error, ZT_ERROR_INVALID_ARGUMENT, "not a SPIFFE ID");

  g_assert_null (zt_spiffe_id_make ("m1", "..", "laptop"));
  g_assert_null (zt_spiffe_id_make ("m1", "alice", "a/b"));
  g_assert_null (zt_spiffe_id_make ("", "alice", "laptop"));
  g_assert_null (zt_spiffe_id_make ("m1", NULL, "laptop"));
  g_assert_false (zt_name_is_valid ("."));
  g_assert_true (zt_name_is_valid ("..."));
}

/* mTLS over TCP on 127.0.0.1 with GIO (glib-networking's GnuTLS backend): the hub serves
 * its certificate and requires one from the client, which it checks with
 * zt_ca_verify_peer(); the client trusts only the mesh CA. */
typedef struct {
  const Mesh      *mesh;
  const char      *expected_uri;
  const char      *server_identity;
  GTlsCertificate *server_cert;
  GTlsCertificate *client_cert;   /* NULL: the client presents none */
  GTlsDatabase    *client_db;
  char            *ca_path;       /* the file behind client_db */
  GTlsConnection  *server;
  GTlsConnection  *client;
  gboolean         server_done;
  gboolean         client_done;
  GError          *server_error;
  GError          *client_error;
  guint            accept_calls;
  GError          *verify_error;  /* what zt_ca_verify_peer said in the server's handler */
} Handshake;

static gboolean
on_server_accept_certificate (GTlsConnection       *conn,
                              GTlsCertificate      *peer,
                              GTlsCertificateFlags  errors,
                              gpointer              user_data)
{
  Handshake *h = user_data;
  g_autofree char *pem = NULL;

  h->accept_calls++;
  /* With no database, GIO can only say it does not know the issuer. */
  g_assert_cmpuint (errors, ==, G_TLS_CERTIFICATE_UNKNOWN_CA);
  g_object_get (peer, "certificate-pem", &pem, NULL);
  g_clear_error (&h->verify_error);
  return zt_ca_verify_peer (h->mesh->ca_cert, pem, 0, h->expected_uri, &h->verify_error);
}

static void
on_server_handshake (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Handshake *h = user_data;

  g_tls_connection_handshake_finish (G_TLS_CONNECTION (source), result, &h->server_error);
  h->server_done = TRUE;
}

static void
on_client_handshake (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Handshake *h = user_data;

  g_tls_connection_handshake_finish (G_TLS_CONNECTION (source), result, &h->client_error);
  h->client_done = TRUE;
}

static void
on_accepted (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Handshake *h = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnection) conn = g_socket_listener_accept_finish (G_SOCKET_LISTENER (source), result, NULL,
                                                                       &error);
  GIOStream *tls;

  g_assert_no_error (error);
  tls = g_tls_server_connection_new (G_IO_STREAM (conn), h->server_cert, &error);
  g_assert_no_error (error);
  h->server = G_TLS_CONNECTION (tls);
  g_object_set (tls, "authentication-mode", G_TLS_AUTHENTICATION_REQUIRED, NULL);
  /* No database: the server trusts nobody by itself, zt_ca_verify_peer() decides. */
  g_tls_connection_set_database (h->server, NULL);
  g_signal_connect (tls, "accept-certificate", G_CALLBACK (on_server_accept_certificate), h);
  g_tls_connection_handshake_async (h->server, G_PRIORITY_DEFAULT, NULL, on_server_handshake, h);
}

static void
on_connected (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Handshake *h = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketConnection) conn = g_socket_client_connect_finish (G_SOCKET_CLIENT (source), result, &error);
  g_autoptr(GSocketConnectable) identity = NULL;
  GInetSocketAddress *remote;
  GIOStream *tls;

  g_assert_no_error (error);
  remote = G_INET_SOCKET_ADDRESS (g_socket_connection_get_remote_address (conn, &error));
  g_assert_no_error (error);
  identity = g_network_address_new (h->server_identity, g_inet_socket_address_get_port (remote));
  g_object_unref (remote);
  tls = g_tls_client_connection_new (G_IO_STREAM (conn), identity, &error);
  g_assert_no_error (error);
  h->client = G_TLS_CONNECTION (tls);
  g_tls_connection_set_database (h->client, h->client_db);
  if (h->client_cert != NULL)
    g_tls_connection_set_certificate (h->client, h->client_cert);
  g_tls_connection_handshake_async (h->client, G_PRIORITY_DEFAULT, NULL, on_client_handshake, h);
}

static gboolean
on_timeout (gpointer user_data)
{
  g_error ("TLS handshake timed out");
  return G_SOURCE_REMOVE;
}

static void
handshake_clear (Handshake *h)
{
  if (h->server != NULL)
    g_io_stream_close (G_IO_STREAM (h->server), NULL, NULL);
  if (h->client != NULL)
    g_io_stream_close (G_IO_STREAM (h->client), NULL, NULL);
  g_clear_object (&h->server);
  g_clear_object (&h->client);
  g_clear_object (&h->server_cert);
  g_clear_object (&h->client_cert);
  g_clear_object (&h->client_db);
  if (h->ca_path != NULL)
    g_unlink (h->ca_path);
  g_clear_pointer (&h->ca_path, g_free);
  g_clear_error (&h->server_error);
  g_clear_error (&h->client_error);
  g_clear_error (&h->verify_error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Handshake, handshake_clear)

/* Runs both handshakes to their end. */
static void
run_handshake (Handshake  *h,
               const Mesh *mesh,
               const char *client_leaf,
               const char *client_key,
               const char *expected_uri)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketListener) listener = g_socket_listener_new ();
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any_port = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  guint timeout;
  int fd;

  h->mesh = mesh;
  h->expected_uri = expected_uri;
  if (h->server_identity == NULL)
    h->server_identity = "localhost";
  h->server_cert = zt_ca_tls_certificate_new (mesh->hub_cert, mesh->hub_key, &error);
  g_assert_no_error (error);
  if (client_leaf != NULL)
    {
      h->client_cert = zt_ca_tls_certificate_new (client_leaf, client_key, &error);
      g_assert_no_error (error);
    }
  /* g_tls_file_database_new() wants an absolute path, and glib-networking reads the file
   * again at each handshake: it has to stay until the end. */
  fd = g_file_open_tmp ("zt-ca-test-XXXXXX.pem", &h->ca_path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_path_is_absolute (h->ca_path));
  g_assert_true (g_file_set_contents (h->ca_path, mesh->ca_cert, -1, &error));
  h->client_db = g_tls_file_database_new (h->ca_path, &error);
  g_assert_no_error (error);

  g_assert_true (g_socket_listener_add_address (listener, any_port, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                                NULL, &bound, &error));
  g_assert_no_error (error);
  g_socket_listener_accept_async (listener, NULL, on_accepted, h);
  /* Straight to 127.0.0.1, not via whatever proxy the desktop has configured. */
  g_socket_client_set_enable_proxy (client, FALSE);
  g_socket_client_connect_async (client, G_SOCKET_CONNECTABLE (bound), NULL, on_connected, h);

  timeout = g_timeout_add_seconds (20, on_timeout, NULL);
  while (!h->server_done || !h->client_done)
    {
      g_main_context_iteration (NULL, TRUE);
      /* A side that gave up does not always tell the other (a client refusing the server
       * sends no alert), which would wait forever: hang up on its behalf. */
      if (h->client_done && h->client_error != NULL && !h->server_done)
        g_io_stream_close (G_IO_STREAM (h->client), NULL, NULL);
      if (h->server_done && h->server_error != NULL && !h->client_done)
        g_io_stream_close (G_IO_STREAM (h->server), NULL, NULL);
    }
  g_source_remove (timeout);
  g_socket_listener_close (listener);
}

static void
test_tls_mutual (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_auto(Handshake) h = { 0 };
  g_autoptr(GError) error = NULL;
  GTlsCertificate *peer;
  g_autofree char *peer_pem = NULL;
  g_autofree char *peer_id = NULL;
  char buf[5] = { 0 };
  gsize n = 0;

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  run_handshake (&h, m, m->leaf, m->agent_key, URI);
  g_assert_no_error (h.server_error);
  g_assert_no_error (h.client_error);
  g_assert_cmpuint (h.accept_calls, ==, 1);
  g_assert_no_error (h.verify_error);
  g_assert_cmpint (g_tls_connection_get_protocol_version (h.client), ==, G_TLS_PROTOCOL_VERSION_TLS_1_3);
  g_assert_cmpint (g_tls_connection_get_protocol_version (h.server), ==, G_TLS_PROTOCOL_VERSION_TLS_1_3);
  /* The client validated the hub against the CA and the name: no errors left over. */
  g_assert_cmpuint (g_tls_connection_get_peer_certificate_errors (h.client), ==, 0);

  peer = g_tls_connection_get_peer_certificate (h.server);
  g_assert_nonnull (peer);
  g_object_get (peer, "certificate-pem", &peer_pem, NULL);
  peer_id = zt_ca_get_spiffe_id (peer_pem, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (peer_id, ==, URI);

  /* And the channel carries data both ways. */
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (h.client)), "ping", 4, &n,
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_input_stream_read_all (g_io_stream_get_input_stream (G_IO_STREAM (h.server)), buf, 4, &n, NULL,
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpstr (buf, ==, "ping");
  g_assert_true (g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (h.server)), "pong", 4, &n,
                                            NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_input_stream_read_all (g_io_stream_get_input_stream (G_IO_STREAM (h.client)), buf, 4, &n, NULL,
                                          &error));
  g_assert_no_error (error);
  g_assert_cmpstr (buf, ==, "pong");
}

static void
test_tls_ip_identity (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_auto(Handshake) h = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  /* The client dials the address: the IP SAN must do. */
  h.server_identity = "127.0.0.1";
  run_handshake (&h, m, m->leaf, m->agent_key, URI);
  g_assert_no_error (h.server_error);
  g_assert_no_error (h.client_error);
  g_assert_cmpuint (g_tls_connection_get_peer_certificate_errors (h.client), ==, 0);
}

/* The client's handshake can end before the server has judged the client's certificate
 * (in TLS 1.3 the client's Finished comes last): the refusal may only reach it on read. */
static void
assert_client_refused (Handshake *h)
{
  g_autoptr(GError) error = NULL;
  char buf[16];
  gssize n;

  if (h->client_error != NULL)
    {
      g_test_message ("client handshake failed: %s", h->client_error->message);
      return;
    }
  g_io_stream_close (G_IO_STREAM (h->server), NULL, NULL);
  n = g_input_stream_read (g_io_stream_get_input_stream (G_IO_STREAM (h->client)), buf, sizeof buf, NULL, &error);
  g_assert_cmpint (n, <=, 0);
  g_test_message ("client handshake passed, then read gave %" G_GSSIZE_FORMAT ": %s", n,
                  error != NULL ? error->message : "end of stream");
}

static void
test_tls_wrong_identity (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_auto(Handshake) h = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  run_handshake (&h, m, m->leaf, m->agent_key, "spiffe://m1/user/bob/endpoint/pc");
  g_assert_cmpuint (h.accept_calls, ==, 1);
  assert_error (h.verify_error, ZT_ERROR_FORBIDDEN, "not the expected");
  g_assert_error (h.server_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  assert_client_refused (&h);
}

static void
test_tls_foreign_client (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) other = mesh_new (MESH, 10, 3600);
  g_auto(Handshake) h = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  run_handshake (&h, m, other->leaf, other->agent_key, URI);
  g_assert_cmpuint (h.accept_calls, ==, 1);
  assert_error (h.verify_error, ZT_ERROR_FORBIDDEN, "not issued by this mesh's CA");
  g_assert_error (h.server_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  assert_client_refused (&h);
}

static void
test_tls_no_client_cert (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_auto(Handshake) h = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  run_handshake (&h, m, NULL, NULL, URI);
  g_assert_cmpuint (h.accept_calls, ==, 0);
  g_assert_nonnull (h.server_error);
  g_test_message ("server saw: %s", h.server_error->message);
  assert_client_refused (&h);
}

static void
test_tls_foreign_server (void)
{
  g_autoptr(Mesh) m = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) other = mesh_new (MESH, 10, 3600);
  g_autoptr(Mesh) mixed = g_new0 (Mesh, 1);
  g_auto(Handshake) h = { 0 };

  if (!g_tls_backend_supports_tls (g_tls_backend_get_default ()))
    {
      g_test_skip ("no TLS backend (glib-networking) available");
      return;
    }
  /* A hub from another CA: the client, trusting only its own mesh CA, refuses it. */
  mixed->ca_cert = g_strdup (m->ca_cert);
  mixed->hub_cert = g_strdup (other->hub_cert);
  mixed->hub_key = g_strdup (other->hub_key);
  run_handshake (&h, mixed, m->leaf, m->agent_key, URI);
  g_assert_error (h.client_error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
  g_assert_nonnull (h.server_error);
  g_test_message ("server saw: %s", h.server_error->message);
  g_assert_cmpuint (h.accept_calls, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/ca/key", test_key);
  g_test_add_func ("/core/ca/ca-cert", test_ca_cert);
  g_test_add_func ("/core/ca/server-cert", test_server_cert);
  g_test_add_func ("/core/ca/sign-csr", test_sign_csr);
  g_test_add_func ("/core/ca/sign-csr/requests-ignored", test_csr_requests_ignored);
  g_test_add_func ("/core/ca/sign-csr/tampered", test_csr_tampered);
  g_test_add_func ("/core/ca/sign-csr/arguments", test_sign_csr_arguments);
  g_test_add_func ("/core/ca/fingerprint", test_fingerprint);
  g_test_add_func ("/core/ca/fingerprint/certtool", test_fingerprint_certtool);
  g_test_add_func ("/core/ca/spki-sha256", test_spki_sha256);
  g_test_add_func ("/core/ca/verify/expired", test_expired);
  g_test_add_func ("/core/ca/verify/other-ca", test_other_ca);
  g_test_add_func ("/core/ca/verify/tampered-leaf", test_tampered_leaf);
  g_test_add_func ("/core/ca/verify/remembered", test_remembered);
  g_test_add_func ("/core/ca/verify/uri-sans", test_spiffe_id_sans);
  g_test_add_func ("/core/ca/spiffe/parse", test_spiffe_parse);
  g_test_add_func ("/core/ca/spiffe/reject", test_spiffe_reject);
  g_test_add_func ("/core/ca/tls/mutual", test_tls_mutual);
  g_test_add_func ("/core/ca/tls/ip-identity", test_tls_ip_identity);
  g_test_add_func ("/core/ca/tls/wrong-identity", test_tls_wrong_identity);
  g_test_add_func ("/core/ca/tls/foreign-client", test_tls_foreign_client);
  g_test_add_func ("/core/ca/tls/no-client-cert", test_tls_no_client_cert);
  g_test_add_func ("/core/ca/tls/foreign-server", test_tls_foreign_server);

  return g_test_run ();
}
