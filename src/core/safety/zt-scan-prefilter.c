/* zt-scan-prefilter.c: which regular expressions cannot match a text, from one pass over it */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-scan-prefilter.h"

/* Why: the tool scan runs ~110 caseless PCRE2 rules on up to three readings of every string,
 * and almost all of them fail on ordinary text after trying every position; that was 1.5-2 ms
 * a KiB of prose. Every rule is a chain of word classes ("(ignore|disregard|...)" then a gap
 * then "(instructions|rules|...)"), so a match needs one word of each class to be in the text.
 * Those necessary literals are read off the pattern itself (no second list to keep in step
 * with the rules), and one automaton finds all of them at once.
 *
 * The analysis is conservative: anything it does not understand becomes "matches anything"
 * (no clause), which only costs time. A node is either a finite set of strings it matches
 * (exact, at most MAX_EXACT of at most MAX_EXACT_LEN bytes) or a set of clauses: sets of
 * literals, one of each of which occurs in every match. */

#define MAX_EXACT     64
#define MAX_EXACT_LEN 64
#define NO_STATE      G_MAXUINT32

typedef struct {
  GPtrArray *exact;    /* of char*; NULL: not a finite set */
  GPtrArray *clauses;  /* of GPtrArray of char*; empty when exact is set */
  gboolean   crosses;  /* may consume a sentence end (IS_STOP) */
} Node;

/* The characters that end a sentence for the rules' gaps ([^.!?;\n]); the normalised text the
 * rules read has no new line (white space is collapsed to one space). A pattern none of whose
 * matches can hold one of these matches inside one sentence, so all its words must be in the
 * same sentence. */
#define IS_STOP(c) ((c) == '.' || (c) == '!' || (c) == '?' || (c) == ';')

typedef struct {
  const char *p;
  const char *end;
  gboolean    failed;
  gboolean    look_crosses;  /* a lookaround may read past a sentence end */
} Parser;

struct _ZtScanPrefilter {
  guint      n_patterns;
  GPtrArray *clauses;      /* per pattern: GPtrArray of GArray of guint32 literal ids */
  gboolean  *local;        /* per pattern: every match lies inside one sentence */
  gboolean  *bounded;      /* per pattern: local, and no lookaround reads past a sentence end */
  guint32   *clause_first; /* per pattern (and one past): its clauses' numbers */
  guint      n_clauses;
  guint32   *lit_clause_start;  /* per literal (and one past): into lit_clauses */
  guint32   *lit_clauses;       /* the clauses of local patterns that hold each literal */
  guint32   *lit_gclause_start; /* the same for the other patterns' clauses */
  guint32   *lit_gclauses;
  guint32   *clause_pattern;    /* per clause: its pattern */
  GPtrArray *literals;     /* char*, by id */
  guint8     class_of[256];
  guint      n_classes;
  guint      n_states;
  guint32   *delta;        /* n_states * n_classes */
  guint32   *out_start;    /* n_states + 1, into outs */
  GArray    *outs;         /* guint32 literal ids: each state's own and its suffixes' */
};

static GPtrArray *
strset_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static void
strset_add (GPtrArray  *set,
            const char *s)
{
  for (guint i = 0; i < set->len; i++)
    if (strcmp (set->pdata[i], s) == 0)
      return;
  g_ptr_array_add (set, g_strdup (s));
}

static gboolean
strset_has_empty (GPtrArray *set)
{
  for (guint i = 0; i < set->len; i++)
    if (*(const char *) set->pdata[i] == '\0')
      return TRUE;
  return FALSE;
}

static gsize
strset_strength (GPtrArray *set)
{
  gsize min = G_MAXSIZE;

  for (guint i = 0; i < set->len; i++)
    min = MIN (min, strlen (set->pdata[i]));
  return set->len == 0 ? 0 : min;
}

static GPtrArray *
strset_copy (GPtrArray *set)
{
  GPtrArray *copy = strset_new ();

  for (guint i = 0; i < set->len; i++)
    g_ptr_array_add (copy, g_strdup (set->pdata[i]));
  return copy;
}

static Node *
node_new (GPtrArray *exact)
{
  Node *n = g_new0 (Node, 1);

  n->exact = exact;
  n->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return n;
}

static void
node_free (Node *n)
{
  if (n->exact != NULL)
    g_ptr_array_unref (n->exact);
  g_ptr_array_unref (n->clauses);
  g_free (n);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Node, node_free)

static Node *
node_empty (void)
{
  Node *n = node_new (strset_new ());

  g_ptr_array_add (n->exact, g_strdup (""));
  return n;
}

static Node *
node_any (void)
{
  return node_new (NULL);
}

static Node *
node_literal (const char *s,
              gsize       len)
{
  Node *n = node_new (strset_new ());

  g_ptr_array_add (n->exact, g_ascii_strdown (s, len));
  for (gsize i = 0; i < len; i++)
    n->crosses |= IS_STOP (s[i]);
  return n;
}

static Node *
node_any_crossing (gboolean crosses)
{
  Node *n = node_any ();

  n->crosses = crosses;
  return n;
}

/* The clause a node contributes when only one may be taken (an alternation's branch): its
 * exact set, or its most selective clause (the longest shortest literal). NULL: none. */
static GPtrArray *
node_best (Node *n)
{
  GPtrArray *best = NULL;

  if (n->exact != NULL)
    return strset_has_empty (n->exact) ? NULL : n->exact;
  for (guint i = 0; i < n->clauses->len; i++)
    if (best == NULL || strset_strength (n->clauses->pdata[i]) > strset_strength (best))
      best = n->clauses->pdata[i];
  return best;
}

static void
node_add_clause (Node      *n,
                 GPtrArray *set)
{
  if (!strset_has_empty (set) && set->len > 0)
    g_ptr_array_add (n->clauses, strset_copy (set));
}

static Node *parse_alt (Parser *P);

static gboolean
at_end (Parser *P)
{
  return P->p >= P->end;
}

/* [...]: a few plain characters are an exact set; ranges, classes and negation are anything.
 * It crosses a sentence end when it may match one. */
static Node *
parse_class (Parser *P)
{
  char chars[8];
  guint n = 0;
  gboolean simple = TRUE, first = TRUE, negated = FALSE, wide = FALSE;
  gboolean has[128] = { FALSE };  /* the ASCII characters listed */
  int prev = -1;                  /* the last plain character, for a range */
  gboolean crosses;

  P->p++;
  if (!at_end (P) && *P->p == '^')
    {
      simple = FALSE;
      negated = TRUE;
      P->p++;
    }
  while (!at_end (P) && (*P->p != ']' || first))
    {
      guchar c = *P->p;

      first = FALSE;
      if (c == '\\' && P->p + 1 < P->end)
        {
          char e = P->p[1];

          P->p += 2;
          prev = -1;
          if (e == 'W' || e == 'S' || e == 'D' || (g_ascii_isalpha (e) && strchr ("dwsntrbB", e) == NULL) ||
              !g_ascii_isprint (e))
            {
              simple = FALSE;
              wide = TRUE;  /* \W \S \D and what is not understood: anything */
            }
          else if (strchr ("dwsbB", e) != NULL)
            simple = FALSE;  /* \d \w \s: no sentence end among them */
          else
            {
              char lit = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;

              has[(guchar) lit] = TRUE;
              prev = (guchar) lit;
              if (n < G_N_ELEMENTS (chars))
                chars[n++] = lit;
              else
                simple = FALSE;
            }
          continue;
        }
      if (c >= 0x80)
        {
          simple = FALSE;
          prev = -1;
          P->p += MAX (1, g_utf8_skip[c]);
          continue;
        }
      if (c == '-' && n > 0 && P->p + 1 < P->end && P->p[1] != ']')
        {
          guchar to = P->p[1];

          simple = FALSE;  /* a range */
          if (prev < 0 || to == '\\' || to >= 0x80)
            wide = TRUE;
          else
            for (int k = prev; k <= to; k++)
              has[k] = TRUE;
          P->p++;
          continue;
        }
      has[c] = TRUE;
      prev = c;
      if (n < G_N_ELEMENTS (chars))
        chars[n++] = c;
      else
        simple = FALSE;
      P->p++;
    }
  if (at_end (P))
    {
      P->failed = TRUE;
      return node_any_crossing (TRUE);
    }
  P->p++;  /* ] */
  if (negated)
    crosses = wide || !(has['.'] && has['!'] && has['?'] && has[';']);
  else
    crosses = wide || has['.'] || has['!'] || has['?'] || has[';'];
  if (!simple || n == 0 || n > 4)
    return node_any_crossing (crosses);
  {
    Node *node = node_new (strset_new ());

    for (guint i = 0; i < n; i++)
      {
        char s1[2] = { g_ascii_tolower (chars[i]), '\0' };
        strset_add (node->exact, s1);
      }
    node->crosses = crosses;
    return node;
  }
}

static Node *
parse_atom (Parser *P)
{
  guchar c = *P->p;

  if (c == '(')
    {
      Node *inner;
      gboolean look = FALSE;

      P->p++;
      if (!at_end (P) && *P->p == '?')
        {
          if (P->p + 1 < P->end && (P->p[1] == '!' || P->p[1] == '='))
            {
              look = TRUE;
              P->p += 2;
            }
          else if (P->p + 2 < P->end && P->p[1] == '<' && (P->p[2] == '!' || P->p[2] == '='))
            {
              look = TRUE;
              P->p += 3;
            }
          else if (P->p + 1 < P->end && P->p[1] == ':')
            P->p += 2;
          else
            {
              P->failed = TRUE;
              return node_any ();
            }
        }
      inner = parse_alt (P);
      if (at_end (P) || *P->p != ')')
        {
          P->failed = TRUE;
          return inner;
        }
      P->p++;
      if (look)
        {
          P->look_crosses |= inner->crosses;
          node_free (inner);
          return node_empty ();
        }
      return inner;
    }
  if (c == '[')
    return parse_class (P);
  if (c == '\\')
    {
      char e;

      if (P->p + 1 >= P->end)
        {
          P->failed = TRUE;
          P->p++;
          return node_any ();
        }
      e = P->p[1];
      P->p += 2;
      if (e == 'b' || e == 'B')
        return node_empty ();
      if (e == 'n')
        return node_literal ("\n", 1);
      if (e == 't')
        return node_literal ("\t", 1);
      if (e == 'r')
        return node_literal ("\r", 1);
      if (e == 'd' || e == 'w' || e == 's')
        return node_any ();  /* no sentence end among them */
      if (g_ascii_isalnum (e) || !g_ascii_isprint (e))
        return node_any_crossing (TRUE);  /* \D \W \S, back references, \x..: anything */
      return node_literal (&e, 1);
    }
  if (c == '.')
    {
      P->p++;
      return node_any_crossing (TRUE);
    }
  if (c == '^' || c == '$')
    {
      P->p++;
      return node_empty ();
    }
  if (c == '*' || c == '+' || c == '?')
    {
      P->failed = TRUE;
      P->p++;
      return node_any ();
    }
  {
    gsize n = c < 0x80 ? 1 : MAX (1, (gsize) g_utf8_skip[c]);

    n = MIN (n, (gsize) (P->end - P->p));
    P->p += n;
    return node_literal (P->p - n, n);
  }
}

/* {m}, {m,}, {m,n}: FALSE (and nothing read) when what follows is not one. */
static gboolean
parse_braces (Parser *P,
              guint  *min,
              guint  *max)
{
  const char *q = P->p + 1;
  guint64 m, n;
  char *stop;

  if (q >= P->end || !g_ascii_isdigit (*q))
    return FALSE;
  m = g_ascii_strtoull (q, &stop, 10);
  q = stop;
  n = m;
  if (q < P->end && *q == ',')
    {
      q++;
      if (q < P->end && g_ascii_isdigit (*q))
        {
          n = g_ascii_strtoull (q, &stop, 10);
          q = stop;
        }
      else
        n = G_MAXUINT;
    }
  if (q >= P->end || *q != '}')
    return FALSE;
  *min = MIN (m, G_MAXUINT);
  *max = MIN (n, G_MAXUINT);
  P->p = q + 1;
  return TRUE;
}

static Node *
apply_quantifier (Parser *P,
                  Node   *atom)
{
  guint min, max;
  Node *n;

  if (at_end (P))
    return atom;
  if (*P->p == '?')
    min = 0, max = 1, P->p++;
  else if (*P->p == '*')
    min = 0, max = G_MAXUINT, P->p++;
  else if (*P->p == '+')
    min = 1, max = G_MAXUINT, P->p++;
  else if (*P->p != '{' || !parse_braces (P, &min, &max))
    return atom;
  if (!at_end (P) && (*P->p == '?' || *P->p == '+'))
    P->p++;  /* lazy or possessive: the same strings */

  if (min == 1 && max == 1)
    return atom;
  if (min == 0)
    {
      if (max == 1 && atom->exact != NULL)
        {
          strset_add (atom->exact, "");
          return atom;
        }
      n = node_any_crossing (atom->crosses);
      node_free (atom);
      return n;
    }
  /* at least once: what it requires, it requires */
  n = node_any_crossing (atom->crosses);
  for (guint i = 0; i < atom->clauses->len; i++)
    node_add_clause (n, atom->clauses->pdata[i]);
  if (atom->exact != NULL)
    node_add_clause (n, atom->exact);
  node_free (atom);
  return n;
}

static void
concat_flush (Node      *n,
              GPtrArray *run)
{
  node_add_clause (n, run);
  g_ptr_array_set_size (run, 0);
  g_ptr_array_add (run, g_strdup (""));
}

static Node *
parse_concat (Parser *P)
{
  Node *n = node_any ();
  g_autoptr(GPtrArray) run = strset_new ();  /* the exact strings of the items since the last flush */
  gboolean flushed = FALSE;

  g_ptr_array_add (run, g_strdup (""));
  while (!at_end (P) && *P->p != '|' && *P->p != ')' && !P->failed)
    {
      g_autoptr(Node) item = apply_quantifier (P, parse_atom (P));
      gboolean fits = item->exact != NULL && run->len * item->exact->len <= MAX_EXACT;

      n->crosses |= item->crosses;

      for (guint i = 0; fits && i < run->len; i++)
        for (guint k = 0; fits && k < item->exact->len; k++)
          fits = strlen (run->pdata[i]) + strlen (item->exact->pdata[k]) <= MAX_EXACT_LEN;
      if (fits)
        {
          GPtrArray *cross = strset_new ();

          for (guint i = 0; i < run->len; i++)
            for (guint k = 0; k < item->exact->len; k++)
              {
                g_autofree char *s = g_strconcat (run->pdata[i], item->exact->pdata[k], NULL);
                strset_add (cross, s);
              }
          g_ptr_array_unref (run);
          run = cross;
          continue;
        }
      concat_flush (n, run);
      flushed = TRUE;
      if (item->exact != NULL)
        {
          g_ptr_array_unref (run);
          run = strset_copy (item->exact);
        }
      else
        for (guint i = 0; i < item->clauses->len; i++)
          node_add_clause (n, item->clauses->pdata[i]);
    }
  if (!flushed)
    {
      n->exact = g_steal_pointer (&run);
      return n;
    }
  concat_flush (n, run);
  return n;
}

static Node *
parse_alt (Parser *P)
{
  g_autoptr(GPtrArray) branches = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  gboolean all_exact = TRUE, crosses = FALSE;
  Node *n;
  GPtrArray *clause;

  g_ptr_array_add (branches, parse_concat (P));
  while (!at_end (P) && *P->p == '|' && !P->failed)
    {
      P->p++;
      g_ptr_array_add (branches, parse_concat (P));
    }
  if (branches->len == 1)
    return g_ptr_array_steal_index (branches, 0);

  for (guint i = 0; i < branches->len; i++)
    {
      all_exact &= ((Node *) branches->pdata[i])->exact != NULL;
      crosses |= ((Node *) branches->pdata[i])->crosses;
    }
  if (all_exact)
    {
      GPtrArray *u = strset_new ();

      for (guint i = 0; i < branches->len; i++)
        {
          GPtrArray *e = ((Node *) branches->pdata[i])->exact;

          for (guint k = 0; k < e->len; k++)
            strset_add (u, e->pdata[k]);
        }
      if (u->len <= MAX_EXACT)
        {
          n = node_new (u);
          n->crosses = crosses;
          return n;
        }
      n = node_any_crossing (crosses);
      node_add_clause (n, u);
      g_ptr_array_unref (u);
      return n;
    }
  n = node_any_crossing (crosses);
  clause = strset_new ();
  for (guint i = 0; i < branches->len; i++)
    {
      GPtrArray *best = node_best (branches->pdata[i]);

      if (best == NULL)
        {
          g_ptr_array_unref (clause);
          return n;
        }
      for (guint k = 0; k < best->len; k++)
        strset_add (clause, best->pdata[k]);
    }
  node_add_clause (n, clause);
  g_ptr_array_unref (clause);
  return n;
}

/* The clauses of one pattern; none when it is not understood. */
static GPtrArray *
pattern_clauses (const char *pattern,
                 gboolean   *local,
                 gboolean   *bounded)
{
  Parser P = { pattern, pattern + strlen (pattern), FALSE, FALSE };
  g_autoptr(Node) root = parse_alt (&P);
  GPtrArray *clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  *local = *bounded = FALSE;
  if (P.failed || !at_end (&P))
    return clauses;
  *local = !root->crosses;
  *bounded = *local && !P.look_crosses;
  for (guint i = 0; i < root->clauses->len; i++)
    g_ptr_array_add (clauses, strset_copy (root->clauses->pdata[i]));
  if (root->exact != NULL && !strset_has_empty (root->exact))
    g_ptr_array_add (clauses, strset_copy (root->exact));
  return clauses;
}

/* ------------------------------------------------------------------------------------------ */
/* The automaton */

static void
free_array (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

static void
build_automaton (ZtScanPrefilter *self)
{
  g_autoptr(GArray) trie = g_array_new (FALSE, FALSE, sizeof (guint32));  /* NO_STATE: no edge */
  g_autoptr(GArray) fail = g_array_new (FALSE, TRUE, sizeof (guint32));
  g_autoptr(GPtrArray) own = g_ptr_array_new_with_free_func (free_array);  /* NULL: no literal ends here */
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (free_array);
  guint nc;

  /* byte classes: each byte of a literal its own, upper-case ASCII as lower, the rest 0 */
  self->n_classes = 1;
  for (guint id = 0; id < self->literals->len; id++)
    for (const guchar *b = self->literals->pdata[id]; *b; b++)
      if (self->class_of[*b] == 0)
        self->class_of[*b] = self->n_classes++;
  for (guint c = 'A'; c <= 'Z'; c++)
    self->class_of[c] = self->class_of[c - 'A' + 'a'];
  nc = self->n_classes;

#define NEW_STATE() G_STMT_START {                                   \
    guint _at = trie->len;                                           \
    g_array_set_size (trie, _at + nc);                               \
    memset (&g_array_index (trie, guint32, _at), 0xFF, nc * sizeof (guint32)); \
    g_array_set_size (fail, fail->len + 1);                          \
    g_ptr_array_add (own, NULL);                                     \
  } G_STMT_END

  NEW_STATE ();
  for (guint32 id = 0; id < self->literals->len; id++)
    {
      guint32 s = 0;

      for (const guchar *b = self->literals->pdata[id]; *b; b++)
        {
          guint32 *edge = &g_array_index (trie, guint32, s * nc + self->class_of[*b]);

          if (*edge == NO_STATE)
            {
              guint32 next = own->len;

              *edge = next;
              NEW_STATE ();
            }
          s = g_array_index (trie, guint32, s * nc + self->class_of[*b]);
        }
      if (own->pdata[s] == NULL)
        own->pdata[s] = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_array_append_val (g_ptr_array_index (own, s), id);
    }
#undef NEW_STATE
  self->n_states = own->len;

  /* breadth first: fail links, and the complete transition function */
  for (guint c = 0; c < nc; c++)
    {
      guint32 *edge = &g_array_index (trie, guint32, c);

      if (*edge == NO_STATE)
        *edge = 0;
      else
        {
          g_array_index (fail, guint32, *edge) = 0;
          g_array_append_val (order, *edge);
        }
    }
  for (guint q = 0; q < order->len; q++)
    {
      guint32 s = g_array_index (order, guint32, q);

      for (guint c = 0; c < nc; c++)
        {
          guint32 *edge = &g_array_index (trie, guint32, s * nc + c);
          guint32 f = g_array_index (fail, guint32, s);

          if (*edge == NO_STATE)
            *edge = g_array_index (trie, guint32, f * nc + c);
          else
            {
              g_array_index (fail, guint32, *edge) = g_array_index (trie, guint32, f * nc + c);
              g_array_append_val (order, *edge);
            }
        }
    }

  /* each state's outputs: its own and its fail state's (computed first: it is shallower) */
  g_ptr_array_set_size (all, self->n_states);
  for (guint q = 0; q < order->len; q++)
    {
      guint32 s = g_array_index (order, guint32, q);
      GArray *f = all->pdata[g_array_index (fail, guint32, s)];

      if (own->pdata[s] == NULL && f == NULL)
        continue;
      all->pdata[s] = own->pdata[s] ? g_array_copy (own->pdata[s]) : g_array_new (FALSE, FALSE, sizeof (guint32));
      if (f != NULL)
        g_array_append_vals (all->pdata[s], f->data, f->len);
    }
  self->out_start = g_new0 (guint32, self->n_states + 1);
  self->outs = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint s = 0; s < self->n_states; s++)
    {
      GArray *a = all->pdata[s];

      self->out_start[s] = self->outs->len;
      if (a != NULL)
        g_array_append_vals (self->outs, a->data, a->len);
    }
  self->out_start[self->n_states] = self->outs->len;
  self->delta = (guint32 *) g_array_steal (trie, NULL);
}

/* For each literal, the clauses that hold it, of the local patterns (@local) or of the others:
 * counted, then laid out by literal. */
static void
lay_out_clauses (ZtScanPrefilter *self,
                 gboolean         local,
                 guint32        **start_out,
                 guint32        **clauses_out)
{
  guint32 *start = g_new0 (guint32, self->literals->len + 1), *clauses = NULL;

  for (int pass = 0; pass < 2; pass++)
    {
      g_autofree guint32 *fill = NULL;

      if (pass == 1)
        {
          guint32 total = 0;

          for (guint id = 0; id <= self->literals->len; id++)
            {
              guint32 c = start[id];

              start[id] = total;
              total += c;
            }
          clauses = g_new0 (guint32, MAX (total, 1));
          fill = g_memdup2 (start, sizeof (guint32) * (self->literals->len + 1));
        }
      for (guint p = 0; p < self->n_patterns; p++)
        {
          GPtrArray *mine = self->clauses->pdata[p];

          for (guint c = 0; self->local[p] == local && c < mine->len; c++)
            {
              GArray *arr = mine->pdata[c];

              for (guint k = 0; k < arr->len; k++)
                {
                  guint32 id = g_array_index (arr, guint32, k);

                  if (pass == 0)
                    start[id]++;
                  else
                    clauses[fill[id]++] = self->clause_first[p] + c;
                }
            }
        }
    }
  *start_out = start;
  *clauses_out = clauses;
}

ZtScanPrefilter *
zt_scan_prefilter_new (const char *const *patterns,
                       guint              n_patterns)
{
  ZtScanPrefilter *self = g_new0 (ZtScanPrefilter, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  self->n_patterns = n_patterns;
  self->clauses = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->literals = strset_new ();
  self->local = g_new0 (gboolean, n_patterns);
  self->bounded = g_new0 (gboolean, n_patterns);
  self->clause_first = g_new0 (guint32, n_patterns + 1);
  for (guint i = 0; i < n_patterns; i++)
    {
      g_autoptr(GPtrArray) clauses = pattern_clauses (patterns[i], &self->local[i], &self->bounded[i]);
      GPtrArray *mine = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

      self->clause_first[i] = self->n_clauses;
      self->n_clauses += clauses->len;

      for (guint c = 0; c < clauses->len; c++)
        {
          GPtrArray *set = clauses->pdata[c];
          GArray *a = g_array_new (FALSE, FALSE, sizeof (guint32));

          for (guint k = 0; k < set->len; k++)
            {
              gpointer id;
              guint32 n;

              if (!g_hash_table_lookup_extended (ids, set->pdata[k], NULL, &id))
                {
                  id = GUINT_TO_POINTER (self->literals->len);
                  g_ptr_array_add (self->literals, g_strdup (set->pdata[k]));
                  g_hash_table_insert (ids, self->literals->pdata[self->literals->len - 1], id);
                }
              n = GPOINTER_TO_UINT (id);
              g_array_append_val (a, n);
            }
          g_ptr_array_add (mine, a);
        }
      g_ptr_array_add (self->clauses, mine);
    }
  self->clause_first[n_patterns] = self->n_clauses;

  /* which clauses each literal satisfies, of the local patterns and of the others */
  lay_out_clauses (self, TRUE, &self->lit_clause_start, &self->lit_clauses);
  lay_out_clauses (self, FALSE, &self->lit_gclause_start, &self->lit_gclauses);
  self->clause_pattern = g_new0 (guint32, MAX (self->n_clauses, 1));
  for (guint p = 0; p < n_patterns; p++)
    for (guint32 q = self->clause_first[p]; q < self->clause_first[p + 1]; q++)
      self->clause_pattern[q] = p;
  build_automaton (self);
  return self;
}

void
zt_scan_prefilter_free (ZtScanPrefilter *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->clauses);
  g_ptr_array_unref (self->literals);
  g_free (self->local);
  g_free (self->bounded);
  g_free (self->clause_first);
  g_free (self->lit_clause_start);
  g_free (self->lit_clauses);
  g_free (self->lit_gclause_start);
  g_free (self->lit_gclauses);
  g_free (self->clause_pattern);
  g_free (self->delta);
  g_free (self->out_start);
  g_array_unref (self->outs);
  g_free (self);
}

/* Of the local patterns @touched (a clause of each had a literal in sentence @seg,
 * text[@start, @end)), those whose every clause has; with @from and @to, each one's first and
 * last such sentence. */
static void
sentence_done (const ZtScanPrefilter *self,
               const guint32         *clause_seen,
               const guint32         *touched,
               guint                  n_touched,
               guint32                seg,
               gboolean              *may_match,
               gsize                  start,
               gsize                  end,
               gsize                 *from,
               gsize                 *to)
{
  for (guint t = 0; t < n_touched; t++)
    {
      guint32 p = touched[t];
      gboolean all = TRUE;

      /* one that is not bounded is read to the end of the text from its first sentence */
      if (may_match[p] && (to == NULL || !self->bounded[p]))
        continue;
      for (guint32 q = self->clause_first[p]; all && q < self->clause_first[p + 1]; q++)
        all = clause_seen[q] == seg;
      if (!all)
        continue;
      if (to != NULL)
        {
          if (!may_match[p])
            from[p] = start;
          to[p] = end;
        }
      may_match[p] = TRUE;
    }
}

/* Each thread's marks, kept from call to call: stamps, not flags (the sentence where each
 * state, clause and pattern was last seen, numbered on across calls), so a call clears nothing;
 * the arrays are some 100 KiB and a text a few. */
typedef struct {
  const ZtScanPrefilter *owner;
  guint                  n_states, n_clauses;  /* the arrays' sizes */
  guint32                stamp;  /* the last sentence number used */
  guint32               *state_seen;
  guint32               *clause_seen;
  guint                  n_patterns;
  guint32               *pattern_seen;  /* the sentence in which a clause of it last had a literal */
  guint32               *touched;       /* the local patterns of this sentence, so far */
} Marks;

static void
marks_free (gpointer data)
{
  Marks *m = data;

  g_free (m->state_seen);
  g_free (m->clause_seen);
  g_free (m->pattern_seen);
  g_free (m->touched);
  g_free (m);
}

/* A thread keeps marks for a few prefilters at once (the tool scan runs two in turn: its rules'
 * and its readings of a description), so that taking turns does not clear them each time. */
#define N_MARKS 4

static void
marks_free_all (gpointer data)
{
  Marks **all = data;

  for (guint i = 0; i < N_MARKS; i++)
    if (all[i] != NULL)
      marks_free (all[i]);
  g_free (all);
}

static GPrivate thread_marks = G_PRIVATE_INIT (marks_free_all);

static Marks *
marks_for (const ZtScanPrefilter *self,
           gsize                  len)
{
  Marks **all = g_private_get (&thread_marks);
  Marks *m = NULL;
  guint slot = 0;

  if (all == NULL)
    {
      all = g_new0 (Marks *, N_MARKS);
      g_private_set (&thread_marks, all);
    }
  /* its own slot, else a free one, else the last (the others move up: the last is the oldest) */
  for (slot = 0; slot < N_MARKS && all[slot] != NULL && all[slot]->owner != self; slot++)
    ;
  if (slot == N_MARKS)
    slot = N_MARKS - 1;
  if (all[slot] == NULL)
    all[slot] = g_new0 (Marks, 1);
  m = all[slot];
  memmove (all + 1, all, slot * sizeof (Marks *));
  all[0] = m;
  /* another prefilter (tests build several; a new one may have a freed one's address, hence
   * the sizes), or stamps that could wrap during this text. Marks left by another prefilter of
   * the same sizes are all at most the stamp, so they read as not seen. */
  if (m->owner != self || m->n_states != self->n_states ||
      m->n_clauses != self->n_clauses || m->n_patterns != self->n_patterns || len >= G_MAXUINT32 - 2 ||
      m->stamp >= G_MAXUINT32 - len - 2)
    {
      g_free (m->state_seen);
      g_free (m->clause_seen);
      g_free (m->pattern_seen);
      g_free (m->touched);
      m->n_patterns = self->n_patterns;
      m->pattern_seen = g_new0 (guint32, self->n_patterns + 1);
      m->touched = g_new0 (guint32, self->n_patterns + 1);
      m->owner = self;
      m->n_states = self->n_states;
      m->n_clauses = self->n_clauses;
      m->stamp = 0;
      m->state_seen = g_new0 (guint32, self->n_states);
      m->clause_seen = g_new0 (guint32, self->n_clauses + 1);
    }
  return m;
}

void
zt_scan_prefilter_run (const ZtScanPrefilter *self,
                       const char            *text,
                       gsize                  len,
                       gboolean              *may_match)
{
  zt_scan_prefilter_run_spans (self, text, len, may_match, NULL, NULL);
}

void
zt_scan_prefilter_run_spans (const ZtScanPrefilter *self,
                             const char            *text,
                             gsize                  len,
                             gboolean              *may_match,
                             gsize                 *from,
                             gsize                 *to)
{
  guint32 *state_seen, *clause_seen, *pattern_seen, *touched;
  const guint32 *delta, *out_start, *outs;
  guint nc, n_touched = 0;
  guint32 s = 0, base, seg;
  gsize start = 0;
  Marks *m;

  g_return_if_fail (self != NULL && (text != NULL || len == 0) && may_match != NULL);
  g_return_if_fail ((from == NULL) == (to == NULL));

  delta = self->delta;
  out_start = self->out_start;
  outs = (const guint32 *) self->outs->data;
  nc = self->n_classes;
  m = marks_for (self, len);
  state_seen = m->state_seen;
  clause_seen = m->clause_seen;
  pattern_seen = m->pattern_seen;
  touched = m->touched;
  base = m->stamp;
  seg = base + 1;
  for (guint p = 0; p < self->n_patterns; p++)
    {
      may_match[p] = self->local[p] && self->clause_first[p] == self->clause_first[p + 1];
      if (from != NULL)
        {
          from[p] = 0;
          to[p] = len;
        }
    }
  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      s = delta[s * nc + self->class_of[c]];
      /* a state's outputs are marked the first time it is reached in each sentence */
      if (out_start[s] != out_start[s + 1] && state_seen[s] != seg)
        {
          state_seen[s] = seg;
          for (guint32 k = out_start[s]; k < out_start[s + 1]; k++)
            {
              guint32 id = outs[k];

              /* the local patterns' clauses, by sentence, and the patterns they belong to */
              for (guint32 q = self->lit_clause_start[id]; q < self->lit_clause_start[id + 1]; q++)
                {
                  guint32 clause = self->lit_clauses[q], p = self->clause_pattern[clause];

                  clause_seen[clause] = seg;
                  if (pattern_seen[p] != seg)
                    {
                      pattern_seen[p] = seg;
                      touched[n_touched++] = p;
                    }
                }
              /* the others' clauses: seen in this text when the mark is past @base */
              for (guint32 q = self->lit_gclause_start[id]; q < self->lit_gclause_start[id + 1]; q++)
                clause_seen[self->lit_gclauses[q]] = seg;
            }
        }
      /* a local literal holds no sentence end, so none ends on one: the sentence is complete */
      if (IS_STOP (c))
        {
          /* the sentence's span holds its stop, which a bounded pattern's lookahead may read */
          sentence_done (self, clause_seen, touched, n_touched, seg, may_match, start, i + 1, from, to);
          n_touched = 0;
          seg++;
          start = i + 1;
        }
    }
  sentence_done (self, clause_seen, touched, n_touched, seg, may_match, start, len, from, to);
  m->stamp = seg;

  /* a local pattern with a lookaround that may read on past its sentence's stop is matched
   * from its first sentence to the end of the text */
  for (guint p = 0; from != NULL && p < self->n_patterns; p++)
    if (self->local[p] && !self->bounded[p])
      to[p] = len;

  /* the others: each clause has a literal somewhere in the text */
  for (guint p = 0; p < self->n_patterns; p++)
    {
      gboolean may = TRUE;

      if (self->local[p])
        continue;
      for (guint32 q = self->clause_first[p]; may && q < self->clause_first[p + 1]; q++)
        may = clause_seen[q] > base;
      may_match[p] = may;
    }
}

guint
zt_scan_prefilter_get_n_unfiltered (const ZtScanPrefilter *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (guint p = 0; p < self->n_patterns; p++)
    n += ((GPtrArray *) self->clauses->pdata[p])->len == 0;
  return n;
}

guint
zt_scan_prefilter_get_n_literals (const ZtScanPrefilter *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->literals->len;
}

char *
zt_scan_prefilter_describe (const ZtScanPrefilter *self,
                            guint                  i)
{
  GString *out = g_string_new (NULL);
  GPtrArray *clauses;

  g_return_val_if_fail (self != NULL && i < self->n_patterns, NULL);
  clauses = self->clauses->pdata[i];
  if (self->local[i])
    g_string_append (out, "sentence: ");
  for (guint c = 0; c < clauses->len; c++)
    {
      GArray *a = clauses->pdata[c];

      g_string_append (out, c > 0 ? " & (" : "(");
      for (guint k = 0; k < a->len; k++)
        g_string_append_printf (out, "%s\"%s\"", k > 0 ? "|" : "",
                                (const char *) self->literals->pdata[g_array_index (a, guint32, k)]);
      g_string_append_c (out, ')');
    }
  return g_string_free (out, FALSE);
}
