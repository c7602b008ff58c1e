/* test-service.c: unit tests of a service's JSON as the REST API and the store read it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-service.h"

/* A refused body changes nothing and keeps nothing: a list of strings cut short by an
 * element of another type frees what it had copied (LeakSanitizer checks in ASan builds;
 * found by fuzz-rest). */
static void
test_service_refused (void)
{
  static const char * const bodies[] = {
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\",\"-l\",7]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"env\":[\"A=b\",\"C=d\",{}]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"env\":[\"A=b\",\"no-equals\"]}",
    "{\"name\":\"s\",\"kind\":\"stdio\",\"command\":[\"ls\"],\"export_to\":[\"bob\",null]}",
    "{\"name\":\"s\",\"kind\":\"http\",\"url\":\"ftp://x\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bodies); i++)
    {
      g_autoptr(JsonObject) o = zt_json_parse_object_strict (bodies[i], strlen (bodies[i]), NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZtService) service = NULL;

      g_test_message ("case %u: %s", i, bodies[i]);
      g_assert_nonnull (o);
      service = zt_service_new_from_json (o, &error);
      g_assert_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT);
      g_assert_null (service);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/service/json/refused", test_service_refused);
  return g_test_run ();
}
