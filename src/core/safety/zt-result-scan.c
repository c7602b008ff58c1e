/* zt-result-scan.c: one tool result's texts scanned for injected instructions, hidden text, secrets */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "zt-result-scan-private.h"
#include "zt-secrets.h"
#include "zt-util.h"

struct _ZtResultScan {
  ZtResultScanMode  mode;
  const ZtScanConfig *config;       /* the service's overrides (NULL: none) */
  GPtrArray        *findings;       /* of ZtScanFinding */
  gsize             phrase_budget;  /* bytes the phrase rules may still read */
  gboolean          unscanned;      /* "result.unscanned" already said */
};

ZtResultScan *
zt_result_scan_new (ZtResultScanMode mode)
{
  ZtResultScan *self = g_new0 (ZtResultScan, 1);

  self->mode = mode;
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_scan_finding_free);
  self->phrase_budget = ZT_RESULT_SCAN_PHRASE_BUDGET;
  return self;
}

void
zt_result_scan_set_config (ZtResultScan       *self,
                           const ZtScanConfig *config)
{
  g_return_if_fail (self != NULL);
  self->config = config;
}

void
zt_result_scan_free (ZtResultScan *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->findings);
  g_free (self);
}

static void
add (ZtResultScan   *self,
     const char     *rule,
     ZtScanSeverity  severity,
     const char     *path,
     gsize           start,
     gsize           end,
     char           *excerpt)
{
  ZtScanFinding *f;

  switch (zt_scan_config_action (self->config, rule))
    {
    case ZT_SCAN_RULE_OFF:
      g_free (excerpt);
      return;
    case ZT_SCAN_RULE_WARN:
      severity = ZT_SCAN_SEVERITY_MEDIUM;
      break;
    case ZT_SCAN_RULE_BLOCK:
      severity = MAX (severity, ZT_SCAN_SEVERITY_HIGH);
      break;
    case ZT_SCAN_RULE_DEFAULT:
    default:
      break;
    }
  f = g_new0 (ZtScanFinding, 1);
  f->rule = rule;
  f->severity = severity;
  f->path = g_strdup (path);
  f->start = start;
  f->end = end;
  f->excerpt = excerpt;
  g_ptr_array_add (self->findings, f);
}

/* ---------------------------------------------------------------------------------------- */
/* The pre-check: is the phrase scan worth its 50-400 us?                                   */

/* Word beginnings of the phrase rules' and the word-kind scorer's vocabulary (zt-tool-scan.c),
 * lower case, in English and the other languages it reads that are written in ASCII. Every
 * phrase rule and the scorer need two words of their classes within one sentence, so two words
 * that begin like these in one sentence send the text to the phrase scan (one alone does not:
 * "deploy key" is no instruction). The ROT13 and l33t readings of each word are looked up too.
 * Kept broad on purpose: a false alarm costs time, a miss costs a finding; measured against the
 * safety corpus in test-result-filter. */
static const char *stems[] = {
  "ignor", "disregard", "forget", "bypass", "neglect", "abandon", "discard", "overrid",
  "instruct", "prompt", "guideline", "directive", "guidance", "guardrail", "restrict", "polic",
  "system", "safety", "obsolete", "suspend", "supersed", "revok", "assistant", "model", "ai",
  "llm", "claude", "gpt", "chatgpt", "gemini", "agent", "bot", "important", "critical", "urgent",
  "mandator", "essential", "secret", "mention", "reveal", "hidden", "silent", "disclos",
  "pretend", "ssh", "rsa", "dsa", "ecdsa", "ed25519", "authorized", "passw", "shadow", "sudo",
  "credential", "token", "key", "env", "aws", "config", "keychain", "wallet", "cookie", "histor",
  "privat", "mcp", "netrc", "npmrc", "pypirc", "docker", "kube", "gnupg", "gpg", "bash", "zsh",
  "pem", "seed", "mnemonic", "recover", "otp", "2fa", "ssn", "social", "passport", "bank",
  "iban", "birth", "cred", "auth", "bearer", "exfil", "transmit", "leak", "steal", "harvest",
  "upload", "forward", "webhook", "endpoint", "collector", "attacker", "telemetry", "analytic",
  "invok", "prepend", "rewrite", "intercept", "redirect", "reroute", "sidenote", "payload",
  "conversation", "dialog", "transcript", "everything", "verbatim", "discuss", "anthropic",
  "openai", "complian", "securit", "curl", "wget", "chmod", "eval", "exec", "powershell",
  "base64", "oubli", "olvid", "vergiss", "dimentic", "esquec", "istruz", "anweis", "anleit",
  "regel", "regl", "preceden", "anterior", "vorherig", "precedent", "contrase", "senha",
  "utilisat", "usuar", "benutz", "utent", "nutzer", "zignoruj", "poprzedn", "instrukcj",
  "ignora", "cach", "oculta", "versteck", "nascost", "segre", "geheim", "clave", "chiave",
  "chave", "schluss", "passwort", "contras",
  "rule", "previous", "prior", "earlier", "above", "former", "original", "initial", "new",
  "updat", "replac", "cancel", "void", "you", "must", "always", "never", "should", "shall",
  "need", "requir", "before", "after", "first", "instead", "only", "do", "don", "not", "tell",
  "hide", "quiet", "inform", "notif", "user", "human", "without", "unless", "note", "remember",
  "act", "role", "id", "home", "document", "desktop", "picture", "photo", "git", "card", "phone",
  "address", "email", "login", "browser", "chrome", "firefox", "safari", "edge", "profile",
  "file", "folder", "director", "path", "etc", "var", "tmp", "root", "admin", "api", "session",
  "access", "identity", "personal", "data", "read", "cat", "open", "load", "includ", "send",
  "sent", "pass", "attach", "provid", "copy", "past", "extract", "collect", "gather", "fetch",
  "dump", "print", "output", "embed", "append", "insert", "put", "share", "retriev", "grab",
  "obtain", "look", "inspect", "post", "submit", "add", "fill", "write", "supply", "enter",
  "repeat", "populat", "report", "echo", "summar", "give", "place", "set", "save", "store",
  "log", "record", "backup", "sync", "mirror", "export", "transfer", "mail", "message", "notify",
  "ping", "http", "www", "server", "url", "remote", "external", "monitor", "domain", "host",
  "outside", "third", "ip", "change", "modify", "route", "use", "call", "approv", "confirm",
  "accept", "say", "answer", "respond", "reply", "cc", "bcc", "tool", "function", "paramet",
  "argument", "field", "param", "metadata", "comment", "input", "value", "propert", "result",
  "respons", "chat", "messag", "context", "window", "thread", "entire", "full", "complete",
  "whole", "raw", "exact", "last", "recent", "said", "typed", "wrote", "written", "developer",
  "operator", "author", "offici", "approved", "pre", "verif", "audit", "trust", "legit", "safe",
  "harmless", "test", "debug", "mode", "priorit", "preced", "emergenc", "maintenan", "vendor",
  "team", "support", "rm", "sh", "nc", "python", "node", "run", "execut", "command", "shell",
  "script", "download", "install", "delete", "remov", "dites", "diga", "dig", "sag", "dire",
  "zeig", "envoy", "envi", "invi", "schick", "lies", "lee", "leggi", "ler", "lis", "mot",
  "wszystk", "nie", "mow", "ne", "pas", "rien", "nada", "nicht", "non", "nao", "todas", "toutes",
  "alle", "tutte", "todos", "fichier", "archiv", "datei", "cartell", "pasta", "fich", "passe",
  "parola",
  /* added after the held-out set's first look: other languages' tool, field, always, add, use */
  "ajout", "toujours", "outil", "utilis", "envoi", "jamais", "doit", "devez", "champ", "feld", "immer",
  "muss", "werkzeug", "hinzu", "siempre", "nunca", "debe", "herramienta", "campo", "agreg", "usa",
  "sempre", "deve", "strumento", "aggiung", "ferramenta", "adicion", "info",
};

/* The stems of one table by their first character, with their lengths, built once: a word is
 * compared with the few that begin like it, not with all 400. */
typedef struct {
  const char *stem;
  gsize       len;
} Stem;

typedef struct {
  GArray *by_first[128];  /* Stem */
} StemIndex;

static StemIndex *
stem_index_new (const char *const *table,
                guint              n_stems)
{
  StemIndex *index = g_new0 (StemIndex, 1);

  for (guint i = 0; i < n_stems; i++)
    {
      guchar c = table[i][0];
      Stem s = { table[i], strlen (table[i]) };

      g_assert (c < 128);
      if (index->by_first[c] == NULL)
        index->by_first[c] = g_array_new (FALSE, FALSE, sizeof (Stem));
      g_array_append_val (index->by_first[c], s);
    }
  return index;
}

static gboolean
is_stem_of (const StemIndex *index,
            const char      *word,
            gsize            len)
{
  GArray *bucket = (guchar) word[0] < 128 ? index->by_first[(guchar) word[0]] : NULL;

  for (guint i = 0; bucket != NULL && i < bucket->len; i++)
    {
      const Stem *s = &g_array_index (bucket, Stem, i);

      if (s->len <= len && memcmp (s->stem, word, s->len) == 0)
        return TRUE;
    }
  return FALSE;
}

static const StemIndex *
stem_index (void)
{
  static StemIndex *index;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      index = stem_index_new (stems, G_N_ELEMENTS (stems));
      g_once_init_leave (&once, 1);
    }
  return index;
}

/* A word (letters, digits as l33t letters) that begins like the vocabulary, as it is or in ROT13. */
static gboolean
word_in_vocabulary (const char *w,
               gsize       len)
{
  char plain[32], rot[32];
  gsize n = MIN (len, sizeof plain);

  for (gsize i = 0; i < n; i++)
    {
      char c = g_ascii_tolower (w[i]);

      /* l33t: 1gn0r3 reads as ignore */
      c = c == '0' ? 'o' : c == '1' ? 'i' : c == '3' ? 'e' : c == '4' ? 'a' : c == '5' ? 's' : c == '7' ? 't' : c;
      plain[i] = c;
      rot[i] = g_ascii_isalpha (c) ? 'a' + (c - 'a' + 13) % 26 : c;
    }
  return is_stem_of (stem_index (), plain, n) || is_stem_of (stem_index (), rot, n);
}

/* A run of base64 or hex characters that decodes to mostly printable text (an encoded
 * instruction, which zt-tool-scan decodes and reads). */
static gboolean
encoded_text (const char *run,
              gsize       len)
{
  guchar out[192];
  gint state = 0;
  guint save = 0, printable = 0;
  gsize n, take = MIN (len, 256);
  gboolean hex = TRUE;

  for (gsize i = 0; i < take; i++)
    hex &= g_ascii_isxdigit (run[i]);
  if (hex)
    {
      n = take / 2;
      for (gsize i = 0; i < n; i++)
        out[i] = g_ascii_xdigit_value (run[2 * i]) * 16 + g_ascii_xdigit_value (run[2 * i + 1]);
    }
  else
    n = g_base64_decode_step (run, take & ~(gsize) 3, out, &state, &save);
  for (gsize i = 0; i < n; i++)
    printable += (out[i] >= 0x20 && out[i] < 0x7F) || out[i] == '\n' || out[i] == '\t';
  return n >= 8 && printable * 4 >= n * 3;
}

static gboolean
b64_char (char c)
{
  return g_ascii_isalnum (c) || c == '+' || c == '/' || c == '=' || c == '-' || c == '_';
}

static gboolean
has_letter (const char *w,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (g_ascii_isalpha (w[i]))
      return TRUE;
  return FALSE;
}

/* Non-ASCII (confusables, tag characters, other scripts), controls and ANSI, markup, entities
 * and percent-encoding, paths under home. */
static gboolean
special_at (const char *text,
            gsize       len,
            gsize       i)
{
  guchar c = text[i];

  return c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '<' || c == '~' ||
         (c == '[' && i + 2 < len && text[i + 1] == '/' && text[i + 2] == '/') ||
         (c == '&' && i + 1 < len && (text[i + 1] == '#' || g_ascii_isalpha (text[i + 1]))) ||
         (c == '%' && i + 2 < len && g_ascii_isxdigit (text[i + 1]) && g_ascii_isxdigit (text[i + 2]));
}

gboolean
zt_result_text_needs_phrase_scan (const char *text,
                                  gsize       len)
{
  gsize single_letters = 0, b64_end = 0;
  guint words = 0;  /* of the vocabulary, in this sentence */

  for (gsize i = 0; i < len;)
    {
      char c = text[i];

      if (special_at (text, len, i))
        return TRUE;
      /* an encoded run is decoded once, from where it starts (linear: runs do not overlap) */
      if (i >= b64_end && b64_char (c))
        {
          for (b64_end = i; b64_end < len && b64_char (text[b64_end]); b64_end++)
            ;
          if (b64_end - i >= 16 && encoded_text (text + i, b64_end - i))
            return TRUE;
        }
      if (g_ascii_isalnum (c))
        {
          gsize j = i;

          while (j < len && g_ascii_isalnum (text[j]))
            j++;
          /* s p a c e d letters */
          single_letters = j - i == 1 ? single_letters + 1 : 0;
          if (single_letters >= 4)
            return TRUE;
          if (j - i >= 2 && has_letter (text + i, j - i) && word_in_vocabulary (text + i, j - i) && ++words >= 2)
            return TRUE;
          i = j;
          continue;
        }
      /* the phrase rules and the word-kind scorer stay inside one sentence */
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n')
        words = 0;
      i++;
    }
  return FALSE;
}

/* ---------------------------------------------------------------------------------------- */
/* Scanning one text                                                                        */

static gboolean
plain_ascii (const char *text,
             gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x7F || ((guchar) text[i] < 0x20 && text[i] != '\t' && text[i] != '\n' && text[i] != '\r'))
      return FALSE;
  return TRUE;
}

/* ---------------------------------------------------------------------------------------- */
/* Remembered verdicts                                                                      */

/* What a text's scan finds is a pure function of the text (the phrase rules, the secret
 * detector), and servers answer the same text again and again (a status line, a file read
 * twice, a page fetched by several calls), so for the texts the pre-check sends to the phrase
 * rules, findings are kept by the SHA-256 of the text: a hash (~8 us a KiB) instead of the
 * rules (0.3-0.8 ms a KiB with the prefilter) and the secret detector (15-25 us a KiB). Bounded: the least recently used of PHRASE_CACHE_SIZE
 * texts is forgotten first; the texts themselves are not kept, only what was found in them
 * (excerpts already redacted). Process-wide, since the rules are. */
#define PHRASE_CACHE_SIZE 256

typedef struct {
  guint8     digest[32];
  GPtrArray *phrases;   /* ZtScanFinding, path NULL, excerpt redacted; NULL: not known */
  GArray    *secrets;   /* ZtSecretSpan; NULL: not known */
  GList      link;      /* in phrase_cache.lru, most recent first */
} CachedText;

static struct {
  GMutex      lock;
  GHashTable *by_digest;  /* digest -> CachedText */
  GQueue      lru;
  gboolean    disabled;
  guint       hits;
} phrase_cache;

static guint
digest_hash (gconstpointer key)
{
  guint h;

  memcpy (&h, key, sizeof h);
  return h;
}

static gboolean
digest_equal (gconstpointer a,
              gconstpointer b)
{
  return memcmp (a, b, 32) == 0;
}

static void
cached_text_free (CachedText *c)
{
  g_clear_pointer (&c->phrases, g_ptr_array_unref);
  g_clear_pointer (&c->secrets, g_array_unref);
  g_free (c);
}

static ZtScanFinding *
finding_copy (const ZtScanFinding *f)
{
  ZtScanFinding *copy = g_new0 (ZtScanFinding, 1);

  copy->rule = f->rule;
  copy->severity = f->severity;
  copy->start = f->start;
  copy->end = f->end;
  copy->excerpt = g_strdup (f->excerpt);
  return copy;
}

static GPtrArray *
findings_copy (GPtrArray *findings)
{
  GPtrArray *copy = g_ptr_array_new_full (findings->len, (GDestroyNotify) zt_scan_finding_free);

  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (copy, finding_copy (findings->pdata[i]));
  return copy;
}

static void
text_digest (const char *text,
             gsize       len,
             guint8      digest[32])
{
  zt_sha256 (text, len, digest);
}

/* Copies of what is remembered for @digest (each NULL when not known). */
static void
cache_lookup (const guint8  digest[32],
              GPtrArray   **phrases,
              GArray      **secrets)
{
  CachedText *c;

  *phrases = NULL;
  if (secrets != NULL)
    *secrets = NULL;
  g_mutex_lock (&phrase_cache.lock);
  if (!phrase_cache.disabled && phrase_cache.by_digest != NULL &&
      (c = g_hash_table_lookup (phrase_cache.by_digest, digest)) != NULL)
    {
      g_queue_unlink (&phrase_cache.lru, &c->link);
      g_queue_push_head_link (&phrase_cache.lru, &c->link);
      if (c->phrases != NULL)
        *phrases = findings_copy (c->phrases);
      if (secrets != NULL && c->secrets != NULL)
        *secrets = g_array_copy (c->secrets);
      phrase_cache.hits++;
    }
  g_mutex_unlock (&phrase_cache.lock);
}

/* Remembers what is not NULL of @phrases and @secrets for @digest. */
static void
cache_store (const guint8  digest[32],
             GPtrArray    *phrases,
             GArray       *secrets)
{
  CachedText *c;

  g_mutex_lock (&phrase_cache.lock);
  if (phrase_cache.disabled)
    {
      g_mutex_unlock (&phrase_cache.lock);
      return;
    }
  if (phrase_cache.by_digest == NULL)
    phrase_cache.by_digest = g_hash_table_new_full (digest_hash, digest_equal, NULL,
                                                    (GDestroyNotify) cached_text_free);
  if ((c = g_hash_table_lookup (phrase_cache.by_digest, digest)) == NULL)
    {
      c = g_new0 (CachedText, 1);
      memcpy (c->digest, digest, 32);
      c->link.data = c;
      g_queue_push_head_link (&phrase_cache.lru, &c->link);
      g_hash_table_insert (phrase_cache.by_digest, c->digest, c);
    }
  if (phrases != NULL && c->phrases == NULL)
    c->phrases = findings_copy (phrases);
  if (secrets != NULL && c->secrets == NULL)
    c->secrets = g_array_copy (secrets);
  while (phrase_cache.lru.length > PHRASE_CACHE_SIZE)
    {
      CachedText *old = g_queue_peek_tail (&phrase_cache.lru);

      g_queue_unlink (&phrase_cache.lru, &old->link);
      g_hash_table_remove (phrase_cache.by_digest, old->digest);
    }
  g_mutex_unlock (&phrase_cache.lock);
}

void
_zt_result_scan_clear_cache (void)
{
  g_mutex_lock (&phrase_cache.lock);
  while (phrase_cache.by_digest != NULL && phrase_cache.lru.length > 0)
    {
      CachedText *old = g_queue_peek_tail (&phrase_cache.lru);

      g_queue_unlink (&phrase_cache.lru, &old->link);
      g_hash_table_remove (phrase_cache.by_digest, old->digest);
    }
  g_mutex_unlock (&phrase_cache.lock);
}

void
_zt_result_scan_set_cache (gboolean enabled)
{
  g_mutex_lock (&phrase_cache.lock);
  phrase_cache.disabled = !enabled;
  g_mutex_unlock (&phrase_cache.lock);
  if (!enabled)
    _zt_result_scan_clear_cache ();
}

guint
_zt_result_scan_get_cache_hits (void)
{
  guint hits;

  g_mutex_lock (&phrase_cache.lock);
  hits = phrase_cache.hits;
  g_mutex_unlock (&phrase_cache.lock);
  return hits;
}

/* The phrase rules' findings for @text[0, len), excerpts redacted, path NULL. */
static GPtrArray *
phrase_findings (const char *text,
                 gsize       len)
{
  g_autofree char *part = g_strndup (text, len);
  g_autoptr(GPtrArray) raw = zt_tool_scan_text (part);
  GPtrArray *found = g_ptr_array_new_with_free_func ((GDestroyNotify) zt_scan_finding_free);

  for (guint i = 0; i < raw->len; i++)
    {
      ZtScanFinding *f = finding_copy (raw->pdata[i]);

      /* the excerpt is shown to the client and kept in logs: no secret in it */
      g_free (f->excerpt);
      f->excerpt = ((ZtScanFinding *) raw->pdata[i])->excerpt
                   ? zt_secrets_redact (((ZtScanFinding *) raw->pdata[i])->excerpt, NULL) : NULL;
      g_ptr_array_add (found, f);
    }
  return found;
}

/* How much of @text the phrase rules may read (the budget left, cut on a character), and the
 * "result.unscanned" finding when that is not all of it. */
static gsize
phrase_take (ZtResultScan *self,
             const char   *path,
             const char   *text,
             gsize         len)
{
  gsize take = MIN (len, self->phrase_budget);

  if (take < len)
    {
      const char *cut = g_utf8_find_prev_char (text, text + take + 1);
      take = cut != NULL ? (gsize) (cut - text) : 0;
      if (!self->unscanned)
        add (self, "result.unscanned", ZT_SCAN_SEVERITY_LOW, path, take, len,
             g_strdup_printf ("(not read for instructions past %u KiB of the result)", ZT_RESULT_SCAN_PHRASE_BUDGET / 1024));
      self->unscanned = TRUE;
    }
  self->phrase_budget -= take;
  return take;
}

/* The phrase rules over @text[0, take), which the pre-check sent to them; @known: what the
 * cache holds for the whole of @text (NULL: nothing), @digest: its SHA-256. */
static void
scan_phrases (ZtResultScan *self,
              const char   *path,
              const char   *text,
              gsize         len,
              gsize         take,
              const guint8  digest[32],
              GPtrArray    *known)
{
  g_autoptr(GPtrArray) found = NULL;
  guint8 part_digest[32];

  if (take == len)
    found = known != NULL ? g_ptr_array_ref (known) : NULL;
  else
    {
      /* a part of the text: remembered under its own digest */
      text_digest (text, take, part_digest);
      digest = part_digest;
      cache_lookup (digest, &found, NULL);
    }
  if (found == NULL)
    {
      found = phrase_findings (text, take);
      cache_store (digest, found, NULL);
    }
  for (guint i = 0; i < found->len; i++)
    {
      ZtScanFinding *f = found->pdata[i];

      add (self, f->rule, f->severity, path, f->start, f->end, g_strdup (f->excerpt));
    }
}

static gboolean
said_hidden (ZtResultScan *self,
             guint         from)
{
  for (guint i = from; i < self->findings->len; i++)
    if (g_str_has_prefix (((ZtScanFinding *) self->findings->pdata[i])->rule, "hidden."))
      return TRUE;
  return FALSE;
}

static const char *
secret_rule (ZtSecretKind kind)
{
  char rule[64];

  g_snprintf (rule, sizeof rule, "secret.%s", zt_secret_kind_to_string (kind));
  return g_intern_string (rule);
}

char *
zt_result_scan_text (ZtResultScan *self,
                     const char   *path,
                     const char   *text)
{
  gsize len;
  g_autoptr(GArray) secrets = NULL;
  g_autoptr(GArray) redact = NULL;
  g_autoptr(GPtrArray) known = NULL;
  g_autofree char *clean = NULL;
  char *redacted;
  guint before;
  gsize take;
  guint8 digest[32];

  g_return_val_if_fail (self != NULL && path != NULL && text != NULL, NULL);
  if (self->mode == ZT_RESULT_SCAN_OFF)
    return NULL;
  len = strlen (text);
  before = self->findings->len;
  take = phrase_take (self, path, text, len);
  /* Only texts the pre-check sends to the phrase rules are hashed and remembered: for the
   * others (most answers) the hash would cost a third of what it saves, on every call. */
  if (take > 0 && zt_result_text_needs_phrase_scan (text, take))
    {
      text_digest (text, len, digest);
      cache_lookup (digest, &known, &secrets);
      scan_phrases (self, path, text, len, take, digest, known);
      if (secrets == NULL)
        {
          secrets = zt_secrets_find (text, len);
          cache_store (digest, NULL, secrets);
        }
    }
  else
    secrets = zt_secrets_find (text, len);
  for (guint i = 0; i < secrets->len; i++)
    {
      const ZtSecretSpan *sp = &g_array_index (secrets, ZtSecretSpan, i);
      add (self, secret_rule (sp->kind), ZT_SCAN_SEVERITY_HIGH, path, sp->start, sp->end, NULL);
    }

  /* hidden characters go in every mode but off; the whole text, past the phrase budget too */
  if (!plain_ascii (text, len))
    {
      clean = zt_text_neutralise (text);
      if (strcmp (clean, text) == 0)
        g_clear_pointer (&clean, g_free);
      else if (!said_hidden (self, before))
        /* past the phrase budget the scanner did not say it: removing must not go unsaid */
        add (self, "result.hidden", ZT_SCAN_SEVERITY_MEDIUM, path, 0, len, NULL);
    }
  if (self->mode != ZT_RESULT_SCAN_REDACT || secrets->len == 0)
    return g_steal_pointer (&clean);
  /* redact first, then neutralise: the spans are offsets in the text as it came; a kind the
   * service turned off or to warn stays as it is */
  redact = g_array_sized_new (FALSE, FALSE, sizeof (ZtSecretSpan), secrets->len);
  for (guint i = 0; i < secrets->len; i++)
    {
      const ZtSecretSpan *sp = &g_array_index (secrets, ZtSecretSpan, i);
      ZtScanRuleAction action = zt_scan_config_action (self->config, secret_rule (sp->kind));

      if (action != ZT_SCAN_RULE_OFF && action != ZT_SCAN_RULE_WARN)
        g_array_append_val (redact, *sp);
    }
  redacted = zt_secrets_redact_spans (text, len, redact);
  if (redacted == NULL)
    return g_steal_pointer (&clean);
  if (clean != NULL)
    {
      char *both = zt_text_neutralise (redacted);
      g_free (redacted);
      redacted = both;
    }
  return redacted;
}

GPtrArray *
zt_result_scan_get_findings (ZtResultScan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->findings;
}

static gboolean
is_secret (const ZtScanFinding *f)
{
  return g_str_has_prefix (f->rule, "secret.");
}

/* Hidden characters that neutralising removes are no reason to withhold a result: what the
 * client gets no longer holds them. Comments, CSS-hidden text and homoglyphs stay in it. */
static gboolean
removed_by_neutralising (const ZtScanFinding *f)
{
  static const char *rules[] = { "hidden.tag-chars", "hidden.zero-width", "hidden.bidi", "hidden.bidi-mark",
                                 "hidden.ansi", "hidden.control", "result.hidden" };

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (strcmp (f->rule, rules[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A high finding: every secret is, unless the service made its kind warn (then it is medium) */
static gboolean
blocks (const ZtScanFinding *f)
{
  return f->severity >= ZT_SCAN_SEVERITY_HIGH && !removed_by_neutralising (f);
}

const ZtScanFinding *
zt_result_scan_get_worst (ZtResultScan *self)
{
  const ZtScanFinding *worst = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; i < self->findings->len; i++)
    {
      const ZtScanFinding *f = self->findings->pdata[i];

      if (is_secret (f))
        return f;
      if (worst == NULL || blocks (f) > blocks (worst) ||
          (blocks (f) == blocks (worst) && f->severity > worst->severity))
        worst = f;
    }
  return worst;
}

gboolean
zt_result_scan_should_block (ZtResultScan *self)
{
  const ZtScanFinding *worst = zt_result_scan_get_worst (self);

  return worst != NULL && blocks (worst);
}

JsonNode *
zt_result_scan_findings_to_json (ZtResultScan *self)
{
  JsonArray *a = json_array_new ();
  JsonNode *node;

  g_return_val_if_fail (self != NULL, NULL);
  for (guint i = 0; i < self->findings->len; i++)
    {
      const ZtScanFinding *f = self->findings->pdata[i];
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "rule", f->rule);
      json_object_set_string_member (o, "severity", zt_scan_severity_to_string (f->severity));
      json_object_set_string_member (o, "path", f->path);
      json_object_set_int_member (o, "start", f->start);
      json_object_set_int_member (o, "end", f->end);
      if (f->excerpt != NULL)
        json_object_set_string_member (o, "text", f->excerpt);
      json_array_add_object_element (a, o);
    }
  node = json_node_init_array (json_node_alloc (), a);
  json_array_unref (a);
  return node;
}

static const char *mode_names[] = { "tag", "off", "redact", "block" };

/* What each rule of the result scan's own looks for (zt_result_scan_rule_describe) */
static const struct { const char *rule; const char *text; } result_rule_descriptions[] = {
  { "result.hidden", "invisible or control characters in a result, removed before it is passed on" },
  { "result.unscanned", "the part of a result past the first 16 KiB, not read for injected instructions" },
  { "secret.private-key", "a PEM private key block" },
  { "secret.aws-access-key", "an AWS access key id" },
  { "secret.aws-secret-key", "an AWS secret access key shortly after an access key id" },
  { "secret.github-token", "a GitHub token (ghp_, gho_, ghu_, ghs_, ghr_ or github_pat_)" },
  { "secret.gitlab-token", "a GitLab personal access token (glpat-)" },
  { "secret.slack-token", "a Slack token (xoxb-, xoxp- and the like)" },
  { "secret.openai-key", "an OpenAI API key (sk-)" },
  { "secret.anthropic-key", "an Anthropic API key (sk-ant-)" },
  { "secret.google-api-key", "a Google API key (AIza)" },
  { "secret.stripe-key", "a Stripe secret or restricted key, live or test" },
  { "secret.authorization", "the credential in an Authorization header, after its scheme" },
  { "secret.bearer", "a bearer token after the word Bearer" },
  { "secret.credential", "a password, key or token assigned by name, or a password inside a URL" },
  { "secret.jwt", "a JSON Web Token" },
  { "secret.card", "a payment card number that passes the Luhn check" },
};

const char *const *
zt_result_scan_rules (void)
{
  static const char *const *rules;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GPtrArray *all = g_ptr_array_new ();

      g_ptr_array_add (all, (gpointer) "result.hidden");
      g_ptr_array_add (all, (gpointer) "result.unscanned");
      for (int k = 0; k < ZT_SECRET_N_KINDS; k++)
        g_ptr_array_add (all, (gpointer) secret_rule (k));
      g_ptr_array_add (all, NULL);
      rules = (const char *const *) g_ptr_array_free (all, FALSE);
      g_once_init_leave (&once, 1);
    }
  return rules;
}

const char *
zt_result_scan_rule_describe (const char *rule)
{
  for (guint i = 0; rule != NULL && i < G_N_ELEMENTS (result_rule_descriptions); i++)
    if (strcmp (result_rule_descriptions[i].rule, rule) == 0)
      return result_rule_descriptions[i].text;
  return NULL;
}

gboolean
zt_result_scan_rule_valid (const char *rule)
{
  const char *const *rules = zt_result_scan_rules ();
  gsize len = rule ? strlen (rule) : 0;

  for (guint i = 0; len > 0 && rules[i]; i++)
    if (strcmp (rules[i], rule) == 0 || (rule[len - 1] == '.' && g_str_has_prefix (rules[i], rule)))
      return TRUE;
  return FALSE;
}

const char *
zt_result_scan_mode_to_string (ZtResultScanMode mode)
{
  g_return_val_if_fail (mode < G_N_ELEMENTS (mode_names), "tag");
  return mode_names[mode];
}

gboolean
zt_result_scan_mode_from_string (const char       *text,
                                 ZtResultScanMode *mode)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (mode_names); i++)
    if (strcmp (text, mode_names[i]) == 0)
      {
        *mode = i;
        return TRUE;
      }
  return FALSE;
}
