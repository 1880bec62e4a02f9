<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+53"/>
        <source>{creditor} (ref. {ref})</source>
        <translation>{creditor} (rif. {ref})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{date} (%n day(s) overdue)</source>
        <translation>
            <numerusform>{date} (scaduto da %n giorno)</numerusform>
            <numerusform>{date} (scaduto da %n giorni)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unassigned</source>
        <translation>non assegnata</translation>
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
        <translation>mai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor:</source>
        <translation>Creditore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action:</source>
        <translation>Prossima azione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact:</source>
        <translation>Ultimo contatto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment:</source>
        <translation>Ultimo pagamento:</translation>
    </message>
</context>
<context>
    <name>AccountDetailPanel</name>
    <message>
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+268"/>
        <source>Open {amount}</source>
        <translation>Residuo {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Impostato da {who} il {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Timeline (the newest %n entries)</source>
        <translation>
            <numerusform>Cronologia (ultima %n voce)</numerusform>
            <numerusform>Cronologia (ultime %n voci)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account could not be loaded.
{reason}</source>
        <translation>Impossibile caricare la pratica.
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
        <translation>Pratica {account} – {what}: salvataggio eseguito.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} was changed by {who}</source>
        <translation>La pratica {account} è stata modificata da {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment</source>
        <translation>Ultimo pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Log contact</source>
        <translation>Registra &amp;contatto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call, letter, e-mail, SMS or visit</source>
        <translation>Registra una telefonata, lettera, e-mail, SMS o visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise</source>
        <translation>&amp;Promessa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a promise to pay</source>
        <translation>Registra una promessa di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment</source>
        <translation>Pa&amp;gamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment received</source>
        <translation>Registra un pagamento ricevuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd note</source>
        <translation>Aggiungi &amp;nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note to the account</source>
        <translation>Aggiungi una nota alla pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next act&amp;ion</source>
        <translation>Prossima &amp;azione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the date of the next action</source>
        <translation>Imposta la data della prossima azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fla&amp;g</source>
        <translation>Contrass&amp;egno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set or clear a flag on the debtor</source>
        <translation>Imposta o rimuovi un contrassegno sul debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;assign</source>
        <translation>&amp;Riassegna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the account to another collector</source>
        <translation>Assegna la pratica a un altro operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the account&apos;s status</source>
        <translation>Cambia lo stato della pratica</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an account to see its debtor, balances and history.</source>
        <translation>Seleziona una pratica per vederne debitore, saldi e cronologia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>Ri&amp;prova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened on this account yet.</source>
        <translation>Nessuna attività registrata su questa pratica.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the account, newest first</source>
        <translation>Cronologia della pratica, dalla più recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the account</source>
        <translation>Azioni sulla pratica</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../collectdesk/services/accounts.py" line="+27"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Una pratica con saldo residuo non può essere segnata come pagata.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>L&apos;operatore scelto non esiste o non è più in servizio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Alcune delle pratiche selezionate non esistono più. Nessuna pratica è stata riassegnata.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n pratica riassegnata a {name}</numerusform>
            <numerusform>%n pratiche riassegnate a {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accounts are marked as paid by posting their payments, not in bulk.</source>
        <translation>Le pratiche risultano pagate registrandone i pagamenti, non con una modifica massiva.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Status {status} set on %n account(s)</source>
        <translation>
            <numerusform>Stato {status} impostato su %n pratica</numerusform>
            <numerusform>Stato {status} impostato su %n pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Next action date {day} set on %n account(s)</source>
        <translation>
            <numerusform>Prossima azione il {day} impostata su %n pratica</numerusform>
            <numerusform>Prossima azione il {day} impostata su %n pratiche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The watchlist no longer exists.</source>
        <translation>La lista di osservazione non esiste più.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n account(s) added to {name}</source>
        <translation>
            <numerusform>%n pratica aggiunta a {name}</numerusform>
            <numerusform>%n pratiche aggiunte a {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/action_dialog.py" line="+174"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Impossibile salvare a causa di un errore imprevisto ({error}). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Saldo residuo: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+23"/>
        <source>The time of the contact has no time zone.</source>
        <translation>L&apos;ora del contatto non ha un fuso orario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Non si può registrare un contatto con data futura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative.</source>
        <translation>La durata non può essere negativa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputed during a contact</source>
        <translation>Contestato durante un contatto</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+237"/>
        <source>Open accounts by days past due</source>
        <translation>Pratiche aperte per giorni di ritardo</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln open account(s)</source>
        <translation>
            <numerusform>%Ln pratica aperta</numerusform>
            <numerusform>%Ln pratiche aperte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in {currency}, balance {amount}</source>
        <translation>{count} in {currency}, saldo {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to open the queue</source>
        <translation>Fai clic per aprire la coda</translation>
    </message>
</context>
<context>
    <name>BalancesBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+51"/>
        <source>Balances</source>
        <translation>Saldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original:</source>
        <translation>Importo originario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>Pagato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open:</source>
        <translation>Residuo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit (overpaid):</source>
        <translation>Credito (eccedenza):</translation>
    </message>
</context>
<context>
    <name>BuiltinQueues</name>
    <message>
        <location filename="../collectdesk/services/queues/builtin.py" line="+17"/>
        <source>All open accounts</source>
        <translation>Tutte le pratiche aperte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Il mio team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due today</source>
        <translation>Promesse in scadenza oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises (30 days)</source>
        <translation>Promesse non mantenute (30 giorni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90+ days past due</source>
        <translation>Oltre 90 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for 14 days</source>
        <translation>Nessun contatto da 14 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Contestazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>In escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High balance (10,000 and more)</source>
        <translation>Saldo elevato (da 10.000 in su)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../collectdesk/cli.py" line="+33"/>
        <source>database: a SQLite file path or a URL such as postgresql+psycopg://user@host/db (default: the local file in your user data folder)</source>
        <translation>database: percorso di un file SQLite o URL come postgresql+psycopg://user@host/db (predefinito: il file locale nella cartella dei dati utente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of messages and reports (default: the system&apos;s)</source>
        <translation>lingua dei messaggi e dei report (predefinita: quella del sistema)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is acting, for the audit trail (default: your login name)</source>
        <translation>chi esegue l&apos;operazione, per il registro di audit (predefinito: il nome di accesso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CollectDesk: the collection supervisor&apos;s workbench. Without a command, opens the application.</source>
        <translation>CollectDesk: la postazione di lavoro del supervisore del recupero crediti. Senza comando apre l&apos;applicazione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database maintenance</source>
        <translation>manutenzione del database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply pending schema migrations (a SQLite file is copied aside first)</source>
        <translation>applica le migrazioni di schema in sospeso (prima viene fatta una copia del file SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check integrity and schema version</source>
        <translation>verifica integrità e versione dello schema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of a live SQLite database</source>
        <translation>crea una copia coerente di un database SQLite in uso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write</source>
        <translation>file da scrivere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row counts and open balance per currency</source>
        <translation>numero di righe e saldo residuo per valuta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON object</source>
        <translation>stampa un unico oggetto JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import accounts, payments or activities from CSV or XLSX (all or nothing)</source>
        <translation>importa pratiche, pagamenti o attività da CSV o XLSX (tutto o niente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text encoding of a CSV file, e.g. utf-8, cp1250, cp1252 (default: detected)</source>
        <translation>codifica del testo di un file CSV, ad es. utf-8, cp1250, cp1252 (predefinito: rilevata automaticamente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV field separator (default: detected)</source>
        <translation>separatore di campo CSV (predefinito: rilevato automaticamente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>legge la colonna SOURCE del file come campo FIELD; ripetibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file and report, write nothing</source>
        <translation>controlla il file e riporta l&apos;esito, senza scrivere nulla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post payments above the balance as overpayments (held as a credit)</source>
        <translation>registra i pagamenti superiori al saldo come eccedenze (tenute a credito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build a realistic demo department into an empty database</source>
        <translation>crea un reparto dimostrativo realistico in un database vuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of accounts</source>
        <translation>numero di pratiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (same seed, same data)</source>
        <translation>seme casuale (stesso seme, stessi dati)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff scorecards for a period</source>
        <translation>schede di valutazione del personale per un periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-10 (month), 2026-Q3, 2026, or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (mese), 2026-Q3, 2026 oppure 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: everyone)</source>
        <translation>team:NOME oppure branch:NOME (predefinito: tutti)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to this file instead of printing</source>
        <translation>scrivi in questo file invece di stampare a video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>render every pane and main dialog to PNG files</source>
        <translation>salva ogni riquadro e ogni finestra di dialogo principale come file PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the PNG files</source>
        <translation>cartella per i file PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window size, WIDTHxHEIGHT</source>
        <translation>dimensione della finestra, LARGHEZZAxALTEZZA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise-to-pay housekeeping</source>
        <translation>manutenzione delle promesse di pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>segna come non mantenute le promesse scadute senza pagamento</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database is up to date (schema {rev}).</source>
        <translation>Il database è aggiornato (schema {rev}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Schema aggiornato da {old} a {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the database before the upgrade: {path}</source>
        <translation>Copia del database prima dell&apos;aggiornamento: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Database: {db}</source>
        <translation>Database: {db}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Schema version: {rev} (expected {head})</source>
        <translation>Versione dello schema: {rev} (prevista {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check passed.</source>
        <translation>Verifica superata.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check FAILED.</source>
        <translation>Verifica NON superata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of a shared PostgreSQL server are made on the server (pg_dump).</source>
        <translation>I backup di un server PostgreSQL condiviso si eseguono sul server (pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written: {path}</source>
        <translation>Backup salvato: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open accounts: {n}</source>
        <translation>Pratiche aperte: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance in {currency}: {amount}</source>
        <translation>Saldo residuo in {currency}: {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map takes SOURCE=FIELD, for example --map &quot;Kd-Nr=account_no&quot;; got: {item}</source>
        <translation>--map richiede SOURCE=FIELD, ad esempio --map &quot;Kd-Nr=account_no&quot;; ricevuto: {item}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n riga contiene errori. Non è stato importato nulla.</numerusform>
            <numerusform>{file}: %n righe contengono errori. Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>riga {line}, colonna {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>... and %n more error(s).</source>
        <translation>
            <numerusform>... e %n altro errore.</numerusform>
            <numerusform>... e altri %n errori.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: {file} is valid. {rows} rows would be imported: {inserted} new, {updated} updated. Nothing was written.</source>
        <translation>Prova: {file} è valido. Righe da importare: {rows} (nuove: {inserted}, aggiornate: {updated}). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {file}: {rows} rows, {inserted} new, {updated} updated.</source>
        <translation>{file} importato – righe: {rows}, nuove: {inserted}, aggiornate: {updated}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--accounts must be at least 1.</source>
        <translation>--accounts deve essere almeno 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>building the demo: {pct}%</source>
        <translation>creazione della demo: {pct}%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo department built in {db}: {accounts} accounts.</source>
        <translation>Reparto dimostrativo creato in {db} (pratiche: {accounts}).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n promise(s) marked as broken.</source>
        <translation>
            <numerusform>%n promessa segnata come non mantenuta.</numerusform>
            <numerusform>%n promesse segnate come non mantenute.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scorecards written to {file}.</source>
        <translation>Schede di valutazione salvate in {file}.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n screenshot salvato in {folder}.</numerusform>
            <numerusform>%n screenshot salvati in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Interrotto. Il passaggio interrotto non ha scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Impossibile leggere o scrivere un file: {error}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>A scadere</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>1–30 days past due</source>
        <translation>1–30 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days past due</source>
        <translation>31–60 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days past due</source>
        <translation>61–90 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days past due</source>
        <translation>91–180 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days past due</source>
        <translation>Oltre 180 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days</source>
        <translation>Oltre 180 giorni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not due</source>
        <comment>aging bucket, short</comment>
        <translation>A scadere</translation>
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
        <translation>Cruscotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures are read again every five minutes, and at once with Refresh (F5).</source>
        <translation>I dati vengono riletti ogni cinque minuti, e subito con Aggiorna (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Richiede attenzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open accounts by days past due</source>
        <translation>Pratiche aperte per giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of open accounts by days past due (click a bar for its queue)</source>
        <translation>Numero di pratiche aperte per giorni di ritardo (fai clic su una barra per aprirne la coda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per calendar week, last 13 weeks</source>
        <translation>Incassato per settimana di calendario, ultime 13 settimane</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The figures could not be read: {error}</source>
        <translation>Impossibile leggere i dati: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the figures again failed; these are from {time}. {error}</source>
        <translation>Aggiornamento dei dati non riuscito; quelli mostrati risalgono a {time}. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing…</source>
        <translation>Aggiornamento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of {time}</source>
        <translation>Aggiornato al {time}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Questo mese</translation>
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
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{percent} of {target}</source>
        <translation>{percent} di {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Incassato rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Pagamenti ricevuti al netto delle eccedenze, per data di pagamento. Gli obiettivi sono ripartiti in modo uniforme sui giorni del rispettivo periodo. ▲ in linea con la parte di periodo trascorsa, ▼ in ritardo. Fai clic per aprire le schede di valutazione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Promises due</source>
        <translation>Promesse in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Promesse di pagamento in attesa con scadenza nel periodo, e gli importi promessi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Fai clic per aprire la coda delle promesse in scadenza oggi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Broken promises</source>
        <translation>Promesse non mantenute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due in the period that were not kept. A promise is marked broken the day after its date. Click to open the broken promises of the last 30 days.</source>
        <translation>Promesse in scadenza nel periodo che non sono state mantenute. Una promessa viene segnata come non mantenuta il giorno dopo la sua data. Fai clic per aprire le promesse non mantenute degli ultimi 30 giorni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Nessun importo</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln in ritardo</numerusform>
            <numerusform>%Ln in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None overdue</source>
        <translation>Nessuno in ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Reclami aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Reclami nuovi o in lavorazione; in ritardo: oltre il termine di risposta. Fai clic per aprire la casella dei feedback.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} at stake</source>
        <translation>{amount} in gioco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at stake</source>
        <translation>Nessun importo in gioco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Escalation in attesa di decisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Inviate, in esame o sottoposte a un dirigente. Fai clic per aprire le escalation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over 90 days past due</source>
        <translation>Oltre 90 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Pratiche aperte scadute da 91 giorni o più, e i relativi saldi. Fai clic per aprire la coda.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All open accounts</source>
        <translation>Tutte le pratiche aperte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Tutte le pratiche non pagate, non definite a saldo e stralcio, non passate a perdita e non chiuse, con i saldi. Fai clic per aprire la coda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open accounts in this bucket and their balances. Click to open the queue.</source>
        <translation>Pratiche aperte in questa fascia e i relativi saldi. Fai clic per aprire la coda.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../collectdesk/ui/database_dialog.py" line="+73"/>
        <source>Welcome to CollectDesk</source>
        <translation>Benvenuto in CollectDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a database</source>
        <translation>Scegli un database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk keeps its data in a database. Where should it be?</source>
        <translation>CollectDesk conserva i dati in un database. Dove deve trovarsi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New local database</source>
        <translation>&amp;Nuovo database locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file on this computer; works offline, for one office.</source>
        <translation>Un file su questo computer; funziona offline, per un solo ufficio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demo database</source>
        <translation>Database &amp;dimostrativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A realistic department in Italy, Poland and Germany, to try things out.</source>
        <translation>Un reparto realistico in Italia, Polonia e Germania, per fare prove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared server (PostgreSQL)</source>
        <translation>&amp;Server condiviso (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s database, shared by everyone.</source>
        <translation>Il database del reparto, condiviso da tutti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Apri un file esistente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CollectDesk database file, for example a backup copy.</source>
        <translation>Un file di database CollectDesk, ad esempio una copia di backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New local database</source>
        <translation>Nuovo database locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3)</source>
        <translation>Database CollectDesk (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database CollectDesk (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>DebtorBox</name>
    <message>
        <location filename="../collectdesk/ui/account/debtor_box.py" line="+84"/>
        <source>unknown (time zone {zone})</source>
        <translation>sconosciuta (fuso orario {zone})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time} ({zone}, {offset})</source>
        <translation>{day} {time} ({zone}, {offset})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not use</source>
        <translation>non utilizzare</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none on file</source>
        <translation>nessuno registrato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time:</source>
        <translation>Ora locale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Recapiti:</translation>
    </message>
</context>
<context>
    <name>Debtors</name>
    <message>
        <location filename="../collectdesk/services/debtors.py" line="+45"/>
        <source>This flag is not set on the debtor.</source>
        <translation>Questo contrassegno non è impostato sul debitore.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../collectdesk/services/demo/builder.py" line="+57"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>I dati dimostrativi si possono creare solo in un database vuoto, e questo contiene già pratiche, debitori o personale. Scegli un nuovo file di database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>La creazione dei dati dimostrativi è stata annullata. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Il numero di pratiche dimostrative deve essere compreso tra 1 e {maximum}.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Dati dimostrativi creati con seme {seed} al {today}: %n pratica; debitori: {debtors}, attività: {activities}, pagamenti: {payments}.</numerusform>
            <numerusform>Dati dimostrativi creati con seme {seed} al {today}: %n pratiche; debitori: {debtors}, attività: {activities}, pagamenti: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../collectdesk/ui/queues/filter_dialog.py" line="+70"/>
        <source>Filter accounts</source>
        <translation>Filtra pratiche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only &amp;open accounts (when no status is ticked)</source>
        <translation>Solo pratiche a&amp;perte (se nessuno stato è selezionato)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(any)</source>
        <translation>(qualsiasi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days past due, &amp;from</source>
        <translation>Giorni di ritardo, &amp;da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due, &amp;to</source>
        <translation>Giorni di ritardo, &amp;a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, m&amp;inimum</source>
        <translation>Saldo, m&amp;inimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, ma&amp;ximum</source>
        <translation>Saldo, ma&amp;ssimo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No contact for (days)</source>
        <translation>&amp;Nessun contatto da (giorni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact from</source>
        <translation>Ultimo contatto dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact until</source>
        <translation>Ultimo contatto fino al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action from</source>
        <translation>Prossima azione dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action until</source>
        <translation>Prossima azione fino al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Lista di osservazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aging</source>
        <translation>Fascia di scaduto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor flags</source>
        <translation>Contrassegni del debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectors</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches</source>
        <translation>Filiali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currencies</source>
        <translation>Valute</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The balance must be an amount, for example {example}.</source>
        <translation>Il saldo deve essere un importo, ad esempio {example}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Days past due from” is larger than “to”.</source>
        <translation>«Giorni di ritardo, da» è maggiore di «a».</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/flag_dialog.py" line="+40"/>
        <source>C&amp;lear flag</source>
        <translation>&amp;Rimuovi contrassegno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Set flag</source>
        <translation>&amp;Imposta contrassegno</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set on {date} by {who}. OK clears it; the history is kept.</source>
        <translation>Impostato il {date} da {who}. Conferma per rimuoverlo; la cronologia viene conservata.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debtor flags</source>
        <translation>Contrassegni del debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag:</source>
        <translation>&amp;Contrassegno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (optional)</source>
        <translation>Perché (facoltativo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{flag} (set)</source>
        <translation>{flag} (impostato)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../collectdesk/services/imports/messages.py" line="+16"/>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Il file {file} non esiste o non è leggibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is neither a CSV nor an XLSX spreadsheet.</source>
        <translation>{file} non è né un file CSV né un foglio di calcolo XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty.</source>
        <translation>Il file {file} è vuoto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of import: {kind}. Choose accounts, payments or activities.</source>
        <translation>Tipo di importazione sconosciuto: {kind}. Scegli accounts, payments o activities.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown text encoding: {encoding}.</source>
        <translation>Codifica del testo sconosciuta: {encoding}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read as {encoding} (line {line} holds bytes that are not {encoding}). Choose the file&apos;s encoding (--encoding).</source>
        <translation>Il file non può essere letto come {encoding} (la riga {line} contiene byte non validi in {encoding}). Indica la codifica del file (--encoding).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text encoding of the file could not be recognised. Save it as UTF-8, or choose the encoding (--encoding), e.g. cp1250 or cp1252.</source>
        <translation>Impossibile riconoscere la codifica del file. Salvalo in UTF-8 oppure indica la codifica (--encoding), ad es. cp1250 o cp1252.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The separator must be one character, not {delimiter}.</source>
        <translation>Il separatore deve essere un solo carattere, non {delimiter}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line} cannot be read as CSV: {error}</source>
        <translation>La riga {line} non può essere letta come CSV: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Impossibile leggere il foglio di calcolo: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row was recognised in {file}. The first row must name the columns, e.g. {fields}.</source>
        <translation>Nessuna riga di intestazione riconosciuta in {file}. La prima riga deve contenere i nomi delle colonne, ad es. {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no column for: {fields}. Columns found: {headers}. Rename them, or map them with --map SOURCE=FIELD.</source>
        <translation>Nel file manca una colonna per: {fields}. Colonne trovate: {headers}. Rinominale oppure associale con --map SOURCE=FIELD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column {source} named in the mapping is not in the file. Columns found: {headers}.</source>
        <translation>La colonna {source} indicata nell&apos;associazione non è presente nel file. Colonne trovate: {headers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} is not a field of a {kind} import. Fields: {fields}.</source>
        <translation>{field} non è un campo dell&apos;importazione {kind}. Campi: {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns {first} and {second} both give {field}; keep one or map them (--map).</source>
        <translation>Le colonne {first} e {second} forniscono entrambe {field}; tienine una oppure associale (--map).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {kind} from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Importazione {kind} da {file} – righe: {rows}, nuove: {inserted}, aggiornate: {updated}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row cannot be read.</source>
        <translation>Impossibile leggere la riga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute recorded in an imported contact</source>
        <translation>Contestazione registrata in un contatto importato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>È richiesto un valore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; non è un importo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} has more than two decimals; amounts must be exact to the cent.</source>
        <translation>{value} ha più di due decimali; gli importi devono essere esatti al centesimo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is ambiguous (thousands or decimals?). Write it with a decimal separator, e.g. 1.234,00 or 1234.00.</source>
        <translation>&apos;{value}&apos; è ambiguo (migliaia o decimali?). Scrivilo con un separatore decimale, ad es. 1.234,00 o 1234.00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; does not match the number format of this column (decimal separator {decimal}).</source>
        <translation>&apos;{value}&apos; non corrisponde al formato numerico di questa colonna (separatore decimale {decimal}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is too large for an amount.</source>
        <translation>{value} è troppo grande per un importo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is marked {marked} but the currency is {currency}.</source>
        <translation>L&apos;importo è indicato in {marked}, ma la valuta è {currency}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount cannot be negative.</source>
        <translation>L&apos;importo non può essere negativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Una pratica con saldo residuo non può essere segnata come pagata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance ({balance}) is larger than the original amount ({original}).</source>
        <translation>Il saldo ({balance}) supera l&apos;importo originario ({original}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date (use dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>&apos;{value}&apos; non è una data (usa gg.mm.aaaa, gg/mm/aaaa, gg-mm-aaaa o aaaa-mm-gg).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date and time (use e.g. 2025-03-14T09:30:00+01:00, or 14.03.2025 09:30 in the debtor&apos;s local time).</source>
        <translation>&apos;{value}&apos; non è una data con ora (usa ad es. 2025-03-14T09:30:00+01:00, oppure 14.03.2025 09:30 nell&apos;ora locale del debitore).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} does not exist in the time zone {zone} (the clocks were put forward).</source>
        <translation>{value} non esiste nel fuso orario {zone} (passaggio all&apos;ora legale).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pagamento non può avere una data futura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Non si può registrare un contatto con data futura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not accepted here. Accepted values: {accepted}.</source>
        <translation>&apos;{value}&apos; non è ammesso qui. Valori ammessi: {accepted}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. IT, PL, DE).</source>
        <translation>&apos;{value}&apos; non è un codice paese ISO 3166 (ad es. IT, PL, DE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; non è un codice valuta ISO 4217 (ad es. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff member has the user name or full name &apos;{value}&apos;.</source>
        <translation>Nessun membro del personale ha il nome utente o il nome completo &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is the name of more than one staff member; use the user name.</source>
        <translation>&apos;{value}&apos; è il nome di più membri del personale; usa il nome utente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is longer than {limit} characters.</source>
        <translation>Il valore supera {limit} caratteri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; non è un numero di telefono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a supported language (it, pl, de, en).</source>
        <translation>&apos;{value}&apos; non è una lingua supportata (it, pl, de, en).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a time zone (e.g. Europe/Warsaw).</source>
        <translation>&apos;{value}&apos; non è un fuso orario (ad es. Europe/Rome).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a duration in whole seconds.</source>
        <translation>&apos;{value}&apos; non è una durata in secondi interi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account number {account} already appears on line {line}.</source>
        <translation>Il numero di pratica {account} compare già alla riga {line}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account number {account} already appears earlier in the file.</source>
        <translation>Il numero di pratica {account} compare già in precedenza nel file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No account has the number {account}.</source>
        <translation>Nessuna pratica ha il numero {account}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; this payment is in {other}.</source>
        <translation>La pratica è in {currency}; questo pagamento è in {other}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment is {over} more than the open balance. Correct the amount, or import the file with overpayments allowed (they are held as a credit).</source>
        <translation>Il pagamento supera di {over} il saldo residuo. Correggi l&apos;importo oppure importa il file consentendo le eccedenze (tenute a credito).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+48"/>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Aperta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <comment>account status</comment>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan</source>
        <comment>account status</comment>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <comment>account status</comment>
        <translation>Contestata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <comment>account status</comment>
        <translation>Sospesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <comment>account status</comment>
        <translation>In escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <comment>account status</comment>
        <translation>Passata al legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <comment>account status</comment>
        <translation>Saldo e stralcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>account status</comment>
        <translation>Pagata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <comment>account status</comment>
        <translation>Passata a perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <comment>channel</comment>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <comment>channel</comment>
        <translation>Lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>channel</comment>
        <translation>E-mail</translation>
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
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbound</source>
        <comment>direction of a contact</comment>
        <translation>In uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <comment>direction of a contact</comment>
        <translation>In entrata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer</source>
        <comment>outcome</comment>
        <translation>Nessuna risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <comment>outcome</comment>
        <translation>Occupato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left a message</source>
        <comment>outcome</comment>
        <translation>Messaggio lasciato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to the debtor</source>
        <comment>outcome</comment>
        <translation>Parlato con il debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to someone else</source>
        <comment>outcome</comment>
        <translation>Parlato con terzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number or address</source>
        <comment>outcome</comment>
        <translation>Numero o indirizzo errato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <comment>outcome</comment>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to pay</source>
        <comment>outcome</comment>
        <translation>Rifiuto di pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the debt</source>
        <comment>outcome</comment>
        <translation>Contesta il debito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>outcome</comment>
        <translation>Recapitato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned undelivered</source>
        <comment>outcome</comment>
        <translation>Restituito al mittente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute</source>
        <comment>debtor flag</comment>
        <translation>Contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cease contact</source>
        <comment>debtor flag</comment>
        <translation>Cessazione contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankrupt</source>
        <comment>debtor flag</comment>
        <translation>Fallimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <comment>debtor flag</comment>
        <translation>Deceduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <comment>debtor flag</comment>
        <translation>Soggetto vulnerabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <comment>debtor flag</comment>
        <translation>Frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High profile</source>
        <comment>debtor flag</comment>
        <translation>Alto profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by a lawyer</source>
        <comment>debtor flag</comment>
        <translation>Assistito da un legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing space</source>
        <comment>debtor flag</comment>
        <translation>Moratoria</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank transfer</source>
        <comment>payment method</comment>
        <translation>Bonifico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <comment>payment method</comment>
        <translation>Addebito diretto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <comment>payment method</comment>
        <translation>Contanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <comment>payment method</comment>
        <translation>Assegno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending</source>
        <comment>promise status</comment>
        <translation>In attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <comment>promise status</comment>
        <translation>Mantenuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>promise status</comment>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>promise status</comment>
        <translation>Non mantenuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>promise status</comment>
        <translation>Annullata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <comment>debtor type</comment>
        <translation>Persona fisica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <comment>debtor type</comment>
        <translation>Impresa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collector</source>
        <comment>staff role</comment>
        <translation>Operatore di recupero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <comment>staff role</comment>
        <translation>Contabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <comment>staff role</comment>
        <translation>Servizio clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Supervisore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <comment>staff role</comment>
        <translation>Responsabile recupero crediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <comment>staff role</comment>
        <translation>Dirigente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact</source>
        <comment>timeline entry</comment>
        <translation>Contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise made</source>
        <comment>timeline entry</comment>
        <translation>Promessa di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept</source>
        <comment>timeline entry</comment>
        <translation>Promessa mantenuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <comment>timeline entry</comment>
        <translation>Promessa non mantenuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise cancelled</source>
        <comment>timeline entry</comment>
        <translation>Promessa annullata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <comment>timeline entry</comment>
        <translation>Pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <comment>timeline entry</comment>
        <translation>Stato modificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <comment>timeline entry</comment>
        <translation>Riassegnata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <comment>timeline entry</comment>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Phone</source>
        <comment>contact kind</comment>
        <translation>Telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <comment>contact kind</comment>
        <translation>Cellulare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>contact kind</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>contact kind</comment>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Italia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Polonia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Germania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Austria</source>
        <comment>country</comment>
        <translation>Austria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switzerland</source>
        <comment>country</comment>
        <translation>Svizzera</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/queues/value_text.py" line="+14"/>
        <source>Current</source>
        <translation>A scadere</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Scegli l&apos;esito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Non si può registrare un contatto con data futura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor will be flagged as disputing the debt.</source>
        <translation>Al debitore verrà assegnato il contrassegno di contestazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: the debtor asked not to be contacted.</source>
        <translation>Attenzione: il debitore ha chiesto di non essere contattato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log a contact</source>
        <translation>Registra un contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direzione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;urata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
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
        <translation>non registrata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed (optional)</source>
        <translation>Cosa è stato detto o concordato (facoltativo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log contact</source>
        <translation>&amp;Registra contatto</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collectdesk/ui/main_window.py" line="+142"/>
        <source>Aging: {bucket}</source>
        <translation>Fascia di scaduto: {bucket}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Questa parte di CollectDesk non è ancora disponibile.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About CollectDesk</source>
        <translation>Informazioni su CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;La postazione di lavoro del supervisore del recupero crediti: code di lavoro, schede di valutazione, feedback, escalation, conformità e report.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Barra degli strumenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export queue…</source>
        <translation>Esporta &amp;coda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CollectDesk</source>
        <translation>&amp;Informazioni su CollectDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local file</source>
        <translation>File locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Server condiviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: {name}</source>
        <translation>Utente: {name}</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../collectdesk/ui/account/money_edit.py" line="+181"/>
        <source>Enter the amount.</source>
        <translation>Inserisci l&apos;importo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the thousands separators (for example {example}).</source>
        <translation>Controlla i separatori delle migliaia (ad esempio {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an amount (for example {example}).</source>
        <translation>Questo non è un importo (ad esempio {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>L&apos;importo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount in {currency}; use {point} for decimals</source>
        <translation>Importo in {currency}; usa {point} per i decimali</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+39"/>
        <source>The account has no next action date.</source>
        <translation>La pratica non ha una data di prossima azione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the next action date.</source>
        <translation>Questa è già la data della prossima azione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next action cannot be in the past.</source>
        <translation>La prossima azione non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currently {date}.</source>
        <translation>Attualmente {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action &amp;on:</source>
        <translation>Prossima azione &amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No next action (clear the date)</source>
        <translation>&amp;Nessuna prossima azione (cancella la data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set date</source>
        <translation>Imposta &amp;data</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/note_dialog.py" line="+31"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} di {limit} caratteri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the note.</source>
        <translation>Scrivi la nota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long; shorten it to {limit} characters.</source>
        <translation>La nota è troppo lunga; accorciala a {limit} caratteri.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a note</source>
        <translation>Aggiungi una nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>&amp;Aggiungi nota</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../collectdesk/services/notes.py" line="+21"/>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({count} characters; at most {limit}).</source>
        <translation>La nota è troppo lunga ({count} caratteri; al massimo {limit}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/payment_dialog.py" line="+79"/>
        <source>Open balance {balance}, payment {amount}: {excess} more than is owed. The excess can be kept on the account as a credit.</source>
        <translation>Saldo residuo {balance}, pagamento {amount}: {excess} in più del dovuto. L&apos;eccedenza può restare sulla pratica come credito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the e&amp;xcess as an overpayment</source>
        <translation>Contabilizza l&apos;&amp;eccedenza a credito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>La pratica è in {currency}; questo pagamento è in {other}. Convertilo prima di registrarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pagamento non può avere una data futura.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is more than the open balance. Post the excess as an overpayment, or correct the amount.</source>
        <translation>Il pagamento supera il saldo residuo. Contabilizza l&apos;eccedenza a credito oppure correggi l&apos;importo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record a payment</source>
        <translation>Registra un pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid on:</source>
        <translation>&amp;Pagato il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Riferimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reference or receipt number (optional)</source>
        <translation>Riferimento bancario o numero di ricevuta (facoltativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment</source>
        <translation>Registra pa&amp;gamento</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../collectdesk/services/payments.py" line="+56"/>
        <source>The payment amount must be greater than zero.</source>
        <translation>L&apos;importo del pagamento deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Un pagamento non può avere una data futura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>La pratica è in {currency}; questo pagamento è in {other}. Convertilo prima di registrarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment is {over} more than the open balance. Post it as an overpayment (held as a credit) or correct the amount.</source>
        <translation>Il pagamento supera di {over} il saldo residuo. Registralo come eccedenza (tenuta a credito) oppure correggi l&apos;importo.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/promise_dialog.py" line="+43"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>L&apos;importo promesso supera il saldo residuo ({balance}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised date cannot be in the past.</source>
        <translation>La data promessa non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a promise to pay</source>
        <translation>Registra una promessa di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Entro il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the debtor will pay (optional)</source>
        <translation>Come pagherà il debitore (facoltativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record promise</source>
        <translation>&amp;Registra promessa</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <location filename="../collectdesk/services/promises.py" line="+26"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>L&apos;importo promesso deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The promised date cannot be in the past.</source>
        <translation>La data promessa non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; a promise must be in the same currency.</source>
        <translation>La pratica è in {currency}; la promessa deve essere nella stessa valuta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>L&apos;importo promesso supera il saldo residuo ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n overdue promise(s) marked as broken</source>
        <translation>
            <numerusform>%n promessa scaduta segnata come non mantenuta</numerusform>
            <numerusform>%n promesse scadute segnate come non mantenute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../collectdesk/ui/tasks.py" line="+75"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+29"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Importo originario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past due</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging</source>
        <translation>Fascia di scaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore</translation>
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
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action</source>
        <translation>Prossima azione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creditor</source>
        <translation>Creditore</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_list.py" line="+51"/>
        <source>Queues</source>
        <translation>Code di lavoro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watchlists</source>
        <translation>Liste di osservazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My queues</source>
        <translation>Le mie code</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+173"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>L&apos;ordinamento su questa colonna legge una volta l&apos;intera coda.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+171"/>
        <location line="+114"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Code di lavoro</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Search name, account number, phone or e-mail (Ctrl+F)</source>
        <translation>Cerca nome, numero pratica, telefono o e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation>Fi&amp;ltra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;queue…</source>
        <translation>Salva &amp;coda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olumns</source>
        <translation>Colo&amp;nne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>&amp;Riassegna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change s&amp;tatus…</source>
        <translation>Cambia &amp;stato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;watchlist…</source>
        <translation>Metti in &amp;osservazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;next action…</source>
        <translation>Prossima &amp;azione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts in the queue</source>
        <translation>Pratiche nella coda</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+109"/>
        <source>Filtered accounts</source>
        <translation>Pratiche filtrate</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sorting…</source>
        <translation>Ordinamento…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting accounts…</source>
        <translation>Conteggio delle pratiche…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selezionata</numerusform>
            <numerusform>%Ln selezionate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Save queue</source>
        <translation>Salva coda</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name of the queue:</source>
        <translation>Nome della coda:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queue saved.</source>
        <translation>Coda salvata.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reassign accounts</source>
        <translation>Riassegna pratiche</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Give the %n selected account(s) to:</source>
        <translation>
            <numerusform>Assegna %n pratica selezionata a:</numerusform>
            <numerusform>Assegna le %n pratiche selezionate a:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Collector</source>
        <translation>&amp;Operatore</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reassigned %Ln account(s).</source>
        <translation>
            <numerusform>%Ln pratica riassegnata.</numerusform>
            <numerusform>%Ln pratiche riassegnate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Status changed on %Ln account(s).</source>
        <translation>
            <numerusform>Stato modificato su %Ln pratica.</numerusform>
            <numerusform>Stato modificato su %Ln pratiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Added %Ln account(s) to the watchlist.</source>
        <translation>
            <numerusform>%Ln pratica aggiunta alla lista di osservazione.</numerusform>
            <numerusform>%Ln pratiche aggiunte alla lista di osservazione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Next action set on %Ln account(s).</source>
        <translation>
            <numerusform>Prossima azione impostata su %Ln pratica.</numerusform>
            <numerusform>Prossima azione impostata su %Ln pratiche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Change status</source>
        <translation>Cambia stato</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Set the status of the %n selected account(s) to:</source>
        <translation>
            <numerusform>Imposta lo stato di %n pratica selezionata a:</numerusform>
            <numerusform>Imposta lo stato delle %n pratiche selezionate a:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Stato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add to watchlist</source>
        <translation>Metti in osservazione</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add the %n selected account(s) to:</source>
        <translation>
            <numerusform>Aggiungi %n pratica selezionata a:</numerusform>
            <numerusform>Aggiungi le %n pratiche selezionate a:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Lista di osservazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set next action</source>
        <translation>Imposta prossima azione</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Next action date for the %n selected account(s):</source>
        <translation>
            <numerusform>Data della prossima azione per %n pratica selezionata:</numerusform>
            <numerusform>Data della prossima azione per le %n pratiche selezionate:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the next action</source>
        <translation>&amp;Cancella la prossima azione</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>Esporta coda</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Cartella di lavoro Excel (*.xlsx);;File CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>%n pratica esportata in {file}.</numerusform>
            <numerusform>%n pratiche esportate in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing {file}…</source>
        <translation>Scrittura di {file}…</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../collectdesk/services/queues/export.py" line="+71"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Esportazione annullata. Non è stato scritto alcun file.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Queue</source>
        <translation>Coda</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account queue</source>
        <translation>Coda delle pratiche</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/queues/saved.py" line="+41"/>
        <source>Give the queue a name.</source>
        <translation>Dai un nome alla coda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>You already have a queue called “{name}”.</source>
        <translation>Hai già una coda chiamata «{name}».</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/reassign_dialog.py" line="+33"/>
        <source>There are no active collectors.</source>
        <translation>Non ci sono operatori attivi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is already assigned to {name}.</source>
        <translation>La pratica è già assegnata a {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now assigned to {name}.</source>
        <translation>Attualmente assegnata a {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account has no collector.</source>
        <translation>La pratica non ha un operatore.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reassign the account</source>
        <translation>Riassegna la pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Riassegna</translation>
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
        <translation>Periodo non valido: {text}. Indicare un mese (2026-10), un trimestre (2026-Q3), un anno (2026) o un intervallo (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scope is team:NAME or branch:NAME; got: {scope}</source>
        <translation>L&apos;ambito è team:NOME oppure branch:NOME; indicato: {scope}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No single team is called “{name}”.</source>
        <translation>Non esiste un unico team chiamato «{name}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No single branch is called “{name}”.</source>
        <translation>Non esiste un&apos;unica filiale chiamata «{name}».</translation>
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
        <translation>&amp;Porta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Utente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring: the password will be asked at each start</source>
        <translation>Nessun portachiavi di sistema: la password verrà chiesta a ogni avvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>Connesso: PostgreSQL {version}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../collectdesk/ui/settings_dialog.py" line="+56"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collection supervisor</source>
        <translation>Supervisore recupero crediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <translation>Responsabile recupero crediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore di recupero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Contabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-service representative</source>
        <translation>Addetto al servizio clienti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;currency</source>
        <translation>&amp;Valuta di visualizzazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data&amp;base</source>
        <translation>Data&amp;base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Cambia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. Reports use the language chosen when they are made.</source>
        <translation>La lingua cambia subito. I report usano la lingua scelta al momento della loro creazione.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../collectdesk/ui/startup.py" line="+30"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demo database</source>
        <translation>Database dimostrativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building a demo collections department…</source>
        <translation>Creazione di un reparto di recupero crediti dimostrativo…</translation>
    </message>
    <message>
        <location filename="../collectdesk/app.py" line="+101"/>
        <source>Something went wrong that CollectDesk did not expect. Nothing you saved before is lost. The details are in {file}.</source>
        <translation>Si è verificato un errore imprevisto. Nulla di quanto salvato finora è andato perso. I dettagli sono in {file}.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/status_dialog.py" line="+30"/>
        <source>The account is already {status}.</source>
        <translation>La pratica è già nello stato «{status}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Una pratica con saldo residuo non può essere segnata come pagata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the status</source>
        <translation>Cambia lo stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status</source>
        <translation>&amp;Cambia stato</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../collectdesk/services/context.py" line="+25"/>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Il disco è pieno o non è scrivibile. Non è stato salvato nulla; libera spazio e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another task. Nothing was saved; try again in a moment.</source>
        <translation>Il database è occupato con un&apos;altra operazione. Non è stato salvato nulla; riprova tra poco.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged. Open a backup copy instead, or ask for one to be restored.</source>
        <translation>Il file del database è danneggiato. Aprire invece una copia di backup o chiederne il ripristino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation>Il server del database non è raggiungibile. Non è stato salvato nulla; controlla la connessione e riprova.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database reported an error: {error}</source>
        <translation>Il database ha segnalato un errore: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Qualcun altro ha salvato prima questo record. Non è stato salvato nulla; ricarica e riprova.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Il record non esiste più: {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>{what} è stato modificato da {who} il {when} (campi: {fields}) dopo che l&apos;hai aperto. Non è stato salvato nulla; il record è stato ricaricato.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+53"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Impossibile aprire il file del database: {error}</translation>
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
        <translation>Promessa di pagamento entro il {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept (due {date})</source>
        <translation>Promessa mantenuta (scadenza {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise broken (due {date}; {paid} paid)</source>
        <translation>Promessa non mantenuta (scadenza {date}; pagati {paid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken (due {date})</source>
        <translation>Promessa non mantenuta (scadenza {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise cancelled (due {date})</source>
        <translation>Promessa annullata (scadenza {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment ({method}), paid on {date}</source>
        <translation>Pagamento ({method}), pagato il {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} overpaid (credit)</source>
        <translation>{amount} pagati in eccesso (a credito)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {old} → {new}</source>
        <translation>Stato: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassigned from {old} to {new}</source>
        <translation>Riassegnata da {old} a {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to {new}</source>
        <translation>Assegnata a {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector removed</source>
        <translation>Operatore rimosso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next action set for {date}</source>
        <translation>Prossima azione fissata al {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action cleared</source>
        <translation>Prossima azione cancellata</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+257"/>
        <source>Collected per week</source>
        <translation>Incassato per settimana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week}: {start} – {end}</source>
        <translation>Settimana {week}: {start} – {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing collected</source>
        <translation>Nessun incasso</translation>
    </message>
</context>
</TS>
