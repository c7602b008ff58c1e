/* zt-test-util.h: helpers shared by the core unit tests (regression checks) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

/* A check for a bug that was found (by review, a fuzzer or an attack) and fixed: it fails the
 * test, with the quoted input escaped onto one TAP line, if the bug ever comes back. */
#define zt_regression_check(cond, ...)                                         \
  G_STMT_START {                                                               \
    if (!(cond))                                                               \
      {                                                                        \
        g_autofree char *zt_rc_raw_ = g_strdup_printf (__VA_ARGS__);           \
        g_autofree char *zt_rc_msg_ = g_strescape (zt_rc_raw_, "\"");         \
        g_test_fail_printf ("regression: %s (%s)", zt_rc_msg_, #cond);         \
        return;                                                                \
      }                                                                        \
  } G_STMT_END

/* Runs the default main context until @cond holds; after DEADLINE_S seconds (which the test
 * defines) the test aborts, naming the condition it waited for. */
static inline gboolean
zt_test_deadline_cb (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);
  return G_SOURCE_REMOVE;
}

#define RUN_UNTIL(cond)                                                                         \
  G_STMT_START {                                                                                \
    guint deadline_ = g_timeout_add_seconds (DEADLINE_S, zt_test_deadline_cb, (gpointer) #cond); \
    while (!(cond))                                                                             \
      g_main_context_iteration (NULL, TRUE);                                                    \
    g_source_remove (deadline_);                                                                \
  } G_STMT_END
