/* test-db.c: zt_db_open: migrations run once each, in order; a failed one changes nothing; a newer schema is refused */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "zt-db.h"
#include "zt-error.h"

static int
user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt;
  int v = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    v = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return v;
}

static void
test_migrations (void)
{
  g_autofree char *dir = g_dir_make_tmp ("zt-db-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.db", NULL);
  static const char *v1[] = { "CREATE TABLE a (x INTEGER);" };
  static const char *v2[] = { "CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;" };
  static const char *bad[] = { "CREATE TABLE a (x INTEGER);", "ALTER TABLE a ADD COLUMN y TEXT;",
                               "CREATE TABLE b (z INTEGER); SELECT nonsense FROM nowhere;" };
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  db = zt_db_open (path, "t.db", v1, G_N_ELEMENTS (v1), &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (db), ==, 1);
  sqlite3_close (db);

  /* an upgrade runs only the new step */
  db = zt_db_open (path, "t.db", v2, G_N_ELEMENTS (v2), &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (db), ==, 2);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO a (x, y) VALUES (1, 'one')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  /* a failing step leaves the database as it was */
  db = zt_db_open (path, "t.db", bad, G_N_ELEMENTS (bad), &error);
  g_assert_null (db);
  g_assert_error (error, ZT_ERROR, ZT_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "t.db"));
  g_clear_error (&error);
  db = zt_db_open (path, "t.db", v2, G_N_ELEMENTS (v2), &error);
  g_assert_no_error (error);
  g_assert_cmpint (user_version (db), ==, 2);
  g_assert_cmpint (sqlite3_exec (db, "SELECT * FROM b", NULL, NULL, NULL), !=, SQLITE_OK);
  sqlite3_close (db);

  /* written by a newer zt4mcp: refused, saying so */
  db = zt_db_open (path, "t.db", v1, G_N_ELEMENTS (v1), &error);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "newer zt4mcp"));

  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL), *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/db/migrations", test_migrations);
  return g_test_run ();
}
