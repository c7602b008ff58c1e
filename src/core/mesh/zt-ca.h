/* zt-ca.h: the mesh's certificate authority and SPIFFE identities (X.509 via GnuTLS) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "zt-subject.h"

G_BEGIN_DECLS

/* All strings in and out are PEM unless said otherwise; all returned strings are owned by
 * the caller (g_free). Errors are in the ZT_ERROR domain: ZT_ERROR_INVALID_ARGUMENT for
 * input that cannot be used, ZT_ERROR_FORBIDDEN for a certificate or CSR that does not
 * pass verification, ZT_ERROR_FAILED for GnuTLS failing on good input. */

/* A new Ed25519 private key, PKCS#8 PEM, unencrypted. */
char            *zt_ca_generate_key_pem   (GError            **error);

/* A self-signed CA certificate for mesh @mesh, valid for @days days (1 to 36500). It can
 * sign leaves only (pathLen 0) and carries the trust domain's SPIFFE ID spiffe://<mesh>,
 * which is how zt_ca_get_mesh() finds the mesh name again. */
char            *zt_ca_create_ca_pem      (const char         *key_pem,
                                           const char         *mesh,
                                           guint               days,
                                           GError            **error);

/* The mesh name of a CA certificate made by zt_ca_create_ca_pem(). */
char            *zt_ca_get_mesh           (const char         *ca_cert_pem,
                                           GError            **error);

/* The hub's TLS server certificate for @key_pem, signed by the CA: one SAN for each of
 * @names (NULL-terminated; IPv4/IPv6 addresses become IP SANs, anything else must be a
 * DNS name; wildcards are refused) plus the URI SAN spiffe://<mesh>/hub; extended key
 * usage serverAuth; valid @days days, cut short at the CA's own not-after. */
char            *zt_ca_issue_server_pem   (const char         *ca_cert_pem,
                                           const char         *ca_key_pem,
                                           const char         *key_pem,
                                           const char * const *names,
                                           guint               days,
                                           GError            **error);

/* A certificate request signed by @key_pem with subject CN=@common_name (a valid name);
 * made on the joining agent, so its private key never leaves it. */
char            *zt_ca_create_csr_pem     (const char         *key_pem,
                                           const char         *common_name,
                                           GError            **error);

/* Signs @csr_pem after checking its self-signature. Only the public key is taken from the
 * CSR: the certificate has exactly one SAN, the URI @spiffe_uri (which must be
 * spiffe://<this CA's mesh>/user/<user>/endpoint/<endpoint>), subject CN=<endpoint>
 * O=<mesh>, key usage digitalSignature, extended key usage clientAuth + serverAuth, CA
 * false, a random 16-byte serial, not-before now - 60 s and not-after now + @lifetime_s
 * (1 s to 100 years), cut short at the CA's own not-after. */
char            *zt_ca_sign_csr_pem       (const char         *ca_cert_pem,
                                           const char         *ca_key_pem,
                                           const char         *csr_pem,
                                           const char         *spiffe_uri,
                                           guint64             lifetime_s,
                                           GError            **error);

/* SHA-256 of the certificate's DER, 64 lowercase hex digits. */
char            *zt_ca_fingerprint        (const char         *cert_pem,
                                           GError            **error);

/* SHA-256 of the certificate's SubjectPublicKeyInfo, 64 lowercase hex digits: the same for
 * every certificate of one key (renewals keep the key), different for another key. */
char            *zt_ca_spki_sha256        (const char         *cert_pem,
                                           GError            **error);

/* The certificate's SPIFFE ID: its only URI SAN, which must be a spiffe:// URI. A
 * certificate with no URI SAN, or more than one, is refused (X509-SVID section 2). */
char            *zt_ca_get_spiffe_id      (const char         *cert_pem,
                                           GError            **error);


/* Verifies a leaf certificate against the mesh CA at unix time @now (0 = now): issued and
 * signed by this CA, not itself a CA, both inside their validity period at @now, a single
 * SPIFFE ID inside this CA's mesh, and, if @expected_uri is not NULL, that SPIFFE ID equal
 * to it byte for byte. Failures are
 * ZT_ERROR_FORBIDDEN ("certificate expired on ...", "not issued by this mesh's CA", ...). */
gboolean         zt_ca_verify_peer        (const char         *ca_cert_pem,
                                           const char         *cert_pem,
                                           gint64              now,
                                           const char         *expected_uri,
                                           GError            **error);

/* Tests: how many good signatures zt_ca_verify_peer remembers (at most 512). */
guint            _zt_ca_signed_cache_size (void);

/* The certificate's not-after as unix seconds, or -1 with @error set. */
gint64           zt_ca_get_expiry         (const char         *cert_pem,
                                           GError            **error);

/* A GTlsCertificate for GIO/libsoup from a certificate and its private key; refuses a key
 * that does not belong to the certificate (GnuTLS would only fail at handshake time). */
GTlsCertificate *zt_ca_tls_certificate_new (const char        *cert_pem,
                                            const char        *key_pem,
                                            GError           **error);

G_END_DECLS
