"""What the customer reads when the input guard stops a message: short, kind, in their language.

A refusal is not an accusation: the "injection" text says what we can help with, not what we think
the customer tried. English is the fallback for any language without its own texts. Spanish uses "tú",
French and German the polite form, Dutch "je": how shops in those languages usually write to customers.
"""

from __future__ import annotations

KINDS = (
    "too_long",
    "empty",
    "gibberish",
    "language_not_supported",
    "injection",
    "rate_limited",
    "budget",
    "generic",
)

_TEXTS: dict[str, dict[str, str]] = {
    "too_long": {
        "en": "Your message is too long for me to read in one go. Could you send a shorter version, "
        "with your main question first?",
        "es": "Tu mensaje es demasiado largo para leerlo de una vez. ¿Puedes enviarme una versión más "
        "corta, con tu pregunta principal al principio?",
        "fr": "Votre message est trop long pour que je le lise en une fois. Pouvez-vous m'envoyer une "
        "version plus courte, avec votre question principale en premier ?",
        "de": "Ihre Nachricht ist zu lang, um sie auf einmal zu lesen. Könnten Sie eine kürzere Fassung "
        "schicken, mit Ihrer wichtigsten Frage zuerst?",
        "it": "Il tuo messaggio è troppo lungo da leggere in una volta. Puoi inviarne una versione più "
        "breve, con la domanda principale all'inizio?",
        "pt": "A sua mensagem é longa demais para eu ler de uma só vez. Pode enviar uma versão mais "
        "curta, com a pergunta principal primeiro?",
        "nl": "Je bericht is te lang om in één keer te lezen. Kun je een kortere versie sturen, met je "
        "belangrijkste vraag eerst?",
    },
    "empty": {
        "en": "I didn't receive any text. What can I help you with?",
        "es": "No he recibido ningún texto. ¿En qué puedo ayudarte?",
        "fr": "Je n'ai reçu aucun texte. Comment puis-je vous aider ?",
        "de": "Ich habe keinen Text erhalten. Wie kann ich Ihnen helfen?",
        "it": "Non ho ricevuto alcun testo. Come posso aiutarti?",
        "pt": "Não recebi nenhum texto. Como posso ajudar?",
        "nl": "Ik heb geen tekst ontvangen. Waarmee kan ik je helpen?",
    },
    "gibberish": {
        "en": "I couldn't make sense of that message. Could you tell me in a few words what you need?",
        "es": "No he podido entender ese mensaje. ¿Puedes decirme en pocas palabras qué necesitas?",
        "fr": "Je n'ai pas compris ce message. Pouvez-vous me dire en quelques mots ce dont vous avez "
        "besoin ?",
        "de": "Ich konnte diese Nachricht nicht verstehen. Können Sie mir in ein paar Worten sagen, was "
        "Sie brauchen?",
        "it": "Non sono riuscito a capire il messaggio. Puoi dirmi in poche parole di cosa hai bisogno?",
        "pt": "Não consegui entender essa mensagem. Pode explicar em poucas palavras do que precisa?",
        "nl": "Ik kon dat bericht niet begrijpen. Kun je in een paar woorden vertellen wat je nodig hebt?",
    },
    "injection": {
        "en": "I can't help with that request, but I'm happy to help with your orders, returns and account.",
        "es": "No puedo ayudarte con esa petición, pero con gusto te ayudo con tus pedidos, devoluciones "
        "y tu cuenta.",
        "fr": "Je ne peux pas vous aider avec cette demande, mais je peux vous aider pour vos commandes, "
        "vos retours et votre compte.",
        "de": "Bei dieser Anfrage kann ich nicht helfen, aber gern bei Ihren Bestellungen, Rücksendungen "
        "und Ihrem Konto.",
        "it": "Non posso aiutarti con questa richiesta, ma posso aiutarti con i tuoi ordini, i resi e il "
        "tuo account.",
        "pt": "Não posso ajudar com essa solicitação, mas posso ajudar com as suas encomendas, "
        "devoluções e a sua conta.",
        "nl": "Met dat verzoek kan ik je niet helpen, maar wel met je bestellingen, retouren en je account.",
    },
    "rate_limited": {
        "en": "You're sending messages faster than I can answer. Please wait a moment, then send your "
        "message again.",
        "es": "Estás enviando mensajes más rápido de lo que puedo responder. Espera un momento y vuelve "
        "a enviar tu mensaje.",
        "fr": "Vous envoyez des messages plus vite que je ne peux répondre. Patientez un instant, puis "
        "renvoyez votre message.",
        "de": "Sie senden Nachrichten schneller, als ich antworten kann. Bitte warten Sie einen Moment "
        "und senden Sie Ihre Nachricht dann erneut.",
        "it": "Stai inviando messaggi più velocemente di quanto io riesca a rispondere. Aspetta un "
        "momento e poi invia di nuovo il messaggio.",
        "pt": "Recebi várias mensagens seguidas. Aguarde um momento e envie a sua mensagem novamente.",
        "nl": "Je stuurt berichten sneller dan ik kan antwoorden. Wacht even en stuur je bericht dan "
        "opnieuw.",
    },
    "budget": {
        "en": "I can't answer right now. Please try again a little later, or ask to speak with a person "
        "from our team.",
        "es": "Ahora mismo no puedo responder. Vuelve a intentarlo un poco más tarde o pide hablar con "
        "una persona de nuestro equipo.",
        "fr": "Je ne peux pas répondre pour le moment. Réessayez un peu plus tard, ou demandez à parler "
        "à une personne de notre équipe.",
        "de": "Ich kann gerade nicht antworten. Bitte versuchen Sie es etwas später noch einmal, oder "
        "bitten Sie darum, mit einer Person aus unserem Team zu sprechen.",
        "it": "Al momento non posso rispondere. Riprova un po' più tardi, oppure chiedi di parlare con "
        "una persona del nostro team.",
        "pt": "Neste momento não consigo responder. Tente novamente um pouco mais tarde ou peça para "
        "falar com uma pessoa da nossa equipe.",
        "nl": "Ik kan nu even niet antwoorden. Probeer het wat later opnieuw, of vraag om iemand van ons "
        "team te spreken.",
    },
    "generic": {
        "en": "I can't help with that message. Could you rephrase what you need?",
        "es": "No puedo ayudarte con ese mensaje. ¿Puedes contarme de otra forma qué necesitas?",
        "fr": "Je ne peux pas traiter ce message. Pouvez-vous reformuler ce dont vous avez besoin ?",
        "de": "Bei dieser Nachricht kann ich nicht helfen. Könnten Sie anders formulieren, was Sie brauchen?",
        "it": "Non posso aiutarti con questo messaggio. Puoi riformulare ciò di cui hai bisogno?",
        "pt": "Não posso ajudar com essa mensagem. Pode reformular o que precisa?",
        "nl": "Met dat bericht kan ik je niet helpen. Kun je anders verwoorden wat je nodig hebt?",
    },
}

# "Which languages can you help in": the names of the desk's languages in each of them; any other
# language is named by its own name ("Polski"), which reads right whatever the sentence around it.
_LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "en": {"en": "English", "es": "Spanish", "fr": "French", "de": "German", "it": "Italian",
           "pt": "Portuguese", "nl": "Dutch"},
    "es": {"en": "inglés", "es": "español", "fr": "francés", "de": "alemán", "it": "italiano",
           "pt": "portugués", "nl": "neerlandés"},
    "fr": {"en": "anglais", "es": "espagnol", "fr": "français", "de": "allemand", "it": "italien",
           "pt": "portugais", "nl": "néerlandais"},
    "de": {"en": "Englisch", "es": "Spanisch", "fr": "Französisch", "de": "Deutsch", "it": "Italienisch",
           "pt": "Portugiesisch", "nl": "Niederländisch"},
    "it": {"en": "inglese", "es": "spagnolo", "fr": "francese", "de": "tedesco", "it": "italiano",
           "pt": "portoghese", "nl": "olandese"},
    "pt": {"en": "inglês", "es": "espanhol", "fr": "francês", "de": "alemão", "it": "italiano",
           "pt": "português", "nl": "neerlandês"},
    "nl": {"en": "Engels", "es": "Spaans", "fr": "Frans", "de": "Duits", "it": "Italiaans",
           "pt": "Portugees", "nl": "Nederlands"},
}  # fmt: skip
ENDONYMS: dict[str, str] = {
    "en": "English", "es": "Español", "fr": "Français", "de": "Deutsch", "it": "Italiano",
    "pt": "Português", "nl": "Nederlands", "pl": "Polski", "tr": "Türkçe", "ru": "Русский",
    "uk": "Українська", "sv": "Svenska", "da": "Dansk", "nb": "Norsk", "fi": "Suomi", "cs": "Čeština",
    "ro": "Română", "hu": "Magyar", "el": "Ελληνικά", "zh": "中文", "ja": "日本語", "ko": "한국어",
    "ar": "العربية", "hi": "हिन्दी", "he": "עברית", "ca": "Català",
}  # fmt: skip
_OR = {"en": "or", "es": "o", "fr": "ou", "de": "oder", "it": "o", "pt": "ou", "nl": "of"}
# (one language, several languages): "{languages}" is the list, joined with "or" in that language.
_NOT_SUPPORTED: dict[str, tuple[str, str]] = {
    "en": (
        "I can only help in {languages}. Could you write your message in {languages}?",
        "I can only help in {languages}. Could you write your message in one of these languages?",
    ),
    "es": (
        "Solo puedo ayudarte en {languages}. ¿Puedes escribir tu mensaje en {languages}?",
        "Solo puedo ayudarte en {languages}. ¿Puedes escribir tu mensaje en uno de estos idiomas?",
    ),
    "fr": (
        "Je ne peux vous aider qu'en {languages}. Pouvez-vous écrire votre message en {languages} ?",
        "Je ne peux vous aider qu'en {languages}. Pouvez-vous écrire votre message dans l'une de ces "
        "langues ?",
    ),
    "de": (
        "Ich kann nur auf {languages} helfen. Könnten Sie Ihre Nachricht auf {languages} schreiben?",
        "Ich kann nur auf {languages} helfen. Könnten Sie Ihre Nachricht in einer dieser Sprachen schreiben?",
    ),
    "it": (
        "Posso aiutarti solo in {languages}. Puoi scrivere il tuo messaggio in {languages}?",
        "Posso aiutarti solo in {languages}. Puoi scrivere il tuo messaggio in una di queste lingue?",
    ),
    "pt": (
        "Só posso ajudar em {languages}. Pode escrever a sua mensagem em {languages}?",
        "Só posso ajudar em {languages}. Pode escrever a sua mensagem num destes idiomas?",
    ),
    "nl": (
        "Ik kan alleen helpen in het {languages}. Kun je je bericht in het {languages} schrijven?",
        "Ik kan alleen helpen in het {languages}. Kun je je bericht in een van deze talen schrijven?",
    ),
}
# Customers who write a language the desk does not speak read this in theirs, the languages listed by
# their own names ("English, Español").
_NOT_SUPPORTED_OTHER: dict[str, str] = {
    "pl": "Mogę pomóc tylko w tych językach: {languages}.",
    "tr": "Yalnızca şu dillerde yardımcı olabilirim: {languages}.",
    "ru": "Я могу помочь только на этих языках: {languages}.",
    "uk": "Я можу допомогти лише цими мовами: {languages}.",
    "sv": "Jag kan bara hjälpa till på dessa språk: {languages}.",
    "da": "Jeg kan kun hjælpe på disse sprog: {languages}.",
    "ro": "Pot ajuta doar în aceste limbi: {languages}.",
    "el": "Μπορώ να βοηθήσω μόνο σε αυτές τις γλώσσες: {languages}.",
    "zh": "我只能用以下语言提供帮助：{languages}。",
    "ja": "次の言語でのみお手伝いできます：{languages}。",
    "ko": "다음 언어로만 도와드릴 수 있습니다: {languages}.",
    "ar": "يمكنني المساعدة فقط بهذه اللغات: {languages}.",
}
_NO_LIST = {
    "en": "I can't help in this language. Could you write your message in another one?",
}


def _base_language(language: str) -> str:
    return (language or "en").replace("_", "-").split("-")[0].lower()


def _join(names: list[str], language: str) -> str:
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {_OR.get(language, 'or')} {names[-1]}"


def _language_not_supported(language: str, allowed: tuple[str, ...]) -> str:
    codes = [_base_language(code) for code in allowed]
    codes = [code for i, code in enumerate(codes) if code not in codes[:i]]
    if not codes:
        return _NO_LIST["en"]
    if language in _NOT_SUPPORTED:
        names = [_LANGUAGE_NAMES[language].get(code) or ENDONYMS.get(code, code) for code in codes]
        one, several = _NOT_SUPPORTED[language]
        return (one if len(names) == 1 else several).format(languages=_join(names, language))
    endonyms = ", ".join(ENDONYMS.get(code, code) for code in codes)
    if language in _NOT_SUPPORTED_OTHER:
        return _NOT_SUPPORTED_OTHER[language].format(languages=endonyms)
    names = [_LANGUAGE_NAMES["en"].get(code) or ENDONYMS.get(code, code) for code in codes]
    one, several = _NOT_SUPPORTED["en"]
    return (one if len(names) == 1 else several).format(languages=_join(names, "en"))


def refusal_message(kind: str, language: str, *, allowed_languages: tuple[str, ...] = ()) -> str:
    """The customer-facing text for a refusal of `kind` (one of `KINDS`; anything else reads as
    "generic"), in `language` (ISO 639-1, "pt-BR" reads as "pt"), English when we have no texts in it.
    `allowed_languages` are the languages the agent answers in, named by "language_not_supported"."""
    language = _base_language(language)
    if kind == "language_not_supported":
        return _language_not_supported(language, tuple(allowed_languages))
    texts = _TEXTS.get(kind, _TEXTS["generic"])
    return texts.get(language, texts["en"])
