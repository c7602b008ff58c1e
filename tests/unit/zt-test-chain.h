/* zt-test-chain.h: what a filter chain did with one message, for the filters' unit tests */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <string.h>

#include "zt-filter.h"

/* The outcome of the last message submitted with zt_chain_outcome_done_cb. */
typedef struct {
  ZtMessage *out;     /* what went on (NULL: denied or dropped) */
  char      *rule;    /* of a denial */
  char      *reason;
  int        code;
  JsonNode  *data;
  gboolean   done;    /* the chain has decided (a deferring filter decides later) */
} ZtChainOutcome;

static inline void
zt_chain_outcome_clear (ZtChainOutcome *o)
{
  g_clear_pointer (&o->out, zt_message_unref);
  g_clear_pointer (&o->rule, g_free);
  g_clear_pointer (&o->reason, g_free);
  g_clear_pointer (&o->data, json_node_unref);
  o->code = 0;
  o->done = FALSE;
}

/* A ZtFilterChainDone: @user_data is the ZtChainOutcome to fill. */
static inline void
zt_chain_outcome_done_cb (ZtMessage       *message,
                          const ZtVerdict *denial,
                          gpointer         user_data)
{
  ZtChainOutcome *o = user_data;

  zt_chain_outcome_clear (o);
  o->done = TRUE;
  if (message)
    o->out = zt_message_ref (message);
  if (denial)
    {
      o->rule = g_strdup (denial->rule);
      o->reason = g_strdup (denial->reason);
      o->code = denial->code;
      o->data = denial->data ? json_node_copy (denial->data) : NULL;
    }
}

/* Runs the default main context until the chain has decided @o's message. */
static inline void
zt_chain_outcome_wait (ZtChainOutcome *o)
{
  while (!o->done)
    g_main_context_iteration (NULL, TRUE);
}

static inline ZtMessage *
zt_test_parse_message (const char *text)
{
  g_autoptr(GError) error = NULL;
  ZtMessage *m = zt_message_parse (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return m;
}
