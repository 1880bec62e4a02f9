<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../collectdesk/ui/about_dialog.py" line="+115"/>
        <source>unknown: the database cannot be reached (this version expects {head})</source>
        <translation>sconosciuta: il database non è raggiungibile (questa versione prevede {head})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{revision} (up to date)</source>
        <translation>{revision} (aggiornata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{revision} (this version expects {head})</source>
        <translation>{revision} (questa versione prevede {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file</source>
        <translation>File locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Server condiviso</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About CollectDesk</source>
        <translation>Informazioni su CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>La postazione di lavoro del supervisore del recupero crediti: code di lavoro, schede di valutazione, feedback, escalation, conformità e report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CollectDesk version:</source>
        <translation>Versione di CollectDesk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt (running):</source>
        <translation>Qt (in esecuzione):</translation>
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
        <translation>Sistema:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLAlchemy:</source>
        <translation>SQLAlchemy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema revision:</source>
        <translation>Revisione dello schema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Cartella dei dati:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file:</source>
        <translation>File delle impostazioni:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log file:</source>
        <translation>File di log:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Copia dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put all of the above on the clipboard, to paste into a message to support</source>
        <translation>Copia negli appunti tutte le informazioni qui sopra, da incollare in un messaggio all&apos;assistenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Apri cartella dei dati</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The details are on the clipboard.</source>
        <translation>I dettagli sono stati copiati negli appunti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder could not be opened here. It is: {folder}</source>
        <translation>Impossibile aprire la cartella da qui. Percorso: {folder}</translation>
    </message>
</context>
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
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+279"/>
        <source>Open {amount}</source>
        <translation>Residuo {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Impostato da {who} il {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
        <location line="+1"/>
        <source>Ask a supervisor or senior manager for a decision</source>
        <translation>Chiedere una decisione a un supervisore o a un dirigente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escala&amp;te…</source>
        <translation>Esca&amp;lation…</translation>
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
    <message>
        <location filename="../collectdesk/ui/account/case_lines.py" line="+28"/>
        <source>Escalated: {status}, asks for {decision} (raised {date})</source>
        <translation>Escalation: {status}, richiesta: {decision} (avviata il {date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment plan: {status}; paid {paid} of {payable}</source>
        <translation>Piano di rientro: {status}; pagati {paid} su {payable}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; next {amount} due {date}</source>
        <translation>; prossima rata {amount} in scadenza il {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n installment(s) missed)</source>
        <translation>
            <numerusform>(%n rata non pagata)</numerusform>
            <numerusform>(%n rate non pagate)</numerusform>
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
        <translation>Più pratiche corrispondono; digitare il numero di pratica completo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account has this number.</source>
        <translation>Nessuna pratica ha questo numero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account number (optional)</source>
        <translation>Numero di pratica (facoltativo)</translation>
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
        <location line="+17"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>L&apos;operatore scelto non esiste o non è più in servizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Alcune delle pratiche selezionate non esistono più. Nessuna pratica è stata riassegnata.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n pratica riassegnata a {name}</numerusform>
            <numerusform>%n pratiche riassegnate a {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+28"/>
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
        <location line="+8"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Saldo residuo: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+41"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+215"/>
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
        <location line="+26"/>
        <source>Disputed during a contact</source>
        <translation>Contestato durante un contatto</translation>
    </message>
</context>
<context>
    <name>AgencyErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/agency_errors_dialog.py" line="+19"/>
        <source>Agency data not imported</source>
        <translation>Dati dell&apos;agenzia non importati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Non è stato importato nulla da {file}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n riga da correggere.</numerusform>
            <numerusform>%n righe da correggere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row needs a date, an account or a collector, and a satisfaction, NPS or complaint code. Correct the file and import it again.</source>
        <translation>Ogni riga deve contenere una data, una pratica o un operatore e un valore di soddisfazione, una risposta NPS o un codice di reclamo. Correggere il file e importarlo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Viene elencato %n problema, il primo.</numerusform>
            <numerusform>Vengono elencati i primi %n problemi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/agency_import.py" line="+138"/>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}.</source>
        <translation>&apos;{value}&apos; non è un numero intero compreso tra {low} e {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside {low}-{high}.</source>
        <translation>{value} è al di fuori dell&apos;intervallo {low}-{high}.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The same reference is already on row {line}.</source>
        <translation>Lo stesso riferimento è già presente alla riga {line}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported agency data from {file}: {rows} rows, {complaints} complaints, {surveys} survey answers, {duplicates} already imported</source>
        <translation>Importazione dati dell&apos;agenzia da {file} – righe: {rows}, reclami: {complaints}, risposte al sondaggio: {surveys}, già importate: {duplicates}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give an account number or a collector.</source>
        <translation>Indicare un numero di pratica o un operatore.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date is in the future.</source>
        <translation>La data è nel futuro.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The row has no satisfaction, NPS answer or complaint code.</source>
        <translation>La riga non contiene un valore di soddisfazione, una risposta NPS né un codice di reclamo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint reported by {agency}: {code}</source>
        <translation>Reclamo segnalato da {agency}: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey answer from {agency}</source>
        <translation>Risposta al sondaggio da {agency}</translation>
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
    <name>AgingReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="+78"/>
        <source>The open book on {date}</source>
        <translation>Crediti aperti al {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are no open accounts in scope.</source>
        <translation>non ci sono pratiche aperte nell&apos;ambito selezionato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over the period</source>
        <translation>Variazione nel periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no account in scope had a balance in the period.</source>
        <translation>nessuna pratica dell&apos;ambito selezionato aveva un saldo nel periodo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No branch</source>
        <translation>Nessuna filiale</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open book by branch and days past due ({currency})</source>
        <translation>Crediti aperti per filiale e giorni di ritardo ({currency})</translation>
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
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Accounts</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the branch&apos;s balance</source>
        <translation>Quota del saldo della filiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book as it stands today, aged today; the period has ended, and earlier balances are not kept.</source>
        <translation>Il portafoglio così com&apos;è oggi, con l&apos;anzianità calcolata a oggi; il periodo è concluso e i saldi precedenti non vengono conservati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance ({currency})</source>
        <translation>Saldo aperto ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open accounts ({currency})</source>
        <translation>Pratiche aperte ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share over 90 days past due ({currency})</source>
        <translation>Quota con oltre 90 giorni di ritardo ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The open book in {currency} holds %n account(s) owing {balance}; {share} of it is more than 90 days past due.</source>
        <translation>
            <numerusform>Il portafoglio aperto in {currency} comprende %n pratica per un saldo dovuto di {balance}; di cui {share} scaduto da oltre 90 giorni.</numerusform>
            <numerusform>Il portafoglio aperto in {currency} comprende %n pratiche per un saldo dovuto di {balance}; di cui {share} scaduto da oltre 90 giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open balance by days past due ({currency})</source>
        <translation>Saldo aperto per giorni di ritardo ({currency})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balances by days past due, start and end ({currency})</source>
        <translation>Saldi per giorni di ritardo, inizio e fine periodo ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start ({date})</source>
        <translation>A inizio periodo ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end ({date})</source>
        <translation>A fine periodo ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account with a balance on the day, whatever its status; balances on earlier days are worked back from the dated payments and write-offs.</source>
        <translation>Tutte le pratiche con un saldo alla data, qualunque ne sia lo stato; i saldi dei giorni precedenti sono ricostruiti a ritroso dai pagamenti e dai passaggi a perdita datati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll rates ({currency})</source>
        <translation>Roll rate ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled on</source>
        <translation>Roll rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the balance in a bucket at the start, the share whose account was in a later bucket at the end.</source>
        <translation>Del saldo presente in una fascia a inizio periodo, la quota la cui pratica si trovava in una fascia successiva a fine periodo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balances owed ({currency})</source>
        <translation>Saldi dovuti ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balances over 90 days past due ({currency})</source>
        <translation>Saldi con oltre 90 giorni di ritardo ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cure rate</source>
        <translation>Tasso di regolarizzazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cured} of the {delinquent} accounts past due at the start were paid off by the end ({rate}).</source>
        <translation>{cured} delle {delinquent} pratiche in ritardo a inizio periodo sono state saldate entro la fine ({rate}).</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="+299"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+460"/>
        <source>Kept rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {kept} of {due} promises kept).</source>
        <translation>Tasso di promesse mantenute del {value}%, molto al di sotto del {mean}% del team ({sigmas} deviazioni standard; {kept} promesse mantenute su {due}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Right-party contact rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {rpc} of {calls} outbound calls).</source>
        <translation>Tasso di contatto con il debitore (RPC) del {value}%, molto al di sotto del {mean}% del team ({sigmas} deviazioni standard; {rpc} contatti su {calls} chiamate in uscita).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Kept rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Il tasso di promesse mantenute è sceso al {value}% dalla media del {baseline}% calcolata su %n periodo precedente ({drop} punti in meno).</numerusform>
            <numerusform>Il tasso di promesse mantenute è sceso al {value}% dalla media del {baseline}% calcolata su %n periodi precedenti ({drop} punti in meno).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Il tasso di contatto con il debitore (RPC) è sceso al {value}% dalla media del {baseline}% calcolata su %n periodo precedente ({drop} punti in meno).</numerusform>
            <numerusform>Il tasso di contatto con il debitore (RPC) è sceso al {value}% dalla media del {baseline}% calcolata su %n periodi precedenti ({drop} punti in meno).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Collected {value}, {drop}% less than the average of {baseline} over the previous %n period(s).</source>
        <translation>
            <numerusform>Incassato {value}, il {drop}% in meno rispetto alla media di {baseline} calcolata su %n periodo precedente.</numerusform>
            <numerusform>Incassato {value}, il {drop}% in meno rispetto alla media di {baseline} calcolata su %n periodi precedenti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>{broken} of {due} promises recorded in the last %n day(s) of the period broke ({share}%).</source>
        <translation>
            <numerusform>{broken} promesse su {due} registrate negli ultimi giorni del periodo (%n giorno) non sono state mantenute ({share}%).</numerusform>
            <numerusform>{broken} promesse su {due} registrate negli ultimi giorni del periodo (%n giorni) non sono state mantenute ({share}%).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+3"/>
        <source>{count} calls ending in a promise to pay lasted less than {seconds} seconds ({share}% of the calls with a promise).</source>
        <translation>{count} chiamate concluse con una promessa di pagamento sono durate meno di {seconds} secondi ({share}% delle chiamate con promessa).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the time.</source>
        <translation>
            <numerusform>%n pagamento ({amounts}) registrato su pratiche che in quel momento erano assegnate a qualcun altro.</numerusform>
            <numerusform>%n pagamenti ({amounts}) registrati su pratiche che in quel momento erano assegnate a qualcun altro.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomaliesModel</name>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+57"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+11"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
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
        <translation>Rilievo</translation>
    </message>
</context>
<context>
    <name>AnomaliesView</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/anomalies_view.py" line="+83"/>
        <source>Show the &amp;figures</source>
        <translation>Mostra i &amp;dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scorecard figure behind this finding, row by row (Ctrl+D)</source>
        <translation>Il dato della scheda di valutazione alla base di questo rilievo, riga per riga (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;staff member</source>
        <translation>Apri &amp;membro del personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff member&apos;s record (Ctrl+Shift+O)</source>
        <translation>La scheda anagrafica del membro del personale (Ctrl+Maiusc+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing unusual in this period: no figure is far from the team or from the person&apos;s own history.</source>
        <translation>Nulla di insolito in questo periodo: nessun dato si discosta molto dal team o dallo storico della persona.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Anomalies: %n finding(s) worth a look</source>
        <translation>
            <numerusform>&amp;Anomalie: %n rilievo da verificare</numerusform>
            <numerusform>&amp;Anomalie: %n rilievi da verificare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsQueueModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/approvals_queue_model.py" line="+61"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decided</source>
        <translation>Decisa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested decision</source>
        <translation>Decisione richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Importo in questione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Anzianità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised by</source>
        <translation>Avviata da</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/approve_dialog.py" line="+233"/>
        <source>{account} · {debtor}
Open balance: {balance} · approved by {who}</source>
        <translation>{account} · {debtor}
Saldo residuo: {balance} · approvazione: {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approving puts the payment plan built for this case into effect: {installments}, first due {first}, {total} in all. The account goes on a payment plan and the installments are followed against the payments.</source>
        <translation>Con l&apos;approvazione entra in vigore il piano di rientro predisposto per questo caso: {installments}, prima scadenza il {first}, {total} in totale. La pratica passa in piano di rientro e le rate vengono monitorate rispetto ai pagamenti.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment plan for this case is already running ({status}). Approving closes the case; the plan stays as it is.</source>
        <translation>Il piano di rientro di questo caso è già in corso ({status}). L&apos;approvazione chiude il caso; il piano resta invariato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving creates a payment plan with these terms and puts it into effect at once: the account goes on a payment plan.</source>
        <translation>L&apos;approvazione crea un piano di rientro con queste condizioni e lo rende subito effettivo: la pratica passa in piano di rientro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving offers the debtor a settlement and accepts it. If the amount is paid by the deadline, the rest of the balance is written off (reason: settlement); if not, the offer lapses and the whole balance is owed again.</source>
        <translation>L&apos;approvazione propone al debitore un saldo e stralcio e lo accetta. Se l&apos;importo viene pagato entro il termine, il resto del saldo viene passato a perdita (motivo: saldo e stralcio); in caso contrario, la proposta decade e torna dovuto l&apos;intero saldo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving writes the amount off now: the balance goes down by it, and the write-off goes into the journal for accounting under the name of {who}.</source>
        <translation>L&apos;approvazione passa subito a perdita l&apos;importo: il saldo si riduce di pari importo e il passaggio a perdita viene registrato nelle scritture contabili a nome di {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving puts the account on hold: collection stops until someone changes its status.</source>
        <translation>L&apos;approvazione sospende la pratica: il recupero si interrompe finché qualcuno non ne modifica lo stato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving refers the account to legal: its status becomes Legal and it leaves normal collection.</source>
        <translation>L&apos;approvazione affida la pratica al legale: il suo stato diventa «Passata al legale» e la pratica esce dal recupero ordinario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving records the senior manager&apos;s review as done. Nothing changes on the account.</source>
        <translation>L&apos;approvazione registra come completato l&apos;esame da parte del dirigente. Sulla pratica non cambia nulla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Un piano di rientro richiede almeno una rata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>La prima rata non può scadere nel passato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan amount: {problem}</source>
        <translation>Importo del piano: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount cannot be more than the open balance.</source>
        <translation>L&apos;importo del piano non può superare il saldo residuo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Lo sconto deve essere superiore a 0 % e inferiore a 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Importo a saldo e stralcio: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the open balance.</source>
        <translation>L&apos;importo a saldo e stralcio deve essere inferiore al saldo residuo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the deadline by which the debtor pays the settlement.</source>
        <translation>Scegliere il termine entro cui il debitore deve pagare il saldo e stralcio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Importo passato a perdita: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>L&apos;importo passato a perdita non può superare il saldo residuo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reason for the write-off.</source>
        <translation>Scegliere il motivo del passaggio a perdita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>La nota è troppo lunga ({length} caratteri su un massimo di {most}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>D&amp;iscount:</source>
        <translation>&amp;Sconto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount to pay:</source>
        <translation>&amp;Importo da pagare:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve: {decision}</source>
        <translation>Approva: {decision}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installments:</source>
        <translation>Numero di &amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>&amp;Prima scadenza:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fre&amp;quency:</source>
        <translation>&amp;Frequenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a&amp;mount:</source>
        <translation>I&amp;mporto del piano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A down payment, interest or a fee: build the plan with the payment plan calculator instead.</source>
        <translation>Con acconto, interessi o spese: creare invece il piano con il calcolo del piano di rientro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the plan &amp;calculator…</source>
        <translation>Usa il &amp;calcolo del piano…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to be paid</source>
        <translation>Importo da pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Sconto in percentuale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle &amp;by:</source>
        <translation>&amp;Espresso come:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date</source>
        <translation>Scegliere una data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termine:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole open balance</source>
        <translation>L&apos;intero saldo residuo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of it</source>
        <translation>Solo una parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>Da passare a perdi&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accoun&amp;ting reference:</source>
        <translation>Riferimento &amp;contabile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking or voucher number</source>
        <translation>Numero di registrazione o di giustificativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you approve, anything the collector should know</source>
        <translation>Motivo dell&apos;approvazione e quanto l&apos;operatore deve sapere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Approva</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../collectdesk/ui/reports/archive_model.py" line="+58"/>
        <source>Generated</source>
        <translation>Generato il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Generato da</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF with tables</source>
        <translation>PDF con tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet</source>
        <translation>Foglio di calcolo</translation>
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
            <numerusform>%n file archiviato</numerusform>
            <numerusform>%n file archiviati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive could not be read ({error}).</source>
        <translation>Impossibile leggere l&apos;archivio ({error}).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Report archive</source>
        <translation>Archivio dei report</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Fogli di calcolo (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the archived report</source>
        <translation>Salva il report archiviato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {file}.</source>
        <translation>Salvato {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete archived report</source>
        <translation>Elimina report archiviato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file} from the archive? It cannot be reopened or reprinted afterwards.</source>
        <translation>Eliminare {file} dall&apos;archivio? In seguito non sarà più possibile riaprirlo né ristamparlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;port:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reports</source>
        <translation>Tutti i report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open</source>
        <translation>Ria&amp;pri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the archived PDF in the preview (Enter)</source>
        <translation>Mostra il PDF archiviato nell&apos;anteprima (Invio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;print…</source>
        <translation>Ris&amp;tampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva con nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
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
        <translation>nessun team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} (already assigned)</source>
        <translation>{person} (già assegnato)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tick the staff members who should take the module.</source>
        <translation>Selezionare i membri del personale che devono seguire il modulo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>La data di scadenza non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign a training module</source>
        <translation>Assegna un modulo formativo</translation>
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
        <translation>&amp;Ruolo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No team</source>
        <translation>Nessun team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People:</source>
        <translation>&amp;Persone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all shown</source>
        <translation>Seleziona tutti quelli visualizzati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all shown</source>
        <translation>Deseleziona tutti quelli visualizzati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick those it is mandatory for</source>
        <translation>Seleziona quelli per cui è obbligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Entro il:</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+58"/>
        <source>There is nobody to assign it to: add staff members first.</source>
        <translation>Non c&apos;è nessuno a cui assegnarla: aggiungere prima i membri del personale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the owner.</source>
        <translation>Scegliere il responsabile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already assigned to {name}.</source>
        <translation>È già assegnata a {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign an owner</source>
        <translation>Assegna un responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/training/assign_dialog.py" line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
    </message>
</context>
<context>
    <name>AssignModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/assign_module_dialog.py" line="+62"/>
        <source>There is no active module left to assign.</source>
        <translation>Non rimane alcun modulo attivo da assegnare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>La data di scadenza non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} already has this module assigned and not yet completed.</source>
        <translation>A {name} è già assegnato questo modulo, non ancora completato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign a training module</source>
        <translation>Assegna un modulo formativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to {name}</source>
        <translation>Assegna a {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modulo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Entro il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
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
        <location filename="../collectdesk/services/queues/builtin.py" line="+18"/>
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
        <source>Payment plans in trouble</source>
        <translation>Piani di rientro a rischio</translation>
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
        <location line="+37"/>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="+35"/>
        <source>print one JSON object</source>
        <translation>stampa un unico oggetto JSON</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+30"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>legge la colonna SOURCE del file come campo FIELD; ripetibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+1"/>
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
        <location line="+1"/>
        <source>json (one object per staff member, numbers as numbers or decimal strings), csv, or xlsx (a workbook with totals; needs --out)</source>
        <translation>json (un oggetto per membro del personale, numeri come numeri o stringhe decimali), csv oppure xlsx (una cartella di lavoro con i totali; richiede --out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write to this file instead of printing</source>
        <translation>scrivi in questo file invece di stampare a video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also look for anomalies in staff work: json gets an &quot;anomalies&quot; list, xlsx an Anomalies sheet; with csv each is printed as a sentence (after the file is written, or on standard error when the CSV goes to standard output)</source>
        <translation>cerca anche anomalie nel lavoro del personale: json riceve un elenco &quot;anomalies&quot;, xlsx un foglio Anomalie; con csv ciascuna viene stampata come frase (dopo la scrittura del file, oppure sullo standard error quando il CSV va sullo standard output)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feedback inbox</source>
        <translation>la casella dei feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import e-mail: .eml files, mbox archives, or folders of them (each message on its own; a message already in the inbox is not imported again)</source>
        <translation>importa e-mail: file .eml, archivi mbox o cartelle che li contengono (ogni messaggio separatamente; un messaggio già presente nella casella non viene importato di nuovo)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>write-offs for accounting</source>
        <translation>passaggi a perdita per la contabilità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal lines of the write-offs in a period (XLSX or CSV)</source>
        <translation>le scritture contabili dei passaggi a perdita di un periodo (XLSX o CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day</source>
        <translation>primo giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>ultimo giorno</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>the file to write</source>
        <translation>il file da scrivere</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>promise-to-pay housekeeping</source>
        <translation>manutenzione delle promesse di pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>segna come non mantenute le promesse scadute senza pagamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compliance checks over the activity log</source>
        <translation>controlli di conformità sul registro delle attività</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment plans</source>
        <translation>piani di rientro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the letter that confirms an approved plan to the debtor (PDF)</source>
        <translation>scrive la lettera che conferma al debitore un piano approvato (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan&apos;s id, or an account number (the account&apos;s latest approved plan)</source>
        <translation>l&apos;id del piano oppure un numero di pratica (l&apos;ultimo piano approvato della pratica)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the letter&apos;s language (default: the debtor&apos;s, or English)</source>
        <translation>lingua della lettera (predefinita: quella del debitore, altrimenti l&apos;inglese)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (default: A4)</source>
        <translation>formato della carta (predefinito: A4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make a report (PDF, spreadsheet or both) for a period, with e-mail-ready file names; the files are kept in the archive</source>
        <translation>crea un report (PDF, foglio di calcolo o entrambi) per un periodo, con nomi di file pronti per l&apos;invio via e-mail; i file vengono conservati nell&apos;archivio</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+24"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n riga contiene errori. Non è stato importato nulla.</numerusform>
            <numerusform>{file}: %n righe contengono errori. Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>riga {line}, colonna {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
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
        <location filename="../collectdesk/services/scorecard_cli.py" line="+22"/>
        <source>--format xlsx writes a workbook: add --out FILE (for example --out scorecard.xlsx).</source>
        <translation>--format xlsx scrive una cartella di lavoro: aggiungere --out FILE (ad esempio --out scorecard.xlsx).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Scorecards written to {file}.</source>
        <translation>Schede di valutazione salvate in {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No anomalies found.</source>
        <translation>Nessuna anomalia rilevata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {sentence}</source>
        <translation>{name}: {sentence}</translation>
    </message>
    <message>
        <location filename="../collectdesk/cli.py" line="+25"/>
        <source>importing e-mail: {pct}%</source>
        <translation>importazione e-mail: {pct}%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file}, message {index}</source>
        <translation>{file}, messaggio {index}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No e-mail messages were found (.eml files, .mbox archives or folders of them).</source>
        <translation>Nessun messaggio e-mail trovato (file .eml, archivi .mbox o cartelle che li contengono).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n messaggio importato.</numerusform>
            <numerusform>%n messaggi importati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were not imported again.</source>
        <translation>
            <numerusform>%n messaggio era già nella casella e non è stato importato di nuovo.</numerusform>
            <numerusform>%n messaggi erano già nella casella e non sono stati importati di nuovo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n linked to an account.</source>
        <translation>
            <numerusform>%n collegato a una pratica.</numerusform>
            <numerusform>%n collegati a una pratica.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with suggested links to confirm in the inbox.</source>
        <translation>
            <numerusform>%n con collegamenti suggeriti da confermare nella casella.</numerusform>
            <numerusform>%n con collegamenti suggeriti da confermare nella casella.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {where}: {note}</source>
        <translation>Nota: {where}: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped, not an e-mail file: {file}</source>
        <translation>Ignorato, non è un file e-mail: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be imported:</source>
        <translation>
            <numerusform>Impossibile importare %n messaggio:</numerusform>
            <numerusform>Impossibile importare %n messaggi:</numerusform>
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
        <translation>Le date si scrivono nel formato AAAA-MM-GG, ad esempio 2026-10-31.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/report_cli.py" line="+3"/>
        <source>The last day is before the first.</source>
        <translation>L&apos;ultimo giorno è precedente al primo.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n journal line(s) written to {path}.</source>
        <translation>
            <numerusform>%n scrittura contabile scritta in {path}.</numerusform>
            <numerusform>%n scritture contabili scritte in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment plan letter ({language}) is written to {path}.</source>
        <translation>La lettera del piano di rientro ({language}) è stata salvata in {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n screenshot salvato in {folder}.</numerusform>
            <numerusform>%n screenshot salvati in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Interrotto. Il passaggio interrotto non ha scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Impossibile leggere o scrivere un file: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="-36"/>
        <source>import survey and complaint data from a reporting agency (CSV or XLSX, all or nothing)</source>
        <translation>importa dati di sondaggi e reclami da un&apos;agenzia di reporting (CSV o XLSX, tutto o niente)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing agency data: {pct}%</source>
        <translation>importazione dati dell&apos;agenzia: {pct}%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dry run: {file} is valid. {rows} rows: {complaints} complaints and {surveys} survey answers would be imported, {duplicates} were imported before. Nothing was written.</source>
        <translation>Prova: {file} è valido. Righe: {rows}; verrebbero importati {complaints} reclami e {surveys} risposte al sondaggio, mentre {duplicates} righe erano già state importate. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {file}: {rows} rows, {complaints} complaints, {surveys} survey answers; {duplicates} were imported before.</source>
        <translation>{file} importato – righe: {rows}, reclami: {complaints}, risposte al sondaggio: {surveys}; già importate in precedenza: {duplicates}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns not used: {columns}</source>
        <translation>Colonne non utilizzate: {columns}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="-24"/>
        <source>check the activity log against the compliance profiles and bring the findings up to date (only the debtors whose log or facts changed since the last scan, unless --full)</source>
        <translation>controlla il registro delle attività rispetto ai profili di conformità e aggiorna i rilievi (solo per i debitori il cui registro o i cui dati sono cambiati dall&apos;ultimo controllo, salvo --full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only contacts from this day on make or replace findings; older findings stay as they are</source>
        <translation>solo i contatti da questo giorno in poi generano o sostituiscono rilievi; i rilievi precedenti restano invariati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check every debtor&apos;s whole history, not only what changed since the last scan</source>
        <translation>controlla l&apos;intera cronologia di ogni debitore, non solo ciò che è cambiato dall&apos;ultimo controllo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>checking the activity log: {pct}%</source>
        <translation>controllo del registro delle attività: {pct}%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what changed since the last scan</source>
        <translation>ciò che è cambiato dall&apos;ultimo controllo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first scan, full</source>
        <translation>primo controllo, completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full, because the compliance profiles changed</source>
        <translation>completo, perché i profili di conformità sono cambiati</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Compliance scan ({mode}): %n debtor(s) checked, {activities} activities read in {seconds} s.</source>
        <translation>
            <numerusform>Controllo di conformità ({mode}): %n debitore esaminato, {activities} attività lette in {seconds} s.</numerusform>
            <numerusform>Controllo di conformità ({mode}): %n debitori esaminati, {activities} attività lette in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new finding(s) (block: {block}, warn: {warn}).</source>
        <translation>
            <numerusform>%n nuovo rilievo (blocco: {block}, avviso: {warn}).</numerusform>
            <numerusform>%n nuovi rilievi (blocco: {block}, avviso: {warn}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s) found again and left as they were.</source>
        <translation>
            <numerusform>%n rilievo riscontrato di nuovo e lasciato invariato.</numerusform>
            <numerusform>%n rilievi riscontrati di nuovo e lasciati invariati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) no longer found and removed.</source>
        <translation>
            <numerusform>%n rilievo aperto non più riscontrato e rimosso.</numerusform>
            <numerusform>%n rilievi aperti non più riscontrati e rimossi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reviewed finding(s) no longer found, kept for the record.</source>
        <translation>
            <numerusform>%n rilievo valutato non più riscontrato, conservato agli atti.</numerusform>
            <numerusform>%n rilievi valutati non più riscontrati, conservati agli atti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile {code}, version {version}</source>
        <translation>Profilo {code}, versione {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only contacts from {day} on were judged, so this scan does not count as the last complete one.</source>
        <translation>Sono stati valutati solo i contatti dal {day} in poi, quindi questo controllo non vale come ultimo controllo completo.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/report_cli.py" line="-46"/>
        <source>the report: collections, feedback, staff, compliance, aging, escalations or portfolios</source>
        <translation>il report: collections (recupero crediti), feedback, staff (personale), compliance (conformità), aging (anzianità dei crediti), escalations (escalation, saldi e stralci, passaggi a perdita) o portfolios (portafogli speciali)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-10 (month), 2026-Q3, 2026-W05 (ISO week), 2026-10-05 (day) or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (mese), 2026-Q3 (trimestre), 2026-W05 (settimana ISO), 2026-10-05 (giorno) oppure 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day (with --to)</source>
        <translation>primo giorno (con --to)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day (with --from)</source>
        <translation>ultimo giorno (con --from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: the whole department)</source>
        <translation>team:NOME oppure branch:NOME (predefinito: l&apos;intero reparto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, xlsx, or both (pdf,xlsx): the PDF, the spreadsheet and the PDF with the tables appended (default: pdf)</source>
        <translation>pdf, xlsx oppure entrambi (pdf,xlsx): il PDF, il foglio di calcolo e il PDF con le tabelle in appendice (predefinito: pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size of the PDF (default: Letter in the United States and Canada, else A4)</source>
        <translation>formato carta del PDF (predefinito: Letter negli Stati Uniti e in Canada, altrimenti A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder to write the files to (default: the current folder)</source>
        <translation>la cartella in cui scrivere i file (predefinita: la cartella corrente)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Indicare --period oppure --from e --to, non entrambi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31.</source>
        <translation>Indicare il periodo: --period 2026-10, oppure --from 2026-10-01 --to 2026-10-31.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--format is pdf, xlsx or both (pdf,xlsx); got: {format}</source>
        <translation>--format può essere pdf, xlsx oppure entrambi (pdf,xlsx); indicato: {format}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This build cannot make the {report} yet.</source>
        <translation>Questa versione non è ancora in grado di creare questo report: {report}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>making the report: {pct}%</source>
        <translation>creazione del report: {pct}%</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) written and kept in the archive.</source>
        <translation>
            <numerusform>%n file scritto e conservato nell&apos;archivio.</numerusform>
            <numerusform>%n file scritti e conservati nell&apos;archivio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+264"/>
        <source>Enter who called.</source>
        <translation>Indicare chi ha chiamato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Il numero di telefono ha troppo poche cifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarise the call.</source>
        <translation>Riassumere la telefonata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Nessuna pratica ha questo numero.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log a call</source>
        <translation>Registra una telefonata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Chiamante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numero:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Riepilogo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Argomento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Pratica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>&amp;Operatore interessato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 02 1234 5678</source>
        <translation>+39 02 1234 5678</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Nessuno</translation>
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
        <translation>Nessun file allegato.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No program opens {name} on this computer; use Save as… instead.</source>
        <translation>Nessun programma su questo computer apre {name}; usare invece Salva con nome…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the file</source>
        <translation>Salva il file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be saved: {error}</source>
        <translation>Impossibile salvare il file: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>{name} supera {limit} MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: {error}</source>
        <translation>Impossibile leggere {name}: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op&amp;en</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve as…</source>
        <translation>Salva con no&amp;me…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add fi&amp;les…</source>
        <translation>Aggi&amp;ungi file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of the case</source>
        <translation>File del caso</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <location filename="../collectdesk/ui/escalations/outcome_text.py" line="+26"/>
        <source>{count} × {amount} monthly</source>
        <translation>{count} × {amount} al mese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} every two weeks</source>
        <translation>{count} × {amount} ogni due settimane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} weekly</source>
        <translation>{count} × {amount} a settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment plan: {installments}</source>
        <translation>Piano di rientro: {installments}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n rata non pagata</numerusform>
            <numerusform>%n rate non pagate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due {date}</source>
        <translation>prossima scadenza il {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settlement: {amount} by {deadline}</source>
        <translation>Saldo e stralcio: {amount} entro il {deadline}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid so far {amount}</source>
        <translation>pagato finora {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written off on {date}: {amount} · {reason} · approved by {who}</source>
        <translation>Passaggio a perdita del {date}: {amount} · {reason} · approvato da {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accounting ref. {ref}</source>
        <translation>rif. contabile {ref}</translation>
    </message>
</context>
<context>
    <name>CategoriseDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+38"/>
        <source>Nothing changed yet.</source>
        <translation>Ancora nessuna modifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new category sets new acknowledgement and resolution dates.</source>
        <translation>Una nuova categoria imposta nuovi termini di conferma di ricezione e di risoluzione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categorise</source>
        <translation>Categorizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Argomento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravità:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic</source>
        <translation>Nessun argomento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Non impostata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message>
        <location filename="../collectdesk/ui/escalations/chosen_files.py" line="+70"/>
        <source>Attach files</source>
        <translation>Allega file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Not attached, larger than {limit} MB: {names}</source>
        <translation>
            <numerusform>Non allegato, supera {limit} MB: {names}</numerusform>
            <numerusform>Non allegati, superano {limit} MB: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not attached, cannot be read: {names}</source>
        <translation>
            <numerusform>Non allegato, impossibile leggerlo: {names}</numerusform>
            <numerusform>Non allegati, impossibile leggerli: {names}</numerusform>
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
        <translation>&amp;Aggiungi file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to attach</source>
        <translation>File da allegare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} MB a file</source>
        <translation>Al massimo {limit} MB per file</translation>
    </message>
</context>
<context>
    <name>CollectionsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/collections.py" line="+104"/>
        <source>Collected against target</source>
        <translation>Incassato rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No collection targets are set for this period and scope, so collected is not compared with a target.</source>
        <translation>Per questo periodo e ambito non sono impostati obiettivi di incasso, quindi l&apos;incassato non viene confrontato con un obiettivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections report</source>
        <translation>Report sul recupero crediti</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_collected.py" line="+135"/>
        <source>No team</source>
        <translation>Nessun team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No branch</source>
        <translation>Nessuna filiale</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+136"/>
        <source>Not credited to a collector</source>
        <translation>Non attribuito a un operatore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Collected against target by branch, {currency}</source>
        <translation>Incassato rispetto all&apos;obiettivo per filiale, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by team, {currency}</source>
        <translation>Incassato rispetto all&apos;obiettivo per team, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by collector, {currency}</source>
        <translation>Incassato rispetto all&apos;obiettivo per operatore, {currency}</translation>
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
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+37"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+131"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Variance</source>
        <translation>Scostamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-128"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Variance is collected minus target; attainment is collected divided by target.</source>
        <translation>Lo scostamento è l&apos;incassato meno l&apos;obiettivo; il raggiungimento è l&apos;incassato diviso per l&apos;obiettivo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collections in {currency}</source>
        <translation>Incassi in {currency}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Collected against target, {currency}</source>
        <translation>Incassato rispetto all&apos;obiettivo, {currency}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-117"/>
        <source>Promises made</source>
        <translation>Promesse ottenute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Promesse in scadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+37"/>
        <source>Kept rate</source>
        <translation>Tasso di promesse mantenute</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Broken promise rate</source>
        <translation>Tasso di promesse non mantenute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount promised in {currency}</source>
        <translation>Importo promesso in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+182"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Promises by currency</source>
        <translation>Promesse per valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Made</source>
        <translation>Ottenute</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Amount promised</source>
        <translation>Importo promesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Importo in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Kept</source>
        <translation>Mantenute</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Amount kept</source>
        <translation>Importo mantenuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Partly paid</source>
        <translation>Pagate in parte</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Broken</source>
        <translation>Non mantenute</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Amount broken</source>
        <translation>Importo non mantenuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still pending</source>
        <translation>Ancora in attesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Broken rate</source>
        <translation>Tasso di non mantenute</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Kept rate by amount</source>
        <translation>Tasso di mantenute per importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made: promised in the period. Due: falling due in the period (cancelled ones left out). Kept rate: kept / (kept + partly paid + broken); broken rate: broken / the same; promises still pending are in neither.</source>
        <translation>Ottenute: promesse ottenute nel periodo. In scadenza: con scadenza nel periodo (escluse quelle annullate). Tasso di mantenute: mantenute / (mantenute + pagate in parte + non mantenute); tasso di non mantenute: non mantenute / lo stesso totale; le promesse ancora in attesa non rientrano in nessuno dei due.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises by collector</source>
        <translation>Promesse per operatore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fell due</source>
        <translation>Scadute nel periodo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promises to pay</source>
        <translation>Promesse di pagamento</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payments by method, {currency}</source>
        <translation>Pagamenti per metodo, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{method} brought in the largest part of the {currency} collected: {share} ({amount}).</source>
        <translation>Il metodo {method} ha generato la quota maggiore dell&apos;incassato in {currency}: {share} ({amount}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments received</source>
        <translation>Pagamenti ricevuti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments by method</source>
        <translation>Pagamenti per metodo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aging at the start and end of the period, {currency}</source>
        <translation>Anzianità dei crediti a inizio e fine periodo, {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days past due</source>
        <translation>Giorni di ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts at start</source>
        <translation>Pratiche a inizio periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at start</source>
        <translation>Saldo a inizio periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts at end</source>
        <translation>Pratiche a fine periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at end</source>
        <translation>Saldo a fine periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll rate to the next bucket</source>
        <translation>Roll rate verso la fascia successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate, {period}</source>
        <translation>Roll rate, {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate: of the balance in a bucket at the start, the share that is in a later bucket at the end (balance at the end / balance at the start).</source>
        <translation>Roll rate: del saldo presente in una fascia a inizio periodo, la quota che a fine periodo si trova in una fascia successiva (saldo a fine periodo / saldo a inizio periodo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll rate from not yet due to 1–30 days in {currency}</source>
        <translation>Roll rate da «non ancora scaduto» a «1–30 giorni» in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance past due in {currency}</source>
        <translation>Saldo scaduto in {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aging and roll rates</source>
        <translation>Anzianità dei crediti e roll rate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collection effectiveness in {currency}</source>
        <translation>Efficacia del recupero in {currency}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Collection effectiveness index</source>
        <translation>Indice di efficacia del recupero (CEI)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Receivables at start</source>
        <translation>Crediti a inizio periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business placed</source>
        <translation>Nuovi affidi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables at end</source>
        <translation>Crediti a fine periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which not yet due</source>
        <translation>Di cui non ancora scaduti</translation>
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
        <translation>CEI = (crediti a inizio periodo + nuovi affidi - crediti a fine periodo) / (crediti a inizio periodo + nuovi affidi - crediti a fine periodo non ancora scaduti). 100 % significa che è stato incassato tutto ciò che era possibile incassare; i passaggi a perdita contano come riduzioni, come previsto dalla formula.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Projected collections, {currency}</source>
        <translation>Proiezione degli incassi, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected so far</source>
        <translation>Incassato finora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan installments due</source>
        <translation>Rate dei piani in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open promises due</source>
        <translation>Promesse aperte in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises, weighted</source>
        <translation>Promesse, ponderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run rate</source>
        <translation>Run rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Proiezione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected against target</source>
        <translation>Proiezione rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Projected collections in {currency} for {period}</source>
        <translation>Proiezione degli incassi in {currency} per {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projected revenue</source>
        <translation>Proiezione degli incassi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (no promise fell due), so open promises count for nothing</source>
        <translation>nessuno (nessuna promessa è scaduta), quindi le promesse aperte non vengono conteggiate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the projection is made: what was collected up to {today} counts as it is. For the days left, three parts are added, per currency and never converted: plan installments still open that fall due, at their open amount; open promises to pay that fall due, each weighted by its collector&apos;s kept rate over the last {days} days ({kept_from} to {kept_to}; collectors without promises due then take the rate of the whole scope, {scope_rate}); and the recent run rate, the average daily collections of the last {run_days} days ({run_from} to {run_to}) without the payments made on plan installments or promises, which the first two parts already cover, times the days left after today.</source>
        <translation>Come viene calcolata la proiezione: quanto incassato fino al {today} viene conteggiato così com&apos;è. Per i giorni restanti si sommano tre componenti, per valuta e senza mai convertire: le rate dei piani di rientro ancora aperte in scadenza, per il loro importo residuo; le promesse di pagamento aperte in scadenza, ciascuna ponderata con il tasso di promesse mantenute del relativo operatore negli ultimi {days} giorni (dal {kept_from} al {kept_to}; agli operatori senza promesse scadute in quel periodo si applica il tasso dell&apos;intero ambito, {scope_rate}); e il run rate recente, cioè la media giornaliera degli incassi degli ultimi {run_days} giorni (dal {run_from} al {run_to}) esclusi i pagamenti su rate dei piani o su promesse, già coperti dalle prime due componenti, moltiplicata per i giorni che restano dopo oggi.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/completion_dialog.py" line="+39"/>
        <source>The completion date cannot be in the future.</source>
        <translation>La data di completamento non può essere nel futuro.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark training completed</source>
        <translation>Segna la formazione come completata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{module} · {person}
Assigned on {assigned}</source>
        <translation>{module} · {person}
Assegnato il {assigned}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Completato il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score (0–100):</source>
        <translation>&amp;Punteggio (0–100):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score</source>
        <translation>Nessun punteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test result in percent, if the course has a test.</source>
        <translation>Il risultato del test in percentuale, se il corso prevede un test.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark completed</source>
        <translation>&amp;Segna come completato</translation>
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
        <translation>{what} ({rule}; {basis}, da verificare; {source}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor&apos;s time zone “{zone}” is unknown, so UTC was used.</source>
        <translation>Il fuso orario del debitore «{zone}» è sconosciuto, quindi è stato usato l&apos;UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debtor has no time zone, so UTC was used.</source>
        <translation>Il debitore non ha un fuso orario, quindi è stato usato l&apos;UTC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact hours</source>
        <translation>Fasce orarie di contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact limit</source>
        <translation>Limite di contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after a conversation</source>
        <translation>Pausa dopo una conversazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between attempts</source>
        <translation>Intervallo tra tentativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact while flagged</source>
        <translation>Nessun contatto con contrassegno attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third parties</source>
        <translation>Terzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required content</source>
        <translation>Contenuto obbligatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitation period</source>
        <translation>Termine di prescrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data retention</source>
        <translation>Conservazione dei dati</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>law</source>
        <translation>legge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulation</source>
        <translation>regolamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulator&apos;s guidance</source>
        <translation>linee guida dell&apos;autorità di vigilanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry code</source>
        <translation>codice di settore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal policy</source>
        <translation>policy interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft, not in force</source>
        <translation>progetto, non in vigore</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+281"/>
        <source>Block</source>
        <translation>Blocco</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creditor&apos;s name and address</source>
        <translation>nome e indirizzo del creditore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground of the claim</source>
        <translation>titolo del credito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject and date of the contract</source>
        <translation>oggetto e data del contratto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest calculation</source>
        <translation>calcolo degli interessi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection costs and their ground</source>
        <translation>spese di recupero e relativo fondamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisory authority</source>
        <translation>autorità di vigilanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy notice</source>
        <translation>informativa sulla privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opt-out notice</source>
        <translation>avviso sul diritto di opposizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation notice</source>
        <translation>avviso di convalida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice that collection has stopped</source>
        <translation>comunicazione di cessazione del recupero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification of the debt</source>
        <translation>verifica del debito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original creditor&apos;s name and address</source>
        <translation>nome e indirizzo del creditore originario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response to the dispute</source>
        <translation>risposta alla contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice to the estate</source>
        <translation>comunicazione agli eredi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of remedies that may be invoked</source>
        <translation>avviso delle azioni che possono essere intraprese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of a remedy that will be invoked</source>
        <translation>avviso dell&apos;azione che verrà intrapresa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dispute</source>
        <translation>contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request to stop contact</source>
        <translation>richiesta di cessazione dei contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankruptcy</source>
        <translation>fallimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>death</source>
        <translation>decesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vulnerability</source>
        <translation>vulnerabilità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected fraud</source>
        <translation>sospetta frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high profile</source>
        <translation>alto profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>representation by a lawyer</source>
        <translation>assistenza di un legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing space</source>
        <translation>moratoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic recovery</source>
        <translation>ripresa economica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mental capacity concern</source>
        <translation>dubbi sulla capacità di intendere e di volere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent to third-party contact</source>
        <translation>consenso al contatto con terzi</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{channel} at {time} on {date}, the debtor&apos;s local time ({zone}): a public holiday ({holiday}), when no contact is permitted</source>
        <translation>{channel} alle {time} del {date}, ora locale del debitore ({zone}): giorno festivo ({holiday}), in cui non è consentito alcun contatto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): no contact is permitted on this day of the week</source>
        <translation>{channel} alle {time} di {weekday}, ora locale del debitore ({zone}): in questo giorno della settimana non è consentito alcun contatto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): outside the permitted hours {hours}</source>
        <translation>{channel} alle {time} di {weekday}, ora locale del debitore ({zone}): fuori dalle fasce orarie consentite {hours}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Conversation number {count} with the debtor within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Conversazione n. {count} con il debitore nell&apos;arco di %n ora (massimo consentito: {max})</numerusform>
            <numerusform>Conversazione n. {count} con il debitore nell&apos;arco di %n ore (massimo consentito: {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} n. {count} nell&apos;arco di %n ora (massimo consentito: {max})</numerusform>
            <numerusform>{channel} n. {count} nell&apos;arco di %n ore (massimo consentito: {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Conversation number {count} with the debtor within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Conversazione n. {count} con il debitore nell&apos;arco di %n giorno (massimo consentito: {max})</numerusform>
            <numerusform>Conversazione n. {count} con il debitore nell&apos;arco di %n giorni (massimo consentito: {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} n. {count} nell&apos;arco di %n giorno (massimo consentito: {max})</numerusform>
            <numerusform>{channel} n. {count} nell&apos;arco di %n giorni (massimo consentito: {max})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies if the contact reaches the debtor.</source>
        <translation>La regola si applica se il contatto raggiunge il debitore.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{channel} on {date}, within %n day(s) of a conversation with the debtor on {conversation_date} (no further contact until {until})</source>
        <translation>
            <numerusform>{channel} del {date}, entro %n giorno da una conversazione con il debitore del {conversation_date} (nessun ulteriore contatto fino al {until})</numerusform>
            <numerusform>{channel} del {date}, entro %n giorni da una conversazione con il debitore del {conversation_date} (nessun ulteriore contatto fino al {until})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} alle {time}, dopo un tentativo alle {previous} verso lo stesso recapito (richiesto un intervallo di almeno %n minuto)</numerusform>
            <numerusform>{channel} alle {time}, dopo un tentativo alle {previous} verso lo stesso recapito (richiesto un intervallo di almeno %n minuti)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} at {time}, after an attempt at {previous} (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} alle {time}, dopo un tentativo alle {previous} (richiesto un intervallo di almeno %n minuto)</numerusform>
            <numerusform>{channel} alle {time}, dopo un tentativo alle {previous} (richiesto un intervallo di almeno %n minuti)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{channel} on {date} while the debtor&apos;s dispute is open (since {since})</source>
        <translation>{channel} del {date} mentre la contestazione del debitore è aperta (dal {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} after the debtor asked for contact to stop (on {since})</source>
        <translation>{channel} del {date} dopo che il debitore ha chiesto di cessare i contatti (il {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is represented by a lawyer (since {since})</source>
        <translation>{channel} del {date} mentre il debitore è assistito da un legale (dal {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is in bankruptcy (since {since})</source>
        <translation>{channel} del {date} mentre il debitore è sottoposto a una procedura concorsuale (dal {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} although the debtor is recorded as deceased (since {since})</source>
        <translation>{channel} del {date} benché il debitore risulti deceduto (dal {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} during the debtor&apos;s breathing space (since {since})</source>
        <translation>{channel} del {date} durante la moratoria del debitore (dal {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while there is a concern about the debtor&apos;s mental capacity (since {since})</source>
        <translation>{channel} del {date} mentre sussistono dubbi sulla capacità di intendere e di volere del debitore (dal {since})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} on {date} while the debtor is flagged for {flag} (since {since})</source>
        <translation>{channel} del {date} mentre il debitore ha il contrassegno «{flag}» (dal {since})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} on {date}: contact number {count} with the same third party ({value}), at most {max} allowed</source>
        <translation>{channel} del {date}: contatto n. {count} con lo stesso terzo ({value}), massimo consentito: {max}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} on {date} reached a third party without the debtor&apos;s consent on record</source>
        <translation>{channel} del {date}: è stato raggiunto un terzo senza che risulti agli atti il consenso del debitore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} on {date} reached a third party: contacts with third parties are not allowed</source>
        <translation>{channel} del {date}: è stato raggiunto un terzo, ma i contatti con terzi non sono consentiti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First demand letter without: {missing}</source>
        <translation>Prima lettera di sollecito priva di: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand e-mail without: {missing}</source>
        <translation>Prima e-mail di sollecito priva di: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand ({channel}) without: {missing}</source>
        <translation>Primo sollecito ({channel}) privo di: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} without: {missing}</source>
        <translation>{channel} del {date} senza: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent late on {done}: {what}, due by {deadline}</source>
        <translation>Invio tardivo il {done}: {what}, con termine il {deadline}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent by {deadline}: {what}</source>
        <translation>Mancato invio entro il {deadline}: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debtor&apos;s {flag} was resolved on {done}, after the deadline {deadline}</source>
        <translation>Contrassegno «{flag}» del debitore rimosso il {done}, oltre il termine del {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor&apos;s {flag} was not resolved by {deadline}</source>
        <translation>Contrassegno «{flag}» del debitore non rimosso entro il {deadline}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The deadline is %n business day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Il termine scade %n giorno lavorativo dopo il {start}, data di registrazione del contrassegno «{flag}».</numerusform>
            <numerusform>Il termine scade %n giorni lavorativi dopo il {start}, data di registrazione del contrassegno «{flag}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n business day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Il termine scade %n giorno lavorativo dopo il primo contatto del {start}.</numerusform>
            <numerusform>Il termine scade %n giorni lavorativi dopo il primo contatto del {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Il termine scade %n giorno dopo il {start}, data di registrazione del contrassegno «{flag}».</numerusform>
            <numerusform>Il termine scade %n giorni dopo il {start}, data di registrazione del contrassegno «{flag}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Il termine scade %n giorno dopo il primo contatto del {start}.</numerusform>
            <numerusform>Il termine scade %n giorni dopo il primo contatto del {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the last payment on {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} del {date} relativo a un credito prescritto: il termine di prescrizione di %n anno dall&apos;ultimo pagamento del {start} è scaduto il {end}</numerusform>
            <numerusform>{channel} del {date} relativo a un credito prescritto: il termine di prescrizione di %n anni dall&apos;ultimo pagamento del {start} è scaduto il {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the due date {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} del {date} relativo a un credito prescritto: il termine di prescrizione di %n anno dalla scadenza del {start} è scaduto il {end}</numerusform>
            <numerusform>{channel} del {date} relativo a un credito prescritto: il termine di prescrizione di %n anni dalla scadenza del {start} è scaduto il {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after the end of that year</source>
        <translation>
            <numerusform>Pratica {account} chiusa il {closed}: i suoi dati personali sono conservati oltre il {end}, %n anno dopo la fine di quell&apos;anno</numerusform>
            <numerusform>Pratica {account} chiusa il {closed}: i suoi dati personali sono conservati oltre il {end}, %n anni dopo la fine di quell&apos;anno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after closing</source>
        <translation>
            <numerusform>Pratica {account} chiusa il {closed}: i suoi dati personali sono conservati oltre il {end}, %n anno dopo la chiusura</numerusform>
            <numerusform>Pratica {account} chiusa il {closed}: i suoi dati personali sono conservati oltre il {end}, %n anni dopo la chiusura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/finding_text.py" line="+161"/>
        <source>{what} (rule {rule}, which no compliance profile has any more).</source>
        <translation>{what} (regola {rule}, non più presente in alcun profilo di conformità).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A finding of the rule {rule}, which no compliance profile has any more; its details cannot be put into words.</source>
        <translation>Rilievo della regola {rule}, non più presente in alcun profilo di conformità; non è possibile descriverne i dettagli.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/findings.py" line="+270"/>
        <source>No collector</source>
        <translation>Nessun operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team</source>
        <translation>Nessun team</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This finding no longer exists; a rescan may have removed it.</source>
        <translation>Questo rilievo non esiste più; potrebbe essere stato rimosso da un nuovo controllo.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The finding {rule} of {when}</source>
        <translation>Il rilievo {rule} del {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a note: what was done about the finding, and why.</source>
        <translation>Scrivere una nota: cosa è stato fatto riguardo al rilievo, e perché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long: at most {max} characters, this one has {count}.</source>
        <translation>La nota è troppo lunga: al massimo {max} caratteri, questa ne ha {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose what was done about the finding.</source>
        <translation>Scegliere cosa è stato fatto riguardo al rilievo.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+159"/>
        <source>The reason for going ahead is too long (at most {max} characters).</source>
        <translation>Il motivo per procedere è troppo lungo (al massimo {max} caratteri).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contact goes against a compliance rule. Give a reason for going ahead to log it:
{hits}</source>
        <translation>Questo contatto viola una regola di conformità. Per registrarlo, indicare un motivo per procedere:
{hits}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Nessuno può derogare a questa regola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor or manager may go ahead, and only with a reason.</source>
        <translation>Solo un supervisore o un dirigente può procedere, e solo indicando un motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go ahead anyway, give a reason.</source>
        <translation>Per procedere comunque, indicare un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact was not logged:
{hits}
{what_now}</source>
        <translation>Il contatto non è stato registrato:
{hits}
{what_now}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact not logged, blocked by {rules} (profile {profile})</source>
        <translation>Contatto non registrato, bloccato da {rules} (profilo {profile})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary}; reason given: {reason}</source>
        <translation>{summary}; motivo indicato: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged despite {rules} (profile {profile}); reason: {reason}</source>
        <translation>Contatto registrato nonostante {rules} (profilo {profile}); motivo: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged with the warnings {rules} (profile {profile}); reason: {reason}</source>
        <translation>Contatto registrato con gli avvisi {rules} (profilo {profile}); motivo: {reason}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+73"/>
        <source>The saved compliance profile {code} (revision {revision}) cannot be read by this version of CollectDesk. Reset it to the shipped profile or update CollectDesk.
{problems}</source>
        <translation>Il profilo di conformità salvato {code} (revisione {revision}) non può essere letto da questa versione di CollectDesk. Ripristinare il profilo fornito con CollectDesk oppure aggiornare CollectDesk.
{problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The compliance profile {code} was changed by {who} at {when} after you opened it. Nothing was saved; reload the profile and make your change again.</source>
        <translation>Il profilo di conformità {code} è stato modificato da {who} in data {when}, dopo che Lei lo aveva aperto. Non è stato salvato nulla; ricaricare il profilo e ripetere la modifica.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The compliance profile was not saved. Correct these problems and save again:
{problems}</source>
        <translation>Il profilo di conformità non è stato salvato. Correggere questi problemi e salvare di nuovo:
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is shipped as a {kind} profile; an edited copy cannot change that.</source>
        <translation>{code} è fornito come profilo di tipo {kind}; una copia modificata non può cambiarlo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compliance profile was not saved: it disables rules that no profile has: {rules}</source>
        <translation>Il profilo di conformità non è stato salvato: disattiva regole che nessun profilo contiene: {rules}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{code} is not a shipped compliance profile, so there is nothing to reset it to.</source>
        <translation>{code} non è un profilo di conformità fornito con CollectDesk, quindi non può essere ripristinato.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The compliance profile {code} named in {where} does not exist.</source>
        <translation>Il profilo di conformità {code} indicato in {where} non esiste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compliance profile {code} named in {where} is a {kind} profile; a {wanted} profile is needed there.</source>
        <translation>Il profilo di conformità {code} indicato in {where} è di tipo {kind}; lì serve un profilo di tipo {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a portfolio</source>
        <translation>un portafoglio</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan.py" line="+337"/>
        <source>Compliance scan: {new} new finding(s), {removed} removed, {debtors} debtor(s) checked.</source>
        <translation>Controllo di conformità: nuovi rilievi: {new}, rimossi: {removed}, debitori esaminati: {debtors}.</translation>
    </message>
</context>
<context>
    <name>ComplianceLabels</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+15"/>
        <source>Open</source>
        <comment>finding status</comment>
        <translation>Aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Reviewed</source>
        <comment>finding status</comment>
        <translation>Valutato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Dismissed</source>
        <comment>finding status</comment>
        <translation>Archiviato</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+6"/>
        <source>Coaching given</source>
        <translation>Coaching effettuato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>Falso positivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Sottoposto a escalation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Preso atto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The finding will be dismissed: the contact was allowed.</source>
        <translation>Il rilievo verrà archiviato: il contatto era consentito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The finding will be marked as reviewed.</source>
        <translation>Il rilievo verrà segnato come valutato.</translation>
    </message>
</context>
<context>
    <name>ComplianceNotice</name>
    <message>
        <location filename="../collectdesk/ui/account/compliance_notice.py" line="+118"/>
        <source>Block: {rule}</source>
        <translation>Blocco: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {rule}</source>
        <translation>Avviso: {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Nessuno può derogare a questa regola.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may go ahead if you give a reason.</source>
        <translation>Può procedere indicando un motivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor or manager may go ahead, with a reason.</source>
        <translation>Solo un supervisore o un dirigente può procedere, indicando un motivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not checked</source>
        <translation>Non controllato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbound contacts are not checked: the debtor got in touch.</source>
        <translation>I contatti in entrata non vengono controllati: è stato il debitore a mettersi in contatto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No compliance rule stands against this contact</source>
        <translation>Nessuna regola di conformità si oppone a questo contatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against {profile} {version}.</source>
        <translation>Controllato in base a {profile} {version}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open for contact</source>
        <translation>Contatto consentito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No compliance rule closes this day ({profile} {version}).</source>
        <translation>Nessuna regola di conformità esclude i contatti in questo giorno ({profile} {version}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rule}; {basis}; {source}.</source>
        <translation>{rule}; {basis}; {source}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}; {basis}, not verified; {source}.</source>
        <translation>{rule}; {basis}, da verificare; {source}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{date} is a public holiday where the debtor lives ({holiday}): no contact that day.</source>
        <translation>Giorno festivo nel luogo di residenza del debitore ({holiday}): nessun contatto {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact is permitted on {weekday}.</source>
        <translation>Nessun contatto consentito di {weekday}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor is flagged ({flag}): no contact while the flag is set.</source>
        <translation>Il debitore ha il contrassegno «{flag}»: nessun contatto finché il contrassegno è attivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permitted contact hours of the rules do not overlap on {date}.</source>
        <translation>Le fasce orarie di contatto consentite dalle regole non si sovrappongono {date}.</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <location filename="../collectdesk/ui/compliance/compliance_pane.py" line="+217"/>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The findings could not be read ({error}).</source>
        <translation>Impossibile leggere i rilievi ({error}).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n finding(s) in {period}</source>
        <translation>
            <numerusform>%n rilievo nel periodo {period}</numerusform>
            <numerusform>%n rilievi nel periodo {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) in {period}</source>
        <translation>
            <numerusform>%n rilievo aperto nel periodo {period}</numerusform>
            <numerusform>%n rilievi aperti nel periodo {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reviewed finding(s) in {period}</source>
        <translation>
            <numerusform>%n rilievo valutato nel periodo {period}</numerusform>
            <numerusform>%n rilievi valutati nel periodo {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dismissed finding(s) in {period}</source>
        <translation>
            <numerusform>%n rilievo archiviato nel periodo {period}</numerusform>
            <numerusform>%n rilievi archiviati nel periodo {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Scan cancelled after %n debtor(s); what it finished is kept.</source>
        <translation>
            <numerusform>Controllo annullato dopo %n debitore; quanto già completato viene mantenuto.</numerusform>
            <numerusform>Controllo annullato dopo %n debitori; quanto già completato viene mantenuto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scan finished: %n new finding(s), {removed} no longer found, {debtors} debtors checked.</source>
        <translation>
            <numerusform>Controllo completato: %n nuovo rilievo, non più riscontrati: {removed}, debitori esaminati: {debtors}.</numerusform>
            <numerusform>Controllo completato: %n nuovi rilievi, non più riscontrati: {removed}, debitori esaminati: {debtors}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Compliance scan</source>
        <translation>Controllo di conformità</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The scan stopped with an error ({error}); nothing after the last finished part was saved.</source>
        <translation>Il controllo si è interrotto con un errore ({error}); non è stato salvato nulla dopo l&apos;ultima parte completata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the activity log against the compliance profiles…</source>
        <translation>Controllo del registro delle attività rispetto ai profili di conformità…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Findings</source>
        <translation>&amp;Rilievi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profi&amp;les</source>
        <translation>Profi&amp;li</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;scan</source>
        <translation>Esegui &amp;controllo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the activity log against the compliance profiles (Ctrl+Shift+K)</source>
        <translation>Controlla il registro delle attività rispetto ai profili di conformità (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gola:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;verity:</source>
        <translation>Gra&amp;vità:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;am:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rules</source>
        <translation>Tutte le regole</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>All</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collectors</source>
        <translation>Tutti gli operatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group by:</source>
        <translation>Raggr&amp;uppa per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findi&amp;ngs per:</source>
        <translation>Rilievi &amp;per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click opens a finding.</source>
        <translation>Invio o doppio clic apre un rilievo.</translation>
    </message>
</context>
<context>
    <name>ComplianceProfileDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+183"/>
        <source>Compliance profile</source>
        <translation>Profilo di conformità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules apply to the accounts in {name}? The department&apos;s own policy applies on top in every case.</source>
        <translation>Quali regole si applicano alle pratiche di {name}? In ogni caso si applica in aggiunta la policy del reparto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profilo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The debtor&apos;s country decides</source>
        <translation>In base al paese del debitore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different profile.</source>
        <translation>Scegliere un profilo diverso.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-242"/>
        <location line="+45"/>
        <source>Compliance findings</source>
        <translation>Rilievi di conformità</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>il controllo di conformità non è ancora stato eseguito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last compliance scan ran on {date}: contacts logged after it are not checked yet.</source>
        <translation>L&apos;ultimo controllo di conformità è stato eseguito il {date}: i contatti registrati dopo tale data non sono ancora stati verificati.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Findings of blocking rules</source>
        <translation>Rilievi su regole bloccanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Findings by rule</source>
        <translation>Rilievi per regola</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule broken most often was “{rule}”, with {count} of {total} findings ({share}).</source>
        <translation>La regola violata più spesso è stata «{rule}», con {count} su {total} rilievi ({share}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team</source>
        <translation>Nessun team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{team} had the largest rise: {count} findings, {change} more than in {comparison}.</source>
        <translation>{team} ha registrato l&apos;aumento maggiore dei rilievi: {count}, {change} in più rispetto a {comparison}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Findings by team</source>
        <translation>Rilievi per team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No collector named</source>
        <translation>Nessun operatore indicato</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>{name} ha registrato il maggior numero di rilievi: %n.</numerusform>
            <numerusform>{name} ha registrato il maggior numero di rilievi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings by collector</source>
        <translation>Rilievi per operatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <location line="+30"/>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+13"/>
        <source>Findings over time</source>
        <translation>Andamento dei rilievi</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Rilievi per gravità</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the last {count} periods findings peaked in {period} at {n}.</source>
        <translation>Negli ultimi {count} periodi i rilievi hanno toccato il picco ({n}) nel periodo {period}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings still open</source>
        <translation>Rilievi ancora aperti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share reviewed or dismissed</source>
        <translation>Quota esaminata o archiviata</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Reviewed and open findings</source>
        <translation>Rilievi esaminati e aperti</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings of each period as they stand today.</source>
        <translation>I rilievi di ciascun periodo nello stato attuale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reviewed} of the period&apos;s {total} findings have been reviewed or dismissed; {open} are still open.</source>
        <translation>{reviewed} dei {total} rilievi del periodo sono stati esaminati o archiviati; {open} sono ancora aperti.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Procedure anomalies</source>
        <translation>Anomalie procedurali</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anomalies of high severity</source>
        <translation>Anomalie di gravità alta</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</source>
        <translation>
            <numerusform>I controlli sul lavoro del personale hanno rilevato %n anomalia, di cui {high} di gravità alta.</numerusform>
            <numerusform>I controlli sul lavoro del personale hanno rilevato %n anomalie, di cui {high} di gravità alta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checks of the staff&apos;s work found no anomalies.</source>
        <translation>I controlli sul lavoro del personale non hanno rilevato anomalie.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+21"/>
        <source>Call quality</source>
        <translation>Qualità della chiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>Conformità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Accuratezza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer treatment</source>
        <translation>Trattamento del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Produttività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party verification and disclosure</source>
        <translation>Identificazione del debitore e informativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required statements</source>
        <translation>Dichiarazioni obbligatorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation and payment arrangement</source>
        <translation>Negoziazione e accordo di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone and courtesy</source>
        <translation>Tono e cortesia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of information and records</source>
        <translation>Accuratezza delle informazioni e delle registrazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call closing and next steps</source>
        <translation>Chiusura della chiamata e passi successivi</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_criteria.py" line="+66"/>
        <source>Enter the criterion&apos;s name.</source>
        <translation>Inserire il nome del criterio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Il nome è troppo lungo (al massimo {n} caratteri).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a criterion called {name}.</source>
        <translation>Esiste già un criterio chiamato {name}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The criterion</source>
        <translation>Il criterio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A built-in criterion keeps its name, which is translated for every language. Add a criterion of your own instead.</source>
        <translation>Un criterio predefinito mantiene il proprio nome, tradotto in ogni lingua. Aggiungere invece un criterio personalizzato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least one criterion must stay active.</source>
        <translation>Almeno un criterio deve restare attivo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A built-in criterion cannot be deleted; deactivate it instead.</source>
        <translation>Un criterio predefinito non può essere eliminato; disattivarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This criterion is used in past evaluations; deactivate it instead.</source>
        <translation>Questo criterio è usato in valutazioni passate; disattivarlo.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/criteria_dialog.py" line="+82"/>
        <source>{name} (inactive)</source>
        <translation>{name} (inattivo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in: translated for every language; can be deactivated</source>
        <translation>Predefinito: tradotto in ogni lingua; può essere disattivato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Riattiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New criterion</source>
        <translation>Nuovo criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new criterion:</source>
        <translation>Nome del nuovo criterio:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename criterion</source>
        <translation>Rinomina criterio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete criterion</source>
        <translation>Elimina criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Eliminare il criterio {name}?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluation criteria</source>
        <translation>Criteri di valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria for:</source>
        <translation>&amp;Criteri per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews (rated 1–5)</source>
        <translation>Valutazioni delle prestazioni (voto 1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call monitoring (scored 0–100)</source>
        <translation>Monitoraggio chiamate (punteggio 0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>Ri&amp;nomina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>A scadere</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-12"/>
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
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>Over 180 days</source>
        <translation>Oltre 180 giorni</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+8"/>
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
        <location filename="../collectdesk/ui/dashboard/dashboard_pane.py" line="+228"/>
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
        <location filename="../collectdesk/ui/dashboard/tile_texts.py" line="+29"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Questo mese</translation>
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
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{percent} of {target}</source>
        <translation>{percent} di {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Incassato rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Pagamenti ricevuti al netto delle eccedenze, per data di pagamento. Gli obiettivi sono ripartiti in modo uniforme sui giorni del rispettivo periodo. ▲ in linea con la parte di periodo trascorsa, ▼ in ritardo. Fai clic per aprire le schede di valutazione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Promesse in scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Promesse di pagamento in attesa con scadenza nel periodo, e gli importi promessi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Fai clic per aprire la coda delle promesse in scadenza oggi.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-58"/>
        <source>None</source>
        <translation>Nessun importo</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
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
        <location line="+2"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Reclami nuovi o in lavorazione; in ritardo: oltre il termine di risposta. Fai clic per aprire la casella dei feedback.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} at stake</source>
        <translation>{amount} in gioco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing at stake</source>
        <translation>Nessun importo in gioco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Escalation in attesa di decisione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Inviate, in esame o sottoposte a un dirigente. Fai clic per aprire le escalation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Over 90 days past due</source>
        <translation>Oltre 90 giorni di ritardo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Pratiche aperte scadute da 91 giorni o più, e i relativi saldi. Fai clic per aprire la coda.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln overdue</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln in ritardo</numerusform>
            <numerusform>%Ln in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln expiring</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln in scadenza</numerusform>
            <numerusform>%Ln in scadenza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln expired</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln scaduto</numerusform>
            <numerusform>%Ln scaduti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln mandatory not assigned</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln obbligatorio non assegnato</numerusform>
            <numerusform>%Ln obbligatori non assegnati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training overdue / expiring</source>
        <translation>Formazione in ritardo / in scadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing expired or missing</source>
        <translation>Nulla di scaduto o mancante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff: assignments past their due date, completions expiring within 30 days, expired ones, and mandatory modules never assigned. Click to open Training.</source>
        <translation>Personale in servizio: assegnazioni oltre la data prevista, completamenti che scadono entro 30 giorni, quelli già scaduti e moduli obbligatori mai assegnati. Fare clic per aprire Formazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name}: %n account(s)</source>
        <translation>
            <numerusform>{name}: %n pratica</numerusform>
            <numerusform>{name}: %n pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>e %n altro</numerusform>
            <numerusform>e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My portfolios</source>
        <translation>I miei portafogli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The special portfolios you own and how many accounts each holds now. Click to open Portfolios.</source>
        <translation>I portafogli speciali di cui è responsabile e quante pratiche contiene attualmente ciascuno. Fare clic per aprire Portafogli.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open accounts</source>
        <translation>Tutte le pratiche aperte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Tutte le pratiche non pagate, non definite a saldo e stralcio, non passate a perdita e non chiuse, con i saldi. Fai clic per aprire la coda.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <translation>Scegliere un database</translation>
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
        <location filename="../collectdesk/services/demo/builder.py" line="+59"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>I dati dimostrativi si possono creare solo in un database vuoto, e questo contiene già pratiche, debitori o personale. Scegliere un nuovo file di database.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>La creazione dei dati dimostrativi è stata annullata. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Il numero di pratiche dimostrative deve essere compreso tra 1 e {maximum}.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Dati dimostrativi creati con seme {seed} al {today}: %n pratica; debitori: {debtors}, attività: {activities}, pagamenti: {payments}.</numerusform>
            <numerusform>Dati dimostrativi creati con seme {seed} al {today}: %n pratiche; debitori: {debtors}, attività: {activities}, pagamenti: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/department_panel.py" line="+33"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Of what could be collected in the period (receivables at the start plus new placements), the share that was collected.</source>
        <translation>Di quanto era recuperabile nel periodo (crediti in essere all&apos;inizio più i nuovi affidamenti), la quota effettivamente incassata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the amounts placed in the period, the share collected by its end.</source>
        <translation>Degli importi affidati nel periodo, la quota incassata entro la fine del periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance that moved from one aging bucket to the next during the period, as a share of the balance in the first bucket at the start.</source>
        <translation>Saldo passato da una fascia di scaduto alla successiva durante il periodo, in percentuale del saldo presente nella prima fascia all&apos;inizio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection effectiveness index</source>
        <translation>Indice di efficacia del recupero (CEI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation rate</source>
        <translation>Tasso di recupero sull&apos;affidato</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roll rate {source} → {target}</source>
        <translation>Roll rate {source} → {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts past due at the start of the period that were brought up to date or paid by its end: {cured} of {delinquent}.</source>
        <translation>Pratiche scadute all&apos;inizio del periodo che entro la fine sono state regolarizzate o pagate: {cured} su {delinquent}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cure rate (all currencies, by accounts)</source>
        <translation>Tasso di regolarizzazione (tutte le valute, per pratiche)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collection effectiveness index (%), {currency}</source>
        <translation>Indice di efficacia del recupero (%), {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation rate (%), {currency}</source>
        <translation>Tasso di recupero sull&apos;affidato (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll rate {source} → {target} (%), {currency}</source>
        <translation>Roll rate {source} → {target} (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cure rate (%)</source>
        <translation>Tasso di regolarizzazione (%)</translation>
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
        <translation>&lt;b&gt;{figure}&lt;/b&gt; per {who}, {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a row or press Enter to open the account.</source>
        <translation>Fare doppio clic su una riga o premere Invio per aprire la pratica.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{total} rows; the newest {shown} are listed.</source>
        <translation>{total} righe; sono elencate le {shown} più recenti.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n riga.</numerusform>
            <numerusform>%n righe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rows could not be read. Try again in a moment.</source>
        <translation>Impossibile leggere le righe. Riprovare tra poco.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/drill_model.py" line="+64"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome / status</source>
        <translation>Esito / stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Conteggiato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>EmailImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/email_decode.py" line="+170"/>
        <source>The text&apos;s charset &quot;{declared}&quot; is unknown; it was read as {used}.</source>
        <translation>Il set di caratteri &quot;{declared}&quot; del testo è sconosciuto; il testo è stato letto come {used}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text was declared as {declared} but is not; it was read as {used}.</source>
        <translation>Il testo era dichiarato come {declared} ma non lo è; è stato letto come {used}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The {header} header holds unencoded non-ASCII bytes; it was read as {used}.</source>
        <translation>L&apos;intestazione {header} contiene byte non ASCII non codificati; è stata letta come {used}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {header} header is damaged ({error}); it is shown as sent.</source>
        <translation>L&apos;intestazione {header} è danneggiata ({error}); viene mostrata così come è stata inviata.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{header} header: {note}</source>
        <translation>Intestazione {header}: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {header} header holds an encoded part that cannot be decoded; it is shown as sent.</source>
        <translation>L&apos;intestazione {header} contiene una parte codificata che non può essere decodificata; viene mostrata così come è stata inviata.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sender&apos;s address cannot be read: {value}</source>
        <translation>Impossibile leggere l&apos;indirizzo del mittente: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender&apos;s header is malformed; the address was read as {address}.</source>
        <translation>L&apos;intestazione del mittente non è corretta; l&apos;indirizzo è stato letto come {address}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A part of the message has damaged base64 encoding; what could be read is kept.</source>
        <translation>Una parte del messaggio ha una codifica base64 danneggiata; viene conservato quanto è stato possibile leggere.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The message is empty.</source>
        <translation>Il messaggio è vuoto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail message: it has no header lines.</source>
        <translation>Non è un messaggio e-mail: non ha righe di intestazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail message: it has none of From, Subject, Date and Message-ID.</source>
        <translation>Non è un messaggio e-mail: non contiene nessuna delle intestazioni From, Subject, Date e Message-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message is incomplete: its MIME parts are cut off (the file or archive may be truncated).</source>
        <translation>Il messaggio è incompleto: le sue parti MIME sono troncate (il file o l&apos;archivio potrebbe essere troncato).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is malformed: a multipart message has no boundary.</source>
        <translation>Il messaggio non è corretto: un messaggio multipart non ha il delimitatore (boundary).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message cannot be read: {error}</source>
        <translation>Impossibile leggere il messaggio: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/email_import.py" line="+133"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Impossibile leggere il file: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an Outlook .msg file, which cannot be read. In Outlook, save the message as .eml (or drag it to a folder as a file) and import that.</source>
        <translation>Questo è un file .msg di Outlook, che non può essere letto. In Outlook salvare il messaggio come .eml (oppure trascinarlo in una cartella come file) e importare quel file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message is {size} MB; messages up to {limit} MB are imported. Open it in your mail program and save its attachments to a shared drive.</source>
        <translation>Il messaggio è di {size} MB; vengono importati messaggi fino a {limit} MB. Aprirlo nel programma di posta e salvarne gli allegati su un&apos;unità di rete condivisa.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Attachment not stored as a file, larger than {limit} MB: {name} ({size} MB). It is kept inside message.eml.</source>
        <translation>Allegato non salvato come file perché supera {limit} MB: {name} ({size} MB). Resta all&apos;interno di message.eml.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[CollectDesk import]</source>
        <translation>[Importazione CollectDesk]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({size} bytes, SHA-256 {sha})</source>
        <translation>{name} ({size} byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail imported with its files: {files}</source>
        <translation>E-mail importata con i relativi file: {files}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attachment {name} ({size} MB) is larger than {limit} MB: it was not stored as a file; it stays inside message.eml.</source>
        <translation>L&apos;allegato {name} ({size} MB) supera {limit} MB: non è stato salvato come file e resta all&apos;interno di message.eml.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The import stopped: the database refused {n} messages in a row.</source>
        <translation>Importazione interrotta: il database ha rifiutato {n} messaggi consecutivi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message could not be imported: {error}</source>
        <translation>Impossibile importare il messaggio: {error}</translation>
    </message>
</context>
<context>
    <name>EmailImportSummary</name>
    <message>
        <location filename="../collectdesk/ui/inbox/email_import_summary.py" line="+58"/>
        <source>E-mail imported</source>
        <translation>E-mail importate</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n messaggio importato.</numerusform>
            <numerusform>%n messaggi importati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were skipped.</source>
        <translation>
            <numerusform>%n messaggio era già nella casella ed è stato ignorato.</numerusform>
            <numerusform>%n messaggi erano già nella casella e sono stati ignorati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be read; they are listed below.</source>
        <translation>
            <numerusform>Impossibile leggere %n messaggio; è elencato qui sotto.</numerusform>
            <numerusform>Impossibile leggere %n messaggi; sono elencati qui sotto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copia elenco</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="-191"/>
        <source>No topic</source>
        <translation>Nessun argomento</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was saved.</source>
        <translation>Impossibile salvare a causa di un errore imprevisto ({error}). Non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>EscalationOutcome</name>
    <message>
        <location filename="../collectdesk/services/escalation_outcome.py" line="+125"/>
        <source>There is no payment plan to approve: build the plan with the payment plan calculator first, or give the number of installments.</source>
        <translation>Non c&apos;è alcun piano di rientro da approvare: creare prima il piano con il calcolo del piano di rientro oppure indicare il numero di rate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how often the installments fall due: weekly, fortnightly or monthly.</source>
        <translation>Scegliere la frequenza delle rate: settimanale, quindicinale o mensile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first due date of the plan is not a date: {value}</source>
        <translation>La prima scadenza del piano non è una data valida: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first installment cannot fall due in the past ({date}); give a new first due date.</source>
        <translation>La prima rata non può scadere nel passato ({date}); indicare una nuova prima scadenza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settlement&apos;s deadline is not a date: {value}</source>
        <translation>Il termine del saldo e stralcio non è una data valida: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the deadline by which the settlement must be paid.</source>
        <translation>Indicare il termine entro cui deve essere pagato il saldo e stralcio.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The terms hold an amount that is not a number: {value}</source>
        <translation>Le condizioni contengono un importo non numerico: {value}</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="+161"/>
        <source>The amount at stake cannot be negative.</source>
        <translation>L&apos;importo in questione non può essere negativo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <location line="+35"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>This account already has an open escalation ({status}, raised on {date}). Decide or withdraw it before raising another.</source>
        <translation>Questa pratica ha già un&apos;escalation aperta ({status}, avviata il {date}). Deciderla o ritirarla prima di avviarne un&apos;altra.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of installments must be a whole number of at least 1.</source>
        <translation>Il numero di rate deve essere un numero intero pari ad almeno 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proposed terms hold an amount that is not a number: {value}</source>
        <translation>Le condizioni proposte contengono un importo non numerico: {value}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+40"/>
        <location filename="../collectdesk/services/escalations.py" line="+18"/>
        <location line="+92"/>
        <location line="+88"/>
        <source>Escalation</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {name} cannot be found (was it moved or deleted?). Nothing was saved.</source>
        <translation>Impossibile trovare il file {name} (è stato spostato o eliminato?). Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be read: {error}. Nothing was saved.</source>
        <translation>Impossibile leggere il file {name}: {error}. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is larger than {limit} MB. Nothing was saved.</source>
        <translation>Il file {name} supera {limit} MB. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="-159"/>
        <source>The payment plan has {count} installments; a supervisor may approve up to {limit}.</source>
        <translation>Il piano di rientro prevede {count} rate; un supervisore può approvarne al massimo {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No write-off limit is set for {currency}: every write-off in it goes to a senior manager.</source>
        <translation>Non è impostato alcun limite di passaggio a perdita per {currency}: ogni passaggio a perdita in questa valuta spetta a un dirigente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The write-off of {amount} is above the supervisor&apos;s limit of {limit}.</source>
        <translation>Il passaggio a perdita di {amount} supera il limite del supervisore, pari a {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settlement gives a discount of {pct} %; a supervisor may approve up to {limit} %.</source>
        <translation>Il saldo e stralcio prevede uno sconto del {pct} %; un supervisore può approvare fino al {limit} %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} is above the approval limit of {name} ({limit}).</source>
        <translation>{amount} supera il limite di approvazione di {name} ({limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspected fraud: every fraud case goes to a senior manager.</source>
        <translation>Sospetta frode: ogni caso di frode spetta a un dirigente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is flagged with a documented record of economic recovery.</source>
        <translation>Il cliente ha il contrassegno di ripresa economica documentata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervisor referred the case to a senior manager.</source>
        <translation>Il supervisore ha sottoposto il caso a un dirigente.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An escalation is raised only once.</source>
        <translation>Un&apos;escalation può essere avviata una sola volta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why: a rejection, a counter-proposal, a request for information and a referral need a note.</source>
        <translation>Indicare il motivo: un rifiuto, una controproposta, una richiesta di informazioni e la sottoposizione a un dirigente richiedono una nota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counter-proposal needs the terms proposed.</source>
        <translation>Una controproposta richiede le condizioni proposte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On a shared database each manager decides under their own login: {name} must sign in to decide.</source>
        <translation>Su un database condiviso ciascun supervisore o dirigente decide con il proprio login: per decidere, {name} deve accedere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This escalation is closed ({status}); only a comment can be added.</source>
        <translation>Questa escalation è chiusa ({status}); è possibile solo aggiungere un commento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Four-eyes rule: {name} raised this escalation and cannot decide it. Another supervisor or a senior manager must.</source>
        <translation>Principio dei quattro occhi: {name} ha avviato questa escalation e non può deciderla. Deve decidere un altro supervisore o un dirigente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a supervisor or manager and cannot decide escalations.</source>
        <translation>{name} non è un supervisore né un dirigente e non può decidere le escalation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person who raised it or a supervisor can withdraw an escalation.</source>
        <translation>Solo chi l&apos;ha avviata o un supervisore può ritirare un&apos;escalation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a senior manager can decide this escalation: {reasons}</source>
        <translation>Solo un dirigente può decidere questa escalation: {reasons}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the senior manager the case is referred to.</source>
        <translation>Scegliere il dirigente a cui sottoporre il caso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a senior manager.</source>
        <translation>{name} non è un dirigente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>in esame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred</source>
        <translation>sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information requested</source>
        <translation>informazioni richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-proposed</source>
        <translation>controproposta inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>approvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>respinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>File {name} allegato ({size} byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_file_data.py" line="+27"/>
        <source>The file is no longer stored with the escalation.</source>
        <translation>Il file non è più archiviato con l&apos;escalation.</translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+219"/>
        <source>Escalations</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who takes the decision. On this single-user database you may enter a senior manager&apos;s decision; the history records that you typed it in.</source>
        <translation>Chi prende la decisione. Su questo database monoutente può inserire la decisione di un dirigente; la cronologia registra che è stata inserita da Lei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a shared database each manager decides under their own login, and your login ({login}) is not a supervisor&apos;s or manager&apos;s.</source>
        <translation>Su un database condiviso ciascun supervisore o dirigente decide con il proprio login, e il Suo login ({login}) non appartiene a un supervisore né a un dirigente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a shared database each manager decides under their own login: a senior manager signs in to decide.</source>
        <translation>Su un database condiviso ciascun supervisore o dirigente decide con il proprio login: per decidere, un dirigente deve accedere.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n decided case(s)</source>
        <translation>
            <numerusform>%n caso deciso</numerusform>
            <numerusform>%n casi decisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n caso aperto</numerusform>
            <numerusform>%n casi aperti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Escalations decided lately, newest first</source>
        <translation>Escalation decise di recente, dalla più recente</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Select a case to see the account as it stood and its history.</source>
        <translation>Selezionare un caso per vedere la pratica com&apos;era al momento dell&apos;escalation e la relativa cronologia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status} by {who} on {when}.</source>
        <translation>{status} da {who} il {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a senior manager: {reasons}</source>
        <translation>Serve un dirigente: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor may decide this case alone.</source>
        <translation>Un supervisore può decidere questo caso da solo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {action} · {who}</source>
        <translation>{when} · {action} · {who}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_summary.py" line="+27"/>
        <source>{account} · {debtor} · raised by {who} on {when}</source>
        <translation>{account} · {debtor} · avviata da {who} il {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; asks for: {decision}; at stake {amount}</source>
        <translation>{reason}; richiesta: {decision}; importo in questione {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When raised: open {open} of {original} (paid {paid}); %n day(s) past due</source>
        <translation>
            <numerusform>Al momento dell&apos;escalation: residuo {open} su {original} (pagato {paid}); %n giorno di ritardo</numerusform>
            <numerusform>Al momento dell&apos;escalation: residuo {open} su {original} (pagato {paid}); %n giorni di ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts: {contacts} · promises: {promises} · payments: {payments} · open complaints: {complaints}</source>
        <translation>Contatti: {contacts} · promesse: {promises} · pagamenti: {payments} · reclami aperti: {complaints}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed terms: {terms}</source>
        <translation>Condizioni proposte: {terms}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n rata</numerusform>
            <numerusform>%n rate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first due {date}</source>
        <translation>prima scadenza il {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by {date}</source>
        <translation>da pagare entro il {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>cadenza settimanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every two weeks</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>cadenza quindicinale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>cadenza mensile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settle for {amount}</source>
        <translation>saldo e stralcio per {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write off {amount}</source>
        <translation>passaggio a perdita di {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan for {amount}</source>
        <translation>piano per {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} % discount</source>
        <translation>sconto del {pct} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accounting ref. {ref}</source>
        <translation>rif. contabile {ref}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+16"/>
        <location line="+31"/>
        <source>Choose a case and who decides.</source>
        <translation>Scegliere un caso e chi decide.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{account}: {action} recorded.</source>
        <translation>{account}: registrato il passaggio «{action}».</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_documents.py" line="+29"/>
        <source>Save the referral sheet</source>
        <translation>Salva la scheda per il dirigente</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Referral sheet</source>
        <translation>Scheda per il dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the referral sheet…</source>
        <translation>Scrittura della scheda per il dirigente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral sheet saved: {path}</source>
        <translation>Scheda per il dirigente salvata: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the payment plan letter</source>
        <translation>Salva la lettera del piano di rientro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan letter saved: {path}</source>
        <translation>Lettera del piano salvata: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan letter</source>
        <translation>Lettera del piano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the payment plan letter…</source>
        <translation>Scrittura della lettera del piano di rientro…</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+28"/>
        <source>{account}: approved ({decision}).</source>
        <translation>{account}: approvata ({decision}).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Payment plan proposed; approving the case puts it into effect.</source>
        <translation>Piano di rientro proposto; con l&apos;approvazione del caso entra in vigore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All open</source>
        <translation>Tutti gli stati aperti</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decided in the last %n day(s)</source>
        <translation>
            <numerusform>Decise da non più di %n giorno</numerusform>
            <numerusform>Decise negli ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;history:</source>
        <translation>C&amp;ronologia delle decisioni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments:</source>
        <translation>All&amp;egati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;as:</source>
        <translation>&amp;Decisore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter terms:</source>
        <translation>Condizioni della con&amp;troproposta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> installments</source>
        <translation> rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior &amp;manager:</source>
        <translation>D&amp;irigente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Approva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;ject</source>
        <translation>Respin&amp;gi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ounter-proposal</source>
        <translation>C&amp;ontroproposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;information</source>
        <translation>Richiedi in&amp;formazioni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refer to senior manager…</source>
        <translation>Sottoponi a un dirigente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral sheet PD&amp;F…</source>
        <translation>Sc&amp;heda per il dirigente PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open acco&amp;unt</source>
        <translation>Apri prati&amp;ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build payment plan…</source>
        <translation>Crea &amp;piano di rientro…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan lette&amp;r…</source>
        <translation>&amp;Lettera del piano…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter confirming the approved payment plan to the debtor, in the debtor&apos;s language, as a PDF</source>
        <translation>La lettera che conferma al debitore il piano di rientro approvato, nella lingua del debitore, in formato PDF</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+190"/>
        <source>Escalations waiting for a decision, oldest first</source>
        <translation>Escalation in attesa di decisione, dalla meno recente</translation>
    </message>
</context>
<context>
    <name>EscalationsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="+134"/>
        <location line="+186"/>
        <source>Settlements</source>
        <translation>Saldi e stralci</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>no settlement was offered in this period or the one before.</source>
        <translation>nessun saldo e stralcio è stato proposto in questo periodo né in quello precedente.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <source>Escalations raised</source>
        <translation>Escalation avviate</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Amount at stake ({currency})</source>
        <translation>Importo in questione ({currency})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalations raised by reason</source>
        <translation>Escalation avviate per motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <location line="+79"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Raised</source>
        <translation>Avviate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most common reason was {reason}: {count} of {total}.</source>
        <translation>Il motivo più frequente è stato {reason}: {count} su {total}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Escalations decided</source>
        <translation>Escalation decise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval rate</source>
        <translation>Tasso di approvazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average days from raising to decision</source>
        <translation>Giorni medi dall&apos;avvio alla decisione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions by what was requested</source>
        <translation>Decisioni per tipo di richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Decision requested</source>
        <translation>Decisione richiesta</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Decided</source>
        <translation>Decise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rate: approved, of the escalations approved or rejected.</source>
        <translation>Tasso di approvazione: escalation approvate sul totale di quelle approvate o respinte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>Non registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who decided</source>
        <translation>Chi ha deciso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decisa da</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decisions and approvals</source>
        <translation>Decisioni e approvazioni</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalations waiting for a decision</source>
        <translation>Escalation in attesa di decisione</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Average days waiting</source>
        <translation>Giorni medi di attesa</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Oldest, days waiting</source>
        <translation>Attesa più lunga (giorni)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As on {date}: the queue is read when the report is made.</source>
        <translation>Situazione al {date}: la coda viene letta al momento della creazione del report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals queue by status</source>
        <translation>Coda delle approvazioni per stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest waiting</source>
        <translation>Attese più lunghe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake</source>
        <translation>Importo in questione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Avviata da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Sottoposta a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Giorni di attesa</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>On {date}, %n escalation(s) were waiting for a decision, on average {days} days; the oldest for {oldest} days.</source>
        <translation>
            <numerusform>Al {date} %n escalation era in attesa di decisione, in media da {days} giorni; la più vecchia da {oldest} giorni.</numerusform>
            <numerusform>Al {date} %n escalation erano in attesa di decisione, in media da {days} giorni; la più vecchia da {oldest} giorni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {date}, no escalation was waiting for a decision.</source>
        <translation>Al {date} nessuna escalation era in attesa di decisione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals queue</source>
        <translation>Coda delle approvazioni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settlements offered</source>
        <translation>Saldi e stralci proposti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlements fulfilled (share of those ended)</source>
        <translation>Saldi e stralci onorati (quota di quelli conclusi)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settlements offered in the period, by status now ({currency})</source>
        <translation>Saldi e stralci proposti nel periodo, per stato attuale ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance at the offer</source>
        <translation>Saldo al momento della proposta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement amount</source>
        <translation>Importo a saldo e stralcio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount given</source>
        <translation>Sconto concesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the offers that have ended, {share} were paid in full and the rest lapsed.</source>
        <translation>Delle proposte concluse, {share} sono state pagate per intero e le restanti sono decadute.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Write-offs</source>
        <translation>Passaggi a perdita</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Written off ({currency})</source>
        <translation>Passato a perdita ({currency})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write-offs by reason ({currency})</source>
        <translation>Passaggi a perdita per motivo ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written off in this period.</source>
        <translation>In questo periodo non ci sono stati passaggi a perdita.</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <location filename="../collectdesk/reports/evaluation_pdf.py" line="+54"/>
        <source>Collections department</source>
        <translation>Reparto recupero crediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>Valutazione delle prestazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Dipendente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
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
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of review</source>
        <translation>Data della valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Giudizi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Giudizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of {count} rated criteria: {average} of 5</source>
        <translation>Media di {count} criteri valutati: {average} su 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: {scale}.</source>
        <translation>Scala: {scale}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Punti di forza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals for the next period</source>
        <translation>Obiettivi per il prossimo periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>Nessuno indicato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for the period</source>
        <translation>Dati del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept (by count)</source>
        <translation>Promesse mantenute (per numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contact rate</source>
        <translation>Tasso di contatto con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score (call monitoring)</source>
        <translation>Punteggio QA (monitoraggio chiamate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} of 100 ({count} monitored calls)</source>
        <translation>{score} su 100 ({count} chiamate monitorate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scorecard figures are kept for this role.</source>
        <translation>Per questo ruolo non sono previsti dati della scheda di valutazione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>non disponibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer: {name}</source>
        <translation>Valutatore: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee: {name}</source>
        <translation>Dipendente: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Generato il {when}</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <location filename="../collectdesk/services/evaluation_checks.py" line="+20"/>
        <source>This staff member no longer exists.</source>
        <translation>Questo membro del personale non esiste più.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can evaluate themselves; choose another reviewer.</source>
        <translation>Nessuno può valutare se stesso; scegliere un altro valutatore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen reviewer no longer exists.</source>
        <translation>Il valutatore scelto non esiste più.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_reviews.py" line="+63"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>La data della valutazione non può essere precedente all&apos;inizio del periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be in the future.</source>
        <translation>La data della valutazione non può essere nel futuro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>Un giudizio è un numero intero da 1 a 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate at least one criterion.</source>
        <translation>Valutare almeno un criterio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the rated criteria no longer exists; reopen the review.</source>
        <translation>Uno dei criteri valutati non esiste più; riaprire la valutazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The criterion {name} is no longer in use.</source>
        <translation>Il criterio {name} non è più in uso.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The review</source>
        <translation>La valutazione</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This review no longer exists.</source>
        <translation>Questa valutazione non esiste più.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_qa.py" line="+58"/>
        <source>The evaluation date cannot be in the future.</source>
        <translation>La data della valutazione non può essere nel futuro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call reference is too long (at most {n} characters).</source>
        <translation>Il riferimento della chiamata è troppo lungo (al massimo {n} caratteri).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen call is not one of this staff member&apos;s calls.</source>
        <translation>La chiamata scelta non è una delle chiamate di questo membro del personale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call was made after the evaluation date.</source>
        <translation>La chiamata è stata effettuata dopo la data della valutazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen call belongs to another account.</source>
        <translation>La chiamata scelta appartiene a un&apos;altra pratica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Scegliere la chiamata monitorata o digitarne il riferimento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account no longer exists.</source>
        <translation>La pratica non esiste più.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion.</source>
        <translation>Assegnare un punteggio ad almeno un criterio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>Un punteggio è un numero intero da 0 a 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the scored criteria is no longer in use; reopen the entry.</source>
        <translation>Uno dei criteri con punteggio non è più in uso; riaprire la valutazione.</translation>
    </message>
</context>
<context>
    <name>FeedbackReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="+81"/>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no satisfaction answers in the last 12 months.</source>
        <translation>nessuna risposta sulla soddisfazione negli ultimi 12 mesi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Agency data</source>
        <translation>Dati delle agenzie</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>no agency data in this period or the one before.</source>
        <translation>nessun dato delle agenzie in questo periodo né in quello precedente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+305"/>
        <source>Notable cases</source>
        <translation>Casi da segnalare</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>no open complaints and no agency complaints.</source>
        <translation>nessun reclamo aperto e nessun reclamo tramite agenzia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+53"/>
        <location line="+97"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Reclami ogni 1.000 contatti con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliments about collectors</source>
        <translation>Apprezzamenti sugli operatori</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+95"/>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Complaints by topic</source>
        <translation>Reclami per argomento</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by channel</source>
        <translation>Reclami per canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a collector in this list</source>
        <translation>Non collegati a un operatore di questo elenco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by collector</source>
        <translation>Reclami per operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Right-party contacts</source>
        <translation>Contatti con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 contacts</source>
        <translation>Ogni 1.000 contatti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most complaints were about {topic}: {count} of {total} ({share}).</source>
        <translation>La maggior parte dei reclami ha riguardato {topic}: {count} su {total} ({share}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} drew the most complaints: {count}, {rate} per 1,000 right-party contacts.</source>
        <translation>{name} ha ricevuto più reclami: {count}, pari a {rate} ogni 1.000 contatti con il debitore (RPC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This period</source>
        <translation>Questo periodo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Average satisfaction (1 to 5)</source>
        <translation>Soddisfazione media (da 1 a 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction answers</source>
        <translation>Risposte sulla soddisfazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction by month</source>
        <translation>Soddisfazione per mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average (1 to 5)</source>
        <translation>Media (da 1 a 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Average satisfaction, last 12 months</source>
        <translation>Soddisfazione media, ultimi 12 mesi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Average satisfaction</source>
        <translation>Soddisfazione media</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No satisfaction answers came in this period.</source>
        <translation>In questo periodo non sono pervenute risposte sulla soddisfazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 12 months the monthly average went from {first} ({first_month}) to {last} ({last_month}).</source>
        <translation>Negli ultimi 12 mesi la media mensile è passata da {first} ({first_month}) a {last} ({last_month}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Answers from agencies</source>
        <translation>Risposte dalle agenzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average satisfaction reported by agencies</source>
        <translation>Soddisfazione media segnalata dalle agenzie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>Net promoter score</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Complaints through agencies</source>
        <translation>Reclami tramite agenzie</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Agency not named</source>
        <translation>Agenzia non indicata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Acknowledged within the deadline</source>
        <translation>Ricezione confermata entro il termine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved within the deadline</source>
        <translation>Risolti entro il termine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints and disputes overdue now</source>
        <translation>Reclami e contestazioni attualmente oltre il termine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to acknowledge</source>
        <translation>Giorni mediani per la conferma di ricezione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to resolve</source>
        <translation>Giorni mediani per la risoluzione</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines met, by category</source>
        <translation>Termini rispettati, per categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Received</source>
        <translation>Ricevuti</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Acknowledgement due</source>
        <translation>Conferma di ricezione dovuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged in time</source>
        <translation>Ricezione confermata nei termini</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>In time</source>
        <translation>Nei termini</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resolution due</source>
        <translation>Risoluzione dovuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved in time</source>
        <translation>Risolti nei termini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue now</source>
        <translation>Attualmente oltre il termine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items received in the period; an item still inside its deadline is not counted as due yet. Overdue now counts every open item past a deadline.</source>
        <translation>Segnalazioni ricevute nel periodo; una segnalazione ancora entro il termine non viene ancora conteggiata come dovuta. «Attualmente oltre il termine» conta tutte le segnalazioni aperte che hanno superato un termine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} of complaints and disputes were acknowledged within the deadline and {resolved} resolved within it; {overdue} are overdue now.</source>
        <translation>Reclami e contestazioni: {share} con ricezione confermata entro il termine e {resolved} risolti entro il termine; {overdue} attualmente oltre il termine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No acknowledgement deadline of this period&apos;s complaints has passed yet; {overdue} complaints and disputes are overdue now.</source>
        <translation>Per nessuno dei reclami di questo periodo è ancora scaduto il termine di conferma di ricezione; {overdue} reclami e contestazioni sono attualmente oltre il termine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service levels</source>
        <translation>Livelli di servizio</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Oldest open</source>
        <translation>Il più vecchio ancora aperto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through an agency: {agency}</source>
        <translation>Tramite un&apos;agenzia: {agency}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listed as</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days open</source>
        <translation>Giorni di apertura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve by</source>
        <translation>Da risolvere entro</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The oldest open complaint was received on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>Il reclamo aperto più vecchio è stato ricevuto il {date}, %n giorno fa.</numerusform>
            <numerusform>Il reclamo aperto più vecchio è stato ricevuto il {date}, %n giorni fa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) came through a reporting agency in this period.</source>
        <translation>
            <numerusform>In questo periodo è pervenuto %n reclamo tramite un&apos;agenzia di reporting.</numerusform>
            <numerusform>In questo periodo sono pervenuti %n reclami tramite un&apos;agenzia di reporting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_strip.py" line="+60"/>
        <source>open</source>
        <translation>aperte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unread</source>
        <translation>non lette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints this month</source>
        <translation>reclami questo mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items still being worked on: show them</source>
        <translation>Segnalazioni ancora in lavorazione: mostrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items nobody has read yet: show them</source>
        <translation>Segnalazioni aperte non ancora lette da nessuno: mostrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items past their acknowledgement or resolution date: show them</source>
        <translation>Segnalazioni aperte oltre il termine di conferma di ricezione o di risoluzione: mostrale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received since the first of this month: show them</source>
        <translation>Reclami ricevuti dal primo giorno di questo mese: mostrali</translation>
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
        <location line="+7"/>
        <source>any</source>
        <translation>qualsiasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has an open &amp;escalation</source>
        <translation>Con &amp;escalation aperta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts whose payment plan is in one of the ticked states</source>
        <translation>Pratiche il cui piano di rientro si trova in uno degli stati selezionati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any time</source>
        <translation>sempre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With “Broken” ticked: only plans broken in the last so many days (“any time”: every broken plan)</source>
        <translation>Con «Decaduto» selezionato: solo i piani decaduti negli ultimi giorni indicati («sempre»: tutti i piani decaduti)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+31"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan:</source>
        <translation>Piano di rientro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Broken in the last (days)</source>
        <translation>Decadu&amp;to negli ultimi (giorni)</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>FindingActivitiesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/activities_model.py" line="+47"/>
        <source>Part</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor&apos;s local time</source>
        <translation>Ora locale del debitore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number / address</source>
        <translation>Numero / indirizzo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offending</source>
        <translation>In violazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involved</source>
        <translation>Coinvolta</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} in your time</source>
        <translation>{time} nel Suo fuso orario</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_dialog.py" line="+156"/>
        <source>Finding: {rule}</source>
        <translation>Rilievo: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · collector: {collector} · profile {profile} {version}</source>
        <translation>{when} · operatore: {collector} · profilo {profile} {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Checked against the primary text</source>
        <translation>✓ Verificata sul testo originale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Not verified&lt;/span&gt;: not checked against the primary text (a secondary source, a draft or a default); have it checked before relying on it.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Da verificare&lt;/span&gt;: non controllata sul testo originale (fonte secondaria, progetto o valore predefinito); farla verificare prima di farvi affidamento.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Activities involved (%n no longer in the log):</source>
        <translation>
            <numerusform>&amp;Attività coinvolte (%n non più nel registro):</numerusform>
            <numerusform>&amp;Attività coinvolte (%n non più nel registro):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activities involved:</source>
        <translation>&amp;Attività coinvolte:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Pratica &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>balance {amount}</source>
        <translation>saldo {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtor&apos;s time zone {zone}</source>
        <translation>fuso orario del debitore {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is linked to this finding.</source>
        <translation>Nessuna pratica è collegata a questo rilievo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; by {who} on {when}: {note}</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; (valutazione di {who} del {when}): {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reviewed yet.</source>
        <translation>Non ancora valutato.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what was done about the finding.</source>
        <translation>Scegliere cosa è stato fatto riguardo al rilievo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Review not saved</source>
        <translation>Valutazione non salvata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding not reopened</source>
        <translation>Rilievo non riaperto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis:</source>
        <translation>Fondamento:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Verificata:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This rule is no longer in any compliance profile; the explanation is written from what was recorded when the finding was made.</source>
        <translation>Questa regola non è più presente in alcun profilo di conformità; la spiegazione si basa su quanto registrato al momento del rilievo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open account</source>
        <translation>Apri &amp;pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the account in the Queues pane</source>
        <translation>Mostra la pratica nel riquadro Code di lavoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen</source>
        <translation>&amp;Riapri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, and why (required)</source>
        <translation>Cosa è stato fatto e perché (obbligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save review</source>
        <translation>&amp;Salva valutazione</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/findings_model.py" line="+98"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{outcome} by {who}: {note}</source>
        <translation>{outcome} (valutazione di {who}): {note}</translation>
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
        <translation>Rilievi per periodo e gravità</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n rilievo</numerusform>
            <numerusform>%n rilievi</numerusform>
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
    <name>GroupCountModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/group_model.py" line="+46"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings in the period before, with the same filters</source>
        <translation>Rilievi nel periodo precedente, con gli stessi filtri</translation>
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
        <translation>Tipo di importazione sconosciuto: {kind}. Scegliere accounts, payments o activities.</translation>
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
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/import_errors_dialog.py" line="+56"/>
        <source>Targets not imported</source>
        <translation>Obiettivi non importati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Non è stato importato nulla da {file}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n riga da correggere.</numerusform>
            <numerusform>%n righe da correggere.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the file and import it again.</source>
        <translation>Correggere il file e importarlo di nuovo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Viene elencato %n problema, il primo.</numerusform>
            <numerusform>Vengono elencati i primi %n problemi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Copy list</source>
        <translation>&amp;Copia elenco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;sample file…</source>
        <translation>Salva un file di &amp;esempio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet with the columns the import expects and example rows</source>
        <translation>Un foglio di calcolo con le colonne attese dall&apos;importazione e righe di esempio</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Save a sample file</source>
        <translation>Salva un file di esempio</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be saved: {error}</source>
        <translation>Impossibile salvare il file: {error}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../collectdesk/services/inbox/entries.py" line="+90"/>
        <source>The date received is in the future.</source>
        <translation>La data di ricezione è nel futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>La soddisfazione va da 1 a 5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="+216"/>
        <source>Unknown topic: {topic}</source>
        <translation>Argomento sconosciuto: {topic}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>The file cannot be read: {error}</source>
        <translation>Impossibile leggere il file: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached.</source>
        <translation>Il file è di {size} MB; si possono allegare file fino a {limit} MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Il file supera {limit} MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>File {name} allegato ({size} byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter who sent the letter.</source>
        <translation>Indicare il mittente della lettera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Indicare l&apos;oggetto della lettera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan must be a PDF or an image file.</source>
        <translation>La scansione deve essere un file PDF o un&apos;immagine.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter who called.</source>
        <translation>Indicare chi ha chiamato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the call.</source>
        <translation>Riassumere la telefonata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Il numero di telefono ha troppo poche cifre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the suggestion a short title.</source>
        <translation>Dare al suggerimento un titolo breve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the suggestion.</source>
        <translation>Descrivere il suggerimento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Scegliere chi presenta il suggerimento oppure renderlo anonimo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-75"/>
        <location line="+25"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../collectdesk/services/inbox/items.py" line="+309"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-73"/>
        <source>Feedback item</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/items.py" line="+42"/>
        <source>The attachment no longer exists.</source>
        <translation>L&apos;allegato non esiste più.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/triage.py" line="-24"/>
        <source>new</source>
        <comment>feedback status</comment>
        <translation>nuova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <comment>feedback status</comment>
        <translation>assegnata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <comment>feedback status</comment>
        <translation>in lavorazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the customer</source>
        <comment>feedback status</comment>
        <translation>in attesa del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <comment>feedback status</comment>
        <translation>risolta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <comment>feedback status</comment>
        <translation>chiusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <comment>feedback status</comment>
        <translation>ricevuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <comment>feedback status</comment>
        <translation>in valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <comment>feedback status</comment>
        <translation>adottata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <comment>feedback status</comment>
        <translation>respinta</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An item that is {old} cannot be set to {new}.</source>
        <translation>Una segnalazione nello stato «{old}» non può passare allo stato «{new}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who owns the item before setting it to assigned.</source>
        <translation>Scegliere il responsabile della segnalazione prima di impostarla come assegnata.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} has left; choose someone who works here.</source>
        <translation>{name} non lavora più qui; scegliere una persona in servizio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+132"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The account belongs to another debtor.</source>
        <translation>La pratica appartiene a un altro debitore.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested link</source>
        <translation>Collegamento suggerito</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Describe the resolution: what was found and what was done.</source>
        <translation>Descrivere la risoluzione: che cosa è stato riscontrato e che cosa è stato fatto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A staff suggestion is adopted or declined, not resolved.</source>
        <translation>Un suggerimento del personale viene adottato o respinto, non risolto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reply is empty.</source>
        <translation>La risposta è vuota.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link the item to an account or a debtor before flagging a dispute.</source>
        <translation>Collegare la segnalazione a una pratica o a un debitore prima di impostare il contrassegno di contestazione.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute raised in feedback: {subject}</source>
        <translation>Contestazione sollevata in un feedback: {subject}</translation>
    </message>
</context>
<context>
    <name>InboxFiguresDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_dialog.py" line="+41"/>
        <source>Feedback figures</source>
        <translation>Dati delle segnalazioni</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>By collector</source>
        <translation>Per operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By team</source>
        <translation>Per team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By topic</source>
        <translation>Per argomento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Per canale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction trend</source>
        <translation>Andamento della soddisfazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts worked</source>
        <translation>Pratiche lavorate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 accounts</source>
        <translation>Ogni 1.000 pratiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per 1,000 contacts</source>
        <translation>Ogni 1.000 contatti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Argomento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average satisfaction (1-5)</source>
        <translation>Soddisfazione media (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Risposte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be read. Try again in a moment.</source>
        <translation>Non è stato possibile leggere i dati. Riprovare tra qualche istante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{complaints} complaints ({per_contacts} per 1,000 contacts, {per_accounts} per 1,000 accounts); average satisfaction {satisfaction} from {answers} answers; acknowledged after {ack} days and resolved after {resolve} days (median); {overdue} complaints and disputes overdue now.</source>
        <translation>Reclami: {complaints} ({per_contacts} ogni 1.000 contatti, {per_accounts} ogni 1.000 pratiche); soddisfazione media {satisfaction} su {answers} risposte; conferma di ricezione dopo {ack} giorni e risoluzione dopo {resolve} giorni (mediana); reclami e contestazioni in ritardo ora: {overdue}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not linked)</source>
        <translation>(non collegato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no team)</source>
        <translation>(nessun team)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no topic)</source>
        <translation>(nessun argomento)</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../collectdesk/ui/inbox/filter_bar.py" line="+109"/>
        <source>Any collector</source>
        <translation>Qualsiasi operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any branch</source>
        <translation>Qualsiasi filiale</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Search sender, subject, text, account (Ctrl+F)</source>
        <translation>Cerca mittente, oggetto, testo, pratica (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the words anywhere in the sender, subject, message text and account number (Ctrl+F)</source>
        <translation>Trova le parole in qualsiasi punto di mittente, oggetto, testo del messaggio e numero di pratica (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unread only</source>
        <translation>Solo &amp;non lette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verdue only</source>
        <translation>Solo in &amp;ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items past their acknowledgement or resolution date</source>
        <translation>Segnalazioni oltre il termine di conferma di ricezione o di risoluzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;goria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llector:</source>
        <translation>&amp;Operatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Filiale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;eived from:</source>
        <translation>Ricevute &amp;dal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to:</source>
        <comment>received from ... to ...</comment>
        <translation>al:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any date</source>
        <translation>qualsiasi data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any category</source>
        <translation>Qualsiasi categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Qualsiasi canale</translation>
    </message>
</context>
<context>
    <name>InboxImports</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_imports.py" line="+75"/>
        <source>New &amp;letter…</source>
        <translation>Nuova &amp;lettera…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a letter by hand and attach its scan</source>
        <translation>Inserisci manualmente una lettera e allegane la scansione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;call…</source>
        <translation>Registra &amp;telefonata…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a phone call: caller, number, time, summary</source>
        <translation>Registra una telefonata: chiamante, numero, ora, riepilogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New su&amp;ggestion…</source>
        <translation>Nuovo su&amp;ggerimento…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a staff member&apos;s suggestion</source>
        <translation>Registra il suggerimento di un membro del personale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;e-mail…</source>
        <translation>Importa &amp;e-mail…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import .eml and .mbox files; you can also drop files or folders on the list</source>
        <translation>Importa file .eml e .mbox; è anche possibile trascinare file o cartelle sull&apos;elenco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an e-mail &amp;folder…</source>
        <translation>Importa una &amp;cartella di e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every .eml and .mbox file in a folder</source>
        <translation>Importa tutti i file .eml e .mbox di una cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a&amp;gency data…</source>
        <translation>Importa dati dell&apos;&amp;agenzia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import survey and complaint data from a reporting agency (CSV or XLSX)</source>
        <translation>Importa dati di sondaggi e reclami da un&apos;agenzia di reporting (CSV o XLSX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved in the inbox.</source>
        <translation>Salvata nella casella dei feedback.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Import e-mail</source>
        <translation>Importa e-mail</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>E-mail (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>E-mail (*.eml *.mbox *.mbx);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an e-mail folder</source>
        <translation>Importa una cartella di e-mail</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n elemento (file o cartella)</numerusform>
            <numerusform>%n elementi (file e cartelle)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing e-mail from {what}…</source>
        <translation>Importazione e-mail da {what}…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>E-mail: %n message(s) imported.</source>
        <translation>
            <numerusform>E-mail: %n messaggio importato.</numerusform>
            <numerusform>E-mail: %n messaggi importati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importazione annullata; non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Import agency data</source>
        <translation>Importa dati dell&apos;agenzia</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing agency data from {file}…</source>
        <translation>Importazione dei dati dell&apos;agenzia da {file}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agency data from {file}:</source>
        <translation>Dati dell&apos;agenzia da {file}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reclamo</numerusform>
            <numerusform>%n reclami</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n risposta al sondaggio</numerusform>
            <numerusform>%n risposte al sondaggio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) already imported</source>
        <translation>
            <numerusform>%n riga già importata</numerusform>
            <numerusform>%n righe già importate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attachment could not be written to a temporary file: {error}</source>
        <translation>Impossibile scrivere l&apos;allegato in un file temporaneo: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program on this computer opens {file}.</source>
        <translation>Su questo computer non c&apos;è alcun programma che apra {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {file} ({size}).</source>
        <translation>{file} aperto ({size}).</translation>
    </message>
</context>
<context>
    <name>InboxItemDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_dialog.py" line="+30"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}
From: {sender}</source>
        <translation>{subject}
Da: {sender}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_model.py" line="+102"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unread</source>
        <translation>non letta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n allegato</numerusform>
            <numerusform>%n allegati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue since {date}</source>
        <translation>In ritardo dal {date}</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_pane.py" line="+153"/>
        <location line="+279"/>
        <source>Feedback inbox</source>
        <translation>Casella dei feedback</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The inbox rules were saved; new items follow them.</source>
        <translation>Le regole della casella sono state salvate; le nuove segnalazioni le seguiranno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ules…</source>
        <translation>Re&amp;gole…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines per category and the list of topics</source>
        <translation>Termini per categoria ed elenco degli argomenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;gures…</source>
        <translation>&amp;Dati…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per collector, team, topic and channel, satisfaction and response times for a period</source>
        <translation>Reclami per operatore, team, argomento e canale, soddisfazione e tempi di risposta in un periodo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys: Space read and next · J/K next/previous · A assign · L link · C categorise · S status · R resolve · W acknowledge · D dispute flag · O open account · right-click for all</source>
        <translation>Tasti: Spazio letta e successiva · J/K successiva/precedente · A assegna · L collega · C categorizza · S stato · R risolvi · W conferma ricezione · D contrassegno di contestazione · O apri pratica · clic destro per tutte le azioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop .eml or .mbox files, or folders of them, here to import them</source>
        <translation>Trascinare qui file .eml o .mbox, o cartelle che li contengono, per importarli</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The newest {shown} of {total} items; narrow the filter to see the rest.</source>
        <translation>Le {shown} segnalazioni più recenti su {total}; restringere il filtro per vedere le altre.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Linked.</source>
        <translation>Collegata.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else changed this item meanwhile, so nothing was saved. It has been reloaded: check it and try again.</source>
        <translation>Nel frattempo un altro utente ha modificato questa segnalazione, quindi non è stato salvato nulla. È stata ricaricata: verificarla e riprovare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong: {error}</source>
        <translation>Si è verificato un errore: {error}</translation>
    </message>
</context>
<context>
    <name>InboxRulesDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/rules_dialog.py" line="+35"/>
        <source>Inbox rules</source>
        <translation>Regole della casella dei feedback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines per category (0: no deadline)</source>
        <translation>Termini per categoria (0: nessun termine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge within (working days)</source>
        <translation>Conferma di ricezione entro (giorni lavorativi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within</source>
        <translation>Risoluzione entro</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>working days</source>
        <translation>giorni lavorativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>settimane</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Topics</source>
        <translation>Argomenti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new topic, e.g. Legal threat</source>
        <translation>Un nuovo argomento, ad es. Minaccia di azioni legali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Aggiungi argomento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove topic</source>
        <translation>&amp;Rimuovi argomento</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working days skip weekends and the public holidays of the account&apos;s country. New deadlines apply to items received from now on.</source>
        <translation>I giorni lavorativi escludono i fine settimana e i giorni festivi del paese della pratica. I nuovi termini valgono per le segnalazioni ricevute da ora in poi.</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_view.py" line="+169"/>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous</source>
        <translation>Anonimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (staff)</source>
        <translation>{name} (personale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agency} (reporting agency)</source>
        <translation>{agency} (agenzia di reporting)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {channel}</source>
        <translation>{when} · {channel}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>satisfaction {score}/5</source>
        <translation>soddisfazione {score}/5</translation>
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
        <translation>{status}, non letta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledge by {date}</source>
        <translation>conferma di ricezione entro il {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolve by {date}</source>
        <translation>risoluzione entro il {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE: {dates}</source>
        <translation>IN RITARDO: {dates}</translation>
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
        <translation>Debitore {name}, nessuna pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not linked</source>
        <translation>non collegata</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what} — {why}</source>
        <translation>{what} — {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;firm</source>
        <translation>Con&amp;ferma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the item to this account or debtor</source>
        <translation>Collega la segnalazione a questa pratica o a questo debitore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sender&apos;s address {text} is the debtor&apos;s</source>
        <translation>l&apos;indirizzo del mittente {text} è quello del debitore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subject names account {text}</source>
        <translation>l&apos;oggetto cita la pratica {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text names account {text}</source>
        <translation>il testo cita la pratica {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found “{text}”</source>
        <translation>trovato «{text}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attachments ({n})</source>
        <translation>Al&amp;legati ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Ricevuta il:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Categoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner:</source>
        <translation>Responsabile:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadlines:</source>
        <translation>Termini:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Pratica:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector:</source>
        <translation>Operatore:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a&amp;ccount</source>
        <translation>Apri &amp;pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Mostra la pratica collegata nel riquadro Code di lavoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested links — confirm the right one</source>
        <translation>Collegamenti suggeriti: confermare quello corretto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attachment with the program your computer uses for it</source>
        <translation>Apre l&apos;allegato con il programma associato sul computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n</source>
        <translation>&amp;Scansione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>C&amp;ronologia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to read it here.</source>
        <translation>Scegliere una segnalazione nell&apos;elenco per leggerla qui.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attachments</source>
        <translation>Al&amp;legati</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/journal_dialog.py" line="+103"/>
        <source>Export write-off journal</source>
        <translation>Esporta le scritture dei passaggi a perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Cartella di lavoro Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for other accounting software)</source>
        <translation>CSV (per altri software di contabilità)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Sfo&amp;glia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>Scegliere il file da scrivere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder: add a file name.</source>
        <translation>{file} è una cartella: aggiungere un nome di file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name should end in .{ext}.</source>
        <translation>Il nome del file deve terminare con .{ext}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write-offs dated {start} to {end}, both included.</source>
        <translation>Passaggi a perdita con data dal {start} al {end}, entrambi inclusi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Cartelle di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the journal…</source>
        <translation>Scrittura delle scritture contabili…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the write-off journal…</source>
        <translation>Scrittura delle scritture contabili dei passaggi a perdita…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) written to {file}.</source>
        <translation>
            <numerusform>%n riga scritta in {file}.</numerusform>
            <numerusform>%n righe scritte in {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal could not be written: {error}</source>
        <translation>Impossibile scrivere le scritture contabili: {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="+21"/>
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
        <location line="+38"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
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
        <location line="-52"/>
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
        <location line="+1"/>
        <source>Documented economic recovery</source>
        <comment>debtor flag</comment>
        <translation>Ripresa economica documentata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mental capacity concern</source>
        <comment>debtor flag</comment>
        <translation>Dubbi sulla capacità di intendere e di volere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party may be contacted</source>
        <comment>debtor flag</comment>
        <translation>Contatto con terzi consentito</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/payment_labels.py" line="+24"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Proposed</source>
        <comment>payment plan status</comment>
        <translation>Proposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>payment plan status</comment>
        <translation>Attivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <comment>payment plan status</comment>
        <translation>In regola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment missed</source>
        <comment>payment plan status</comment>
        <translation>Rata non pagata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>payment plan status</comment>
        <translation>Decaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>payment plan status</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>payment plan status</comment>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekly</source>
        <comment>payment plan frequency</comment>
        <translation>Settimanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>payment plan frequency</comment>
        <translation>Quindicinale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>payment plan frequency</comment>
        <translation>Mensile</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <comment>installment status</comment>
        <translation>Da pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Pagata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>installment status</comment>
        <translation>Pagata in parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>installment status</comment>
        <translation>Non pagata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offered</source>
        <comment>settlement status</comment>
        <translation>Proposto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>settlement status</comment>
        <translation>Accettato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <comment>settlement status</comment>
        <translation>Adempiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <comment>settlement status</comment>
        <translation>Decaduto</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="-21"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+21"/>
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
        <location filename="../collectdesk/ui/account_labels.py" line="+68"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+8"/>
        <source>Assigned</source>
        <comment>training status</comment>
        <translation>Assegnato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>training status</comment>
        <translation>In corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>training status</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>training status</comment>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Da completare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>In scadenza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Scaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned (mandatory)</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Non assegnato (obbligatorio)</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/feedback_labels.py" line="+21"/>
        <source>Complaint</source>
        <comment>feedback category</comment>
        <translation>Reclamo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <comment>feedback category</comment>
        <translation>Apprezzamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>feedback category</comment>
        <translation>Contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <comment>feedback category</comment>
        <translation>Richiesta di informazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <comment>feedback category</comment>
        <translation>Difficoltà economica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answer</source>
        <comment>feedback category</comment>
        <translation>Risposta al sondaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <comment>feedback category</comment>
        <translation>Suggerimento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <comment>feedback status</comment>
        <translation>Nuova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <comment>feedback status</comment>
        <translation>Assegnata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>feedback status</comment>
        <translation>In lavorazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <comment>feedback status</comment>
        <translation>In attesa del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>feedback status</comment>
        <translation>Risolta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>feedback status</comment>
        <translation>Chiusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <comment>status of a staff suggestion</comment>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>status of a staff suggestion</comment>
        <translation>In valutazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <comment>status of a staff suggestion</comment>
        <translation>Adottata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>status of a staff suggestion</comment>
        <translation>Respinta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter</source>
        <comment>feedback channel</comment>
        <translation>Lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <comment>feedback channel</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone call</source>
        <comment>feedback channel</comment>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting agency</source>
        <comment>feedback channel</comment>
        <translation>Agenzia di reporting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff suggestion</source>
        <comment>feedback channel</comment>
        <translation>Suggerimento del personale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <comment>feedback severity</comment>
        <translation>Bassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <comment>feedback severity</comment>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>feedback severity</comment>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>feedback severity</comment>
        <translation>Critica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Accolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Parzialmente accolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Non accolto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>outcome of a complaint</comment>
        <translation>Ritirato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <comment>outcome of a complaint</comment>
        <translation>Nessun intervento necessario</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalation_labels.py" line="+20"/>
        <source>Financial hardship</source>
        <comment>escalation reason</comment>
        <translation>Difficoltà economica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>escalation reason</comment>
        <translation>Contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <comment>escalation reason</comment>
        <translation>Rifiuto di pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <comment>escalation reason</comment>
        <translation>Irreperibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <comment>escalation reason</comment>
        <translation>Saldo elevato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <comment>escalation reason</comment>
        <translation>Sospetta frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <comment>escalation reason</comment>
        <translation>Minaccia di azioni legali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <comment>escalation reason</comment>
        <translation>Cliente vulnerabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>escalation reason</comment>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment plan</source>
        <comment>escalation decision</comment>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <comment>escalation decision</comment>
        <translation>Saldo e stralcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <comment>escalation decision</comment>
        <translation>Passaggio a perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <comment>escalation decision</comment>
        <translation>Affidamento al legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold</source>
        <comment>escalation decision</comment>
        <translation>Sospensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager review</source>
        <comment>escalation decision</comment>
        <translation>Esame da parte di un dirigente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <comment>escalation status</comment>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>escalation status</comment>
        <translation>Inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>escalation status</comment>
        <translation>In esame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <comment>escalation status</comment>
        <translation>Sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation status</comment>
        <translation>Informazioni richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposed</source>
        <comment>escalation status</comment>
        <translation>Controproposta inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation status</comment>
        <translation>Approvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation status</comment>
        <translation>Respinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation status</comment>
        <translation>Ritirata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <comment>escalation step</comment>
        <translation>Avviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation step</comment>
        <translation>Approvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation step</comment>
        <translation>Respinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposal</source>
        <comment>escalation step</comment>
        <translation>Controproposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation step</comment>
        <translation>Informazioni richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided</source>
        <comment>escalation step</comment>
        <translation>Informazioni fornite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <comment>escalation step</comment>
        <translation>Sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation step</comment>
        <translation>Ritirata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <comment>escalation step</comment>
        <translation>Commento</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-58"/>
        <location filename="../collectdesk/ui/labels.py" line="+212"/>
        <source>Collector&apos;s tone</source>
        <comment>feedback topic</comment>
        <translation>Tono dell&apos;operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Contact frequency</source>
        <comment>feedback topic</comment>
        <translation>Frequenza dei contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Wrong amount</source>
        <comment>feedback topic</comment>
        <translation>Importo errato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Privacy</source>
        <comment>feedback topic</comment>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Payment not recorded</source>
        <comment>feedback topic</comment>
        <translation>Pagamento non registrato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Other</source>
        <comment>feedback topic</comment>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+10"/>
        <source>English</source>
        <comment>language</comment>
        <translation>Inglese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <comment>language</comment>
        <translation>Italiano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <comment>language</comment>
        <translation>Polacco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <comment>language</comment>
        <translation>Tedesco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <comment>language of a training module</comment>
        <translation>Qualsiasi lingua</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../collectdesk/ui/queues/value_text.py" line="+15"/>
        <source>Current</source>
        <translation>A scadere</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="+184"/>
        <source>Mark {name} as left</source>
        <translation>Registra la cessazione di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} will no longer be offered for new work. Their scorecards, evaluations and training records stay.</source>
        <translation>A {name} non verrà più assegnato nuovo lavoro. Schede di valutazione, valutazioni e formazione restano registrate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Ultimo giorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as left</source>
        <translation>&amp;Registra cessazione</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+43"/>
        <source>The scanned letter</source>
        <translation>La lettera scansionata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scansioni (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: {error}</source>
        <translation>Impossibile leggere il file: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is neither a readable PDF nor an image.</source>
        <translation>{file} non è né un PDF leggibile né un&apos;immagine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter who sent the letter.</source>
        <translation>Indicare il mittente della lettera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Indicare l&apos;oggetto della lettera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Nessuna pratica ha questo numero.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New letter</source>
        <translation>Nuova lettera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>&amp;Ricevuta il:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Mittente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Indirizzo postale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Categoria:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Argomento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Pratica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Operatore i&amp;nteressato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n:</source>
        <translation>&amp;Scansione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s content or a summary (optional with a scan)</source>
        <translation>Il contenuto della lettera o un riepilogo (facoltativo se c&apos;è una scansione)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the scanned letter…</source>
        <translation>Scegliere la lettera scansionata…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is shown here.</source>
        <translation>Qui viene mostrata la scansione.</translation>
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
        <translation>Nessuna pratica corrisponde a «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the account, or choose the collector it concerns.</source>
        <translation>Cercare la pratica oppure scegliere l&apos;operatore interessato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account&apos;s debtor is linked too, and its collector when none is chosen.</source>
        <translation>Viene collegato anche il debitore della pratica e, se non ne è stato scelto uno, il suo operatore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to an account</source>
        <translation>Collega a una pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account:</source>
        <translation>&amp;Cerca pratica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number, debtor name, e-mail or phone</source>
        <translation>Numero di pratica, nome del debitore, e-mail o telefono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matches:</source>
        <translation>&amp;Risultati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>&amp;Operatore interessato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ({name})</source>
        <translation>Mantieni ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>Co&amp;llega</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+157"/>
        <source>{value} ({label}, do not use)</source>
        <translation>{value} ({label}, da non usare)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (do not use)</source>
        <translation>{value} (da non usare)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to mark for this channel</source>
        <translation>Niente da indicare per questo canale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing marked</source>
        <translation>Nessun contenuto indicato</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The compliance check cannot run</source>
        <translation>Impossibile eseguire il controllo di conformità</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the outcome.</source>
        <translation>Scegli l&apos;esito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Non si può registrare un contatto con data futura.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A compliance rule stands against this contact and you may not override it, so it cannot be logged.</source>
        <translation>Una regola di conformità si oppone a questo contatto e Lei non può derogarvi, quindi non è possibile registrarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for going ahead despite the compliance rules above.</source>
        <translation>Indicare un motivo per procedere nonostante le regole di conformità indicate sopra.</translation>
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
        <location line="+2"/>
        <source>The reason is kept in the audit trail with the rules you go ahead against.</source>
        <translation>Il motivo viene conservato nel registro di audit insieme alle regole a cui si deroga.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact was not logged: checked again when saving, it meets the compliance rules shown above.</source>
        <translation>Il contatto non è stato registrato: ricontrollato al momento del salvataggio, viola le regole di conformità indicate sopra.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&amp;To:</source>
        <translation>Reca&amp;pito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cont&amp;ent:</source>
        <translation>Con&amp;tenuto:</translation>
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
        <source>&amp;Reason for going ahead:</source>
        <translation>&amp;Motivo per procedere:</translation>
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
        <location line="+1"/>
        <source>Number or address used (optional)</source>
        <translation>Numero o indirizzo usato (facoltativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this contact is right despite the rules above</source>
        <translation>Perché questo contatto è giustificato nonostante le regole indicate sopra</translation>
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
        <location filename="../collectdesk/ui/main_window.py" line="+175"/>
        <source>Aging: {bucket}</source>
        <translation>Fascia di scaduto: {bucket}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Questa parte di CollectDesk non è ancora disponibile.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate a report first, or reopen one from the archive, then print it.</source>
        <translation>Generare prima un report, o riaprirne uno dall&apos;archivio, e poi stamparlo.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <source>Export write-off &amp;journal…</source>
        <translation>Esporta le scritture dei passaggi a &amp;perdita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>S&amp;tampa report…</translation>
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
        <location line="+1"/>
        <source>Run &amp;compliance scan</source>
        <translation>Esegui controllo di &amp;conformità</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>ModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/module_dialog.py" line="+132"/>
        <source>Attach a file to the module</source>
        <translation>Allega un file al modulo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (allegato al salvataggio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file</source>
        <translation>Nessun file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a code, for example GDPR-01.</source>
        <translation>Inserire un codice, ad esempio GDPR-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a title.</source>
        <translation>Inserire un titolo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen file cannot be read.</source>
        <translation>Impossibile leggere il file scelto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen file is larger than {limit} MB; give the module a link instead.</source>
        <translation>Il file scelto supera {limit} MB; indicare invece un link per il modulo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit training module</source>
        <translation>Modifica modulo formativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New training module</source>
        <translation>Nuovo modulo formativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;odice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short unique code, e.g. GDPR-01</source>
        <translation>Un codice breve e univoco, ad es. GDPR-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… or file://… (optional)</source>
        <translation>https://… o file://… (facoltativo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>Allega file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files up to {limit} MB are stored in the database.</source>
        <translation>I file fino a {limit} MB vengono salvati nel database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandatory for:</source>
        <translation>O&amp;bbligatorio per:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renew every:</source>
        <translation>&amp;Rinnova ogni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (can be assigned and is tracked)</source>
        <translation>&amp;Attivo (assegnabile e monitorato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/module_table_model.py" line="+47"/>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mandatory for</source>
        <translation>Obbligatorio per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Rinnovo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Assegnati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff with the module assigned and not yet completed</source>
        <translation>Personale in servizio con il modulo assegnato e non ancora completato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff whose completion is still valid</source>
        <translation>Personale in servizio con completamento ancora valido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments past their due date</source>
        <translation>Assegnazioni oltre la data prevista</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>ogni %n anno</numerusform>
            <numerusform>ogni %n anni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>ogni %n mese</numerusform>
            <numerusform>ogni %n mesi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (deactivated)</source>
        <translation>{title} (disattivato)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Facoltativo</translation>
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
    <name>Narrative</name>
    <message>
        <location filename="../collectdesk/reports/narrative.py" line="+153"/>
        <source>{value} m</source>
        <comment>money in millions, e.g. €1.24 m</comment>
        <translation>{value} mln</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{label}: no figure for this period.</source>
        <translation>{label}: nessun dato per questo periodo.</translation>
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
        <translation>{label} senza variazioni di rilievo: {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} rose slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in lieve aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in forte aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} slipped slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in lieve flessione a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in calo a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label} in forte calo a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} worsened slightly, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in lieve peggioramento, con un aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in peggioramento, con un aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened sharply, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in netto peggioramento, con un forte aumento a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved slightly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in lieve miglioramento, con una riduzione a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in miglioramento, con una riduzione a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved markedly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label} in netto miglioramento, con una forte riduzione a {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label} reached {value}, on target ({target}).</source>
        <translation>{label}: {value}, in linea con l&apos;obiettivo ({target}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} reached {value}, {difference} above the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, {difference} al di sopra dell&apos;obiettivo di {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well above the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, ben al di sopra dell&apos;obiettivo di {target} (scostamento: {difference}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, {difference} below the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, {difference} al di sotto dell&apos;obiettivo di {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well short of the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, molto al di sotto dell&apos;obiettivo di {target} (scostamento: {difference}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} stood at {value}, {difference} above the target of {target}: worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, {difference} al di sopra dell&apos;obiettivo di {target}: peggio del previsto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well above the target of {target} (by {difference}): clearly worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, ben al di sopra dell&apos;obiettivo di {target} (scostamento: {difference}): nettamente peggio del previsto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, {difference} below the target of {target}: better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, {difference} al di sotto dell&apos;obiettivo di {target}: meglio del previsto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well below the target of {target} (by {difference}): clearly better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, ben al di sotto dell&apos;obiettivo di {target} (scostamento: {difference}): nettamente meglio del previsto.</translation>
    </message>
</context>
<context>
    <name>NewPortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-108"/>
        <source>New portfolio</source>
        <translation>Nuovo portafoglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner</source>
        <translation>Nessun responsabile</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+99"/>
        <source>&amp;Use {date} instead</source>
        <translation>&amp;Usa invece {date}</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+3"/>
        <source>No contact is allowed on {date}, nor on any day in the year after it.</source>
        <translation>Nessun contatto è consentito {date}, né in alcun giorno dell&apos;anno successivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact is allowed on {date}. The next day open for contact is {next}.</source>
        <translation>Nessun contatto è consentito {date}. Il primo giorno successivo in cui i contatti sono consentiti è {next}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date can be set, but no contact is allowed while the debtor&apos;s flag stays set.</source>
        <translation>La data può essere impostata, ma non è consentito alcun contatto finché resta attivo il contrassegno del debitore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Careful: {date} is closed for contact (see above).</source>
        <translation>Attenzione: {date} non sono consentiti contatti (vedere sopra).</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>OverlayEditor</name>
    <message>
        <location filename="../collectdesk/ui/compliance/overlay_editor.py" line="+97"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the copy shipped with CollectDesk. Saving stores the department&apos;s own copy; the shipped one stays available through Reset.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, versione {version}: la copia fornita con CollectDesk. Il salvataggio crea una copia propria del reparto; quella fornita resta disponibile tramite «Ripristina originale».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the department&apos;s copy, revision {revision}. Saving stores a new revision.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, versione {version}: la copia del reparto, revisione {revision}. Il salvataggio crea una nuova revisione.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>department policy</source>
        <translation>policy del reparto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}: the text must be a profile (code, version, kind, rules, ...), not a single value.</source>
        <translation>{origin}: il testo deve essere un profilo (code, version, kind, rules, ...), non un singolo valore.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin}: code: must stay {code}; to make another profile, ask for it to be added to the settings.</source>
        <translation>{origin}: code: deve restare {code}; per creare un altro profilo, chiederne l&apos;aggiunta nelle impostazioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: kind: must stay overlay.</source>
        <translation>{origin}: kind: deve restare overlay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: disable: no profile has the rules {rules}.</source>
        <translation>{origin}: disable: nessun profilo contiene le regole {rules}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Cannot be saved:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Impossibile salvare:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Valid: %n rule(s). Not saved yet.</source>
        <translation>
            <numerusform>Valida: %n regola. Non ancora salvata.</numerusform>
            <numerusform>Valida: %n regole. Non ancora salvata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid: %n rule(s).</source>
        <translation>
            <numerusform>Valida: %n regola.</numerusform>
            <numerusform>Valida: %n regole.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy not saved</source>
        <translation>Policy non salvata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as revision {revision}.</source>
        <translation>Salvata come revisione {revision}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset to the shipped policy</source>
        <translation>Ripristina la policy originale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the department&apos;s copy of {code} with the copy shipped with CollectDesk? The saved revisions stay in the history.</source>
        <translation>Sostituire la copia del reparto di {code} con la copia fornita con CollectDesk? Le revisioni salvate restano nella cronologia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not reset</source>
        <translation>Policy non ripristinata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the shipped copy.</source>
        <translation>Ripristinata la copia originale.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save policy</source>
        <translation>&amp;Salva policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the text as a new revision of the department&apos;s policy</source>
        <translation>Salva il testo come nuova revisione della policy del reparto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to shi&amp;pped</source>
        <translation>Ripristina &amp;originale</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+52"/>
        <source>Change owner</source>
        <translation>Cambia responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who looks after {name}?</source>
        <translation>Chi segue {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Nessun responsabile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different owner.</source>
        <translation>Scegliere un responsabile diverso.</translation>
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
        <location filename="../collectdesk/services/payments.py" line="+57"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../collectdesk/ui/reports/pdf_preview.py" line="+103"/>
        <source>{file} could not be opened as a PDF.</source>
        <translation>Impossibile aprire {file} come PDF.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+17"/>
        <source>of {count}</source>
        <translation>di {count}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Generate a report, or reopen one from the archive, to see it here.</source>
        <translation>Generare un report, o riaprirne uno dall&apos;archivio, per visualizzarlo qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page (Page Up)</source>
        <translation>Pagina precedente (Pag Su)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Pagina successiva (Pag Giù)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Vai alla pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Riduci (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole page</source>
        <translation>Pagina intera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/period_bar.py" line="+33"/>
        <source>Q{quarter} {year}</source>
        <translation>{quarter}º trimestre {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week {week}, {year} ({span})</source>
        <translation>Settimana {week}, {year} ({span})</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>All staff</source>
        <translation>Tutto il personale</translation>
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
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Intervallo personalizzato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period (Alt+Left)</source>
        <translation>Periodo precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period (Alt+Right)</source>
        <translation>Periodo successivo (Alt+Destra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Corrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period that contains today</source>
        <translation>Il periodo che comprende la data di oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare with:</source>
        <translation>Con&amp;fronta con:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Nessun confronto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same period last year</source>
        <translation>Stesso periodo dell&apos;anno precedente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>Am&amp;bito:</translation>
    </message>
</context>
<context>
    <name>PlanCalculatorDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_calculator.py" line="+122"/>
        <source>Amount: {problem}</source>
        <translation>Importo: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The down payment is not an amount.</source>
        <translation>L&apos;acconto non è un importo valido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee is not an amount.</source>
        <translation>Le spese non sono un importo valido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment: {problem}</source>
        <translation>Rata: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>L&apos;importo del piano supera il saldo residuo ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Total payable: {total} in %n installment(s); interest {interest}</source>
        <translation>
            <numerusform>Totale da pagare: {total} in %n rata; interessi {interest}</numerusform>
            <numerusform>Totale da pagare: {total} in %n rate; interessi {interest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>La prima rata non può scadere nel passato.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payment plan calculator</source>
        <translation>Calcolo del piano di rientro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Mensile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Quindicinale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Settimanale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of installments</source>
        <translation>Numero di rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Importo della rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Importo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Frequenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan by:</source>
        <translation>Calcola in &amp;base a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>Numero di &amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstallment:</source>
        <translation>Importo della ra&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;due:</source>
        <translation>Prima &amp;scadenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wn payment:</source>
        <translation>A&amp;cconto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest per &amp;year:</source>
        <translation>Interessi &amp;annui:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ee:</source>
        <translation>Spes&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule of the installments</source>
        <translation>Piano delle rate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create plan</source>
        <translation>Crea pia&amp;no</translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="+175"/>
        <source>This payment plan has not been approved yet. Approve it first; then the letter to the debtor can be printed.</source>
        <translation>Questo piano di rientro non è ancora stato approvato. Approvarlo prima: solo dopo sarà possibile stampare la lettera al debitore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This payment plan has ended without being paid, so there is no plan to confirm to the debtor any more.</source>
        <translation>Questo piano di rientro si è concluso senza essere stato pagato, quindi non c&apos;è più alcun piano da confermare al debitore.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No payment plan was found for {key}.</source>
        <translation>Nessun piano di rientro trovato per {key}.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter_pdf.py" line="+44"/>
        <source>Collections department</source>
        <translation>Reparto recupero crediti</translation>
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
        <translation>Il Suo piano di rientro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Numero di pratica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor</source>
        <translation>Creditore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor&apos;s reference</source>
        <translation>Riferimento del creditore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear {name},</source>
        <translation>Gentile {name},</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account} with {creditor}, as set out below. Please keep it for your records.</source>
        <translation>La ringraziamo per aver concordato con noi un piano di rientro. Con la presente Le confermiamo il piano relativo alla Sua pratica {account} nei confronti di {creditor}, come riportato di seguito. La preghiamo di conservare questa lettera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account}, as set out below. Please keep it for your records.</source>
        <translation>La ringraziamo per aver concordato con noi un piano di rientro. Con la presente Le confermiamo il piano relativo alla Sua pratica {account}, come riportato di seguito. La preghiamo di conservare questa lettera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan at a glance</source>
        <translation>Il piano in sintesi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount covered by the plan</source>
        <translation>Importo oggetto del piano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down payment, due on {date}</source>
        <translation>Acconto, con scadenza il {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest ({rate} % a year)</source>
        <translation>Interessi ({rate} % annuo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Interessi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee</source>
        <translation>Spese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to pay</source>
        <translation>Totale da pagare</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weekly installment(s)</source>
        <translation>
            <numerusform>%n rata settimanale</numerusform>
            <numerusform>%n rate settimanali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fortnightly installment(s)</source>
        <translation>
            <numerusform>%n rata quindicinale</numerusform>
            <numerusform>%n rate quindicinali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n monthly installment(s)</source>
        <translation>
            <numerusform>%n rata mensile</numerusform>
            <numerusform>%n rate mensili</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installments</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} each; the last one {last}</source>
        <translation>{amount} ciascuna; l&apos;ultima {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment amount</source>
        <translation>Importo della rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due on</source>
        <translation>Scadenza della prima rata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last installment due on</source>
        <translation>Scadenza dell&apos;ultima rata</translation>
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
        <translation>Approvato da</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment schedule</source>
        <translation>Calendario dei pagamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <comment>installment number</comment>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <comment>the sum of the schedule</comment>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to pay</source>
        <translation>Modalità di pagamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay each installment so that it reaches us by its due date, to:</source>
        <translation>La preghiamo di versare ciascuna rata in modo che ci pervenga entro la relativa scadenza, utilizzando i seguenti estremi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>La preghiamo di indicare il riferimento {reference} in ogni pagamento, affinché possiamo imputarlo al Suo piano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please pay each installment so that it reaches us by its due date, and quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>La preghiamo di versare ciascuna rata in modo che ci pervenga entro la relativa scadenza e di indicare il riferimento {reference} in ogni pagamento, affinché possiamo imputarlo al Suo piano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pay more, or earlier, at any time: every payment is credited to the oldest installment still open.</source>
        <translation>Può pagare in qualsiasi momento importi maggiori o in anticipo: ogni pagamento viene imputato alla prima rata ancora da saldare.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If an installment is not paid</source>
        <translation>In caso di mancato pagamento di una rata</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An installment counts as missed when it is still unpaid %n day(s) after its due date.</source>
        <translation>
            <numerusform>Una rata si considera non pagata se risulta ancora insoluta %n giorno dopo la scadenza.</numerusform>
            <numerusform>Una rata si considera non pagata se risulta ancora insoluta %n giorni dopo la scadenza.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment counts as missed when it is not paid by its due date.</source>
        <translation>Una rata si considera non pagata se non viene saldata entro la scadenza.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>If %n installment(s) are missed, the plan ends and the whole balance still owed falls due again at once.</source>
        <translation>
            <numerusform>In caso di mancato pagamento di %n rata, il piano decade e l&apos;intero importo ancora dovuto diventa immediatamente esigibile.</numerusform>
            <numerusform>In caso di mancato pagamento di %n rate, il piano decade e l&apos;intero importo ancora dovuto diventa immediatamente esigibile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you cannot pay an installment, please contact us before its due date, so that we can look for a solution with you.</source>
        <translation>Se non fosse in grado di pagare una rata, La preghiamo di contattarci prima della scadenza, così da poter cercare insieme una soluzione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours sincerely,</source>
        <translation>Distinti saluti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
</context>
<context>
    <name>PlanScheduleModel</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_schedule_model.py" line="+39"/>
        <source>Down payment</source>
        <translation>Acconto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Capitale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Interessi</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../collectdesk/domain/plans.py" line="+141"/>
        <source>The number of installments must be between 1 and {most}.</source>
        <translation>Il numero di rate deve essere compreso tra 1 e {most}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That installment would take more than {most} installments; choose a larger amount.</source>
        <translation>Con questo importo della rata servirebbero più di {most} rate; scegliere un importo maggiore.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/plans.py" line="+58"/>
        <source>The grace period must be from 0 to 60 days.</source>
        <translation>Il periodo di tolleranza deve essere compreso tra 0 e 60 giorni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>L&apos;importo del piano supera il saldo residuo ({balance}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A plan needs the name of who approved it.</source>
        <translation>Per un piano occorre indicare il nome di chi lo ha approvato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a proposed plan can be approved.</source>
        <translation>Si può approvare solo un piano proposto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account already has a running payment plan.</source>
        <translation>La pratica ha già un piano di rientro in corso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance has fallen below the plan amount since it was proposed; propose it again.</source>
        <translation>Dopo la proposta il saldo è sceso al di sotto dell&apos;importo del piano; proporre di nuovo il piano.</translation>
    </message>
</context>
<context>
    <name>PortfolioAccountsModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_accounts_model.py" line="+45"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Aggiunta il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Aggiunta da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Rimossa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{when} by {who}</source>
        <translation>{when} da {who}</translation>
    </message>
</context>
<context>
    <name>PortfolioDialogs</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-111"/>
        <source>Enter a name for the portfolio.</source>
        <translation>Inserire un nome per il portafoglio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Il nome è troppo lungo: al massimo 120 caratteri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Esiste già un portafoglio denominato {name}.</translation>
    </message>
</context>
<context>
    <name>PortfolioKind</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+29"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+24"/>
        <source>High-risk credit</source>
        <translation>Credito ad alto rischio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>High-profile</source>
        <translation>Alto profilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Fraud</source>
        <translation>Frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Special delinquent</source>
        <translation>Morosità speciali</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Watchlist</source>
        <translation>Lista di osservazione</translation>
    </message>
</context>
<context>
    <name>PortfolioListModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+35"/>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected this month</source>
        <translation>Incassato nel mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts currently in the portfolio</source>
        <translation>Pratiche attualmente nel portafoglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balance of those accounts, per currency</source>
        <translation>Saldo residuo di tali pratiche, per valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments with a value date in this calendar month, per currency</source>
        <translation>Pagamenti con data valuta nel mese di calendario in corso, per valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest activity logged on any of its accounts</source>
        <translation>L&apos;ultima attività registrata su una qualsiasi delle sue pratiche</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No owner</source>
        <translation>Nessun responsabile</translation>
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
        <translation>Portafoglio</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>There is no compliance profile {code}.</source>
        <translation>Non esiste alcun profilo di conformità {code}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write why the accounts go into this portfolio.</source>
        <translation>Indicare perché le pratiche vengono inserite in questo portafoglio.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s) no longer exist; nothing was added.</source>
        <translation>
            <numerusform>%n pratica non esiste più; non è stato aggiunto nulla.</numerusform>
            <numerusform>%n pratiche non esistono più; non è stato aggiunto nulla.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The portfolio needs a name.</source>
        <translation>Il portafoglio deve avere un nome.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Il nome è troppo lungo: al massimo 120 caratteri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Esiste già un portafoglio denominato {name}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supervisor or manager and cannot own a portfolio.</source>
        <translation>{name} non è un supervisore né un dirigente e non può essere titolare di un portafoglio.</translation>
    </message>
</context>
<context>
    <name>PortfoliosPane</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolios_pane.py" line="+141"/>
        <location line="+3"/>
        <source>Portfolios</source>
        <translation>Portafogli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Nuovo portafoglio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;owner…</source>
        <translation>Cambia &amp;responsabile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as &amp;queue</source>
        <translation>Apri come &amp;coda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work through the portfolio&apos;s accounts in the queue</source>
        <translation>Lavorare le pratiche del portafoglio nella coda</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Rename…</source>
        <translation>Rino&amp;mina…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance &amp;profile…</source>
        <translation>Profilo di con&amp;formità…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this portfolio&apos;s accounts against another country&apos;s rules</source>
        <translation>Controlla le pratiche di questo portafoglio in base alle regole di un altro paese</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show remo&amp;ved</source>
        <translation>Mostra rimoss&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from portfolio…</source>
        <translation>R&amp;imuovi dal portafoglio…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Accounts in {name}</source>
        <translation>&amp;Pratiche in {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts (choose a portfolio above)</source>
        <translation>&amp;Pratiche (scegliere un portafoglio sopra)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No portfolios yet. Create one with New portfolio…</source>
        <translation>Nessun portafoglio. Crearne uno con Nuovo portafoglio…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portfolios could not be read: {error}</source>
        <translation>Impossibile leggere i portafogli: {error}</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+11"/>
        <source>Remove from portfolio</source>
        <translation>Rimuovi dal portafoglio</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Take %n account(s) out of {name}? They stay in its history.</source>
        <translation>
            <numerusform>Togliere %n pratica da {name}? Resterà nella sua cronologia.</numerusform>
            <numerusform>Togliere %n pratiche da {name}? Resteranno nella sua cronologia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n account(s) taken out of {name}.</source>
        <translation>
            <numerusform>%n pratica tolta da {name}.</numerusform>
            <numerusform>%n pratiche tolte da {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfoliosReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="+69"/>
        <location line="+58"/>
        <source>Special portfolios</source>
        <translation>Portafogli speciali</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>there is no special portfolio in scope.</source>
        <translation>non ci sono portafogli speciali nell&apos;ambito selezionato.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No owner</source>
        <translation>Nessun responsabile</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Portfolio</source>
        <translation>Portafoglio</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and balances as they stand today; collected: payments with a value date in the period.</source>
        <translation>Pratiche e saldi allo stato attuale; incassato: pagamenti con data valuta nel periodo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balances and collections ({currency})</source>
        <translation>Saldi e incassi ({currency})</translation>
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
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected in the period before</source>
        <translation>Incassato nel periodo precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts in the portfolios</source>
        <translation>Pratiche nei portafogli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is in the portfolio</source>
        <translation>Motivo dell&apos;inserimento nel portafoglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Aggiunta il</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts in special portfolios</source>
        <translation>Pratiche in portafogli speciali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance in portfolios ({currency})</source>
        <translation>Saldo nei portafogli ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected on portfolios ({currency})</source>
        <translation>Incassato sui portafogli ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n special portfolio(s) hold {accounts} accounts.</source>
        <translation>
            <numerusform>%n portafoglio speciale comprende {accounts} pratiche.</numerusform>
            <numerusform>%n portafogli speciali comprendono {accounts} pratiche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The largest is {name} ({owner}): %n account(s) owing {balance}.</source>
        <translation>
            <numerusform>Il più grande è {name} ({owner}): %n pratica con un saldo dovuto di {balance}.</numerusform>
            <numerusform>Il più grande è {name} ({owner}): %n pratiche con un saldo dovuto di {balance}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activity has been logged on {name} yet.</source>
        <translation>Su {name} non è ancora stata registrata alcuna attività.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been done on {name} for %n day(s).</source>
        <translation>
            <numerusform>Su {name} non è stato fatto nulla da %n giorno.</numerusform>
            <numerusform>Su {name} non è stato fatto nulla da %n giorni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../collectdesk/ui/reports/presentation.py" line="+95"/>
        <source>Presenting: {title}</source>
        <translation>Presentazione: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ next  ·  ← back  ·  N speaker notes  ·  F full screen  ·  B black screen  ·  Esc end</source>
        <translation>→ avanti  ·  ← indietro  ·  N note del relatore  ·  F schermo intero  ·  B schermo nero  ·  Esc fine</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/rules_model.py" line="+43"/>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Fondamento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Verificata</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not verified</source>
        <translation>da verificare</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not checked against the primary text: it comes from a secondary source, a draft or a default.</source>
        <translation>Non controllata sul testo originale: proviene da una fonte secondaria, da un progetto o da un valore predefinito.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../collectdesk/ui/compliance/profiles_view.py" line="+108"/>
        <source>creditor {name}</source>
        <translation>creditore {name}</translation>
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
{code} · su tutti i profili</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, versione {version}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}, the department&apos;s copy (revision {revision})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, versione {version}, copia del reparto (revisione {revision})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed off by counsel on {date}. Engineering, not legal advice: each rule names its source.</source>
        <translation>Approvato dal consulente legale il {date}. Strumento tecnico, non consulenza legale: ogni regola indica la propria fonte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet signed off by counsel. Engineering, not legal advice: each rule names its source, and unverified numbers are flagged.</source>
        <translation>Non ancora approvato dal consulente legale. Strumento tecnico, non consulenza legale: ogni regola indica la propria fonte e i valori non verificati sono segnalati.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Rules</source>
        <translation>Re&amp;gole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit policy (YAML)</source>
        <translation>&amp;Modifica policy (YAML)</translation>
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
        <location filename="../collectdesk/ui/tasks.py" line="+83"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>QaEntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_entry_dialog.py" line="+116"/>
        <location line="+55"/>
        <source>No call in CollectDesk: type its reference below</source>
        <translation>Chiamata non presente in CollectDesk: digitarne il riferimento qui sotto</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{when} · {account} · {debtor} · {outcome}</source>
        <translation>{when} · {account} · {debtor} · {outcome}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Scegliere la chiamata monitorata o digitarne il riferimento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no supervisor or manager to record as the evaluator.</source>
        <translation>Non c&apos;è alcun supervisore o responsabile da registrare come valutatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion (0–100).</source>
        <translation>Assegnare un punteggio ad almeno un criterio (0–100).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QA entry for {name}</source>
        <translation>Valutazione QA di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Valutatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored &amp;call:</source>
        <translation>&amp;Chiamata monitorata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;reference:</source>
        <translation>&amp;Riferimento chiamata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording or phone system reference</source>
        <translation>Riferimento della registrazione o del sistema telefonico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (0–100; – means not scored)</source>
        <translation>Punteggi (0–100; – significa senza punteggio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score:</source>
        <translation>Punteggio complessivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average of the scores given, rounded half up</source>
        <translation>La media dei punteggi assegnati, arrotondata per eccesso a partire da 0,5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save QA entry</source>
        <translation>&amp;Salva valutazione QA</translation>
    </message>
</context>
<context>
    <name>QaListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_list_model.py" line="+38"/>
        <source>Evaluated on</source>
        <translation>Valutata il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Double-click to open the account</source>
        <translation>Fare doppio clic per aprire la pratica</translation>
    </message>
</context>
<context>
    <name>QueueCase</name>
    <message>
        <location filename="../collectdesk/ui/queues/case_text.py" line="+21"/>
        <source>Escalation: referred to senior manager</source>
        <translation>Escalation: sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: information requested</source>
        <translation>Escalation: informazioni richieste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: counter-proposal made</source>
        <translation>Escalation: controproposta inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: awaiting decision</source>
        <translation>Escalation: in attesa di decisione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: awaiting approval</source>
        <translation>Piano: in attesa di approvazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: active, nothing due yet</source>
        <translation>Piano: attivo, nessuna rata ancora scaduta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: on track</source>
        <translation>Piano: in regola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: installment missed</source>
        <translation>Piano: rata non pagata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: broken ({date})</source>
        <translation>Piano: decaduto ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: broken</source>
        <translation>Piano: decaduto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settlement due by {date}</source>
        <translation>Saldo e stralcio da pagare entro il {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement offered, until {date}</source>
        <translation>Saldo e stralcio proposto, valido fino al {date}</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+33"/>
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
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Caso</translation>
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
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+185"/>
        <source>This column cannot be sorted: it is read for the rows on screen only.</source>
        <translation>Questa colonna non può essere ordinata: viene letta solo per le righe visualizzate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>L&apos;ordinamento su questa colonna legge una volta l&apos;intera coda.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+172"/>
        <location line="+129"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Code di lavoro</translation>
    </message>
    <message>
        <location line="-240"/>
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
        <location line="+71"/>
        <location line="+111"/>
        <source>Filtered accounts</source>
        <translation>Pratiche filtrate</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Sorting…</source>
        <translation>Ordinamento…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>RaiseEscalationDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/raise_dialog.py" line="+153"/>
        <source>Choose the reason for the escalation.</source>
        <translation>Scegliere il motivo dell&apos;escalation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the decision you are asking for.</source>
        <translation>Scegliere la decisione richiesta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake: {problem}</source>
        <translation>Importo in questione: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Un piano di rientro richiede almeno una rata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>La prima rata non può scadere nel passato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Lo sconto deve essere superiore a 0 % e inferiore a 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Importo a saldo e stralcio: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the amount at stake.</source>
        <translation>L&apos;importo a saldo e stralcio deve essere inferiore all&apos;importo in questione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Importo passato a perdita: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>L&apos;importo passato a perdita non può superare il saldo residuo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note: what happened and why the account needs a decision.</source>
        <translation>Scrivere una nota: che cosa è successo e perché la pratica richiede una decisione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>La nota è troppo lunga ({length} caratteri su un massimo di {most}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalate account</source>
        <translation>Escalation della pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to be paid</source>
        <translation>Importo da pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Sconto in percentuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;decision:</source>
        <translation>&amp;Decisione richiesta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount at stake:</source>
        <translation>&amp;Importo in questione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>Numero di &amp;rate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>&amp;Prima scadenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle &amp;by:</source>
        <translation>&amp;Espresso come:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttlement:</source>
        <translation>&amp;Saldo e stralcio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>Da passare a perdi&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment&amp;s:</source>
        <translation>Alle&amp;gati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the debtor said, why you ask for this decision</source>
        <translation>Che cosa è successo, che cosa ha detto il debitore, perché si richiede questa decisione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your login ({login}) is not a staff member, so you cannot raise an escalation.</source>
        <translation>Il suo login ({login}) non corrisponde a un membro del personale, quindi non può avviare un&apos;escalation.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+5"/>
        <source>Unsatisfactory</source>
        <translation>Insoddisfacente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs improvement</source>
        <translation>Da migliorare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets expectations</source>
        <translation>In linea con le aspettative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeds expectations</source>
        <translation>Superiore alle aspettative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>Eccellente</translation>
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
    <name>RecipientsDialog</name>
    <message>
        <location filename="../collectdesk/ui/reports/recipients_dialog.py" line="+125"/>
        <source>Copies for department heads</source>
        <translation>Copie per i responsabili di reparto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is printed for each person ticked; the cover of each copy names its reader. The list is remembered.</source>
        <translation>Viene stampata una copia per ogni persona selezionata; la copertina di ciascuna copia riporta il nome del destinatario. L&apos;elenco viene memorizzato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, e.g. Maria Bianchi (Accounting)</source>
        <translation>Nome, ad es. Maria Bianchi (Contabilità)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print copies</source>
        <translation>&amp;Stampa copie</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/record_table_model.py" line="+45"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Assegnato il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completato il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>ReferralPdf</name>
    <message>
        <location filename="../collectdesk/reports/referral_sheet.py" line="+37"/>
        <source>Collections department</source>
        <translation>Reparto recupero crediti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: referral to a senior manager</source>
        <translation>Escalation: pratica sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Creditor</source>
        <translation>Creditore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Importo in questione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested decision</source>
        <translation>Decisione richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Avviata da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised on</source>
        <translation>Avviata il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Sottoposta a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a senior manager decides</source>
        <translation>Perché decide un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the supervisor&apos;s limits.</source>
        <translation>Entro i limiti del supervisore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed terms</source>
        <translation>Condizioni proposte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No terms proposed.</source>
        <translation>Nessuna condizione proposta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account on {date}</source>
        <translation>La pratica al {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Importo originario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Aging bucket</source>
        <translation>Fascia di scaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contacts</source>
        <translation>Ultimi contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay</source>
        <translation>Promesse di pagamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pagamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints and disputes</source>
        <translation>Reclami e contestazioni aperti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Nessuno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised on</source>
        <translation>Data della promessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Data valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision history</source>
        <translation>Cronologia delle decisioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>File allegati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager&apos;s decision</source>
        <translation>Decisione del dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☐ approved   ☐ rejected   ☐ counter-proposal   ☐ more information needed</source>
        <translation>☐ approvata   ☐ respinta   ☐ controproposta   ☐ servono altre informazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and signature: {name}</source>
        <translation>Nome e firma: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Generato il {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hardship</source>
        <translation>Difficoltà economica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <translation>Rifiuto di pagare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Irreperibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <translation>Saldo elevato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <translation>Sospetta frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>Minaccia di azioni legali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <translation>Cliente vulnerabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan</source>
        <translation>Piano di rientro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Saldo e stralcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Passaggio a perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <translation>Affidamento al legale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Sospensione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior-manager review</source>
        <translation>Esame da parte di un dirigente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>In esame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Information requested</source>
        <translation>Informazioni richieste</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <source>Counter-proposal</source>
        <translation>Controproposta</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Approved</source>
        <translation>Approvata</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Withdrawn</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Raised</source>
        <translation>Avviata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information provided</source>
        <translation>Informazioni fornite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <translation>Sottoposta a un dirigente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installments</source>
        <translation>Numero di rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Importo della rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due</source>
        <translation>Scadenza della prima rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement amount</source>
        <translation>Importo a saldo e stralcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount written off</source>
        <translation>Importo passato a perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount (%)</source>
        <translation>Sconto (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Sospesa fino al</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+73"/>
        <source>Rename portfolio</source>
        <translation>Rinomina portafoglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nuovo &amp;nome:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the new name.</source>
        <translation>Digitare il nuovo nome.</translation>
    </message>
</context>
<context>
    <name>ReportArchive</name>
    <message>
        <location filename="../collectdesk/services/report_archive.py" line="+96"/>
        <source>There is no file to keep in the archive.</source>
        <translation>Non c&apos;è alcun file da conservare nell&apos;archivio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only PDF and XLSX files are kept in the archive.</source>
        <translation>Nell&apos;archivio vengono conservati solo file PDF e XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be read: {reason}</source>
        <translation>Impossibile leggere {file}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report archived: {file} ({size} bytes, SHA-256 {sha})</source>
        <translation>Report archiviato: {file} ({size} byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This report is no longer in the archive.</source>
        <translation>Questo report non è più presente nell&apos;archivio.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The archived copy of {file} is damaged (its checksum does not match). Generate the report again.</source>
        <translation>La copia archiviata di {file} è danneggiata (il checksum non corrisponde). Generare di nuovo il report.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Impossibile scrivere {file}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived report deleted: {file}</source>
        <translation>Report archiviato eliminato: {file}</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="-97"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+54"/>
        <source>Aging report</source>
        <translation>Report sull&apos;anzianità dei crediti</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-1"/>
        <source>Compliance report</source>
        <translation>Report di conformità</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+2"/>
        <source>Escalations, settlements and write-offs report</source>
        <translation>Report su escalation, saldi e stralci e passaggi a perdita</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="-314"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-4"/>
        <source>Customer feedback report</source>
        <translation>Report sul feedback dei clienti</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="-73"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+6"/>
        <source>Special portfolios report</source>
        <translation>Report sui portafogli speciali</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="+100"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-5"/>
        <source>Staff performance report</source>
        <translation>Report sulle prestazioni del personale</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/catalogue.py" line="-2"/>
        <source>Collections report</source>
        <translation>Report sul recupero crediti</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf.py" line="+203"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+198"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>La cartella {folder} non esiste. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>Impossibile scrivere {file} qui (autorizzazione negata). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Il disco è pieno: {file} non è stato scritto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} è una cartella. Scegliere un nome di file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+2"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Impossibile scrivere {file}: {reason}</translation>
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
        <translation>{value} p.p.</translation>
    </message>
</context>
<context>
    <name>ReportGenerate</name>
    <message>
        <location filename="../collectdesk/reports/generate.py" line="+93"/>
        <source>Choose PDF, spreadsheet or both; got: {format}</source>
        <translation>Scegliere PDF, foglio di calcolo o entrambi; indicato: {format}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The disk is full: the report was not written to {folder}.</source>
        <translation>Il disco è pieno: il report non è stato scritto in {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} cannot be written (no permission). Nothing was written.</source>
        <translation>Impossibile scrivere in {folder} (autorizzazione negata). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written to {folder}: {reason}</source>
        <translation>Impossibile scrivere il report in {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The page size is A4 or Letter; got: {size}</source>
        <translation>Il formato pagina può essere A4 o Letter; indicato: {size}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add at least one recipient.</source>
        <translation>Aggiungere almeno un destinatario.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../collectdesk/ui/reports/report_options.py" line="+100"/>
        <location line="+79"/>
        <source>Whole department</source>
        <translation>Intero reparto</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pape&amp;r:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Foglio di calcolo (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and spreadsheet</source>
        <translation>PDF e foglio di calcolo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF and spreadsheet: the narrative PDF, the spreadsheet, and the narrative with the tables appended</source>
        <translation>PDF e foglio di calcolo: il PDF descrittivo, il foglio di calcolo e il testo descrittivo con le tabelle in appendice</translation>
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
        <translation>La lingua in cui viene redatto il report</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf_text.py" line="+42"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated {when}</source>
        <comment>page footer: when the report was made</comment>
        <translation>Generato il {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for {name}</source>
        <comment>the person this printed copy is for</comment>
        <translation>Copia per {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Redatto da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>cover: date and time the report was made</comment>
        <translation>Generato il</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Indicatori principali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Non inclusi in questo report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Metodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <comment>heading of the appendix that lists every table</comment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table of the report in full, including the detailed listings that the chapters leave to the spreadsheet.</source>
        <translation>Tutte le tabelle del report in forma integrale, compresi gli elenchi dettagliati che i capitoli rimandano al foglio di calcolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Totale {currency}</translation>
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
        <translation>Nessuna riga per questo periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} (continued)</source>
        <comment>a table&apos;s title on the pages it runs over to</comment>
        <translation>{title} (segue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <comment>a key figure equal to the previous period&apos;s</comment>
        <translation>invariato</translation>
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
        <translation>Periodo precedente: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{attainment} of the target of {target}</source>
        <translation>{attainment} dell&apos;obiettivo di {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: {target}</source>
        <translation>Obiettivo: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: met</source>
        <translation>Obiettivo {target}: raggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: not met</source>
        <translation>Obiettivo {target}: non raggiunto</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../collectdesk/ui/reports/printing.py" line="+55"/>
        <source>{file} is not a PDF that can be read.</source>
        <translation>{file} non è un PDF leggibile.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no page to print.</source>
        <translation>Non ci sono pagine da stampare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started. Check that it is connected, or print to a PDF file.</source>
        <translation>Impossibile avviare la stampante. Verificare che sia collegata, oppure stampare su un file PDF.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>La stampante si è interrotta dopo %n pagina.</numerusform>
            <numerusform>La stampante si è interrotta dopo %n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Print report</source>
        <translation>Stampa report</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../collectdesk/reports/render_xlsx.py" line="-121"/>
        <source>Summary</source>
        <comment>name of the first sheet</comment>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section {number}</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Sezione {number}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_sheets.py" line="+123"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <comment>first day of the report&apos;s period</comment>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <comment>last day of the report&apos;s period</comment>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Redatto da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>date and time the report was made</comment>
        <translation>Generato il</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <comment>the comparison period&apos;s value</comment>
        <translation>Precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Sintesi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Indicatori principali</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Non inclusi in questo report</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole department</source>
        <comment>a report&apos;s scope</comment>
        <translation>Intero reparto</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Metodo</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_tables.py" line="+77"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Totale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Totale {currency}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Currency</source>
        <comment>column of a table</comment>
        <translation>Valuta</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-167"/>
        <source>Unknown report scope {scope}: use all, team:&lt;id&gt; or branch:&lt;id&gt;.</source>
        <translation>Ambito del report sconosciuto {scope}: usare all, team:&lt;id&gt; oppure branch:&lt;id&gt;.</translation>
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
        <translation>Settimana {week} del {year}</translation>
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
        <translation>{quarter}º trimestre {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <comment>a range of dates</comment>
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>W{week} {year}</source>
        <comment>an ISO week, short</comment>
        <translation>Sett. {week} {year}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{title}: the first {count}</source>
        <comment>the head of a ranking</comment>
        <translation>{title}: i primi {count}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The spreadsheet lists all %n.</source>
        <translation>
            <numerusform>Il foglio di calcolo riporta l&apos;elenco completo (%n).</numerusform>
            <numerusform>Il foglio di calcolo riporta l&apos;elenco completo (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{section} is left out: {reason}</source>
        <translation>Sezione «{section}» omessa: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topic</source>
        <comment>feedback topic</comment>
        <translation>Nessun argomento</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../collectdesk/ui/reports/reports_pane.py" line="+135"/>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No report can be made in this build yet.</source>
        <translation>In questa versione non è ancora possibile creare alcun report.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Generated in {seconds} s and kept in the archive.</source>
        <translation>Generato in {seconds} s e conservato nell&apos;archivio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the report…</source>
        <translation>Generazione del report in corso…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written and nothing was kept in the archive.</source>
        <translation>Operazione annullata. Non è stato scritto nulla e nulla è stato conservato nell&apos;archivio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing cancelled; the print job was withdrawn.</source>
        <translation>Stampa annullata; il lavoro di stampa è stato ritirato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be written: {reason}</source>
        <translation>Impossibile scrivere un file: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be made ({error}). Nothing was kept in the archive.</source>
        <translation>Impossibile creare il report ({error}). Nulla è stato conservato nell&apos;archivio.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Annullamento in corso…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Foglio di calcolo (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report with tables (PDF)</source>
        <translation>Report con tabelle (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived: {title}</source>
        <translation>Archiviato: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A spreadsheet has no preview here. Save it with Save as… and open it in your spreadsheet program.</source>
        <translation>Per i fogli di calcolo non è disponibile un&apos;anteprima. Salvarlo con Salva con nome… e aprirlo con il proprio programma di fogli di calcolo.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Save report</source>
        <translation>Salva report</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Fogli di calcolo (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report&apos;s files in</source>
        <translation>Salva i file del report in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the files already in that folder?
{files}</source>
        <translation>Sostituire i file già presenti in quella cartella?
{files}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Impossibile scrivere {file}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {files}</source>
        <translation>Salvato: {files}</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Printed %n page(s) to {file}.</source>
        <translation>
            <numerusform>Stampata %n pagina su {file}.</numerusform>
            <numerusform>Stampate %n pagine su {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printed %n page(s) on {printer}.</source>
        <translation>
            <numerusform>Stampata %n pagina su {printer}.</numerusform>
            <numerusform>Stampate %n pagine su {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing {file}…</source>
        <translation>Stampa di {file} in corso…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No printer is set up: save the copies in a folder</source>
        <translation>Nessuna stampante configurata: salvare le copie in una cartella</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Printed %n copy(ies): {names}</source>
        <translation>
            <numerusform>Stampata %n copia: {names}</numerusform>
            <numerusform>Stampate %n copie: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n copy(ies) in {folder}.</source>
        <translation>
            <numerusform>Salvata %n copia in {folder}.</numerusform>
            <numerusform>Salvate %n copie in {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making a copy for each recipient…</source>
        <translation>Creazione di una copia per ogni destinatario…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Genera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report with these choices (Ctrl+G)</source>
        <translation>Crea il report con queste opzioni (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salva con nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the files out, under names ready to attach to an e-mail</source>
        <translation>Copia i file all&apos;esterno, con nomi pronti da allegare a un&apos;e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report shown: printer, copies, paper size (Ctrl+P)</source>
        <translation>Stampa il report visualizzato: stampante, copie, formato carta (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>A&amp;nteprima di stampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies for department heads…</source>
        <translation>&amp;Copie per i responsabili di reparto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one copy for each person, with their name on the cover</source>
        <translation>Stampa una copia per ogni persona, con il suo nome sulla copertina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;sent</source>
        <translation>&amp;Presenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the report&apos;s key figures full screen, slide by slide</source>
        <translation>Mostra gli indicatori principali del report a schermo intero, una diapositiva alla volta</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Scegliere l&apos;esito.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what was done (the resolution).</source>
        <translation>Indicare che cosa è stato fatto (la risoluzione).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve</source>
        <translation>Risolvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>Ri&amp;soluzione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply sent:</source>
        <translation>Risposta &amp;inviata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found and done</source>
        <translation>Che cosa è stato riscontrato e fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer given to the sender (optional)</source>
        <translation>La risposta data al mittente (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Risolvi</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_dialog.py" line="+125"/>
        <source>Not rated</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating} – {words}</source>
        <translation>{rating} – {words}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no active review criteria; add some under Criteria… first.</source>
        <translation>Non ci sono criteri di valutazione attivi; aggiungerne prima alcuni con «Criteri…».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>La data della valutazione non può essere precedente all&apos;inizio del periodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reviewer.</source>
        <translation>Scegliere il valutatore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate at least one criterion (1 Unsatisfactory … 5 Excellent).</source>
        <translation>Valutare almeno un criterio (1 Insoddisfacente … 5 Eccellente).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review of {name}</source>
        <translation>Valutazione di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the review of {name}</source>
        <translation>Modifica la valutazione di {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from:</source>
        <translation>Periodo &amp;dal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;to:</source>
        <translation>Periodo &amp;al:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewer:</source>
        <translation>&amp;Valutatore:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of review:</source>
        <translation>Da&amp;ta della valutazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings (1 Unsatisfactory … 5 Excellent) and notes</source>
        <translation>Giudizi (1 Insoddisfacente … 5 Eccellente) e note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Commenti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Punti di forza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals for next period:</source>
        <translation>&amp;Obiettivi per il prossimo periodo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>Nota (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save review</source>
        <translation>&amp;Salva valutazione</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_export_dialog.py" line="+48"/>
        <source>Export review as PDF</source>
        <translation>Esporta la valutazione in PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Lingua del documento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Formato carta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Scegli file…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review was saved as {file}.</source>
        <translation>La valutazione è stata salvata come {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Impossibile scrivere il PDF: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the PDF…</source>
        <translation>Scrittura del PDF…</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_list_model.py" line="+40"/>
        <source>Reviewed on</source>
        <translation>Valutata il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Valutatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria rated</source>
        <translation>Criteri valutati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Media</translation>
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
        <translation>Finestra di ricontatto dopo una promessa non mantenuta (giorni):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Far below the team: standard deviations:</source>
        <translation>Molto al di sotto del team: deviazioni standard:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest spread used (percentage points):</source>
        <translation>Dispersione minima considerata (punti percentuali):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members needed for a comparison:</source>
        <translation>Membri del team necessari per un confronto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due needed to judge a kept rate:</source>
        <translation>Promesse scadute necessarie per valutare il tasso di mantenimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls needed to judge an RPC rate:</source>
        <translation>Chiamate in uscita necessarie per valutare il tasso RPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own history: previous periods compared:</source>
        <translation>Storico personale: periodi precedenti confrontati:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate drop of at least (percentage points):</source>
        <translation>Calo di un tasso di almeno (punti percentuali):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop in collections of at least (%):</source>
        <translation>Calo degli incassi di almeno (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end: the last days of the period:</source>
        <translation>Fine periodo: gli ultimi giorni del periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (count):</source>
        <translation>Promesse di fine periodo non mantenute, almeno (numero):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (% of those due):</source>
        <translation>Promesse di fine periodo non mantenute, almeno (% di quelle scadute):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short promise call lasts under (seconds):</source>
        <translation>Una chiamata breve con promessa dura meno di (secondi):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (count):</source>
        <translation>Chiamate brevi con promessa, almeno (numero):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (% of promise calls):</source>
        <translation>Chiamate brevi con promessa, almeno (% delle chiamate con promessa):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scorecard rules</source>
        <translation>Regole della scheda di valutazione</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These rules apply to everyone using this database. The anomaly rules are explained in the manual (docs/anomalies.md).</source>
        <translation>Queste regole valgono per tutti gli utenti di questo database. Le regole sulle anomalie sono spiegate nel manuale (docs/anomalies.md).</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <location filename="../collectdesk/ui/inbox/scan_preview.py" line="+85"/>
        <source>{file} cannot be shown: it is not a readable PDF.</source>
        <translation>Impossibile mostrare {file}: non è un PDF leggibile.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be shown: the image is damaged or of an unknown kind.</source>
        <translation>Impossibile mostrare {file}: l&apos;immagine è danneggiata o di un tipo sconosciuto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has no preview; use Open.</source>
        <translation>{file} non ha un&apos;anteprima; usare Apri.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_columns.py" line="+60"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked</source>
        <translation>Pratiche lavorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Tentativi di chiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Contatti RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Tasso RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Promesse ottenute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Importo promesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Tasso di promesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (count)</source>
        <translation>Mantenute (numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (amount)</source>
        <translation>Mantenute (importo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Incassato per RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Ricontatto promesse non mantenute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Apprezzamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Reclami ogni 1.000 contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Rilievi di conformità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>Punteggio QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Escalation avviate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments received in the period, less overpayments, per currency.</source>
        <translation>Pagamenti ricevuti nel periodo, al netto delle eccedenze, per valuta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection target for the period (pro-rated by days).</source>
        <translation>L&apos;obiettivo di incasso del periodo (riproporzionato ai giorni).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected as a percentage of the target.</source>
        <translation>Incassato in percentuale dell&apos;obiettivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different accounts with any activity in the period.</source>
        <translation>Pratiche distinte con almeno un&apos;attività nel periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls dialled, whatever the outcome.</source>
        <translation>Chiamate in uscita effettuate, indipendentemente dall&apos;esito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations with the debtor in person, any channel.</source>
        <translation>Conversazioni di persona con il debitore, su qualsiasi canale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls that reached the debtor, as a percentage of calls dialled.</source>
        <translation>Chiamate in uscita in cui si è parlato con il debitore, in percentuale delle chiamate effettuate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay recorded in the period.</source>
        <translation>Promesse di pagamento registrate nel periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount promised in those promises.</source>
        <translation>L&apos;importo promesso in tali promesse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made per 100 right-party contacts.</source>
        <translation>Promesse ottenute ogni 100 contatti con il debitore (RPC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by count.</source>
        <translation>Promesse in scadenza nel periodo mantenute per intero, per numero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by amount.</source>
        <translation>Promesse in scadenza nel periodo mantenute per intero, per importo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount collected divided by right-party contacts.</source>
        <translation>Importo incassato diviso per i contatti con il debitore (RPC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises whose account was contacted again within the follow-up window.</source>
        <translation>Promesse non mantenute la cui pratica è stata ricontattata entro la finestra di ricontatto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints received about this person in the period.</source>
        <translation>Reclami ricevuti su questa persona nel periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments received about this person in the period.</source>
        <translation>Apprezzamenti ricevuti per questa persona nel periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 right-party contacts.</source>
        <translation>Reclami ogni 1.000 contatti con il debitore (RPC).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings on this person&apos;s contacts.</source>
        <translation>Rilievi di conformità sui contatti di questa persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average score of the call-monitoring reviews in the period (0-100).</source>
        <translation>Punteggio medio delle valutazioni di monitoraggio chiamate nel periodo (0-100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised by this person in the period.</source>
        <translation>Escalation avviate da questa persona nel periodo.</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_model.py" line="+108"/>
        <location line="+13"/>
        <source>pp</source>
        <comment>percentage points</comment>
        <translation>p.p.</translation>
    </message>
</context>
<context>
    <name>ScorecardHistoryModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/scorecard_history_model.py" line="+58"/>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Tasso RPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises kept</source>
        <translation>Promesse mantenute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QA score</source>
        <translation>Punteggio QA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound calls that reached the debtor, of all outbound calls</source>
        <translation>Chiamate in uscita in cui si è parlato con il debitore, sul totale delle chiamate in uscita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept, of those that fell due in the month (by count)</source>
        <translation>Promesse mantenute, tra quelle in scadenza nel mese (per numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the month&apos;s call-monitoring scores (0–100)</source>
        <translation>Media dei punteggi di monitoraggio chiamate del mese (0–100)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n monitored call(s)</source>
        <translation>
            <numerusform>%n chiamata monitorata</numerusform>
            <numerusform>%n chiamate monitorate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_model.py" line="+184"/>
        <source>Rank</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: {kpi}</source>
        <translation>Andamento: {kpi}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank by {kpi}; money is ranked within each currency.</source>
        <translation>Posizione per {kpi}; gli importi sono classificati all&apos;interno di ciascuna valuta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 12 periods of the chosen figure, oldest on the left.</source>
        <translation>Gli ultimi 12 periodi del dato scelto, dal più vecchio a sinistra.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Total {team}</source>
        <translation>Totale {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no team)</source>
        <translation>(nessun team)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department total</source>
        <translation>Totale reparto</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comparison period: {value}</source>
        <translation>Periodo di confronto: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not defined: there is nothing to divide by in this period.</source>
        <translation>Non definito: in questo periodo manca la base su cui calcolarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to see what is behind this figure.</source>
        <translation>Fare doppio clic o premere Invio per vedere i dati alla base di questo valore.</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_pane.py" line="+164"/>
        <source>Scorecards</source>
        <translation>Schede di valutazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rank and trend by:</source>
        <translation>&amp;Classifica e andamento per:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group by team</source>
        <translation>&amp;Raggruppa per team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show staff &amp;without figures</source>
        <translation>Mostra personale &amp;senza dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountants and customer-service staff with nothing to score in this period are hidden unless this is ticked; collectors are always shown.</source>
        <translation>Contabili e addetti al servizio clienti senza dati da valutare in questo periodo vengono nascosti, a meno che questa opzione non sia selezionata; gli operatori sono sempre visualizzati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is behind this figure</source>
        <translation>Mostra i dati alla base di questo valore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the staff member&apos;s page</source>
        <translation>Apri la pagina del membro del personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to XLSX…</source>
        <translation>&amp;Esporta in XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this scorecard as a spreadsheet (Ctrl+Shift+X)</source>
        <translation>Salva questa scheda di valutazione come foglio di calcolo (Ctrl+Maiusc+X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets…</source>
        <translation>&amp;Obiettivi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit targets and the attainment colours</source>
        <translation>Modifica gli obiettivi e i colori di raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ules…</source>
        <translation>Re&amp;gole…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up window and the thresholds of the anomalies</source>
        <translation>La finestra di ricontatto e le soglie delle anomalie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department figures</source>
        <translation>Dati del reparto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Anomalies ({count})</source>
        <translation>Anomalie ({count})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scorecard could not be read. Press F5 to try again.</source>
        <translation>Impossibile leggere la scheda di valutazione. Premere F5 per riprovare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some figures could not be read. Press F5 to try again.</source>
        <translation>Impossibile leggere alcuni dati. Premere F5 per riprovare.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membro del personale</numerusform>
            <numerusform>%n membri del personale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n without figures hidden)</source>
        <translation>
            <numerusform>(%n senza dati nascosto)</numerusform>
            <numerusform>(%n senza dati nascosti)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the department</source>
        <translation>il reparto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>scorecard-{period}.xlsx</source>
        <translation>schede-valutazione-{period}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Export scorecard</source>
        <translation>Esporta scheda di valutazione</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The spreadsheet could not be written. Nothing was saved.</source>
        <translation>Impossibile scrivere il foglio di calcolo. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the spreadsheet…</source>
        <translation>Scrittura del foglio di calcolo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard saved to {path}</source>
        <translation>Scheda di valutazione salvata in {path}</translation>
    </message>
</context>
<context>
    <name>ScorecardXlsx</name>
    <message>
        <location filename="../collectdesk/services/scorecard_xlsx.py" line="+73"/>
        <source>Accounts worked</source>
        <translation>Pratiche lavorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Tentativi di chiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Contatti RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Tasso RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Promesse ottenute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Importo promesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Tasso di promesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (count)</source>
        <translation>Tasso promesse mantenute (numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (amount)</source>
        <translation>Tasso promesse mantenute (importo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Incassato per RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Ricontatto promesse non mantenute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Apprezzamenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Reclami ogni 1.000 contatti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Rilievi di conformità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>Punteggio QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Escalation avviate</translation>
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
        <translation>dal {start} al {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collector</source>
        <translation>Operatore di recupero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer service</source>
        <translation>Servizio clienti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Contabile</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Staff scorecard {period}</source>
        <translation>Scheda di valutazione del personale {period}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Ruolo</translation>
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
        <translation>Ambito: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope: the whole department</source>
        <translation>Ambito: l&apos;intero reparto</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total {team}</source>
        <translation>Totale {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total without a team</source>
        <translation>Totale senza team</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Department</source>
        <translation>Reparto</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Severity</source>
        <translation>Gravità</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Rilievo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>La cartella {folder} non esiste. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>Impossibile scrivere {file} qui (autorizzazione negata). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Il disco è pieno: {file} non è stato scritto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} è una cartella. Scegliere un nome di file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Impossibile scrivere {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../collectdesk/services/scorecard_export.py" line="+40"/>
        <source>Not a period: {text}. Use a month (2026-10), a quarter (2026-Q3), a year (2026), an ISO week (2026-W05), a day (2026-10-05) or a range (2026-10-01..2026-10-15).</source>
        <translation>Periodo non valido: {text}. Indicare un mese (2026-10), un trimestre (2026-Q3), un anno (2026), una settimana ISO (2026-W05), un giorno (2026-10-05) o un intervallo (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>SelfTest</name>
    <message>
        <location filename="../collectdesk/selftest/__init__.py" line="+55"/>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Risorse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Traduzioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt plugins</source>
        <translation>Plugin Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo department</source>
        <translation>Reparto dimostrativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade from the previous release</source>
        <translation>Migrazione da versione precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pane, every language</source>
        <translation>Tutti i riquadri, tutte le lingue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (PDF and spreadsheet)</source>
        <translation>Report (PDF e foglio di calcolo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF preview and printing</source>
        <translation>Anteprima PDF e stampa</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>CollectDesk {version} self-test in {folder}</source>
        <translation>Autotest di CollectDesk {version} in {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok    Network: nothing tried to reach the network</source>
        <translation>ok    Rete: nessun tentativo di accesso alla rete</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>FAIL  Network: %n attempt(s) to reach the network</source>
        <translation>
            <numerusform>FAIL  Rete: %n tentativo di accesso alla rete</numerusform>
            <numerusform>FAIL  Rete: %n tentativi di accesso alla rete</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-test FAILED: something tried to reach the network.</source>
        <translation>Autotest NON SUPERATO: c&apos;è stato un tentativo di accesso alla rete.</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_data.py" line="+28"/>
        <source>the new database is not sound: {problems}</source>
        <translation>il nuovo database non è integro: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrated a new SQLite file to {revision}</source>
        <translation>nuovo file SQLite migrato alla revisione {revision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the demo wrote {count} accounts instead of {expected}</source>
        <translation>la demo ha scritto {count} pratiche invece di {expected}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no backup copy was taken before migrating</source>
        <translation>nessuna copia di backup eseguita prima della migrazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database was not migrated</source>
        <translation>il database non è stato migrato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accounts and payments changed in the upgrade: {before} -&gt; {after}</source>
        <translation>pratiche e pagamenti modificati dall&apos;aggiornamento: {before} -&gt; {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{previous} -&gt; {head}, {accounts} accounts kept, backup {backup}</source>
        <translation>{previous} -&gt; {head}, pratiche conservate: {accounts}, backup {backup}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_gui.py" line="+56"/>
        <source>the {pane} pane ({language}) was drawn blank</source>
        <translation>il riquadro {pane} ({language}) è stato disegnato vuoto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{panes} panes in {languages} languages ({drawn} pictures)</source>
        <translation>{panes} riquadri in {languages} lingue ({drawn} immagini)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a chart was drawn blank</source>
        <translation>un grafico è stato disegnato vuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bar chart drawn ({colours} colours)</source>
        <translation>grafico a barre disegnato ({colours} colori)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF preview drew an empty page</source>
        <translation>l&apos;anteprima PDF ha disegnato una pagina vuota</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>printing to a PDF file gave {got} pages instead of {expected}</source>
        <translation>la stampa su file PDF ha prodotto {got} pagine invece di {expected}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preview rendered, {pages} pages printed to a PDF file; {printers} printers on this machine</source>
        <translation>anteprima disegnata, pagine stampate su file PDF: {pages}; stampanti su questo computer: {printers}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_reports.py" line="+42"/>
        <source>{file} cannot be read back</source>
        <translation>impossibile rileggere {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {language} PDF does not show its title {title!r}</source>
        <translation>il PDF ({language}) non riporta il titolo {title!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {language} spreadsheet does not show its title {title!r}</source>
        <translation>il foglio di calcolo ({language}) non riporta il titolo {title!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: “{title}” {pages} p., {sheets} sheets</source>
        <translation>{language}: «{title}» {pages} pag., {sheets} fogli</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_runtime.py" line="+22"/>
        <source>bundle</source>
        <translation>bundle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source install</source>
        <translation>installazione dai sorgenti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only {count} icons found</source>
        <translation>trovate solo {count} icone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report fonts are missing: {fonts}</source>
        <translation>mancano i font dei report: {fonts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no compliance profile was found</source>
        <translation>nessun profilo di conformità trovato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{icons} icons, {fonts} fonts, {profiles} compliance profiles, {migrations} migrations</source>
        <translation>{icons} icone, {fonts} font, {profiles} profili di conformità, {migrations} migrazioni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CollectDesk&apos;s {language} translation did not load</source>
        <translation>la traduzione di CollectDesk ({language}) non è stata caricata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt&apos;s own {language} translation did not load from {folder}</source>
        <translation>la traduzione di Qt ({language}) non è stata caricata da {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qt cannot read {format} images (image format plugin missing)</source>
        <translation>Qt non legge le immagini {format} (manca il plugin del formato immagine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an SVG icon rendered empty</source>
        <translation>un&apos;icona SVG è stata disegnata vuota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no font is available to draw text</source>
        <translation>nessun font disponibile per disegnare il testo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style {style} (available: {styles}); {families} font families; images {formats}</source>
        <translation>stile {style} (disponibili: {styles}); {families} famiglie di font; immagini {formats}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/runner.py" line="+56"/>
        <source>skipped: needs {checks}</source>
        <translation>saltato: richiede {checks}</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Self-test passed: %n check(s) in {seconds} s.</source>
        <translation>
            <numerusform>Autotest superato: %n controllo in {seconds} s.</numerusform>
            <numerusform>Autotest superato: %n controlli in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test FAILED: %n of {total} check(s) did not pass.</source>
        <translation>
            <numerusform>Autotest NON SUPERATO: %n controllo su {total} non superato.</numerusform>
            <numerusform>Autotest NON SUPERATO: %n controlli su {total} non superati.</numerusform>
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
    <name>Settlements</name>
    <message>
        <location filename="../collectdesk/services/settlements.py" line="+47"/>
        <source>Give either the settlement amount or the discount percentage, not both.</source>
        <translation>Indicare l&apos;importo a saldo e stralcio oppure la percentuale di sconto, non entrambi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline cannot be in the past.</source>
        <translation>Il termine non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Lo sconto deve essere superiore a 0 % e inferiore a 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A settlement must be more than zero and less than the open balance ({balance}).</source>
        <translation>L&apos;importo a saldo e stralcio deve essere superiore a zero e inferiore al saldo residuo ({balance}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account already has a settlement offer open.</source>
        <translation>La pratica ha già una proposta di saldo e stralcio aperta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A settlement needs the name of who approved it.</source>
        <translation>Per un saldo e stralcio occorre indicare il nome di chi lo ha approvato.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an open offer can be accepted.</source>
        <translation>Si può accettare solo una proposta aperta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settled for {amount}</source>
        <translation>Definita a saldo e stralcio per {amount}</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../collectdesk/reports/slides.py" line="+115"/>
        <source>Summary</source>
        <comment>slide title: the executive summary</comment>
        <translation>Sintesi</translation>
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
        <translation>Presentato da {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of {date}</source>
        <comment>when the report was generated</comment>
        <translation>Dati al {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key figures</source>
        <translation>Indicatori principali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures, continued</source>
        <translation>Indicatori principali (segue)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows: change on the previous period</source>
        <translation>Frecce: variazione rispetto al periodo precedente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key points</source>
        <translation>Punti chiave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key points, continued</source>
        <translation>Punti chiave (segue)</translation>
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
        <translation>{share} dell&apos;obiettivo di {target}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target {target}: met</source>
        <translation>Obiettivo {target}: raggiunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target {target}: missed</source>
        <translation>Obiettivo {target}: mancato</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}: {value} (previous period {previous}, target {target})</source>
        <translation>{label}: {value} (periodo precedente {previous}, obiettivo {target})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (previous period {previous})</source>
        <translation>{label}: {value} (periodo precedente {previous})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (target {target})</source>
        <translation>{label}: {value} (obiettivo {target})</translation>
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
        <translation>{value} mld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} m</source>
        <comment>millions on a chart axis</comment>
        <translation>{value} mln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{value} k</source>
        <comment>thousands on a chart axis</comment>
        <translation>{value} mila</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <location filename="../collectdesk/ui/reports/speaker_notes.py" line="+25"/>
        <source>Speaker notes</source>
        <translation>Note del relatore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous slide</source>
        <translation>Diapositiva precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Diapositiva successiva</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Slide {n} of {total}</source>
        <translation>Diapositiva {n} di {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talking points</source>
        <translation>Punti da trattare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes for this slide.</source>
        <translation>Nessuna nota per questa diapositiva.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: {title}</source>
        <translation>Successiva: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last slide.</source>
        <translation>Questa è l&apos;ultima diapositiva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting for {time}</source>
        <translation>In presentazione da {time}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../collectdesk/services/staff.py" line="+121"/>
        <source>This staff member no longer exists.</source>
        <translation>Questo membro del personale non esiste più.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter a username.</source>
        <translation>Inserire un nome utente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has at most 64 characters and no spaces.</source>
        <translation>Un nome utente ha al massimo 64 caratteri e nessuno spazio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Inserire il nome completo del membro del personale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most 160 characters).</source>
        <translation>Il nome è troppo lungo (al massimo 160 caratteri).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a role.</source>
        <translation>Scegliere un ruolo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username {username} is already used by {name}.</source>
        <translation>Il nome utente {username} è già usato da {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hire date can be at most {days} days from today.</source>
        <translation>La data di assunzione può essere al massimo tra {days} giorni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the department&apos;s languages.</source>
        <translation>Scegliere una delle lingue del reparto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen team no longer exists.</source>
        <translation>Il team scelto non esiste più.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team {team} belongs to another branch.</source>
        <translation>Il team {team} appartiene a un&apos;altra filiale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen branch no longer exists.</source>
        <translation>La filiale scelta non esiste più.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approval limit cannot be negative.</source>
        <translation>Il limite di approvazione non può essere negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the currency of the approval limit.</source>
        <translation>Scegliere la valuta del limite di approvazione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail non è valido.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The hire date cannot be after the leaving date.</source>
        <translation>La data di assunzione non può essere successiva alla data di cessazione.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The leaving date cannot be before the hire date ({date}).</source>
        <translation>La data di cessazione non può essere precedente alla data di assunzione ({date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leaving date can be at most {days} days from today.</source>
        <translation>La data di cessazione può essere al massimo tra {days} giorni.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="-100"/>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no team)</source>
        <translation>(nessun team)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Inserire il nome completo del membro del personale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username (the name they log in with).</source>
        <translation>Inserire un nome utente (il nome usato per l&apos;accesso).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has no spaces.</source>
        <translation>Un nome utente non contiene spazi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>L&apos;indirizzo e-mail non è valido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New staff member</source>
        <translation>Nuovo membro del personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>Modifica {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nome completo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Ruolo:</translation>
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
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire date:</source>
        <translation>Data di &amp;assunzione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approval limit:</source>
        <translation>Limite di a&amp;pprovazione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations above this amount go to a senior manager; leave empty for none.</source>
        <translation>Le escalation oltre questo importo passano a un dirigente; lasciare vuoto per nessun limite.</translation>
    </message>
</context>
<context>
    <name>StaffFindingsWidget</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/staff_findings.py" line="+91"/>
        <source>%n finding(s) in the last 90 days, {open} of them not reviewed yet.</source>
        <translation>
            <numerusform>%n rilievo negli ultimi 90 giorni, di cui non ancora valutati: {open}.</numerusform>
            <numerusform>%n rilievi negli ultimi 90 giorni, di cui non ancora valutati: {open}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No compliance findings in the last 90 days.</source>
        <translation>Nessun rilievo di conformità negli ultimi 90 giorni.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter or double-click opens a finding: what happened, the rule, and its review.</source>
        <translation>Invio o doppio clic apre un rilievo: cosa è successo, la regola e la sua valutazione.</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_list_model.py" line="+46"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>In servizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on {date}</source>
        <translation>In servizio fino al {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Non più in servizio</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_page.py" line="+220"/>
        <source>no team</source>
        <translation>nessun team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no branch</source>
        <translation>nessuna filiale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hired on {date}</source>
        <translation>in servizio dal {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>in servizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on {date}</source>
        <translation>in servizio fino al {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>non più in servizio</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+81"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Loading the last 12 months…</source>
        <translation>Caricamento degli ultimi 12 mesi…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each month as the Scorecards pane shows it; the current month up to today. Attainment colours follow the department&apos;s thresholds.</source>
        <translation>Ogni mese come appare nel riquadro Schede di valutazione; il mese corrente fino a oggi. I colori di raggiungimento seguono le soglie del reparto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scorecard history could not be read ({error}).</source>
        <translation>Impossibile leggere lo storico delle schede di valutazione ({error}).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a staff member</source>
        <translation>Aggiungi un membro del personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;left…</source>
        <translation>Registra &amp;cessazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scorecard history</source>
        <translation>&amp;Storico schede di valutazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;valuations</source>
        <translation>&amp;Valutazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Formazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpliance</source>
        <translation>Conformi&amp;tà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviews</source>
        <translation>Valutazioni delle &amp;prestazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call monitoring (QA entries)</source>
        <translation>Monitoraggio ch&amp;iamate (valutazioni QA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New re&amp;view…</source>
        <translation>Nuova valuta&amp;zione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open review…</source>
        <translation>&amp;Apri valutazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Esporta P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;QA entry…</source>
        <translation>Nuova valutazione &amp;QA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crite&amp;ria…</source>
        <translation>C&amp;riteri…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff member on the left, or add one with New…</source>
        <translation>Scegliere un membro del personale a sinistra o aggiungerne uno con Nuovo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training records are not available in this installation.</source>
        <translation>Il registro della formazione non è disponibile in questa installazione.</translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_pane.py" line="+95"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All roles</source>
        <translation>Tutti i ruoli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All teams</source>
        <translation>Tutti i team</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+57"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membro del personale</numerusform>
            <numerusform>%n membri del personale</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or username</source>
        <translation>Nome o nome utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;uolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;am:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show people who &amp;left</source>
        <translation>Mostra le persone &amp;non più in servizio</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="-29"/>
        <location line="+184"/>
        <source>Top and bottom performers</source>
        <translation>Migliori e peggiori risultati</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>nobody in scope has a collection target in this period.</source>
        <translation>nessuno nell&apos;ambito selezionato ha un obiettivo di incasso in questo periodo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+192"/>
        <location line="+9"/>
        <source>Compliance findings per collector</source>
        <translation>Rilievi di conformità per operatore</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>il controllo di conformità non è ancora stato eseguito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA scores</source>
        <translation>Punteggi QA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no call-monitoring evaluations in this period or the one before.</source>
        <translation>nessuna valutazione di monitoraggio delle chiamate in questo periodo né in quello precedente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training status</source>
        <translation>Stato della formazione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training has been recorded yet.</source>
        <translation>non è ancora stata registrata alcuna formazione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Collected ({currency})</source>
        <translation>Incassato ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept (by count)</source>
        <translation>Promesse mantenute (per numero)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <location line="+31"/>
        <source>Right-party contact rate</source>
        <translation>Tasso di contatto con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Reclami ogni 1.000 contatti con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Scorecard</source>
        <translation>Scheda di valutazione</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+26"/>
        <location line="+62"/>
        <location line="+67"/>
        <location line="+37"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
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
        <translation>Pratiche lavorate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Tentativi di chiamata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Contatti con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises made</source>
        <translation>Promesse ottenute</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Kept rate</source>
        <translation>Tasso di promesse mantenute</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Broken promises</source>
        <translation>Promesse non mantenute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Ricontatti eseguiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reclami</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+119"/>
        <source>Findings</source>
        <translation>Rilievi</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+147"/>
        <source>QA score</source>
        <translation>Punteggio QA</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Escalations raised</source>
        <translation>Escalation avviate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked are not added up: an account worked by two people counts once in the department&apos;s {accounts}.</source>
        <translation>Le pratiche lavorate non vengono sommate: una pratica lavorata da due persone conta una sola volta nel totale del reparto di {accounts}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collected against target ({currency})</source>
        <translation>Incassato rispetto all&apos;obiettivo ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>Collected</source>
        <translation>Incassato</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Attainment</source>
        <translation>Raggiungimento</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Collected in the period before</source>
        <translation>Incassato nel periodo precedente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept and right-party contact rates</source>
        <translation>Tassi di promesse mantenute e di contatto con il debitore</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Top</source>
        <translation>Migliori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom</source>
        <translation>Peggiori</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top and bottom performers against target</source>
        <translation>Migliori e peggiori risultati rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attainment in the period before</source>
        <translation>Raggiungimento nel periodo precedente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</source>
        <translation>
            <numerusform>Classifica per raggiungimento nella valuta dell&apos;obiettivo più alto di ciascuna persona; %n persona ha un obiettivo.</numerusform>
            <numerusform>Classifica per raggiungimento nella valuta dell&apos;obiettivo più alto di ciascuna persona; %n persone hanno un obiettivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} led with {attainment} of target ({collected} of {target}).</source>
        <translation>{name} è in testa: {attainment} dell&apos;obiettivo ({collected} su {target}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was furthest behind with {attainment} of target ({collected} of {target}).</source>
        <translation>{name} è più indietro di tutti: {attainment} dell&apos;obiettivo ({collected} su {target}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the people with a target were below it.</source>
        <translation>
            <numerusform>%n delle persone con un obiettivo è rimasta al di sotto.</numerusform>
            <numerusform>%n delle persone con un obiettivo sono rimaste al di sotto.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No collector named</source>
        <translation>Nessun operatore indicato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance findings</source>
        <translation>Rilievi di conformità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collector</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period before</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>{name} ha registrato il maggior numero di rilievi: %n.</numerusform>
            <numerusform>{name} ha registrato il maggior numero di rilievi: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QA score (call monitoring)</source>
        <translation>Punteggio QA (monitoraggio chiamate)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls scored</source>
        <translation>Chiamate valutate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score in the period before</source>
        <translation>Punteggio QA nel periodo precedente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores ranged from {low} ({low_name}) to {high} ({high_name}).</source>
        <translation>I punteggi sono andati da {low} ({low_name}) a {high} ({high_name}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training overdue</source>
        <translation>Formazione in ritardo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expired</source>
        <translation>Certificazioni scadute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandatory training not assigned</source>
        <translation>Formazione obbligatoria non assegnata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expiring within 30 days</source>
        <translation>Certificazioni in scadenza entro 30 giorni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training to act on</source>
        <translation>Formazione su cui intervenire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on {date}.</source>
        <translation>Situazione al {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {date}, training overdue: {overdue}; certificates expired: {expired}; mandatory modules not assigned: {missing}.</source>
        <translation>Al {date}: formazione in ritardo: {overdue}; certificazioni scadute: {expired}; moduli obbligatori non assegnati: {missing}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} everyone&apos;s training was up to date.</source>
        <translation>Al {date} la formazione di tutto il personale era in regola.</translation>
    </message>
</context>
<context>
    <name>StaffTrainingModel</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_model.py" line="+29"/>
        <source>{state} (renewed since)</source>
        <translation>{state} (rinnovato in seguito)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Module</source>
        <translation>Modulo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Assegnato il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Completato il</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Scade il</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Punteggio</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mandatory for this person&apos;s role</source>
        <translation>Obbligatorio per il ruolo di questa persona</translation>
    </message>
</context>
<context>
    <name>StaffTrainingWidget</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_widget.py" line="+149"/>
        <location line="+3"/>
        <source>Onboarding checklist</source>
        <translation>Checklist di inserimento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory module(s) assigned to {name}.</source>
        <translation>
            <numerusform>%n modulo obbligatorio assegnato a {name}.</numerusform>
            <numerusform>%n moduli obbligatori assegnati a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a staff member to see their training.</source>
        <translation>Selezionare un membro del personale per vederne la formazione.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n scaduto</numerusform>
            <numerusform>%n scaduti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n obbligatorio non assegnato</numerusform>
            <numerusform>%n obbligatori non assegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n in scadenza entro 30 giorni</numerusform>
            <numerusform>%n in scadenza entro 30 giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue or expiring.</source>
        <translation>Nulla in ritardo o in scadenza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No training recorded.</source>
        <translation>Nessuna formazione registrata.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign module…</source>
        <translation>&amp;Assegna modulo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a training module to this person (Ctrl+Shift+A).</source>
        <translation>Assegna un modulo formativo a questa persona (Ctrl+Maiusc+A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Segna come &amp;completato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion date and score of the selected training.</source>
        <translation>Registra la data di completamento e il punteggio della formazione selezionata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;onboarding checklist</source>
        <translation>Crea checklist di &amp;inserimento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign every module that is mandatory for this person&apos;s role and not yet assigned, due 30 days after the hire date (or from today).</source>
        <translation>Assegna tutti i moduli obbligatori per il ruolo di questa persona non ancora assegnati, con termine a 30 giorni dalla data di assunzione (o da oggi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training of the staff member</source>
        <translation>Formazione del membro del personale</translation>
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
        <location filename="../collectdesk/app.py" line="+103"/>
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
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-50"/>
        <source>Change the status</source>
        <translation>Cambia lo stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status</source>
        <translation>&amp;Cambia stato</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-16"/>
        <source>A {status} item cannot change its status any more.</source>
        <translation>Una segnalazione nello stato «{status}» non può più cambiare stato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new status.</source>
        <translation>Scegliere il nuovo stato.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ply to the staff member:</source>
        <translation>&amp;Risposta al membro del personale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep: {status}</source>
        <translation>Mantieni: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>Sal&amp;va</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../collectdesk/services/context.py" line="+25"/>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Il disco è pieno o non è scrivibile. Non è stato salvato nulla; liberare spazio e riprovare.</translation>
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
        <location filename="../collectdesk/services/department_settings.py" line="+91"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Qualcun altro ha salvato prima questo record. Non è stato salvato nulla; ricaricare e riprovare.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="-15"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="-240"/>
        <location line="+9"/>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+42"/>
        <location filename="../collectdesk/services/context.py" line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Il record non esiste più: {what}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/context.py" line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>{what} è stato modificato da {who} il {when} (campi: {fields}) dopo la sua apertura. Non è stato salvato nulla; il record è stato ricaricato.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+61"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Impossibile aprire il file del database: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/store/migrate.py" line="+83"/>
        <source>This database was updated by a newer version of CollectDesk. Install the current version to open it; nothing was changed.</source>
        <translation>Questo database è stato aggiornato da una versione più recente di CollectDesk. Per aprirlo, installare la versione attuale; non è stato modificato nulla.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version of CollectDesk needs to update the database, and first keeps a copy of it in {folder}. The copy could not be written: {error}. Nothing was changed; free some disk space or make the folder writable, then open the database again.</source>
        <translation>Questa versione di CollectDesk deve aggiornare il database e prima ne conserva una copia in {folder}. Impossibile scrivere la copia: {error}. Non è stato modificato nulla; liberare spazio su disco o rendere scrivibile la cartella, quindi aprire di nuovo il database.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed. A copy of the database as it was is kept at {backup}.</source>
        <translation>Impossibile aggiornare il database a questa versione di CollectDesk: {error}. Non è stato modificato nulla. Una copia del database com&apos;era prima è conservata in {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed.</source>
        <translation>Impossibile aggiornare il database a questa versione di CollectDesk: {error}. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+88"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Scegliere chi presenta il suggerimento oppure renderlo anonimo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the suggestion a short title.</source>
        <translation>Dare al suggerimento un titolo breve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the suggestion.</source>
        <translation>Descrivere il suggerimento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New suggestion</source>
        <translation>Nuovo suggerimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymous (no name is kept)</source>
        <translation>&amp;Anonimo (nessun nome viene conservato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggestion:</source>
        <translation>&amp;Suggerimento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>Ar&amp;gomento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Scegliere…</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../collectdesk/ui/targets/target_delegate.py" line="+36"/>
        <source>No target</source>
        <translation>Nessun obiettivo</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>This is not an amount.</source>
        <translation>Questo non è un importo.</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <location filename="../collectdesk/services/target_import.py" line="+115"/>
        <source>The file has no column for {what}. Columns found: {headers}. The columns are described in the help on importing targets.</source>
        <translation>Nel file manca una colonna per {what}. Colonne trovate: {headers}. Le colonne sono descritte nella guida sull&apos;importazione degli obiettivi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either a staff member or a team, not both.</source>
        <translation>Indicare un membro del personale oppure un team, non entrambi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a staff member or a team.</source>
        <translation>Indicare un membro del personale o un team.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No team is named &apos;{value}&apos;.</source>
        <translation>Nessun team si chiama &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one branch has a team named &apos;{value}&apos;; write it as &apos;Branch / Team&apos;.</source>
        <translation>Più filiali hanno un team chiamato &apos;{value}&apos;; scriverlo come &apos;Filiale / Team&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a month (use e.g. 2026-11 or 11/2026).</source>
        <translation>&apos;{value}&apos; non è un mese (usare ad es. 2026-11 o 11/2026).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the period (a month), or its first and last day.</source>
        <translation>Indicare il periodo (un mese) oppure il primo e l&apos;ultimo giorno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first and last day do not match the period given.</source>
        <translation>Il primo e l&apos;ultimo giorno non corrispondono al periodo indicato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs an amount.</source>
        <translation>{metric} richiede un importo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs a count.</source>
        <translation>{metric} richiede un numero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is an amount of money; leave the count empty.</source>
        <translation>{metric} è un importo in denaro; lasciare vuoto il numero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{metric} is counted; leave the amount empty.</source>
        <translation>{metric} è un conteggio; lasciare vuoto l&apos;importo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; non è un numero intero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same target (who, metric and period) is already on row {line}.</source>
        <translation>Lo stesso obiettivo (persona o team, metrica e periodo) è già presente alla riga {line}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported targets from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Obiettivi importati da {file} – righe: {rows}, nuovi: {inserted}, aggiornati: {updated}</translation>
    </message>
</context>
<context>
    <name>TargetMetric</name>
    <message>
        <location filename="../collectdesk/domain/target_metrics.py" line="+58"/>
        <location filename="../collectdesk/services/targets.py" line="+73"/>
        <source>Amount collected</source>
        <translation>Importo incassato</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Right-party contacts</source>
        <translation>Contatti con il debitore (RPC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Promises to pay</source>
        <translation>Promesse di pagamento</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../collectdesk/services/targets.py" line="+206"/>
        <source>The period must end on or after the day it starts.</source>
        <translation>Il periodo deve terminare lo stesso giorno dell&apos;inizio o successivamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{metric}&apos; is not a target metric. Metrics: {metrics}.</source>
        <translation>&apos;{metric}&apos; non è una metrica di obiettivo. Metriche: {metrics}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{metric} is an amount of money, not a count.</source>
        <translation>{metric} è un importo in denaro, non un conteggio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount must be an exact decimal number.</source>
        <translation>L&apos;importo deve essere un numero decimale esatto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; non è un importo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target amount must be greater than zero.</source>
        <translation>L&apos;importo dell&apos;obiettivo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount has at most two decimals.</source>
        <translation>Un importo ha al massimo due decimali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>L&apos;importo è troppo grande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount target needs a currency.</source>
        <translation>Un obiettivo in importo richiede una valuta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; non è un codice valuta ISO 4217 (ad es. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is counted, not an amount of money.</source>
        <translation>{metric} è un conteggio, non un importo in denaro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A count must be a whole number.</source>
        <translation>Un conteggio deve essere un numero intero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target count must be greater than zero.</source>
        <translation>Il numero dell&apos;obiettivo deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count is too large.</source>
        <translation>Il numero è troppo grande.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else removed this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Qualcun altro ha rimosso questo obiettivo dopo che è stato aperto. Non è stato salvato nulla; la tabella è stata ricaricata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else set this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Qualcun altro ha impostato questo obiettivo dopo che è stato aperto. Non è stato salvato nulla; la tabella è stata ricaricata.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A target belongs to either a staff member or a team.</source>
        <translation>Un obiettivo appartiene a un membro del personale oppure a un team.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The staff member or team no longer exists.</source>
        <translation>Il membro del personale o il team non esiste più.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A threshold must be a percentage.</source>
        <translation>Una soglia deve essere una percentuale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both thresholds must be greater than zero.</source>
        <translation>Entrambe le soglie devono essere maggiori di zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A threshold cannot be above {limit}%.</source>
        <translation>Una soglia non può superare il {limit}%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warning threshold must be below the good threshold.</source>
        <translation>La soglia di attenzione deve essere inferiore alla soglia buona.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A threshold has at most one decimal.</source>
        <translation>Una soglia ha al massimo un decimale.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attained</source>
        <translation>Raggiunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attainment of the target for {metric} in this period, coloured by the thresholds</source>
        <translation>Raggiungimento dell&apos;obiettivo per {metric} in questo periodo, colorato in base alle soglie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target for {metric}; double-click or F2 to edit, Delete to remove</source>
        <translation>Obiettivo per {metric}; doppio clic o F2 per modificarlo, Canc per rimuoverlo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Team, {branch}</source>
        <translation>Team, {branch}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (left)</source>
        <translation>{name} (non più in servizio)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, user name {username}, team {team}</source>
        <translation>{name}, nome utente {username}, team {team}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No target is set for exactly this period: this is the share of the targets of periods that overlap it, by calendar days. Type a value to set one for this period.</source>
        <translation>Nessun obiettivo impostato esattamente per questo periodo: questa è la quota degli obiettivi dei periodi che vi si sovrappongono, in base ai giorni di calendario. Digitare un valore per impostarne uno per questo periodo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press F2 to change; Delete removes the target.</source>
        <translation>Fare doppio clic o premere F2 per modificare; Canc rimuove l&apos;obiettivo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>good</source>
        <translation>buono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>attenzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below the warning level</source>
        <translation>sotto la soglia di attenzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{actual} of {target} ({band})</source>
        <translation>{actual} di {target} ({band})</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <location filename="../collectdesk/ui/targets/targets_pane.py" line="+139"/>
        <location line="+244"/>
        <source>Targets</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>&amp;Copy to next period</source>
        <translation>&amp;Copia nel periodo successivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this period&apos;s targets to the next period, keeping any already set there (Ctrl+Shift+C)</source>
        <translation>Copia gli obiettivi di questo periodo nel periodo successivo, mantenendo quelli già impostati lì (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from XLSX…</source>
        <translation>&amp;Importa da XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import targets from a spreadsheet; a file with a bad row imports nothing (Ctrl+I)</source>
        <translation>Importa obiettivi da un foglio di calcolo; un file con una riga errata non importa nulla (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Soglie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attainment levels shown as good, warning and bad</source>
        <translation>I livelli di raggiungimento mostrati come buono, attenzione e insufficiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove target</source>
        <translation>Rimuovi obiettivo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n membro del personale</numerusform>
            <numerusform>%n membri del personale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n team</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in a target cell to set the target for this period.</source>
        <translation>Digitare in una cella obiettivo per impostare l&apos;obiettivo di questo periodo.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Removed the {metric} target of {name}.</source>
        <translation>Obiettivo «{metric}» di {name} rimosso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {metric} target of {name}.</source>
        <translation>Obiettivo «{metric}» di {name} salvato.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copy targets</source>
        <translation>Copia obiettivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the targets of {here} to {there}? Targets already set for {there} stay as they are; staff members who have left are skipped.</source>
        <translation>Copiare gli obiettivi di {here} in {there}? Gli obiettivi già impostati per {there} restano invariati; i membri del personale non più in servizio vengono saltati.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n target(s) copied to {there}.</source>
        <translation>
            <numerusform>%n obiettivo copiato in {there}.</numerusform>
            <numerusform>%n obiettivi copiati in {there}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy: {there} already has every target of {here}.</source>
        <translation>Nulla da copiare: {there} ha già tutti gli obiettivi di {here}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Import targets</source>
        <translation>Importa obiettivi</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Fogli di calcolo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing targets from {file}…</source>
        <translation>Importazione degli obiettivi da {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Importazione da {file} completata – nuovi: {new}, aggiornati: {updated}, invariati: {unchanged}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importazione annullata; non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The attainment colours were saved for the whole department.</source>
        <translation>I colori di raggiungimento sono stati salvati per l&apos;intero reparto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{good}% or more</source>
        <translation>{good}% o più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{warn}% to under {good}%</source>
        <translation>da {warn}% a meno di {good}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under {warn}%</source>
        <translation>meno di {warn}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attained:</source>
        <translation>Raggiunto:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong: {error}</source>
        <translation>Si è verificato un errore: {error}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/thresholds_dialog.py" line="+87"/>
        <source>Attainment colours</source>
        <translation>Colori di raggiungimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment is what was achieved as a percentage of the target. These levels colour it in the Targets and Scorecards panes, for the whole department.</source>
        <translation>Il raggiungimento è il risultato ottenuto in percentuale dell&apos;obiettivo. Questi livelli ne determinano il colore nei riquadri Obiettivi e Schede di valutazione, per l&apos;intero reparto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Good from:</source>
        <translation>&amp;Buono da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warning from:</source>
        <translation>&amp;Attenzione da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this is shown as good</source>
        <translation>Un raggiungimento pari o superiore a questo valore è mostrato come buono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this, but below the good level, is a warning; below it, attainment is shown as bad</source>
        <translation>Un raggiungimento pari o superiore a questo valore, ma inferiore al livello buono, è un avviso di attenzione; al di sotto, il raggiungimento è mostrato come insufficiente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good: {good}% or more</source>
        <translation>Buono: {good}% o più</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {warn}% to under {good}%</source>
        <translation>Attenzione: da {warn}% a meno di {good}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad: under {warn}%</source>
        <translation>Insufficiente: meno di {warn}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warning level must be below the good level.</source>
        <translation>Il livello di attenzione deve essere inferiore al livello buono.</translation>
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
    <name>Training</name>
    <message>
        <location filename="../collectdesk/services/training.py" line="+116"/>
        <source>The module needs a code.</source>
        <translation>Il modulo deve avere un codice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code may be at most 40 characters long.</source>
        <translation>Il codice può contenere al massimo 40 caratteri.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module needs a title.</source>
        <translation>Il modulo deve avere un titolo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title may be at most 200 characters long.</source>
        <translation>Il titolo può contenere al massimo 200 caratteri.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another module already has the code {code}.</source>
        <translation>Il codice {code} è già usato da un altro modulo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language: {language}.</source>
        <translation>Lingua sconosciuta: {language}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown staff role: {role}.</source>
        <translation>Ruolo del personale sconosciuto: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The renewal interval must be between 1 and {max} months, or never.</source>
        <translation>L&apos;intervallo di rinnovo deve essere compreso tra 1 e {max} mesi, oppure mai.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link may be at most 1000 characters long.</source>
        <translation>Il link può contenere al massimo 1000 caratteri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link must start with http://, https:// or file:// (for example https://intranet/course).</source>
        <translation>Il link deve iniziare con http://, https:// o file:// (ad esempio https://intranet/corso).</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+33"/>
        <location line="+39"/>
        <source>Training module</source>
        <translation>Modulo formativo</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Impossibile leggere il file: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached. Put larger files on a shared drive and give the module a link instead.</source>
        <translation>Il file è di {size} MB; si possono allegare file fino a {limit} MB. Salvare i file più grandi su un&apos;unità di rete condivisa e indicare invece un link nel modulo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Il file supera {limit} MB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>File {name} allegato ({size} byte, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attached file removed</source>
        <translation>File allegato rimosso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The due date cannot be in the past.</source>
        <translation>La data di scadenza non può essere nel passato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module {code} is deactivated; activate it before assigning it.</source>
        <translation>Il modulo {code} è disattivato; attivarlo prima di assegnarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member no longer exists; reload and try again.</source>
        <translation>Un membro del personale non esiste più; ricaricare e riprovare.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Training record</source>
        <translation>Registrazione di formazione</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only an assigned module can be started.</source>
        <translation>Si può avviare solo un modulo assegnato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The completion date cannot be in the future.</source>
        <translation>La data di completamento non può essere nel futuro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score must be between 0 and 100.</source>
        <translation>Il punteggio deve essere compreso tra 0 e 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This training is already completed.</source>
        <translation>Questa formazione è già completata.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n training record(s) expired</source>
        <translation>
            <numerusform>%n registrazione di formazione scaduta</numerusform>
            <numerusform>%n registrazioni di formazione scadute</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../collectdesk/services/training_status.py" line="+214"/>
        <source>Staff member</source>
        <translation>Membro del personale</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The onboarding period must be between 1 and 365 days.</source>
        <translation>Il periodo di inserimento deve essere compreso tra 1 e 365 giorni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is no longer active.</source>
        <translation>{name} non è più in servizio.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/form_dialog.py" line="+134"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Impossibile salvare a causa di un errore imprevisto ({error}). Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>TrainingPane</name>
    <message>
        <location filename="../collectdesk/ui/training/training_pane.py" line="+132"/>
        <location line="+85"/>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Deactivate module</source>
        <translation>Disattiva modulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate {code}? It can no longer be assigned, and its records stop counting as overdue or expiring. The records are kept.</source>
        <translation>Disattivare {code}? Non potrà più essere assegnato e le sue registrazioni non verranno più conteggiate come in ritardo o in scadenza. Le registrazioni vengono conservate.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n assignment(s) created.</source>
        <translation>
            <numerusform>%n assegnazione creata.</numerusform>
            <numerusform>%n assegnazioni create.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n scaduto</numerusform>
            <numerusform>%n scaduti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n obbligatorio non assegnato</numerusform>
            <numerusform>%n obbligatori non assegnati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n in scadenza entro 30 giorni</numerusform>
            <numerusform>%n in scadenza entro 30 giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No training is overdue or expiring.</source>
        <translation>Nessuna formazione in ritardo o in scadenza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff: </source>
        <translation>Personale in servizio: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Records of {code}</source>
        <translation>&amp;Registrazioni di {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records (select a module)</source>
        <translation>&amp;Registrazioni (selezionare un modulo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Activate</source>
        <translation>&amp;Attiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Disattiva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;modules</source>
        <translation>&amp;Moduli formativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a training module (Ctrl+N)</source>
        <translation>Crea un modulo formativo (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected module (Ctrl+E)</source>
        <translation>Modifica il modulo selezionato (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deactivated</source>
        <translation>Mostra disattivati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ssign…</source>
        <translation>A&amp;ssegna…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected module to staff members (Ctrl+Shift+A)</source>
        <translation>Assegna il modulo selezionato a membri del personale (Ctrl+Maiusc+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Segna come &amp;completato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion of the selected assignment (Ctrl+Shift+C)</source>
        <translation>Registra il completamento dell&apos;assegnazione selezionata (Ctrl+Maiusc+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only &amp;overdue, expiring or expired</source>
        <translation>Mostra solo in ri&amp;tardo, in scadenza o scaduti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training modules</source>
        <translation>Moduli formativi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records of the selected module</source>
        <translation>Registrazioni del modulo selezionato</translation>
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
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_actions.py" line="+60"/>
        <source>&amp;Assign owner…</source>
        <translation>&amp;Assegna responsabile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the item to the person who works on it</source>
        <translation>Affida la segnalazione alla persona che se ne occupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to account…</source>
        <translation>Co&amp;llega a pratica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the item to an account, its debtor and the collector it concerns</source>
        <translation>Collega la segnalazione a una pratica, al relativo debitore e all&apos;operatore interessato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categorise…</source>
        <translation>&amp;Categorizza…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the category, topic and severity</source>
        <translation>Imposta categoria, argomento e gravità</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Cambia &amp;stato…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the item along its flow</source>
        <translation>Fa avanzare la segnalazione nel suo flusso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Risolvi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the outcome, what was done and the reply</source>
        <translation>Registra l&apos;esito, che cosa è stato fatto e la risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;dispute flag…</source>
        <translation>Imposta contrassegno di con&amp;testazione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the linked account&apos;s debtor as disputing; collection on it pauses</source>
        <translation>Contrassegna il debitore della pratica collegata come in contestazione; il recupero nei suoi confronti viene sospeso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge</source>
        <translation>Con&amp;ferma ricezione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the sender was told the item arrived</source>
        <translation>Registra che al mittente è stata comunicata la ricezione della segnalazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open account</source>
        <translation>Apri &amp;pratica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Mostra la pratica collegata nel riquadro Code di lavoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark read and &amp;next</source>
        <translation>Segna come letta e &amp;vai alla successiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the item read and go to the next one</source>
        <translation>Segna la segnalazione come letta e passa alla successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt item</source>
        <translation>Segnalazione s&amp;uccessiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next item</source>
        <translation>Passa alla segnalazione successiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>Segnalazione prece&amp;dente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous item</source>
        <translation>Passa alla segnalazione precedente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link the item to an account first (L).</source>
        <translation>Collegare prima la segnalazione a una pratica (L).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{debtor} is already flagged as disputing.</source>
        <translation>{debtor} ha già il contrassegno di contestazione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the dispute flag</source>
        <translation>Imposta il contrassegno di contestazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag {debtor} (account {account}) as disputing? Collection on the debtor&apos;s accounts pauses until the flag is cleared.</source>
        <translation>Assegnare a {debtor} (pratica {account}) il contrassegno di contestazione? Il recupero sulle pratiche del debitore resta sospeso finché il contrassegno non viene rimosso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{debtor} is flagged as disputing; collection pauses.</source>
        <translation>A {debtor} è stato assegnato il contrassegno di contestazione; il recupero è sospeso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Ricezione confermata.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../collectdesk/ui/upgrade_notice.py" line="+31"/>
        <source>CollectDesk {version} updated the shared database {database} to its new format, in one transaction.

Every computer that uses this database now needs CollectDesk {version} or newer.</source>
        <translation>CollectDesk {version} ha aggiornato il database condiviso {database} al nuovo formato, in un&apos;unica transazione.

Ora tutti i computer che usano questo database richiedono CollectDesk {version} o una versione successiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CollectDesk {version} updated this database to its new format.</source>
        <translation>CollectDesk {version} ha aggiornato questo database al nuovo formato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CollectDesk {version} updated this database to its new format.

A copy of the database as it was before is kept at:
{backup}

Older versions of CollectDesk cannot open the updated database; they can open that copy.</source>
        <translation>CollectDesk {version} ha aggiornato questo database al nuovo formato.

Una copia del database com&apos;era prima dell&apos;aggiornamento è conservata in:
{backup}

Le versioni precedenti di CollectDesk non possono aprire il database aggiornato; possono aprire quella copia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated by CollectDesk {version}; the copy as it was: {backup}</source>
        <translation>Database aggiornato da CollectDesk {version}; copia prima dell&apos;aggiornamento: {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database updated by CollectDesk {version}.</source>
        <translation>Database aggiornato da CollectDesk {version}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated</source>
        <translation>Database aggiornato</translation>
    </message>
</context>
<context>
    <name>WriteOffs</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+25"/>
        <location filename="../collectdesk/services/write_offs.py" line="+32"/>
        <source>Uncollectable</source>
        <translation>Credito inesigibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Settlement</source>
        <translation>Saldo e stralcio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Deceased</source>
        <translation>Decesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Bankrupt</source>
        <translation>Fallimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Statute-barred</source>
        <translation>Prescrizione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Small balance</source>
        <translation>Saldo esiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Fraud</source>
        <translation>Frode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+9"/>
        <source>A write-off needs the name of who approved it.</source>
        <translation>Per un passaggio a perdita occorre indicare il nome di chi lo ha approvato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reason for the write-off.</source>
        <translation>Scegliere il motivo del passaggio a perdita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount to write off must be greater than zero.</source>
        <translation>L&apos;importo da passare a perdita deve essere maggiore di zero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the open balance ({balance}) can be written off.</source>
        <translation>Si può passare a perdita solo il saldo residuo ({balance}).</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="+216"/>
        <location filename="../collectdesk/services/write_offs.py" line="+50"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Account</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Debtor</source>
        <translation>Debitore</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Amount</source>
        <translation>Importo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Approved by</source>
        <translation>Approvato da</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Accounting reference</source>
        <translation>Riferimento contabile</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+14"/>
        <source>Choose XLSX or CSV for the journal.</source>
        <translation>Scegliere XLSX o CSV per le scritture contabili.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Il periodo termina prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-8"/>
        <location filename="../collectdesk/services/write_offs.py" line="+34"/>
        <source>Write-offs</source>
        <translation>Passaggi a perdita</translation>
    </message>
</context>
</TS>
