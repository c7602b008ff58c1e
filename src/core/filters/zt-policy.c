/* zt-policy.c: grants, their matching against a message, and the policy filter */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "zt-error.h"
#include "zt-jsonrpc.h"
#include "zt-policy.h"

/* ---------------------------------------------------------------------------------------- */
/* Durations                                                                                */

gboolean
zt_duration_parse (const char  *text,
                   gint64      *seconds,
                   GError     **error)
{
  char *end = NULL;
  guint64 n;
  gint64 unit = 1;

  if (text == NULL || !g_ascii_isdigit (text[0]))
    goto bad;
  n = g_ascii_strtoull (text, &end, 10);
  if (*end == 's') unit = 1, end++;
  else if (*end == 'm') unit = 60, end++;
  else if (*end == 'h') unit = 3600, end++;
  else if (*end == 'd') unit = 86400, end++;
  /* at most ten years: nobody means more, and the sums below stay far from overflowing */
  if (*end != '\0' || n == 0 || n > (guint64) 10 * 366 * 86400 / (guint64) unit)
    goto bad;
  *seconds = (gint64) n * unit;
  return TRUE;

bad:
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT,
               "\"%s\" is not a duration: use a number with s, m, h or d, e.g. 30m or 1h (at most 10 years)",
               text ? text : "");
  return FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* Grants                                                                                   */

typedef enum { C_EQUALS, C_ENUM, C_PREFIX, C_REGEX, C_RANGE } ConstraintKind;

typedef struct {
  char           *pointer;
  char          **tokens;  /* the pointer's reference tokens, unescaped */
  ConstraintKind  kind;
  JsonNode       *value;   /* equals: the value; enum: the array */
  char           *prefix;
  GRegex         *regex;
  gboolean        has_min, has_max;
  double          min, max;
} Constraint;

typedef enum { S_USER, S_ENDPOINT, S_GROUP, S_ALL, S_CLIENT } SubjectKind;

/* The calls of one subject under a rated grant: a ring of their times, oldest next. */
typedef struct {
  guint  next;
  gint64 at[];  /* rate_calls of them; 0: unused */
} Window;

struct _ZtGrant
{
  gatomicrefcount ref_count;
  char        *id;
  char        *service;
  char        *subject;      /* typed, as stored */
  SubjectKind  subject_kind;
  char        *subject_name; /* NULL for "*" */
  char       **globs[3];     /* per ZtPolicyKind, as written */
  GPatternSpec **specs[3];   /* compiled, NULL-terminated */
  GPtrArray   *constraints;  /* Constraint */
  gint64       not_before;   /* 0: none */
  gint64       not_after;
  guint        rate_calls;   /* 0: no rate */
  gint64       rate_per;
  gint64       tokens_per_day; /* llm services: 0, no budget */
  char        *origin;
  char        *note;
  gint64       created;
  GHashTable  *windows;      /* subject string -> Window */
};

static const char *kind_members[] = { "tools", "resources", "prompts" };

static void
constraint_free (Constraint *c)
{
  g_free (c->pointer);
  g_strfreev (c->tokens);
  g_clear_pointer (&c->value, json_node_unref);
  g_free (c->prefix);
  g_clear_pointer (&c->regex, g_regex_unref);
  g_free (c);
}

ZtGrant *
zt_grant_ref (ZtGrant *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zt_grant_unref (ZtGrant *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->id);
  g_free (self->service);
  g_free (self->subject);
  g_free (self->subject_name);
  for (guint k = 0; k < 3; k++)
    {
      g_strfreev (self->globs[k]);
      for (guint i = 0; self->specs[k] && self->specs[k][i]; i++)
        g_pattern_spec_free (self->specs[k][i]);
      g_free (self->specs[k]);
    }
  g_clear_pointer (&self->constraints, g_ptr_array_unref);
  g_free (self->origin);
  g_free (self->note);
  g_clear_pointer (&self->windows, g_hash_table_unref);
  g_free (self);
}

const char *zt_grant_get_id (const ZtGrant *self) { return self->id; }
const char *zt_grant_get_service (const ZtGrant *self) { return self->service; }
const char *zt_grant_get_subject (const ZtGrant *self) { return self->subject; }
const char *zt_grant_get_origin (const ZtGrant *self) { return self->origin; }
gint64 zt_grant_get_not_after (const ZtGrant *self) { return self->not_after; }

void
zt_grant_set_id (ZtGrant    *self,
                 const char *id)
{
  g_free (self->id);
  self->id = g_strdup (id);
}

void
zt_grant_set_created (ZtGrant *self,
                      gint64   created)
{
  self->created = created;
}

char *
zt_grant_new_id (void)
{
  return g_strdup_printf ("g-%08x", g_random_int ());
}

static gboolean G_GNUC_PRINTF (4, 5)
invalid (char      **field,
         GError    **error,
         const char *name,
         const char *format,
         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "\"%s\": %s", name, text);
  if (field != NULL)
    *field = g_strdup (name);
  return FALSE;
}

static gboolean
is_string (JsonNode *n)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING;
}

static gboolean
is_integer (JsonNode *n)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_INT64;
}

static gboolean
is_number (JsonNode *n)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE (n) &&
         (json_node_get_value_type (n) == G_TYPE_INT64 || json_node_get_value_type (n) == G_TYPE_DOUBLE);
}

static double
number_of (JsonNode *n)
{
  return json_node_get_value_type (n) == G_TYPE_INT64 ? (double) json_node_get_int (n) : json_node_get_double (n);
}

/* A string member of at most ZT_GRANT_MAX_TEXT bytes, or missing (*out stays NULL). */
static gboolean
get_text (JsonObject  *o,
          const char  *member,
          gboolean     required,
          const char **out,
          char       **field,
          GError     **error)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || (JSON_NODE_HOLDS_NULL (n) && !required))
    return required ? invalid (field, error, member, "is required") : TRUE;
  if (!is_string (n))
    return invalid (field, error, member, "must be a string");
  if (strlen (json_node_get_string (n)) > ZT_GRANT_MAX_TEXT)
    return invalid (field, error, member, "is longer than %d bytes", ZT_GRANT_MAX_TEXT);
  *out = json_node_get_string (n);
  return TRUE;
}

static gboolean
parse_subject (ZtGrant    *self,
               const char *text,
               char      **field,
               GError    **error)
{
  const char *colon = strchr (text, ':');
  g_autoptr(GError) local_error = NULL;

  if (strcmp (text, "*") == 0)
    {
      self->subject_kind = S_ALL;
      self->subject = g_strdup ("*");
      return TRUE;
    }
  if (colon != NULL && (g_str_has_prefix (text, "group:") || g_str_has_prefix (text, "client:")))
    {
      if (!zt_name_is_valid (colon + 1))
        return invalid (field, error, "subject", "\"%s\": the name after the ':' must be 1-64 letters, digits, "
                        "'-', '_' or '.'", text);
      self->subject_kind = text[0] == 'g' ? S_GROUP : S_CLIENT;
      self->subject_name = g_strdup (colon + 1);
      self->subject = g_strdup (text);
      return TRUE;
    }
  {
    ZtMemberKind kind;

    if (!zt_subject_parse (text, &kind, &self->subject_name, &local_error))
      return invalid (field, error, "subject", "\"%s\" is not a subject: use user:NAME, endpoint:NAME, "
                      "group:NAME, client:NAME or *", text);
    self->subject_kind = kind == ZT_MEMBER_ENDPOINT ? S_ENDPOINT : S_USER;
    self->subject = zt_subject_format (kind, self->subject_name);
  }
  return TRUE;
}

static gboolean
parse_globs (ZtGrant     *self,
             JsonObject  *o,
             ZtPolicyKind kind,
             char       **field,
             GError     **error)
{
  const char *member = kind_members[kind];
  JsonNode *n = json_object_get_member (o, member);
  JsonArray *a;
  guint len;

  /* an llm service's grant names models; they are its "tools" (docs/llm-chat.md) */
  if (kind == ZT_POLICY_TOOL && json_object_has_member (o, "models"))
    {
      if (n != NULL)
        return invalid (field, error, "models", "give models or tools, not both (they are the same globs)");
      member = "models";
      n = json_object_get_member (o, member);
    }

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    len = 0, a = NULL;
  else if (!JSON_NODE_HOLDS_ARRAY (n))
    return invalid (field, error, member, "must be an array of globs (* and ?), e.g. [\"read_*\"]");
  else if ((len = json_array_get_length (a = json_node_get_array (n))) > ZT_GRANT_MAX_GLOBS)
    return invalid (field, error, member, "has more than %d globs", ZT_GRANT_MAX_GLOBS);
  self->globs[kind] = g_new0 (char *, len + 1);
  self->specs[kind] = g_new0 (GPatternSpec *, len + 1);
  for (guint i = 0; i < len; i++)
    {
      JsonNode *e = json_array_get_element (a, i);
      g_autofree char *name = g_strdup_printf ("%s[%u]", member, i);

      if (!is_string (e) || *json_node_get_string (e) == '\0')
        return invalid (field, error, name, "must be a non-empty string");
      if (strlen (json_node_get_string (e)) > ZT_GRANT_MAX_TEXT)
        return invalid (field, error, name, "is longer than %d bytes", ZT_GRANT_MAX_TEXT);
      self->globs[kind][i] = g_strdup (json_node_get_string (e));
      self->specs[kind][i] = g_pattern_spec_new (self->globs[kind][i]);
    }
  return TRUE;
}

/* RFC 6901: "" is the whole document, else "/" then tokens with ~1 for '/' and ~0 for '~'. */
static char **
pointer_parse (const char *pointer)
{
  g_auto(GStrv) parts = NULL;

  if (*pointer == '\0')
    return g_new0 (char *, 1);
  if (*pointer != '/')
    return NULL;
  parts = g_strsplit (pointer + 1, "/", -1);
  for (guint i = 0; parts[i]; i++)
    {
      GString *s = g_string_new (NULL);

      for (const char *p = parts[i]; *p; p++)
        {
          if (*p != '~')
            g_string_append_c (s, *p);
          else if (p[1] == '0' || p[1] == '1')
            g_string_append_c (s, *++p == '0' ? '~' : '/');
          else
            {
              g_string_free (s, TRUE);
              return NULL;
            }
        }
      g_free (parts[i]);
      parts[i] = g_string_free (s, FALSE);
    }
  return g_steal_pointer (&parts);
}

/* An array index per RFC 6901: "0" or digits without a leading zero. */
static gboolean
array_index (const char *token,
             guint      *index)
{
  guint64 v;
  char *end;

  if (!g_ascii_isdigit (token[0]) || (token[0] == '0' && token[1] != '\0'))
    return FALSE;
  v = g_ascii_strtoull (token, &end, 10);
  if (*end != '\0' || v > G_MAXUINT)
    return FALSE;
  *index = (guint) v;
  return TRUE;
}

static JsonNode *
pointer_resolve (JsonNode    *root,
                 char *const *tokens)
{
  JsonNode *n = root;

  for (guint i = 0; n != NULL && tokens[i]; i++)
    {
      guint index;

      if (JSON_NODE_HOLDS_OBJECT (n))
        n = json_object_get_member (json_node_get_object (n), tokens[i]);
      else if (JSON_NODE_HOLDS_ARRAY (n) && array_index (tokens[i], &index) &&
               index < json_array_get_length (json_node_get_array (n)))
        n = json_array_get_element (json_node_get_array (n), index);
      else
        n = NULL;
    }
  return n;
}

static gboolean
parse_constraint (ZtGrant    *self,
                  JsonNode   *n,
                  guint       i,
                  char      **field,
                  GError    **error)
{
  g_autofree char *name = g_strdup_printf ("constraints[%u]", i);
  g_autofree char *sub = NULL;
  g_autoptr(GList) members = NULL;
  Constraint *c;
  JsonObject *o;
  const char *pointer = NULL;
  guint tests = 0;
  JsonNode *v;

  if (n == NULL || !JSON_NODE_HOLDS_OBJECT (n))
    return invalid (field, error, name, "must be an object like {\"pointer\": \"/path\", \"prefix\": \"/docs/\"}");
  o = json_node_get_object (n);
  members = json_object_get_members (o);
  for (GList *m = members; m; m = m->next)
    {
      const char *k = m->data;

      if (strcmp (k, "pointer") && strcmp (k, "equals") && strcmp (k, "enum") && strcmp (k, "prefix") &&
          strcmp (k, "regex") && strcmp (k, "min") && strcmp (k, "max"))
        {
          sub = g_strdup_printf ("%s.%s", name, k);
          return invalid (field, error, sub, "is not a constraint's member: use pointer and one of equals, enum, "
                          "prefix, regex, min/max");
        }
    }
  sub = g_strdup_printf ("%s.pointer", name);
  if (!get_text (o, "pointer", TRUE, &pointer, NULL, NULL))
    return invalid (field, error, sub, "is required: a JSON Pointer (RFC 6901) into the arguments, e.g. \"/path\"");

  c = g_new0 (Constraint, 1);
  g_ptr_array_add (self->constraints, c);
  c->pointer = g_strdup (pointer);
  if ((c->tokens = pointer_parse (pointer)) == NULL)
    return invalid (field, error, sub, "\"%s\" is not a JSON Pointer: it starts with '/' and escapes '~' as ~0 "
                    "and '/' as ~1", pointer);

  if ((v = json_object_get_member (o, "equals")) != NULL)
    tests++, c->kind = C_EQUALS, c->value = json_node_copy (v);
  if ((v = json_object_get_member (o, "enum")) != NULL)
    {
      g_free (sub);
      sub = g_strdup_printf ("%s.enum", name);
      if (!JSON_NODE_HOLDS_ARRAY (v) || json_array_get_length (json_node_get_array (v)) == 0)
        return invalid (field, error, sub, "must be a non-empty array of values");
      tests++, c->kind = C_ENUM, c->value = json_node_copy (v);
    }
  if ((v = json_object_get_member (o, "prefix")) != NULL)
    {
      g_free (sub);
      sub = g_strdup_printf ("%s.prefix", name);
      if (!is_string (v) || strlen (json_node_get_string (v)) > ZT_GRANT_MAX_TEXT)
        return invalid (field, error, sub, "must be a string (at most %d bytes)", ZT_GRANT_MAX_TEXT);
      tests++, c->kind = C_PREFIX, c->prefix = g_strdup (json_node_get_string (v));
    }
  if ((v = json_object_get_member (o, "regex")) != NULL)
    {
      g_autoptr(GError) re_error = NULL;

      g_free (sub);
      sub = g_strdup_printf ("%s.regex", name);
      if (!is_string (v) || strlen (json_node_get_string (v)) > ZT_GRANT_MAX_TEXT)
        return invalid (field, error, sub, "must be a string (at most %d bytes)", ZT_GRANT_MAX_TEXT);
      c->regex = g_regex_new (json_node_get_string (v), G_REGEX_OPTIMIZE, 0, &re_error);
      if (c->regex == NULL)
        return invalid (field, error, sub, "is not a regular expression: %s", re_error->message);
      tests++, c->kind = C_REGEX;
    }
  if ((v = json_object_get_member (o, "min")) != NULL || json_object_get_member (o, "max") != NULL)
    {
      JsonNode *max = json_object_get_member (o, "max");

      g_free (sub);
      sub = g_strdup_printf ("%s.%s", name, v ? "min" : "max");
      if ((v != NULL && !is_number (v)) || (max != NULL && !is_number (max)))
        return invalid (field, error, sub, "must be a number");
      c->has_min = v != NULL, c->min = v ? number_of (v) : 0;
      c->has_max = max != NULL, c->max = max ? number_of (max) : 0;
      if (!isfinite (c->min) || !isfinite (c->max) || (c->has_min && c->has_max && c->min > c->max))
        return invalid (field, error, sub, "min must not be above max");
      tests++, c->kind = C_RANGE;
    }
  if (tests != 1)
    return invalid (field, error, name, "needs exactly one test: equals, enum, prefix, regex or min/max (it has %u)",
                    tests);
  return TRUE;
}

static gboolean
get_time (JsonObject *o,
          const char *member,
          gint64     *out,
          char      **field,
          GError    **error)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL || JSON_NODE_HOLDS_NULL (n))
    return TRUE;
  if (!is_integer (n) || json_node_get_int (n) <= 0 || json_node_get_int (n) > G_GINT64_CONSTANT (253402300799))
    return invalid (field, error, member, "must be a time in unix seconds (an integer), or null");
  *out = json_node_get_int (n);
  return TRUE;
}

ZtGrant *
zt_grant_from_json (JsonObject  *object,
                    char       **field,
                    GError     **error)
{
  static const char *known[] = { "id", "service", "subject", "tools", "resources", "prompts", "constraints",
                                 "not_before", "not_after", "rate", "budget", "origin", "note", "created",
                                 "models", NULL };
  g_autoptr(ZtGrant) self = g_new0 (ZtGrant, 1);
  g_autoptr(GList) members = NULL;
  const char *text = NULL;
  JsonNode *n;

  g_return_val_if_fail (object != NULL, NULL);
  g_atomic_ref_count_init (&self->ref_count);
  self->constraints = g_ptr_array_new_with_free_func ((GDestroyNotify) constraint_free);

  members = json_object_get_members (object);
  for (GList *l = members; l; l = l->next)
    if (!g_strv_contains (known, l->data))
      {
        invalid (field, error, l->data, "is not a member of a grant (they are: service, subject, tools, resources, "
                 "prompts, constraints, not_before, not_after, rate, budget, origin, note; models for llm services)");
        return NULL;
      }

  if (!get_text (object, "id", FALSE, &text, field, error))
    return NULL;
  if (text != NULL && (!g_str_has_prefix (text, "g-") || !zt_name_is_valid (text)))
    return invalid (field, error, "id", "\"%s\" is not a grant id (g- and letters or digits)", text), NULL;
  self->id = g_strdup (text);

  text = NULL;
  if (!get_text (object, "service", TRUE, &text, field, error))
    return NULL;
  if (!zt_name_is_valid (text))
    return invalid (field, error, "service", "\"%s\" is not a service name", text), NULL;
  self->service = g_strdup (text);

  text = NULL;
  if (!get_text (object, "subject", TRUE, &text, field, error) || !parse_subject (self, text, field, error))
    return NULL;

  for (guint k = 0; k < 3; k++)
    if (!parse_globs (self, object, k, field, error))
      return NULL;

  if ((n = json_object_get_member (object, "constraints")) != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      JsonArray *a;

      if (!JSON_NODE_HOLDS_ARRAY (n))
        return invalid (field, error, "constraints", "must be an array of constraints"), NULL;
      a = json_node_get_array (n);
      if (json_array_get_length (a) > ZT_GRANT_MAX_CONSTRAINTS)
        return invalid (field, error, "constraints", "has more than %d constraints", ZT_GRANT_MAX_CONSTRAINTS), NULL;
      for (guint i = 0; i < json_array_get_length (a); i++)
        if (!parse_constraint (self, json_array_get_element (a, i), i, field, error))
          return NULL;
    }

  if (!get_time (object, "not_before", &self->not_before, field, error) ||
      !get_time (object, "not_after", &self->not_after, field, error) ||
      !get_time (object, "created", &self->created, field, error))
    return NULL;
  if (self->not_before && self->not_after && self->not_before >= self->not_after)
    return invalid (field, error, "not_after", "must be after not_before"), NULL;

  if ((n = json_object_get_member (object, "rate")) != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      JsonObject *r = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      JsonNode *calls = r ? json_object_get_member (r, "calls") : NULL;
      JsonNode *per = r ? json_object_get_member (r, "per") : NULL;

      if (r == NULL || json_object_get_size (r) != 2 || !is_integer (calls) || !is_integer (per))
        return invalid (field, error, "rate", "must be {\"calls\": N, \"per\": SECONDS}"), NULL;
      if (json_node_get_int (calls) < 1 || json_node_get_int (calls) > ZT_GRANT_MAX_RATE)
        return invalid (field, error, "rate.calls", "must be 1 to %d", ZT_GRANT_MAX_RATE), NULL;
      if (json_node_get_int (per) < 1 || json_node_get_int (per) > 86400 * 31)
        return invalid (field, error, "rate.per", "must be 1 to %d seconds", 86400 * 31), NULL;
      self->rate_calls = (guint) json_node_get_int (calls);
      self->rate_per = json_node_get_int (per);
      self->windows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    }

  if ((n = json_object_get_member (object, "budget")) != NULL && !JSON_NODE_HOLDS_NULL (n))
    {
      JsonObject *b = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
      JsonNode *per_day = b ? json_object_get_member (b, "tokens_per_day") : NULL;

      if (b == NULL || json_object_get_size (b) != 1 || !is_integer (per_day))
        return invalid (field, error, "budget", "must be {\"tokens_per_day\": N}"), NULL;
      if (json_node_get_int (per_day) < 1 || json_node_get_int (per_day) > ZT_GRANT_MAX_TOKENS_PER_DAY)
        return invalid (field, error, "budget.tokens_per_day", "must be 1 to %" G_GINT64_FORMAT,
                        (gint64) ZT_GRANT_MAX_TOKENS_PER_DAY), NULL;
      self->tokens_per_day = json_node_get_int (per_day);
    }

  text = NULL;
  if (!get_text (object, "origin", FALSE, &text, field, error))
    return NULL;
  if (text != NULL && strcmp (text, "manual") && strcmp (text, "export") && !g_str_has_prefix (text, "access:"))
    return invalid (field, error, "origin", "must be manual, export or access:ID"), NULL;
  self->origin = g_strdup (text ? text : "manual");

  text = NULL;
  if (!get_text (object, "note", FALSE, &text, field, error))
    return NULL;
  self->note = g_strdup (text ? text : "");
  return g_steal_pointer (&self);
}

static void
add_strv (JsonObject  *o,
          const char  *member,
          char       **v)
{
  JsonArray *a = json_array_new ();

  for (guint i = 0; v && v[i]; i++)
    json_array_add_string_element (a, v[i]);
  json_object_set_array_member (o, member, a);
}

static void
set_time (JsonObject *o,
          const char *member,
          gint64      t)
{
  if (t)
    json_object_set_int_member (o, member, t);
  else
    json_object_set_null_member (o, member);
}

JsonNode *
zt_grant_to_json (const ZtGrant *self)
{
  JsonObject *o = json_object_new ();
  JsonArray *cs = json_array_new ();
  JsonNode *out = json_node_new (JSON_NODE_OBJECT);

  if (self->id)
    json_object_set_string_member (o, "id", self->id);
  json_object_set_string_member (o, "service", self->service);
  json_object_set_string_member (o, "subject", self->subject);
  for (guint k = 0; k < 3; k++)
    add_strv (o, kind_members[k], self->globs[k]);
  for (guint i = 0; i < self->constraints->len; i++)
    {
      Constraint *c = g_ptr_array_index (self->constraints, i);
      JsonObject *co = json_object_new ();

      json_object_set_string_member (co, "pointer", c->pointer);
      switch (c->kind)
        {
        case C_EQUALS: json_object_set_member (co, "equals", json_node_copy (c->value)); break;
        case C_ENUM: json_object_set_member (co, "enum", json_node_copy (c->value)); break;
        case C_PREFIX: json_object_set_string_member (co, "prefix", c->prefix); break;
        case C_REGEX: json_object_set_string_member (co, "regex", g_regex_get_pattern (c->regex)); break;
        case C_RANGE:
        default:
          if (c->has_min)
            json_object_set_double_member (co, "min", c->min);
          if (c->has_max)
            json_object_set_double_member (co, "max", c->max);
          break;
        }
      json_array_add_object_element (cs, co);
    }
  json_object_set_array_member (o, "constraints", cs);
  set_time (o, "not_before", self->not_before);
  set_time (o, "not_after", self->not_after);
  if (self->rate_calls)
    {
      JsonObject *r = json_object_new ();

      json_object_set_int_member (r, "calls", self->rate_calls);
      json_object_set_int_member (r, "per", self->rate_per);
      json_object_set_object_member (o, "rate", r);
    }
  else
    json_object_set_null_member (o, "rate");
  if (self->tokens_per_day > 0)
    {
      JsonObject *b = json_object_new ();

      json_object_set_int_member (b, "tokens_per_day", self->tokens_per_day);
      json_object_set_object_member (o, "budget", b);
    }
  json_object_set_string_member (o, "origin", self->origin);
  json_object_set_string_member (o, "note", self->note);
  if (self->created)
    json_object_set_int_member (o, "created", self->created);
  json_node_take_object (out, o);
  return out;
}

/* ---------------------------------------------------------------------------------------- */
/* Matching                                                                                 */

static gboolean
values_equal (JsonNode *a,
              JsonNode *b)
{
  /* json_node_equal says 1 and 1.0 differ; a number is a number */
  if (is_number (a) && is_number (b))
    return number_of (a) == number_of (b);
  return json_node_equal (a, b);
}

static gboolean
constraint_holds (const Constraint *c,
                  JsonNode         *arguments)
{
  JsonNode *v = arguments ? pointer_resolve (arguments, c->tokens) : NULL;

  if (v == NULL)
    return FALSE;
  switch (c->kind)
    {
    case C_EQUALS:
      return values_equal (c->value, v);
    case C_ENUM:
      {
        JsonArray *a = json_node_get_array (c->value);

        for (guint i = 0; i < json_array_get_length (a); i++)
          if (values_equal (json_array_get_element (a, i), v))
            return TRUE;
        return FALSE;
      }
    case C_PREFIX:
      return is_string (v) && g_str_has_prefix (json_node_get_string (v), c->prefix);
    case C_REGEX:
      return is_string (v) && g_regex_match (c->regex, json_node_get_string (v), 0, NULL);
    case C_RANGE:
    default:
      if (!is_number (v))
        return FALSE;
      return (!c->has_min || number_of (v) >= c->min) && (!c->has_max || number_of (v) <= c->max);
    }
}

static gboolean
globs_match (const ZtGrant *grant,
             ZtPolicyKind   kind,
             const char    *name)
{
  gsize len;

  if (name == NULL)
    return FALSE;
  len = strlen (name);
  for (guint i = 0; grant->specs[kind][i]; i++)
    if (g_pattern_spec_match (grant->specs[kind][i], len, name, NULL))
      return TRUE;
  return FALSE;
}

/* Takes one call from @grant's rate for @who at @now_us; FALSE when its window is full. */
static gboolean
rate_take (ZtGrant    *grant,
           const char *who,
           gint64      now_us)
{
  Window *w;

  if (grant->rate_calls == 0)
    return TRUE;
  if ((w = g_hash_table_lookup (grant->windows, who)) == NULL)
    {
      w = g_malloc0 (sizeof (Window) + grant->rate_calls * sizeof (gint64));
      g_hash_table_insert (grant->windows, g_strdup (who), w);
    }
  /* the slot to reuse holds the oldest of the last rate_calls calls */
  if (w->at[w->next] != 0 && now_us - w->at[w->next] < grant->rate_per * G_USEC_PER_SEC)
    return FALSE;
  w->at[w->next] = now_us;
  w->next = (w->next + 1) % grant->rate_calls;
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* ZtPolicy                                                                                 */

struct _ZtPolicy
{
  GObject     parent_instance;

  GHashTable *by_service;  /* service -> GPtrArray of ZtGrant */
  GHashTable *groups;      /* name -> strv of typed members */
};

G_DEFINE_FINAL_TYPE (ZtPolicy, zt_policy, G_TYPE_OBJECT)

static void
zt_policy_finalize (GObject *object)
{
  ZtPolicy *self = ZT_POLICY (object);

  g_clear_pointer (&self->by_service, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  G_OBJECT_CLASS (zt_policy_parent_class)->finalize (object);
}

static void
zt_policy_class_init (ZtPolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_policy_finalize;
}

static GHashTable *
new_groups (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

static void
zt_policy_init (ZtPolicy *self)
{
  self->by_service = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->groups = new_groups ();
}

ZtPolicy *
zt_policy_new (void)
{
  return g_object_new (ZT_TYPE_POLICY, NULL);
}

static ZtGrant *
find_grant (ZtPolicy   *self,
            const char *service,
            const char *id)
{
  GPtrArray *list = g_hash_table_lookup (self->by_service, service);

  for (guint i = 0; list && id && i < list->len; i++)
    if (g_strcmp0 (((ZtGrant *) g_ptr_array_index (list, i))->id, id) == 0)
      return g_ptr_array_index (list, i);
  return NULL;
}

void
zt_policy_set (ZtPolicy   *self,
               GPtrArray  *grants,
               GHashTable *groups)
{
  GHashTable *by_service = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);

  g_return_if_fail (ZT_IS_POLICY (self));
  for (guint i = 0; grants && i < grants->len; i++)
    {
      ZtGrant *g = g_ptr_array_index (grants, i);
      ZtGrant *old = find_grant (self, g->service, g->id);
      GPtrArray *list = g_hash_table_lookup (by_service, g->service);

      /* the same grant reloaded keeps its rate windows */
      if (old != NULL && old->windows != NULL && g->windows != NULL && old->rate_calls == g->rate_calls)
        {
          g_hash_table_unref (g->windows);
          g->windows = g_hash_table_ref (old->windows);
        }
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_grant_unref);
          g_hash_table_insert (by_service, g_strdup (g->service), list);
        }
      g_ptr_array_add (list, zt_grant_ref (g));
    }
  g_hash_table_unref (self->by_service);
  self->by_service = by_service;
  g_hash_table_unref (self->groups);
  self->groups = groups ? groups : new_groups ();
  if (grants)
    g_ptr_array_unref (grants);
}

static gboolean
in_group (ZtPolicy   *self,
          const char *group,
          const char *user,
          const char *endpoint)
{
  char **members = g_hash_table_lookup (self->groups, group);

  for (guint i = 0; members && members[i]; i++)
    if (zt_subject_matches (members[i], user, endpoint))
      return TRUE;
  return FALSE;
}

static gboolean
grant_names (ZtPolicy        *self,
             const ZtGrant   *g,
             const ZtSubject *subject)
{
  if (subject->type == ZT_SUBJECT_CLIENT)
    return g->subject_kind == S_CLIENT && g_strcmp0 (g->subject_name, subject->name) == 0;
  if (subject->type != ZT_SUBJECT_PEER)
    return FALSE;
  switch (g->subject_kind)
    {
    case S_USER: return g_strcmp0 (g->subject_name, subject->user) == 0;
    case S_ENDPOINT: return g_strcmp0 (g->subject_name, subject->endpoint) == 0;
    case S_GROUP: return in_group (self, g->subject_name, subject->user, subject->endpoint);
    case S_ALL: return TRUE;
    case S_CLIENT:
    default: return FALSE;
    }
}

gboolean
zt_policy_names_peer (ZtPolicy   *self,
                      const char *service,
                      const char *user,
                      const char *endpoint)
{
  GPtrArray *list = g_hash_table_lookup (self->by_service, service);
  ZtSubject peer = { ZT_SUBJECT_PEER, NULL, (char *) user, (char *) endpoint, NULL };

  for (guint i = 0; list && i < list->len; i++)
    if (grant_names (self, g_ptr_array_index (list, i), &peer))
      return TRUE;
  return FALSE;
}

gboolean
zt_policy_restricts (ZtPolicy        *self,
                     const ZtSubject *subject,
                     const char      *service)
{
  GPtrArray *list;

  if (subject == NULL)
    return FALSE;
  if (subject->type == ZT_SUBJECT_PEER)
    return TRUE;
  if (subject->type != ZT_SUBJECT_CLIENT || (list = g_hash_table_lookup (self->by_service, service)) == NULL)
    return FALSE;
  for (guint i = 0; i < list->len; i++)
    if (grant_names (self, g_ptr_array_index (list, i), subject))
      return TRUE;
  return FALSE;
}

/* How telling a denial is: the most telling of the grants that named the subject decides. */
enum { R_NONE, R_NOT_YET, R_EXPIRED, R_RATE, R_CONSTRAINT };

gboolean
zt_policy_check (ZtPolicy        *self,
                 const ZtSubject *subject,
                 const char      *service,
                 ZtPolicyKind     kind,
                 const char      *name,
                 JsonNode        *arguments,
                 gint64           now_us,
                 char           **rule)
{
  return zt_policy_check_budget (self, subject, service, kind, name, arguments, now_us, rule, NULL);
}

gboolean
zt_policy_check_budget (ZtPolicy        *self,
                        const ZtSubject *subject,
                        const char      *service,
                        ZtPolicyKind     kind,
                        const char      *name,
                        JsonNode        *arguments,
                        gint64           now_us,
                        char           **rule,
                        gint64          *tokens_per_day)
{
  GPtrArray *list = g_hash_table_lookup (self->by_service, service);
  gint64 now = now_us / G_USEC_PER_SEC;
  int best = R_NONE;
  const ZtGrant *why = NULL;
  const Constraint *failed = NULL;

  for (guint i = 0; list && i < list->len; i++)
    {
      ZtGrant *g = g_ptr_array_index (list, i);
      const Constraint *c = NULL;
      int r = R_NONE;

      if (!grant_names (self, g, subject) || !globs_match (g, kind, name))
        continue;
      if (g->not_before && now < g->not_before)
        r = R_NOT_YET;
      else if (g->not_after && now >= g->not_after)
        r = R_EXPIRED;
      else
        {
          for (guint j = 0; kind == ZT_POLICY_TOOL && j < g->constraints->len && c == NULL; j++)
            if (!constraint_holds (g_ptr_array_index (g->constraints, j), arguments))
              c = g_ptr_array_index (g->constraints, j);
          if (c != NULL)
            r = R_CONSTRAINT;
          else if (!rate_take (g, zt_subject_to_string (subject), now_us))
            r = R_RATE;
          else
            {
              if (rule != NULL)
                *rule = g_strdup_printf ("grant:%s", g->id);
              if (tokens_per_day != NULL)
                *tokens_per_day = g->tokens_per_day;
              return TRUE;
            }
        }
      if (r > best)
        best = r, why = g, failed = c;
    }
  if (rule != NULL)
    switch (best)
      {
      case R_NOT_YET: *rule = g_strdup_printf ("policy:not-yet:%s", why->id); break;
      case R_EXPIRED: *rule = g_strdup_printf ("policy:expired:%s", why->id); break;
      case R_RATE: *rule = g_strdup_printf ("policy:rate:%s", why->id); break;
      case R_CONSTRAINT: *rule = g_strdup_printf ("policy:constraint:%s:%s", why->id, failed->pointer); break;
      default:
        *rule = g_strdup (subject && subject->type == ZT_SUBJECT_CLIENT ? "policy:client-scope" : "policy:default-deny");
        break;
      }
  return FALSE;
}

gboolean
zt_policy_visible (ZtPolicy        *self,
                   const ZtSubject *subject,
                   const char      *service,
                   ZtPolicyKind     kind,
                   const char      *name,
                   gint64           now)
{
  GPtrArray *list = g_hash_table_lookup (self->by_service, service);

  for (guint i = 0; list && i < list->len; i++)
    {
      ZtGrant *g = g_ptr_array_index (list, i);

      if (grant_names (self, g, subject) && (!g->not_before || now >= g->not_before) &&
          (!g->not_after || now < g->not_after) && globs_match (g, kind, name))
        return TRUE;
    }
  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
add_member (GPtrArray  *out,
            const char *member)
{
  for (guint i = 0; i < out->len; i++)
    if (strcmp (g_ptr_array_index (out, i), member) == 0)
      return;
  g_ptr_array_add (out, g_strdup (member));
}

char **
zt_policy_peers_of (ZtPolicy           *self,
                    const char         *service,
                    const char * const *also)
{
  GPtrArray *list = g_hash_table_lookup (self->by_service, service);
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; also && also[i]; i++)
    add_member (out, also[i]);
  for (guint i = 0; list && i < list->len; i++)
    {
      ZtGrant *g = g_ptr_array_index (list, i);

      if (g->subject_kind == S_USER || g->subject_kind == S_ENDPOINT || g->subject_kind == S_ALL)
        add_member (out, g->subject);
      else if (g->subject_kind == S_GROUP)
        {
          char **members = g_hash_table_lookup (self->groups, g->subject_name);

          for (guint j = 0; members && members[j]; j++)
            add_member (out, members[j]);
        }
    }
  g_ptr_array_sort (out, compare_strings);
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

/* ---------------------------------------------------------------------------------------- */
/* The filter                                                                               */

struct _ZtPolicyFilter
{
  GObject   parent_instance;

  ZtPolicy *policy;
};

static void zt_policy_filter_iface_init (ZtFilterInterface *iface);
G_DEFINE_FINAL_TYPE_WITH_CODE (ZtPolicyFilter, zt_policy_filter, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (ZT_TYPE_FILTER, zt_policy_filter_iface_init))

/* What a request asks to use, or FALSE when it is not one of the uses grants decide. */
static gboolean
use_of (ZtMessage    *m,
        JsonObject   *object,
        ZtPolicyKind *kind,
        const char  **name,
        JsonNode    **arguments)
{
  const char *method = zt_message_get_method (m);
  JsonNode *p = json_object_get_member (object, "params");
  JsonObject *params = p && JSON_NODE_HOLDS_OBJECT (p) ? json_node_get_object (p) : NULL;

  if (method == NULL)
    return FALSE;
  if (strcmp (method, "tools/call") == 0)
    *kind = ZT_POLICY_TOOL;
  else if (strcmp (method, "resources/read") == 0 || strcmp (method, "resources/subscribe") == 0)
    *kind = ZT_POLICY_RESOURCE;  /* a subscription would tell of changes to what it may not read */
  else if (strcmp (method, "prompts/get") == 0)
    *kind = ZT_POLICY_PROMPT;
  else
    return FALSE;
  *name = params ? zt_json_get_string (params, *kind == ZT_POLICY_RESOURCE ? "uri" : "name") : NULL;
  *arguments = params ? json_object_get_member (params, "arguments") : NULL;
  return TRUE;
}

static void
deny (ZtVerdict    *verdict,
      const char   *rule,
      const char   *service,
      ZtPolicyKind  kind,
      const char   *name)
{
  static const char *what[] = { "tool", "resource", "prompt" };
  JsonObject *data = json_object_new ();
  g_autofree char *access = NULL;
  g_autofree char *quoted = NULL;

  /* quoted only when a shell would need it: the hint is for copying */
  if (name != NULL && *name != '\0' && name[strspn (name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                                      "0123456789._-/:@")] == '\0')
    quoted = g_strdup (name);
  else
    quoted = g_shell_quote (name ? name : "");

  access = kind == ZT_POLICY_TOOL ? g_strdup_printf ("zt4mcp access request %s --tools %s", service, quoted)
                                  : g_strdup_printf ("zt4mcp access request %s", service);
  zt_verdict_deny (verdict, rule, "access denied by policy (%s): no grant lets you use the %s %s of %s; ask for "
                   "access with `%s`", rule, what[kind], name ? name : "(unnamed)", service, access);
  verdict->code = ZT_JSONRPC_POLICY_DENIED;
  json_object_set_string_member (data, "rule", rule);
  json_object_set_string_member (data, "service", service);
  json_object_set_string_member (data, what[kind], name ? name : "");
  json_object_set_string_member (data, "access", access);
  verdict->data = json_node_init_object (json_node_alloc (), data);
  json_object_unref (data);
}

/* A list answer keeps what some grant lets the subject use; NULL when nothing is taken out. */
static JsonNode *
filtered_list (ZtPolicy              *policy,
               const ZtFilterContext *context,
               JsonArray             *items,
               ZtPolicyKind           kind,
               const char            *key)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  JsonArray *kept = NULL;
  JsonNode *node;
  guint len = json_array_get_length (items);

  for (guint i = 0; i < len; i++)
    {
      JsonNode *e = json_array_get_element (items, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (e) ? json_node_get_object (e) : NULL;
      const char *name = o ? zt_json_get_string (o, key) : NULL;
      gboolean visible = zt_policy_visible (policy, context->subject, context->service, kind, name, now);

      if (!visible && kept == NULL)
        {
          kept = json_array_new ();
          for (guint j = 0; j < i; j++)
            json_array_add_element (kept, json_node_copy (json_array_get_element (items, j)));
        }
      else if (visible && kept != NULL)
        json_array_add_element (kept, json_node_copy (e));
    }
  if (kept == NULL)
    return NULL;
  node = json_node_init_array (json_node_alloc (), kept);
  json_array_unref (kept);
  return node;
}

static ZtVerdictKind
zt_policy_filter_check (ZtFilter              *filter,
                        const ZtFilterContext *context,
                        ZtVerdict             *verdict)
{
  ZtPolicyFilter *self = ZT_POLICY_FILTER (filter);
  static const struct { const char *method, *member, *key; ZtPolicyKind kind; } lists[] = {
    { "tools/list", "tools", "name", ZT_POLICY_TOOL },
    { "resources/list", "resources", "uri", ZT_POLICY_RESOURCE },
    { "resources/templates/list", "resourceTemplates", "uriTemplate", ZT_POLICY_RESOURCE },
    { "prompts/list", "prompts", "name", ZT_POLICY_PROMPT },
  };
  ZtPolicyKind kind;
  const char *name = NULL;
  JsonNode *arguments = NULL;
  g_autofree char *rule = NULL;
  g_autoptr(JsonObject) object = NULL;

  if (context->origin == ZT_ORIGIN_AGENT || context->message == NULL ||
      !zt_policy_restricts (self->policy, context->subject, context->service))
    return ZT_VERDICT_ALLOW;

  if (context->direction == ZT_DIRECTION_TO_SERVER)
    {
      /* decided on what the server gets: a U+0000 cuts a string short in json-glib's tree,
       * not in the text relayed (a constraint "equals exactly" held for "exactly\u0000…") */
      object = zt_message_dup_object_nul_visible (context->message);
      if (!use_of (context->message, object, &kind, &name, &arguments))
        return ZT_VERDICT_ALLOW;
      if (zt_policy_check (self->policy, context->subject, context->service, kind, name, arguments,
                           g_get_real_time (), &rule))
        {
          verdict->rule = g_steal_pointer (&rule);  /* the grant, for the audit record */
          return ZT_VERDICT_ALLOW;
        }
      deny (verdict, rule, context->service, kind, name);
      return ZT_VERDICT_DENY;
    }

  /* an answer to a list request shows only what may be used */
  if (context->request != NULL && zt_message_get_kind (context->message) == ZT_MESSAGE_RESULT)
    {
      const char *method = zt_message_get_method (context->request);
      JsonObject *result = zt_message_get_result (context->message);

      for (guint i = 0; method && result && i < G_N_ELEMENTS (lists); i++)
        if (strcmp (method, lists[i].method) == 0)
          {
            JsonArray *items = zt_json_get_array (result, lists[i].member);
            g_autoptr(JsonNode) kept = items ? filtered_list (self->policy, context, items, lists[i].kind,
                                                              lists[i].key) : NULL;
            const char *path[] = { "result", lists[i].member, NULL };

            if (kept == NULL)
              return ZT_VERDICT_ALLOW;
            verdict->kind = ZT_VERDICT_REWRITE;
            verdict->rule = g_strdup ("policy:list");
            verdict->replacement = zt_message_copy (context->message);
            zt_message_replace (verdict->replacement, path, kept);
            return ZT_VERDICT_REWRITE;
          }
    }
  return ZT_VERDICT_ALLOW;
}

static void
zt_policy_filter_iface_init (ZtFilterInterface *iface)
{
  iface->check = zt_policy_filter_check;
}

static void
zt_policy_filter_finalize (GObject *object)
{
  ZtPolicyFilter *self = ZT_POLICY_FILTER (object);

  g_clear_object (&self->policy);
  G_OBJECT_CLASS (zt_policy_filter_parent_class)->finalize (object);
}

static void
zt_policy_filter_class_init (ZtPolicyFilterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zt_policy_filter_finalize;
}

static void
zt_policy_filter_init (ZtPolicyFilter *self)
{
}

ZtPolicyFilter *
zt_policy_filter_new (ZtPolicy *policy)
{
  ZtPolicyFilter *self = g_object_new (ZT_TYPE_POLICY_FILTER, NULL);

  self->policy = g_object_ref (policy);
  return self;
}
