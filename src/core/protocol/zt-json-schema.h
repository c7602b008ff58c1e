/* zt-json-schema.h: a bounded JSON Schema 2020-12 validator for the keywords MCP tools use */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A schema comes from an MCP server, so it is as untrusted as an instance: compiling bounds
 * the subschemas and their nesting, validating bounds its depth ($ref cycles included) and
 * its work (steps over nodes, comparisons for uniqueItems/enum/const). Reaching a bound is
 * a failure (keyword "$limit"): the validator never says "valid" about what it did not
 * finish checking. */
#define ZT_JSON_SCHEMA_MAX_NODES   10000u  /* subschemas in one compiled schema */
#define ZT_JSON_SCHEMA_MAX_NESTING 128u    /* nesting while compiling */
#define ZT_JSON_SCHEMA_MAX_DEPTH   256u    /* frames while validating ($ref included) */
#define ZT_JSON_SCHEMA_MAX_STEPS   (1u << 22)

typedef struct _ZtJsonSchema ZtJsonSchema;

/* Why an instance failed: the instance's location as a JSON Pointer ("" is the whole
 * instance, "/items/2/name" a member of an element), the keyword that failed, and a
 * sentence for people. */
typedef struct {
  char       *path;
  const char *keyword;  /* static */
  char       *message;
} ZtJsonSchemaFailure;

void          zt_json_schema_failure_clear (ZtJsonSchemaFailure *failure);

/* Compiles @schema (an object or a boolean; borrowed, a reference is kept). Local $ref
 * only ("#", "#/$defs/x", "#/definitions/x", any JSON Pointer into the document); unknown
 * keywords are ignored, as the specification says. NULL with ZT_ERROR_INVALID_ARGUMENT for
 * a schema it cannot use (a remote $ref, a bad pattern, a keyword of the wrong type, too
 * big or too deep). */
ZtJsonSchema *zt_json_schema_new      (JsonNode             *schema,
                                       GError              **error);
ZtJsonSchema *zt_json_schema_ref      (ZtJsonSchema         *self);
void          zt_json_schema_unref    (ZtJsonSchema         *self);

/* Whether @instance is valid. Allocates nothing when it is; when it is not, and @failure
 * is not NULL, fills it (clear it afterwards). Stops at the first failure. */
gboolean      zt_json_schema_validate (ZtJsonSchema         *self,
                                       JsonNode             *instance,
                                       ZtJsonSchemaFailure  *failure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZtJsonSchema, zt_json_schema_unref)

/* Appends "/" and @token to the JSON Pointer @pointer (RFC 6901: '~' as ~0, '/' as ~1), at
 * most @max_chars characters of it (-1: all of it), with "…" where it was cut. */
void          zt_json_pointer_append       (GString     *pointer,
                                            const char  *token,
                                            glong        max_chars);

G_END_DECLS
