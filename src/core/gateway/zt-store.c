/* zt-store.c: SQLite persistence with versioned migrations (PRAGMA user_version) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>

#include "zt-db.h"
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-store.h"

struct _ZtStore {
  sqlite3 *db;
};

static const char *migrations[] = {
  /* 1 */
  "CREATE TABLE services (name TEXT PRIMARY KEY, config TEXT NOT NULL);"
  "CREATE TABLE clients (name TEXT PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE,"
  "                      created INTEGER NOT NULL);",
  /* 2: a service the user stopped stays stopped across restarts */
  "ALTER TABLE services ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1;",
  /* 3: a client token may be limited to some services (a JSON array; NULL: all) */
  "ALTER TABLE clients ADD COLUMN services TEXT;",
  /* 4: export lists name typed subjects; a plain name always meant a user first */
  "UPDATE services SET config = json_set (config, '$.export_to', json ((SELECT json_group_array ("
  "    CASE WHEN instr (value, ':') > 0 THEN value ELSE 'user:' || value END)"
  "    FROM json_each (services.config, '$.export_to'))))"
  "  WHERE json_type (config, '$.export_to') = 'array';",
  /* 5: key continuity: the public key each peer identity showed first, and the last other
   * key it was refused with (until the owner trusts it) */
  "CREATE TABLE IF NOT EXISTS peer_pins (identity TEXT PRIMARY KEY, spki_sha256 TEXT NOT NULL,"
  "                        first_seen INTEGER NOT NULL, last_seen INTEGER NOT NULL,"
  "                        refused_spki TEXT, refused_at INTEGER,"
  "                        refused_count INTEGER NOT NULL DEFAULT 0);",
  /* 6: policy (docs/policy-audit.md): grants (the JSON of each, without its id), groups of
   * members, access requests both ways. Every existing export list becomes grants of every
   * tool, resource and prompt to whom it named (origin "export"): nobody loses access. */
  "CREATE TABLE IF NOT EXISTS grants (id TEXT PRIMARY KEY, service TEXT NOT NULL, config TEXT NOT NULL);"
  "CREATE INDEX IF NOT EXISTS grants_service ON grants (service);"
  "CREATE TABLE IF NOT EXISTS policy_groups (name TEXT PRIMARY KEY, members TEXT NOT NULL);"
  "CREATE TABLE IF NOT EXISTS access_requests (id TEXT PRIMARY KEY, direction TEXT NOT NULL, record TEXT NOT NULL);"
  "INSERT INTO grants (id, service, config)"
  "  SELECT 'g-' || lower (hex (randomblob (4))), services.name,"
  "         json_object ('service', services.name, 'subject', e.value, 'tools', json_array ('*'),"
  "                      'resources', json_array ('*'), 'prompts', json_array ('*'), 'origin', 'export',"
  "                      'note', '', 'created', CAST (strftime ('%s', 'now') AS INTEGER))"
  "    FROM services, json_each (services.config, '$.export_to') AS e"
  "    WHERE json_type (services.config, '$.export_to') = 'array' AND e.type = 'text' AND e.value != '*'"
  "      AND NOT EXISTS (SELECT 1 FROM grants AS g WHERE g.service = services.name"
  "                        AND json_extract (g.config, '$.subject') = e.value"
  "                        AND json_extract (g.config, '$.origin') = 'export');",
  /* 7: tool pinning (docs/tool-pinning.md): the approved definition of each tool of a
   * service ("" is the server's instructions), keyed by the service's identity, and the
   * changes held back until approved */
  "CREATE TABLE IF NOT EXISTS tool_pins (service_key TEXT NOT NULL, tool TEXT NOT NULL, hash TEXT NOT NULL,"
  "                        definition TEXT, approved_at INTEGER NOT NULL, approved_by TEXT NOT NULL,"
  "                        profiles TEXT NOT NULL DEFAULT '', PRIMARY KEY (service_key, tool));"
  "CREATE TABLE IF NOT EXISTS tool_pending (service_key TEXT NOT NULL, tool TEXT NOT NULL, kind TEXT NOT NULL,"
  "                        hash TEXT, definition TEXT, first_seen INTEGER NOT NULL, profile TEXT,"
  "                        PRIMARY KEY (service_key, tool));",
  /* 8: tokens an llm service answered, per subject and UTC day (budgets, docs/llm-chat.md) */
  "CREATE TABLE IF NOT EXISTS llm_usage (subject TEXT NOT NULL, service TEXT NOT NULL, day TEXT NOT NULL,"
  "                        tokens_in INTEGER NOT NULL DEFAULT 0, tokens_out INTEGER NOT NULL DEFAULT 0,"
  "                        PRIMARY KEY (subject, service, day));",
  /* 9: client tokens get an id (the app lists and revokes them by it; names are chosen by
   * whoever made them) and the time of their last use. The table is made again rather than
   * altered, so that the migration can run twice (the tests replay migrations). */
  "CREATE TABLE IF NOT EXISTS clients_v9 (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
  "                        token_hash TEXT NOT NULL UNIQUE, created INTEGER NOT NULL, services TEXT,"
  "                        last_used INTEGER);"
  "INSERT OR IGNORE INTO clients_v9 (id, name, token_hash, created, services)"
  "  SELECT 'c-' || lower (hex (randomblob (4))), name, token_hash, created, services FROM clients;"
  "DROP TABLE clients;"
  "ALTER TABLE clients_v9 RENAME TO clients;",
  /* 10: tools the owner let through although the tool scan blocks them, each for one definition
   * (its SHA-256, as the scan filter hashes it), keyed by the service's identity as pins are */
  "CREATE TABLE IF NOT EXISTS scan_accepted (service_key TEXT NOT NULL, tool TEXT NOT NULL, hash TEXT NOT NULL,"
  "                        accepted_at INTEGER NOT NULL, accepted_by TEXT NOT NULL,"
  "                        PRIMARY KEY (service_key, tool));",
  /* 11: what is accepted has a kind: a tool, a prompt, a resource, a resource template, or the
   * server's instructions ("tool" is then the entry's name, URI or template; "" for the
   * instructions). Rows so far are tools. */
  "CREATE TABLE IF NOT EXISTS scan_accepted_v11 (service_key TEXT NOT NULL, kind TEXT NOT NULL, tool TEXT NOT NULL,"
  "                        hash TEXT NOT NULL, accepted_at INTEGER NOT NULL, accepted_by TEXT NOT NULL,"
  "                        PRIMARY KEY (service_key, kind, tool));"
  "INSERT OR IGNORE INTO scan_accepted_v11 (service_key, kind, tool, hash, accepted_at, accepted_by)"
  "  SELECT service_key, 'tool', tool, hash, accepted_at, accepted_by FROM scan_accepted;"
  "DROP TABLE scan_accepted;"
  "ALTER TABLE scan_accepted_v11 RENAME TO scan_accepted;",
};

static gboolean
fail (ZtStore *self, GError **error, const char *what)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (self->db));
  return FALSE;
}

ZtStore *
zt_store_open (const char *path,
               GError    **error)
{
  g_autoptr(ZtStore) self = g_new0 (ZtStore, 1);

  self->db = zt_db_open (path, "agent.db", migrations, G_N_ELEMENTS (migrations), error);
  if (self->db == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

void
zt_store_free (ZtStore *self)
{
  if (self == NULL)
    return;
  sqlite3_close (self->db);
  g_free (self);
}

GPtrArray *
zt_store_load_services (ZtStore *self,
                        GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_service_unref);
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, "SELECT name, config, enabled FROM services ORDER BY name", -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error, "cannot read services");
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *config = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonObject) o = NULL;
      ZtService *service = NULL;

      if (config != NULL &&
          (o = zt_json_parse_object_strict (config, strlen (config), NULL, &local_error)) != NULL)
        service = zt_service_new_from_json (o, &local_error);
      if (service == NULL)
        {
          g_warning ("service %s in the database is unreadable and was skipped: %s", name,
                     local_error ? local_error->message : "not an object");
          continue;
        }
      /* the column decides: a config written before it existed says nothing */
      service->enabled = sqlite3_column_int (stmt, 2) != 0;
      g_ptr_array_add (out, service);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&out);
}

gboolean
zt_store_put_service (ZtStore   *self,
                      ZtService *service,
                      GError   **error)
{
  g_autoptr(JsonNode) node = zt_service_to_json (service, TRUE);
  g_autofree char *config = zt_json_to_string (node);
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO services (name, config, enabled) VALUES (?, ?, ?)", -1,
                          &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot save service");
  sqlite3_bind_text (stmt, 1, service->name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, config, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, service->enabled ? 1 : 0);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, "cannot save service");
}

static gboolean
delete_by_name (ZtStore *self, const char *sql, const char *name, GError **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot delete");
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail (self, error, "cannot delete");
  if (sqlite3_changes (self->db) == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no such name: %s", name);
      return FALSE;
    }
  return TRUE;
}

gboolean
zt_store_delete_service (ZtStore    *self,
                         const char *name,
                         GError    **error)
{
  return delete_by_name (self, "DELETE FROM services WHERE name = ?", name, error);
}

void
zt_client_record_free (ZtClientRecord *record)
{
  g_free (record->id);
  g_free (record->name);
  g_free (record->token_hash);
  g_strfreev (record->services);
  g_free (record);
}

GPtrArray *
zt_store_load_clients (ZtStore *self,
                       GError **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_client_record_free);
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, "SELECT name, token_hash, created, services, id, last_used FROM clients ORDER BY name", -1,
                          &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error, "cannot read clients");
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZtClientRecord *r = g_new0 (ZtClientRecord, 1);

      r->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      r->token_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      r->created = sqlite3_column_int64 (stmt, 2);
      r->id = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      r->last_used = r->last_used_saved = sqlite3_column_int64 (stmt, 5);
      if (sqlite3_column_type (stmt, 3) == SQLITE_TEXT)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, 3);
          g_autoptr(JsonNode) list = zt_json_parse_strict (text, strlen (text), NULL, NULL);
          g_autoptr(GPtrArray) names = g_ptr_array_new ();

          /* fail closed: an unreadable list allows no service rather than all */
          for (guint i = 0; list && JSON_NODE_HOLDS_ARRAY (list) && i < json_array_get_length (json_node_get_array (list)); i++)
            {
              JsonNode *e = json_array_get_element (json_node_get_array (list), i);

              if (JSON_NODE_HOLDS_VALUE (e) && json_node_get_value_type (e) == G_TYPE_STRING)
                g_ptr_array_add (names, g_strdup (json_node_get_string (e)));
            }
          g_ptr_array_add (names, NULL);
          r->services = (char **) g_ptr_array_steal (names, NULL);
        }
      g_ptr_array_add (out, r);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&out);
}

gboolean
zt_store_add_client (ZtStore    *self,
                     const char *name,
                     const char *token_hash,
                     const char * const *services,
                     char      **id,
                     GError    **error)
{
  g_autofree char *new_id = g_strdup_printf ("c-%08x", g_random_int ());
  g_autofree char *list = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (services != NULL)
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) node = NULL;

      json_builder_begin_array (b);
      for (guint i = 0; services[i]; i++)
        json_builder_add_string_value (b, services[i]);
      json_builder_end_array (b);
      node = json_builder_get_root (b);
      list = zt_json_to_string (node);
    }
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO clients (name, token_hash, created, services, id) VALUES (?, ?, ?, ?, ?)", -1,
                          &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot add client");
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, token_hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  if (list != NULL)
    sqlite3_bind_text (stmt, 4, list, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, new_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc == SQLITE_CONSTRAINT)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_EXISTS, "a client named %s already exists", name);
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    return fail (self, error, "cannot add client");
  if (id != NULL)
    *id = g_steal_pointer (&new_id);
  return TRUE;
}

gboolean
zt_store_delete_client (ZtStore    *self,
                        const char *name,
                        GError    **error)
{
  return delete_by_name (self, "DELETE FROM clients WHERE name = ?", name, error);
}

gboolean
zt_store_touch_client (ZtStore    *self,
                       const char *name,
                       gint64      when,
                       GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "UPDATE clients SET last_used = ? WHERE name = ?", -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot record a client's use");
  sqlite3_bind_int64 (stmt, 1, when);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, "cannot record a client's use");
}

/* A token limited to services loses @service; one left with none is deleted, so that a
 * service added later under the same name is not reached with it. */
GStrv
zt_store_clients_drop_service (ZtStore    *self,
                               const char *service,
                               GError    **error)
{
  g_autoptr(GPtrArray) clients = zt_store_load_clients (self, error);
  g_autoptr(GStrvBuilder) deleted = g_strv_builder_new ();

  if (clients == NULL)
    return NULL;
  for (guint i = 0; i < clients->len; i++)
    {
      ZtClientRecord *r = g_ptr_array_index (clients, i);
      g_autoptr(JsonBuilder) b = NULL;
      g_autoptr(JsonNode) node = NULL;
      g_autofree char *list = NULL;
      sqlite3_stmt *stmt;
      guint left = 0;
      int rc;

      if (r->services == NULL || !g_strv_contains ((const char * const *) r->services, service))
        continue;
      b = json_builder_new ();
      json_builder_begin_array (b);
      for (guint j = 0; r->services[j]; j++)
        if (strcmp (r->services[j], service) != 0)
          {
            json_builder_add_string_value (b, r->services[j]);
            left++;
          }
      json_builder_end_array (b);
      node = json_builder_get_root (b);
      list = zt_json_to_string (node);
      if (sqlite3_prepare_v2 (self->db, left > 0 ? "UPDATE clients SET services = ? WHERE name = ?"
                                                 : "DELETE FROM clients WHERE name = ?2", -1, &stmt, NULL) != SQLITE_OK)
        {
          fail (self, error, "cannot update client tokens");
          return NULL;
        }
      if (left > 0)
        sqlite3_bind_text (stmt, 1, list, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, r->name, -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          fail (self, error, "cannot update client tokens");
          return NULL;
        }
      if (left == 0)
        g_strv_builder_add (deleted, r->name);
    }
  return g_strv_builder_end (deleted);
}

/* ---------------------------------------------------------------------------------------- */
/* Key pins of peer identities                                                              */

void
zt_pin_record_free (ZtPinRecord *record)
{
  g_free (record->identity);
  g_free (record->spki_sha256);
  g_free (record->refused_spki);
  g_free (record);
}

/* Runs @sql with ?1 = @identity, ?2 = @spki (may be NULL), ?3 = now. */
static gboolean
pin_step (ZtStore    *self,
          const char *sql,
          const char *identity,
          const char *spki,
          GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot record a peer's key");
  sqlite3_bind_text (stmt, 1, identity, -1, SQLITE_TRANSIENT);
  if (spki != NULL)
    sqlite3_bind_text (stmt, 2, spki, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int64 (stmt, 3, g_get_real_time () / G_USEC_PER_SEC);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, "cannot record a peer's key");
}

GPtrArray *
zt_store_load_pins (ZtStore    *self,
                    const char *identity,
                    GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_pin_record_free);
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, "SELECT identity, spki_sha256, first_seen, last_seen, refused_spki, refused_at, "
                                    "refused_count FROM peer_pins WHERE ?1 IS NULL OR identity = ?1 ORDER BY identity",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error, "cannot read the peers' keys");
      return NULL;
    }
  if (identity != NULL)
    sqlite3_bind_text (stmt, 1, identity, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZtPinRecord *r = g_new0 (ZtPinRecord, 1);

      r->identity = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      r->spki_sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      r->first_seen = sqlite3_column_int64 (stmt, 2);
      r->last_seen = sqlite3_column_int64 (stmt, 3);
      r->refused_spki = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      r->refused_at = sqlite3_column_int64 (stmt, 5);
      r->refused_count = sqlite3_column_int64 (stmt, 6);
      g_ptr_array_add (out, r);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&out);
}

gboolean
zt_store_check_pin (ZtStore    *self,
                    const char *identity,
                    const char *spki_sha256,
                    ZtPinCheck *result,
                    GError    **error)
{
  g_autoptr(GPtrArray) pins = zt_store_load_pins (self, identity, error);
  ZtPinRecord *pin;

  if (pins == NULL)
    return FALSE;
  if (pins->len == 0)
    {
      *result = ZT_PIN_NEW;
      return pin_step (self, "INSERT INTO peer_pins (identity, spki_sha256, first_seen, last_seen) "
                             "VALUES (?1, ?2, ?3, ?3)", identity, spki_sha256, error);
    }
  pin = g_ptr_array_index (pins, 0);
  if (strcmp (pin->spki_sha256, spki_sha256) == 0)
    {
      *result = ZT_PIN_SAME;
      return pin_step (self, "UPDATE peer_pins SET last_seen = ?3 WHERE identity = ?1", identity, NULL, error);
    }
  *result = ZT_PIN_CHANGED;
  return pin_step (self, "UPDATE peer_pins SET refused_spki = ?2, refused_at = ?3, refused_count = refused_count + 1 "
                         "WHERE identity = ?1", identity, spki_sha256, error);
}

gboolean
zt_store_trust_pin (ZtStore    *self,
                    const char *identity,
                    GError    **error)
{
  g_autoptr(GPtrArray) pins = zt_store_load_pins (self, identity, error);

  if (pins == NULL)
    return FALSE;
  if (pins->len == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND, "no key is pinned for %s: this agent never served it "
                   "nor used its services", identity);
      return FALSE;
    }
  if (((ZtPinRecord *) g_ptr_array_index (pins, 0))->refused_spki == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "%s has shown no other key: nothing to trust",
                   identity);
      return FALSE;
    }
  return pin_step (self, "UPDATE peer_pins SET spki_sha256 = refused_spki, first_seen = ?3, last_seen = ?3, "
                         "refused_spki = NULL, refused_at = NULL, refused_count = 0 WHERE identity = ?1",
                   identity, NULL, error);
}

/* ---------------------------------------------------------------------------------------- */
/* Policy: grants, groups, access requests (each row a JSON document, read strictly)        */

/* Rows of (key, JSON object[, extra]) from @sql; the key goes into each object as @key_member,
 * the extra column (if any) as @extra_member. Unreadable rows are skipped with a warning. */
static GPtrArray *
load_json_rows (ZtStore    *self,
                const char *sql,
                const char *key_member,
                const char *extra_member,
                GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error, "cannot read the policy");
      return NULL;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *text = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr(GError) local_error = NULL;
      JsonObject *o = text ? zt_json_parse_object_strict (text, strlen (text), NULL, &local_error) : NULL;

      if (o == NULL)
        {
          g_warning ("%s in the database is unreadable and was skipped: %s", key ? key : "?",
                     local_error ? local_error->message : "empty");
          continue;
        }
      json_object_set_string_member (o, key_member, key);
      if (extra_member != NULL)
        json_object_set_string_member (o, extra_member, (const char *) sqlite3_column_text (stmt, 2));
      g_ptr_array_add (out, o);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&out);
}

/* Runs @sql with text parameters (NULL-terminated after @first). */
static gboolean
exec_text (ZtStore    *self,
           GError    **error,
           const char *what,
           const char *sql,
           ...)
{
  sqlite3_stmt *stmt;
  const char *arg;
  va_list args;
  int rc, i = 1;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, what);
  va_start (args, sql);
  while ((arg = va_arg (args, const char *)) != NULL)
    sqlite3_bind_text (stmt, i++, arg, -1, SQLITE_TRANSIENT);
  va_end (args);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, what);
}

static char *
node_text (JsonNode *node)
{
  return zt_json_to_string (node);
}

GPtrArray *
zt_store_load_grants (ZtStore *self,
                      GError **error)
{
  return load_json_rows (self, "SELECT id, config FROM grants ORDER BY service, id", "id", NULL, error);
}

gboolean
zt_store_put_grant (ZtStore    *self,
                    const char *id,
                    const char *service,
                    JsonNode   *grant,
                    GError    **error)
{
  /* the id is the row's key; json_node_copy would share the object, so copy members */
  g_autoptr(JsonNode) copy = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GList) members = json_object_get_members (json_node_get_object (grant));
  JsonObject *o = json_object_new ();
  g_autofree char *text = NULL;

  json_node_take_object (copy, o);
  for (GList *l = members; l; l = l->next)
    if (strcmp (l->data, "id") != 0)
      json_object_set_member (o, l->data, json_node_copy (json_object_get_member (json_node_get_object (grant), l->data)));
  text = node_text (copy);
  return exec_text (self, error, "cannot save the grant",
                    "INSERT OR REPLACE INTO grants (id, service, config) VALUES (?, ?, ?)", id, service, text, NULL);
}

gboolean
zt_store_delete_grant (ZtStore    *self,
                       const char *id,
                       GError    **error)
{
  return delete_by_name (self, "DELETE FROM grants WHERE id = ?", id, error);
}

gboolean
zt_store_delete_export_grants (ZtStore    *self,
                               const char *service,
                               GError    **error)
{
  return exec_text (self, error, "cannot remove the export's grants",
                    "DELETE FROM grants WHERE service = ? AND json_extract (config, '$.origin') = 'export'",
                    service, NULL);
}

GPtrArray *
zt_store_load_groups (ZtStore *self,
                      GError **error)
{
  g_autoptr(GPtrArray) rows = load_json_rows (self, "SELECT name, json_object ('members', json (members)) "
                                                    "FROM policy_groups ORDER BY name", "name", NULL, error);
  return g_steal_pointer (&rows);
}

gboolean
zt_store_put_group (ZtStore    *self,
                    const char *name,
                    JsonNode   *members,
                    GError    **error)
{
  g_autofree char *text = node_text (members);

  return exec_text (self, error, "cannot save the group",
                    "INSERT OR REPLACE INTO policy_groups (name, members) VALUES (?, ?)", name, text, NULL);
}

gboolean
zt_store_delete_group (ZtStore    *self,
                       const char *name,
                       GError    **error)
{
  return delete_by_name (self, "DELETE FROM policy_groups WHERE name = ?", name, error);
}

GPtrArray *
zt_store_load_access (ZtStore *self,
                      GError **error)
{
  return load_json_rows (self, "SELECT id, record, direction FROM access_requests ORDER BY id", "id", "direction",
                         error);
}

gboolean
zt_store_put_access (ZtStore    *self,
                     const char *id,
                     const char *direction,
                     JsonNode   *record,
                     GError    **error)
{
  g_autofree char *text = node_text (record);

  return exec_text (self, error, "cannot save the access request",
                    "INSERT OR REPLACE INTO access_requests (id, direction, record) VALUES (?, ?, ?)",
                    id, direction, text, NULL);
}

/* ---------------------------------------------------------------------------------------- */
/* Tool pinning: approved definitions and the changes held back                             */

void
zt_tool_pin_row_free (ZtToolPinRow *row)
{
  if (row == NULL)
    return;
  g_free (row->tool);
  g_free (row->kind);
  g_free (row->hash);
  g_free (row->definition);
  g_free (row->by);
  g_free (row->profiles);
  g_free (row);
}

GPtrArray *
zt_store_load_tool_pins (ZtStore    *self,
                         const char *service_key,
                         gboolean    pending,
                         GError    **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_tool_pin_row_free);
  const char *sql = pending
    ? "SELECT tool, kind, hash, definition, first_seen, NULL, profile FROM tool_pending WHERE service_key = ? ORDER BY tool"
    : "SELECT tool, NULL, hash, definition, approved_at, approved_by, profiles FROM tool_pins WHERE service_key = ? "
      "ORDER BY tool";
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      fail (self, error, "cannot read the pinned tools");
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, service_key, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      ZtToolPinRow *r = g_new0 (ZtToolPinRow, 1);

      r->tool = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      r->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      r->hash = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      r->definition = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      r->at = sqlite3_column_int64 (stmt, 4);
      r->by = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      r->profiles = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
      if (r->tool == NULL)
        r->tool = g_strdup ("");
      g_ptr_array_add (out, r);
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&out);
}

gboolean
zt_store_put_tool_pin (ZtStore            *self,
                       const char         *service_key,
                       const ZtToolPinRow *row,
                       gboolean            pending,
                       GError            **error)
{
  const char *sql = pending
    ? "INSERT OR REPLACE INTO tool_pending (service_key, tool, kind, hash, definition, first_seen, profile) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)"
    : "INSERT OR REPLACE INTO tool_pins (service_key, tool, approved_by, hash, definition, approved_at, profiles) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)";
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot save a pinned tool");
  sqlite3_bind_text (stmt, 1, service_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, row->tool, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, pending ? row->kind : (row->by ? row->by : "?"), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, row->hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, row->definition, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, row->at);
  sqlite3_bind_text (stmt, 7, row->profiles ? row->profiles : "", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, "cannot save a pinned tool");
}

gboolean
zt_store_set_tool_pin_profiles (ZtStore    *self,
                                const char *service_key,
                                const char *tool,
                                const char *profiles,
                                GError    **error)
{
  return exec_text (self, error, "cannot save a pinned tool",
                    "UPDATE tool_pins SET profiles = ?3 WHERE service_key = ?1 AND tool = ?2",
                    service_key, tool, profiles, NULL);
}

gboolean
zt_store_delete_tool_pin (ZtStore    *self,
                          const char *service_key,
                          const char *tool,
                          gboolean    pending,
                          GError    **error)
{
  return exec_text (self, error, "cannot remove a pinned tool",
                    pending ? "DELETE FROM tool_pending WHERE service_key = ? AND tool = ?"
                            : "DELETE FROM tool_pins WHERE service_key = ? AND tool = ?",
                    service_key, tool, NULL);
}

char *
zt_store_scan_accepted (ZtStore    *self,
                        const char *service_key,
                        const char *kind,
                        const char *name,
                        gint64     *at,
                        char      **by)
{
  sqlite3_stmt *stmt;
  char *hash = NULL;

  if (sqlite3_prepare_v2 (self->db, "SELECT hash, accepted_at, accepted_by FROM scan_accepted "
                          "WHERE service_key = ? AND kind = ? AND tool = ?", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, service_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      hash = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      if (at)
        *at = sqlite3_column_int64 (stmt, 1);
      if (by)
        *by = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_finalize (stmt);
  return hash;
}

JsonArray *
zt_store_scan_accepted_list (ZtStore    *self,
                             const char *service_key)
{
  JsonArray *out = json_array_new ();
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (self->db, "SELECT kind, tool, hash, accepted_at, accepted_by FROM scan_accepted "
                          "WHERE service_key = ? ORDER BY kind DESC, tool", -1, &stmt, NULL) != SQLITE_OK)
    return out;
  sqlite3_bind_text (stmt, 1, service_key, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "kind", (const char *) sqlite3_column_text (stmt, 0));
      json_object_set_string_member (o, "tool", (const char *) sqlite3_column_text (stmt, 1));
      json_object_set_string_member (o, "sha256", (const char *) sqlite3_column_text (stmt, 2));
      json_object_set_int_member (o, "accepted_at", sqlite3_column_int64 (stmt, 3));
      json_object_set_string_member (o, "accepted_by", (const char *) sqlite3_column_text (stmt, 4));
      json_array_add_object_element (out, o);
    }
  sqlite3_finalize (stmt);
  return out;
}

gboolean
zt_store_scan_accept (ZtStore    *self,
                      const char *service_key,
                      const char *kind,
                      const char *name,
                      const char *hash,
                      const char *by,
                      GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (hash == NULL)
    return exec_text (self, error, "cannot take back an accepted entry",
                      "DELETE FROM scan_accepted WHERE service_key = ? AND kind = ? AND tool = ?", service_key, kind,
                      name, NULL);
  if (sqlite3_prepare_v2 (self->db, "INSERT OR REPLACE INTO scan_accepted (service_key, kind, tool, hash, "
                          "accepted_at, accepted_by) VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "cannot save an accepted entry");
  sqlite3_bind_text (stmt, 1, service_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_text (stmt, 6, by, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return rc == SQLITE_DONE ? TRUE : fail (self, error, "cannot save an accepted entry");
}

gboolean
zt_store_scan_accepted_forget (ZtStore    *self,
                               const char *service_key,
                               GError    **error)
{
  return exec_text (self, error, "cannot take back what was accepted of the service",
                    "DELETE FROM scan_accepted WHERE service_key = ?", service_key, NULL);
}

gboolean
zt_store_begin (ZtStore *self,
                GError **error)
{
  return sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK ? TRUE : fail (self, error, "cannot begin");
}

gboolean
zt_store_end (ZtStore  *self,
              gboolean  commit,
              GError  **error)
{
  if (sqlite3_exec (self->db, commit ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  return commit ? fail (self, error, "cannot commit") : TRUE;
}

gboolean
zt_store_llm_usage_get (ZtStore    *self,
                        const char *subject,
                        const char *service,
                        const char *day,
                        gint64     *tokens_in,
                        gint64     *tokens_out,
                        GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  *tokens_in = *tokens_out = 0;
  if (sqlite3_prepare_v2 (self->db, "SELECT tokens_in, tokens_out FROM llm_usage WHERE subject = ? AND service = ? "
                          "AND day = ?", -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "reading llm usage");
  sqlite3_bind_text (stmt, 1, subject, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, service, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *tokens_in = sqlite3_column_int64 (stmt, 0);
      *tokens_out = sqlite3_column_int64 (stmt, 1);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return fail (self, error, "reading llm usage");
  return TRUE;
}

gboolean
zt_store_llm_usage_add (ZtStore    *self,
                        const char *subject,
                        const char *service,
                        const char *day,
                        gint64      tokens_in,
                        gint64      tokens_out,
                        GError    **error)
{
  sqlite3_stmt *stmt;
  int rc;

  if (sqlite3_prepare_v2 (self->db, "INSERT INTO llm_usage (subject, service, day, tokens_in, tokens_out) "
                          "VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject, service, day) DO UPDATE SET "
                          "tokens_in = tokens_in + excluded.tokens_in, tokens_out = tokens_out + excluded.tokens_out",
                          -1, &stmt, NULL) != SQLITE_OK)
    return fail (self, error, "counting llm usage");
  sqlite3_bind_text (stmt, 1, subject, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, service, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, MAX (tokens_in, 0));
  sqlite3_bind_int64 (stmt, 5, MAX (tokens_out, 0));
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return fail (self, error, "counting llm usage");
  return TRUE;
}
