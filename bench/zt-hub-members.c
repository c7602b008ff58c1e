/* zt-hub-members.c: registers many members in a hub's data directory and mints their certificates, for bench/hub-scale.mjs */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <stdio.h>

#include "zt-ca.h"
#include "zt-subject.h"

/* A bench needs thousands of identities in seconds: joining each (an invitation, a key, a
 * round trip) would take minutes. Same CA, same checks at the hub: only the key is shared
 * (every certificate here is for one key), which the hub does not look at. */
int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ca_pem = NULL, *ca_key = NULL, *mesh = NULL, *key = NULL, *csr = NULL;
  g_autofree char *ca_path = NULL, *ca_key_path = NULL, *db_path = NULL, *key_path = NULL;
  g_autoptr(GString) certs = g_string_new (NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int from, count;

  if (argc != 6)
    {
      g_printerr ("usage: %s HUB_DATA USER FROM COUNT OUT_DIR\n"
                  "registers USER and its endpoints USER-FROM .. USER-(FROM+COUNT-1) in HUB_DATA/hub.db, writes\n"
                  "OUT_DIR/key.pem once and OUT_DIR/certs-FROM.pem (the certificates, in order)\n", argv[0]);
      return 2;
    }
  from = atoi (argv[3]);
  count = atoi (argv[4]);
  ca_path = g_build_filename (argv[1], "ca.pem", NULL);
  ca_key_path = g_build_filename (argv[1], "ca.key", NULL);
  db_path = g_build_filename (argv[1], "hub.db", NULL);
  key_path = g_build_filename (argv[5], "key.pem", NULL);
  if (!g_file_get_contents (ca_path, &ca_pem, NULL, &error) ||
      !g_file_get_contents (ca_key_path, &ca_key, NULL, &error) ||
      (mesh = zt_ca_get_mesh (ca_pem, &error)) == NULL)
    goto fail;
  if (!g_file_get_contents (key_path, &key, NULL, NULL))
    {
      if ((key = zt_ca_generate_key_pem (&error)) == NULL ||
          !g_file_set_contents_full (key_path, key, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &error))
        goto fail;
    }
  if ((csr = zt_ca_create_csr_pem (key, argv[2], &error)) == NULL)
    goto fail;
  if (sqlite3_open (db_path, &db) != SQLITE_OK)
    {
      g_printerr ("%s: %s\n", db_path, sqlite3_errmsg (db));
      return 1;
    }
  sqlite3_busy_timeout (db, 10000);
  sqlite3_exec (db, "BEGIN", NULL, NULL, NULL);
  if (sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO users (name, created) VALUES (?, strftime('%s'))", -1, &stmt, NULL) != SQLITE_OK)
    goto db_fail;
  sqlite3_bind_text (stmt, 1, argv[2], -1, SQLITE_TRANSIENT);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (sqlite3_prepare_v2 (db, "INSERT OR IGNORE INTO endpoints (name, user, created) VALUES (?, ?, strftime('%s'))",
                          -1, &stmt, NULL) != SQLITE_OK)
    goto db_fail;
  for (int i = from; i < from + count; i++)
    {
      g_autofree char *endpoint = g_strdup_printf ("%s-%d", argv[2], i);
      g_autofree char *spiffe = zt_spiffe_id_make (mesh, argv[2], endpoint);
      g_autofree char *cert = zt_ca_sign_csr_pem (ca_pem, ca_key, csr, spiffe, 24 * 3600, &error);

      if (cert == NULL)
        goto fail;
      g_string_append (certs, cert);
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, argv[2], -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        goto db_fail;
    }
  sqlite3_finalize (stmt);
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    goto db_fail;
  sqlite3_close (db);
  {
    g_autofree char *name = g_strdup_printf ("certs-%d.pem", from);
    g_autofree char *path = g_build_filename (argv[5], name, NULL);

    if (!g_file_set_contents (path, certs->str, certs->len, &error))
      goto fail;
  }
  return 0;

db_fail:
  g_printerr ("hub.db: %s\n", sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return 1;
fail:
  g_printerr ("%s\n", error ? error->message : "failed");
  return 1;
}
