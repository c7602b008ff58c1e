/* zt-cli.h: shared pieces of the zt4mcp command line */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct {
  char *home;
  char *url;
  char *token;
} ZtCliApi;

gboolean   zt_cli_api_load   (ZtCliApi    *api,
                              const char  *home,
                              GError     **error);
void       zt_cli_api_clear  (ZtCliApi    *api);
JsonNode  *zt_cli_api_call   (ZtCliApi    *api,
                              const char  *method,
                              const char  *path,
                              JsonNode    *body,
                              guint       *status,
                              GError     **error);
int        zt_cli_connect    (const char  *home,
                              const char  *service);
int        zt_cli_hub        (int          argc,
                              char       **argv);
int        zt_cli_join       (int          argc,
                              char       **argv);

G_END_DECLS
