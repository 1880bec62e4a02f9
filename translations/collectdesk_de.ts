<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../collectdesk/ui/about_dialog.py" line="+115"/>
        <source>unknown: the database cannot be reached (this version expects {head})</source>
        <translation>unbekannt: Die Datenbank ist nicht erreichbar (diese Version erwartet {head})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{revision} (up to date)</source>
        <translation>{revision} (aktuell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{revision} (this version expects {head})</source>
        <translation>{revision} (diese Version erwartet {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Gemeinsamer Server</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About CollectDesk</source>
        <translation>Über CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>Der Arbeitsplatz der Inkasso-Teamleitung: Arbeitslisten, Leistungsübersichten, Feedback, Eskalationen, Compliance und Berichte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CollectDesk version:</source>
        <translation>CollectDesk-Version:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt (running):</source>
        <translation>Qt (zur Laufzeit):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System:</source>
        <translation>System:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLAlchemy:</source>
        <translation>SQLAlchemy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema revision:</source>
        <translation>Schemarevision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put all of the above on the clipboard, to paste into a message to support</source>
        <translation>Alle obigen Angaben in die Zwischenablage kopieren, um sie in eine Nachricht an den Support einzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The details are on the clipboard.</source>
        <translation>Die Details wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder could not be opened here. It is: {folder}</source>
        <translation>Der Ordner konnte hier nicht geöffnet werden. Er befindet sich unter: {folder}</translation>
    </message>
</context>
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
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+279"/>
        <source>Open {amount}</source>
        <translation>Offen {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Gesetzt von {who} am {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
        <location line="+1"/>
        <source>Ask a supervisor or senior manager for a decision</source>
        <translation>Einen Teamleiter oder Bereichsleiter um eine Entscheidung bitten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escala&amp;te…</source>
        <translation>&amp;Eskalieren…</translation>
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
    <message>
        <location filename="../collectdesk/ui/account/case_lines.py" line="+28"/>
        <source>Escalated: {status}, asks for {decision} (raised {date})</source>
        <translation>Eskaliert: {status}, beantragt: {decision} (ausgelöst am {date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment plan: {status}; paid {paid} of {payable}</source>
        <translation>Ratenzahlung: {status}; gezahlt {paid} von {payable}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; next {amount} due {date}</source>
        <translation>; nächste Rate {amount} fällig am {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n installment(s) missed)</source>
        <translation>
            <numerusform>(%n Rate versäumt)</numerusform>
            <numerusform>(%n Raten versäumt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../collectdesk/ui/inbox/account_picker.py" line="+67"/>
        <source>{account} · {debtor} · {balance}</source>
        <translation>{account} · {debtor} · {balance}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several accounts match; type the whole account number.</source>
        <translation>Mehrere Forderungen passen; geben Sie die vollständige Forderungsnummer ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account has this number.</source>
        <translation>Es gibt keine Forderung mit dieser Nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account number (optional)</source>
        <translation>Forderungsnummer (optional)</translation>
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
        <location line="+17"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>Der gewählte Sachbearbeiter existiert nicht oder ist ausgeschieden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Einige der ausgewählten Forderungen existieren nicht mehr. Es wurde nichts neu zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n Forderung neu zugewiesen an {name}</numerusform>
            <numerusform>%n Forderungen neu zugewiesen an {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+28"/>
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
        <location line="+8"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Offener Saldo: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+41"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+215"/>
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
        <location line="+26"/>
        <source>Disputed during a contact</source>
        <translation>Bei einem Kontakt bestritten</translation>
    </message>
</context>
<context>
    <name>AgencyErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/agency_errors_dialog.py" line="+19"/>
        <source>Agency data not imported</source>
        <translation>Daten der Meldestelle nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Aus {file} wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n Zeile muss korrigiert werden.</numerusform>
            <numerusform>%n Zeilen müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row needs a date, an account or a collector, and a satisfaction, NPS or complaint code. Correct the file and import it again.</source>
        <translation>Jede Zeile braucht ein Datum, eine Forderung oder einen Sachbearbeiter sowie eine Zufriedenheitsbewertung, eine NPS-Antwort oder einen Beschwerdecode. Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Angezeigt wird %n Problem.</numerusform>
            <numerusform>Angezeigt werden die ersten %n Probleme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/agency_import.py" line="+138"/>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}.</source>
        <translation>&apos;{value}&apos; ist keine ganze Zahl von {low} bis {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside {low}-{high}.</source>
        <translation>{value} liegt außerhalb von {low}–{high}.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The same reference is already on row {line}.</source>
        <translation>Dieselbe Referenz steht bereits in Zeile {line}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported agency data from {file}: {rows} rows, {complaints} complaints, {surveys} survey answers, {duplicates} already imported</source>
        <translation>Daten der Meldestelle aus {file} importiert – Zeilen: {rows}, Beschwerden: {complaints}, Umfrageantworten: {surveys}, bereits importiert: {duplicates}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give an account number or a collector.</source>
        <translation>Geben Sie eine Forderungsnummer oder einen Sachbearbeiter an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date is in the future.</source>
        <translation>Das Datum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The row has no satisfaction, NPS answer or complaint code.</source>
        <translation>Die Zeile enthält weder eine Zufriedenheitsbewertung noch eine NPS-Antwort oder einen Beschwerdecode.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint reported by {agency}: {code}</source>
        <translation>Beschwerde, gemeldet von {agency}: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey answer from {agency}</source>
        <translation>Umfrageantwort von {agency}</translation>
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
    <name>AgingReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="+78"/>
        <source>The open book on {date}</source>
        <translation>Offener Forderungsbestand am {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are no open accounts in scope.</source>
        <translation>im Bereich gibt es keine offenen Forderungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over the period</source>
        <translation>Veränderung im Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no account in scope had a balance in the period.</source>
        <translation>keine Forderung im Bereich hatte im Zeitraum einen Saldo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No branch</source>
        <translation>Keine Filiale</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open book by branch and days past due ({currency})</source>
        <translation>Offener Bestand nach Filiale und Überfälligkeit ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Accounts</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the branch&apos;s balance</source>
        <translation>Anteil am Saldo der Filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book as it stands today, aged today; the period has ended, and earlier balances are not kept.</source>
        <translation>Der Bestand mit heutigem Stand und heutiger Altersklasse; der Zeitraum ist abgeschlossen, frühere Salden werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance ({currency})</source>
        <translation>Offener Saldo ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open accounts ({currency})</source>
        <translation>Offene Forderungen ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share over 90 days past due ({currency})</source>
        <translation>Anteil über 90 Tage überfällig ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The open book in {currency} holds %n account(s) owing {balance}; {share} of it is more than 90 days past due.</source>
        <translation>
            <numerusform>Der offene Bestand in {currency} umfasst %n Forderung mit {balance}; davon sind {share} mehr als 90 Tage überfällig.</numerusform>
            <numerusform>Der offene Bestand in {currency} umfasst %n Forderungen mit zusammen {balance}; davon sind {share} mehr als 90 Tage überfällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open balance by days past due ({currency})</source>
        <translation>Offener Saldo nach Überfälligkeit ({currency})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balances by days past due, start and end ({currency})</source>
        <translation>Salden nach Überfälligkeit, Beginn und Ende ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start ({date})</source>
        <translation>Zu Beginn ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end ({date})</source>
        <translation>Am Ende ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account with a balance on the day, whatever its status; balances on earlier days are worked back from the dated payments and write-offs.</source>
        <translation>Jede Forderung mit Saldo am Stichtag, unabhängig vom Status; Salden früherer Tage werden aus den datierten Zahlungen und Ausbuchungen zurückgerechnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll rates ({currency})</source>
        <translation>Übergangsquoten ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled on</source>
        <translation>Übergegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the balance in a bucket at the start, the share whose account was in a later bucket at the end.</source>
        <translation>Anteil des Saldos einer Altersklasse zu Beginn, dessen Forderung am Ende in einer späteren Altersklasse lag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balances owed ({currency})</source>
        <translation>Offene Salden ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balances over 90 days past due ({currency})</source>
        <translation>Salden über 90 Tage überfällig ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cure rate</source>
        <translation>Gesundungsquote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cured} of the {delinquent} accounts past due at the start were paid off by the end ({rate}).</source>
        <translation>{cured} der {delinquent} zu Beginn überfälligen Forderungen waren bis zum Ende beglichen ({rate}).</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="+299"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+460"/>
        <source>Kept rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {kept} of {due} promises kept).</source>
        <translation>Die Einhaltungsquote von {value}&#xa0;% liegt weit unter dem Teamwert von {mean}&#xa0;% ({sigmas} Standardabweichungen; {kept} von {due} Zusagen eingehalten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Right-party contact rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {rpc} of {calls} outbound calls).</source>
        <translation>Die RPC-Quote von {value}&#xa0;% liegt weit unter dem Teamwert von {mean}&#xa0;% ({sigmas} Standardabweichungen; {rpc} Schuldnerkontakte bei {calls} ausgehenden Anrufen).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Kept rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Die Einhaltungsquote ist auf {value}&#xa0;% gesunken; der Durchschnitt über %n vorherigen Zeitraum lag bei {baseline}&#xa0;% ({drop} Prozentpunkte weniger).</numerusform>
            <numerusform>Die Einhaltungsquote ist auf {value}&#xa0;% gesunken; der Durchschnitt über %n vorherige Zeiträume lag bei {baseline}&#xa0;% ({drop} Prozentpunkte weniger).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Die RPC-Quote ist auf {value}&#xa0;% gesunken; der Durchschnitt über %n vorherigen Zeitraum lag bei {baseline}&#xa0;% ({drop} Prozentpunkte weniger).</numerusform>
            <numerusform>Die RPC-Quote ist auf {value}&#xa0;% gesunken; der Durchschnitt über %n vorherige Zeiträume lag bei {baseline}&#xa0;% ({drop} Prozentpunkte weniger).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Collected {value}, {drop}% less than the average of {baseline} over the previous %n period(s).</source>
        <translation>
            <numerusform>Eingänge von {value}, {drop}&#xa0;% weniger als der Durchschnitt von {baseline} über %n vorherigen Zeitraum.</numerusform>
            <numerusform>Eingänge von {value}, {drop}&#xa0;% weniger als der Durchschnitt von {baseline} über %n vorherige Zeiträume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>{broken} of {due} promises recorded in the last %n day(s) of the period broke ({share}%).</source>
        <translation>
            <numerusform>{broken} von {due} Zusagen, die innerhalb von %n Tag vor Ende des Zeitraums erfasst wurden, wurden nicht eingehalten ({share}&#xa0;%).</numerusform>
            <numerusform>{broken} von {due} Zusagen, die innerhalb von %n Tagen vor Ende des Zeitraums erfasst wurden, wurden nicht eingehalten ({share}&#xa0;%).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+3"/>
        <source>{count} calls ending in a promise to pay lasted less than {seconds} seconds ({share}% of the calls with a promise).</source>
        <translation>{count} Anrufe mit Zahlungszusage dauerten weniger als {seconds} Sekunden ({share}&#xa0;% der Anrufe mit Zusage).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the time.</source>
        <translation>
            <numerusform>%n Zahlung ({amounts}) wurde auf Forderungen erfasst, die zu diesem Zeitpunkt jemand anderem zugewiesen waren.</numerusform>
            <numerusform>%n Zahlungen ({amounts}) wurden auf Forderungen erfasst, die zu diesem Zeitpunkt jemand anderem zugewiesen waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomaliesModel</name>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+57"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+11"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>AnomaliesView</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/anomalies_view.py" line="+83"/>
        <source>Show the &amp;figures</source>
        <translation>&amp;Kennzahlen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scorecard figure behind this finding, row by row (Ctrl+D)</source>
        <translation>Die Kennzahl der Leistungsübersicht hinter diesem Befund, Zeile für Zeile (Strg+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;staff member</source>
        <translation>&amp;Mitarbeiter öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff member&apos;s record (Ctrl+Shift+O)</source>
        <translation>Datensatz des Mitarbeiters (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing unusual in this period: no figure is far from the team or from the person&apos;s own history.</source>
        <translation>In diesem Zeitraum nichts Ungewöhnliches: Keine Kennzahl weicht stark vom Team oder vom bisherigen Verlauf der Person ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Anomalies: %n finding(s) worth a look</source>
        <translation>
            <numerusform>&amp;Auffälligkeiten: %n prüfenswerter Befund</numerusform>
            <numerusform>&amp;Auffälligkeiten: %n prüfenswerte Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsQueueModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/approvals_queue_model.py" line="+61"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested decision</source>
        <translation>Beantragte Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Betroffener Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised by</source>
        <translation>Ausgelöst von</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/approve_dialog.py" line="+233"/>
        <source>{account} · {debtor}
Open balance: {balance} · approved by {who}</source>
        <translation>{account} · {debtor}
Offener Saldo: {balance} · genehmigt von {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approving puts the payment plan built for this case into effect: {installments}, first due {first}, {total} in all. The account goes on a payment plan and the installments are followed against the payments.</source>
        <translation>Mit der Genehmigung tritt die für diesen Fall erstellte Ratenzahlung in Kraft: {installments}, erste Rate fällig am {first}, insgesamt {total}. Die Forderung erhält den Status Ratenzahlung, und die Raten werden mit den Zahlungseingängen abgeglichen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment plan for this case is already running ({status}). Approving closes the case; the plan stays as it is.</source>
        <translation>Die Ratenzahlung für diesen Fall läuft bereits ({status}). Mit der Genehmigung wird der Fall abgeschlossen; die Ratenzahlung bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving creates a payment plan with these terms and puts it into effect at once: the account goes on a payment plan.</source>
        <translation>Mit der Genehmigung wird eine Ratenzahlung zu diesen Konditionen angelegt und tritt sofort in Kraft: Die Forderung erhält den Status Ratenzahlung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving offers the debtor a settlement and accepts it. If the amount is paid by the deadline, the rest of the balance is written off (reason: settlement); if not, the offer lapses and the whole balance is owed again.</source>
        <translation>Mit der Genehmigung wird dem Schuldner ein Vergleich angeboten und zugleich als angenommen erfasst. Wird der Betrag fristgerecht gezahlt, wird der Restsaldo ausgebucht (Grund: Vergleich); andernfalls verfällt das Angebot und der gesamte Saldo ist wieder geschuldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving writes the amount off now: the balance goes down by it, and the write-off goes into the journal for accounting under the name of {who}.</source>
        <translation>Mit der Genehmigung wird der Betrag sofort ausgebucht: Der Saldo verringert sich um diesen Betrag, und die Ausbuchung geht unter dem Namen von {who} in das Ausbuchungsjournal für die Buchhaltung ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving puts the account on hold: collection stops until someone changes its status.</source>
        <translation>Mit der Genehmigung wird die Forderung zurückgestellt: Das Inkasso ruht, bis jemand ihren Status ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving refers the account to legal: its status becomes Legal and it leaves normal collection.</source>
        <translation>Mit der Genehmigung wird die Forderung an die Rechtsabteilung abgegeben: Ihr Status wird „Gerichtliches Verfahren“, und sie verlässt das reguläre Inkasso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving records the senior manager&apos;s review as done. Nothing changes on the account.</source>
        <translation>Mit der Genehmigung wird die Prüfung durch die Bereichsleitung als erledigt erfasst. An der Forderung ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Eine Ratenzahlung braucht mindestens eine Rate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Die erste Rate kann nicht in der Vergangenheit fällig werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan amount: {problem}</source>
        <translation>Planbetrag: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount cannot be more than the open balance.</source>
        <translation>Der Planbetrag darf nicht höher als der offene Saldo sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Der Nachlass muss größer als 0 % und kleiner als 100 % sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Vergleichsbetrag: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the open balance.</source>
        <translation>Der Vergleichsbetrag muss kleiner als der offene Saldo sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the deadline by which the debtor pays the settlement.</source>
        <translation>Wählen Sie die Frist, bis zu der der Schuldner den Vergleichsbetrag zahlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Ausgebuchter Betrag: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>Der ausgebuchte Betrag darf nicht höher als der offene Saldo sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reason for the write-off.</source>
        <translation>Wählen Sie den Grund für die Ausbuchung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>Die Anmerkung ist zu lang ({length} von höchstens {most} Zeichen).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>D&amp;iscount:</source>
        <translation>Nach&amp;lass:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount to pay:</source>
        <translation>&amp;Zahlbetrag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve: {decision}</source>
        <translation>Genehmigen: {decision}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Raten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>Erste Rate &amp;fällig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fre&amp;quency:</source>
        <translation>R&amp;hythmus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a&amp;mount:</source>
        <translation>Plan&amp;betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A down payment, interest or a fee: build the plan with the payment plan calculator instead.</source>
        <translation>Mit Anzahlung, Zinsen oder Gebühr: Erstellen Sie die Ratenzahlung stattdessen mit dem Ratenrechner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the plan &amp;calculator…</source>
        <translation>Ratenrechner &amp;verwenden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to be paid</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Nachlass in Prozent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle &amp;by:</source>
        <translation>Vergleichs&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date</source>
        <translation>Datum wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole open balance</source>
        <translation>Gesamter offener Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of it</source>
        <translation>Teilbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>A&amp;usbuchung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount:</source>
        <translation>Be&amp;trag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>G&amp;rund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accoun&amp;ting reference:</source>
        <translation>&amp;Buchungsreferenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking or voucher number</source>
        <translation>Buchungs- oder Belegnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>A&amp;nmerkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you approve, anything the collector should know</source>
        <translation>Warum Sie genehmigen und was der Sachbearbeiter wissen sollte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../collectdesk/ui/reports/archive_model.py" line="+58"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF with tables</source>
        <translation>PDF mit Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/reports/archive_page.py" line="+123"/>
        <source>%n archived file(s)</source>
        <translation>
            <numerusform>%n archivierte Datei</numerusform>
            <numerusform>%n archivierte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive could not be read ({error}).</source>
        <translation>Das Archiv konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Report archive</source>
        <translation>Berichtsarchiv</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tabellen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the archived report</source>
        <translation>Archivierten Bericht speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {file}.</source>
        <translation>{file} gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete archived report</source>
        <translation>Archivierten Bericht löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file} from the archive? It cannot be reopened or reprinted afterwards.</source>
        <translation>{file} aus dem Archiv löschen? Der Bericht kann danach weder geöffnet noch erneut gedruckt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;port:</source>
        <translation>Beric&amp;ht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reports</source>
        <translation>Alle Berichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the archived PDF in the preview (Enter)</source>
        <translation>Das archivierte PDF in der Vorschau anzeigen (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;print…</source>
        <translation>Erneut &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/assign_dialog.py" line="+95"/>
        <source>{name} · {role} · {team}</source>
        <translation>{name} · {role} · {team}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} (already assigned)</source>
        <translation>{person} (bereits zugewiesen)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tick the staff members who should take the module.</source>
        <translation>Kreuzen Sie die Mitarbeiter an, die das Modul absolvieren sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>Das Fälligkeitsdatum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign a training module</source>
        <translation>Schulungsmodul zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} – {title} ({language})</source>
        <translation>{code} – {title} ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all shown</source>
        <translation>Angezeigte ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all shown</source>
        <translation>Angezeigte abwählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick those it is mandatory for</source>
        <translation>Pflichtteilnehmer ankreuzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+58"/>
        <source>There is nobody to assign it to: add staff members first.</source>
        <translation>Es gibt niemanden, dem der Vorgang zugewiesen werden kann: Legen Sie zuerst Mitarbeiter an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the owner.</source>
        <translation>Wählen Sie aus, wer zuständig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already assigned to {name}.</source>
        <translation>Der Vorgang ist bereits {name} zugewiesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign an owner</source>
        <translation>Zuständigen festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Zu&amp;ständig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/training/assign_dialog.py" line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
</context>
<context>
    <name>AssignModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/assign_module_dialog.py" line="+62"/>
        <source>There is no active module left to assign.</source>
        <translation>Es gibt kein aktives Modul mehr, das zugewiesen werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>Das Fälligkeitsdatum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} already has this module assigned and not yet completed.</source>
        <translation>{name} hat dieses Modul bereits zugewiesen bekommen und noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign a training module</source>
        <translation>Schulungsmodul zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to {name}</source>
        <translation>Zuweisen an {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Fällig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
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
        <location filename="../collectdesk/services/queues/builtin.py" line="+18"/>
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
        <source>Payment plans in trouble</source>
        <translation>Gefährdete Ratenzahlungen</translation>
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
        <location line="+37"/>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="+35"/>
        <source>print one JSON object</source>
        <translation>ein einzelnes JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+30"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>Spalte SOURCE der Datei als Feld FIELD lesen; beliebig oft wiederholbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+1"/>
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
        <location line="+1"/>
        <source>json (one object per staff member, numbers as numbers or decimal strings), csv, or xlsx (a workbook with totals; needs --out)</source>
        <translation>json (ein Objekt je Mitarbeiter, Zahlen als Zahlen oder Dezimal-Strings), csv oder xlsx (eine Arbeitsmappe mit Summen; erfordert --out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write to this file instead of printing</source>
        <translation>in diese Datei schreiben statt auszugeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also look for anomalies in staff work: json gets an &quot;anomalies&quot; list, xlsx an Anomalies sheet; with csv each is printed as a sentence (after the file is written, or on standard error when the CSV goes to standard output)</source>
        <translation>auch nach Auffälligkeiten in der Arbeit der Mitarbeiter suchen: json erhält eine Liste &quot;anomalies&quot;, xlsx ein Blatt „Anomalies“; bei csv wird jede als Satz ausgegeben (nachdem die Datei geschrieben wurde, oder auf der Standardfehlerausgabe, wenn die CSV-Daten auf die Standardausgabe gehen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feedback inbox</source>
        <translation>Feedback-Eingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import e-mail: .eml files, mbox archives, or folders of them (each message on its own; a message already in the inbox is not imported again)</source>
        <translation>E-Mails importieren: .eml-Dateien, mbox-Archive oder Ordner damit (jede Nachricht einzeln; eine bereits im Eingang vorhandene Nachricht wird nicht erneut importiert)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>write-offs for accounting</source>
        <translation>Ausbuchungen für die Buchhaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal lines of the write-offs in a period (XLSX or CSV)</source>
        <translation>die Buchungszeilen der Ausbuchungen in einem Zeitraum (XLSX oder CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>promise-to-pay housekeeping</source>
        <translation>Pflege der Zahlungszusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>Zahlungszusagen, deren Datum ohne Zahlung verstrichen ist, als nicht eingehalten markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compliance checks over the activity log</source>
        <translation>Compliance-Prüfungen des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment plans</source>
        <translation>Ratenzahlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the letter that confirms an approved plan to the debtor (PDF)</source>
        <translation>das Schreiben erstellen, das dem Schuldner eine genehmigte Ratenzahlung bestätigt (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan&apos;s id, or an account number (the account&apos;s latest approved plan)</source>
        <translation>die ID der Ratenzahlung oder eine Forderungsnummer (die zuletzt genehmigte Ratenzahlung der Forderung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the letter&apos;s language (default: the debtor&apos;s, or English)</source>
        <translation>Sprache des Schreibens (Standard: die des Schuldners, sonst Englisch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (default: A4)</source>
        <translation>Papierformat (Standard: A4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make a report (PDF, spreadsheet or both) for a period, with e-mail-ready file names; the files are kept in the archive</source>
        <translation>einen Bericht (PDF, Tabelle oder beides) für einen Zeitraum erstellen, mit Dateinamen zum Versand per E-Mail; die Dateien werden im Archiv aufbewahrt</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+24"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n Zeile enthält Fehler. Es wurde nichts importiert.</numerusform>
            <numerusform>{file}: %n Zeilen enthalten Fehler. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>Zeile {line}, Spalte {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
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
        <location filename="../collectdesk/services/scorecard_cli.py" line="+22"/>
        <source>--format xlsx writes a workbook: add --out FILE (for example --out scorecard.xlsx).</source>
        <translation>--format xlsx schreibt eine Arbeitsmappe: Geben Sie --out DATEI an (zum Beispiel --out scorecard.xlsx).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Scorecards written to {file}.</source>
        <translation>Leistungsübersichten in {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No anomalies found.</source>
        <translation>Keine Auffälligkeiten gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {sentence}</source>
        <translation>{name}: {sentence}</translation>
    </message>
    <message>
        <location filename="../collectdesk/cli.py" line="+25"/>
        <source>importing e-mail: {pct}%</source>
        <translation>E-Mails werden importiert: {pct}&#xa0;%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file}, message {index}</source>
        <translation>{file}, Nachricht {index}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No e-mail messages were found (.eml files, .mbox archives or folders of them).</source>
        <translation>Es wurden keine E-Mail-Nachrichten gefunden (.eml-Dateien, .mbox-Archive oder Ordner damit).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n Nachricht importiert.</numerusform>
            <numerusform>%n Nachrichten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were not imported again.</source>
        <translation>
            <numerusform>%n Nachricht war bereits im Eingang und wurde nicht erneut importiert.</numerusform>
            <numerusform>%n Nachrichten waren bereits im Eingang und wurden nicht erneut importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n linked to an account.</source>
        <translation>
            <numerusform>%n mit einer Forderung verknüpft.</numerusform>
            <numerusform>%n mit einer Forderung verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with suggested links to confirm in the inbox.</source>
        <translation>
            <numerusform>%n mit vorgeschlagenen Verknüpfungen, die im Eingang zu bestätigen sind.</numerusform>
            <numerusform>%n mit vorgeschlagenen Verknüpfungen, die im Eingang zu bestätigen sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {where}: {note}</source>
        <translation>Hinweis: {where}: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped, not an e-mail file: {file}</source>
        <translation>Übersprungen, keine E-Mail-Datei: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be imported:</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht importiert werden:</numerusform>
            <numerusform>%n Nachrichten konnten nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../collectdesk/reports/report_cli.py" line="+70"/>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="+16"/>
        <source>Dates are written YYYY-MM-DD, for example 2026-10-31.</source>
        <translation>Datumsangaben im Format JJJJ-MM-TT, zum Beispiel 2026-10-31.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/report_cli.py" line="+3"/>
        <source>The last day is before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n journal line(s) written to {path}.</source>
        <translation>
            <numerusform>%n Buchungszeile in {path} geschrieben.</numerusform>
            <numerusform>%n Buchungszeilen in {path} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment plan letter ({language}) is written to {path}.</source>
        <translation>Das Ratenplan-Schreiben ({language}) wurde unter {path} gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n Bildschirmfoto in {folder} gespeichert.</numerusform>
            <numerusform>%n Bildschirmfotos in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Abgebrochen. Der abgebrochene Schritt hat nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Eine Datei kann nicht gelesen oder geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="-36"/>
        <source>import survey and complaint data from a reporting agency (CSV or XLSX, all or nothing)</source>
        <translation>Umfrage- und Beschwerdedaten einer externen Meldestelle importieren (CSV oder XLSX, alles oder nichts)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing agency data: {pct}%</source>
        <translation>Daten der Meldestelle werden importiert: {pct}&#xa0;%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dry run: {file} is valid. {rows} rows: {complaints} complaints and {surveys} survey answers would be imported, {duplicates} were imported before. Nothing was written.</source>
        <translation>Probelauf: {file} ist gültig. Zeilen: {rows} (zu importieren – Beschwerden: {complaints}, Umfrageantworten: {surveys}; bereits früher importiert: {duplicates}). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {file}: {rows} rows, {complaints} complaints, {surveys} survey answers; {duplicates} were imported before.</source>
        <translation>{file} importiert – Zeilen: {rows}, Beschwerden: {complaints}, Umfrageantworten: {surveys}; bereits früher importiert: {duplicates}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns not used: {columns}</source>
        <translation>Nicht verwendete Spalten: {columns}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="-24"/>
        <source>check the activity log against the compliance profiles and bring the findings up to date (only the debtors whose log or facts changed since the last scan, unless --full)</source>
        <translation>das Aktivitätsprotokoll anhand der Compliance-Profile prüfen und die Befunde aktualisieren (nur die Schuldner, deren Protokoll oder Daten sich seit dem letzten Prüflauf geändert haben, außer mit --full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only contacts from this day on make or replace findings; older findings stay as they are</source>
        <translation>nur Kontakte ab diesem Tag erzeugen oder ersetzen Befunde; ältere Befunde bleiben unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check every debtor&apos;s whole history, not only what changed since the last scan</source>
        <translation>den gesamten Verlauf jedes Schuldners prüfen, nicht nur die Änderungen seit dem letzten Prüflauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>checking the activity log: {pct}%</source>
        <translation>Aktivitätsprotokoll wird geprüft: {pct}&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what changed since the last scan</source>
        <translation>Änderungen seit dem letzten Prüflauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first scan, full</source>
        <translation>erster Prüflauf, vollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full, because the compliance profiles changed</source>
        <translation>vollständig, da sich die Compliance-Profile geändert haben</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Compliance scan ({mode}): %n debtor(s) checked, {activities} activities read in {seconds} s.</source>
        <translation>
            <numerusform>Compliance-Prüflauf ({mode}): %n Schuldner geprüft, {activities} Aktivitäten in {seconds} s gelesen.</numerusform>
            <numerusform>Compliance-Prüflauf ({mode}): %n Schuldner geprüft, {activities} Aktivitäten in {seconds} s gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new finding(s) (block: {block}, warn: {warn}).</source>
        <translation>
            <numerusform>%n neuer Befund (Sperre: {block}, Warnung: {warn}).</numerusform>
            <numerusform>%n neue Befunde (Sperre: {block}, Warnung: {warn}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s) found again and left as they were.</source>
        <translation>
            <numerusform>%n Befund erneut gefunden und unverändert gelassen.</numerusform>
            <numerusform>%n Befunde erneut gefunden und unverändert gelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) no longer found and removed.</source>
        <translation>
            <numerusform>%n offener Befund nicht mehr gefunden und entfernt.</numerusform>
            <numerusform>%n offene Befunde nicht mehr gefunden und entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reviewed finding(s) no longer found, kept for the record.</source>
        <translation>
            <numerusform>%n geprüfter Befund nicht mehr gefunden, zur Dokumentation aufbewahrt.</numerusform>
            <numerusform>%n geprüfte Befunde nicht mehr gefunden, zur Dokumentation aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile {code}, version {version}</source>
        <translation>Profil {code}, Version {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only contacts from {day} on were judged, so this scan does not count as the last complete one.</source>
        <translation>Nur Kontakte ab {day} wurden bewertet; dieser Prüflauf gilt daher nicht als letzter vollständiger Prüflauf.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/report_cli.py" line="-46"/>
        <source>the report: collections, feedback, staff, compliance, aging, escalations or portfolios</source>
        <translation>der Bericht: collections, feedback, staff, compliance, aging, escalations oder portfolios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-10 (month), 2026-Q3, 2026-W05 (ISO week), 2026-10-05 (day) or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (Monat), 2026-Q3, 2026-W05 (ISO-Woche), 2026-10-05 (Tag) oder 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day (with --to)</source>
        <translation>erster Tag (mit --to)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day (with --from)</source>
        <translation>letzter Tag (mit --from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: the whole department)</source>
        <translation>team:NAME oder branch:NAME (Standard: die gesamte Abteilung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, xlsx, or both (pdf,xlsx): the PDF, the spreadsheet and the PDF with the tables appended (default: pdf)</source>
        <translation>pdf, xlsx oder beides (pdf,xlsx): das PDF, die Tabelle und das PDF mit angehängten Tabellen (Standard: pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size of the PDF (default: Letter in the United States and Canada, else A4)</source>
        <translation>Papierformat des PDF (Standard: Letter in den USA und Kanada, sonst A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder to write the files to (default: the current folder)</source>
        <translation>der Ordner, in den die Dateien geschrieben werden (Standard: der aktuelle Ordner)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Geben Sie entweder --period oder --from und --to an, nicht beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31.</source>
        <translation>Geben Sie den Zeitraum an: --period 2026-10 oder --from 2026-10-01 --to 2026-10-31.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--format is pdf, xlsx or both (pdf,xlsx); got: {format}</source>
        <translation>--format ist pdf, xlsx oder beides (pdf,xlsx); angegeben: {format}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This build cannot make the {report} yet.</source>
        <translation>Diese Version kann „{report}“ noch nicht erstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>making the report: {pct}%</source>
        <translation>Bericht wird erstellt: {pct}&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) written and kept in the archive.</source>
        <translation>
            <numerusform>%n Datei geschrieben und im Archiv aufbewahrt.</numerusform>
            <numerusform>%n Dateien geschrieben und im Archiv aufbewahrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+264"/>
        <source>Enter who called.</source>
        <translation>Geben Sie an, wer angerufen hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Die Rufnummer hat zu wenige Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarise the call.</source>
        <translation>Fassen Sie das Gespräch zusammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Es gibt keine Forderung mit dieser Nummer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Anrufer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Rufnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Forderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>&amp;Betroffener Sachbearbeiter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 02 1234 5678</source>
        <translation>+49 30 1234 5678</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../collectdesk/ui/escalations/case_files.py" line="+98"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No files attached.</source>
        <translation>Keine Dateien angehängt.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No program opens {name} on this computer; use Save as… instead.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das {name} öffnet; verwenden Sie stattdessen „Speichern unter…“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the file</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be saved: {error}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} ist größer als {limit} MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op&amp;en</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add fi&amp;les…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of the case</source>
        <translation>Dateien des Falls</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <location filename="../collectdesk/ui/escalations/outcome_text.py" line="+26"/>
        <source>{count} × {amount} monthly</source>
        <translation>{count} × {amount} monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} every two weeks</source>
        <translation>{count} × {amount} alle zwei Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} weekly</source>
        <translation>{count} × {amount} wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment plan: {installments}</source>
        <translation>Ratenzahlung: {installments}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n Rate versäumt</numerusform>
            <numerusform>%n Raten versäumt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due {date}</source>
        <translation>nächste Fälligkeit {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settlement: {amount} by {deadline}</source>
        <translation>Vergleich: {amount} bis {deadline}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid so far {amount}</source>
        <translation>bisher gezahlt {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written off on {date}: {amount} · {reason} · approved by {who}</source>
        <translation>Ausgebucht am {date}: {amount} · {reason} · genehmigt von {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accounting ref. {ref}</source>
        <translation>Buchungsref. {ref}</translation>
    </message>
</context>
<context>
    <name>CategoriseDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+38"/>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new category sets new acknowledgement and resolution dates.</source>
        <translation>Eine neue Kategorie setzt neue Fristen für Eingangsbestätigung und Erledigung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categorise</source>
        <translation>Kategorisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message>
        <location filename="../collectdesk/ui/escalations/chosen_files.py" line="+70"/>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Not attached, larger than {limit} MB: {names}</source>
        <translation>
            <numerusform>Nicht angehängt, größer als {limit} MB: {names}</numerusform>
            <numerusform>Nicht angehängt, größer als {limit} MB: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not attached, cannot be read: {names}</source>
        <translation>
            <numerusform>Nicht angehängt, nicht lesbar: {names}</numerusform>
            <numerusform>Nicht angehängt, nicht lesbar: {names}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to attach</source>
        <translation>Anzuhängende Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} MB a file</source>
        <translation>Höchstens {limit} MB pro Datei</translation>
    </message>
</context>
<context>
    <name>CollectionsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/collections.py" line="+104"/>
        <source>Collected against target</source>
        <translation>Eingänge gegenüber Ziel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No collection targets are set for this period and scope, so collected is not compared with a target.</source>
        <translation>Für diesen Zeitraum und Bereich sind keine Inkassoziele festgelegt; die Eingänge werden daher nicht mit einem Ziel verglichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections report</source>
        <translation>Inkassobericht</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_collected.py" line="+135"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No branch</source>
        <translation>Keine Filiale</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+136"/>
        <source>Not credited to a collector</source>
        <translation>Keinem Sachbearbeiter zugeordnet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Collected against target by branch, {currency}</source>
        <translation>Eingänge gegenüber Ziel nach Filiale, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by team, {currency}</source>
        <translation>Eingänge gegenüber Ziel nach Team, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by collector, {currency}</source>
        <translation>Eingänge gegenüber Ziel nach Sachbearbeiter, {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Branch</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+5"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+37"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+131"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-128"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Variance is collected minus target; attainment is collected divided by target.</source>
        <translation>Abweichung = Eingänge minus Ziel; Zielerreichung = Eingänge geteilt durch Ziel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collections in {currency}</source>
        <translation>Eingänge in {currency}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Collected against target, {currency}</source>
        <translation>Eingänge gegenüber Ziel, {currency}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-117"/>
        <source>Promises made</source>
        <translation>Abgegebene Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Fällige Zusagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+37"/>
        <source>Kept rate</source>
        <translation>Einhaltungsquote</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Broken promise rate</source>
        <translation>Quote gebrochener Zusagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount promised in {currency}</source>
        <translation>Zugesagter Betrag in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+182"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Promises by currency</source>
        <translation>Zusagen nach Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Made</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Amount promised</source>
        <translation>Zugesagter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Kept</source>
        <translation>Eingehalten</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Amount kept</source>
        <translation>Betrag eingehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Partly paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Broken</source>
        <translation>Gebrochen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Amount broken</source>
        <translation>Betrag gebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still pending</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Broken rate</source>
        <translation>Quote gebrochen</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Kept rate by amount</source>
        <translation>Einhaltungsquote nach Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made: promised in the period. Due: falling due in the period (cancelled ones left out). Kept rate: kept / (kept + partly paid + broken); broken rate: broken / the same; promises still pending are in neither.</source>
        <translation>Abgegeben: im Zeitraum zugesagt. Fällig: im Zeitraum fällig geworden (ohne stornierte). Einhaltungsquote: eingehalten / (eingehalten + teilweise bezahlt + gebrochen); Quote gebrochen: gebrochen / dieselbe Summe; noch offene Zusagen zählen in keiner der beiden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises by collector</source>
        <translation>Zusagen nach Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fell due</source>
        <translation>Fällig geworden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payments by method, {currency}</source>
        <translation>Zahlungen nach Zahlungsart, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{method} brought in the largest part of the {currency} collected: {share} ({amount}).</source>
        <translation>Den größten Teil der Eingänge in {currency} brachte {method}: {share} ({amount}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments received</source>
        <translation>Eingegangene Zahlungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments by method</source>
        <translation>Zahlungen nach Zahlungsart</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aging at the start and end of the period, {currency}</source>
        <translation>Altersstruktur zu Beginn und am Ende des Zeitraums, {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts at start</source>
        <translation>Forderungen zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at start</source>
        <translation>Saldo zu Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts at end</source>
        <translation>Forderungen am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at end</source>
        <translation>Saldo am Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll rate to the next bucket</source>
        <translation>Übergangsquote in die nächste Altersklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate, {period}</source>
        <translation>Übergangsquote, {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate: of the balance in a bucket at the start, the share that is in a later bucket at the end (balance at the end / balance at the start).</source>
        <translation>Übergangsquote: Anteil des Saldos einer Altersklasse zu Beginn, der am Ende in einer späteren Altersklasse liegt (Saldo am Ende / Saldo zu Beginn).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll rate from not yet due to 1–30 days in {currency}</source>
        <translation>Übergangsquote von „noch nicht fällig“ zu 1–30 Tagen in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance past due in {currency}</source>
        <translation>Überfälliger Saldo in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aging and roll rates</source>
        <translation>Altersstruktur und Übergangsquoten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collection effectiveness in {currency}</source>
        <translation>Inkasso-Effektivität in {currency}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Collection effectiveness index</source>
        <translation>Inkasso-Effektivitätsindex</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Receivables at start</source>
        <translation>Forderungsbestand zu Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business placed</source>
        <translation>Neu übergebene Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables at end</source>
        <translation>Forderungsbestand am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which not yet due</source>
        <translation>Davon noch nicht fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEI</source>
        <translation>CEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEI, {period}</source>
        <translation>CEI, {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CEI = (receivables at start + new business - receivables at end) / (receivables at start + new business - receivables at end not yet due). 100 % means everything that could be collected was collected; write-offs count as reductions, as the formula has it.</source>
        <translation>CEI = (Forderungsbestand zu Beginn + Neuübergaben - Forderungsbestand am Ende) / (Forderungsbestand zu Beginn + Neuübergaben - noch nicht fälliger Forderungsbestand am Ende). 100 % bedeutet, dass alles Einziehbare eingezogen wurde; Ausbuchungen zählen gemäß der Formel als Verringerung.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Projected collections, {currency}</source>
        <translation>Prognostizierte Eingänge, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected so far</source>
        <translation>Bisher eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan installments due</source>
        <translation>Fällige Raten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open promises due</source>
        <translation>Fällige offene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises, weighted</source>
        <translation>Zusagen, gewichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run rate</source>
        <translation>Laufende Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected against target</source>
        <translation>Prognose gegenüber Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Projected collections in {currency} for {period}</source>
        <translation>Prognostizierte Eingänge in {currency} für {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projected revenue</source>
        <translation>Prognose der Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (no promise fell due), so open promises count for nothing</source>
        <translation>keine (es wurde keine Zusage fällig), daher zählen offene Zusagen nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the projection is made: what was collected up to {today} counts as it is. For the days left, three parts are added, per currency and never converted: plan installments still open that fall due, at their open amount; open promises to pay that fall due, each weighted by its collector&apos;s kept rate over the last {days} days ({kept_from} to {kept_to}; collectors without promises due then take the rate of the whole scope, {scope_rate}); and the recent run rate, the average daily collections of the last {run_days} days ({run_from} to {run_to}) without the payments made on plan installments or promises, which the first two parts already cover, times the days left after today.</source>
        <translation>So entsteht die Prognose: Was bis {today} eingegangen ist, zählt unverändert. Für die verbleibenden Tage werden drei Teile addiert, je Währung und ohne Umrechnung: noch offene Raten aus Ratenzahlungen, die fällig werden, mit ihrem offenen Betrag; offene Zahlungszusagen, die fällig werden, jeweils gewichtet mit der Einhaltungsquote ihres Sachbearbeiters in den letzten {days} Tagen ({kept_from} bis {kept_to}; Sachbearbeiter ohne fällige Zusagen in diesem Zeitraum erhalten die Quote des gesamten Bereichs, {scope_rate}); und die aktuelle laufende Rate, also die durchschnittlichen täglichen Eingänge der letzten {run_days} Tage ({run_from} bis {run_to}) ohne Zahlungen auf Raten oder Zusagen, die die ersten beiden Teile bereits abdecken, multipliziert mit den nach heute verbleibenden Tagen.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/completion_dialog.py" line="+39"/>
        <source>The completion date cannot be in the future.</source>
        <translation>Das Abschlussdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark training completed</source>
        <translation>Schulung als abgeschlossen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{module} · {person}
Assigned on {assigned}</source>
        <translation>{module} · {person}
Zugewiesen am {assigned}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Abgeschlossen am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score (0–100):</source>
        <translation>&amp;Ergebnis (0–100):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test result in percent, if the course has a test.</source>
        <translation>Das Testergebnis in Prozent, falls der Kurs einen Test hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark completed</source>
        <translation>Als abgeschlossen &amp;markieren</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <location filename="../collectdesk/compliance/explain.py" line="+34"/>
        <source>{what} ({rule}; {basis}; {source}).</source>
        <translation>{what} ({rule}; {basis}; {source}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} ({rule}; {basis}, not verified; {source}).</source>
        <translation>{what} ({rule}; {basis}, nicht verifiziert; {source}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor&apos;s time zone “{zone}” is unknown, so UTC was used.</source>
        <translation>Die Zeitzone „{zone}“ des Schuldners ist unbekannt, daher wurde UTC verwendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debtor has no time zone, so UTC was used.</source>
        <translation>Für den Schuldner ist keine Zeitzone erfasst, daher wurde UTC verwendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact hours</source>
        <translation>Kontaktzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact limit</source>
        <translation>Kontaktobergrenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after a conversation</source>
        <translation>Pause nach einem Gespräch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between attempts</source>
        <translation>Abstand zwischen Versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact while flagged</source>
        <translation>Sperre bei Kennzeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required content</source>
        <translation>Pflichtangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitation period</source>
        <translation>Verjährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data retention</source>
        <translation>Aufbewahrungsfrist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulation</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulator&apos;s guidance</source>
        <translation>Leitlinie der Aufsicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry code</source>
        <translation>Branchenkodex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal policy</source>
        <translation>interne Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft, not in force</source>
        <translation>Entwurf, nicht in Kraft</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+281"/>
        <source>Block</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creditor&apos;s name and address</source>
        <translation>Name und Anschrift des Gläubigers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground of the claim</source>
        <translation>Forderungsgrund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject and date of the contract</source>
        <translation>Vertragsgegenstand und Datum des Vertragsschlusses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest calculation</source>
        <translation>Zinsberechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection costs and their ground</source>
        <translation>Inkassokosten und ihre Grundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisory authority</source>
        <translation>zuständige Aufsichtsbehörde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy notice</source>
        <translation>Datenschutzhinweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opt-out notice</source>
        <translation>Hinweis auf die Widerspruchsmöglichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation notice</source>
        <translation>Forderungsmitteilung (Validation Notice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice that collection has stopped</source>
        <translation>Mitteilung über die Einstellung des Inkassos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification of the debt</source>
        <translation>Nachweis der Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original creditor&apos;s name and address</source>
        <translation>Name und Anschrift des ursprünglichen Gläubigers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response to the dispute</source>
        <translation>Antwort auf die Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice to the estate</source>
        <translation>Mitteilung an den Nachlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of remedies that may be invoked</source>
        <translation>Hinweis auf mögliche Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of a remedy that will be invoked</source>
        <translation>Ankündigung einer bestimmten Maßnahme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dispute</source>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request to stop contact</source>
        <translation>Kontaktsperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankruptcy</source>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>death</source>
        <translation>Todesfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vulnerability</source>
        <translation>Schutzbedürftigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected fraud</source>
        <translation>Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high profile</source>
        <translation>prominente Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>representation by a lawyer</source>
        <translation>anwaltliche Vertretung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing space</source>
        <translation>Schonfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic recovery</source>
        <translation>wirtschaftliche Erholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mental capacity concern</source>
        <translation>Zweifel an der Geschäftsfähigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent to third-party contact</source>
        <translation>Einwilligung in Kontakte mit Dritten</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{channel} at {time} on {date}, the debtor&apos;s local time ({zone}): a public holiday ({holiday}), when no contact is permitted</source>
        <translation>{channel} um {time} am {date}, Ortszeit des Schuldners ({zone}): gesetzlicher Feiertag ({holiday}), an dem kein Kontakt zulässig ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): no contact is permitted on this day of the week</source>
        <translation>{channel} um {time} am {weekday}, Ortszeit des Schuldners ({zone}): an diesem Wochentag ist kein Kontakt zulässig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): outside the permitted hours {hours}</source>
        <translation>{channel} um {time} am {weekday}, Ortszeit des Schuldners ({zone}): außerhalb der zulässigen Zeiten {hours}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Conversation number {count} with the debtor within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{count}. Gespräch mit dem Schuldner innerhalb von %n Stunde (höchstens {max} zulässig)</numerusform>
            <numerusform>{count}. Gespräch mit dem Schuldner innerhalb von %n Stunden (höchstens {max} zulässig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} Nr. {count} innerhalb von %n Stunde (höchstens {max} zulässig)</numerusform>
            <numerusform>{channel} Nr. {count} innerhalb von %n Stunden (höchstens {max} zulässig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Conversation number {count} with the debtor within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{count}. Gespräch mit dem Schuldner innerhalb von %n Tag (höchstens {max} zulässig)</numerusform>
            <numerusform>{count}. Gespräch mit dem Schuldner innerhalb von %n Tagen (höchstens {max} zulässig)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} Nr. {count} innerhalb von %n Tag (höchstens {max} zulässig)</numerusform>
            <numerusform>{channel} Nr. {count} innerhalb von %n Tagen (höchstens {max} zulässig)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies if the contact reaches the debtor.</source>
        <translation>Dies gilt, wenn der Kontakt den Schuldner erreicht.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{channel} on {date}, within %n day(s) of a conversation with the debtor on {conversation_date} (no further contact until {until})</source>
        <translation>
            <numerusform>{channel} am {date}, innerhalb von %n Tag nach einem Gespräch mit dem Schuldner am {conversation_date} (kein weiterer Kontakt bis {until})</numerusform>
            <numerusform>{channel} am {date}, innerhalb von %n Tagen nach einem Gespräch mit dem Schuldner am {conversation_date} (kein weiterer Kontakt bis {until})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} um {time}, nach einem Versuch um {previous} an dieselbe Nummer bzw. Adresse (Mindestabstand: %n Minute)</numerusform>
            <numerusform>{channel} um {time}, nach einem Versuch um {previous} an dieselbe Nummer bzw. Adresse (Mindestabstand: %n Minuten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} at {time}, after an attempt at {previous} (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} um {time}, nach einem Versuch um {previous} (Mindestabstand: %n Minute)</numerusform>
            <numerusform>{channel} um {time}, nach einem Versuch um {previous} (Mindestabstand: %n Minuten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{channel} on {date} while the debtor&apos;s dispute is open (since {since})</source>
        <translation>{channel} am {date}, während die Bestreitung des Schuldners offen ist (seit {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} after the debtor asked for contact to stop (on {since})</source>
        <translation>{channel} am {date}, nachdem der Schuldner verlangt hat, den Kontakt einzustellen (am {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is represented by a lawyer (since {since})</source>
        <translation>{channel} am {date}, während der Schuldner anwaltlich vertreten ist (seit {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is in bankruptcy (since {since})</source>
        <translation>{channel} am {date}, während eines Insolvenzverfahrens des Schuldners (seit {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} although the debtor is recorded as deceased (since {since})</source>
        <translation>{channel} am {date}, obwohl der Schuldner als verstorben erfasst ist (seit {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} during the debtor&apos;s breathing space (since {since})</source>
        <translation>{channel} am {date} während der Schonfrist des Schuldners (seit {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while there is a concern about the debtor&apos;s mental capacity (since {since})</source>
        <translation>{channel} am {date}, während Zweifel an der Geschäftsfähigkeit des Schuldners bestehen (seit {since})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} on {date} while the debtor is flagged for {flag} (since {since})</source>
        <translation>{channel} am {date}, während beim Schuldner das Kennzeichen „{flag}“ gesetzt ist (seit {since})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} on {date}: contact number {count} with the same third party ({value}), at most {max} allowed</source>
        <translation>{channel} am {date}: Kontakt Nr. {count} mit demselben Dritten ({value}), höchstens {max} zulässig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} on {date} reached a third party without the debtor&apos;s consent on record</source>
        <translation>{channel} am {date} hat einen Dritten erreicht, ohne dass eine Einwilligung des Schuldners erfasst ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} on {date} reached a third party: contacts with third parties are not allowed</source>
        <translation>{channel} am {date} hat einen Dritten erreicht: Kontakte mit Dritten sind nicht zulässig</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First demand letter without: {missing}</source>
        <translation>Erstes Inkassoschreiben ohne: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand e-mail without: {missing}</source>
        <translation>Erste Inkasso-E-Mail ohne: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand ({channel}) without: {missing}</source>
        <translation>Erste Zahlungsaufforderung ({channel}) ohne: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} without: {missing}</source>
        <translation>{channel} am {date} ohne: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent late on {done}: {what}, due by {deadline}</source>
        <translation>Verspätet versandt am {done}: {what}, fällig bis {deadline}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent by {deadline}: {what}</source>
        <translation>Nicht bis {deadline} versandt: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debtor&apos;s {flag} was resolved on {done}, after the deadline {deadline}</source>
        <translation>Kennzeichen „{flag}“ des Schuldners am {done} erledigt, nach Fristablauf am {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor&apos;s {flag} was not resolved by {deadline}</source>
        <translation>Kennzeichen „{flag}“ des Schuldners nicht bis {deadline} erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The deadline is %n business day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Die Frist endet %n Arbeitstag nach Erfassung des Kennzeichens „{flag}“ am {start}.</numerusform>
            <numerusform>Die Frist endet %n Arbeitstage nach Erfassung des Kennzeichens „{flag}“ am {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n business day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Die Frist endet %n Arbeitstag nach dem ersten Kontakt am {start}.</numerusform>
            <numerusform>Die Frist endet %n Arbeitstage nach dem ersten Kontakt am {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Die Frist endet %n Tag nach Erfassung des Kennzeichens „{flag}“ am {start}.</numerusform>
            <numerusform>Die Frist endet %n Tage nach Erfassung des Kennzeichens „{flag}“ am {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Die Frist endet %n Tag nach dem ersten Kontakt am {start}.</numerusform>
            <numerusform>Die Frist endet %n Tage nach dem ersten Kontakt am {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the last payment on {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} am {date} zu einer verjährten Forderung: Die Verjährungsfrist von %n Jahr ab der letzten Zahlung am {start} endete am {end}</numerusform>
            <numerusform>{channel} am {date} zu einer verjährten Forderung: Die Verjährungsfrist von %n Jahren ab der letzten Zahlung am {start} endete am {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the due date {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} am {date} zu einer verjährten Forderung: Die Verjährungsfrist von %n Jahr ab Fälligkeit am {start} endete am {end}</numerusform>
            <numerusform>{channel} am {date} zu einer verjährten Forderung: Die Verjährungsfrist von %n Jahren ab Fälligkeit am {start} endete am {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after the end of that year</source>
        <translation>
            <numerusform>Forderung {account} wurde am {closed} geschlossen: Ihre personenbezogenen Daten werden über den {end} hinaus aufbewahrt, %n Jahr nach Ende jenes Jahres</numerusform>
            <numerusform>Forderung {account} wurde am {closed} geschlossen: Ihre personenbezogenen Daten werden über den {end} hinaus aufbewahrt, %n Jahre nach Ende jenes Jahres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after closing</source>
        <translation>
            <numerusform>Forderung {account} wurde am {closed} geschlossen: Ihre personenbezogenen Daten werden über den {end} hinaus aufbewahrt, %n Jahr nach dem Schließen</numerusform>
            <numerusform>Forderung {account} wurde am {closed} geschlossen: Ihre personenbezogenen Daten werden über den {end} hinaus aufbewahrt, %n Jahre nach dem Schließen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/finding_text.py" line="+161"/>
        <source>{what} (rule {rule}, which no compliance profile has any more).</source>
        <translation>{what} (Regel {rule}, die in keinem Compliance-Profil mehr enthalten ist).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A finding of the rule {rule}, which no compliance profile has any more; its details cannot be put into words.</source>
        <translation>Ein Befund der Regel {rule}, die in keinem Compliance-Profil mehr enthalten ist; seine Einzelheiten lassen sich nicht beschreiben.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/findings.py" line="+270"/>
        <source>No collector</source>
        <translation>Kein Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This finding no longer exists; a rescan may have removed it.</source>
        <translation>Dieser Befund existiert nicht mehr; möglicherweise wurde er bei einem erneuten Prüflauf entfernt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The finding {rule} of {when}</source>
        <translation>Der Befund {rule} vom {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a note: what was done about the finding, and why.</source>
        <translation>Schreiben Sie eine Notiz: was zu dem Befund unternommen wurde und warum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long: at most {max} characters, this one has {count}.</source>
        <translation>Die Notiz ist zu lang: höchstens {max} Zeichen, diese hat {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose what was done about the finding.</source>
        <translation>Wählen Sie, was zu dem Befund unternommen wurde.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+159"/>
        <source>The reason for going ahead is too long (at most {max} characters).</source>
        <translation>Die Begründung ist zu lang (höchstens {max} Zeichen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contact goes against a compliance rule. Give a reason for going ahead to log it:
{hits}</source>
        <translation>Dieser Kontakt verstößt gegen eine Compliance-Regel. Geben Sie eine Begründung an, um ihn trotzdem zu erfassen:
{hits}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Über diese Regel darf sich niemand hinwegsetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor or manager may go ahead, and only with a reason.</source>
        <translation>Nur ein Teamleiter oder Inkassoleiter darf trotzdem fortfahren, und nur mit Begründung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go ahead anyway, give a reason.</source>
        <translation>Um trotzdem fortzufahren, geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact was not logged:
{hits}
{what_now}</source>
        <translation>Der Kontakt wurde nicht erfasst:
{hits}
{what_now}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact not logged, blocked by {rules} (profile {profile})</source>
        <translation>Kontakt nicht erfasst, gesperrt durch {rules} (Profil {profile})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary}; reason given: {reason}</source>
        <translation>{summary}; angegebene Begründung: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged despite {rules} (profile {profile}); reason: {reason}</source>
        <translation>Kontakt trotz {rules} erfasst (Profil {profile}); Begründung: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged with the warnings {rules} (profile {profile}); reason: {reason}</source>
        <translation>Kontakt mit den Warnungen {rules} erfasst (Profil {profile}); Begründung: {reason}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+73"/>
        <source>The saved compliance profile {code} (revision {revision}) cannot be read by this version of CollectDesk. Reset it to the shipped profile or update CollectDesk.
{problems}</source>
        <translation>Das gespeicherte Compliance-Profil {code} (Revision {revision}) kann von dieser CollectDesk-Version nicht gelesen werden. Setzen Sie es auf das ausgelieferte Profil zurück oder aktualisieren Sie CollectDesk.
{problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The compliance profile {code} was changed by {who} at {when} after you opened it. Nothing was saved; reload the profile and make your change again.</source>
        <translation>Das Compliance-Profil {code} wurde nach dem Öffnen von {who} am {when} geändert. Es wurde nichts gespeichert; laden Sie das Profil neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The compliance profile was not saved. Correct these problems and save again:
{problems}</source>
        <translation>Das Compliance-Profil wurde nicht gespeichert. Beheben Sie diese Probleme und speichern Sie erneut:
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is shipped as a {kind} profile; an edited copy cannot change that.</source>
        <translation>{code} wird als Profil der Art „{kind}“ ausgeliefert; eine bearbeitete Kopie kann das nicht ändern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compliance profile was not saved: it disables rules that no profile has: {rules}</source>
        <translation>Das Compliance-Profil wurde nicht gespeichert: Es deaktiviert Regeln, die in keinem Profil enthalten sind: {rules}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{code} is not a shipped compliance profile, so there is nothing to reset it to.</source>
        <translation>{code} ist kein ausgeliefertes Compliance-Profil; es gibt daher nichts, worauf es zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The compliance profile {code} named in {where} does not exist.</source>
        <translation>Das in {where} genannte Compliance-Profil {code} existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compliance profile {code} named in {where} is a {kind} profile; a {wanted} profile is needed there.</source>
        <translation>Das in {where} genannte Compliance-Profil {code} ist von der Art „{kind}“; dort wird ein Profil der Art „{wanted}“ benötigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a portfolio</source>
        <translation>einem Portfolio</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan.py" line="+337"/>
        <source>Compliance scan: {new} new finding(s), {removed} removed, {debtors} debtor(s) checked.</source>
        <translation>Compliance-Prüflauf – neue Befunde: {new}, entfernt: {removed}, geprüfte Schuldner: {debtors}.</translation>
    </message>
</context>
<context>
    <name>ComplianceLabels</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+15"/>
        <source>Open</source>
        <comment>finding status</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Reviewed</source>
        <comment>finding status</comment>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Dismissed</source>
        <comment>finding status</comment>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+6"/>
        <source>Coaching given</source>
        <translation>Coaching erfolgt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>Fehlalarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The finding will be dismissed: the contact was allowed.</source>
        <translation>Der Befund wird verworfen: Der Kontakt war zulässig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The finding will be marked as reviewed.</source>
        <translation>Der Befund wird als geprüft markiert.</translation>
    </message>
</context>
<context>
    <name>ComplianceNotice</name>
    <message>
        <location filename="../collectdesk/ui/account/compliance_notice.py" line="+118"/>
        <source>Block: {rule}</source>
        <translation>Sperre: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {rule}</source>
        <translation>Warnung: {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Über diese Regel darf sich niemand hinwegsetzen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may go ahead if you give a reason.</source>
        <translation>Sie dürfen mit Begründung fortfahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor or manager may go ahead, with a reason.</source>
        <translation>Nur ein Teamleiter oder Inkassoleiter darf mit Begründung fortfahren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbound contacts are not checked: the debtor got in touch.</source>
        <translation>Eingehende Kontakte werden nicht geprüft: Der Schuldner hat sich gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No compliance rule stands against this contact</source>
        <translation>Diesem Kontakt steht keine Compliance-Regel entgegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against {profile} {version}.</source>
        <translation>Geprüft anhand von {profile} {version}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open for contact</source>
        <translation>Kontakt möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No compliance rule closes this day ({profile} {version}).</source>
        <translation>Keine Compliance-Regel schließt Kontakte an diesem Tag aus ({profile} {version}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rule}; {basis}; {source}.</source>
        <translation>{rule}; {basis}; {source}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}; {basis}, not verified; {source}.</source>
        <translation>{rule}; {basis}, nicht verifiziert; {source}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{date} is a public holiday where the debtor lives ({holiday}): no contact that day.</source>
        <translation>{date} ist am Wohnort des Schuldners ein gesetzlicher Feiertag ({holiday}): an diesem Tag kein Kontakt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact is permitted on {weekday}.</source>
        <translation>Am {weekday} ist kein Kontakt zulässig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor is flagged ({flag}): no contact while the flag is set.</source>
        <translation>Beim Schuldner ist ein Kennzeichen gesetzt ({flag}): kein Kontakt, solange es gesetzt ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permitted contact hours of the rules do not overlap on {date}.</source>
        <translation>Die zulässigen Kontaktzeiten der Regeln überschneiden sich am {date} nicht.</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <location filename="../collectdesk/ui/compliance/compliance_pane.py" line="+217"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The findings could not be read ({error}).</source>
        <translation>Die Befunde konnten nicht gelesen werden ({error}).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n finding(s) in {period}</source>
        <translation>
            <numerusform>%n Befund im Zeitraum {period}</numerusform>
            <numerusform>%n Befunde im Zeitraum {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) in {period}</source>
        <translation>
            <numerusform>%n offener Befund im Zeitraum {period}</numerusform>
            <numerusform>%n offene Befunde im Zeitraum {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reviewed finding(s) in {period}</source>
        <translation>
            <numerusform>%n geprüfter Befund im Zeitraum {period}</numerusform>
            <numerusform>%n geprüfte Befunde im Zeitraum {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dismissed finding(s) in {period}</source>
        <translation>
            <numerusform>%n verworfener Befund im Zeitraum {period}</numerusform>
            <numerusform>%n verworfene Befunde im Zeitraum {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Scan cancelled after %n debtor(s); what it finished is kept.</source>
        <translation>
            <numerusform>Prüflauf nach %n Schuldner abgebrochen; bereits Abgeschlossenes bleibt erhalten.</numerusform>
            <numerusform>Prüflauf nach %n Schuldnern abgebrochen; bereits Abgeschlossenes bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scan finished: %n new finding(s), {removed} no longer found, {debtors} debtors checked.</source>
        <translation>
            <numerusform>Prüflauf beendet: %n neuer Befund, {removed} nicht mehr gefunden, {debtors} Schuldner geprüft.</numerusform>
            <numerusform>Prüflauf beendet: %n neue Befunde, {removed} nicht mehr gefunden, {debtors} Schuldner geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Compliance scan</source>
        <translation>Compliance-Prüflauf</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The scan stopped with an error ({error}); nothing after the last finished part was saved.</source>
        <translation>Der Prüflauf wurde mit einem Fehler abgebrochen ({error}); nach dem zuletzt abgeschlossenen Abschnitt wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the activity log against the compliance profiles…</source>
        <translation>Aktivitätsprotokoll wird anhand der Compliance-Profile geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profi&amp;les</source>
        <translation>Pro&amp;file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;scan</source>
        <translation>&amp;Prüflauf starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the activity log against the compliance profiles (Ctrl+Shift+K)</source>
        <translation>Das Aktivitätsprotokoll anhand der Compliance-Profile prüfen (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>Sac&amp;hbearbeiter:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;am:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collectors</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findi&amp;ngs per:</source>
        <translation>Befunde &amp;je:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click opens a finding.</source>
        <translation>Eingabetaste oder Doppelklick öffnet einen Befund.</translation>
    </message>
</context>
<context>
    <name>ComplianceProfileDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+183"/>
        <source>Compliance profile</source>
        <translation>Compliance-Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules apply to the accounts in {name}? The department&apos;s own policy applies on top in every case.</source>
        <translation>Welche Regeln gelten für die Forderungen in {name}? Die eigene Richtlinie der Abteilung gilt in jedem Fall zusätzlich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The debtor&apos;s country decides</source>
        <translation>Nach Land des Schuldners</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different profile.</source>
        <translation>Wählen Sie ein anderes Profil.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-242"/>
        <location line="+45"/>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>der Compliance-Prüflauf wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last compliance scan ran on {date}: contacts logged after it are not checked yet.</source>
        <translation>Der letzte Compliance-Prüflauf fand am {date} statt; danach erfasste Kontakte sind noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Findings of blocking rules</source>
        <translation>Befunde zu Sperrregeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Findings by rule</source>
        <translation>Befunde nach Regel</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule broken most often was “{rule}”, with {count} of {total} findings ({share}).</source>
        <translation>Am häufigsten verletzt wurde die Regel „{rule}“ mit {count} von {total} Befunden ({share}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{team} had the largest rise: {count} findings, {change} more than in {comparison}.</source>
        <translation>Den stärksten Anstieg verzeichnete {team}: {count} Befunde, {change} mehr als im Vorzeitraum ({comparison}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Findings by team</source>
        <translation>Befunde nach Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No collector named</source>
        <translation>Kein Sachbearbeiter angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>Die meisten Befunde hatte {name}: %n.</numerusform>
            <numerusform>Die meisten Befunde hatte {name}: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings by collector</source>
        <translation>Befunde nach Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <location line="+30"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Period before</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+13"/>
        <source>Findings over time</source>
        <translation>Befunde im Zeitverlauf</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the last {count} periods findings peaked in {period} at {n}.</source>
        <translation>In den letzten {count} Zeiträumen erreichten die Befunde ihren Höchststand mit {n} ({period}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings still open</source>
        <translation>Noch offene Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share reviewed or dismissed</source>
        <translation>Anteil geprüft oder verworfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Reviewed and open findings</source>
        <translation>Geprüfte und offene Befunde</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings of each period as they stand today.</source>
        <translation>Die Befunde jedes Zeitraums mit heutigem Stand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reviewed} of the period&apos;s {total} findings have been reviewed or dismissed; {open} are still open.</source>
        <translation>{reviewed} der {total} Befunde des Zeitraums wurden geprüft oder verworfen; {open} sind noch offen.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Procedure anomalies</source>
        <translation>Auffälligkeiten in den Arbeitsabläufen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anomalies of high severity</source>
        <translation>Auffälligkeiten mit hohem Schweregrad</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</source>
        <translation>
            <numerusform>Die Prüfung der Arbeit der Mitarbeiter ergab %n Auffälligkeit, davon {high} mit hohem Schweregrad.</numerusform>
            <numerusform>Die Prüfung der Arbeit der Mitarbeiter ergab %n Auffälligkeiten, davon {high} mit hohem Schweregrad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checks of the staff&apos;s work found no anomalies.</source>
        <translation>Die Prüfung der Arbeit der Mitarbeiter ergab keine Auffälligkeiten.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+21"/>
        <source>Call quality</source>
        <translation>Gesprächsqualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer treatment</source>
        <translation>Umgang mit Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Produktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party verification and disclosure</source>
        <translation>Identitätsprüfung und Offenlegung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required statements</source>
        <translation>Vorgeschriebene Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation and payment arrangement</source>
        <translation>Verhandlung und Zahlungsvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone and courtesy</source>
        <translation>Tonfall und Höflichkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of information and records</source>
        <translation>Richtigkeit von Auskünften und Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call closing and next steps</source>
        <translation>Gesprächsabschluss und nächste Schritte</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_criteria.py" line="+66"/>
        <source>Enter the criterion&apos;s name.</source>
        <translation>Geben Sie den Namen des Kriteriums ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Der Name ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a criterion called {name}.</source>
        <translation>Es gibt bereits ein Kriterium namens {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The criterion</source>
        <translation>Das Kriterium</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A built-in criterion keeps its name, which is translated for every language. Add a criterion of your own instead.</source>
        <translation>Ein vordefiniertes Kriterium behält seinen Namen, der in jede Sprache übersetzt wird. Legen Sie stattdessen ein eigenes Kriterium an.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least one criterion must stay active.</source>
        <translation>Mindestens ein Kriterium muss aktiv bleiben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A built-in criterion cannot be deleted; deactivate it instead.</source>
        <translation>Ein vordefiniertes Kriterium kann nicht gelöscht werden; deaktivieren Sie es stattdessen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This criterion is used in past evaluations; deactivate it instead.</source>
        <translation>Dieses Kriterium wird in früheren Bewertungen verwendet; deaktivieren Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/criteria_dialog.py" line="+82"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inaktiv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in: translated for every language; can be deactivated</source>
        <translation>Vordefiniert: in jede Sprache übersetzt; kann deaktiviert werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new criterion:</source>
        <translation>Name des neuen Kriteriums:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename criterion</source>
        <translation>Kriterium umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete criterion</source>
        <translation>Kriterium löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Kriterium {name} löschen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluation criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria for:</source>
        <translation>&amp;Kriterien für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews (rated 1–5)</source>
        <translation>Beurteilungen (Stufen 1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call monitoring (scored 0–100)</source>
        <translation>Gesprächsmonitoring (Punkte 0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Nach un&amp;ten</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-12"/>
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
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>Over 180 days</source>
        <translation>Über 180 Tage</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+8"/>
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
        <location filename="../collectdesk/ui/dashboard/dashboard_pane.py" line="+228"/>
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
        <location filename="../collectdesk/ui/dashboard/tile_texts.py" line="+29"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{period}: {dates}</source>
        <translation>{period}: {dates}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{figure}, {period}</source>
        <translation>{figure}, {period}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{percent} of {target}</source>
        <translation>{percent} von {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Eingänge gegenüber Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Eingegangene Zahlungen abzüglich Überzahlungen, nach Zahlungsdatum. Ziele werden gleichmäßig auf die Tage ihres Zeitraums verteilt. ▲ im Plan für den verstrichenen Teil des Zeitraums, ▼ im Rückstand. Klicken Sie, um die Leistungsübersichten zu öffnen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Fällige Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Offene Zahlungszusagen, die im Zeitraum fällig werden, und die zugesagten Beträge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Klicken Sie, um die Arbeitsliste der heute fälligen Zusagen zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-58"/>
        <source>None</source>
        <translation>Keine Beträge</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
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
        <location line="+2"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Neue oder in Bearbeitung befindliche Beschwerden; überfällig: Antwortfrist überschritten. Klicken Sie, um den Feedback-Eingang zu öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} at stake</source>
        <translation>{amount} betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing at stake</source>
        <translation>Kein Betrag betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Eskalationen mit offener Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Eingereicht, in Prüfung oder an die Bereichsleitung verwiesen. Klicken Sie, um die Eskalationen zu öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Over 90 days past due</source>
        <translation>Über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Offene Forderungen, die 91 Tage oder länger überfällig sind, und ihre Salden. Klicken Sie, um die Arbeitsliste zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln overdue</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln expiring</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln läuft ab</numerusform>
            <numerusform>%Ln laufen ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln expired</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln abgelaufen</numerusform>
            <numerusform>%Ln abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln mandatory not assigned</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln Pflichtmodul nicht zugewiesen</numerusform>
            <numerusform>%Ln Pflichtmodule nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training overdue / expiring</source>
        <translation>Schulungen überfällig / ablaufend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing expired or missing</source>
        <translation>Nichts abgelaufen oder fehlend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff: assignments past their due date, completions expiring within 30 days, expired ones, and mandatory modules never assigned. Click to open Training.</source>
        <translation>Aktive Mitarbeiter: Zuweisungen nach Fälligkeit, Abschlüsse, die innerhalb von 30 Tagen ablaufen, abgelaufene Abschlüsse und nie zugewiesene Pflichtmodule. Klicken Sie, um die Schulungen zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name}: %n account(s)</source>
        <translation>
            <numerusform>{name}: %n Forderung</numerusform>
            <numerusform>{name}: %n Forderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My portfolios</source>
        <translation>Meine Portfolios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The special portfolios you own and how many accounts each holds now. Click to open Portfolios.</source>
        <translation>Die Sonderportfolios, für die Sie zuständig sind, und wie viele Forderungen jedes derzeit enthält. Klicken Sie, um Portfolios zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open accounts</source>
        <translation>Alle offenen Forderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Alle Forderungen, die weder bezahlt, verglichen, abgeschrieben noch geschlossen sind, und ihre Salden. Klicken Sie, um die Arbeitsliste zu öffnen.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../collectdesk/services/demo/builder.py" line="+59"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>Demodaten können nur in einer leeren Datenbank angelegt werden; diese enthält bereits Forderungen, Schuldner oder Mitarbeiter. Wählen Sie eine neue Datenbankdatei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>Das Anlegen der Demodaten wurde abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Die Anzahl der Demo-Forderungen muss zwischen 1 und {maximum} liegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Demodaten mit Seed {seed} zum {today} angelegt: %n Forderung; Schuldner: {debtors}, Aktivitäten: {activities}, Zahlungen: {payments}.</numerusform>
            <numerusform>Demodaten mit Seed {seed} zum {today} angelegt: %n Forderungen; Schuldner: {debtors}, Aktivitäten: {activities}, Zahlungen: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/department_panel.py" line="+33"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Of what could be collected in the period (receivables at the start plus new placements), the share that was collected.</source>
        <translation>Der Anteil dessen, was im Zeitraum einziehbar war (Forderungsbestand zu Beginn plus neue Übergaben), der tatsächlich eingezogen wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the amounts placed in the period, the share collected by its end.</source>
        <translation>Der Anteil der im Zeitraum übergebenen Beträge, der bis zu dessen Ende eingezogen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance that moved from one aging bucket to the next during the period, as a share of the balance in the first bucket at the start.</source>
        <translation>Saldo, der im Zeitraum von einer Altersklasse in die nächste gewechselt ist, als Anteil am Saldo der ersten Altersklasse zu Beginn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection effectiveness index</source>
        <translation>Inkasso-Effektivitätsindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation rate</source>
        <translation>Realisierungsquote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roll rate {source} → {target}</source>
        <translation>Übergangsquote {source} → {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts past due at the start of the period that were brought up to date or paid by its end: {cured} of {delinquent}.</source>
        <translation>Zu Beginn des Zeitraums überfällige Forderungen, die bis zu dessen Ende rückstandsfrei oder bezahlt waren: {cured} von {delinquent}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cure rate (all currencies, by accounts)</source>
        <translation>Gesundungsquote (alle Währungen, nach Forderungen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collection effectiveness index (%), {currency}</source>
        <translation>Inkasso-Effektivitätsindex (%), {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation rate (%), {currency}</source>
        <translation>Realisierungsquote (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll rate {source} → {target} (%), {currency}</source>
        <translation>Übergangsquote {source} → {target} (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cure rate (%)</source>
        <translation>Gesundungsquote (%)</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/drill_dialog.py" line="+35"/>
        <source>{figure} – {who}</source>
        <translation>{figure} – {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{figure}&lt;/b&gt; for {who}, {period}</source>
        <translation>&lt;b&gt;{figure}&lt;/b&gt; für {who}, {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a row or press Enter to open the account.</source>
        <translation>Doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um die Forderung zu öffnen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{total} rows; the newest {shown} are listed.</source>
        <translation>{total} Zeilen; die neuesten {shown} werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rows could not be read. Try again in a moment.</source>
        <translation>Die Zeilen konnten nicht gelesen werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/drill_model.py" line="+64"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome / status</source>
        <translation>Ergebnis / Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>EmailImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/email_decode.py" line="+170"/>
        <source>The text&apos;s charset &quot;{declared}&quot; is unknown; it was read as {used}.</source>
        <translation>Der Zeichensatz „{declared}“ des Textes ist unbekannt; der Text wurde als {used} gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text was declared as {declared} but is not; it was read as {used}.</source>
        <translation>Der Text war als {declared} deklariert, ist es aber nicht; er wurde als {used} gelesen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The {header} header holds unencoded non-ASCII bytes; it was read as {used}.</source>
        <translation>Der Header {header} enthält nicht kodierte Nicht-ASCII-Bytes; er wurde als {used} gelesen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {header} header is damaged ({error}); it is shown as sent.</source>
        <translation>Der Header {header} ist beschädigt ({error}); er wird so angezeigt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{header} header: {note}</source>
        <translation>Header {header}: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {header} header holds an encoded part that cannot be decoded; it is shown as sent.</source>
        <translation>Der Header {header} enthält einen kodierten Teil, der nicht dekodiert werden kann; er wird so angezeigt, wie er gesendet wurde.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sender&apos;s address cannot be read: {value}</source>
        <translation>Die Absenderadresse kann nicht gelesen werden: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender&apos;s header is malformed; the address was read as {address}.</source>
        <translation>Der Absender-Header ist fehlerhaft; die Adresse wurde als {address} gelesen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A part of the message has damaged base64 encoding; what could be read is kept.</source>
        <translation>Ein Teil der Nachricht hat eine beschädigte Base64-Kodierung; was gelesen werden konnte, bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The message is empty.</source>
        <translation>Die Nachricht ist leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail message: it has no header lines.</source>
        <translation>Dies ist keine E-Mail-Nachricht: Sie hat keine Kopfzeilen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail message: it has none of From, Subject, Date and Message-ID.</source>
        <translation>Dies ist keine E-Mail-Nachricht: Sie enthält weder From noch Subject, Date oder Message-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message is incomplete: its MIME parts are cut off (the file or archive may be truncated).</source>
        <translation>Die Nachricht ist unvollständig: Ihre MIME-Teile sind abgeschnitten (die Datei oder das Archiv ist möglicherweise unvollständig).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is malformed: a multipart message has no boundary.</source>
        <translation>Die Nachricht ist fehlerhaft: Einer Multipart-Nachricht fehlt die Boundary.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message cannot be read: {error}</source>
        <translation>Die Nachricht kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/email_import.py" line="+133"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an Outlook .msg file, which cannot be read. In Outlook, save the message as .eml (or drag it to a folder as a file) and import that.</source>
        <translation>Dies ist eine Outlook-.msg-Datei, die nicht gelesen werden kann. Speichern Sie die Nachricht in Outlook als .eml (oder ziehen Sie sie als Datei in einen Ordner) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message is {size} MB; messages up to {limit} MB are imported. Open it in your mail program and save its attachments to a shared drive.</source>
        <translation>Die Nachricht ist {size} MB groß; importiert werden Nachrichten bis {limit} MB. Öffnen Sie sie in Ihrem E-Mail-Programm und speichern Sie die Anhänge auf einem freigegebenen Laufwerk.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Attachment not stored as a file, larger than {limit} MB: {name} ({size} MB). It is kept inside message.eml.</source>
        <translation>Anhang nicht als Datei gespeichert, größer als {limit} MB: {name} ({size} MB). Er bleibt in message.eml enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[CollectDesk import]</source>
        <translation>[CollectDesk-Import]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({size} bytes, SHA-256 {sha})</source>
        <translation>{name} ({size} Byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail imported with its files: {files}</source>
        <translation>E-Mail mit ihren Dateien importiert: {files}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attachment {name} ({size} MB) is larger than {limit} MB: it was not stored as a file; it stays inside message.eml.</source>
        <translation>Der Anhang {name} ({size} MB) ist größer als {limit} MB: Er wurde nicht als Datei gespeichert und bleibt in message.eml enthalten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The import stopped: the database refused {n} messages in a row.</source>
        <translation>Der Import wurde abgebrochen: Die Datenbank hat {n} Nachrichten hintereinander abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message could not be imported: {error}</source>
        <translation>Die Nachricht konnte nicht importiert werden: {error}</translation>
    </message>
</context>
<context>
    <name>EmailImportSummary</name>
    <message>
        <location filename="../collectdesk/ui/inbox/email_import_summary.py" line="+58"/>
        <source>E-mail imported</source>
        <translation>E-Mails importiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n Nachricht importiert.</numerusform>
            <numerusform>%n Nachrichten importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were skipped.</source>
        <translation>
            <numerusform>%n Nachricht war bereits im Eingang und wurde übersprungen.</numerusform>
            <numerusform>%n Nachrichten waren bereits im Eingang und wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be read; they are listed below.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gelesen werden; sie ist unten aufgeführt.</numerusform>
            <numerusform>%n Nachrichten konnten nicht gelesen werden; sie sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="-191"/>
        <source>No topic</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was saved.</source>
        <translation>Das konnte wegen eines unerwarteten Fehlers nicht gespeichert werden ({error}). Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>EscalationOutcome</name>
    <message>
        <location filename="../collectdesk/services/escalation_outcome.py" line="+125"/>
        <source>There is no payment plan to approve: build the plan with the payment plan calculator first, or give the number of installments.</source>
        <translation>Es gibt keine Ratenzahlung zu genehmigen: Erstellen Sie sie zuerst mit dem Ratenrechner oder geben Sie die Anzahl der Raten an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how often the installments fall due: weekly, fortnightly or monthly.</source>
        <translation>Wählen Sie, wie oft die Raten fällig werden: wöchentlich, alle zwei Wochen oder monatlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first due date of the plan is not a date: {value}</source>
        <translation>Die erste Fälligkeit der Ratenzahlung ist kein Datum: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first installment cannot fall due in the past ({date}); give a new first due date.</source>
        <translation>Die erste Rate kann nicht in der Vergangenheit fällig werden ({date}); geben Sie eine neue erste Fälligkeit an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settlement&apos;s deadline is not a date: {value}</source>
        <translation>Die Frist des Vergleichs ist kein Datum: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the deadline by which the settlement must be paid.</source>
        <translation>Geben Sie die Frist an, bis zu der der Vergleichsbetrag gezahlt sein muss.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The terms hold an amount that is not a number: {value}</source>
        <translation>Die Konditionen enthalten einen Betrag, der keine Zahl ist: {value}</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="+161"/>
        <source>The amount at stake cannot be negative.</source>
        <translation>Der betroffene Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <location line="+35"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>This account already has an open escalation ({status}, raised on {date}). Decide or withdraw it before raising another.</source>
        <translation>Für diese Forderung gibt es bereits eine offene Eskalation ({status}, ausgelöst am {date}). Entscheiden Sie darüber oder ziehen Sie sie zurück, bevor Sie eine weitere auslösen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of installments must be a whole number of at least 1.</source>
        <translation>Die Anzahl der Raten muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proposed terms hold an amount that is not a number: {value}</source>
        <translation>Die vorgeschlagenen Konditionen enthalten einen Betrag, der keine Zahl ist: {value}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+40"/>
        <location filename="../collectdesk/services/escalations.py" line="+18"/>
        <location line="+92"/>
        <location line="+88"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {name} cannot be found (was it moved or deleted?). Nothing was saved.</source>
        <translation>Die Datei {name} wurde nicht gefunden (wurde sie verschoben oder gelöscht?). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be read: {error}. Nothing was saved.</source>
        <translation>Die Datei {name} kann nicht gelesen werden: {error}. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is larger than {limit} MB. Nothing was saved.</source>
        <translation>Die Datei {name} ist größer als {limit} MB. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="-159"/>
        <source>The payment plan has {count} installments; a supervisor may approve up to {limit}.</source>
        <translation>Der Ratenplan umfasst {count} Raten; ein Teamleiter darf bis zu {limit} freigeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No write-off limit is set for {currency}: every write-off in it goes to a senior manager.</source>
        <translation>Für {currency} ist kein Ausbuchungslimit festgelegt: Jede Ausbuchung in dieser Währung geht an einen Bereichsleiter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The write-off of {amount} is above the supervisor&apos;s limit of {limit}.</source>
        <translation>Die Ausbuchung von {amount} liegt über dem Limit des Teamleiters von {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settlement gives a discount of {pct} %; a supervisor may approve up to {limit} %.</source>
        <translation>Der Vergleich gewährt einen Nachlass von {pct} %; ein Teamleiter darf bis zu {limit} % freigeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} is above the approval limit of {name} ({limit}).</source>
        <translation>{amount} liegt über dem Freigabelimit von {name} ({limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspected fraud: every fraud case goes to a senior manager.</source>
        <translation>Betrugsverdacht: Jeder Betrugsfall geht an einen Bereichsleiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is flagged with a documented record of economic recovery.</source>
        <translation>Der Kunde ist mit einer dokumentierten wirtschaftlichen Erholung gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervisor referred the case to a senior manager.</source>
        <translation>Der Teamleiter hat den Fall an einen Bereichsleiter verwiesen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An escalation is raised only once.</source>
        <translation>Eine Eskalation kann nur einmal ausgelöst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why: a rejection, a counter-proposal, a request for information and a referral need a note.</source>
        <translation>Geben Sie eine Begründung an: Ablehnung, Gegenvorschlag, Rückfrage und Verweisung erfordern eine Notiz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counter-proposal needs the terms proposed.</source>
        <translation>Ein Gegenvorschlag erfordert die vorgeschlagenen Konditionen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On a shared database each manager decides under their own login: {name} must sign in to decide.</source>
        <translation>In einer gemeinsam genutzten Datenbank entscheidet jede Führungskraft unter ihrer eigenen Anmeldung: {name} muss sich zum Entscheiden anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This escalation is closed ({status}); only a comment can be added.</source>
        <translation>Diese Eskalation ist abgeschlossen ({status}); es kann nur noch ein Kommentar hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Four-eyes rule: {name} raised this escalation and cannot decide it. Another supervisor or a senior manager must.</source>
        <translation>Vier-Augen-Prinzip: {name} hat diese Eskalation ausgelöst und kann nicht darüber entscheiden. Die Entscheidung muss ein anderer Teamleiter oder ein Bereichsleiter treffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a supervisor or manager and cannot decide escalations.</source>
        <translation>{name} ist weder Teamleiter noch Inkassoleiter und kann nicht über Eskalationen entscheiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person who raised it or a supervisor can withdraw an escalation.</source>
        <translation>Nur die Person, die die Eskalation ausgelöst hat, oder ein Teamleiter kann sie zurückziehen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a senior manager can decide this escalation: {reasons}</source>
        <translation>Nur ein Bereichsleiter kann über diese Eskalation entscheiden: {reasons}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the senior manager the case is referred to.</source>
        <translation>Wählen Sie den Bereichsleiter, an den der Fall verwiesen wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a senior manager.</source>
        <translation>{name} ist kein Bereichsleiter.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred</source>
        <translation>an Bereichsleitung verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information requested</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-proposed</source>
        <translation>Gegenvorschlag gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Datei {name} angehängt ({size} Bytes, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_file_data.py" line="+27"/>
        <source>The file is no longer stored with the escalation.</source>
        <translation>Die Datei ist nicht mehr bei der Eskalation gespeichert.</translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+219"/>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who takes the decision. On this single-user database you may enter a senior manager&apos;s decision; the history records that you typed it in.</source>
        <translation>Wer die Entscheidung trifft. In dieser Einzelplatz-Datenbank können Sie die Entscheidung eines Bereichsleiters eintragen; der Verlauf hält fest, dass Sie sie eingegeben haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a shared database each manager decides under their own login, and your login ({login}) is not a supervisor&apos;s or manager&apos;s.</source>
        <translation>In einer gemeinsam genutzten Datenbank entscheidet jede Führungskraft unter ihrer eigenen Anmeldung, und Ihre Anmeldung ({login}) gehört keinem Teamleiter oder Inkassoleiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a shared database each manager decides under their own login: a senior manager signs in to decide.</source>
        <translation>In einer gemeinsam genutzten Datenbank entscheidet jede Führungskraft unter ihrer eigenen Anmeldung: Zum Entscheiden meldet sich ein Bereichsleiter an.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n decided case(s)</source>
        <translation>
            <numerusform>%n entschiedener Fall</numerusform>
            <numerusform>%n entschiedene Fälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n offener Fall</numerusform>
            <numerusform>%n offene Fälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Escalations decided lately, newest first</source>
        <translation>Kürzlich entschiedene Eskalationen, neueste zuerst</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Select a case to see the account as it stood and its history.</source>
        <translation>Wählen Sie einen Fall, um die Forderung zum damaligen Stand und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status} by {who} on {when}.</source>
        <translation>{status} von {who} am {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a senior manager: {reasons}</source>
        <translation>Erfordert einen Bereichsleiter: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor may decide this case alone.</source>
        <translation>Ein Teamleiter kann diesen Fall allein entscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {action} · {who}</source>
        <translation>{when} · {action} · {who}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_summary.py" line="+27"/>
        <source>{account} · {debtor} · raised by {who} on {when}</source>
        <translation>{account} · {debtor} · ausgelöst von {who} am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; asks for: {decision}; at stake {amount}</source>
        <translation>{reason}; beantragt: {decision}; betroffen {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When raised: open {open} of {original} (paid {paid}); %n day(s) past due</source>
        <translation>
            <numerusform>Bei Auslösung: offen {open} von {original} (bezahlt {paid}); %n Tag überfällig</numerusform>
            <numerusform>Bei Auslösung: offen {open} von {original} (bezahlt {paid}); %n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts: {contacts} · promises: {promises} · payments: {payments} · open complaints: {complaints}</source>
        <translation>Kontakte: {contacts} · Zusagen: {promises} · Zahlungen: {payments} · offene Beschwerden: {complaints}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed terms: {terms}</source>
        <translation>Vorgeschlagene Konditionen: {terms}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n Rate</numerusform>
            <numerusform>%n Raten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first due {date}</source>
        <translation>erste Rate fällig am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by {date}</source>
        <translation>zahlbar bis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every two weeks</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settle for {amount}</source>
        <translation>Vergleich über {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write off {amount}</source>
        <translation>Ausbuchung von {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan for {amount}</source>
        <translation>Ratenzahlung über {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} % discount</source>
        <translation>{pct} % Nachlass</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accounting ref. {ref}</source>
        <translation>Buchungsref. {ref}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+16"/>
        <location line="+31"/>
        <source>Choose a case and who decides.</source>
        <translation>Wählen Sie einen Fall und wer entscheidet.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{account}: {action} recorded.</source>
        <translation>{account}: {action} erfasst.</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_documents.py" line="+29"/>
        <source>Save the referral sheet</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Referral sheet</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the referral sheet…</source>
        <translation>Vorlage wird erstellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral sheet saved: {path}</source>
        <translation>Vorlage gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the payment plan letter</source>
        <translation>Ratenplan-Schreiben speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan letter saved: {path}</source>
        <translation>Ratenplan-Schreiben gespeichert: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan letter</source>
        <translation>Ratenplan-Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the payment plan letter…</source>
        <translation>Ratenplan-Schreiben wird erstellt…</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+28"/>
        <source>{account}: approved ({decision}).</source>
        <translation>{account}: genehmigt ({decision}).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Payment plan proposed; approving the case puts it into effect.</source>
        <translation>Ratenzahlung vorgeschlagen; mit der Genehmigung des Falls tritt sie in Kraft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All open</source>
        <translation>Alle offenen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decided in the last %n day(s)</source>
        <translation>
            <numerusform>Entschieden innerhalb von %n Tag</numerusform>
            <numerusform>Entschieden in den letzten %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;history:</source>
        <translation>Entscheidungs&amp;verlauf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;as:</source>
        <translation>Entscheiden a&amp;ls:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Anmerkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter terms:</source>
        <translation>Gegen&amp;konditionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> installments</source>
        <translation> Raten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior &amp;manager:</source>
        <translation>&amp;Bereichsleiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;ject</source>
        <translation>Ableh&amp;nen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ounter-proposal</source>
        <translation>G&amp;egenvorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;information</source>
        <translation>&amp;Informationen anfordern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refer to senior manager…</source>
        <translation>An Bereichsleitung verweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral sheet PD&amp;F…</source>
        <translation>Vorlage als PD&amp;F…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open acco&amp;unt</source>
        <translation>Forderung &amp;öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build payment plan…</source>
        <translation>&amp;Ratenzahlung erstellen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan lette&amp;r…</source>
        <translation>Raten&amp;plan-Schreiben…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter confirming the approved payment plan to the debtor, in the debtor&apos;s language, as a PDF</source>
        <translation>Das Schreiben, das dem Schuldner die genehmigte Ratenzahlung bestätigt, in seiner Sprache als PDF</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+190"/>
        <source>Escalations waiting for a decision, oldest first</source>
        <translation>Eskalationen, die auf eine Entscheidung warten, älteste zuerst</translation>
    </message>
</context>
<context>
    <name>EscalationsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="+134"/>
        <location line="+186"/>
        <source>Settlements</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>no settlement was offered in this period or the one before.</source>
        <translation>in diesem Zeitraum und im Vorzeitraum wurde kein Vergleich angeboten.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <source>Escalations raised</source>
        <translation>Ausgelöste Eskalationen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Amount at stake ({currency})</source>
        <translation>Betroffener Betrag ({currency})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalations raised by reason</source>
        <translation>Ausgelöste Eskalationen nach Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <location line="+79"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most common reason was {reason}: {count} of {total}.</source>
        <translation>Häufigster Grund war {reason}: {count} von {total}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Escalations decided</source>
        <translation>Entschiedene Eskalationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval rate</source>
        <translation>Genehmigungsquote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average days from raising to decision</source>
        <translation>Durchschnittliche Tage bis zur Entscheidung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions by what was requested</source>
        <translation>Entscheidungen nach beantragter Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Decision requested</source>
        <translation>Beantragte Entscheidung</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rate: approved, of the escalations approved or rejected.</source>
        <translation>Genehmigungsquote: Anteil der genehmigten an den genehmigten oder abgelehnten Eskalationen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who decided</source>
        <translation>Wer entschieden hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decisions and approvals</source>
        <translation>Entscheidungen und Genehmigungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalations waiting for a decision</source>
        <translation>Eskalationen mit offener Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Average days waiting</source>
        <translation>Durchschnittliche Wartezeit (Tage)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Oldest, days waiting</source>
        <translation>Längste Wartezeit (Tage)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As on {date}: the queue is read when the report is made.</source>
        <translation>Stand {date}: Die Warteschlange wird bei Erstellung des Berichts gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals queue by status</source>
        <translation>Genehmigungswarteschlange nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest waiting</source>
        <translation>Am längsten wartend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake</source>
        <translation>Betroffener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Wartetage</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>On {date}, %n escalation(s) were waiting for a decision, on average {days} days; the oldest for {oldest} days.</source>
        <translation>
            <numerusform>Am {date} wartete %n Eskalation auf eine Entscheidung, im Durchschnitt seit {days} Tagen; die älteste seit {oldest} Tagen.</numerusform>
            <numerusform>Am {date} warteten %n Eskalationen auf eine Entscheidung, im Durchschnitt seit {days} Tagen; die älteste seit {oldest} Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {date}, no escalation was waiting for a decision.</source>
        <translation>Am {date} wartete keine Eskalation auf eine Entscheidung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals queue</source>
        <translation>Genehmigungswarteschlange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settlements offered</source>
        <translation>Angebotene Vergleiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlements fulfilled (share of those ended)</source>
        <translation>Erfüllte Vergleiche (Anteil der beendeten)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settlements offered in the period, by status now ({currency})</source>
        <translation>Im Zeitraum angebotene Vergleiche nach aktuellem Status ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance at the offer</source>
        <translation>Saldo bei Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement amount</source>
        <translation>Vergleichsbetrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount given</source>
        <translation>Gewährter Nachlass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the offers that have ended, {share} were paid in full and the rest lapsed.</source>
        <translation>Von den beendeten Angeboten wurden {share} vollständig bezahlt, der Rest ist verfallen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Write-offs</source>
        <translation>Ausbuchungen</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Written off ({currency})</source>
        <translation>Ausgebucht ({currency})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write-offs by reason ({currency})</source>
        <translation>Ausbuchungen nach Grund ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written off in this period.</source>
        <translation>In diesem Zeitraum wurde nichts ausgebucht.</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <location filename="../collectdesk/reports/evaluation_pdf.py" line="+54"/>
        <source>Collections department</source>
        <translation>Inkassoabteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>Leistungsbeurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
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
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Beurteiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of review</source>
        <translation>Datum der Beurteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of {count} rated criteria: {average} of 5</source>
        <translation>Durchschnitt aus {count} bewerteten Kriterien: {average} von 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: {scale}.</source>
        <translation>Skala: {scale}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals for the next period</source>
        <translation>Ziele für den nächsten Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>Keine Angaben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for the period</source>
        <translation>Kennzahlen des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept (by count)</source>
        <translation>Eingehaltene Zusagen (nach Anzahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contact rate</source>
        <translation>Quote der Schuldnerkontakte (RPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score (call monitoring)</source>
        <translation>QS-Wert (Gesprächsmonitoring)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} of 100 ({count} monitored calls)</source>
        <translation>{score} von 100 ({count} bewertete Anrufe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scorecard figures are kept for this role.</source>
        <translation>Für diese Rolle werden keine Kennzahlen der Leistungsübersicht geführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer: {name}</source>
        <translation>Beurteiler: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee: {name}</source>
        <translation>Mitarbeiter: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Erstellt am {when}</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <location filename="../collectdesk/services/evaluation_checks.py" line="+20"/>
        <source>This staff member no longer exists.</source>
        <translation>Dieser Mitarbeiter existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can evaluate themselves; choose another reviewer.</source>
        <translation>Niemand kann sich selbst beurteilen; wählen Sie einen anderen Beurteiler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen reviewer no longer exists.</source>
        <translation>Der gewählte Beurteiler existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_reviews.py" line="+63"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>Das Beurteilungsdatum darf nicht vor dem Beginn des Zeitraums liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be in the future.</source>
        <translation>Das Beurteilungsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>Eine Bewertung ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate at least one criterion.</source>
        <translation>Bewerten Sie mindestens ein Kriterium.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the rated criteria no longer exists; reopen the review.</source>
        <translation>Eines der bewerteten Kriterien existiert nicht mehr; öffnen Sie die Beurteilung erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The criterion {name} is no longer in use.</source>
        <translation>Das Kriterium {name} wird nicht mehr verwendet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The review</source>
        <translation>Die Beurteilung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This review no longer exists.</source>
        <translation>Diese Beurteilung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_qa.py" line="+58"/>
        <source>The evaluation date cannot be in the future.</source>
        <translation>Das Bewertungsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call reference is too long (at most {n} characters).</source>
        <translation>Die Anrufreferenz ist zu lang (höchstens {n} Zeichen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen call is not one of this staff member&apos;s calls.</source>
        <translation>Der gewählte Anruf gehört nicht zu den Anrufen dieses Mitarbeiters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call was made after the evaluation date.</source>
        <translation>Der Anruf fand nach dem Bewertungsdatum statt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen call belongs to another account.</source>
        <translation>Der gewählte Anruf gehört zu einer anderen Forderung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Wählen Sie den bewerteten Anruf oder geben Sie seine Referenz ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account no longer exists.</source>
        <translation>Die Forderung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion.</source>
        <translation>Vergeben Sie für mindestens ein Kriterium Punkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>Ein Punktwert ist eine ganze Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the scored criteria is no longer in use; reopen the entry.</source>
        <translation>Eines der bewerteten Kriterien wird nicht mehr verwendet; öffnen Sie den Eintrag erneut.</translation>
    </message>
</context>
<context>
    <name>FeedbackReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="+81"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no satisfaction answers in the last 12 months.</source>
        <translation>in den letzten 12 Monaten keine Antworten zur Zufriedenheit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Agency data</source>
        <translation>Daten der Meldestellen</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>no agency data in this period or the one before.</source>
        <translation>keine Daten von Meldestellen in diesem Zeitraum oder im Vorzeitraum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+305"/>
        <source>Notable cases</source>
        <translation>Beachtenswerte Fälle</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>no open complaints and no agency complaints.</source>
        <translation>keine offenen Beschwerden und keine Beschwerden über Meldestellen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+53"/>
        <location line="+97"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Beschwerden je 1.000 Schuldnerkontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliments about collectors</source>
        <translation>Belobigungen für Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+95"/>
        <source>Period before</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Complaints by topic</source>
        <translation>Beschwerden nach Thema</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by channel</source>
        <translation>Beschwerden nach Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a collector in this list</source>
        <translation>Keinem Sachbearbeiter dieser Liste zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by collector</source>
        <translation>Beschwerden nach Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Right-party contacts</source>
        <translation>Schuldnerkontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 contacts</source>
        <translation>Je 1.000 Kontakte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most complaints were about {topic}: {count} of {total} ({share}).</source>
        <translation>Die meisten Beschwerden betrafen {topic}: {count} von {total} ({share}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} drew the most complaints: {count}, {rate} per 1,000 right-party contacts.</source>
        <translation>Die meisten Beschwerden entfielen auf {name}: {count}, {rate} je 1.000 Schuldnerkontakte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Average satisfaction (1 to 5)</source>
        <translation>Durchschnittliche Zufriedenheit (1 bis 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction answers</source>
        <translation>Antworten zur Zufriedenheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction by month</source>
        <translation>Zufriedenheit nach Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average (1 to 5)</source>
        <translation>Durchschnitt (1 bis 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Average satisfaction, last 12 months</source>
        <translation>Durchschnittliche Zufriedenheit, letzte 12 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Average satisfaction</source>
        <translation>Durchschnittliche Zufriedenheit</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No satisfaction answers came in this period.</source>
        <translation>In diesem Zeitraum gingen keine Antworten zur Zufriedenheit ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 12 months the monthly average went from {first} ({first_month}) to {last} ({last_month}).</source>
        <translation>In den letzten 12 Monaten entwickelte sich der Monatsdurchschnitt von {first} ({first_month}) auf {last} ({last_month}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Answers from agencies</source>
        <translation>Antworten über Meldestellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average satisfaction reported by agencies</source>
        <translation>Durchschnittliche Zufriedenheit laut Meldestellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Net promoter score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Complaints through agencies</source>
        <translation>Beschwerden über Meldestellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Agency not named</source>
        <translation>Meldestelle nicht angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation>Meldestelle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Acknowledged within the deadline</source>
        <translation>Eingang fristgerecht bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved within the deadline</source>
        <translation>Fristgerecht erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints and disputes overdue now</source>
        <translation>Derzeit überfällige Beschwerden und Bestreitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to acknowledge</source>
        <translation>Median der Tage bis zur Eingangsbestätigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to resolve</source>
        <translation>Median der Tage bis zur Erledigung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines met, by category</source>
        <translation>Fristeinhaltung nach Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Acknowledgement due</source>
        <translation>Bestätigung fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged in time</source>
        <translation>Fristgerecht bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>In time</source>
        <translation>Fristgerecht</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resolution due</source>
        <translation>Erledigung fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved in time</source>
        <translation>Fristgerecht erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue now</source>
        <translation>Derzeit überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items received in the period; an item still inside its deadline is not counted as due yet. Overdue now counts every open item past a deadline.</source>
        <translation>Im Zeitraum eingegangene Vorgänge; ein Vorgang, dessen Frist noch läuft, gilt noch nicht als fällig. „Derzeit überfällig“ zählt jeden offenen Vorgang mit überschrittener Frist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} of complaints and disputes were acknowledged within the deadline and {resolved} resolved within it; {overdue} are overdue now.</source>
        <translation>Bei {share} der Beschwerden und Bestreitungen wurde der Eingang fristgerecht bestätigt, {resolved} wurden fristgerecht erledigt; {overdue} sind derzeit überfällig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No acknowledgement deadline of this period&apos;s complaints has passed yet; {overdue} complaints and disputes are overdue now.</source>
        <translation>Für die Beschwerden dieses Zeitraums ist noch keine Frist zur Eingangsbestätigung abgelaufen; {overdue} Beschwerden und Bestreitungen sind derzeit überfällig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service levels</source>
        <translation>Servicelevel</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Oldest open</source>
        <translation>Älteste offene Vorgänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through an agency: {agency}</source>
        <translation>Über Meldestelle: {agency}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listed as</source>
        <translation>Aufgeführt als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days open</source>
        <translation>Tage offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve by</source>
        <translation>Erledigen bis</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The oldest open complaint was received on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>Die älteste offene Beschwerde ging am {date} ein, vor %n Tag.</numerusform>
            <numerusform>Die älteste offene Beschwerde ging am {date} ein, vor %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) came through a reporting agency in this period.</source>
        <translation>
            <numerusform>In diesem Zeitraum ging %n Beschwerde über eine Meldestelle ein.</numerusform>
            <numerusform>In diesem Zeitraum gingen %n Beschwerden über eine Meldestelle ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_strip.py" line="+60"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints this month</source>
        <translation>Beschwerden in diesem Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items still being worked on: show them</source>
        <translation>Noch offene Vorgänge anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items nobody has read yet: show them</source>
        <translation>Offene Vorgänge anzeigen, die noch niemand gelesen hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items past their acknowledgement or resolution date: show them</source>
        <translation>Offene Vorgänge mit überschrittener Frist für Eingangsbestätigung oder Erledigung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received since the first of this month: show them</source>
        <translation>Seit Monatsanfang eingegangene Beschwerden anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} {what}</source>
        <translation>{number} {what}</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../collectdesk/ui/queues/filter_dialog.py" line="+72"/>
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
        <location line="+7"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has an open &amp;escalation</source>
        <translation>Mit offener &amp;Eskalation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts whose payment plan is in one of the ticked states</source>
        <translation>Forderungen, deren Ratenzahlung einen der angekreuzten Status hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With “Broken” ticked: only plans broken in the last so many days (“any time”: every broken plan)</source>
        <translation>Wenn „Geplatzt“ angekreuzt ist: nur Ratenzahlungen, die in den letzten so vielen Tagen geplatzt sind („jederzeit“: jede geplatzte Ratenzahlung)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+31"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan:</source>
        <translation>Ratenzahlung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Broken in the last (days)</source>
        <translation>&amp;Geplatzt in den letzten (Tagen)</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>FindingActivitiesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/activities_model.py" line="+47"/>
        <source>Part</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor&apos;s local time</source>
        <translation>Ortszeit des Schuldners</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number / address</source>
        <translation>Nummer / Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offending</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involved</source>
        <translation>Beteiligt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} in your time</source>
        <translation>{time} in Ihrer Ortszeit</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_dialog.py" line="+156"/>
        <source>Finding: {rule}</source>
        <translation>Befund: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · collector: {collector} · profile {profile} {version}</source>
        <translation>{when} · Sachbearbeiter: {collector} · Profil {profile} {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Checked against the primary text</source>
        <translation>✓ Anhand der Primärquelle geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Not verified&lt;/span&gt;: not checked against the primary text (a secondary source, a draft or a default); have it checked before relying on it.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Nicht verifiziert&lt;/span&gt;: nicht anhand der Primärquelle geprüft (eine Sekundärquelle, ein Entwurf oder ein Standardwert); lassen Sie die Angabe prüfen, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Activities involved (%n no longer in the log):</source>
        <translation>
            <numerusform>&amp;Beteiligte Aktivitäten (%n nicht mehr im Protokoll):</numerusform>
            <numerusform>&amp;Beteiligte Aktivitäten (%n nicht mehr im Protokoll):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activities involved:</source>
        <translation>&amp;Beteiligte Aktivitäten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Forderung &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>balance {amount}</source>
        <translation>Saldo {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtor&apos;s time zone {zone}</source>
        <translation>Zeitzone des Schuldners {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is linked to this finding.</source>
        <translation>Mit diesem Befund ist keine Forderung verknüpft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; by {who} on {when}: {note}</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; von {who} am {when}: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what was done about the finding.</source>
        <translation>Wählen Sie, was zu dem Befund unternommen wurde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Review not saved</source>
        <translation>Prüfung nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding not reopened</source>
        <translation>Befund nicht wieder geöffnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis:</source>
        <translation>Grundlage:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Verifiziert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This rule is no longer in any compliance profile; the explanation is written from what was recorded when the finding was made.</source>
        <translation>Diese Regel ist in keinem Compliance-Profil mehr enthalten; die Erläuterung beruht auf dem, was bei der Feststellung des Befunds erfasst wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open account</source>
        <translation>&amp;Forderung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the account in the Queues pane</source>
        <translation>Die Forderung im Bereich „Arbeitslisten“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, and why (required)</source>
        <translation>Was unternommen wurde und warum (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save review</source>
        <translation>Prüfung &amp;speichern</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/findings_model.py" line="+98"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{outcome} by {who}: {note}</source>
        <translation>{outcome} von {who}: {note}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
</context>
<context>
    <name>FindingsTrendChart</name>
    <message>
        <location filename="../collectdesk/ui/compliance/trend_chart.py" line="+73"/>
        <source>Findings per period by severity</source>
        <translation>Befunde je Zeitraum nach Schweregrad</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>{severity}: {count}</source>
        <translation>{severity}: {count}</translation>
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
    <name>GroupCountModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/group_model.py" line="+46"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings in the period before, with the same filters</source>
        <translation>Befunde im vorherigen Zeitraum, mit denselben Filtern</translation>
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
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/import_errors_dialog.py" line="+56"/>
        <source>Targets not imported</source>
        <translation>Ziele nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Aus {file} wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n Zeile muss korrigiert werden.</numerusform>
            <numerusform>%n Zeilen müssen korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the file and import it again.</source>
        <translation>Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Angezeigt wird %n Problem.</numerusform>
            <numerusform>Angezeigt werden die ersten %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Copy list</source>
        <translation>Liste &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;sample file…</source>
        <translation>&amp;Beispieldatei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet with the columns the import expects and example rows</source>
        <translation>Eine Tabelle mit den Spalten, die der Import erwartet, und Beispielzeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Save a sample file</source>
        <translation>Beispieldatei speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be saved: {error}</source>
        <translation>Die Datei konnte nicht gespeichert werden: {error}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../collectdesk/services/inbox/entries.py" line="+90"/>
        <source>The date received is in the future.</source>
        <translation>Das Eingangsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>Die Zufriedenheit liegt zwischen 1 und 5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="+216"/>
        <source>Unknown topic: {topic}</source>
        <translation>Unbekanntes Thema: {topic}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached.</source>
        <translation>Die Datei ist {size} MB groß; angehängt werden können Dateien bis {limit} MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Die Datei ist größer als {limit} MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Datei {name} angehängt ({size} Byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter who sent the letter.</source>
        <translation>Geben Sie den Absender des Briefs an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Geben Sie den Betreff des Briefs an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan must be a PDF or an image file.</source>
        <translation>Der Scan muss eine PDF- oder Bilddatei sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter who called.</source>
        <translation>Geben Sie an, wer angerufen hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the call.</source>
        <translation>Fassen Sie das Gespräch zusammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Die Rufnummer hat zu wenige Ziffern.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the suggestion a short title.</source>
        <translation>Geben Sie dem Vorschlag einen kurzen Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the suggestion.</source>
        <translation>Beschreiben Sie den Vorschlag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Wählen Sie aus, von wem der Vorschlag stammt, oder reichen Sie ihn anonym ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-75"/>
        <location line="+25"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../collectdesk/services/inbox/items.py" line="+309"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-73"/>
        <source>Feedback item</source>
        <translation>Feedback-Vorgang</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/items.py" line="+42"/>
        <source>The attachment no longer exists.</source>
        <translation>Der Anhang existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/triage.py" line="-24"/>
        <source>new</source>
        <comment>feedback status</comment>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <comment>feedback status</comment>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <comment>feedback status</comment>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the customer</source>
        <comment>feedback status</comment>
        <translation>wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <comment>feedback status</comment>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <comment>feedback status</comment>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <comment>feedback status</comment>
        <translation>eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <comment>feedback status</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <comment>feedback status</comment>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <comment>feedback status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An item that is {old} cannot be set to {new}.</source>
        <translation>Ein Vorgang mit dem Status „{old}“ kann nicht auf „{new}“ gesetzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who owns the item before setting it to assigned.</source>
        <translation>Legen Sie fest, wer für den Vorgang zuständig ist, bevor Sie ihn auf „zugewiesen“ setzen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} has left; choose someone who works here.</source>
        <translation>{name} ist ausgeschieden; wählen Sie jemanden, der hier arbeitet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+132"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The account belongs to another debtor.</source>
        <translation>Die Forderung gehört zu einem anderen Schuldner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested link</source>
        <translation>Vorgeschlagene Verknüpfung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Describe the resolution: what was found and what was done.</source>
        <translation>Beschreiben Sie die Erledigung: was festgestellt und was unternommen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A staff suggestion is adopted or declined, not resolved.</source>
        <translation>Ein Mitarbeitervorschlag wird angenommen oder abgelehnt, nicht erledigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reply is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link the item to an account or a debtor before flagging a dispute.</source>
        <translation>Verknüpfen Sie den Vorgang mit einer Forderung oder einem Schuldner, bevor Sie das Kennzeichen Bestreitung setzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute raised in feedback: {subject}</source>
        <translation>Bestreitung im Feedback erfasst: {subject}</translation>
    </message>
</context>
<context>
    <name>InboxFiguresDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_dialog.py" line="+41"/>
        <source>Feedback figures</source>
        <translation>Feedback-Kennzahlen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>By collector</source>
        <translation>Nach Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By topic</source>
        <translation>Nach Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction trend</source>
        <translation>Zufriedenheitsverlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts worked</source>
        <translation>Bearb. Forderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 accounts</source>
        <translation>Je 1.000 Forderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per 1,000 contacts</source>
        <translation>Je 1.000 Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average satisfaction (1-5)</source>
        <translation>Durchschnittliche Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be read. Try again in a moment.</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden. Bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{complaints} complaints ({per_contacts} per 1,000 contacts, {per_accounts} per 1,000 accounts); average satisfaction {satisfaction} from {answers} answers; acknowledged after {ack} days and resolved after {resolve} days (median); {overdue} complaints and disputes overdue now.</source>
        <translation>Beschwerden: {complaints} ({per_contacts} je 1.000 Kontakte, {per_accounts} je 1.000 Forderungen); durchschnittliche Zufriedenheit {satisfaction} aus {answers} Antworten; Eingangsbestätigung nach {ack} Tagen, Erledigung nach {resolve} Tagen (Median); derzeit überfällige Beschwerden und Bestreitungen: {overdue}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not linked)</source>
        <translation>(nicht verknüpft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no topic)</source>
        <translation>(kein Thema)</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../collectdesk/ui/inbox/filter_bar.py" line="+109"/>
        <source>Any collector</source>
        <translation>Alle Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any branch</source>
        <translation>Alle Filialen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Search sender, subject, text, account (Ctrl+F)</source>
        <translation>Absender, Betreff, Text, Forderung durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the words anywhere in the sender, subject, message text and account number (Ctrl+F)</source>
        <translation>Findet die Wörter an beliebiger Stelle in Absender, Betreff, Nachrichtentext und Forderungsnummer (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verdue only</source>
        <translation>Nur übe&amp;rfällige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items past their acknowledgement or resolution date</source>
        <translation>Vorgänge mit überschrittener Frist für Eingangsbestätigung oder Erledigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llector:</source>
        <translation>Sachb&amp;earbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;eived from:</source>
        <translation>Eingang &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to:</source>
        <comment>received from ... to ...</comment>
        <translation>bis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any category</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Alle Kanäle</translation>
    </message>
</context>
<context>
    <name>InboxImports</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_imports.py" line="+75"/>
        <source>New &amp;letter…</source>
        <translation>Neuer &amp;Brief…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a letter by hand and attach its scan</source>
        <translation>Einen Brief manuell erfassen und seinen Scan anhängen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;call…</source>
        <translation>&amp;Anruf erfassen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a phone call: caller, number, time, summary</source>
        <translation>Einen Anruf erfassen: Anrufer, Nummer, Uhrzeit, Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New su&amp;ggestion…</source>
        <translation>Neuer &amp;Vorschlag…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a staff member&apos;s suggestion</source>
        <translation>Den Vorschlag eines Mitarbeiters erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;e-mail…</source>
        <translation>&amp;E-Mail importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import .eml and .mbox files; you can also drop files or folders on the list</source>
        <translation>.eml- und .mbox-Dateien importieren; Sie können Dateien oder Ordner auch auf die Liste ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an e-mail &amp;folder…</source>
        <translation>E-Mail-&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every .eml and .mbox file in a folder</source>
        <translation>Alle .eml- und .mbox-Dateien eines Ordners importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a&amp;gency data…</source>
        <translation>Daten einer &amp;Meldestelle importieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import survey and complaint data from a reporting agency (CSV or XLSX)</source>
        <translation>Umfrage- und Beschwerdedaten einer externen Meldestelle importieren (CSV oder XLSX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved in the inbox.</source>
        <translation>Im Eingang gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Import e-mail</source>
        <translation>E-Mail importieren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>E-mail (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>E-Mail (*.eml *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an e-mail folder</source>
        <translation>E-Mail-Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n Datei bzw. Ordner</numerusform>
            <numerusform>%n Dateien und Ordnern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing e-mail from {what}…</source>
        <translation>E-Mails werden aus {what} importiert…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>E-mail: %n message(s) imported.</source>
        <translation>
            <numerusform>E-Mail: %n Nachricht importiert.</numerusform>
            <numerusform>E-Mail: %n Nachrichten importiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Import agency data</source>
        <translation>Daten der Meldestelle importieren</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing agency data from {file}…</source>
        <translation>Daten der Meldestelle werden aus {file} importiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agency data from {file}:</source>
        <translation>Daten der Meldestelle aus {file}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n Beschwerde</numerusform>
            <numerusform>%n Beschwerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n Umfrageantwort</numerusform>
            <numerusform>%n Umfrageantworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) already imported</source>
        <translation>
            <numerusform>%n Zeile bereits importiert</numerusform>
            <numerusform>%n Zeilen bereits importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attachment could not be written to a temporary file: {error}</source>
        <translation>Der Anhang konnte nicht in eine temporäre Datei geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program on this computer opens {file}.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das {file} öffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {file} ({size}).</source>
        <translation>{file} geöffnet ({size}).</translation>
    </message>
</context>
<context>
    <name>InboxItemDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_dialog.py" line="+30"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}
From: {sender}</source>
        <translation>{subject}
Von: {sender}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_model.py" line="+102"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_pane.py" line="+153"/>
        <location line="+279"/>
        <source>Feedback inbox</source>
        <translation>Feedback-Eingang</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The inbox rules were saved; new items follow them.</source>
        <translation>Die Regeln des Feedback-Eingangs wurden gespeichert; neue Vorgänge folgen ihnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ules…</source>
        <translation>Re&amp;geln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines per category and the list of topics</source>
        <translation>Fristen je Kategorie und die Liste der Themen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;gures…</source>
        <translation>&amp;Kennzahlen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per collector, team, topic and channel, satisfaction and response times for a period</source>
        <translation>Beschwerden je Sachbearbeiter, Team, Thema und Kanal, Zufriedenheit und Reaktionszeiten für einen Zeitraum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys: Space read and next · J/K next/previous · A assign · L link · C categorise · S status · R resolve · W acknowledge · D dispute flag · O open account · right-click for all</source>
        <translation>Tasten: Leertaste gelesen und weiter · J/K nächster/vorheriger · A zuweisen · L verknüpfen · C kategorisieren · S Status · R erledigen · W Eingang bestätigen · D Kennzeichen Bestreitung · O Forderung öffnen · Rechtsklick für alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop .eml or .mbox files, or folders of them, here to import them</source>
        <translation>Ziehen Sie .eml- oder .mbox-Dateien oder Ordner damit hierher, um sie zu importieren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The newest {shown} of {total} items; narrow the filter to see the rest.</source>
        <translation>Die neuesten {shown} von {total} Vorgängen; grenzen Sie den Filter ein, um die übrigen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Linked.</source>
        <translation>Verknüpft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else changed this item meanwhile, so nothing was saved. It has been reloaded: check it and try again.</source>
        <translation>Jemand anderes hat diesen Vorgang inzwischen geändert, daher wurde nichts gespeichert. Er wurde neu geladen: Prüfen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong: {error}</source>
        <translation>Ein Fehler ist aufgetreten: {error}</translation>
    </message>
</context>
<context>
    <name>InboxRulesDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/rules_dialog.py" line="+35"/>
        <source>Inbox rules</source>
        <translation>Regeln des Feedback-Eingangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines per category (0: no deadline)</source>
        <translation>Fristen je Kategorie (0: keine Frist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge within (working days)</source>
        <translation>Eingangsbestätigung binnen (Arbeitstage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within</source>
        <translation>Erledigung binnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>working days</source>
        <translation>Arbeitstagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new topic, e.g. Legal threat</source>
        <translation>Ein neues Thema, z. B. Androhung rechtlicher Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add topic</source>
        <translation>Thema &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove topic</source>
        <translation>Thema &amp;entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working days skip weekends and the public holidays of the account&apos;s country. New deadlines apply to items received from now on.</source>
        <translation>Arbeitstage ohne Wochenenden und die gesetzlichen Feiertage des Landes der Forderung. Neue Fristen gelten für Vorgänge, die ab jetzt eingehen.</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_view.py" line="+169"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (staff)</source>
        <translation>{name} (Mitarbeiter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agency} (reporting agency)</source>
        <translation>{agency} (externe Meldestelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {channel}</source>
        <translation>{when} · {channel}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>satisfaction {score}/5</source>
        <translation>Zufriedenheit {score}/5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS {score}</source>
        <translation>NPS {score}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{status} ({outcome})</source>
        <translation>{status} ({outcome})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status}, unread</source>
        <translation>{status}, ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledge by {date}</source>
        <translation>Eingangsbestätigung bis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolve by {date}</source>
        <translation>Erledigung bis {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE: {dates}</source>
        <translation>ÜBERFÄLLIG: {dates}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>{account} · {debtor}</source>
        <translation>{account} · {debtor}</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Debtor {name}, no account</source>
        <translation>Schuldner {name}, keine Forderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what} — {why}</source>
        <translation>{what} — {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;firm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the item to this account or debtor</source>
        <translation>Den Vorgang mit dieser Forderung bzw. diesem Schuldner verknüpfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sender&apos;s address {text} is the debtor&apos;s</source>
        <translation>die Absenderadresse {text} gehört dem Schuldner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subject names account {text}</source>
        <translation>der Betreff nennt die Forderung {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text names account {text}</source>
        <translation>der Text nennt die Forderung {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found “{text}”</source>
        <translation>„{text}“ gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attachments ({n})</source>
        <translation>&amp;Anhänge ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner:</source>
        <translation>Zuständig:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadlines:</source>
        <translation>Fristen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Forderung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector:</source>
        <translation>Sachbearbeiter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a&amp;ccount</source>
        <translation>&amp;Forderung öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Die verknüpfte Forderung im Bereich „Arbeitslisten“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested links — confirm the right one</source>
        <translation>Vorgeschlagene Verknüpfungen – bestätigen Sie die richtige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attachment with the program your computer uses for it</source>
        <translation>Den Anhang mit dem Programm öffnen, das Ihr Computer dafür verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n</source>
        <translation>S&amp;can</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to read it here.</source>
        <translation>Wählen Sie einen Vorgang in der Liste aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Anhänge</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/journal_dialog.py" line="+103"/>
        <source>Export write-off journal</source>
        <translation>Ausbuchungsjournal exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for other accounting software)</source>
        <translation>CSV (für andere Buchhaltungssoftware)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder: add a file name.</source>
        <translation>{file} ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name should end in .{ext}.</source>
        <translation>Der Dateiname sollte auf .{ext} enden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write-offs dated {start} to {end}, both included.</source>
        <translation>Ausbuchungen mit Datum vom {start} bis {end}, jeweils einschließlich.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the journal…</source>
        <translation>Journal wird geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the write-off journal…</source>
        <translation>Ausbuchungsjournal wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) written to {file}.</source>
        <translation>
            <numerusform>%n Zeile in {file} geschrieben.</numerusform>
            <numerusform>%n Zeilen in {file} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal could not be written: {error}</source>
        <translation>Das Journal konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="+21"/>
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
        <location line="+38"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
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
        <location line="-52"/>
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
        <location line="+1"/>
        <source>Documented economic recovery</source>
        <comment>debtor flag</comment>
        <translation>Dokumentierte wirtschaftliche Erholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mental capacity concern</source>
        <comment>debtor flag</comment>
        <translation>Geschäftsfähigkeit fraglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party may be contacted</source>
        <comment>debtor flag</comment>
        <translation>Kontakt zu Dritten erlaubt</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/payment_labels.py" line="+24"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Proposed</source>
        <comment>payment plan status</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>payment plan status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <comment>payment plan status</comment>
        <translation>Planmäßig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment missed</source>
        <comment>payment plan status</comment>
        <translation>Rate versäumt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>payment plan status</comment>
        <translation>Geplatzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>payment plan status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>payment plan status</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekly</source>
        <comment>payment plan frequency</comment>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>payment plan frequency</comment>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>payment plan frequency</comment>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <comment>installment status</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>installment status</comment>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>installment status</comment>
        <translation>Versäumt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offered</source>
        <comment>settlement status</comment>
        <translation>Angeboten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>settlement status</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <comment>settlement status</comment>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <comment>settlement status</comment>
        <translation>Verfallen</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="-21"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+21"/>
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
        <location filename="../collectdesk/ui/account_labels.py" line="+68"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+8"/>
        <source>Assigned</source>
        <comment>training status</comment>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>training status</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>training status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>training status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned (mandatory)</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Nicht zugewiesen (Pflicht)</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/feedback_labels.py" line="+21"/>
        <source>Complaint</source>
        <comment>feedback category</comment>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <comment>feedback category</comment>
        <translation>Lob</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>feedback category</comment>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <comment>feedback category</comment>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <comment>feedback category</comment>
        <translation>Härtefall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answer</source>
        <comment>feedback category</comment>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <comment>feedback category</comment>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <comment>feedback status</comment>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <comment>feedback status</comment>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>feedback status</comment>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <comment>feedback status</comment>
        <translation>Wartet auf Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>feedback status</comment>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>feedback status</comment>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <comment>status of a staff suggestion</comment>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>status of a staff suggestion</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <comment>status of a staff suggestion</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>status of a staff suggestion</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter</source>
        <comment>feedback channel</comment>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>feedback channel</comment>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <comment>feedback channel</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting agency</source>
        <comment>feedback channel</comment>
        <translation>Externe Meldestelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff suggestion</source>
        <comment>feedback channel</comment>
        <translation>Mitarbeitervorschlag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <comment>feedback severity</comment>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <comment>feedback severity</comment>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>feedback severity</comment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>feedback severity</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Teilweise begründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Unbegründet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>outcome of a complaint</comment>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <comment>outcome of a complaint</comment>
        <translation>Kein Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalation_labels.py" line="+20"/>
        <source>Financial hardship</source>
        <comment>escalation reason</comment>
        <translation>Finanzielle Notlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>escalation reason</comment>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <comment>escalation reason</comment>
        <translation>Zahlungsverweigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <comment>escalation reason</comment>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <comment>escalation reason</comment>
        <translation>Hoher Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <comment>escalation reason</comment>
        <translation>Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <comment>escalation reason</comment>
        <translation>Androhung rechtlicher Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <comment>escalation reason</comment>
        <translation>Schutzbedürftiger Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>escalation reason</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment plan</source>
        <comment>escalation decision</comment>
        <translation>Ratenzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <comment>escalation decision</comment>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <comment>escalation decision</comment>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <comment>escalation decision</comment>
        <translation>Abgabe an Rechtsabteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold</source>
        <comment>escalation decision</comment>
        <translation>Zurückstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager review</source>
        <comment>escalation decision</comment>
        <translation>Prüfung durch Bereichsleitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <comment>escalation status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>escalation status</comment>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>escalation status</comment>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <comment>escalation status</comment>
        <translation>Verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation status</comment>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposed</source>
        <comment>escalation status</comment>
        <translation>Gegenvorschlag gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation status</comment>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation status</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation status</comment>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <comment>escalation step</comment>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation step</comment>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation step</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposal</source>
        <comment>escalation step</comment>
        <translation>Gegenvorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation step</comment>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided</source>
        <comment>escalation step</comment>
        <translation>Informationen nachgereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <comment>escalation step</comment>
        <translation>An Bereichsleitung verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation step</comment>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <comment>escalation step</comment>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-58"/>
        <location filename="../collectdesk/ui/labels.py" line="+212"/>
        <source>Collector&apos;s tone</source>
        <comment>feedback topic</comment>
        <translation>Ton des Sachbearbeiters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Contact frequency</source>
        <comment>feedback topic</comment>
        <translation>Kontakthäufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Wrong amount</source>
        <comment>feedback topic</comment>
        <translation>Falscher Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Privacy</source>
        <comment>feedback topic</comment>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Payment not recorded</source>
        <comment>feedback topic</comment>
        <translation>Zahlung nicht verbucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Other</source>
        <comment>feedback topic</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+10"/>
        <source>English</source>
        <comment>language</comment>
        <translation>Englisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <comment>language</comment>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <comment>language</comment>
        <translation>Polnisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <comment>language</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <comment>language of a training module</comment>
        <translation>Beliebige Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../collectdesk/ui/queues/value_text.py" line="+15"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="+184"/>
        <source>Mark {name} as left</source>
        <translation>{name} als ausgeschieden markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} will no longer be offered for new work. Their scorecards, evaluations and training records stay.</source>
        <translation>{name} steht für neue Aufgaben nicht mehr zur Auswahl. Leistungsübersichten, Bewertungen und Schulungsnachweise bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Letzter Arbeitstag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as left</source>
        <translation>Als &amp;ausgeschieden markieren</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+43"/>
        <source>The scanned letter</source>
        <translation>Der gescannte Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is neither a readable PDF nor an image.</source>
        <translation>{file} ist weder eine lesbare PDF-Datei noch ein Bild.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter who sent the letter.</source>
        <translation>Geben Sie den Absender des Briefs an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Geben Sie den Betreff des Briefs an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Es gibt keine Forderung mit dieser Nummer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New letter</source>
        <translation>Neuer Brief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Eingegangen am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Postanschrift:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Forderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Betroffener &amp;Sachbearbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n:</source>
        <translation>Sca&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s content or a summary (optional with a scan)</source>
        <translation>Inhalt des Briefs oder eine Zusammenfassung (optional, wenn ein Scan vorliegt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the scanned letter…</source>
        <translation>Gescannten Brief auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is shown here.</source>
        <translation>Hier wird der Scan angezeigt.</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/link_dialog.py" line="+68"/>
        <source>{account} · {debtor} · {balance}</source>
        <translation>{account} · {debtor} · {balance}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No account matches “{text}”.</source>
        <translation>Keine Forderung passt zu „{text}“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the account, or choose the collector it concerns.</source>
        <translation>Suchen Sie die Forderung oder wählen Sie den betroffenen Sachbearbeiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account&apos;s debtor is linked too, and its collector when none is chosen.</source>
        <translation>Der Schuldner der Forderung wird ebenfalls verknüpft, ebenso ihr Sachbearbeiter, wenn keiner gewählt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to an account</source>
        <translation>Mit Forderung verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account:</source>
        <translation>Forderung &amp;suchen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number, debtor name, e-mail or phone</source>
        <translation>Forderungsnummer, Name des Schuldners, E-Mail oder Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matches:</source>
        <translation>&amp;Treffer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Betroffener S&amp;achbearbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ({name})</source>
        <translation>Beibehalten ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+157"/>
        <source>{value} ({label}, do not use)</source>
        <translation>{value} ({label}, nicht verwenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (do not use)</source>
        <translation>{value} (nicht verwenden)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to mark for this channel</source>
        <translation>Für diesen Kanal nichts zu markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing marked</source>
        <translation>Nichts markiert</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The compliance check cannot run</source>
        <translation>Die Compliance-Prüfung kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the outcome.</source>
        <translation>Wählen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Ein Kontakt kann nicht in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A compliance rule stands against this contact and you may not override it, so it cannot be logged.</source>
        <translation>Diesem Kontakt steht eine Compliance-Regel entgegen, über die Sie sich nicht hinwegsetzen dürfen; er kann daher nicht erfasst werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for going ahead despite the compliance rules above.</source>
        <translation>Begründen Sie, warum Sie trotz der obigen Compliance-Regeln fortfahren.</translation>
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
        <location line="+2"/>
        <source>The reason is kept in the audit trail with the rules you go ahead against.</source>
        <translation>Die Begründung wird zusammen mit den übergangenen Regeln im Änderungsprotokoll gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact was not logged: checked again when saving, it meets the compliance rules shown above.</source>
        <translation>Der Kontakt wurde nicht erfasst: Bei der erneuten Prüfung beim Speichern verstößt er gegen die oben angezeigten Compliance-Regeln.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&amp;To:</source>
        <translation>&amp;An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cont&amp;ent:</source>
        <translation>&amp;Inhalt:</translation>
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
        <source>&amp;Reason for going ahead:</source>
        <translation>&amp;Begründung:</translation>
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
        <location line="+1"/>
        <source>Number or address used (optional)</source>
        <translation>Verwendete Nummer oder Adresse (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this contact is right despite the rules above</source>
        <translation>Warum dieser Kontakt trotz der obigen Regeln gerechtfertigt ist</translation>
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
        <location filename="../collectdesk/ui/main_window.py" line="+175"/>
        <source>Aging: {bucket}</source>
        <translation>Altersklasse: {bucket}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Dieser Teil von CollectDesk ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate a report first, or reopen one from the archive, then print it.</source>
        <translation>Erstellen Sie zuerst einen Bericht oder öffnen Sie einen aus dem Archiv; dann können Sie ihn drucken.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <source>Export write-off &amp;journal…</source>
        <translation>Ausbuchungs&amp;journal exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>Bericht d&amp;rucken…</translation>
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
        <location line="+1"/>
        <source>Run &amp;compliance scan</source>
        <translation>&amp;Compliance-Prüflauf starten</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>ModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/module_dialog.py" line="+132"/>
        <source>Attach a file to the module</source>
        <translation>Datei an das Modul anhängen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (wird beim Speichern angehängt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file</source>
        <translation>Keine Datei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a code, for example GDPR-01.</source>
        <translation>Geben Sie einen Code ein, zum Beispiel DSGVO-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a title.</source>
        <translation>Geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen file cannot be read.</source>
        <translation>Die gewählte Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen file is larger than {limit} MB; give the module a link instead.</source>
        <translation>Die gewählte Datei ist größer als {limit} MB; hinterlegen Sie stattdessen einen Link zum Modul.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit training module</source>
        <translation>Schulungsmodul bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New training module</source>
        <translation>Neues Schulungsmodul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short unique code, e.g. GDPR-01</source>
        <translation>Ein kurzer, eindeutiger Code, z. B. DSGVO-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… or file://… (optional)</source>
        <translation>https://… oder file://… (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files up to {limit} MB are stored in the database.</source>
        <translation>Dateien bis {limit} MB werden in der Datenbank gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandatory for:</source>
        <translation>&amp;Pflicht für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renew every:</source>
        <translation>&amp;Erneuern alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (can be assigned and is tracked)</source>
        <translation>&amp;Aktiv (kann zugewiesen werden und wird nachverfolgt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/module_table_model.py" line="+47"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mandatory for</source>
        <translation>Pflicht für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff with the module assigned and not yet completed</source>
        <translation>Aktive Mitarbeiter, denen das Modul zugewiesen ist und die es noch nicht abgeschlossen haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff whose completion is still valid</source>
        <translation>Aktive Mitarbeiter mit noch gültigem Abschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments past their due date</source>
        <translation>Zuweisungen, deren Fälligkeitsdatum überschritten ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>nach %n Jahr</numerusform>
            <numerusform>nach %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>nach %n Monat</numerusform>
            <numerusform>nach %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (deactivated)</source>
        <translation>{title} (deaktiviert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Optional</translation>
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
    <name>Narrative</name>
    <message>
        <location filename="../collectdesk/reports/narrative.py" line="+153"/>
        <source>{value} m</source>
        <comment>money in millions, e.g. €1.24 m</comment>
        <translation>{value} Mio.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{label}: no figure for this period.</source>
        <translation>{label}: für diesen Zeitraum kein Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label} stood at {value}.</source>
        <comment>no comparison</comment>
        <translation>{label}: {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} held steady at {value} ({comparison}: {previous}, {change}).</source>
        <comment>no real change</comment>
        <translation>{label}: stabil bei {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} rose slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: leichter Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: kräftiger Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} slipped slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: leichter Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: deutlicher Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} worsened slightly, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: leichte Verschlechterung, Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: Verschlechterung, Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened sharply, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: deutliche Verschlechterung, Anstieg auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved slightly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: leichte Verbesserung, Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: Verbesserung, Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved markedly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: deutliche Verbesserung, Rückgang auf {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label} reached {value}, on target ({target}).</source>
        <translation>{label}: {value}, Ziel ({target}) erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} reached {value}, {difference} above the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, {difference} über dem Ziel von {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well above the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, deutlich über dem Ziel von {target} (um {difference}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, {difference} below the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, {difference} unter dem Ziel von {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well short of the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, Ziel von {target} deutlich verfehlt (um {difference}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} stood at {value}, {difference} above the target of {target}: worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, {difference} über dem Ziel von {target} – schlechter als geplant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well above the target of {target} (by {difference}): clearly worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, deutlich über dem Ziel von {target} (um {difference}) – klar schlechter als geplant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, {difference} below the target of {target}: better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, {difference} unter dem Ziel von {target} – besser als geplant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well below the target of {target} (by {difference}): clearly better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, deutlich unter dem Ziel von {target} (um {difference}) – klar besser als geplant.</translation>
    </message>
</context>
<context>
    <name>NewPortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-108"/>
        <source>New portfolio</source>
        <translation>Neues Portfolio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+99"/>
        <source>&amp;Use {date} instead</source>
        <translation>Stattdessen {date} &amp;verwenden</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+3"/>
        <source>No contact is allowed on {date}, nor on any day in the year after it.</source>
        <translation>Am {date} ist kein Kontakt zulässig, und auch an keinem Tag im Jahr danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact is allowed on {date}. The next day open for contact is {next}.</source>
        <translation>Am {date} ist kein Kontakt zulässig. Der nächste Tag, an dem Kontakt möglich ist: {next}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date can be set, but no contact is allowed while the debtor&apos;s flag stays set.</source>
        <translation>Das Datum kann gesetzt werden, aber solange das Kennzeichen beim Schuldner gesetzt bleibt, ist kein Kontakt zulässig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Careful: {date} is closed for contact (see above).</source>
        <translation>Achtung: Am {date} ist kein Kontakt möglich (siehe oben).</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>OverlayEditor</name>
    <message>
        <location filename="../collectdesk/ui/compliance/overlay_editor.py" line="+97"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the copy shipped with CollectDesk. Saving stores the department&apos;s own copy; the shipped one stays available through Reset.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, Version {version}: die mit CollectDesk ausgelieferte Fassung. Beim Speichern wird eine eigene Kopie der Abteilung angelegt; die ausgelieferte Fassung bleibt über „Zurücksetzen“ verfügbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the department&apos;s copy, revision {revision}. Saving stores a new revision.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, Version {version}: Kopie der Abteilung, Revision {revision}. Beim Speichern wird eine neue Revision angelegt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>department policy</source>
        <translation>Richtlinie der Abteilung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}: the text must be a profile (code, version, kind, rules, ...), not a single value.</source>
        <translation>{origin}: Der Text muss ein Profil sein (code, version, kind, rules, ...), kein einzelner Wert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin}: code: must stay {code}; to make another profile, ask for it to be added to the settings.</source>
        <translation>{origin}: code: muss {code} bleiben; für ein weiteres Profil lassen Sie es in die Einstellungen aufnehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: kind: must stay overlay.</source>
        <translation>{origin}: kind: muss overlay bleiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: disable: no profile has the rules {rules}.</source>
        <translation>{origin}: disable: Kein Profil enthält die Regeln {rules}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Cannot be saved:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Kann nicht gespeichert werden:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Valid: %n rule(s). Not saved yet.</source>
        <translation>
            <numerusform>Gültig: %n Regel. Noch nicht gespeichert.</numerusform>
            <numerusform>Gültig: %n Regeln. Noch nicht gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid: %n rule(s).</source>
        <translation>
            <numerusform>Gültig: %n Regel.</numerusform>
            <numerusform>Gültig: %n Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy not saved</source>
        <translation>Richtlinie nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as revision {revision}.</source>
        <translation>Als Revision {revision} gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset to the shipped policy</source>
        <translation>Auf ausgelieferte Richtlinie zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the department&apos;s copy of {code} with the copy shipped with CollectDesk? The saved revisions stay in the history.</source>
        <translation>Die Kopie der Abteilung von {code} durch die mit CollectDesk ausgelieferte Fassung ersetzen? Die gespeicherten Revisionen bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not reset</source>
        <translation>Richtlinie nicht zurückgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the shipped copy.</source>
        <translation>Auf die ausgelieferte Fassung zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save policy</source>
        <translation>Richtlinie &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the text as a new revision of the department&apos;s policy</source>
        <translation>Den Text als neue Revision der Richtlinie der Abteilung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to shi&amp;pped</source>
        <translation>Auf Auslieferungszustand &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+52"/>
        <source>Change owner</source>
        <translation>Zuständigen ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who looks after {name}?</source>
        <translation>Wer ist für {name} zuständig?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different owner.</source>
        <translation>Wählen Sie einen anderen Zuständigen.</translation>
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
        <location filename="../collectdesk/services/payments.py" line="+57"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../collectdesk/ui/reports/pdf_preview.py" line="+103"/>
        <source>{file} could not be opened as a PDF.</source>
        <translation>{file} konnte nicht als PDF geöffnet werden.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+17"/>
        <source>of {count}</source>
        <translation>von {count}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Generate a report, or reopen one from the archive, to see it here.</source>
        <translation>Erstellen Sie einen Bericht oder öffnen Sie einen aus dem Archiv, um ihn hier anzuzeigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Gehe zu Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Verkleinern (Strg+−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/period_bar.py" line="+33"/>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week {week}, {year} ({span})</source>
        <translation>KW {week}, {year} ({span})</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>All staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Branch: {name}</source>
        <translation>Filiale: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: {name} ({branch})</source>
        <translation>Team: {name} ({branch})</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period (Alt+Left)</source>
        <translation>Vorheriger Zeitraum (Alt+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period (Alt+Right)</source>
        <translation>Nächster Zeitraum (Alt+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period that contains today</source>
        <translation>Der Zeitraum, der das heutige Datum enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same period last year</source>
        <translation>Vorjahreszeitraum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
</context>
<context>
    <name>PlanCalculatorDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_calculator.py" line="+122"/>
        <source>Amount: {problem}</source>
        <translation>Betrag: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The down payment is not an amount.</source>
        <translation>Die Anzahlung ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee is not an amount.</source>
        <translation>Die Gebühr ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment: {problem}</source>
        <translation>Rate: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>Der Betrag der Ratenzahlung ist höher als der offene Saldo ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Total payable: {total} in %n installment(s); interest {interest}</source>
        <translation>
            <numerusform>Zu zahlen insgesamt: {total} in %n Rate; Zinsen {interest}</numerusform>
            <numerusform>Zu zahlen insgesamt: {total} in %n Raten; Zinsen {interest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Die erste Rate kann nicht in der Vergangenheit fällig werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payment plan calculator</source>
        <translation>Ratenrechner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of installments</source>
        <translation>Anzahl der Raten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Ratenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Rhythmus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan by:</source>
        <translation>Planen &amp;nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Anzahl Raten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstallment:</source>
        <translation>Raten&amp;höhe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;due:</source>
        <translation>Erste Rate &amp;fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wn payment:</source>
        <translation>Anzahl&amp;ung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest per &amp;year:</source>
        <translation>&amp;Zinsen p. a.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ee:</source>
        <translation>&amp;Gebühr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule of the installments</source>
        <translation>Raten im Überblick</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create plan</source>
        <translation>Plan &amp;erstellen</translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="+175"/>
        <source>This payment plan has not been approved yet. Approve it first; then the letter to the debtor can be printed.</source>
        <translation>Diese Ratenzahlung ist noch nicht genehmigt. Genehmigen Sie sie zuerst; danach kann das Schreiben an den Schuldner gedruckt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This payment plan has ended without being paid, so there is no plan to confirm to the debtor any more.</source>
        <translation>Diese Ratenzahlung wurde beendet, ohne vollständig bezahlt zu sein; es gibt daher keine Vereinbarung mehr, die dem Schuldner bestätigt werden könnte.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No payment plan was found for {key}.</source>
        <translation>Für {key} wurde keine Ratenzahlung gefunden.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter_pdf.py" line="+44"/>
        <source>Collections department</source>
        <translation>Inkassoabteilung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{place}, {date}</source>
        <comment>where and when the letter is written</comment>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your payment plan</source>
        <translation>Ihre Ratenzahlungsvereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor</source>
        <translation>Gläubiger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor&apos;s reference</source>
        <translation>Aktenzeichen des Gläubigers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear {name},</source>
        <translation>Guten Tag {name},</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account} with {creditor}, as set out below. Please keep it for your records.</source>
        <translation>vielen Dank, dass Sie mit uns eine Ratenzahlung vereinbart haben. Mit diesem Schreiben bestätigen wir Ihnen die nachstehende Vereinbarung zum Aktenzeichen {account} (Gläubiger: {creditor}). Bitte bewahren Sie es für Ihre Unterlagen auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account}, as set out below. Please keep it for your records.</source>
        <translation>vielen Dank, dass Sie mit uns eine Ratenzahlung vereinbart haben. Mit diesem Schreiben bestätigen wir Ihnen die nachstehende Vereinbarung zum Aktenzeichen {account}. Bitte bewahren Sie es für Ihre Unterlagen auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan at a glance</source>
        <translation>Die Vereinbarung im Überblick</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount covered by the plan</source>
        <translation>Betrag der Ratenzahlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down payment, due on {date}</source>
        <translation>Anzahlung, fällig am {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest ({rate} % a year)</source>
        <translation>Zinsen ({rate} % p. a.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to pay</source>
        <translation>Zu zahlender Gesamtbetrag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weekly installment(s)</source>
        <translation>
            <numerusform>%n wöchentliche Rate</numerusform>
            <numerusform>%n wöchentliche Raten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fortnightly installment(s)</source>
        <translation>
            <numerusform>%n vierzehntägliche Rate</numerusform>
            <numerusform>%n vierzehntägliche Raten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n monthly installment(s)</source>
        <translation>
            <numerusform>%n monatliche Rate</numerusform>
            <numerusform>%n monatliche Raten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} each; the last one {last}</source>
        <translation>je {amount}, die letzte {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment amount</source>
        <translation>Ratenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due on</source>
        <translation>Erste Rate fällig am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last installment due on</source>
        <translation>Letzte Rate fällig am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, {date}</source>
        <comment>who approved the plan, and when</comment>
        <translation>{name}, {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <comment>installment number</comment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Fälligkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <comment>the sum of the schedule</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to pay</source>
        <translation>Zahlungshinweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay each installment so that it reaches us by its due date, to:</source>
        <translation>Bitte zahlen Sie jede Rate so rechtzeitig, dass sie spätestens am Fälligkeitstag bei uns eingeht, auf folgendes Konto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>Bitte geben Sie bei jeder Zahlung den Verwendungszweck {reference} an, damit wir sie Ihrer Ratenzahlung zuordnen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please pay each installment so that it reaches us by its due date, and quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>Bitte zahlen Sie jede Rate so rechtzeitig, dass sie spätestens am Fälligkeitstag bei uns eingeht, und geben Sie bei jeder Zahlung den Verwendungszweck {reference} an, damit wir sie Ihrer Ratenzahlung zuordnen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pay more, or earlier, at any time: every payment is credited to the oldest installment still open.</source>
        <translation>Sie können jederzeit mehr oder früher zahlen: Jede Zahlung wird auf die älteste noch offene Rate angerechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If an installment is not paid</source>
        <translation>Wenn eine Rate nicht bezahlt wird</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An installment counts as missed when it is still unpaid %n day(s) after its due date.</source>
        <translation>
            <numerusform>Eine Rate gilt als versäumt, wenn sie %n Tag nach ihrer Fälligkeit noch nicht bezahlt ist.</numerusform>
            <numerusform>Eine Rate gilt als versäumt, wenn sie %n Tage nach ihrer Fälligkeit noch nicht bezahlt ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment counts as missed when it is not paid by its due date.</source>
        <translation>Eine Rate gilt als versäumt, wenn sie nicht bis zu ihrer Fälligkeit bezahlt ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>If %n installment(s) are missed, the plan ends and the whole balance still owed falls due again at once.</source>
        <translation>
            <numerusform>Wird %n Rate versäumt, endet die Ratenzahlungsvereinbarung, und der gesamte noch offene Betrag wird sofort fällig.</numerusform>
            <numerusform>Werden %n Raten versäumt, endet die Ratenzahlungsvereinbarung, und der gesamte noch offene Betrag wird sofort fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you cannot pay an installment, please contact us before its due date, so that we can look for a solution with you.</source>
        <translation>Wenn Sie eine Rate nicht zahlen können, setzen Sie sich bitte vor ihrer Fälligkeit mit uns in Verbindung, damit wir gemeinsam mit Ihnen eine Lösung finden können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours sincerely,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
</context>
<context>
    <name>PlanScheduleModel</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_schedule_model.py" line="+39"/>
        <source>Down payment</source>
        <translation>Anzahlung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Tilgung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Zinsen</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../collectdesk/domain/plans.py" line="+141"/>
        <source>The number of installments must be between 1 and {most}.</source>
        <translation>Die Anzahl der Raten muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That installment would take more than {most} installments; choose a larger amount.</source>
        <translation>Mit dieser Ratenhöhe wären mehr als {most} Raten nötig; wählen Sie einen höheren Betrag.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/plans.py" line="+58"/>
        <source>The grace period must be from 0 to 60 days.</source>
        <translation>Die Karenzzeit muss zwischen 0 und 60 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>Der Betrag der Ratenzahlung ist höher als der offene Saldo ({balance}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A plan needs the name of who approved it.</source>
        <translation>Eine Ratenzahlung erfordert den Namen der Person, die sie genehmigt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a proposed plan can be approved.</source>
        <translation>Nur eine vorgeschlagene Ratenzahlung kann genehmigt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account already has a running payment plan.</source>
        <translation>Für die Forderung läuft bereits eine Ratenzahlung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance has fallen below the plan amount since it was proposed; propose it again.</source>
        <translation>Der Saldo ist seit dem Vorschlag unter den Betrag der Ratenzahlung gefallen; schlagen Sie sie erneut vor.</translation>
    </message>
</context>
<context>
    <name>PortfolioAccountsModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_accounts_model.py" line="+45"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{when} by {who}</source>
        <translation>{when} von {who}</translation>
    </message>
</context>
<context>
    <name>PortfolioDialogs</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-111"/>
        <source>Enter a name for the portfolio.</source>
        <translation>Geben Sie einen Namen für das Portfolio ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Der Name ist zu lang: höchstens 120 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Es gibt bereits ein Portfolio namens {name}.</translation>
    </message>
</context>
<context>
    <name>PortfolioKind</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+29"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+24"/>
        <source>High-risk credit</source>
        <translation>Hohes Kreditrisiko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>High-profile</source>
        <translation>Prominente Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Special delinquent</source>
        <translation>Besondere Rückstände</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Watchlist</source>
        <translation>Beobachtungsliste</translation>
    </message>
</context>
<context>
    <name>PortfolioListModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+35"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected this month</source>
        <translation>Eingänge im Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts currently in the portfolio</source>
        <translation>Forderungen, die derzeit im Portfolio sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balance of those accounts, per currency</source>
        <translation>Offener Saldo dieser Forderungen, je Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments with a value date in this calendar month, per currency</source>
        <translation>Zahlungen mit Wertstellung in diesem Kalendermonat, je Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest activity logged on any of its accounts</source>
        <translation>Die letzte erfasste Aktivität zu einer seiner Forderungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
</context>
<context>
    <name>Portfolios</name>
    <message>
        <location filename="../collectdesk/services/portfolios.py" line="+94"/>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+31"/>
        <location line="+30"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>There is no compliance profile {code}.</source>
        <translation>Es gibt kein Compliance-Profil {code}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write why the accounts go into this portfolio.</source>
        <translation>Begründen Sie, warum die Forderungen in dieses Portfolio aufgenommen werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s) no longer exist; nothing was added.</source>
        <translation>
            <numerusform>%n Forderung existiert nicht mehr; es wurde nichts hinzugefügt.</numerusform>
            <numerusform>%n Forderungen existieren nicht mehr; es wurde nichts hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The portfolio needs a name.</source>
        <translation>Das Portfolio braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Der Name ist zu lang: höchstens 120 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Es gibt bereits ein Portfolio namens {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supervisor or manager and cannot own a portfolio.</source>
        <translation>{name} ist weder Teamleiter noch Inkassoleiter und kann kein Portfolio verantworten.</translation>
    </message>
</context>
<context>
    <name>PortfoliosPane</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolios_pane.py" line="+141"/>
        <location line="+3"/>
        <source>Portfolios</source>
        <translation>Portfolios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Neues Portfolio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;owner…</source>
        <translation>&amp;Zuständigen ändern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as &amp;queue</source>
        <translation>Als &amp;Arbeitsliste öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work through the portfolio&apos;s accounts in the queue</source>
        <translation>Die Forderungen des Portfolios in der Arbeitsliste bearbeiten</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance &amp;profile…</source>
        <translation>Compliance-&amp;Profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this portfolio&apos;s accounts against another country&apos;s rules</source>
        <translation>Die Forderungen dieses Portfolios nach den Regeln eines anderen Landes prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show remo&amp;ved</source>
        <translation>&amp;Entfernte anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from portfolio…</source>
        <translation>Aus Portfolio en&amp;tfernen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Accounts in {name}</source>
        <translation>&amp;Forderungen in {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts (choose a portfolio above)</source>
        <translation>&amp;Forderungen (oben ein Portfolio wählen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No portfolios yet. Create one with New portfolio…</source>
        <translation>Noch keine Portfolios. Zum Anlegen: Neues Portfolio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portfolios could not be read: {error}</source>
        <translation>Die Portfolios konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+11"/>
        <source>Remove from portfolio</source>
        <translation>Aus Portfolio entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Take %n account(s) out of {name}? They stay in its history.</source>
        <translation>
            <numerusform>%n Forderung aus {name} entfernen? Sie bleibt im Verlauf erhalten.</numerusform>
            <numerusform>%n Forderungen aus {name} entfernen? Sie bleiben im Verlauf erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n account(s) taken out of {name}.</source>
        <translation>
            <numerusform>%n Forderung aus {name} entfernt.</numerusform>
            <numerusform>%n Forderungen aus {name} entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfoliosReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="+69"/>
        <location line="+58"/>
        <source>Special portfolios</source>
        <translation>Sonderportfolios</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>there is no special portfolio in scope.</source>
        <translation>im Bereich gibt es kein Sonderportfolio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and balances as they stand today; collected: payments with a value date in the period.</source>
        <translation>Forderungen und Salden mit heutigem Stand; Eingänge: Zahlungen mit Wertstellung im Zeitraum.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balances and collections ({currency})</source>
        <translation>Salden und Eingänge ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected in the period before</source>
        <translation>Eingänge im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts in the portfolios</source>
        <translation>Forderungen in den Portfolios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is in the portfolio</source>
        <translation>Grund für die Aufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts in special portfolios</source>
        <translation>Forderungen in Sonderportfolios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance in portfolios ({currency})</source>
        <translation>Saldo in Portfolios ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected on portfolios ({currency})</source>
        <translation>Eingänge aus Portfolios ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n special portfolio(s) hold {accounts} accounts.</source>
        <translation>
            <numerusform>%n Sonderportfolio enthält {accounts} Forderungen.</numerusform>
            <numerusform>%n Sonderportfolios enthalten {accounts} Forderungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The largest is {name} ({owner}): %n account(s) owing {balance}.</source>
        <translation>
            <numerusform>Das größte ist {name} ({owner}): %n Forderung mit {balance}.</numerusform>
            <numerusform>Das größte ist {name} ({owner}): %n Forderungen mit zusammen {balance}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activity has been logged on {name} yet.</source>
        <translation>Für {name} wurde noch keine Aktivität erfasst.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been done on {name} for %n day(s).</source>
        <translation>
            <numerusform>Bei {name} gab es seit %n Tag keine Aktivität.</numerusform>
            <numerusform>Bei {name} gab es seit %n Tagen keine Aktivität.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../collectdesk/ui/reports/presentation.py" line="+95"/>
        <source>Presenting: {title}</source>
        <translation>Präsentation: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slide</source>
        <translation>Folie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ next  ·  ← back  ·  N speaker notes  ·  F full screen  ·  B black screen  ·  Esc end</source>
        <translation>→ weiter  ·  ← zurück  ·  N Notizen  ·  F Vollbild  ·  B Schwarzbild  ·  Esc beenden</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/rules_model.py" line="+43"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not checked against the primary text: it comes from a secondary source, a draft or a default.</source>
        <translation>Nicht anhand der Primärquelle geprüft: stammt aus einer Sekundärquelle, einem Entwurf oder einem Standardwert.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../collectdesk/ui/compliance/profiles_view.py" line="+108"/>
        <source>creditor {name}</source>
        <translation>Gläubiger {name}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{title}
{code} · {countries}</source>
        <translation>{title}
{code} · {countries}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}
{code} · on every profile</source>
        <translation>{title}
{code} · gilt für alle Profile</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, Version {version}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}, the department&apos;s copy (revision {revision})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, Version {version}, Kopie der Abteilung (Revision {revision})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed off by counsel on {date}. Engineering, not legal advice: each rule names its source.</source>
        <translation>Am {date} juristisch freigegeben. Technische Umsetzung, keine Rechtsberatung: Jede Regel nennt ihre Quelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet signed off by counsel. Engineering, not legal advice: each rule names its source, and unverified numbers are flagged.</source>
        <translation>Noch nicht juristisch freigegeben. Technische Umsetzung, keine Rechtsberatung: Jede Regel nennt ihre Quelle, nicht verifizierte Werte sind gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit policy (YAML)</source>
        <translation>Richtlinie bearbeiten (&amp;YAML)</translation>
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
        <location filename="../collectdesk/ui/tasks.py" line="+83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QaEntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_entry_dialog.py" line="+116"/>
        <location line="+55"/>
        <source>No call in CollectDesk: type its reference below</source>
        <translation>Kein Anruf in CollectDesk: Referenz unten eingeben</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{when} · {account} · {debtor} · {outcome}</source>
        <translation>{when} · {account} · {debtor} · {outcome}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Wählen Sie den bewerteten Anruf oder geben Sie seine Referenz ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no supervisor or manager to record as the evaluator.</source>
        <translation>Es gibt keinen Teamleiter oder Inkassoleiter, der als Bewerter erfasst werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion (0–100).</source>
        <translation>Vergeben Sie für mindestens ein Kriterium Punkte (0–100).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QA entry for {name}</source>
        <translation>QS-Bewertung für {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored &amp;call:</source>
        <translation>Bewerteter &amp;Anruf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;reference:</source>
        <translation>Anruf&amp;referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording or phone system reference</source>
        <translation>Referenz der Aufzeichnung oder der Telefonanlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (0–100; – means not scored)</source>
        <translation>Punkte (0–100; – bedeutet nicht bewertet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score:</source>
        <translation>Gesamtpunktzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average of the scores given, rounded half up</source>
        <translation>Der Durchschnitt der vergebenen Punkte, kaufmännisch gerundet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>A&amp;nmerkungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save QA entry</source>
        <translation>QS-Bewertung &amp;speichern</translation>
    </message>
</context>
<context>
    <name>QaListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_list_model.py" line="+38"/>
        <source>Evaluated on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Double-click to open the account</source>
        <translation>Doppelklicken, um die Forderung zu öffnen</translation>
    </message>
</context>
<context>
    <name>QueueCase</name>
    <message>
        <location filename="../collectdesk/ui/queues/case_text.py" line="+21"/>
        <source>Escalation: referred to senior manager</source>
        <translation>Eskalation: an Bereichsleitung verwiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: information requested</source>
        <translation>Eskalation: Informationen angefordert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: counter-proposal made</source>
        <translation>Eskalation: Gegenvorschlag gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: awaiting decision</source>
        <translation>Eskalation: Entscheidung ausstehend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: awaiting approval</source>
        <translation>Ratenplan: Genehmigung ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: active, nothing due yet</source>
        <translation>Ratenplan: aktiv, noch nichts fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: on track</source>
        <translation>Ratenplan: planmäßig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: installment missed</source>
        <translation>Ratenplan: Rate versäumt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: broken ({date})</source>
        <translation>Ratenplan: geplatzt ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: broken</source>
        <translation>Ratenplan: geplatzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settlement due by {date}</source>
        <translation>Vergleich fällig bis {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement offered, until {date}</source>
        <translation>Vergleich angeboten, bis {date}</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+33"/>
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
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Fall</translation>
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
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+185"/>
        <source>This column cannot be sorted: it is read for the rows on screen only.</source>
        <translation>Nach dieser Spalte kann nicht sortiert werden: Sie wird nur für die angezeigten Zeilen gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>Das Sortieren nach dieser Spalte liest die gesamte Arbeitsliste einmal ein.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+172"/>
        <location line="+129"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Arbeitslisten</translation>
    </message>
    <message>
        <location line="-240"/>
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
        <location line="+71"/>
        <location line="+111"/>
        <source>Filtered accounts</source>
        <translation>Gefilterte Forderungen</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>RaiseEscalationDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/raise_dialog.py" line="+153"/>
        <source>Choose the reason for the escalation.</source>
        <translation>Wählen Sie den Grund für die Eskalation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the decision you are asking for.</source>
        <translation>Wählen Sie die beantragte Entscheidung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake: {problem}</source>
        <translation>Betroffener Betrag: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Eine Ratenzahlung braucht mindestens eine Rate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Die erste Rate kann nicht in der Vergangenheit fällig werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Der Nachlass muss größer als 0 % und kleiner als 100 % sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Vergleichsbetrag: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the amount at stake.</source>
        <translation>Der Vergleichsbetrag muss kleiner als der betroffene Betrag sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Ausgebuchter Betrag: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>Der ausgebuchte Betrag darf nicht höher als der offene Saldo sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note: what happened and why the account needs a decision.</source>
        <translation>Schreiben Sie eine Anmerkung: was passiert ist und warum die Forderung eine Entscheidung braucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>Die Anmerkung ist zu lang ({length} von höchstens {most} Zeichen).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalate account</source>
        <translation>Forderung eskalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to be paid</source>
        <translation>Zu zahlender Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Nachlass in Prozent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;decision:</source>
        <translation>Beantragte &amp;Entscheidung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount at stake:</source>
        <translation>Betroffener &amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Raten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>Erste Rate &amp;fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle &amp;by:</source>
        <translation>Vergleichs&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttlement:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>A&amp;usbuchung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>A&amp;nmerkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment&amp;s:</source>
        <translation>An&amp;hänge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the debtor said, why you ask for this decision</source>
        <translation>Was passiert ist, was der Schuldner gesagt hat, warum Sie diese Entscheidung beantragen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your login ({login}) is not a staff member, so you cannot raise an escalation.</source>
        <translation>Ihr Login ({login}) ist keinem Mitarbeiter zugeordnet, daher können Sie keine Eskalation auslösen.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+5"/>
        <source>Unsatisfactory</source>
        <translation>Ungenügend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs improvement</source>
        <translation>Verbesserungsbedürftig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets expectations</source>
        <translation>Erfüllt die Erwartungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeds expectations</source>
        <translation>Übertrifft die Erwartungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>Hervorragend</translation>
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
    <name>RecipientsDialog</name>
    <message>
        <location filename="../collectdesk/ui/reports/recipients_dialog.py" line="+125"/>
        <source>Copies for department heads</source>
        <translation>Sammeldruck für Abteilungsleiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is printed for each person ticked; the cover of each copy names its reader. The list is remembered.</source>
        <translation>Für jede angehakte Person wird ein Exemplar gedruckt; auf dem Deckblatt steht jeweils der Name des Empfängers. Die Liste wird gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, e.g. Maria Bianchi (Accounting)</source>
        <translation>Name, z. B. Maria Bianchi (Buchhaltung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print copies</source>
        <translation>Exemplare &amp;drucken</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/record_table_model.py" line="+45"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReferralPdf</name>
    <message>
        <location filename="../collectdesk/reports/referral_sheet.py" line="+37"/>
        <source>Collections department</source>
        <translation>Inkassoabteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: referral to a senior manager</source>
        <translation>Eskalation: Vorlage an die Bereichsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Creditor</source>
        <translation>Gläubiger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Betroffener Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested decision</source>
        <translation>Beantragte Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Ausgelöst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised on</source>
        <translation>Ausgelöst am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Verwiesen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a senior manager decides</source>
        <translation>Warum die Bereichsleitung entscheidet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the supervisor&apos;s limits.</source>
        <translation>Innerhalb der Befugnisse des Teamleiters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed terms</source>
        <translation>Vorgeschlagene Konditionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No terms proposed.</source>
        <translation>Keine Konditionen vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account on {date}</source>
        <translation>Die Forderung am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Ursprungsbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Aging bucket</source>
        <translation>Altersklasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contacts</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints and disputes</source>
        <translation>Offene Beschwerden und Bestreitungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised on</source>
        <translation>Zugesagt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Wertstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision history</source>
        <translation>Entscheidungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager&apos;s decision</source>
        <translation>Entscheidung der Bereichsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☐ approved   ☐ rejected   ☐ counter-proposal   ☐ more information needed</source>
        <translation>☐ genehmigt   ☐ abgelehnt   ☐ Gegenvorschlag   ☐ weitere Informationen erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and signature: {name}</source>
        <translation>Name und Unterschrift: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Erstellt am {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hardship</source>
        <translation>Notlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <translation>Zahlungsverweigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <translation>Hoher Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <translation>Betrugsverdacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>Androhung rechtlicher Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <translation>Schutzbedürftiger Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan</source>
        <translation>Ratenzahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <translation>Abgabe an Rechtsabteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Zurückstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior-manager review</source>
        <translation>Prüfung durch Bereichsleitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Verwiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Information requested</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <source>Counter-proposal</source>
        <translation>Gegenvorschlag</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Raised</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information provided</source>
        <translation>Informationen nachgereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <translation>An Bereichsleitung verwiesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Ratenbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due</source>
        <translation>Erste Rate fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement amount</source>
        <translation>Vergleichsbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount written off</source>
        <translation>Ausgebuchter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount (%)</source>
        <translation>Nachlass (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Zurückgestellt bis</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+73"/>
        <source>Rename portfolio</source>
        <translation>Portfolio umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Neuer &amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the new name.</source>
        <translation>Geben Sie den neuen Namen ein.</translation>
    </message>
</context>
<context>
    <name>ReportArchive</name>
    <message>
        <location filename="../collectdesk/services/report_archive.py" line="+96"/>
        <source>There is no file to keep in the archive.</source>
        <translation>Es gibt keine Datei, die archiviert werden kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only PDF and XLSX files are kept in the archive.</source>
        <translation>Im Archiv werden nur PDF- und XLSX-Dateien aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be read: {reason}</source>
        <translation>{file} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report archived: {file} ({size} bytes, SHA-256 {sha})</source>
        <translation>Bericht archiviert: {file} ({size} Byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This report is no longer in the archive.</source>
        <translation>Dieser Bericht ist nicht mehr im Archiv.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The archived copy of {file} is damaged (its checksum does not match). Generate the report again.</source>
        <translation>Die archivierte Kopie von {file} ist beschädigt (die Prüfsumme stimmt nicht überein). Erstellen Sie den Bericht neu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived report deleted: {file}</source>
        <translation>Archivierter Bericht gelöscht: {file}</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="-97"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+54"/>
        <source>Aging report</source>
        <translation>Bericht zur Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-1"/>
        <source>Compliance report</source>
        <translation>Compliance-Bericht</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+2"/>
        <source>Escalations, settlements and write-offs report</source>
        <translation>Bericht zu Eskalationen, Vergleichen und Ausbuchungen</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="-314"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-4"/>
        <source>Customer feedback report</source>
        <translation>Bericht zum Kundenfeedback</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="-73"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+6"/>
        <source>Special portfolios report</source>
        <translation>Bericht zu Sonderportfolios</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="+100"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-5"/>
        <source>Staff performance report</source>
        <translation>Bericht zur Mitarbeiterleistung</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/catalogue.py" line="-2"/>
        <source>Collections report</source>
        <translation>Inkassobericht</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf.py" line="+203"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+198"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Der Ordner {folder} existiert nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>{file} kann hier nicht geschrieben werden (keine Berechtigung). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Der Datenträger ist voll: {file} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+2"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <location filename="../collectdesk/reports/language.py" line="+35"/>
        <location filename="../collectdesk/reports/narrative.py" line="-120"/>
        <location filename="../collectdesk/reports/render_xlsx_formats.py" line="+60"/>
        <source>{value} pp</source>
        <comment>percentage points</comment>
        <translation>{value} Pp.</translation>
    </message>
</context>
<context>
    <name>ReportGenerate</name>
    <message>
        <location filename="../collectdesk/reports/generate.py" line="+93"/>
        <source>Choose PDF, spreadsheet or both; got: {format}</source>
        <translation>Wählen Sie PDF, Tabelle oder beides; angegeben: {format}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The disk is full: the report was not written to {folder}.</source>
        <translation>Der Datenträger ist voll: Der Bericht wurde nicht in {folder} geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} cannot be written (no permission). Nothing was written.</source>
        <translation>In {folder} kann nicht geschrieben werden (keine Berechtigung). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written to {folder}: {reason}</source>
        <translation>Der Bericht konnte nicht in {folder} geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The page size is A4 or Letter; got: {size}</source>
        <translation>Das Papierformat ist A4 oder Letter; angegeben: {size}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add at least one recipient.</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../collectdesk/ui/reports/report_options.py" line="+100"/>
        <location line="+79"/>
        <source>Whole department</source>
        <translation>Gesamte Abteilung</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Report:</source>
        <translation>Beric&amp;ht:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pape&amp;r:</source>
        <translation>Papie&amp;r:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Tabelle (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and spreadsheet</source>
        <translation>PDF und Tabelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF and spreadsheet: the narrative PDF, the spreadsheet, and the narrative with the tables appended</source>
        <translation>PDF und Tabelle: der Bericht als PDF, die XLSX-Tabelle und der Bericht mit angehängten Tabellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language the report is written in</source>
        <translation>Die Sprache, in der der Bericht verfasst wird</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf_text.py" line="+42"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated {when}</source>
        <comment>page footer: when the report was made</comment>
        <translation>Erstellt am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for {name}</source>
        <comment>the person this printed copy is for</comment>
        <translation>Exemplar für {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>cover: date and time the report was made</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Nicht in diesem Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <comment>heading of the appendix that lists every table</comment>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table of the report in full, including the detailed listings that the chapters leave to the spreadsheet.</source>
        <translation>Alle Tabellen des Berichts vollständig, einschließlich der Detaillisten, die in den Kapiteln nur in der XLSX-Tabelle stehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Gesamt {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} ({currency})</source>
        <comment>a money column&apos;s header with its currency</comment>
        <translation>{column} ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rows for this period.</source>
        <translation>Keine Zeilen für diesen Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} (continued)</source>
        <comment>a table&apos;s title on the pages it runs over to</comment>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <comment>a key figure equal to the previous period&apos;s</comment>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{change} ({relative})</source>
        <comment>a change and the same change in percent</comment>
        <translation>{change} ({relative})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period: {value}</source>
        <translation>Vorzeitraum: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{attainment} of the target of {target}</source>
        <translation>{attainment} des Ziels von {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: {target}</source>
        <translation>Ziel: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: met</source>
        <translation>Ziel {target}: erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: not met</source>
        <translation>Ziel {target}: nicht erreicht</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../collectdesk/ui/reports/printing.py" line="+55"/>
        <source>{file} is not a PDF that can be read.</source>
        <translation>{file} ist kein lesbares PDF.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no page to print.</source>
        <translation>Es gibt keine Seite zum Drucken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started. Check that it is connected, or print to a PDF file.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen ist, oder drucken Sie in eine PDF-Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>Der Drucker hat nach %n Seite angehalten.</numerusform>
            <numerusform>Der Drucker hat nach %n Seiten angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../collectdesk/reports/render_xlsx.py" line="-121"/>
        <source>Summary</source>
        <comment>name of the first sheet</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section {number}</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Abschnitt {number}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_sheets.py" line="+123"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <comment>first day of the report&apos;s period</comment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <comment>last day of the report&apos;s period</comment>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>date and time the report was made</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <comment>the comparison period&apos;s value</comment>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Nicht in diesem Bericht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole department</source>
        <comment>a report&apos;s scope</comment>
        <translation>Gesamte Abteilung</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_tables.py" line="+77"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Gesamt {currency}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Currency</source>
        <comment>column of a table</comment>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-167"/>
        <source>Unknown report scope {scope}: use all, team:&lt;id&gt; or branch:&lt;id&gt;.</source>
        <translation>Unbekannter Berichtsbereich {scope}: Verwenden Sie all, team:&lt;id&gt; oder branch:&lt;id&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Week {week} of {year}</source>
        <comment>an ISO week</comment>
        <translation>Kalenderwoche {week}/{year}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>{month} {year}</source>
        <comment>a calendar month</comment>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Q{quarter} {year}</source>
        <comment>a calendar quarter</comment>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <comment>a range of dates</comment>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>W{week} {year}</source>
        <comment>an ISO week, short</comment>
        <translation>KW {week}/{year}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{title}: the first {count}</source>
        <comment>the head of a ranking</comment>
        <translation>{title}: die ersten {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The spreadsheet lists all %n.</source>
        <translation>
            <numerusform>Die XLSX-Tabelle führt %n Eintrag auf.</numerusform>
            <numerusform>Die XLSX-Tabelle führt alle %n auf.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{section} is left out: {reason}</source>
        <translation>{section} entfällt: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topic</source>
        <comment>feedback topic</comment>
        <translation>Kein Thema</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../collectdesk/ui/reports/reports_pane.py" line="+135"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No report can be made in this build yet.</source>
        <translation>In dieser Version kann noch kein Bericht erstellt werden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Generated in {seconds} s and kept in the archive.</source>
        <translation>In {seconds} s erstellt und im Archiv aufbewahrt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written and nothing was kept in the archive.</source>
        <translation>Abgebrochen. Es wurde nichts geschrieben und nichts archiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing cancelled; the print job was withdrawn.</source>
        <translation>Drucken abgebrochen; der Druckauftrag wurde zurückgezogen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be written: {reason}</source>
        <translation>Eine Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be made ({error}). Nothing was kept in the archive.</source>
        <translation>Der Bericht konnte nicht erstellt werden ({error}). Es wurde nichts archiviert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report (PDF)</source>
        <translation>Bericht (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Tabelle (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report with tables (PDF)</source>
        <translation>Bericht mit Tabellen (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived: {title}</source>
        <translation>Archiviert: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A spreadsheet has no preview here. Save it with Save as… and open it in your spreadsheet program.</source>
        <translation>Für Tabellen gibt es hier keine Vorschau. Speichern Sie sie mit „Speichern unter…“ und öffnen Sie sie in Ihrem Tabellenkalkulationsprogramm.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tabellen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report&apos;s files in</source>
        <translation>Dateien des Berichts speichern in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the files already in that folder?
{files}</source>
        <translation>Die bereits in diesem Ordner vorhandenen Dateien ersetzen?
{files}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {files}</source>
        <translation>Gespeichert: {files}</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Printed %n page(s) to {file}.</source>
        <translation>
            <numerusform>%n Seite in {file} gedruckt.</numerusform>
            <numerusform>%n Seiten in {file} gedruckt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printed %n page(s) on {printer}.</source>
        <translation>
            <numerusform>%n Seite auf {printer} gedruckt.</numerusform>
            <numerusform>%n Seiten auf {printer} gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing {file}…</source>
        <translation>{file} wird gedruckt…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No printer is set up: save the copies in a folder</source>
        <translation>Kein Drucker eingerichtet: Exemplare in einem Ordner speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Printed %n copy(ies): {names}</source>
        <translation>
            <numerusform>%n Exemplar gedruckt: {names}</numerusform>
            <numerusform>%n Exemplare gedruckt: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n copy(ies) in {folder}.</source>
        <translation>
            <numerusform>%n Exemplar in {folder} gespeichert.</numerusform>
            <numerusform>%n Exemplare in {folder} gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making a copy for each recipient…</source>
        <translation>Exemplar für jeden Empfänger wird erstellt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report with these choices (Ctrl+G)</source>
        <translation>Den Bericht mit diesen Einstellungen erstellen (Strg+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the files out, under names ready to attach to an e-mail</source>
        <translation>Die Dateien unter Namen kopieren, die sich als E-Mail-Anhang eignen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report shown: printer, copies, paper size (Ctrl+P)</source>
        <translation>Den angezeigten Bericht drucken: Drucker, Anzahl, Papierformat (Strg+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies for department heads…</source>
        <translation>Sa&amp;mmeldruck für Abteilungsleiter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one copy for each person, with their name on the cover</source>
        <translation>Ein Exemplar je Person drucken, mit ihrem Namen auf dem Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;sent</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the report&apos;s key figures full screen, slide by slide</source>
        <translation>Die Kennzahlen des Berichts im Vollbild zeigen, Folie für Folie</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Wählen Sie das Ergebnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what was done (the resolution).</source>
        <translation>Geben Sie an, was unternommen wurde (Erledigung).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>Er&amp;ledigung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply sent:</source>
        <translation>Gesendete &amp;Antwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found and done</source>
        <translation>Was festgestellt und unternommen wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer given to the sender (optional)</source>
        <translation>Die dem Absender gegebene Antwort (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Erledigen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_dialog.py" line="+125"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating} – {words}</source>
        <translation>{rating} – {words}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no active review criteria; add some under Criteria… first.</source>
        <translation>Es gibt keine aktiven Beurteilungskriterien; legen Sie zuerst unter „Kriterien…“ welche an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>Das Beurteilungsdatum darf nicht vor dem Beginn des Zeitraums liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reviewer.</source>
        <translation>Wählen Sie den Beurteiler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate at least one criterion (1 Unsatisfactory … 5 Excellent).</source>
        <translation>Bewerten Sie mindestens ein Kriterium (1 Ungenügend … 5 Hervorragend).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review of {name}</source>
        <translation>Beurteilung von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the review of {name}</source>
        <translation>Beurteilung von {name} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from:</source>
        <translation>Zeitraum &amp;von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;to:</source>
        <translation>Zeitraum &amp;bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewer:</source>
        <translation>Beu&amp;rteiler:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of review:</source>
        <translation>&amp;Datum der Beurteilung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings (1 Unsatisfactory … 5 Excellent) and notes</source>
        <translation>Bewertungen (1 Ungenügend … 5 Hervorragend) und Anmerkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Kommentare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Stärken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals for next period:</source>
        <translation>&amp;Ziele für den nächsten Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>Anmerkung (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save review</source>
        <translation>Beurteilung s&amp;peichern</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_export_dialog.py" line="+48"/>
        <source>Export review as PDF</source>
        <translation>Beurteilung als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Sprache des Dokuments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review was saved as {file}.</source>
        <translation>Die Beurteilung wurde als {file} gespeichert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Das PDF konnte nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_list_model.py" line="+40"/>
        <source>Reviewed on</source>
        <translation>Beurteilt am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Beurteiler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria rated</source>
        <translation>Bewertete Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/rules_dialog.py" line="+44"/>
        <source>Follow-up window after a broken promise (days):</source>
        <translation>Nachfassfrist nach einer gebrochenen Zusage (Tage):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Far below the team: standard deviations:</source>
        <translation>Weit unter dem Team: Standardabweichungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest spread used (percentage points):</source>
        <translation>Kleinste verwendete Streuung (Prozentpunkte):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members needed for a comparison:</source>
        <translation>Für einen Vergleich nötige Teammitglieder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due needed to judge a kept rate:</source>
        <translation>Fällige Zusagen, ab denen die Einhaltungsquote zählt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls needed to judge an RPC rate:</source>
        <translation>Ausgehende Anrufe, ab denen die RPC-Quote zählt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own history: previous periods compared:</source>
        <translation>Eigener Verlauf: verglichene Vorperioden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate drop of at least (percentage points):</source>
        <translation>Rückgang einer Quote um mindestens (Prozentpunkte):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop in collections of at least (%):</source>
        <translation>Rückgang der Eingänge um mindestens (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end: the last days of the period:</source>
        <translation>Periodenende: die letzten Tage der Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (count):</source>
        <translation>Gebrochene Zusagen zum Periodenende, mindestens (Anzahl):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (% of those due):</source>
        <translation>Gebrochene Zusagen zum Periodenende, mindestens (% der fälligen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short promise call lasts under (seconds):</source>
        <translation>Ein kurzer Zusage-Anruf dauert unter (Sekunden):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (count):</source>
        <translation>Kurze Zusage-Anrufe, mindestens (Anzahl):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (% of promise calls):</source>
        <translation>Kurze Zusage-Anrufe, mindestens (% der Zusage-Anrufe):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scorecard rules</source>
        <translation>Regeln der Leistungsübersicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These rules apply to everyone using this database. The anomaly rules are explained in the manual (docs/anomalies.md).</source>
        <translation>Diese Regeln gelten für alle, die mit dieser Datenbank arbeiten. Die Regeln für Auffälligkeiten erklärt das Handbuch (docs/anomalies.md).</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <location filename="../collectdesk/ui/inbox/scan_preview.py" line="+85"/>
        <source>{file} cannot be shown: it is not a readable PDF.</source>
        <translation>{file} kann nicht angezeigt werden: Es ist keine lesbare PDF-Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be shown: the image is damaged or of an unknown kind.</source>
        <translation>{file} kann nicht angezeigt werden: Das Bild ist beschädigt oder hat ein unbekanntes Format.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has no preview; use Open.</source>
        <translation>Für {file} gibt es keine Vorschau; verwenden Sie „Öffnen“.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_columns.py" line="+60"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked</source>
        <translation>Bearb. Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Anrufversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Schuldnerkontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>RPC-Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Zugesagter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Zusagequote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (count)</source>
        <translation>Eingehalten (Anzahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (amount)</source>
        <translation>Eingehalten (Betrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Eingänge je RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Nachfassquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Belobigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Beschwerden je 1.000 Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>QS-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments received in the period, less overpayments, per currency.</source>
        <translation>Im Zeitraum eingegangene Zahlungen abzüglich Überzahlungen, je Währung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection target for the period (pro-rated by days).</source>
        <translation>Das Inkassoziel für den Zeitraum (anteilig nach Tagen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected as a percentage of the target.</source>
        <translation>Eingänge in Prozent des Ziels (Zielerreichung).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different accounts with any activity in the period.</source>
        <translation>Verschiedene Forderungen mit einer Aktivität im Zeitraum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls dialled, whatever the outcome.</source>
        <translation>Gewählte ausgehende Anrufe, unabhängig vom Ergebnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations with the debtor in person, any channel.</source>
        <translation>Gespräche mit dem Schuldner persönlich (Right-Party-Kontakte, RPC), über jeden Kanal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls that reached the debtor, as a percentage of calls dialled.</source>
        <translation>Ausgehende Anrufe, die den Schuldner erreicht haben, in Prozent der gewählten Anrufe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay recorded in the period.</source>
        <translation>Im Zeitraum erfasste Zahlungszusagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount promised in those promises.</source>
        <translation>Der in diesen Zusagen zugesagte Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made per 100 right-party contacts.</source>
        <translation>Zahlungszusagen je 100 Schuldnerkontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by count.</source>
        <translation>Im Zeitraum fällige Zusagen, die vollständig eingehalten wurden, nach Anzahl.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by amount.</source>
        <translation>Im Zeitraum fällige Zusagen, die vollständig eingehalten wurden, nach Betrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount collected divided by right-party contacts.</source>
        <translation>Eingezogener Betrag geteilt durch die Zahl der Schuldnerkontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises whose account was contacted again within the follow-up window.</source>
        <translation>Nicht eingehaltene Zusagen, deren Forderung innerhalb der Nachfassfrist erneut kontaktiert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints received about this person in the period.</source>
        <translation>Im Zeitraum eingegangene Beschwerden über diese Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments received about this person in the period.</source>
        <translation>Im Zeitraum eingegangene Belobigungen für diese Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 right-party contacts.</source>
        <translation>Beschwerden je 1.000 Schuldnerkontakte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings on this person&apos;s contacts.</source>
        <translation>Compliance-Befunde zu den Kontakten dieser Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average score of the call-monitoring reviews in the period (0-100).</source>
        <translation>Durchschnittliche Punktzahl der Gesprächsbewertungen im Zeitraum (0-100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised by this person in the period.</source>
        <translation>Von dieser Person im Zeitraum ausgelöste Eskalationen.</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_model.py" line="+108"/>
        <location line="+13"/>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>Pp.</translation>
    </message>
</context>
<context>
    <name>ScorecardHistoryModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/scorecard_history_model.py" line="+58"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attainment</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>RPC-Quote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises kept</source>
        <translation>Eingehaltene Zusagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QA score</source>
        <translation>QS-Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound calls that reached the debtor, of all outbound calls</source>
        <translation>Ausgehende Anrufe, die den Schuldner erreicht haben, bezogen auf alle ausgehenden Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept, of those that fell due in the month (by count)</source>
        <translation>Eingehaltene Zusagen, bezogen auf die im Monat fälligen (nach Anzahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the month&apos;s call-monitoring scores (0–100)</source>
        <translation>Durchschnitt der Gesprächsbewertungen des Monats (0–100)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n monitored call(s)</source>
        <translation>
            <numerusform>%n bewerteter Anruf</numerusform>
            <numerusform>%n bewertete Anrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_model.py" line="+184"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: {kpi}</source>
        <translation>Trend: {kpi}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank by {kpi}; money is ranked within each currency.</source>
        <translation>Rang nach {kpi}; Geldbeträge werden je Währung getrennt verglichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 12 periods of the chosen figure, oldest on the left.</source>
        <translation>Die letzten 12 Zeiträume der gewählten Kennzahl, die ältesten links.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Total {team}</source>
        <translation>Gesamt {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department total</source>
        <translation>Abteilung gesamt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comparison period: {value}</source>
        <translation>Vergleichszeitraum: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not defined: there is nothing to divide by in this period.</source>
        <translation>Nicht definiert: In diesem Zeitraum gibt es keine Bezugsgröße.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to see what is behind this figure.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um zu sehen, was hinter dieser Zahl steht.</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_pane.py" line="+164"/>
        <source>Scorecards</source>
        <translation>Leistungsübersichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rank and trend by:</source>
        <translation>&amp;Rang und Trend nach:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group by team</source>
        <translation>Nach &amp;Team gruppieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show staff &amp;without figures</source>
        <translation>Mitarbeiter &amp;ohne Kennzahlen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountants and customer-service staff with nothing to score in this period are hidden unless this is ticked; collectors are always shown.</source>
        <translation>Buchhalter und Kundenservice-Mitarbeiter ohne bewertbare Kennzahlen in diesem Zeitraum werden ausgeblendet, sofern dies nicht angekreuzt ist; Sachbearbeiter werden immer angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is behind this figure</source>
        <translation>Zeigen, was hinter dieser Zahl steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the staff member&apos;s page</source>
        <translation>Seite des Mitarbeiters öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to XLSX…</source>
        <translation>Als XLSX e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this scorecard as a spreadsheet (Ctrl+Shift+X)</source>
        <translation>Diese Leistungsübersicht als Tabelle speichern (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets…</source>
        <translation>Zie&amp;le…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit targets and the attainment colours</source>
        <translation>Ziele und Farben der Zielerreichung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ules…</source>
        <translation>Re&amp;geln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up window and the thresholds of the anomalies</source>
        <translation>Die Nachfassfrist und die Schwellenwerte der Auffälligkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department figures</source>
        <translation>Kennzahlen der Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Anomalies ({count})</source>
        <translation>Auffälligkeiten ({count})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scorecard could not be read. Press F5 to try again.</source>
        <translation>Die Leistungsübersicht konnte nicht gelesen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some figures could not be read. Press F5 to try again.</source>
        <translation>Einige Kennzahlen konnten nicht gelesen werden. Drücken Sie F5, um es erneut zu versuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n without figures hidden)</source>
        <translation>
            <numerusform>(%n ohne Kennzahlen ausgeblendet)</numerusform>
            <numerusform>(%n ohne Kennzahlen ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the department</source>
        <translation>die Abteilung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>scorecard-{period}.xlsx</source>
        <translation>leistungsübersicht-{period}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Export scorecard</source>
        <translation>Leistungsübersicht exportieren</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The spreadsheet could not be written. Nothing was saved.</source>
        <translation>Die Tabelle konnte nicht geschrieben werden. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the spreadsheet…</source>
        <translation>Tabelle wird geschrieben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard saved to {path}</source>
        <translation>Leistungsübersicht gespeichert unter {path}</translation>
    </message>
</context>
<context>
    <name>ScorecardXlsx</name>
    <message>
        <location filename="../collectdesk/services/scorecard_xlsx.py" line="+73"/>
        <source>Accounts worked</source>
        <translation>Bearbeitete Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Anrufversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Schuldnerkontakte (RPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>RPC-Quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Erteilte Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Zugesagter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Zusagequote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (count)</source>
        <translation>Einhaltungsquote (Anzahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (amount)</source>
        <translation>Einhaltungsquote (Betrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Eingänge je RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Nachfassquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Belobigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Beschwerden je 1.000 Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>QS-Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{kpi} ({currency})</source>
        <translation>{kpi} ({currency})</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{team} ({branch})</source>
        <translation>{team} ({branch})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collector</source>
        <translation>Sachbearbeiter Inkasso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer service</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Buchhalter</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Staff scorecard {period}</source>
        <translation>Leistungsübersicht der Mitarbeiter {period}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Branch</source>
        <translation>Filiale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: {scope}</source>
        <translation>Bereich: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope: the whole department</source>
        <translation>Bereich: die gesamte Abteilung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total {team}</source>
        <translation>Gesamt {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total without a team</source>
        <translation>Gesamt ohne Team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Der Ordner {folder} existiert nicht. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>{file} kann hier nicht geschrieben werden (keine Berechtigung). Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Der Datenträger ist voll: {file} wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../collectdesk/services/scorecard_export.py" line="+40"/>
        <source>Not a period: {text}. Use a month (2026-10), a quarter (2026-Q3), a year (2026), an ISO week (2026-W05), a day (2026-10-05) or a range (2026-10-01..2026-10-15).</source>
        <translation>Kein gültiger Zeitraum: {text}. Verwenden Sie einen Monat (2026-10), ein Quartal (2026-Q3), ein Jahr (2026), eine ISO-Woche (2026-W05), einen Tag (2026-10-05) oder einen Bereich (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>SelfTest</name>
    <message>
        <location filename="../collectdesk/selftest/__init__.py" line="+55"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt plugins</source>
        <translation>Qt-Plugins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo department</source>
        <translation>Demo-Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade from the previous release</source>
        <translation>Aktualisierung von der Vorversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pane, every language</source>
        <translation>Alle Bereiche, alle Sprachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (PDF and spreadsheet)</source>
        <translation>Berichte (PDF und Tabelle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF preview and printing</source>
        <translation>PDF-Vorschau und Drucken</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>CollectDesk {version} self-test in {folder}</source>
        <translation>Selbsttest von CollectDesk {version} in {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok    Network: nothing tried to reach the network</source>
        <translation>ok    Netzwerk: kein Verbindungsversuch ins Netzwerk</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>FAIL  Network: %n attempt(s) to reach the network</source>
        <translation>
            <numerusform>FAIL  Netzwerk: %n Verbindungsversuch ins Netzwerk</numerusform>
            <numerusform>FAIL  Netzwerk: %n Verbindungsversuche ins Netzwerk</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-test FAILED: something tried to reach the network.</source>
        <translation>Selbsttest FEHLGESCHLAGEN: Es wurde versucht, eine Verbindung ins Netzwerk herzustellen.</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_data.py" line="+28"/>
        <source>the new database is not sound: {problems}</source>
        <translation>die neue Datenbank ist fehlerhaft: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrated a new SQLite file to {revision}</source>
        <translation>neue SQLite-Datei auf {revision} migriert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the demo wrote {count} accounts instead of {expected}</source>
        <translation>die Demo hat {count} statt {expected} Forderungen angelegt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no backup copy was taken before migrating</source>
        <translation>vor der Migration wurde keine Sicherungskopie erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database was not migrated</source>
        <translation>die Datenbank wurde nicht migriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accounts and payments changed in the upgrade: {before} -&gt; {after}</source>
        <translation>Forderungen und Zahlungen haben sich bei der Aktualisierung geändert: {before} -&gt; {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{previous} -&gt; {head}, {accounts} accounts kept, backup {backup}</source>
        <translation>{previous} -&gt; {head}, {accounts} Forderungen erhalten, Sicherungskopie {backup}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_gui.py" line="+56"/>
        <source>the {pane} pane ({language}) was drawn blank</source>
        <translation>der Bereich „{pane}“ ({language}) wurde leer dargestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{panes} panes in {languages} languages ({drawn} pictures)</source>
        <translation>{panes} Bereiche in {languages} Sprachen ({drawn} Bilder)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a chart was drawn blank</source>
        <translation>ein Diagramm wurde leer dargestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bar chart drawn ({colours} colours)</source>
        <translation>Balkendiagramm dargestellt ({colours} Farben)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF preview drew an empty page</source>
        <translation>die PDF-Vorschau hat eine leere Seite dargestellt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>printing to a PDF file gave {got} pages instead of {expected}</source>
        <translation>der Druck in eine PDF-Datei ergab {got} statt {expected} Seiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preview rendered, {pages} pages printed to a PDF file; {printers} printers on this machine</source>
        <translation>Vorschau gerendert, {pages} Seiten in eine PDF-Datei gedruckt; {printers} Drucker auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_reports.py" line="+42"/>
        <source>{file} cannot be read back</source>
        <translation>{file} kann nicht wieder eingelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {language} PDF does not show its title {title!r}</source>
        <translation>das PDF ({language}) zeigt seinen Titel {title!r} nicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {language} spreadsheet does not show its title {title!r}</source>
        <translation>die Tabelle ({language}) zeigt ihren Titel {title!r} nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: “{title}” {pages} p., {sheets} sheets</source>
        <translation>{language}: „{title}“ {pages} S., {sheets} Blätter</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_runtime.py" line="+22"/>
        <source>bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source install</source>
        <translation>Quellcode-Installation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only {count} icons found</source>
        <translation>nur {count} Symbole gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report fonts are missing: {fonts}</source>
        <translation>die Schriftarten für Berichte fehlen: {fonts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no compliance profile was found</source>
        <translation>kein Compliance-Profil gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{icons} icons, {fonts} fonts, {profiles} compliance profiles, {migrations} migrations</source>
        <translation>{icons} Symbole, {fonts} Schriftarten, {profiles} Compliance-Profile, {migrations} Migrationen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CollectDesk&apos;s {language} translation did not load</source>
        <translation>die CollectDesk-Übersetzung ({language}) wurde nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt&apos;s own {language} translation did not load from {folder}</source>
        <translation>die Qt-eigene Übersetzung ({language}) wurde nicht aus {folder} geladen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qt cannot read {format} images (image format plugin missing)</source>
        <translation>Qt kann keine {format}-Bilder lesen (Bildformat-Plugin fehlt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an SVG icon rendered empty</source>
        <translation>ein SVG-Symbol wurde leer gerendert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no font is available to draw text</source>
        <translation>keine Schriftart zur Textdarstellung verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style {style} (available: {styles}); {families} font families; images {formats}</source>
        <translation>Stil {style} (verfügbar: {styles}); {families} Schriftfamilien; Bildformate {formats}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/runner.py" line="+56"/>
        <source>skipped: needs {checks}</source>
        <translation>übersprungen: benötigt {checks}</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Self-test passed: %n check(s) in {seconds} s.</source>
        <translation>
            <numerusform>Selbsttest bestanden: %n Prüfung in {seconds} s.</numerusform>
            <numerusform>Selbsttest bestanden: %n Prüfungen in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test FAILED: %n of {total} check(s) did not pass.</source>
        <translation>
            <numerusform>Selbsttest FEHLGESCHLAGEN: %n von {total} Prüfungen wurde nicht bestanden.</numerusform>
            <numerusform>Selbsttest FEHLGESCHLAGEN: %n von {total} Prüfungen wurden nicht bestanden.</numerusform>
        </translation>
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
    <name>Settlements</name>
    <message>
        <location filename="../collectdesk/services/settlements.py" line="+47"/>
        <source>Give either the settlement amount or the discount percentage, not both.</source>
        <translation>Geben Sie entweder den Vergleichsbetrag oder den Nachlass in Prozent an, nicht beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline cannot be in the past.</source>
        <translation>Die Frist darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Der Nachlass muss größer als 0 % und kleiner als 100 % sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A settlement must be more than zero and less than the open balance ({balance}).</source>
        <translation>Ein Vergleich muss größer als null und kleiner als der offene Saldo ({balance}) sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account already has a settlement offer open.</source>
        <translation>Für die Forderung ist bereits ein Vergleichsangebot offen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A settlement needs the name of who approved it.</source>
        <translation>Ein Vergleich erfordert den Namen der Person, die ihn genehmigt hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an open offer can be accepted.</source>
        <translation>Nur ein offenes Angebot kann angenommen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settled for {amount}</source>
        <translation>Durch Vergleich über {amount} erledigt</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../collectdesk/reports/slides.py" line="+115"/>
        <source>Summary</source>
        <comment>slide title: the executive summary</comment>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} · {period}</source>
        <comment>slide footer</comment>
        <translation>{title} · {period}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} / {total}</source>
        <comment>slide counter</comment>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Presented by {name}</source>
        <translation>Präsentiert von {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of {date}</source>
        <comment>when the report was generated</comment>
        <translation>Zahlen mit Stand {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures, continued</source>
        <translation>Kennzahlen, Fortsetzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows: change on the previous period</source>
        <translation>Pfeile: Veränderung gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key points</source>
        <translation>Kernaussagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key points, continued</source>
        <translation>Kernaussagen, Fortsetzung</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{change} ({percent})</source>
        <comment>a change: amount and per cent</comment>
        <translation>{change} ({percent})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{share} of the target of {target}</source>
        <translation>{share} des Ziels von {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target {target}: met</source>
        <translation>Ziel {target}: erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target {target}: missed</source>
        <translation>Ziel {target}: verfehlt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}: {value} (previous period {previous}, target {target})</source>
        <translation>{label}: {value} (Vorzeitraum {previous}, Ziel {target})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (previous period {previous})</source>
        <translation>{label}: {value} (Vorzeitraum {previous})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (target {target})</source>
        <translation>{label}: {value} (Ziel {target})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{value} bn</source>
        <comment>billions on a chart axis</comment>
        <translation>{value} Mrd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} m</source>
        <comment>millions on a chart axis</comment>
        <translation>{value} Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} k</source>
        <comment>thousands on a chart axis</comment>
        <translation>{value} Tsd.</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <location filename="../collectdesk/ui/reports/speaker_notes.py" line="+25"/>
        <source>Speaker notes</source>
        <translation>Sprechernotizen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous slide</source>
        <translation>Vorherige Folie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Nächste Folie</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Slide {n} of {total}</source>
        <translation>Folie {n} von {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talking points</source>
        <translation>Stichpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes for this slide.</source>
        <translation>Keine Notizen zu dieser Folie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: {title}</source>
        <translation>Als Nächstes: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last slide.</source>
        <translation>Dies ist die letzte Folie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting for {time}</source>
        <translation>Präsentationsdauer: {time}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../collectdesk/services/staff.py" line="+121"/>
        <source>This staff member no longer exists.</source>
        <translation>Dieser Mitarbeiter existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter a username.</source>
        <translation>Geben Sie einen Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has at most 64 characters and no spaces.</source>
        <translation>Ein Benutzername hat höchstens 64 Zeichen und keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen des Mitarbeiters ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most 160 characters).</source>
        <translation>Der Name ist zu lang (höchstens 160 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username {username} is already used by {name}.</source>
        <translation>Der Benutzername {username} wird bereits von {name} verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hire date can be at most {days} days from today.</source>
        <translation>Das Eintrittsdatum darf höchstens {days} Tage in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the department&apos;s languages.</source>
        <translation>Wählen Sie eine der Sprachen der Abteilung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen team no longer exists.</source>
        <translation>Das gewählte Team existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team {team} belongs to another branch.</source>
        <translation>Das Team {team} gehört zu einer anderen Filiale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen branch no longer exists.</source>
        <translation>Die gewählte Filiale existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approval limit cannot be negative.</source>
        <translation>Das Freigabelimit darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the currency of the approval limit.</source>
        <translation>Wählen Sie die Währung des Freigabelimits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The hire date cannot be after the leaving date.</source>
        <translation>Das Eintrittsdatum darf nicht nach dem Austrittsdatum liegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The leaving date cannot be before the hire date ({date}).</source>
        <translation>Das Austrittsdatum darf nicht vor dem Eintrittsdatum ({date}) liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leaving date can be at most {days} days from today.</source>
        <translation>Das Austrittsdatum darf höchstens {days} Tage in der Zukunft liegen.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="-100"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen des Mitarbeiters ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username (the name they log in with).</source>
        <translation>Geben Sie einen Benutzernamen ein (den Namen für die Anmeldung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has no spaces.</source>
        <translation>Ein Benutzername enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>Die E-Mail-Adresse ist ungültig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New staff member</source>
        <translation>Neuer Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire date:</source>
        <translation>E&amp;intrittsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approval limit:</source>
        <translation>Freigabe&amp;limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations above this amount go to a senior manager; leave empty for none.</source>
        <translation>Eskalationen über diesem Betrag gehen an einen Bereichsleiter; leer lassen für kein Limit.</translation>
    </message>
</context>
<context>
    <name>StaffFindingsWidget</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/staff_findings.py" line="+91"/>
        <source>%n finding(s) in the last 90 days, {open} of them not reviewed yet.</source>
        <translation>
            <numerusform>%n Befund in den letzten 90 Tagen, davon {open} noch nicht geprüft.</numerusform>
            <numerusform>%n Befunde in den letzten 90 Tagen, davon {open} noch nicht geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No compliance findings in the last 90 days.</source>
        <translation>Keine Compliance-Befunde in den letzten 90 Tagen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter or double-click opens a finding: what happened, the rule, and its review.</source>
        <translation>Eingabetaste oder Doppelklick öffnet einen Befund: was passiert ist, die Regel und die Prüfung.</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_list_model.py" line="+46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on {date}</source>
        <translation>Ausgeschieden am {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Ausgeschieden</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_page.py" line="+220"/>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no branch</source>
        <translation>keine Filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hired on {date}</source>
        <translation>eingetreten am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on {date}</source>
        <translation>ausgeschieden am {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+81"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Loading the last 12 months…</source>
        <translation>Die letzten 12 Monate werden geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each month as the Scorecards pane shows it; the current month up to today. Attainment colours follow the department&apos;s thresholds.</source>
        <translation>Jeder Monat so, wie ihn der Bereich Leistungsübersichten zeigt; der laufende Monat bis heute. Die Farben der Zielerreichung folgen den Schwellenwerten der Abteilung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scorecard history could not be read ({error}).</source>
        <translation>Der Leistungsverlauf konnte nicht gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a staff member</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;left…</source>
        <translation>Als ausgeschie&amp;den markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scorecard history</source>
        <translation>&amp;Leistungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;valuations</source>
        <translation>Be&amp;wertungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Schulungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpliance</source>
        <translation>Co&amp;mpliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviews</source>
        <translation>Be&amp;urteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call monitoring (QA entries)</source>
        <translation>&amp;Gesprächsmonitoring (QS-Bewertungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New re&amp;view…</source>
        <translation>Neue Beur&amp;teilung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open review…</source>
        <translation>Beurteilung ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;QA entry…</source>
        <translation>Neue &amp;QS-Bewertung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crite&amp;ria…</source>
        <translation>Krite&amp;rien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff member on the left, or add one with New…</source>
        <translation>Wählen Sie links einen Mitarbeiter aus oder legen Sie mit „Neu…“ einen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training records are not available in this installation.</source>
        <translation>Schulungsnachweise sind in dieser Installation nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_pane.py" line="+95"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+57"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Find:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or username</source>
        <translation>Name oder Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;am:</source>
        <translation>T&amp;eam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show people who &amp;left</source>
        <translation>&amp;Ausgeschiedene anzeigen</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="-29"/>
        <location line="+184"/>
        <source>Top and bottom performers</source>
        <translation>Stärkste und schwächste Ergebnisse</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>nobody in scope has a collection target in this period.</source>
        <translation>im Bereich hat in diesem Zeitraum niemand ein Inkassoziel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+192"/>
        <location line="+9"/>
        <source>Compliance findings per collector</source>
        <translation>Compliance-Befunde je Sachbearbeiter</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>der Compliance-Prüflauf wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA scores</source>
        <translation>QS-Werte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no call-monitoring evaluations in this period or the one before.</source>
        <translation>keine Bewertungen aus dem Gesprächsmonitoring in diesem Zeitraum oder im Vorzeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training status</source>
        <translation>Schulungsstand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training has been recorded yet.</source>
        <translation>es wurden noch keine Schulungen erfasst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Collected ({currency})</source>
        <translation>Eingänge ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept (by count)</source>
        <translation>Eingehaltene Zusagen (nach Anzahl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <location line="+31"/>
        <source>Right-party contact rate</source>
        <translation>Quote der Schuldnerkontakte (RPC)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Beschwerden je 1.000 Schuldnerkontakte</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Scorecard</source>
        <translation>Leistungsübersicht</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+26"/>
        <location line="+62"/>
        <location line="+67"/>
        <location line="+37"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+26"/>
        <location line="+62"/>
        <location line="+67"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Accounts worked</source>
        <translation>Bearbeitete Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Anrufversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Schuldnerkontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises made</source>
        <translation>Abgegebene Zusagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Kept rate</source>
        <translation>Einhaltungsquote</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Broken promises</source>
        <translation>Gebrochene Zusagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Nachgefasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+119"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+147"/>
        <source>QA score</source>
        <translation>QS-Wert</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Escalations raised</source>
        <translation>Ausgelöste Eskalationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked are not added up: an account worked by two people counts once in the department&apos;s {accounts}.</source>
        <translation>Bearbeitete Forderungen werden nicht addiert: Eine von zwei Personen bearbeitete Forderung zählt in der Abteilungssumme von {accounts} nur einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collected against target ({currency})</source>
        <translation>Eingänge gegenüber Ziel ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>Collected</source>
        <translation>Eingänge</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Collected in the period before</source>
        <translation>Eingänge im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept and right-party contact rates</source>
        <translation>Einhaltungs- und RPC-Quoten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Top</source>
        <translation>Stärkste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom</source>
        <translation>Schwächste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top and bottom performers against target</source>
        <translation>Stärkste und schwächste Ergebnisse gegenüber Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attainment in the period before</source>
        <translation>Zielerreichung im Vorzeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</source>
        <translation>
            <numerusform>Rangfolge nach Zielerreichung in der Währung des jeweils größten Ziels; %n Person hat ein Ziel.</numerusform>
            <numerusform>Rangfolge nach Zielerreichung in der Währung des jeweils größten Ziels; %n Personen haben ein Ziel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} led with {attainment} of target ({collected} of {target}).</source>
        <translation>An der Spitze lag {name} mit {attainment} Zielerreichung ({collected} von {target}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was furthest behind with {attainment} of target ({collected} of {target}).</source>
        <translation>Am weitesten zurück lag {name} mit {attainment} Zielerreichung ({collected} von {target}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the people with a target were below it.</source>
        <translation>
            <numerusform>%n der Personen mit Ziel lag darunter.</numerusform>
            <numerusform>%n der Personen mit Ziel lagen darunter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No collector named</source>
        <translation>Kein Sachbearbeiter angegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period before</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>Die meisten Befunde hatte {name}: %n.</numerusform>
            <numerusform>Die meisten Befunde hatte {name}: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QA score (call monitoring)</source>
        <translation>QS-Wert (Gesprächsmonitoring)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls scored</source>
        <translation>Bewertete Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score in the period before</source>
        <translation>QS-Wert im Vorzeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores ranged from {low} ({low_name}) to {high} ({high_name}).</source>
        <translation>Die Werte reichten von {low} ({low_name}) bis {high} ({high_name}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training overdue</source>
        <translation>Überfällige Schulungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expired</source>
        <translation>Abgelaufene Zertifikate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandatory training not assigned</source>
        <translation>Nicht zugewiesene Pflichtschulungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expiring within 30 days</source>
        <translation>Innerhalb von 30 Tagen ablaufende Zertifikate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training to act on</source>
        <translation>Handlungsbedarf bei Schulungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on {date}.</source>
        <translation>Stand: {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {date}, training overdue: {overdue}; certificates expired: {expired}; mandatory modules not assigned: {missing}.</source>
        <translation>Am {date} – überfällige Schulungen: {overdue}; abgelaufene Zertifikate: {expired}; nicht zugewiesene Pflichtmodule: {missing}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} everyone&apos;s training was up to date.</source>
        <translation>Am {date} waren alle Schulungen aktuell.</translation>
    </message>
</context>
<context>
    <name>StaffTrainingModel</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_model.py" line="+29"/>
        <source>{state} (renewed since)</source>
        <translation>{state} (inzwischen erneuert)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mandatory for this person&apos;s role</source>
        <translation>Pflicht für die Rolle dieser Person</translation>
    </message>
</context>
<context>
    <name>StaffTrainingWidget</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_widget.py" line="+149"/>
        <location line="+3"/>
        <source>Onboarding checklist</source>
        <translation>Einarbeitungscheckliste</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory module(s) assigned to {name}.</source>
        <translation>
            <numerusform>%n Pflichtmodul zugewiesen an {name}.</numerusform>
            <numerusform>%n Pflichtmodule zugewiesen an {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a staff member to see their training.</source>
        <translation>Wählen Sie einen Mitarbeiter aus, um seine Schulungen zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n Pflichtmodul nicht zugewiesen</numerusform>
            <numerusform>%n Pflichtmodule nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue or expiring.</source>
        <translation>Nichts überfällig oder bald ablaufend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No training recorded.</source>
        <translation>Keine Schulungen erfasst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training</source>
        <translation>Schulungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign module…</source>
        <translation>Modul &amp;zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a training module to this person (Ctrl+Shift+A).</source>
        <translation>Dieser Person ein Schulungsmodul zuweisen (Strg+Umschalt+A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Als abgeschlossen &amp;markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion date and score of the selected training.</source>
        <translation>Abschlussdatum und Ergebnis der ausgewählten Schulung erfassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;onboarding checklist</source>
        <translation>Einarbe&amp;itungscheckliste erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign every module that is mandatory for this person&apos;s role and not yet assigned, due 30 days after the hire date (or from today).</source>
        <translation>Jedes Modul zuweisen, das für die Rolle dieser Person Pflicht und noch nicht zugewiesen ist, fällig 30 Tage nach dem Eintrittsdatum (oder ab heute).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training of the staff member</source>
        <translation>Schulungen des Mitarbeiters</translation>
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
        <location filename="../collectdesk/app.py" line="+103"/>
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
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-50"/>
        <source>Change the status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status</source>
        <translation>Status ä&amp;ndern</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-16"/>
        <source>A {status} item cannot change its status any more.</source>
        <translation>Ein Vorgang mit dem Status „{status}“ kann seinen Status nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new status.</source>
        <translation>Wählen Sie den neuen Status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ply to the staff member:</source>
        <translation>&amp;Antwort an den Mitarbeiter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep: {status}</source>
        <translation>Beibehalten: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
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
        <location filename="../collectdesk/services/department_settings.py" line="+91"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Jemand anderes hat diesen Datensatz zuerst gespeichert. Es wurde nichts gespeichert; laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="-15"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="-240"/>
        <location line="+9"/>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+42"/>
        <location filename="../collectdesk/services/context.py" line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Der Datensatz existiert nicht mehr: {what}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/context.py" line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>{what} wurde nach dem Öffnen von {who} am {when} geändert (Felder: {fields}). Es wurde nichts gespeichert; der Datensatz wurde neu geladen.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+61"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/store/migrate.py" line="+83"/>
        <source>This database was updated by a newer version of CollectDesk. Install the current version to open it; nothing was changed.</source>
        <translation>Diese Datenbank wurde von einer neueren CollectDesk-Version aktualisiert. Installieren Sie die aktuelle Version, um sie zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version of CollectDesk needs to update the database, and first keeps a copy of it in {folder}. The copy could not be written: {error}. Nothing was changed; free some disk space or make the folder writable, then open the database again.</source>
        <translation>Diese CollectDesk-Version muss die Datenbank aktualisieren und legt vorher eine Kopie davon in {folder} ab. Die Kopie konnte nicht geschrieben werden: {error}. Es wurde nichts geändert; geben Sie Speicherplatz frei oder machen Sie den Ordner beschreibbar, und öffnen Sie die Datenbank dann erneut.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed. A copy of the database as it was is kept at {backup}.</source>
        <translation>Die Datenbank konnte nicht auf diese CollectDesk-Version aktualisiert werden: {error}. Es wurde nichts geändert. Eine Kopie der Datenbank im vorherigen Zustand liegt unter {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed.</source>
        <translation>Die Datenbank konnte nicht auf diese CollectDesk-Version aktualisiert werden: {error}. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+88"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Wählen Sie aus, von wem der Vorschlag stammt, oder reichen Sie ihn anonym ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the suggestion a short title.</source>
        <translation>Geben Sie dem Vorschlag einen kurzen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the suggestion.</source>
        <translation>Beschreiben Sie den Vorschlag.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New suggestion</source>
        <translation>Neuer Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymous (no name is kept)</source>
        <translation>&amp;Anonym (es wird kein Name gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggestion:</source>
        <translation>Vor&amp;schlag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../collectdesk/ui/targets/target_delegate.py" line="+36"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>This is not an amount.</source>
        <translation>Das ist kein Betrag.</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <location filename="../collectdesk/services/target_import.py" line="+115"/>
        <source>The file has no column for {what}. Columns found: {headers}. The columns are described in the help on importing targets.</source>
        <translation>Der Datei fehlt eine Spalte für {what}. Gefundene Spalten: {headers}. Die Spalten sind in der Hilfe zum Import von Zielen beschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either a staff member or a team, not both.</source>
        <translation>Geben Sie entweder einen Mitarbeiter oder ein Team an, nicht beides.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a staff member or a team.</source>
        <translation>Geben Sie einen Mitarbeiter oder ein Team an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No team is named &apos;{value}&apos;.</source>
        <translation>Es gibt kein Team namens &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one branch has a team named &apos;{value}&apos;; write it as &apos;Branch / Team&apos;.</source>
        <translation>Mehr als eine Filiale hat ein Team namens &apos;{value}&apos;; schreiben Sie es als &apos;Filiale / Team&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a month (use e.g. 2026-11 or 11/2026).</source>
        <translation>&apos;{value}&apos; ist kein Monat (verwenden Sie z. B. 2026-11 oder 11/2026).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the period (a month), or its first and last day.</source>
        <translation>Geben Sie den Zeitraum (einen Monat) oder seinen ersten und letzten Tag an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first and last day do not match the period given.</source>
        <translation>Erster und letzter Tag passen nicht zum angegebenen Zeitraum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs an amount.</source>
        <translation>{metric} erfordert einen Betrag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs a count.</source>
        <translation>{metric} erfordert eine Anzahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is an amount of money; leave the count empty.</source>
        <translation>{metric} ist ein Geldbetrag; lassen Sie die Anzahl leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{metric} is counted; leave the amount empty.</source>
        <translation>{metric} wird gezählt; lassen Sie den Betrag leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same target (who, metric and period) is already on row {line}.</source>
        <translation>Dasselbe Ziel (Person, Kennzahl und Zeitraum) steht bereits in Zeile {line}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported targets from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Ziele aus {file} importiert – Zeilen: {rows}, neu: {inserted}, aktualisiert: {updated}</translation>
    </message>
</context>
<context>
    <name>TargetMetric</name>
    <message>
        <location filename="../collectdesk/domain/target_metrics.py" line="+58"/>
        <location filename="../collectdesk/services/targets.py" line="+73"/>
        <source>Amount collected</source>
        <translation>Eingezogener Betrag</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Right-party contacts</source>
        <translation>Schuldnerkontakte (RPC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Promises to pay</source>
        <translation>Zahlungszusagen</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../collectdesk/services/targets.py" line="+206"/>
        <source>The period must end on or after the day it starts.</source>
        <translation>Der Zeitraum muss am Tag seines Beginns oder später enden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{metric}&apos; is not a target metric. Metrics: {metrics}.</source>
        <translation>&apos;{metric}&apos; ist keine Zielkennzahl. Kennzahlen: {metrics}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{metric} is an amount of money, not a count.</source>
        <translation>{metric} ist ein Geldbetrag, keine Anzahl.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount must be an exact decimal number.</source>
        <translation>Der Betrag muss eine exakte Dezimalzahl sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; ist kein Betrag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target amount must be greater than zero.</source>
        <translation>Der Zielbetrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount has at most two decimals.</source>
        <translation>Ein Betrag hat höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount target needs a currency.</source>
        <translation>Ein Betragsziel braucht eine Währung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; ist kein Währungscode nach ISO 4217 (z. B. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is counted, not an amount of money.</source>
        <translation>{metric} wird gezählt und ist kein Geldbetrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A count must be a whole number.</source>
        <translation>Eine Anzahl muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target count must be greater than zero.</source>
        <translation>Die Zielanzahl muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count is too large.</source>
        <translation>Die Anzahl ist zu groß.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else removed this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Jemand anderes hat dieses Ziel entfernt, nachdem Sie es geöffnet haben. Es wurde nichts gespeichert; die Tabelle wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else set this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Jemand anderes hat dieses Ziel gesetzt, nachdem Sie es geöffnet haben. Es wurde nichts gespeichert; die Tabelle wurde neu geladen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A target belongs to either a staff member or a team.</source>
        <translation>Ein Ziel gehört entweder zu einem Mitarbeiter oder zu einem Team.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The staff member or team no longer exists.</source>
        <translation>Der Mitarbeiter oder das Team existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A threshold must be a percentage.</source>
        <translation>Ein Schwellenwert muss ein Prozentsatz sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both thresholds must be greater than zero.</source>
        <translation>Beide Schwellenwerte müssen größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A threshold cannot be above {limit}%.</source>
        <translation>Ein Schwellenwert darf nicht über {limit}&#xa0;% liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warning threshold must be below the good threshold.</source>
        <translation>Der Warnschwellenwert muss unter dem Schwellenwert für „gut“ liegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A threshold has at most one decimal.</source>
        <translation>Ein Schwellenwert hat höchstens eine Nachkommastelle.</translation>
    </message>
</context>
<context>
    <name>TargetsModel</name>
    <message>
        <location filename="../collectdesk/ui/targets/targets_model.py" line="+37"/>
        <source>{value}&#xa0;%</source>
        <translation>{value}&#xa0;%</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attained</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attainment of the target for {metric} in this period, coloured by the thresholds</source>
        <translation>Zielerreichung für {metric} in diesem Zeitraum, eingefärbt nach den Schwellenwerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target for {metric}; double-click or F2 to edit, Delete to remove</source>
        <translation>Ziel für {metric}; Doppelklick oder F2 zum Bearbeiten, Entf zum Entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Team, {branch}</source>
        <translation>Team, {branch}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (left)</source>
        <translation>{name} (ausgeschieden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, user name {username}, team {team}</source>
        <translation>{name}, Benutzername {username}, Team {team}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No target is set for exactly this period: this is the share of the targets of periods that overlap it, by calendar days. Type a value to set one for this period.</source>
        <translation>Für genau diesen Zeitraum ist kein Ziel gesetzt: Angezeigt wird der Anteil der Ziele überlappender Zeiträume, nach Kalendertagen. Geben Sie einen Wert ein, um ein Ziel für diesen Zeitraum zu setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press F2 to change; Delete removes the target.</source>
        <translation>Doppelklick oder F2 zum Ändern; Entf entfernt das Ziel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below the warning level</source>
        <translation>unter der Warnstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{actual} of {target} ({band})</source>
        <translation>{actual} von {target} ({band})</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <location filename="../collectdesk/ui/targets/targets_pane.py" line="+139"/>
        <location line="+244"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>&amp;Copy to next period</source>
        <translation>In nächsten Zeitraum &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this period&apos;s targets to the next period, keeping any already set there (Ctrl+Shift+C)</source>
        <translation>Die Ziele dieses Zeitraums in den nächsten Zeitraum kopieren; dort bereits gesetzte Ziele bleiben erhalten (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from XLSX…</source>
        <translation>Aus XLSX &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import targets from a spreadsheet; a file with a bad row imports nothing (Ctrl+I)</source>
        <translation>Ziele aus einer Tabelle importieren; enthält die Datei eine fehlerhafte Zeile, wird nichts importiert (Strg+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Schwellenwerte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attainment levels shown as good, warning and bad</source>
        <translation>Die Stufen der Zielerreichung, die als gut, Warnung und schlecht angezeigt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n Mitarbeiter</numerusform>
            <numerusform>%n Mitarbeiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n Team</numerusform>
            <numerusform>%n Teams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in a target cell to set the target for this period.</source>
        <translation>Geben Sie einen Wert in eine Zielzelle ein, um das Ziel für diesen Zeitraum zu setzen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Removed the {metric} target of {name}.</source>
        <translation>Ziel {metric} von {name} entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {metric} target of {name}.</source>
        <translation>Ziel {metric} von {name} gespeichert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copy targets</source>
        <translation>Ziele kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the targets of {here} to {there}? Targets already set for {there} stay as they are; staff members who have left are skipped.</source>
        <translation>Die Ziele von {here} nach {there} kopieren? Für {there} bereits gesetzte Ziele bleiben unverändert; ausgeschiedene Mitarbeiter werden übersprungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n target(s) copied to {there}.</source>
        <translation>
            <numerusform>%n Ziel nach {there} kopiert.</numerusform>
            <numerusform>%n Ziele nach {there} kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy: {there} already has every target of {here}.</source>
        <translation>Nichts zu kopieren: {there} hat bereits alle Ziele von {here}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Import targets</source>
        <translation>Ziele importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing targets from {file}…</source>
        <translation>Ziele werden aus {file} importiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Aus {file} importiert: {new} neu, {updated} aktualisiert, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The attainment colours were saved for the whole department.</source>
        <translation>Die Farben der Zielerreichung wurden für die gesamte Abteilung gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{good}% or more</source>
        <translation>{good}&#xa0;% oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{warn}% to under {good}%</source>
        <translation>{warn}&#xa0;% bis unter {good}&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under {warn}%</source>
        <translation>unter {warn}&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attained:</source>
        <translation>Erreicht:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong: {error}</source>
        <translation>Ein Fehler ist aufgetreten: {error}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/thresholds_dialog.py" line="+87"/>
        <source>Attainment colours</source>
        <translation>Farben der Zielerreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment is what was achieved as a percentage of the target. These levels colour it in the Targets and Scorecards panes, for the whole department.</source>
        <translation>Die Zielerreichung ist das Erreichte in Prozent des Ziels. Diese Stufen färben sie in den Bereichen Ziele und Leistungsübersichten ein, für die gesamte Abteilung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Good from:</source>
        <translation>&amp;Gut ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warning from:</source>
        <translation>&amp;Warnung ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this is shown as good</source>
        <translation>Eine Zielerreichung ab diesem Wert wird als gut angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this, but below the good level, is a warning; below it, attainment is shown as bad</source>
        <translation>Eine Zielerreichung ab diesem Wert, aber unter der Stufe „gut“, ist eine Warnung; darunter wird sie als schlecht angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good: {good}% or more</source>
        <translation>Gut: {good}&#xa0;% oder mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {warn}% to under {good}%</source>
        <translation>Warnung: {warn}&#xa0;% bis unter {good}&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad: under {warn}%</source>
        <translation>Schlecht: unter {warn}&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warning level must be below the good level.</source>
        <translation>Die Warnstufe muss unter der Stufe „gut“ liegen.</translation>
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
    <name>Training</name>
    <message>
        <location filename="../collectdesk/services/training.py" line="+116"/>
        <source>The module needs a code.</source>
        <translation>Das Modul braucht einen Code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code may be at most 40 characters long.</source>
        <translation>Der Code darf höchstens 40 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module needs a title.</source>
        <translation>Das Modul braucht einen Titel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title may be at most 200 characters long.</source>
        <translation>Der Titel darf höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another module already has the code {code}.</source>
        <translation>Ein anderes Modul hat bereits den Code {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language: {language}.</source>
        <translation>Unbekannte Sprache: {language}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown staff role: {role}.</source>
        <translation>Unbekannte Mitarbeiterrolle: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The renewal interval must be between 1 and {max} months, or never.</source>
        <translation>Das Erneuerungsintervall muss zwischen 1 und {max} Monaten liegen oder „nie“ lauten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link may be at most 1000 characters long.</source>
        <translation>Der Link darf höchstens 1000 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link must start with http://, https:// or file:// (for example https://intranet/course).</source>
        <translation>Der Link muss mit http://, https:// oder file:// beginnen (zum Beispiel https://intranet/course).</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+33"/>
        <location line="+39"/>
        <source>Training module</source>
        <translation>Schulungsmodul</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached. Put larger files on a shared drive and give the module a link instead.</source>
        <translation>Die Datei ist {size} MB groß; angehängt werden können Dateien bis {limit} MB. Legen Sie größere Dateien auf ein freigegebenes Laufwerk und geben Sie beim Modul stattdessen einen Link an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Die Datei ist größer als {limit} MB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Datei {name} angehängt ({size} Byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attached file removed</source>
        <translation>Angehängte Datei entfernt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The due date cannot be in the past.</source>
        <translation>Das Fälligkeitsdatum darf nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module {code} is deactivated; activate it before assigning it.</source>
        <translation>Das Modul {code} ist deaktiviert; aktivieren Sie es, bevor Sie es zuweisen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member no longer exists; reload and try again.</source>
        <translation>Ein Mitarbeiter existiert nicht mehr; laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Training record</source>
        <translation>Schulungsnachweis</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only an assigned module can be started.</source>
        <translation>Nur ein zugewiesenes Modul kann begonnen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The completion date cannot be in the future.</source>
        <translation>Das Abschlussdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score must be between 0 and 100.</source>
        <translation>Das Ergebnis muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This training is already completed.</source>
        <translation>Diese Schulung ist bereits abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n training record(s) expired</source>
        <translation>
            <numerusform>%n Schulungsnachweis abgelaufen</numerusform>
            <numerusform>%n Schulungsnachweise abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../collectdesk/services/training_status.py" line="+214"/>
        <source>Staff member</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The onboarding period must be between 1 and 365 days.</source>
        <translation>Der Einarbeitungszeitraum muss zwischen 1 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is no longer active.</source>
        <translation>{name} ist nicht mehr aktiv.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/form_dialog.py" line="+134"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Das konnte wegen eines unerwarteten Fehlers nicht gespeichert werden ({error}). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>TrainingPane</name>
    <message>
        <location filename="../collectdesk/ui/training/training_pane.py" line="+132"/>
        <location line="+85"/>
        <source>Training</source>
        <translation>Schulungen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Deactivate module</source>
        <translation>Modul deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate {code}? It can no longer be assigned, and its records stop counting as overdue or expiring. The records are kept.</source>
        <translation>{code} deaktivieren? Das Modul kann dann nicht mehr zugewiesen werden, und seine Nachweise zählen nicht mehr als überfällig oder ablaufend. Die Nachweise bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n assignment(s) created.</source>
        <translation>
            <numerusform>%n Zuweisung erstellt.</numerusform>
            <numerusform>%n Zuweisungen erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n abgelaufen</numerusform>
            <numerusform>%n abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n Pflichtmodul nicht zugewiesen</numerusform>
            <numerusform>%n Pflichtmodule nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n läuft innerhalb von 30 Tagen ab</numerusform>
            <numerusform>%n laufen innerhalb von 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No training is overdue or expiring.</source>
        <translation>Keine Schulung ist überfällig oder läuft bald ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff: </source>
        <translation>Aktive Mitarbeiter: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Records of {code}</source>
        <translation>Nach&amp;weise zu {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records (select a module)</source>
        <translation>Nach&amp;weise (Modul auswählen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;modules</source>
        <translation>Schulungs&amp;module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a training module (Ctrl+N)</source>
        <translation>Ein Schulungsmodul anlegen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected module (Ctrl+E)</source>
        <translation>Das ausgewählte Modul bearbeiten (Strg+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deactivated</source>
        <translation>Deaktivierte anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ssign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected module to staff members (Ctrl+Shift+A)</source>
        <translation>Das ausgewählte Modul Mitarbeitern zuweisen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Als abgeschlossen mar&amp;kieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion of the selected assignment (Ctrl+Shift+C)</source>
        <translation>Den Abschluss der ausgewählten Zuweisung erfassen (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only &amp;overdue, expiring or expired</source>
        <translation>Nur &amp;überfällige, ablaufende oder abgelaufene anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training modules</source>
        <translation>Schulungsmodule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records of the selected module</source>
        <translation>Nachweise des ausgewählten Moduls</translation>
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
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_actions.py" line="+60"/>
        <source>&amp;Assign owner…</source>
        <translation>&amp;Zuständigen festlegen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the item to the person who works on it</source>
        <translation>Den Vorgang der Person zuweisen, die ihn bearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to account…</source>
        <translation>Mit Forderung &amp;verknüpfen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the item to an account, its debtor and the collector it concerns</source>
        <translation>Den Vorgang mit einer Forderung, ihrem Schuldner und dem betroffenen Sachbearbeiter verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categorise…</source>
        <translation>&amp;Kategorisieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the category, topic and severity</source>
        <translation>Kategorie, Thema und Schweregrad festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the item along its flow</source>
        <translation>Den Vorgang im Bearbeitungsablauf weitersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the outcome, what was done and the reply</source>
        <translation>Ergebnis, durchgeführte Maßnahmen und Antwort erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;dispute flag…</source>
        <translation>&amp;Bestreitung kennzeichnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the linked account&apos;s debtor as disputing; collection on it pauses</source>
        <translation>Beim Schuldner der verknüpften Forderung das Kennzeichen Bestreitung setzen; das Inkasso wird ausgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge</source>
        <translation>Eingang bes&amp;tätigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the sender was told the item arrived</source>
        <translation>Erfassen, dass dem Absender der Eingang bestätigt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open account</source>
        <translation>&amp;Forderung öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Die verknüpfte Forderung im Bereich „Arbeitslisten“ anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark read and &amp;next</source>
        <translation>Gelesen und &amp;weiter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the item read and go to the next one</source>
        <translation>Den Vorgang als gelesen markieren und zum nächsten wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt item</source>
        <translation>&amp;Nächster Vorgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next item</source>
        <translation>Zum nächsten Vorgang wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>Vo&amp;rheriger Vorgang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous item</source>
        <translation>Zum vorherigen Vorgang wechseln</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link the item to an account first (L).</source>
        <translation>Verknüpfen Sie den Vorgang zuerst mit einer Forderung (L).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{debtor} is already flagged as disputing.</source>
        <translation>{debtor} hat bereits das Kennzeichen Bestreitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the dispute flag</source>
        <translation>Kennzeichen Bestreitung setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag {debtor} (account {account}) as disputing? Collection on the debtor&apos;s accounts pauses until the flag is cleared.</source>
        <translation>Bei {debtor} (Forderung {account}) das Kennzeichen Bestreitung setzen? Das Inkasso für alle Forderungen des Schuldners wird ausgesetzt, bis das Kennzeichen entfernt wird.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{debtor} is flagged as disputing; collection pauses.</source>
        <translation>{debtor} hat jetzt das Kennzeichen Bestreitung; das Inkasso ist ausgesetzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Eingang bestätigt.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../collectdesk/ui/upgrade_notice.py" line="+31"/>
        <source>CollectDesk {version} updated the shared database {database} to its new format, in one transaction.

Every computer that uses this database now needs CollectDesk {version} or newer.</source>
        <translation>CollectDesk {version} hat die gemeinsam genutzte Datenbank {database} in einer einzigen Transaktion auf das neue Format aktualisiert.

Jeder Computer, der diese Datenbank nutzt, benötigt jetzt CollectDesk {version} oder neuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CollectDesk {version} updated this database to its new format.</source>
        <translation>CollectDesk {version} hat diese Datenbank auf das neue Format aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CollectDesk {version} updated this database to its new format.

A copy of the database as it was before is kept at:
{backup}

Older versions of CollectDesk cannot open the updated database; they can open that copy.</source>
        <translation>CollectDesk {version} hat diese Datenbank auf das neue Format aktualisiert.

Eine Kopie der Datenbank im vorherigen Zustand liegt unter:
{backup}

Ältere CollectDesk-Versionen können die aktualisierte Datenbank nicht öffnen, wohl aber diese Kopie.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated by CollectDesk {version}; the copy as it was: {backup}</source>
        <translation>Datenbank von CollectDesk {version} aktualisiert; Kopie des vorherigen Stands: {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database updated by CollectDesk {version}.</source>
        <translation>Datenbank von CollectDesk {version} aktualisiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated</source>
        <translation>Datenbank aktualisiert</translation>
    </message>
</context>
<context>
    <name>WriteOffs</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+25"/>
        <location filename="../collectdesk/services/write_offs.py" line="+32"/>
        <source>Uncollectable</source>
        <translation>Uneinbringlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Settlement</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Bankrupt</source>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Statute-barred</source>
        <translation>Verjährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Small balance</source>
        <translation>Kleinbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+9"/>
        <source>A write-off needs the name of who approved it.</source>
        <translation>Eine Ausbuchung erfordert den Namen der Person, die sie genehmigt hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reason for the write-off.</source>
        <translation>Wählen Sie einen Grund für die Ausbuchung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount to write off must be greater than zero.</source>
        <translation>Der auszubuchende Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the open balance ({balance}) can be written off.</source>
        <translation>Nur der offene Saldo ({balance}) kann ausgebucht werden.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="+216"/>
        <location filename="../collectdesk/services/write_offs.py" line="+50"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Account</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Debtor</source>
        <translation>Schuldner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Accounting reference</source>
        <translation>Buchungsreferenz</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+14"/>
        <source>Choose XLSX or CSV for the journal.</source>
        <translation>Wählen Sie XLSX oder CSV für das Buchungsjournal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-8"/>
        <location filename="../collectdesk/services/write_offs.py" line="+34"/>
        <source>Write-offs</source>
        <translation>Ausbuchungen</translation>
    </message>
</context>
</TS>
