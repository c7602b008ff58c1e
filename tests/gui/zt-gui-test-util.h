/* zt-gui-test-util.h: helpers for the GUI tests: waiting, finding widgets, screenshots */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include <json-glib/json-glib.h>

#include "zt-client.h"

G_BEGIN_DECLS

typedef gboolean (*ZtTestPredicate) (gpointer data);

/* Runs the main loop until @pred holds; fails the test naming @what after @timeout_ms. */
void       zt_test_wait_until     (ZtTestPredicate  pred,
                                   gpointer         data,
                                   guint            timeout_ms,
                                   const char      *what);
/* Runs the main loop for @ms. */
void       zt_test_run_for        (guint            ms);
/* The first widget below @root (depth first) named @name (gtk_widget_set_name / the "name"
 * property in .ui files) for which @match (may be NULL) holds. */
GtkWidget *zt_test_find           (GtkWidget       *root,
                                   const char      *name,
                                   gboolean       (*match) (GtkWidget *w, gpointer data),
                                   gpointer         data);
/* A widget whose text (a row's title or subtitle, a label's or a button's text) contains @text. */
GtkWidget *zt_test_find_text      (GtkWidget       *root,
                                   const char      *text);
/* Clicks @button as a person would: it must be visible, mapped and sensitive. */
void       zt_test_click          (GtkWidget       *button);
/* Every row @view (an audit page's column view) shows has its record: no placeholder ("…")
 * is on screen, and some cell is. */
gboolean   zt_test_rows_loaded    (GtkWidget       *view);
/* The first visible toplevel window of @type, or NULL. */
GtkWidget *zt_test_find_toplevel  (GType            type);
/* Call before gtk_test_init (): GTK 4.8's list views warn when a scroll lands past the rows
 * measured so far (the heights of rows not shown are estimated) and then settle; that one
 * warning is logged as a test message, every other stays fatal. */
void       zt_test_log_init       (void);
/* Saves what @widget shows as a PNG in $ZT_SCREENSHOT_DIR (or the current directory). */
char      *zt_test_screenshot     (GtkWidget       *widget,
                                   const char      *name);

/* One REST call to the agent behind @client (@body may be NULL), the main loop running until
 * it answers; an error fails the test. */
JsonNode  *zt_test_rest           (ZtClient        *client,
                                   const char      *method,
                                   const char      *path,
                                   JsonNode        *body);

/* One MCP tool call with the MCP SDK's client (call-tool.mjs) at @url with @token, the main
 * loop running meanwhile; TRUE if it succeeded. *@out gets what it printed (a refused call
 * says "(HTTP 401)"). */
gboolean   zt_test_call_tool      (const char      *url,
                                   const char      *token,
                                   const char      *tool,
                                   const char      *args,
                                   char           **out);
/* The text on the display's clipboard (NULL if none), the main loop running meanwhile. */
char      *zt_test_read_clipboard (void);

/* Serves @xml's first interface at @path on the session bus (the test's private one), its
 * methods answered by @call, and owns @name there (replacing an owner): a stand-in for a
 * desktop service (notifications, a portal). */
void       zt_test_own_bus_service (const char                   *name,
                                    const char                   *path,
                                    const char                   *xml,
                                    GDBusInterfaceMethodCallFunc  call);

/* A node fixture script ($ZT_TESTS_DIR/@script) that prints one JSON line when ready and may
 * answer one JSON line per command line; it stops when its standard input closes. */
typedef struct _ZtTestFixture ZtTestFixture;

ZtTestFixture *zt_test_fixture_start (const char     *script);
JsonObject    *zt_test_fixture_info  (ZtTestFixture  *fixture);
/* Sends @command (one JSON object) and returns the answer (the main loop runs meanwhile). */
JsonObject    *zt_test_fixture_ask   (ZtTestFixture  *fixture,
                                      const char     *command);
void           zt_test_fixture_stop  (ZtTestFixture  *fixture);

G_END_DECLS
