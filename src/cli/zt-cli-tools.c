/* zt-cli-tools.c: `zt4mcp tools`: pinned tool definitions: list, diff and approve what changed */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-cli.h"
#include "zt-core.h"

static const char *const summaries[][3] = {
  { "list", "SERVICE", "Each tool of SERVICE and its pin: pinned, or held back as new, changed or removed "
                       "(tool definitions that changed since they were approved never reach a client)." },
  { "diff", "SERVICE [TOOL]", "What changed in the held-back definitions of SERVICE (or of TOOL only), member by "
                              "member, descriptions line by line; a rename shows as one." },
  { "approve", "SERVICE (TOOL... | --all)", "Approve the held-back changes of SERVICE: the named tools (\"\" for "
                                            "the server's instructions), or all with --all. Clients see them at "
                                            "their next tools/list." },
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

static int
tools_approve (const char *service,
               char      **names,
               gboolean    all)
{
  g_autofree char *escaped = g_uri_escape_string (service, NULL, TRUE);
  g_autofree char *path = g_strconcat ("/services/", escaped, "/pins/approve", NULL);
  g_autoptr(JsonNode) body = json_node_init_object (json_node_alloc (), json_object_new ());
  g_autoptr(JsonNode) reply = NULL;
  JsonArray *approved;

  if (all == (names != NULL && names[0] != NULL))
    die ("tools approve", "name the tools to approve, or give --all (`zt4mcp tools diff %s` shows what changed)", service);
  if (all)
    json_object_set_boolean_member (json_node_get_object (body), "all", TRUE);
  else
    {
      JsonArray *a = json_array_new ();

      for (guint i = 0; names[i]; i++)
        json_array_add_string_element (a, names[i]);
      json_object_set_array_member (json_node_get_object (body), "tools", a);
    }
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

static void
usage_of_all (void)
{
  g_print ("Usage:\n  zt4mcp tools VERB [OPTIONS]\n\nPinned tool definitions (rug-pull defence): a tool whose "
           "definition changed since it was approved, a new tool, or changed instructions are held back from "
           "clients until approved.\n\nVerbs:\n");
  for (guint i = 0; i < G_N_ELEMENTS (summaries); i++)
    g_print ("  %-8s %s\n", summaries[i][0], summaries[i][1]);
  g_print ("\nEach verb takes --help, --home DIR and --json.\n");
}

int
zt_cli_tools (int argc, char **argv)
{
  gboolean all = FALSE;
  const GOptionEntry approve_entries[] = {
    { "all", 0, 0, G_OPTION_ARG_NONE, &all, "Approve every change held back", NULL },
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
    die ("tools", "unknown verb \"%s\": list, diff or approve (see --help)", argv[1]);
  verb_name = g_strdup_printf ("tools %s", summaries[v][0]);
  argc--, argv++;
  parse_options (verb_name, summaries[v][1], summaries[v][2], v == 2 ? approve_entries : NULL, &argc, &argv);
  if (argc < 2)
    die (verb_name, "which service? `zt4mcp %s %s`", verb_name, summaries[v][1]);
  if (v == 0)
    return tools_list (argv[1]);
  if (v == 1)
    return tools_diff (argv[1], argc > 2 ? argv[2] : NULL);
  return tools_approve (argv[1], argv + 2, all);
}
