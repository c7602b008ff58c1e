/* safety-case.h: a labelled safety-corpus case (tests/safety-corpus, one JSON line) given to a scan */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-tool-scan.h"

/* Adds @c's tools as zt-tool-scan reads a tools/list: its "services" (each with tools and
 * instructions), or its one "tool", or its "tools", with its "instructions". */
void zt_test_scan_add_case (ZtToolScan *scan,
                            JsonObject *c);
