/* zt-upstream.c: the transport-independent part of an upstream MCP connection */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "zt-error.h"
#include "zt-marshal.h"
#include "zt-upstream.h"

typedef struct {
  char     *name;
  ZtLimits  limits;
  gboolean  closed;
  guint64   n_refused;   /* notifications dropped in the current run of refusals */
} ZtUpstreamPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ZtUpstream, zt_upstream, G_TYPE_OBJECT)

enum { PROP_0, PROP_NAME, PROP_MAX_SIZE, PROP_MAX_DEPTH, N_PROPS };
enum { MESSAGE, CLOSED, N_SIGNALS };

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
zt_upstream_finalize (GObject *object)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (ZT_UPSTREAM (object));

  g_clear_pointer (&priv->name, g_free);
  G_OBJECT_CLASS (zt_upstream_parent_class)->finalize (object);
}

static void
zt_upstream_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (ZT_UPSTREAM (object));

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, priv->name); break;
    case PROP_MAX_SIZE: g_value_set_uint64 (value, priv->limits.max_size); break;
    case PROP_MAX_DEPTH: g_value_set_uint (value, priv->limits.max_depth); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_upstream_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (ZT_UPSTREAM (object));

  switch (prop_id)
    {
    case PROP_NAME: g_free (priv->name); priv->name = g_value_dup_string (value); break;
    case PROP_MAX_SIZE: priv->limits.max_size = g_value_get_uint64 (value); break;
    case PROP_MAX_DEPTH: priv->limits.max_depth = g_value_get_uint (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_upstream_class_init (ZtUpstreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zt_upstream_finalize;
  object_class->get_property = zt_upstream_get_property;
  object_class->set_property = zt_upstream_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL, 0, G_MAXUINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MESSAGE] = g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, _zt_marshal_VOID__BOXED_INT64, G_TYPE_NONE, 2,
                                   ZT_TYPE_MESSAGE | G_SIGNAL_TYPE_STATIC_SCOPE, G_TYPE_INT64);
  g_signal_set_va_marshaller (signals[MESSAGE], G_TYPE_FROM_CLASS (klass), _zt_marshal_VOID__BOXED_INT64v);
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 1,
                                  G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
zt_upstream_init (ZtUpstream *self)
{
}

gboolean
zt_upstream_start (ZtUpstream *self,
                   GError    **error)
{
  g_return_val_if_fail (ZT_IS_UPSTREAM (self), FALSE);
  return ZT_UPSTREAM_GET_CLASS (self)->start (self, error);
}

void
zt_upstream_send (ZtUpstream *self,
                  ZtMessage  *message)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);

  g_return_if_fail (ZT_IS_UPSTREAM (self));
  if (priv->closed)
    return;
  ZT_UPSTREAM_GET_CLASS (self)->send (self, message);
}

void
zt_upstream_close (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);

  g_return_if_fail (ZT_IS_UPSTREAM (self));
  if (priv->closed)
    return;
  ZT_UPSTREAM_GET_CLASS (self)->close (self);
  priv->closed = TRUE;
}

void
zt_upstream_hold_reading (ZtUpstream *self,
                          gboolean    hold)
{
  g_return_if_fail (ZT_IS_UPSTREAM (self));
  if (ZT_UPSTREAM_GET_CLASS (self)->hold_reading != NULL)
    ZT_UPSTREAM_GET_CLASS (self)->hold_reading (self, hold);
}

gboolean
zt_upstream_is_closed (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  return priv->closed;
}

const char *
zt_upstream_get_name (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  return priv->name;
}

const ZtLimits *
zt_upstream_get_limits (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  return &priv->limits;
}

void
zt_upstream_emit_message (ZtUpstream *self,
                          ZtMessage  *message,
                          gint64      related)
{
  g_signal_emit (self, signals[MESSAGE], 0, message, related);
}

/* Parses one message from the server; a bad one is logged and dropped, never relayed. */
void
zt_upstream_emit_raw (ZtUpstream *self,
                      const char *data,
                      gsize       len,
                      gint64      related)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZtMessage) message = NULL;

  while (len > 0 && g_ascii_isspace (data[len - 1]))
    len--;
  if (len == 0)
    return;

  message = zt_message_parse (data, len, &priv->limits, &error);
  if (message == NULL)
    {
      g_warning ("%s: dropped a message from the upstream server: %s", priv->name, error->message);
      return;
    }
  zt_upstream_emit_message (self, message, related);
}

gsize
zt_upstream_backlog_limit (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  gsize max = priv->limits.max_size ? priv->limits.max_size : ZT_DEFAULT_MAX_MESSAGE_SIZE;

  return max > G_MAXSIZE / 4 ? G_MAXSIZE : 4 * max;
}

typedef struct {
  ZtUpstream *upstream;
  ZtMessage  *answer;
} Refusal;

static void
refusal_free (gpointer data)
{
  Refusal *r = data;

  g_object_unref (r->upstream);
  zt_message_unref (r->answer);
  g_free (r);
}

static gboolean
refusal_cb (gpointer data)
{
  Refusal *r = data;

  if (!zt_upstream_is_closed (r->upstream))
    zt_upstream_emit_message (r->upstream, r->answer, -1);
  return G_SOURCE_REMOVE;
}

void
zt_upstream_refuse (ZtUpstream *self,
                    ZtMessage  *message,
                    const char *text)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);

  if (zt_message_get_kind (message) == ZT_MESSAGE_REQUEST)
    {
      Refusal *r = g_new0 (Refusal, 1);
      GSource *source = g_idle_source_new ();

      /* answered from the main loop, as any transport answers: the caller is still sending */
      r->upstream = g_object_ref (self);
      r->answer = zt_message_new_error (zt_message_get_id (message), ZT_JSONRPC_INTERNAL_ERROR, text);
      g_source_set_callback (source, refusal_cb, r, refusal_free);
      g_source_attach (source, g_main_context_get_thread_default ());
      g_source_unref (source);
      return;
    }
  /* a flood of notifications must not become a flood of log lines */
  priv->n_refused++;
  if ((priv->n_refused & (priv->n_refused - 1)) == 0)
    g_message ("%s: %s (%" G_GUINT64_FORMAT " messages dropped so far)", priv->name ?: "upstream", text,
               priv->n_refused);
}

void
zt_upstream_refusals_end (ZtUpstream *self)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);

  priv->n_refused = 0;
}

void
zt_upstream_emit_closed (ZtUpstream   *self,
                         const GError *error)
{
  ZtUpstreamPrivate *priv = zt_upstream_get_instance_private (self);
  g_autoptr(GError) fallback = NULL;

  if (priv->closed)
    return;
  priv->closed = TRUE;
  if (error == NULL)
    error = fallback = g_error_new_literal (ZT_ERROR, ZT_ERROR_CLOSED, "upstream closed");
  g_signal_emit (self, signals[CLOSED], 0, error);
}

/* ---------------------------------------------------------------------------------------- */

G_DEFINE_INTERFACE (ZtUpstreamHost, zt_upstream_host, G_TYPE_OBJECT)

static void
zt_upstream_host_default_init (ZtUpstreamHostInterface *iface)
{
}

ZtUpstream *
zt_upstream_host_create (ZtUpstreamHost *self,
                            struct _ZtService *service)
{
  g_return_val_if_fail (ZT_IS_UPSTREAM_HOST (self), NULL);
  g_return_val_if_fail (service != NULL, NULL);
  return ZT_UPSTREAM_HOST_GET_IFACE (self)->create (self, service);
}

void
zt_upstream_host_report (ZtUpstreamHost *self,
                         const char     *service,
                         ZtServiceEvent  event,
                         const char     *format,
                         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  g_return_if_fail (ZT_IS_UPSTREAM_HOST (self));
  if (ZT_UPSTREAM_HOST_GET_IFACE (self)->report == NULL)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  ZT_UPSTREAM_HOST_GET_IFACE (self)->report (self, service, event, text);
}
