/* zt-keystore.c: private keys in the Secret Service through libsecret, else in 0600 files */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gio.h>
#include <libsecret/secret.h>

#include "zt-error.h"
#include "zt-keystore.h"

#define ZT_SECRETS_BUS_NAME "org.freedesktop.secrets"
#define ZT_SECRETS_PATH     "/org/freedesktop/secrets"
#define ZT_KEY_NAME_MAX         64
/* The probe runs at every agent start: a wedged keyring must not hold it up for the
 * 25 s D-Bus default before we fall back to files. */
#define ZT_PROBE_TIMEOUT_MS 1500
/* A private key in PEM is a few KiB: anything much larger is not ours. */
#define ZT_SECRET_MAX       (1024 * 1024)

struct _ZtKeystore {
  ZtKeystoreBackend backend;
  char             *home;         /* canonical: the "home" attribute of Secret Service items */
  char             *dir;          /* <home>/secrets, used by the file backend */
  char             *description;
};

static const SecretSchema *
zt_keystore_schema (void)
{
  /* The home attribute keeps several agents on one machine (one login keyring) apart. */
  static const SecretSchema schema = {
    "io.github.zt4mcp.Secret", SECRET_SCHEMA_NONE,
    {
      { "home", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "name", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    }
  };
  return &schema;
}

static void
zt_secure_zero (void *p,
                gsize n)
{
  if (p == NULL || n == 0)
    return;
#ifdef __GLIBC__
  explicit_bzero (p, n);
#else
  /* volatile so the compiler cannot drop a store to memory about to be freed */
  volatile unsigned char *v = p;
  while (n--)
    *v++ = 0;
#endif
}

void
zt_keystore_secret_free (char *secret)
{
  if (secret == NULL)
    return;
  zt_secure_zero (secret, strlen (secret));
  g_free (secret);
}

const char *
zt_keystore_backend_to_string (ZtKeystoreBackend backend)
{
  switch (backend)
    {
    case ZT_KEYSTORE_AUTO: return "auto";
    case ZT_KEYSTORE_SECRET_SERVICE: return "secret-service";
    case ZT_KEYSTORE_FILE: return "file";
    default: return "?";
    }
}

static gboolean
check_name (const char *name,
            GError    **error)
{
  gsize n = 0;

  if (name != NULL)
    for (const char *p = name; *p; p++, n++)
      if (!g_ascii_isalnum (*p) && *p != '.' && *p != '_' && *p != '-')
        goto bad;
  /* A leading dot would allow "." and "..", and hide the file from ls. */
  if (name == NULL || n == 0 || n > ZT_KEY_NAME_MAX || name[0] == '.')
    goto bad;
  return TRUE;

bad:
  {
    g_autofree char *shown = name ? g_strescape (name, NULL) : g_strdup ("(null)");
    g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                 "\"%s\" is not a valid secret name (1 to %d of A-Z a-z 0-9 . _ -, not starting with .)",
                 shown, ZT_KEY_NAME_MAX);
  }
  return FALSE;
}

static gboolean
check_secret (const char *secret,
              GError    **error)
{
  /* The Secret Service password API carries text; refusing other bytes here keeps the
   * two backends interchangeable. The value itself never goes into a message. */
  if (secret == NULL || !g_utf8_validate (secret, -1, NULL))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "a secret must be UTF-8 text");
      return FALSE;
    }
  if (strlen (secret) > ZT_SECRET_MAX)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE,
                   "a secret is limited to %d bytes", ZT_SECRET_MAX);
      return FALSE;
    }
  return TRUE;
}

static char *
canonical_home (const char *home)
{
  g_autofree char *canon = g_canonicalize_filename (home, NULL);
  char *real = realpath (canon, NULL);

  /* Resolve symlinks when the home exists, so two spellings of one home find the same
   * Secret Service items; a home not yet created keeps its lexical form. */
  if (real != NULL)
    {
      char *copy = g_strdup (real);
      free (real);
      return copy;
    }
  return g_steal_pointer (&canon);
}

/* ---- Secret Service ---- */

/* GLib falls back to autolaunching a bus through dbus-launch (X11) when neither of these is
 * there: on a headless machine that can hang or start a stray daemon, so say "no bus". */
static gboolean
session_bus_configured (void)
{
  const char *address = g_getenv ("DBUS_SESSION_BUS_ADDRESS");
  const char *runtime = g_getenv ("XDG_RUNTIME_DIR");
  g_autofree char *socket = NULL;

  if (address != NULL && *address)
    return TRUE;
  if (runtime == NULL || !*runtime)
    return FALSE;
  socket = g_build_filename (runtime, "bus", NULL);
  return g_file_test (socket, G_FILE_TEST_EXISTS);
}

static GVariant *
bus_call (GDBusConnection    *bus,
          const char         *dest,
          const char         *path,
          const char         *iface,
          const char         *method,
          GVariant           *args,
          const GVariantType *reply_type,
          GError            **error)
{
  /* NO_AUTO_START: an activatable but not running keyring (a headless login over ssh) would
   * start without an unlocked keyring and then prompt nobody; such a machine uses files. */
  return g_dbus_connection_call_sync (bus, dest, path, iface, method, args, reply_type,
                                      G_DBUS_CALL_FLAGS_NO_AUTO_START, ZT_PROBE_TIMEOUT_MS,
                                      NULL, error);
}

/* Which program provides the Secret Service, for status output; NULL when unknown. */
static char *
secret_service_implementation (GDBusConnection *bus)
{
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *path = NULL;
  g_autofree char *comm = NULL;
  guint32 pid;

  reply = bus_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                    "GetConnectionUnixProcessID", g_variant_new ("(s)", ZT_SECRETS_BUS_NAME),
                    G_VARIANT_TYPE ("(u)"), NULL);
  if (reply == NULL)
    return NULL;
  g_variant_get (reply, "(u)", &pid);
  path = g_strdup_printf ("/proc/%u/comm", pid);
  if (!g_file_get_contents (path, &comm, NULL, NULL))
    return NULL;
  g_strstrip (comm);
  /* comm is cut to 15 characters: "gnome-keyring-d" */
  if (g_str_has_prefix (comm, "gnome-keyring"))
    return g_strdup ("GNOME Keyring");
  if (g_str_has_prefix (comm, "kwalletd") || g_str_has_prefix (comm, "ksecretd"))
    return g_strdup ("KWallet");
  if (g_ascii_strncasecmp (comm, "keepassxc", 9) == 0)
    return g_strdup ("KeePassXC");
  return *comm ? g_steal_pointer (&comm) : NULL;
}

/* Whether a Secret Service is running on the session bus with a default keyring to put
 * items in; its description on success. Each step has a short timeout. */
static char *
probe_secret_service (GError **error)
{
  g_autoptr(GDBusConnection) bus = NULL;
  g_autoptr(GVariant) owned = NULL;
  g_autoptr(GVariant) alias = NULL;
  g_autofree char *impl = NULL;
  g_autoptr(GError) local = NULL;
  const char *collection;
  gboolean has_owner;

  if (!session_bus_configured ())
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                           "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)");
      return NULL;
    }
  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &local);
  if (bus == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "cannot connect to the D-Bus session bus: %s", local->message);
      return NULL;
    }
  owned = bus_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                    "NameHasOwner", g_variant_new ("(s)", ZT_SECRETS_BUS_NAME),
                    G_VARIANT_TYPE ("(b)"), &local);
  if (owned == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "the D-Bus session bus does not answer: %s", local->message);
      return NULL;
    }
  g_variant_get (owned, "(b)", &has_owner);
  if (!has_owner)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                           "no Secret Service is running on the session bus (" ZT_SECRETS_BUS_NAME
                           " has no owner)");
      return NULL;
    }
  alias = bus_call (bus, ZT_SECRETS_BUS_NAME, ZT_SECRETS_PATH, "org.freedesktop.Secret.Service",
                    "ReadAlias", g_variant_new ("(s)", "default"), G_VARIANT_TYPE ("(o)"), &local);
  if (alias == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "the Secret Service does not answer: %s", local->message);
      return NULL;
    }
  /* Without a default keyring, storing would ask the user to create one through a prompt. */
  g_variant_get (alias, "(&o)", &collection);
  if (g_str_equal (collection, "/"))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                           "the Secret Service has no default keyring");
      return NULL;
    }
  impl = secret_service_implementation (bus);
  return impl ? g_strdup_printf ("Secret Service (%s)", impl) : g_strdup ("Secret Service");
}

static void
secret_service_error (GError    **error,
                      const char *what,
                      const char *name,
                      GError     *local)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "Secret Service: cannot %s %s: %s",
               what, name, local ? local->message : "unknown error");
}

static gboolean
ss_store (ZtKeystore *self,
          const char *name,
          const char *label,
          const char *secret,
          GError    **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *default_label = NULL;

  if (label == NULL)
    label = default_label = g_strdup_printf ("zt4mcp %s (%s)", name, self->home);
  if (!secret_password_store_sync (zt_keystore_schema (), SECRET_COLLECTION_DEFAULT, label, secret,
                                   NULL, &local, "home", self->home, "name", name, NULL))
    {
      secret_service_error (error, "store", name, local);
      return FALSE;
    }
  return TRUE;
}

static char *
ss_lookup (ZtKeystore *self,
           const char *name,
           GError    **error)
{
  g_autoptr(GError) local = NULL;
  char *secret;

  /* libsecret hands back ordinary heap memory that g_free may release (its documented
   * contract), so zt_keystore_secret_free applies to both backends. */
  secret = secret_password_lookup_sync (zt_keystore_schema (), NULL, &local,
                                        "home", self->home, "name", name, NULL);
  if (local != NULL)
    {
      secret_service_error (error, "look up", name, local);
      return NULL;
    }
  return secret;
}

static gboolean
ss_delete (ZtKeystore *self,
           const char *name,
           GError    **error)
{
  g_autoptr(GError) local = NULL;

  /* FALSE without an error is "nothing matched", which is success for us. */
  if (!secret_password_clear_sync (zt_keystore_schema (), NULL, &local,
                                   "home", self->home, "name", name, NULL)
      && local != NULL)
    {
      secret_service_error (error, "delete", name, local);
      return FALSE;
    }
  return TRUE;
}

/* ---- files ---- */

/* The secrets directory must be ours and closed to others: a group-readable directory
 * would at least disclose which keys exist. Sets *exists; creates it when @create. */
static gboolean
check_dir (ZtKeystore *self,
           gboolean    create,
           gboolean   *exists,
           GError    **error)
{
  struct stat st;

  *exists = FALSE;
  if (lstat (self->dir, &st) != 0)
    {
      int saved = errno;

      if (saved != ENOENT)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot inspect %s: %s",
                       self->dir, g_strerror (saved));
          return FALSE;
        }
      if (!create)
        return TRUE;
      if (g_mkdir_with_parents (self->home, 0700) != 0
          || (mkdir (self->dir, 0700) != 0 && errno != EEXIST))
        {
          saved = errno;
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot create %s: %s",
                       self->dir, g_strerror (saved));
          return FALSE;
        }
      if (lstat (self->dir, &st) != 0)
        {
          saved = errno;
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot inspect %s: %s",
                       self->dir, g_strerror (saved));
          return FALSE;
        }
    }
  if (!S_ISDIR (st.st_mode))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s is not a directory (a symbolic link is not accepted either)", self->dir);
      return FALSE;
    }
  if (st.st_uid != geteuid ())
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s belongs to another user (uid %u); refusing to use it",
                   self->dir, (guint) st.st_uid);
      return FALSE;
    }
  if ((st.st_mode & 077) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s is open to group or others (mode %04o); refusing to use it: run chmod 700 %s",
                   self->dir, (guint) (st.st_mode & 07777), self->dir);
      return FALSE;
    }
  *exists = TRUE;
  return TRUE;
}

static gboolean
file_store (ZtKeystore *self,
            const char *name,
            const char *secret,
            GError    **error)
{
  g_autofree char *path = g_build_filename (self->dir, name, NULL);
  g_autoptr(GError) local = NULL;
  gboolean exists;

  if (!check_dir (self, TRUE, &exists, error))
    return FALSE;
  /* A temporary file created 0600 and renamed over the old one: never a moment with a
   * half-written key, or with the key readable by others. */
  if (!g_file_set_contents_full (path, secret, strlen (secret),
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, &local))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot write secret %s: %s",
                   name, local->message);
      return FALSE;
    }
  return TRUE;
}

static char *
file_lookup (ZtKeystore *self,
             const char *name,
             GError    **error)
{
  g_autofree char *path = g_build_filename (self->dir, name, NULL);
  struct stat st;
  gboolean exists;
  char *buf;
  gsize cap, len = 0;
  int fd, saved;

  if (!check_dir (self, FALSE, &exists, error) || !exists)
    return NULL;
  /* O_NOFOLLOW: a symlink could point the agent at another file; O_NONBLOCK: a FIFO
   * planted under the name must not hang the agent before fstat rejects it. */
  fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0)
    {
      saved = errno;
      if (saved == ENOENT)
        return NULL;
      if (saved == ELOOP)
        g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                     "%s is a symbolic link; a secret must be a plain file", path);
      else
        g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot open %s: %s",
                     path, g_strerror (saved));
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    {
      saved = errno;
      close (fd);
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot inspect %s: %s",
                   path, g_strerror (saved));
      return NULL;
    }
  if (!S_ISREG (st.st_mode) || st.st_uid != geteuid ())
    {
      close (fd);
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s is not a plain file of this user; refusing to use it", path);
      return NULL;
    }
  if ((st.st_mode & 077) != 0)
    {
      close (fd);
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s is open to group or others (mode %04o); refusing to use it: "
                   "run chmod 600 %s (and consider the key compromised if others could read it)",
                   path, (guint) (st.st_mode & 07777), path);
      return NULL;
    }
  if (st.st_size > ZT_SECRET_MAX)
    {
      close (fd);
      g_set_error (error, ZT_ERROR, ZT_ERROR_TOO_LARGE, "%s is larger than %d bytes",
                   path, ZT_SECRET_MAX);
      return NULL;
    }

  /* One byte more than fstat said, to notice a file that grew under us. */
  cap = (gsize) st.st_size + 1;
  buf = g_malloc (cap + 1);
  while (len < cap)
    {
      gssize n = read (fd, buf + len, cap - len);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          saved = errno;
          close (fd);
          zt_secure_zero (buf, cap + 1);
          g_free (buf);
          g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot read %s: %s",
                       path, g_strerror (saved));
          return NULL;
        }
      if (n == 0)
        break;
      len += n;
    }
  close (fd);
  buf[len] = '\0';
  if (len == cap || memchr (buf, '\0', len) != NULL || !g_utf8_validate (buf, len, NULL))
    {
      zt_secure_zero (buf, cap + 1);
      g_free (buf);
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED,
                   "%s changed while being read, or is not UTF-8 text", path);
      return NULL;
    }
  return buf;
}

static gboolean
file_delete (ZtKeystore *self,
             const char *name,
             GError    **error)
{
  g_autofree char *path = g_build_filename (self->dir, name, NULL);
  gboolean exists;

  if (!check_dir (self, FALSE, &exists, error))
    return FALSE;
  if (!exists)
    return TRUE;
  if (unlink (path) != 0 && errno != ENOENT)
    {
      int saved = errno;
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot delete %s: %s",
                   path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* Whether an earlier run kept secrets in files: AUTO then stays with files rather than
 * looking in a keyring that does not have them. */
static gboolean
dir_has_secrets (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *entry;

  if (d == NULL)
    return FALSE;
  while ((entry = g_dir_read_name (d)) != NULL)
    if (check_name (entry, NULL))
      return TRUE;
  return FALSE;
}

/* ---- the interface ---- */

ZtKeystore *
zt_keystore_new (const char        *home,
                 ZtKeystoreBackend  backend,
                 GError           **error)
{
  g_autoptr(ZtKeystore) self = NULL;
  g_autoptr(GError) local = NULL;
  const char *env;

  g_return_val_if_fail (home != NULL && *home, NULL);
  g_return_val_if_fail (backend == ZT_KEYSTORE_AUTO || backend == ZT_KEYSTORE_SECRET_SERVICE
                        || backend == ZT_KEYSTORE_FILE, NULL);

  self = g_new0 (ZtKeystore, 1);
  self->home = canonical_home (home);
  self->dir = g_build_filename (self->home, "secrets", NULL);

  env = g_getenv ("ZT4MCP_KEYSTORE");
  if (backend == ZT_KEYSTORE_AUTO && env != NULL && *env)
    {
      if (g_str_equal (env, "file"))
        backend = ZT_KEYSTORE_FILE;
      else if (g_str_equal (env, "secret-service"))
        backend = ZT_KEYSTORE_SECRET_SERVICE;
      else if (!g_str_equal (env, "auto"))
        {
          g_autofree char *shown = g_strescape (env, NULL);
          g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                       "ZT4MCP_KEYSTORE=\"%s\" is not one of file, secret-service, auto", shown);
          return NULL;
        }
    }

  if (backend == ZT_KEYSTORE_AUTO && dir_has_secrets (self->dir))
    backend = ZT_KEYSTORE_FILE;

  if (backend != ZT_KEYSTORE_FILE)
    {
      self->description = probe_secret_service (&local);
      if (self->description != NULL)
        backend = ZT_KEYSTORE_SECRET_SERVICE;
      else if (backend == ZT_KEYSTORE_SECRET_SERVICE)
        {
          g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                       "the Secret Service was asked for but is not usable: %s", local->message);
          return NULL;
        }
      else
        {
          g_info ("keystore: %s; keeping secrets in files under %s", local->message, self->dir);
          backend = ZT_KEYSTORE_FILE;
        }
    }

  self->backend = backend;
  if (backend == ZT_KEYSTORE_FILE)
    self->description = g_strdup_printf ("file %s (0600)", self->dir);
  return g_steal_pointer (&self);
}

ZtKeystoreBackend
zt_keystore_get_backend (ZtKeystore *self)
{
  g_return_val_if_fail (self != NULL, ZT_KEYSTORE_AUTO);
  return self->backend;
}

const char *
zt_keystore_describe (ZtKeystore *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->description;
}

gboolean
zt_keystore_store (ZtKeystore *self,
                   const char *name,
                   const char *label,
                   const char *secret,
                   GError    **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!check_name (name, error) || !check_secret (secret, error))
    return FALSE;
  if (self->backend == ZT_KEYSTORE_SECRET_SERVICE)
    return ss_store (self, name, label, secret, error);
  return file_store (self, name, secret, error);
}

char *
zt_keystore_lookup (ZtKeystore *self,
                    const char *name,
                    GError    **error)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (!check_name (name, error))
    return NULL;
  if (self->backend == ZT_KEYSTORE_SECRET_SERVICE)
    return ss_lookup (self, name, error);
  return file_lookup (self, name, error);
}

gboolean
zt_keystore_delete (ZtKeystore *self,
                    const char *name,
                    GError    **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!check_name (name, error))
    return FALSE;
  if (self->backend == ZT_KEYSTORE_SECRET_SERVICE)
    return ss_delete (self, name, error);
  return file_delete (self, name, error);
}

void
zt_keystore_free (ZtKeystore *self)
{
  if (self == NULL)
    return;
  g_free (self->home);
  g_free (self->dir);
  g_free (self->description);
  g_free (self);
}
