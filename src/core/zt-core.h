/* zt-core.h: the one header for zt4mcp's core library (no GTK) */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "zt-agent.h"
#include "zt-error.h"
#include "zt-filter.h"
#include "zt-jsonrpc.h"
#include "zt-pin-filter.h"
#include "zt-policy.h"
#include "zt-service.h"
#include "zt-session.h"
#include "zt-sse.h"
#include "zt-store.h"
#include "zt-upstream.h"
