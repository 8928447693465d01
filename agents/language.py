"""Which language a customer wrote in: lingua's statistical detector, steadied by hint words.

lingua-language-detector ships its n-gram models inside the wheel (nothing is downloaded at first
use). It is built once per process over `DETECTED`, in high-accuracy mode (n-grams of 1 to 5
letters): 1.4 s and about 175 MB to load, 0.3 ms a message. Low-accuracy mode (trigrams only) loads
in 70 ms and 35 MB but misread 11 of the 230 labelled messages in demo_shop/router_eval.jsonl
("pls reset my pasword" came out German), high-accuracy mode 1. Short messages are still hard for
any statistical detector ("ok" is Dutch to it), so every language also has a short list of hint
words (function words, greetings, support words and SMS-speak) and the share of a message's words
that are hints of a language is added to lingua's confidence for it. Without lingua installed the
hint words decide alone.

A message with no letters, or one so short that nothing points anywhere, is `default`: a support
desk's customers mostly write its main language, and guessing Dutch for "ok" helps nobody.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any

#: languages the detector tells apart (ISO 639-1); the router's lexicon knows the same seven
DETECTED: tuple[str, ...] = ("en", "es", "fr", "de", "it", "pt", "nl")

# A word found in several lists counts for each of them ("no" is English, Spanish and Italian).
_HINTS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the my is are where what how when why who i you your u ur r wht pls plz please thanks thx ty"
        " hi hey hello bye ok okay yes yeah no not and with want need can cant can't don't dont it its"
        " it's im i'm ive i've was order refund return password account help get got this that of to"
        " for have has do does did lol yo wanna gonna hw wen whr 4 some any me".split()
    ),
    "es": frozenset(
        "el la los las mi mis tu su es está esta estan están dónde donde cómo como qué que cuándo"
        " cuando cuánto cuanto por favor quiero quisiera necesito puedo pueden hola gracias buenas"
        " buenos días pedido pedidos envío devolver devolución reembolso contraseña cuenta ayuda no"
        " sí con para mí un una del al hacer todavía ha llegado tienen hay".split()
    ),
    "fr": frozenset(
        "je j' mon ma mes est où comment quand pourquoi combien vous votre vos nous suis pas ne le les"
        " des une un du bonjour salut merci commande colis livraison remboursement retour retourner"
        " compte mot passe aide s'il plaît oui avec pour dans toujours n'est c'est qu'est puis-je"
        " voudrais veux j'ai".split()
    ),
    "de": frozenset(
        "ich mein meine meinen ist wo wie wann warum was der die das und nicht mit bitte danke hallo"
        " guten tag bestellung paket lieferung rücksendung erstattung geld zurück konto passwort"
        " hilfe ja nein habe möchte kann können sie mir ein eine einen noch schon".split()
    ),
    "it": frozenset(
        "il mio mia miei è dove come quando perché cosa che non grazie ciao buongiorno ordine"
        " spedizione rimborso reso restituire account aiuto vorrei voglio posso sono per con di una"
        " ancora".split()
    ),
    "pt": frozenset(
        "o meu minha é onde como quando porque não obrigado obrigada olá oi pedido entrega reembolso"
        " devolver devolução conta senha ajuda quero posso por favor com para uma ainda chegou"
        " você".split()
    ),
    "nl": frozenset(
        "ik mijn waar hoe wanneer waarom wat niet met bedankt dank hallo hoi bestelling pakket"
        " levering terugsturen terugbetaling account wachtwoord hulp een het de is ja nee wil kan"
        " graag al".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LETTER = re.compile(r"[^\W\d_]")
# How much the share of hint words weighs against lingua's confidence (both are 0..1). Equal weight:
# on one- and two-word messages the hints are the better judge, on sentences lingua is, and a
# sentence's hint share is spread over the languages it shares words with.
_HINT_WEIGHT = 1.0
# Below this combined score nothing points clearly anywhere: answer the default.
_MIN_SCORE = 0.3
# One or two words that are no hint of any language ("operator", "asdf") are too little for the
# statistical model alone unless it is this sure.
_SHORT_WORDS = 3
_SHORT_MIN_CONFIDENCE = 0.8


@dataclass(frozen=True)
class LanguageGuess:
    code: str  # ISO 639-1
    score: float  # the winner's combined score (lingua confidence + hint share), 0..2
    method: str  # "lingua+hints", "hints" or "default"


_detector: Any = None
_detector_lock = threading.Lock()
_lingua_missing = False


def _lingua() -> Any:
    """The lingua detector over `DETECTED`, built once per process; None when lingua is missing."""
    global _detector, _lingua_missing
    if _detector is not None or _lingua_missing:
        return _detector
    with _detector_lock:
        if _detector is None and not _lingua_missing:
            try:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
            except ImportError:
                _lingua_missing = True
                return None
            languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in DETECTED]
            _detector = LanguageDetectorBuilder.from_languages(*languages).build()
    return _detector


def _lingua_scores(text: str) -> dict[str, float]:
    detector = _lingua()
    if detector is None:
        return {}
    return {
        value.language.iso_code_639_1.name.lower(): float(value.value)
        for value in detector.compute_language_confidence_values(text)
    }


def detect_language(text: str, *, default: str = "en") -> LanguageGuess:
    """The language of `text` (one of `DETECTED`), or `default` when the text gives no clear sign."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text[:2000])]
    if not words or len(_LETTER.findall(text[:2000])) < 2:
        return LanguageGuess(default, 0.0, "default")
    scores = {code: 0.0 for code in DETECTED}
    any_hint = False
    for code, hints in _HINTS.items():
        hits = sum(1 for w in words if w in hints)
        any_hint = any_hint or hits > 0
        scores[code] += _HINT_WEIGHT * hits / len(words)
    statistical = _lingua_scores(text[:2000])
    if (
        not any_hint
        and len(words) < _SHORT_WORDS
        and max(statistical.values(), default=0.0) < _SHORT_MIN_CONFIDENCE
    ):
        return LanguageGuess(default, 0.0, "default")
    for code, confidence in statistical.items():
        scores[code] = scores.get(code, 0.0) + confidence
    # Ties go to the default (then to the order of DETECTED): "no" alone is English as well.
    ranked = sorted(scores, key=lambda c: (-scores[c], c != default, DETECTED.index(c)))
    best = ranked[0]
    if scores[best] < _MIN_SCORE:
        return LanguageGuess(default, scores[best], "default")
    return LanguageGuess(best, round(scores[best], 4), "lingua+hints" if statistical else "hints")


# --- the lexicon: key support words of other languages, in English ------------------------------
#
# all-MiniLM-L6-v2 was trained on English: "¿Dónde está mi pedido?" lands nowhere near "Where is my
# order?". Mapping a message's key words into English before embedding ("dónde está mi order") puts it
# back among the English prototypes. This is not translation: only the words that decide where a
# support message goes (order, parcel, return, refund, password, price, person...) and the question
# words around them are mapped; the rest is left as it is, articles and prepositions are dropped.
# Keys are lowercase and mostly without accents, since customers often type none ("donde esta mi
# pedido"); a key with accents is looked up first where the accent changes the word ("qué" is "what",
# "que" mostly "that"). Phrases (up to four words) are matched before single words.

_LEXICON_TEXT: dict[str, str] = {
    "es": """
        por favor=please|no ha llegado=has not arrived|no me ha llegado=has not arrived|todavia no=not yet|
        numero de seguimiento=tracking number|correo electronico=email|iniciar sesion=log in|
        dar de baja=unsubscribe|darme de baja=unsubscribe|me queda=it is|me quedan=they are|
        quiero hablar=i want to talk|tarjeta de credito=credit card|metodos de pago=payment methods|
        formas de pago=payment methods|gastos de envio=shipping costs|cuanto cuesta=how much does it cost|
        cuanto cuestan=how much do they cost|que tiempo=what weather|buenos dias=good morning|
        buenas tardes=good afternoon|devuelvan el dinero=refund the money|
        devolver el dinero=refund the money|que tal=how are you|pedido=order|pedidos=orders|compra=purchase|
        paquete=parcel|envio=shipping|envios=shipping|entrega=delivery|llegado=arrived|llega=arrives|
        llegar=arrive|seguimiento=tracking|cancelar=cancel|anular=cancel|cambiar=change|
        cambiarla=exchange it|cambiarlo=exchange it|devolver=return|devolucion=return|devoluciones=returns|
        reembolso=refund|dinero=money|roto=broken|rota=broken|danado=damaged|equivocado=wrong|
        equivocada=wrong|talla=size|pequeno=small|pequenos=small|grande=big|contrasena=password|
        cuenta=account|correo=email|sesion=session|eliminar=delete|eliminen=delete|borrar=delete|ayuda=help|
        precio=price|precios=prices|cuesta=cost|cuestan=cost|pago=payment|tarjeta=card|garantia=warranty|
        descuento=discount|tienda=store|horario=opening hours|persona=person|humano=human|agente=agent|
        pasame=put me through|hablar=talk|chiste=joke|clima=weather|hola=hello|gracias=thanks|adios=goodbye|
        donde=where|cuando=when|cuanto=how much|cómo=how|como=like|qué=what|que=|unos=|unas=|está=is|
        esta=this|quiero=i want|quisiera=i would like|necesito=i need|puedo=can i|pueden=can you|mi=my|
        mis=my|estado=status|todavia=still|recibire=will i get|recibido=received|recibir=receive|
        aceptan=do you accept|hacen=do you do|tienen=do you have|internacionales=international|
        producto=product|productos=products|electronicos=electronics|olvide=i forgot|olvidado=forgotten|
        entrar=log in|no=not|real=real|zapatos=shoes|mandaron=sent|hace=does|hago=do i|hay=is there|
        numero=number|el=|la=|los=|las=|un=|una=|de=|del=|al=|y=and|me=me|se=|lo=|a=to|en=in|con=with|
        para=for|por=for|su=your|tu=your
    """,
    "fr": """
        mot de passe=password|s' il vous plait=please|s' il te plait=please|adresse e-mail=email address|
        adresse mail=email address|me connecter=log in|se connecter=log in|
        moyens de paiement=payment methods|frais de port=shipping costs|frais de livraison=shipping costs|
        quel temps=what weather|ou en est=what is the status of|pas arrive=not arrived|
        pas arrivee=not arrived|je veux=i want|je voudrais=i would like|est-ce que=|puis-je=can i|
        plus grande=bigger|plus petite=smaller|commande=order|commandes=orders|colis=parcel|
        livraison=delivery|livre=delivered|livree=delivered|livrez=deliver|arrive=arrived|arrivee=arrived|
        suivi=tracking|annuler=cancel|retour=return|retourner=return|renvoyer=send back|rembourse=refunded|
        remboursee=refunded|remboursement=refund|rembourser=refund|echanger=exchange|casse=broken|
        cassee=broken|endommage=damaged|abime=damaged|taille=size|compte=account|connecter=log in|
        oublie=forgot|supprimer=delete|supprimez=delete|modifier=change|changer=change|adresse=address|
        aide=help|prix=prices|coute=cost|paiement=payment|carte=card|garantie=warranty|duree=length|
        reduction=discount|magasin=store|conseiller=agent|humain=human|quelqu'un=someone|personne=person|
        parler=talk|blague=joke|meteo=weather|bonjour=hello|salut=hi|merci=thanks|ou=where|quand=when|
        combien=how much|comment=how|quel=what|quels=what|quelle=what|quelles=what|mon=my|ma=my|mes=my|
        toujours=still|recu=received|article=item|pull=sweater|acceptez=do you accept|vous=you|vos=your|
        votre=your|raconte-moi=tell me|fait-il=is it|est=is|pas=not|n'est=is not|n'arrive=can|n'ai=have not|
        j'arrive=can|je=i|j'ai=i have|veux=want|voudrais=would like|le=|la=|les=|l'=|un=|une=|des=|du=|de=|
        d'=|j'=i|m'=me|n'=|s'=|c'=it|qu'=that|t'=you|a=to|en=in|au=in|aux=to|et=and|avec=with|pour=for|ne=|
        contre=for
    """,
    "de": """
        e-mail-adresse=email address|gibt es=is there|rabatt=discount|rabatte=discounts|e-mail=email|
        geld zuruck=money back|wie lange=how long|was kostet=how much does cost|bestellung=order|
        bestellungen=orders|paket=parcel|lieferung=delivery|geliefert=delivered|liefern=deliver|
        versand=shipping|sendungsverfolgung=tracking|sendung=shipment|stornieren=cancel|rucksendung=return|
        zurucksenden=send back|zuruckschicken=send back|zuruckgeben=return|umtauschen=exchange|
        erstattung=refund|ruckerstattung=refund|geld=money|zuruck=back|beschadigt=damaged|kaputt=broken|
        defekt=faulty|falsch=wrong|grosse=size|passwort=password|konto=account|kundenkonto=account|
        einloggen=log in|anmelden=log in|vergessen=forgotten|loschen=delete|andern=change|andere=change|
        anderst=change|adresse=address|hilfe=help|preis=price|preise=prices|kostet=costs|kosten=cost|
        zahlungsmethoden=payment methods|zahlungsarten=payment methods|bezahlen=pay|garantie=warranty|
        gutschein=voucher|geschaft=store|mitarbeiter=staff|mensch=human|menschen=human|sprechen=speak|
        reden=talk|verbinden=connect|witz=joke|wetter=weather|hallo=hello|danke=thanks|wo=where|wann=when|
        wie=how|was=what|welche=which|mein=my|meine=my|meinen=my|meinem=my|ich=i|mochte=would like|
        will=want|bleibt=is|warte=have been waiting|elektrogerate=electronics|artikel=item|schuhe=shoes|
        bekomme=get|produkt=product|lustiges=funny|erzahl=tell|nicht=not|nichts=nothing|ist=is|sind=are|
        habe=have|kann=can|konnen=can|bitte=please|morgen=tomorrow|der=|die=|das=|den=|dem=|ein=|eine=|
        einen=|einem=|und=and|mit=with|fur=for|nach=to|zu=to|von=from|seit=for|auf=on|im=in|sie=you|mir=me|
        mich=me|schon=already|noch=still|es=it|gibt=is
    """,
    "it": """
        quanto costa=how much does it cost|ordine=order|ordini=orders|spedizione=shipping|consegna=delivery|
        arrivato=arrived|pacco=parcel|rimborso=refund|restituire=return|reso=return|annullare=cancel|
        aiuto=help|prezzo=price|prezzi=prices|costa=costs|quanto=how much|dov'e=where is|dove=where|mio=my|
        mia=my|vorrei=i would like|voglio=i want|articolo=item|pagamento=payment|garanzia=warranty|
        persona=person|parlare=talk|barzelletta=joke|tempo=weather|ciao=hello|grazie=thanks|ancora=still|
        non=not|avere=get|il=|lo=|la=|i=|gli=|le=|un=|una=|di=|in=in|e=and|per=for
    """,
    "pt": """
        formas de pagamento=payment methods|quanto custa=how much does it cost|pedido=order|encomenda=order|
        entrega=delivery|chegou=arrived|onde=where|esta=is|meu=my|minha=my|devolver=return|devolucao=return|
        reembolso=refund|receber=receive|produto=product|senha=password|conta=account|entrar=log in|
        esqueci=i forgot|pagamento=payment|quais=what|quanto=how much|custa=cost|frete=shipping|ajuda=help|
        falar=talk|pessoa=person|atendente=agent|obrigado=thanks|obrigada=thanks|ola=hello|ainda=still|
        nao=not|quero=i want|sao=are|as=|os=|o=|a=|e=and|de=|do=|da=|um=|uma=|na=|no=
    """,
    "nl": """
        bestelling=order|bestellingen=orders|pakket=parcel|levering=delivery|waar=where|mijn=my|
        wacht=have been waiting|terugsturen=send back|retour=return|terugbetaling=refund|geld=money|
        wachtwoord=password|vergeten=forgot|inloggen=log in|verzendkosten=shipping costs|
        verzending=shipping|kosten=costs|prijs=price|prijzen=prices|wat=what|zijn=are|naar=to|
        medewerker=staff|mens=human|spreken=speak|grap=joke|weer=weather|hallo=hello|bedankt=thanks|hoe=how|
        wanneer=when|ik=i|al=already|een=a|de=the|het=the|is=is|niet=not
    """,
}


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _parse_lexicon(source: str) -> dict[tuple[str, ...], str]:
    entries: dict[tuple[str, ...], str] = {}
    for item in " ".join(source.split()).split("|"):
        key, _, value = item.strip().partition("=")
        if key:
            entries[tuple(key.split())] = value.strip()
    return entries


LEXICONS: dict[str, dict[tuple[str, ...], str]] = {
    code: _parse_lexicon(source) for code, source in _LEXICON_TEXT.items()
}
_LONGEST_KEY = max(len(key) for lexicon in LEXICONS.values() for key in lexicon)
# Words of a lexicon's language: letters with inner apostrophes or hyphens ("quelqu'un", "e-mail"),
# and numbers, which pass through (an order number still tells the model it is about an order).
_ELIDED = frozenset({"l", "d", "j", "n", "s", "c", "m", "t", "qu"})
_LEXICON_TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*'?|\d+")


def to_english_keywords(text: str, language: str) -> tuple[str, int]:
    """`text` with the key support words of `language` mapped into English (see the lexicon above),
    lowercased; and how many words were mapped. English text, or a language without a lexicon, comes
    back lowercased and unchanged."""
    lexicon = LEXICONS.get(language)
    if lexicon is None:
        return text.lower(), 0
    exact: list[str] = []  # lowercase, accents kept: for the few keys where an accent matters
    plain: list[str] = []  # accents stripped: every other key
    for raw in _LEXICON_TOKEN.findall(text):
        token = raw.lower().replace("’", "'")
        head, apostrophe, rest = token.partition("'")
        # French elision: "l'article" is "l'" + "article" unless the lexicon knows the whole word
        # (phrase keys are written split: "s' il vous plait").
        split = apostrophe and rest and head in _ELIDED and (_strip_accents(token),) not in lexicon
        for part in [head + "'", rest] if split else [token]:
            exact.append(part)
            plain.append(_strip_accents(part))
    out: list[str] = []
    mapped = 0
    i = 0
    while i < len(plain):
        for size in range(min(_LONGEST_KEY, len(plain) - i), 0, -1):
            english = lexicon.get((exact[i],)) if size == 1 else None
            if english is None:
                english = lexicon.get(tuple(plain[i : i + size]))
            if english is not None:
                if english:
                    out.append(english)
                mapped += 1
                i += size
                break
        else:
            out.append(plain[i])
            i += 1
    return " ".join(out), mapped
