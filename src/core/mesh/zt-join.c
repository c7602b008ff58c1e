/* zt-join.c: joining a mesh: key, CSR, HTTPS to the hub with the CA fingerprint pinned */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <libsoup/soup.h>
#include <string.h>

#include "zt-ca.h"
#include "zt-error.h"
#include "zt-hub.h"
#include "zt-jsonrpc.h"
#include "zt-join.h"
#include "zt-keystore.h"
#include "zt-service.h"
#include "zt-tls.h"
#include "zt-util.h"

G_DEFINE_QUARK (zt-join-error-quark, zt_join_error)

typedef struct {
  const char *fingerprint;
  gboolean    pinned_ok;
  char       *why;
} Pin;

/* The hub presents its certificate and the mesh CA. The invitation pins the CA's
 * fingerprint: the chain must contain that CA and the hub's certificate must verify against
 * it; the system's trust store plays no part. */
static gboolean
accept_certificate_cb (SoupMessage          *msg,
                       GTlsCertificate      *peer,
                       GTlsCertificateFlags  errors,
                       Pin                  *pin)
{
  g_autofree char *leaf_pem = NULL;
  g_autoptr(GError) error = NULL;
  GTlsCertificate *c;

  g_object_get (peer, "certificate-pem", &leaf_pem, NULL);
  for (c = peer; c != NULL; c = g_tls_certificate_get_issuer (c))
    {
      g_autofree char *pem = NULL;
      g_autofree char *fp = NULL;

      g_object_get (c, "certificate-pem", &pem, NULL);
      fp = pem ? zt_ca_fingerprint (pem, NULL) : NULL;
      if (fp != NULL && g_ascii_strcasecmp (fp, pin->fingerprint) == 0)
        {
          if (zt_ca_verify_peer (pem, leaf_pem, 0, NULL, &error))
            {
              pin->pinned_ok = TRUE;
              return TRUE;
            }
          pin->why = g_strdup (error->message);
          return FALSE;
        }
    }
  pin->why = g_strdup ("the hub's certificate does not come from the CA the invitation names "
                       "(CA fingerprint mismatch): this is not your mesh's hub, or someone is in between");
  return FALSE;
}

/* A hub's answer to a join: a certificate, a permit, a few names */
static const ZtLimits hub_limits = { 256 * 1024, 16 };

/* The endpoint name a join uses: the caller's, else the invitation's, else the host name
 * (tidied). @source (may be NULL) says which: "request", "invitation" or "host". */
static char *
choose_endpoint (JsonObject  *inv,
                 const char  *endpoint_opt,
                 const char **source,
                 GError     **error)
{
  const char *invited = json_object_get_string_member_with_default (inv, "endpoint", NULL);
  g_autofree char *endpoint = g_strdup (endpoint_opt ? endpoint_opt : invited);
  const char *from = endpoint_opt ? "request" : invited ? "invitation" : "host";

  if (endpoint == NULL)
    endpoint = zt_name_tidy (g_get_host_name (), "endpoint");
  /* the hub refuses an endpoint named like a user: a host named like its owner gets "-pc" */
  if (endpoint_opt == NULL &&
      g_strcmp0 (endpoint, json_object_get_string_member_with_default (inv, "user", NULL)) == 0)
    {
      g_autofree char *host = g_steal_pointer (&endpoint);
      endpoint = g_strdup_printf ("%.61s-pc", host);
    }
  if (!zt_service_name_valid (endpoint))
    {
      g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                   "endpoint name \"%s\" must be 1-64 letters, digits, '-', '_' or '.'", endpoint);
      return NULL;
    }
  if (source != NULL)
    *source = from;
  return g_steal_pointer (&endpoint);
}

/* A hub address as an invitation may carry it: HOST:PORT, the host a DNS name or an IP
 * address (IPv6 in brackets), nothing else; it is shown to the user before they join. */
static gboolean
hub_address_valid (const char *address)
{
  g_autofree char *host = NULL;
  guint port = 0;

  if (strlen (address) > 261 || !zt_parse_listen (address, &host, &port, NULL) || port == 0 || host[0] == '\0')
    return FALSE;
  for (const char *c = host; *c; c++)
    if (!g_ascii_isalnum (*c) && *c != '.' && *c != '-' && *c != ':')
      return FALSE;
  return TRUE;
}

#define PREVIEW_MAX_HUBS 16

JsonObject *
zt_join_preview (const char  *text,
                 const char  *endpoint_opt,
                 GError     **error)
{
  g_autoptr(JsonObject) inv = zt_invitation_decode (text, NULL);
  g_autoptr(JsonObject) out = NULL;
  g_autofree char *endpoint = NULL;
  const char *source = NULL;
  JsonArray *hubs, *shown;
  gint64 exp;

  if (inv == NULL)
    {
      g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_INVALID_INVITATION,
                           "this is not a zt4mcp invitation: paste the whole line starting with "
                           ZT_INVITATION_PREFIX ", or ask the mesh owner for a new one");
      return NULL;
    }
  /* what is shown is what the hub will be asked for: names as the hub allows them, a few
   * plain addresses; anything else is not an invitation a hub of ours made */
  hubs = json_object_get_array_member (inv, "hubs");
  exp = json_object_get_int_member (inv, "exp");
  if (!zt_service_name_valid (json_object_get_string_member (inv, "mesh")) ||
      !zt_service_name_valid (json_object_get_string_member (inv, "user")) ||
      (json_object_has_member (inv, "endpoint") &&
       !zt_service_name_valid (json_object_get_string_member (inv, "endpoint"))) ||
      json_array_get_length (hubs) > PREVIEW_MAX_HUBS || exp <= 0)
    goto bad;
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    if (!hub_address_valid (json_array_get_string_element (hubs, i)))
      goto bad;
  if (exp < g_get_real_time () / G_USEC_PER_SEC)
    {
      g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_HUB_REFUSED,
                           "this invitation has expired; ask the mesh owner for a new one");
      return NULL;
    }
  if ((endpoint = choose_endpoint (inv, endpoint_opt, &source, error)) == NULL)
    return NULL;

  out = json_object_new ();
  json_object_set_string_member (out, "mesh", json_object_get_string_member (inv, "mesh"));
  json_object_set_string_member (out, "user", json_object_get_string_member (inv, "user"));
  json_object_set_string_member (out, "endpoint", endpoint);
  json_object_set_string_member (out, "endpoint_from", source);
  shown = json_array_new ();
  for (guint i = 0; i < json_array_get_length (hubs); i++)
    json_array_add_string_element (shown, json_array_get_string_element (hubs, i));
  json_object_set_array_member (out, "hubs", shown);
  json_object_set_int_member (out, "expires", exp);
  return g_steal_pointer (&out);

bad:
  g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_INVALID_INVITATION,
                       "this invitation names its mesh, user or hubs in a way no zt4mcp hub does; "
                       "ask the mesh owner for a new one");
  return NULL;
}

JsonNode *
zt_join_mesh (const char *home,
              const char *text,
              const char *endpoint_opt,
              GError    **error)
{
  g_autoptr(JsonObject) inv = NULL;
  g_autofree char *endpoint = NULL, *key_pem = NULL, *csr = NULL, *key_name = NULL;
  g_autofree char *mesh_dir = NULL;
  g_autoptr(GError) last_error = NULL;
  g_autoptr(GString) unreachable = g_string_new (NULL);
  ZtKeystore *keystore = NULL;
  JsonArray *hubs;
  const char *mesh;
  JsonNode *answer = NULL;

  inv = zt_invitation_decode (text, NULL);
  if (inv == NULL)
    {
      g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_INVALID_INVITATION,
                           "this is not a zt4mcp invitation: paste the whole line starting with "
                           ZT_INVITATION_PREFIX ", or ask the mesh owner for a new one "
                           "(`zt4mcp hub invite USER`)");
      return NULL;
    }
  mesh = json_object_get_string_member (inv, "mesh");
  if (json_object_get_int_member_with_default (inv, "exp", 0) < g_get_real_time () / G_USEC_PER_SEC)
    {
      g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_HUB_REFUSED,
                           "this invitation has expired; ask the mesh owner for a new one");
      return NULL;
    }
  if ((endpoint = choose_endpoint (inv, endpoint_opt, NULL, error)) == NULL)
    return NULL;

  /* the key is made here and stays here */
  keystore = zt_keystore_new (home, ZT_KEYSTORE_AUTO, error);
  if (keystore == NULL)
    return NULL;
  key_name = g_strdup_printf ("mesh-key-%s", mesh);
  if ((key_pem = zt_ca_generate_key_pem (error)) == NULL ||
      (csr = zt_ca_create_csr_pem (key_pem, endpoint, error)) == NULL)
    {
      zt_keystore_free (keystore);
      return NULL;
    }

  hubs = json_object_get_array_member (inv, "hubs");
  zt_tls_setup ();
  for (guint i = 0; answer == NULL && i < json_array_get_length (hubs); i++)
    {
      /* no TLS database: only the pin decides (accept_certificate_cb), never the system's CAs */
      g_autoptr(SoupSession) session = NULL;
      g_autofree char *url = g_strdup_printf ("https://%s/v1/join", json_array_get_string_element (hubs, i));
      g_autoptr(SoupMessage) msg = soup_message_new ("POST", url);
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) body = NULL;
      g_autoptr(GBytes) reply = NULL;
      g_autoptr(GError) local_error = NULL;
      g_autoptr(JsonObject) answer_object = NULL;
      g_autofree char *body_text = NULL;
      Pin pin = { json_object_get_string_member (inv, "ca"), FALSE, NULL };

      if (msg == NULL)
        continue;
      session = soup_session_new_with_options ("timeout", 15, "tls-database", NULL, NULL);
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      json_builder_add_string_value (b, json_object_get_string_member (inv, "id"));
      json_builder_set_member_name (b, "secret");
      json_builder_add_string_value (b, json_object_get_string_member (inv, "secret"));
      json_builder_set_member_name (b, "endpoint");
      json_builder_add_string_value (b, endpoint);
      json_builder_set_member_name (b, "csr");
      json_builder_add_string_value (b, csr);
      json_builder_end_object (b);
      body = json_builder_get_root (b);
      body_text = zt_json_to_string (body);
      {
        gsize n = strlen (body_text);
        g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&body_text), n);
        soup_message_set_request_body_from_bytes (msg, "application/json", bytes);
      }
      g_signal_connect (msg, "accept-certificate", G_CALLBACK (accept_certificate_cb), &pin);
      reply = soup_session_send_and_read (session, msg, NULL, &local_error);
      if (reply == NULL && pin.why != NULL)
        {
          /* someone answered at a hub address without the pinned CA: an impostor is worse
           * news than an address that does not answer, so it is what the user hears */
          g_clear_error (&last_error);
          last_error = g_error_new (ZT_JOIN_ERROR, ZT_JOIN_ERROR_FINGERPRINT_MISMATCH,
                                    "hub %s: %s. It may be an impostor: do not retry, ask the mesh owner "
                                    "for a new invitation", json_array_get_string_element (hubs, i), pin.why);
          g_free (pin.why);
          continue;
        }
      if (reply == NULL)
        {
          g_string_append_printf (unreachable, "%shub %s: %s", unreachable->len ? "; " : "",
                                  json_array_get_string_element (hubs, i), local_error->message);
          continue;
        }
      g_free (pin.why);
      if ((answer_object = zt_json_parse_object_strict (g_bytes_get_data (reply, NULL), g_bytes_get_size (reply),
                                                        &hub_limits, NULL)) == NULL)
        {
          g_string_append_printf (unreachable, "%shub %s answered HTTP %u without JSON", unreachable->len ? "; " : "",
                                  json_array_get_string_element (hubs, i), soup_message_get_status (msg));
          continue;
        }
      if (soup_message_get_status (msg) != 200)
        {
          JsonNode *err_node = json_object_get_member (answer_object, "error");
          JsonObject *err = err_node && JSON_NODE_HOLDS_OBJECT (err_node) ? json_node_get_object (err_node) : NULL;
          const char *why = err && zt_json_get_string (err, "message") ? zt_json_get_string (err, "message") : "?";

          g_clear_error (&last_error);
          last_error = g_error_new (ZT_JOIN_ERROR, ZT_JOIN_ERROR_HUB_REFUSED, "the hub refused: %s%s", why,
                                    strstr (why, "ask") ? "" : "; ask the mesh owner for a new invitation");
          break;  /* a refusal is final; another address would say the same */
        }
      answer = json_node_init_object (json_node_alloc (), answer_object);
    }
  if (answer == NULL)
    {
      if (last_error != NULL)
        g_propagate_error (error, g_steal_pointer (&last_error));
      else if (unreachable->len > 0)
        g_set_error (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_HUB_UNREACHABLE,
                     "no hub address answered (%s); check the network and any firewall between here "
                     "and the hub, and that the hub runs (`zt4mcp hub serve`)", unreachable->str);
      else
        g_set_error_literal (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_INVALID_INVITATION,
                             "the invitation names no hub address; ask the mesh owner for a new one");
      zt_keystore_free (keystore);
      return NULL;
    }

  {
    JsonObject *a = json_node_get_object (answer);
    g_autoptr(GError) verify_error = NULL;
    /* the hub's answer is outside input too: typed reads only */
    const char *cert = zt_json_get_string (a, "certificate") ? zt_json_get_string (a, "certificate") : "";
    const char *ca = zt_json_get_string (a, "ca") ? zt_json_get_string (a, "ca") : "";
    g_autofree char *ca_fp = zt_ca_fingerprint (ca, NULL);
    g_autofree char *expect = zt_spiffe_id_make (mesh, json_object_get_string_member (inv, "user"), endpoint);
    g_autofree char *cert_path = NULL, *ca_path = NULL, *permit_path = NULL, *label = NULL;
    g_autoptr(JsonBuilder) b = json_builder_new ();
    g_autoptr(JsonNode) permit = NULL;
    g_autofree char *permit_text = NULL;

    /* what the hub sends back is checked too: the pinned CA, our identity */
    if (ca_fp == NULL || g_ascii_strcasecmp (ca_fp, json_object_get_string_member (inv, "ca")) != 0 ||
        !zt_ca_verify_peer (ca, cert, 0, expect, &verify_error))
      {
        g_set_error (error, ZT_JOIN_ERROR, ZT_JOIN_ERROR_FINGERPRINT_MISMATCH,
                     "the hub sent a certificate that does not check out (%s). It may be an impostor: "
                     "ask the mesh owner for a new invitation",
                     verify_error ? verify_error->message : "CA fingerprint mismatch");
        json_node_unref (answer);
        zt_keystore_free (keystore);
        return NULL;
      }

    mesh_dir = g_build_filename (home, "mesh", NULL);
    if (g_mkdir_with_parents (mesh_dir, 0700) != 0)
      {
        g_set_error (error, ZT_ERROR, ZT_ERROR_FAILED, "cannot create %s", mesh_dir);
        json_node_unref (answer);
        zt_keystore_free (keystore);
        return NULL;
      }
    label = g_strdup_printf ("zt4mcp mesh key (%s)", expect);
    if (!zt_keystore_store (keystore, key_name, label, key_pem, error))
      {
        json_node_unref (answer);
        zt_keystore_free (keystore);
        return NULL;
      }
    memset (key_pem, 0, strlen (key_pem));
    cert_path = g_build_filename (mesh_dir, "cert.pem", NULL);
    ca_path = g_build_filename (mesh_dir, "ca.pem", NULL);
    permit_path = g_build_filename (mesh_dir, "permit.json", NULL);

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "mesh"); json_builder_add_string_value (b, mesh);
    json_builder_set_member_name (b, "user"); json_builder_add_string_value (b, json_object_get_string_member (inv, "user"));
    json_builder_set_member_name (b, "endpoint"); json_builder_add_string_value (b, endpoint);
    json_builder_set_member_name (b, "spiffe_id"); json_builder_add_string_value (b, expect);
    json_builder_set_member_name (b, "ca_fingerprint"); json_builder_add_string_value (b, ca_fp);
    json_builder_set_member_name (b, "hubs");
    {
      /* the hub's list of its addresses, each a string; else the invitation's */
      JsonArray *answer_hubs = zt_json_get_array (a, "hubs");
      JsonArray *use = answer_hubs && json_array_get_length (answer_hubs) > 0 ? answer_hubs : hubs;

      json_builder_begin_array (b);
      for (guint i = 0; i < json_array_get_length (use); i++)
        if (zt_json_array_get_string (use, i) != NULL)
          json_builder_add_string_value (b, zt_json_array_get_string (use, i));
      json_builder_end_array (b);
    }
    json_builder_set_member_name (b, "not_after");
    json_builder_add_int_value (b, zt_json_get_int (a, "not_after", 0));
    json_builder_set_member_name (b, "issued");
    json_builder_add_int_value (b, zt_json_get_int (a, "issued", g_get_real_time () / G_USEC_PER_SEC));
    json_builder_set_member_name (b, "key_store"); json_builder_add_string_value (b, zt_keystore_describe (keystore));
    json_builder_set_member_name (b, "key_name"); json_builder_add_string_value (b, key_name);
    json_builder_end_object (b);
    permit = json_builder_get_root (b);
    permit_text = zt_json_to_string_pretty (permit);
    if (!g_file_set_contents_full (cert_path, cert, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error) ||
        !g_file_set_contents_full (ca_path, ca, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error) ||
        !g_file_set_contents_full (permit_path, permit_text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
      {
        json_node_unref (answer);
        zt_keystore_free (keystore);
        return NULL;
      }
    json_node_unref (answer);
    zt_keystore_free (keystore);
    return g_steal_pointer (&permit);
  }
}
