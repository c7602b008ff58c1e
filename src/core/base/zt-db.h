/* zt-db.h: opening an SQLite database with versioned migrations (agent.db, hub.db) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* Opens (creating it if need be) the database at @path, in WAL mode with a busy timeout,
 * and brings its schema up to date: step N of @migrations (SQL) runs once, in a transaction
 * that also sets PRAGMA user_version to N. A database written by a newer zt4mcp (a higher
 * user_version) is refused with a message that says so. @what names it in errors. */
sqlite3 *zt_db_open (const char          *path,
                     const char          *what,
                     const char * const  *migrations,
                     guint                n_migrations,
                     GError             **error);

G_END_DECLS
