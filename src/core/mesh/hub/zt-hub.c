/* zt-hub.c: the mesh hub: CA files, hub.db, invitations, and HTTPS join */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <gnutls/crypto.h>
#include <libsoup/soup.h>
#ifdef __linux__
#include <netinet/in.h>
#include <netinet/tcp.h>
#endif
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "zt-ca.h"
#include "zt-db.h"
#include "zt-error.h"
#include "zt-hub.h"
#include "zt-gate-stream.h"
#include "zt-http-guard.h"
#include "zt-hub-private.h"
#include "zt-service.h"
#include "zt-subject.h"
#include "zt-util.h"
#include "zt-tls.h"

#define CA_DAYS            3650
#define HUB_CERT_DAYS      825
#define AGENT_CERT_SECONDS (24 * 3600)  /* default: short-lived, renewed over the control channel */

/* What a member may send on its control channel: a hello lists its exports, nothing nests */
static const ZtLimits control_limits = { 1024 * 1024, 16 };

struct _ZtHubState {
  char    *dir;
  sqlite3 *db;
  char    *mesh;
  char    *listen;
  char    *ca_pem;
  char    *ca_key_pem;
  char    *fingerprint;
  char   **addresses;  /* what invitations name: public addresses, else the listen address */
  gint64   cert_lifetime;
};

/* hub.db's schema, one step per version (zt_db_open) */
static const char *hub_migrations[] = {
  /* 1 */
  "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
  "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, created INTEGER NOT NULL,"
  "  revoked INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE IF NOT EXISTS endpoints (name TEXT PRIMARY KEY, user TEXT NOT NULL,"
  "  created INTEGER NOT NULL, last_seen INTEGER, revoked INTEGER NOT NULL DEFAULT 0);"
  "CREATE TABLE IF NOT EXISTS invitations (id TEXT PRIMARY KEY, user TEXT NOT NULL, endpoint TEXT,"
  "  secret_hash TEXT NOT NULL, created INTEGER NOT NULL, expires INTEGER NOT NULL,"
  "  used_at INTEGER, used_by TEXT);"
  "CREATE TABLE IF NOT EXISTS certificates (serial TEXT PRIMARY KEY, user TEXT NOT NULL,"
  "  endpoint TEXT NOT NULL, spiffe TEXT NOT NULL, issued INTEGER NOT NULL, not_after INTEGER NOT NULL);",
  /* 2: an invitation not yet used can be withdrawn (the desktop app's Pending Invitations) */
  "ALTER TABLE invitations ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;",
};

static gint64
now_s (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
db_fail (sqlite3 *db, GError **error, const char *what)
{
  g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "%s: %s", what, sqlite3_errmsg (db));
  return FALSE;
}

static gboolean
write_private (const char *path, const char *text, GError **error)
{
  return g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static char *
random_b64url (gsize bytes)
{
  g_autofree guint8 *buf = g_malloc (bytes);
  g_autofree char *b64 = NULL;

  if (gnutls_rnd (GNUTLS_RND_KEY, buf, bytes) != 0)
    g_error ("no randomness available");
  b64 = g_base64_encode (buf, bytes);
  g_strdelimit (b64, "+", '-');
  g_strdelimit (b64, "/", '_');
  g_strdelimit (b64, "=", '\0');
  return g_steal_pointer (&b64);
}

static gboolean
name_valid (const char *name)
{
  return zt_service_name_valid (name);
}

gboolean
zt_parse_duration (const char *text,
                   gint64     *seconds,
                   GError    **error)
{
  char *end = NULL;
  gint64 n;

  if (text == NULL || !g_ascii_isdigit (*text))
    goto bad;
  n = g_ascii_strtoll (text, &end, 10);
  if (n <= 0 || n > 100000000)
    goto bad;
  if (*end == '\0' || strcmp (end, "s") == 0) *seconds = n;
  else if (strcmp (end, "m") == 0) *seconds = n * 60;
  else if (strcmp (end, "h") == 0) *seconds = n * 3600;
  else if (strcmp (end, "d") == 0) *seconds = n * 86400;
  else goto bad;
  return TRUE;
bad:
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
               "\"%s\" is not a duration; use e.g. 30m, 12h, 7d or 3600s", text ? text : "");
  return FALSE;
}

gboolean
zt_parse_timeout (const char *text,
                  guint      *ms,
                  GError    **error)
{
  gint64 seconds = 0;

  if (g_strcmp0 (text, "0") != 0 && g_strcmp0 (text, "off") != 0 && !zt_parse_duration (text, &seconds, error))
    return FALSE;
  *ms = (guint) MIN (seconds, G_MAXUINT / 1000) * 1000;
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */

gboolean
zt_hub_init (const char         *dir,
             const char         *mesh,
             const char         *listen,
             const char * const *public_addresses,
             GError            **error)
{
  g_autofree char *db_path = g_build_filename (dir, "hub.db", NULL);
  g_autofree char *ca_key = NULL, *ca_pem = NULL, *hub_key = NULL, *hub_pem = NULL, *chain = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) addr_node = NULL;
  g_autofree char *addr_json = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt;
  guint port;
  int fd;

  if (!name_valid (mesh))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "mesh name \"%s\" must be 1-64 letters, digits, '-', '_' or '.'", mesh ? mesh : "");
      return FALSE;
    }
  if (!zt_parse_listen (listen, &host, &port, error))
    return FALSE;
  if (g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_EXISTS,
                   "%s already holds a hub; use another --data directory, or remove it to start over", dir);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot create %s: %s", dir, g_strerror (errno));
      return FALSE;
    }

  /* certificate names: every address agents may use to reach the hub */
  g_ptr_array_add (names, g_strdup ("localhost"));
  g_ptr_array_add (names, g_strdup ("127.0.0.1"));
  if (strcmp (host, "0.0.0.0") != 0 && strcmp (host, "::") != 0 && strcmp (host, "127.0.0.1") != 0)
    g_ptr_array_add (names, g_strdup (host));
  json_builder_begin_array (b);
  for (guint i = 0; public_addresses && public_addresses[i]; i++)
    {
      g_autofree char *h = NULL;
      guint p;

      if (!zt_parse_listen (public_addresses[i], &h, &p, error))
        return FALSE;
      json_builder_add_string_value (b, public_addresses[i]);
      if (!g_ptr_array_find_with_equal_func (names, h, g_str_equal, NULL))
        g_ptr_array_add (names, g_steal_pointer (&h));
    }
  if (public_addresses == NULL || public_addresses[0] == NULL)
    json_builder_add_string_value (b, listen);
  json_builder_end_array (b);
  addr_node = json_builder_get_root (b);
  addr_json = zt_json_to_string (addr_node);
  g_ptr_array_add (names, NULL);

  if ((ca_key = zt_ca_generate_key_pem (error)) == NULL ||
      (ca_pem = zt_ca_create_ca_pem (ca_key, mesh, CA_DAYS, error)) == NULL ||
      (hub_key = zt_ca_generate_key_pem (error)) == NULL ||
      (hub_pem = zt_ca_issue_server_pem (ca_pem, ca_key, hub_key, (const char * const *) names->pdata,
                                         HUB_CERT_DAYS, error)) == NULL)
    return FALSE;

  {
    g_autofree char *p1 = g_build_filename (dir, "ca.key", NULL);
    g_autofree char *p2 = g_build_filename (dir, "ca.pem", NULL);
    g_autofree char *p3 = g_build_filename (dir, "hub.key", NULL);
    g_autofree char *p4 = g_build_filename (dir, "hub.pem", NULL);

    /* the chain: agents pin the CA, so the hub presents it after its own certificate */
    chain = g_strconcat (hub_pem, ca_pem, NULL);
    if (!write_private (p1, ca_key, error) || !g_file_set_contents (p2, ca_pem, -1, error) ||
        !write_private (p3, hub_key, error) || !g_file_set_contents (p4, chain, -1, error))
      return FALSE;
  }

  fd = g_open (db_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd >= 0)
    close (fd);
  if ((db = zt_db_open (db_path, "hub.db", hub_migrations, G_N_ELEMENTS (hub_migrations), error)) == NULL)
    return FALSE;
  if (sqlite3_prepare_v2 (db, "INSERT INTO meta (key, value) VALUES ('mesh', ?1), ('listen', ?2), "
                              "('addresses', ?3), ('created', ?4)", -1, &stmt, NULL) != SQLITE_OK)
    {
      db_fail (db, error, "cannot write hub.db");
      sqlite3_close (db);
      return FALSE;
    }
  {
    g_autofree char *created = g_strdup_printf ("%" G_GINT64_FORMAT, now_s ());
    sqlite3_bind_text (stmt, 1, mesh, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 2, listen, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 3, addr_json, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text (stmt, 4, created, -1, SQLITE_TRANSIENT);
    sqlite3_step (stmt);
    sqlite3_finalize (stmt);
  }
  sqlite3_close (db);
  return TRUE;
}

static char *
meta_get (sqlite3 *db, const char *key)
{
  sqlite3_stmt *stmt;
  char *value = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT value FROM meta WHERE key = ?", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

ZtHubState *
zt_hub_state_open (const char *dir,
                   GError    **error)
{
  g_autofree char *db_path = g_build_filename (dir, "hub.db", NULL);
  g_autofree char *ca_path = g_build_filename (dir, "ca.pem", NULL);
  g_autofree char *key_path = g_build_filename (dir, "ca.key", NULL);
  g_autofree char *addresses = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  ZtHubState *self;
  GStatBuf st;

  if (!g_file_test (db_path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "no hub in %s; create one with `zt4mcp hub init --data %s --name MESH --listen HOST:PORT`",
                   dir, dir);
      return NULL;
    }
  if (g_stat (key_path, &st) == 0 && (st.st_mode & 0077) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "%s is readable by others; run `chmod 600 %s` (and consider the CA compromised)", key_path, key_path);
      return NULL;
    }
  self = g_new0 (ZtHubState, 1);
  self->dir = g_strdup (dir);
  self->cert_lifetime = AGENT_CERT_SECONDS;
  if ((self->db = zt_db_open (db_path, "hub.db", hub_migrations, G_N_ELEMENTS (hub_migrations), error)) == NULL)
    {
      zt_hub_state_free (self);
      return NULL;
    }
  self->mesh = meta_get (self->db, "mesh");
  self->listen = meta_get (self->db, "listen");
  addresses = meta_get (self->db, "addresses");
  if (!g_file_get_contents (ca_path, &self->ca_pem, NULL, error) ||
      !g_file_get_contents (key_path, &self->ca_key_pem, NULL, error) ||
      (self->fingerprint = zt_ca_fingerprint (self->ca_pem, error)) == NULL)
    {
      zt_hub_state_free (self);
      return NULL;
    }
  if (addresses && (parsed = zt_json_parse_strict (addresses, strlen (addresses), NULL, NULL)) != NULL &&
      JSON_NODE_HOLDS_ARRAY (parsed))
    {
      JsonArray *a = json_node_get_array (parsed);
      GPtrArray *out = g_ptr_array_new ();

      for (guint i = 0; i < json_array_get_length (a); i++)
        if (JSON_NODE_HOLDS_VALUE (json_array_get_element (a, i)) &&
            json_node_get_value_type (json_array_get_element (a, i)) == G_TYPE_STRING)
          g_ptr_array_add (out, g_strdup (json_array_get_string_element (a, i)));
      g_ptr_array_add (out, NULL);
      self->addresses = (char **) g_ptr_array_free (out, FALSE);
    }
  return self;
}

void
zt_hub_state_free (ZtHubState *self)
{
  if (self == NULL)
    return;
  sqlite3_close (self->db);
  g_free (self->dir);
  g_free (self->mesh);
  g_free (self->listen);
  g_free (self->ca_pem);
  if (self->ca_key_pem)
    memset (self->ca_key_pem, 0, strlen (self->ca_key_pem));
  g_free (self->ca_key_pem);
  g_free (self->fingerprint);
  g_strfreev (self->addresses);
  g_free (self);
}

const char *
zt_hub_state_get_mesh (ZtHubState *self)
{
  return self->mesh;
}

const char *
zt_hub_state_get_listen (ZtHubState *self)
{
  return self->listen;
}

/* ---------------------------------------------------------------------------------------- */
/* Invitations                                                                              */

/* Whether @sql (one text parameter) finds a row for @name. */
static gboolean
db_has (sqlite3    *db,
        const char *sql,
        const char *name)
{
  sqlite3_stmt *stmt;
  gboolean found = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
      found = sqlite3_step (stmt) == SQLITE_ROW;
      sqlite3_finalize (stmt);
    }
  return found;
}

/* A user and an endpoint never share a name: access decisions name one or the other, and a
 * member who could take another's user name as its endpoint name would blur them. Endpoint
 * names promised by an invitation not yet used (nor expired) count too. */
static gboolean
name_is_endpoint (ZtHubState *self,
                  const char *name)
{
  return db_has (self->db, "SELECT 1 FROM endpoints WHERE name = ?1 UNION ALL "
                           "SELECT 1 FROM invitations WHERE endpoint = ?1 AND used_at IS NULL AND NOT withdrawn "
                           "AND expires > CAST (strftime ('%s', 'now') AS INTEGER)", name);
}

static gboolean
name_is_user (ZtHubState *self,
              const char *name)
{
  return db_has (self->db, "SELECT 1 FROM users WHERE name = ?1", name);
}

char *
zt_hub_invite (ZtHubState *self,
               const char *user,
               const char *endpoint,
               gint64      ttl,
               GError    **error)
{
  g_autofree char *id = NULL;
  g_autofree char *secret = random_b64url (32);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, secret, -1);
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *json = NULL;
  g_autofree char *b64 = NULL;
  sqlite3_stmt *stmt;
  gint64 now = now_s ();
  int rc;

  /* people type the id (`zt4mcp hub withdraw ID`): one that begins with "-" reads as an option */
  for (;;)
    {
      id = random_b64url (12);
      if (g_ascii_isalnum (id[0]))
        break;
      g_clear_pointer (&id, g_free);
    }

  if (!name_valid (user) || (endpoint != NULL && !name_valid (endpoint)))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "user and endpoint names are 1-64 letters, digits, '-', '_' or '.'");
      return NULL;
    }
  if (name_is_endpoint (self, user))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is already an endpoint's name in this mesh, and a user cannot have an endpoint's "
                   "name: choose another user name", user);
      return NULL;
    }
  if (endpoint != NULL && (strcmp (endpoint, user) == 0 || name_is_user (self, endpoint)))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "\"%s\" is a user's name in this mesh, and an endpoint cannot have a user's name: "
                   "choose another endpoint name", endpoint);
      return NULL;
    }
  sqlite3_exec (self->db, "BEGIN", NULL, NULL, NULL);
  if (sqlite3_prepare_v2 (self->db, "INSERT OR IGNORE INTO users (name, created) VALUES (?, ?)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, user, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, now);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO invitations (id, user, endpoint, secret_hash, created, expires) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      db_fail (self->db, error, "cannot record the invitation");
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, user, -1, SQLITE_TRANSIENT);
  if (endpoint)
    sqlite3_bind_text (stmt, 3, endpoint, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, now);
  sqlite3_bind_int64 (stmt, 6, now + ttl);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  sqlite3_exec (self->db, rc == SQLITE_DONE ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
  if (rc != SQLITE_DONE)
    {
      db_fail (self->db, error, "cannot record the invitation");
      return NULL;
    }

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "v"); json_builder_add_int_value (b, 1);
  json_builder_set_member_name (b, "mesh"); json_builder_add_string_value (b, self->mesh);
  json_builder_set_member_name (b, "hubs");
  json_builder_begin_array (b);
  for (guint i = 0; self->addresses && self->addresses[i]; i++)
    json_builder_add_string_value (b, self->addresses[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "ca"); json_builder_add_string_value (b, self->fingerprint);
  json_builder_set_member_name (b, "user"); json_builder_add_string_value (b, user);
  if (endpoint)
    {
      json_builder_set_member_name (b, "endpoint");
      json_builder_add_string_value (b, endpoint);
    }
  json_builder_set_member_name (b, "id"); json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "secret"); json_builder_add_string_value (b, secret);
  json_builder_set_member_name (b, "exp"); json_builder_add_int_value (b, now + ttl);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json = zt_json_to_string (root);
  b64 = g_base64_encode ((const guchar *) json, strlen (json));
  memset (secret, 0, strlen (secret));
  return g_strconcat (ZT_INVITATION_PREFIX, b64, NULL);
}

JsonObject *
zt_invitation_decode (const char *text,
                      GError    **error)
{
  /* an invitation is a few KiB (a CA certificate and some names) and shallow */
  static const ZtLimits limits = { 64 * 1024, 8 };
  g_autofree guchar *raw = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  g_autoptr(JsonObject) o = NULL;
  JsonNode *hubs;
  gsize len = 0;

  if (!g_str_has_prefix (trimmed, ZT_INVITATION_PREFIX))
    goto bad;
  raw = g_base64_decode (trimmed + strlen (ZT_INVITATION_PREFIX), &len);
  /* json-glib cuts strings at U+0000: what the user is shown and what is used would differ */
  if (raw == NULL || len == 0 || g_strstr_len ((const char *) raw, len, "\\u0000") != NULL ||
      (o = zt_json_parse_object_strict ((const char *) raw, len, &limits, NULL)) == NULL)
    goto bad;
  hubs = json_object_get_member (o, "hubs");
  if (hubs == NULL || !JSON_NODE_HOLDS_ARRAY (hubs) || json_array_get_length (json_node_get_array (hubs)) == 0)
    goto bad;
  for (guint i = 0; i < json_array_get_length (json_node_get_array (hubs)); i++)
    {
      JsonNode *h = json_array_get_element (json_node_get_array (hubs), i);

      if (!JSON_NODE_HOLDS_VALUE (h) || json_node_get_value_type (h) != G_TYPE_STRING)
        goto bad;
    }
  /* every member zt_join_mesh() reads has the type it reads it as (json-glib's getters log
   * a critical on an object or array) */
  if (zt_json_get_int (o, "v", 0) != 1 ||
      !zt_json_get_string (o, "mesh") ||
      !zt_json_get_string (o, "ca") ||
      !zt_json_get_string (o, "id") ||
      !zt_json_get_string (o, "secret") ||
      !zt_json_get_string (o, "user") ||
      zt_json_get_int (o, "exp", -1) == -1 ||
      (json_object_has_member (o, "endpoint") && !zt_json_get_string (o, "endpoint")))
    goto bad;
  {
    /* only what is read goes on, typed: nothing else of the text reaches the join */
    static const char *strings[] = { "mesh", "ca", "id", "secret", "user", "endpoint", NULL };
    JsonObject *typed = json_object_new ();

    json_object_set_int_member (typed, "v", 1);
    json_object_set_int_member (typed, "exp", zt_json_get_int (o, "exp", -1));
    for (guint i = 0; strings[i]; i++)
      if (zt_json_get_string (o, strings[i]) != NULL)
        json_object_set_string_member (typed, strings[i], zt_json_get_string (o, strings[i]));
    json_object_set_member (typed, "hubs", json_node_copy (hubs));
    return typed;
  }

bad:
  g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                       "this is not a zt4mcp invitation (it starts with \"" ZT_INVITATION_PREFIX "\"); "
                       "ask the hub's administrator for a new one with `zt4mcp hub invite USER`");
  return NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Join                                                                                     */

JsonNode *
zt_hub_join (ZtHubState *self,
             JsonObject *request,
             GError    **error)
{
  /* anyone may post this, unauthenticated: any member may have any type */
  const char *id = zt_json_get_string (request, "id");
  const char *secret = zt_json_get_string (request, "secret");
  const char *endpoint = zt_json_get_string (request, "endpoint");
  const char *csr = zt_json_get_string (request, "csr");
  g_autofree char *user = NULL, *invited_endpoint = NULL, *stored_hash = NULL, *hash = NULL;
  g_autofree char *spiffe = NULL, *cert = NULL, *owner = NULL, *serial = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  sqlite3_stmt *stmt;
  gint64 expires = 0, used_at = 0, now = now_s ();
  gboolean used = FALSE, user_revoked = FALSE, withdrawn = FALSE;

  if (id == NULL || secret == NULL || csr == NULL || !name_valid (endpoint))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                           "a join needs id, secret, csr and a valid endpoint name");
      return NULL;
    }
  if (sqlite3_prepare_v2 (self->db, "SELECT i.user, i.endpoint, i.secret_hash, i.expires, i.used_at, u.revoked, i.withdrawn "
                                    "FROM invitations i JOIN users u ON u.name = i.user WHERE i.id = ?",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      db_fail (self->db, error, "hub database");
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      user = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      invited_endpoint = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      stored_hash = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      expires = sqlite3_column_int64 (stmt, 3);
      used = sqlite3_column_type (stmt, 4) != SQLITE_NULL;
      used_at = sqlite3_column_int64 (stmt, 4);
      user_revoked = sqlite3_column_int (stmt, 5) != 0;
      withdrawn = sqlite3_column_int (stmt, 6) != 0;
    }
  sqlite3_finalize (stmt);

  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, secret, -1);
  if (stored_hash == NULL || strlen (stored_hash) != strlen (hash) || !zt_secure_equal (hash, stored_hash, strlen (hash)))
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                           "unknown invitation: it was not issued by this hub, or it was mistyped");
      return NULL;
    }
  if (used)
    {
      g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc (used_at);
      g_autofree char *when = g_date_time_format_iso8601 (t);
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "this invitation was already used (%s); each invitation works once: ask for a new one", when);
      return NULL;
    }
  if (withdrawn)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                           "this invitation was withdrawn by the mesh's administrator; ask them for a new one");
      return NULL;
    }
  if (now > expires)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                           "this invitation has expired; ask the hub's administrator for a new one");
      return NULL;
    }
  if (user_revoked)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "user %s is revoked on this hub", user);
      return NULL;
    }
  if (invited_endpoint != NULL && strcmp (invited_endpoint, endpoint) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "this invitation is for endpoint \"%s\", not \"%s\"", invited_endpoint, endpoint);
      return NULL;
    }
  if (sqlite3_prepare_v2 (self->db, "SELECT user FROM endpoints WHERE name = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, endpoint, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        owner = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  if (owner != NULL && strcmp (owner, user) != 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "endpoint name \"%s\" belongs to another user; choose another with --endpoint", endpoint);
      return NULL;
    }
  if (name_is_user (self, endpoint))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
                   "endpoint name \"%s\" is a user's name in this mesh, and an endpoint cannot have a user's "
                   "name; choose another with --endpoint", endpoint);
      return NULL;
    }

  spiffe = zt_spiffe_id_make (self->mesh, user, endpoint);
  cert = zt_ca_sign_csr_pem (self->ca_pem, self->ca_key_pem, csr, spiffe, self->cert_lifetime, error);
  if (cert == NULL)
    return NULL;

  /* used exactly once: the UPDATE only matches an unused invitation */
  sqlite3_exec (self->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (sqlite3_prepare_v2 (self->db, "UPDATE invitations SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL "
                                    "AND NOT withdrawn",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, now);
      sqlite3_bind_text (stmt, 2, endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, id, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  if (sqlite3_changes (self->db) != 1)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "this invitation was already used");
      return NULL;
    }
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO endpoints (name, user, created) VALUES (?, ?, ?) "
                                    "ON CONFLICT(name) DO NOTHING", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, user, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, now);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  serial = g_compute_checksum_for_string (G_CHECKSUM_SHA256, cert, -1);
  if (sqlite3_prepare_v2 (self->db, "INSERT INTO certificates (serial, user, endpoint, spiffe, issued, not_after) "
                                    "VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, user, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, spiffe, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 5, now);
      sqlite3_bind_int64 (stmt, 6, now + self->cert_lifetime);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "mesh"); json_builder_add_string_value (b, self->mesh);
  json_builder_set_member_name (b, "user"); json_builder_add_string_value (b, user);
  json_builder_set_member_name (b, "endpoint"); json_builder_add_string_value (b, endpoint);
  json_builder_set_member_name (b, "spiffe_id"); json_builder_add_string_value (b, spiffe);
  json_builder_set_member_name (b, "certificate"); json_builder_add_string_value (b, cert);
  json_builder_set_member_name (b, "ca"); json_builder_add_string_value (b, self->ca_pem);
  json_builder_set_member_name (b, "not_after"); json_builder_add_int_value (b, now + self->cert_lifetime);
  json_builder_set_member_name (b, "issued"); json_builder_add_int_value (b, now);
  json_builder_set_member_name (b, "hubs");
  json_builder_begin_array (b);
  for (guint i = 0; self->addresses && self->addresses[i]; i++)
    json_builder_add_string_value (b, self->addresses[i]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* ---------------------------------------------------------------------------------------- */
/* Listings                                                                                 */

static JsonNode *
query_rows (sqlite3    *db,
            const char *sql,
            const char *member,
            const char * const *columns,
            GError    **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      db_fail (db, error, "hub database");
      return NULL;
    }
  json_builder_begin_object (b);
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      json_builder_begin_object (b);
      for (int i = 0; columns[i]; i++)
        {
          json_builder_set_member_name (b, columns[i]);
          switch (sqlite3_column_type (stmt, i))
            {
            case SQLITE_INTEGER:
              if (g_str_has_prefix (columns[i], "revoked"))
                json_builder_add_boolean_value (b, sqlite3_column_int (stmt, i) != 0);
              else
                json_builder_add_int_value (b, sqlite3_column_int64 (stmt, i));
              break;
            case SQLITE_NULL:
              json_builder_add_null_value (b);
              break;
            default:
              json_builder_add_string_value (b, (const char *) sqlite3_column_text (stmt, i));
            }
        }
      json_builder_end_object (b);
    }
  sqlite3_finalize (stmt);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

JsonNode *
zt_hub_list_users (ZtHubState *self,
                   GError    **error)
{
  static const char * const cols[] = { "name", "created", "revoked", "endpoints", NULL };
  return query_rows (self->db, "SELECT u.name, u.created, u.revoked, "
                               "(SELECT count(*) FROM endpoints e WHERE e.user = u.name) "
                               "FROM users u ORDER BY u.name", "users", cols, error);
}

JsonNode *
zt_hub_list_endpoints (ZtHubState *self,
                       GError    **error)
{
  static const char * const cols[] = { "name", "user", "created", "last_seen", "revoked", "not_after", NULL };
  /* an endpoint of a revoked user is revoked too */
  return query_rows (self->db, "SELECT e.name, e.user, e.created, e.last_seen, "
                               "(e.revoked OR coalesce(u.revoked, 0)), "
                               "(SELECT max(not_after) FROM certificates c WHERE c.endpoint = e.name) "
                               "FROM endpoints e LEFT JOIN users u ON u.name = e.user ORDER BY e.name",
                     "endpoints", cols, error);
}

/* The invitations that may still be used: their ids (not their secrets), whom they are
 * for, and when they expire. */
JsonNode *
zt_hub_list_invitations (ZtHubState *self,
                         GError    **error)
{
  static const char * const cols[] = { "id", "user", "endpoint", "created", "expires", NULL };
  return query_rows (self->db, "SELECT id, user, endpoint, created, expires FROM invitations "
                               "WHERE used_at IS NULL AND NOT withdrawn "
                               "AND expires > CAST (strftime ('%s', 'now') AS INTEGER) ORDER BY created, id",
                     "invitations", cols, error);
}

gboolean
zt_hub_withdraw_invitation (ZtHubState *self,
                            const char *id,
                            GError    **error)
{
  sqlite3_stmt *stmt;
  int changes;

  if (sqlite3_prepare_v2 (self->db, "UPDATE invitations SET withdrawn = 1 WHERE id = ? AND used_at IS NULL "
                                    "AND NOT withdrawn AND expires > CAST (strftime ('%s', 'now') AS INTEGER)",
                          -1, &stmt, NULL) != SQLITE_OK)
    return db_fail (self->db, error, "hub database");
  sqlite3_bind_text (stmt, 1, id, -1, SQLITE_TRANSIENT);
  sqlite3_step (stmt);
  changes = sqlite3_changes (self->db);
  sqlite3_finalize (stmt);
  if (changes == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "no pending invitation %s: it was used, has expired, was withdrawn, or never existed", id);
      return FALSE;
    }
  return TRUE;
}

gboolean
zt_hub_set_revoked (ZtHubState *self,
                    const char *name,
                    gboolean    revoked,
                    GError    **error)
{
  int changes = 0;
  const char *sqls[] = { "UPDATE users SET revoked = ?1 WHERE name = ?2",
                         "UPDATE endpoints SET revoked = ?1 WHERE name = ?2" };

  for (guint i = 0; i < G_N_ELEMENTS (sqls); i++)
    {
      sqlite3_stmt *stmt;

      if (sqlite3_prepare_v2 (self->db, sqls[i], -1, &stmt, NULL) != SQLITE_OK)
        return db_fail (self->db, error, "hub database");
      sqlite3_bind_int (stmt, 1, revoked ? 1 : 0);
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
      changes += sqlite3_changes (self->db);
      sqlite3_finalize (stmt);
    }
  if (changes == 0)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_NOT_FOUND,
                   "no user or endpoint named %s; `zt4mcp hub users` and `zt4mcp hub endpoints` list them", name);
      return FALSE;
    }
  return TRUE;
}

JsonNode *
zt_hub_status (ZtHubState *self,
               GError    **error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  sqlite3_stmt *stmt;
  const char *counts[][2] = {
    { "users", "SELECT count(*) FROM users" },
    { "endpoints", "SELECT count(*) FROM endpoints" },
    { "revoked", "SELECT (SELECT count(*) FROM users WHERE revoked) + (SELECT count(*) FROM endpoints WHERE revoked)" },
    { "open_invitations", "SELECT count(*) FROM invitations WHERE used_at IS NULL AND NOT withdrawn "
                          "AND expires > strftime('%s','now')" },
  };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "mesh"); json_builder_add_string_value (b, self->mesh);
  json_builder_set_member_name (b, "listen"); json_builder_add_string_value (b, self->listen);
  json_builder_set_member_name (b, "data"); json_builder_add_string_value (b, self->dir);
  json_builder_set_member_name (b, "ca_fingerprint"); json_builder_add_string_value (b, self->fingerprint);
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      json_builder_set_member_name (b, counts[i][0]);
      if (sqlite3_prepare_v2 (self->db, counts[i][1], -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
        json_builder_add_int_value (b, sqlite3_column_int64 (stmt, 0));
      else
        json_builder_add_int_value (b, 0);
      sqlite3_finalize (stmt);
    }
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* ---------------------------------------------------------------------------------------- */
/* hub serve                                                                                */

/* Spare legs kept per endpoint (see spare_add) */
#define SPARES_PER_ENDPOINT 2

struct _ZtHub {
  ZtHubState *state;
  SoupServer *server;
  char       *url;
  GHashTable *controls;       /* endpoint name -> Control */
  GHashTable *streams;        /* stream id -> Stream, waiting for the exporter to dial back */
  GHashTable *spares;         /* endpoint -> GPtrArray of Spare, oldest first: a member's legs, ready before a stream */
  guint       n_spares;       /* in all */
  guint       spares_max;     /* SPARES_MAX, or the environment's (tests) */
  GPtrArray  *splices;        /* Stream, both legs connected */
  GSource    *revoke_source;
  GHashTable *presence_changed;  /* endpoint -> user: to tell everyone at presence_source */
  GSource    *presence_source;
  char       *revoked_seen;   /* what revocation_state () said at the last look */
  GSource    *trim_source;    /* memory of ended streams back to the system */
  ZtHttpGuard *guard;
  ZtHttpGuardLimits http_limits;
  gsize       stream_buffer;  /* bytes a stream may queue for a reader that does not read */
  guint       peer_timeout_s; /* a control channel silent this long is closed */
  GSource    *silence_source;
  gint64      silence_swept;  /* monotonic µs of the last sweep */
  /* Spliced streams are relayed by a thread of their own, whose context holds only their
   * sockets: the main context holds every agent's control channel, and GLib's cost per
   * iteration grows with what a context holds (thousands of idle agents). */
  GMainContext *main_context;
  GMainContext *relay_context;
  GMainLoop    *relay_loop;
  GThread      *relay_thread;
  GPtrArray    *relay_live;   /* relay thread only: Stream being relayed (a reference each) */
  GAsyncQueue  *relay_gone;   /* Stream the relay has ended (a reference each), for gone_source */
  GSource      *gone_source;  /* main context: takes them off splices */
  /* The control channels' WebSockets live in a few threads' contexts (ControlThread), for
   * the same reason: each ping an agent sends is a turn of the loop that holds its channel,
   * and that turn walks every source and polls every socket of that context. */
  struct _ControlThread *control_threads;  /* CONTROL_THREADS, the first control_started running */
  guint                  control_started;
  guint                  control_thread_channels;  /* CONTROL_THREAD_CHANNELS, or the environment's */
  GAsyncQueue           *control_events;           /* ControlEvent, from those threads */
  GSource               *events_source;            /* main context: handles them */
};

#define JOIN_BODY_LIMIT (64 * 1024)
#define PRESENCE_DELAY_MS 100
#define PRESENCE_DELAY_MAX_MS 1000

/* The window changes are gathered for: each flush writes one message to every agent, so it
 * widens with the mesh (a tenth of a millisecond per agent online, at most a second): 100 ms
 * for a small mesh, 600 ms with 5 000 agents, where a flush every 100 ms kept the hub busy
 * with nothing but flushes while agents arrived. */
static guint
presence_delay_ms (guint online)
{
  return MIN (PRESENCE_DELAY_MS + online / 10, PRESENCE_DELAY_MAX_MS);
}

/* One leg as upgraded, before it is a WebSocket: the connection (on a gate) and what
 * libsoup's WebSocket needs of the request. */
typedef struct {
  GIOStream               *io;
  GUri                    *uri;
  char                    *origin;
} Leg;

/* A stream between two agents: the importer dials /v1/stream?to=EP&service=S, the hub asks
 * EP over its control channel to dial /v1/stream?accept=ID, and splices the two WebSockets.
 * What flows is TLS between the agents: the hub copies ciphertext and decides nothing.
 * The main thread owns a Stream while it waits for the exporter (in streams) and lists it in
 * splices once both legs are there; the relay thread then makes the legs WebSockets and
 * relays them until either ends. Both hold references (atomic). The names are set before the
 * relay sees the stream and never change. */
typedef struct {
  gint                     refs;
  ZtHub                   *hub;
  char                    *id;
  char                    *from;      /* spiffe ids */
  char                    *to_endpoint;
  char                    *from_user, *from_endpoint, *to_user;
  char                    *to_instance;  /* the exporter's run that was asked (may be NULL) */
  char                    *service;
  gboolean                 on_spare;  /* leg_b is the exporter's spare: it is told first what it carries */
  Leg                      leg_a;     /* importer, exporter: until the relay takes them */
  Leg                      leg_b;
  GSource                 *timeout;   /* main thread: the exporter must dial back in time */
  /* relay thread only */
  SoupWebsocketConnection *a;         /* importer */
  SoupWebsocketConnection *b;         /* exporter */
  gboolean                 ended;
  gsize                    queued_a;  /* sent to a (b) since its socket was last writable */
  gsize                    queued_b;
  GSource                 *resume_a;  /* reading a waits for b to be writable again */
  GSource                 *resume_b;
} Stream;

/* A thread whose context holds some agents' control channels. The one that holds the fewest
 * takes a newcomer; once each holds CONTROL_THREAD_CHANNELS, another is started (up to
 * CONTROL_THREADS): each ping an agent sends costs its thread a turn of its loop over every
 * channel it holds, so the hub's idle work grows as the square of its agents divided by its
 * threads. The main thread decides everything; what it asks of a channel (open, send, close,
 * ping) goes to the channel's thread through an outbox, in order, and what an agent says
 * comes back to the main thread. */
#define CONTROL_THREADS         32
#define CONTROL_THREAD_CHANNELS 200

typedef struct _ControlThread {
  ZtHub        *hub;
  GThread      *thread;
  GMainContext *context;
  GMainLoop    *loop;
  GAsyncQueue  *outbox;    /* ControlOp, from the main thread */
  GSource      *kick;      /* this context: drains the outbox */
  gint          kicked;    /* atomic: the kick is set, no need to set it again */
  guint         channels;  /* main thread: channels placed here */
} ControlThread;

/* One agent's control channel: an mTLS WebSocket, identified by its mesh certificate. The main
 * thread owns all but ws, which only the channel's thread touches; both hold references
 * (atomic), as does each operation on its way. */
typedef struct {
  gint                     refs;
  ZtHub                   *hub;
  ControlThread           *thread;
  SoupWebsocketConnection *ws;        /* the channel's thread only */
  gboolean                 closing;   /* main thread: a close was asked of the thread */
  char                    *user;
  char                    *endpoint;
  char                    *spiffe;
  gint64                   since;
  gboolean                 changes;   /* asked for presence=changes: peers-update messages */
  JsonNode                *exports;   /* as announced in hello */
  char                    *direct;    /* an address importers may dial directly */
  char                    *instance;  /* the agent's run, from hello: a new one means it restarted */
  gint64                   heard;     /* atomic; monotonic µs: the last message or pong from the agent */
  GSocket                 *socket;    /* the channel's TCP socket: when the agent last sent bytes */
  gboolean                 pinging;   /* the hub pings this agent (it cannot see its pings) */
} Control;

static Control *
control_ref (Control *c)
{
  g_atomic_int_inc (&c->refs);
  return c;
}

/* The last reference goes when neither thread needs the channel: its WebSocket is gone. */
static void
control_unref (Control *c)
{
  if (!g_atomic_int_dec_and_test (&c->refs))
    return;
  g_assert (c->ws == NULL);
  g_clear_object (&c->socket);
  g_clear_pointer (&c->exports, json_node_unref);
  g_free (c->direct);
  g_free (c->instance);
  g_free (c->user);
  g_free (c->endpoint);
  g_free (c->spiffe);
  g_free (c);
}

static gint64
control_heard (Control *c)
{
  return __atomic_load_n (&c->heard, __ATOMIC_RELAXED);
}

static void
control_set_heard (Control *c,
                   gint64   when)
{
  __atomic_store_n (&c->heard, when, __ATOMIC_RELAXED);
}

typedef enum { CONTROL_OPEN, CONTROL_SEND, CONTROL_CLOSE, CONTROL_KEEPALIVE, CONTROL_STOP } ControlOpKind;

/* What the main thread asks of a channel's thread. */
typedef struct {
  ControlOpKind kind;
  Control      *c;        /* a reference; NULL for CONTROL_STOP */
  char         *text;     /* SEND: the message; CLOSE: the reason */
  guint         number;   /* OPEN, KEEPALIVE: the ping interval in s (0: none); CLOSE: the code */
  GIOStream    *io;       /* OPEN: the upgraded connection */
  GUri         *uri;
  char         *origin;
} ControlOp;

static void
control_op_free (ControlOp *op)
{
  if (op->c != NULL)
    control_unref (op->c);
  g_free (op->text);
  g_clear_object (&op->io);
  g_clear_pointer (&op->uri, g_uri_unref);
  g_free (op->origin);
  g_free (op);
}

/* Main thread: @op (taken) goes to @t's outbox, in order after what was asked before. */
static void
control_thread_post (ControlThread *t,
                     ControlOp     *op)
{
  g_async_queue_push (t->outbox, op);
  if (g_atomic_int_compare_and_exchange (&t->kicked, 0, 1))
    g_source_set_ready_time (t->kick, 0);
}

static void
control_post (Control       *c,
              ControlOpKind  kind,
              char          *text,
              guint          number)
{
  ControlOp *op = g_new0 (ControlOp, 1);

  op->kind = kind;
  op->c = control_ref (c);
  op->text = text;
  op->number = number;
  control_thread_post (c->thread, op);
}

/* Main thread: @text (taken) to the agent, if its channel is still open when its thread gets
 * to it. */
static void
control_send (Control *c,
              char    *text)
{
  if (c->closing)
    return g_free (text);
  control_post (c, CONTROL_SEND, text, 0);
}

static void
control_send_json (Control  *c,
                   JsonNode *node)
{
  control_send (c, zt_json_to_string (node));
}

/* Main thread: the channel is closed with @code and @why, without a word back from its
 * thread (the caller says what it means for the mesh). */
static void
control_close (Control    *c,
               gushort     code,
               const char *why)
{
  if (c->closing)
    return;
  c->closing = TRUE;
  control_post (c, CONTROL_CLOSE, g_strdup (why), code);
}

/* controls' free function (main thread): the table's reference; a channel still open is
 * closed as the hub stops. */
static void
control_drop (Control *c)
{
  control_close (c, SOUP_WEBSOCKET_CLOSE_GOING_AWAY, "hub shutting down");
  c->thread->channels--;
  control_unref (c);
}

static void
send_text (SoupWebsocketConnection *ws,
           const char              *text)
{
  if (soup_websocket_connection_get_state (ws) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_send_text (ws, text);
}

static void
send_json (SoupWebsocketConnection *ws,
           JsonNode                *node)
{
  g_autofree char *text = zt_json_to_string (node);

  send_text (ws, text);
}

void
_zt_hub_append_visible_services (GString    *out,
                                 JsonNode   *exports,
                                 const char *user,
                                 const char *endpoint,
                                 gboolean    llm_only)
{
  JsonArray *a = exports && JSON_NODE_HOLDS_ARRAY (exports) ? json_node_get_array (exports) : NULL;
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      /* typed_exports() made these, but a test or fuzzer may pass anything */
      JsonObject *e = zt_json_array_get_object (a, i);
      JsonArray *who = e ? zt_json_get_array (e, "to") : NULL;
      const char *name = e ? zt_json_get_string (e, "name") : NULL;

      if (llm_only && (e == NULL || g_strcmp0 (zt_json_get_string (e, "kind"), "llm") != 0))
        continue;
      for (guint j = 0; name && who && j < json_array_get_length (who); j++)
        {
          /* an agent from before typed subjects announces plain names: users */
          if (zt_subject_matches (zt_json_array_get_string (who, j), user, endpoint))
            {
              if (!first)
                g_string_append_c (out, ',');
              zt_json_append_string (out, name);
              first = FALSE;
              break;
            }
        }
    }
  g_string_append_c (out, ']');
}

void
_zt_hub_append_peer_entry (GString    *out,
                           const char *endpoint,
                           const char *user,
                           gboolean    online,
                           JsonNode   *exports,
                           const char *instance,
                           const char *direct,
                           const char *to_user,
                           const char *to_endpoint)
{
  g_string_append (out, "{\"endpoint\":");
  zt_json_append_string (out, endpoint);
  g_string_append (out, ",\"user\":");
  zt_json_append_string (out, user);
  g_string_append (out, online ? ",\"online\":true,\"services\":" : ",\"online\":false,\"services\":");
  _zt_hub_append_visible_services (out, exports, to_user, to_endpoint, FALSE);
  /* which of them are model services (docs/llm-chat.md): a list of its own, so agents from
   * before it read "services" as they always did */
  g_string_append (out, ",\"llm\":");
  _zt_hub_append_visible_services (out, exports, to_user, to_endpoint, TRUE);
  /* importers drop their streams to a run of the agent that is gone (docs/mesh.md) */
  if (instance != NULL)
    {
      g_string_append (out, ",\"instance\":");
      zt_json_append_string (out, instance);
    }
  if (direct != NULL)
    {
      g_string_append (out, ",\"direct\":");
      zt_json_append_string (out, direct);
    }
  g_string_append_c (out, '}');
}

/* One endpoint as @to sees it: online or not, and the services it exports to @to. The lists
 * are written as text, not built as JSON trees: with thousands of agents connecting, building
 * them was most of the hub's work. */
static void
append_peer_entry (GString    *out,
                   const char *endpoint,
                   const char *user,
                   Control    *owner,
                   Control    *to)
{
  _zt_hub_append_peer_entry (out, endpoint, user, owner != NULL, owner ? owner->exports : NULL,
                             owner ? owner->instance : NULL, owner ? owner->direct : NULL, to->user, to->endpoint);
}

/* The endpoints the lists name, as (name, user) pairs by name: all but the revoked (and those
 * of a revoked user). Only the two columns: the whole endpoint list (zt_hub_list_endpoints)
 * also looks up each endpoint's certificates. */
static GPtrArray *
listed_endpoints (ZtHubState *state)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  if (sqlite3_prepare_v2 (state->db, "SELECT e.name, e.user FROM endpoints e LEFT JOIN users u ON u.name = e.user "
                                     "WHERE NOT (e.revoked OR coalesce(u.revoked, 0)) ORDER BY e.name",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      g_warning ("hub database: %s", sqlite3_errmsg (state->db));
      return pairs;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *name = (const char *) sqlite3_column_text (stmt, 0);
      const char *user = (const char *) sqlite3_column_text (stmt, 1);

      if (name == NULL || user == NULL)
        continue;
      g_ptr_array_add (pairs, g_strdup (name));
      g_ptr_array_add (pairs, g_strdup (user));
    }
  sqlite3_finalize (stmt);
  return pairs;
}

/* The whole list to @to: endpoints, users, online or not, and the services each exports to
 * @to. @listed: listed_endpoints (), read once for all the receivers. */
static void
send_peers (ZtHub     *self,
            GPtrArray *listed,
            Control   *to)
{
  g_autoptr(GString) out = g_string_sized_new (128 + listed->len * 64);

  g_string_append (out, "{\"type\":\"peers\",\"peers\":[");
  for (guint i = 0; i < listed->len; i += 2)
    {
      const char *name = g_ptr_array_index (listed, i);

      if (i > 0)
        g_string_append_c (out, ',');
      append_peer_entry (out, name, g_ptr_array_index (listed, i + 1), g_hash_table_lookup (self->controls, name), to);
    }
  g_string_append (out, "]}");
  control_send (to, g_string_free (g_steal_pointer (&out), FALSE));
}

static gboolean is_revoked (ZtHubState *state, const char *user, const char *endpoint);

/* Everyone online hears of the endpoints that came, went or changed what they export since
 * the last time: an agent that asked for changes (presence=changes) gets only their entries
 * ("peers-update", and "gone" for the revoked), one from before the whole list. Changes are
 * gathered for presence_delay_ms (), so that a hub that restarts, and has its agents back within
 * seconds, sends each of them a few messages rather than one whole list per agent that came:
 * with N agents that was N^2 entries for each of N arrivals. */
static gboolean
presence_flush_cb (gpointer user_data)
{
  ZtHub *self = user_data;
  g_autoptr(GHashTable) changed = g_steal_pointer (&self->presence_changed);
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  g_autoptr(GPtrArray) came = g_ptr_array_new ();   /* endpoint, user pairs */
  GHashTableIter iter;
  const char *name, *user;
  Control *to;

  g_clear_pointer (&self->presence_source, g_source_unref);
  self->presence_changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_iter_init (&iter, changed);
  while (g_hash_table_iter_next (&iter, (gpointer *) &name, (gpointer *) &user))
    {
      if (is_revoked (self->state, user, name))
        g_ptr_array_add (gone, (gpointer) name);
      else
        {
          g_ptr_array_add (came, (gpointer) name);
          g_ptr_array_add (came, (gpointer) user);
        }
    }
  g_hash_table_iter_init (&iter, self->controls);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &to))
    {
      g_autoptr(GString) out = NULL;

      if (!to->changes)
        {
          if (listed == NULL)
            listed = listed_endpoints (self->state);
          send_peers (self, listed, to);
          continue;
        }
      out = g_string_sized_new (64 + came->len * 64);
      g_string_append (out, "{\"type\":\"peers-update\",\"peers\":[");
      for (guint i = 0; i < came->len; i += 2)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          append_peer_entry (out, g_ptr_array_index (came, i), g_ptr_array_index (came, i + 1),
                             g_hash_table_lookup (self->controls, g_ptr_array_index (came, i)), to);
        }
      g_string_append (out, "],\"gone\":[");
      for (guint i = 0; i < gone->len; i++)
        {
          if (i > 0)
            g_string_append_c (out, ',');
          zt_json_append_string (out, g_ptr_array_index (gone, i));
        }
      g_string_append (out, "]}");
      control_send (to, g_string_free (g_steal_pointer (&out), FALSE));
    }
  return G_SOURCE_REMOVE;
}

/* @endpoint (of @user) came, went, or changed what it exports or where it may be dialled. */
static void
presence_changed (ZtHub      *self,
                  const char *endpoint,
                  const char *user)
{
  g_hash_table_replace (self->presence_changed, g_strdup (endpoint), g_strdup (user));
  if (self->presence_source == NULL)
    self->presence_source = zt_timeout_source_attach (presence_delay_ms (g_hash_table_size (self->controls)),
                                                      presence_flush_cb, self);
}

static void stream_refuse_waiting (Stream *st, gushort code, const char *why);
static gboolean relay_kill_cb (gpointer user_data);
static Stream *stream_ref (Stream *st);
static void stream_unref (Stream *st);

/* Streams asked of @endpoint and not yet taken: its control channel, which carried the ask,
 * is gone, so nobody will take them. Their importers hear it now rather than after the
 * stream timeout. */
static void
fail_pending_streams (ZtHub      *self,
                      const char *endpoint)
{
  g_autofree char *why = g_strdup_printf ("endpoint %s went offline", endpoint);
  GHashTableIter iter;
  Stream *st;

  g_hash_table_iter_init (&iter, self->streams);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &st))
    if (g_strcmp0 (st->to_endpoint, endpoint) == 0)
      {
        stream_refuse_waiting (st, 4404, why);
        g_hash_table_iter_remove (&iter);
      }
}

/* Main thread: @c is closed (by the agent, or by the hub, which says why itself): if it is
 * still the endpoint's channel, the endpoint is offline and its pending streams fail. */
static void
control_gone (Control *c)
{
  ZtHub *self = c->hub;

  if (g_hash_table_lookup (self->controls, c->endpoint) == c)
    {
      fail_pending_streams (self, c->endpoint);
      g_hash_table_remove (self->spares, c->endpoint);
      presence_changed (self, c->endpoint, c->user);
      g_hash_table_remove (self->controls, c->endpoint);  /* the table's reference */
    }
}

/* A member's hello is typed before it is trusted: only [{name: string, to: [string...]}]
 * (and kind: "llm" when it says so)
 * is kept, so what reaches the other members (and the hub's own lookups) has that shape. */
static JsonNode *
typed_exports (JsonNode *exports)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  JsonArray *a = exports && JSON_NODE_HOLDS_ARRAY (exports) ? json_node_get_array (exports) : NULL;

  json_builder_begin_array (b);
  for (guint i = 0; a && i < json_array_get_length (a); i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (e) ? json_node_get_object (e) : NULL;
      JsonNode *name = o ? json_object_get_member (o, "name") : NULL;
      JsonNode *to = o ? json_object_get_member (o, "to") : NULL;

      if (name == NULL || !JSON_NODE_HOLDS_VALUE (name) || json_node_get_value_type (name) != G_TYPE_STRING ||
          to == NULL || !JSON_NODE_HOLDS_ARRAY (to))
        continue;
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, json_node_get_string (name));
      if (g_strcmp0 (zt_json_get_string (o, "kind"), "llm") == 0)
        {
          json_builder_set_member_name (b, "kind");
          json_builder_add_string_value (b, "llm");
        }
      json_builder_set_member_name (b, "to");
      json_builder_begin_array (b);
      for (guint j = 0; j < json_array_get_length (json_node_get_array (to)); j++)
        {
          JsonNode *w = json_array_get_element (json_node_get_array (to), j);

          if (JSON_NODE_HOLDS_VALUE (w) && json_node_get_value_type (w) == G_TYPE_STRING)
            json_builder_add_string_value (b, json_node_get_string (w));
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

gboolean
_zt_hub_control_read (SoupWebsocketDataType  type,
                      GBytes                *message,
                      ZtHubControl          *out,
                      GError               **error)
{
  g_autoptr(JsonObject) o = NULL;
  const char *kind;

  memset (out, 0, sizeof *out);
  if (type != SOUP_WEBSOCKET_DATA_TEXT)
    {
      g_set_error_literal (error, ZT_ERROR, ZT_ERROR_PARSE, "not text");
      return FALSE;
    }
  o = zt_json_parse_object_strict (g_bytes_get_data (message, NULL), g_bytes_get_size (message),
                                   &control_limits, error);
  if (o == NULL)
    return FALSE;
  /* a member writes this: any part of it may have another type than it should */
  kind = zt_json_get_string (o, "type");
  if (g_strcmp0 (kind, "hello") == 0)
    {
      out->kind = ZT_HUB_CONTROL_HELLO;
      out->exports = typed_exports (json_object_get_member (o, "exports"));
      out->direct = g_strdup (zt_json_get_string (o, "direct"));
      out->instance = zt_mesh_instance_is_valid (zt_json_get_string (o, "instance"))
                      ? g_strdup (zt_json_get_string (o, "instance")) : NULL;
    }
  else if (g_strcmp0 (kind, "renew") == 0)
    {
      const char *csr = zt_json_get_string (o, "csr");

      out->kind = ZT_HUB_CONTROL_RENEW;
      out->csr = g_strdup (csr ? csr : "");
    }
  else if (g_strcmp0 (kind, "dial") == 0 && zt_json_get_string (o, "to") != NULL &&
           zt_json_get_string (o, "service") != NULL &&
           (!json_object_has_member (o, "leg") || _zt_hub_spare_name_is_valid (zt_json_get_string (o, "leg"))))
    {
      out->kind = ZT_HUB_CONTROL_DIAL;
      out->to = g_strdup (zt_json_get_string (o, "to"));
      out->service = g_strdup (zt_json_get_string (o, "service"));
      out->leg = g_strdup (zt_json_get_string (o, "leg"));
    }
  return TRUE;
}

gboolean
_zt_hub_spare_name_is_valid (const char *name)
{
  gsize n = name != NULL ? strlen (name) : 0;

  if (n == 0 || n > 32)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isalnum (name[i]) && name[i] != '-' && name[i] != '_')
      return FALSE;
  return TRUE;
}

void
_zt_hub_control_clear (ZtHubControl *control)
{
  g_clear_pointer (&control->exports, json_node_unref);
  g_clear_pointer (&control->direct, g_free);
  g_clear_pointer (&control->instance, g_free);
  g_clear_pointer (&control->csr, g_free);
  g_clear_pointer (&control->to, g_free);
  g_clear_pointer (&control->service, g_free);
  g_clear_pointer (&control->leg, g_free);
}

static void leg_clear (Leg *leg);
static gboolean spare_take (ZtHub *self, const char *endpoint, const char *instance, const char *user,
                            const char *name, gboolean newest, Leg *out);
static void stream_dial (ZtHub *self, Leg *leg, const char *spiffe, const char *user, const char *endpoint,
                         const char *to, const char *service);

/* Main thread: what the agent said on its channel (from its thread). */
static void
control_message (Control               *c,
                 SoupWebsocketDataType  type,
                 GBytes                *message)
{
  g_autoptr(GError) parse_error = NULL;
  ZtHubControl m;
  sqlite3_stmt *stmt;

  if (c->closing || g_hash_table_lookup (c->hub->controls, c->endpoint) != c)
    return;
  if (sqlite3_prepare_v2 (c->hub->state->db, "UPDATE endpoints SET last_seen = ? WHERE name = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, now_s ());
      sqlite3_bind_text (stmt, 2, c->endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_step (stmt);
      sqlite3_finalize (stmt);
    }

  if (!_zt_hub_control_read (type, message, &m, &parse_error))
    {
      g_message ("ignored a control message from %s: %s", c->spiffe, parse_error->message);
      return;
    }
  if (m.kind == ZT_HUB_CONTROL_HELLO)
    {
      g_clear_pointer (&c->exports, json_node_unref);
      c->exports = g_steal_pointer (&m.exports);
      g_free (c->direct);
      c->direct = g_steal_pointer (&m.direct);
      g_free (c->instance);
      c->instance = g_steal_pointer (&m.instance);
      presence_changed (c->hub, c->endpoint, c->user);
    }
  else if (m.kind == ZT_HUB_CONTROL_DIAL)
    {
      /* a dial on the member's own spare leg (it names no destination in its URL): the
       * identity is the channel's, which is the leg's (both are this endpoint's) */
      Leg leg = { NULL, };

      if (spare_take (c->hub, c->endpoint, c->instance, c->user, m.leg, TRUE, &leg))
        {
          stream_dial (c->hub, &leg, c->spiffe, c->user, c->endpoint, m.to, m.service);
          leg_clear (&leg);
        }
      /* else the spare leg is gone, and its agent sees it closed: it dials anew */
    }
  else if (m.kind == ZT_HUB_CONTROL_RENEW)
    {
      /* the new certificate names the identity this channel was authenticated with, never
       * anything the request says; the key is the agent's own (a CSR) */
      ZtHubState *state = c->hub->state;
      g_autoptr(GError) error = NULL;
      g_autofree char *cert = zt_ca_sign_csr_pem (state->ca_pem, state->ca_key_pem, m.csr, c->spiffe,
                                                  state->cert_lifetime, &error);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) reply = NULL;
      gint64 now = now_s ();

      json_builder_begin_object (b);
      if (cert == NULL)
        {
          json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "renew-refused");
          json_builder_set_member_name (b, "message"); json_builder_add_string_value (b, error->message);
        }
      else
        {
          g_autofree char *serial = g_compute_checksum_for_string (G_CHECKSUM_SHA256, cert, -1);

          json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "certificate");
          json_builder_set_member_name (b, "certificate"); json_builder_add_string_value (b, cert);
          json_builder_set_member_name (b, "issued"); json_builder_add_int_value (b, now);
          json_builder_set_member_name (b, "not_after"); json_builder_add_int_value (b, now + state->cert_lifetime);
          if (sqlite3_prepare_v2 (state->db, "INSERT OR IGNORE INTO certificates (serial, user, endpoint, spiffe, issued, "
                                             "not_after) VALUES (?, ?, ?, ?, ?, ?)", -1, &stmt, NULL) == SQLITE_OK)
            {
              sqlite3_bind_text (stmt, 1, serial, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 2, c->user, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 3, c->endpoint, -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (stmt, 4, c->spiffe, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int64 (stmt, 5, now);
              sqlite3_bind_int64 (stmt, 6, now + state->cert_lifetime);
              sqlite3_step (stmt);
              sqlite3_finalize (stmt);
            }
          g_message ("renewed the certificate of %s", c->spiffe);
        }
      json_builder_end_object (b);
      reply = json_builder_get_root (b);
      control_send_json (c, reply);
    }
  _zt_hub_control_clear (&m);
}

static gboolean
is_revoked (ZtHubState *state,
            const char *user,
            const char *endpoint)
{
  sqlite3_stmt *stmt;
  gboolean revoked = TRUE;  /* unknown counts as revoked */

  if (sqlite3_prepare_v2 (state->db, "SELECT u.revoked OR e.revoked FROM endpoints e JOIN users u ON u.name = e.user "
                                     "WHERE e.name = ? AND e.user = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, endpoint, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, user, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        revoked = sqlite3_column_int (stmt, 0) != 0;
      sqlite3_finalize (stmt);
    }
  return revoked;
}

/* Who is revoked, and how many users and endpoints there are (one gone counts as revoked),
 * in one string: when it has not changed, nothing that is connected has been revoked since
 * it was let in (every channel and stream is checked when it opens). */
static char *
revocation_state (ZtHubState *state)
{
  sqlite3_stmt *stmt;
  char *text = NULL;

  if (sqlite3_prepare_v2 (state->db, "SELECT (SELECT count(*) FROM users) || ',' || (SELECT count(*) FROM endpoints) || ',' || "
                                     "ifnull ((SELECT group_concat (name, ',') FROM users WHERE revoked), '') || ';' || "
                                     "ifnull ((SELECT group_concat (name, ',') FROM endpoints WHERE revoked), '')",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      if (sqlite3_step (stmt) == SQLITE_ROW)
        text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_finalize (stmt);
    }
  return text;
}

/* Revocations are written by `zt4mcp hub revoke` into hub.db; the running hub looks twice a
 * second and closes what they cover at once. It looks at every channel and stream only when
 * the revocations changed: with thousands of agents connected, one query each twice a
 * second was most of what an idle hub did. */
static gboolean
revoke_poll_cb (gpointer user_data)
{
  ZtHub *self = user_data;
  GHashTableIter iter;
  Control *c;
  g_autoptr(GPtrArray) doomed = g_ptr_array_new ();
  g_autofree char *seen = revocation_state (self->state);

  if (seen != NULL && g_strcmp0 (seen, self->revoked_seen) == 0)
    return G_SOURCE_CONTINUE;
  g_free (self->revoked_seen);
  self->revoked_seen = g_steal_pointer (&seen);

  g_hash_table_iter_init (&iter, self->controls);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &c))
    if (is_revoked (self->state, c->user, c->endpoint))
      g_ptr_array_add (doomed, c);
  for (guint i = 0; i < doomed->len; i++)
    {
      c = g_ptr_array_index (doomed, i);
      g_message ("revoked: closing the control channel of %s", c->spiffe);
      g_message ("control channel closed: %s", c->spiffe);
      control_close (c, 4403, "revoked: this identity was revoked by the mesh administrator");
      control_gone (c);
    }
  /* and every stream with a revoked end */
  for (guint i = self->splices->len; i > 0; i--)
    {
      Stream *st = g_ptr_array_index (self->splices, i - 1);

      if (is_revoked (self->state, st->from_user, st->from_endpoint) ||
          is_revoked (self->state, st->to_user, st->to_endpoint))
        {
          g_message ("revoked: closing stream %s", st->id);
          g_main_context_invoke_full (self->relay_context, G_PRIORITY_DEFAULT, relay_kill_cb,
                                      stream_ref (st), (GDestroyNotify) stream_unref);
          g_ptr_array_remove_index (self->splices, i - 1);
        }
    }
  return G_SOURCE_CONTINUE;
}

static void
refuse (SoupWebsocketConnection *ws,
        const char              *why)
{
  g_autofree char *reason = g_strdup (why);
  const char *end;

  g_message ("control channel refused: %s", why);
  /* a close frame carries at most 123 bytes of reason: cut at a character boundary */
  if (strlen (reason) > 120)
    {
      g_utf8_validate (reason, 120, &end);
      reason[end - reason] = '\0';
    }
  soup_websocket_connection_close (ws, 4403, reason);
}

static gboolean peer_identity (ZtHub *self, SoupServerMessage *msg, char **user, char **endpoint,
                               char **spiffe, char **why);

/* Monotonic µs when the agent last sent bytes on its channel, as the kernel saw them (its
 * own pings, which libsoup answers without a word to us, count), or 0 where the system does
 * not say. */
static gint64
control_last_received (Control *c,
                       gint64   now)
{
#if defined(__linux__) && defined(TCP_INFO)
  struct tcp_info info;
  socklen_t len = sizeof info;

  if (c->socket != NULL
      && getsockopt (g_socket_get_fd (c->socket), IPPROTO_TCP, TCP_INFO, &info, &len) == 0
      && len >= G_STRUCT_OFFSET (struct tcp_info, tcpi_last_data_recv) + sizeof info.tcpi_last_data_recv)
    return now - (gint64) info.tcpi_last_data_recv * 1000;
#endif
  return 0;
}

/* How often the hub pings a channel, once it pings it: six times in the silence allowed. */
static guint
fallback_ping_s (ZtHub *self)
{
  return MAX (self->peer_timeout_s / 6, 1);
}

/* Closes the control channels that said nothing for the peer timeout: the agent is taken
 * for gone (a hung process, a lost network keep a TCP connection open far longer), listed
 * offline, and its importers drop their streams to it.
 *
 * Agents ping the hub (every 15 s by default) and libsoup answers; the kernel's count of when
 * bytes last came in shows those pings. So the hub pings only the channels that stay silent
 * for half the timeout (an agent that pings rarely), and not every agent every 15 s: with
 * thousands of agents each ping and pong is one more turn of a main loop that walks every
 * channel. */
static gboolean
silence_sweep_cb (gpointer user_data)
{
  ZtHub *self = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 timeout_us = (gint64) self->peer_timeout_s * G_USEC_PER_SEC;
  g_autoptr(GPtrArray) silent = g_ptr_array_new ();
  GHashTableIter iter;
  Control *c;

  if (self->peer_timeout_s == 0)
    return G_SOURCE_CONTINUE;
  /* a sweep this late means the hub itself stood still (suspended, stopped): what the agents
   * said meanwhile is still unread, so everyone gets a new period rather than a close */
  if (self->silence_swept != 0 && now - self->silence_swept > timeout_us / 2)
    {
      g_hash_table_iter_init (&iter, self->controls);
      while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &c))
        control_set_heard (c, now);
    }
  self->silence_swept = now;
  g_hash_table_iter_init (&iter, self->controls);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &c))
    {
      gint64 heard = MAX (control_heard (c), control_last_received (c, now));

      control_set_heard (c, heard);
      if (now - heard > timeout_us)
        g_ptr_array_add (silent, c);
      else if (!c->pinging && now - heard > timeout_us / 2)
        {
          /* pinged from now on, several times before the timeout: a live agent answers */
          c->pinging = TRUE;
          control_post (c, CONTROL_KEEPALIVE, NULL, fallback_ping_s (self));
        }
    }
  /* closed after the walk: a close removes the channel from the table */
  for (guint i = 0; i < silent->len; i++)
    {
      g_autofree char *why = NULL;

      c = g_ptr_array_index (silent, i);
      why = g_strdup_printf ("silent for %u s: no ping of its own, no answer to the hub's pings", self->peer_timeout_s);
      g_message ("control channel of %s closed: %s", c->spiffe, why);
      /* gone now: the close handshake would wait for an answer that is not coming */
      control_close (c, 4408, why);
      control_gone (c);
    }
  return G_SOURCE_CONTINUE;
}

void
zt_hub_set_peer_timeout (ZtHub *self,
                         guint  seconds)
{
  self->peer_timeout_s = seconds;
}

static void refuse_leg (Leg *leg, const char *why);

/* ---------------------------------------------------------------- the channels' threads */

/* A source in @context that another thread wakes (g_source_set_ready_time (source, 0)) to
 * have @funcs' dispatch run with @data; it sleeps again by setting -1. */
static GSource *
wake_source_new (GSourceFuncs *funcs,
                 gpointer      data,
                 GMainContext *context)
{
  GSource *source = g_source_new (funcs, sizeof (GSource));

  g_source_set_callback (source, NULL, data, NULL);
  g_source_set_ready_time (source, -1);
  g_source_attach (source, context);
  return source;
}


/* What an agent said, or that its channel closed, on its way to the main thread. */
typedef struct {
  Control               *c;        /* a reference */
  SoupWebsocketDataType  type;
  GBytes                *message;  /* NULL: the channel closed */
} ControlEvent;

static void
control_event_free (ControlEvent *e)
{
  control_unref (e->c);
  g_clear_pointer (&e->message, g_bytes_unref);
  g_free (e);
}

/* Main thread: what the channels' threads queued, in order. Through the hub's own queue and
 * source, not idle sources of their own: those could run after the hub was freed. */
static gboolean
control_events_dispatch (GSource     *source,
                         GSourceFunc  callback,
                         gpointer     user_data)
{
  ZtHub *self = user_data;
  ControlEvent *e;

  g_source_set_ready_time (source, -1);
  while ((e = g_async_queue_try_pop (self->control_events)) != NULL)
    {
      if (e->message != NULL)
        control_message (e->c, e->type, e->message);
      else if (!e->c->closing)
        {
          g_message ("control channel closed: %s", e->c->spiffe);
          control_gone (e->c);
        }
      control_event_free (e);
    }
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs control_events_funcs = { NULL, NULL, control_events_dispatch, NULL, NULL, NULL };

/* Channel's thread: to the main thread. */
static void
control_event (Control               *c,
               SoupWebsocketDataType  type,
               GBytes                *message)
{
  ControlEvent *e = g_new0 (ControlEvent, 1);

  e->c = control_ref (c);
  e->type = type;
  e->message = message ? g_bytes_ref (message) : NULL;
  g_async_queue_push (c->hub->control_events, e);
  g_source_set_ready_time (c->hub->events_source, 0);
}

/* Channel's thread: the WebSocket goes (closed first with @code and @why, if still open and
 * @code is not 0), and with it this thread's reference. */
static void
control_release (Control    *c,
                 gushort     code,
                 const char *why)
{
  if (c->ws == NULL)
    return;
  g_signal_handlers_disconnect_by_data (c->ws, c);
  if (code != 0 && soup_websocket_connection_get_state (c->ws) == SOUP_WEBSOCKET_STATE_OPEN)
    soup_websocket_connection_close (c->ws, code, why);
  g_clear_object (&c->ws);
  control_unref (c);
}

static void
control_ws_message_cb (SoupWebsocketConnection *ws,
                       SoupWebsocketDataType    type,
                       GBytes                  *message,
                       Control                 *c)
{
  control_set_heard (c, g_get_monotonic_time ());
  control_event (c, type, message);
}

static void
control_ws_pong_cb (SoupWebsocketConnection *ws,
                    GBytes                  *message,
                    Control                 *c)
{
  control_set_heard (c, g_get_monotonic_time ());
}

static void
control_ws_closed_cb (SoupWebsocketConnection *ws,
                      Control                 *c)
{
  control_event (c, 0, NULL);
  control_release (c, 0, NULL);
}

/* Channel's thread: one operation the main thread asked for. */
static void
control_op_run (ControlThread *t,
                ControlOp     *op)
{
  Control *c = op->c;

  switch (op->kind)
    {
    case CONTROL_OPEN:
      /* no extension: control messages are small, and deflate would cost every one */
      c->ws = soup_websocket_connection_new (op->io, op->uri, SOUP_WEBSOCKET_CONNECTION_SERVER, op->origin, NULL, NULL);
      control_ref (c);  /* for as long as the WebSocket lives */
      if (op->number > 0)
        g_object_set (c->ws, "keepalive-interval", op->number, NULL);
      g_signal_connect (c->ws, "pong", G_CALLBACK (control_ws_pong_cb), c);
      g_signal_connect (c->ws, "closed", G_CALLBACK (control_ws_closed_cb), c);
      g_signal_connect (c->ws, "message", G_CALLBACK (control_ws_message_cb), c);
      break;
    case CONTROL_SEND:
      if (c->ws != NULL)
        send_text (c->ws, op->text);
      break;
    case CONTROL_CLOSE:
      control_release (c, op->number, op->text);
      break;
    case CONTROL_KEEPALIVE:
      if (c->ws != NULL)
        g_object_set (c->ws, "keepalive-interval", op->number, NULL);
      break;
    case CONTROL_STOP:
      g_main_loop_quit (t->loop);
      break;
    }
}

/* Channel's thread: everything in the outbox, in order. */
static void
control_thread_drain (ControlThread *t)
{
  ControlOp *op;

  while ((op = g_async_queue_try_pop (t->outbox)) != NULL)
    {
      control_op_run (t, op);
      control_op_free (op);
    }
}

static gboolean
control_kick_dispatch (GSource     *source,
                       GSourceFunc  callback,
                       gpointer     user_data)
{
  ControlThread *t = user_data;

  g_source_set_ready_time (source, -1);
  g_atomic_int_set (&t->kicked, 0);
  control_thread_drain (t);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs control_kick_funcs = { NULL, NULL, control_kick_dispatch, NULL, NULL, NULL };

static gpointer
control_thread (gpointer user_data)
{
  ControlThread *t = user_data;

  g_main_context_push_thread_default (t->context);
  g_main_loop_run (t->loop);
  /* what was asked after the stop (nothing should be): done, so that every WebSocket goes
   * in this thread */
  control_thread_drain (t);
  g_main_context_pop_thread_default (t->context);
  return NULL;
}

static ControlThread *
control_thread_start (ZtHub *self)
{
  ControlThread *t = &self->control_threads[self->control_started++];

  t->hub = self;
  t->context = g_main_context_new ();
  t->loop = g_main_loop_new (t->context, FALSE);
  t->outbox = g_async_queue_new ();
  t->kick = wake_source_new (&control_kick_funcs, t, t->context);
  t->thread = g_thread_new ("zt-hub-control", control_thread, t);
  return t;
}

static void
control_threads_start (ZtHub *self)
{
  const char *env = g_getenv ("ZT4MCP_HUB_THREAD_CHANNELS");  /* tests: 1 spreads a small mesh */
  guint64 n = 0;

  self->control_thread_channels = CONTROL_THREAD_CHANNELS;
  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 100000, &n, NULL))
    self->control_thread_channels = n;
  self->control_threads = g_new0 (ControlThread, CONTROL_THREADS);
  self->control_events = g_async_queue_new ();
  self->events_source = wake_source_new (&control_events_funcs, self, self->main_context);
  control_thread_start (self);
}

/* After the channels were dropped (their closes are in the outboxes, before the stop). */
static void
control_threads_stop (ZtHub *self)
{
  ControlEvent *e;

  if (self->control_threads == NULL)
    return;
  for (guint i = 0; i < self->control_started; i++)
    {
      ControlOp *op = g_new0 (ControlOp, 1);

      op->kind = CONTROL_STOP;
      control_thread_post (&self->control_threads[i], op);
    }
  for (guint i = 0; i < self->control_started; i++)
    {
      ControlThread *t = &self->control_threads[i];

      g_thread_join (g_steal_pointer (&t->thread));
      zt_source_clear (&t->kick);
      g_async_queue_unref (t->outbox);
      g_main_loop_unref (t->loop);
      g_main_context_unref (t->context);
    }
  g_clear_pointer (&self->control_threads, g_free);
  self->control_started = 0;
  /* the threads are gone: nothing more is queued; what was is dropped */
  zt_source_clear (&self->events_source);
  while ((e = g_async_queue_try_pop (self->control_events)) != NULL)
    control_event_free (e);
  g_clear_pointer (&self->control_events, g_async_queue_unref);
}

static ControlThread *
control_thread_for_newcomer (ZtHub *self)
{
  ControlThread *best = &self->control_threads[0];

  for (guint i = 1; i < self->control_started; i++)
    if (self->control_threads[i].channels < best->channels)
      best = &self->control_threads[i];
  if (best->channels >= self->control_thread_channels && self->control_started < CONTROL_THREADS)
    best = control_thread_start (self);
  return best;
}

/* The agent's identity is its certificate: checked against the mesh CA here, whatever the
 * TLS layer let through, then against revocation. The channel is upgraded as libsoup's own
 * WebSocket handler would, then stolen and made a WebSocket in its thread's context. */
static void
control_upgraded_cb (SoupServerMessage *msg,
                     gpointer           user_data)
{
  ZtHub *self = user_data;
  g_autoptr(SoupServerMessage) hold = g_object_ref (msg);
  g_autofree char *spiffe = NULL, *user = NULL, *endpoint = NULL, *why = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) welcome = NULL;
  GSocket *socket = soup_server_message_get_socket (msg);
  g_autoptr(GSocket) held_socket = socket ? g_object_ref (socket) : NULL;
  ControlOp *op;
  Control *c, *old;

  /* before the steal, which leaves the message without its connection */
  if (!peer_identity (self, msg, &user, &endpoint, &spiffe, &why))
    {
      Leg leg = { NULL, };

      leg.io = soup_server_message_steal_connection (msg);
      if (leg.io == NULL)
        return;
      leg.uri = g_uri_ref (soup_server_message_get_uri (msg));
      refuse_leg (&leg, why);
      return;
    }
  op = g_new0 (ControlOp, 1);
  op->kind = CONTROL_OPEN;
  op->uri = g_uri_ref (soup_server_message_get_uri (msg));
  op->origin = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Origin"));
  op->io = soup_server_message_steal_connection (msg);
  if (op->io == NULL)
    return control_op_free (op);

  c = g_new0 (Control, 1);
  c->refs = 1;  /* the table's */
  c->hub = self;
  c->thread = control_thread_for_newcomer (self);
  c->thread->channels++;
  c->user = g_steal_pointer (&user);
  c->endpoint = g_steal_pointer (&endpoint);
  c->spiffe = g_strdup (spiffe);
  c->since = now_s ();
  {
    const char *query = g_uri_get_query (op->uri);
    g_autoptr(GHashTable) params = query ? g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL) : NULL;

    c->changes = params != NULL && g_strcmp0 (g_hash_table_lookup (params, "presence"), "changes") == 0;
  }
  c->heard = g_get_monotonic_time ();
  c->socket = g_steal_pointer (&held_socket);
  /* where the agent's own pings cannot be seen, or no timeout is kept, the hub pings as
   * before: three times in the silence allowed, or every 15 s */
  c->pinging = self->peer_timeout_s == 0 || control_last_received (c, c->heard) == 0;
  if (c->pinging)
    op->number = self->peer_timeout_s ? MAX (self->peer_timeout_s / 3, 1) : 15;
  op->c = control_ref (c);
  control_thread_post (c->thread, op);

  old = g_hash_table_lookup (self->controls, c->endpoint);
  if (old != NULL)
    {
      /* the same endpoint again (a reconnect): the newer channel wins */
      control_close (old, SOUP_WEBSOCKET_CLOSE_NORMAL, "replaced by a newer connection");
      fail_pending_streams (self, c->endpoint);
    }
  /* replace, not insert: insert would keep the old key, which control_drop (old) frees */
  g_hash_table_replace (self->controls, c->endpoint, c);
  g_message ("control channel open: %s", c->spiffe);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "welcome");
  json_builder_set_member_name (b, "mesh"); json_builder_add_string_value (b, self->state->mesh);
  json_builder_set_member_name (b, "spiffe_id"); json_builder_add_string_value (b, c->spiffe);
  /* how many named spare legs it keeps per endpoint (a hub from before keeps one, unnamed) */
  json_builder_set_member_name (b, "spares"); json_builder_add_int_value (b, SPARES_PER_ENDPOINT);
  json_builder_end_object (b);
  welcome = json_builder_get_root (b);
  control_send_json (c, welcome);
  /* the newcomer gets the whole list now; the others hear of it with the next changes */
  {
    g_autoptr(GPtrArray) listed = listed_endpoints (self->state);

    send_peers (self, listed, c);
  }
  presence_changed (self, c->endpoint, c->user);
}

static void
control_handler_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    const char        *path,
                    GHashTable        *query,
                    gpointer           user_data)
{
  if (soup_websocket_server_process_handshake (msg, NULL, NULL, NULL, NULL))
    g_signal_connect (msg, "wrote-informational", G_CALLBACK (control_upgraded_cb), user_data);
}

/* The identity behind a WebSocket's client certificate, or NULL with the reason. */
static gboolean
peer_identity (ZtHub              *self,
               SoupServerMessage  *msg,
               char              **user,
               char              **endpoint,
               char              **spiffe,
               char              **why)
{
  GTlsCertificate *peer = soup_server_message_get_tls_peer_certificate (msg);
  g_autofree char *pem = NULL;
  g_autofree char *mesh = NULL;
  g_autoptr(GError) error = NULL;

  if (peer == NULL)
    {
      *why = g_strdup ("no client certificate: join the mesh first (zt4mcp join INVITATION)");
      return FALSE;
    }
  g_object_get (peer, "certificate-pem", &pem, NULL);
  if (!zt_ca_verify_peer (self->state->ca_pem, pem, 0, NULL, &error))
    {
      *why = g_strdup_printf ("certificate refused: %s", error->message);
      return FALSE;
    }
  *spiffe = zt_ca_get_spiffe_id (pem, NULL);
  if (*spiffe == NULL || !zt_spiffe_id_parse (*spiffe, &mesh, user, endpoint, NULL) ||
      g_strcmp0 (mesh, self->state->mesh) != 0)
    {
      *why = g_strdup ("certificate refused: not an agent identity of this mesh");
      return FALSE;
    }
  if (is_revoked (self->state, *user, *endpoint))
    {
      *why = g_strdup ("revoked: this identity was revoked by the mesh administrator");
      return FALSE;
    }
  return TRUE;
}

static void
leg_clear (Leg *leg)
{
  g_clear_object (&leg->io);
  g_clear_pointer (&leg->uri, g_uri_unref);
  g_clear_pointer (&leg->origin, g_free);
}

/* The leg as a WebSocket, in the thread's context; the leg is left empty. No extension is
 * offered: what flows is ciphertext, which permessage-deflate cannot shrink. */
static SoupWebsocketConnection *
leg_websocket (Leg *leg)
{
  SoupWebsocketConnection *ws = soup_websocket_connection_new (leg->io, leg->uri, SOUP_WEBSOCKET_CONNECTION_SERVER,
                                                               leg->origin, NULL, NULL);
  leg_clear (leg);
  return ws;
}

/* A member's spare legs: connected and upgraded before a stream needs one, so that a dial to
 * its endpoint is spliced at once instead of waiting for it to dial back, and its own dial
 * (named on its control channel) needs no new leg: a connection and a TLS handshake, 5-8 ms
 * of a cold stream, each. An agent opens them after a stream of its own; up to
 * SPARES_PER_ENDPOINT per endpoint (two, so that a second stream soon after the first finds
 * one while the first one's replacement is still being opened), each for SPARE_SECONDS; they
 * end with the endpoint's control channel (offline, revoked) and when their agent closes
 * them. Each has the name its agent gave it (spare=NAME), so that the agent's own dial names
 * the leg it waits on; a dial to the endpoint takes the oldest. Nothing is read from one
 * before it is spliced (its agent says nothing first): its socket being readable means it
 * was closed. */
#define SPARE_SECONDS 60
/* Each is an idle TLS connection (some tens of KiB): a hub with thousands of busy agents keeps
 * at most this many, and an agent refused one dials as before. */
#define SPARES_MAX 1024

typedef struct {
  ZtHub   *hub;
  char    *endpoint;
  char    *name;
  char    *instance;  /* the agent's run that opened it */
  Leg      leg;
  GSource *timeout;
  GSource *watch;
} Spare;

static void
spare_free (Spare *sb)
{
  zt_source_clear (&sb->timeout);
  if (sb->watch != NULL)
    {
      g_source_destroy (sb->watch);
      g_clear_pointer (&sb->watch, g_source_unref);
    }
  if (sb->leg.io != NULL)
    g_io_stream_close (sb->leg.io, NULL, NULL);
  leg_clear (&sb->leg);
  sb->hub->n_spares--;
  g_free (sb->endpoint);
  g_free (sb->name);
  g_free (sb->instance);
  g_free (sb);
}

/* @sb's endpoint's spare legs, oldest first, or NULL */
static GPtrArray *
spares_of (ZtHub      *self,
           const char *endpoint)
{
  return g_hash_table_lookup (self->spares, endpoint);
}

/* Frees @sb (it is the array's), and the endpoint's entry with its last one. */
static void
spare_remove (Spare *sb)
{
  ZtHub *self = sb->hub;
  GPtrArray *all = spares_of (self, sb->endpoint);

  if (all->len == 1)
    g_hash_table_remove (self->spares, sb->endpoint);
  else
    g_ptr_array_remove (all, sb);
}

static gboolean
spare_expired_cb (gpointer user_data)
{
  Spare *sb = user_data;

  g_clear_pointer (&sb->timeout, g_source_unref);
  spare_remove (sb);
  return G_SOURCE_REMOVE;
}

static gboolean
spare_closed_cb (GSocket      *socket,
                 GIOCondition  condition,
                 gpointer      user_data)
{
  /* sources are not freed from their own dispatch: the free function destroys it */
  spare_remove (user_data);
  return G_SOURCE_REMOVE;
}

static Spare *
spare_named (GPtrArray  *all,
             const char *name)
{
  for (guint i = 0; all != NULL && i < all->len; i++)
    if (strcmp (((Spare *) all->pdata[i])->name, name) == 0)
      return all->pdata[i];
  return NULL;
}

/* Whether one more spare leg of @endpoint's, named @name, fits: it would replace one of its
 * own (the same name again, or its oldest when it has as many as it may), or the hub holds
 * fewer than it keeps. */
static gboolean
spare_fits (ZtHub      *self,
            const char *endpoint,
            const char *name)
{
  GPtrArray *all = spares_of (self, endpoint);

  return self->n_spares < self->spares_max || spare_named (all, name) != NULL ||
         (all != NULL && all->len >= SPARES_PER_ENDPOINT);
}

/* Takes @leg as one of @endpoint's spare legs, named @name: it replaces the one of that name,
 * or the oldest when the endpoint has as many as it may. */
static void
spare_add (ZtHub      *self,
           Leg        *leg,
           const char *endpoint,
           const char *name,
           const char *instance)
{
  Spare *sb = g_new0 (Spare, 1);
  GSocket *socket = g_object_get_data (G_OBJECT (leg->io), "GSocket");
  GPtrArray *all = spares_of (self, endpoint);
  Spare *same;

  if (all == NULL)
    {
      all = g_ptr_array_new_with_free_func ((GDestroyNotify) spare_free);
      g_hash_table_insert (self->spares, g_strdup (endpoint), all);
    }
  if ((same = spare_named (all, name)) != NULL)
    g_ptr_array_remove (all, same);
  while (all->len >= SPARES_PER_ENDPOINT)
    g_ptr_array_remove_index (all, 0);
  sb->hub = self;
  sb->endpoint = g_strdup (endpoint);
  sb->name = g_strdup (name);
  sb->instance = g_strdup (instance);
  sb->leg = *leg;
  memset (leg, 0, sizeof *leg);
  sb->timeout = zt_timeout_source_attach (SPARE_SECONDS * 1000, spare_expired_cb, sb);
  if (socket != NULL)
    {
      sb->watch = g_socket_create_source (socket, G_IO_IN | G_IO_HUP | G_IO_ERR, NULL);
      g_source_set_callback (sb->watch, G_SOURCE_FUNC (spare_closed_cb), sb, NULL);
      g_source_attach (sb->watch, g_main_context_get_thread_default ());
    }
  self->n_spares++;
  g_ptr_array_add (all, sb);
}

/* Takes one of @endpoint's spare legs into @out: the one named @name (the endpoint's own dial
 * on it), or with no name the newest (@newest: the own dial of an agent from before names) or
 * the oldest (a dial to the endpoint); if it is from its run @instance and (its user) is not
 * revoked: revocation is checked on a timer for open channels, so a leg is checked again when
 * it is used. */
static gboolean
spare_take (ZtHub      *self,
            const char *endpoint,
            const char *instance,
            const char *user,
            const char *name,
            gboolean    newest,
            Leg        *out)
{
  GPtrArray *all = spares_of (self, endpoint);
  Spare *sb;

  if (all == NULL)
    return FALSE;
  sb = name != NULL ? spare_named (all, name) : all->pdata[newest ? all->len - 1 : 0];
  if (sb == NULL || g_strcmp0 (sb->instance, instance) != 0 || is_revoked (self->state, user, endpoint))
    return FALSE;
  *out = sb->leg;
  memset (&sb->leg, 0, sizeof sb->leg);
  spare_remove (sb);
  return TRUE;
}

static Stream *
stream_ref (Stream *st)
{
  g_atomic_int_inc (&st->refs);
  return st;
}

static void
stream_unref (Stream *st)
{
  if (!g_atomic_int_dec_and_test (&st->refs))
    return;
  /* the last reference goes where the stream was last used: its sources are gone by then */
  g_assert (st->a == NULL && st->b == NULL && st->timeout == NULL);
  leg_clear (&st->leg_a);
  leg_clear (&st->leg_b);
  g_free (st->id);
  g_free (st->from);
  g_free (st->to_endpoint);
  g_free (st->from_user);
  g_free (st->from_endpoint);
  g_free (st->to_user);
  g_free (st->to_instance);
  g_free (st->service);
  g_free (st);
}

/* streams' free function (main thread): a stream that waited and will not be spliced */
static void
stream_waiting_free (Stream *st)
{
  zt_source_clear (&st->timeout);
  stream_unref (st);
}

/* Main thread: the importer of a waiting stream is told why there will be none. */
static void
stream_refuse_waiting (Stream     *st,
                       gushort     code,
                       const char *why)
{
  g_autoptr(SoupWebsocketConnection) ws = NULL;

  if (st->leg_a.io == NULL)
    return;
  ws = leg_websocket (&st->leg_a);
  soup_websocket_connection_close (ws, code, why);
}

/* Relay thread: the stream ends on both legs (@why: NULL for a normal close) and goes to
 * the main thread to be taken off splices. */
static void
relay_end (Stream     *st,
           gushort     code,
           const char *why)
{
  ZtHub *self = st->hub;
  SoupWebsocketConnection *legs[2] = { st->a, st->b };

  if (st->ended)
    return;
  st->ended = TRUE;
  zt_source_clear (&st->resume_a);
  zt_source_clear (&st->resume_b);
  st->a = st->b = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (legs); i++)
    {
      if (legs[i] == NULL)
        continue;
      g_signal_handlers_disconnect_by_data (legs[i], st);
      if (soup_websocket_connection_get_state (legs[i]) == SOUP_WEBSOCKET_STATE_OPEN)
        soup_websocket_connection_close (legs[i], code ? code : SOUP_WEBSOCKET_CLOSE_NORMAL, why);
      g_object_unref (legs[i]);
    }
  g_async_queue_push (self->relay_gone, stream_ref (st));
  g_source_set_ready_time (self->gone_source, 0);
  g_ptr_array_remove (self->relay_live, st);   /* its reference */
}

static gboolean
relay_kill_cb (gpointer user_data)
{
  relay_end (user_data, 4403, "revoked: an end of this stream was revoked by the mesh administrator");
  return G_SOURCE_REMOVE;
}

/* Main thread: streams the relay ended are no longer listed. */
static gboolean
gone_dispatch (GSource     *source,
               GSourceFunc  callback,
               gpointer     user_data)
{
  ZtHub *self = user_data;
  Stream *st;

  g_source_set_ready_time (source, -1);
  while ((st = g_async_queue_try_pop (self->relay_gone)) != NULL)
    {
      g_ptr_array_remove (self->splices, st);
      stream_unref (st);
    }
  zt_memory_settle_later (&self->trim_source);
  return G_SOURCE_CONTINUE;
}

static GSourceFuncs gone_funcs = { NULL, NULL, gone_dispatch, NULL, NULL, NULL };

static gpointer
relay_thread (gpointer user_data)
{
  ZtHub *self = user_data;

  g_main_context_push_thread_default (self->relay_context);
  g_main_loop_run (self->relay_loop);
  g_main_context_pop_thread_default (self->relay_context);
  return NULL;
}

/* Relay thread, as the hub stops: every stream ends, then the loop. */
static gboolean
relay_stop_cb (gpointer user_data)
{
  ZtHub *self = user_data;

  while (self->relay_live->len > 0)
    relay_end (g_ptr_array_index (self->relay_live, self->relay_live->len - 1), SOUP_WEBSOCKET_CLOSE_GOING_AWAY,
               "hub shutting down");
  g_main_loop_quit (self->relay_loop);
  return G_SOURCE_REMOVE;
}

static void
relay_start (ZtHub *self)
{
  self->main_context = g_main_context_ref_thread_default ();
  self->relay_context = g_main_context_new ();
  self->relay_loop = g_main_loop_new (self->relay_context, FALSE);
  self->relay_live = g_ptr_array_new_with_free_func ((GDestroyNotify) stream_unref);
  self->relay_gone = g_async_queue_new ();
  self->gone_source = wake_source_new (&gone_funcs, self, self->main_context);
  self->relay_thread = g_thread_new ("zt-hub-relay", relay_thread, self);
}

static void
relay_stop (ZtHub *self)
{
  Stream *st;

  if (self->relay_thread == NULL)
    return;
  g_main_context_invoke (self->relay_context, relay_stop_cb, self);
  g_thread_join (g_steal_pointer (&self->relay_thread));
  zt_source_clear (&self->gone_source);
  while ((st = g_async_queue_try_pop (self->relay_gone)) != NULL)
    stream_unref (st);
  g_clear_pointer (&self->relay_gone, g_async_queue_unref);
  g_clear_pointer (&self->relay_live, g_ptr_array_unref);
  g_clear_pointer (&self->relay_loop, g_main_loop_unref);
  g_clear_pointer (&self->relay_context, g_main_context_unref);  /* what was still queued: unreferenced */
  g_clear_pointer (&self->main_context, g_main_context_unref);
}

/* ZT4MCP_HUB_TAP=FILE records every byte the hub relays between agents, so a test can show
 * what the hub could see: ciphertext only. For tests and audits of the hub itself. */
static void
tap (GBytes *message)
{
  static int fd = -2;
  gsize len;
  const char *data;

  if (fd == -2)
    {
      const char *path = g_getenv ("ZT4MCP_HUB_TAP");
      fd = path ? g_open (path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600) : -1;
      if (path)
        g_message ("tap: recording relayed stream bytes in %s", path);
    }
  if (fd < 0)
    return;
  data = g_bytes_get_data (message, &len);
  if (write (fd, data, len) < 0)
    g_warning ("tap: %s", g_strerror (errno));
}

static GSocket *
leg_socket (SoupWebsocketConnection *ws)
{
  return g_object_get_data (G_OBJECT (soup_websocket_connection_get_io_stream (ws)), "GSocket");
}

/* libsoup 3.2 queues without bound what a WebSocket cannot write yet. A stream's legs are
 * built on gates (zt-gate-stream.c): once a leg's socket stops taking bytes, the hub stops
 * reading the other leg until it takes them again, so a slow reader slows its writer (whose
 * own TCP window fills) and the hub holds little. What a leg was sent while its socket
 * stayed unwritable is also counted: over the stream buffer (which the gate should never
 * let happen) the stream ends, on both legs, saying why. */
static gboolean
stream_backlog_ok (Stream                  *st,
                   SoupWebsocketConnection *to,
                   gsize                    len)
{
  GSocket *socket = leg_socket (to);
  gsize *queued = to == st->a ? &st->queued_a : &st->queued_b;

  if (socket == NULL || st->hub->stream_buffer == 0)
    return TRUE;
  if (g_socket_condition_check (socket, G_IO_OUT) & G_IO_OUT)
    *queued = 0;
  *queued += len;
  return *queued <= st->hub->stream_buffer;
}

static gboolean
stream_resume_cb (GSocket      *socket,
                  GIOCondition  condition,
                  gpointer      user_data)
{
  Stream *st = user_data;
  gboolean resume_a = st->b != NULL && socket == leg_socket (st->b);  /* a waited for b's socket */
  SoupWebsocketConnection *from = resume_a ? st->a : st->b;

  g_clear_pointer (resume_a ? &st->resume_a : &st->resume_b, g_source_unref);
  zt_gate_stream_set_open (ZT_GATE_STREAM (soup_websocket_connection_get_io_stream (from)), TRUE);
  return G_SOURCE_REMOVE;
}

/* Stops reading @from while @to cannot write. */
static void
stream_hold (Stream                  *st,
             SoupWebsocketConnection *from,
             SoupWebsocketConnection *to)
{
  GIOStream *io = soup_websocket_connection_get_io_stream (from);
  GSource **resume = from == st->a ? &st->resume_a : &st->resume_b;
  GSocket *socket = leg_socket (to);

  if (*resume != NULL || socket == NULL || !ZT_IS_GATE_STREAM (io) ||
      (g_socket_condition_check (socket, G_IO_OUT) & G_IO_OUT))
    return;
  zt_gate_stream_set_open (ZT_GATE_STREAM (io), FALSE);
  *resume = g_socket_create_source (socket, G_IO_OUT | G_IO_HUP | G_IO_ERR, NULL);
  g_source_set_callback (*resume, (GSourceFunc) (void (*) (void)) stream_resume_cb, st, NULL);
  g_source_attach (*resume, g_main_context_get_thread_default ());
}

static void
stream_message_cb (SoupWebsocketConnection *from,
                   SoupWebsocketDataType    type,
                   GBytes                  *message,
                   Stream                  *st)
{
  SoupWebsocketConnection *to = from == st->a ? st->b : st->a;

  tap (message);
  if (to == NULL || soup_websocket_connection_get_state (to) != SOUP_WEBSOCKET_STATE_OPEN)
    return;
  if (!stream_backlog_ok (st, to, g_bytes_get_size (message)))
    {
      g_autofree char *why = g_strdup_printf ("the %s does not read: over %" G_GSIZE_FORMAT " bytes queued "
                                              "for it in the hub (stream buffer)",
                                              to == st->a ? "importer" : "exporter", st->hub->stream_buffer);

      g_message ("stream %s closed: %s", st->id, why);
      soup_websocket_connection_close (st->a, 4429, why);
      soup_websocket_connection_close (st->b, 4429, why);
      return;
    }
  soup_websocket_connection_send_message (to, type, message);
  stream_hold (st, from, to);
}

static void
stream_closed_cb (SoupWebsocketConnection *ws,
                  Stream                  *st)
{
  relay_end (st, 0, NULL);
}

/* What the exporter is told of a stream, on its control channel or first on its spare leg.
 * "from" is informational only: the exporter decides from the certificate inside the stream. */
static JsonNode *
stream_said (Stream *st)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "stream");
  json_builder_set_member_name (b, "id"); json_builder_add_string_value (b, st->id);
  json_builder_set_member_name (b, "service"); json_builder_add_string_value (b, st->service);
  json_builder_set_member_name (b, "from"); json_builder_add_string_value (b, st->from);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

/* Relay thread: both legs are there; they become WebSockets here, in this thread's context. */
static gboolean
relay_splice_cb (gpointer user_data)
{
  Stream *st = user_data;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) said = NULL;

  if (st->ended)
    return G_SOURCE_REMOVE;
  st->a = leg_websocket (&st->leg_a);
  st->b = leg_websocket (&st->leg_b);
  g_ptr_array_add (st->hub->relay_live, stream_ref (st));
  g_signal_connect (st->a, "message", G_CALLBACK (stream_message_cb), st);
  g_signal_connect (st->a, "closed", G_CALLBACK (stream_closed_cb), st);
  g_signal_connect (st->b, "message", G_CALLBACK (stream_message_cb), st);
  g_signal_connect (st->b, "closed", G_CALLBACK (stream_closed_cb), st);
  /* tell the importer the other side is there: then its TLS handshake begins. The run
   * asked is named, so that the importer knows which run its stream ends at: the lists of
   * peers it gets may lag behind a restart. */
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "type"); json_builder_add_string_value (b, "connected");
  if (st->to_instance != NULL)
    {
      json_builder_set_member_name (b, "instance");
      json_builder_add_string_value (b, st->to_instance);
    }
  json_builder_end_object (b);
  said = json_builder_get_root (b);
  send_json (st->a, said);
  if (st->on_spare)
    {
      /* a spare leg learns what it carries before any of the importer's bytes */
      g_autoptr(JsonNode) told = stream_said (st);

      send_json (st->b, told);
    }
  return G_SOURCE_REMOVE;
}

static gboolean
stream_timeout_cb (gpointer user_data)
{
  Stream *st = user_data;

  g_clear_pointer (&st->timeout, g_source_unref);
  stream_refuse_waiting (st, 4404, "the exporting agent did not answer in time");
  g_hash_table_remove (st->hub->streams, st->id);
  return G_SOURCE_REMOVE;
}

/* A refusal, on a leg made a WebSocket for it. */
static void
refuse_leg (Leg        *leg,
            const char *why)
{
  g_autoptr(SoupWebsocketConnection) ws = leg_websocket (leg);

  refuse (ws, why);
}

/* A dial from the member SPIFFE (USER, ENDPOINT) on @leg to @to's @service: spliced onto
 * @to's spare leg when it has one, else @to is asked to dial back. */
static void
stream_dial (ZtHub      *self,
             Leg        *leg,
             const char *spiffe,
             const char *user,
             const char *endpoint,
             const char *to,
             const char *service)
{
  Control *target = g_hash_table_lookup (self->controls, to);
  g_autoptr(JsonNode) ask = NULL;
  Stream *st;

  if (target == NULL)
    {
      g_autofree char *text = g_strdup_printf ("endpoint %s is not online", to);
      return refuse_leg (leg, text);
    }
  st = g_new0 (Stream, 1);
  st->refs = 1;
  st->hub = self;
  st->id = g_uuid_string_random ();
  st->from = g_strdup (spiffe);
  st->from_user = g_strdup (user);
  st->from_endpoint = g_strdup (endpoint);
  st->to_endpoint = g_strdup (to);
  st->to_instance = g_strdup (target->instance);
  st->service = g_strdup (service);
  /* nothing is read from it until it is spliced: the importer waits for "connected" */
  st->leg_a = *leg;
  memset (leg, 0, sizeof *leg);
  if (spare_take (self, to, target->instance, target->user, NULL, FALSE, &st->leg_b))
    {
      /* the exporter's leg is there already: spliced now; the relay tells it first which
       * stream it carries (the control channel is not needed) */
      st->to_user = g_strdup (target->user);
      st->on_spare = TRUE;
      g_ptr_array_add (self->splices, st);
      g_main_context_invoke_full (self->relay_context, G_PRIORITY_DEFAULT, relay_splice_cb,
                                  stream_ref (st), (GDestroyNotify) stream_unref);
      return;
    }
  st->timeout = zt_timeout_source_attach (10 * 1000, stream_timeout_cb, st);
  g_hash_table_insert (self->streams, st->id, st);

  ask = stream_said (st);
  control_send_json (target, ask);
}

static void
stream_cb (ZtHub             *self,
           SoupServerMessage *msg,
           Leg               *leg)
{
  GHashTable *query = NULL;
  GUri *uri = soup_server_message_get_uri (msg);
  g_autofree char *user = NULL, *endpoint = NULL, *spiffe = NULL, *why = NULL;
  const char *to, *service, *accept;

  if (!peer_identity (self, msg, &user, &endpoint, &spiffe, &why))
    return refuse_leg (leg, why);
  if (g_uri_get_query (uri) != NULL)
    query = g_uri_parse_params (g_uri_get_query (uri), -1, "&", G_URI_PARAMS_NONE, NULL);
  to = query ? g_hash_table_lookup (query, "to") : NULL;
  service = query ? g_hash_table_lookup (query, "service") : NULL;
  accept = query ? g_hash_table_lookup (query, "accept") : NULL;

  if (query != NULL && g_hash_table_contains (query, "spare"))
    {
      Control *own = g_hash_table_lookup (self->controls, endpoint);
      g_autofree char *name = g_strdup (g_hash_table_lookup (query, "spare"));

      g_clear_pointer (&query, g_hash_table_unref);
      if (own == NULL)
        return refuse_leg (leg, "a spare leg needs this endpoint's control channel open");
      if (!_zt_hub_spare_name_is_valid (name))
        return refuse_leg (leg, "a spare leg's name (spare=NAME) is 1 to 32 letters, digits, - or _");
      if (!spare_fits (self, endpoint, name))
        return refuse_leg (leg, "the hub holds as many spare legs as it keeps; dial as usual");
      spare_add (self, leg, endpoint, name, own->instance);
      return;
    }

  if (accept != NULL)
    {
      Stream *st = g_hash_table_lookup (self->streams, accept);

      /* only the endpoint that was asked may take the stream */
      if (st == NULL || g_strcmp0 (st->to_endpoint, endpoint) != 0)
        {
          g_clear_pointer (&query, g_hash_table_unref);
          return refuse_leg (leg, "no such stream for this endpoint");
        }
      g_hash_table_steal (self->streams, accept);
      zt_source_clear (&st->timeout);
      st->leg_b = *leg;
      memset (leg, 0, sizeof *leg);
      st->to_user = g_strdup (user);
      g_ptr_array_add (self->splices, st);
      g_main_context_invoke_full (self->relay_context, G_PRIORITY_DEFAULT, relay_splice_cb,
                                  stream_ref (st), (GDestroyNotify) stream_unref);
      g_clear_pointer (&query, g_hash_table_unref);
      return;
    }

  if (to == NULL || service == NULL)
    {
      g_clear_pointer (&query, g_hash_table_unref);
      return refuse_leg (leg, "a stream needs ?to=ENDPOINT&service=NAME");
    }
  stream_dial (self, leg, spiffe, user, endpoint, to, service);
  g_clear_pointer (&query, g_hash_table_unref);
}

/* A stream leg, upgraded as libsoup's own WebSocket handler would, but on a gate
 * (zt-gate-stream.c), so that the hub can stop reading it; it becomes a WebSocket where it
 * is used (leg_websocket). */
static void
stream_upgraded_cb (SoupServerMessage *msg,
                    gpointer           user_data)
{
  g_autoptr(SoupServerMessage) hold = g_object_ref (msg);
  g_autoptr(GIOStream) stolen = soup_server_message_steal_connection (msg);
  Leg leg = { NULL, };
  GSocket *socket;

  if (stolen == NULL)
    return;
  leg.io = G_IO_STREAM (zt_gate_stream_new (stolen));
  socket = g_object_get_data (G_OBJECT (stolen), "GSocket");
  if (socket != NULL)
    g_object_set_data_full (G_OBJECT (leg.io), "GSocket", g_object_ref (socket), g_object_unref);
  leg.uri = g_uri_ref (soup_server_message_get_uri (msg));
  leg.origin = g_strdup (soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Origin"));
  stream_cb (user_data, msg, &leg);
  leg_clear (&leg);
}

static void
stream_handler_cb (SoupServer        *server,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  if (soup_websocket_server_process_handshake (msg, NULL, NULL, NULL, NULL))
    g_signal_connect (msg, "wrote-informational", G_CALLBACK (stream_upgraded_cb), user_data);
}

static gboolean
accept_any_cb (SoupServerMessage    *msg,
               GTlsCertificate      *peer,
               GTlsCertificateFlags  errors,
               gpointer              user_data)
{
  return TRUE;  /* the TLS layer knows no mesh CA: control_cb decides */
}

/* The only body the hub takes is a join request: anything larger is refused before it is
 * read, by whoever sends it (no certificate is needed to join). */
static void
got_headers_cb (SoupServerMessage *msg,
                gpointer           user_data)
{
  zt_http_guard_limit_body (msg, JOIN_BODY_LIMIT, "a join request");
}

static void
request_started_cb (SoupServer        *server,
                    SoupServerMessage *msg,
                    gpointer           user_data)
{
  g_signal_connect (msg, "accept-certificate", G_CALLBACK (accept_any_cb), NULL);
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers_cb), NULL);
  zt_soup_server_message_nodelay (msg);
}

static void
reply (SoupServerMessage *msg,
       guint              status,
       JsonNode          *node)
{
  g_autofree char *text = zt_json_to_string (node);
  gsize len = strlen (text);

  soup_server_message_set_status (msg, status, NULL);
  soup_server_message_set_response (msg, "application/json", SOUP_MEMORY_TAKE, g_steal_pointer (&text), len);
}

static void
reply_error (SoupServerMessage *msg,
             const GError      *error)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) node = NULL;
  guint status = zt_error_to_http (error);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "error");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "message");
  json_builder_add_string_value (b, error->message);
  json_builder_end_object (b);
  json_builder_end_object (b);
  node = json_builder_get_root (b);
  reply (msg, status, node);
}

static void
guard_error (SoupServerMessage *msg,
             guint              status,
             const char        *message,
             gpointer           user_data)
{
  g_autoptr(GError) error = g_error_new_literal (ZT_ERROR, status == SOUP_STATUS_REQUEST_TIMEOUT
                                                 ? ZT_ERROR_LIMIT : ZT_ERROR_TOO_LARGE, message);

  reply_error (msg, error);
  soup_server_message_set_status (msg, status, NULL);
}

static void
join_cb (SoupServer        *server,
         SoupServerMessage *msg,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  ZtHub *self = user_data;
  g_autoptr(GBytes) body = NULL;
  g_autoptr(JsonObject) request = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) answer = NULL;
  ZtLimits limits = { JOIN_BODY_LIMIT, 16 };
  gsize len;
  const char *data;

  if (strcmp (soup_server_message_get_method (msg), "POST") != 0)
    {
      soup_server_message_set_status (msg, 405, NULL);
      return;
    }
  body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
  data = g_bytes_get_data (body, &len);
  if ((request = zt_json_parse_object_strict (data, len, &limits, &error)) == NULL)
    {
      g_autoptr(GError) e = g_error_new (ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "bad join request: %s",
                                         error ? error->message : "not an object");
      reply_error (msg, e);
      return;
    }
  answer = zt_hub_join (self->state, request, &error);
  if (answer == NULL)
    {
      g_message ("join refused: %s", error->message);
      reply_error (msg, error);
      return;
    }
  g_message ("joined: %s", json_object_get_string_member (json_node_get_object (answer), "spiffe_id"));
  reply (msg, 200, answer);
}

void
zt_hub_set_limits (ZtHub  *self,
                   guint   header_timeout_ms,
                   guint   body_timeout_ms,
                   gsize   stream_buffer)
{
  self->http_limits.header_timeout_ms = header_timeout_ms;
  self->http_limits.body_timeout_ms = body_timeout_ms;
  self->stream_buffer = stream_buffer;
  if (self->guard != NULL)
    zt_http_guard_set_limits (self->guard, &self->http_limits);
}

void
zt_hub_set_cert_lifetime (ZtHub  *self,
                          gint64  seconds)
{
  self->state->cert_lifetime = seconds;
}

ZtHub *
zt_hub_new (const char *dir,
            GError    **error)
{
  ZtHub *self = g_new0 (ZtHub, 1);

  zt_tls_setup ();   /* the agents' certificates are checked against the mesh CA, not the system's */
  zt_raise_fd_limit ();

  self->http_limits = (ZtHttpGuardLimits) {
    .header_timeout_ms = ZT_DEFAULT_HEADER_TIMEOUT_MS,
    .body_timeout_ms = ZT_DEFAULT_BODY_TIMEOUT_MS,
    .keep_alive = FALSE,
  };
  self->stream_buffer = ZT_HUB_DEFAULT_STREAM_BUFFER;
  self->peer_timeout_s = ZT_HUB_DEFAULT_PEER_TIMEOUT_S;
  self->state = zt_hub_state_open (dir, error);
  if (self->state == NULL)
    {
      g_free (self);
      return NULL;
    }
  return self;
}

gboolean
zt_hub_start (ZtHub      *self,
              const char *listen,
              GError    **error)
{
  g_autofree char *cert_path = g_build_filename (self->state->dir, "hub.pem", NULL);
  g_autofree char *key_path = g_build_filename (self->state->dir, "hub.key", NULL);
  g_autoptr(GTlsCertificate) cert = NULL;
  g_autoptr(GInetAddress) addr = NULL;
  g_autoptr(GSocketAddress) sockaddr = NULL;
  g_autofree char *host = NULL;
  GSList *uris;
  guint port;

  if (!zt_parse_listen (listen ? listen : self->state->listen, &host, &port, error))
    return FALSE;
  cert = g_tls_certificate_new_from_files (cert_path, key_path, error);
  if (cert == NULL)
    return FALSE;
  self->server = soup_server_new ("tls-certificate", cert, "server-header", "zt4mcp-hub/" PACKAGE_VERSION, NULL);
  /* agents that join have no certificate yet; everything else will require one */
  soup_server_set_tls_auth_mode (self->server, G_TLS_AUTHENTICATION_REQUESTED);
  /* TLS connections answer once and close: an idle TLS connection cannot be watched for its
   * client leaving (zt-http-guard.c), and agents call /v1/join about once a day */
  self->guard = zt_http_guard_new (self->server, &self->http_limits, guard_error, self);
  soup_server_add_handler (self->server, "/v1/join", join_cb, self, NULL);
  soup_server_add_handler (self->server, "/v1/control", control_handler_cb, self, NULL);
  soup_server_add_handler (self->server, "/v1/stream", stream_handler_cb, self, NULL);
  self->streams = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) stream_waiting_free);
  self->spares = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  {
    const char *env = g_getenv ("ZT4MCP_HUB_SPARES_MAX");  /* tests: a cap small enough to reach */
    guint64 n = 0;

    self->spares_max = SPARES_MAX;
    if (env != NULL && g_ascii_string_to_unsigned (env, 10, 0, SPARES_MAX, &n, NULL))
      self->spares_max = n;
  }
  self->splices = g_ptr_array_new_with_free_func ((GDestroyNotify) stream_unref);
  relay_start (self);
  control_threads_start (self);
  g_signal_connect (self->server, "request-started", G_CALLBACK (request_started_cb), self);
  zt_soup_server_release_peer_certificates (self->server);
  self->controls = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) control_drop);
  self->revoke_source = zt_timeout_source_attach (500, revoke_poll_cb, self);
  if (self->peer_timeout_s > 0)
    self->silence_source = zt_timeout_source_attach (MAX (self->peer_timeout_s * 1000 / 6, 500), silence_sweep_cb, self);
  self->presence_changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  addr = g_inet_address_new_from_string (host);
  if (addr == NULL)
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "listen host must be an IP address, not \"%s\"", host);
      return FALSE;
    }
  sockaddr = g_inet_socket_address_new (addr, port);
  if (!soup_server_listen (self->server, sockaddr, SOUP_SERVER_LISTEN_HTTPS, error))
    {
      g_prefix_error (error, "cannot listen on %s: ", listen ? listen : self->state->listen);
      return FALSE;
    }
  uris = soup_server_get_uris (self->server);
  if (uris != NULL)
    self->url = g_strdup_printf ("https://%s:%d", host, g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
  g_message ("hub for mesh %s listening on %s", self->state->mesh, self->url);
  return TRUE;
}

const char *
zt_hub_get_url (ZtHub *self)
{
  return self->url;
}

ZtHubState *
zt_hub_get_state (ZtHub *self)
{
  return self->state;
}

void
zt_hub_free (ZtHub *self)
{
  if (self == NULL)
    return;
  zt_source_clear (&self->revoke_source);
  zt_source_clear (&self->silence_source);
  zt_source_clear (&self->presence_source);
  g_clear_pointer (&self->presence_changed, g_hash_table_unref);
  zt_source_clear (&self->trim_source);
  g_clear_object (&self->guard);
  relay_stop (self);
  g_clear_pointer (&self->splices, g_ptr_array_unref);
  g_clear_pointer (&self->streams, g_hash_table_unref);
  g_clear_pointer (&self->spares, g_hash_table_unref);
  g_clear_pointer (&self->controls, g_hash_table_unref);
  control_threads_stop (self);
  if (self->server)
    soup_server_disconnect (self->server);
  g_clear_object (&self->server);
  zt_hub_state_free (self->state);
  g_free (self->revoked_seen);
  g_free (self->url);
  g_free (self);
}
