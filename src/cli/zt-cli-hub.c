/* zt-cli-hub.c: `zt4mcp hub ...` (run and administer a mesh hub) and `zt4mcp join` */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib-unix.h>
#include <stdio.h>
#include <string.h>

#include "zt-cli.h"
#include "zt-core.h"
#include "zt-http-guard.h"
#include "zt-hub.h"
#include "zt-join.h"

static void
print_json_node (JsonNode *node)
{
  g_autofree char *text = zt_json_to_string_pretty (node);
  g_print ("%s\n", text);
}

static int
fail (const char *verb, const GError *error)
{
  g_printerr ("zt4mcp %s: %s\n", verb, error->message);
  return 1;
}

static char *
when (gint64 t)
{
  g_autoptr(GDateTime) d = t > 0 ? g_date_time_new_from_unix_local (t) : NULL;
  return d ? g_date_time_format (d, "%Y-%m-%d %H:%M") : g_strdup ("-");
}

static gboolean
quit_cb (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

/* NULL leaves @ms as it is */
static gboolean
parse_timeout (const char  *text,
               const char  *option,
               guint       *ms,
               GError     **error)
{
  if (text == NULL || zt_parse_timeout (text, ms, error))
    return TRUE;
  g_prefix_error (error, "--%s: ", option);
  return FALSE;
}

static const ZtCliVerb hub_verbs[] = {
  { "init", "--name MESH --listen HOST:PORT [--public-address HOST:PORT]...",
    "Make a hub for a new mesh: its CA and database in the data directory.", "data name listen public-address json" },
  { "serve", "[--listen HOST:PORT]", "Run the hub: joins, control channels, relayed streams.",
    "data listen cert-lifetime header-timeout body-timeout stream-buffer peer-timeout json" },
  { "invite", "USER [--endpoint NAME] [--ttl DURATION]", "Print a one-time invitation for USER to join the mesh.",
    "data endpoint ttl json" },
  { "users", "", "List the mesh's users.", "data json" },
  { "invitations", "", "List the invitations not used yet: id, user, endpoint, expiry (never the secret).",
    "data json" },
  { "withdraw", "ID", "Withdraw an invitation not used yet: a join with it is refused from then on.", "data json" },
  { "endpoints", "", "List the mesh's endpoints (machines) and their certificates.", "data json" },
  { "revoke", "NAME", "Revoke a user or an endpoint: its certificates stop working, its connections close.",
    "data json" },
  { "unrevoke", "NAME", "Undo a revocation: the user or endpoint may join again with a new invitation.",
    "data json" },
  { "status", "", "Show the hub's mesh, address, users and endpoints.", "data json" },
};

int
zt_cli_hub (int argc, char **argv)
{
  g_autofree char *data = NULL, *name = NULL, *listen = NULL, *endpoint = NULL, *ttl = NULL, *lifetime = NULL;
  g_autofree char *header_timeout = NULL, *body_timeout = NULL, *stream_buffer = NULL, *peer_timeout = NULL;
  g_auto(GStrv) public_addresses = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "data", 'd', 0, G_OPTION_ARG_FILENAME, &data, "The hub's data directory (default $XDG_DATA_HOME/zt4mcp-hub)", "DIR" },
    { "name", 0, 0, G_OPTION_ARG_STRING, &name, "init: the mesh's name", "MESH" },
    { "listen", 'l', 0, G_OPTION_ARG_STRING, &listen, "init/serve: address to serve on", "HOST:PORT" },
    { "public-address", 0, 0, G_OPTION_ARG_STRING_ARRAY, &public_addresses, "init: an address agents use to reach the hub (repeat)", "HOST:PORT" },
    { "endpoint", 0, 0, G_OPTION_ARG_STRING, &endpoint, "invite: the endpoint name the invitation is for", "NAME" },
    { "ttl", 0, 0, G_OPTION_ARG_STRING, &ttl, "invite: how long the invitation is valid (default 24h)", "DURATION" },
    { "cert-lifetime", 0, 0, G_OPTION_ARG_STRING, &lifetime, "serve: how long agent certificates last (default 24h; renewed at two thirds)", "DURATION" },
    { "header-timeout", 0, 0, G_OPTION_ARG_STRING, &header_timeout, "serve: how long a client may take to send a request's headers, TLS handshake included (default 10s; 0: no limit)", "DURATION" },
    { "body-timeout", 0, 0, G_OPTION_ARG_STRING, &body_timeout, "serve: how long a client may take to send a request's body (default 60s)", "DURATION" },
    { "stream-buffer", 0, 0, G_OPTION_ARG_STRING, &stream_buffer, "serve: a last bound on what a stream may queue for an agent that does not read (the hub stops reading the writer first); over it the stream ends (default 8M; 0: no limit)", "SIZE" },
    { "peer-timeout", 0, 0, G_OPTION_ARG_STRING, &peer_timeout, "serve: an agent silent this long (no ping of its own, no answer to the hub's) is taken for gone and listed offline (default 45s; 0: never)", "DURATION" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON for scripts", NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtHubState) state = NULL;
  const char *verb;

  zt_cli_parse_verb ("hub", "Run and administer a mesh hub: its CA, users, endpoints and invitations.",
                     hub_verbs, G_N_ELEMENTS (hub_verbs), entries, FALSE, &argc, &argv);
  verb = argv[1];
  if (data == NULL)
    data = g_strdup (g_getenv ("ZT4MCP_HUB_DATA") ? g_getenv ("ZT4MCP_HUB_DATA")
                     : g_build_filename (g_get_user_data_dir (), "zt4mcp-hub", NULL));

  if (strcmp (verb, "init") == 0)
    {
      g_autoptr(ZtHubState) s = NULL;

      if (name == NULL || listen == NULL)
        {
          g_printerr ("zt4mcp hub init: --name MESH and --listen HOST:PORT are required\n");
          return 2;
        }
      if (!zt_hub_init (data, name, listen, (const char * const *) public_addresses, &error) ||
          (s = zt_hub_state_open (data, &error)) == NULL)
        return fail ("hub init", error);
      if (json)
        {
          g_autoptr(JsonNode) st = zt_hub_status (s, NULL);
          print_json_node (st);
        }
      else
        g_print ("Created mesh %s in %s\nStart the hub with `zt4mcp hub serve --data %s`, "
                 "then invite people with `zt4mcp hub invite USER --data %s`\n", name, data, data, data);
      return 0;
    }

  if (strcmp (verb, "serve") == 0)
    {
      ZtHub *hub = zt_hub_new (data, &error);
      g_autoptr(GMainLoop) loop = NULL;
      gint64 seconds = 0;

      if (hub != NULL && lifetime != NULL)
        {
          if (!zt_parse_duration (lifetime, &seconds, &error))
            {
              zt_hub_free (hub);
              return fail ("hub serve", error);
            }
          zt_hub_set_cert_lifetime (hub, seconds);
        }
      if (hub != NULL && (header_timeout || body_timeout || stream_buffer))
        {
          guint header_ms = ZT_DEFAULT_HEADER_TIMEOUT_MS, body_ms = ZT_DEFAULT_BODY_TIMEOUT_MS;
          guint64 buffer = ZT_HUB_DEFAULT_STREAM_BUFFER;

          if (!parse_timeout (header_timeout, "header-timeout", &header_ms, &error) ||
              !parse_timeout (body_timeout, "body-timeout", &body_ms, &error) ||
              !zt_cli_parse_size (stream_buffer, "stream-buffer", &buffer, &error))
            {
              zt_hub_free (hub);
              return fail ("hub serve", error);
            }
          zt_hub_set_limits (hub, header_ms, body_ms, buffer);
        }
      if (hub != NULL && peer_timeout != NULL)
        {
          guint ms = 0;

          if (!parse_timeout (peer_timeout, "peer-timeout", &ms, &error))
            {
              zt_hub_free (hub);
              return fail ("hub serve", error);
            }
          if (ms > 0 && ms < 1000)
            {
              g_autoptr(GError) short_error = g_error_new (ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
                                                           "--peer-timeout: at least 1s (or 0: never), not %s",
                                                           peer_timeout);
              zt_hub_free (hub);
              return fail ("hub serve", short_error);
            }
          zt_hub_set_peer_timeout (hub, ms / 1000);
        }
      if (hub == NULL || !zt_hub_start (hub, listen, &error))
        {
          zt_hub_free (hub);
          return fail ("hub serve", error);
        }
      if (json)
        g_print ("{\"url\": \"%s\"}\n", zt_hub_get_url (hub));
      else
        g_print ("zt4mcp hub on %s (data %s)\n", zt_hub_get_url (hub), data);
      fflush (stdout);
      loop = g_main_loop_new (NULL, FALSE);
      g_unix_signal_add (SIGINT, quit_cb, loop);
      g_unix_signal_add (SIGTERM, quit_cb, loop);
      g_main_loop_run (loop);
      zt_hub_free (hub);
      return 0;
    }

  state = zt_hub_state_open (data, &error);
  if (state == NULL)
    return fail ("hub", error);

  if (strcmp (verb, "invite") == 0)
    {
      gint64 seconds = 24 * 3600;
      g_autofree char *invitation = NULL;

      if (argc < 3)
        {
          g_printerr ("zt4mcp hub invite: which user? `zt4mcp hub invite USER [--endpoint NAME] [--ttl 24h]`\n");
          return 2;
        }
      if (ttl != NULL && !zt_parse_duration (ttl, &seconds, &error))
        return fail ("hub invite", error);
      invitation = zt_hub_invite (state, argv[2], endpoint, seconds, &error);
      if (invitation == NULL)
        return fail ("hub invite", error);
      if (json)
        g_print ("{\"invitation\": \"%s\", \"user\": \"%s\", \"expires_in\": %" G_GINT64_FORMAT "}\n",
                 invitation, argv[2], seconds);
      else
        g_print ("%s\n", invitation);
      if (!json)
        g_printerr ("One-time invitation for %s, valid %s. On the user's machine: zt4mcp join INVITATION\n",
                    argv[2], ttl ? ttl : "24h");
      return 0;
    }
  if (strcmp (verb, "users") == 0 || strcmp (verb, "endpoints") == 0 || strcmp (verb, "status") == 0)
    {
      g_autoptr(JsonNode) out = strcmp (verb, "users") == 0 ? zt_hub_list_users (state, &error)
                                : strcmp (verb, "endpoints") == 0 ? zt_hub_list_endpoints (state, &error)
                                : zt_hub_status (state, &error);
      if (out == NULL)
        return fail ("hub", error);
      if (json || strcmp (verb, "status") == 0)
        {
          print_json_node (out);
          return 0;
        }
      {
        JsonArray *a = json_object_get_array_member (json_node_get_object (out), verb);

        if (json_array_get_length (a) == 0)
          g_print ("No %s yet. Invite someone with `zt4mcp hub invite USER`\n", verb);
        for (guint i = 0; i < json_array_get_length (a); i++)
          {
            JsonObject *o = json_array_get_object_element (a, i);
            g_autofree char *created = when (json_object_get_int_member_with_default (o, "created", 0));

            if (strcmp (verb, "users") == 0)
              g_print ("%-24s %-8s endpoints %-3" G_GINT64_FORMAT " since %s\n", json_object_get_string_member (o, "name"),
                       json_object_get_boolean_member (o, "revoked") ? "REVOKED" : "active",
                       json_object_get_int_member (o, "endpoints"), created);
            else
              {
                g_autofree char *expiry = when (json_object_get_int_member_with_default (o, "not_after", 0));
                g_print ("%-24s user %-16s %-8s certificate until %s\n", json_object_get_string_member (o, "name"),
                         json_object_get_string_member (o, "user"),
                         json_object_get_boolean_member (o, "revoked") ? "REVOKED" : "active", expiry);
              }
          }
      }
      return 0;
    }
  if (strcmp (verb, "invitations") == 0)
    {
      g_autoptr(JsonNode) out = zt_hub_list_invitations (state, &error);
      JsonArray *a;

      if (out == NULL)
        return fail ("hub invitations", error);
      if (json)
        {
          print_json_node (out);
          return 0;
        }
      a = json_object_get_array_member (json_node_get_object (out), "invitations");
      if (json_array_get_length (a) == 0)
        g_print ("No invitations waiting to be used.\n");
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          JsonObject *o = json_array_get_object_element (a, i);
          g_autofree char *expiry = when (json_object_get_int_member_with_default (o, "expires", 0));

          g_print ("%-18s user %-16s endpoint %-16s until %s\n", json_object_get_string_member (o, "id"),
                   json_object_get_string_member (o, "user"),
                   json_object_get_string_member_with_default (o, "endpoint", "(any)"), expiry);
        }
      return 0;
    }
  if (strcmp (verb, "withdraw") == 0)
    {
      if (argc < 3)
        {
          g_printerr ("zt4mcp hub withdraw: which invitation? `zt4mcp hub invitations` lists their ids\n");
          return 2;
        }
      if (!zt_hub_withdraw_invitation (state, argv[2], &error))
        return fail ("hub withdraw", error);
      if (json)
        g_print ("{\"withdrawn\": \"%s\"}\n", argv[2]);
      else
        g_print ("Withdrew invitation %s\n", argv[2]);
      return 0;
    }
  if (strcmp (verb, "revoke") == 0 || strcmp (verb, "unrevoke") == 0)
    {
      gboolean revoke = strcmp (verb, "revoke") == 0;

      if (argc < 3)
        {
          g_printerr ("zt4mcp hub %s: which user or endpoint?\n", verb);
          return 2;
        }
      if (!zt_hub_set_revoked (state, argv[2], revoke, &error))
        return fail ("hub", error);
      if (json)
        g_print ("{\"%s\": \"%s\"}\n", revoke ? "revoked" : "unrevoked", argv[2]);
      else
        g_print ("%s %s\n", revoke ? "Revoked" : "Reinstated", argv[2]);
      return 0;
    }
  g_printerr ("zt4mcp hub: unknown verb \"%s\" (see --help)\n", verb);
  return 2;
}

int
zt_cli_join (int argc, char **argv)
{
  g_autofree char *home_opt = NULL, *endpoint = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "home", 0, 0, G_OPTION_ARG_FILENAME, &home_opt, "Agent home (default: $ZT4MCP_HOME or $XDG_DATA_HOME/zt4mcp)", "DIR" },
    { "endpoint", 0, 0, G_OPTION_ARG_STRING, &endpoint, "This machine's name in the mesh (default: the invitation's, else the host name)", "NAME" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON for scripts", NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) ctx = g_option_context_new ("INVITATION");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) permit = NULL;
  g_autofree char *home = NULL;
  JsonObject *p;

  g_set_prgname ("zt4mcp join");
  g_option_context_set_summary (ctx, "Join a mesh with a one-time invitation from its hub's administrator.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    return fail ("join", error);
  if (argc < 2)
    {
      g_printerr ("zt4mcp join: give the invitation: `zt4mcp join zt4mcp-invite:...`\n");
      return 2;
    }
  home = zt_home_resolve (home_opt);
  permit = zt_join_mesh (home, argv[1], endpoint, &error);
  if (permit == NULL)
    return fail ("join", error);
  {
    /* a running agent picks the permit up at once */
    ZtCliApi api = { 0 };
    guint status = 0;
    g_autoptr(JsonNode) ignored = NULL;

    if (zt_cli_api_load (&api, home, NULL))
      ignored = zt_cli_api_call (&api, "POST", "/mesh/reload", NULL, &status, NULL);
    zt_cli_api_clear (&api);
  }
  if (json)
    {
      print_json_node (permit);
      return 0;
    }
  p = json_node_get_object (permit);
  {
    g_autofree char *until = when (json_object_get_int_member_with_default (p, "not_after", 0));
    g_print ("Joined mesh %s as %s/%s\n  identity:    %s\n  certificate: valid until %s\n  key:         %s\n",
             json_object_get_string_member (p, "mesh"), json_object_get_string_member (p, "user"),
             json_object_get_string_member (p, "endpoint"), json_object_get_string_member (p, "spiffe_id"),
             until, json_object_get_string_member (p, "key_store"));
  }
  return 0;
}
