/* zt-ca.c: the mesh CA: keys, CA/server/leaf certificates, CSRs, SPIFFE IDs, peer checks */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include <gnutls/abstract.h>
#include <gnutls/crypto.h>
#include <gnutls/x509.h>

#include "zt-ca.h"
#include "zt-util.h"
#include "zt-error.h"

#define SERIAL_LEN         16
#define NOT_BEFORE_SKEW    60                    /* s: tolerate peers whose clocks run behind */
#define MAX_DAYS           36500
#define MAX_LIFETIME_S     ((guint64) MAX_DAYS * 86400)
#define MAX_PEM            (1024 * 1024)         /* far above any certificate we make */
#define SHA256_LEN         32

G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_crt_t, gnutls_x509_crt_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_crq_t, gnutls_x509_crq_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_x509_privkey_t, gnutls_x509_privkey_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_privkey_t, gnutls_privkey_deinit, NULL)
G_DEFINE_AUTO_CLEANUP_FREE_FUNC (gnutls_pubkey_t, gnutls_pubkey_deinit, NULL)

/* Wiped before it is freed: some of these hold private keys. */
static void
datum_clear (gnutls_datum_t *d)
{
  if (d->data != NULL)
    {
      gnutls_memset (d->data, 0, d->size);
      gnutls_free (d->data);
    }
  d->size = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (gnutls_datum_t, datum_clear)

/* Sets @error from a GnuTLS return code; lets a sequence of calls be chained with ||. */
static gboolean
check (int          ret,
       const char  *what,
       GError     **error)
{
  if (ret >= 0)
    return TRUE;
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s: %s", what, gnutls_strerror (ret));
  return FALSE;
}

static gint64
now_s (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static char *
format_time (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  if (dt == NULL)
    return g_strdup_printf ("%" G_GINT64_FORMAT " (unix time)", t);
  return g_date_time_format (dt, "%Y-%m-%d %H:%M:%S UTC");
}

static char *
datum_to_string (const gnutls_datum_t *d)
{
  return g_strndup ((const char *) d->data, d->size);
}

static gboolean
pem_to_datum (const char      *pem,
              const char      *what,
              gnutls_datum_t  *out,
              GError         **error)
{
  gsize len = pem != NULL ? strlen (pem) : 0;

  if (len == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "no %s given", what);
      return FALSE;
    }
  if (len > MAX_PEM)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the %s is too large (%" G_GSIZE_FORMAT " bytes)",
                   what, len);
      return FALSE;
    }
  out->data = (unsigned char *) pem;
  out->size = (unsigned int) len;
  return TRUE;
}

/* @code is what a parse failure means to the caller: a bad argument, or (for what a peer
 * sent) a refusal. */
static gnutls_x509_crt_t
import_crt (const char  *pem,
            const char  *what,
            int          code,
            GError     **error)
{
  g_auto(gnutls_x509_crt_t) crt = NULL;
  gnutls_datum_t d;
  int ret;

  if (!pem_to_datum (pem, what, &d, error))
    return NULL;
  if (!check (gnutls_x509_crt_init (&crt), "gnutls_x509_crt_init", error))
    return NULL;
  if ((ret = gnutls_x509_crt_import (crt, &d, GNUTLS_X509_FMT_PEM)) < 0)
    {
      g_set_error (error, ZT_ERROR, code, "cannot read the %s: %s", what, gnutls_strerror (ret));
      return NULL;
    }
  return g_steal_pointer (&crt);
}

static gnutls_privkey_t
import_privkey (const char  *pem,
                const char  *what,
                GError     **error)
{
  g_auto(gnutls_privkey_t) key = NULL;
  gnutls_datum_t d;
  int ret;

  if (!pem_to_datum (pem, what, &d, error))
    return NULL;
  if (!check (gnutls_privkey_init (&key), "gnutls_privkey_init", error))
    return NULL;
  /* Takes PKCS#8 as well as the older PKCS#1 and SEC1 encodings. */
  if ((ret = gnutls_privkey_import_x509_raw (key, &d, GNUTLS_X509_FMT_PEM, NULL, 0)) < 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot read the %s: %s", what,
                   gnutls_strerror (ret));
      return NULL;
    }
  return g_steal_pointer (&key);
}

static gnutls_pubkey_t
pubkey_of_privkey (gnutls_privkey_t   key,
                   GError           **error)
{
  g_auto(gnutls_pubkey_t) pub = NULL;

  if (!check (gnutls_pubkey_init (&pub), "gnutls_pubkey_init", error) ||
      !check (gnutls_pubkey_import_privkey (pub, key, 0, 0), "deriving the public key", error))
    return NULL;
  return g_steal_pointer (&pub);
}

static gnutls_pubkey_t
pubkey_of_crt (gnutls_x509_crt_t   crt,
               GError            **error)
{
  g_auto(gnutls_pubkey_t) pub = NULL;

  if (!check (gnutls_pubkey_init (&pub), "gnutls_pubkey_init", error) ||
      !check (gnutls_pubkey_import_x509 (pub, crt, 0), "reading the certificate's public key", error))
    return NULL;
  return g_steal_pointer (&pub);
}

/* SHA-256 over the SubjectPublicKeyInfo: equal ids mean the same key. */
static gboolean
key_id (gnutls_pubkey_t   pub,
        guchar            out[SHA256_LEN],
        GError          **error)
{
  size_t size = SHA256_LEN;

  return check (gnutls_pubkey_get_key_id (pub, GNUTLS_KEYID_USE_SHA256, out, &size), "computing a key id",
                error);
}

static gboolean
same_key (gnutls_pubkey_t   a,
          gnutls_pubkey_t   b,
          gboolean         *same,
          GError          **error)
{
  guchar ida[SHA256_LEN], idb[SHA256_LEN];

  if (!key_id (a, ida, error) || !key_id (b, idb, error))
    return FALSE;
  *same = memcmp (ida, idb, SHA256_LEN) == 0;
  return TRUE;
}

/* Signing with a key that is not the issuer's would give certificates that never verify:
 * catch the mix-up where it happens. */
static gboolean
check_key_matches (gnutls_x509_crt_t   crt,
                   gnutls_privkey_t    key,
                   const char         *what,
                   GError            **error)
{
  g_auto(gnutls_pubkey_t) crt_pub = NULL;
  g_auto(gnutls_pubkey_t) key_pub = NULL;
  gboolean same = FALSE;

  if ((crt_pub = pubkey_of_crt (crt, error)) == NULL ||
      (key_pub = pubkey_of_privkey (key, error)) == NULL ||
      !same_key (crt_pub, key_pub, &same, error))
    return FALSE;
  if (!same)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the %s does not belong to the certificate", what);
      return FALSE;
    }
  return TRUE;
}

static gnutls_digest_algorithm_t
signing_hash (gnutls_pubkey_t pub)
{
  gnutls_digest_algorithm_t dig = GNUTLS_DIG_SHA256;

  /* SHA-256 for P-256 and RSA; what the curve needs for P-384 and EdDSA. */
  if (gnutls_pubkey_get_preferred_hash_algorithm (pub, &dig, NULL) < 0)
    dig = GNUTLS_DIG_SHA256;
  return dig;
}

static gboolean
is_ca (gnutls_x509_crt_t crt)
{
  unsigned int critical = 0, ca = 0;
  int pathlen = -1;

  return gnutls_x509_crt_get_basic_constraints (crt, &critical, &ca, &pathlen) >= 0 && ca;
}

/* Only key types that are strong enough today; everything else is refused rather than
 * certified and then silently rejected by some TLS peer. */
static gboolean
check_key_strength (gnutls_pubkey_t   pub,
                    GError          **error)
{
  unsigned int bits = 0;
  int pk = gnutls_pubkey_get_pk_algorithm (pub, &bits);

  switch (pk)
    {
    case GNUTLS_PK_ECDSA:
      if (bits >= 256)
        return TRUE;
      break;
    case GNUTLS_PK_RSA:
      if (bits >= 2048)
        return TRUE;
      break;
    case GNUTLS_PK_EDDSA_ED25519:
    case GNUTLS_PK_EDDSA_ED448:
      return TRUE;
    default:
      break;
    }
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the key (%s, %u bits) is not acceptable: use EC P-256 or "
               "stronger, RSA 2048 or larger, or Ed25519", pk > 0 ? gnutls_pk_get_name (pk) : "unknown", bits);
  return FALSE;
}

static gboolean
set_random_serial (gnutls_x509_crt_t   crt,
                   GError            **error)
{
  guchar serial[SERIAL_LEN];

  if (!check (gnutls_rnd (GNUTLS_RND_RANDOM, serial, sizeof serial), "gnutls_rnd", error))
    return FALSE;
  /* A positive INTEGER without a leading zero byte, so the DER carries all 16 bytes. */
  serial[0] &= 0x7f;
  if (serial[0] == 0)
    serial[0] = 0x01;
  return check (gnutls_x509_crt_set_serial (crt, serial, sizeof serial), "setting the serial", error);
}

static gboolean
set_dn (gnutls_x509_crt_t   crt,
        const char         *organization,
        const char         *common_name,
        GError            **error)
{
  return check (gnutls_x509_crt_set_dn_by_oid (crt, GNUTLS_OID_X520_ORGANIZATION_NAME, 0, organization,
                                               strlen (organization)), "setting the subject", error) &&
         check (gnutls_x509_crt_set_dn_by_oid (crt, GNUTLS_OID_X520_COMMON_NAME, 0, common_name,
                                               strlen (common_name)), "setting the subject", error);
}

static gboolean
set_subject_key_id (gnutls_x509_crt_t   crt,
                    gnutls_pubkey_t     pub,
                    GError            **error)
{
  guchar id[64];
  size_t size = sizeof id;

  /* RFC 5280 method 1 (SHA-1 of the key), what the rest of the world computes. */
  return check (gnutls_pubkey_get_key_id (pub, GNUTLS_KEYID_USE_SHA1, id, &size), "computing the key id", error) &&
         check (gnutls_x509_crt_set_subject_key_id (crt, id, size), "setting the subject key id", error);
}

static gboolean
set_uri_san (gnutls_x509_crt_t   crt,
             const char         *uri,
             GError            **error)
{
  return check (gnutls_x509_crt_set_subject_alt_name (crt, GNUTLS_SAN_URI, uri, strlen (uri), GNUTLS_FSAN_APPEND),
                "adding the URI SAN", error);
}

static char *
export_crt (gnutls_x509_crt_t   crt,
            GError            **error)
{
  g_auto(gnutls_datum_t) out = { NULL, 0 };

  if (!check (gnutls_x509_crt_export2 (crt, GNUTLS_X509_FMT_PEM, &out), "exporting the certificate", error))
    return NULL;
  return datum_to_string (&out);
}

/* The only URI SAN of @crt, which must be a spiffe:// URI without NULs. */
static char *
crt_spiffe_id (gnutls_x509_crt_t   crt,
               int                 code,
               GError            **error)
{
  g_autofree char *found = NULL;
  guint n_uris = 0;

  for (unsigned int seq = 0;; seq++)
    {
      g_autofree char *buf = NULL;
      size_t size = 0;
      unsigned int type = 0;
      int ret = gnutls_x509_crt_get_subject_alt_name2 (crt, seq, NULL, &size, &type, NULL);

      if (ret == GNUTLS_E_REQUESTED_DATA_NOT_AVAILABLE)
        break;
      if (ret != GNUTLS_E_SHORT_MEMORY_BUFFER && !check (ret, "reading the subject alternative names", error))
        return NULL;
      if (type != GNUTLS_SAN_URI)
        continue;
      n_uris++;
      /* GnuTLS asked for room for a terminating NUL; it then reports the length without it. */
      buf = g_malloc0 (size + 1);
      if (!check (gnutls_x509_crt_get_subject_alt_name2 (crt, seq, buf, &size, &type, NULL),
                  "reading the subject alternative names", error))
        return NULL;
      if (strlen (buf) != size)
        {
          g_set_error (error, ZT_ERROR, code, "the certificate has a URI SAN with a NUL byte in it");
          return NULL;
        }
      g_free (found);
      found = g_steal_pointer (&buf);
    }

  if (n_uris == 0)
    {
      g_set_error (error, ZT_ERROR, code, "the certificate has no URI SAN, so no SPIFFE ID");
      return NULL;
    }
  if (n_uris > 1)
    {
      /* X509-SVID section 2: validators must reject more than one URI SAN. */
      g_set_error (error, ZT_ERROR, code, "the certificate has %u URI SANs; a SPIFFE ID must be the only one",
                   n_uris);
      return NULL;
    }
  if (!g_str_has_prefix (found, ZT_SPIFFE_SCHEME))
    {
      g_autofree char *q = zt_quote (found);

      g_set_error (error, ZT_ERROR, code, "the certificate's URI SAN %s is not a SPIFFE ID", q);
      return NULL;
    }
  return g_steal_pointer (&found);
}

/* The mesh (trust domain) of a CA certificate: its SPIFFE ID spiffe://<mesh>. */
static char *
crt_mesh (gnutls_x509_crt_t   ca,
          GError            **error)
{
  g_autofree char *id = NULL;
  const char *mesh;

  if (!is_ca (ca))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the mesh CA certificate is not a CA certificate");
      return NULL;
    }
  if ((id = crt_spiffe_id (ca, ZT_ERROR_INVALID_ARGUMENT, error)) == NULL)
    {
      g_prefix_error (error, "not a mesh CA certificate: ");
      return NULL;
    }
  mesh = id + strlen (ZT_SPIFFE_SCHEME);
  if (!zt_name_is_valid (mesh))
    {
      g_autofree char *q = zt_quote (id);

      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "not a mesh CA certificate: its SPIFFE ID %s "
                   "is not spiffe://<mesh>", q);
      return NULL;
    }
  return g_strdup (mesh);
}

char *
zt_ca_generate_key_pem (GError **error)
{
  g_auto(gnutls_x509_privkey_t) key = NULL;
  g_auto(gnutls_datum_t) out = { NULL, 0 };

  if (!check (gnutls_x509_privkey_init (&key), "gnutls_x509_privkey_init", error) ||
      !check (gnutls_x509_privkey_generate2 (key, GNUTLS_PK_EDDSA_ED25519, GNUTLS_CURVE_TO_BITS (GNUTLS_ECC_CURVE_ED25519),
                                             0, NULL, 0), "generating an Ed25519 key", error) ||
      !check (gnutls_x509_privkey_export2_pkcs8 (key, GNUTLS_X509_FMT_PEM, NULL, GNUTLS_PKCS_PLAIN, &out),
              "exporting the key", error))
    return NULL;
  return datum_to_string (&out);
}

char *
zt_ca_create_ca_pem (const char  *key_pem,
                     const char  *mesh,
                     guint        days,
                     GError     **error)
{
  g_auto(gnutls_privkey_t) key = NULL;
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_autofree char *cn = NULL;
  g_autofree char *uri = NULL;
  gint64 now = now_s ();

  if (!zt_name_is_valid (mesh))
    {
      g_autofree char *q = zt_quote (mesh);

      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "invalid mesh name %s: use 1 to %d of A-Z a-z 0-9 . _ -",
                   q, ZT_NAME_MAX);
      return NULL;
    }
  if (days == 0 || days > MAX_DAYS)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "a CA must be valid for 1 to %d days, not %u", MAX_DAYS,
                   days);
      return NULL;
    }
  if ((key = import_privkey (key_pem, "CA private key", error)) == NULL ||
      (pub = pubkey_of_privkey (key, error)) == NULL ||
      !check_key_strength (pub, error))
    return NULL;

  cn = g_strdup_printf ("zt4mcp mesh CA %s", mesh);
  uri = g_strconcat (ZT_SPIFFE_SCHEME, mesh, NULL);
  if (!check (gnutls_x509_crt_init (&crt), "gnutls_x509_crt_init", error) ||
      !check (gnutls_x509_crt_set_version (crt, 3), "setting the version", error) ||
      !set_random_serial (crt, error) ||
      !set_dn (crt, mesh, cn, error) ||
      !check (gnutls_x509_crt_set_pubkey (crt, pub), "setting the public key", error) ||
      !check (gnutls_x509_crt_set_activation_time (crt, (time_t) (now - NOT_BEFORE_SKEW)), "setting not-before",
              error) ||
      !check (gnutls_x509_crt_set_expiration_time (crt, (time_t) (now + (gint64) days * 86400)),
              "setting not-after", error) ||
      /* pathLen 0: the mesh CA signs leaves only, never a sub-CA. */
      !check (gnutls_x509_crt_set_basic_constraints (crt, 1, 0), "setting basic constraints", error) ||
      !check (gnutls_x509_crt_set_key_usage (crt, GNUTLS_KEY_KEY_CERT_SIGN | GNUTLS_KEY_CRL_SIGN),
              "setting key usage", error) ||
      !set_subject_key_id (crt, pub, error) ||
      /* The trust domain's SPIFFE ID: where zt_ca_get_mesh() reads the mesh name back. */
      !set_uri_san (crt, uri, error) ||
      !check (gnutls_x509_crt_privkey_sign (crt, crt, key, signing_hash (pub), 0), "self-signing the CA", error))
    return NULL;
  return export_crt (crt, error);
}

char *
zt_ca_get_mesh (const char  *ca_cert_pem,
                GError     **error)
{
  g_auto(gnutls_x509_crt_t) ca = import_crt (ca_cert_pem, "CA certificate", ZT_ERROR_INVALID_ARGUMENT, error);

  return ca != NULL ? crt_mesh (ca, error) : NULL;
}

/* The CA as the issuer of a new certificate. */
typedef struct {
  gnutls_x509_crt_t crt;
  gnutls_privkey_t  key;
  gnutls_pubkey_t   pub;
  char             *mesh;
  gint64            not_after;
} Issuer;

static void
issuer_clear (Issuer *self)
{
  g_clear_pointer (&self->crt, gnutls_x509_crt_deinit);
  g_clear_pointer (&self->key, gnutls_privkey_deinit);
  g_clear_pointer (&self->pub, gnutls_pubkey_deinit);
  g_clear_pointer (&self->mesh, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Issuer, issuer_clear)

static gboolean
issuer_load (Issuer      *self,
             const char  *ca_cert_pem,
             const char  *ca_key_pem,
             gint64       now,
             GError     **error)
{
  if ((self->crt = import_crt (ca_cert_pem, "CA certificate", ZT_ERROR_INVALID_ARGUMENT, error)) == NULL ||
      (self->mesh = crt_mesh (self->crt, error)) == NULL ||
      (self->key = import_privkey (ca_key_pem, "CA private key", error)) == NULL ||
      !check_key_matches (self->crt, self->key, "CA private key", error) ||
      (self->pub = pubkey_of_privkey (self->key, error)) == NULL)
    return FALSE;

  self->not_after = gnutls_x509_crt_get_expiration_time (self->crt);
  if (self->not_after == (time_t) -1)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot read the CA certificate's expiry");
      return FALSE;
    }
  if (self->not_after <= now)
    {
      g_autofree char *when = format_time (self->not_after);

      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "the mesh CA expired on %s", when);
      return FALSE;
    }
  return TRUE;
}

/* What every certificate the CA issues has: a fresh serial, the validity (never past the
 * CA's own not-after: such a tail could never verify), not a CA, digitalSignature only,
 * key ids linking it to the CA. */
static gboolean
issuer_init_crt (Issuer             *self,
                 gnutls_x509_crt_t   crt,
                 gnutls_pubkey_t     pub,
                 gint64              now,
                 guint64             lifetime_s,
                 GError            **error)
{
  guchar aki[64];
  size_t aki_size = sizeof aki;
  unsigned int critical = 0;
  gint64 not_after = MIN (now + (gint64) lifetime_s, self->not_after);

  if (gnutls_x509_crt_get_subject_key_id (self->crt, aki, &aki_size, &critical) < 0)
    {
      aki_size = sizeof aki;
      if (!check (gnutls_pubkey_get_key_id (self->pub, GNUTLS_KEYID_USE_SHA1, aki, &aki_size),
                  "computing the CA key id", error))
        return FALSE;
    }

  return check (gnutls_x509_crt_set_version (crt, 3), "setting the version", error) &&
         set_random_serial (crt, error) &&
         check (gnutls_x509_crt_set_pubkey (crt, pub), "setting the public key", error) &&
         check (gnutls_x509_crt_set_activation_time (crt, (time_t) (now - NOT_BEFORE_SKEW)), "setting not-before",
                error) &&
         check (gnutls_x509_crt_set_expiration_time (crt, (time_t) not_after), "setting not-after", error) &&
         check (gnutls_x509_crt_set_basic_constraints (crt, 0, -1), "setting basic constraints", error) &&
         check (gnutls_x509_crt_set_key_usage (crt, GNUTLS_KEY_DIGITAL_SIGNATURE), "setting key usage", error) &&
         set_subject_key_id (crt, pub, error) &&
         check (gnutls_x509_crt_set_authority_key_id (crt, aki, aki_size), "setting the authority key id", error);
}

static char *
issuer_sign (Issuer             *self,
             gnutls_x509_crt_t   crt,
             GError            **error)
{
  if (!check (gnutls_x509_crt_privkey_sign (crt, self->crt, self->key, signing_hash (self->pub), 0),
              "signing the certificate", error))
    return NULL;
  return export_crt (crt, error);
}

/* A DNS name as it may appear in a dNSName SAN: LDH labels, no wildcard, no trailing dot. */
static gboolean
dns_name_is_valid (const char *name)
{
  g_auto(GStrv) labels = NULL;
  gsize len = strlen (name);

  if (len == 0 || len > 253)
    return FALSE;
  labels = g_strsplit (name, ".", -1);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      const char *l = labels[i];
      gsize n = strlen (l);

      if (n == 0 || n > 63 || l[0] == '-' || l[n - 1] == '-')
        return FALSE;
      for (gsize k = 0; k < n; k++)
        if (!g_ascii_isalnum (l[k]) && l[k] != '-')
          return FALSE;
    }
  return TRUE;
}

static gboolean
add_name_san (gnutls_x509_crt_t   crt,
              const char         *name,
              GError            **error)
{
  g_autofree char *ascii = NULL;
  g_autofree char *q = zt_quote (name);

  if (g_hostname_is_ip_address (name))
    {
      g_autoptr(GInetAddress) addr = g_inet_address_new_from_string (name);

      if (addr == NULL)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "invalid IP address %s", q);
          return FALSE;
        }
      /* The SAN holds the 4 or 16 address bytes, not the text. */
      return check (gnutls_x509_crt_set_subject_alt_name (crt, GNUTLS_SAN_IPADDRESS, g_inet_address_to_bytes (addr),
                                                          g_inet_address_get_native_size (addr), GNUTLS_FSAN_APPEND),
                    "adding an IP address SAN", error);
    }

  ascii = g_hostname_is_non_ascii (name) ? g_hostname_to_ascii (name) : g_strdup (name);
  if (ascii == NULL || !dns_name_is_valid (ascii))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "%s is neither an IP address nor a DNS name "
                   "(wildcards are not issued)", q);
      return FALSE;
    }
  return check (gnutls_x509_crt_set_subject_alt_name (crt, GNUTLS_SAN_DNSNAME, ascii, strlen (ascii),
                                                      GNUTLS_FSAN_APPEND), "adding a DNS SAN", error);
}

char *
zt_ca_issue_server_pem (const char         *ca_cert_pem,
                        const char         *ca_key_pem,
                        const char         *key_pem,
                        const char * const *names,
                        guint               days,
                        GError            **error)
{
  g_auto(Issuer) issuer = { 0 };
  g_auto(gnutls_privkey_t) key = NULL;
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_autofree char *uri = NULL;
  gint64 now = now_s ();

  if (days == 0 || days > MAX_DAYS)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "a server certificate must be valid for 1 to %d days, "
                   "not %u", MAX_DAYS, days);
      return NULL;
    }
  if (!issuer_load (&issuer, ca_cert_pem, ca_key_pem, now, error) ||
      (key = import_privkey (key_pem, "server private key", error)) == NULL ||
      (pub = pubkey_of_privkey (key, error)) == NULL ||
      !check_key_strength (pub, error))
    return NULL;

  uri = g_strconcat (ZT_SPIFFE_SCHEME, issuer.mesh, "/hub", NULL);
  if (!check (gnutls_x509_crt_init (&crt), "gnutls_x509_crt_init", error) ||
      !issuer_init_crt (&issuer, crt, pub, now, (guint64) days * 86400, error) ||
      !set_dn (crt, issuer.mesh, "hub", error) ||
      !check (gnutls_x509_crt_set_key_purpose_oid (crt, GNUTLS_KP_TLS_WWW_SERVER, 0), "setting extended key usage",
              error))
    return NULL;
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    if (!add_name_san (crt, names[i], error))
      return NULL;
  if (!set_uri_san (crt, uri, error))
    return NULL;
  return issuer_sign (&issuer, crt, error);
}

char *
zt_ca_create_csr_pem (const char  *key_pem,
                      const char  *common_name,
                      GError     **error)
{
  g_auto(gnutls_privkey_t) key = NULL;
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crq_t) crq = NULL;
  g_auto(gnutls_datum_t) out = { NULL, 0 };

  if (!zt_name_is_valid (common_name))
    {
      g_autofree char *q = zt_quote (common_name);

      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "invalid endpoint name %s: use 1 to %d of "
                   "A-Z a-z 0-9 . _ -", q, ZT_NAME_MAX);
      return NULL;
    }
  if ((key = import_privkey (key_pem, "private key", error)) == NULL ||
      (pub = pubkey_of_privkey (key, error)) == NULL ||
      !check (gnutls_x509_crq_init (&crq), "gnutls_x509_crq_init", error) ||
      !check (gnutls_x509_crq_set_version (crq, 1), "setting the version", error) ||
      !check (gnutls_x509_crq_set_dn_by_oid (crq, GNUTLS_OID_X520_COMMON_NAME, 0, common_name, strlen (common_name)),
              "setting the subject", error) ||
      !check (gnutls_x509_crq_set_pubkey (crq, pub), "setting the public key", error) ||
      !check (gnutls_x509_crq_privkey_sign (crq, key, signing_hash (pub), 0), "signing the CSR", error) ||
      !check (gnutls_x509_crq_export2 (crq, GNUTLS_X509_FMT_PEM, &out), "exporting the CSR", error))
    return NULL;
  return datum_to_string (&out);
}

char *
zt_ca_sign_csr_pem (const char  *ca_cert_pem,
                    const char  *ca_key_pem,
                    const char  *csr_pem,
                    const char  *spiffe_uri,
                    guint64      lifetime_s,
                    GError     **error)
{
  g_auto(Issuer) issuer = { 0 };
  g_auto(gnutls_x509_crq_t) crq = NULL;
  g_auto(gnutls_pubkey_t) pub = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_autofree char *mesh = NULL;
  g_autofree char *user = NULL;
  g_autofree char *endpoint = NULL;
  gnutls_datum_t d;
  gboolean same = FALSE;
  gint64 now = now_s ();
  int ret;

  if (!zt_spiffe_id_parse (spiffe_uri, &mesh, &user, &endpoint, error))
    return NULL;
  if (lifetime_s == 0 || lifetime_s > MAX_LIFETIME_S)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "a certificate lifetime must be 1 to %" G_GUINT64_FORMAT
                   " s, not %" G_GUINT64_FORMAT, MAX_LIFETIME_S, lifetime_s);
      return NULL;
    }
  if (!issuer_load (&issuer, ca_cert_pem, ca_key_pem, now, error))
    return NULL;
  if (strcmp (mesh, issuer.mesh) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "%s is not in this CA's mesh \"%s\"", spiffe_uri,
                   issuer.mesh);
      return NULL;
    }

  if (!pem_to_datum (csr_pem, "CSR", &d, error) ||
      !check (gnutls_x509_crq_init (&crq), "gnutls_x509_crq_init", error))
    return NULL;
  if ((ret = gnutls_x509_crq_import (crq, &d, GNUTLS_X509_FMT_PEM)) < 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot read the CSR: %s", gnutls_strerror (ret));
      return NULL;
    }
  /* Proof that whoever sent it holds the private key of the key being certified. */
  if ((ret = gnutls_x509_crq_verify (crq, 0)) < 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "the CSR's signature does not verify: %s",
                   gnutls_strerror (ret));
      return NULL;
    }
  if (!check (gnutls_pubkey_init (&pub), "gnutls_pubkey_init", error) ||
      !check (gnutls_pubkey_import_x509_crq (pub, crq, 0), "reading the CSR's public key", error) ||
      !check_key_strength (pub, error) ||
      !same_key (pub, issuer.pub, &same, error))
    return NULL;
  if (same)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "the CSR is for the CA's own key");
      return NULL;
    }

  /* Only the public key comes from the CSR: the subject, SAN and every extension are ours,
   * whatever the CSR asked for (no gnutls_x509_crt_set_crq*). */
  if (!check (gnutls_x509_crt_init (&crt), "gnutls_x509_crt_init", error) ||
      !issuer_init_crt (&issuer, crt, pub, now, lifetime_s, error) ||
      !set_dn (crt, mesh, endpoint, error) ||
      !check (gnutls_x509_crt_set_key_purpose_oid (crt, GNUTLS_KP_TLS_WWW_CLIENT, 0), "setting extended key usage",
              error) ||
      !check (gnutls_x509_crt_set_key_purpose_oid (crt, GNUTLS_KP_TLS_WWW_SERVER, 0), "setting extended key usage",
              error) ||
      !set_uri_san (crt, spiffe_uri, error))
    return NULL;
  return issuer_sign (&issuer, crt, error);
}

/* SHA-256 of the certificate (its DER) or of its public key (the DER SubjectPublicKeyInfo,
 * GNUTLS_KEYID_USE_SHA256, as in HPKP), 64 lowercase hex digits. */
static char *
cert_sha256 (const char  *cert_pem,
             gboolean     of_key,
             GError     **error)
{
  g_auto(gnutls_x509_crt_t) crt = import_crt (cert_pem, "certificate", ZT_ERROR_INVALID_ARGUMENT, error);
  guchar digest[SHA256_LEN];
  size_t size = sizeof digest;
  GString *hex;

  if (crt == NULL ||
      !check (of_key ? gnutls_x509_crt_get_key_id (crt, GNUTLS_KEYID_USE_SHA256, digest, &size)
                     : gnutls_x509_crt_get_fingerprint (crt, GNUTLS_DIG_SHA256, digest, &size),
              of_key ? "hashing the public key" : "computing the fingerprint", error))
    return NULL;
  hex = g_string_sized_new (2 * size + 1);
  for (size_t i = 0; i < size; i++)
    g_string_append_printf (hex, "%02x", digest[i]);
  return g_string_free (hex, FALSE);
}

char *
zt_ca_fingerprint (const char  *cert_pem,
                   GError     **error)
{
  return cert_sha256 (cert_pem, FALSE, error);
}

char *
zt_ca_spki_sha256 (const char  *cert_pem,
                   GError     **error)
{
  return cert_sha256 (cert_pem, TRUE, error);
}

char *
zt_ca_get_spiffe_id (const char  *cert_pem,
                     GError     **error)
{
  g_auto(gnutls_x509_crt_t) crt = import_crt (cert_pem, "certificate", ZT_ERROR_INVALID_ARGUMENT, error);

  return crt != NULL ? crt_spiffe_id (crt, ZT_ERROR_INVALID_ARGUMENT, error) : NULL;
}

static gboolean
forbidden (GError     **error,
           const char  *format,
           ...) G_GNUC_PRINTF (2, 3);

static gboolean
forbidden (GError     **error,
           const char  *format,
           ...)
{
  va_list args;
  GError *e;

  va_start (args, format);
  e = g_error_new_valist (ZT_ERROR, ZT_ERROR_FORBIDDEN, format, args);
  va_end (args);
  g_propagate_error (error, e);
  return FALSE;
}

static gboolean
check_times (gint64       not_before,
             gint64       not_after,
             gint64       now,
             const char  *what,
             GError     **error)
{
  if (not_before == (time_t) -1 || not_after == (time_t) -1)
    return forbidden (error, "%s has an unreadable validity period", what);
  if (now > not_after)
    {
      g_autofree char *when = format_time (not_after);

      return forbidden (error, "%s expired on %s", what, when);
    }
  if (now < not_before)
    {
      g_autofree char *when = format_time (not_before);

      return forbidden (error, "%s is not valid before %s", what, when);
    }
  return TRUE;
}

static gboolean
check_validity (gnutls_x509_crt_t   crt,
                gint64              now,
                const char         *what,
                GError            **error)
{
  return check_times (gnutls_x509_crt_get_activation_time (crt), gnutls_x509_crt_get_expiration_time (crt), now,
                      what, error);
}

/* A certificate, once found good against a CA, is good the next time as far as its texts go: a member
 * presents the same certificate on every mesh stream and every leg to the hub, and checking
 * it is a signature verification (for a P-256 CA about 2 million instructions with Debian 12's
 * nettle, 0.5-0.7 ms here), one of the two in each side's part of a handshake. So good signatures are
 * remembered by the SHA-256 of both texts (the CA's and the certificate's, each with its
 * length, so no two pairs read alike): the same texts parse to the same certificates, whose
 * verification gives the same answer. What is remembered is what the texts say: the
 * signature is good, the CA's mesh, the certificate's identity and both validity periods
 * (parsing the two PEM texts again cost about 0.3 million instructions each). The times
 * against the clock, the identity against the one expected and the mesh are checked on every
 * call, and only a certificate that passed every check is remembered (so a stranger's
 * certificates cannot fill it; only certificates the CA signed can). Bounded: emptied when
 * full. Any thread: the hub checks legs in several. */
#define SIGNED_CACHE_MAX 512

typedef struct {
  char   *mesh;      /* the CA's */
  char   *id;        /* the certificate's SPIFFE ID */
  gint64  ca_from, ca_until, from, until;
} Verified;

static void
verified_free (Verified *v)
{
  g_free (v->mesh);
  g_free (v->id);
  g_free (v);
}

static GMutex      signed_lock;
static GHashTable *signed_cache;  /* 32-byte digest (GBytes) -> Verified */

static GBytes *
signed_key (const char *ca_cert_pem,
            const char *cert_pem)
{
  ZtSha256 *sum = zt_sha256_new ();
  guint64 lens[2] = { GUINT64_TO_LE (strlen (ca_cert_pem)), GUINT64_TO_LE (strlen (cert_pem)) };
  guint8 digest[32];

  zt_sha256_update (sum, lens, sizeof lens);
  zt_sha256_update (sum, ca_cert_pem, -1);
  zt_sha256_update (sum, cert_pem, -1);
  zt_sha256_finish (sum, digest);
  return g_bytes_new (digest, sizeof digest);
}

/* A copy of what is remembered of @key, or NULL. */
static Verified *
signed_known (GBytes *key)
{
  Verified *v = NULL, *copy = NULL;

  g_mutex_lock (&signed_lock);
  if (signed_cache != NULL && (v = g_hash_table_lookup (signed_cache, key)) != NULL)
    {
      copy = g_memdup2 (v, sizeof *v);
      copy->mesh = g_strdup (v->mesh);
      copy->id = g_strdup (v->id);
    }
  g_mutex_unlock (&signed_lock);
  return copy;
}

static void
signed_remember (GBytes            *key,
                 const char        *mesh,
                 const char        *id,
                 gnutls_x509_crt_t  ca,
                 gnutls_x509_crt_t  crt)
{
  Verified *v = g_new0 (Verified, 1);

  v->mesh = g_strdup (mesh);
  v->id = g_strdup (id);
  v->ca_from = gnutls_x509_crt_get_activation_time (ca);
  v->ca_until = gnutls_x509_crt_get_expiration_time (ca);
  v->from = gnutls_x509_crt_get_activation_time (crt);
  v->until = gnutls_x509_crt_get_expiration_time (crt);
  g_mutex_lock (&signed_lock);
  if (signed_cache == NULL)
    signed_cache = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref,
                                          (GDestroyNotify) verified_free);
  if (g_hash_table_size (signed_cache) >= SIGNED_CACHE_MAX)
    g_hash_table_remove_all (signed_cache);
  g_hash_table_replace (signed_cache, g_bytes_ref (key), v);
  g_mutex_unlock (&signed_lock);
}

guint
_zt_ca_signed_cache_size (void)
{
  guint n;

  g_mutex_lock (&signed_lock);
  n = signed_cache != NULL ? g_hash_table_size (signed_cache) : 0;
  g_mutex_unlock (&signed_lock);
  return n;
}

/* @id (a certificate's) is of @mesh, and @expected_uri if one is given. */
static gboolean
check_identity (const char  *mesh,
                const char  *id,
                const char  *expected_uri,
                GError     **error)
{
  g_autofree char *prefix = g_strconcat (ZT_SPIFFE_SCHEME, mesh, "/", NULL);

  if (!g_str_has_prefix (id, prefix))
    {
      g_autofree char *q = zt_quote (id);

      return forbidden (error, "certificate identity %s is not in mesh %s", q, mesh);
    }
  if (expected_uri != NULL && strcmp (id, expected_uri) != 0)
    {
      g_autofree char *q = zt_quote (id);
      g_autofree char *qe = zt_quote (expected_uri);

      return forbidden (error, "certificate identity %s is not the expected %s", q, qe);
    }
  return TRUE;
}

gboolean
zt_ca_verify_peer (const char  *ca_cert_pem,
                   const char  *cert_pem,
                   gint64       now,
                   const char  *expected_uri,
                   GError     **error)
{
  g_auto(gnutls_x509_crt_t) ca = NULL;
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_autofree char *mesh = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GBytes) key = NULL;
  Verified *known;
  unsigned int status = 0;
  int ret;

  if (now == 0)
    now = now_s ();
  key = signed_key (ca_cert_pem, cert_pem);
  if ((known = signed_known (key)) != NULL)
    {
      gboolean ok = check_times (known->ca_from, known->ca_until, now, "the mesh CA", error) &&
                    check_times (known->from, known->until, now, "certificate", error) &&
                    check_identity (known->mesh, known->id, expected_uri, error);

      verified_free (known);
      return ok;
    }
  if ((ca = import_crt (ca_cert_pem, "CA certificate", ZT_ERROR_INVALID_ARGUMENT, error)) == NULL ||
      (mesh = crt_mesh (ca, error)) == NULL)
    return FALSE;
  /* From here on the input is what a peer presented: anything wrong with it is a refusal. */
  if ((crt = import_crt (cert_pem, "certificate", ZT_ERROR_FORBIDDEN, error)) == NULL)
    return FALSE;
  /* GnuTLS would call the CA itself trusted; a peer presents a leaf. */
  if (is_ca (crt))
    return forbidden (error, "a CA certificate is not a peer certificate");

  /* The times are checked below against @now, which GnuTLS cannot be told about. */
  ret = gnutls_x509_crt_verify (crt, &ca, 1,
                                GNUTLS_VERIFY_DISABLE_TIME_CHECKS | GNUTLS_VERIFY_DISABLE_TRUSTED_TIME_CHECKS,
                                &status);
  if (!check (ret, "verifying the certificate", error))
    return FALSE;
  if (status != 0)
    {
      g_auto(gnutls_datum_t) why = { NULL, 0 };
      g_autofree char *reason = NULL;

      if (gnutls_certificate_verification_status_print (status, GNUTLS_CRT_X509, &why, 0) >= 0)
        reason = datum_to_string (&why);
      if (status & (GNUTLS_CERT_SIGNER_NOT_FOUND | GNUTLS_CERT_SIGNATURE_FAILURE))
        return forbidden (error, "not issued by this mesh's CA (%s): %s", mesh, reason ? reason : "?");
      return forbidden (error, "certificate rejected: %s", reason ? reason : "?");
    }

  if (!check_validity (ca, now, "the mesh CA", error) ||
      !check_validity (crt, now, "certificate", error))
    return FALSE;

  /* Even a correctly signed certificate must name an identity of this mesh. */
  if ((id = crt_spiffe_id (crt, ZT_ERROR_FORBIDDEN, error)) == NULL ||
      !check_identity (mesh, id, expected_uri, error))
    return FALSE;
  signed_remember (key, mesh, id, ca, crt);
  return TRUE;
}

gint64
zt_ca_get_expiry (const char  *cert_pem,
                  GError     **error)
{
  g_auto(gnutls_x509_crt_t) crt = import_crt (cert_pem, "certificate", ZT_ERROR_INVALID_ARGUMENT, error);
  time_t t;

  if (crt == NULL)
    return -1;
  if ((t = gnutls_x509_crt_get_expiration_time (crt)) == (time_t) -1)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot read the certificate's expiry");
      return -1;
    }
  return (gint64) t;
}

GTlsCertificate *
zt_ca_tls_certificate_new (const char  *cert_pem,
                           const char  *key_pem,
                           GError     **error)
{
  g_auto(gnutls_x509_crt_t) crt = NULL;
  g_auto(gnutls_privkey_t) key = NULL;
  g_auto(gnutls_x509_privkey_t) xkey = NULL;
  g_auto(gnutls_datum_t) pkcs8 = { NULL, 0 };
  g_autoptr(GString) pem = NULL;
  g_autoptr(GError) local_error = NULL;
  GTlsCertificate *cert;

  if ((crt = import_crt (cert_pem, "certificate", ZT_ERROR_INVALID_ARGUMENT, error)) == NULL ||
      (key = import_privkey (key_pem, "private key", error)) == NULL ||
      !check_key_matches (crt, key, "private key", error))
    return NULL;
  /* GIO's own PEM parser knows PKCS#8 but not every older key encoding: hand it PKCS#8. */
  if (!check (gnutls_privkey_export_x509 (key, &xkey), "exporting the key", error) ||
      !check (gnutls_x509_privkey_export2_pkcs8 (xkey, GNUTLS_X509_FMT_PEM, NULL, GNUTLS_PKCS_PLAIN, &pkcs8),
              "exporting the key", error))
    return NULL;

  pem = g_string_new (cert_pem);
  if (pem->len > 0 && pem->str[pem->len - 1] != '\n')
    g_string_append_c (pem, '\n');
  g_string_append_len (pem, (const char *) pkcs8.data, pkcs8.size);
  cert = g_tls_certificate_new_from_pem (pem->str, (gssize) pem->len, &local_error);
  /* The key was in there too. */
  gnutls_memset (pem->str, 0, pem->len);
  if (cert == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "cannot load the certificate for TLS: %s",
                   local_error->message);
      return NULL;
    }
  return cert;
}
