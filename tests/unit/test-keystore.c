/* test-keystore.c: the keystore's file backend, and its Secret Service backend against a real gnome-keyring */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <libsecret/secret.h>

#include "zt-error.h"
#include "zt-keystore.h"

#define PEM "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIBm6CpXVDm0MNrQmU9/cZ0cQ4gk2m+0e7ZxX6Av9ZsQ1\n-----END PRIVATE KEY-----\n"

/* ---- helpers ---- */

static void
rm_rf (const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return;
  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *entry;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, entry, NULL);
          rm_rf (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

typedef struct {
  char *home;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->home = g_dir_make_tmp ("zt-keystore-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  rm_rf (f->home);
  g_free (f->home);
}

static guint
mode_of (const char *path)
{
  struct stat st;

  g_assert_cmpint (lstat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static ZtKeystore *
new_file_keystore (const char *home)
{
  g_autoptr(GError) error = NULL;
  ZtKeystore *ks = zt_keystore_new (home, ZT_KEYSTORE_FILE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ks);
  g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_FILE);
  return ks;
}

/* The Secret Service tests write to whatever keyring answers on the session bus: only the
 * throwaway one that run-with-keyring.sh starts, never a developer's login keyring. */
static gboolean
private_keyring_or_skip (void)
{
  if (g_strcmp0 (g_getenv ("ZT4MCP_TEST_PRIVATE_KEYRING"), "1") == 0
      && g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return TRUE;
  g_test_skip ("needs the private gnome-keyring of tests/unit/run-with-keyring.sh "
               "(meson test keystore-secret-service)");
  return FALSE;
}

/* ---- file backend ---- */

static void
test_file_roundtrip (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = new_file_keystore (f->home);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->home, "secrets", NULL);
  g_autofree char *file = g_build_filename (dir, "agent-key", NULL);
  g_autofree char *expect = g_strdup_printf ("file %s (0600)", dir);
  char *secret;

  g_assert_cmpstr (zt_keystore_describe (ks), ==, expect);

  g_assert_true (zt_keystore_store (ks, "agent-key", "the agent key", PEM, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
  g_assert_cmpuint (mode_of (file), ==, 0600);

  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, PEM);
  zt_keystore_secret_free (secret);

  /* Overwriting replaces the file atomically and keeps it private. */
  g_assert_true (zt_keystore_store (ks, "agent-key", NULL, "second", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (file), ==, 0600);
  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "second");
  zt_keystore_secret_free (secret);

  /* An empty secret is a secret, not an absent one. */
  g_assert_true (zt_keystore_store (ks, "empty", NULL, "", &error));
  g_assert_no_error (error);
  secret = zt_keystore_lookup (ks, "empty", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "");
  zt_keystore_secret_free (secret);

  g_assert_true (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_no_error (error);
  /* Deleting what is not there is not an error. */
  g_assert_true (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_no_error (error);
}

static void
test_file_umask (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = new_file_keystore (f->home);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->home, "secrets", NULL);
  g_autofree char *file = g_build_filename (dir, "k", NULL);
  mode_t old = umask (0);

  /* A careless umask must not widen the modes. */
  g_assert_true (zt_keystore_store (ks, "k", NULL, "v", &error));
  umask (old);
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
  g_assert_cmpuint (mode_of (file), ==, 0600);
}

static void
test_file_bad_names (Fixture *f, gconstpointer data)
{
  static const char *bad[] = {
    "", ".", "..", ".hidden", "a/b", "../escape", "sp ace", "t\tab", "caf\xc3\xa9", "a*",
    "01234567890123456789012345678901234567890123456789012345678901234",  /* 65 */
  };
  g_autoptr(ZtKeystore) ks = new_file_keystore (f->home);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->home, "secrets", NULL);
  const char *longest = "0123456789012345678901234567890123456789012345678901234567890123";
  char *secret;

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *shown = g_strescape (bad[i], NULL);

      g_test_message ("name \"%s\"", shown);
      g_assert_false (zt_keystore_store (ks, bad[i], NULL, "v", &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      g_assert_null (zt_keystore_lookup (ks, bad[i], &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
      g_assert_false (zt_keystore_delete (ks, bad[i], &error));
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_clear_error (&error);
    }
  g_assert_false (zt_keystore_store (ks, NULL, NULL, "v", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  /* Nothing was written anywhere by the refused names. */
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  g_assert_cmpuint (strlen (longest), ==, 64);
  g_assert_true (zt_keystore_store (ks, longest, NULL, "v", &error));
  g_assert_no_error (error);
  g_assert_true (zt_keystore_store (ks, "A-z_0.9", NULL, "w", &error));
  g_assert_no_error (error);
  secret = zt_keystore_lookup (ks, longest, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "v");
  zt_keystore_secret_free (secret);
}

static void
test_file_bad_secrets (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = new_file_keystore (f->home);
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL;

  g_assert_false (zt_keystore_store (ks, "k", NULL, "\xff\xfe", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (zt_keystore_store (ks, "k", NULL, NULL, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);

  /* Bytes that are not text, written by someone else, are refused rather than cut at a NUL. */
  g_assert_true (zt_keystore_store (ks, "k", NULL, "ok", &error));
  g_assert_no_error (error);
  file = g_build_filename (f->home, "secrets", "k", NULL);
  g_assert_true (g_file_set_contents_full (file, "a\0b", 3, G_FILE_SET_CONTENTS_NONE, 0600, &error));
  g_assert_no_error (error);
  g_assert_null (zt_keystore_lookup (ks, "k", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FAILED);
}

static void
test_file_loose_modes (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = new_file_keystore (f->home);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (f->home, "secrets", NULL);
  g_autofree char *file = g_build_filename (dir, "agent-key", NULL);
  g_autofree char *link = g_build_filename (dir, "linked", NULL);
  g_autofree char *outside = g_build_filename (f->home, "outside", NULL);
  char *secret;

  g_assert_true (zt_keystore_store (ks, "agent-key", NULL, PEM, &error));
  g_assert_no_error (error);

  /* A key file others can read is refused, with the fix in the message, and without the
   * key in the message. */
  g_assert_cmpint (g_chmod (file, 0644), ==, 0);
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "chmod 600"));
  g_assert_nonnull (strstr (error->message, file));
  g_assert_nonnull (strstr (error->message, "0644"));
  g_assert_null (strstr (error->message, "PRIVATE KEY"));
  g_clear_error (&error);

  /* Group-writable alone is refused too. */
  g_assert_cmpint (g_chmod (file, 0620), ==, 0);
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_clear_error (&error);

  /* The user's chmod 600 makes it usable again. */
  g_assert_cmpint (g_chmod (file, 0600), ==, 0);
  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, PEM);
  zt_keystore_secret_free (secret);

  /* Storing over a loose file leaves a 0600 one. */
  g_assert_cmpint (g_chmod (file, 0644), ==, 0);
  g_assert_true (zt_keystore_store (ks, "agent-key", NULL, PEM, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (file), ==, 0600);

  /* A symlink is not followed, even to a private file. */
  g_assert_true (g_file_set_contents_full (outside, "x", 1, G_FILE_SET_CONTENTS_NONE, 0600, &error));
  g_assert_no_error (error);
  g_assert_cmpint (symlink (outside, link), ==, 0);
  g_assert_null (zt_keystore_lookup (ks, "linked", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_clear_error (&error);

  /* A directory others can enter is refused, for every operation. */
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_assert_nonnull (strstr (error->message, "chmod 700"));
  g_clear_error (&error);
  g_assert_false (zt_keystore_store (ks, "agent-key", NULL, PEM, &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_clear_error (&error);
  g_assert_false (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN);
  g_clear_error (&error);
}

static void
test_file_absent (Fixture *f, gconstpointer data)
{
  g_autofree char *home = g_build_filename (f->home, "not", "yet", NULL);
  g_autoptr(ZtKeystore) ks = new_file_keystore (home);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (home, "secrets", NULL);

  /* Reading creates nothing: neither the home nor the secrets directory. */
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_true (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (home, G_FILE_TEST_EXISTS));

  /* The first store creates both. */
  g_assert_true (zt_keystore_store (ks, "other", NULL, "v", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (dir), ==, 0700);
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_no_error (error);
}

/* ---- AUTO and the environment ---- */

static void
test_auto_env_file (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZtKeystore) ks = NULL;
      g_autoptr(GError) error = NULL;

      g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
      ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_FILE);
      g_assert_true (g_str_has_prefix (zt_keystore_describe (ks), "file "));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_auto_env_invalid (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZtKeystore) ks = NULL;
      g_autoptr(GError) error = NULL;

      g_setenv ("ZT4MCP_KEYSTORE", "keyring", TRUE);
      ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
      g_assert_null (ks);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_assert_nonnull (strstr (error->message, "ZT4MCP_KEYSTORE"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_auto_no_bus (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZtKeystore) ks = NULL;
      g_autoptr(ZtKeystore) forced = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *runtime = g_build_filename (f->home, "run", NULL);

      /* No bus address and a runtime directory without a bus socket: nothing to talk to. */
      g_assert_cmpint (g_mkdir (runtime, 0700), ==, 0);
      g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
      g_unsetenv ("DISPLAY");
      g_setenv ("XDG_RUNTIME_DIR", runtime, TRUE);

      ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_FILE);
      g_assert_true (g_str_has_prefix (zt_keystore_describe (ks), "file "));

      /* Asked for explicitly, its absence is an error rather than a silent fallback. */
      forced = zt_keystore_new (f->home, ZT_KEYSTORE_SECRET_SERVICE, &error);
      g_assert_null (forced);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "session bus"));
      g_clear_error (&error);

      g_setenv ("ZT4MCP_KEYSTORE", "secret-service", TRUE);
      forced = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
      g_assert_null (forced);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* ---- Secret Service ---- */

/* The schema as documented, spelled out independently of the library under test. */
static const SecretSchema documented_schema = {
  "io.github.zt4mcp.Secret", SECRET_SCHEMA_NONE,
  {
    { "home", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { "name", SECRET_SCHEMA_ATTRIBUTE_STRING },
    { NULL, 0 },
  }
};

static char *
canonical (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy;

  g_assert_nonnull (real);
  copy = g_strdup (real);
  free (real);
  return copy;
}

static ZtKeystore *
new_secret_service_keystore (const char *home)
{
  g_autoptr(GError) error = NULL;
  ZtKeystore *ks = zt_keystore_new (home, ZT_KEYSTORE_SECRET_SERVICE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ks);
  g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_SECRET_SERVICE);
  return ks;
}

/* What secret-tool(1), a separate client, finds under the documented attributes;
 * NULL when it is not installed. */
static char *
secret_tool_lookup (const char *home,
                    const char *name,
                    int        *status)
{
  g_autofree char *tool = g_find_program_in_path ("secret-tool");
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  const char *argv[] = { NULL, "lookup", "home", home, "name", name, NULL };

  if (tool == NULL)
    return NULL;
  argv[0] = tool;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_ss_roundtrip (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *home = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *direct = NULL;
  g_autofree char *tool = NULL;
  g_autoptr(SecretService) service = NULL;
  GList *items;
  GHashTable *attrs;
  char *secret;
  int status = 0;

  if (!private_keyring_or_skip ())
    return;
  ks = new_secret_service_keystore (f->home);
  home = canonical (f->home);
  dir = g_build_filename (f->home, "secrets", NULL);
  g_test_message ("%s", zt_keystore_describe (ks));
  g_assert_cmpstr (zt_keystore_describe (ks), ==, "Secret Service (GNOME Keyring)");

  g_assert_true (zt_keystore_store (ks, "agent-key", "zt4mcp agent key (test)", PEM, &error));
  g_assert_no_error (error);
  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, PEM);
  zt_keystore_secret_free (secret);
  /* The secret went to the keyring, not to a file. */
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));

  /* Another client of the same keyring sees the item under the documented schema... */
  direct = secret_password_lookup_sync (&documented_schema, NULL, &error,
                                        "home", home, "name", "agent-key", NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (direct, ==, PEM);

  /* ...with its label... */
  service = secret_service_get_sync (SECRET_SERVICE_NONE, NULL, &error);
  g_assert_no_error (error);
  attrs = secret_attributes_build (&documented_schema, "home", home, "name", "agent-key", NULL);
  items = secret_service_search_sync (service, &documented_schema, attrs, SECRET_SEARCH_ALL,
                                      NULL, &error);
  g_hash_table_unref (attrs);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_length (items), ==, 1);
  {
    g_autofree char *label = secret_item_get_label (items->data);
    g_assert_cmpstr (label, ==, "zt4mcp agent key (test)");
  }
  g_list_free_full (items, g_object_unref);

  /* ...and so does secret-tool, when libsecret-tools is installed. */
  tool = secret_tool_lookup (home, "agent-key", &status);
  if (tool == NULL)
    g_test_message ("secret-tool not installed (libsecret-tools): its check skipped");
  else
    {
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (tool, ==, PEM);
    }

  /* Overwrite, then delete. */
  g_assert_true (zt_keystore_store (ks, "agent-key", NULL, "second", &error));
  g_assert_no_error (error);
  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "second");
  zt_keystore_secret_free (secret);

  g_assert_true (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_null (zt_keystore_lookup (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_true (zt_keystore_delete (ks, "agent-key", &error));
  g_assert_no_error (error);
  g_clear_pointer (&tool, g_free);
  tool = secret_tool_lookup (home, "agent-key", &status);
  if (tool != NULL)
    g_assert_cmpint (status, !=, 0);

  /* Names are checked the same way as for files, so a store can move between backends. */
  g_assert_false (zt_keystore_store (ks, "../x", NULL, "v", &error));
  g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
}

static void
test_ss_two_homes (Fixture *f, gconstpointer data)
{
  g_autofree char *home_a = g_build_filename (f->home, "a", NULL);
  g_autofree char *home_b = g_build_filename (f->home, "b", NULL);
  g_autofree char *link_a = g_build_filename (f->home, "link-to-a", NULL);
  g_autoptr(ZtKeystore) a = NULL;
  g_autoptr(ZtKeystore) b = NULL;
  g_autoptr(ZtKeystore) a_again = NULL;
  g_autoptr(GError) error = NULL;
  char *secret;

  if (!private_keyring_or_skip ())
    return;
  g_assert_cmpint (g_mkdir (home_a, 0700), ==, 0);
  g_assert_cmpint (g_mkdir (home_b, 0700), ==, 0);
  g_assert_cmpint (symlink (home_a, link_a), ==, 0);
  a = new_secret_service_keystore (home_a);
  b = new_secret_service_keystore (home_b);

  g_assert_true (zt_keystore_store (a, "agent-key", NULL, "key of a", &error));
  g_assert_no_error (error);
  g_assert_null (zt_keystore_lookup (b, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_true (zt_keystore_store (b, "agent-key", NULL, "key of b", &error));
  g_assert_no_error (error);

  secret = zt_keystore_lookup (a, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "key of a");
  zt_keystore_secret_free (secret);
  secret = zt_keystore_lookup (b, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "key of b");
  zt_keystore_secret_free (secret);

  /* Another spelling of home a (through a symlink, with a trailing slash) is home a. */
  {
    g_autofree char *spelled = g_strconcat (link_a, "/", NULL);
    a_again = new_secret_service_keystore (spelled);
  }
  secret = zt_keystore_lookup (a_again, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "key of a");
  zt_keystore_secret_free (secret);

  /* Deleting in one home leaves the other alone. */
  g_assert_true (zt_keystore_delete (a, "agent-key", &error));
  g_assert_no_error (error);
  g_assert_null (zt_keystore_lookup (a, "agent-key", &error));
  g_assert_no_error (error);
  secret = zt_keystore_lookup (b, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, "key of b");
  zt_keystore_secret_free (secret);
  g_assert_true (zt_keystore_delete (b, "agent-key", &error));
  g_assert_no_error (error);
}

static void
test_ss_auto (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) ks = NULL;
  g_autoptr(GError) error = NULL;

  if (!private_keyring_or_skip ())
    return;
  ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_SECRET_SERVICE);
  g_assert_cmpstr (zt_keystore_describe (ks), ==, "Secret Service (GNOME Keyring)");
}

static void
test_ss_auto_forced_file (Fixture *f, gconstpointer data)
{
  if (g_test_subprocess ())
    {
      g_autoptr(ZtKeystore) ks = NULL;
      g_autoptr(ZtKeystore) explicit = NULL;
      g_autoptr(GError) error = NULL;

      g_setenv ("ZT4MCP_KEYSTORE", "file", TRUE);
      ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_FILE);

      /* The environment steers AUTO only: an explicit choice of the caller stands. */
      explicit = zt_keystore_new (f->home, ZT_KEYSTORE_SECRET_SERVICE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (zt_keystore_get_backend (explicit), ==, ZT_KEYSTORE_SECRET_SERVICE);
      return;
    }
  if (!private_keyring_or_skip ())
    return;
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_ss_auto_keeps_files (Fixture *f, gconstpointer data)
{
  g_autoptr(ZtKeystore) files = NULL;
  g_autoptr(ZtKeystore) ks = NULL;
  g_autoptr(GError) error = NULL;
  char *secret;

  if (!private_keyring_or_skip ())
    return;
  /* Keys written while there was no keyring stay where they are once one appears. */
  files = new_file_keystore (f->home);
  g_assert_true (zt_keystore_store (files, "agent-key", NULL, PEM, &error));
  g_assert_no_error (error);
  ks = zt_keystore_new (f->home, ZT_KEYSTORE_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpint (zt_keystore_get_backend (ks), ==, ZT_KEYSTORE_FILE);
  secret = zt_keystore_lookup (ks, "agent-key", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (secret, ==, PEM);
  zt_keystore_secret_free (secret);
}

int
main (int argc, char **argv)
{
  /* Tests set it themselves, in subprocesses; one from the caller's shell would skew AUTO. */
  g_unsetenv ("ZT4MCP_KEYSTORE");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/keystore/file/roundtrip", test_file_roundtrip);
  ADD ("/keystore/file/umask", test_file_umask);
  ADD ("/keystore/file/bad-names", test_file_bad_names);
  ADD ("/keystore/file/bad-secrets", test_file_bad_secrets);
  ADD ("/keystore/file/loose-modes", test_file_loose_modes);
  ADD ("/keystore/file/absent", test_file_absent);
  ADD ("/keystore/auto/env-file", test_auto_env_file);
  ADD ("/keystore/auto/env-invalid", test_auto_env_invalid);
  ADD ("/keystore/auto/no-bus", test_auto_no_bus);
  ADD ("/keystore/secret-service/roundtrip", test_ss_roundtrip);
  ADD ("/keystore/secret-service/two-homes", test_ss_two_homes);
  ADD ("/keystore/secret-service/auto", test_ss_auto);
  ADD ("/keystore/secret-service/auto-forced-file", test_ss_auto_forced_file);
  ADD ("/keystore/secret-service/auto-keeps-files", test_ss_auto_keeps_files);
#undef ADD

  return g_test_run ();
}
