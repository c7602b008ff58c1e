/* zt-cli-policy.c: `zt4mcp policy` (grants and groups) and `zt4mcp access` (just-in-time requests) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdlib.h>
#include <string.h>

#include "zt-cli.h"
#include "zt-core.h"
#include "zt-policy.h"

static void
add_strings (JsonObject  *o,
             const char  *member,
             char       **values)
{
  JsonArray *a = json_array_new ();

  for (guint i = 0; values && values[i]; i++)
    json_array_add_string_element (a, values[i]);
  json_object_set_array_member (o, member, a);
}

/* A time people type: unix seconds, ISO 8601 (2026-12-31T18:00:00Z), or +DURATION from now. */
static gint64
parse_time (const char *option,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) t = NULL;
  gint64 seconds;
  char *end;

  if (text[0] == '+')
    {
      if (!zt_duration_parse (text + 1, &seconds, &error))
        die ("policy add", "--%s: %s", option, error->message);
      return g_get_real_time () / G_USEC_PER_SEC + seconds;
    }
  seconds = g_ascii_strtoll (text, &end, 10);
  if (*end == '\0' && seconds > 0)
    return seconds;
  if ((t = g_date_time_new_from_iso8601 (text, NULL)) != NULL)
    return g_date_time_to_unix (t);
  die ("policy add", "--%s: \"%s\" is not a time: give unix seconds, 2026-12-31T18:00:00Z, or +1h from now", option, text);
}

/* "/path prefix /docs/", "/mode enum r,ro", "/depth min 0", "/owner equals alice" */
static JsonNode *
parse_constraint (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, " ", 3);
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *o = json_object_new ();
  const char *op;

  json_node_take_object (node, o);
  if (g_strv_length (parts) != 3)
    die ("policy add", "--constraint \"%s\": write POINTER TEST VALUE, e.g. '/path prefix /docs/' (tests: equals, "
         "enum, prefix, regex, min, max), or use --constraint-json", text);
  op = parts[1];
  json_object_set_string_member (o, "pointer", parts[0]);
  if (strcmp (op, "prefix") == 0 || strcmp (op, "regex") == 0)
    json_object_set_string_member (o, op, parts[2]);
  else if (strcmp (op, "min") == 0 || strcmp (op, "max") == 0)
    {
      char *end;
      double v = g_ascii_strtod (parts[2], &end);

      if (*end != '\0' || end == parts[2])
        die ("policy add", "--constraint \"%s\": %s needs a number", text, op);
      json_object_set_double_member (o, op, v);
    }
  else if (strcmp (op, "equals") == 0)
    {
      JsonNode *v = zt_json_parse_strict (parts[2], strlen (parts[2]), NULL, NULL);

      /* a JSON value if it is one (42, true, {"a":1}), else the text as a string */
      if (v == NULL)
        json_object_set_string_member (o, "equals", parts[2]);
      else
        json_object_set_member (o, "equals", v);
    }
  else if (strcmp (op, "enum") == 0)
    {
      g_auto(GStrv) values = g_strsplit (parts[2], ",", -1);

      add_strings (o, "enum", values);
    }
  else
    die ("policy add", "--constraint \"%s\": \"%s\" is not a test; use equals, enum, prefix, regex, min or max", text, op);
  return g_steal_pointer (&node);
}

static void
print_grant (JsonObject *g)
{
  const char *kinds[] = { "tools", "resources", "prompts" };
  JsonArray *cs = json_object_get_array_member (g, "constraints");
  gint64 not_after = json_object_get_int_member_with_default (g, "not_after", 0);

  g_print ("%s  %s  %s  (origin %s)\n", json_object_get_string_member (g, "id"),
           json_object_get_string_member (g, "service"), json_object_get_string_member (g, "subject"),
           json_object_get_string_member (g, "origin"));
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      JsonArray *a = json_object_get_array_member (g, kinds[k]);
      g_autoptr(GString) list = g_string_new (NULL);

      for (guint i = 0; a && i < json_array_get_length (a); i++)
        g_string_append_printf (list, "%s%s", i ? " " : "", json_array_get_string_element (a, i));
      if (list->len)
        g_print ("    %-10s %s\n", kinds[k], list->str);
    }
  for (guint i = 0; cs && i < json_array_get_length (cs); i++)
    {
      g_autofree char *text = zt_json_to_string (json_array_get_element (cs, i));
      g_print ("    constraint %s\n", text);
    }
  if (not_after > 0)
    {
      g_autoptr(GDateTime) t = g_date_time_new_from_unix_local (not_after);
      g_autofree char *when = g_date_time_format (t, "%Y-%m-%d %H:%M:%S");
      g_print ("    until      %s%s\n", when, not_after <= g_get_real_time () / G_USEC_PER_SEC ? " (expired)" : "");
    }
  if (json_object_get_member (g, "rate") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (g, "rate")))
    {
      JsonObject *r = json_object_get_object_member (g, "rate");
      g_print ("    rate       %" G_GINT64_FORMAT " calls per %" G_GINT64_FORMAT " s\n",
               json_object_get_int_member (r, "calls"), json_object_get_int_member (r, "per"));
    }
  if (json_object_get_member (g, "budget") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (g, "budget")))
    g_print ("    budget     %" G_GINT64_FORMAT " tokens a day (UTC)\n",
             json_object_get_int_member_with_default (json_object_get_object_member (g, "budget"), "tokens_per_day", 0));
  if (*json_object_get_string_member_with_default (g, "note", ""))
    g_print ("    note       %s\n", json_object_get_string_member (g, "note"));
}

static int
policy_group (int argc, char **argv)
{
  g_autofree char *escaped = NULL, *path = NULL;

  if (argc < 3 || strcmp (argv[2], "list") == 0)
    {
      g_autoptr(JsonNode) reply = call_or_die ("policy group list", "GET", "/policy", NULL, 200);
      JsonArray *a = json_object_get_array_member (json_node_get_object (reply), "groups");

      if (opt_json)
        {
          g_autoptr(JsonNode) groups = json_node_new (JSON_NODE_ARRAY);
          json_node_set_array (groups, a);
          print_json (groups);
        }
      else if (json_array_get_length (a) == 0)
        g_print ("No groups. Make one with `zt4mcp policy group set NAME user:NAME endpoint:NAME...`\n");
      for (guint i = 0; !opt_json && i < json_array_get_length (a); i++)
        {
          JsonObject *g = json_array_get_object_element (a, i);
          JsonArray *m = json_object_get_array_member (g, "members");
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint j = 0; m && j < json_array_get_length (m); j++)
            g_string_append_printf (list, "%s%s", j ? " " : "", json_array_get_string_element (m, j));
          g_print ("%-20s %s\n", json_object_get_string_member (g, "name"), list->str);
        }
      return 0;
    }
  if (argc < 4)
    die ("policy group", "%s needs a group NAME", argv[2]);
  escaped = g_uri_escape_string (argv[3], NULL, TRUE);
  path = g_strconcat ("/policy/groups/", escaped, NULL);
  if (strcmp (argv[2], "set") == 0)
    {
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) reply = NULL;
      JsonObject *o = json_object_new ();

      json_node_take_object (body, o);
      add_strings (o, "members", argv + 4);
      reply = call_or_die ("policy group set", "PUT", path, body, 200);
      if (opt_json)
        print_json (reply);
      else
        g_print ("Group %s has %d member(s); grants to group:%s apply to them\n", argv[3], argc - 4, argv[3]);
      return 0;
    }
  if (strcmp (argv[2], "remove") == 0)
    {
      g_autoptr(JsonNode) reply = call_or_die ("policy group remove", "DELETE", path, NULL, 204);

      if (opt_json)
        g_print ("{\"removed\": \"%s\"}\n", argv[3]);
      else
        g_print ("Removed group %s; grants to group:%s now match nobody\n", argv[3], argv[3]);
      return 0;
    }
  die ("policy group", "unknown verb \"%s\"; use set, remove or list", argv[2]);
}

static const ZtCliVerb policy_verbs[] = {
  { "list", "[--service SERVICE]", "List the grants and groups.", "service" },
  { "show", "ID", "Show one grant.", NULL },
  { "add", "--service SERVICE --subject SUBJECT [OPTIONS]", "Grant a subject some tools, resources or prompts of "
    "a service (or models and a budget of an llm service).",
    "service subject tools resources prompts constraint constraint-json not-before not-after for rate models "
    "budget note dry-run" },
  { "remove", "ID", "Remove a grant: what it allowed is refused from the next message on.", NULL },
  { "group", "set NAME MEMBER... | remove NAME | list", "Groups of members, for grants to group:NAME.", NULL },
};

int
zt_cli_policy (int argc, char **argv)
{
  g_autofree char *service = NULL, *subject = NULL, *not_before = NULL, *not_after = NULL, *duration = NULL;
  g_autofree char *rate = NULL, *note = NULL;
  gint64 budget = 0;
  g_auto(GStrv) models = NULL;
  g_auto(GStrv) tools = NULL, resources = NULL, prompts = NULL, constraints = NULL, constraints_json = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "service", 's', 0, G_OPTION_ARG_STRING, &service, "The service (add); only its grants (list)", "NAME" },
    { "subject", 0, 0, G_OPTION_ARG_STRING, &subject, "add: who: user:NAME, endpoint:NAME, group:NAME, client:NAME or *", "SUBJECT" },
    { "tools", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tools, "add: tools it may call, globs with * and ? (repeat)", "GLOB" },
    { "resources", 0, 0, G_OPTION_ARG_STRING_ARRAY, &resources, "add: resource URIs it may read (globs; repeat)", "GLOB" },
    { "prompts", 0, 0, G_OPTION_ARG_STRING_ARRAY, &prompts, "add: prompts it may get (globs; repeat)", "GLOB" },
    { "constraint", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &constraints,
      "add: a test on every call's arguments: 'POINTER TEST VALUE', TEST one of equals, enum (a,b), prefix, regex, min, max (repeat)", "SPEC" },
    { "constraint-json", 0, 0, G_OPTION_ARG_STRING_ARRAY, &constraints_json,
      "add: a constraint as JSON, e.g. '{\"pointer\":\"/depth\",\"min\":0,\"max\":3}' (repeat)", "JSON" },
    { "not-before", 0, 0, G_OPTION_ARG_STRING, &not_before, "add: valid from (unix seconds, ISO 8601, or +DURATION)", "TIME" },
    { "not-after", 0, 0, G_OPTION_ARG_STRING, &not_after, "add: valid until (unix seconds, ISO 8601, or +DURATION)", "TIME" },
    { "for", 0, 0, G_OPTION_ARG_STRING, &duration, "add: valid for this long from now (30m, 1h, 2d)", "DURATION" },
    { "rate", 0, 0, G_OPTION_ARG_STRING, &rate, "add: at most N calls per period, e.g. 60/1m", "N/PERIOD" },
    { "models", 0, 0, G_OPTION_ARG_STRING_ARRAY, &models, "add, for an llm service: the models it may use (globs; repeat; the same as --tools)", "GLOB" },
    { "budget", 0, 0, G_OPTION_ARG_INT64, &budget, "add, for an llm service: at most N tokens a day (UTC), counted from the model's usage", "TOKENS" },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, "add: a note for people", "TEXT" },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, "add: only check the grant", NULL },
    { NULL }
  };
  const char *verb;

  zt_cli_parse_verb ("policy", "Grants: who of the mesh (or which client token) may use which tools, resources and "
                     "prompts of a service, with which arguments, when and how often. Mesh peers may use nothing "
                     "that no grant allows; `service export NAME --to X` grants X all of it.",
                     policy_verbs, G_N_ELEMENTS (policy_verbs), entries, TRUE, &argc, &argv);
  verb = argv[1];

  if (strcmp (verb, "group") == 0)
    return policy_group (argc, argv);
  if (strcmp (verb, "list") == 0)
    {
      g_autofree char *escaped = service ? g_uri_escape_string (service, NULL, TRUE) : NULL;
      g_autofree char *path = g_strconcat ("/policy", service ? "?service=" : "", escaped, NULL);
      g_autoptr(JsonNode) reply = call_or_die ("policy list", "GET", path, NULL, 200);
      JsonArray *a = json_object_get_array_member (json_node_get_object (reply), "grants");

      if (opt_json)
        print_json (reply);
      else if (json_array_get_length (a) == 0)
        g_print ("No grants%s%s. Add one with `zt4mcp policy add --service S --subject user:NAME --tools GLOB`\n",
                 service ? " for " : "", service ? service : "");
      for (guint i = 0; !opt_json && i < json_array_get_length (a); i++)
        print_grant (json_array_get_object_element (a, i));
      return 0;
    }
  if (strcmp (verb, "add") == 0)
    {
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) reply = NULL;
      JsonObject *o = json_object_new ();
      JsonArray *cs = json_array_new ();
      g_autofree char *path = g_strdup (dry_run ? "/policy/grants?dry_run=1" : "/policy/grants");
      gint64 seconds;
      g_autoptr(GError) error = NULL;

      json_node_take_object (body, o);
      if (service == NULL || subject == NULL)
        die ("policy add", "say which service and who: --service NAME --subject user:NAME (or endpoint:, group:, "
             "client:, *)");
      json_object_set_string_member (o, "service", service);
      json_object_set_string_member (o, "subject", subject);
      if (models != NULL && tools != NULL)
        die ("policy add", "give --models or --tools (for an llm service they are the same globs), not both");
      add_strings (o, "tools", models ? models : tools);
      add_strings (o, "resources", resources);
      add_strings (o, "prompts", prompts);
      for (guint i = 0; constraints && constraints[i]; i++)
        json_array_add_element (cs, parse_constraint (constraints[i]));
      for (guint i = 0; constraints_json && constraints_json[i]; i++)
        {
          JsonNode *c = zt_json_parse_strict (constraints_json[i], strlen (constraints_json[i]), NULL, &error);

          if (c == NULL)
            die ("policy add", "--constraint-json: %s", error->message);
          json_array_add_element (cs, c);
        }
      json_object_set_array_member (o, "constraints", cs);
      if (not_before)
        json_object_set_int_member (o, "not_before", parse_time ("not-before", not_before));
      if (not_after)
        json_object_set_int_member (o, "not_after", parse_time ("not-after", not_after));
      if (duration)
        {
          if (!zt_duration_parse (duration, &seconds, &error))
            die ("policy add", "--for: %s", error->message);
          json_object_set_int_member (o, "not_after", g_get_real_time () / G_USEC_PER_SEC + seconds);
        }
      if (rate)
        {
          const char *slash = strchr (rate, '/');
          g_autofree char *calls = slash ? g_strndup (rate, slash - rate) : NULL;
          JsonObject *r = json_object_new ();
          char *end = NULL;
          gint64 n = calls ? g_ascii_strtoll (calls, &end, 10) : 0;

          if (slash == NULL || end == calls || *end != '\0' || !zt_duration_parse (slash + 1, &seconds, &error))
            die ("policy add", "--rate \"%s\": write CALLS/PERIOD, e.g. 60/1m", rate);
          json_object_set_int_member (r, "calls", n);
          json_object_set_int_member (r, "per", seconds);
          json_object_set_object_member (o, "rate", r);
        }
      if (budget > 0)
        {
          JsonObject *b = json_object_new ();

          json_object_set_int_member (b, "tokens_per_day", budget);
          json_object_set_object_member (o, "budget", b);
        }
      if (note)
        json_object_set_string_member (o, "note", note);
      reply = call_or_die ("policy add", "POST", path, body, dry_run ? 200 : 201);
      if (opt_json)
        print_json (reply);
      else
        {
          g_print (dry_run ? "The grant is valid (not added):\n" : "Added grant:\n");
          print_grant (json_node_get_object (reply));
        }
      return 0;
    }
  if (argc < 3)
    die ("policy", "%s needs a grant ID (`zt4mcp policy list` shows them)", verb);
  {
    g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
    g_autofree char *path = g_strconcat ("/policy/grants/", escaped, NULL);

    if (strcmp (verb, "show") == 0)
      {
        g_autoptr(JsonNode) reply = call_or_die ("policy show", "GET", path, NULL, 200);

        if (opt_json)
          print_json (reply);
        else
          print_grant (json_node_get_object (reply));
        return 0;
      }
    if (strcmp (verb, "remove") == 0)
      {
        g_autoptr(JsonNode) reply = call_or_die ("policy remove", "DELETE", path, NULL, 204);

        if (opt_json)
          g_print ("{\"removed\": \"%s\"}\n", argv[2]);
        else
          g_print ("Removed grant %s; what it allowed is refused from the next call on\n", argv[2]);
        return 0;
      }
  }
  die ("policy", "unknown verb \"%s\"; use list, show, add, remove or group", verb);
}

/* ------------------------------------------------------------------------------------------ */

static void
print_request (JsonObject *r)
{
  JsonArray *tools = json_object_get_array_member (r, "tools");
  g_autoptr(GString) list = g_string_new (NULL);
  gboolean incoming = g_strcmp0 (json_object_get_string_member_with_default (r, "direction", ""), "incoming") == 0;

  for (guint i = 0; tools && i < json_array_get_length (tools); i++)
    g_string_append_printf (list, "%s%s", i ? " " : "", json_array_get_string_element (tools, i));
  if (incoming)
    g_print ("%s  %-9s %s asks for %s (tools: %s)%s%s\n", json_object_get_string_member (r, "id"),
             json_object_get_string_member (r, "status"), json_object_get_string_member (r, "subject"),
             json_object_get_string_member (r, "service"), list->str,
             *json_object_get_string_member_with_default (r, "reason", "") ? ": " : "",
             json_object_get_string_member_with_default (r, "reason", ""));
  else
    g_print ("%s  %-9s you asked %s for %s (tools: %s)\n", json_object_get_string_member (r, "id"),
             json_object_get_string_member (r, "status"), json_object_get_string_member_with_default (r, "peer", "?"),
             json_object_get_string_member (r, "service"), list->str);
}

static const ZtCliVerb access_verbs[] = {
  { "request", "SERVICE [--tools GLOB]... [--for DURATION] [--reason TEXT]",
    "Ask the exporter of an imported service for access to some of its tools, for a while.", "tools for reason" },
  { "list", "[--all]", "List the access requests, incoming and outgoing (pending ones unless --all).", "all" },
  { "approve", "ID [--for DURATION]", "Approve an incoming request: a grant of its tools that expires.", "for" },
  { "deny", "ID", "Deny an incoming request.", NULL },
};

int
zt_cli_access (int argc, char **argv)
{
  g_auto(GStrv) tools = NULL;
  g_autofree char *duration = NULL, *reason = NULL;
  gboolean all = FALSE;
  const GOptionEntry entries[] = {
    { "tools", 't', 0, G_OPTION_ARG_STRING_ARRAY, &tools, "request: the tools asked for (globs; repeat; default: all)", "GLOB" },
    { "for", 0, 0, G_OPTION_ARG_STRING, &duration, "request, approve: for how long (30m, 1h, 2d)", "DURATION" },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, "request: why, for the owner to read", "TEXT" },
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, "list: decided and expired requests too", NULL },
    { NULL }
  };
  const char *verb;

  zt_cli_parse_verb ("access", "Just-in-time access: ask the agent that exports an imported service for some of "
                     "its tools for a while; its owner approves (a grant that expires) or denies.",
                     access_verbs, G_N_ELEMENTS (access_verbs), entries, TRUE, &argc, &argv);
  verb = argv[1];

  if (strcmp (verb, "list") == 0)
    {
      g_autoptr(JsonNode) reply = call_or_die ("access list", "GET", "/access", NULL, 200);
      JsonObject *o = json_node_get_object (reply);
      const char *lists[] = { "incoming", "outgoing" };

      /* what we asked others for: their current answer */
      for (guint i = 0; i < json_array_get_length (json_object_get_array_member (o, "outgoing")); i++)
        {
          JsonObject *r = json_array_get_object_element (json_object_get_array_member (o, "outgoing"), i);
          g_autofree char *path = NULL;
          ZtCliApi api = { 0 };
          guint status = 0;

          if (g_strcmp0 (json_object_get_string_member_with_default (r, "status", ""), "pending") != 0)
            continue;
          path = g_strdup_printf ("/access/%s/refresh", json_object_get_string_member (r, "id"));
          if (zt_cli_api_load (&api, opt_home, NULL))
            {
              g_autoptr(JsonNode) fresh = zt_cli_api_call (&api, "POST", path, NULL, &status, NULL);
              (void) fresh;
            }
          zt_cli_api_clear (&api);
        }
      g_clear_pointer (&reply, json_node_unref);
      reply = call_or_die ("access list", "GET", all ? "/access" : "/access?status=pending", NULL, 200);
      o = json_node_get_object (reply);
      if (opt_json)
        return print_json (reply), 0;
      for (guint k = 0; k < G_N_ELEMENTS (lists); k++)
        {
          JsonArray *a = json_object_get_array_member (o, lists[k]);

          g_print ("%s:%s\n", k ? "Sent" : "Received", json_array_get_length (a) ? "" : " none");
          for (guint i = 0; i < json_array_get_length (a); i++)
            print_request (json_array_get_object_element (a, i));
        }
      return 0;
    }
  if (argc < 3)
    die ("access", strcmp (verb, "request") == 0 ? "request needs the imported SERVICE's name"
                                                  : "%s needs a request ID (`zt4mcp access list` shows them)", verb);
  if (strcmp (verb, "request") == 0)
    {
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) reply = NULL;
      JsonObject *o = json_object_new ();

      json_node_take_object (body, o);
      json_object_set_string_member (o, "service", argv[2]);
      add_strings (o, "tools", tools);
      if (duration)
        json_object_set_string_member (o, "for", duration);
      if (reason)
        json_object_set_string_member (o, "reason", reason);
      reply = call_or_die ("access request", "POST", "/access", body, 201);
      if (opt_json)
        print_json (reply);
      else
        g_print ("Asked for access to %s: request %s is %s; `zt4mcp access list` shows its answer\n", argv[2],
                 json_object_get_string_member (json_node_get_object (reply), "id"),
                 json_object_get_string_member (json_node_get_object (reply), "status"));
      return 0;
    }
  if (strcmp (verb, "approve") == 0 || strcmp (verb, "deny") == 0)
    {
      gboolean yes = verb[0] == 'a';
      g_autofree char *escaped = g_uri_escape_string (argv[2], NULL, TRUE);
      g_autofree char *path = g_strconcat ("/access/", escaped, yes ? "/approve" : "/deny", NULL);
      g_autoptr(JsonNode) body = json_node_new (JSON_NODE_OBJECT);
      g_autoptr(JsonNode) reply = NULL;

      json_node_take_object (body, json_object_new ());
      if (duration)
        json_object_set_string_member (json_node_get_object (body), "for", duration);
      reply = call_or_die (yes ? "access approve" : "access deny", "POST", path, body, 200);
      if (opt_json)
        print_json (reply);
      else if (yes)
        g_print ("Approved %s: grant %s\n", argv[2], json_object_get_string_member (json_node_get_object (reply), "grant"));
      else
        g_print ("Denied %s\n", argv[2]);
      return 0;
    }
  die ("access", "unknown verb \"%s\"; use request, list, approve or deny", verb);
}
