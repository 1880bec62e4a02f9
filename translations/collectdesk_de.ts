<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+53"/>
        <source>{creditor} (ref. {ref})</source>
        <translation>{creditor} (Az. {ref})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{date} (%n day(s) overdue)</source>
        <translation>
            <numerusform>{date} (%n Tag überfällig)</numerusform>
            <numerusform>{date} (%n Tage überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor:</source>
        <translation>Gläubiger:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector:</source>
        <translation>Sachbearbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment:</source>
        <translation>Letzte Zahlung:</translation>
    </message>
</context>
<context>
    <name>AccountDetailPanel</name>
    <message>
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+268"/>
        <source>Open {amount}</source>
        <translation>Offen {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Gesetzt von {who} am {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Timeline (the newest %n entries)</source>
        <translation>
            <numerusform>Verlauf (neuester %n Eintrag)</numerusform>
            <numerusform>Verlauf (neueste %n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account could not be loaded.
{reason}</source>
        <translation>Die Forderung konnte nicht geladen werden.
{reason}</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved: {what} on {account}.</source>
        <translation>Forderung {account} – {what}: gespeichert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} was changed by {who}</source>
        <translation>Die Forderung {account} wurde von {who} geändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment</source>
        <translation>Letzte Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Log contact</source>
        <translation>&amp;Kontakt erfassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call, letter, e-mail, SMS or visit</source>
        <translation>Anruf, Brief, E-Mail, SMS oder Besuch erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise</source>
        <translation>Zusa&amp;ge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a promise to pay</source>
        <translation>Zahlungszusage erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment</source>
        <translation>Zahl&amp;ung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment received</source>
        <translation>Eingegangene Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd note</source>
        <translation>Notiz h&amp;inzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note to the account</source>
        <translation>Notiz zur Forderung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next act&amp;ion</source>
        <translation>Wieder&amp;vorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the date of the next action</source>
        <translation>Wiedervorlagedatum festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fla&amp;g</source>
        <translation>Kennzei&amp;chen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set or clear a flag on the debtor</source>
        <translation>Kennzeichen beim Schuldner setzen oder entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;assign</source>
        <translation>&amp;Neu zuweisen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the account to another collector</source>
        <translation>Forderung einem anderen Sachbearbeiter zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the account&apos;s status</source>
        <translation>Status der Forderung ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an account to see its debtor, balances and history.</source>
        <translation>Wählen Sie eine Forderung aus, um Schuldner, Salden und Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened on this account yet.</source>
        <translation>Zu dieser Forderung gibt es noch keine Einträge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the account, newest first</source>
        <translation>Verlauf der Forderung, neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the account</source>
        <translation>Aktionen zur Forderung</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../collectdesk/services/accounts.py" line="+27"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Eine Forderung mit offenem Saldo kann nicht als bezahlt markiert werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>Der gewählte Sachbearbeiter existiert nicht oder ist ausgeschieden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Einige der ausgewählten Forderungen existieren nicht mehr. Es wurde nichts neu zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n Forderung neu zugewiesen an {name}</numerusform>
            <numerusform>%n Forderungen neu zugewiesen an {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accounts are marked as paid by posting their payments, not in bulk.</source>
        <translation>Forderungen werden durch Buchung ihrer Zahlungen bezahlt, nicht per Sammeländerung.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Status {status} set on %n account(s)</source>
        <translation>
            <numerusform>Status {status} für %n Forderung gesetzt</numerusform>
            <numerusform>Status {status} für %n Forderungen gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Next action date {day} set on %n account(s)</source>
        <translation>
            <numerusform>Wiedervorlage am {day} für %n Forderung gesetzt</numerusform>
            <numerusform>Wiedervorlage am {day} für %n Forderungen gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The watchlist no longer exists.</source>
        <translation>Die Beobachtungsliste existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n account(s) added to {name}</source>
        <translation>
            <numerusform>%n Forderung zu {name} hinzugefügt</numerusform>
            <numerusform>%n Forderungen zu {name} hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/action_dialog.py" line="+174"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Das konnte wegen eines unerwarteten Fehlers nicht gespeichert werden ({error}). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Offener Saldo: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+23"/>
        <source>The time of the contact has no time zone.</source>
        <translation>Die Uhrzeit des Kontakts hat keine Zeitzone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative.</source>
        <translation>Die Dauer darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputed during a contact</source>
        <translation>Bei einem Kontakt bestritten</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+237"/>
        <source>Open accounts by days past due</source>
        <translation>Offene Forderungen nach Überfälligkeit</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln open account(s)</source>
        <translation>
            <numerusform>%Ln offene Forderung</numerusform>
            <numerusform>%Ln offene Forderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in {currency}, balance {amount}</source>
        <translation>{count} in {currency}, Saldo {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to open the queue</source>
        <translation>Klicken Sie, um die Arbeitsliste zu öffnen</translation>
    </message>
</context>
<context>
    <name>BalancesBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+51"/>
        <source>Balances</source>
        <translation>Salden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original:</source>
        <translation>Ursprungsbetrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>Bezahlt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open:</source>
        <translation>Offen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit (overpaid):</source>
        <translation>Guthaben (Überzahlung):</translation>
    </message>
</context>
<context>
    <name>BuiltinQueues</name>
    <message>
        <location filename="../collectdesk/services/queues/builtin.py" line="+17"/>
        <source>All open accounts</source>
        <translation>Alle offenen Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due today</source>
        <translation>Heute fällige Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises (30 days)</source>
        <translation>Nicht eingehaltene Zusagen (30 Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90+ days past due</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for 14 days</source>
        <translation>Seit 14 Tagen kein Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Bestrittene Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High balance (10,000 and more)</source>
        <translation>Hoher Saldo (ab 10.000)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../collectdesk/cli.py" line="+33"/>
        <source>database: a SQLite file path or a URL such as postgresql+psycopg://user@host/db (default: the local file in your user data folder)</source>
        <translation>Datenbank: Pfad einer SQLite-Datei oder eine URL wie postgresql+psycopg://user@host/db (Standard: die lokale Datei in Ihrem Benutzerdatenordner)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of messages and reports (default: the system&apos;s)</source>
        <translation>Sprache der Meldungen und Berichte (Standard: die des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is acting, for the audit trail (default: your login name)</source>
        <translation>wer handelt, für das Änderungsprotokoll (Standard: Ihr Anmeldename)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CollectDesk: the collection supervisor&apos;s workbench. Without a command, opens the application.</source>
        <translation>CollectDesk: der Arbeitsplatz der Inkasso-Teamleitung. Ohne Befehl wird die Anwendung geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database maintenance</source>
        <translation>Datenbankwartung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply pending schema migrations (a SQLite file is copied aside first)</source>
        <translation>ausstehende Schemamigrationen anwenden (eine SQLite-Datei wird vorher kopiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check integrity and schema version</source>
        <translation>Integrität und Schemaversion prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of a live SQLite database</source>
        <translation>eine konsistente Kopie einer laufenden SQLite-Datenbank schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row counts and open balance per currency</source>
        <translation>Zeilenzahlen und offener Saldo je Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON object</source>
        <translation>ein einzelnes JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import accounts, payments or activities from CSV or XLSX (all or nothing)</source>
        <translation>Forderungen, Zahlungen oder Aktivitäten aus CSV oder XLSX importieren (alles oder nichts)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text encoding of a CSV file, e.g. utf-8, cp1250, cp1252 (default: detected)</source>
        <translation>Textkodierung einer CSV-Datei, z. B. utf-8, cp1250, cp1252 (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV field separator (default: detected)</source>
        <translation>CSV-Feldtrennzeichen (Standard: automatisch erkannt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>Spalte SOURCE der Datei als Feld FIELD lesen; beliebig oft wiederholbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file and report, write nothing</source>
        <translation>Datei prüfen und berichten, nichts schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post payments above the balance as overpayments (held as a credit)</source>
        <translation>Zahlungen über dem Saldo als Überzahlung buchen (als Guthaben geführt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build a realistic demo department into an empty database</source>
        <translation>eine realistische Demo-Abteilung in einer leeren Datenbank anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of accounts</source>
        <translation>Anzahl der Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (same seed, same data)</source>
        <translation>Zufalls-Seed (gleicher Seed, gleiche Daten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff scorecards for a period</source>
        <translation>Leistungsübersichten der Mitarbeiter für einen Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-10 (month), 2026-Q3, 2026, or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (Monat), 2026-Q3, 2026 oder 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: everyone)</source>
        <translation>team:NAME oder branch:NAME (Standard: alle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to this file instead of printing</source>
        <translation>in diese Datei schreiben statt auszugeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>render every pane and main dialog to PNG files</source>
        <translation>jeden Bereich und jeden Hauptdialog als PNG-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the PNG files</source>
        <translation>Ordner für die PNG-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window size, WIDTHxHEIGHT</source>
        <translation>Fenstergröße, BREITExHÖHE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise-to-pay housekeeping</source>
        <translation>Pflege der Zahlungszusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>Zahlungszusagen, deren Datum ohne Zahlung verstrichen ist, als nicht eingehalten markieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database is up to date (schema {rev}).</source>
        <translation>Die Datenbank ist auf dem neuesten Stand (Schema {rev}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Schema von {old} auf {new} aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the database before the upgrade: {path}</source>
        <translation>Kopie der Datenbank vor der Aktualisierung: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Database: {db}</source>
        <translation>Datenbank: {db}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Schema version: {rev} (expected {head})</source>
        <translation>Schemaversion: {rev} (erwartet: {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check passed.</source>
        <translation>Prüfung bestanden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check FAILED.</source>
        <translation>Prüfung FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of a shared PostgreSQL server are made on the server (pg_dump).</source>
        <translation>Sicherungen eines gemeinsamen PostgreSQL-Servers werden auf dem Server erstellt (pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open accounts: {n}</source>
        <translation>Offene Forderungen: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance in {currency}: {amount}</source>
        <translation>Offener Saldo in {currency}: {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map takes SOURCE=FIELD, for example --map &quot;Kd-Nr=account_no&quot;; got: {item}</source>
        <translation>--map erwartet SOURCE=FIELD, zum Beispiel --map &quot;Kd-Nr=account_no&quot;; erhalten: {item}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n Zeile enthält Fehler. Es wurde nichts importiert.</numerusform>
            <numerusform>{file}: %n Zeilen enthalten Fehler. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>Zeile {line}, Spalte {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>... and %n more error(s).</source>
        <translation>
            <numerusform>... und %n weiterer Fehler.</numerusform>
            <numerusform>... und %n weitere Fehler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: {file} is valid. {rows} rows would be imported: {inserted} new, {updated} updated. Nothing was written.</source>
        <translation>Probelauf: {file} ist gültig. Zu importierende Zeilen: {rows} (neu: {inserted}, aktualisiert: {updated}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {file}: {rows} rows, {inserted} new, {updated} updated.</source>
        <translation>{file} importiert – Zeilen: {rows}, neu: {inserted}, aktualisiert: {updated}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--accounts must be at least 1.</source>
        <translation>--accounts muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>building the demo: {pct}%</source>
        <translation>Demo wird angelegt: {pct}&#xa0;%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo department built in {db}: {accounts} accounts.</source>
        <translation>Demo-Abteilung in {db} angelegt (Forderungen: {accounts}).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n promise(s) marked as broken.</source>
        <translation>
            <numerusform>%n Zahlungszusage als nicht eingehalten markiert.</numerusform>
            <numerusform>%n Zahlungszusagen als nicht eingehalten markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scorecards written to {file}.</source>
        <translation>Leistungsübersichten in {file} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n Bildschirmfoto in {folder} gespeichert.</numerusform>
            <numerusform>%n Bildschirmfotos in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Abgebrochen. Der abgebrochene Schritt hat nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Eine Datei kann nicht gelesen oder geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>1–30 days past due</source>
        <translation>1–30 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days past due</source>
        <translation>31–60 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days past due</source>
        <translation>61–90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days past due</source>
        <translation>91–180 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days past due</source>
        <translation>Über 180 Tage überfällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days</source>
        <translation>Über 180 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not due</source>
        <comment>aging bucket, short</comment>
        <translation>Laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30</source>
        <comment>aging bucket, short</comment>
        <translation>1–30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60</source>
        <comment>aging bucket, short</comment>
        <translation>31–60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90</source>
        <comment>aging bucket, short</comment>
        <translation>61–90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180</source>
        <comment>aging bucket, short</comment>
        <translation>91–180</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>180+</source>
        <comment>aging bucket, short</comment>
        <translation>180+</translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/dashboard_pane.py" line="+223"/>
        <location line="+3"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures are read again every five minutes, and at once with Refresh (F5).</source>
        <translation>Die Zahlen werden alle fünf Minuten neu gelesen, sofort mit Aktualisieren (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open accounts by days past due</source>
        <translation>Offene Forderungen nach Überfälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of open accounts by days past due (click a bar for its queue)</source>
        <translation>Anzahl offener Forderungen nach Überfälligkeit (Klick auf einen Balken öffnet seine Arbeitsliste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per calendar week, last 13 weeks</source>
        <translation>Eingänge je Kalenderwoche, letzte 13 Wochen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The figures could not be read: {error}</source>
        <translation>Die Zahlen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the figures again failed; these are from {time}. {error}</source>
        <translation>Das erneute Lesen der Zahlen ist fehlgeschlagen; diese stammen vom {time}. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of {time}</source>
        <translation>Stand: {time}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period}: {dates}</source>
        <translation>{period}: {dates}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{figure}, {period}</source>
        <translation>{figure}, {period}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{percent} of {target}</source>
        <translation>{percent} von {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Eingänge gegenüber Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Eingegangene Zahlungen abzüglich Überzahlungen, nach Zahlungsdatum. Ziele werden gleichmäßig auf die Tage ihres Zeitraums verteilt. ▲ im Plan für den verstrichenen Teil des Zeitraums, ▼ im Rückstand. Klicken Sie, um die Leistungsübersichten zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Promises due</source>
        <translation>Fällige Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Offene Zahlungszusagen, die im Zeitraum fällig werden, und die zugesagten Beträge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Klicken Sie, um die Arbeitsliste der heute fälligen Zusagen zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Broken promises</source>
        <translation>Nicht eingehaltene Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due in the period that were not kept. A promise is marked broken the day after its date. Click to open the broken promises of the last 30 days.</source>
        <translation>Im Zeitraum fällige Zusagen, die nicht eingehalten wurden. Eine Zusage gilt am Tag nach ihrem Datum als nicht eingehalten. Klicken Sie, um die nicht eingehaltenen Zusagen der letzten 30 Tage zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Keine Beträge</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None overdue</source>
        <translation>Keine überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Offene Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Neue oder in Bearbeitung befindliche Beschwerden; überfällig: Antwortfrist überschritten. Klicken Sie, um den Feedback-Eingang zu öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} at stake</source>
        <translation>{amount} betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at stake</source>
        <translation>Kein Betrag betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Eskalationen mit offener Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Eingereicht, in Prüfung oder an die Bereichsleitung verwiesen. Klicken Sie, um die Eskalationen zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over 90 days past due</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Offene Forderungen, die 91 Tage oder länger überfällig sind, und ihre Salden. Klicken Sie, um die Arbeitsliste zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All open accounts</source>
        <translation>Alle offenen Forderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Alle Forderungen, die weder bezahlt, verglichen, abgeschrieben noch geschlossen sind, und ihre Salden. Klicken Sie, um die Arbeitsliste zu öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open accounts in this bucket and their balances. Click to open the queue.</source>
        <translation>Offene Forderungen in dieser Altersklasse und ihre Salden. Klicken Sie, um die Arbeitsliste zu öffnen.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../collectdesk/ui/database_dialog.py" line="+73"/>
        <source>Welcome to CollectDesk</source>
        <translation>Willkommen bei CollectDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a database</source>
        <translation>Datenbank auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk keeps its data in a database. Where should it be?</source>
        <translation>CollectDesk speichert seine Daten in einer Datenbank. Wo soll sie liegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New local database</source>
        <translation>&amp;Neue lokale Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file on this computer; works offline, for one office.</source>
        <translation>Eine Datei auf diesem Computer; funktioniert offline, für ein Büro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demo database</source>
        <translation>&amp;Demo-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A realistic department in Italy, Poland and Germany, to try things out.</source>
        <translation>Eine realistische Abteilung in Italien, Polen und Deutschland zum Ausprobieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared server (PostgreSQL)</source>
        <translation>&amp;Gemeinsamer Server (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s database, shared by everyone.</source>
        <translation>Die Datenbank der Abteilung, gemeinsam für alle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Vorhandene Datei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CollectDesk database file, for example a backup copy.</source>
        <translation>Eine CollectDesk-Datenbankdatei, zum Beispiel eine Sicherungskopie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New local database</source>
        <translation>Neue lokale Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3)</source>
        <translation>CollectDesk-Datenbank (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>CollectDesk-Datenbank (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>DebtorBox</name>
    <message>
        <location filename="../collectdesk/ui/account/debtor_box.py" line="+84"/>
        <source>unknown (time zone {zone})</source>
        <translation>unbekannt (Zeitzone {zone})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time} ({zone}, {offset})</source>
        <translation>{day} {time} ({zone}, {offset})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not use</source>
        <translation>nicht verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none on file</source>
        <translation>keine hinterlegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time:</source>
        <translation>Ortszeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Kontaktdaten:</translation>
    </message>
</context>
<context>
    <name>Debtors</name>
    <message>
        <location filename="../collectdesk/services/debtors.py" line="+45"/>
        <source>This flag is not set on the debtor.</source>
        <translation>Dieses Kennzeichen ist beim Schuldner nicht gesetzt.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../collectdesk/services/demo/builder.py" line="+57"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>Demodaten können nur in einer leeren Datenbank angelegt werden; diese enthält bereits Forderungen, Schuldner oder Mitarbeiter. Wählen Sie eine neue Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>Das Anlegen der Demodaten wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Die Anzahl der Demo-Forderungen muss zwischen 1 und {maximum} liegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Demodaten mit Seed {seed} zum {today} angelegt: %n Forderung; Schuldner: {debtors}, Aktivitäten: {activities}, Zahlungen: {payments}.</numerusform>
            <numerusform>Demodaten mit Seed {seed} zum {today} angelegt: %n Forderungen; Schuldner: {debtors}, Aktivitäten: {activities}, Zahlungen: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../collectdesk/ui/queues/filter_dialog.py" line="+70"/>
        <source>Filter accounts</source>
        <translation>Forderungen filtern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only &amp;open accounts (when no status is ticked)</source>
        <translation>Nur &amp;offene Forderungen (wenn kein Status angekreuzt ist)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days past due, &amp;from</source>
        <translation>Tage überfällig, &amp;von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due, &amp;to</source>
        <translation>Tage überfällig, &amp;bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, m&amp;inimum</source>
        <translation>Saldo, m&amp;indestens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, ma&amp;ximum</source>
        <translation>Saldo, &amp;höchstens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No contact for (days)</source>
        <translation>&amp;Kein Kontakt seit (Tagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact from</source>
        <translation>Letzter Kontakt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact until</source>
        <translation>Letzter Kontakt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action from</source>
        <translation>Wiedervorlage von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action until</source>
        <translation>Wiedervorlage bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>Beobachtungs&amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aging</source>
        <translation>Altersklasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor flags</source>
        <translation>Schuldnerkennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectors</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches</source>
        <translation>Filialen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currencies</source>
        <translation>Währungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The balance must be an amount, for example {example}.</source>
        <translation>Der Saldo muss ein Betrag sein, zum Beispiel {example}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Days past due from” is larger than “to”.</source>
        <translation>„Tage überfällig, von“ ist größer als „bis“.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/flag_dialog.py" line="+40"/>
        <source>C&amp;lear flag</source>
        <translation>Kennzeichen &amp;entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Set flag</source>
        <translation>Kennzeichen &amp;setzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set on {date} by {who}. OK clears it; the history is kept.</source>
        <translation>Am {date} von {who} gesetzt. Bestätigen Sie, um es zu entfernen; der Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debtor flags</source>
        <translation>Schuldnerkennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag:</source>
        <translation>&amp;Kennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (optional)</source>
        <translation>Warum (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{flag} (set)</source>
        <translation>{flag} (gesetzt)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../collectdesk/services/imports/messages.py" line="+16"/>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Die Datei {file} existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is neither a CSV nor an XLSX spreadsheet.</source>
        <translation>{file} ist weder eine CSV-Datei noch eine XLSX-Tabelle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty.</source>
        <translation>Die Datei {file} ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of import: {kind}. Choose accounts, payments or activities.</source>
        <translation>Unbekannte Importart: {kind}. Wählen Sie accounts, payments oder activities.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown text encoding: {encoding}.</source>
        <translation>Unbekannte Textkodierung: {encoding}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read as {encoding} (line {line} holds bytes that are not {encoding}). Choose the file&apos;s encoding (--encoding).</source>
        <translation>Die Datei kann nicht als {encoding} gelesen werden (Zeile {line} enthält Bytes, die kein gültiges {encoding} sind). Geben Sie die Kodierung der Datei an (--encoding).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text encoding of the file could not be recognised. Save it as UTF-8, or choose the encoding (--encoding), e.g. cp1250 or cp1252.</source>
        <translation>Die Textkodierung der Datei wurde nicht erkannt. Speichern Sie sie als UTF-8 oder geben Sie die Kodierung an (--encoding), z. B. cp1250 oder cp1252.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The separator must be one character, not {delimiter}.</source>
        <translation>Das Trennzeichen muss ein einzelnes Zeichen sein, nicht {delimiter}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line} cannot be read as CSV: {error}</source>
        <translation>Zeile {line} kann nicht als CSV gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Die Tabelle kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row was recognised in {file}. The first row must name the columns, e.g. {fields}.</source>
        <translation>In {file} wurde keine Kopfzeile erkannt. Die erste Zeile muss die Spalten benennen, z. B. {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no column for: {fields}. Columns found: {headers}. Rename them, or map them with --map SOURCE=FIELD.</source>
        <translation>Der Datei fehlt eine Spalte für: {fields}. Gefundene Spalten: {headers}. Benennen Sie sie um oder ordnen Sie sie mit --map SOURCE=FIELD zu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column {source} named in the mapping is not in the file. Columns found: {headers}.</source>
        <translation>Die in der Zuordnung genannte Spalte {source} ist nicht in der Datei. Gefundene Spalten: {headers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} is not a field of a {kind} import. Fields: {fields}.</source>
        <translation>{field} ist kein Feld eines Imports vom Typ {kind}. Felder: {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns {first} and {second} both give {field}; keep one or map them (--map).</source>
        <translation>Die Spalten {first} und {second} liefern beide {field}; behalten Sie eine oder ordnen Sie sie zu (--map).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {kind} from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Import {kind} aus {file} – Zeilen: {rows}, neu: {inserted}, aktualisiert: {updated}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row cannot be read.</source>
        <translation>Die Zeile kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute recorded in an imported contact</source>
        <translation>Bestreitung in einem importierten Kontakt erfasst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Ein Wert ist erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} has more than two decimals; amounts must be exact to the cent.</source>
        <translation>{value} hat mehr als zwei Nachkommastellen; Beträge müssen auf den Cent genau sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is ambiguous (thousands or decimals?). Write it with a decimal separator, e.g. 1.234,00 or 1234.00.</source>
        <translation>&apos;{value}&apos; ist mehrdeutig (Tausender oder Dezimalstellen?). Schreiben Sie den Wert mit Dezimaltrennzeichen, z. B. 1.234,00 oder 1234.00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; does not match the number format of this column (decimal separator {decimal}).</source>
        <translation>&apos;{value}&apos; passt nicht zum Zahlenformat dieser Spalte (Dezimaltrennzeichen {decimal}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is too large for an amount.</source>
        <translation>{value} ist zu groß für einen Betrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is marked {marked} but the currency is {currency}.</source>
        <translation>Der Betrag ist mit {marked} gekennzeichnet, die Währung ist aber {currency}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Eine Forderung mit offenem Saldo kann nicht als bezahlt markiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance ({balance}) is larger than the original amount ({original}).</source>
        <translation>Der Saldo ({balance}) ist größer als der ursprüngliche Betrag ({original}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date (use dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>&apos;{value}&apos; ist kein Datum (verwenden Sie TT.MM.JJJJ, TT/MM/JJJJ, TT-MM-JJJJ oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date and time (use e.g. 2025-03-14T09:30:00+01:00, or 14.03.2025 09:30 in the debtor&apos;s local time).</source>
        <translation>&apos;{value}&apos; ist kein Datum mit Uhrzeit (verwenden Sie z. B. 2025-03-14T09:30:00+01:00 oder 14.03.2025 09:30 in der Ortszeit des Schuldners).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} does not exist in the time zone {zone} (the clocks were put forward).</source>
        <translation>{value} existiert in der Zeitzone {zone} nicht (Umstellung auf Sommerzeit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Eine Zahlung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not accepted here. Accepted values: {accepted}.</source>
        <translation>&apos;{value}&apos; ist hier nicht zulässig. Zulässige Werte: {accepted}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. IT, PL, DE).</source>
        <translation>&apos;{value}&apos; ist kein Ländercode nach ISO 3166 (z. B. IT, PL, DE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; ist kein Währungscode nach ISO 4217 (z. B. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff member has the user name or full name &apos;{value}&apos;.</source>
        <translation>Kein Mitarbeiter hat den Benutzernamen oder vollständigen Namen &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is the name of more than one staff member; use the user name.</source>
        <translation>&apos;{value}&apos; ist der Name mehrerer Mitarbeiter; verwenden Sie den Benutzernamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is longer than {limit} characters.</source>
        <translation>Der Wert ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; ist keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a supported language (it, pl, de, en).</source>
        <translation>&apos;{value}&apos; ist keine unterstützte Sprache (it, pl, de, en).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a time zone (e.g. Europe/Warsaw).</source>
        <translation>&apos;{value}&apos; ist keine Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a duration in whole seconds.</source>
        <translation>&apos;{value}&apos; ist keine Dauer in ganzen Sekunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account number {account} already appears on line {line}.</source>
        <translation>Die Forderungsnummer {account} kommt bereits in Zeile {line} vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account number {account} already appears earlier in the file.</source>
        <translation>Die Forderungsnummer {account} kommt bereits weiter oben in der Datei vor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No account has the number {account}.</source>
        <translation>Keine Forderung hat die Nummer {account}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; this payment is in {other}.</source>
        <translation>Die Forderung wird in {currency} geführt; diese Zahlung ist in {other}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment is {over} more than the open balance. Correct the amount, or import the file with overpayments allowed (they are held as a credit).</source>
        <translation>Die Zahlung übersteigt den offenen Saldo um {over}. Korrigieren Sie den Betrag oder importieren Sie die Datei mit zugelassenen Überzahlungen (sie werden als Guthaben geführt).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+48"/>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <comment>account status</comment>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan</source>
        <comment>account status</comment>
        <translation>Ratenzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <comment>account status</comment>
        <translation>Bestritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <comment>account status</comment>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <comment>account status</comment>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <comment>account status</comment>
        <translation>Gerichtliches Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <comment>account status</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>account status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <comment>account status</comment>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <comment>channel</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <comment>channel</comment>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>channel</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <comment>channel</comment>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <comment>channel</comment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbound</source>
        <comment>direction of a contact</comment>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <comment>direction of a contact</comment>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer</source>
        <comment>outcome</comment>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <comment>outcome</comment>
        <translation>Besetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left a message</source>
        <comment>outcome</comment>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to the debtor</source>
        <comment>outcome</comment>
        <translation>Mit Schuldner gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to someone else</source>
        <comment>outcome</comment>
        <translation>Mit Dritten gesprochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number or address</source>
        <comment>outcome</comment>
        <translation>Falsche Nummer oder Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <comment>outcome</comment>
        <translation>Zahlungszusage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to pay</source>
        <comment>outcome</comment>
        <translation>Zahlung verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the debt</source>
        <comment>outcome</comment>
        <translation>Bestreitet die Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>outcome</comment>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned undelivered</source>
        <comment>outcome</comment>
        <translation>Unzustellbar zurück</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute</source>
        <comment>debtor flag</comment>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cease contact</source>
        <comment>debtor flag</comment>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankrupt</source>
        <comment>debtor flag</comment>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <comment>debtor flag</comment>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <comment>debtor flag</comment>
        <translation>Schutzbedürftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <comment>debtor flag</comment>
        <translation>Betrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High profile</source>
        <comment>debtor flag</comment>
        <translation>Prominent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by a lawyer</source>
        <comment>debtor flag</comment>
        <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing space</source>
        <comment>debtor flag</comment>
        <translation>Schonfrist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank transfer</source>
        <comment>payment method</comment>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <comment>payment method</comment>
        <translation>Lastschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <comment>payment method</comment>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <comment>payment method</comment>
        <translation>Scheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending</source>
        <comment>promise status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <comment>promise status</comment>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>promise status</comment>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>promise status</comment>
        <translation>Nicht eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>promise status</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <comment>debtor type</comment>
        <translation>Privatperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <comment>debtor type</comment>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collector</source>
        <comment>staff role</comment>
        <translation>Sachbearbeiter Inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <comment>staff role</comment>
        <translation>Buchhalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <comment>staff role</comment>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Teamleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <comment>staff role</comment>
        <translation>Inkassoleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <comment>staff role</comment>
        <translation>Bereichsleiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact</source>
        <comment>timeline entry</comment>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise made</source>
        <comment>timeline entry</comment>
        <translation>Zahlungszusage erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept</source>
        <comment>timeline entry</comment>
        <translation>Zusage eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <comment>timeline entry</comment>
        <translation>Zusage nicht eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise cancelled</source>
        <comment>timeline entry</comment>
        <translation>Zusage storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <comment>timeline entry</comment>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <comment>timeline entry</comment>
        <translation>Status geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <comment>timeline entry</comment>
        <translation>Neu zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <comment>timeline entry</comment>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Phone</source>
        <comment>contact kind</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <comment>contact kind</comment>
        <translation>Mobil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>contact kind</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>contact kind</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Polen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Deutschland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Österreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/queues/value_text.py" line="+14"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Wählen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor will be flagged as disputing the debt.</source>
        <translation>Der Schuldner erhält das Kennzeichen Bestreitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: the debtor asked not to be contacted.</source>
        <translation>Achtung: Der Schuldner hat gebeten, nicht kontaktiert zu werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <comment>duration</comment>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed (optional)</source>
        <translation>Was besprochen oder vereinbart wurde (optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log contact</source>
        <translation>Kontakt &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collectdesk/ui/main_window.py" line="+142"/>
        <source>Aging: {bucket}</source>
        <translation>Altersklasse: {bucket}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Dieser Teil von CollectDesk ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About CollectDesk</source>
        <translation>Über CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;Der Arbeitsplatz der Inkasso-Teamleitung: Arbeitslisten, Leistungsübersichten, Feedback, Eskalationen, Compliance und Berichte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Symbolleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database…</source>
        <translation>&amp;Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export queue…</source>
        <translation>Arbeitsliste &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CollectDesk</source>
        <translation>Ü&amp;ber CollectDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Gemeinsamer Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: {name}</source>
        <translation>Benutzer: {name}</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../collectdesk/ui/account/money_edit.py" line="+181"/>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the thousands separators (for example {example}).</source>
        <translation>Prüfen Sie die Tausendertrennzeichen (zum Beispiel {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an amount (for example {example}).</source>
        <translation>Das ist kein Betrag (zum Beispiel {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount in {currency}; use {point} for decimals</source>
        <translation>Betrag in {currency}; Dezimaltrennzeichen: {point}</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+39"/>
        <source>The account has no next action date.</source>
        <translation>Für die Forderung ist keine Wiedervorlage gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the next action date.</source>
        <translation>Das ist bereits das Wiedervorlagedatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next action cannot be in the past.</source>
        <translation>Die Wiedervorlage darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currently {date}.</source>
        <translation>Derzeit {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next action</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action &amp;on:</source>
        <translation>Wiedervorlage &amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No next action (clear the date)</source>
        <translation>&amp;Keine Wiedervorlage (Datum löschen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set date</source>
        <translation>Datum &amp;setzen</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/note_dialog.py" line="+31"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the note.</source>
        <translation>Schreiben Sie die Notiz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long; shorten it to {limit} characters.</source>
        <translation>Die Notiz ist zu lang; kürzen Sie sie auf {limit} Zeichen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../collectdesk/services/notes.py" line="+21"/>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({count} characters; at most {limit}).</source>
        <translation>Die Notiz ist zu lang ({count} Zeichen; höchstens {limit}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/payment_dialog.py" line="+79"/>
        <source>Open balance {balance}, payment {amount}: {excess} more than is owed. The excess can be kept on the account as a credit.</source>
        <translation>Offener Saldo {balance}, Zahlung {amount}: {excess} mehr als geschuldet. Der Überschuss kann als Guthaben auf der Forderung verbleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the e&amp;xcess as an overpayment</source>
        <translation>Überschuss als Über&amp;zahlung buchen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>Die Forderung wird in {currency} geführt; diese Zahlung ist in {other}. Rechnen Sie sie vor dem Buchen um.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Eine Zahlung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is more than the open balance. Post the excess as an overpayment, or correct the amount.</source>
        <translation>Die Zahlung übersteigt den offenen Saldo. Buchen Sie den Überschuss als Überzahlung oder korrigieren Sie den Betrag.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid on:</source>
        <translation>Bezahlt a&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>Zahlungs&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reference or receipt number (optional)</source>
        <translation>Bankreferenz oder Quittungsnummer (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment</source>
        <translation>Zahlung &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../collectdesk/services/payments.py" line="+56"/>
        <source>The payment amount must be greater than zero.</source>
        <translation>Der Zahlungsbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Eine Zahlung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>Die Forderung wird in {currency} geführt; diese Zahlung ist in {other}. Rechnen Sie sie vor dem Buchen um.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment is {over} more than the open balance. Post it as an overpayment (held as a credit) or correct the amount.</source>
        <translation>Die Zahlung übersteigt den offenen Saldo um {over}. Buchen Sie sie als Überzahlung (als Guthaben geführt) oder korrigieren Sie den Betrag.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/promise_dialog.py" line="+43"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>Der zugesagte Betrag übersteigt den offenen Saldo ({balance}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised date cannot be in the past.</source>
        <translation>Das zugesagte Datum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a promise to pay</source>
        <translation>Zahlungszusage erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Zahlbar bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the debtor will pay (optional)</source>
        <translation>Wie der Schuldner zahlen wird (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record promise</source>
        <translation>Zusage &amp;erfassen</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <location filename="../collectdesk/services/promises.py" line="+26"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>Der zugesagte Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The promised date cannot be in the past.</source>
        <translation>Das zugesagte Datum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; a promise must be in the same currency.</source>
        <translation>Die Forderung wird in {currency} geführt; eine Zusage muss in derselben Währung sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>Der zugesagte Betrag übersteigt den offenen Saldo ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n overdue promise(s) marked as broken</source>
        <translation>
            <numerusform>%n überfällige Zusage als nicht eingehalten markiert</numerusform>
            <numerusform>%n überfällige Zusagen als nicht eingehalten markiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../collectdesk/ui/tasks.py" line="+75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+29"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Ursprungsbetrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging</source>
        <translation>Altersklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creditor</source>
        <translation>Gläubiger</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_list.py" line="+51"/>
        <source>Queues</source>
        <translation>Arbeitslisten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watchlists</source>
        <translation>Beobachtungslisten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My queues</source>
        <translation>Meine Arbeitslisten</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+173"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>Das Sortieren nach dieser Spalte liest die gesamte Arbeitsliste einmal ein.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+171"/>
        <location line="+114"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Arbeitslisten</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Search name, account number, phone or e-mail (Ctrl+F)</source>
        <translation>Name, Forderungsnummer, Telefon oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;queue…</source>
        <translation>Liste s&amp;peichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olumns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>Neu &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change s&amp;tatus…</source>
        <translation>S&amp;tatus ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;watchlist…</source>
        <translation>Zur Be&amp;obachtungsliste…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;next action…</source>
        <translation>&amp;Wiedervorlage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts in the queue</source>
        <translation>Forderungen in der Arbeitsliste</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+109"/>
        <source>Filtered accounts</source>
        <translation>Gefilterte Forderungen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting accounts…</source>
        <translation>Forderungen werden gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Forderung</numerusform>
            <numerusform>%Ln Forderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Save queue</source>
        <translation>Arbeitsliste speichern</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name of the queue:</source>
        <translation>Name der Arbeitsliste:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queue saved.</source>
        <translation>Arbeitsliste gespeichert.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reassign accounts</source>
        <translation>Forderungen neu zuweisen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Give the %n selected account(s) to:</source>
        <translation>
            <numerusform>Die %n ausgewählte Forderung zuweisen an:</numerusform>
            <numerusform>Die %n ausgewählten Forderungen zuweisen an:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Collector</source>
        <translation>&amp;Sachbearbeiter</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reassigned %Ln account(s).</source>
        <translation>
            <numerusform>%Ln Forderung neu zugewiesen.</numerusform>
            <numerusform>%Ln Forderungen neu zugewiesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Status changed on %Ln account(s).</source>
        <translation>
            <numerusform>Status von %Ln Forderung geändert.</numerusform>
            <numerusform>Status von %Ln Forderungen geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Added %Ln account(s) to the watchlist.</source>
        <translation>
            <numerusform>%Ln Forderung zur Beobachtungsliste hinzugefügt.</numerusform>
            <numerusform>%Ln Forderungen zur Beobachtungsliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Next action set on %Ln account(s).</source>
        <translation>
            <numerusform>Wiedervorlage für %Ln Forderung gesetzt.</numerusform>
            <numerusform>Wiedervorlage für %Ln Forderungen gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Set the status of the %n selected account(s) to:</source>
        <translation>
            <numerusform>Status der %n ausgewählten Forderung setzen auf:</numerusform>
            <numerusform>Status der %n ausgewählten Forderungen setzen auf:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to watchlist</source>
        <translation>Zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add the %n selected account(s) to:</source>
        <translation>
            <numerusform>Die %n ausgewählte Forderung hinzufügen zu:</numerusform>
            <numerusform>Die %n ausgewählten Forderungen hinzufügen zu:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Beobachtungsliste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set next action</source>
        <translation>Wiedervorlage setzen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Next action date for the %n selected account(s):</source>
        <translation>
            <numerusform>Wiedervorlagedatum für die %n ausgewählte Forderung:</numerusform>
            <numerusform>Wiedervorlagedatum für die %n ausgewählten Forderungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the next action</source>
        <translation>Wiedervorlage &amp;löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>Arbeitsliste exportieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>%n Forderung nach {file} exportiert.</numerusform>
            <numerusform>%n Forderungen nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../collectdesk/services/queues/export.py" line="+71"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Queue</source>
        <translation>Arbeitsliste</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account queue</source>
        <translation>Arbeitsliste Forderungen</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/queues/saved.py" line="+41"/>
        <source>Give the queue a name.</source>
        <translation>Geben Sie der Arbeitsliste einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>You already have a queue called “{name}”.</source>
        <translation>Sie haben bereits eine Arbeitsliste namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/reassign_dialog.py" line="+33"/>
        <source>There are no active collectors.</source>
        <translation>Es gibt keine aktiven Sachbearbeiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is already assigned to {name}.</source>
        <translation>Die Forderung ist bereits {name} zugewiesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now assigned to {name}.</source>
        <translation>Derzeit {name} zugewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account has no collector.</source>
        <translation>Der Forderung ist kein Sachbearbeiter zugewiesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reassign the account</source>
        <translation>Forderung neu zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>&amp;Sachbearbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign</source>
        <translation>Neu &amp;zuweisen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({team})</source>
        <translation>{name} ({team})</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../collectdesk/services/scorecard_export.py" line="+48"/>
        <source>Not a period: {text}. Use a month (2026-10), a quarter (2026-Q3), a year (2026) or a range (2026-10-01..2026-10-15).</source>
        <translation>Kein gültiger Zeitraum: {text}. Geben Sie einen Monat (2026-10), ein Quartal (2026-Q3), ein Jahr (2026) oder einen Bereich (2026-10-01..2026-10-15) an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scope is team:NAME or branch:NAME; got: {scope}</source>
        <translation>Der Bereich lautet team:NAME oder branch:NAME; angegeben: {scope}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No single team is called “{name}”.</source>
        <translation>Es gibt kein eindeutiges Team namens „{name}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No single branch is called “{name}”.</source>
        <translation>Es gibt keine eindeutige Filiale namens „{name}“.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../collectdesk/ui/server_form.py" line="+46"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring: the password will be asked at each start</source>
        <translation>Kein System-Schlüsselbund: Das Passwort wird bei jedem Start abgefragt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>Verbunden: PostgreSQL {version}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../collectdesk/ui/settings_dialog.py" line="+56"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collection supervisor</source>
        <translation>Teamleiter Inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <translation>Inkassoleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <translation>Bereichsleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter Inkasso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Buchhalter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-service representative</source>
        <translation>Kundenservice-Mitarbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;name</source>
        <translation>Ihr Na&amp;me</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;role</source>
        <translation>Ihre &amp;Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;currency</source>
        <translation>Anzeige&amp;währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data&amp;base</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. Reports use the language chosen when they are made.</source>
        <translation>Die Sprache wechselt sofort. Berichte verwenden die Sprache, die bei ihrer Erstellung gewählt war.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../collectdesk/ui/startup.py" line="+30"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building a demo collections department…</source>
        <translation>Demo-Inkassoabteilung wird angelegt…</translation>
    </message>
    <message>
        <location filename="../collectdesk/app.py" line="+101"/>
        <source>Something went wrong that CollectDesk did not expect. Nothing you saved before is lost. The details are in {file}.</source>
        <translation>Ein unerwarteter Fehler ist aufgetreten. Bereits Gespeichertes ist nicht verloren. Die Einzelheiten stehen in {file}.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/status_dialog.py" line="+30"/>
        <source>The account is already {status}.</source>
        <translation>Die Forderung hat bereits den Status „{status}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Eine Forderung mit offenem Saldo kann nicht als bezahlt markiert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status</source>
        <translation>Status ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../collectdesk/services/context.py" line="+25"/>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll oder nicht beschreibbar. Es wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another task. Nothing was saved; try again in a moment.</source>
        <translation>Die Datenbank ist mit einer anderen Aufgabe beschäftigt. Es wurde nichts gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged. Open a backup copy instead, or ask for one to be restored.</source>
        <translation>Die Datenbankdatei ist beschädigt. Öffnen Sie stattdessen eine Sicherungskopie oder lassen Sie eine wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Es wurde nichts gespeichert; prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database reported an error: {error}</source>
        <translation>Die Datenbank hat einen Fehler gemeldet: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Jemand anderes hat diesen Datensatz zuerst gespeichert. Es wurde nichts gespeichert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Der Datensatz existiert nicht mehr: {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>{what} wurde nach dem Öffnen von {who} am {when} geändert (Felder: {fields}). Es wurde nichts gespeichert; der Datensatz wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+53"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden: {error}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../collectdesk/ui/account/timeline_model.py" line="+40"/>
        <source>{channel} ({direction}): {outcome}</source>
        <translation>{channel} ({direction}): {outcome}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min</source>
        <comment>duration of a call</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise to pay by {date}</source>
        <translation>Zahlungszusage bis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept (due {date})</source>
        <translation>Zusage eingehalten (fällig {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise broken (due {date}; {paid} paid)</source>
        <translation>Zusage nicht eingehalten (fällig {date}; {paid} bezahlt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken (due {date})</source>
        <translation>Zusage nicht eingehalten (fällig {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise cancelled (due {date})</source>
        <translation>Zusage storniert (fällig {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment ({method}), paid on {date}</source>
        <translation>Zahlung ({method}), bezahlt am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} overpaid (credit)</source>
        <translation>{amount} überzahlt (Guthaben)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassigned from {old} to {new}</source>
        <translation>Neu zugewiesen von {old} an {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to {new}</source>
        <translation>Zugewiesen an {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector removed</source>
        <translation>Sachbearbeiter entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next action set for {date}</source>
        <translation>Wiedervorlage auf {date} gesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action cleared</source>
        <translation>Wiedervorlage gelöscht</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+257"/>
        <source>Collected per week</source>
        <translation>Eingänge je Woche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week}: {start} – {end}</source>
        <translation>KW {week}: {start} – {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing collected</source>
        <translation>Keine Eingänge</translation>
    </message>
</context>
</TS>
