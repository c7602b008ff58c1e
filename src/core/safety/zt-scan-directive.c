/* zt-scan-directive.c: sentences addressed to the model, URLs built to carry data, and what a text is about */
/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "zt-scan-directive-private.h"

/* Why a reading of form and not more phrases. The phrase rules and the learned scorer know the
 * words of the corpus; a new wording of the same instruction ("the responder is expected to",
 * "kindly have the reply quote", "this detail stays out of any reply", "resolve <key>.host")
 * uses other words for the same parts. A sentence that poisons a definition has an addressee
 * or an obligation (who is to act), and an object outside the tool's own work (the user's
 * data, secrets, another tool, every answer, a product); an honest one describes the tool.
 * So each sentence is read for those parts by classes of words, and each URL or host name
 * for pieces that a placeholder naming data would fill. */

enum {
  D_ADDR = 1 << 0,       /* the model, the assistant, you */
  D_MODAL = 1 << 1,      /* an obligation or a request */
  D_USER = 1 << 2,       /* the user, the human */
  D_CONV = 1 << 3,       /* the conversation and its parts */
  D_SECRET = 1 << 4,     /* secrets and credentials */
  D_PERSONAL = 1 << 5,   /* personal data */
  D_MOVE = 1 << 6,       /* verbs that move data somewhere */
  D_SCOPE = 1 << 7,      /* every, each, always, from now on */
  D_ANSWER = 1 << 8,     /* the model's answer */
  D_PROMO = 1 << 9,      /* recommending, selling */
  D_CONCEAL = 1 << 10,   /* keeping something from someone */
  D_AUDIENCE = 1 << 11,  /* someone to keep it from, or where it would be said */
  D_OUTRANK = 1 << 12,   /* ranking above, replacing */
  D_AUTHORITY = 1 << 13, /* what earlier instructions are */
  D_PRIOR = 1 << 14,     /* earlier, original */
  D_DNS = 1 << 15,       /* host names and their lookup */
  D_BUILD = 1 << 16,     /* building a name or URL from parts */
  D_POSS = 1 << 17,      /* whose: the user's, their, any, all */
  D_TOOL = 1 << 18,      /* an identifier_like_this: a tool or a parameter */
  D_CONVWEAK = 1 << 19,  /* a message, a request: the user's only when said whose */
  D_VERB = 1 << 20,      /* a verb that starts an order (send, call, keep, recommend) */
  D_DISCLOSE = 1 << 21,  /* saying something (mention, tell, bring up) */
  D_NEG = 1 << 22,       /* not, never, without, refrain, skip */
  D_CONSENT = 1 << 23,   /* asking the user first */
  D_STEER = 1 << 24,     /* another tool replaced, rerouted, declared broken */
  D_EXTRA = 1 << 25,     /* also, additionally, a second, a copy */
  D_INSERT = 1 << 26,    /* what gets put into an answer: a link, a string, a banner */
  D_FIRSTONLY = 1 << 27, /* an adverb before the verb of an order (first, also, then) */
};

#define D_DATA (D_CONV | D_CONVWEAK | D_SECRET | D_PERSONAL)

static const struct {
  const char *word;
  guint       kinds;
} lexicon[] = {
  /* who is addressed */
  { "you", D_ADDR }, { "your", D_ADDR }, { "you're", D_ADDR }, { "you'll", D_ADDR }, { "yourself", D_ADDR | D_CONCEAL },
  { "assistant", D_ADDR }, { "assistants", D_ADDR }, { "model", D_ADDR }, { "models", D_ADDR }, { "ai", D_ADDR },
  { "agent", D_ADDR }, { "agents", D_ADDR }, { "llm", D_ADDR }, { "llms", D_ADDR }, { "claude", D_ADDR },
  { "gpt", D_ADDR }, { "chatgpt", D_ADDR }, { "copilot", D_ADDR }, { "chatbot", D_ADDR }, { "responder", D_ADDR },
  { "whoever", D_ADDR }, { "reader", D_ADDR }, { "asistente", D_ADDR }, { "modell", D_ADDR }, { "modele", D_ADDR },
  /* obligation, request */
  { "must", D_MODAL }, { "should", D_MODAL }, { "shall", D_MODAL }, { "ought", D_MODAL }, { "expected", D_MODAL },
  { "required", D_MODAL }, { "requires", D_MODAL }, { "ensure", D_MODAL }, { "sure", D_MODAL }, { "remember", D_MODAL },
  { "kindly", D_MODAL }, { "please", D_MODAL }, { "essential", D_MODAL }, { "crucial", D_MODAL }, { "vital", D_MODAL },
  { "mandatory", D_MODAL }, { "supposed", D_MODAL }, { "job", D_MODAL }, { "step", D_MODAL }, { "want", D_MODAL },
  { "needs", D_MODAL }, { "need", D_MODAL }, { "have", 0 }, { "obliged", D_MODAL }, { "habitually", D_MODAL },
  { "usage", D_MODAL }, { "procedure", D_MODAL }, { "workflow", D_MODAL }, { "expects", D_MODAL },
  /* the user */
  { "user", D_USER | D_AUDIENCE }, { "users", D_USER | D_AUDIENCE }, { "user's", D_USER | D_POSS | D_AUDIENCE },
  { "human", D_USER | D_AUDIENCE }, { "person", D_USER | D_AUDIENCE }, { "anyone", D_AUDIENCE }, { "them", D_AUDIENCE },
  { "their", D_POSS }, { "any", D_POSS }, { "all", D_POSS | D_SCOPE }, { "whatever", D_POSS | D_AUTHORITY },
  /* the conversation */
  { "conversation", D_CONV | D_AUDIENCE }, { "chat", D_CONVWEAK }, { "history", D_CONV }, { "transcript", D_CONV },
  { "turns", D_CONV }, { "verbatim", D_CONV }, { "draft", D_CONVWEAK }, { "pasted", D_CONV }, { "typed", D_CONV },
  { "session", D_CONVWEAK },
  /* secrets */
  { "key", D_SECRET }, { "keys", D_SECRET }, { "token", D_SECRET }, { "tokens", D_SECRET }, { "password", D_SECRET },
  { "passwords", D_SECRET }, { "credential", D_SECRET }, { "credentials", D_SECRET }, { "secret", D_SECRET },
  { "secrets", D_SECRET }, { "cookie", D_SECRET }, { "cookies", D_SECRET }, { "ssh", D_SECRET }, { "passphrase", D_SECRET },
  { "seed", D_SECRET }, { "license", D_SECRET }, { "fingerprint", D_SECRET },
  /* personal data */
  { "email", D_PERSONAL }, { "phone", D_PERSONAL }, { "address", D_PERSONAL }, { "location", D_PERSONAL },
  { "calendar", D_PERSONAL }, { "contacts", D_PERSONAL }, { "username", D_PERSONAL }, { "private", D_PERSONAL },
  { "documents", D_PERSONAL }, { "workspace", D_PERSONAL }, { "name", D_PERSONAL }, { "message", D_CONVWEAK },
  /* (not "request": the user's request is what the model acts on, and relaying it into a call
   * is using the tool; "the user's previous requests" is the conversation, read by the phrase
   * rules) */
  { "messages", D_CONVWEAK }, { "summary", D_CONVWEAK },
  /* moving data */
  { "send", D_MOVE }, { "sends", D_MOVE }, { "pass", D_MOVE }, { "passes", D_MOVE }, { "forward", D_MOVE },
  { "forwards", D_MOVE }, { "include", D_MOVE }, { "includes", D_MOVE }, { "attach", D_MOVE }, { "paste", D_MOVE },
  { "copy", D_MOVE }, { "copies", D_MOVE }, { "upload", D_MOVE }, { "submit", D_MOVE }, { "quote", D_MOVE },
  { "echo", D_MOVE }, { "append", D_MOVE }, { "carrying", D_MOVE }, { "hand", D_MOVE }, { "relay", D_MOVE },
  { "route", D_MOVE }, { "mirror", D_MOVE }, { "goes", D_MOVE }, { "through", 0 }, { "along", D_MOVE },
  { "give", D_MOVE }, { "supply", D_MOVE }, { "repeat", D_MOVE }, { "embed", D_MOVE }, { "transmit", D_MOVE },
  /* scope */
  { "every", D_SCOPE }, { "each", D_SCOPE }, { "always", D_SCOPE | D_MODAL }, { "whenever", D_SCOPE },
  { "subsequent", D_SCOPE }, { "afterwards", D_SCOPE }, { "henceforth", D_SCOPE }, { "onwards", D_SCOPE },
  /* the answer */
  { "answer", D_ANSWER | D_AUDIENCE }, { "answers", D_ANSWER | D_AUDIENCE }, { "reply", D_ANSWER | D_AUDIENCE },
  { "replies", D_ANSWER | D_AUDIENCE }, { "response", D_ANSWER | D_AUDIENCE }, { "responses", D_ANSWER | D_AUDIENCE },
  /* selling */
  { "recommend", D_PROMO }, { "recommends", D_PROMO }, { "recommendation", D_PROMO }, { "promote", D_PROMO },
  { "buy", D_PROMO }, { "upgrade", D_PROMO }, { "upgrading", D_PROMO }, { "premium", D_PROMO }, { "sponsored", D_PROMO },
  { "steers", D_PROMO }, { "steer", D_PROMO }, { "endorse", D_PROMO }, { "affiliate", D_PROMO }, { "coupon", D_PROMO },
  /* concealment */
  { "quiet", D_CONCEAL }, { "quietly", D_CONCEAL }, { "silently", D_CONCEAL }, { "secretly", D_CONCEAL },
  { "covertly", D_CONCEAL }, { "discreetly", D_CONCEAL }, { "unmentioned", D_CONCEAL }, { "needn't", D_CONCEAL },
  { "withhold", D_CONCEAL }, { "omit", D_CONCEAL }, { "stays", 0 }, { "silent", D_CONCEAL },
  { "tell", D_AUDIENCE }, { "mention", D_AUDIENCE }, { "hear", D_AUDIENCE }, { "know", D_AUDIENCE },
  { "describing", D_AUDIENCE }, { "summary", D_AUDIENCE },
  /* outranking */
  { "ranks", D_OUTRANK }, { "outranks", D_OUTRANK }, { "win", D_OUTRANK }, { "wins", D_OUTRANK },
  { "replace", D_OUTRANK }, { "replaced", D_OUTRANK }, { "replaces", D_OUTRANK }, { "overridden", D_OUTRANK },
  { "supersede", D_OUTRANK }, { "supersedes", D_OUTRANK }, { "overrule", D_OUTRANK },
  { "obsolete", D_OUTRANK }, { "void", D_OUTRANK }, { "trump", D_OUTRANK }, { "trumps", D_OUTRANK },
  { "applies", 0 }, { "baseline", D_AUTHORITY },
  { "system", D_AUTHORITY }, { "operator", D_AUTHORITY }, { "setup", D_AUTHORITY }, { "rules", D_AUTHORITY },
  { "instructions", D_AUTHORITY }, { "told", D_AUTHORITY }, { "said", D_AUTHORITY }, { "guidance", D_AUTHORITY },
  { "directions", D_AUTHORITY }, { "developer", D_AUTHORITY },
  { "earlier", D_PRIOR }, { "before", D_PRIOR }, { "original", D_PRIOR }, { "started", D_PRIOR }, { "previous", D_PRIOR },
  { "prior", D_PRIOR }, { "initial", D_PRIOR },
  /* host names */
  { "hostname", D_DNS }, { "host", D_DNS }, { "subdomain", D_DNS }, { "dns", D_DNS }, { "txt", D_DNS },
  { "resolve", D_DNS }, { "domain", D_DNS }, { "label", D_DNS }, { "labels", D_DNS },
  { "build", D_BUILD }, { "built", D_BUILD }, { "joined", D_BUILD }, { "construct", D_BUILD }, { "from", D_BUILD },
  { "prepend", D_BUILD }, { "followed", D_BUILD }, { "encoded", D_BUILD }, { "urlencode", D_BUILD },
  { "base64", D_BUILD }, { "base32", D_BUILD }, { "hex", D_BUILD }, { "query", D_BUILD }, { "parameter", D_BUILD },
  /* verbs that start an order; the move verbs above count too */
  { "call", D_VERB | D_MOVE }, { "run", D_VERB | D_MOVE }, { "invoke", D_VERB | D_MOVE }, { "look", D_VERB | D_MOVE },
  { "recommend", D_VERB }, { "create", D_VERB }, { "book", D_VERB }, { "schedule", D_VERB }, { "prefer", D_VERB },
  { "keep", D_VERB }, { "stay", D_VERB }, { "skip", D_VERB | D_NEG }, { "add", D_VERB | D_MOVE }, { "say", D_VERB },
  { "put", D_VERB | D_MOVE }, { "sent", D_MOVE }, { "end", D_VERB }, { "insert", D_VERB | D_MOVE },
  { "collect", D_MOVE }, { "gather", D_MOVE }, { "fetch", D_MOVE }, { "open", D_MOVE }, { "grab", D_MOVE },
  { "first", D_FIRSTONLY }, { "also", D_FIRSTONLY | D_EXTRA }, { "then", D_FIRSTONLY }, { "now", D_FIRSTONLY },
  { "just", D_FIRSTONLY }, { "simply", D_FIRSTONLY },
  /* saying, and not saying */
  { "bring", D_DISCLOSE }, { "mentioning", D_DISCLOSE }, { "disclose", D_DISCLOSE }, { "reveal", D_DISCLOSE },
  { "talk", D_DISCLOSE }, { "never", D_NEG }, { "not", D_NEG }, { "don't", D_NEG }, { "without", D_NEG },
  { "refrain", D_NEG }, { "avoid", D_NEG }, { "confidential", D_CONCEAL }, { "pretend", D_CONCEAL },
  /* consent */
  { "asking", D_CONSENT }, { "confirmation", D_CONSENT }, { "confirming", D_CONSENT }, { "consent", D_CONSENT },
  { "approval", D_CONSENT }, { "permission", D_CONSENT },
  /* steering another tool */
  { "deprecated", D_STEER }, { "instead", D_STEER }, { "broken", D_STEER }, { "compromised", D_STEER },
  { "reroute", D_STEER }, { "redirect", D_STEER }, { "intercept", D_STEER }, { "superseded", D_STEER },
  /* more to someone's data: "the whole file", "any keys you have seen" */
  { "whole", D_POSS }, { "entire", D_POSS }, { "full", D_POSS }, { "complete", D_POSS }, { "contents", D_CONVWEAK },
  /* something more than asked */
  { "additionally", D_EXTRA }, { "too", D_EXTRA }, { "second", D_EXTRA }, { "extra", D_EXTRA }, { "bcc", D_EXTRA | D_MOVE },
  { "cc", D_EXTRA | D_MOVE },
  /* what an answer gets stuffed with */
  { "link", D_INSERT }, { "links", D_INSERT }, { "string", D_INSERT }, { "phrase", D_INSERT }, { "banner", D_INSERT },
  { "footer", D_INSERT }, { "slogan", D_INSERT }, { "advert", D_INSERT }, { "ad", D_INSERT }, { "ads", D_INSERT },
  /* overriding, said with other verbs */
  { "disregard", D_OUTRANK }, { "ignore", D_OUTRANK }, { "bypass", D_OUTRANK }, { "lift", D_OUTRANK },
  { "restrictions", D_AUTHORITY }, { "safety", D_AUTHORITY }, { "sandbox", D_AUTHORITY }, { "authorised", D_OUTRANK },
  { "authorized", D_OUTRANK },
  /* the same classes in German, French and Spanish (accents are stripped by normalisation);
   * the common words of each class, not the words of any one example */
  { "asistente", D_ADDR }, { "assistent", D_ADDR }, { "modelo", D_ADDR }, { "vous", D_ADDR }, { "tu", D_ADDR },
  { "debes", D_MODAL }, { "debe", D_MODAL }, { "musst", D_MODAL }, { "muss", D_MODAL }, { "sollst", D_MODAL },
  { "soll", D_MODAL }, { "dois", D_MODAL }, { "doit", D_MODAL }, { "devez", D_MODAL }, { "siempre", D_MODAL | D_SCOPE },
  { "immer", D_MODAL | D_SCOPE }, { "toujours", D_MODAL | D_SCOPE }, { "obligatoire", D_MODAL }, { "necesario", D_MODAL },
  { "envia", D_VERB | D_MOVE }, { "enviar", D_MOVE }, { "manda", D_VERB | D_MOVE }, { "mandar", D_MOVE },
  { "sende", D_VERB | D_MOVE }, { "senden", D_MOVE }, { "schicke", D_VERB | D_MOVE }, { "ubergib", D_VERB | D_MOVE },
  { "ubermittle", D_VERB | D_MOVE }, { "envoie", D_VERB | D_MOVE }, { "envoyez", D_VERB | D_MOVE },
  { "envoyer", D_MOVE }, { "ajoute", D_VERB | D_MOVE }, { "ajoutez", D_VERB | D_MOVE }, { "ajouter", D_MOVE },
  { "anade", D_VERB | D_MOVE }, { "eintragen", D_MOVE }, { "utilisez", D_VERB }, { "incluye", D_VERB | D_MOVE }, { "incluir", D_MOVE }, { "copia", D_VERB | D_MOVE },
  { "copie", D_VERB | D_MOVE }, { "llama", D_VERB | D_MOVE }, { "llamar", D_MOVE }, { "rufe", D_VERB | D_MOVE },
  { "appelle", D_VERB | D_MOVE }, { "appelez", D_VERB | D_MOVE }, { "fuge", D_VERB | D_MOVE },
  { "historial", D_CONV }, { "verlauf", D_CONV }, { "chatverlauf", D_CONV }, { "gesprachsverlauf", D_CONV },
  { "historique", D_CONV }, { "conversacion", D_CONV }, { "gesprach", D_CONV }, { "mensajes", D_CONVWEAK },
  { "nachrichten", D_CONVWEAK }, { "contenu", D_CONVWEAK }, { "contenido", D_CONVWEAK }, { "inhalt", D_CONVWEAK },
  { "contrasena", D_SECRET }, { "contrasenas", D_SECRET }, { "passwort", D_SECRET }, { "passworter", D_SECRET },
  { "kennwort", D_SECRET }, { "jeton", D_SECRET }, { "cle", D_SECRET }, { "clave", D_SECRET }, { "claves", D_SECRET },
  { "schlussel", D_SECRET }, { "identifiants", D_SECRET }, { "credenciales", D_SECRET }, { "zugangsdaten", D_SECRET },
  { "usuario", D_USER | D_AUDIENCE }, { "nutzer", D_USER | D_AUDIENCE }, { "nutzers", D_USER | D_POSS | D_AUDIENCE },
  { "benutzer", D_USER | D_AUDIENCE }, { "benutzers", D_USER | D_POSS | D_AUDIENCE },
  { "utilisateur", D_USER | D_AUDIENCE }, { "toda", D_POSS }, { "tout", D_POSS },
  { "toute", D_POSS }, { "gesamte", D_POSS }, { "gesamten", D_POSS }, { "vollstandigen", D_POSS },
  { "vollstandige", D_POSS }, { "complet", D_POSS }, { "completo", D_POSS }, { "cada", D_SCOPE }, { "jeder", D_SCOPE },
  { "jede", D_SCOPE }, { "jedem", D_SCOPE }, { "chaque", D_SCOPE },
  /* a request said politely ("merci de joindre", "bitte ... mitsenden", "por favor, adjunta"),
   * and more verbs that hand data over */
  { "merci", D_MODAL }, { "bitte", D_MODAL }, { "favor", D_MODAL }, { "provide", D_VERB | D_MOVE },
  { "share", D_VERB | D_MOVE }, { "joindre", D_MOVE }, { "joignez", D_VERB | D_MOVE }, { "adjunta", D_VERB | D_MOVE },
  { "sans", D_NEG }, { "parler", D_DISCLOSE },
  /* ranking above said as a state of the rules: outweighed, retired, suspended, no longer
   * binding; and more names for what the model was given */
  { "outweigh", D_OUTRANK }, { "outweighs", D_OUTRANK }, { "retired", D_OUTRANK }, { "retire", D_OUTRANK },
  { "suspended", D_OUTRANK }, { "waived", D_OUTRANK }, { "revoked", D_OUTRANK }, { "rescinded", D_OUTRANK },
  { "lapsed", D_OUTRANK }, { "bind", D_OUTRANK }, { "binds", D_OUTRANK }, { "switched", D_OUTRANK },
  { "guardrails", D_AUTHORITY }, { "guardrail", D_AUTHORITY }, { "limits", D_AUTHORITY }, { "constraints", D_AUTHORITY },
  { "configuration", D_AUTHORITY }, { "policy", D_AUTHORITY }, { "policies", D_AUTHORITY }, { "guidelines", D_AUTHORITY },
  { "prompt", D_AUTHORITY }, { "safeguards", D_AUTHORITY }, { "boundaries", D_AUTHORITY },
  /* keeping a matter from the user by moving away from it; saying it, in other verbs */
  { "deflect", D_CONCEAL }, { "divert", D_CONCEAL }, { "sidestep", D_CONCEAL }, { "evade", D_CONCEAL },
  { "dodge", D_CONCEAL }, { "surface", D_DISCLOSE }, { "divulge", D_DISCLOSE },
  /* "give no indication that this tool was used" */
  { "no", D_NEG }, { "indication", D_DISCLOSE },
  /* the model named by what it does, and an obligation said as a custom */
  { "composing", D_ADDR }, { "composer", D_ADDR }, { "responding", D_ADDR }, { "replying", D_ADDR },
  { "practice", D_MODAL }, { "routine", D_MODAL }, { "customary", D_MODAL }, { "incumbent", D_MODAL },
  { "duty", D_MODAL }, { "responsibility", D_MODAL }, { "incomplete", D_MODAL },
};

static GHashTable *
lexicon_table (void)
{
  static GHashTable *table;
  static gsize once = 0;

  if (g_once_init_enter (&once))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      /* a word listed twice has the kinds of both */
      for (guint i = 0; i < G_N_ELEMENTS (lexicon); i++)
        g_hash_table_insert (t, (gpointer) lexicon[i].word,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (t, lexicon[i].word)) | lexicon[i].kinds));
      table = t;
      g_once_init_leave (&once, 1);
    }
  return table;
}

static gboolean
word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '\'';
}

/* Nouns that name a way of using something: an obligation only as a heading. */
static gboolean
heading_noun (const char *w)
{
  return strcmp (w, "usage") == 0 || strcmp (w, "procedure") == 0 || strcmp (w, "workflow") == 0;
}

/* The kinds of the words of text[start, end). @orders (may be NULL): ORDER_AT_START when the
 * span opens with a verb of an order (after an adverb such as "first"), ORDER_IN_CLAUSE when a
 * clause after a comma, colon or dash does ("when you are done, send ..."). */
enum {
  ORDER_AT_START = 1 << 0,
  ORDER_IN_CLAUSE = 1 << 1,
};

static guint
span_kinds (const char *text,
            gsize       start,
            gsize       end,
            guint      *orders)
{
  GHashTable *table = lexicon_table ();
  guint kinds = 0, nword = 0, ticks = 0;
  gboolean clause_start = TRUE, at_start = TRUE;

  /* three or more `quoted` words in one sentence are a list of fields ("Pass any subset of
   * fields: `name`, `status`, `goal`"): each names a field, not the data a word would */
  for (gsize i = start; i < end; i++)
    ticks += text[i] == '`';

  for (gsize i = start; i < end;)
    {
      gsize a;
      char w[24];
      guint k;

      if (!word_char (text[i]))
        {
          if (text[i] == ',' || text[i] == ':' || (text[i] == '-' && i > start && text[i - 1] == ' '))
            clause_start = TRUE;
          else if (text[i] != ' ')
            clause_start = at_start = FALSE;
          i++;
          continue;
        }
      for (a = i; i < end && word_char (text[i]); i++)
        ;
      if (i - a >= sizeof w)
        {
          clause_start = at_start = FALSE;
          continue;
        }
      memcpy (w, text + a, i - a);
      w[i - a] = '\0';
      if (i - a > 2 && strcmp (w + (i - a) - 2, "'s") == 0 && strcmp (w, "user's") != 0)
        w[i - a - 2] = '\0';
      k = GPOINTER_TO_UINT (g_hash_table_lookup (table, w));
      if (ticks >= 6 && a > start && text[a - 1] == '`' && i < end && text[i] == '`')
        k = 0;
      /* "Usage:", "Workflow notes:" head a list of orders; "CLI tool usage" is a noun */
      if (++nword > 2 && heading_noun (w) && !(i < end && text[i] == ':'))
        k &= ~D_MODAL;
      /* an identifier_like_this: its parts count too (user_email, session_token) */
      if (strchr (w, '_') != NULL && g_ascii_isalpha (w[0]))
        {
          g_auto(GStrv) parts = g_strsplit (w, "_", 6);

          k |= D_TOOL;
          for (guint p = 0; parts[p]; p++)
            k |= GPOINTER_TO_UINT (g_hash_table_lookup (table, parts[p])) & (D_DATA | D_USER);
        }
      if (orders != NULL && clause_start && (k & (D_VERB | D_MOVE)) && !(k & D_FIRSTONLY))
        *orders |= at_start ? ORDER_AT_START : ORDER_IN_CLAUSE;
      if (!(k & D_FIRSTONLY))
        clause_start = at_start = FALSE;
      kinds |= k;
    }
  return kinds;
}

/* A placeholder in a URL or host name ({x}, {{x}}, <x>, [x]) whose words name data; the end of
 * the placeholder in *end. */
static gboolean
data_placeholder (const char *text,
                  gsize       len,
                  gsize       at,
                  gsize      *end)
{
  char close = text[at] == '{' ? '}' : text[at] == '[' ? ']' : '>';
  gsize i;

  for (i = at + 1; i < len && i < at + 80 && text[i] != close; i++)
    ;
  if (i >= len || text[i] != close)
    return FALSE;
  *end = i + 1;
  return (span_kinds (text, at + 1, i, NULL) & (D_DATA | D_USER)) != 0;
}

/* URLs and host names in one sentence with parts built from data: a placeholder that names
 * data, or a URL left open (?x= at its end, "+ ...", "followed by") in a sentence about data. */
static void
scan_built_names (const char     *text,
                  gsize           start,
                  gsize           end,
                  guint           kinds,
                  ZtScanSpanFunc  func,
                  gpointer        user_data)
{
  for (gsize i = start; i < end; i++)
    {
      gboolean url = (text[i] == 'h' && end - i > 8 && (strncmp (text + i, "http://", 7) == 0 || strncmp (text + i, "https://", 8) == 0));
      gsize pend;

      if (url)
        {
          gsize j = i;
          gboolean open = FALSE, built = FALSE;

          while (j < end && text[j] != ' ' && text[j] != '"' && text[j] != ')' && text[j] != '\'')
            {
              if ((text[j] == '{' || text[j] == '<' || text[j] == '[') && data_placeholder (text, end, j, &pend))
                {
                  built = TRUE;
                  j = pend;
                  continue;
                }
              j++;
            }
          open = j > i && (text[j - 1] == '=' || text[j - 1] == '/' || text[j - 1] == '+') && j < end &&
                 (text[j] == ' ' || text[j] == ')');
          if (!open && j + 3 < end && strncmp (text + j, " + ", 3) == 0)
            open = TRUE;
          if (built || (open && (kinds & D_DATA) && (kinds & (D_BUILD | D_MOVE))) ||
              ((kinds & D_BUILD) && (kinds & D_MOVE) && (kinds & D_DATA) && memchr (text + i, '?', j - i) != NULL))
            {
              func (i, j, "exfil.built-url", ZT_SCAN_SEVERITY_HIGH, user_data);
              return;
            }
          i = j;
        }
      else if ((text[i] == '{' || text[i] == '<' || text[i] == '[') && data_placeholder (text, end, i, &pend) &&
               pend + 1 < end && text[pend] == '.' && g_ascii_isalnum (text[pend + 1]))
        {
          /* <the api key>.collector.example: the lookup of the name carries the data */
          func (i, MIN (end, pend + 1), "exfil.dns-label", ZT_SCAN_SEVERITY_HIGH, user_data);
          return;
        }
    }
  /* said in words: "build the hostname from the license key ... under x.example, then look it up" */
  if ((kinds & D_DNS) && (kinds & D_BUILD) && (kinds & (D_SECRET | D_CONV)))
    {
      for (gsize i = start; i + 2 < end; i++)
        if (text[i] == '.' && g_ascii_isalpha (text[i - 1]) && g_ascii_isalpha (text[i + 1]) && i > start &&
            text[i + 1] != ' ')
          {
            gsize a = i, b = i;

            while (a > start && text[a - 1] != ' ')
              a--;
            while (b < end && text[b] != ' ' && text[b] != ',')
              b++;
            /* a dotted name of letters with a domain-like end, not a file name */
            if (memchr (text + i + 1, '.', b - i - 1) != NULL || b - i > 4)
              {
                func (start, end, "exfil.dns-label", ZT_SCAN_SEVERITY_HIGH, user_data);
                return;
              }
          }
    }
}

/* An e-mail address in text[start, end): a recipient to add. */
static gboolean
has_email (const char *text,
           gsize       start,
           gsize       end)
{
  for (gsize i = start + 1; i + 3 < end; i++)
    if (text[i] == '@' && g_ascii_isalnum (text[i - 1]) && g_ascii_isalnum (text[i + 1]) &&
        memchr (text + i, '.', MIN (end - i, 64)) != NULL)
      return TRUE;
  return FALSE;
}

/* @first: the first sentence of its string, which in an honest description says what the tool
 * does, often as an order ("Send a message to a channel"); later orders are read as orders. */
static void
scan_sentence (const char     *text,
               gsize           start,
               gsize           end,
               gboolean        first,
               ZtScanSpanFunc  func,
               gpointer        user_data)
{
  guint orders = 0;
  guint k = span_kinds (text, start, end, &orders);
  gboolean order = (orders & ORDER_IN_CLAUSE) || (!first && (orders & ORDER_AT_START));
  gboolean directive = (k & (D_ADDR | D_MODAL)) != 0 || order;
  /* the conversation itself, or data said to be someone's (the user's, their, any, yours) */
  gboolean users_data = (k & D_CONV) || ((k & D_DATA) && (k & (D_POSS | D_ADDR)));
  guint weight = ((k & (D_ADDR | D_MODAL)) != 0) + ((k & D_SCOPE) != 0) + ((k & D_TOOL) != 0) + order +
                 ((k & D_POSS) != 0);

  if (end <= start)
    return;
  /* someone is to move the user's data: for every answer, into another tool, as an order */
  if (directive && users_data && (k & D_MOVE) && weight >= 2)
    func (start, end, "instruction.directive", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  /* selling, or stuffing every answer */
  else if (((k & D_PROMO) && (k & (D_ANSWER | D_SCOPE)) && directive) ||
           ((k & D_INSERT) && (k & D_ANSWER) && (k & D_SCOPE) && directive))
    func (start, end, "instruction.directive", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  /* another tool named as broken, replaced or to be routed through here */
  else if ((k & D_TOOL) && (k & D_STEER) && (directive || (k & D_SCOPE)))
    func (start, end, "instruction.directive", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  /* another tool made to do more than asked, or to always carry an address */
  else if ((k & D_TOOL) && (k & D_MOVE) &&
           (((k & D_EXTRA) && (k & D_MODAL)) ||
            ((k & (D_SCOPE | D_MODAL)) && has_email (text, start, end))))
    func (start, end, "instruction.directive", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  /* keeping something from the user or out of the answer, or acting out of sight */
  if (((k & D_CONCEAL) && ((k & D_AUDIENCE) || (k & D_ADDR) || order)) ||
      ((k & D_NEG) && (k & D_DISCLOSE) && (k & (D_ANSWER | D_USER | D_CONV | D_AUDIENCE)) && directive))
    func (start, end, "instruction.conceal", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  /* ranking above what came before, or doing without the user's consent */
  if (((k & D_OUTRANK) && (k & D_AUTHORITY) && (k & (D_PRIOR | D_ADDR))) ||
      ((k & D_NEG) && (k & D_CONSENT) && directive))
    func (start, end, "instruction.outrank", ZT_SCAN_SEVERITY_MEDIUM, user_data);
  if (k & (D_DATA | D_USER))
    scan_built_names (text, start, end, k, func, user_data);
}

/* Does the code fence opened just before @at hold JSON (after an optional language tag)? */
static gboolean
fence_holds_data (const char *text,
                  gsize       at,
                  gsize       len)
{
  while (at < len && g_ascii_isalpha (text[at]))
    at++;
  while (at < len && g_ascii_isspace (text[at]))
    at++;
  return at < len && (text[at] == '{' || text[at] == '[');
}

void
_zt_scan_directives (const char     *text,
                     gsize           len,
                     ZtScanSpanFunc  func,
                     gpointer        user_data)
{
  gsize start = 0;
  gboolean first = TRUE, fenced = FALSE;

  g_return_if_fail (text != NULL && func != NULL);

  /* a sentence ends at . ! ? ; before a space or the end, or at a line break: ".env", hosts
   * and URLs stay inside one */
  for (gsize i = 0; i <= len; i++)
    {
      /* and at a bullet or a dash between spaces: a Markdown list, its lines joined */
      gboolean bullet = i + 2 < len && text[i] == ' ' && (text[i + 1] == '-' || text[i + 1] == '*') && text[i + 2] == ' ';
      /* and at a code fence: a fence that holds JSON is an example of input whose keys and
       * values are not clauses (the phrase rules and the scorer still read it) */
      gboolean fence = i + 2 < len && strncmp (text + i, "```", 3) == 0;

      if (i == len || text[i] == '\n' || bullet || fence ||
          (strchr (".!?;", text[i]) != NULL && (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\n')))
        {
          while (start < i && text[start] == ' ')
            start++;
          if (i > start && !fenced)
            {
              scan_sentence (text, start, i, first, func, user_data);
              first = FALSE;
            }
          start = i + (bullet || fence ? 3 : 1);
          if (bullet || fence)
            i += 2;
          fenced = fence && !fenced && fence_holds_data (text, i + 1, len);
        }
    }
}

/* Stems of words: "=" marks a whole word. */
static const struct {
  const char *stem;
  guint       concept;
} concept_stems[] = {
  { "=token", ZT_SCAN_CONCEPT_CREDENTIAL }, { "secret", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "password", ZT_SCAN_CONCEPT_CREDENTIAL }, { "passwd", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "passphrase", ZT_SCAN_CONCEPT_CREDENTIAL }, { "credential", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "=auth", ZT_SCAN_CONCEPT_CREDENTIAL }, { "authori", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "authentic", ZT_SCAN_CONCEPT_CREDENTIAL }, { "login", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "=ssh", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=jwt", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=pem", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "apikey", ZT_SCAN_CONCEPT_CREDENTIAL }, { "oauth", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "=private", ZT_SCAN_CONCEPT_CREDENTIAL }, { "keyring", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "vault", ZT_SCAN_CONCEPT_CREDENTIAL }, { "connect", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "webhook", ZT_SCAN_CONCEPT_CREDENTIAL }, { "signing", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "signature", ZT_SCAN_CONCEPT_CREDENTIAL }, { "hmac", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "conversation", ZT_SCAN_CONCEPT_CONVERSATION }, { "=chat", ZT_SCAN_CONCEPT_CONVERSATION },
  { "transcript", ZT_SCAN_CONCEPT_CONVERSATION }, { "account", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "=messages", ZT_SCAN_CONCEPT_CONVERSATION }, { "=turns", ZT_SCAN_CONCEPT_CONVERSATION },
  { "=llm", ZT_SCAN_CONCEPT_CONVERSATION }, { "clipboard", ZT_SCAN_CONCEPT_CONVERSATION },
  { "history", ZT_SCAN_CONCEPT_CONVERSATION }, { "verlauf", ZT_SCAN_CONCEPT_CONVERSATION },
  { "historial", ZT_SCAN_CONCEPT_CONVERSATION }, { "thread", ZT_SCAN_CONCEPT_CONVERSATION },
  { "=card", ZT_SCAN_CONCEPT_PAYMENT }, { "=cvv", ZT_SCAN_CONCEPT_PAYMENT }, { "=iban", ZT_SCAN_CONCEPT_PAYMENT },
  { "=bank", ZT_SCAN_CONCEPT_PAYMENT }, { "payment", ZT_SCAN_CONCEPT_PAYMENT }, { "refund", ZT_SCAN_CONCEPT_PAYMENT },
  { "cookie", ZT_SCAN_CONCEPT_BROWSER }, { "browser", ZT_SCAN_CONCEPT_BROWSER },
  /* second factors and access tokens named by their short forms */
  { "=psk", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=otp", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=totp", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=pat", ZT_SCAN_CONCEPT_CREDENTIAL },
  { "passcode", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=pin", ZT_SCAN_CONCEPT_CREDENTIAL }, { "=mfa", ZT_SCAN_CONCEPT_CREDENTIAL },
  /* someone's records: their mailbox, texts, health, papers (not an address to send to) */
  { "inbox", ZT_SCAN_CONCEPT_PERSONAL }, { "=sms", ZT_SCAN_CONCEPT_PERSONAL },
  { "diagnos", ZT_SCAN_CONCEPT_PERSONAL }, { "medical", ZT_SCAN_CONCEPT_PERSONAL }, { "=health", ZT_SCAN_CONCEPT_PERSONAL },
  { "passport", ZT_SCAN_CONCEPT_PERSONAL }, { "=ssn", ZT_SCAN_CONCEPT_PERSONAL }, { "contacts", ZT_SCAN_CONCEPT_PERSONAL },
  { "salary", ZT_SCAN_CONCEPT_PERSONAL }, { "insurance", ZT_SCAN_CONCEPT_PERSONAL },
};

/* Words that make a credential-looking name something else: a pagination token, a limit.
 * "=" marks a whole word: "min" is not "minor", "count" not "country". */
static const char *const not_credential[] = {
  "pag", "=next", "cursor", "continuation", "=max", "=min", "=count", "=num", "limit", "=sort", "idempotency", "cache",
};

/* Does the next word (of an identifier or of the text) begin with "key" or "token"? */
static gboolean
api_key_follows (const char *t,
                 gsize       n)
{
  gsize i = 0;

  while (i < n && (t[i] == ' ' || t[i] == '_' || t[i] == '-'))
    i++;
  return (n - i >= 3 && g_ascii_strncasecmp (t + i, "key", 3) == 0) ||
         (n - i >= 5 && g_ascii_strncasecmp (t + i, "token", 5) == 0);
}

guint
_zt_scan_concepts (const char *text,
                   gsize       len)
{
  guint concepts = 0, word = 0;
  gboolean after_system = FALSE;
  /* the words (by number) that name a credential, and those that make one something else */
  g_autoptr(GArray) credentials = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) benign = g_array_new (FALSE, FALSE, sizeof (guint));

  for (gsize i = 0; i < len;)
    {
      gsize a;
      guint here = 0;

      if (!g_ascii_isalpha (text[i]))
        {
          i++;
          continue;
        }
      /* a URL names a place, not what a value holds (".../api-reference/search") */
      if (i == 0 || g_ascii_isspace (text[i - 1]) || text[i - 1] == '(')
        {
          gsize e = i;

          while (e < len && !g_ascii_isspace (text[e]))
            e++;
          if (g_strstr_len (text + i, e - i, "://") != NULL)
            {
              i = e;
              continue;
            }
        }
      /* words and the parts of identifiers: camelCase and snake_case alike */
      for (a = i++; i < len && g_ascii_isalpha (text[i]) && !(g_ascii_isupper (text[i]) && g_ascii_islower (text[i - 1])); i++)
        ;
      word++;
      for (guint s = 0; s < G_N_ELEMENTS (concept_stems); s++)
        {
          const char *stem = concept_stems[s].stem;
          gboolean whole = *stem == '=';
          gsize n = strlen (stem + whole);

          if ((whole ? i - a == n : i - a >= n) && g_ascii_strncasecmp (text + a, stem + whole, n) == 0)
            here |= concept_stems[s].concept;
        }
      /* a prompt is any text for a model or a dialog; the system prompt is the model's own */
      if (after_system && i - a == 6 && g_ascii_strncasecmp (text + a, "prompt", 6) == 0)
        here |= ZT_SCAN_CONCEPT_CONVERSATION;
      /* an API is an interface ("sent to the Context7 API"); its key is a credential */
      if (i - a == 3 && g_ascii_strncasecmp (text + a, "api", 3) == 0 && api_key_follows (text + i, len - i))
        here |= ZT_SCAN_CONCEPT_CREDENTIAL;
      after_system = i - a == 6 && g_ascii_strncasecmp (text + a, "system", 6) == 0;
      for (guint s = 0; s < G_N_ELEMENTS (not_credential); s++)
        {
          const char *w = not_credential[s] + (not_credential[s][0] == '=');
          gsize n = strlen (w);

          if ((w == not_credential[s] ? i - a >= n : i - a == n) && g_ascii_strncasecmp (text + a, w, n) == 0)
            {
              g_array_append_val (benign, word);
              break;
            }
        }
      if (here & ZT_SCAN_CONCEPT_CREDENTIAL)
        g_array_append_val (credentials, word);
      concepts |= here & ~ZT_SCAN_CONCEPT_CREDENTIAL;
    }
  /* a limit or a cursor makes the credential beside it something else ("next_page_token", "max
   * tokens"), not one named elsewhere in a long text ("maxResults" ... "webhookUrl") */
  for (guint c = 0; c < credentials->len && !(concepts & ZT_SCAN_CONCEPT_CREDENTIAL); c++)
    {
      guint w = g_array_index (credentials, guint, c);
      gboolean near = FALSE;

      for (guint b = 0; b < benign->len && !near; b++)
        near = g_array_index (benign, guint, b) + 2 >= w && g_array_index (benign, guint, b) <= w + 2;
      if (!near)
        concepts |= ZT_SCAN_CONCEPT_CREDENTIAL;
    }
  return concepts;
}

/* A possessive of a noun ("the member's", "the patient's"), not of a pronoun or a thing said
 * to be ("it's", "that's", "what's"). */
static gboolean
someones (const char *low)
{
  static const char *const not_owners[] = { "it", "that", "what", "there", "here", "let", "who", "he", "she" };

  for (const char *p = strstr (low, "'s "); p != NULL; p = strstr (p + 1, "'s "))
    {
      const char *a = p;
      gboolean owner = TRUE;

      while (a > low && g_ascii_isalpha (a[-1]))
        a--;
      for (guint i = 0; i < G_N_ELEMENTS (not_owners); i++)
        owner &= !(strlen (not_owners[i]) == (gsize) (p - a) && strncmp (a, not_owners[i], p - a) == 0);
      if (owner && p > a)
        return TRUE;
    }
  return FALSE;
}

gboolean
_zt_scan_asks_for_data (const char *text,
                        gsize       len)
{
  g_autofree char *low = g_ascii_strdown (text, len);

  /* whose: the user's, yours, all, any, someone's ("the requesting member's"); or the form of a
   * dump: contents of, full, entire */
  return (span_kinds (low, 0, len, NULL) & (D_POSS | D_ADDR)) != 0 || strstr (low, "contents") != NULL ||
         strstr (low, "full ") != NULL || strstr (low, "entire") != NULL || strstr (low, "verbatim") != NULL ||
         someones (low);
}

/* Participles that do not end in -ed or -en. */
static const char *const irregular_participles[] = {
  "read", "sent", "set", "put", "kept", "shown", "known", "done", "made", "written", "taken", "given", "stored", "left",
};

static gboolean
is_participle (const char *w,
               gsize       n)
{
  if (n > 3 && (strncmp (w + n - 2, "ed", 2) == 0 || strncmp (w + n - 2, "en", 2) == 0))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (irregular_participles); i++)
    if (strlen (irregular_participles[i]) == n && strncmp (w, irregular_participles[i], n) == 0)
      return TRUE;
  return FALSE;
}

gboolean
_zt_scan_sentence_describes (const char *text,
                             gsize       start,
                             gsize       end)
{
  guint orders = 0;
  guint k = span_kinds (text, start, end, &orders);
  gboolean passive = FALSE;
  const char *prev = NULL;
  gsize prev_len = 0;

  if (orders != 0 ||
      (k & (D_ADDR | D_MODAL | D_USER | D_CONCEAL | D_OUTRANK | D_PROMO | D_STEER | D_CONSENT | D_MOVE | D_EXTRA |
            D_SCOPE | D_DISCLOSE)) ||
      g_strstr_len (text + start, end - start, "://") != NULL || memchr (text + start, '@', end - start) != NULL)
    return FALSE;
  /* is/are/was/were/be/been + a participle */
  for (gsize i = start; i < end && !passive;)
    {
      gsize a;

      if (!g_ascii_isalpha (text[i]))
        {
          i++;
          continue;
        }
      for (a = i; i < end && g_ascii_isalpha (text[i]); i++)
        ;
      if (prev != NULL &&
          ((prev_len == 2 && (strncmp (prev, "is", 2) == 0 || strncmp (prev, "be", 2) == 0)) ||
           (prev_len == 3 && (strncmp (prev, "are", 3) == 0 || strncmp (prev, "was", 3) == 0)) ||
           (prev_len == 4 && (strncmp (prev, "were", 4) == 0 || strncmp (prev, "been", 4) == 0))))
        passive = is_participle (text + a, i - a);
      prev = text + a;
      prev_len = i - a;
    }
  return passive;
}

gboolean
_zt_scan_sentence_inert (const char *text,
                         gsize       start,
                         gsize       end,
                         gboolean    first)
{
  guint orders = 0;
  guint k = span_kinds (text, start, end, &orders);

  if ((orders & ORDER_IN_CLAUSE) || (!first && (orders & ORDER_AT_START)))
    return FALSE;
  /* "ignore flaky tests" outranks nothing; "ignore the rules you were given" does */
  if ((k & D_OUTRANK) && (k & (D_AUTHORITY | D_PRIOR | D_USER | D_ADDR | D_CONV)))
    return FALSE;
  if (k & (D_ADDR | D_MODAL | D_USER | D_AUDIENCE | D_CONV | D_POSS | D_SCOPE | D_CONCEAL | D_CONSENT | D_STEER |
           D_PROMO | D_DISCLOSE | D_EXTRA | D_INSERT | D_DNS))
    return FALSE;
  /* something handed to a named tool or parameter ("pass the token to issue_helper") */
  if ((k & D_TOOL) && (k & D_MOVE))
    return FALSE;
  return g_strstr_len (text + start, end - start, "://") == NULL && memchr (text + start, '@', end - start) == NULL;
}

gboolean
_zt_scan_sentence_denies (const char *text,
                          gsize       start,
                          gsize       end)
{
  /* what someone might be kept from, or asked */
  static const char *const told[] = {
    "tell", "tells", "told", "mention", "mentions", "inform", "informs", "notify", "reveal", "reveals", "say", "says",
    "ask", "asks", "see", "sees", "notice", "notices", "know", "knows", "learn", "hear", "find", "aware", "show", "shown",
  };
  static const char *const aux[] = { "does", "is", "are", "was", "were", "will", "can", "did", "has", "have" };
  guint orders = 0;
  guint k = span_kinds (text, start, end, &orders);
  gboolean negated = FALSE, first_word = TRUE;
  const char *prev = NULL;
  gsize prev_len = 0;

  if ((orders & ORDER_IN_CLAUSE) ||
      (k & (D_ADDR | D_MODAL | D_CONCEAL | D_DISCLOSE | D_CONSENT | D_OUTRANK | D_STEER | D_PROMO | D_EXTRA | D_INSERT)) ||
      g_strstr_len (text + start, end - start, "://") != NULL || memchr (text + start, '@', end - start) != NULL)
    return FALSE;
  for (gsize i = start; i < end;)
    {
      gsize a, n;

      if (!word_char (text[i]))
        {
          i++;
          continue;
        }
      for (a = i; i < end && word_char (text[i]); i++)
        ;
      n = i - a;
      for (guint t = 0; t < G_N_ELEMENTS (told); t++)
        if (strlen (told[t]) == n && strncmp (text + a, told[t], n) == 0)
          return FALSE;
      /* "never ..." and "do not ..." open an order; after a subject they deny */
      if (first_word && ((n == 5 && strncmp (text + a, "never", 5) == 0) || (n == 2 && strncmp (text + a, "do", 2) == 0) ||
                         (n == 5 && strncmp (text + a, "don't", 5) == 0) || (n == 3 && strncmp (text + a, "not", 3) == 0)))
        return FALSE;
      if ((n == 5 && strncmp (text + a, "never", 5) == 0) || (n == 6 && strncmp (text + a, "cannot", 6) == 0) ||
          (n > 3 && strncmp (text + a + n - 3, "n't", 3) == 0 && strncmp (text + a, "don't", 5) != 0))
        negated = TRUE;
      if (n == 3 && strncmp (text + a, "not", 3) == 0 && prev != NULL)
        for (guint x = 0; x < G_N_ELEMENTS (aux); x++)
          negated |= strlen (aux[x]) == prev_len && strncmp (prev, aux[x], prev_len) == 0;
      prev = text + a;
      prev_len = n;
      first_word = FALSE;
    }
  return negated;
}
