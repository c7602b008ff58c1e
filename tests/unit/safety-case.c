/* safety-case.c: a labelled safety-corpus case given to a scan (shared by the scanner's tests) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-jsonrpc.h"
#include "safety-case.h"

void
zt_test_scan_add_case (ZtToolScan *scan,
                       JsonObject *c)
{
  JsonNode *n;

  if ((n = json_object_get_member (c, "services")) != NULL)
    {
      JsonArray *svcs = json_node_get_array (n);

      for (guint i = 0; i < json_array_get_length (svcs); i++)
        {
          JsonObject *s = json_array_get_object_element (svcs, i);
          zt_tool_scan_add_service (scan, json_object_get_string_member (s, "name"),
                                    json_object_get_array_member (s, "tools"),
                                    zt_json_get_string (s, "instructions"), NULL);
        }
      return;
    }
  if ((n = json_object_get_member (c, "tool")) != NULL)
    {
      g_autoptr(JsonArray) one = json_array_new ();
      json_array_add_element (one, json_node_copy (n));
      zt_tool_scan_add_service (scan, "case", one, zt_json_get_string (c, "instructions"), NULL);
      return;
    }
  zt_tool_scan_add_service (scan, "case", zt_json_get_array (c, "tools"), zt_json_get_string (c, "instructions"), NULL);
}
