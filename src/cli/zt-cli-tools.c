/* zt-cli-tools.c: `zt4mcp tools`: pinned tool definitions: list, diff and approve what changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-cli.h"
#include "zt-core.h"
#include "zt-scan-rules.h"
#include "zt-tool-scan.h"

static const char *const summaries[][3] = {
  { "list", "SERVICE", "Each tool of SERVICE and its pin: pinned, or held back as new, changed or removed "
                       "(tool definitions that changed since they were approved never reach a client)." },
  { "diff", "SERVICE [TOOL]", "What changed in the held-back definitions of SERVICE (or of TOOL only), member by "
                              "member, descriptions line by line; a rename shows as one." },
  { "approve", "SERVICE (TOOL... | --all)", "Approve the held-back changes of SERVICE: the named tools (\"\" for "
                                            "the server's instructions), or all with --all. Clients see them at "
                                            "their next tools/list." },
  { "scan", "SERVICE", "What the tool scan finds in each tool SERVICE lists now, with the service's rule "
                       "overrides: verdicts, findings and their evidence, as `zt4mcp scan` prints them (exit "
                       "status 0 nothing found, 1 warnings, 2 a tool blocked). The agent asks the server itself." },
  { "accept", "SERVICE [TOOL...] [--prompt NAME] [--resource URI] [--instructions] [--revoke]",
    "Let tools of SERVICE through that the tool scan blocks, once you have read what it found (`zt4mcp tools "
    "scan SERVICE`): each for its definition as the server lists it now, so a changed one is blocked again. "
    "The same for a prompt, a resource (its URI, or a resource template's) and the server's instructions "
    "(kept in the next initialize answer). Still neutralised, and warned of in the log. --revoke takes it "
    "back: blocked again at once." },
};

static JsonNode *
get_pins (const char *verb,
          const char *service,
          const char *tool)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *tool_escaped = tool ? g_uri_escape_string (tool, NULL, TRUE) : NULL;
  g_autofree char *path = g_strconcat ("/services/", escaped, "/pins", tool ? "?tool=" : "", tool_escaped, NULL);

  return call_or_die (verb, "GET", path, NULL, 200);
}

static const char *
display_name (JsonObject *t)
{
  const char *name = json_object_get_string_member_with_default (t, "name", "");

  return *name ? name : "(instructions)";
}

static void
print_state_line (JsonObject *t)
{
  const char *state = json_object_get_string_member_with_default (t, "state", "?");

  if (strcmp (state, "pinned") == 0)
    g_print ("  %-32s pinned   (approved by %s)\n", display_name (t),
             json_object_get_string_member_with_default (t, "approved_by", "?"));
  else
    g_print ("  %-32s %-8s held back until approved\n", display_name (t), state);
}

static int
tools_list (const char *service)
{
  g_autoptr(JsonNode) reply = get_pins ("tools list", service, NULL);
  JsonObject *o = json_node_get_object (reply);
  JsonArray *tools = json_object_get_array_member (o, "tools");
  JsonObject *instructions = json_object_get_object_member (o, "instructions");
  gint64 pending = json_object_get_int_member_with_default (o, "pending", 0);

  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  g_print ("%s: tool pinning %s, %" G_GINT64_FORMAT " change%s held back\n", service,
           json_object_get_string_member_with_default (o, "mode", "?"), pending, pending == 1 ? "" : "s");
  if (json_array_get_length (tools) == 0 && instructions == NULL)
    g_print ("  nothing pinned yet: the first tools/list through the agent pins them (or lists them for approval)\n");
  if (instructions != NULL)
    print_state_line (instructions);
  for (guint i = 0; i < json_array_get_length (tools); i++)
    print_state_line (json_array_get_object_element (tools, i));
  if (pending > 0)
    g_print ("\nSee what changed with `zt4mcp tools diff %s`; approve with `zt4mcp tools approve %s TOOL` or --all.\n",
             service, service);
  return 0;
}

static int
tools_diff (const char *service,
            const char *tool)
{
  g_autoptr(JsonNode) reply = get_pins ("tools diff", service, tool);
  g_autofree char *text = zt_pin_diff_to_text (json_node_get_object (reply));

  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  if (text == NULL)
    {
      g_print ("%s: nothing is held back%s%s\n", service, tool ? " for " : "", tool ? tool : "");
      return 0;
    }
  g_print ("%s\nApprove with `zt4mcp tools approve %s %s`.\n", text, service, tool ? tool : "TOOL... | --all");
  return 0;
}

/* {"tools": [@names...]} */
static JsonNode *
tools_body (char **names)
{
  JsonNode *body = json_node_init_object (json_node_alloc (), json_object_new ());
  JsonArray *a = json_array_new ();

  for (guint i = 0; names[i]; i++)
    json_array_add_string_element (a, names[i]);
  json_object_set_array_member (json_node_get_object (body), "tools", a);
  return body;
}

static int
tools_approve (const char *service,
               char      **names,
               gboolean    all)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/services/", escaped, "/pins/approve", NULL);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) reply = NULL;
  JsonArray *approved;

  if (all == (names != NULL && names[0] != NULL))
    die ("tools approve", "name the tools to approve, or give --all (`zt4mcp tools diff %s` shows what changed)", service);
  if (all)
    {
      body = json_node_init_object (json_node_alloc (), json_object_new ());
      json_object_set_boolean_member (json_node_get_object (body), "all", TRUE);
    }
  else
    body = tools_body (names);
  reply = call_or_die ("tools approve", "POST", path, body, 200);
  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  approved = json_object_get_array_member (json_node_get_object (reply), "approved");
  if (json_array_get_length (approved) == 0)
    g_print ("%s: nothing was held back\n", service);
  for (guint i = 0; i < json_array_get_length (approved); i++)
    {
      JsonObject *a = json_array_get_object_element (approved, i);
      const char *tool = json_object_get_string_member (a, "tool");

      g_print ("approved: %s %s\n", json_object_get_string_member (a, "kind"), *tool ? tool : "(instructions)");
    }
  return 0;
}

/* "tool weather_lookup", "prompt review", "the server's instructions" */
static char *
accepted_label (JsonObject *t)
{
  const char *kind = zt_json_get_string (t, "kind");
  const char *name = zt_json_get_string (t, "tool");

  if (g_strcmp0 (kind, "instructions") == 0)
    return g_strdup ("the server's instructions");
  if (kind == NULL || strcmp (kind, "tool") == 0)
    return g_strdup (name);
  return g_strdup_printf ("%s %s", strcmp (kind, "template") == 0 ? "resource template" : kind, name);
}

static int
tools_accept (const char *service,
              char      **names,
              char      **prompts,
              char      **resources,
              gboolean    instructions,
              gboolean    revoke)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/services/", escaped, "/tools/accept", NULL);
  g_autofree char *tools_path = g_strconcat ("/services/", escaped, "/tools", NULL);
  g_autoptr(JsonNode) body = NULL;
  g_autoptr(JsonNode) listed = NULL;
  g_autoptr(JsonNode) reply = NULL;
  JsonArray *done;

  gboolean tools = names != NULL && names[0] != NULL;

  if (!tools && prompts == NULL && resources == NULL && !instructions)
    die ("tools accept", "name the tools to accept, or --prompt, --resource or --instructions (`zt4mcp tools "
         "scan %s` shows what the scan blocks and why)", service);
  /* the agent lists the tools now: what is accepted is what the server sends today */
  if (!revoke && tools)
    listed = call_or_die ("tools accept", "GET", tools_path, NULL, 200);
  body = json_node_init_object (json_node_alloc (), json_object_new ());
  {
    JsonObject *o = json_node_get_object (body);
    const struct { const char *member; char **list; } lists[] = {
      { "tools", names }, { "prompts", prompts }, { "resources", resources },
    };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      if (lists[l].list != NULL && lists[l].list[0] != NULL)
        {
          JsonArray *a = json_array_new ();

          for (guint i = 0; lists[l].list[i]; i++)
            json_array_add_string_element (a, lists[l].list[i]);
          json_object_set_array_member (o, lists[l].member, a);
        }
    if (instructions)
      json_object_set_boolean_member (o, "instructions", TRUE);
    json_object_set_boolean_member (o, "revoke", revoke);
  }
  reply = call_or_die ("tools accept", "POST", path, body, 200);
  if (opt_json)
    {
      print_json (reply);
      return 0;
    }
  done = json_object_get_array_member (json_node_get_object (reply), revoke ? "revoked" : "accepted");
  for (guint i = 0; i < json_array_get_length (done); i++)
    {
      JsonObject *t = json_array_get_object_element (done, i);
      g_autofree char *label = accepted_label (t);

      if (revoke)
        g_print ("no longer accepted: %s (the tool scan blocks it again)\n", label);
      else
        g_print ("accepted: %s, blocked for %s; this definition only (sha256 %.12s…): a changed one is "
                 "blocked again\n", label, zt_json_get_string (t, "rules"), zt_json_get_string (t, "sha256"));
    }
  if (!revoke)
    g_print ("Clients see %s at their next %s; take it back with the same command and --revoke.\n",
             json_array_get_length (done) == 1 ? "it" : "them",
             instructions && !tools && prompts == NULL && resources == NULL ? "initialize" : "list");
  return 0;
}

/* The tools a service's pins hold as its server sends them now; NULL when nothing is pinned */
static JsonArray *
pinned_definitions (JsonNode *pins)
{
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (pins) ? json_node_get_object (pins) : NULL;
  JsonArray *entries = o ? zt_json_get_array (o, "tools") : NULL;

  if (entries == NULL || json_array_get_length (entries) == 0)
    return NULL;
  return zt_pin_current_definitions (entries);
}

static ZtScanRules *
rules_of (JsonObject *service)
{
  JsonNode *overrides = json_object_get_member (service, "scan_rules");
  g_autoptr(GError) error = NULL;
  ZtScanRules *rules;

  if (overrides == NULL)
    return NULL;
  if ((rules = zt_scan_rules_new_from_json (overrides, &error)) == NULL)
    die ("tools scan", "the scan_rules of %s: %s", zt_json_get_string (service, "name"), error->message);
  return rules;
}

/* The tools the owner accepted although the scan blocks them ([{tool, sha256, accepted_at,
 * accepted_by, current?}] from the agent), each with "current": whether the definition accepted
 * is the one listed now (the agent's word, or else the one @definitions hold) */
static JsonArray *
accepted_now (const char *service,
              JsonArray  *definitions)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/services/", escaped, "/tools/accept", NULL);
  g_autoptr(JsonNode) reply = call_or_die ("tools scan", "GET", path, NULL, 200);
  JsonArray *accepted = zt_json_get_array (json_node_get_object (reply), "accepted");
  JsonArray *out = json_array_new ();

  for (guint i = 0; accepted && i < json_array_get_length (accepted); i++)
    {
      JsonObject *a = json_array_get_object_element (accepted, i);
      const char *tool = a ? zt_json_get_string (a, "tool") : NULL;
      gboolean current = FALSE;

      if (tool == NULL)
        continue;
      /* the agent says it when the tool was listed since it started: its hash is the one its
       * scan filter lets calls through by */
      if (json_object_has_member (a, "current") || g_strcmp0 (zt_json_get_string (a, "kind"), "tool") != 0)
        {
          /* (the pins hold tools only: of a prompt, a resource or the instructions, only the
           * agent can say) */
          json_array_add_object_element (out, json_object_ref (a));
          continue;
        }
      for (guint j = 0; j < json_array_get_length (definitions); j++)
        {
          JsonNode *d = json_array_get_element (definitions, j);
          JsonObject *o = JSON_NODE_HOLDS_OBJECT (d) ? json_node_get_object (d) : NULL;
          g_autofree char *sha = NULL;

          if (o == NULL || g_strcmp0 (zt_json_get_string (o, "name"), tool) != 0)
            continue;
          sha = zt_json_canonical_sha256 (d);
          current = g_strcmp0 (sha, zt_json_get_string (a, "sha256")) == 0;
        }
      json_object_set_boolean_member (a, "current", current);
      json_array_add_object_element (out, json_object_ref (a));
    }
  return out;
}

static void
print_accepted (JsonArray *accepted)
{
  for (guint i = 0; i < json_array_get_length (accepted); i++)
    {
      JsonObject *a = json_array_get_object_element (accepted, i);
      g_autofree char *label = accepted_label (a);
      const char *kind = zt_json_get_string (a, "kind");
      gboolean said = g_strcmp0 (kind, "instructions") == 0;

      if (!json_object_has_member (a, "current"))
        g_print ("  %s: accepted by the owner (not %s since the agent started)\n", label, said ? "answered" : "listed");
      else if (json_object_get_boolean_member (a, "current"))
        g_print ("  %s: accepted by the owner: %s although the scan blocks %s\n", label,
                 said ? "kept in the initialize answer" : "listed and callable", said ? "them" : "it");
      else
        g_print ("  %s: accepted for another definition than the one %s now: blocked\n", label,
                 said ? "answered" : "listed");
    }
}

/* What the agent's tool scan finds in SERVICE's tools, as the desktop app's Tools view shows
 * it: the definitions the pins hold (the scan filter hides blocked tools from every list,
 * the agent's own included, but the pin filter before it records them all), scanned beside
 * the other services' pinned tools (shadowing is found only so), each with its own rules. */
static int
tools_scan (const char *service)
{
  g_autoptr(JsonNode) services = call_or_die ("tools scan", "GET", "/services", NULL, 200);
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *tools_path = g_strconcat ("/services/", escaped, "/tools", NULL);
  g_autoptr(JsonNode) listed = NULL;
  g_autoptr(JsonNode) pins = NULL;
  g_autoptr(JsonArray) definitions = NULL;
  g_autoptr(ZtToolScan) scan = zt_tool_scan_new ();
  g_autoptr(GPtrArray) held = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_scan_rules_unref);
  g_autoptr(GPtrArray) arrays = g_ptr_array_new_with_free_func ((GDestroyNotify) json_array_unref);
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (services) ? json_node_get_object (services) : NULL;
  JsonArray *list = root ? zt_json_get_array (root, "services") : NULL;
  JsonObject *self = NULL;
  ZtScanRules *rules = NULL;
  g_autoptr(JsonArray) accepted = NULL;
  const char *mode;
  gboolean from_pins;

  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      JsonObject *s = json_array_get_object_element (list, i);

      if (s != NULL && g_strcmp0 (zt_json_get_string (s, "name"), service) == 0)
        self = s;
    }
  if (self == NULL)
    die ("tools scan", "no service named \"%s\" on this agent; `zt4mcp service list` shows the configured ones",
         service);
  mode = zt_json_get_string (self, "tool_scan");
  /* the agent asks the server now: its pins are then what the server sends today */
  listed = call_or_die ("tools scan", "GET", tools_path, NULL, 200);
  pins = get_pins ("tools scan", service, NULL);
  definitions = pinned_definitions (pins);
  from_pins = definitions != NULL;
  if (!from_pins)
    {
      /* pinning is off for it: what the agent listed, which lacks the tools it hides */
      JsonObject *l = JSON_NODE_HOLDS_OBJECT (listed) ? json_node_get_object (listed) : NULL;
      JsonArray *tools = l ? zt_json_get_array (l, "tools") : NULL;

      if (tools == NULL)
        die ("tools scan", "the agent's answer holds no list of tools");
      definitions = json_array_ref (tools);
    }

  for (guint i = 0; list && i < json_array_get_length (list); i++)
    {
      JsonObject *s = json_array_get_object_element (list, i);
      const char *name = s ? zt_json_get_string (s, "name") : NULL;
      g_autoptr(JsonNode) other_pins = NULL;
      ZtScanRules *other_rules;
      JsonArray *other;

      if (name == NULL || s == self)
        continue;
      other_pins = get_pins ("tools scan", name, NULL);
      if ((other = pinned_definitions (other_pins)) == NULL)
        continue;
      g_ptr_array_add (arrays, other);
      if ((other_rules = rules_of (s)) != NULL)
        g_ptr_array_add (held, other_rules);
      zt_tool_scan_add_service (scan, name, other, NULL, zt_scan_rules_get_config (other_rules));
    }
  if ((rules = rules_of (self)) != NULL)
    g_ptr_array_add (held, rules);
  zt_tool_scan_add_service (scan, service, definitions, NULL, zt_scan_rules_get_config (rules));
  zt_tool_scan_run (scan);
  accepted = accepted_now (service, definitions);

  if (opt_json)
    {
      g_autoptr(JsonNode) out = zt_tool_scan_to_json (scan);
      JsonObject *o = json_node_get_object (out);
      JsonArray *all = zt_json_get_array (o, "tools");
      JsonArray *mine = json_array_new ();

      for (guint i = 0; all && i < json_array_get_length (all); i++)
        {
          JsonObject *t = json_array_get_object_element (all, i);

          if (t != NULL && g_strcmp0 (zt_json_get_string (t, "server"), service) == 0)
            json_array_add_object_element (mine, json_object_ref (t));
        }
      json_object_set_array_member (o, "tools", mine);
      json_object_set_string_member (o, "verdict",
                                     zt_cli_scan_status (scan, service) == 2 ? "block"
                                     : zt_cli_scan_status (scan, service) == 1 ? "warn" : "allow");
      json_object_set_string_member (o, "service", service);
      json_object_set_string_member (o, "tool_scan", mode ? mode : "");
      json_object_set_boolean_member (o, "hidden_tools_seen", from_pins);
      json_object_set_array_member (o, "accepted", json_array_ref (accepted));
      if (rules != NULL)
        json_object_set_member (o, "scan_rules", zt_scan_rules_to_json (rules));
      print_json (out);
      return zt_cli_scan_status (scan, service);
    }
  g_print ("%s: %u tool%s, tool scan %s", service, json_array_get_length (definitions),
           json_array_get_length (definitions) == 1 ? "" : "s", mode ? mode : "?");
  if (rules != NULL)
    g_print (", with %s", zt_scan_rules_get_key (rules));
  g_print ("%s\n", g_strcmp0 (mode, "off") == 0 ? " (nothing is refused: this is what it would find)"
                  : g_strcmp0 (mode, "warn") == 0 ? " (BLOCK is only logged: the tool stays listed)" : "");
  if (!from_pins)
    g_print ("  tool pinning is off for %s: these are the tools it lists to clients, without those the scan hides\n",
             service);
  zt_cli_scan_print (scan, service);
  print_accepted (accepted);
  return zt_cli_scan_status (scan, service);
}

static void
usage_of_all (void)
{
  g_print ("Usage:\n  zt4mcp tools VERB [OPTIONS]\n\nA service's tool definitions. Pinned (rug-pull defence): a tool "
           "whose definition changed since it was approved, a new tool, or changed instructions are held back "
           "from clients until approved. Scanned: what the tool scan finds in each of them.\n\nVerbs:\n");
  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    g_print ("  %-8s %s\n", summaries[i][0], summaries[i][1]);
  g_print ("\nEach verb takes --help, --home DIR and --json.\n");
}

int
zt_cli_tools (int argc, char **argv)
{
  gboolean all = FALSE, revoke = FALSE, instructions = FALSE;
  g_auto(GStrv) prompts = NULL;
  g_auto(GStrv) resources = NULL;
  const GOptionEntry approve_entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, "Approve every change held back", NULL },
    { NULL }
  };
  const GOptionEntry accept_entries[] = {
    { "revoke", 0, 0, G_OPTION_ARG_NONE, &revoke, "Take back what was accepted: the tool scan blocks them again", NULL },
    { "prompt", 0, 0, G_OPTION_ARG_STRING_ARRAY, &prompts, "A prompt the scan blocks (repeat for more)", "NAME" },
    { "resource", 0, 0, G_OPTION_ARG_STRING_ARRAY, &resources,
      "A resource the scan blocks, by its URI or its template's (repeat for more)", "URI" },
    { "instructions", 0, 0, G_OPTION_ARG_NONE, &instructions, "The server's instructions, which the scan blocks", NULL },
    { NULL }
  };
  g_autofree char *verb_name = NULL;
  guint v;

  if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
    {
      usage_of_all ();
      return argc < 2 ? 2 : 0;
    }
  for (v = 0; v < G_N_ELEMENTS (summaries) && strcmp (argv[1], summaries[v][0]) != 0; v++)
    ;
  if (v == G_N_ELEMENTS (summaries))
    die ("tools", "unknown verb \"%s\": list, diff, approve, scan or accept (see --help)", argv[1]);
  verb_name = g_strdup_printf ("tools %s", summaries[v][0]);
  argc--, argv++;
  parse_options (verb_name, summaries[v][1], summaries[v][2],
                 v == 2 ? approve_entries : v == 4 ? accept_entries : NULL, &argc, &argv);
  if (argc < 2)
    die (verb_name, "which service? `zt4mcp %s %s`", verb_name, summaries[v][1]);
  if (v == 0)
    return tools_list (argv[1]);
  if (v == 1)
    return tools_diff (argv[1], argc > 2 ? argv[2] : NULL);
  if (v == 3)
    return tools_scan (argv[1]);
  if (v == 4)
    return tools_accept (argv[1], argv + 2, prompts, resources, instructions, revoke);
  return tools_approve (argv[1], argv + 2, all);
}
