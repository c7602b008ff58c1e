/* zt-json-schema.c: compiling a JSON Schema once, then validating instances against it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <arpa/inet.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "zt-error.h"
#include "zt-json-schema.h"
#include "zt-jsonrpc.h"
#include "zt-util.h"

enum {
  T_NULL    = 1 << 0,
  T_BOOLEAN = 1 << 1,
  T_OBJECT  = 1 << 2,
  T_ARRAY   = 1 << 3,
  T_NUMBER  = 1 << 4,
  T_INTEGER = 1 << 5,
  T_STRING  = 1 << 6,
};

static const char *type_names[] = { "null", "boolean", "object", "array", "number", "integer", "string" };

typedef enum {
  F_NONE, F_DATE_TIME, F_DATE, F_TIME, F_EMAIL, F_URI, F_UUID, F_IPV4, F_IPV6,
} Format;

static const char *format_names[] = { NULL, "date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6" };

typedef struct _SNode SNode;

typedef struct {
  GRegex *regex;
  SNode  *schema;
} PatternProp;

struct _SNode
{
  gint8        always;          /* 1: the schema true, 0: false, -1: look at the keywords */
  guint        types;           /* 0: any */
  GHashTable  *props;           /* name -> SNode */
  GHashTable  *folded_props;    /* zt_json_name_fold of a name (or the name) -> the name */
  char       **required;
  SNode       *additional;
  PatternProp *pprops;
  guint        n_pprops;
  JsonArray   *enum_values;     /* borrowed from the document */
  JsonNode    *const_value;
  GRegex      *pattern;
  gboolean     has_min, has_max, has_exmin, has_exmax, has_multiple;
  double       minimum, maximum, exmin, exmax, multiple;
  gint64       min_length, max_length, min_items, max_items, min_props, max_props;  /* -1: none */
  gboolean     unique;
  SNode       *items;
  SNode      **prefix;
  guint        n_prefix;
  SNode      **all_of, **any_of, **one_of;
  guint        n_all, n_any, n_one;
  SNode       *not_;
  char        *ref_text;
  SNode       *ref;
  Format       format;
};

struct _ZtJsonSchema
{
  gatomicrefcount  ref_count;
  JsonNode        *document;
  SNode           *root;
  GPtrArray       *nodes;  /* every SNode: they point at each other, cycles included */
};

static void
snode_free (SNode *s)
{
  g_clear_pointer (&s->props, g_hash_table_unref);
  g_clear_pointer (&s->folded_props, g_hash_table_unref);
  g_strfreev (s->required);
  for (guint i = 0; i < s->n_pprops; i++)
    g_regex_unref (s->pprops[i].regex);
  g_free (s->pprops);
  g_clear_pointer (&s->pattern, g_regex_unref);
  g_free (s->prefix);
  g_free (s->all_of);
  g_free (s->any_of);
  g_free (s->one_of);
  g_free (s->ref_text);
  g_free (s);
}

/* ---------------------------------------------------------------------------------------- */
/* Compiling                                                                                */

typedef struct {
  ZtJsonSchema *self;
  GHashTable   *done;     /* JsonNode * (of the document) -> SNode * */
  GPtrArray    *pending;  /* SNodes whose $ref is not resolved yet */
} Compiler;

#define set_bad(error, format, ...) \
  g_set_error ((error), ZT_ERROR, ZT_ERROR_INVALID_ARGUMENT, "unusable JSON Schema: " format, ##__VA_ARGS__)
/* FALSE, with the reason in @error */
#define bad_schema(error, format, ...) (set_bad (error, format, ##__VA_ARGS__), FALSE)

static gboolean
holds (JsonNode *n,
       GType     type)
{
  return n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == type;
}

static gboolean
is_number (JsonNode *n)
{
  return holds (n, G_TYPE_INT64) || holds (n, G_TYPE_DOUBLE);
}

static double
number_of (JsonNode *n)
{
  return json_node_get_value_type (n) == G_TYPE_INT64 ? (double) json_node_get_int (n) : json_node_get_double (n);
}

static SNode *compile (Compiler *c, JsonNode *schema, guint nesting, GError **error);

static gboolean
get_number (JsonObject *o,
            const char *member,
            gboolean   *has,
            double     *out,
            GError    **error)
{
  JsonNode *n = json_object_get_member (o, member);

  if (n == NULL)
    return TRUE;
  if (!is_number (n) || !isfinite (number_of (n)))
    return bad_schema (error, "\"%s\" must be a number", member);
  *has = TRUE;
  *out = number_of (n);
  return TRUE;
}

static gboolean
get_count (JsonObject *o,
           const char *member,
           gint64     *out,
           GError    **error)
{
  JsonNode *n = json_object_get_member (o, member);

  *out = -1;
  if (n == NULL)
    return TRUE;
  /* 2020-12 allows 5.0 for 5 */
  if (holds (n, G_TYPE_DOUBLE) && json_node_get_double (n) >= 0 && json_node_get_double (n) <= (double) G_MAXINT32 &&
      json_node_get_double (n) == floor (json_node_get_double (n)))
    *out = (gint64) json_node_get_double (n);
  else if (holds (n, G_TYPE_INT64) && json_node_get_int (n) >= 0)
    *out = json_node_get_int (n);
  else
    return bad_schema (error, "\"%s\" must be a non-negative integer", member);
  return TRUE;
}

static gboolean
get_schemas (Compiler   *c,
             JsonObject *o,
             const char *member,
             SNode    ***out,
             guint      *n_out,
             guint       nesting,
             GError    **error)
{
  JsonNode *n = json_object_get_member (o, member);
  JsonArray *a;

  if (n == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (n) || json_array_get_length (a = json_node_get_array (n)) == 0)
    return bad_schema (error, "\"%s\" must be a non-empty array of schemas", member);
  *n_out = json_array_get_length (a);
  *out = g_new0 (SNode *, *n_out);
  for (guint i = 0; i < *n_out; i++)
    if (((*out)[i] = compile (c, json_array_get_element (a, i), nesting + 1, error)) == NULL)
      return FALSE;
  return TRUE;
}

static GRegex *
regex_new (const char *pattern,
           GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  /* ECMA-262 patterns are close to PCRE's; unanchored, as the specification says */
  GRegex *regex = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local_error);

  if (regex == NULL)
    set_bad (error, "the pattern \"%s\" is not a regular expression: %s", pattern, local_error->message);
  return regex;
}

static gboolean
compile_types (SNode    *s,
               JsonNode *n,
               GError  **error)
{
  JsonArray *a = JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
  guint len = a ? json_array_get_length (a) : 1;

  for (guint i = 0; i < len; i++)
    {
      JsonNode *e = a ? json_array_get_element (a, i) : n;
      guint t;

      if (!holds (e, G_TYPE_STRING))
        return bad_schema (error, "\"type\" must be a type name or an array of them");
      for (t = 0; t < G_N_ELEMENTS (type_names); t++)
        if (strcmp (json_node_get_string (e), type_names[t]) == 0)
          break;
      if (t == G_N_ELEMENTS (type_names))
        return bad_schema (error, "\"%s\" is not a JSON Schema type", json_node_get_string (e));
      s->types |= 1u << t;
    }
  if (s->types == 0)
    return bad_schema (error, "\"type\" must name at least one type");
  return TRUE;
}

static gboolean
compile_object_keywords (Compiler   *c,
                         SNode      *s,
                         JsonObject *o,
                         guint       nesting,
                         GError    **error)
{
  JsonNode *n;

  if ((n = json_object_get_member (o, "properties")) != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      if (!JSON_NODE_HOLDS_OBJECT (n))
        return bad_schema (error, "\"properties\" must be an object");
      s->props = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      s->folded_props = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      json_object_iter_init (&iter, json_node_get_object (n));
      while (json_object_iter_next (&iter, &name, &value))
        {
          SNode *p = compile (c, value, nesting + 1, error);
          char *fold = zt_json_name_fold (name);

          if (p == NULL)
            {
              g_free (fold);
              return FALSE;
            }
          g_hash_table_insert (s->props, g_strdup (name), p);
          g_hash_table_insert (s->folded_props, fold ? fold : g_strdup (name), g_strdup (name));
        }
    }
  if ((n = json_object_get_member (o, "patternProperties")) != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *value;

      if (!JSON_NODE_HOLDS_OBJECT (n))
        return bad_schema (error, "\"patternProperties\" must be an object");
      s->pprops = g_new0 (PatternProp, json_object_get_size (json_node_get_object (n)));
      json_object_iter_init (&iter, json_node_get_object (n));
      while (json_object_iter_next (&iter, &name, &value))
        {
          PatternProp *pp = &s->pprops[s->n_pprops];

          if ((pp->regex = regex_new (name, error)) == NULL)
            return FALSE;
          s->n_pprops++;
          if ((pp->schema = compile (c, value, nesting + 1, error)) == NULL)
            return FALSE;
        }
    }
  if ((n = json_object_get_member (o, "additionalProperties")) != NULL &&
      (s->additional = compile (c, n, nesting + 1, error)) == NULL)
    return FALSE;
  if ((n = json_object_get_member (o, "required")) != NULL)
    {
      JsonArray *a = JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
      guint len = a ? json_array_get_length (a) : 0;

      if (a == NULL)
        return bad_schema (error, "\"required\" must be an array of member names");
      s->required = g_new0 (char *, len + 1);
      for (guint i = 0; i < len; i++)
        {
          if (!holds (json_array_get_element (a, i), G_TYPE_STRING))
            return bad_schema (error, "\"required\" must be an array of member names");
          s->required[i] = g_strdup (json_node_get_string (json_array_get_element (a, i)));
        }
    }
  return get_count (o, "minProperties", &s->min_props, error) &&
         get_count (o, "maxProperties", &s->max_props, error);
}

static gboolean
compile_array_keywords (Compiler   *c,
                        SNode      *s,
                        JsonObject *o,
                        guint       nesting,
                        GError    **error)
{
  JsonNode *n;

  if (!get_schemas (c, o, "prefixItems", &s->prefix, &s->n_prefix, nesting, error))
    return FALSE;
  if ((n = json_object_get_member (o, "items")) != NULL)
    {
      /* draft 7's tuple form, still common in the wild: "items": [..] is prefixItems */
      if (JSON_NODE_HOLDS_ARRAY (n) && s->prefix == NULL)
        {
          if (!get_schemas (c, o, "items", &s->prefix, &s->n_prefix, nesting, error))
            return FALSE;
          n = json_object_get_member (o, "additionalItems");
        }
      if (n != NULL && (s->items = compile (c, n, nesting + 1, error)) == NULL)
        return FALSE;
    }
  if ((n = json_object_get_member (o, "uniqueItems")) != NULL)
    {
      if (!holds (n, G_TYPE_BOOLEAN))
        return bad_schema (error, "\"uniqueItems\" must be a boolean");
      s->unique = json_node_get_boolean (n);
    }
  return get_count (o, "minItems", &s->min_items, error) && get_count (o, "maxItems", &s->max_items, error);
}

static gboolean
compile_value_keywords (SNode      *s,
                        JsonObject *o,
                        GError    **error)
{
  JsonNode *n;

  if ((n = json_object_get_member (o, "enum")) != NULL)
    {
      if (!JSON_NODE_HOLDS_ARRAY (n))
        return bad_schema (error, "\"enum\" must be an array");
      s->enum_values = json_node_get_array (n);
    }
  s->const_value = json_object_get_member (o, "const");
  if ((n = json_object_get_member (o, "pattern")) != NULL)
    {
      if (!holds (n, G_TYPE_STRING))
        return bad_schema (error, "\"pattern\" must be a string");
      if ((s->pattern = regex_new (json_node_get_string (n), error)) == NULL)
        return FALSE;
    }
  if ((n = json_object_get_member (o, "format")) != NULL && holds (n, G_TYPE_STRING))
    for (guint f = 1; f < G_N_ELEMENTS (format_names); f++)
      if (strcmp (json_node_get_string (n), format_names[f]) == 0)
        s->format = f;  /* other formats are annotations only */
  if (!get_number (o, "minimum", &s->has_min, &s->minimum, error) ||
      !get_number (o, "maximum", &s->has_max, &s->maximum, error) ||
      !get_count (o, "minLength", &s->min_length, error) ||
      !get_count (o, "maxLength", &s->max_length, error))
    return FALSE;
  /* draft 4's boolean form makes minimum/maximum exclusive */
  n = json_object_get_member (o, "exclusiveMinimum");
  if (holds (n, G_TYPE_BOOLEAN))
    {
      s->has_exmin = json_node_get_boolean (n) && s->has_min;
      s->exmin = s->minimum;
    }
  else if (!get_number (o, "exclusiveMinimum", &s->has_exmin, &s->exmin, error))
    return FALSE;
  n = json_object_get_member (o, "exclusiveMaximum");
  if (holds (n, G_TYPE_BOOLEAN))
    {
      s->has_exmax = json_node_get_boolean (n) && s->has_max;
      s->exmax = s->maximum;
    }
  else if (!get_number (o, "exclusiveMaximum", &s->has_exmax, &s->exmax, error))
    return FALSE;
  if (!get_number (o, "multipleOf", &s->has_multiple, &s->multiple, error))
    return FALSE;
  if (s->has_multiple && s->multiple <= 0)
    return bad_schema (error, "\"multipleOf\" must be greater than 0");
  return TRUE;
}

static SNode *
compile (Compiler  *c,
         JsonNode  *schema,
         guint      nesting,
         GError   **error)
{
  SNode *s = g_hash_table_lookup (c->done, schema);
  JsonObject *o;
  JsonNode *n;

  if (s != NULL)
    return s;
  if (nesting > ZT_JSON_SCHEMA_MAX_NESTING)
    {
      set_bad (error, "nested deeper than %u", ZT_JSON_SCHEMA_MAX_NESTING);
      return NULL;
    }
  if (c->self->nodes->len >= ZT_JSON_SCHEMA_MAX_NODES)
    {
      set_bad (error, "more than %u subschemas", ZT_JSON_SCHEMA_MAX_NODES);
      return NULL;
    }
  if (!holds (schema, G_TYPE_BOOLEAN) && !JSON_NODE_HOLDS_OBJECT (schema))
    {
      set_bad (error, "a schema must be an object or a boolean");
      return NULL;
    }

  s = g_new0 (SNode, 1);
  s->always = -1;
  s->min_length = s->max_length = s->min_items = s->max_items = s->min_props = s->max_props = -1;
  g_ptr_array_add (c->self->nodes, s);
  g_hash_table_insert (c->done, schema, s);  /* before the children: a cycle finds it */
  if (holds (schema, G_TYPE_BOOLEAN))
    {
      s->always = json_node_get_boolean (schema);
      return s;
    }
  o = json_node_get_object (schema);
  if ((n = json_object_get_member (o, "type")) != NULL && !compile_types (s, n, error))
    return NULL;
  if (!compile_value_keywords (s, o, error) ||
      !compile_object_keywords (c, s, o, nesting, error) ||
      !compile_array_keywords (c, s, o, nesting, error) ||
      !get_schemas (c, o, "allOf", &s->all_of, &s->n_all, nesting, error) ||
      !get_schemas (c, o, "anyOf", &s->any_of, &s->n_any, nesting, error) ||
      !get_schemas (c, o, "oneOf", &s->one_of, &s->n_one, nesting, error))
    return NULL;
  if ((n = json_object_get_member (o, "not")) != NULL && (s->not_ = compile (c, n, nesting + 1, error)) == NULL)
    return NULL;
  if ((n = json_object_get_member (o, "$ref")) != NULL)
    {
      if (!holds (n, G_TYPE_STRING))
        {
          set_bad (error, "\"$ref\" must be a string");
          return NULL;
        }
      s->ref_text = g_strdup (json_node_get_string (n));
      g_ptr_array_add (c->pending, s);
    }
  return s;
}

static int
hex_value (char ch)
{
  return g_ascii_isxdigit (ch) ? g_ascii_xdigit_value (ch) : -1;
}

/* A local reference: "#" then a JSON Pointer, percent-encoded as a URI fragment is. */
static JsonNode *
resolve (JsonNode   *document,
         const char *ref)
{
  g_autoptr(GString) token = g_string_new (NULL);
  JsonNode *n = document;
  const char *p;

  if (ref[0] != '#' || (ref[1] != '\0' && ref[1] != '/'))
    return NULL;
  for (p = ref + 1; *p == '/';)
    {
      guint64 index;
      char *end;

      g_string_truncate (token, 0);
      for (p++; *p && *p != '/'; p++)
        {
          if (*p == '%' && hex_value (p[1]) >= 0 && hex_value (p[2]) >= 0)
            g_string_append_c (token, (char) (hex_value (p[1]) * 16 + hex_value (p[2]))), p += 2;
          else if (*p == '~' && (p[1] == '0' || p[1] == '1'))
            g_string_append_c (token, *++p == '0' ? '~' : '/');
          else if (*p == '~')
            return NULL;
          else
            g_string_append_c (token, *p);
        }
      if (JSON_NODE_HOLDS_OBJECT (n))
        n = json_object_get_member (json_node_get_object (n), token->str);
      else if (JSON_NODE_HOLDS_ARRAY (n) && g_ascii_isdigit (token->str[0]) &&
               (token->str[0] != '0' || token->len == 1) &&
               (index = g_ascii_strtoull (token->str, &end, 10), *end == '\0') &&
               index < json_array_get_length (json_node_get_array (n)))
        n = json_array_get_element (json_node_get_array (n), (guint) index);
      else
        n = NULL;
      if (n == NULL)
        return NULL;
    }
  return *p == '\0' ? n : NULL;
}

ZtJsonSchema *
zt_json_schema_new (JsonNode  *schema,
                    GError   **error)
{
  g_autoptr(ZtJsonSchema) self = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GPtrArray) pending = NULL;
  Compiler c;

  g_return_val_if_fail (schema != NULL, NULL);

  self = g_new0 (ZtJsonSchema, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->document = json_node_ref (schema);
  self->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) snode_free);
  done = g_hash_table_new (NULL, NULL);
  pending = g_ptr_array_new ();
  c = (Compiler) { self, done, pending };
  if ((self->root = compile (&c, schema, 0, error)) == NULL)
    return NULL;
  /* a reference's target is compiled on its own, so that a chain of references does not
   * nest: its depth is the document's */
  while (pending->len > 0)
    {
      SNode *s = g_ptr_array_steal_index_fast (pending, pending->len - 1);
      JsonNode *target = resolve (schema, s->ref_text);

      if (target == NULL)
        {
          set_bad (error, "\"$ref\": \"%s\" is not a reference into this schema (only local ones, "
                      "like #/$defs/name, are followed)", s->ref_text);
          return NULL;
        }
      if ((s->ref = compile (&c, target, 0, error)) == NULL)
        return NULL;
    }
  return g_steal_pointer (&self);
}

ZtJsonSchema *
zt_json_schema_ref (ZtJsonSchema *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zt_json_schema_unref (ZtJsonSchema *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_clear_pointer (&self->document, json_node_unref);
  g_free (self);
}

void
zt_json_schema_failure_clear (ZtJsonSchemaFailure *failure)
{
  if (failure == NULL)
    return;
  g_clear_pointer (&failure->path, g_free);
  g_clear_pointer (&failure->message, g_free);
  failure->keyword = NULL;
}

/* ---------------------------------------------------------------------------------------- */
/* Formats (RFC 3339, RFC 3986, RFC 4122, RFC 5321 simplified, RFC 2673/4291)               */

static gboolean
digits (const char **p,
        guint        count,
        guint       *value)
{
  *value = 0;
  for (guint i = 0; i < count; i++, (*p)++)
    {
      if (!g_ascii_isdigit (**p))
        return FALSE;
      *value = *value * 10 + (guint) (**p - '0');
    }
  return TRUE;
}

static gboolean
parse_date (const char **p)
{
  static const guint days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint y, m, d;

  if (!digits (p, 4, &y) || *(*p)++ != '-' || !digits (p, 2, &m) || *(*p)++ != '-' || !digits (p, 2, &d))
    return FALSE;
  if (m < 1 || m > 12 || d < 1)
    return FALSE;
  return d <= days[m - 1] || (m == 2 && d == 29 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

static gboolean
parse_time (const char **p)
{
  guint h, m, s, oh, om;

  if (!digits (p, 2, &h) || *(*p)++ != ':' || !digits (p, 2, &m) || *(*p)++ != ':' || !digits (p, 2, &s))
    return FALSE;
  if (h > 23 || m > 59 || s > 60)
    return FALSE;
  if (**p == '.')
    {
      (*p)++;
      if (!g_ascii_isdigit (**p))
        return FALSE;
      while (g_ascii_isdigit (**p))
        (*p)++;
    }
  if (**p == 'Z' || **p == 'z')
    {
      (*p)++;
      return TRUE;
    }
  if (**p != '+' && **p != '-')
    return FALSE;
  (*p)++;
  return digits (p, 2, &oh) && *(*p)++ == ':' && digits (p, 2, &om) && oh <= 23 && om <= 59;
}

static gboolean
is_email (const char *s)
{
  const char *at = strrchr (s, '@');

  if (at == NULL || at == s || at[1] == '\0' || at[1] == '.' || g_str_has_suffix (at, "."))
    return FALSE;
  for (const char *p = s; *p; p++)
    if ((guchar) *p <= ' ' || *p == '\x7f' || (*p == '@' && p != at))
      return FALSE;
  return strstr (at, "..") == NULL;
}

static gboolean
is_uri (const char *s)
{
  const char *p = s;

  /* absolute: a scheme, then characters a URI may hold (percent escapes well formed) */
  if (!g_ascii_isalpha (*p))
    return FALSE;
  while (g_ascii_isalnum (*p) || *p == '+' || *p == '-' || *p == '.')
    p++;
  if (*p++ != ':')
    return FALSE;
  for (; *p; p++)
    {
      if (*p == '%')
        {
          if (hex_value (p[1]) < 0 || hex_value (p[2]) < 0)
            return FALSE;
          p += 2;
        }
      else if (!g_ascii_isalnum (*p) && !strchr ("-._~:/?#[]@!$&'()*+,;=", *p))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_uuid (const char *s)
{
  for (guint i = 0; i < 36; i++)
    if ((i == 8 || i == 13 || i == 18 || i == 23) ? s[i] != '-' : !g_ascii_isxdigit (s[i]))
      return FALSE;
  return s[36] == '\0';
}

static gboolean
format_ok (Format      format,
           const char *s)
{
  guchar buf[sizeof (struct in6_addr)];
  const char *p = s;

  switch (format)
    {
    case F_DATE_TIME:
      return parse_date (&p) && (*p == 'T' || *p == 't') && (p++, parse_time (&p)) && *p == '\0';
    case F_DATE:
      return parse_date (&p) && *p == '\0';
    case F_TIME:
      return parse_time (&p) && *p == '\0';
    case F_EMAIL:
      return is_email (s);
    case F_URI:
      return is_uri (s);
    case F_UUID:
      return is_uuid (s);
    case F_IPV4:
      /* glibc's inet_pton takes only four decimal parts and refuses leading zeros */
      return inet_pton (AF_INET, s, buf) == 1;
    case F_IPV6:
      return inet_pton (AF_INET6, s, buf) == 1;
    case F_NONE:
    default:
      return TRUE;
    }
}

/* ---------------------------------------------------------------------------------------- */
/* Validating                                                                               */

typedef struct {
  const char *name;  /* NULL: an array index */
  guint       index;
} Segment;

typedef struct {
  ZtJsonSchemaFailure *failure;  /* NULL: nobody asks why */
  guint                quiet;    /* inside anyOf/oneOf/not: a branch's failure is not the answer */
  gboolean             failed;   /* the failure is recorded */
  gboolean             exhausted;
  guint                steps;
  guint                n_segments;
  Segment              segments[ZT_JSON_SCHEMA_MAX_DEPTH];
} Ctx;

#define PATH_NAME_MAX 64
#define MESSAGE_MAX 256

void
zt_json_pointer_append (GString    *pointer,
                        const char *token,
                        glong       max_chars)
{
  const char *cut = max_chars >= 0 && g_utf8_strlen (token, -1) > max_chars ? g_utf8_offset_to_pointer (token, max_chars - 1)
                                                                              : NULL;

  g_string_append_c (pointer, '/');
  for (const char *p = token; *p && p != cut; p++)
    if (*p == '~')
      g_string_append (pointer, "~0");
    else if (*p == '/')
      g_string_append (pointer, "~1");
    else
      g_string_append_c (pointer, *p);
  if (cut != NULL)
    g_string_append (pointer, "…");
}

static char *
path_of (Ctx *ctx)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < ctx->n_segments; i++)
    {
      if (ctx->segments[i].name == NULL)
        g_string_append_printf (path, "/%u", ctx->segments[i].index);
      else
        /* a property's name is the caller's: the path names it in at most PATH_NAME_MAX
         * characters, so an error cannot grow with it */
        zt_json_pointer_append (path, ctx->segments[i].name, PATH_NAME_MAX);
    }
  return g_string_free (path, FALSE);
}

static void
record (Ctx        *ctx,
        const char *keyword,
        const char *format,
        va_list     args)
{
  if (ctx->failure == NULL || ctx->failed)
    return;
  ctx->failed = TRUE;
  ctx->failure->path = path_of (ctx);
  ctx->failure->keyword = keyword;
  /* it may quote a member's name (the caller's) or a pattern: bounded as the path is */
  ctx->failure->message = zt_utf8_clip (g_strdup_vprintf (format, args), MESSAGE_MAX);
}

static gboolean G_GNUC_PRINTF (3, 4)
fail (Ctx        *ctx,
      const char *keyword,
      const char *format,
      ...)
{
  va_list args;

  if (ctx->quiet == 0)
    {
      va_start (args, format);
      record (ctx, keyword, format, args);
      va_end (args);
    }
  return FALSE;
}

/* A bound was reached: the answer is "invalid", whatever branch it happened in. */
static gboolean G_GNUC_PRINTF (2, 3)
limit (Ctx        *ctx,
       const char *format,
       ...)
{
  va_list args;

  if (!ctx->exhausted)
    {
      ctx->exhausted = TRUE;
      va_start (args, format);
      record (ctx, "$limit", format, args);
      va_end (args);
    }
  return FALSE;
}

static gboolean
step (Ctx *ctx)
{
  if (ctx->exhausted)
    return FALSE;
  if (++ctx->steps > ZT_JSON_SCHEMA_MAX_STEPS)
    return limit (ctx, "validation took more than %u steps", ZT_JSON_SCHEMA_MAX_STEPS);
  return TRUE;
}

/* JSON equality: numbers by value (1 equals 1.0), objects regardless of member order. */
static gboolean
equal (Ctx      *ctx,
       JsonNode *a,
       JsonNode *b,
       guint     depth)
{
  if (!step (ctx))
    return FALSE;
  if (depth > ZT_JSON_SCHEMA_MAX_DEPTH)
    return limit (ctx, "values nested deeper than %u", ZT_JSON_SCHEMA_MAX_DEPTH);
  if (JSON_NODE_TYPE (a) != JSON_NODE_TYPE (b))
    return FALSE;
  switch (JSON_NODE_TYPE (a))
    {
    case JSON_NODE_NULL:
      return TRUE;
    case JSON_NODE_VALUE:
      if (is_number (a) && is_number (b))
        {
          if (holds (a, G_TYPE_INT64) && holds (b, G_TYPE_INT64))
            return json_node_get_int (a) == json_node_get_int (b);
          return number_of (a) == number_of (b);
        }
      if (json_node_get_value_type (a) != json_node_get_value_type (b))
        return FALSE;
      if (holds (a, G_TYPE_STRING))
        return strcmp (json_node_get_string (a), json_node_get_string (b)) == 0;
      return json_node_get_boolean (a) == json_node_get_boolean (b);
    case JSON_NODE_ARRAY:
      {
        JsonArray *x = json_node_get_array (a), *y = json_node_get_array (b);
        guint len = json_array_get_length (x);

        if (len != json_array_get_length (y))
          return FALSE;
        for (guint i = 0; i < len; i++)
          if (!equal (ctx, json_array_get_element (x, i), json_array_get_element (y, i), depth + 1))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_OBJECT:
      {
        JsonObject *x = json_node_get_object (a), *y = json_node_get_object (b);
        JsonObjectIter iter;
        const char *name;
        JsonNode *value, *other;

        if (json_object_get_size (x) != json_object_get_size (y))
          return FALSE;
        json_object_iter_init (&iter, x);
        while (json_object_iter_next (&iter, &name, &value))
          if ((other = json_object_get_member (y, name)) == NULL || !equal (ctx, value, other, depth + 1))
            return FALSE;
        return TRUE;
      }
    default:
      return FALSE;
    }
}

static guint
type_of (JsonNode *n)
{
  switch (JSON_NODE_TYPE (n))
    {
    case JSON_NODE_NULL:
      return T_NULL;
    case JSON_NODE_OBJECT:
      return T_OBJECT;
    case JSON_NODE_ARRAY:
      return T_ARRAY;
    case JSON_NODE_VALUE:
    default:
      if (holds (n, G_TYPE_STRING))
        return T_STRING;
      if (holds (n, G_TYPE_BOOLEAN))
        return T_BOOLEAN;
      if (holds (n, G_TYPE_INT64))
        return T_INTEGER | T_NUMBER;
      /* 2020-12: a number with no fractional part is an integer */
      if (holds (n, G_TYPE_DOUBLE))
        return json_node_get_double (n) == floor (json_node_get_double (n)) && isfinite (json_node_get_double (n))
               ? T_INTEGER | T_NUMBER : T_NUMBER;
      return 0;
    }
}

static char *
types_text (guint types)
{
  GString *s = g_string_new (NULL);

  for (guint t = 0; t < G_N_ELEMENTS (type_names); t++)
    if (types & (1u << t))
      g_string_append_printf (s, "%s%s", s->len ? " or " : "", type_names[t]);
  return g_string_free (s, FALSE);
}

static gboolean validate (Ctx *ctx, SNode *s, JsonNode *instance, guint depth);

static gboolean
push_validate (Ctx        *ctx,
               SNode      *s,
               JsonNode   *instance,
               const char *name,
               guint       index,
               guint       depth)
{
  gboolean ok;

  ctx->segments[ctx->n_segments++] = (Segment) { name, index };
  ok = validate (ctx, s, instance, depth + 1);
  ctx->n_segments--;
  return ok;
}

static gboolean
validate_object (Ctx        *ctx,
                 SNode      *s,
                 JsonObject *o,
                 guint       depth)
{
  guint size = json_object_get_size (o);
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (s->props != NULL || s->n_pprops > 0 || s->additional != NULL)
    {
      json_object_iter_init (&iter, o);
      while (json_object_iter_next (&iter, &name, &value))
        {
          SNode *p = s->props ? g_hash_table_lookup (s->props, name) : NULL;
          gboolean matched = p != NULL;

          /* "PATH" beside a property "path": JSON Schema takes it for another member, a
           * server that matches names without case (Go's encoding/json) for "path" itself,
           * so what it reads as "path" would never have been checked */
          if (p == NULL && s->folded_props != NULL)
            {
              g_autofree char *fold = zt_json_name_fold (name);
              const char *declared = g_hash_table_lookup (s->folded_props, fold ? fold : name);

              if (declared != NULL)
                {
                  g_autofree char *shown = zt_utf8_clip (g_strdup (name), 65);
                  g_autofree char *property = zt_utf8_clip (g_strdup (declared), 65);
                  gboolean ok;

                  ctx->segments[ctx->n_segments++] = (Segment) { name, 0 };
                  ok = fail (ctx, "properties", "the member \"%s\" differs from the property \"%s\" "
                             "only in case, and servers that match names without case read it as "
                             "that property: send \"%s\"", shown, property, property);
                  ctx->n_segments--;
                  return ok;
                }
            }

          if (p != NULL && !push_validate (ctx, p, value, name, 0, depth))
            return FALSE;
          for (guint i = 0; i < s->n_pprops; i++)
            if (step (ctx) && g_regex_match (s->pprops[i].regex, name, 0, NULL))
              {
                matched = TRUE;
                if (!push_validate (ctx, s->pprops[i].schema, value, name, 0, depth))
                  return FALSE;
              }
          if (ctx->exhausted)
            return FALSE;
          if (!matched && s->additional != NULL)
            {
              if (s->additional->always == 0)
                {
                  gboolean ok;

                  ctx->segments[ctx->n_segments++] = (Segment) { name, 0 };
                  ok = fail (ctx, "additionalProperties", "the member \"%s\" is not allowed", name);
                  ctx->n_segments--;
                  return ok;
                }
              if (!push_validate (ctx, s->additional, value, name, 0, depth))
                return FALSE;
            }
        }
    }
  for (guint i = 0; s->required && s->required[i]; i++)
    if (!json_object_has_member (o, s->required[i]))
      {
        ctx->segments[ctx->n_segments++] = (Segment) { s->required[i], 0 };
        fail (ctx, "required", "the member \"%s\" is required", s->required[i]);
        ctx->n_segments--;
        return FALSE;
      }
  if (s->min_props >= 0 && size < s->min_props)
    return fail (ctx, "minProperties", "has %u members, fewer than %" G_GINT64_FORMAT, size, s->min_props);
  if (s->max_props >= 0 && size > s->max_props)
    return fail (ctx, "maxProperties", "has %u members, more than %" G_GINT64_FORMAT, size, s->max_props);
  return TRUE;
}

static gboolean
validate_array (Ctx       *ctx,
                SNode     *s,
                JsonArray *a,
                guint      depth)
{
  guint len = json_array_get_length (a);

  if (s->min_items >= 0 && len < s->min_items)
    return fail (ctx, "minItems", "has %u items, fewer than %" G_GINT64_FORMAT, len, s->min_items);
  if (s->max_items >= 0 && len > s->max_items)
    return fail (ctx, "maxItems", "has %u items, more than %" G_GINT64_FORMAT, len, s->max_items);
  for (guint i = 0; i < len && (i < s->n_prefix || s->items != NULL); i++)
    {
      SNode *item = i < s->n_prefix ? s->prefix[i] : s->items;

      if (item->always == 0)
        {
          ctx->segments[ctx->n_segments++] = (Segment) { NULL, i };
          fail (ctx, i < s->n_prefix ? "prefixItems" : "items", "no item is allowed here");
          ctx->n_segments--;
          return FALSE;
        }
      if (!push_validate (ctx, item, json_array_get_element (a, i), NULL, i, depth))
        return FALSE;
    }
  if (s->unique)
    for (guint i = 1; i < len; i++)
      for (guint j = 0; j < i; j++)
        {
          if (equal (ctx, json_array_get_element (a, i), json_array_get_element (a, j), depth))
            {
              ctx->segments[ctx->n_segments++] = (Segment) { NULL, i };
              fail (ctx, "uniqueItems", "repeats item %u", j);
              ctx->n_segments--;
              return FALSE;
            }
          if (ctx->exhausted)
            return FALSE;
        }
  return TRUE;
}

static gboolean
validate_number (Ctx      *ctx,
                 SNode    *s,
                 JsonNode *n)
{
  double v = number_of (n);

  if (s->has_min && v < s->minimum)
    return fail (ctx, "minimum", "%g is less than %g", v, s->minimum);
  if (s->has_max && v > s->maximum)
    return fail (ctx, "maximum", "%g is greater than %g", v, s->maximum);
  if (s->has_exmin && v <= s->exmin)
    return fail (ctx, "exclusiveMinimum", "%g is not greater than %g", v, s->exmin);
  if (s->has_exmax && v >= s->exmax)
    return fail (ctx, "exclusiveMaximum", "%g is not less than %g", v, s->exmax);
  if (s->has_multiple)
    {
      gboolean ok;

      if (holds (n, G_TYPE_INT64) && s->multiple == floor (s->multiple) && s->multiple < 9007199254740992.0)
        ok = json_node_get_int (n) % (gint64) s->multiple == 0;
      else
        {
          double q = v / s->multiple;

          ok = isfinite (q) && fabs (q - round (q)) <= 1e-9 * fmax (1.0, fabs (q));
        }
      if (!ok)
        return fail (ctx, "multipleOf", "%g is not a multiple of %g", v, s->multiple);
    }
  return TRUE;
}

static gboolean
validate_string (Ctx        *ctx,
                 SNode      *s,
                 const char *text)
{
  if (s->min_length >= 0 || s->max_length >= 0)
    {
      /* code points, not bytes: "é" is one */
      glong len = g_utf8_strlen (text, -1);

      if (s->min_length >= 0 && len < s->min_length)
        return fail (ctx, "minLength", "has %ld characters, fewer than %" G_GINT64_FORMAT, len, s->min_length);
      if (s->max_length >= 0 && len > s->max_length)
        return fail (ctx, "maxLength", "has %ld characters, more than %" G_GINT64_FORMAT, len, s->max_length);
    }
  if (s->pattern != NULL && !g_regex_match (s->pattern, text, 0, NULL))
    return fail (ctx, "pattern", "does not match the pattern \"%s\"", g_regex_get_pattern (s->pattern));
  if (s->format != F_NONE && !format_ok (s->format, text))
    return fail (ctx, "format", "is not a valid %s", format_names[s->format]);
  return TRUE;
}

static gboolean
validate_combinators (Ctx      *ctx,
                      SNode    *s,
                      JsonNode *instance,
                      guint     depth)
{
  for (guint i = 0; i < s->n_all; i++)
    if (!validate (ctx, s->all_of[i], instance, depth + 1))
      return FALSE;
  if (s->n_any > 0)
    {
      gboolean any = FALSE;

      ctx->quiet++;
      for (guint i = 0; i < s->n_any && !any && !ctx->exhausted; i++)
        any = validate (ctx, s->any_of[i], instance, depth + 1);
      ctx->quiet--;
      if (ctx->exhausted)
        return FALSE;
      if (!any)
        return fail (ctx, "anyOf", "matches none of the %u schemas of anyOf", s->n_any);
    }
  if (s->n_one > 0)
    {
      guint matches = 0;

      ctx->quiet++;
      for (guint i = 0; i < s->n_one && matches < 2 && !ctx->exhausted; i++)
        matches += validate (ctx, s->one_of[i], instance, depth + 1) ? 1 : 0;
      ctx->quiet--;
      if (ctx->exhausted)
        return FALSE;
      if (matches != 1)
        return fail (ctx, "oneOf", matches == 0 ? "matches none of the %u schemas of oneOf"
                                                : "matches more than one of the %u schemas of oneOf", s->n_one);
    }
  if (s->not_ != NULL)
    {
      gboolean matched;

      ctx->quiet++;
      matched = validate (ctx, s->not_, instance, depth + 1);
      ctx->quiet--;
      if (ctx->exhausted)
        return FALSE;
      if (matched)
        return fail (ctx, "not", "matches the schema of not");
    }
  return TRUE;
}

static gboolean
validate (Ctx      *ctx,
          SNode    *s,
          JsonNode *instance,
          guint     depth)
{
  guint type;

  if (!step (ctx))
    return FALSE;
  if (depth >= ZT_JSON_SCHEMA_MAX_DEPTH)
    return limit (ctx, "validation went deeper than %u levels (a $ref cycle?)", ZT_JSON_SCHEMA_MAX_DEPTH);
  if (s->always >= 0)
    return s->always ? TRUE : fail (ctx, "false", "no value is allowed here");

  type = type_of (instance);
  if (s->types != 0 && (s->types & type) == 0)
    {
      if (ctx->quiet == 0 && ctx->failure != NULL)
        {
          g_autofree char *wanted = types_text (s->types);
          g_autofree char *got = types_text (type & T_INTEGER ? T_INTEGER : type);

          return fail (ctx, "type", "must be %s, not %s", wanted, got);
        }
      return FALSE;
    }
  if (s->const_value != NULL && !equal (ctx, instance, s->const_value, 0))
    return ctx->exhausted ? FALSE : fail (ctx, "const", "is not the value const requires");
  if (s->enum_values != NULL)
    {
      guint len = json_array_get_length (s->enum_values);
      gboolean found = FALSE;

      for (guint i = 0; i < len && !found && !ctx->exhausted; i++)
        found = equal (ctx, instance, json_array_get_element (s->enum_values, i), 0);
      if (ctx->exhausted)
        return FALSE;
      if (!found)
        return fail (ctx, "enum", "is not one of the %u values enum allows", len);
    }

  if ((type & T_OBJECT) && !validate_object (ctx, s, json_node_get_object (instance), depth))
    return FALSE;
  if ((type & T_ARRAY) && !validate_array (ctx, s, json_node_get_array (instance), depth))
    return FALSE;
  if ((type & T_NUMBER) && !validate_number (ctx, s, instance))
    return FALSE;
  if ((type & T_STRING) && !validate_string (ctx, s, json_node_get_string (instance)))
    return FALSE;
  if (!validate_combinators (ctx, s, instance, depth))
    return FALSE;
  if (s->ref != NULL && !validate (ctx, s->ref, instance, depth + 1))
    return FALSE;
  return TRUE;
}

gboolean
zt_json_schema_validate (ZtJsonSchema        *self,
                         JsonNode            *instance,
                         ZtJsonSchemaFailure *failure)
{
  Ctx ctx;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (instance != NULL, FALSE);

  /* only the header: the segments are written before they are read */
  memset (&ctx, 0, G_STRUCT_OFFSET (Ctx, segments));
  ctx.failure = failure;
  if (failure != NULL)
    memset (failure, 0, sizeof *failure);
  ok = validate (&ctx, self->root, instance, 0);
  if (!ok && failure != NULL && !ctx.failed)
    {
      /* a failure only quiet branches saw (cannot happen by construction, but never say nothing) */
      failure->path = g_strdup ("");
      failure->keyword = "schema";
      failure->message = g_strdup ("does not match the schema");
    }
  return ok;
}
