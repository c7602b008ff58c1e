/* zt-transports.c: the agent's transports: makes each service's upstream, owns what they share */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-transports.h"

struct _ZtTransports
{
  GObject       parent_instance;

  ZtMeshClient *mesh;    /* borrowed: the agent's, while it has one */
  ZtServiceEventFunc event_func;
  gpointer      event_data;
  ZtSecretEnvFunc secret_env_func;
  gpointer      secret_env_data;
  GHashTable   *shared;  /* ZtService* -> the shared connection of a --shared service (not owned) */
};

static void zt_transports_host_init (ZtUpstreamHostInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtTransports, zt_transports, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_UPSTREAM_HOST, zt_transports_host_init))

static void
wipe_strv (char **strv)
{
  for (guint i = 0; strv && strv[i]; i++)
    memset (strv[i], 0, strlen (strv[i]));
  g_strfreev (strv);
}

/* A stdio upstream with its secret variables added to its environment; one whose secrets
 * cannot be read fails to start, saying why (it never runs without them). */
static ZtUpstream *
stdio_new (ZtTransports *self,
           ZtService    *service)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) env = g_ptr_array_new ();
  char **secrets = NULL;
  ZtUpstream *upstream;

  if (service->secret_env != NULL && self->secret_env_func == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "this agent cannot read secret variables");
  else if (service->secret_env != NULL)
    secrets = self->secret_env_func (service, &error, self->secret_env_data);
  for (guint i = 0; service->env && service->env[i]; i++)
    g_ptr_array_add (env, service->env[i]);
  for (guint i = 0; secrets && secrets[i]; i++)
    g_ptr_array_add (env, secrets[i]);
  g_ptr_array_add (env, NULL);
  upstream = zt_upstream_stdio_new (ZT_UPSTREAM_HOST (self), service->name, (const char * const *) service->argv,
                                    (const char * const *) env->pdata, service->cwd, &service->limits);
  wipe_strv (secrets);
  if (error != NULL)
    zt_upstream_stdio_fail_start (upstream, error);
  return upstream;
}

static ZtUpstream *
zt_transports_create (ZtUpstreamHost *factory,
                      ZtService         *service)
{
  ZtTransports *self = ZT_TRANSPORTS (factory);

  if (service->shared)
    return zt_upstream_shared_new (self, service);
  switch (service->kind)
    {
    case ZT_SERVICE_STDIO:
      return stdio_new (self, service);
    case ZT_SERVICE_HTTP:
      return zt_upstream_http_new (service->name, service->url, service->upstream_token, &service->limits,
                                   service->era);
    case ZT_SERVICE_SSE:
      return zt_upstream_sse_new (service->name, service->url, service->upstream_token, &service->limits);
    case ZT_SERVICE_MESH:
      return zt_upstream_mesh_new (self, service->name, service->peer, service->remote, &service->limits);
    default:
      g_assert_not_reached ();
    }
}

static void
zt_transports_report (ZtUpstreamHost *host,
                      const char     *service,
                      ZtServiceEvent  event,
                      const char     *text)
{
  ZtTransports *self = ZT_TRANSPORTS (host);

  if (self->event_func != NULL)
    self->event_func (service, event, text, self->event_data);
}

static void
zt_transports_host_init (ZtUpstreamHostInterface *iface)
{
  iface->create = zt_transports_create;
  iface->report = zt_transports_report;
}

void
zt_transports_set_event_func (ZtTransports       *self,
                              ZtServiceEventFunc  func,
                              gpointer            user_data)
{
  g_return_if_fail (ZT_IS_TRANSPORTS (self));
  self->event_func = func;
  self->event_data = user_data;
}

void
zt_transports_set_secret_env_func (ZtTransports    *self,
                                   ZtSecretEnvFunc  func,
                                   gpointer         user_data)
{
  g_return_if_fail (ZT_IS_TRANSPORTS (self));
  self->secret_env_func = func;
  self->secret_env_data = user_data;
}

void
zt_transports_set_mesh_client (ZtTransports *self,
                               ZtMeshClient *client)
{
  g_return_if_fail (ZT_IS_TRANSPORTS (self));
  self->mesh = client;
}

ZtMeshClient *
zt_transports_get_mesh_client (ZtTransports *self)
{
  g_return_val_if_fail (ZT_IS_TRANSPORTS (self), NULL);
  return self->mesh;
}

GHashTable *
_zt_transports_get_shared (ZtTransports *self)
{
  return self->shared;
}

ZtTransports *
zt_transports_new (void)
{
  return g_object_new (ZT_TYPE_TRANSPORTS, NULL);
}

static void
zt_transports_finalize (GObject *object)
{
  ZtTransports *self = ZT_TRANSPORTS (object);

  g_hash_table_unref (self->shared);
  G_OBJECT_CLASS (zt_transports_parent_class)->finalize (object);
}

static void
zt_transports_class_init (ZtTransportsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_transports_finalize;
}

static void
zt_transports_init (ZtTransports *self)
{
  self->shared = g_hash_table_new (NULL, NULL);
}
