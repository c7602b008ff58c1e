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
