"""Short texts the demo people wrote: notes, letters, e-mails, replies, suggestions.

They are data, not user interface: a collector in Napoli writes notes in Italian, one in Łódź in Polish.
So they are not translated; each list is in the language of the country it belongs to.
"""

from __future__ import annotations

# notes on activities, by outcome family
NOTES = {
    "it": {
        "rpc": ("Parlato con il debitore, chiede tempo fino a fine mese.",
                "Il debitore conferma il debito, valuta una rateizzazione.",
                "Cliente collaborativo, ha chiesto il dettaglio delle spese.",
                "Verificata l'identità; il cliente è in cassa integrazione."),
        "ptp": ("Promessa di pagamento con bonifico.", "Si impegna a pagare entro la data concordata.",
                "Pagherà dopo l'accredito dello stipendio."),
        "refused": ("Il debitore rifiuta di pagare, sostiene di non avere fondi.",
                    "Rifiuto netto, chiede di non essere più chiamato in orario di lavoro."),
        "dispute": ("Contesta l'importo: dice di aver già pagato la fattura.",
                    "Contesta il debito, chiede copia del contratto."),
        "third_party": ("Risponde la moglie, nessuna informazione lasciata.", "Ha risposto un collega; richiamare."),
    },
    "pl": {
        "rpc": ("Rozmowa z dłużnikiem, prosi o czas do końca miesiąca.",
                "Dłużnik potwierdza zadłużenie, rozważa rozłożenie na raty.",
                "Klient chętny do współpracy, prosi o zestawienie kosztów.",
                "Tożsamość potwierdzona; klient stracił pracę w zeszłym miesiącu."),
        "ptp": ("Deklaracja wpłaty przelewem.", "Zobowiązał się zapłacić w uzgodnionym terminie.",
                "Wpłaci po otrzymaniu wynagrodzenia."),
        "refused": ("Dłużnik odmawia zapłaty, twierdzi, że nie ma środków.",
                    "Odmowa, prosi o niedzwonienie do pracy."),
        "dispute": ("Kwestionuje kwotę: twierdzi, że faktura została opłacona.",
                    "Kwestionuje dług, prosi o kopię umowy."),
        "third_party": ("Odebrała żona, nie zostawiono informacji.", "Odebrał współpracownik; oddzwonić."),
    },
    "de": {
        "rpc": ("Mit dem Schuldner gesprochen, bittet um Aufschub bis Monatsende.",
                "Schuldner erkennt die Forderung an, prüft eine Ratenzahlung.",
                "Kooperativ, möchte eine Aufstellung der Kosten.",
                "Identität geprüft; Kunde ist derzeit in Kurzarbeit."),
        "ptp": ("Zahlungszusage per Überweisung.", "Sagt Zahlung zum vereinbarten Termin zu.",
                "Zahlt nach Gehaltseingang."),
        "refused": ("Schuldner verweigert die Zahlung, gibt an, kein Geld zu haben.",
                    "Lehnt ab, möchte nicht mehr bei der Arbeit angerufen werden."),
        "dispute": ("Bestreitet den Betrag: Rechnung sei bereits bezahlt.",
                    "Bestreitet die Forderung, verlangt eine Kopie des Vertrags."),
        "third_party": ("Ehefrau am Telefon, keine Nachricht hinterlassen.", "Kollege am Apparat; erneut anrufen."),
    },
}

# (category, subject, body) per language and feedback kind
FEEDBACK = {
    "it": {
        "complaint": (("calls_frequency", "Reclamo per chiamate ripetute",
                       "Buongiorno, ricevo telefonate più volte al giorno anche sul posto di lavoro. Chiedo che cessino."),
                      ("amount_disputed", "Contestazione dell'importo",
                       "L'importo richiesto non corrisponde alla fattura. Vi prego di verificare."),
                      ("staff_conduct", "Comportamento scortese dell'operatore",
                       "L'operatore che mi ha chiamato è stato sgarbato e non mi ha lasciato parlare."),
                      ("payment_not_recorded", "Pagamento non registrato",
                       "Ho già pagato con bonifico, allego la ricevuta, ma continuo a ricevere solleciti."),
                      ("privacy", "Violazione della privacy",
                       "Avete parlato del mio debito con mio fratello al telefono. Non vi ho mai autorizzato.")),
        "compliment": (("thanks", "Ringraziamento", "Grazie alla signora che mi ha aiutato a trovare una soluzione."),
                       ("thanks", "Complimenti per la cortesia", "Operatore molto gentile e preciso.")),
        "enquiry": (("plan_request", "Richiesta di rateizzazione", "Vorrei pagare il debito in rate mensili. È possibile?"),
                    ("document_request", "Richiesta copia del contratto", "Potete inviarmi copia del contratto firmato?"),
                    ("hardship", "Difficoltà economiche",
                     "Ho perso il lavoro a marzo e ho due figli a carico. Chiedo di sospendere i pagamenti per qualche mese.")),
        "survey": (("survey", "Indagine di soddisfazione", "Valutazione del contatto telefonico."),),
        "reply": "Gentile cliente, abbiamo verificato la sua posizione e le rispondiamo in allegato.",
    },
    "pl": {
        "complaint": (("calls_frequency", "Reklamacja – zbyt częste telefony",
                       "Dzień dobry, dzwonicie do mnie kilka razy dziennie, także do pracy. Proszę o zaprzestanie."),
                      ("amount_disputed", "Kwestionuję wysokość zadłużenia",
                       "Żądana kwota nie zgadza się z fakturą. Proszę o weryfikację."),
                      ("staff_conduct", "Niegrzeczny konsultant",
                       "Konsultant, który do mnie dzwonił, był nieuprzejmy i nie dał mi dojść do słowa."),
                      ("payment_not_recorded", "Wpłata nie została zaksięgowana",
                       "Zapłaciłem przelewem, załączam potwierdzenie, a nadal dostaję wezwania."),
                      ("privacy", "Naruszenie prywatności",
                       "Rozmawialiście o moim długu z moim bratem przez telefon. Nigdy się na to nie zgodziłem.")),
        "compliment": (("thanks", "Podziękowanie", "Dziękuję pani, która pomogła mi znaleźć rozwiązanie."),
                       ("thanks", "Pochwała dla konsultanta", "Bardzo uprzejma i rzeczowa rozmowa.")),
        "enquiry": (("plan_request", "Prośba o rozłożenie na raty", "Chciałbym spłacić dług w ratach miesięcznych. Czy to możliwe?"),
                    ("document_request", "Prośba o kopię umowy", "Proszę o przesłanie kopii podpisanej umowy."),
                    ("hardship", "Trudna sytuacja finansowa",
                     "Straciłam pracę w marcu, mam dwoje dzieci na utrzymaniu. Proszę o zawieszenie spłat na kilka miesięcy.")),
        "survey": (("survey", "Badanie satysfakcji", "Ocena rozmowy telefonicznej."),),
        "reply": "Szanowni Państwo, sprawdziliśmy Państwa sprawę; odpowiedź przesyłamy w załączeniu.",
    },
    "de": {
        "complaint": (("calls_frequency", "Beschwerde über häufige Anrufe",
                       "Guten Tag, Sie rufen mich mehrmals täglich an, auch bei der Arbeit. Bitte unterlassen Sie das."),
                      ("amount_disputed", "Forderung bestritten",
                       "Der geforderte Betrag stimmt nicht mit der Rechnung überein. Bitte prüfen Sie das."),
                      ("staff_conduct", "Unfreundlicher Mitarbeiter",
                       "Der Mitarbeiter am Telefon war unhöflich und hat mich nicht ausreden lassen."),
                      ("payment_not_recorded", "Zahlung nicht verbucht",
                       "Ich habe bereits überwiesen, Beleg anbei, bekomme aber weiter Mahnungen."),
                      ("privacy", "Verletzung des Datenschutzes",
                       "Sie haben mit meinem Bruder am Telefon über meine Schulden gesprochen. Das habe ich nie erlaubt.")),
        "compliment": (("thanks", "Dankeschön", "Vielen Dank an die Mitarbeiterin, die mir eine Lösung gezeigt hat."),
                       ("thanks", "Lob für die Beratung", "Sehr freundliches und klares Gespräch.")),
        "enquiry": (("plan_request", "Anfrage Ratenzahlung", "Ich möchte die Schuld in Monatsraten zahlen. Ist das möglich?"),
                    ("document_request", "Bitte um Vertragskopie", "Bitte senden Sie mir eine Kopie des unterschriebenen Vertrags."),
                    ("hardship", "Finanzielle Notlage",
                     "Ich habe im März meine Arbeit verloren und zwei Kinder zu versorgen. Bitte setzen Sie die Zahlungen einige Monate aus.")),
        "survey": (("survey", "Zufriedenheitsumfrage", "Bewertung des Telefonkontakts."),),
        "reply": "Sehr geehrte Kundin, sehr geehrter Kunde, wir haben Ihr Anliegen geprüft; die Antwort finden Sie anbei.",
    },
}

# what was found and done, per topic of a resolved complaint or dispute (data: in the branch's language)
RESOLUTIONS = {
    "it": {"contact_frequency": "Ridotta la frequenza dei contatti; il debitore sarà chiamato solo in orario serale.",
           "wrong_amount": "Ricalcolato l'importo sulla base della fattura; corretto il saldo.",
           "tone": "Ascoltata la registrazione; l'operatore è stato richiamato e seguirà un corso.",
           "payment_not_recorded": "Trovato il bonifico non abbinato; registrato il pagamento.",
           "privacy": "Verificato il contatto con un terzo; l'operatore è stato istruito sulle regole privacy.",
           "other": "Situazione chiarita con il cliente."},
    "pl": {"contact_frequency": "Ograniczono częstotliwość kontaktów; telefony tylko wieczorem.",
           "wrong_amount": "Przeliczono kwotę na podstawie faktury; saldo poprawione.",
           "tone": "Odsłuchano nagranie; konsultant otrzymał upomnienie i przejdzie szkolenie.",
           "payment_not_recorded": "Odnaleziono nieprzypisaną wpłatę; zaksięgowano ją.",
           "privacy": "Potwierdzono rozmowę z osobą trzecią; konsultant przeszkolony z zasad RODO.",
           "other": "Sprawa wyjaśniona z klientem."},
    "de": {"contact_frequency": "Kontakthäufigkeit reduziert; Anrufe nur noch abends.",
           "wrong_amount": "Betrag anhand der Rechnung neu berechnet; Saldo korrigiert.",
           "tone": "Aufzeichnung angehört; der Mitarbeiter wurde ermahnt und besucht eine Schulung.",
           "payment_not_recorded": "Nicht zugeordnete Überweisung gefunden und verbucht.",
           "privacy": "Gespräch mit einem Dritten bestätigt; Mitarbeiter zum Datenschutz geschult.",
           "other": "Anliegen mit dem Kunden geklärt."},
}

# a supervisor's answer to a staff suggestion, by decision
SUGGESTION_REPLIES = {
    "it": {"adopted": "Grazie, la proposta è stata adottata dal mese prossimo.",
           "declined": "Grazie per la proposta; per ora non possiamo adottarla, ne riparleremo a fine anno."},
    "pl": {"adopted": "Dziękujemy, propozycja zostanie wdrożona od przyszłego miesiąca.",
           "declined": "Dziękujemy za propozycję; na razie nie możemy jej wdrożyć, wrócimy do niej pod koniec roku."},
    "de": {"adopted": "Danke, der Vorschlag wird ab nächstem Monat umgesetzt.",
           "declined": "Danke für den Vorschlag; derzeit können wir ihn nicht umsetzen, wir kommen zum Jahresende darauf zurück."},
}

SUGGESTIONS = {
    "it": (("process", "Richiamare i debitori dopo le 18", "Molti lavorano: proporrei un turno serale due giorni a settimana."),
           ("tools", "Modello SMS di promemoria", "Un SMS automatico il giorno prima della scadenza della rata."),
           ("training", "Formazione sulla negoziazione", "Un corso pratico sulle obiezioni più comuni.")),
    "pl": (("process", "Telefony po godzinie 18", "Wielu dłużników pracuje: proponuję dyżur wieczorny dwa razy w tygodniu."),
           ("tools", "Szablon SMS z przypomnieniem", "Automatyczny SMS dzień przed terminem raty."),
           ("training", "Szkolenie z negocjacji", "Praktyczne szkolenie z najczęstszych obiekcji.")),
    "de": (("process", "Anrufe nach 18 Uhr", "Viele arbeiten tagsüber: zwei Abendschichten pro Woche wären sinnvoll."),
           ("tools", "SMS-Erinnerung vor der Rate", "Eine automatische SMS am Tag vor der Fälligkeit."),
           ("training", "Verhandlungstraining", "Ein praktisches Training zu den häufigsten Einwänden.")),
}

ESCALATION_NOTES = {
    "it": {"hardship": "Il debitore ha perso il lavoro; propone un piano sostenibile.",
           "dispute": "Contestazione documentata, serve una decisione prima di procedere.",
           "refuses_to_pay": "Rifiuta ogni proposta nonostante i solleciti.",
           "unreachable": "Irreperibile da mesi: telefoni errati, raccomandate restituite.",
           "large_balance": "Saldo elevato sopra il mio limite di approvazione.",
           "suspected_fraud": "Documenti incoerenti, possibile furto d'identità.",
           "legal_threat": "Il legale del debitore minaccia un'azione.",
           "vulnerable_customer": "Cliente in condizione di vulnerabilità (malattia grave).",
           "other": "Caso particolare, chiedo indicazioni."},
    "pl": {"hardship": "Dłużnik stracił pracę; proponuje realny plan spłaty.",
           "dispute": "Udokumentowana reklamacja, potrzebna decyzja przed dalszymi działaniami.",
           "refuses_to_pay": "Odrzuca wszystkie propozycje mimo wezwań.",
           "unreachable": "Brak kontaktu od miesięcy: błędne numery, zwroty listów.",
           "large_balance": "Saldo powyżej mojego limitu akceptacji.",
           "suspected_fraud": "Niespójne dokumenty, możliwa kradzież tożsamości.",
           "legal_threat": "Pełnomocnik dłużnika grozi pozwem.",
           "vulnerable_customer": "Klient w trudnej sytuacji zdrowotnej.",
           "other": "Nietypowa sprawa, proszę o decyzję."},
    "de": {"hardship": "Schuldner hat seine Arbeit verloren; schlägt einen tragbaren Plan vor.",
           "dispute": "Belegter Widerspruch, Entscheidung vor weiteren Schritten nötig.",
           "refuses_to_pay": "Lehnt trotz Mahnungen jedes Angebot ab.",
           "unreachable": "Seit Monaten nicht erreichbar: falsche Nummern, Briefe zurück.",
           "large_balance": "Saldo über meinem Freigabelimit.",
           "suspected_fraud": "Unstimmige Unterlagen, möglicher Identitätsdiebstahl.",
           "legal_threat": "Anwalt des Schuldners droht mit Klage.",
           "vulnerable_customer": "Kunde in schwieriger gesundheitlicher Lage.",
           "other": "Sonderfall, bitte um Entscheidung."},
}

DECISION_NOTES = {
    "it": {"approved": "Approvato alle condizioni proposte.", "rejected": "Respinto: il debitore ha capacità di pagamento."},
    "pl": {"approved": "Zatwierdzono na proponowanych warunkach.", "rejected": "Odrzucono: dłużnik ma zdolność płatniczą."},
    "de": {"approved": "Zu den vorgeschlagenen Bedingungen genehmigt.", "rejected": "Abgelehnt: Schuldner ist zahlungsfähig."},
}

EVALUATION_NOTES = {
    "it": ("Buona gestione delle obiezioni; ricordare l'informativa privacy.", "Tono cortese, verifica identità completa.",
           "Chiamata troppo lunga, proposta di pagamento poco chiara."),
    "pl": ("Dobra rozmowa, zabrakło potwierdzenia tożsamości.", "Uprzejmie i rzeczowo; poprawna klauzula RODO.",
           "Zbyt długa rozmowa, niejasna propozycja spłaty."),
    "de": ("Freundlich und klar; Identitätsprüfung vergessen.", "Gute Einwandbehandlung, Datenschutzhinweis korrekt.",
           "Gespräch zu lang, Zahlungsvorschlag unklar."),
}

# quarterly reviews: comments, strengths, goals, and rating notes (low: 1-2, high: 3-5) per language
REVIEW_TEXTS = {
    "it": {
        "comments": ("Trimestre solido, con buoni risultati sugli incassi.",
                     "Risultati in linea con l'obiettivo; da migliorare la documentazione delle chiamate.",
                     "Trimestre difficile per il portafoglio, ma l'impegno è costante."),
        "strengths": ("Empatia con i clienti in difficoltà.", "Ottima conoscenza delle procedure di rateizzazione.",
                      "Puntualità nei richiami e nelle promesse di pagamento."),
        "goals": ("Portare il tasso di promesse mantenute sopra l'80 %.",
                  "Completare il corso sulla clientela vulnerabile.",
                  "Ridurre la durata media delle chiamate senza esito."),
        "low": ("Da rivedere con il supervisore.", "Sotto l'obiettivo del trimestre."),
        "high": ("Molto bene.", "Costante nel trimestre.", "Esempio per il team."),
    },
    "pl": {
        "comments": ("Dobry kwartał, solidne wyniki windykacyjne.",
                     "Wyniki zgodne z celem; do poprawy dokumentowanie rozmów.",
                     "Trudny portfel w tym kwartale, ale zaangażowanie bez zarzutu."),
        "strengths": ("Empatia wobec klientów w trudnej sytuacji.", "Bardzo dobra znajomość zasad ugód ratalnych.",
                      "Terminowość oddzwonień i pilnowanie deklaracji wpłat."),
        "goals": ("Podnieść odsetek dotrzymanych deklaracji powyżej 80 %.",
                  "Ukończyć szkolenie o klientach wrażliwych.",
                  "Skrócić średni czas rozmów bez rezultatu."),
        "low": ("Do omówienia z kierownikiem zespołu.", "Poniżej celu kwartalnego."),
        "high": ("Bardzo dobrze.", "Równo przez cały kwartał.", "Wzór dla zespołu."),
    },
    "de": {
        "comments": ("Starkes Quartal mit guten Inkassoergebnissen.",
                     "Ergebnisse im Ziel; die Gesprächsdokumentation muss besser werden.",
                     "Schwieriges Portfolio in diesem Quartal, aber großer Einsatz."),
        "strengths": ("Einfühlungsvermögen gegenüber Kunden in Notlagen.", "Sicher bei Ratenzahlungsvereinbarungen.",
                      "Zuverlässige Rückrufe und Nachverfolgung von Zahlungszusagen."),
        "goals": ("Quote eingehaltener Zahlungszusagen über 80 % bringen.",
                  "Schulung zu schutzbedürftigen Kunden abschließen.",
                  "Durchschnittliche Dauer ergebnisloser Gespräche senken."),
        "low": ("Mit der Teamleitung besprechen.", "Unter dem Quartalsziel."),
        "high": ("Sehr gut.", "Gleichmäßig über das Quartal.", "Vorbild für das Team."),
    },
}
