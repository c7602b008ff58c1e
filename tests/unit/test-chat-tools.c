/* test-chat-tools.c: MCP tools as OpenAI functions (names, schemas, the way back) and results as text */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-chat-tools.h"

static JsonArray *
tools_of (const char *json)
{
  g_autoptr(JsonNode) node = json_from_string (json, NULL);

  g_assert_nonnull (node);
  return json_array_ref (json_node_get_array (node));
}

static JsonArray *
one_tool (const char *name)
{
  JsonArray *a = json_array_new ();
  JsonObject *o = json_object_new ();

  json_object_set_string_member (o, "name", name);
  json_array_add_object_element (a, o);
  return a;
}

/* Each (service, tool) added in order gets the expected function name, and maps back. */
static void
test_names (void)
{
  g_autofree char *long_tool = g_strnfill (100, 't');
  g_autofree char *long_cut = g_strdup_printf ("s__%.61s", long_tool);
  struct { const char *service, *tool, *function; } cases[] = {
    { "ev", "echo", "ev__echo" },
    { "my.svc", "get weather!", "my_svc__get_weather_" },
    { "a.b", "c", "a_b__c" },
    { "a_b", "c", "a_b__c_2" },         /* would collide with the one before */
    { "a-b", "c/d", "a-b__c_d" },
    { "s", long_tool, NULL },           /* cut to 64 */
    { "s", "é", "s____" },               /* two bytes of UTF-8, two underscores */
  };
  g_autoptr(ZtChatTools) tools = zt_chat_tools_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonArray) list = one_tool (cases[i].tool);
      const char *expected = cases[i].function ? cases[i].function : long_cut;
      const char *function, *service, *tool;

      g_assert_cmpuint (zt_chat_tools_add_service (tools, cases[i].service, list), ==, 1);
      function = zt_chat_tools_function_for (tools, cases[i].service, cases[i].tool);
      g_assert_cmpstr (function, ==, expected);
      g_assert_cmpuint (strlen (function), <=, ZT_CHAT_TOOLS_MAX_NAME);
      g_assert_true (g_regex_match_simple ("^[a-zA-Z0-9_-]{1,64}$", function, 0, 0));
      g_assert_true (zt_chat_tools_lookup (tools, function, &service, &tool));
      g_assert_cmpstr (service, ==, cases[i].service);
      g_assert_cmpstr (tool, ==, cases[i].tool);
    }
  /* a long name that collides keeps within 64 with its suffix */
  {
    g_autofree char *longer = g_strconcat (long_tool, "x", NULL);
    g_autoptr(JsonArray) list = one_tool (longer);
    const char *f;

    g_assert_cmpuint (zt_chat_tools_add_service (tools, "s", list), ==, 1);
    f = zt_chat_tools_function_for (tools, "s", longer);
    g_assert_cmpuint (strlen (f), ==, 64);
    g_assert_true (g_str_has_suffix (f, "_2"));
  }
  {
    const char *service, *tool;

    /* never parsed back: only what was offered maps to a tool */
    g_assert_false (zt_chat_tools_lookup (tools, "ev__other", &service, &tool));
    g_assert_false (zt_chat_tools_lookup (tools, "", &service, &tool));
    g_assert_false (zt_chat_tools_lookup (tools, NULL, &service, &tool));
  }
}

static void
test_openai_format (void)
{
  g_autoptr(ZtChatTools) tools = zt_chat_tools_new ();
  g_autoptr(JsonArray) list = tools_of (
    "[{\"name\":\"echo\",\"description\":\"Echoes\\nback\",\"inputSchema\":{\"type\":\"object\","
    "\"properties\":{\"message\":{\"type\":\"string\"}},\"required\":[\"message\"]}},"
    "{\"name\":\"bare\"}, {\"nope\":1}, 7, {\"name\":\"echo\"}]");
  g_autoptr(JsonNode) openai = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpuint (zt_chat_tools_add_service (tools, "ev", list), ==, 2);
  openai = zt_chat_tools_to_openai (tools);
  text = json_to_string (openai, FALSE);
  g_assert_cmpstr (text, ==,
    "[{\"type\":\"function\",\"function\":{\"name\":\"ev__echo\",\"description\":\"Echoes\\nback\","
    "\"parameters\":{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}},\"required\":[\"message\"]}}},"
    "{\"type\":\"function\",\"function\":{\"name\":\"ev__bare\",\"parameters\":{\"type\":\"object\",\"properties\":{}}}}]");
}

static void
test_bounded (void)
{
  g_autoptr(ZtChatTools) tools = zt_chat_tools_new ();
  g_autoptr(JsonArray) list = json_array_new ();

  for (guint i = 0; i < ZT_CHAT_TOOLS_MAX + 10; i++)
    {
      JsonObject *o = json_object_new ();
      g_autofree char *name = g_strdup_printf ("t%u", i);

      json_object_set_string_member (o, "name", name);
      json_array_add_object_element (list, o);
    }
  g_assert_cmpuint (zt_chat_tools_add_service (tools, "many", list), ==, ZT_CHAT_TOOLS_MAX);
  g_assert_cmpuint (zt_chat_tools_add_service (tools, "more", list), ==, 0);
  g_assert_cmpuint (zt_chat_tools_get_n_tools (tools), ==, ZT_CHAT_TOOLS_MAX);
}

static void
test_result_text (void)
{
  struct { const char *result, *text; gboolean is_error; } cases[] = {
    { "{\"content\":[{\"type\":\"text\",\"text\":\"Echo: hi\"}]}", "Echo: hi", FALSE },
    { "{\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"image\",\"data\":\"..\",\"mimeType\":\"image/png\"},"
      "{\"type\":\"text\",\"text\":\"b\"}]}", "a\n[image content]\nb", FALSE },
    { "{\"content\":[{\"type\":\"text\",\"text\":\"no such file\"}],\"isError\":true}", "no such file", TRUE },
    { "{\"content\":[],\"structuredContent\":{\"sum\":3}}", "{\"sum\":3}", FALSE },
    { "{\"content\":[{\"type\":\"resource\",\"resource\":{\"uri\":\"file:///x\",\"text\":\"inside\"}}]}", "inside", FALSE },
    { "{\"content\":[{\"type\":\"resource\",\"resource\":{\"uri\":\"file:///x\"}}]}", "file:///x", FALSE },
    { "{\"content\":\"not a list\"}", "", FALSE },
    { "{}", "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = json_from_string (cases[i].result, NULL);
      gboolean is_error = !cases[i].is_error;
      g_autofree char *text = zt_chat_tools_result_text (json_node_get_object (node), &is_error);

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpint (is_error, ==, cases[i].is_error);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chat/tools/names", test_names);
  g_test_add_func ("/chat/tools/openai-format", test_openai_format);
  g_test_add_func ("/chat/tools/bounded", test_bounded);
  g_test_add_func ("/chat/tools/result-text", test_result_text);
  return g_test_run ();
}
