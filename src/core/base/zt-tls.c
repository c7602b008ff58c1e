/* zt-tls.c: the process's TLS trust: nothing by default, the system's where asked for */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-tls.h"

#include <string.h>

#include <gnutls/gnutls.h>

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

/* What glib-networking (2.74) asks of GnuTLS when G_TLS_GNUTLS_PRIORITY is unset: GnuTLS's
 * default priority with this appended. */
#define GLIB_NETWORKING_APPEND "%COMPAT"

typedef int (*ListFunc) (gnutls_priority_t, const unsigned int **);

/* Two of GnuTLS's lists (a count, or a negative error) hold the same, in the same order. */
static gboolean
same_ints (const unsigned int *la,
           int                 na,
           const unsigned int *lb,
           int                 nb)
{
  return na == nb && (na <= 0 || memcmp (la, lb, na * sizeof *la) == 0);
}

static gboolean
same_list (gnutls_priority_t a,
           gnutls_priority_t b,
           ListFunc          list)
{
  const unsigned int *la = NULL, *lb = NULL;
  int na = list (a, &la), nb = list (b, &lb);

  return same_ints (la, na, lb, nb);
}

static gboolean
same_cert_types (gnutls_priority_t a,
                 gnutls_priority_t b)
{
  static const gnutls_ctype_target_t targets[] = { GNUTLS_CTYPE_CLIENT, GNUTLS_CTYPE_SERVER };

  for (guint t = 0; t < G_N_ELEMENTS (targets); t++)
    {
      const unsigned int *la = NULL, *lb = NULL;
      int na = gnutls_priority_certificate_type_list2 (a, &la, targets[t]);
      int nb = gnutls_priority_certificate_type_list2 (b, &lb, targets[t]);

      if (!same_ints (la, na, lb, nb))
        return FALSE;
    }
  return TRUE;
}

/* @ours holds the groups of @def, X25519 first and the others in @def's order. */
static gboolean
groups_reordered (gnutls_priority_t def,
                  gnutls_priority_t ours)
{
  const unsigned int *ld = NULL, *lo = NULL;
  int nd = gnutls_priority_group_list (def, &ld), no = gnutls_priority_group_list (ours, &lo);
  int j = 1;

  if (nd != no || no < 1 || lo[0] != GNUTLS_GROUP_X25519)
    return FALSE;
  for (int i = 0; i < nd; i++)
    if (ld[i] != GNUTLS_GROUP_X25519 && (j >= no || lo[j++] != ld[i]))
      return FALSE;
  return j == no;
}

char *
zt_tls_x25519_first_priority (void)
{
  const char *system_file = gnutls_get_system_config_file ();
  gnutls_priority_t def = NULL, ours = NULL;
  const unsigned int *groups = NULL;
  g_autoptr(GString) text = NULL;
  gboolean has_x25519 = FALSE;
  char *result = NULL;
  int n;

  /* a system-wide policy is the administrator's: its keywords are not NORMAL's */
  if (system_file != NULL && g_file_test (system_file, G_FILE_TEST_EXISTS))
    return NULL;
  if (gnutls_priority_init2 (&def, GLIB_NETWORKING_APPEND, NULL, GNUTLS_PRIORITY_INIT_DEF_APPEND) < 0)
    return NULL;
  n = gnutls_priority_group_list (def, &groups);
  for (int i = 0; i < n; i++)
    has_x25519 |= groups[i] == GNUTLS_GROUP_X25519;
  if (!has_x25519 || groups[0] == GNUTLS_GROUP_X25519)
    goto out;
  text = g_string_new ("NORMAL:" GLIB_NETWORKING_APPEND ":-GROUP-ALL:+GROUP-X25519");
  for (int i = 0; i < n; i++)
    if (groups[i] != GNUTLS_GROUP_X25519)
      g_string_append_printf (text, ":+GROUP-%s", gnutls_group_get_name (groups[i]));
  if (gnutls_priority_init2 (&ours, text->str, NULL, 0) < 0)
    goto out;
  /* nothing but the order of the groups may differ from what the process would use */
  if (same_list (def, ours, gnutls_priority_protocol_list) && same_list (def, ours, gnutls_priority_cipher_list) &&
      same_list (def, ours, gnutls_priority_mac_list) && same_list (def, ours, gnutls_priority_kx_list) &&
      same_list (def, ours, gnutls_priority_sign_list) && same_cert_types (def, ours) && groups_reordered (def, ours))
    result = g_strdup (text->str);
out:
  if (ours != NULL)
    gnutls_priority_deinit (ours);
  gnutls_priority_deinit (def);
  return result;
}

gboolean
zt_tls_prefer_x25519 (void)
{
  g_autofree char *priority = NULL;

  if (g_getenv ("G_TLS_GNUTLS_PRIORITY") != NULL)
    return FALSE;   /* set by whoever runs us: theirs to choose */
  priority = zt_tls_x25519_first_priority ();
  if (priority == NULL)
    return FALSE;
  g_setenv ("G_TLS_GNUTLS_PRIORITY", priority, TRUE);
  return TRUE;
}
