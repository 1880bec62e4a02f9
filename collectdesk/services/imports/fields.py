"""The fields each kind of import knows, and the header spellings accepted for them.

Headers are compared after `header_key`: case-folded, accents removed (ł -> l, ß -> ss), and every
character that is not a letter or digit dropped, so "Numer konta", "numer_konta" and "NUMER-KONTA"
are one header. Anything else is named with `mapping` (--map SOURCE=FIELD).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_EXTRA_FOLD = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe"})


def header_key(text: str) -> str:
    folded = unicodedata.normalize("NFKD", str(text).translate(_EXTRA_FOLD).casefold())
    return "".join(ch for ch in folded if ch.isalnum() and not unicodedata.combining(ch))


@dataclass(frozen=True)
class Field:
    name: str
    required: bool
    aliases: tuple[str, ...]


def _f(name: str, required: bool, *aliases: str) -> Field:
    return Field(name, required, (name, *aliases))


_ACCOUNT_NO = ("account", "account number", "account_number", "account id", "numero_pratica", "numero pratica",
               "pratica", "n pratica", "numero_conto", "numero conto", "codice pratica", "numer_konta",
               "numer konta", "nr konta", "nr_konta", "numer sprawy", "nr sprawy", "konto", "Kontonummer",
               "Konto-Nr", "Kontonr", "Aktenzeichen", "Forderungsnummer")
_COLLECTOR = ("collector", "agent", "operator", "operatore", "incaricato", "gestore", "windykator", "opiekun",
              "konsultant", "Sachbearbeiter", "Inkassomitarbeiter", "Mitarbeiter", "Bearbeiter")
_CURRENCY = ("valuta", "divisa", "waluta", "Währung", "Waehrung")

ACCOUNT_FIELDS = (
    _f("account_no", True, *_ACCOUNT_NO),
    _f("debtor_name", True, "debtor", "name", "debtor name", "customer", "customer name", "debitore",
       "nome debitore", "nominativo", "ragione sociale", "cliente", "dłużnik", "nazwa dłużnika", "imię i nazwisko",
       "nazwa", "klient", "Schuldner", "Schuldnername", "Name", "Kunde", "Kundenname"),
    _f("debtor_type", False, "type", "debtor type", "tipo", "tipo debitore", "tipo soggetto", "typ", "typ dłużnika",
       "Schuldnertyp", "Typ", "Art"),
    _f("country", True, "country code", "paese", "nazione", "stato estero", "kraj", "Land", "Ländercode"),
    _f("currency", True, *_CURRENCY),
    _f("original_amount", True, "amount", "original amount", "principal", "importo", "importo originale",
       "importo iniziale", "capitale", "kwota", "kwota pierwotna", "kwota początkowa", "kwota główna", "Betrag",
       "Ursprungsbetrag", "Forderungsbetrag", "Hauptforderung"),
    _f("balance", True, "outstanding", "open balance", "saldo", "residuo", "importo residuo", "debito residuo",
       "saldo zadłużenia", "pozostało do spłaty", "zadłużenie", "Restbetrag", "offener Betrag", "Restschuld"),
    _f("due_date", True, "due", "due on", "data_scadenza", "data scadenza", "scadenza", "termin_płatności",
       "termin płatności", "termin", "data wymagalności", "Fälligkeitsdatum", "fällig am", "Fälligkeit",
       "faellig"),
    _f("status", False, "state", "stato", "stato pratica", "stan", "status sprawy", "Zustand"),
    _f("collector", False, *_COLLECTOR),
    _f("phone", False, "telephone", "tel", "phone number", "mobile", "telefono", "cellulare", "numero di telefono",
       "telefon", "numer telefonu", "komórka", "Telefon", "Telefonnummer", "Handy", "Mobil"),
    _f("email", False, "e-mail", "mail", "email address", "posta elettronica", "indirizzo email", "adres e-mail",
       "adres email", "E-Mail-Adresse"),
    _f("address", False, "postal address", "indirizzo", "residenza", "adres", "adres zamieszkania", "Adresse",
       "Anschrift"),
    _f("language", False, "lang", "lingua", "język", "Sprache"),
    _f("timezone", False, "time zone", "fuso orario", "strefa czasowa", "Zeitzone"),
    _f("creditor", False, "client", "creditore", "mandante", "committente", "wierzyciel", "zleceniodawca",
       "Gläubiger", "Auftraggeber", "Mandant"),
    _f("creditor_ref", False, "creditor reference", "riferimento creditore", "rif creditore", "sygnatura wierzyciela",
       "referencja wierzyciela", "Gläubigerreferenz", "Referenz Gläubiger"),
    _f("opened_on", False, "opened", "open date", "data apertura", "data affido", "data otwarcia",
       "data przekazania", "eröffnet am", "Übergabedatum"),
)

PAYMENT_FIELDS = (
    _f("account_no", True, *_ACCOUNT_NO),
    _f("amount", True, "paid", "payment", "amount paid", "importo", "importo pagato", "pagamento", "versamento",
       "kwota", "kwota wpłaty", "wpłata", "Betrag", "Zahlbetrag", "Zahlung", "gezahlt"),
    _f("paid_on", True, "date", "payment date", "paid at", "data", "data pagamento", "data valuta", "data versamento",
       "data wpłaty", "data płatności", "data zapłaty", "Zahlungsdatum", "Datum", "bezahlt am", "Wertstellung"),
    _f("method", False, "payment method", "metodo", "metodo di pagamento", "modalità", "modalità di pagamento",
       "metoda", "metoda płatności", "sposób płatności", "forma płatności", "Zahlungsart", "Zahlweise", "Methode"),
    _f("reference", False, "ref", "riferimento", "causale", "tytuł", "tytuł przelewu", "referencja",
       "Referenz", "Verwendungszweck"),
    _f("currency", False, *_CURRENCY),
)

ACTIVITY_FIELDS = (
    _f("account_no", True, *_ACCOUNT_NO),
    _f("collector", False, *_COLLECTOR),
    _f("occurred_at", True, "time", "date", "when", "timestamp", "date time", "data ora", "data e ora", "data",
       "quando", "data kontaktu", "czas", "data i godzina", "Zeitpunkt", "Datum", "Zeit", "Datum Uhrzeit"),
    _f("channel", True, "canale", "mezzo", "kanał", "Kanal"),
    _f("direction", True, "direzione", "verso", "kierunek", "Richtung"),
    _f("outcome", True, "result", "esito", "risultato", "wynik", "rezultat", "Ergebnis"),
    _f("duration_s", False, "duration", "seconds", "durata", "durata s", "durata secondi", "czas trwania",
       "sekundy", "Dauer", "Dauer s", "Sekunden"),
    _f("note", False, "notes", "comment", "nota", "note", "commento", "notatka", "uwagi", "komentarz", "Notiz",
       "Bemerkung", "Kommentar"),
)

FIELDS = {"accounts": ACCOUNT_FIELDS, "payments": PAYMENT_FIELDS, "activities": ACTIVITY_FIELDS}


def alias_table(kind: str) -> dict[str, str]:
    """header_key(alias) -> field name."""
    table: dict[str, str] = {}
    for field in FIELDS[kind]:
        for alias in field.aliases:
            table.setdefault(header_key(alias), field.name)
    return table
