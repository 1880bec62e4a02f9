"""Closed vocabularies in the words real exports use: enum values in English, Italian, Polish and
German, country and currency codes, languages and the time zone a country's debtors live in.

Values are compared after `fields.header_key` (case, accents, spaces, underscores and hyphens do
not matter), so "Nessuna risposta", "nessuna_risposta" and "NESSUNA RISPOSTA" are one value.
"""

from __future__ import annotations

from enum import StrEnum

from collectdesk.domain.enums import AccountStatus, Channel, DebtorType, Direction, Outcome, PaymentMethod
from collectdesk.services.imports.fields import header_key

ALIASES: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    DebtorType: {
        "person": ("private", "individual", "consumer", "persona", "persona fisica", "privato", "consumatore",
                   "osoba", "osoba fizyczna", "konsument", "Person", "Privatperson", "natürliche Person",
                   "Verbraucher", "privat"),
        "company": ("business", "organisation", "organization", "azienda", "società", "impresa", "ditta",
                    "persona giuridica", "firma", "spółka", "przedsiębiorstwo", "osoba prawna", "Unternehmen",
                    "Gesellschaft", "juristische Person", "Gewerbe"),
    },
    AccountStatus: {
        "open": ("new", "active", "aperto", "aperta", "nuovo", "attivo", "otwarte", "otwarta", "otwarty", "nowe",
                 "aktywne", "offen", "neu", "aktiv"),
        "promised": ("promise", "promesso", "promessa", "promessa di pagamento", "obiecane", "obietnica",
                     "obietnica zapłaty", "zugesagt", "versprochen", "Zahlungsversprechen"),
        "payment_plan": ("plan", "piano di pagamento", "piano di rientro", "rateizzato", "rateizzazione",
                         "plan spłaty", "plan płatności", "ugoda ratalna", "raty", "Ratenzahlung", "Zahlungsplan",
                         "Ratenplan"),
        "disputed": ("dispute", "contestato", "contestata", "in contestazione", "sporne", "sporny", "spór",
                     "reklamacja", "bestritten", "Widerspruch", "strittig"),
        "on_hold": ("hold", "paused", "sospeso", "sospesa", "in sospeso", "wstrzymane", "wstrzymany",
                    "zawieszone", "angehalten", "pausiert", "ruhend", "zurückgestellt"),
        "escalated": ("escalato", "escalata", "eskalowane", "eskalacja", "eskaliert"),
        "legal": ("legale", "contenzioso", "in contenzioso", "sądowe", "sprawa sądowa", "windykacja sądowa",
                  "rechtlich", "gerichtlich", "Rechtsweg", "Mahnverfahren"),
        "settled": ("settlement", "transatto", "transazione", "saldo e stralcio", "ugoda", "ugodzone",
                    "Vergleich", "verglichen"),
        "paid": ("pagato", "pagata", "saldato", "saldata", "zapłacone", "spłacone", "spłacony", "opłacone",
                 "bezahlt", "beglichen", "erledigt bezahlt"),
        "written_off": ("write off", "written off", "stralciato", "svalutato", "spisane", "odpisane",
                        "abgeschrieben", "ausgebucht"),
        "closed": ("chiuso", "chiusa", "zamknięte", "zamknięta", "geschlossen", "erledigt"),
    },
    PaymentMethod: {
        "bank_transfer": ("transfer", "bank transfer", "wire", "credit transfer", "bonifico", "bonifico bancario",
                          "przelew", "przelew bankowy", "Überweisung", "Banküberweisung", "SEPA-Überweisung"),
        "card": ("credit card", "debit card", "carta", "carta di credito", "bancomat", "karta", "karta płatnicza",
                 "Karte", "Kreditkarte", "EC-Karte", "Girocard", "Kartenzahlung"),
        "direct_debit": ("debit", "sepa direct debit", "addebito diretto", "addebito", "RID", "SDD",
                         "polecenie zapłaty", "Lastschrift", "SEPA-Lastschrift", "Einzug"),
        "cash": ("contanti", "in contanti", "gotówka", "bar", "Barzahlung", "Bargeld", "in bar"),
        "cheque": ("check", "assegno", "czek", "Scheck"),
        "other": ("altro", "inne", "inna", "sonstige", "sonstiges", "andere"),
    },
    Channel: {
        "call": ("phone", "phone call", "telephone", "chiamata", "telefonata", "telefono", "połączenie", "telefon",
                 "rozmowa", "Anruf", "Telefonat", "Telefon"),
        "letter": ("mail letter", "post", "lettera", "raccomandata", "list", "pismo", "Brief", "Schreiben"),
        "email": ("e-mail", "mail", "posta elettronica", "E-Mail"),
        "sms": ("text", "text message", "messaggio", "wiadomość sms", "Kurznachricht"),
        "visit": ("home visit", "visita", "visita domiciliare", "wizyta", "wizyta terenowa", "Besuch",
                  "Hausbesuch", "Außendienst"),
    },
    Direction: {
        "outbound": ("out", "outgoing", "in uscita", "uscita", "uscente", "wychodzące", "wychodzący",
                     "wychodzaca", "ausgehend", "abgehend"),
        "inbound": ("in", "incoming", "in entrata", "entrata", "in arrivo", "entrante", "przychodzące",
                    "przychodzący", "przychodzaca", "eingehend"),
    },
    Outcome: {
        "no_answer": ("no reply", "nessuna risposta", "non risponde", "senza risposta", "brak odpowiedzi",
                      "nie odbiera", "nieodebrane", "keine Antwort", "nicht erreicht", "keine Annahme"),
        "busy": ("engaged", "occupato", "zajęte", "zajęty", "besetzt"),
        "left_message": ("voicemail", "message left", "lasciato messaggio", "messaggio lasciato", "segreteria",
                         "segreteria telefonica", "zostawiono wiadomość", "nagrano wiadomość", "poczta głosowa",
                         "Nachricht hinterlassen", "Mailbox", "Anrufbeantworter"),
        "right_party_contact": ("rpc", "contact", "contatto", "contatto con il debitore", "contatto diretto",
                                "parlato con il debitore", "kontakt", "kontakt z dłużnikiem",
                                "rozmowa z dłużnikiem", "Kontakt", "Kontakt mit Schuldner", "Schuldner erreicht"),
        "third_party": ("third party contact", "terzi", "terza parte", "parlato con terzi", "familiare",
                        "osoba trzecia", "kontakt z osobą trzecią", "Dritte", "Dritter", "Drittperson",
                        "Angehöriger"),
        "wrong_number": ("numero errato", "numero sbagliato", "numero inesistente", "błędny numer", "zły numer",
                         "pomyłka", "falsche Nummer", "Nummer ungültig"),
        "promise_to_pay": ("ptp", "promise", "promessa di pagamento", "promessa", "obietnica zapłaty",
                           "obietnica", "deklaracja spłaty", "Zahlungsversprechen", "Zahlungszusage"),
        "refused": ("refusal", "refused to pay", "rifiuto", "rifiutato", "rifiuta di pagare", "odmowa",
                    "odmowa zapłaty", "odmówił", "abgelehnt", "verweigert", "Zahlungsverweigerung"),
        "dispute": ("disputed", "contestazione", "contestato", "spór", "sporne", "reklamacja", "Widerspruch",
                    "Einspruch", "bestritten"),
        "delivered": ("consegnato", "consegnata", "recapitato", "recapitata", "doręczone", "doręczony",
                      "dostarczone", "zugestellt", "geliefert"),
        "returned": ("bounced", "undeliverable", "restituito", "ritornato", "al mittente", "non recapitato",
                     "zwrócone", "zwrot", "niedoręczone", "zurück", "zurückgesendet", "Rücklauf",
                     "unzustellbar"),
    },
}


def vocabulary(enum_cls: type[StrEnum]) -> dict[str, str]:
    """header_key(spelling) -> enum value, for the values themselves and all their aliases."""
    table = {header_key(member.value): member.value for member in enum_cls}
    for value, spellings in ALIASES.get(enum_cls, {}).items():
        for spelling in spellings:
            table.setdefault(header_key(spelling), value)
    return table


ISO_COUNTRIES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY
BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK
FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR
IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK
ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF
TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

COUNTRY_NAMES = {
    "IT": ("Italy", "Italia", "Włochy", "Italien"),
    "PL": ("Poland", "Polonia", "Polska", "Polen"),
    "DE": ("Germany", "Germania", "Niemcy", "Deutschland"),
    "AT": ("Austria", "Österreich"),
    "CH": ("Switzerland", "Svizzera", "Szwajcaria", "Schweiz"),
    "FR": ("France", "Francia", "Francja", "Frankreich"),
    "ES": ("Spain", "Spagna", "Hiszpania", "Spanien"),
}


def country_table() -> dict[str, str]:
    table = {header_key(code): code for code in ISO_COUNTRIES}
    for code, names in COUNTRY_NAMES.items():
        for name in names:
            table[header_key(name)] = code
    return table


CURRENCY_SYMBOLS = {"€": "EUR", "eur": "EUR", "euro": "EUR", "zł": "PLN", "zl": "PLN", "pln": "PLN",
                    "chf": "CHF", "fr": "CHF", "£": "GBP", "gbp": "GBP", "$": "USD", "usd": "USD",
                    "kč": "CZK", "czk": "CZK", "ft": "HUF", "huf": "HUF"}

# Where a country's debtors are called, and in which language they are written to, when the file
# does not say. Countries not listed: Central European Time and English.
COUNTRY_TIMEZONES = {
    "IT": "Europe/Rome", "PL": "Europe/Warsaw", "DE": "Europe/Berlin", "AT": "Europe/Vienna",
    "CH": "Europe/Zurich", "FR": "Europe/Paris", "ES": "Europe/Madrid", "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels", "CZ": "Europe/Prague", "SK": "Europe/Bratislava", "HU": "Europe/Budapest",
    "SI": "Europe/Ljubljana", "HR": "Europe/Zagreb", "RO": "Europe/Bucharest", "BG": "Europe/Sofia",
    "GR": "Europe/Athens", "PT": "Europe/Lisbon", "IE": "Europe/Dublin", "GB": "Europe/London",
    "DK": "Europe/Copenhagen", "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "FI": "Europe/Helsinki",
    "LT": "Europe/Vilnius", "LV": "Europe/Riga", "EE": "Europe/Tallinn", "UA": "Europe/Kyiv",
    "LU": "Europe/Luxembourg", "MT": "Europe/Malta", "SM": "Europe/San_Marino", "VA": "Europe/Vatican",
}
DEFAULT_TIMEZONE = "Europe/Berlin"
COUNTRY_LANGUAGES = {"IT": "it", "SM": "it", "VA": "it", "PL": "pl", "DE": "de", "AT": "de", "LI": "de"}

LANGUAGES = {"en": ("english", "inglese", "angielski", "englisch"),
             "it": ("italian", "italiano", "włoski", "italienisch"),
             "pl": ("polish", "polacco", "polski", "polnisch"),
             "de": ("german", "tedesco", "niemiecki", "deutsch")}


def language_table() -> dict[str, str]:
    table = {}
    for code, names in LANGUAGES.items():
        table[code] = code
        for name in names:
            table[header_key(name)] = code
    return table
