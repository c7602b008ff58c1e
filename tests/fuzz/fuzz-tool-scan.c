/* fuzz-tool-scan.c: libFuzzer target for the tool definition scanner and neutralisation */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdint.h>
#include <string.h>

#include "zt-jsonrpc.h"
#include "zt-tool-scan.h"

static const ZtLimits fuzz_limits = { .max_size = 65536, .max_depth = 16 };

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* What neutralisation promises, checked code point by code point (not with its own tables):
 * no tag characters, zero-width or bidi controls, ESC or other C0/C1 controls but tab and
 * newline are left. */
static void
check_clean (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false (c >= 0xE0000 && c <= 0xE007F);
      g_assert_false (c == 0x200B || c == 0x200C || c == 0x2060 || c == 0xFEFF);
      g_assert_false ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
      g_assert_false ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F));
    }
}

static void
check_node (JsonNode *node,
            guint     depth)
{
  g_assert_cmpuint (depth, <, 200);
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    check_clean (json_node_get_string (node));
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (node));

      for (GList *l = members; l; l = l->next)
        {
          check_clean (l->data);
          check_node (json_object_get_member (json_node_get_object (node), l->data), depth + 1);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
      check_node (json_array_get_element (json_node_get_array (node), i), depth + 1);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) root = zt_json_parse_strict ((const char *) data, size, &fuzz_limits, NULL);
  g_autoptr(ZtToolScan) scan = NULL;
  g_autoptr(JsonNode) report = NULL;
  JsonArray *tools = NULL;
  const char *instructions = NULL;

  /* the raw bytes as one text, when they are text: spans stay inside it */
  if (g_utf8_validate ((const char *) data, size, NULL) && memchr (data, 0, size) == NULL)
    {
      g_autofree char *text = g_strndup ((const char *) data, size);
      g_autoptr(GPtrArray) findings = zt_tool_scan_text (text);
      g_autofree char *clean = zt_text_neutralise (text);
      g_autofree char *again = zt_text_neutralise (clean);

      for (guint i = 0; i < findings->len; i++)
        {
          const ZtScanFinding *f = findings->pdata[i];
          g_assert_cmpuint (f->start, <=, f->end);
          g_assert_cmpuint (f->end, <=, size);
          g_assert_true (g_utf8_validate (f->excerpt, -1, NULL));
        }
      check_clean (clean);
      g_assert_cmpstr (clean, ==, again);
    }

  if (root == NULL)
    return 0;
  if (JSON_NODE_HOLDS_ARRAY (root))
    tools = json_node_get_array (root);
  else if (JSON_NODE_HOLDS_OBJECT (root))
    {
      tools = zt_json_get_array (json_node_get_object (root), "tools");
      instructions = zt_json_get_string (json_node_get_object (root), "instructions");
    }
  if (tools == NULL)
    return 0;

  /* the same tools as two services: collisions and cross-service mentions get exercised */
  scan = zt_tool_scan_new ();
  zt_tool_scan_add_service (scan, "one", tools, instructions, NULL);
  zt_tool_scan_add_service (scan, "two", tools, NULL, NULL);
  zt_tool_scan_run (scan);
  report = zt_tool_scan_to_json (scan);
  g_assert_nonnull (report);
  for (guint i = 0; i < json_array_get_length (tools); i++)
    {
      g_autoptr(JsonNode) clean = zt_tool_neutralise (json_array_get_element (tools, i));
      check_node (clean, 0);
    }
  return 0;
}
