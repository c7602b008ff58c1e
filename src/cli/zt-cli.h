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
/* @text with control characters, C1 controls and bidirectional overrides shown as U+FFFD:
 * what g_print () and g_printerr () write to a terminal (zt4mcp.c installs the handlers). */
char      *zt_cli_terminal_safe (const char *text);
/* "zt4mcp VERB: message" on standard error */
void       zt_cli_error_valist (const char *verb,
                              const char  *format,
                              va_list      args) G_GNUC_PRINTF (2, 0);
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
int        zt_cli_audit      (int          argc,
                              char       **argv);

int        zt_cli_chat       (int          argc,
                              char       **argv);
int        zt_cli_scan       (int          argc,
                              char       **argv);
/* What @scan (run) found, as `zt4mcp scan` prints it, and its exit status: 0 nothing found,
 * 1 warnings, 2 a tool blocked; of the tools of the service @only, or of all (NULL). */
struct _ZtToolScan;
void       zt_cli_scan_print  (struct _ZtToolScan *scan,
                              const char  *only);
int        zt_cli_scan_status (struct _ZtToolScan *scan,
                              const char  *only);
int        zt_cli_tools      (int          argc,
                              char       **argv);

int        zt_cli_policy     (int          argc,
                              char       **argv);
int        zt_cli_access     (int          argc,
                              char       **argv);

/* zt4mcp.c: what every verb shares (--home, --json, options, REST calls) */
extern char     *opt_home;
extern gboolean  opt_json;
void       die               (const char  *verb,
                              const char  *format,
                              ...) G_GNUC_PRINTF (2, 3) G_GNUC_NORETURN;
void       parse_options     (const char  *verb,
                              const char  *params,
                              const char  *summary,
                              const GOptionEntry *entries,
                              int         *argc,
                              char      ***argv);
JsonNode  *call_or_die       (const char  *verb,
                              const char  *method,
                              const char  *path,
                              JsonNode    *body,
                              guint        expect);
void       print_json        (JsonNode    *node);
/* BYTES with an optional K, M or G (powers of 1024); NULL leaves @size alone */
gboolean   zt_cli_parse_size (const char  *text,
                              const char  *option,
                              guint64     *size,
                              GError     **error);

/* One verb of a command that has several (service add, hub invite, ...). */
typedef struct {
  const char *name;
  const char *params;   /* after the verb, for its usage line */
  const char *summary;  /* one line */
  const char *options;  /* the long names of the entries it takes, space-separated; NULL: none */
} ZtCliVerb;

/* Parses the options of `zt4mcp COMMAND VERB ...`: VERB --help shows that verb's options
 * only, an option of another verb is refused, `COMMAND --help` lists the verbs. @common
 * adds --home and --json to every verb. Returns the verb (then argv[1]); exits on errors. */
const ZtCliVerb *zt_cli_parse_verb (const char         *command,
                                    const char         *summary,
                                    const ZtCliVerb    *verbs,
                                    guint               n_verbs,
                                    const GOptionEntry *entries,
                                    gboolean            common,
                                    int                *argc,
                                    char             ***argv);

G_END_DECLS
