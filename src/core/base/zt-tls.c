/* zt-tls.c: the process's TLS trust: nothing by default, the system's where asked for */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-tls.h"

/* A database that trusts nothing and knows no certificate. glib-networking builds plain
 * credentials (no trust list) for a connection whose database is not its own kind. */
#define ZT_TYPE_NO_TRUST_DATABASE (zt_no_trust_database_get_type ())
G_DECLARE_FINAL_TYPE (ZtNoTrustDatabase, zt_no_trust_database, ZT, NO_TRUST_DATABASE, GTlsDatabase)

struct _ZtNoTrustDatabase
{
  GTlsDatabase parent_instance;
};

G_DEFINE_FINAL_TYPE (ZtNoTrustDatabase, zt_no_trust_database, G_TYPE_TLS_DATABASE)

static GTlsCertificateFlags
no_trust_verify_chain (GTlsDatabase            *database,
                       GTlsCertificate         *chain,
                       const char              *purpose,
                       GSocketConnectable      *identity,
                       GTlsInteraction         *interaction,
                       GTlsDatabaseVerifyFlags  flags,
                       GCancellable            *cancellable,
                       GError                 **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return G_TLS_CERTIFICATE_GENERIC_ERROR;
  return G_TLS_CERTIFICATE_UNKNOWN_CA;
}

static char *
no_trust_create_certificate_handle (GTlsDatabase    *database,
                                    GTlsCertificate *certificate)
{
  return NULL;
}

static GTlsCertificate *
no_trust_lookup_certificate_for_handle (GTlsDatabase             *database,
                                        const char               *handle,
                                        GTlsInteraction          *interaction,
                                        GTlsDatabaseLookupFlags   flags,
                                        GCancellable             *cancellable,
                                        GError                  **error)
{
  return NULL;
}

static GTlsCertificate *
no_trust_lookup_certificate_issuer (GTlsDatabase             *database,
                                    GTlsCertificate          *certificate,
                                    GTlsInteraction          *interaction,
                                    GTlsDatabaseLookupFlags   flags,
                                    GCancellable             *cancellable,
                                    GError                  **error)
{
  return NULL;
}

static GList *
no_trust_lookup_certificates_issued_by (GTlsDatabase             *database,
                                        GByteArray               *issuer_raw_dn,
                                        GTlsInteraction          *interaction,
                                        GTlsDatabaseLookupFlags   flags,
                                        GCancellable             *cancellable,
                                        GError                  **error)
{
  return NULL;
}

static void
zt_no_trust_database_class_init (ZtNoTrustDatabaseClass *klass)
{
  GTlsDatabaseClass *db_class = G_TLS_DATABASE_CLASS (klass);

  db_class->verify_chain = no_trust_verify_chain;
  db_class->create_certificate_handle = no_trust_create_certificate_handle;
  db_class->lookup_certificate_for_handle = no_trust_lookup_certificate_for_handle;
  db_class->lookup_certificate_issuer = no_trust_lookup_certificate_issuer;
  db_class->lookup_certificates_issued_by = no_trust_lookup_certificates_issued_by;
}

static void
zt_no_trust_database_init (ZtNoTrustDatabase *self)
{
}

static GTlsDatabase *system_database;

static gpointer
setup_once (gpointer data)
{
  GTlsBackend *backend = g_tls_backend_get_default ();
  g_autoptr(GTlsDatabase) none = g_object_new (ZT_TYPE_NO_TRUST_DATABASE, NULL);

  /* the system's, made before the default changes (it is made on first use) */
  system_database = g_tls_backend_get_default_database (backend);
  g_tls_backend_set_default_database (backend, none);
  return NULL;
}

void
zt_tls_setup (void)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, setup_once, NULL);
}

GTlsDatabase *
zt_tls_system_database (void)
{
  zt_tls_setup ();
  return system_database;
}
