/* zt-chat-items.c: what the chat pane's lists show: messages, tool calls, conversations */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "zt-chat-items.h"

struct _ZtChatItem {
  GObject         parent_instance;
  ZtChatItemKind  kind;
  GString        *text;
  char           *state;
  char           *call_id, *service, *tool, *result;
};

G_DEFINE_FINAL_TYPE (ZtChatItem, zt_chat_item, G_TYPE_OBJECT)

enum { PROP_0, PROP_TEXT, PROP_STATE, PROP_RESULT, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
zt_chat_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  ZtChatItem *self = ZT_CHAT_ITEM (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_string (value, self->text->str); break;
    case PROP_STATE: g_value_set_string (value, self->state); break;
    case PROP_RESULT: g_value_set_string (value, self->result); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zt_chat_item_finalize (GObject *object)
{
  ZtChatItem *self = ZT_CHAT_ITEM (object);

  g_string_free (self->text, TRUE);
  g_free (self->state);
  g_free (self->call_id);
  g_free (self->service);
  g_free (self->tool);
  g_free (self->result);
  G_OBJECT_CLASS (zt_chat_item_parent_class)->finalize (object);
}

static void
zt_chat_item_class_init (ZtChatItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = zt_chat_item_get_property;
  object_class->finalize = zt_chat_item_finalize;
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_STATE] = g_param_spec_string ("state", NULL, NULL, NULL, flags);
  properties[PROP_RESULT] = g_param_spec_string ("result", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zt_chat_item_init (ZtChatItem *self)
{
  self->text = g_string_new (NULL);
}

ZtChatItem *
zt_chat_item_new (ZtChatItemKind kind,
                  const char    *text,
                  const char    *state)
{
  ZtChatItem *self = g_object_new (ZT_TYPE_CHAT_ITEM, NULL);

  self->kind = kind;
  g_string_assign (self->text, text ? text : "");
  self->state = g_strdup (state ? state : "complete");
  return self;
}

ZtChatItem *
zt_chat_item_new_tool (const char *call_id,
                       const char *service,
                       const char *tool,
                       const char *arguments)
{
  ZtChatItem *self = zt_chat_item_new (ZT_CHAT_ITEM_TOOL, arguments, "running");

  self->call_id = g_strdup (call_id);
  self->service = g_strdup (service);
  self->tool = g_strdup (tool);
  return self;
}

ZtChatItemKind zt_chat_item_get_kind (ZtChatItem *self) { return self->kind; }
const char *zt_chat_item_get_text (ZtChatItem *self) { return self->text->str; }
const char *zt_chat_item_get_state (ZtChatItem *self) { return self->state; }
const char *zt_chat_item_get_call_id (ZtChatItem *self) { return self->call_id; }
const char *zt_chat_item_get_service (ZtChatItem *self) { return self->service; }
const char *zt_chat_item_get_tool (ZtChatItem *self) { return self->tool; }
const char *zt_chat_item_get_result (ZtChatItem *self) { return self->result; }

void
zt_chat_item_set_text (ZtChatItem *self,
                       const char *text)
{
  g_return_if_fail (ZT_IS_CHAT_ITEM (self));
  g_string_assign (self->text, text ? text : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

void
zt_chat_item_append (ZtChatItem *self,
                     const char *text)
{
  g_return_if_fail (ZT_IS_CHAT_ITEM (self));
  g_string_append (self->text, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

void
zt_chat_item_set_state (ZtChatItem *self,
                        const char *state)
{
  g_return_if_fail (ZT_IS_CHAT_ITEM (self));
  if (g_strcmp0 (self->state, state) == 0)
    return;
  g_free (self->state);
  self->state = g_strdup (state);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

void
zt_chat_item_set_result (ZtChatItem *self,
                         const char *result)
{
  g_return_if_fail (ZT_IS_CHAT_ITEM (self));
  g_free (self->result);
  self->result = g_strdup (result);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

/* Conversations ---------------------------------------------------------------------------- */

struct _ZtChatConv {
  GObject  parent_instance;
  gint64   id;
  char    *title, *snippet;
};

G_DEFINE_FINAL_TYPE (ZtChatConv, zt_chat_conv, G_TYPE_OBJECT)

static void
zt_chat_conv_finalize (GObject *object)
{
  ZtChatConv *self = ZT_CHAT_CONV (object);

  g_free (self->title);
  g_free (self->snippet);
  G_OBJECT_CLASS (zt_chat_conv_parent_class)->finalize (object);
}

static void
zt_chat_conv_class_init (ZtChatConvClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_chat_conv_finalize;
}

static void
zt_chat_conv_init (ZtChatConv *self)
{
}

ZtChatConv *
zt_chat_conv_new (gint64      id,
                  const char *title,
                  const char *snippet)
{
  ZtChatConv *self = g_object_new (ZT_TYPE_CHAT_CONV, NULL);

  self->id = id;
  self->title = g_strdup (title);
  self->snippet = g_strdup (snippet);
  return self;
}

gint64 zt_chat_conv_get_id (ZtChatConv *self) { return self->id; }
const char *zt_chat_conv_get_title (ZtChatConv *self) { return self->title; }
const char *zt_chat_conv_get_snippet (ZtChatConv *self) { return self->snippet; }
