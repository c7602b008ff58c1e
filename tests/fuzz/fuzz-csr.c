/* fuzz-csr.c: libFuzzer target for certificate requests: what zt_ca_sign_csr_pem signs */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>

#include <gnutls/gnutls.h>
#include <gnutls/abstract.h>
#include <gnutls/x509.h>

#include "zt-ca.h"
#include "zt-error.h"
#include "zt-fuzz-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A throwaway CA of the mesh "acme" (P-256, valid for 100 years), made for this target
 * only: a fixed one, so that a seed can hold a CSR for the CA's own key. */
static const char ca_pem[] =
  "-----BEGIN CERTIFICATE-----\n"
  "MIIBuDCCAV+gAwIBAgIQeBPOJPc+2J9p4cz9dTn7dzAKBggqhkjOPQQDAjAtMQ0w\n"
  "CwYDVQQKEwRhY21lMRwwGgYDVQQDExN6dDRtY3AgbWVzaCBDQSBhY21lMCAXDTI2\n"
  "MTIwMjE0MzIxM1oYDzIxMjYxMTA4MTQzMzEzWjAtMQ0wCwYDVQQKEwRhY21lMRww\n"
  "GgYDVQQDExN6dDRtY3AgbWVzaCBDQSBhY21lMFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
  "AQcDQgAEdqJa7wGMX87+s6FGG36nIMcJstQ1qiSzDAgaOCL4aO6+qxra4tVoG9Ue\n"
  "U2j0YgxCwn76Mpxm5ieCWq/sNJf9oKNfMF0wEgYDVR0TAQH/BAgwBgEB/wIBADAO\n"
  "BgNVHQ8BAf8EBAMCAQYwHQYDVR0OBBYEFGcWEvAnLpwNu6DzLGE+OqiV/6UQMBgG\n"
  "A1UdEQQRMA+GDXNwaWZmZTovL2FjbWUwCgYIKoZIzj0EAwIDRwAwRAIgA97yWCEC\n"
  "5lwLU77Kz3CKWZYsM+veajHVw30rpEtOtNgCIAYw7s72gQ2ASXyipwVk4b9F7xb6\n"
  "ROv+w0Tv7xv3c40L\n"
  "-----END CERTIFICATE-----\n";
static const char ca_key_pem[] =
  "-----BEGIN PRIVATE KEY-----\n"
  "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQgYtTYoDfL9ezmAVdI\n"
  "5g4prQ9AapmgTjzJwRJhk+Inyg6gCgYIKoZIzj0DAQehRANCAAR2olrvAYxfzv6z\n"
  "oUYbfqcgxwmy1DWqJLMMCBo4Ivho7r6rGtri1Wgb1R5TaPRiDELCfvoynGbmJ4Ja\n"
  "r+w0l/2g\n"
  "-----END PRIVATE KEY-----\n";

#define SPIFFE "spiffe://acme/user/alice/endpoint/alice-pc"
#define LIFETIME (30 * 24 * 3600)

/* The public key of a certificate or request, DER, read with GnuTLS directly. */
static GBytes *
public_key (const char *pem,
            gboolean    request)
{
  gnutls_datum_t in = { (unsigned char *) pem, (unsigned int) strlen (pem) }, out = { NULL, 0 };
  gnutls_pubkey_t pub = NULL;
  gnutls_x509_crq_t crq = NULL;
  gnutls_x509_crt_t crt = NULL;
  GBytes *key = NULL;
  int ret = gnutls_pubkey_init (&pub);

  if (ret >= 0 && request)
    {
      if ((ret = gnutls_x509_crq_init (&crq)) >= 0 && (ret = gnutls_x509_crq_import (crq, &in, GNUTLS_X509_FMT_PEM)) >= 0)
        ret = gnutls_pubkey_import_x509_crq (pub, crq, 0);
    }
  else if (ret >= 0)
    {
      if ((ret = gnutls_x509_crt_init (&crt)) >= 0 && (ret = gnutls_x509_crt_import (crt, &in, GNUTLS_X509_FMT_PEM)) >= 0)
        ret = gnutls_pubkey_import_x509 (pub, crt, 0);
    }
  if (ret >= 0 && gnutls_pubkey_export2 (pub, GNUTLS_X509_FMT_DER, &out) >= 0)
    {
      key = g_bytes_new (out.data, out.size);
      gnutls_free (out.data);
    }
  if (crq)
    gnutls_x509_crq_deinit (crq);
  if (crt)
    gnutls_x509_crt_deinit (crt);
  gnutls_pubkey_deinit (pub);
  return key;
}

/* Whether GnuTLS itself finds the request's self-signature good. */
static gboolean
request_verifies (const char *pem)
{
  gnutls_datum_t in = { (unsigned char *) pem, (unsigned int) strlen (pem) };
  gnutls_x509_crq_t crq = NULL;
  gboolean ok = gnutls_x509_crq_init (&crq) >= 0 && gnutls_x509_crq_import (crq, &in, GNUTLS_X509_FMT_PEM) >= 0 &&
                gnutls_x509_crq_verify (crq, 0) >= 0;

  if (crq)
    gnutls_x509_crq_deinit (crq);
  return ok;
}

/* Byte 0: bit 0 clear, the rest is the PEM text a member sends; set, the rest is DER, which
 * the harness wraps in PEM (so the fuzzer works on ASN.1, not on base64). */
int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *csr = NULL;
  g_autofree char *cert = NULL;
  g_autoptr(GError) error = NULL;

  zt_fuzz_watch_log (NULL);
  if (size < 1)
    return 0;
  if (data[0] & 1)
    {
      g_autofree char *b64 = g_base64_encode (data + 1, size - 1);
      g_autoptr(GString) pem = g_string_new ("-----BEGIN CERTIFICATE REQUEST-----\n");

      for (gsize i = 0; i < strlen (b64); i += 64)
        g_string_append_printf (pem, "%.64s\n", b64 + i);
      g_string_append (pem, "-----END CERTIFICATE REQUEST-----\n");
      csr = g_string_free (g_steal_pointer (&pem), FALSE);
    }
  else
    csr = g_strndup ((const char *) data + 1, size - 1);

  cert = zt_ca_sign_csr_pem (ca_pem, ca_key_pem, csr, SPIFFE, LIFETIME, &error);
  if (cert == NULL)
    {
      /* input that cannot be used, or a request that does not pass verification */
      if (!g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT) &&
          !g_error_matches (error, ZT_ERROR, ZT_ERROR_FORBIDDEN))
        zt_fuzz_fail ("a CSR refused without INVALID_ARGUMENT or FORBIDDEN", error ? error->message : NULL);
      return 0;
    }

  /* What was signed: a request whose self-signature holds, for another key than the CA's. */
  if (!request_verifies (csr))
    zt_fuzz_fail ("signed a CSR whose self-signature GnuTLS refuses", NULL);
  {
    g_autoptr(GBytes) requested = public_key (csr, TRUE);
    g_autoptr(GBytes) certified = public_key (cert, FALSE);
    g_autoptr(GBytes) ca_key = public_key (ca_pem, FALSE);

    if (requested == NULL || certified == NULL || !g_bytes_equal (requested, certified))
      zt_fuzz_fail ("the certificate is for another key than the CSR's", NULL);
    if (g_bytes_equal (certified, ca_key))
      zt_fuzz_fail ("signed a certificate for the CA's own key", NULL);
  }
  /* The identity is the one the hub chose, whatever the request asked for. */
  {
    g_autoptr(GError) verify_error = NULL;
    g_autofree char *spiffe = zt_ca_get_spiffe_id (cert, NULL);
    gint64 expiry = zt_ca_get_expiry (cert, NULL);
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;

    if (g_strcmp0 (spiffe, SPIFFE) != 0)
      zt_fuzz_fail ("the certificate names another identity", spiffe);
    if (!zt_ca_verify_peer (ca_pem, cert, 0, SPIFFE, &verify_error))
      zt_fuzz_fail ("the certificate does not verify against its CA", verify_error->message);
    if (expiry > now + LIFETIME + 5 || expiry < now + LIFETIME - 120)
      zt_fuzz_fail ("the certificate's lifetime is not the one asked for", NULL);
  }
  return 0;
}
