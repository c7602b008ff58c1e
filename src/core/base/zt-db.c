/* zt-db.c: opening an SQLite database with versioned migrations (agent.db, hub.db) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-db.h"
#include "zt-error.h"

static gboolean
exec (sqlite3    *db,
      const char *sql,
      const char *what,
      GError    **error)
{
  char *msg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s: database error: %s", what, msg ? msg : "?");
      sqlite3_free (msg);
      return FALSE;
    }
  return TRUE;
}

sqlite3 *
zt_db_open (const char          *path,
            const char          *what,
            const char * const  *migrations,
            guint                n_migrations,
            GError             **error)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int version = 0;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                       NULL) != SQLITE_OK)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot open %s (%s): %s", what, path,
                   db ? sqlite3_errmsg (db) : "out of memory");
      sqlite3_close (db);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  if (!exec (db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;", what, error))
    goto failed;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  if (version < 0 || version > (int) n_migrations)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED,
                   "%s (%s) was written by a newer zt4mcp (schema %d, this one knows %u); upgrade zt4mcp",
                   what, path, version, n_migrations);
      goto failed;
    }
  for (guint v = (guint) version; v < n_migrations; v++)
    {
      g_autofree char *sql = g_strdup_printf ("BEGIN; %s PRAGMA user_version=%u; COMMIT;", migrations[v], v + 1);

      if (!exec (db, sql, what, error))
        {
          exec (db, "ROLLBACK", what, NULL);
          goto failed;
        }
    }
  return db;

failed:
  sqlite3_close (db);
  return NULL;
}
