<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+53"/>
        <source>{creditor} (ref. {ref})</source>
        <translation>{creditor} (nr ref. {ref})</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{date} (%n day(s) overdue)</source>
        <translation>
            <numerusform>{date} (%n dzień po terminie)</numerusform>
            <numerusform>{date} (%n dni po terminie)</numerusform>
            <numerusform>{date} (%n dni po terminie)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unassigned</source>
        <translation>nieprzypisana</translation>
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
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor:</source>
        <translation>Wierzyciel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:</source>
        <translation>Termin płatności:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector:</source>
        <translation>Windykator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action:</source>
        <translation>Następna czynność:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact:</source>
        <translation>Ostatni kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment:</source>
        <translation>Ostatnia wpłata:</translation>
    </message>
</context>
<context>
    <name>AccountDetailPanel</name>
    <message>
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+268"/>
        <source>Open {amount}</source>
        <translation>Do spłaty {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Ustawione przez {who}, {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Timeline (the newest %n entries)</source>
        <translation>
            <numerusform>Historia (najnowszy %n wpis)</numerusform>
            <numerusform>Historia (najnowsze %n wpisy)</numerusform>
            <numerusform>Historia (najnowszych %n wpisów)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account could not be loaded.
{reason}</source>
        <translation>Nie udało się wczytać sprawy.
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
        <translation>Sprawa {account} – {what}: zapisano.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account {account} was changed by {who}</source>
        <translation>Sprawę {account} zmienił użytkownik {who}</translation>
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
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <translation>Następna czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last payment</source>
        <translation>Ostatnia wpłata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Log contact</source>
        <translation>Zarejestruj &amp;kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log a call, letter, e-mail, SMS or visit</source>
        <translation>Zarejestruj rozmowę, list, e-mail, SMS lub wizytę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Promise</source>
        <translation>&amp;Obietnica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a promise to pay</source>
        <translation>Zarejestruj obietnicę zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment</source>
        <translation>Wpł&amp;ata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a payment received</source>
        <translation>Zarejestruj otrzymaną wpłatę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd note</source>
        <translation>&amp;Dodaj notatkę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a note to the account</source>
        <translation>Dodaj notatkę do sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next act&amp;ion</source>
        <translation>Następna cz&amp;ynność</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the date of the next action</source>
        <translation>Ustaw termin następnej czynności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fla&amp;g</source>
        <translation>Oznaczen&amp;ie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set or clear a flag on the debtor</source>
        <translation>Ustaw lub usuń oznaczenie dłużnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;assign</source>
        <translation>P&amp;rzekaż</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the account to another collector</source>
        <translation>Przekaż sprawę innemu windykatorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the account&apos;s status</source>
        <translation>Zmień status sprawy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select an account to see its debtor, balances and history.</source>
        <translation>Wybierz sprawę, aby zobaczyć dłużnika, salda i historię.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>Spróbuj ponown&amp;ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing has happened on this account yet.</source>
        <translation>W tej sprawie nie ma jeszcze żadnych zdarzeń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline of the account, newest first</source>
        <translation>Historia sprawy, od najnowszych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the account</source>
        <translation>Czynności w sprawie</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../collectdesk/services/accounts.py" line="+27"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Sprawy z niespłaconym saldem nie można oznaczyć jako spłaconej.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>Wybrany windykator nie istnieje lub już nie pracuje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Niektóre z zaznaczonych spraw już nie istnieją. Niczego nie przekazano.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n sprawa przypisana do: {name}</numerusform>
            <numerusform>%n sprawy przypisane do: {name}</numerusform>
            <numerusform>%n spraw przypisanych do: {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accounts are marked as paid by posting their payments, not in bulk.</source>
        <translation>Sprawy oznacza się jako spłacone przez zaksięgowanie wpłat, a nie zbiorczo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Status {status} set on %n account(s)</source>
        <translation>
            <numerusform>Status {status} ustawiono dla %n sprawy</numerusform>
            <numerusform>Status {status} ustawiono dla %n spraw</numerusform>
            <numerusform>Status {status} ustawiono dla %n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Next action date {day} set on %n account(s)</source>
        <translation>
            <numerusform>Termin następnej czynności {day} ustawiono dla %n sprawy</numerusform>
            <numerusform>Termin następnej czynności {day} ustawiono dla %n spraw</numerusform>
            <numerusform>Termin następnej czynności {day} ustawiono dla %n spraw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The watchlist no longer exists.</source>
        <translation>Lista obserwowanych już nie istnieje.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n account(s) added to {name}</source>
        <translation>
            <numerusform>%n sprawa dodana do: {name}</numerusform>
            <numerusform>%n sprawy dodane do: {name}</numerusform>
            <numerusform>%n spraw dodanych do: {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/action_dialog.py" line="+174"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Nie udało się zapisać z powodu nieoczekiwanego błędu ({error}). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Saldo zadłużenia: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+23"/>
        <source>The time of the contact has no time zone.</source>
        <translation>Czas kontaktu nie ma strefy czasowej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Nie można zarejestrować kontaktu z datą w przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative.</source>
        <translation>Czas trwania nie może być ujemny.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputed during a contact</source>
        <translation>Zakwestionowano podczas kontaktu</translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+237"/>
        <source>Open accounts by days past due</source>
        <translation>Otwarte sprawy według dni przeterminowania</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%Ln open account(s)</source>
        <translation>
            <numerusform>%Ln otwarta sprawa</numerusform>
            <numerusform>%Ln otwarte sprawy</numerusform>
            <numerusform>%Ln otwartych spraw</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} in {currency}, balance {amount}</source>
        <translation>{count} w {currency}, saldo {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to open the queue</source>
        <translation>Kliknij, aby otworzyć kolejkę</translation>
    </message>
</context>
<context>
    <name>BalancesBox</name>
    <message>
        <location filename="../collectdesk/ui/account/account_box.py" line="+51"/>
        <source>Balances</source>
        <translation>Salda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original:</source>
        <translation>Kwota pierwotna:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:</source>
        <translation>Wpłacono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open:</source>
        <translation>Do spłaty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit (overpaid):</source>
        <translation>Nadpłata:</translation>
    </message>
</context>
<context>
    <name>BuiltinQueues</name>
    <message>
        <location filename="../collectdesk/services/queues/builtin.py" line="+17"/>
        <source>All open accounts</source>
        <translation>Wszystkie otwarte sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My team</source>
        <translation>Mój zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due today</source>
        <translation>Obietnice płatne dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises (30 days)</source>
        <translation>Niedotrzymane obietnice (30 dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90+ days past due</source>
        <translation>Ponad 90 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact for 14 days</source>
        <translation>Brak kontaktu od 14 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes</source>
        <translation>Spory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskalowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High balance (10,000 and more)</source>
        <translation>Wysokie saldo (od 10 000)</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../collectdesk/cli.py" line="+33"/>
        <source>database: a SQLite file path or a URL such as postgresql+psycopg://user@host/db (default: the local file in your user data folder)</source>
        <translation>baza danych: ścieżka do pliku SQLite lub adres URL, np. postgresql+psycopg://user@host/db (domyślnie: plik lokalny w folderze danych użytkownika)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of messages and reports (default: the system&apos;s)</source>
        <translation>język komunikatów i raportów (domyślnie: język systemu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is acting, for the audit trail (default: your login name)</source>
        <translation>kto wykonuje operację – do dziennika audytu (domyślnie: nazwa logowania)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CollectDesk: the collection supervisor&apos;s workbench. Without a command, opens the application.</source>
        <translation>CollectDesk: stanowisko pracy kierownika zespołu windykacji. Bez polecenia otwiera aplikację.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>database maintenance</source>
        <translation>konserwacja bazy danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>apply pending schema migrations (a SQLite file is copied aside first)</source>
        <translation>zastosuj oczekujące migracje schematu (najpierw powstaje kopia pliku SQLite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check integrity and schema version</source>
        <translation>sprawdź integralność i wersję schematu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a consistent copy of a live SQLite database</source>
        <translation>zapisz spójną kopię używanej bazy danych SQLite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file to write</source>
        <translation>plik do zapisania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row counts and open balance per currency</source>
        <translation>liczba wierszy i saldo zadłużenia według walut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one JSON object</source>
        <translation>wypisz jeden obiekt JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import accounts, payments or activities from CSV or XLSX (all or nothing)</source>
        <translation>importuj sprawy, wpłaty lub czynności z CSV lub XLSX (wszystko albo nic)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text encoding of a CSV file, e.g. utf-8, cp1250, cp1252 (default: detected)</source>
        <translation>kodowanie znaków pliku CSV, np. utf-8, cp1250, cp1252 (domyślnie: wykrywane automatycznie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV field separator (default: detected)</source>
        <translation>separator pól CSV (domyślnie: wykrywany automatycznie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>odczytaj kolumnę SOURCE pliku jako pole FIELD; można powtarzać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the file and report, write nothing</source>
        <translation>sprawdź plik i pokaż raport, niczego nie zapisuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>post payments above the balance as overpayments (held as a credit)</source>
        <translation>księguj wpłaty przekraczające saldo jako nadpłaty (pozostają na sprawie do rozliczenia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>build a realistic demo department into an empty database</source>
        <translation>utwórz realistyczny dział demonstracyjny w pustej bazie danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number of accounts</source>
        <translation>liczba spraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>random seed (same seed, same data)</source>
        <translation>ziarno losowania (to samo ziarno – te same dane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>staff scorecards for a period</source>
        <translation>karty wyników pracowników za okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026-10 (month), 2026-Q3, 2026, or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (miesiąc), 2026-Q3, 2026 lub 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: everyone)</source>
        <translation>team:NAZWA lub branch:NAZWA (domyślnie: wszyscy)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write to this file instead of printing</source>
        <translation>zapisz do tego pliku zamiast wypisywać na ekranie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>render every pane and main dialog to PNG files</source>
        <translation>zapisz każdy panel i każde główne okno dialogowe jako pliki PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder for the PNG files</source>
        <translation>folder na pliki PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>window size, WIDTHxHEIGHT</source>
        <translation>rozmiar okna, SZEROKOŚĆxWYSOKOŚĆ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>promise-to-pay housekeeping</source>
        <translation>porządkowanie obietnic zapłaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>oznacz jako niedotrzymane obietnice po terminie bez wpłaty</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The database is up to date (schema {rev}).</source>
        <translation>Baza danych jest aktualna (schemat {rev}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schema upgraded from {old} to {new}.</source>
        <translation>Schemat zaktualizowano z {old} do {new}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the database before the upgrade: {path}</source>
        <translation>Kopia bazy danych sprzed aktualizacji: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>Database: {db}</source>
        <translation>Baza danych: {db}</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Schema version: {rev} (expected {head})</source>
        <translation>Wersja schematu: {rev} (oczekiwana {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check passed.</source>
        <translation>Sprawdzanie zakończone pomyślnie.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check FAILED.</source>
        <translation>Sprawdzanie zakończone BŁĘDEM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups of a shared PostgreSQL server are made on the server (pg_dump).</source>
        <translation>Kopie zapasowe współdzielonego serwera PostgreSQL wykonuje się na serwerze (pg_dump).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written: {path}</source>
        <translation>Zapisano kopię zapasową: {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open accounts: {n}</source>
        <translation>Otwarte sprawy: {n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance in {currency}: {amount}</source>
        <translation>Saldo zadłużenia w {currency}: {amount}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--map takes SOURCE=FIELD, for example --map &quot;Kd-Nr=account_no&quot;; got: {item}</source>
        <translation>--map wymaga postaci SOURCE=FIELD, np. --map &quot;Kd-Nr=account_no&quot;; podano: {item}</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n wiersz zawiera błędy. Niczego nie zaimportowano.</numerusform>
            <numerusform>{file}: %n wiersze zawierają błędy. Niczego nie zaimportowano.</numerusform>
            <numerusform>{file}: %n wierszy zawiera błędy. Niczego nie zaimportowano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>wiersz {line}, kolumna {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>... and %n more error(s).</source>
        <translation>
            <numerusform>... i jeszcze %n błąd.</numerusform>
            <numerusform>... i jeszcze %n błędy.</numerusform>
            <numerusform>... i jeszcze %n błędów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: {file} is valid. {rows} rows would be imported: {inserted} new, {updated} updated. Nothing was written.</source>
        <translation>Próba: plik {file} jest poprawny. Wiersze do zaimportowania: {rows} (nowe: {inserted}, zaktualizowane: {updated}). Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {file}: {rows} rows, {inserted} new, {updated} updated.</source>
        <translation>Zaimportowano {file} – wiersze: {rows}, nowe: {inserted}, zaktualizowane: {updated}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--accounts must be at least 1.</source>
        <translation>--accounts musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>building the demo: {pct}%</source>
        <translation>tworzenie danych demonstracyjnych: {pct}%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo department built in {db}: {accounts} accounts.</source>
        <translation>Utworzono dział demonstracyjny w {db} (liczba spraw: {accounts}).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n promise(s) marked as broken.</source>
        <translation>
            <numerusform>%n obietnica została oznaczona jako niedotrzymana.</numerusform>
            <numerusform>%n obietnice zostały oznaczone jako niedotrzymane.</numerusform>
            <numerusform>%n obietnic zostało oznaczonych jako niedotrzymane.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scorecards written to {file}.</source>
        <translation>Karty wyników zapisano w pliku {file}.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>Zapisano %n zrzut ekranu w {folder}.</numerusform>
            <numerusform>Zapisano %n zrzuty ekranu w {folder}.</numerusform>
            <numerusform>Zapisano %n zrzutów ekranu w {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Przerwano. Przerwany krok niczego nie zapisał.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Nie można odczytać ani zapisać pliku: {error}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>Nieprzeterminowane</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>1–30 days past due</source>
        <translation>1–30 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days past due</source>
        <translation>31–60 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days past due</source>
        <translation>61–90 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days past due</source>
        <translation>91–180 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days past due</source>
        <translation>Ponad 180 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 180 days</source>
        <translation>Ponad 180 dni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not due</source>
        <comment>aging bucket, short</comment>
        <translation>Bieżące</translation>
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
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures are read again every five minutes, and at once with Refresh (F5).</source>
        <translation>Dane są odczytywane ponownie co pięć minut, a natychmiast po wybraniu Odśwież (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open accounts by days past due</source>
        <translation>Otwarte sprawy według dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of open accounts by days past due (click a bar for its queue)</source>
        <translation>Liczba otwartych spraw według dni przeterminowania (kliknij słupek, aby otworzyć jego kolejkę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per calendar week, last 13 weeks</source>
        <translation>Wpływy w tygodniach kalendarzowych, ostatnie 13 tygodni</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The figures could not be read: {error}</source>
        <translation>Nie udało się odczytać danych: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the figures again failed; these are from {time}. {error}</source>
        <translation>Ponowny odczyt danych nie powiódł się; widoczne dane pochodzą z {time}. {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing…</source>
        <translation>Odświeżanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of {time}</source>
        <translation>Stan na {time}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
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
        <translation>Brak celu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{percent} of {target}</source>
        <translation>{percent} z {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Wpływy względem celu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Otrzymane wpłaty pomniejszone o nadpłaty, według daty wpłaty. Cele są rozłożone równomiernie na dni swojego okresu. ▲ zgodnie z tempem dla upływającej części okresu, ▼ poniżej tempa. Kliknij, aby otworzyć karty wyników.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Promises due</source>
        <translation>Obietnice do spłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Oczekujące obietnice zapłaty z terminem w tym okresie oraz obiecane kwoty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Kliknij, aby otworzyć kolejkę obietnic z terminem na dziś.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Broken promises</source>
        <translation>Niedotrzymane obietnice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due in the period that were not kept. A promise is marked broken the day after its date. Click to open the broken promises of the last 30 days.</source>
        <translation>Obietnice z terminem w tym okresie, które nie zostały dotrzymane. Obietnica jest oznaczana jako niedotrzymana dzień po swoim terminie. Kliknij, aby otworzyć niedotrzymane obietnice z ostatnich 30 dni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None</source>
        <translation>Brak kwot</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln po terminie</numerusform>
            <numerusform>%Ln po terminie</numerusform>
            <numerusform>%Ln po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None overdue</source>
        <translation>Wszystkie w terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open complaints</source>
        <translation>Otwarte reklamacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Reklamacje nowe lub w toku; po terminie: po upływie terminu odpowiedzi. Kliknij, aby otworzyć skrzynkę opinii.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{amount} at stake</source>
        <translation>do decyzji: {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing at stake</source>
        <translation>Brak kwot do decyzji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Eskalacje oczekujące na decyzję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Zgłoszone, rozpatrywane lub przekazane dyrektorowi. Kliknij, aby otworzyć eskalacje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Over 90 days past due</source>
        <translation>Ponad 90 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Otwarte sprawy przeterminowane o 91 dni lub więcej oraz ich salda. Kliknij, aby otworzyć kolejkę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All open accounts</source>
        <translation>Wszystkie otwarte sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Wszystkie sprawy niespłacone, bez ugody, nieodpisane i niezamknięte, oraz ich salda. Kliknij, aby otworzyć kolejkę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open accounts in this bucket and their balances. Click to open the queue.</source>
        <translation>Otwarte sprawy w tym przedziale oraz ich salda. Kliknij, aby otworzyć kolejkę.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../collectdesk/ui/database_dialog.py" line="+73"/>
        <source>Welcome to CollectDesk</source>
        <translation>Witamy w CollectDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a database</source>
        <translation>Wybierz bazę danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk keeps its data in a database. Where should it be?</source>
        <translation>CollectDesk przechowuje dane w bazie danych. Gdzie ma się ona znajdować?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New local database</source>
        <translation>&amp;Nowa lokalna baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file on this computer; works offline, for one office.</source>
        <translation>Plik na tym komputerze; działa bez sieci, dla jednego biura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Demo database</source>
        <translation>Baza &amp;demonstracyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A realistic department in Italy, Poland and Germany, to try things out.</source>
        <translation>Realistyczny dział we Włoszech, w Polsce i w Niemczech – do wypróbowania programu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Shared server (PostgreSQL)</source>
        <translation>&amp;Serwer współdzielony (PostgreSQL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department&apos;s database, shared by everyone.</source>
        <translation>Baza danych działu, wspólna dla wszystkich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open an existing file…</source>
        <translation>&amp;Otwórz istniejący plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CollectDesk database file, for example a backup copy.</source>
        <translation>Plik bazy danych CollectDesk, np. kopia zapasowa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New local database</source>
        <translation>Nowa lokalna baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3)</source>
        <translation>Baza danych CollectDesk (*.sqlite3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open database</source>
        <translation>Otwórz bazę danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CollectDesk database (*.sqlite3 *.db);;All files (*)</source>
        <translation>Baza danych CollectDesk (*.sqlite3 *.db);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>DebtorBox</name>
    <message>
        <location filename="../collectdesk/ui/account/debtor_box.py" line="+84"/>
        <source>unknown (time zone {zone})</source>
        <translation>nieznany (strefa czasowa {zone})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {time} ({zone}, {offset})</source>
        <translation>{day} {time} ({zone}, {offset})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>primary</source>
        <translation>główny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>nieprawidłowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>do not use</source>
        <translation>nie używać</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none on file</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time:</source>
        <translation>Czas lokalny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts:</source>
        <translation>Kontakty:</translation>
    </message>
</context>
<context>
    <name>Debtors</name>
    <message>
        <location filename="../collectdesk/services/debtors.py" line="+45"/>
        <source>This flag is not set on the debtor.</source>
        <translation>Dłużnik nie ma tego oznaczenia.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../collectdesk/services/demo/builder.py" line="+57"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>Dane demonstracyjne można utworzyć tylko w pustej bazie danych, a ta zawiera już sprawy, dłużników lub pracowników. Wybierz nowy plik bazy danych.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>Tworzenie danych demonstracyjnych anulowano. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Liczba spraw demonstracyjnych musi wynosić od 1 do {maximum}.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n sprawa; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n sprawy; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n spraw; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../collectdesk/ui/queues/filter_dialog.py" line="+70"/>
        <source>Filter accounts</source>
        <translation>Filtruj sprawy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only &amp;open accounts (when no status is ticked)</source>
        <translation>Tylko o&amp;twarte sprawy (gdy nie zaznaczono statusu)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(any)</source>
        <translation>(dowolna)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>any</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days past due, &amp;from</source>
        <translation>Dni przeterminowania, o&amp;d</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due, &amp;to</source>
        <translation>Dni przeterminowania, d&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, m&amp;inimum</source>
        <translation>Saldo, m&amp;inimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance, ma&amp;ximum</source>
        <translation>Saldo, ma&amp;ksimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No contact for (days)</source>
        <translation>&amp;Brak kontaktu od (dni)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact from</source>
        <translation>Ostatni kontakt od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact until</source>
        <translation>Ostatni kontakt do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action from</source>
        <translation>Następna czynność od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action until</source>
        <translation>Następna czynność do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Lista obserwowanych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aging</source>
        <translation>Wiekowanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor flags</source>
        <translation>Oznaczenia dłużnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collectors</source>
        <translation>Windykatorzy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Teams</source>
        <translation>Zespoły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branches</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currencies</source>
        <translation>Waluty</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The balance must be an amount, for example {example}.</source>
        <translation>Saldo musi być kwotą, np. {example}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“Days past due from” is larger than “to”.</source>
        <translation>Wartość „Dni przeterminowania, od” jest większa niż „do”.</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/flag_dialog.py" line="+40"/>
        <source>C&amp;lear flag</source>
        <translation>&amp;Usuń oznaczenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Set flag</source>
        <translation>&amp;Ustaw oznaczenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set on {date} by {who}. OK clears it; the history is kept.</source>
        <translation>Ustawione {date} przez {who}. Zatwierdź, aby je usunąć; historia zostanie zachowana.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Debtor flags</source>
        <translation>Oznaczenia dłużnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flag:</source>
        <translation>&amp;Oznaczenie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (optional)</source>
        <translation>Dlaczego (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{flag} (set)</source>
        <translation>{flag} (ustawione)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../collectdesk/services/imports/messages.py" line="+16"/>
        <source>The file {file} does not exist or cannot be read.</source>
        <translation>Plik {file} nie istnieje lub nie można go odczytać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} is neither a CSV nor an XLSX spreadsheet.</source>
        <translation>{file} nie jest ani plikiem CSV, ani arkuszem XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file {file} is empty.</source>
        <translation>Plik {file} jest pusty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind of import: {kind}. Choose accounts, payments or activities.</source>
        <translation>Nieznany rodzaj importu: {kind}. Wybierz accounts, payments lub activities.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown text encoding: {encoding}.</source>
        <translation>Nieznane kodowanie znaków: {encoding}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be read as {encoding} (line {line} holds bytes that are not {encoding}). Choose the file&apos;s encoding (--encoding).</source>
        <translation>Nie można odczytać pliku jako {encoding} (wiersz {line} zawiera bajty spoza {encoding}). Podaj kodowanie pliku (--encoding).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text encoding of the file could not be recognised. Save it as UTF-8, or choose the encoding (--encoding), e.g. cp1250 or cp1252.</source>
        <translation>Nie rozpoznano kodowania znaków pliku. Zapisz go w UTF-8 lub podaj kodowanie (--encoding), np. cp1250 albo cp1252.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The separator must be one character, not {delimiter}.</source>
        <translation>Separator musi być jednym znakiem, a nie {delimiter}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line {line} cannot be read as CSV: {error}</source>
        <translation>Nie można odczytać wiersza {line} jako CSV: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The spreadsheet cannot be read: {error}</source>
        <translation>Nie można odczytać arkusza: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No header row was recognised in {file}. The first row must name the columns, e.g. {fields}.</source>
        <translation>Nie rozpoznano wiersza nagłówka w {file}. Pierwszy wiersz musi zawierać nazwy kolumn, np. {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file has no column for: {fields}. Columns found: {headers}. Rename them, or map them with --map SOURCE=FIELD.</source>
        <translation>W pliku brak kolumny dla: {fields}. Znalezione kolumny: {headers}. Zmień ich nazwy lub przypisz je za pomocą --map SOURCE=FIELD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The column {source} named in the mapping is not in the file. Columns found: {headers}.</source>
        <translation>Kolumny {source} podanej w przypisaniu nie ma w pliku. Znalezione kolumny: {headers}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field} is not a field of a {kind} import. Fields: {fields}.</source>
        <translation>{field} nie jest polem importu typu {kind}. Pola: {fields}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The columns {first} and {second} both give {field}; keep one or map them (--map).</source>
        <translation>Kolumny {first} i {second} zawierają to samo pole {field}; zostaw jedną lub przypisz je (--map).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported {kind} from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Import {kind} z {file} – wiersze: {rows}, nowe: {inserted}, zaktualizowane: {updated}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The row cannot be read.</source>
        <translation>Nie można odczytać wiersza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dispute recorded in an imported contact</source>
        <translation>Spór odnotowany w zaimportowanym kontakcie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A value is required.</source>
        <translation>Wartość jest wymagana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; nie jest kwotą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} has more than two decimals; amounts must be exact to the cent.</source>
        <translation>{value} ma więcej niż dwa miejsca po przecinku; kwoty muszą być dokładne co do grosza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is ambiguous (thousands or decimals?). Write it with a decimal separator, e.g. 1.234,00 or 1234.00.</source>
        <translation>&apos;{value}&apos; jest niejednoznaczne (tysiące czy część dziesiętna?). Zapisz wartość z separatorem dziesiętnym, np. 1.234,00 lub 1234.00.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; does not match the number format of this column (decimal separator {decimal}).</source>
        <translation>&apos;{value}&apos; nie pasuje do formatu liczb w tej kolumnie (separator dziesiętny {decimal}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is too large for an amount.</source>
        <translation>{value} to zbyt duża wartość jak na kwotę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount is marked {marked} but the currency is {currency}.</source>
        <translation>Kwota jest oznaczona jako {marked}, ale waluta to {currency}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be greater than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Sprawy z niespłaconym saldem nie można oznaczyć jako spłaconej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance ({balance}) is larger than the original amount ({original}).</source>
        <translation>Saldo ({balance}) jest wyższe niż kwota pierwotna ({original}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date (use dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd).</source>
        <translation>&apos;{value}&apos; nie jest datą (użyj dd.mm.rrrr, dd/mm/rrrr, dd-mm-rrrr lub rrrr-mm-dd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a date and time (use e.g. 2025-03-14T09:30:00+01:00, or 14.03.2025 09:30 in the debtor&apos;s local time).</source>
        <translation>&apos;{value}&apos; nie jest datą z godziną (użyj np. 2025-03-14T09:30:00+01:00 lub 14.03.2025 09:30 w czasie lokalnym dłużnika).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} does not exist in the time zone {zone} (the clocks were put forward).</source>
        <translation>{value} nie istnieje w strefie czasowej {zone} (zmiana czasu na letni).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Wpłata nie może mieć daty z przyszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Nie można zarejestrować kontaktu z datą w przyszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not accepted here. Accepted values: {accepted}.</source>
        <translation>&apos;{value}&apos; nie jest tu dozwolone. Dozwolone wartości: {accepted}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 3166 country code (e.g. IT, PL, DE).</source>
        <translation>&apos;{value}&apos; nie jest kodem kraju ISO 3166 (np. IT, PL, DE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; nie jest kodem waluty ISO 4217 (np. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No staff member has the user name or full name &apos;{value}&apos;.</source>
        <translation>Żaden pracownik nie ma nazwy użytkownika ani imienia i nazwiska &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is the name of more than one staff member; use the user name.</source>
        <translation>&apos;{value}&apos; to imię i nazwisko więcej niż jednego pracownika; użyj nazwy użytkownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The value is longer than {limit} characters.</source>
        <translation>Wartość jest dłuższa niż {limit} znaków.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an e-mail address.</source>
        <translation>&apos;{value}&apos; nie jest adresem e-mail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a phone number.</source>
        <translation>&apos;{value}&apos; nie jest numerem telefonu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not a supported language (it, pl, de, en).</source>
        <translation>&apos;{value}&apos; nie jest obsługiwanym językiem (it, pl, de, en).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a time zone (e.g. Europe/Warsaw).</source>
        <translation>&apos;{value}&apos; nie jest strefą czasową (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a duration in whole seconds.</source>
        <translation>&apos;{value}&apos; nie jest czasem trwania w pełnych sekundach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account number {account} already appears on line {line}.</source>
        <translation>Numer sprawy {account} występuje już w wierszu {line}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account number {account} already appears earlier in the file.</source>
        <translation>Numer sprawy {account} występuje już wcześniej w pliku.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No account has the number {account}.</source>
        <translation>Żadna sprawa nie ma numeru {account}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; this payment is in {other}.</source>
        <translation>Sprawa jest prowadzona w {currency}; ta wpłata jest w {other}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The payment is {over} more than the open balance. Correct the amount, or import the file with overpayments allowed (they are held as a credit).</source>
        <translation>Wpłata przekracza saldo zadłużenia o {over}. Popraw kwotę lub zaimportuj plik z dopuszczeniem nadpłat (pozostają na sprawie do rozliczenia).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+48"/>
        <source>Open</source>
        <comment>account status</comment>
        <translation>Otwarta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised</source>
        <comment>account status</comment>
        <translation>Obietnica zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment plan</source>
        <comment>account status</comment>
        <translation>Harmonogram spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <comment>account status</comment>
        <translation>Sporna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <comment>account status</comment>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <comment>account status</comment>
        <translation>Eskalowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal</source>
        <comment>account status</comment>
        <translation>Windykacja sądowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settled</source>
        <comment>account status</comment>
        <translation>Ugoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>account status</comment>
        <translation>Spłacona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written off</source>
        <comment>account status</comment>
        <translation>Odpisana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>account status</comment>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call</source>
        <comment>channel</comment>
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <comment>channel</comment>
        <translation>List</translation>
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
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outbound</source>
        <comment>direction of a contact</comment>
        <translation>Wychodzący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound</source>
        <comment>direction of a contact</comment>
        <translation>Przychodzący</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer</source>
        <comment>outcome</comment>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Busy</source>
        <comment>outcome</comment>
        <translation>Zajęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left a message</source>
        <comment>outcome</comment>
        <translation>Zostawiono wiadomość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to the debtor</source>
        <comment>outcome</comment>
        <translation>Rozmowa z dłużnikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spoke to someone else</source>
        <comment>outcome</comment>
        <translation>Rozmowa z osobą trzecią</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong number or address</source>
        <comment>outcome</comment>
        <translation>Błędny numer lub adres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise to pay</source>
        <comment>outcome</comment>
        <translation>Obietnica zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to pay</source>
        <comment>outcome</comment>
        <translation>Odmowa zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputes the debt</source>
        <comment>outcome</comment>
        <translation>Kwestionuje zadłużenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>outcome</comment>
        <translation>Doręczono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned undelivered</source>
        <comment>outcome</comment>
        <translation>Zwrot – niedoręczone</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dispute</source>
        <comment>debtor flag</comment>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cease contact</source>
        <comment>debtor flag</comment>
        <translation>Zakaz kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankrupt</source>
        <comment>debtor flag</comment>
        <translation>Upadłość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased</source>
        <comment>debtor flag</comment>
        <translation>Zmarły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable</source>
        <comment>debtor flag</comment>
        <translation>Osoba wymagająca szczególnej ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraud</source>
        <comment>debtor flag</comment>
        <translation>Oszustwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High profile</source>
        <comment>debtor flag</comment>
        <translation>Znany publicznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by a lawyer</source>
        <comment>debtor flag</comment>
        <translation>Reprezentowany przez pełnomocnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breathing space</source>
        <comment>debtor flag</comment>
        <translation>Okres ochronny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank transfer</source>
        <comment>payment method</comment>
        <translation>Przelew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <comment>payment method</comment>
        <translation>Karta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <comment>payment method</comment>
        <translation>Polecenie zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <comment>payment method</comment>
        <translation>Gotówka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <comment>payment method</comment>
        <translation>Czek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>Inna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pending</source>
        <comment>promise status</comment>
        <translation>Oczekująca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <comment>promise status</comment>
        <translation>Dotrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>promise status</comment>
        <translation>Częściowo zapłacona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>promise status</comment>
        <translation>Niedotrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>promise status</comment>
        <translation>Anulowana</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Person</source>
        <comment>debtor type</comment>
        <translation>Osoba fizyczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <comment>debtor type</comment>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collector</source>
        <comment>staff role</comment>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <comment>staff role</comment>
        <translation>Księgowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <comment>staff role</comment>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>staff role</comment>
        <translation>Kierownik zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <comment>staff role</comment>
        <translation>Kierownik działu windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <comment>staff role</comment>
        <translation>Dyrektor</translation>
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
        <translation>Złożono obietnicę zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise kept</source>
        <comment>timeline entry</comment>
        <translation>Obietnica dotrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise broken</source>
        <comment>timeline entry</comment>
        <translation>Obietnica niedotrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise cancelled</source>
        <comment>timeline entry</comment>
        <translation>Obietnica anulowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <comment>timeline entry</comment>
        <translation>Wpłata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <comment>timeline entry</comment>
        <translation>Zmiana statusu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <comment>timeline entry</comment>
        <translation>Zmiana windykatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action</source>
        <comment>timeline entry</comment>
        <translation>Następna czynność</translation>
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
        <translation>Telefon komórkowy</translation>
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
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italy</source>
        <comment>country</comment>
        <translation>Włochy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poland</source>
        <comment>country</comment>
        <translation>Polska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Germany</source>
        <comment>country</comment>
        <translation>Niemcy</translation>
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
        <translation>Szwajcaria</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/queues/value_text.py" line="+14"/>
        <source>Current</source>
        <translation>Bieżące</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Wybierz wynik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Nie można zarejestrować kontaktu z datą w przyszłości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor will be flagged as disputing the debt.</source>
        <translation>Dłużnik otrzyma oznaczenie sporu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Careful: the debtor asked not to be contacted.</source>
        <translation>Uwaga: dłużnik zażądał zaprzestania kontaktu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log a contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>Kie&amp;runek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>K&amp;iedy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uration:</source>
        <translation>Czas &amp;trwania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
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
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed (optional)</source>
        <translation>Co powiedziano lub ustalono (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Log contact</source>
        <translation>&amp;Zarejestruj kontakt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collectdesk/ui/main_window.py" line="+142"/>
        <source>Aging: {bucket}</source>
        <translation>Wiekowanie: {bucket}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Ta część CollectDesk nie jest jeszcze dostępna.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>About CollectDesk</source>
        <translation>O programie CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>&lt;b&gt;CollectDesk {version}&lt;/b&gt;&lt;br&gt;Stanowisko pracy kierownika zespołu windykacji: kolejki spraw, karty wyników, opinie, eskalacje, zgodność z przepisami i raporty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toolbar</source>
        <translation>Pasek narzędzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database…</source>
        <translation>&amp;Baza danych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export queue…</source>
        <translation>&amp;Eksportuj kolejkę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CollectDesk</source>
        <translation>&amp;O programie CollectDesk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Local file</source>
        <translation>Plik lokalny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Serwer współdzielony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User: {name}</source>
        <translation>Użytkownik: {name}</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../collectdesk/ui/account/money_edit.py" line="+181"/>
        <source>Enter the amount.</source>
        <translation>Wpisz kwotę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the thousands separators (for example {example}).</source>
        <translation>Sprawdź separatory tysięcy (np. {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an amount (for example {example}).</source>
        <translation>To nie jest kwota (np. {example}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The amount must be greater than zero.</source>
        <translation>Kwota musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Amount in {currency}; use {point} for decimals</source>
        <translation>Kwota w {currency}; część dziesiętną oddziel znakiem {point}</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+39"/>
        <source>The account has no next action date.</source>
        <translation>Sprawa nie ma terminu następnej czynności.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is already the next action date.</source>
        <translation>To już jest termin następnej czynności.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next action cannot be in the past.</source>
        <translation>Następna czynność nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currently {date}.</source>
        <translation>Obecnie {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next action</source>
        <translation>Następna czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action &amp;on:</source>
        <translation>Następna czynność &amp;dnia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No next action (clear the date)</source>
        <translation>&amp;Brak następnej czynności (usuń termin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set date</source>
        <translation>&amp;Ustaw termin</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/note_dialog.py" line="+31"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} z {limit} znaków</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the note.</source>
        <translation>Wpisz notatkę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long; shorten it to {limit} characters.</source>
        <translation>Notatka jest za długa; skróć ją do {limit} znaków.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add note</source>
        <translation>&amp;Dodaj notatkę</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <location filename="../collectdesk/services/notes.py" line="+21"/>
        <source>The note is empty.</source>
        <translation>Notatka jest pusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({count} characters; at most {limit}).</source>
        <translation>Notatka jest za długa (liczba znaków: {count}; maksymalnie {limit}).</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/payment_dialog.py" line="+79"/>
        <source>Open balance {balance}, payment {amount}: {excess} more than is owed. The excess can be kept on the account as a credit.</source>
        <translation>Saldo zadłużenia {balance}, wpłata {amount}: o {excess} więcej niż należność. Nadwyżka może pozostać w sprawie jako nadpłata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post the e&amp;xcess as an overpayment</source>
        <translation>Zaksięguj &amp;nadwyżkę jako nadpłatę</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>Sprawa jest prowadzona w {currency}; ta wpłata jest w {other}. Przelicz ją przed zaksięgowaniem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Wpłata nie może mieć daty z przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is more than the open balance. Post the excess as an overpayment, or correct the amount.</source>
        <translation>Wpłata przekracza saldo zadłużenia. Zaksięguj nadwyżkę jako nadpłatę lub popraw kwotę.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record a payment</source>
        <translation>Zarejestruj wpłatę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paid on:</source>
        <translation>&amp;Data wpłaty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Sposób płatności:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>Nr &amp;referencyjny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reference or receipt number (optional)</source>
        <translation>Numer referencyjny przelewu lub numer pokwitowania (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record pa&amp;yment</source>
        <translation>&amp;Zarejestruj wpłatę</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../collectdesk/services/payments.py" line="+56"/>
        <source>The payment amount must be greater than zero.</source>
        <translation>Kwota wpłaty musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment cannot be dated in the future.</source>
        <translation>Wpłata nie może mieć daty z przyszłości.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation>Sprawa jest prowadzona w {currency}; ta wpłata jest w {other}. Przelicz ją przed zaksięgowaniem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment is {over} more than the open balance. Post it as an overpayment (held as a credit) or correct the amount.</source>
        <translation>Wpłata przekracza saldo zadłużenia o {over}. Zaksięguj ją jako nadpłatę (pozostaje na sprawie do rozliczenia) lub popraw kwotę.</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/promise_dialog.py" line="+43"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>Obiecana kwota przekracza saldo zadłużenia ({balance}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The promised date cannot be in the past.</source>
        <translation>Obiecany termin nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record a promise to pay</source>
        <translation>Zarejestruj obietnicę zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pay by:</source>
        <translation>&amp;Termin zapłaty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the debtor will pay (optional)</source>
        <translation>Jak dłużnik zapłaci (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record promise</source>
        <translation>&amp;Zarejestruj obietnicę</translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <location filename="../collectdesk/services/promises.py" line="+26"/>
        <source>The promised amount must be greater than zero.</source>
        <translation>Obiecana kwota musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The promised date cannot be in the past.</source>
        <translation>Obiecany termin nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; a promise must be in the same currency.</source>
        <translation>Sprawa jest prowadzona w {currency}; obietnica musi być w tej samej walucie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation>Obiecana kwota przekracza saldo zadłużenia ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n overdue promise(s) marked as broken</source>
        <translation>
            <numerusform>%n przeterminowana obietnica oznaczona jako niedotrzymana</numerusform>
            <numerusform>%n przeterminowane obietnice oznaczone jako niedotrzymane</numerusform>
            <numerusform>%n przeterminowanych obietnic oznaczonych jako niedotrzymane</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../collectdesk/ui/tasks.py" line="+75"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+29"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
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
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Kwota pierwotna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days past due</source>
        <translation>Dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging</source>
        <translation>Wiekowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next action</source>
        <translation>Następna czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creditor</source>
        <translation>Wierzyciel</translation>
    </message>
</context>
<context>
    <name>QueueList</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_list.py" line="+51"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watchlists</source>
        <translation>Listy obserwowanych</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My queues</source>
        <translation>Moje kolejki</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+173"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>Sortowanie według tej kolumny wymaga jednorazowego odczytu całej kolejki.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+171"/>
        <location line="+114"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Search name, account number, phone or e-mail (Ctrl+F)</source>
        <translation>Szukaj: nazwa, numer sprawy, telefon lub e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtruj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;queue…</source>
        <translation>Zapisz &amp;kolejkę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olumns</source>
        <translation>Ko&amp;lumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>Ek&amp;sportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign…</source>
        <translation>P&amp;rzekaż…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change s&amp;tatus…</source>
        <translation>&amp;Zmień status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to &amp;watchlist…</source>
        <translation>Dodaj do &amp;obserwowanych…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;next action…</source>
        <translation>Nas&amp;tępna czynność…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts in the queue</source>
        <translation>Sprawy w kolejce</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+109"/>
        <source>Filtered accounts</source>
        <translation>Przefiltrowane sprawy</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Sorting…</source>
        <translation>Sortowanie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Counting accounts…</source>
        <translation>Liczenie spraw…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln sprawa</numerusform>
            <numerusform>%Ln sprawy</numerusform>
            <numerusform>%Ln spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln zaznaczona</numerusform>
            <numerusform>%Ln zaznaczone</numerusform>
            <numerusform>%Ln zaznaczonych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+11"/>
        <source>Save queue</source>
        <translation>Zapisz kolejkę</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name of the queue:</source>
        <translation>Nazwa kolejki:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queue saved.</source>
        <translation>Zapisano kolejkę.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reassign accounts</source>
        <translation>Przekaż sprawy</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Give the %n selected account(s) to:</source>
        <translation>
            <numerusform>Przekaż %n zaznaczoną sprawę do:</numerusform>
            <numerusform>Przekaż %n zaznaczone sprawy do:</numerusform>
            <numerusform>Przekaż %n zaznaczonych spraw do:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Collector</source>
        <translation>&amp;Windykator</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reassigned %Ln account(s).</source>
        <translation>
            <numerusform>Przydzielono ponownie %Ln sprawę.</numerusform>
            <numerusform>Przydzielono ponownie %Ln sprawy.</numerusform>
            <numerusform>Przydzielono ponownie %Ln spraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Status changed on %Ln account(s).</source>
        <translation>
            <numerusform>Zmieniono status %Ln sprawy.</numerusform>
            <numerusform>Zmieniono status %Ln spraw.</numerusform>
            <numerusform>Zmieniono status %Ln spraw.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Added %Ln account(s) to the watchlist.</source>
        <translation>
            <numerusform>Dodano %Ln sprawę do listy obserwacyjnej.</numerusform>
            <numerusform>Dodano %Ln sprawy do listy obserwacyjnej.</numerusform>
            <numerusform>Dodano %Ln spraw do listy obserwacyjnej.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Next action set on %Ln account(s).</source>
        <translation>
            <numerusform>Ustawiono następną czynność dla %Ln sprawy.</numerusform>
            <numerusform>Ustawiono następną czynność dla %Ln spraw.</numerusform>
            <numerusform>Ustawiono następną czynność dla %Ln spraw.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Change status</source>
        <translation>Zmień status</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Set the status of the %n selected account(s) to:</source>
        <translation>
            <numerusform>Ustaw status %n zaznaczonej sprawy na:</numerusform>
            <numerusform>Ustaw status %n zaznaczonych spraw na:</numerusform>
            <numerusform>Ustaw status %n zaznaczonych spraw na:</numerusform>
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
        <translation>Dodaj do obserwowanych</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Add the %n selected account(s) to:</source>
        <translation>
            <numerusform>Dodaj %n zaznaczoną sprawę do:</numerusform>
            <numerusform>Dodaj %n zaznaczone sprawy do:</numerusform>
            <numerusform>Dodaj %n zaznaczonych spraw do:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Watchlist</source>
        <translation>&amp;Lista obserwowanych</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set next action</source>
        <translation>Ustaw następną czynność</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Next action date for the %n selected account(s):</source>
        <translation>
            <numerusform>Termin następnej czynności dla %n zaznaczonej sprawy:</numerusform>
            <numerusform>Termin następnej czynności dla %n zaznaczonych spraw:</numerusform>
            <numerusform>Termin następnej czynności dla %n zaznaczonych spraw:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear the next action</source>
        <translation>&amp;Usuń następną czynność</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>Export queue</source>
        <translation>Eksportuj kolejkę</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Skoroszyt programu Excel (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n sprawę do {file}.</numerusform>
            <numerusform>Wyeksportowano %n sprawy do {file}.</numerusform>
            <numerusform>Wyeksportowano %n spraw do {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing {file}…</source>
        <translation>Zapisywanie {file}…</translation>
    </message>
</context>
<context>
    <name>Queues</name>
    <message>
        <location filename="../collectdesk/services/queues/export.py" line="+71"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Eksport anulowano. Nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account queue</source>
        <translation>Kolejka spraw</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/queues/saved.py" line="+41"/>
        <source>Give the queue a name.</source>
        <translation>Nadaj kolejce nazwę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>You already have a queue called “{name}”.</source>
        <translation>Masz już kolejkę o nazwie „{name}”.</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/reassign_dialog.py" line="+33"/>
        <source>There are no active collectors.</source>
        <translation>Brak aktywnych windykatorów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is already assigned to {name}.</source>
        <translation>Sprawa jest już przypisana do: {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Now assigned to {name}.</source>
        <translation>Obecnie przypisana do: {name}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account has no collector.</source>
        <translation>Sprawa nie ma przypisanego windykatora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reassign the account</source>
        <translation>Przekaż sprawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>&amp;Windykator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reassign</source>
        <translation>&amp;Przekaż</translation>
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
        <translation>To nie jest okres: {text}. Podaj miesiąc (2026-10), kwartał (2026-Q3), rok (2026) lub zakres (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The scope is team:NAME or branch:NAME; got: {scope}</source>
        <translation>Zakres ma postać team:NAZWA lub branch:NAZWA; podano: {scope}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No single team is called “{name}”.</source>
        <translation>Nie ma dokładnie jednego zespołu o nazwie „{name}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No single branch is called “{name}”.</source>
        <translation>Nie ma dokładnie jednego oddziału o nazwie „{name}”.</translation>
    </message>
</context>
<context>
    <name>ServerForm</name>
    <message>
        <location filename="../collectdesk/ui/server_form.py" line="+46"/>
        <source>&amp;Server</source>
        <translation>&amp;Serwer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P&amp;ort</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Database</source>
        <translation>&amp;Baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Zapamiętaj hasło w systemowym magazynie haseł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No system keyring: the password will be asked at each start</source>
        <translation>Brak systemowego magazynu haseł: hasło będzie potrzebne przy każdym uruchomieniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Testuj połączenie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connected: PostgreSQL {version}.</source>
        <translation>Połączono: PostgreSQL {version}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../collectdesk/ui/settings_dialog.py" line="+56"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collection supervisor</source>
        <translation>Kierownik zespołu windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection manager</source>
        <translation>Kierownik działu windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager</source>
        <translation>Dyrektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Księgowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer-service representative</source>
        <translation>Konsultant obsługi klienta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;name</source>
        <translation>&amp;Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your &amp;role</source>
        <translation>&amp;Rola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display &amp;currency</source>
        <translation>&amp;Waluta wyświetlania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data&amp;base</source>
        <translation>&amp;Baza danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange…</source>
        <translation>&amp;Zmień…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes at once. Reports use the language chosen when they are made.</source>
        <translation>Język zmienia się natychmiast. Raporty powstają w języku wybranym w chwili ich tworzenia.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../collectdesk/ui/startup.py" line="+30"/>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demo database</source>
        <translation>Baza demonstracyjna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building a demo collections department…</source>
        <translation>Tworzenie demonstracyjnego działu windykacji…</translation>
    </message>
    <message>
        <location filename="../collectdesk/app.py" line="+101"/>
        <source>Something went wrong that CollectDesk did not expect. Nothing you saved before is lost. The details are in {file}.</source>
        <translation>Wystąpił nieoczekiwany błąd. Nic z tego, co zostało wcześniej zapisane, nie zostało utracone. Szczegóły znajdują się w pliku {file}.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/status_dialog.py" line="+30"/>
        <source>The account is already {status}.</source>
        <translation>Sprawa ma już status „{status}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation>Sprawy z niespłaconym saldem nie można oznaczyć jako spłaconej.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the status</source>
        <translation>Zmień status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange status</source>
        <translation>&amp;Zmień status</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../collectdesk/services/context.py" line="+25"/>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Dysk jest pełny lub nie można na nim zapisywać. Niczego nie zapisano; zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another task. Nothing was saved; try again in a moment.</source>
        <translation>Baza danych jest zajęta innym zadaniem. Niczego nie zapisano; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged. Open a backup copy instead, or ask for one to be restored.</source>
        <translation>Plik bazy danych jest uszkodzony. Otwórz kopię zapasową albo poproś o jej przywrócenie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation>Nie można połączyć się z serwerem bazy danych. Niczego nie zapisano; sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database reported an error: {error}</source>
        <translation>Baza danych zgłosiła błąd: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Ktoś inny zapisał już ten rekord. Niczego nie zapisano; wczytaj go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Rekord już nie istnieje: {what}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>Po otwarciu rekord {what} został zmieniony przez: {who} ({when}; pola: {fields}). Niczego nie zapisano; rekord został wczytany ponownie.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+53"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Nie można otworzyć pliku bazy danych: {error}</translation>
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
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise to pay by {date}</source>
        <translation>Obietnica zapłaty do {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise kept (due {date})</source>
        <translation>Obietnica dotrzymana (termin {date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Promise broken (due {date}; {paid} paid)</source>
        <translation>Obietnica niedotrzymana (termin {date}; wpłacono {paid})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise broken (due {date})</source>
        <translation>Obietnica niedotrzymana (termin {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promise cancelled (due {date})</source>
        <translation>Obietnica anulowana (termin {date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment ({method}), paid on {date}</source>
        <translation>Wpłata ({method}), data wpłaty {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{amount} overpaid (credit)</source>
        <translation>Nadpłata {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status: {old} → {new}</source>
        <translation>Status: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reassigned from {old} to {new}</source>
        <translation>Zmiana windykatora: {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assigned to {new}</source>
        <translation>Przypisano do: {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector removed</source>
        <translation>Usunięto windykatora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next action set for {date}</source>
        <translation>Następna czynność ustalona na {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next action cleared</source>
        <translation>Usunięto następną czynność</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+257"/>
        <source>Collected per week</source>
        <translation>Wpływy tygodniowe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week {week}: {start} – {end}</source>
        <translation>Tydzień {week}: {start} – {end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing collected</source>
        <translation>Brak wpływów</translation>
    </message>
</context>
</TS>
