/* zt-agent-pins.c: key continuity: an exporter pins each peer identity's public key at first contact */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-agent-private.h"
#include "zt-ca.h"
#include "zt-error.h"

/* Whoever holds the mesh CA's key (the running hub) can issue a certificate for any
 * identity. A certificate for a known identity with another key than the one it first
 * used is such a certificate, or a member who really made a new key: refused until the
 * owner of this agent says which (`zt4mcp peers trust IDENTITY`). Renewals keep the key. */
gboolean
_zt_agent_pin_check (ZtAgent        *self,
                     GTlsConnection *tls,
                     const char     *peer,
                     char          **key,
                     GError        **error)
{
  GTlsCertificate *cert = g_tls_connection_get_peer_certificate (tls);
  g_autofree char *pem = NULL, *spki = NULL;
  g_autoptr(GError) local = NULL;
  ZtPinCheck result;

  if (cert != NULL)
    g_object_get (cert, "certificate-pem", &pem, NULL);
  if (pem == NULL || (spki = zt_ca_spki_sha256 (pem, &local)) == NULL ||
      !zt_store_check_pin (self->store, peer, spki, &result, &local))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN, "its key cannot be checked: %s",
                   local ? local->message : "no certificate");
      return FALSE;
    }
  if (result == ZT_PIN_NEW)
    g_message ("mesh: pinned the key of %s (sha256 %s) at first contact", peer, spki);
  if (result != ZT_PIN_CHANGED)
    {
      if (key != NULL)
        *key = g_steal_pointer (&spki);
      return TRUE;
    }
  g_set_error (error, ZT_ERROR, ZT_ERROR_FORBIDDEN,
               "its key changed (pinned key kept, new key sha256 %s); a certificate for it was issued to "
               "someone else, or its owner made a new key: only then accept it with `zt4mcp peers trust %s`",
               spki, peer);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  return FALSE;
}

/* The same for the exporters this agent imports from: a hub that mints an exporter's
 * identity would otherwise be handed what the importer's clients send. */
gboolean
_zt_agent_pin_check_exporter (GTlsConnection *tls,
                              const char     *peer,
                              gpointer        user_data,
                              GError        **error)
{
  if (_zt_agent_pin_check (user_data, tls, peer, NULL, error))
    return TRUE;
  g_message ("mesh: refused to use %s: %s", peer, (*error)->message);
  return FALSE;
}

static JsonObject *
pin_json (ZtPinRecord *r)
{
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "identity", r->identity);
  json_object_set_string_member (o, "spki_sha256", r->spki_sha256);
  json_object_set_int_member (o, "first_seen", r->first_seen);
  json_object_set_int_member (o, "last_seen", r->last_seen);
  if (r->refused_spki != NULL)
    {
      JsonObject *refused = json_object_new ();

      json_object_set_string_member (refused, "spki_sha256", r->refused_spki);
      json_object_set_int_member (refused, "at", r->refused_at);
      json_object_set_int_member (refused, "count", r->refused_count);
      json_object_set_object_member (o, "refused", refused);
    }
  return o;
}

void
_zt_agent_pins_describe (ZtAgent    *self,
                         JsonObject *mesh)
{
  g_autoptr(GPtrArray) pins = zt_store_load_pins (self->store, NULL, NULL);
  JsonArray *a = NULL;

  for (guint i = 0; pins != NULL && i < pins->len; i++)
    {
      ZtPinRecord *r = g_ptr_array_index (pins, i);
      g_autofree char *user = NULL, *endpoint = NULL;
      JsonObject *o;

      if (r->refused_spki == NULL || !zt_spiffe_id_parse (r->identity, NULL, &user, &endpoint, NULL))
        continue;
      o = json_object_new ();
      json_object_set_string_member (o, "identity", r->identity);
      json_object_set_string_member (o, "user", user);
      json_object_set_string_member (o, "endpoint", endpoint);
      json_object_set_string_member (o, "spki_sha256", r->refused_spki);
      json_object_set_int_member (o, "at", r->refused_at);
      json_object_set_int_member (o, "count", r->refused_count);
      if (a == NULL)
        a = json_array_new ();
      json_array_add_object_element (a, o);
    }
  if (a != NULL)
    json_object_set_array_member (mesh, "refused_keys", a);
}

/* {"pins": [...]} of @identity, or of all identities when it is NULL */
static JsonNode *
pins_json (ZtAgent    *self,
           const char *identity,
           GError    **error)
{
  g_autoptr(GPtrArray) pins = zt_store_load_pins (self->store, identity, error);
  JsonNode *root;
  JsonArray *a;

  if (pins == NULL)
    return NULL;
  a = json_array_new ();
  for (guint i = 0; i < pins->len; i++)
    json_array_add_object_element (a, pin_json (g_ptr_array_index (pins, i)));
  root = json_node_new (JSON_NODE_OBJECT);
  json_node_take_object (root, json_object_new ());
  json_object_set_array_member (json_node_get_object (root), "pins", a);
  return root;
}

static void
api_trust (ZtAgent           *self,
           SoupServerMessage *msg)
{
  g_autoptr(JsonObject) body = _zt_agent_read_json_body (msg);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;
  const char *identity;

  if (body == NULL)
    return;
  identity = zt_json_get_string (body, "identity");
  if (identity == NULL || !zt_spiffe_id_parse (identity, NULL, NULL, NULL, NULL))
    return _zt_agent_reply_error (msg, 400, "invalid_request", "\"identity\" must be a member's SPIFFE id, "
                                  "spiffe://MESH/user/USER/endpoint/ENDPOINT, as `zt4mcp peers` shows it");
  if (!zt_store_trust_pin (self->store, identity, &error))
    {
      if (g_error_matches (error, ZT_ERROR, ZT_ERROR_NOT_FOUND))
        return _zt_agent_reply_error (msg, 404, "not_found", "%s", error->message);
      if (g_error_matches (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT))
        return _zt_agent_reply_error (msg, 409, "nothing_to_trust", "%s", error->message);
      return _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
    }
  g_message ("mesh: the owner trusts the new key of %s", identity);
  _zt_agent_events_changed (self, ZT_AGENT_EVENT_MESH);
  out = pins_json (self, identity, &error);
  if (out == NULL)
    return _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
  _zt_agent_reply_json (msg, 200, out);
}

/* GET /api/v1/peers/pins, POST /api/v1/peers/trust */
void
_zt_agent_api_peers (ZtAgent           *self,
                     SoupServerMessage *msg,
                     const char        *method,
                     const char        *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) out = NULL;

  if (g_strcmp0 (what, "trust") == 0)
    {
      if (g_strcmp0 (method, "POST") != 0)
        return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use POST");
      return api_trust (self, msg);
    }
  if (g_strcmp0 (what, "pins") != 0)
    return _zt_agent_reply_error (msg, 404, "not_found", "no such API path; see /api/v1/openapi.json");
  if (g_strcmp0 (method, "GET") != 0)
    return _zt_agent_reply_error (msg, 405, "method_not_allowed", "use GET");
  out = pins_json (self, NULL, &error);
  if (out == NULL)
    return _zt_agent_reply_error (msg, 500, "internal", "%s", error->message);
  _zt_agent_reply_json (msg, 200, out);
}
