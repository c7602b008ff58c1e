#!/usr/bin/env python3
# train.py: trains the scanner's sentence scorer on corpus.jsonl and writes its C table
# SPDX-License-Identifier: GPL-3.0-or-later
#
# usage: tests/safety-corpus/train.py [--cv | --hold SET | --without SET]
#   (writes src/core/safety/zt-tool-scan-model.h and scorer-checks.tsv; --hold SET trains
#   without SET and prints the scorer's figures on it and on real-check.jsonl, writing nothing;
#   --without SET writes a table trained without SET, to measure the scanner on it, not to commit)
#
# A logistic regression over sentences: a sentence of a malicious case that no benign case
# holds is malicious, every sentence of a benign case is benign. Its features are mostly
# classes of words (the lexicon below: who is addressed, obligation, secrecy, overriding,
# sensitive data, verbs that read or move data, places to put it, references to tools) and
# pairs and triples of classes present in one sentence, so that a new phrasing built of other
# words of the same classes scores like the old; two classes are read from the form of the
# sentence rather than from a word (an order at its start, "is to" / "has to"); single words
# are features too. It reads the sets that have been read (TRAIN_SETS: the corpus, heldout to
# heldout6, the train half of the npm servers' tools, since the safety11 work voice8,
# honest8, purpose9, subtle10 and multi10, since the safety12 work train12, an independent
# writer's text, and since the scorer19 work train14 to train18, honest16 and honest18, the text
# of the rule-writing rounds); real-check.jsonl, lang8 (kept as a check of the other languages'
# words), param11, split11 and train18-check (kept as fresh text to measure it on) and the blind
# sets heldout7 and above are not used here. Since the safety12 work a sentence is also read with what the one
# before it in the same string did (AFTER: a heading, a failure, a claim of standing or
# permission sets the scene), and the classes say what a sentence claims (FAULT, CLAIM,
# BENEFIT), who it speaks for (US), how it narrows the answer (ONLY) and what stance it orders
# (STANCE); with more than 32 classes the table's masks are 64 bits. The classes
# hold words of some twenty languages, written as people write them and normalised as the
# scanner normalises text. Deterministic (no randomness),
# so the committed table is reproducible.
import json, math, os, re, sys, unicodedata

from train_words import unspaced  # the scripts written without spaces, as the word score has them

here = os.path.dirname(os.path.abspath(__file__))
top = os.path.dirname(os.path.dirname(here))

# Classes of words. "x*" matches words beginning with x. Several languages on purpose.
LEXICON = {
    "MODEL": "you your yours yourself assistant assistants ai model models llm llms agent agents claude gpt chatgpt copilot gemini "
             "chatbot bot asistente assistent modell modele ia vous tu du ihr"
             " modello assistente модель ассистент asisten",
    # the human in the chat, named by their part in the domain
    "USER": "user user's users human humans person operator owner customer customers requester benutzer nutzer anwender "
            "utilisateur usuario utente them him her they people someone anyone patient patients shopper shoppers "
            "student students client clients player players buyer buyers guest guests caller callers visitor visitors "
            "member members employee employees traveller travellers traveler travelers subscriber subscribers "
            "kunde kunden cliente clientes"
             " utente utenti utilizador gebruiker* uzytkowni* anvandar* bruker* bruger* uzivatel* kullanıc* pengguna пользовател* користувач* ユーザ* 用户* 사용자* مستخدم* उपयोगकर्ता*",
    "MUST": "must always never shall should required require requires mandatory need needs important importantly ensure "
            "sure remember essential critical obligatory muss musst immer stets doit dois devez toujours siempre debe debes "
            "necesario obligatoire expected"
             " sempre devi deve altijd moet moeten zawsze musisz alltid maste vzdy musis daima mutlaka selalu harus всегда долж* завжди обязательно 必ず 常に 必须* 务必* 항상* 반드시 يجب دائما"
             " necessary notig necessaire necesario necessaria necessario",
    "NEG": "not don't do_not no never without nor refrain avoid nothing none nicht kein keine nichts ne pas jamais rien "
           "nunca nada sin ohne sans isn't aren't won't can't cannot mustn't shouldn't"
             " non mai senza nao sem nooit niet zonder nigdy aldrig inte ikke nikdy asla jangan не никогда ніколи 不要*"
             " unnecessary needless inutile unnotig overbodig",
    "DISCLOSE": "tell mention mentions reveal disclose inform notify notice know aware explain display show bring "
                "surface acknowledge report admit sagen sag erwahn* verrat* dire dis reveler mencion* decir digas "
                "informar avis* wissen savoir saber"
             " dire dirlo informare mencione informe diga vertel meld wspominaj powiedz beratta fortell bahsetme soyleme katakan сообща* сообщ* говори* упомина* рассказ* повідом* 告诉* 伝え*"
             " present presents appear appears mentioning listing visible parler hablar",
    "SECRET": "secret secretly silently quietly covert* discreet* unnoticed conceal* hide hiding hidden invisible "
              "stealth* confidential private_note omit omits withhold* pretend pretending background behind "
              "heimlich geheim verschweig* verberg* cache cacher secrete* secreto oculta* silencio* quiet"
             " segretamente silenziosamente unauffallig незаметно тайно"
             " silent unseen unobtrusive* transparently seamless* surreptitious* sneak* privately inconspicuous* unannounced unmentioned unprompted discretion"
             " user-facing coulisses enterarse",
    "OVERRIDE": "ignore ignoring disregard forget override overrides overriding supersede* precedence priority prioritise "
                "prioritize outrank* replace* bypass* void obsolete outdated deprecated superseded instead regardless "
                "whatever rather lifted unlock* jailbreak unrestricted restrictions vergiss ignorier* ignorez ignore "
                "oublie* olvida* ignora* anula* invalid* nullify no_longer outweigh* trump* retire* suspend* waive* "
                "lapse* moot bind binds binding unbound exempt* lifted revoked rescind*"
             " negeer ignoruj ignorera abaikan игнориру* ігнору* приоритет* пріоритет* sustituy* reemplaz* 忽略* 無視*"
             " prefer prefers preferred favour favor favours favors",
    "INSTR": "instruction instructions rule rules guideline guidelines policy policies directions directive directives "
             "guidance prompt system configuration config safety guardrails guardrail limits constraints boundaries "
             "anweisung* regel* consigne* regle* "
             "instruccion* regla* politica* richtlinie*"
             " istruzioni instrucoes instructies instrukcje instruktioner pokyny talimat* instruksi инструкци* інструкці* вказівк* указани* indicaciones 指令* 指示*"
             " systemprompt system-prompt systemanweisung*",
    "PRIOR": "previous prior earlier above preceding original initial former old start beginning bisherig* vorherig* "
             "fruher* precedent* anterior* antiguas"
             " precedenti anteriores eerdere vorige poprzednie tidigare predchozi onceki sebelumnya предыдущ* прежн* попередн*",
    "SENSITIVE": "password* passwd passphrase* token tokens secret secrets credential* key keys apikey api_key ssh id_rsa "
                 "id_ed25519 private cookie cookies env dotenv aws kubeconfig keychain wallet seed mnemonic netrc npmrc "
                 "pem gitconfig git-credentials shadow passwort* kennwort* mot jeton* cle clave* contrasena* "
                 "schlussel* geheimnis* identifiants credenciales ssn iban otp totp 2fa mfa passcode* one-time pat pin "
                 "keyring* gnupg gpg keystore recovery"
             " chiave chiavi credenziali senha senhas chave chaves credenciais wachtwoord* sleutel* inloggegevens haslo losenord passord heslo hesla sifre* parola sandi парол* ключ* токен* учетн* パスワード* 密码* 비밀번호*"
             " environment environ",
    "CONTEXT": "conversation conversations chat chats history transcript transcripts messages message dialogue dialog "
               "context turns memory verbatim entire full complete whole everything clipboard "
               "verlauf* gesprach* historial historique conversacion* conversation* chatverlauf mentioned typed said "
               "told session"
             " conversazione* cronologia conversa historico gesprek* geschiedenis rozmow* historie historii historik samtal* konverzac* sohbet gecmis* percakapan riwayat разговор* переписк* диалог* истори* розмов* 会話* 聊天* 对话* 대화* محادث* बातचीत"
             " recent recently discussed seen viewed visited browsed encountered exchanged"
             " terminal output outputs screen screenshot* unterhaltung kontext contexte contexto contesto"
             " mencionad* erwahnt* mentionne* menzionat*",
    "PERSONAL": "address addresses phone email emails contacts location birth name names preferences profile "
                "diagnos* inbox sms medical health salary income insurance passport* calendar"
             " birthdate dob nationality religion ethnicity gender biometric* fingerprint* geolocation whereabouts adresse direccion indirizzo endereco naissance nacimiento geburt* telefon* telephone telefono gesundheit* sante salud salute securite seguridad"
             " maiden keystroke* attendees card cards bank banking",
    "READ": "read reads open opens cat load loads grab grabs retrieve collect collects gather gathers harvest* dump "
            "extract* scan look fetch obtain lies lis lee lire leer lesen recup* recoger obten*"
             " leggi leia lees przeczytaj precti oku baca прочита*",
    "MOVE": "send sends sending forward forwards forwarding upload uploads post posts posting email transmit* exfiltrat* "
            "leak* share copy copies paste include includes including append appends attach* put pass passes "
            "submit* mirror* relay* bcc cc echo embed* encode* sende schick* ubergib* ubermittel* envoie envoyer "
            "envoyez transfer* manda mandar envia enviar pega copia copie colle"
             " invia inviare inoltra inserisci includi aggiungi allega envie inclua adicione coloque stuur verstuur verzend voeg kopieer wyslij przeslij dodaj wklej skopiuj skicka inkludera bifoga kopiera posli odesli vloz pridej ekle gonder kopyala kirim kirimkan sertakan tambahkan masukkan salin отправ* передай* перешл* пересыл* надсил* добав* встав* 发送* 送信*"
             " sent copied shared posted uploaded forwarded transmitted relayed mirrored synced staged resold sold goes transmises transmis enviado enviados enviadas inviato inviati gesendet mitsend*"
             " incluy* incluir inclure inclut",
    "FILE": "file files directory folder home <path> dotfile datei dateien fichier fichiers archivo archivos",
    "SINK": "<url> <email> webhook endpoint domain http https server remote url link",
    "PARAM": "field parameter parameters argument arguments param params payload value input <code> feld parameter "
             "champ parametre campo parametro"
             " parametro veld pole alani alanına параметр* поле",
    "TOOLREF": "<ident> tool tools server servers mcp plugin integration werkzeug* outil* herramienta* connector "
               "connectors extension extensions skill skills",
    "TRIGGER": "when whenever before after every each time once beim bevor wenn lorsque quand avant chaque cuando "
               "antes cada first"
             " prima antes voordat przed innan pred sebelum перед",
    "AUTH": "authorised authorized authorization permission permissions pre-granted granted approved admin administrator "
            "developer developers allowed allow sanctioned autorise* autoriza* berechtigt*"
             " pre-authorised pre-authorized preauthorised preauthorized pre-approved preapproved pre-cleared precleared opted opt-in consented implied whitelisted allowlisted genehmig* zugestimmt einverstanden autorisiert autorizad* autorizzat* approuve* aprobad* approvat*",
    "DECEIVE": "pretend pretending act lie fake claim claims say says pose* disguise* trick* mislead*",
    # what an honest description is made of: what the tool does, returns, accepts
    "DESCRIBE": "returns returned return lists list gets get creates create shows supports supported default defaults "
                "optional e.g example format id ids maximum max limit limits page pagination results result "
                "json markdown string number boolean array object timestamp utc iso rfc",
    "CONSENT": "ask asks confirm confirms confirmation approve approves approval approved consent explicit explicitly "
               "choose chooses pick picks select selects gives given provides provided"
             " asking checking check confirm* consent* approv* sign-off signoff ruckfrage* nachfrag* bestatig* zustimm* demander demandez pedir preguntar chiedere conferma* confirmacion"
             " asked clarifying question questions pregunt* fragen",
    # the model named by what it does, or a norm standing in for it as the subject
    "ROLE": "whoever whichever composing composer responding responder consumer consumes consuming downstream reader "
            "readers practice convention protocol etiquette norm custom customary routine housekeeping",
    # what the model writes back
    "REPLY": "reply replies replying answer answers answering respond responds response responses compose composes "
             "antwort* reponse* respuesta*"
             " risposta risposte resposta antwoord odpowiedzi svar svaret odpoved yanit jawaban ответ* відповід*",
    # moving a person or another tool somewhere
    "STEER": "steer* urge* persuade* nudge* convince* encourage* promot* advertis* upsell* downplay* deflect* redirect* "
             "elsewhere insist*",
    # something outside the tool that is not named
    "OTHER": "any another other others whichever whatever",
    # something said to be wrong: an error, a failure, a fault in this or another tool
    "FAULT": "error errors err fail fails failed failing failure failures exception denied forbidden unauthorized "
             "unauthorised timeout timed expired expire expires unavailable outage down broken bug bugs glitch retry "
             "retries retrying recover recovers resend resubmit restore restores fallback workaround compromised "
             "unreliable unstable corrupt* insecure untrusted malicious unsafe flaky buggy 401 403 409 429 500 502 503 "
             "4xx 5xx fehler* fehlgeschlag* erreur* echec echoue* fallo* falla* fallido errore* fout mislukt blad bledu hata gagal "
             "ошибк* сбои помилк* 错误* 失败* エラー* 오류*"
             " tamper* mishandl* incorrect* wrong partial",
    # standing claimed for a rule or a tool: who decided, on whose authority, what is official
    "CLAIM": "official officially authoritative genuine legitimate canonical certified endorsed mandated mandate "
             "mandates mandatory compliance compliant regulation regulations regulatory legal audit auditor auditors "
             "officer officers management leadership headquarters ciso cto ceo vendor partner partners sponsor "
             "sponsored sponsors successor upgraded decided decision offiziell* officiel* oficial* ufficial* "
             "conformit* cumplimiento normativ* vorschrift*"
             " legacy unofficial fork forks drop-in delegate* behalf intercept* substitut* reroute* collide* maintainers engineer on-call team teams",
    # a benefit claimed for doing it: better results, accuracy, speed, debugging
    "BENEFIT": "better best improve improves improved improvement accurate accuracy faster quicker handy helpful "
               "smoother optimal personalis* personaliz* tailored relevance quality convenience convenient efficient "
               "debug debugging troubleshoot* diagnostics telemetry analytics purposes mejor mejores meilleur* besser* "
               "migliori"
             " precise disambiguation deduplication saves speed caching indexing",
    # the server itself as a party: data sent to "our" collector, "us", "we" keep it
    "US": "we our ours us ourselves notre nos nous unser* wir nuestro nuestra nuestros nosotros nostro nostra noi",
    # the answer or the work narrowed to a part: "report only the totals", "nothing more"
    "ONLY": "only solely merely exclusively nothing strictly clean solo solamente seulement uniquement nur ausschliesslich",
    # verbs that set how the model is to take things or what it is to see to: "treat every
    # request as approved", "assume consent", "ensure the model also ...", "rely on this tool"
    "STANCE": "treat assume consider regard deem ensure remember make trust rely behandle* betrachte* considere* "
              "suppose* supon* asume* presume* considera* tratta*",
    # not words: the form of the sentence (set by the tokeniser, not by the lexicon)
    "IMPER": "",
    # not words: where the sentence is (set by the scanner, not by the lexicon)
    "FIRST": "",
    # not words: the sentence before it in the same string set the scene, a heading ending in a
    # colon or a sentence of the classes HEADER ("Known issue (TRN-502):", "Compliance requires
    # that ..."), so this one is read in its light (set by the scanner)
    "AFTER": "",
    "INDESC": "",
    "INPARAM": "",
}
KINDS = list(LEXICON)

URL = re.compile(r"^[a-z][a-z0-9+.-]*://")
WORD = re.compile(r"[a-z0-9_'\x80-\U0010ffff-]+")


def normalise(s):
    s = re.sub(r"\x1b\[[0-9;?]*[@-~]|\x1b\][^\x07\x1b]*[\x07]?", " ", s)
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Mc", "Cf", "Cc") and ch not in "\n\t ":
            continue
        if ch in "\u2018\u2019\u2032":
            ch = "'"
        elif ch in "\u201c\u201d":
            ch = '"'
        out.append(ch)
    s = "".join(out).lower()
    return re.sub(r"\s+", " ", s).strip()


def sentences(s):
    """Sentences of normalised text: ends at . ! ? ; followed by a space (so .env, x.com and
    e.g. paths stay inside one), and at a list's bullet or a dash between spaces (" - ", " * ":
    a Markdown list, its lines joined by normalisation, is one item after another)."""
    return [p for p in re.split(r"(?<=[.!?;:])\s+|\s[-*]\s|(?<=\u3002)", s) if p.strip()]


def word_tokens(w, out):
    if not w or len(w.encode()) >= 24:
        return
    if "_" in w and not w.startswith("_") and re.match(r"^[a-z]", w):
        out.append("<ident>")
    out.append(w)


def unspaced_tokens(w, out):
    """A word holding letters of a script written without spaces: those runs as their character
    pairs (a lone letter as itself), the rest of it as words; CJK punctuation separates."""
    i, n = 0, len(w)
    while i < n:
        j = i
        if unspaced(ord(w[i])):
            while j < n and unspaced(ord(w[j])):
                j += 1
            if j - i == 1:
                out.append(w[i])
            out.extend(w[k:k + 2] for k in range(i, j - 1))
        elif 0x3000 <= ord(w[i]) <= 0x303F:
            j = i + 1
        else:
            while j < n and not unspaced(ord(w[j])) and not 0x3000 <= ord(w[j]) <= 0x303F:
                j += 1
            word_tokens(w[i:j], out)
        i = j


def tokens(sentence):
    """The same tokens as scorer_tokens() in zt-tool-scan.c."""
    out = []
    for chunk in sentence.split(" "):
        if URL.match(chunk.lstrip("(<[\"'`")):
            out.append("<url>")
            continue
        if re.search(r"[a-z0-9]@[a-z0-9-]+\.[a-z]", chunk):
            out.append("<email>")
            continue
        if chunk.startswith("`") and len(chunk) > 2:
            out.append("<code>")
        if re.match(r"^[(\"'`]?(~/|/[a-z]|\.[a-z])", chunk) or "/." in chunk:
            out.append("<path>")
        for w in WORD.findall(chunk):
            w = w.strip("'-_")
            if w.endswith("'s"):
                w = w[:-2]
            if any(unspaced(ord(ch)) for ch in w):
                unspaced_tokens(w, out)
            else:
                word_tokens(w, out)
    return out


def build_lexicon():
    exact, prefix = {}, {}
    for i, k in enumerate(KINDS):
        for w in LEXICON[k].split():
            w = w.replace("do_not", "do not").replace("no_longer", "no longer").replace("private_note", "private note")
            if " " in w:
                continue
            d = prefix if w.endswith("*") else exact
            # as the scanner normalises text: "передай" is read as "передаи", Hangul as its letters
            w = normalise(w.rstrip("*"))
            d[w] = d.get(w, 0) | (1 << i)
    return exact, prefix


EXACT, PREFIX = build_lexicon()


def kinds_of(word):
    k = EXACT.get(word, 0)
    for stem, kinds in PREFIX.items():
        if len(word) >= len(stem) and word.startswith(stem):
            k |= kinds
    return k


POSITION = {"F": 1 << KINDS.index("FIRST"), "A": 1 << KINDS.index("AFTER"), "D": 1 << KINDS.index("INDESC"), "P": 1 << KINDS.index("INPARAM")}

# The form of the sentence. An order: its first word, after these, is a verb of the classes
# below in its base form ("Send", "never mention"; not "Sends"). An obligation said without a
# modal: "is to", "has to", "is supposed to", "it is on you".
LEAD = "please kindly also then now just simply always never do don't first and so".split()
VERBS = ["READ", "MOVE", "DISCLOSE", "CONSENT", "OVERRIDE", "STEER", "DECEIVE", "SECRET", "STANCE"]
VERB_MASK = sum(1 << KINDS.index(k) for k in VERBS)
TO_AFTER = "is are was be has have had ought needs need supposed expected meant obliged up".split()


def form_kinds(ws):
    k = 0
    for w in ws:
        if w in LEAD:
            continue
        if kinds_of(w) & VERB_MASK and not (w.endswith("s") and not w.endswith("ss")):
            k |= 1 << KINDS.index("IMPER")
        break
    for a, b in zip(ws, ws[1:]):
        if (b == "to" and a in TO_AFTER) or (a == "on" and b == "you"):
            k |= 1 << KINDS.index("MUST")
    return k


def features(sentence, vocab=None):
    """@sentence: "WF|text", W the place of its string (D description or instructions, P a
    parameter, O elsewhere), F "F" for the first sentence of its string."""
    where, sentence = sentence[:2], sentence[3:]
    ws = tokens(sentence)
    k = POSITION.get(where[0], 0) | POSITION.get(where[1], 0) | form_kinds(ws)
    for w in ws:
        k |= kinds_of(w)
    f = set()
    for w in ws:
        if vocab is None or w in vocab:
            f.add("w:" + w)
    bits = [i for i in range(len(KINDS)) if k >> i & 1]
    for a in bits:
        f.add("k:%d" % a)
        for b in bits:
            if b > a:
                f.add("p:%d:%d" % (a, b))
                if TRIPLES:
                    for c in bits:
                        if c > b:
                            f.add("t:%d:%d:%d" % (a, b, c))
    return f


def strings_of(node, out, where="O"):
    if isinstance(node, str):
        out.append((node, where))
    elif isinstance(node, list):
        for x in node:
            strings_of(x, out, where)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k in ("type", "$schema", "name"):
                continue
            strings_of(v, out, where)


def tool_strings(tool, out):
    for k, v in tool.items():
        if k == "description" and isinstance(v, str):
            out.append((v, "D"))
        elif k == "inputSchema":
            strings_of(v, out, "P")
        elif k not in ("name",):
            strings_of(v, out, "O")


def case_strings(c):
    """(text, place) of every string of a case, as the scanner reads them."""
    out = []
    if c.get("instructions"):
        out.append((c["instructions"], "D"))
    tools = [c["tool"]] if "tool" in c else list(c.get("tools") or [])
    if "services" in c:
        svcs = c["services"] if c["label"] == "benign" else c["services"][-1:]
        for s in svcs:
            tools += s["tools"]
    for t in tools:
        if isinstance(t, dict):
            tool_strings(t, out)
    return out


# what makes a sentence set the scene for the next: a failure, a claim of standing, of permission
HEADER = sum(1 << KINDS.index(k) for k in ("FAULT", "CLAIM", "AUTH"))


def leads(s):
    """Whether sentence @s sets the scene for the next one: a heading ("Known issue:"), or it
    says something failed, or claims standing or permission (as the scanner reads it)."""
    if s.rstrip(" ").endswith(":"):
        return True
    k = 0
    for w in tokens(s):
        k |= kinds_of(w)
    return bool(k & HEADER)


def case_sentences(c):
    """ "WF|sentence": W the place of its string, F "F" for its first sentence, "A" for one after
    a sentence that sets the scene, "-" for others."""
    out = []
    for x, where in case_strings(c):
        prev = None
        for i, s in enumerate(sentences(normalise(x))):
            out.append("%s%s|%s" % (where, "F" if i == 0 else "A" if leads(prev) else "-", s))
            prev = s
    return out


ENCODED = re.compile(r"[A-Za-z0-9+/=%&#;]{24,}")


def labelled(cases):
    benign = set()
    for c in cases:
        if c["label"] == "benign":
            benign.update(case_sentences(c))
    data = []
    for c in cases:
        if c["label"] == "benign":
            data += [(s, 0) for s in case_sentences(c)]
        elif c["class"] not in ("name-collision", "homoglyph"):
            # encoded blobs teach nothing about wording: their decoded text is scanned as text
            data += [(s, 1) for s in case_sentences(c) if s not in benign and not ENCODED.search(s)]
    return data


# Chosen by five-fold cross-validation on corpus.jsonl (train.py --cv): the scorer alone finds
# 59.8 % of the malicious cases at 1.9 % false positives at 0.85 (ZT_SCAN_SCORER_WARN), 50.2 %
# at 1.9 % at 0.9 (ZT_SCAN_SCORER_BLOCK) (2026-12-05; 57 % and 47 % at 1.4 % when first chosen);
# the phrase rules find most of the rest. Classes are not
# re-weighted: benign sentences outnumber malicious ones, as they do in real lists.
L2_WORD = 0.0003
L2_KIND = 0.0003
BALANCE = 0.0
TRIPLES = True
NONNEG_WORDS = True


def train(data, vocab, epochs=300, rate=0.5):
    xs = [sorted(features(s, vocab)) for s, _ in data]
    ys = [y for _, y in data]
    pos = sum(ys)
    # balance the classes: there are more benign sentences
    cw = {1: 1.0 + BALANCE * (len(ys) / (2.0 * max(pos, 1)) - 1.0), 0: 1.0}
    w, g2 = {}, {}
    bias, gb = 0.0, 1e-8
    for _ in range(epochs):
        grad, gbias = {}, 0.0
        for x, y in zip(xs, ys):
            z = bias + sum(w.get(f, 0.0) for f in x)
            p = 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))
            e = (p - y) * cw[y]
            gbias += e
            for f in x:
                grad[f] = grad.get(f, 0.0) + e
        n = float(len(xs))
        for f in set(grad) | set(w):
            lam = L2_WORD if f.startswith("w:") else L2_KIND
            g = grad.get(f, 0.0) / n + lam * w.get(f, 0.0)
            g2[f] = g2.get(f, 1e-8) + g * g
            w[f] = w.get(f, 0.0) - rate * g / math.sqrt(g2[f])
            # words are only evidence against a sentence: the attacker writes the whole sentence
            # and could dilute an instruction with words honest descriptions use
            if NONNEG_WORDS and f.startswith("w:") and w[f] < 0.0:
                w[f] = 0.0
        gbias /= n
        gb += gbias * gbias
        bias -= rate * gbias / math.sqrt(gb)
    return w, bias


def make_vocab(data):
    df = {}
    for s, _ in data:
        for t in set(tokens(s[3:])):
            df[t] = df.get(t, 0) + 1
    return {t for t, n in df.items() if n >= 2}


def score(w, bias, vocab, sentence):
    z = bias + sum(w.get(f, 0.0) for f in features(sentence, vocab))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30), -30)))


def cross_validate(cases, folds=5):
    """Case-level figures of the scorer alone, each fold trained without its cases."""
    results = []
    for k in range(folds):
        train_cases = [c for i, c in enumerate(cases) if i % folds != k]
        test_cases = [c for i, c in enumerate(cases) if i % folds == k]
        data = labelled(train_cases)
        vocab = make_vocab(data)
        w, b = train(data, vocab, epochs=150)
        for c in test_cases:
            m = max([score(w, b, vocab, s) for s in case_sentences(c)] or [0.0])
            results.append((c["label"] == "malicious", m, c["class"]))
    for thr in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        tp = sum(1 for m, s, _ in results if m and s >= thr)
        fp = sum(1 for m, s, _ in results if not m and s >= thr)
        nm = sum(1 for m, _, _ in results if m)
        print("threshold %.2f: recall %.1f%%, false positives %.1f%%" % (thr, 100.0 * tp / nm, 100.0 * fp / (len(results) - nm)))


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_table(w, bias, vocab, path):
    words = sorted((f[2:], v) for f, v in w.items() if f.startswith("w:") and abs(v) >= 0.01)
    words = [(t, v) for t, v in words if t.encode("utf-8") == t.encode("utf-8")]
    words.sort(key=lambda x: x[0].encode("utf-8"))
    with open(path, "w") as f:
        f.write("/* zt-tool-scan-model.h: the sentence scorer's weights (generated by "
                "tests/safety-corpus/train.py from the read sets; do not edit) */\n")
        f.write("/* SPDX-License-Identifier: GPL-3.0-or-later */\n#pragma once\n\n")
        f.write("#define SCORER_N_KINDS %d\n" % len(KINDS))
        f.write("#define SCORER_BIAS %.6f\n" % bias)
        for k in ("FIRST", "AFTER", "INDESC", "INPARAM", "IMPER", "MUST"):
            f.write("#define SCORER_%s (G_GUINT64_CONSTANT (1) << %d)\n" % (k, KINDS.index(k)))
        f.write("/* each class, for readers of a sentence's classes (_zt_scan_scorer_classes) */\n")
        for i, k in enumerate(KINDS):
            f.write("#define SCORER_K_%s (G_GUINT64_CONSTANT (1) << %d)\n" % (k, i))
        f.write("/* a sentence of these classes sets the scene for the next (AFTER) */\n")
        f.write("#define SCORER_HEADER G_GUINT64_CONSTANT (0x%x)\n" % HEADER)
        f.write("/* an order opens with a word of these classes (%s) */\n" % ", ".join(VERBS))
        f.write("#define SCORER_VERBS G_GUINT64_CONSTANT (0x%x)\n\n" % VERB_MASK)
        f.write("/* words before the verb of an order; words before \"to\" that make an obligation */\n")
        f.write("static const char *const scorer_lead[] = { %s };\n" % ", ".join(c_string(x) for x in LEAD))
        f.write("static const char *const scorer_to_after[] = { %s };\n\n" % ", ".join(c_string(x) for x in TO_AFTER))
        f.write("/* word classes: %s */\n" % ", ".join(KINDS))
        f.write("typedef struct { const char *word; guint64 kinds; } ScorerLexeme;\n")
        f.write("/* whole words, sorted for bsearch */\n")
        f.write("static const ScorerLexeme scorer_lexicon[] = {\n")
        for t in sorted(EXACT, key=lambda x: x.encode("utf-8")):
            f.write("  { %s, G_GUINT64_CONSTANT (0x%x) },\n" % (c_string(t), EXACT[t]))
        f.write("};\n\n/* stems: a word beginning with one of these (and longer) has its classes */\n")
        f.write("static const ScorerLexeme scorer_stems[] = {\n")
        for t in sorted(PREFIX, key=lambda x: x.encode("utf-8")):
            f.write("  { %s, G_GUINT64_CONSTANT (0x%x) },\n" % (c_string(t), PREFIX[t]))
        f.write("};\n\ntypedef struct { const char *word; float weight; } ScorerWord;\n")
        f.write("static const ScorerWord scorer_words[] = {\n")
        for t, v in words:
            f.write("  { %s, %.5ff },\n" % (c_string(t), v))
        f.write("};\n\n/* one, two or three classes present together in a sentence: a mask and its weight */\n")
        f.write("typedef struct { guint64 mask; float weight; } ScorerKinds;\n")
        f.write("static const ScorerKinds scorer_kinds[] = {\n")
        for key, v in sorted(w.items()):
            if key[0] in "kpt" and abs(v) >= 0.01:
                mask = sum(1 << int(i) for i in key.split(":")[1:])
                f.write("  { G_GUINT64_CONSTANT (0x%x), %.5ff },\n" % (mask, v))
        f.write("};\n")


def write_checks(w, bias, data, path):
    """Sentences with the score this script gives them from the weights as written to the table
    (tiny ones dropped), for test-tool-scan to check that the C scorer reads them alike."""
    kept = {f: v for f, v in w.items() if abs(v) >= 0.01}
    with open(path, "w") as f:
        f.write("# place (D description, P parameter, O other)\tfirst (1) or after a sentence that sets "
                "the scene (2)\tscore\tnormalised sentence (written by train.py)\n")
        # and sentences in other scripts, whose words the C tokeniser must cut alike
        other = [d for d in data if re.search(r"[^\x00-\x7f]", d[0][3:])]
        for s, _ in data[::37] + other[::4][:40]:
            z = bias + sum(kept.get(x, 0.0) for x in features(s))
            f.write("%s\t%d\t%.6f\t%s\n" % (s[0], "-FA".index(s[1]), 1.0 / (1.0 + math.exp(-max(min(z, 30), -30))), s[3:]))


# The sets read to train on: everything that has been read, and nothing that has not (lang8,
# param11, split11 and train18-check are read but kept out, to measure the scorer on text it has
# not been fitted to).
TRAIN_SETS = ["corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "real-train",
              "voice8", "honest8", "purpose9", "subtle10", "multi10", "train12",
              "train14", "train15", "train16", "train17", "train18", "honest16", "honest18",
              "honest21", "other22", "train20a", "train20b", "train23a", "train23b", "train23c",
              "train25a", "train25b", "train25c", "real-train2", "real-train3",
              "train27a", "train27b", "real-train4"]


def load(name):
    return [json.loads(l) for l in open(os.path.join(here, name + ".jsonl"))]


def case_figures(w, b, vocab, cases, thr=0.85):
    """The scorer alone over whole cases: recall and false positives at @thr."""
    tp = fp = nm = nb = 0
    for c in cases:
        m = max([score(w, b, vocab, s) for s in case_sentences(c)] or [0.0])
        if c["label"] == "malicious":
            nm += 1
            tp += m >= thr
        else:
            nb += 1
            fp += m >= thr
    return "recall %.1f%% of %d, false positives %.1f%% of %d" % (100.0 * tp / max(nm, 1), nm, 100.0 * fp / max(nb, 1), nb)


def main():
    if "--cv" in sys.argv:
        cross_validate(load("corpus"))
        return
    if "--hold" in sys.argv:
        held = sys.argv[sys.argv.index("--hold") + 1]
        cases = [c for n in TRAIN_SETS if n != held for c in load(n)]
        data = labelled(cases)
        vocab = make_vocab(data)
        w, b = train(data, vocab, epochs=150)
        for n in (held, "real-check"):
            for thr in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9):
                print("%s at %.2f: %s" % (n, thr, case_figures(w, b, vocab, load(n), thr)))
        return
    # --without SET: the table trained without SET, to measure the whole scanner on it
    without = sys.argv[sys.argv.index("--without") + 1] if "--without" in sys.argv else None
    cases = [c for n in TRAIN_SETS if n != without for c in load(n)]
    data = labelled(cases)
    vocab = make_vocab(data)
    w, b = train(data, vocab)
    out = os.path.join(top, "src", "core", "safety", "zt-tool-scan-model.h")
    write_table(w, b, vocab, out)
    write_checks(w, b, data, os.path.join(here, "scorer-checks.tsv"))
    print("%d sentences (%d malicious), %d words kept; wrote %s" % (len(data), sum(y for _, y in data), len(vocab), out))


if __name__ == "__main__":
    main()
