<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../collectdesk/ui/about_dialog.py" line="+115"/>
        <source>unknown: the database cannot be reached (this version expects {head})</source>
        <translation>nieznana: brak połączenia z bazą danych (ta wersja programu wymaga rewizji {head})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{revision} (up to date)</source>
        <translation>{revision} (aktualna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{revision} (this version expects {head})</source>
        <translation>{revision} (ta wersja programu wymaga rewizji {head})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file</source>
        <translation>Plik lokalny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared server</source>
        <translation>Serwer współdzielony</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About CollectDesk</source>
        <translation>O programie CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{app} {version}</source>
        <translation>{app} {version}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection supervisor&apos;s workbench: queues, scorecards, feedback, escalations, compliance and reports.</source>
        <translation>Stanowisko pracy kierownika zespołu windykacji: kolejki spraw, karty wyników, opinie, eskalacje, zgodność z przepisami i raporty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CollectDesk version:</source>
        <translation>Wersja CollectDesk:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qt (running):</source>
        <translation>Qt (w użyciu):</translation>
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
        <translation>Baza danych:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schema revision:</source>
        <translation>Rewizja schematu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings file:</source>
        <translation>Plik ustawień:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log file:</source>
        <translation>Plik dziennika:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Kopiuj szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put all of the above on the clipboard, to paste into a message to support</source>
        <translation>Skopiuj wszystkie powyższe informacje do schowka, aby wkleić je do wiadomości dla pomocy technicznej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data folder</source>
        <translation>&amp;Otwórz folder danych</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The details are on the clipboard.</source>
        <translation>Szczegóły skopiowano do schowka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder could not be opened here. It is: {folder}</source>
        <translation>Nie udało się otworzyć folderu z poziomu programu. Jego ścieżka: {folder}</translation>
    </message>
</context>
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
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+279"/>
        <source>Open {amount}</source>
        <translation>Do spłaty {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set by {who} on {date}</source>
        <translation>Ustawione przez {who}, {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
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
        <location line="+1"/>
        <source>Ask a supervisor or senior manager for a decision</source>
        <translation>Przekaż sprawę kierownikowi zespołu lub dyrektorowi do decyzji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escala&amp;te…</source>
        <translation>&amp;Eskaluj…</translation>
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
    <message>
        <location filename="../collectdesk/ui/account/case_lines.py" line="+28"/>
        <source>Escalated: {status}, asks for {decision} (raised {date})</source>
        <translation>Eskalacja: {status}, wniosek: {decision} (zgłoszona {date})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payment plan: {status}; paid {paid} of {payable}</source>
        <translation>Harmonogram spłat: {status}; spłacono {paid} z {payable}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; next {amount} due {date}</source>
        <translation>; następna rata {amount} płatna {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n installment(s) missed)</source>
        <translation>
            <numerusform>(%n nieopłacona rata)</numerusform>
            <numerusform>(%n nieopłacone raty)</numerusform>
            <numerusform>(%n nieopłaconych rat)</numerusform>
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
        <translation>Pasuje kilka spraw; wpisz pełny numer sprawy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account has this number.</source>
        <translation>Nie ma sprawy o tym numerze.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Account number (optional)</source>
        <translation>Numer sprawy (opcjonalnie)</translation>
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
        <location line="+17"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation>Wybrany windykator nie istnieje lub już nie pracuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation>Niektóre z zaznaczonych spraw już nie istnieją. Niczego nie przekazano.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n sprawa przypisana do: {name}</numerusform>
            <numerusform>%n sprawy przypisane do: {name}</numerusform>
            <numerusform>%n spraw przypisanych do: {name}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
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
        <location line="+28"/>
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
        <location line="+8"/>
        <source>{account} · {debtor}
Open balance: {balance}</source>
        <translation>{account} · {debtor}
Saldo zadłużenia: {balance}</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+41"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+215"/>
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
        <location line="+26"/>
        <source>Disputed during a contact</source>
        <translation>Zakwestionowano podczas kontaktu</translation>
    </message>
</context>
<context>
    <name>AgencyErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/agency_errors_dialog.py" line="+19"/>
        <source>Agency data not imported</source>
        <translation>Nie zaimportowano danych agencji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Z pliku {file} niczego nie zaimportowano.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n wiersz wymaga poprawienia.</numerusform>
            <numerusform>%n wiersze wymagają poprawienia.</numerusform>
            <numerusform>%n wierszy wymaga poprawienia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row needs a date, an account or a collector, and a satisfaction, NPS or complaint code. Correct the file and import it again.</source>
        <translation>Każdy wiersz musi zawierać datę, sprawę lub windykatora oraz ocenę zadowolenia, odpowiedź NPS lub kod reklamacji. Popraw plik i zaimportuj go ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Wymieniono pierwszy problem (%n).</numerusform>
            <numerusform>Wymieniono pierwsze %n problemy.</numerusform>
            <numerusform>Wymieniono pierwszych %n problemów.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/agency_import.py" line="+138"/>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}.</source>
        <translation>&apos;{value}&apos; nie jest liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value} is outside {low}-{high}.</source>
        <translation>{value} wykracza poza zakres {low}-{high}.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The same reference is already on row {line}.</source>
        <translation>Ten sam identyfikator występuje już w wierszu {line}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Imported agency data from {file}: {rows} rows, {complaints} complaints, {surveys} survey answers, {duplicates} already imported</source>
        <translation>Import danych agencji z {file} – wiersze: {rows}, reklamacje: {complaints}, odpowiedzi z ankiet: {surveys}, zaimportowane wcześniej: {duplicates}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give an account number or a collector.</source>
        <translation>Podaj numer sprawy lub windykatora.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The date is in the future.</source>
        <translation>Data przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The row has no satisfaction, NPS answer or complaint code.</source>
        <translation>Wiersz nie zawiera oceny zadowolenia, odpowiedzi NPS ani kodu reklamacji.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Complaint reported by {agency}: {code}</source>
        <translation>Reklamacja zgłoszona przez agencję {agency}: {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey answer from {agency}</source>
        <translation>Odpowiedź z ankiety agencji {agency}</translation>
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
    <name>AgingReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="+78"/>
        <source>The open book on {date}</source>
        <translation>Otwarte należności na dzień {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are no open accounts in scope.</source>
        <translation>w zakresie raportu nie ma otwartych spraw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change over the period</source>
        <translation>Zmiana w okresie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no account in scope had a balance in the period.</source>
        <translation>żadna sprawa w zakresie raportu nie miała salda w tym okresie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No branch</source>
        <translation>Bez oddziału</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open book by branch and days past due ({currency})</source>
        <translation>Otwarte należności według oddziałów i dni przeterminowania ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Days past due</source>
        <translation>Dni przeterminowania</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Accounts</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the branch&apos;s balance</source>
        <translation>Udział w saldzie oddziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book as it stands today, aged today; the period has ended, and earlier balances are not kept.</source>
        <translation>Portfel w obecnym stanie, z wiekowaniem na dziś; okres już się zakończył, a wcześniejsze salda nie są przechowywane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open balance ({currency})</source>
        <translation>Saldo do spłaty ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open accounts ({currency})</source>
        <translation>Otwarte sprawy ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share over 90 days past due ({currency})</source>
        <translation>Udział należności przeterminowanych ponad 90 dni ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The open book in {currency} holds %n account(s) owing {balance}; {share} of it is more than 90 days past due.</source>
        <translation>
            <numerusform>Otwarte należności w {currency} obejmują %n sprawę na łączną kwotę {balance}; {share} tej kwoty jest przeterminowane ponad 90 dni.</numerusform>
            <numerusform>Otwarte należności w {currency} obejmują %n sprawy na łączną kwotę {balance}; {share} tej kwoty jest przeterminowane ponad 90 dni.</numerusform>
            <numerusform>Otwarte należności w {currency} obejmują %n spraw na łączną kwotę {balance}; {share} tej kwoty jest przeterminowane ponad 90 dni.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open balance by days past due ({currency})</source>
        <translation>Saldo do spłaty według dni przeterminowania ({currency})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Balances by days past due, start and end ({currency})</source>
        <translation>Salda według dni przeterminowania na początek i koniec okresu ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the start ({date})</source>
        <translation>Na początek ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At the end ({date})</source>
        <translation>Na koniec ({date})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account with a balance on the day, whatever its status; balances on earlier days are worked back from the dated payments and write-offs.</source>
        <translation>Każda sprawa z saldem w danym dniu, niezależnie od statusu; salda z wcześniejszych dni odtworzono wstecz na podstawie datowanych wpłat i odpisów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roll rates ({currency})</source>
        <translation>Wskaźniki migracji ({currency})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled on</source>
        <translation>Przeszło dalej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the balance in a bucket at the start, the share whose account was in a later bucket at the end.</source>
        <translation>Część salda z danego przedziału na początek okresu, której sprawa na koniec okresu znalazła się w późniejszym przedziale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balances owed ({currency})</source>
        <translation>Salda do spłaty ({currency})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balances over 90 days past due ({currency})</source>
        <translation>Salda przeterminowane ponad 90 dni ({currency})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cure rate</source>
        <translation>Wskaźnik uzdrowień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{cured} of the {delinquent} accounts past due at the start were paid off by the end ({rate}).</source>
        <translation>{cured} z {delinquent} spraw przeterminowanych na początek okresu zostało spłaconych do jego końca ({rate}).</translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="+299"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+460"/>
        <source>Kept rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {kept} of {due} promises kept).</source>
        <translation>Odsetek dotrzymanych obietnic {value}% jest znacznie niższy od średniej zespołu {mean}% ({sigmas} odchylenia standardowego; dotrzymane obietnice: {kept} z {due}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Right-party contact rate {value}% is far below the team&apos;s {mean}% ({sigmas} standard deviations; {rpc} of {calls} outbound calls).</source>
        <translation>Wskaźnik kontaktów z dłużnikiem (RPC) {value}% jest znacznie niższy od średniej zespołu {mean}% ({sigmas} odchylenia standardowego; {rpc} z {calls} połączeń wychodzących).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>Kept rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Odsetek dotrzymanych obietnic spadł do {value}% ze średniej {baseline}% w poprzednim %n okresie (o {drop} p.p. mniej).</numerusform>
            <numerusform>Odsetek dotrzymanych obietnic spadł do {value}% ze średniej {baseline}% w poprzednich %n okresach (o {drop} p.p. mniej).</numerusform>
            <numerusform>Odsetek dotrzymanych obietnic spadł do {value}% ze średniej {baseline}% w poprzednich %n okresach (o {drop} p.p. mniej).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Wskaźnik kontaktów z dłużnikiem (RPC) spadł do {value}% ze średniej {baseline}% w poprzednim %n okresie (o {drop} p.p. mniej).</numerusform>
            <numerusform>Wskaźnik kontaktów z dłużnikiem (RPC) spadł do {value}% ze średniej {baseline}% w poprzednich %n okresach (o {drop} p.p. mniej).</numerusform>
            <numerusform>Wskaźnik kontaktów z dłużnikiem (RPC) spadł do {value}% ze średniej {baseline}% w poprzednich %n okresach (o {drop} p.p. mniej).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Collected {value}, {drop}% less than the average of {baseline} over the previous %n period(s).</source>
        <translation>
            <numerusform>Wpływy {value}, o {drop}% mniej niż średnia {baseline} w poprzednim %n okresie.</numerusform>
            <numerusform>Wpływy {value}, o {drop}% mniej niż średnia {baseline} w poprzednich %n okresach.</numerusform>
            <numerusform>Wpływy {value}, o {drop}% mniej niż średnia {baseline} w poprzednich %n okresach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>{broken} of {due} promises recorded in the last %n day(s) of the period broke ({share}%).</source>
        <translation>
            <numerusform>Niedotrzymane obietnice: {broken} z {due} zarejestrowanych w ostatnim %n dniu okresu ({share}%).</numerusform>
            <numerusform>Niedotrzymane obietnice: {broken} z {due} zarejestrowanych w ostatnich %n dniach okresu ({share}%).</numerusform>
            <numerusform>Niedotrzymane obietnice: {broken} z {due} zarejestrowanych w ostatnich %n dniach okresu ({share}%).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+3"/>
        <source>{count} calls ending in a promise to pay lasted less than {seconds} seconds ({share}% of the calls with a promise).</source>
        <translation>Rozmowy zakończone obietnicą zapłaty, które trwały krócej niż {seconds} s: {count} ({share}% rozmów z obietnicą).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the time.</source>
        <translation>
            <numerusform>%n wpłata ({amounts}) zarejestrowana w sprawie przypisanej w tym czasie do innej osoby.</numerusform>
            <numerusform>%n wpłaty ({amounts}) zarejestrowane w sprawach przypisanych w tym czasie do innej osoby.</numerusform>
            <numerusform>%n wpłat ({amounts}) zarejestrowanych w sprawach przypisanych w tym czasie do innej osoby.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomaliesModel</name>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+57"/>
        <source>High</source>
        <translation>Wysoka</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Medium</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+11"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/scorecards/anomalies_model.py" line="+0"/>
        <source>What was found</source>
        <translation>Co wykryto</translation>
    </message>
</context>
<context>
    <name>AnomaliesView</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/anomalies_view.py" line="+83"/>
        <source>Show the &amp;figures</source>
        <translation>Pokaż &amp;dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scorecard figure behind this finding, row by row (Ctrl+D)</source>
        <translation>Wartość z karty wyników, na której opiera się to ustalenie, wiersz po wierszu (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;staff member</source>
        <translation>Otwórz &amp;pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff member&apos;s record (Ctrl+Shift+O)</source>
        <translation>Karta pracownika (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing unusual in this period: no figure is far from the team or from the person&apos;s own history.</source>
        <translation>Brak nietypowych wyników w tym okresie: żadna wartość nie odbiega znacząco od wyników zespołu ani od wcześniejszych wyników tej osoby.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>&amp;Anomalies: %n finding(s) worth a look</source>
        <translation>
            <numerusform>&amp;Anomalie: %n ustalenie warte sprawdzenia</numerusform>
            <numerusform>&amp;Anomalie: %n ustalenia warte sprawdzenia</numerusform>
            <numerusform>&amp;Anomalie: %n ustaleń wartych sprawdzenia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsQueueModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/approvals_queue_model.py" line="+61"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n dzień temu</numerusform>
            <numerusform>%n dni temu</numerusform>
            <numerusform>%n dni temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decided</source>
        <translation>Rozstrzygnięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requested decision</source>
        <translation>Wnioskowana decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Kwota objęta eskalacją</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Czas oczekiwania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised by</source>
        <translation>Zgłaszający</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/approve_dialog.py" line="+233"/>
        <source>{account} · {debtor}
Open balance: {balance} · approved by {who}</source>
        <translation>{account} · {debtor}
Saldo do spłaty: {balance} · zatwierdzający: {who}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approving puts the payment plan built for this case into effect: {installments}, first due {first}, {total} in all. The account goes on a payment plan and the installments are followed against the payments.</source>
        <translation>Zatwierdzenie wprowadza w życie harmonogram spłat przygotowany dla tej eskalacji: {installments}, pierwsza rata płatna {first}, łącznie {total}. Sprawa przechodzi na harmonogram spłat, a raty są rozliczane z wpływającymi wpłatami.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment plan for this case is already running ({status}). Approving closes the case; the plan stays as it is.</source>
        <translation>Harmonogram spłat dla tej eskalacji już obowiązuje ({status}). Zatwierdzenie zamyka eskalację; harmonogram pozostaje bez zmian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving creates a payment plan with these terms and puts it into effect at once: the account goes on a payment plan.</source>
        <translation>Zatwierdzenie tworzy harmonogram spłat na tych warunkach i od razu wprowadza go w życie: sprawa przechodzi na harmonogram spłat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approving offers the debtor a settlement and accepts it. If the amount is paid by the deadline, the rest of the balance is written off (reason: settlement); if not, the offer lapses and the whole balance is owed again.</source>
        <translation>Zatwierdzenie oznacza przedstawienie dłużnikowi propozycji ugody i jej przyjęcie. Jeśli kwota zostanie zapłacona w terminie, pozostała część salda zostanie odpisana (powód: ugoda); w przeciwnym razie propozycja wygasa, a całe saldo ponownie staje się należne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving writes the amount off now: the balance goes down by it, and the write-off goes into the journal for accounting under the name of {who}.</source>
        <translation>Zatwierdzenie od razu odpisuje kwotę: saldo zmniejsza się o tę kwotę, a odpis trafia do dziennika księgowego jako zatwierdzony przez: {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approving puts the account on hold: collection stops until someone changes its status.</source>
        <translation>Zatwierdzenie wstrzymuje działania w sprawie: windykacja zostaje przerwana, dopóki ktoś nie zmieni statusu sprawy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving refers the account to legal: its status becomes Legal and it leaves normal collection.</source>
        <translation>Zatwierdzenie kieruje sprawę na drogę sądową: otrzymuje ona status Windykacja sądowa i wychodzi z windykacji polubownej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approving records the senior manager&apos;s review as done. Nothing changes on the account.</source>
        <translation>Zatwierdzenie odnotowuje, że dyrektor rozpatrzył sprawę. W samej sprawie nic się nie zmienia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Harmonogram spłat musi obejmować co najmniej jedną ratę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Termin pierwszej raty nie może przypadać w przeszłości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan amount: {problem}</source>
        <translation>Kwota objęta harmonogramem: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount cannot be more than the open balance.</source>
        <translation>Kwota objęta harmonogramem nie może przekraczać salda do spłaty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Umorzenie musi wynosić więcej niż 0 % i mniej niż 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Kwota ugody: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the open balance.</source>
        <translation>Kwota ugody musi być mniejsza niż saldo do spłaty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the deadline by which the debtor pays the settlement.</source>
        <translation>Wybierz termin, do którego dłużnik ma zapłacić kwotę ugody.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Kwota odpisu: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>Kwota odpisu nie może przekraczać salda do spłaty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reason for the write-off.</source>
        <translation>Wybierz powód odpisu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>Notatka jest za długa ({length} znaków, dozwolone najwyżej {most}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>D&amp;iscount:</source>
        <translation>U&amp;morzenie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount to pay:</source>
        <translation>&amp;Kwota do zapłaty:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve: {decision}</source>
        <translation>Zatwierdzenie: {decision}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Liczba rat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>Termin pierwszej &amp;raty:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fre&amp;quency:</source>
        <translation>&amp;Częstotliwość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a&amp;mount:</source>
        <translation>Kwota &amp;objęta harmonogramem:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A down payment, interest or a fee: build the plan with the payment plan calculator instead.</source>
        <translation>Wpłata początkowa, odsetki lub opłata: w takim przypadku przygotuj harmonogram w kalkulatorze harmonogramu spłat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the plan &amp;calculator…</source>
        <translation>Użyj kalkulatora &amp;harmonogramu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount to be paid</source>
        <translation>Kwota do zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Umorzenie w procentach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settle &amp;by:</source>
        <translation>Sposób &amp;ugody:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a date</source>
        <translation>Wybierz datę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Termin zapłaty:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole open balance</source>
        <translation>Całe saldo do spłaty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of it</source>
        <translation>Część salda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>&amp;Odpis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accoun&amp;ting reference:</source>
        <translation>Nr &amp;dokumentu księgowego:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booking or voucher number</source>
        <translation>Numer księgowania lub dowodu księgowego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you approve, anything the collector should know</source>
        <translation>Uzasadnienie zatwierdzenia, informacje dla windykatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
</context>
<context>
    <name>ArchiveModel</name>
    <message>
        <location filename="../collectdesk/ui/reports/archive_model.py" line="+58"/>
        <source>Generated</source>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF with tables</source>
        <translation>PDF z tabelami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet</source>
        <translation>Arkusz kalkulacyjny</translation>
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
            <numerusform>%n plik w archiwum</numerusform>
            <numerusform>%n pliki w archiwum</numerusform>
            <numerusform>%n plików w archiwum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archive could not be read ({error}).</source>
        <translation>Nie udało się odczytać archiwum ({error}).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Report archive</source>
        <translation>Archiwum raportów</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the archived report</source>
        <translation>Zapisz zarchiwizowany raport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved {file}.</source>
        <translation>Zapisano {file}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete archived report</source>
        <translation>Usuń zarchiwizowany raport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {file} from the archive? It cannot be reopened or reprinted afterwards.</source>
        <translation>Usunąć {file} z archiwum? Nie będzie można go później ponownie otworzyć ani wydrukować.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;port:</source>
        <translation>Rapor&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reports</source>
        <translation>Wszystkie raporty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the archived PDF in the preview (Enter)</source>
        <translation>Pokaż zarchiwizowany PDF w podglądzie (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;print…</source>
        <translation>Drukuj &amp;ponownie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Zapisz jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
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
        <translation>bez zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{person} (already assigned)</source>
        <translation>{person} (moduł już przypisany)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Tick the staff members who should take the module.</source>
        <translation>Zaznacz pracowników, którzy mają ukończyć ten moduł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>Termin ukończenia nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Assign a training module</source>
        <translation>Przypisz moduł szkoleniowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} – {title} ({language})</source>
        <translation>{code} – {title} ({language})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People:</source>
        <translation>&amp;Osoby:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick all shown</source>
        <translation>Zaznacz wszystkie widoczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick all shown</source>
        <translation>Odznacz wszystkie widoczne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick those it is mandatory for</source>
        <translation>Zaznacz osoby, dla których moduł jest obowiązkowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Termin ukończenia:</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+58"/>
        <source>There is nobody to assign it to: add staff members first.</source>
        <translation>Nie ma komu przypisać zgłoszenia: najpierw dodaj pracowników.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the owner.</source>
        <translation>Wybierz opiekuna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already assigned to {name}.</source>
        <translation>Zgłoszenie jest już przypisane do: {name}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign an owner</source>
        <translation>Przypisz opiekuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>Op&amp;iekun:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/training/assign_dialog.py" line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Przypisz</translation>
    </message>
</context>
<context>
    <name>AssignModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/assign_module_dialog.py" line="+62"/>
        <source>There is no active module left to assign.</source>
        <translation>Nie ma już aktywnego modułu do przypisania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date cannot be in the past.</source>
        <translation>Termin ukończenia nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} already has this module assigned and not yet completed.</source>
        <translation>{name}: ten moduł jest już przypisany i nie został jeszcze ukończony.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign a training module</source>
        <translation>Przypisz moduł szkoleniowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to {name}</source>
        <translation>Przypisz do: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Module:</source>
        <translation>&amp;Moduł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due by:</source>
        <translation>&amp;Termin ukończenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign</source>
        <translation>&amp;Przypisz</translation>
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
        <location filename="../collectdesk/services/queues/builtin.py" line="+18"/>
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
        <source>Payment plans in trouble</source>
        <translation>Zagrożone harmonogramy spłat</translation>
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
        <location line="+37"/>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="+35"/>
        <source>print one JSON object</source>
        <translation>wypisz jeden obiekt JSON</translation>
    </message>
    <message>
        <location line="-35"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+30"/>
        <source>read the file&apos;s column SOURCE as FIELD; repeat as needed</source>
        <translation>odczytaj kolumnę SOURCE pliku jako pole FIELD; można powtarzać</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+1"/>
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
        <location line="+1"/>
        <source>json (one object per staff member, numbers as numbers or decimal strings), csv, or xlsx (a workbook with totals; needs --out)</source>
        <translation>json (jeden obiekt na pracownika, liczby jako liczby lub ciągi dziesiętne), csv lub xlsx (skoroszyt z sumami; wymaga --out)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write to this file instead of printing</source>
        <translation>zapisz do tego pliku zamiast wypisywać na ekranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also look for anomalies in staff work: json gets an &quot;anomalies&quot; list, xlsx an Anomalies sheet; with csv each is printed as a sentence (after the file is written, or on standard error when the CSV goes to standard output)</source>
        <translation>szukaj także anomalii w pracy pracowników: json otrzymuje listę &quot;anomalies&quot;, xlsx arkusz Anomalies; przy csv każda anomalia jest wypisywana jako zdanie (po zapisaniu pliku lub na standardowe wyjście błędów, gdy CSV trafia na standardowe wyjście)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the feedback inbox</source>
        <translation>skrzynka opinii</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import e-mail: .eml files, mbox archives, or folders of them (each message on its own; a message already in the inbox is not imported again)</source>
        <translation>importuj e-maile: pliki .eml, archiwa mbox lub zawierające je foldery (każda wiadomość osobno; wiadomość, która jest już w skrzynce, nie jest importowana ponownie)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>write-offs for accounting</source>
        <translation>odpisy dla księgowości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the journal lines of the write-offs in a period (XLSX or CSV)</source>
        <translation>zapisy księgowe odpisów z danego okresu (XLSX lub CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day</source>
        <translation>pierwszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day</source>
        <translation>ostatni dzień</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>the file to write</source>
        <translation>plik do zapisania</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>promise-to-pay housekeeping</source>
        <translation>porządkowanie obietnic zapłaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark promises past their date without payment as broken</source>
        <translation>oznacz jako niedotrzymane obietnice po terminie bez wpłaty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>compliance checks over the activity log</source>
        <translation>kontrole zgodności na podstawie rejestru czynności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment plans</source>
        <translation>harmonogramy spłat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the letter that confirms an approved plan to the debtor (PDF)</source>
        <translation>utwórz pismo potwierdzające dłużnikowi zatwierdzony harmonogram spłat (PDF)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the plan&apos;s id, or an account number (the account&apos;s latest approved plan)</source>
        <translation>identyfikator harmonogramu lub numer sprawy (najnowszy zatwierdzony harmonogram tej sprawy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the letter&apos;s language (default: the debtor&apos;s, or English)</source>
        <translation>język pisma (domyślnie: język dłużnika, a w razie jego braku angielski)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper size (default: A4)</source>
        <translation>format papieru (domyślnie: A4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make a report (PDF, spreadsheet or both) for a period, with e-mail-ready file names; the files are kept in the archive</source>
        <translation>utwórz raport (PDF, arkusz kalkulacyjny lub oba) za wybrany okres, z nazwami plików gotowymi do wysłania e-mailem; pliki są przechowywane w archiwum</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+24"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n wiersz zawiera błędy. Niczego nie zaimportowano.</numerusform>
            <numerusform>{file}: %n wiersze zawierają błędy. Niczego nie zaimportowano.</numerusform>
            <numerusform>{file}: %n wierszy zawiera błędy. Niczego nie zaimportowano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
        <source>line {line}, column {column}: {reason}</source>
        <translation>wiersz {line}, kolumna {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+3"/>
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
        <location filename="../collectdesk/services/scorecard_cli.py" line="+22"/>
        <source>--format xlsx writes a workbook: add --out FILE (for example --out scorecard.xlsx).</source>
        <translation>--format xlsx zapisuje skoroszyt: dodaj --out PLIK (np. --out scorecard.xlsx).</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+12"/>
        <source>Scorecards written to {file}.</source>
        <translation>Karty wyników zapisano w pliku {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No anomalies found.</source>
        <translation>Nie znaleziono anomalii.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {sentence}</source>
        <translation>{name}: {sentence}</translation>
    </message>
    <message>
        <location filename="../collectdesk/cli.py" line="+25"/>
        <source>importing e-mail: {pct}%</source>
        <translation>importowanie e-maili: {pct}%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{file}, message {index}</source>
        <translation>{file}, wiadomość {index}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No e-mail messages were found (.eml files, .mbox archives or folders of them).</source>
        <translation>Nie znaleziono wiadomości e-mail (plików .eml, archiwów .mbox ani zawierających je folderów).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n wiadomość.</numerusform>
            <numerusform>Zaimportowano %n wiadomości.</numerusform>
            <numerusform>Zaimportowano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were not imported again.</source>
        <translation>
            <numerusform>%n wiadomość była już w skrzynce i nie została zaimportowana ponownie.</numerusform>
            <numerusform>%n wiadomości były już w skrzynce i nie zostały zaimportowane ponownie.</numerusform>
            <numerusform>%n wiadomości było już w skrzynce i nie zostało zaimportowanych ponownie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n linked to an account.</source>
        <translation>
            <numerusform>%n wiadomość powiązano ze sprawą.</numerusform>
            <numerusform>%n wiadomości powiązano ze sprawami.</numerusform>
            <numerusform>%n wiadomości powiązano ze sprawami.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with suggested links to confirm in the inbox.</source>
        <translation>
            <numerusform>%n wiadomość ma proponowane powiązania do potwierdzenia w skrzynce.</numerusform>
            <numerusform>%n wiadomości mają proponowane powiązania do potwierdzenia w skrzynce.</numerusform>
            <numerusform>%n wiadomości ma proponowane powiązania do potwierdzenia w skrzynce.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: {where}: {note}</source>
        <translation>Uwaga: {where}: {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped, not an e-mail file: {file}</source>
        <translation>Pominięto, to nie jest plik e-mail: {file}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be imported:</source>
        <translation>
            <numerusform>Nie udało się zaimportować %n wiadomości:</numerusform>
            <numerusform>Nie udało się zaimportować %n wiadomości:</numerusform>
            <numerusform>Nie udało się zaimportować %n wiadomości:</numerusform>
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
        <translation>Daty należy podawać w formacie RRRR-MM-DD, np. 2026-10-31.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/report_cli.py" line="+3"/>
        <source>The last day is before the first.</source>
        <translation>Ostatni dzień przypada przed pierwszym.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n journal line(s) written to {path}.</source>
        <translation>
            <numerusform>Zapisano %n pozycję dziennika w pliku {path}.</numerusform>
            <numerusform>Zapisano %n pozycje dziennika w pliku {path}.</numerusform>
            <numerusform>Zapisano %n pozycji dziennika w pliku {path}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment plan letter ({language}) is written to {path}.</source>
        <translation>Zapisano pismo z harmonogramem spłat ({language}) w pliku {path}.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>Zapisano %n zrzut ekranu w {folder}.</numerusform>
            <numerusform>Zapisano %n zrzuty ekranu w {folder}.</numerusform>
            <numerusform>Zapisano %n zrzutów ekranu w {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation>Przerwano. Przerwany krok niczego nie zapisał.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation>Nie można odczytać ani zapisać pliku: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="-36"/>
        <source>import survey and complaint data from a reporting agency (CSV or XLSX, all or nothing)</source>
        <translation>importuj dane ankietowe i dane o reklamacjach od agencji raportującej (CSV lub XLSX, wszystko albo nic)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>importing agency data: {pct}%</source>
        <translation>importowanie danych agencji: {pct}%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dry run: {file} is valid. {rows} rows: {complaints} complaints and {surveys} survey answers would be imported, {duplicates} were imported before. Nothing was written.</source>
        <translation>Próba: plik {file} jest poprawny. Wiersze: {rows}; do zaimportowania – reklamacje: {complaints}, odpowiedzi z ankiet: {surveys}; zaimportowane wcześniej: {duplicates}. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported {file}: {rows} rows, {complaints} complaints, {surveys} survey answers; {duplicates} were imported before.</source>
        <translation>Zaimportowano {file} – wiersze: {rows}, reklamacje: {complaints}, odpowiedzi z ankiet: {surveys}; zaimportowane wcześniej: {duplicates}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Columns not used: {columns}</source>
        <translation>Niewykorzystane kolumny: {columns}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="-24"/>
        <source>check the activity log against the compliance profiles and bring the findings up to date (only the debtors whose log or facts changed since the last scan, unless --full)</source>
        <translation>sprawdź rejestr czynności według profili zgodności i zaktualizuj ustalenia (tylko dłużnicy, których rejestr lub dane zmieniły się od ostatniego skanu, chyba że podano --full)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only contacts from this day on make or replace findings; older findings stay as they are</source>
        <translation>tylko kontakty od tego dnia tworzą lub zastępują ustalenia; starsze ustalenia pozostają bez zmian</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check every debtor&apos;s whole history, not only what changed since the last scan</source>
        <translation>sprawdź całą historię każdego dłużnika, a nie tylko zmiany od ostatniego skanu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>checking the activity log: {pct}%</source>
        <translation>sprawdzanie rejestru czynności: {pct}%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>what changed since the last scan</source>
        <translation>zmiany od ostatniego skanu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>full</source>
        <translation>pełny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first scan, full</source>
        <translation>pierwszy skan, pełny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>full, because the compliance profiles changed</source>
        <translation>pełny, ponieważ zmieniły się profile zgodności</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Compliance scan ({mode}): %n debtor(s) checked, {activities} activities read in {seconds} s.</source>
        <translation>
            <numerusform>Skan zgodności ({mode}): sprawdzono %n dłużnika; odczytane czynności: {activities}; czas: {seconds} s.</numerusform>
            <numerusform>Skan zgodności ({mode}): sprawdzono %n dłużników; odczytane czynności: {activities}; czas: {seconds} s.</numerusform>
            <numerusform>Skan zgodności ({mode}): sprawdzono %n dłużników; odczytane czynności: {activities}; czas: {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new finding(s) (block: {block}, warn: {warn}).</source>
        <translation>
            <numerusform>%n nowe ustalenie (blokady: {block}, ostrzeżenia: {warn}).</numerusform>
            <numerusform>%n nowe ustalenia (blokady: {block}, ostrzeżenia: {warn}).</numerusform>
            <numerusform>%n nowych ustaleń (blokady: {block}, ostrzeżenia: {warn}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s) found again and left as they were.</source>
        <translation>
            <numerusform>Ponownie wykryto %n ustalenie i pozostawiono je bez zmian.</numerusform>
            <numerusform>Ponownie wykryto %n ustalenia i pozostawiono je bez zmian.</numerusform>
            <numerusform>Ponownie wykryto %n ustaleń i pozostawiono je bez zmian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) no longer found and removed.</source>
        <translation>
            <numerusform>Usunięto %n otwarte ustalenie, którego już nie wykryto.</numerusform>
            <numerusform>Usunięto %n otwarte ustalenia, których już nie wykryto.</numerusform>
            <numerusform>Usunięto %n otwartych ustaleń, których już nie wykryto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reviewed finding(s) no longer found, kept for the record.</source>
        <translation>
            <numerusform>Nie wykryto już %n rozpatrzonego ustalenia; zachowano je w ewidencji.</numerusform>
            <numerusform>Nie wykryto już %n rozpatrzonych ustaleń; zachowano je w ewidencji.</numerusform>
            <numerusform>Nie wykryto już %n rozpatrzonych ustaleń; zachowano je w ewidencji.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile {code}, version {version}</source>
        <translation>Profil {code}, wersja {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only contacts from {day} on were judged, so this scan does not count as the last complete one.</source>
        <translation>Oceniono tylko kontakty od {day}, dlatego ten skan nie jest traktowany jako ostatni pełny skan.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/report_cli.py" line="-46"/>
        <source>the report: collections, feedback, staff, compliance, aging, escalations or portfolios</source>
        <translation>raport: collections, feedback, staff, compliance, aging, escalations lub portfolios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2026-10 (month), 2026-Q3, 2026-W05 (ISO week), 2026-10-05 (day) or 2026-10-01..2026-10-15</source>
        <translation>2026-10 (miesiąc), 2026-Q3, 2026-W05 (tydzień ISO), 2026-10-05 (dzień) lub 2026-10-01..2026-10-15</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first day (with --to)</source>
        <translation>pierwszy dzień (razem z --to)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day (with --from)</source>
        <translation>ostatni dzień (razem z --from)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team:NAME or branch:NAME (default: the whole department)</source>
        <translation>team:NAZWA lub branch:NAZWA (domyślnie: cały dział)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pdf, xlsx, or both (pdf,xlsx): the PDF, the spreadsheet and the PDF with the tables appended (default: pdf)</source>
        <translation>pdf, xlsx lub oba (pdf,xlsx): PDF, arkusz kalkulacyjny oraz PDF z dołączonymi tabelami (domyślnie: pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paper size of the PDF (default: Letter in the United States and Canada, else A4)</source>
        <translation>rozmiar papieru PDF (domyślnie: Letter w Stanach Zjednoczonych i Kanadzie, w pozostałych krajach A4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder to write the files to (default: the current folder)</source>
        <translation>folder, w którym zostaną zapisane pliki (domyślnie: bieżący folder)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give either --period or --from and --to, not both.</source>
        <translation>Podaj albo --period, albo --from i --to, nie oba naraz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which period: --period 2026-10, or --from 2026-10-01 --to 2026-10-31.</source>
        <translation>Podaj okres: --period 2026-10 lub --from 2026-10-01 --to 2026-10-31.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--format is pdf, xlsx or both (pdf,xlsx); got: {format}</source>
        <translation>--format przyjmuje wartości pdf, xlsx lub oba (pdf,xlsx); podano: {format}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This build cannot make the {report} yet.</source>
        <translation>Ta wersja programu nie umożliwia jeszcze utworzenia raportu: {report}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>making the report: {pct}%</source>
        <translation>tworzenie raportu: {pct}%</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) written and kept in the archive.</source>
        <translation>
            <numerusform>Zapisano %n plik i zachowano go w archiwum.</numerusform>
            <numerusform>Zapisano %n pliki i zachowano je w archiwum.</numerusform>
            <numerusform>Zapisano %n plików i zachowano je w archiwum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+264"/>
        <source>Enter who called.</source>
        <translation>Podaj, kto dzwonił.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Numer telefonu ma za mało cyfr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summarise the call.</source>
        <translation>Podsumuj rozmowę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Nie ma sprawy o tym numerze.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log a call</source>
        <translation>Zarejestruj rozmowę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Dzwoniący:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;goria:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Zagadnienie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Sprawa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Dotyczy &amp;windykatora:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+39 02 1234 5678</source>
        <translation>+48 22 123 45 67</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Brak</translation>
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
        <translation>Brak załączonych plików.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No program opens {name} on this computer; use Save as… instead.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera plik {name}; zamiast tego użyj polecenia „Zapisz jako…”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the file</source>
        <translation>Zapisz plik</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file could not be saved: {error}</source>
        <translation>Nie udało się zapisać pliku: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} is larger than {limit} MB.</source>
        <translation>Plik {name} jest większy niż {limit} MB.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} cannot be read: {error}</source>
        <translation>Nie można odczytać pliku {name}: {error}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Op&amp;en</source>
        <translation>O&amp;twórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add fi&amp;les…</source>
        <translation>Dodaj p&amp;liki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of the case</source>
        <translation>Pliki eskalacji</translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message>
        <location filename="../collectdesk/ui/escalations/outcome_text.py" line="+26"/>
        <source>{count} × {amount} monthly</source>
        <translation>{count} × {amount} co miesiąc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} every two weeks</source>
        <translation>{count} × {amount} co dwa tygodnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} × {amount} weekly</source>
        <translation>{count} × {amount} co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} × {amount}</source>
        <translation>{count} × {amount}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Payment plan: {installments}</source>
        <translation>Harmonogram spłat: {installments}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n nieopłacona rata</numerusform>
            <numerusform>%n nieopłacone raty</numerusform>
            <numerusform>%n nieopłaconych rat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next due {date}</source>
        <translation>następna rata płatna {date}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settlement: {amount} by {deadline}</source>
        <translation>Ugoda: {amount} do {deadline}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paid so far {amount}</source>
        <translation>dotychczas wpłacono {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written off on {date}: {amount} · {reason} · approved by {who}</source>
        <translation>Odpis z dnia {date}: {amount} · {reason} · zatwierdzający: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accounting ref. {ref}</source>
        <translation>nr dok. księg. {ref}</translation>
    </message>
</context>
<context>
    <name>CategoriseDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+38"/>
        <source>Nothing changed yet.</source>
        <translation>Jeszcze niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new category sets new acknowledgement and resolution dates.</source>
        <translation>Zmiana kategorii ustala nowe terminy potwierdzenia otrzymania i rozwiązania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Categorise</source>
        <translation>Kategoryzuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Topic:</source>
        <translation>Za&amp;gadnienie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No topic</source>
        <translation>Bez zagadnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Nie ustawiono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message>
        <location filename="../collectdesk/ui/escalations/chosen_files.py" line="+70"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Not attached, larger than {limit} MB: {names}</source>
        <translation>
            <numerusform>Nie dołączono pliku większego niż {limit} MB: {names}</numerusform>
            <numerusform>Nie dołączono plików większych niż {limit} MB: {names}</numerusform>
            <numerusform>Nie dołączono plików większych niż {limit} MB: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not attached, cannot be read: {names}</source>
        <translation>
            <numerusform>Nie dołączono pliku, którego nie można odczytać: {names}</numerusform>
            <numerusform>Nie dołączono plików, których nie można odczytać: {names}</numerusform>
            <numerusform>Nie dołączono plików, których nie można odczytać: {names}</numerusform>
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
        <translation>Dodaj pl&amp;iki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;emove</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to attach</source>
        <translation>Pliki do załączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most {limit} MB a file</source>
        <translation>Najwyżej {limit} MB na plik</translation>
    </message>
</context>
<context>
    <name>CollectionsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/collections.py" line="+104"/>
        <source>Collected against target</source>
        <translation>Wpływy względem celu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No collection targets are set for this period and scope, so collected is not compared with a target.</source>
        <translation>Dla tego okresu i zakresu nie ustalono celów windykacyjnych, dlatego wpływów nie porównano z celem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections report</source>
        <translation>Raport windykacyjny</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_collected.py" line="+135"/>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No branch</source>
        <translation>Bez oddziału</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+136"/>
        <source>Not credited to a collector</source>
        <translation>Nieprzypisane do windykatora</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Collected against target by branch, {currency}</source>
        <translation>Wpływy względem celu według oddziałów, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by team, {currency}</source>
        <translation>Wpływy względem celu według zespołów, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected against target by collector, {currency}</source>
        <translation>Wpływy względem celu według windykatorów, {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+5"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="-6"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+48"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+37"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+49"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="+131"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Variance</source>
        <translation>Odchylenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-128"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Variance is collected minus target; attainment is collected divided by target.</source>
        <translation>Odchylenie to wpływy minus cel; realizacja to wpływy podzielone przez cel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collections in {currency}</source>
        <translation>Wpływy w {currency}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Collected against target, {currency}</source>
        <translation>Wpływy względem celu, {currency}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/collections_sections.py" line="-117"/>
        <source>Promises made</source>
        <translation>Złożone obietnice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Obietnice wymagalne</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+37"/>
        <source>Kept rate</source>
        <translation>Odsetek dotrzymanych</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Broken promise rate</source>
        <translation>Odsetek niedotrzymanych obietnic</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount promised in {currency}</source>
        <translation>Kwota obietnic w {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+182"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Promises by currency</source>
        <translation>Obietnice według walut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Made</source>
        <translation>Złożone</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Amount promised</source>
        <translation>Kwota obietnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Wymagalne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Kwota wymagalna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Kept</source>
        <translation>Dotrzymane</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Amount kept</source>
        <translation>Kwota dotrzymanych</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Partly paid</source>
        <translation>Spłacone częściowo</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>Broken</source>
        <translation>Niedotrzymane</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Amount broken</source>
        <translation>Kwota niedotrzymanych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still pending</source>
        <translation>Nadal oczekujące</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Broken rate</source>
        <translation>Odsetek niedotrzymanych</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Kept rate by amount</source>
        <translation>Odsetek dotrzymanych wg kwoty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made: promised in the period. Due: falling due in the period (cancelled ones left out). Kept rate: kept / (kept + partly paid + broken); broken rate: broken / the same; promises still pending are in neither.</source>
        <translation>Złożone: obietnice złożone w okresie. Wymagalne: z terminem zapłaty w okresie (bez anulowanych). Odsetek dotrzymanych: dotrzymane / (dotrzymane + spłacone częściowo + niedotrzymane); odsetek niedotrzymanych: niedotrzymane / ta sama suma; obietnice nadal oczekujące nie są wliczane do żadnego z nich.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Promises by collector</source>
        <translation>Obietnice według windykatorów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fell due</source>
        <translation>Wymagalne w okresie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Promises to pay</source>
        <translation>Obietnice zapłaty</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Payments by method, {currency}</source>
        <translation>Wpłaty według metody płatności, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Metoda płatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Wpłaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{method} brought in the largest part of the {currency} collected: {share} ({amount}).</source>
        <translation>Największy udział we wpływach w {currency} miała metoda płatności {method}: {share} ({amount}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments received</source>
        <translation>Otrzymane wpłaty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments by method</source>
        <translation>Wpłaty według metody płatności</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aging at the start and end of the period, {currency}</source>
        <translation>Wiekowanie na początek i koniec okresu, {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days past due</source>
        <translation>Dni przeterminowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts at start</source>
        <translation>Sprawy na początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at start</source>
        <translation>Saldo na początek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts at end</source>
        <translation>Sprawy na koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance at end</source>
        <translation>Saldo na koniec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll rate to the next bucket</source>
        <translation>Wskaźnik migracji do następnego przedziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate, {period}</source>
        <translation>Wskaźnik migracji, {period}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll rate: of the balance in a bucket at the start, the share that is in a later bucket at the end (balance at the end / balance at the start).</source>
        <translation>Wskaźnik migracji: część salda z danego przedziału na początek okresu, która na koniec okresu znajduje się w późniejszym przedziale (saldo na koniec / saldo na początek).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll rate from not yet due to 1–30 days in {currency}</source>
        <translation>Wskaźnik migracji z należności niewymagalnych do przedziału 1–30 dni w {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance past due in {currency}</source>
        <translation>Saldo przeterminowane w {currency}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aging and roll rates</source>
        <translation>Wiekowanie i wskaźniki migracji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collection effectiveness in {currency}</source>
        <translation>Skuteczność windykacji w {currency}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>Collection effectiveness index</source>
        <translation>Wskaźnik skuteczności windykacji (CEI)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Receivables at start</source>
        <translation>Należności na początek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New business placed</source>
        <translation>Nowe przekazane należności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables at end</source>
        <translation>Należności na koniec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of which not yet due</source>
        <translation>W tym niewymagalne</translation>
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
        <translation>CEI = (należności na początek + nowe przekazane należności - należności na koniec) / (należności na początek + nowe przekazane należności - niewymagalne należności na koniec). 100 % oznacza, że odzyskano wszystko, co można było odzyskać; zgodnie z formułą odpisy liczą się jako zmniejszenia.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Projected collections, {currency}</source>
        <translation>Prognoza wpływów, {currency}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected so far</source>
        <translation>Dotychczasowe wpływy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan installments due</source>
        <translation>Wymagalne raty planów spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open promises due</source>
        <translation>Wymagalne otwarte obietnice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises, weighted</source>
        <translation>Obietnice (ważone)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run rate</source>
        <translation>Bieżące tempo wpływów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projected</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected against target</source>
        <translation>Prognoza względem celu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Projected collections in {currency} for {period}</source>
        <translation>Prognoza wpływów w {currency} na {period}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projected revenue</source>
        <translation>Prognozowane wpływy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none (no promise fell due), so open promises count for nothing</source>
        <translation>brak (żadna obietnica nie była wymagalna), więc otwarte obietnice nie są uwzględniane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the projection is made: what was collected up to {today} counts as it is. For the days left, three parts are added, per currency and never converted: plan installments still open that fall due, at their open amount; open promises to pay that fall due, each weighted by its collector&apos;s kept rate over the last {days} days ({kept_from} to {kept_to}; collectors without promises due then take the rate of the whole scope, {scope_rate}); and the recent run rate, the average daily collections of the last {run_days} days ({run_from} to {run_to}) without the payments made on plan installments or promises, which the first two parts already cover, times the days left after today.</source>
        <translation>Sposób wyliczenia prognozy: wpływy do {today} są uwzględniane w faktycznej wysokości. Za pozostałe dni dodawane są trzy składniki, osobno dla każdej waluty i bez przeliczania: otwarte raty planów spłat przypadające do zapłaty, w kwocie pozostałej do spłaty; otwarte obietnice zapłaty przypadające do zapłaty, każda ważona odsetkiem dotrzymanych obietnic jej windykatora z ostatnich {days} dni (od {kept_from} do {kept_to}; windykatorzy, którzy nie mieli wtedy wymagalnych obietnic, otrzymują odsetek dla całego zakresu: {scope_rate}); oraz bieżące tempo wpływów, czyli średnie dzienne wpływy z ostatnich {run_days} dni (od {run_from} do {run_to}) bez wpłat na raty planów spłat i obietnice, które obejmują już dwa pierwsze składniki, pomnożone przez liczbę dni pozostałych po dniu dzisiejszym.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/completion_dialog.py" line="+39"/>
        <source>The completion date cannot be in the future.</source>
        <translation>Data ukończenia nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark training completed</source>
        <translation>Oznacz szkolenie jako ukończone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{module} · {person}
Assigned on {assigned}</source>
        <translation>{module} · {person}
Przypisano: {assigned}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Completed on:</source>
        <translation>&amp;Data ukończenia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Score (0–100):</source>
        <translation>&amp;Wynik (0–100):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No score</source>
        <translation>Brak wyniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test result in percent, if the course has a test.</source>
        <translation>Wynik testu w procentach, jeśli szkolenie kończy się testem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark completed</source>
        <translation>&amp;Oznacz jako ukończone</translation>
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
        <translation>{what} ({rule}; {basis}, bez weryfikacji; {source}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debtor&apos;s time zone “{zone}” is unknown, so UTC was used.</source>
        <translation>Strefa czasowa dłużnika „{zone}” jest nieznana, dlatego przyjęto UTC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The debtor has no time zone, so UTC was used.</source>
        <translation>Dłużnik nie ma przypisanej strefy czasowej, dlatego przyjęto UTC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact hours</source>
        <translation>Godziny kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact limit</source>
        <translation>Limit kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after a conversation</source>
        <translation>Przerwa po rozmowie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time between attempts</source>
        <translation>Odstęp między próbami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact while flagged</source>
        <translation>Zakaz kontaktu przy oznaczeniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third parties</source>
        <translation>Osoby trzecie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required content</source>
        <translation>Wymagana treść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limitation period</source>
        <translation>Przedawnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data retention</source>
        <translation>Okres przechowywania danych</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>law</source>
        <translation>ustawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulation</source>
        <translation>rozporządzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regulator&apos;s guidance</source>
        <translation>wytyczne organu nadzoru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>industry code</source>
        <translation>kodeks branżowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internal policy</source>
        <translation>zasady wewnętrzne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft, not in force</source>
        <translation>projekt, nieobowiązujący</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+281"/>
        <source>Block</source>
        <translation>Blokada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>List</translation>
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
        <translation>Wizyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>creditor&apos;s name and address</source>
        <translation>nazwa i adres wierzyciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ground of the claim</source>
        <translation>podstawa roszczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject and date of the contract</source>
        <translation>przedmiot i data zawarcia umowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interest calculation</source>
        <translation>sposób naliczenia odsetek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>collection costs and their ground</source>
        <translation>koszty windykacji i ich podstawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisory authority</source>
        <translation>organ nadzoru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>privacy notice</source>
        <translation>klauzula informacyjna o przetwarzaniu danych osobowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opt-out notice</source>
        <translation>informacja o możliwości rezygnacji z kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation notice</source>
        <translation>pouczenie o prawie do zakwestionowania długu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice that collection has stopped</source>
        <translation>informacja o zaprzestaniu windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verification of the debt</source>
        <translation>weryfikacja długu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>original creditor&apos;s name and address</source>
        <translation>nazwa i adres pierwotnego wierzyciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response to the dispute</source>
        <translation>odpowiedź na zakwestionowanie długu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice to the estate</source>
        <translation>zawiadomienie skierowane do spadkobierców</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of remedies that may be invoked</source>
        <translation>informacja o krokach, które mogą zostać podjęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice of a remedy that will be invoked</source>
        <translation>informacja o kroku, który zostanie podjęty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dispute</source>
        <translation>spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>request to stop contact</source>
        <translation>żądanie zaprzestania kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bankruptcy</source>
        <translation>upadłość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>death</source>
        <translation>zgon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vulnerability</source>
        <translation>potrzeba szczególnej ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspected fraud</source>
        <translation>podejrzenie oszustwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high profile</source>
        <translation>osoba znana publicznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>representation by a lawyer</source>
        <translation>reprezentacja przez pełnomocnika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>breathing space</source>
        <translation>okres ochronny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>economic recovery</source>
        <translation>poprawa sytuacji ekonomicznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mental capacity concern</source>
        <translation>wątpliwa zdolność do podejmowania decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consent to third-party contact</source>
        <translation>zgoda na kontakt z osobą trzecią</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{channel} at {time} on {date}, the debtor&apos;s local time ({zone}): a public holiday ({holiday}), when no contact is permitted</source>
        <translation>{channel} z dnia {date} o godz. {time} czasu lokalnego dłużnika ({zone}): święto ustawowe ({holiday}), w które kontakt jest niedozwolony</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): no contact is permitted on this day of the week</source>
        <translation>{channel} ({weekday}) o godz. {time} czasu lokalnego dłużnika ({zone}): w tym dniu tygodnia kontakt jest niedozwolony</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} at {time} on {weekday}, the debtor&apos;s local time ({zone}): outside the permitted hours {hours}</source>
        <translation>{channel} ({weekday}) o godz. {time} czasu lokalnego dłużnika ({zone}): poza dozwolonymi godzinami {hours}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Conversation number {count} with the debtor within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n godziny (dozwolone najwyżej {max})</numerusform>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n godzin (dozwolone najwyżej {max})</numerusform>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n godzin (dozwolone najwyżej {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} nr {count} w ciągu %n godziny (dozwolone najwyżej {max})</numerusform>
            <numerusform>{channel} nr {count} w ciągu %n godzin (dozwolone najwyżej {max})</numerusform>
            <numerusform>{channel} nr {count} w ciągu %n godzin (dozwolone najwyżej {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Conversation number {count} with the debtor within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n dnia (dozwolone najwyżej {max})</numerusform>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n dni (dozwolone najwyżej {max})</numerusform>
            <numerusform>Rozmowa nr {count} z dłużnikiem w ciągu %n dni (dozwolone najwyżej {max})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} nr {count} w ciągu %n dnia (dozwolone najwyżej {max})</numerusform>
            <numerusform>{channel} nr {count} w ciągu %n dni (dozwolone najwyżej {max})</numerusform>
            <numerusform>{channel} nr {count} w ciągu %n dni (dozwolone najwyżej {max})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This applies if the contact reaches the debtor.</source>
        <translation>Dotyczy to kontaktu, który dotrze do dłużnika.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{channel} on {date}, within %n day(s) of a conversation with the debtor on {conversation_date} (no further contact until {until})</source>
        <translation>
            <numerusform>{channel} z dnia {date}, w ciągu %n dnia od rozmowy z dłużnikiem z dnia {conversation_date} (przerwa w kontaktach do {until})</numerusform>
            <numerusform>{channel} z dnia {date}, w ciągu %n dni od rozmowy z dłużnikiem z dnia {conversation_date} (przerwa w kontaktach do {until})</numerusform>
            <numerusform>{channel} z dnia {date}, w ciągu %n dni od rozmowy z dłużnikiem z dnia {conversation_date} (przerwa w kontaktach do {until})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} pod ten sam numer lub adres (wymagany odstęp: co najmniej %n minuta)</numerusform>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} pod ten sam numer lub adres (wymagany odstęp: co najmniej %n minuty)</numerusform>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} pod ten sam numer lub adres (wymagany odstęp: co najmniej %n minut)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} at {time}, after an attempt at {previous} (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} (wymagany odstęp: co najmniej %n minuta)</numerusform>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} (wymagany odstęp: co najmniej %n minuty)</numerusform>
            <numerusform>{channel} o godz. {time}, po próbie kontaktu o godz. {previous} (wymagany odstęp: co najmniej %n minut)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{channel} on {date} while the debtor&apos;s dispute is open (since {since})</source>
        <translation>{channel} z dnia {date} w trakcie otwartego sporu z dłużnikiem (od {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} after the debtor asked for contact to stop (on {since})</source>
        <translation>{channel} z dnia {date} po zgłoszeniu przez dłużnika żądania zaprzestania kontaktu (dnia {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is represented by a lawyer (since {since})</source>
        <translation>{channel} z dnia {date} w okresie reprezentacji dłużnika przez pełnomocnika (od {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while the debtor is in bankruptcy (since {since})</source>
        <translation>{channel} z dnia {date} w toku upadłości dłużnika (od {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} although the debtor is recorded as deceased (since {since})</source>
        <translation>{channel} z dnia {date}, choć dłużnik figuruje jako zmarły (od {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} during the debtor&apos;s breathing space (since {since})</source>
        <translation>{channel} z dnia {date} w okresie ochronnym dłużnika (od {since})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} while there is a concern about the debtor&apos;s mental capacity (since {since})</source>
        <translation>{channel} z dnia {date} w okresie wątpliwości co do zdolności dłużnika do podejmowania decyzji (od {since})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{channel} on {date} while the debtor is flagged for {flag} (since {since})</source>
        <translation>{channel} z dnia {date} mimo oznaczenia dłużnika: {flag} (od {since})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{channel} on {date}: contact number {count} with the same third party ({value}), at most {max} allowed</source>
        <translation>{channel} z dnia {date}: kontakt nr {count} z tą samą osobą trzecią ({value}), dozwolone najwyżej {max}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{channel} on {date} reached a third party without the debtor&apos;s consent on record</source>
        <translation>{channel} z dnia {date}: dotarcie do osoby trzeciej bez odnotowanej zgody dłużnika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{channel} on {date} reached a third party: contacts with third parties are not allowed</source>
        <translation>{channel} z dnia {date}: dotarcie do osoby trzeciej, choć kontakty z osobami trzecimi są niedozwolone</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First demand letter without: {missing}</source>
        <translation>Pierwsze wezwanie do zapłaty (list) – brak: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand e-mail without: {missing}</source>
        <translation>Pierwsze wezwanie do zapłaty (e-mail) – brak: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First demand ({channel}) without: {missing}</source>
        <translation>Pierwsze wezwanie do zapłaty ({channel}) – brak: {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{channel} on {date} without: {missing}</source>
        <translation>{channel} z dnia {date} – brak: {missing}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent late on {done}: {what}, due by {deadline}</source>
        <translation>Wysłano z opóźnieniem, dnia {done}: {what} (termin: {deadline})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent by {deadline}: {what}</source>
        <translation>Nie wysłano do dnia {deadline}: {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The debtor&apos;s {flag} was resolved on {done}, after the deadline {deadline}</source>
        <translation>Kwestię oznaczoną u dłużnika jako „{flag}” rozstrzygnięto dnia {done}, po upływie terminu {deadline}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor&apos;s {flag} was not resolved by {deadline}</source>
        <translation>Kwestii oznaczonej u dłużnika jako „{flag}” nie rozstrzygnięto do dnia {deadline}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The deadline is %n business day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Termin wynosi %n dzień roboczy od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni robocze od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni roboczych od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n business day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Termin wynosi %n dzień roboczy od pierwszego kontaktu dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni robocze od pierwszego kontaktu dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni roboczych od pierwszego kontaktu dnia {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>Termin wynosi %n dzień od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni od odnotowania oznaczenia „{flag}” dnia {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>Termin wynosi %n dzień od pierwszego kontaktu dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni od pierwszego kontaktu dnia {start}.</numerusform>
            <numerusform>Termin wynosi %n dni od pierwszego kontaktu dnia {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the last payment on {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n rok od ostatniej wpłaty z dnia {start} upłynął dnia {end}</numerusform>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n lata od ostatniej wpłaty z dnia {start} upłynął dnia {end}</numerusform>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n lat od ostatniej wpłaty z dnia {start} upłynął dnia {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the due date {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n rok od terminu płatności {start} upłynął dnia {end}</numerusform>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n lata od terminu płatności {start} upłynął dnia {end}</numerusform>
            <numerusform>{channel} z dnia {date} w sprawie przedawnionego długu: termin przedawnienia wynoszący %n lat od terminu płatności {start} upłynął dnia {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after the end of that year</source>
        <translation>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n rok od końca roku zamknięcia</numerusform>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n lata od końca roku zamknięcia</numerusform>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n lat od końca roku zamknięcia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after closing</source>
        <translation>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n rok od zamknięcia</numerusform>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n lata od zamknięcia</numerusform>
            <numerusform>Sprawa {account} została zamknięta dnia {closed}: jej dane osobowe są przechowywane po {end}, czyli dłużej niż %n lat od zamknięcia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/finding_text.py" line="+161"/>
        <source>{what} (rule {rule}, which no compliance profile has any more).</source>
        <translation>{what} (reguła {rule}, której nie ma już w żadnym profilu zgodności).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A finding of the rule {rule}, which no compliance profile has any more; its details cannot be put into words.</source>
        <translation>Ustalenie dotyczące reguły {rule}, której nie ma już w żadnym profilu zgodności; nie można opisać jego szczegółów.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/findings.py" line="+270"/>
        <source>No collector</source>
        <translation>Bez windykatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This finding no longer exists; a rescan may have removed it.</source>
        <translation>To ustalenie już nie istnieje; mogło zostać usunięte podczas ponownego skanu.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The finding {rule} of {when}</source>
        <translation>Ustalenie {rule} z {when}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a note: what was done about the finding, and why.</source>
        <translation>Wpisz notatkę: co zrobiono w związku z ustaleniem i dlaczego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long: at most {max} characters, this one has {count}.</source>
        <translation>Notatka jest za długa: może mieć najwyżej {max} znaków, a ma {count}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose what was done about the finding.</source>
        <translation>Wybierz, co zrobiono w związku z ustaleniem.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/prevention.py" line="+159"/>
        <source>The reason for going ahead is too long (at most {max} characters).</source>
        <translation>Powód odstępstwa jest za długi (najwyżej {max} znaków).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This contact goes against a compliance rule. Give a reason for going ahead to log it:
{hits}</source>
        <translation>Ten kontakt narusza regułę zgodności. Aby go zarejestrować, podaj powód odstępstwa:
{hits}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Od tej reguły nikt nie może odstąpić.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a supervisor or manager may go ahead, and only with a reason.</source>
        <translation>Odstąpić od reguły może tylko kierownik zespołu lub kierownik działu i wyłącznie po podaniu powodu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To go ahead anyway, give a reason.</source>
        <translation>Aby mimo to kontynuować, podaj powód.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact was not logged:
{hits}
{what_now}</source>
        <translation>Nie zarejestrowano kontaktu:
{hits}
{what_now}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact not logged, blocked by {rules} (profile {profile})</source>
        <translation>Nie zarejestrowano kontaktu – blokada reguł: {rules} (profil {profile})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{summary}; reason given: {reason}</source>
        <translation>{summary}; podany powód: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged despite {rules} (profile {profile}); reason: {reason}</source>
        <translation>Zarejestrowano kontakt mimo naruszenia reguł: {rules} (profil {profile}); powód: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact logged with the warnings {rules} (profile {profile}); reason: {reason}</source>
        <translation>Zarejestrowano kontakt z ostrzeżeniami: {rules} (profil {profile}); powód: {reason}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+73"/>
        <source>The saved compliance profile {code} (revision {revision}) cannot be read by this version of CollectDesk. Reset it to the shipped profile or update CollectDesk.
{problems}</source>
        <translation>Zapisanego profilu zgodności {code} (rewizja {revision}) nie można odczytać w tej wersji CollectDesk. Przywróć profil dostarczony z programem lub zaktualizuj CollectDesk.
{problems}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The compliance profile {code} was changed by {who} at {when} after you opened it. Nothing was saved; reload the profile and make your change again.</source>
        <translation>Profil zgodności {code} zmienił użytkownik {who} ({when}) po otwarciu go w tym oknie. Niczego nie zapisano; wczytaj profil ponownie i wprowadź zmianę jeszcze raz.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The compliance profile was not saved. Correct these problems and save again:
{problems}</source>
        <translation>Nie zapisano profilu zgodności. Popraw te błędy i zapisz ponownie:
{problems}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is shipped as a {kind} profile; an edited copy cannot change that.</source>
        <translation>{code} jest dostarczany jako profil typu {kind}; edytowana kopia nie może tego zmienić.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The compliance profile was not saved: it disables rules that no profile has: {rules}</source>
        <translation>Nie zapisano profilu zgodności: wyłącza on reguły, których nie ma w żadnym profilu: {rules}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{code} is not a shipped compliance profile, so there is nothing to reset it to.</source>
        <translation>{code} nie jest profilem zgodności dostarczanym z programem, więc nie ma czego przywrócić.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The compliance profile {code} named in {where} does not exist.</source>
        <translation>Profil zgodności {code} wskazany w {where} nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compliance profile {code} named in {where} is a {kind} profile; a {wanted} profile is needed there.</source>
        <translation>Profil zgodności {code} wskazany w {where} jest profilem typu {kind}; w tym miejscu wymagany jest profil typu {wanted}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a portfolio</source>
        <translation>portfelu</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/compliance/scan.py" line="+337"/>
        <source>Compliance scan: {new} new finding(s), {removed} removed, {debtors} debtor(s) checked.</source>
        <translation>Skan zgodności – nowe ustalenia: {new}, usunięte: {removed}, sprawdzeni dłużnicy: {debtors}.</translation>
    </message>
</context>
<context>
    <name>ComplianceLabels</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+15"/>
        <source>Open</source>
        <comment>finding status</comment>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Reviewed</source>
        <comment>finding status</comment>
        <translation>Rozpatrzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+1"/>
        <source>Dismissed</source>
        <comment>finding status</comment>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_labels.py" line="+6"/>
        <source>Coaching given</source>
        <translation>Przeprowadzono coaching</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False positive</source>
        <translation>Fałszywy alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated</source>
        <translation>Eskalowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noted</source>
        <translation>Przyjęto do wiadomości</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The finding will be dismissed: the contact was allowed.</source>
        <translation>Ustalenie zostanie odrzucone: kontakt był dozwolony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The finding will be marked as reviewed.</source>
        <translation>Ustalenie zostanie oznaczone jako rozpatrzone.</translation>
    </message>
</context>
<context>
    <name>ComplianceNotice</name>
    <message>
        <location filename="../collectdesk/ui/account/compliance_notice.py" line="+118"/>
        <source>Block: {rule}</source>
        <translation>Blokada: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {rule}</source>
        <translation>Ostrzeżenie: {rule}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nobody may override this rule.</source>
        <translation>Od tej reguły nikt nie może odstąpić.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may go ahead if you give a reason.</source>
        <translation>Można kontynuować po podaniu powodu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a supervisor or manager may go ahead, with a reason.</source>
        <translation>Kontynuować może tylko kierownik zespołu lub kierownik działu, po podaniu powodu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not checked</source>
        <translation>Nie sprawdzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inbound contacts are not checked: the debtor got in touch.</source>
        <translation>Kontakty przychodzące nie są sprawdzane: to dłużnik nawiązał kontakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No compliance rule stands against this contact</source>
        <translation>Kontakt nie narusza żadnej reguły zgodności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked against {profile} {version}.</source>
        <translation>Sprawdzono według profilu {profile} {version}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open for contact</source>
        <translation>Kontakt dozwolony</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No compliance rule closes this day ({profile} {version}).</source>
        <translation>Żadna reguła zgodności nie wyklucza kontaktu w tym dniu ({profile} {version}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{rule}; {basis}; {source}.</source>
        <translation>{rule}; {basis}; {source}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rule}; {basis}, not verified; {source}.</source>
        <translation>{rule}; {basis}, bez weryfikacji; {source}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{date} is a public holiday where the debtor lives ({holiday}): no contact that day.</source>
        <translation>{date}: święto ustawowe w miejscu zamieszkania dłużnika ({holiday}) – tego dnia kontakt jest niedozwolony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contact is permitted on {weekday}.</source>
        <translation>W tym dniu tygodnia ({weekday}) kontakt jest niedozwolony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The debtor is flagged ({flag}): no contact while the flag is set.</source>
        <translation>Dłużnik ma oznaczenie ({flag}): dopóki oznaczenie jest aktywne, kontakt jest niedozwolony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The permitted contact hours of the rules do not overlap on {date}.</source>
        <translation>Dozwolone godziny kontaktu według poszczególnych reguł nie pokrywają się w dniu {date}.</translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message>
        <location filename="../collectdesk/ui/compliance/compliance_pane.py" line="+217"/>
        <source>Compliance</source>
        <translation>Zgodność z przepisami</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The findings could not be read ({error}).</source>
        <translation>Nie udało się odczytać ustaleń ({error}).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n finding(s) in {period}</source>
        <translation>
            <numerusform>{period}: %n ustalenie</numerusform>
            <numerusform>{period}: %n ustalenia</numerusform>
            <numerusform>{period}: %n ustaleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) in {period}</source>
        <translation>
            <numerusform>{period}: %n otwarte ustalenie</numerusform>
            <numerusform>{period}: %n otwarte ustalenia</numerusform>
            <numerusform>{period}: %n otwartych ustaleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reviewed finding(s) in {period}</source>
        <translation>
            <numerusform>{period}: %n rozpatrzone ustalenie</numerusform>
            <numerusform>{period}: %n rozpatrzone ustalenia</numerusform>
            <numerusform>{period}: %n rozpatrzonych ustaleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dismissed finding(s) in {period}</source>
        <translation>
            <numerusform>{period}: %n odrzucone ustalenie</numerusform>
            <numerusform>{period}: %n odrzucone ustalenia</numerusform>
            <numerusform>{period}: %n odrzuconych ustaleń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Scan cancelled after %n debtor(s); what it finished is kept.</source>
        <translation>
            <numerusform>Skan przerwano po sprawdzeniu %n dłużnika; to, co zostało ukończone, zachowano.</numerusform>
            <numerusform>Skan przerwano po sprawdzeniu %n dłużników; to, co zostało ukończone, zachowano.</numerusform>
            <numerusform>Skan przerwano po sprawdzeniu %n dłużników; to, co zostało ukończone, zachowano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scan finished: %n new finding(s), {removed} no longer found, {debtors} debtors checked.</source>
        <translation>
            <numerusform>Skan zakończony: %n nowe ustalenie; już niewykryte: {removed}; sprawdzeni dłużnicy: {debtors}.</numerusform>
            <numerusform>Skan zakończony: %n nowe ustalenia; już niewykryte: {removed}; sprawdzeni dłużnicy: {debtors}.</numerusform>
            <numerusform>Skan zakończony: %n nowych ustaleń; już niewykryte: {removed}; sprawdzeni dłużnicy: {debtors}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+6"/>
        <source>Compliance scan</source>
        <translation>Skan zgodności</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The scan stopped with an error ({error}); nothing after the last finished part was saved.</source>
        <translation>Skan zatrzymał się z powodu błędu ({error}); niczego, co nastąpiło po ostatniej ukończonej części, nie zapisano.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the activity log against the compliance profiles…</source>
        <translation>Sprawdzanie rejestru czynności według profili zgodności…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Findings</source>
        <translation>&amp;Ustalenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profi&amp;les</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;scan</source>
        <translation>Uruchom &amp;skan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the activity log against the compliance profiles (Ctrl+Shift+K)</source>
        <translation>Sprawdź rejestr czynności według profili zgodności (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;ule:</source>
        <translation>&amp;Reguła:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Se&amp;verity:</source>
        <translation>W&amp;aga:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector:</source>
        <translation>&amp;Windykator:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Te&amp;am:</source>
        <translation>Z&amp;espół:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All rules</source>
        <translation>Wszystkie reguły</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All collectors</source>
        <translation>Wszyscy windykatorzy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Grupuj według:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findi&amp;ngs per:</source>
        <translation>&amp;Okres na wykresie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter or double-click opens a finding.</source>
        <translation>Enter lub dwukrotne kliknięcie otwiera ustalenie.</translation>
    </message>
</context>
<context>
    <name>ComplianceProfileDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+183"/>
        <source>Compliance profile</source>
        <translation>Profil zgodności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which rules apply to the accounts in {name}? The department&apos;s own policy applies on top in every case.</source>
        <translation>Które reguły obowiązują sprawy w portfelu {name}? Zasady wewnętrzne działu obowiązują dodatkowo w każdym przypadku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The debtor&apos;s country decides</source>
        <translation>Według kraju dłużnika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different profile.</source>
        <translation>Wybierz inny profil.</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-242"/>
        <location line="+45"/>
        <source>Compliance findings</source>
        <translation>Ustalenia dotyczące zgodności</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>skan zgodności nie został jeszcze uruchomiony.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last compliance scan ran on {date}: contacts logged after it are not checked yet.</source>
        <translation>Ostatni skan zgodności wykonano {date}: kontakty zarejestrowane później nie zostały jeszcze sprawdzone.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Findings of blocking rules</source>
        <translation>Ustalenia dotyczące reguł blokujących</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Findings by rule</source>
        <translation>Ustalenia według reguł</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rule broken most often was “{rule}”, with {count} of {total} findings ({share}).</source>
        <translation>Najczęściej naruszaną regułą była „{rule}”: {count} z {total} ustaleń ({share}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team</source>
        <translation>Bez zespołu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{team} had the largest rise: {count} findings, {change} more than in {comparison}.</source>
        <translation>Największy wzrost: {team} – liczba ustaleń {count}, o {change} więcej niż w okresie porównawczym ({comparison}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Findings by team</source>
        <translation>Ustalenia według zespołów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No collector named</source>
        <translation>Nie wskazano windykatora</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings by collector</source>
        <translation>Ustalenia według windykatorów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <location line="+30"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+63"/>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+13"/>
        <source>Findings over time</source>
        <translation>Ustalenia w czasie</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings by severity</source>
        <translation>Ustalenia według wagi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Over the last {count} periods findings peaked in {period} at {n}.</source>
        <translation>W ostatnich {count} okresach najwięcej ustaleń odnotowano w okresie {period}: {n}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Findings still open</source>
        <translation>Ustalenia nadal otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share reviewed or dismissed</source>
        <translation>Odsetek rozpatrzonych lub odrzuconych</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>Reviewed and open findings</source>
        <translation>Ustalenia rozpatrzone i otwarte</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The findings of each period as they stand today.</source>
        <translation>Ustalenia z poszczególnych okresów według stanu na dziś.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reviewed} of the period&apos;s {total} findings have been reviewed or dismissed; {open} are still open.</source>
        <translation>Z {total} ustaleń z tego okresu rozpatrzono lub odrzucono {reviewed}; nadal otwarte: {open}.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+4"/>
        <location line="+10"/>
        <source>Procedure anomalies</source>
        <translation>Anomalie w procedurach</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Anomalies of high severity</source>
        <translation>Anomalie o wysokiej wadze</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</source>
        <translation>
            <numerusform>Kontrole pracy zespołu wykazały %n anomalię, w tym o wysokiej wadze: {high}.</numerusform>
            <numerusform>Kontrole pracy zespołu wykazały %n anomalie, w tym o wysokiej wadze: {high}.</numerusform>
            <numerusform>Kontrole pracy zespołu wykazały %n anomalii, w tym o wysokiej wadze: {high}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The checks of the staff&apos;s work found no anomalies.</source>
        <translation>Kontrole pracy zespołu nie wykazały anomalii.</translation>
    </message>
</context>
<context>
    <name>Criteria</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+21"/>
        <source>Call quality</source>
        <translation>Jakość rozmów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance</source>
        <translation>Zgodność z przepisami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Dokładność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer treatment</source>
        <translation>Traktowanie klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Productivity</source>
        <translation>Wydajność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party verification and disclosure</source>
        <translation>Weryfikacja tożsamości rozmówcy i informacja o celu rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required statements</source>
        <translation>Wymagane pouczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation and payment arrangement</source>
        <translation>Negocjacje i ustalenie warunków spłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tone and courtesy</source>
        <translation>Ton i uprzejmość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy of information and records</source>
        <translation>Rzetelność informacji i dokumentacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call closing and next steps</source>
        <translation>Zakończenie rozmowy i dalsze kroki</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_criteria.py" line="+66"/>
        <source>Enter the criterion&apos;s name.</source>
        <translation>Wpisz nazwę kryterium.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most {n} characters).</source>
        <translation>Nazwa jest za długa (maksymalnie {n} znaków).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is already a criterion called {name}.</source>
        <translation>Kryterium o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The criterion</source>
        <translation>kryterium</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A built-in criterion keeps its name, which is translated for every language. Add a criterion of your own instead.</source>
        <translation>Kryterium wbudowane ma stałą nazwę, tłumaczoną na każdy język. Zamiast tego dodaj własne kryterium.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least one criterion must stay active.</source>
        <translation>Co najmniej jedno kryterium musi pozostać aktywne.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A built-in criterion cannot be deleted; deactivate it instead.</source>
        <translation>Kryterium wbudowanego nie można usunąć; zamiast tego je dezaktywuj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This criterion is used in past evaluations; deactivate it instead.</source>
        <translation>To kryterium zostało użyte we wcześniejszych ocenach; zamiast tego je dezaktywuj.</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/criteria_dialog.py" line="+82"/>
        <source>{name} (inactive)</source>
        <translation>{name} (nieaktywne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Built-in: translated for every language; can be deactivated</source>
        <translation>Wbudowane: tłumaczone na każdy język; można je dezaktywować</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reactivate</source>
        <translation>Aktywuj &amp;ponownie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deactivate</source>
        <translation>Dezaktywu&amp;j</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New criterion</source>
        <translation>Nowe kryterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new criterion:</source>
        <translation>Nazwa nowego kryterium:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename criterion</source>
        <translation>Zmień nazwę kryterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete criterion</source>
        <translation>Usuń kryterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the criterion {name}?</source>
        <translation>Usunąć kryterium {name}?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evaluation criteria</source>
        <translation>Kryteria oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria for:</source>
        <translation>&amp;Kryteria dla:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews (rated 1–5)</source>
        <translation>Oceny okresowe (skala 1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call monitoring (scored 0–100)</source>
        <translation>Monitoring rozmów (punktacja 0–100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>W &amp;górę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move do&amp;wn</source>
        <translation>W dó&amp;ł</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+4"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-220"/>
        <location line="+13"/>
        <source>Not yet due</source>
        <translation>Nieprzeterminowane</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="-12"/>
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
        <location filename="../collectdesk/reports/builders/common.py" line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+9"/>
        <source>1–30 days</source>
        <translation>1–30 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 dni</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+1"/>
        <source>Over 180 days</source>
        <translation>Ponad 180 dni</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+8"/>
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
        <location filename="../collectdesk/ui/dashboard/dashboard_pane.py" line="+228"/>
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
        <location filename="../collectdesk/ui/dashboard/tile_texts.py" line="+29"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
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
        <translation>Brak celu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{percent} of {target}</source>
        <translation>{percent} z {target}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected against target</source>
        <translation>Wpływy względem celu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received less overpayments, by payment date. Targets are spread evenly over the days of their own period. ▲ on pace for the share of the period gone by, ▼ behind. Click to open the scorecards.</source>
        <translation>Otrzymane wpłaty pomniejszone o nadpłaty, według daty wpłaty. Cele są rozłożone równomiernie na dni swojego okresu. ▲ zgodnie z tempem dla upływającej części okresu, ▼ poniżej tempa. Kliknij, aby otworzyć karty wyników.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Promises due</source>
        <translation>Obietnice do spłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending promises to pay falling due in the period, and the amounts promised.</source>
        <translation>Oczekujące obietnice zapłaty z terminem w tym okresie oraz obiecane kwoty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to open the queue of promises due today.</source>
        <translation>Kliknij, aby otworzyć kolejkę obietnic z terminem na dziś.</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="-58"/>
        <source>None</source>
        <translation>Brak kwot</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
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
        <location line="+2"/>
        <source>Complaints that are new or in progress; overdue: past their answer-by time. Click to open the feedback inbox.</source>
        <translation>Reklamacje nowe lub w toku; po terminie: po upływie terminu odpowiedzi. Kliknij, aby otworzyć skrzynkę opinii.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} at stake</source>
        <translation>do decyzji: {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing at stake</source>
        <translation>Brak kwot do decyzji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalations awaiting a decision</source>
        <translation>Eskalacje oczekujące na decyzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted, under review or referred to a senior manager. Click to open the escalations.</source>
        <translation>Zgłoszone, rozpatrywane lub przekazane dyrektorowi. Kliknij, aby otworzyć eskalacje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Over 90 days past due</source>
        <translation>Ponad 90 dni przeterminowania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open accounts 91 days or more past their due date, and their balances. Click to open the queue.</source>
        <translation>Otwarte sprawy przeterminowane o 91 dni lub więcej oraz ich salda. Kliknij, aby otworzyć kolejkę.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln overdue</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln po terminie</numerusform>
            <numerusform>%Ln po terminie</numerusform>
            <numerusform>%Ln po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln expiring</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln wygasające</numerusform>
            <numerusform>%Ln wygasające</numerusform>
            <numerusform>%Ln wygasających</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln expired</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln wygasłe</numerusform>
            <numerusform>%Ln wygasłe</numerusform>
            <numerusform>%Ln wygasłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln mandatory not assigned</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln obowiązkowe nieprzypisane</numerusform>
            <numerusform>%Ln obowiązkowe nieprzypisane</numerusform>
            <numerusform>%Ln obowiązkowych nieprzypisanych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training overdue / expiring</source>
        <translation>Szkolenia po terminie / wygasające</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing expired or missing</source>
        <translation>Brak wygasłych i brakujących</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff: assignments past their due date, completions expiring within 30 days, expired ones, and mandatory modules never assigned. Click to open Training.</source>
        <translation>Aktywni pracownicy: przypisania po terminie, ukończone szkolenia wygasające w ciągu 30 dni, szkolenia wygasłe oraz nigdy nieprzypisane moduły obowiązkowe. Kliknij, aby otworzyć Szkolenia.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>{name}: %n account(s)</source>
        <translation>
            <numerusform>{name}: %n sprawa</numerusform>
            <numerusform>{name}: %n sprawy</numerusform>
            <numerusform>{name}: %n spraw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
            <numerusform>i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My portfolios</source>
        <translation>Moje portfele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The special portfolios you own and how many accounts each holds now. Click to open Portfolios.</source>
        <translation>Portfele specjalne, których właścicielem jest bieżący użytkownik, oraz aktualna liczba spraw w każdym z nich. Kliknij, aby otworzyć Portfele.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All open accounts</source>
        <translation>Wszystkie otwarte sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every account not paid, settled, written off or closed, and the balances. Click to open the queue.</source>
        <translation>Wszystkie sprawy niespłacone, bez ugody, nieodpisane i niezamknięte, oraz ich salda. Kliknij, aby otworzyć kolejkę.</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../collectdesk/services/demo/builder.py" line="+59"/>
        <source>Demo data can only be built into an empty database, and this one already holds accounts, debtors or staff. Choose a new database file.</source>
        <translation>Dane demonstracyjne można utworzyć tylko w pustej bazie danych, a ta zawiera już sprawy, dłużników lub pracowników. Wybierz nowy plik bazy danych.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Building the demo data was cancelled. Nothing was saved.</source>
        <translation>Tworzenie danych demonstracyjnych anulowano. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The number of demo accounts must be between 1 and {maximum}.</source>
        <translation>Liczba spraw demonstracyjnych musi wynosić od 1 do {maximum}.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n sprawa; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n sprawy; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
            <numerusform>Utworzono dane demonstracyjne (ziarno {seed}, stan na {today}): %n spraw; dłużnicy: {debtors}, czynności: {activities}, wpłaty: {payments}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartmentPanel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/department_panel.py" line="+33"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Of what could be collected in the period (receivables at the start plus new placements), the share that was collected.</source>
        <translation>Udział kwoty odzyskanej w kwocie możliwej do odzyskania w okresie (należności na początku okresu plus nowo przekazane sprawy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the amounts placed in the period, the share collected by its end.</source>
        <translation>Udział kwot przekazanych do windykacji w okresie, który został odzyskany do jego końca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance that moved from one aging bucket to the next during the period, as a share of the balance in the first bucket at the start.</source>
        <translation>Saldo, które w okresie przeszło z jednego przedziału wiekowania do następnego, jako odsetek salda w pierwszym przedziale na początku okresu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection effectiveness index</source>
        <translation>Wskaźnik efektywności windykacji (CEI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation rate</source>
        <translation>Wskaźnik spłacalności</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Roll rate {source} → {target}</source>
        <translation>Wskaźnik migracji {source} → {target}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accounts past due at the start of the period that were brought up to date or paid by its end: {cured} of {delinquent}.</source>
        <translation>Sprawy przeterminowane na początku okresu, które do jego końca wróciły do terminowej obsługi lub zostały spłacone: {cured} z {delinquent}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cure rate (all currencies, by accounts)</source>
        <translation>Wskaźnik uzdrowień (wszystkie waluty, według liczby spraw)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collection effectiveness index (%), {currency}</source>
        <translation>Wskaźnik efektywności windykacji (%), {currency}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation rate (%), {currency}</source>
        <translation>Wskaźnik spłacalności (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll rate {source} → {target} (%), {currency}</source>
        <translation>Wskaźnik migracji {source} → {target} (%), {currency}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cure rate (%)</source>
        <translation>Wskaźnik uzdrowień (%)</translation>
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
        <translation>&lt;b&gt;{figure}&lt;/b&gt;: {who}, {period}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Double-click a row or press Enter to open the account.</source>
        <translation>Kliknij dwukrotnie wiersz lub naciśnij Enter, aby otworzyć sprawę.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{total} rows; the newest {shown} are listed.</source>
        <translation>Liczba wierszy: {total}; wyświetlono {shown} najnowszych.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n wiersz.</numerusform>
            <numerusform>%n wiersze.</numerusform>
            <numerusform>%n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The rows could not be read. Try again in a moment.</source>
        <translation>Nie udało się odczytać wierszy. Spróbuj ponownie za chwilę.</translation>
    </message>
</context>
<context>
    <name>DrillModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/drill_model.py" line="+64"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome / status</source>
        <translation>Wynik / status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Wliczone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>EmailImport</name>
    <message>
        <location filename="../collectdesk/services/inbox/email_decode.py" line="+170"/>
        <source>The text&apos;s charset &quot;{declared}&quot; is unknown; it was read as {used}.</source>
        <translation>Zestaw znaków tekstu „{declared}” jest nieznany; tekst odczytano jako {used}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text was declared as {declared} but is not; it was read as {used}.</source>
        <translation>Tekst zadeklarowano jako {declared}, ale ma inne kodowanie; odczytano go jako {used}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The {header} header holds unencoded non-ASCII bytes; it was read as {used}.</source>
        <translation>Nagłówek {header} zawiera niezakodowane bajty spoza ASCII; odczytano go jako {used}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The {header} header is damaged ({error}); it is shown as sent.</source>
        <translation>Nagłówek {header} jest uszkodzony ({error}); pokazano go w postaci, w jakiej został wysłany.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{header} header: {note}</source>
        <translation>Nagłówek {header}: {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The {header} header holds an encoded part that cannot be decoded; it is shown as sent.</source>
        <translation>Nagłówek {header} zawiera zakodowaną część, której nie można zdekodować; pokazano go w postaci, w jakiej został wysłany.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sender&apos;s address cannot be read: {value}</source>
        <translation>Nie można odczytać adresu nadawcy: {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sender&apos;s header is malformed; the address was read as {address}.</source>
        <translation>Nagłówek nadawcy jest nieprawidłowy; adres odczytano jako {address}.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>A part of the message has damaged base64 encoding; what could be read is kept.</source>
        <translation>Część wiadomości ma uszkodzone kodowanie base64; zachowano to, co udało się odczytać.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The message is empty.</source>
        <translation>Wiadomość jest pusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail message: it has no header lines.</source>
        <translation>To nie jest wiadomość e-mail: nie ma wierszy nagłówka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail message: it has none of From, Subject, Date and Message-ID.</source>
        <translation>To nie jest wiadomość e-mail: nie ma żadnego z nagłówków From, Subject, Date i Message-ID.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The message is incomplete: its MIME parts are cut off (the file or archive may be truncated).</source>
        <translation>Wiadomość jest niekompletna: jej części MIME są ucięte (plik lub archiwum może być obcięte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is malformed: a multipart message has no boundary.</source>
        <translation>Wiadomość jest nieprawidłowa: wiadomość wieloczęściowa (multipart) nie ma separatora (boundary).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message cannot be read: {error}</source>
        <translation>Nie można odczytać wiadomości: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/email_import.py" line="+133"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is an Outlook .msg file, which cannot be read. In Outlook, save the message as .eml (or drag it to a folder as a file) and import that.</source>
        <translation>To jest plik programu Outlook (.msg), którego nie można odczytać. W programie Outlook zapisz wiadomość jako .eml (lub przeciągnij ją do folderu jako plik) i zaimportuj ten plik.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The message is {size} MB; messages up to {limit} MB are imported. Open it in your mail program and save its attachments to a shared drive.</source>
        <translation>Wiadomość ma {size} MB; importowane są wiadomości do {limit} MB. Otwórz ją w programie pocztowym i zapisz jej załączniki na dysku współdzielonym.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Attachment not stored as a file, larger than {limit} MB: {name} ({size} MB). It is kept inside message.eml.</source>
        <translation>Załącznik większy niż {limit} MB nie został zapisany jako plik: {name} ({size} MB). Pozostaje w pliku message.eml.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>[CollectDesk import]</source>
        <translation>[Import CollectDesk]</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({size} bytes, SHA-256 {sha})</source>
        <translation>{name} ({size} B, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail imported with its files: {files}</source>
        <translation>Zaimportowano e-mail wraz z plikami: {files}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Attachment {name} ({size} MB) is larger than {limit} MB: it was not stored as a file; it stays inside message.eml.</source>
        <translation>Załącznik {name} ({size} MB) jest większy niż {limit} MB: nie zapisano go jako pliku; pozostaje w pliku message.eml.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The import stopped: the database refused {n} messages in a row.</source>
        <translation>Import przerwano: baza danych odrzuciła kolejno {n} wiadomości.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message could not be imported: {error}</source>
        <translation>Nie udało się zaimportować wiadomości: {error}</translation>
    </message>
</context>
<context>
    <name>EmailImportSummary</name>
    <message>
        <location filename="../collectdesk/ui/inbox/email_import_summary.py" line="+58"/>
        <source>E-mail imported</source>
        <translation>Zaimportowano e-maile</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>Zaimportowano %n wiadomość.</numerusform>
            <numerusform>Zaimportowano %n wiadomości.</numerusform>
            <numerusform>Zaimportowano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were skipped.</source>
        <translation>
            <numerusform>%n wiadomość była już w skrzynce i została pominięta.</numerusform>
            <numerusform>%n wiadomości były już w skrzynce i zostały pominięte.</numerusform>
            <numerusform>%n wiadomości było już w skrzynce i zostało pominiętych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be read; they are listed below.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n wiadomości (lista poniżej).</numerusform>
            <numerusform>Nie udało się odczytać %n wiadomości (lista poniżej).</numerusform>
            <numerusform>Nie udało się odczytać %n wiadomości (lista poniżej).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Message</source>
        <translation>Wiadomość</translation>
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
        <translation>&amp;Kopiuj listę</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="-191"/>
        <source>No topic</source>
        <translation>Bez zagadnienia</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was saved.</source>
        <translation>Nie udało się zapisać z powodu nieoczekiwanego błędu ({error}). Niczego nie zapisano.</translation>
    </message>
</context>
<context>
    <name>EscalationOutcome</name>
    <message>
        <location filename="../collectdesk/services/escalation_outcome.py" line="+125"/>
        <source>There is no payment plan to approve: build the plan with the payment plan calculator first, or give the number of installments.</source>
        <translation>Brak harmonogramu spłat do zatwierdzenia: najpierw przygotuj harmonogram w kalkulatorze harmonogramu spłat albo podaj liczbę rat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose how often the installments fall due: weekly, fortnightly or monthly.</source>
        <translation>Wybierz, jak często mają przypadać raty: co tydzień, co dwa tygodnie lub co miesiąc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first due date of the plan is not a date: {value}</source>
        <translation>Termin pierwszej raty nie jest datą: {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first installment cannot fall due in the past ({date}); give a new first due date.</source>
        <translation>Termin pierwszej raty nie może przypadać w przeszłości ({date}); podaj nowy termin pierwszej raty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The settlement&apos;s deadline is not a date: {value}</source>
        <translation>Termin zapłaty ugody nie jest datą: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the deadline by which the settlement must be paid.</source>
        <translation>Podaj termin, do którego ma zostać zapłacona kwota ugody.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Escalation</source>
        <translation>Eskalacja</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The terms hold an amount that is not a number: {value}</source>
        <translation>Warunki zawierają kwotę, która nie jest liczbą: {value}</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="+161"/>
        <source>The amount at stake cannot be negative.</source>
        <translation>Kwota, której dotyczy eskalacja, nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+149"/>
        <location line="+35"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>This account already has an open escalation ({status}, raised on {date}). Decide or withdraw it before raising another.</source>
        <translation>Ta sprawa ma już otwartą eskalację ({status}, zgłoszoną {date}). Rozstrzygnij ją lub wycofaj, zanim zgłosisz kolejną.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The number of installments must be a whole number of at least 1.</source>
        <translation>Liczba rat musi być liczbą całkowitą nie mniejszą niż 1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proposed terms hold an amount that is not a number: {value}</source>
        <translation>Proponowane warunki zawierają kwotę, która nie jest liczbą: {value}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+40"/>
        <location filename="../collectdesk/services/escalations.py" line="+18"/>
        <location line="+92"/>
        <location line="+88"/>
        <source>Escalation</source>
        <translation>Eskalacja</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file {name} cannot be found (was it moved or deleted?). Nothing was saved.</source>
        <translation>Nie można znaleźć pliku {name} (czy został przeniesiony lub usunięty?). Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} cannot be read: {error}. Nothing was saved.</source>
        <translation>Nie można odczytać pliku {name}: {error}. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file {name} is larger than {limit} MB. Nothing was saved.</source>
        <translation>Plik {name} jest większy niż {limit} MB. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalations.py" line="-159"/>
        <source>The payment plan has {count} installments; a supervisor may approve up to {limit}.</source>
        <translation>Harmonogram spłat obejmuje {count} rat; kierownik zespołu może zatwierdzić najwyżej {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No write-off limit is set for {currency}: every write-off in it goes to a senior manager.</source>
        <translation>Dla waluty {currency} nie ustalono limitu odpisów: każdy odpis w tej walucie trafia do dyrektora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The write-off of {amount} is above the supervisor&apos;s limit of {limit}.</source>
        <translation>Odpis w kwocie {amount} przekracza limit kierownika zespołu wynoszący {limit}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The settlement gives a discount of {pct} %; a supervisor may approve up to {limit} %.</source>
        <translation>Ugoda przewiduje umorzenie {pct} % długu; kierownik zespołu może zatwierdzić najwyżej {limit} %.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} is above the approval limit of {name} ({limit}).</source>
        <translation>Kwota {amount} przekracza limit zatwierdzania pracownika {name} ({limit}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suspected fraud: every fraud case goes to a senior manager.</source>
        <translation>Podejrzenie oszustwa: każda sprawa dotycząca oszustwa trafia do dyrektora.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is flagged with a documented record of economic recovery.</source>
        <translation>Dłużnik ma oznaczenie udokumentowanej poprawy sytuacji ekonomicznej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervisor referred the case to a senior manager.</source>
        <translation>Kierownik zespołu przekazał sprawę dyrektorowi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An escalation is raised only once.</source>
        <translation>Eskalację można zgłosić tylko raz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write why: a rejection, a counter-proposal, a request for information and a referral need a note.</source>
        <translation>Podaj uzasadnienie: odrzucenie, kontrpropozycja, prośba o informacje i przekazanie sprawy wymagają notatki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counter-proposal needs the terms proposed.</source>
        <translation>Kontrpropozycja wymaga podania proponowanych warunków.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On a shared database each manager decides under their own login: {name} must sign in to decide.</source>
        <translation>We współdzielonej bazie danych każdy kierownik podejmuje decyzje pod własnym loginem: aby podjąć decyzję, {name} musi się zalogować.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This escalation is closed ({status}); only a comment can be added.</source>
        <translation>Ta eskalacja jest zamknięta ({status}); można jedynie dodać komentarz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Four-eyes rule: {name} raised this escalation and cannot decide it. Another supervisor or a senior manager must.</source>
        <translation>Zasada dwóch par oczu: autor tej eskalacji ({name}) nie może jej rozstrzygnąć. Decyzję musi podjąć inny kierownik zespołu lub dyrektor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is not a supervisor or manager and cannot decide escalations.</source>
        <translation>{name} nie jest kierownikiem zespołu ani kierownikiem działu i nie może rozstrzygać eskalacji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the person who raised it or a supervisor can withdraw an escalation.</source>
        <translation>Eskalację może wycofać tylko osoba, która ją zgłosiła, lub kierownik zespołu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only a senior manager can decide this escalation: {reasons}</source>
        <translation>Tę eskalację może rozstrzygnąć tylko dyrektor: {reasons}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the senior manager the case is referred to.</source>
        <translation>Wybierz dyrektora, któremu sprawa zostanie przekazana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a senior manager.</source>
        <translation>{name} nie jest dyrektorem.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>zgłoszona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <translation>rozpatrywana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred</source>
        <translation>przekazana dyrektorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information requested</source>
        <translation>prośba o informacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>counter-proposed</source>
        <translation>kontrpropozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>zatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>wycofana</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_files.py" line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Dołączono plik {name} ({size} B, SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/escalation_file_data.py" line="+27"/>
        <source>The file is no longer stored with the escalation.</source>
        <translation>Plik nie jest już przechowywany przy eskalacji.</translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+219"/>
        <source>Escalations</source>
        <translation>Eskalacje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who takes the decision. On this single-user database you may enter a senior manager&apos;s decision; the history records that you typed it in.</source>
        <translation>Kto podejmuje decyzję. W tej bazie danych dla jednego użytkownika można wprowadzić decyzję dyrektora; historia odnotuje, że wprowadził ją zalogowany użytkownik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a shared database each manager decides under their own login, and your login ({login}) is not a supervisor&apos;s or manager&apos;s.</source>
        <translation>We współdzielonej bazie danych każdy kierownik podejmuje decyzje pod własnym loginem, a zalogowany użytkownik ({login}) nie jest kierownikiem zespołu ani kierownikiem działu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a shared database each manager decides under their own login: a senior manager signs in to decide.</source>
        <translation>We współdzielonej bazie danych każdy kierownik podejmuje decyzje pod własnym loginem: aby podjąć decyzję, dyrektor musi się zalogować.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n decided case(s)</source>
        <translation>
            <numerusform>%n rozstrzygnięta eskalacja</numerusform>
            <numerusform>%n rozstrzygnięte eskalacje</numerusform>
            <numerusform>%n rozstrzygniętych eskalacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n otwarta eskalacja</numerusform>
            <numerusform>%n otwarte eskalacje</numerusform>
            <numerusform>%n otwartych eskalacji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Escalations decided lately, newest first</source>
        <translation>Ostatnio rozstrzygnięte eskalacje, od najnowszych</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Select a case to see the account as it stood and its history.</source>
        <translation>Wybierz eskalację, aby zobaczyć stan sprawy w chwili zgłoszenia oraz historię eskalacji.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{status} by {who} on {when}.</source>
        <translation>{status} – {who}, {when}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs a senior manager: {reasons}</source>
        <translation>Wymaga decyzji dyrektora: {reasons}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A supervisor may decide this case alone.</source>
        <translation>Kierownik zespołu może samodzielnie rozstrzygnąć tę eskalację.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {action} · {who}</source>
        <translation>{when} · {action} · {who}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_summary.py" line="+27"/>
        <source>{account} · {debtor} · raised by {who} on {when}</source>
        <translation>{account} · {debtor} · zgłaszający: {who}, {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reason}; asks for: {decision}; at stake {amount}</source>
        <translation>{reason}; wnioskowana decyzja: {decision}; kwota objęta eskalacją: {amount}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>When raised: open {open} of {original} (paid {paid}); %n day(s) past due</source>
        <translation>
            <numerusform>W chwili zgłoszenia: do spłaty {open} z {original} (spłacono {paid}); %n dzień po terminie</numerusform>
            <numerusform>W chwili zgłoszenia: do spłaty {open} z {original} (spłacono {paid}); %n dni po terminie</numerusform>
            <numerusform>W chwili zgłoszenia: do spłaty {open} z {original} (spłacono {paid}); %n dni po terminie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts: {contacts} · promises: {promises} · payments: {payments} · open complaints: {complaints}</source>
        <translation>Kontakty: {contacts} · obietnice: {promises} · wpłaty: {payments} · otwarte reklamacje: {complaints}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed terms: {terms}</source>
        <translation>Proponowane warunki: {terms}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n rata</numerusform>
            <numerusform>%n raty</numerusform>
            <numerusform>%n rat</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first due {date}</source>
        <translation>pierwsza rata płatna {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid by {date}</source>
        <translation>zapłata do {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every two weeks</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>co dwa tygodnie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <comment>plan terms, inside a sentence</comment>
        <translation>co miesiąc</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settle for {amount}</source>
        <translation>ugoda na kwotę {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write off {amount}</source>
        <translation>odpis kwoty {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan for {amount}</source>
        <translation>harmonogram na kwotę {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{pct} % discount</source>
        <translation>umorzenie {pct} %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>accounting ref. {ref}</source>
        <translation>nr dok. księg. {ref}</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+16"/>
        <location line="+31"/>
        <source>Choose a case and who decides.</source>
        <translation>Wybierz eskalację i osobę, która podejmuje decyzję.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>{account}: {action} recorded.</source>
        <translation>{account}: zarejestrowano – {action}.</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/case_documents.py" line="+29"/>
        <source>Save the referral sheet</source>
        <translation>Zapisz kartę przekazania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Referral sheet</source>
        <translation>Karta przekazania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the referral sheet…</source>
        <translation>Zapisywanie karty przekazania…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral sheet saved: {path}</source>
        <translation>Zapisano kartę przekazania: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the payment plan letter</source>
        <translation>Zapisz pismo z harmonogramem spłat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Plan letter saved: {path}</source>
        <translation>Zapisano pismo z harmonogramem: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Plan letter</source>
        <translation>Pismo z harmonogramem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the payment plan letter…</source>
        <translation>Tworzenie pisma z harmonogramem spłat…</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+28"/>
        <source>{account}: approved ({decision}).</source>
        <translation>{account}: zatwierdzono ({decision}).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Payment plan proposed; approving the case puts it into effect.</source>
        <translation>Zaproponowano harmonogram spłat; zatwierdzenie eskalacji wprowadzi go w życie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Decided in the last %n day(s)</source>
        <translation>
            <numerusform>Rozstrzygnięte w ciągu ostatniego %n dnia</numerusform>
            <numerusform>Rozstrzygnięte w ciągu ostatnich %n dni</numerusform>
            <numerusform>Rozstrzygnięte w ciągu ostatnich %n dni</numerusform>
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
        <translation>Eskalacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision &amp;history:</source>
        <translation>&amp;Historia decyzji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ttachments:</source>
        <translation>Załączon&amp;e pliki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;as:</source>
        <translation>Decyzję &amp;podejmuje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Counter terms:</source>
        <translation>Warunki &amp;kontrpropozycji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> installments</source>
        <translation> rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior &amp;manager:</source>
        <translation>&amp;Dyrektor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pprove</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;ject</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ounter-proposal</source>
        <translation>Kontrpropozy&amp;cja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;information</source>
        <translation>Poproś o &amp;informacje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refer to senior manager…</source>
        <translation>Przekaż dyrektorowi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referral sheet PD&amp;F…</source>
        <translation>K&amp;arta przekazania PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open acco&amp;unt</source>
        <translation>Otwórz spra&amp;wę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Build payment plan…</source>
        <translation>&amp;Ułóż harmonogram spłat…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan lette&amp;r…</source>
        <translation>Pismo z ha&amp;rmonogramem…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter confirming the approved payment plan to the debtor, in the debtor&apos;s language, as a PDF</source>
        <translation>Pismo potwierdzające dłużnikowi zatwierdzony harmonogram spłat, w języku dłużnika, w formacie PDF</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+190"/>
        <source>Escalations waiting for a decision, oldest first</source>
        <translation>Eskalacje oczekujące na decyzję, od najstarszych</translation>
    </message>
</context>
<context>
    <name>EscalationsReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="+134"/>
        <location line="+186"/>
        <source>Settlements</source>
        <translation>Ugody</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>no settlement was offered in this period or the one before.</source>
        <translation>ani w tym, ani w poprzednim okresie nie zaproponowano żadnej ugody.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+17"/>
        <source>Escalations raised</source>
        <translation>Zgłoszone eskalacje</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Amount at stake ({currency})</source>
        <translation>Kwota objęta eskalacją ({currency})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalations raised by reason</source>
        <translation>Zgłoszone eskalacje według powodu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <location line="+79"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Raised</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The most common reason was {reason}: {count} of {total}.</source>
        <translation>Najczęstszy powód: {reason} ({count} z {total}).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Escalations decided</source>
        <translation>Rozstrzygnięte eskalacje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval rate</source>
        <translation>Odsetek zatwierdzonych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average days from raising to decision</source>
        <translation>Średnia liczba dni od zgłoszenia do decyzji</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decisions by what was requested</source>
        <translation>Decyzje według rodzaju wniosku</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Decision requested</source>
        <translation>Wnioskowana decyzja</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Decided</source>
        <translation>Rozstrzygnięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval rate: approved, of the escalations approved or rejected.</source>
        <translation>Odsetek zatwierdzonych: eskalacje zatwierdzone spośród zatwierdzonych lub odrzuconych.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not recorded</source>
        <translation>Nie odnotowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who decided</source>
        <translation>Kto podjął decyzję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Osoba decydująca</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Decisions and approvals</source>
        <translation>Decyzje i zatwierdzenia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Escalations waiting for a decision</source>
        <translation>Eskalacje oczekujące na decyzję</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Average days waiting</source>
        <translation>Średni czas oczekiwania (dni)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Oldest, days waiting</source>
        <translation>Najdłuższy czas oczekiwania (dni)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>As on {date}: the queue is read when the report is made.</source>
        <translation>Stan na {date}: kolejka jest odczytywana w chwili tworzenia raportu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approvals queue by status</source>
        <translation>Kolejka zatwierdzeń według statusu</translation>
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
        <translation>Oczekujące</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Longest waiting</source>
        <translation>Najdłużej oczekujące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake</source>
        <translation>Kwota objęta eskalacją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Zgłaszający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Przekazano do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days waiting</source>
        <translation>Dni oczekiwania</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>On {date}, %n escalation(s) were waiting for a decision, on average {days} days; the oldest for {oldest} days.</source>
        <translation>
            <numerusform>Na dzień {date} na decyzję oczekiwała %n eskalacja; średni czas oczekiwania w dniach: {days}, najdłuższy: {oldest}.</numerusform>
            <numerusform>Na dzień {date} na decyzję oczekiwały %n eskalacje; średni czas oczekiwania w dniach: {days}, najdłuższy: {oldest}.</numerusform>
            <numerusform>Na dzień {date} na decyzję oczekiwało %n eskalacji; średni czas oczekiwania w dniach: {days}, najdłuższy: {oldest}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On {date}, no escalation was waiting for a decision.</source>
        <translation>Na dzień {date} żadna eskalacja nie oczekiwała na decyzję.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approvals queue</source>
        <translation>Kolejka zatwierdzeń</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Settlements offered</source>
        <translation>Zaproponowane ugody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlements fulfilled (share of those ended)</source>
        <translation>Wykonane ugody (odsetek zakończonych)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settlements offered in the period, by status now ({currency})</source>
        <translation>Ugody zaproponowane w okresie według obecnego statusu ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance at the offer</source>
        <translation>Saldo w chwili propozycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement amount</source>
        <translation>Kwota ugody</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount given</source>
        <translation>Udzielone umorzenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the offers that have ended, {share} were paid in full and the rest lapsed.</source>
        <translation>Spośród zakończonych propozycji {share} spłacono w całości, a pozostałe wygasły.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location line="+18"/>
        <source>Write-offs</source>
        <translation>Odpisy</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Written off ({currency})</source>
        <translation>Kwota odpisów ({currency})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write-offs by reason ({currency})</source>
        <translation>Odpisy według powodu ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was written off in this period.</source>
        <translation>W tym okresie nie dokonano żadnych odpisów.</translation>
    </message>
</context>
<context>
    <name>EvaluationPdf</name>
    <message>
        <location filename="../collectdesk/reports/evaluation_pdf.py" line="+54"/>
        <source>Collections department</source>
        <translation>Dział windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performance review</source>
        <translation>Ocena okresowa pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Stanowisko</translation>
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
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{start} to {end}</source>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of review</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings</source>
        <translation>Oceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of {count} rated criteria: {average} of 5</source>
        <translation>Średnia ocen (liczba ocenionych kryteriów: {count}): {average} na 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale: {scale}.</source>
        <translation>Skala: {scale}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strengths</source>
        <translation>Mocne strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals for the next period</source>
        <translation>Cele na następny okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None written.</source>
        <translation>Brak wpisu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures for the period</source>
        <translation>Wyniki za okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Realizacja celu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept (by count)</source>
        <translation>Dotrzymane obietnice (wg liczby)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contact rate</source>
        <translation>Wskaźnik kontaktów z dłużnikiem (RPC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score (call monitoring)</source>
        <translation>Wynik QA (monitoring rozmów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{score} of 100 ({count} monitored calls)</source>
        <translation>{score} na 100 (monitorowane rozmowy: {count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scorecard figures are kept for this role.</source>
        <translation>Dla tej roli nie są prowadzone wskaźniki karty wyników.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not available</source>
        <translation>niedostępne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures</source>
        <translation>Podpisy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer: {name}</source>
        <translation>Oceniający: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee: {name}</source>
        <translation>Pracownik: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Wygenerowano {when}</translation>
    </message>
</context>
<context>
    <name>Evaluations</name>
    <message>
        <location filename="../collectdesk/services/evaluation_checks.py" line="+20"/>
        <source>This staff member no longer exists.</source>
        <translation>Ten pracownik już nie istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody can evaluate themselves; choose another reviewer.</source>
        <translation>Nikt nie może oceniać samego siebie; wybierz innego oceniającego.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen reviewer no longer exists.</source>
        <translation>Wybrany oceniający już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_reviews.py" line="+63"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>Data oceny nie może być wcześniejsza niż początek okresu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review date cannot be in the future.</source>
        <translation>Data oceny nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>Ocena musi być liczbą całkowitą od 1 do 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rate at least one criterion.</source>
        <translation>Oceń co najmniej jedno kryterium.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One of the rated criteria no longer exists; reopen the review.</source>
        <translation>Jedno z ocenianych kryteriów już nie istnieje; otwórz ocenę ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The criterion {name} is no longer in use.</source>
        <translation>Kryterium {name} nie jest już używane.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The review</source>
        <translation>ocena okresowa</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This review no longer exists.</source>
        <translation>Ta ocena okresowa już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/evaluation_qa.py" line="+58"/>
        <source>The evaluation date cannot be in the future.</source>
        <translation>Data oceny nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call reference is too long (at most {n} characters).</source>
        <translation>Identyfikator rozmowy jest za długi (maksymalnie {n} znaków).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen call is not one of this staff member&apos;s calls.</source>
        <translation>Wybrana rozmowa nie należy do rozmów tego pracownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The call was made after the evaluation date.</source>
        <translation>Rozmowa odbyła się po dacie oceny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen call belongs to another account.</source>
        <translation>Wybrana rozmowa dotyczy innej sprawy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Wybierz monitorowaną rozmowę lub wpisz jej identyfikator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account no longer exists.</source>
        <translation>Sprawa już nie istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion.</source>
        <translation>Przyznaj punkty za co najmniej jedno kryterium.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A score is a whole number from 0 to 100.</source>
        <translation>Wynik musi być liczbą całkowitą od 0 do 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>One of the scored criteria is no longer in use; reopen the entry.</source>
        <translation>Jedno z ocenianych kryteriów nie jest już używane; otwórz wpis ponownie.</translation>
    </message>
</context>
<context>
    <name>FeedbackReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="+81"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no satisfaction answers in the last 12 months.</source>
        <translation>brak ocen zadowolenia z ostatnich 12 miesięcy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+181"/>
        <source>Agency data</source>
        <translation>Dane agencji</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>no agency data in this period or the one before.</source>
        <translation>brak danych agencji za ten i poprzedni okres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+305"/>
        <source>Notable cases</source>
        <translation>Sprawy wymagające uwagi</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>no open complaints and no agency complaints.</source>
        <translation>brak otwartych reklamacji i reklamacji zgłoszonych przez agencje.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+53"/>
        <location line="+97"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Reklamacje na 1000 kontaktów z dłużnikiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliments about collectors</source>
        <translation>Pochwały dla windykatorów</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+51"/>
        <location line="+95"/>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+37"/>
        <source>Complaints by topic</source>
        <translation>Reklamacje według zagadnień</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Topic</source>
        <translation>Zagadnienie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by channel</source>
        <translation>Reklamacje według kanałów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not linked to a collector in this list</source>
        <translation>Nieprzypisane do żadnego windykatora z tej listy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints by collector</source>
        <translation>Reklamacje według windykatorów</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+258"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>Right-party contacts</source>
        <translation>Kontakty z dłużnikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 contacts</source>
        <translation>Na 1000 kontaktów</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Most complaints were about {topic}: {count} of {total} ({share}).</source>
        <translation>Najwięcej reklamacji dotyczyło zagadnienia: {topic} ({count} z {total}, {share}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} drew the most complaints: {count}, {rate} per 1,000 right-party contacts.</source>
        <translation>Najwięcej reklamacji: {name} – {count}, czyli {rate} na 1000 kontaktów z dłużnikiem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This period</source>
        <translation>Bieżący okres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Average satisfaction (1 to 5)</source>
        <translation>Średnie zadowolenie (od 1 do 5)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction answers</source>
        <translation>Odpowiedzi w ankietach zadowolenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Satisfaction by month</source>
        <translation>Zadowolenie w poszczególnych miesiącach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average (1 to 5)</source>
        <translation>Średnia (od 1 do 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Average satisfaction, last 12 months</source>
        <translation>Średnie zadowolenie, ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>Average satisfaction</source>
        <translation>Średnie zadowolenie</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>No satisfaction answers came in this period.</source>
        <translation>W tym okresie nie wpłynęły żadne odpowiedzi w ankietach zadowolenia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the last 12 months the monthly average went from {first} ({first_month}) to {last} ({last_month}).</source>
        <translation>W ostatnich 12 miesiącach średnia miesięczna zmieniła się z {first} ({first_month}) na {last} ({last_month}).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Answers from agencies</source>
        <translation>Odpowiedzi od agencji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average satisfaction reported by agencies</source>
        <translation>Średnie zadowolenie zgłoszone przez agencje</translation>
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
        <translation>Reklamacje za pośrednictwem agencji</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Agency not named</source>
        <translation>Nie wskazano agencji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agency</source>
        <translation>Agencja</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Acknowledged within the deadline</source>
        <translation>Potwierdzone w terminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved within the deadline</source>
        <translation>Rozpatrzone w terminie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints and disputes overdue now</source>
        <translation>Reklamacje i spory obecnie po terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to acknowledge</source>
        <translation>Mediana dni do potwierdzenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median days to resolve</source>
        <translation>Mediana dni do rozpatrzenia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deadlines met, by category</source>
        <translation>Dotrzymanie terminów według kategorii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+69"/>
        <source>Received</source>
        <translation>Wpłynęło</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Acknowledgement due</source>
        <translation>Do potwierdzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged in time</source>
        <translation>Potwierdzone w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>In time</source>
        <translation>W terminie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Resolution due</source>
        <translation>Do rozpatrzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved in time</source>
        <translation>Rozpatrzone w terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue now</source>
        <translation>Obecnie po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items received in the period; an item still inside its deadline is not counted as due yet. Overdue now counts every open item past a deadline.</source>
        <translation>Pozycje, które wpłynęły w okresie; pozycja, której termin jeszcze nie upłynął, nie jest jeszcze liczona jako wymagalna. „Obecnie po terminie” obejmuje każdą otwartą pozycję po upływie terminu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{share} of complaints and disputes were acknowledged within the deadline and {resolved} resolved within it; {overdue} are overdue now.</source>
        <translation>{share} reklamacji i sporów potwierdzono w terminie, a {resolved} rozpatrzono w terminie; obecnie po terminie: {overdue}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No acknowledgement deadline of this period&apos;s complaints has passed yet; {overdue} complaints and disputes are overdue now.</source>
        <translation>Nie upłynął jeszcze żaden termin potwierdzenia reklamacji z tego okresu; reklamacje i spory obecnie po terminie: {overdue}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service levels</source>
        <translation>Terminowość obsługi</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Oldest open</source>
        <translation>Najstarsze otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Through an agency: {agency}</source>
        <translation>Za pośrednictwem agencji: {agency}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Listed as</source>
        <translation>Zarejestrowane jako</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days open</source>
        <translation>Dni otwarcia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve by</source>
        <translation>Termin rozpatrzenia</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The oldest open complaint was received on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>Najstarsza otwarta reklamacja wpłynęła {date}, %n dzień temu.</numerusform>
            <numerusform>Najstarsza otwarta reklamacja wpłynęła {date}, %n dni temu.</numerusform>
            <numerusform>Najstarsza otwarta reklamacja wpłynęła {date}, %n dni temu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) came through a reporting agency in this period.</source>
        <translation>
            <numerusform>W tym okresie za pośrednictwem agencji raportującej wpłynęła %n reklamacja.</numerusform>
            <numerusform>W tym okresie za pośrednictwem agencji raportującej wpłynęły %n reklamacje.</numerusform>
            <numerusform>W tym okresie za pośrednictwem agencji raportującej wpłynęło %n reklamacji.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresStrip</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_strip.py" line="+60"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unread</source>
        <translation>nieprzeczytane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complaints this month</source>
        <translation>reklamacje w tym miesiącu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items still being worked on: show them</source>
        <translation>Zgłoszenia, nad którymi trwają prace: pokaż je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items nobody has read yet: show them</source>
        <translation>Otwarte zgłoszenia, których nikt jeszcze nie przeczytał: pokaż je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open items past their acknowledgement or resolution date: show them</source>
        <translation>Otwarte zgłoszenia po terminie potwierdzenia otrzymania lub rozwiązania: pokaż je</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received since the first of this month: show them</source>
        <translation>Reklamacje otrzymane od pierwszego dnia tego miesiąca: pokaż je</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} {what}</source>
        <translation>{what}: {number}</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <location filename="../collectdesk/ui/queues/filter_dialog.py" line="+72"/>
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
        <location line="+7"/>
        <source>any</source>
        <translation>bez limitu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Has an open &amp;escalation</source>
        <translation>Ma otwartą &amp;eskalację</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accounts whose payment plan is in one of the ticked states</source>
        <translation>Sprawy, których harmonogram spłat ma jeden z zaznaczonych statusów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any time</source>
        <translation>kiedykolwiek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With “Broken” ticked: only plans broken in the last so many days (“any time”: every broken plan)</source>
        <translation>Gdy zaznaczono „Zerwany”: tylko harmonogramy zerwane w ciągu ostatnich tylu dni („kiedykolwiek”: wszystkie zerwane)</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+31"/>
        <source>Case</source>
        <translation>Sytuacja sprawy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan:</source>
        <translation>Harmonogram spłat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Broken in the last (days)</source>
        <translation>&amp;Zerwany w ciągu ostatnich (dni)</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>FindingActivitiesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/activities_model.py" line="+47"/>
        <source>Part</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor&apos;s local time</source>
        <translation>Czas lokalny dłużnika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number / address</source>
        <translation>Numer / adres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offending</source>
        <translation>Naruszająca</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involved</source>
        <translation>Powiązana</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{time} in your time</source>
        <translation>{time} w strefie czasowej użytkownika</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <location filename="../collectdesk/ui/compliance/finding_dialog.py" line="+156"/>
        <source>Finding: {rule}</source>
        <translation>Ustalenie: {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt; — &lt;span style=&apos;color:{colour}&apos;&gt;{severity}&lt;/span&gt; — {status}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} · collector: {collector} · profile {profile} {version}</source>
        <translation>{when} · windykator: {collector} · profil {profile} {version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✓ Checked against the primary text</source>
        <translation>✓ Sprawdzono z oryginalnym tekstem przepisu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Not verified&lt;/span&gt;: not checked against the primary text (a secondary source, a draft or a default); have it checked before relying on it.</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;⚠ Bez weryfikacji&lt;/span&gt;: nie sprawdzono z oryginalnym tekstem przepisu (źródło wtórne, projekt lub wartość domyślna); zanim się na tym oprzesz, zleć sprawdzenie.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>&amp;Activities involved (%n no longer in the log):</source>
        <translation>
            <numerusform>&amp;Czynności, których dotyczy (%n usunięta z rejestru):</numerusform>
            <numerusform>&amp;Czynności, których dotyczy (%n usunięte z rejestru):</numerusform>
            <numerusform>&amp;Czynności, których dotyczy (%n usuniętych z rejestru):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Activities involved:</source>
        <translation>&amp;Czynności, których dotyczy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account &lt;b&gt;{account}&lt;/b&gt;</source>
        <translation>Sprawa &lt;b&gt;{account}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>balance {amount}</source>
        <translation>saldo {amount}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>debtor&apos;s time zone {zone}</source>
        <translation>strefa czasowa dłużnika: {zone}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No account is linked to this finding.</source>
        <translation>Z tym ustaleniem nie jest powiązana żadna sprawa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;{outcome}&lt;/b&gt; by {who} on {when}: {note}</source>
        <translation>&lt;b&gt;{outcome}&lt;/b&gt; – {who}, {when}: {note}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not reviewed yet.</source>
        <translation>Jeszcze nie rozpatrzone.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose what was done about the finding.</source>
        <translation>Wybierz, co zrobiono w związku z ustaleniem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Review not saved</source>
        <translation>Nie zapisano rozpatrzenia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finding not reopened</source>
        <translation>Nie otwarto ponownie ustalenia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Basis:</source>
        <translation>Podstawa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified:</source>
        <translation>Weryfikacja:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This rule is no longer in any compliance profile; the explanation is written from what was recorded when the finding was made.</source>
        <translation>Tej reguły nie ma już w żadnym profilu zgodności; wyjaśnienie opiera się na danych zapisanych w chwili powstania ustalenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open account</source>
        <translation>&amp;Otwórz sprawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the account in the Queues pane</source>
        <translation>Pokaż sprawę w panelu Kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Rozpatrzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reo&amp;pen</source>
        <translation>Otwórz &amp;ponownie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, and why (required)</source>
        <translation>Co zrobiono i dlaczego (wymagane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save review</source>
        <translation>&amp;Zapisz rozpatrzenie</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/findings_model.py" line="+98"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{outcome} by {who}: {note}</source>
        <translation>{outcome} – {who}: {note}</translation>
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
        <translation>Ustalenia w kolejnych okresach według wagi</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n ustalenie</numerusform>
            <numerusform>%n ustalenia</numerusform>
            <numerusform>%n ustaleń</numerusform>
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
    <name>GroupCountModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/group_model.py" line="+46"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Poprzednio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings in the period before, with the same filters</source>
        <translation>Ustalenia w poprzednim okresie, przy tych samych filtrach</translation>
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
    <name>ImportErrorsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/import_errors_dialog.py" line="+56"/>
        <source>Targets not imported</source>
        <translation>Nie zaimportowano celów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported from {file}.</source>
        <translation>Z pliku {file} niczego nie zaimportowano.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n wiersz wymaga poprawienia.</numerusform>
            <numerusform>%n wiersze wymagają poprawienia.</numerusform>
            <numerusform>%n wierszy wymaga poprawienia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the file and import it again.</source>
        <translation>Popraw plik i zaimportuj go ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>Wyświetlono pierwszy %n problem.</numerusform>
            <numerusform>Wyświetlono pierwsze %n problemy.</numerusform>
            <numerusform>Wyświetlono pierwszych %n problemów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+6"/>
        <source>Column</source>
        <translation>Kolumna</translation>
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
        <translation>&amp;Kopiuj listę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;sample file…</source>
        <translation>Zapisz plik &amp;przykładowy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A spreadsheet with the columns the import expects and example rows</source>
        <translation>Arkusz z kolumnami oczekiwanymi przez import i przykładowymi wierszami</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Save a sample file</source>
        <translation>Zapisz plik przykładowy</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be saved: {error}</source>
        <translation>Nie udało się zapisać pliku: {error}</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../collectdesk/services/inbox/entries.py" line="+90"/>
        <source>The date received is in the future.</source>
        <translation>Data otrzymania przypada w przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>Ocena zadowolenia musi wynosić od 1 do 5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="+216"/>
        <source>Unknown topic: {topic}</source>
        <translation>Nieznane zagadnienie: {topic}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+12"/>
        <source>The file cannot be read: {error}</source>
        <translation>Nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached.</source>
        <translation>Plik ma {size} MB; można dołączać pliki do {limit} MB.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Plik jest większy niż {limit} MB.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Dołączono plik {name} ({size} B, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter who sent the letter.</source>
        <translation>Podaj nadawcę listu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Podaj temat listu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scan must be a PDF or an image file.</source>
        <translation>Skan musi być plikiem PDF lub obrazem.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter who called.</source>
        <translation>Podaj, kto dzwonił.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summarise the call.</source>
        <translation>Podsumuj rozmowę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number has too few digits.</source>
        <translation>Numer telefonu ma za mało cyfr.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the suggestion a short title.</source>
        <translation>Nadaj sugestii krótki tytuł.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the suggestion.</source>
        <translation>Opisz sugestię.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Wybierz autora sugestii lub zgłoś ją anonimowo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-75"/>
        <location line="+25"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../collectdesk/services/inbox/items.py" line="+309"/>
        <location filename="../collectdesk/services/inbox/triage.py" line="-73"/>
        <source>Feedback item</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/items.py" line="+42"/>
        <source>The attachment no longer exists.</source>
        <translation>Załącznik już nie istnieje.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/inbox/triage.py" line="-24"/>
        <source>new</source>
        <comment>feedback status</comment>
        <translation>nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <comment>feedback status</comment>
        <translation>przypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <comment>feedback status</comment>
        <translation>w toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the customer</source>
        <comment>feedback status</comment>
        <translation>oczekuje na klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <comment>feedback status</comment>
        <translation>rozwiązane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <comment>feedback status</comment>
        <translation>zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <comment>feedback status</comment>
        <translation>otrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under review</source>
        <comment>feedback status</comment>
        <translation>w ocenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adopted</source>
        <comment>feedback status</comment>
        <translation>przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>declined</source>
        <comment>feedback status</comment>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>An item that is {old} cannot be set to {new}.</source>
        <translation>Statusu zgłoszenia nie można zmienić z „{old}” na „{new}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose who owns the item before setting it to assigned.</source>
        <translation>Zanim ustawisz status „przypisane”, wybierz opiekuna zgłoszenia.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{name} has left; choose someone who works here.</source>
        <translation>{name} już tu nie pracuje; wybierz aktualnego pracownika.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+132"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>The account belongs to another debtor.</source>
        <translation>Sprawa należy do innego dłużnika.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested link</source>
        <translation>Proponowane powiązanie</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Describe the resolution: what was found and what was done.</source>
        <translation>Opisz rozwiązanie: co ustalono i co zrobiono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A staff suggestion is adopted or declined, not resolved.</source>
        <translation>Sugestię pracownika można przyjąć lub odrzucić, ale nie rozwiązać.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reply is empty.</source>
        <translation>Odpowiedź jest pusta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Link the item to an account or a debtor before flagging a dispute.</source>
        <translation>Przed ustawieniem oznaczenia sporu powiąż zgłoszenie ze sprawą lub dłużnikiem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dispute raised in feedback: {subject}</source>
        <translation>Spór zgłoszony w skrzynce opinii: {subject}</translation>
    </message>
</context>
<context>
    <name>InboxFiguresDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/figures_dialog.py" line="+41"/>
        <source>Feedback figures</source>
        <translation>Statystyki opinii</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>By collector</source>
        <translation>Według windykatora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By team</source>
        <translation>Według zespołu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By topic</source>
        <translation>Według zagadnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By channel</source>
        <translation>Według kanału</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction trend</source>
        <translation>Trend zadowolenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts worked</source>
        <translation>Obsłużone sprawy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per 1,000 accounts</source>
        <translation>Na 1000 spraw</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per 1,000 contacts</source>
        <translation>Na 1000 kontaktów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Zagadnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average satisfaction (1-5)</source>
        <translation>Średnie zadowolenie (1-5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers</source>
        <translation>Odpowiedzi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The figures could not be read. Try again in a moment.</source>
        <translation>Nie udało się odczytać danych. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{complaints} complaints ({per_contacts} per 1,000 contacts, {per_accounts} per 1,000 accounts); average satisfaction {satisfaction} from {answers} answers; acknowledged after {ack} days and resolved after {resolve} days (median); {overdue} complaints and disputes overdue now.</source>
        <translation>Reklamacje: {complaints} ({per_contacts} na 1000 kontaktów, {per_accounts} na 1000 spraw); średnie zadowolenie: {satisfaction} (odpowiedzi: {answers}); mediana czasu do potwierdzenia otrzymania: {ack} dni, do rozwiązania: {resolve} dni; reklamacje i spory obecnie po terminie: {overdue}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(not linked)</source>
        <translation>(niepowiązane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no team)</source>
        <translation>(bez zespołu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no topic)</source>
        <translation>(bez zagadnienia)</translation>
    </message>
</context>
<context>
    <name>InboxFilterBar</name>
    <message>
        <location filename="../collectdesk/ui/inbox/filter_bar.py" line="+109"/>
        <source>Any collector</source>
        <translation>Dowolny windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any branch</source>
        <translation>Dowolny oddział</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Search sender, subject, text, account (Ctrl+F)</source>
        <translation>Szukaj: nadawca, temat, treść, sprawa (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the words anywhere in the sender, subject, message text and account number (Ctrl+F)</source>
        <translation>Wyszukuje słowa w dowolnym miejscu: nadawca, temat, treść wiadomości i numer sprawy (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unread only</source>
        <translation>Tylko &amp;nieprzeczytane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verdue only</source>
        <translation>Tylko po &amp;terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items past their acknowledgement or resolution date</source>
        <translation>Zgłoszenia po terminie potwierdzenia otrzymania lub rozwiązania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>K&amp;anał:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llector:</source>
        <translation>&amp;Windykator:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rec&amp;eived from:</source>
        <translation>Otrzy&amp;mane od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to:</source>
        <comment>received from ... to ...</comment>
        <translation>do:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>any date</source>
        <translation>dowolna data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Dowolny status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any category</source>
        <translation>Dowolna kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any channel</source>
        <translation>Dowolny kanał</translation>
    </message>
</context>
<context>
    <name>InboxImports</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_imports.py" line="+75"/>
        <source>New &amp;letter…</source>
        <translation>Nowy &amp;list…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter a letter by hand and attach its scan</source>
        <translation>Wprowadź list ręcznie i dołącz jego skan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a &amp;call…</source>
        <translation>Zarejestruj &amp;rozmowę…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a phone call: caller, number, time, summary</source>
        <translation>Zarejestruj rozmowę telefoniczną: dzwoniący, numer, czas, podsumowanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New su&amp;ggestion…</source>
        <translation>Nowa &amp;sugestia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record a staff member&apos;s suggestion</source>
        <translation>Zarejestruj sugestię pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;e-mail…</source>
        <translation>Importuj &amp;e-maile…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import .eml and .mbox files; you can also drop files or folders on the list</source>
        <translation>Importuj pliki .eml i .mbox; pliki lub foldery można też upuścić na listę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an e-mail &amp;folder…</source>
        <translation>Importuj &amp;folder z e-mailami…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import every .eml and .mbox file in a folder</source>
        <translation>Importuj wszystkie pliki .eml i .mbox z folderu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a&amp;gency data…</source>
        <translation>Importuj dane &amp;agencji…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import survey and complaint data from a reporting agency (CSV or XLSX)</source>
        <translation>Importuj dane ankietowe i dane o reklamacjach od agencji raportującej (CSV lub XLSX)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved in the inbox.</source>
        <translation>Zapisano w skrzynce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <source>Import e-mail</source>
        <translation>Importuj e-maile</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>E-mail (*.eml *.mbox *.mbx);;All files (*)</source>
        <translation>E-maile (*.eml *.mbox *.mbx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import an e-mail folder</source>
        <translation>Importuj folder z e-mailami</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n plik lub folder</numerusform>
            <numerusform>%n pliki lub foldery</numerusform>
            <numerusform>%n plików lub folderów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing e-mail from {what}…</source>
        <translation>Importowanie e-maili: {what}…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>E-mail: %n message(s) imported.</source>
        <translation>
            <numerusform>E-mail: zaimportowano %n wiadomość.</numerusform>
            <numerusform>E-mail: zaimportowano %n wiadomości.</numerusform>
            <numerusform>E-mail: zaimportowano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulowano; niczego nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Import agency data</source>
        <translation>Importuj dane agencji</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing agency data from {file}…</source>
        <translation>Importowanie danych agencji z {file}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Agency data from {file}:</source>
        <translation>Dane agencji z {file}:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n reklamacja</numerusform>
            <numerusform>%n reklamacje</numerusform>
            <numerusform>%n reklamacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n odpowiedź z ankiety</numerusform>
            <numerusform>%n odpowiedzi z ankiet</numerusform>
            <numerusform>%n odpowiedzi z ankiet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) already imported</source>
        <translation>
            <numerusform>%n wiersz zaimportowany wcześniej</numerusform>
            <numerusform>%n wiersze zaimportowane wcześniej</numerusform>
            <numerusform>%n wierszy zaimportowanych wcześniej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The attachment could not be written to a temporary file: {error}</source>
        <translation>Nie udało się zapisać załącznika w pliku tymczasowym: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No program on this computer opens {file}.</source>
        <translation>Na tym komputerze nie ma programu, który otwiera plik {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened {file} ({size}).</source>
        <translation>Otwarto {file} ({size}).</translation>
    </message>
</context>
<context>
    <name>InboxItemDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_dialog.py" line="+30"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{subject}
From: {sender}</source>
        <translation>{subject}
Od: {sender}</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_model.py" line="+102"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unread</source>
        <translation>nieprzeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>po terminie</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue since {date}</source>
        <translation>Po terminie od {date}</translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message>
        <location filename="../collectdesk/ui/inbox/inbox_pane.py" line="+153"/>
        <location line="+279"/>
        <source>Feedback inbox</source>
        <translation>Skrzynka opinii</translation>
    </message>
    <message>
        <location line="-262"/>
        <source>The inbox rules were saved; new items follow them.</source>
        <translation>Zapisano reguły skrzynki; obowiązują nowe zgłoszenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;ules…</source>
        <translation>&amp;Reguły…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines per category and the list of topics</source>
        <translation>Terminy dla poszczególnych kategorii i lista zagadnień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fi&amp;gures…</source>
        <translation>&amp;Statystyki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per collector, team, topic and channel, satisfaction and response times for a period</source>
        <translation>Reklamacje według windykatora, zespołu, zagadnienia i kanału, zadowolenie oraz czasy reakcji w wybranym okresie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys: Space read and next · J/K next/previous · A assign · L link · C categorise · S status · R resolve · W acknowledge · D dispute flag · O open account · right-click for all</source>
        <translation>Klawisze: Spacja – przeczytane i następne · J/K – następne/poprzednie · A – przypisz · L – powiąż · C – kategoryzuj · S – status · R – rozwiąż · W – potwierdź otrzymanie · D – oznaczenie sporu · O – otwórz sprawę · prawy przycisk myszy – wszystkie polecenia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drop .eml or .mbox files, or folders of them, here to import them</source>
        <translation>Upuść tutaj pliki .eml lub .mbox albo zawierające je foldery, aby je zaimportować</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The newest {shown} of {total} items; narrow the filter to see the rest.</source>
        <translation>Najnowsze zgłoszenia: {shown} z {total}; zawęź filtr, aby zobaczyć pozostałe.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n zgłoszenie</numerusform>
            <numerusform>%n zgłoszenia</numerusform>
            <numerusform>%n zgłoszeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Linked.</source>
        <translation>Powiązano.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else changed this item meanwhile, so nothing was saved. It has been reloaded: check it and try again.</source>
        <translation>Ktoś inny zmienił w międzyczasie to zgłoszenie, więc niczego nie zapisano. Zgłoszenie wczytano ponownie: sprawdź je i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Something went wrong: {error}</source>
        <translation>Wystąpił błąd: {error}</translation>
    </message>
</context>
<context>
    <name>InboxRulesDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/rules_dialog.py" line="+35"/>
        <source>Inbox rules</source>
        <translation>Reguły skrzynki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines per category (0: no deadline)</source>
        <translation>Terminy według kategorii (0: bez terminu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge within (working days)</source>
        <translation>Potwierdzenie otrzymania w ciągu (dni robocze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve within</source>
        <translation>Rozwiązanie w ciągu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>working days</source>
        <translation>dni robocze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks</source>
        <translation>tygodnie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Topics</source>
        <translation>Zagadnienia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new topic, e.g. Legal threat</source>
        <translation>Nowe zagadnienie, np. groźba kroków prawnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add topic</source>
        <translation>&amp;Dodaj zagadnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove topic</source>
        <translation>&amp;Usuń zagadnienie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Working days skip weekends and the public holidays of the account&apos;s country. New deadlines apply to items received from now on.</source>
        <translation>Dni robocze nie obejmują weekendów ani świąt ustawowych w kraju sprawy. Nowe terminy dotyczą zgłoszeń otrzymanych od teraz.</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <location filename="../collectdesk/ui/inbox/item_view.py" line="+169"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymous</source>
        <translation>Autor anonimowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (staff)</source>
        <translation>{name} (pracownik)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{agency} (reporting agency)</source>
        <translation>{agency} (agencja raportująca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} · {channel}</source>
        <translation>{when} · {channel}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>satisfaction {score}/5</source>
        <translation>ocena zadowolenia {score}/5</translation>
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
        <translation>{status}, nieprzeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nobody yet</source>
        <translation>na razie brak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acknowledge by {date}</source>
        <translation>potwierdzenie otrzymania do {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolve by {date}</source>
        <translation>rozwiązanie do {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OVERDUE: {dates}</source>
        <translation>PO TERMINIE: {dates}</translation>
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
        <translation>Dłużnik {name}, bez sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not linked</source>
        <translation>niepowiązane</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{what} — {why}</source>
        <translation>{what} — {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;firm</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link the item to this account or debtor</source>
        <translation>Powiąż zgłoszenie z tą sprawą lub tym dłużnikiem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the sender&apos;s address {text} is the debtor&apos;s</source>
        <translation>adres nadawcy {text} należy do dłużnika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the subject names account {text}</source>
        <translation>temat wskazuje sprawę {text}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text names account {text}</source>
        <translation>treść wskazuje sprawę {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found “{text}”</source>
        <translation>znaleziono „{text}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} ({size})</source>
        <translation>{name} ({size})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Attachments ({n})</source>
        <translation>&amp;Załączniki ({n})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received:</source>
        <translation>Otrzymano:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category:</source>
        <translation>Kategoria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadlines:</source>
        <translation>Terminy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account:</source>
        <translation>Sprawa:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collector:</source>
        <translation>Windykator:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a&amp;ccount</source>
        <translation>Otwórz &amp;sprawę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Pokaż powiązaną sprawę w panelu Kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested links — confirm the right one</source>
        <translation>Proponowane powiązania — potwierdź właściwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the attachment with the program your computer uses for it</source>
        <translation>Otwórz załącznik programem, którego komputer używa dla tego typu plików</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n</source>
        <translation>S&amp;kan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an item in the list to read it here.</source>
        <translation>Wybierz zgłoszenie z listy, aby je tutaj przeczytać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Attachments</source>
        <translation>&amp;Załączniki</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/journal_dialog.py" line="+103"/>
        <source>Export write-off journal</source>
        <translation>Eksport dziennika odpisów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Skoroszyt programu Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (for other accounting software)</source>
        <translation>CSV (dla innych programów księgowych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file to write.</source>
        <translation>Wybierz plik do zapisania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder: add a file name.</source>
        <translation>{file} to folder: dodaj nazwę pliku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Folder {folder} nie istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file name should end in .{ext}.</source>
        <translation>Nazwa pliku powinna kończyć się na .{ext}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write-offs dated {start} to {end}, both included.</source>
        <translation>Odpisy z datą od {start} do {end} włącznie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Writing the journal…</source>
        <translation>Zapisywanie dziennika…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the write-off journal…</source>
        <translation>Zapisywanie dziennika odpisów…</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n line(s) written to {file}.</source>
        <translation>
            <numerusform>Zapisano %n pozycję w pliku {file}.</numerusform>
            <numerusform>Zapisano %n pozycje w pliku {file}.</numerusform>
            <numerusform>Zapisano %n pozycji w pliku {file}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal could not be written: {error}</source>
        <translation>Nie udało się zapisać dziennika: {error}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="+21"/>
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
        <location line="+38"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
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
        <location line="-52"/>
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
        <location line="+1"/>
        <source>Documented economic recovery</source>
        <comment>debtor flag</comment>
        <translation>Udokumentowana poprawa sytuacji ekonomicznej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mental capacity concern</source>
        <comment>debtor flag</comment>
        <translation>Wątpliwa zdolność do podejmowania decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Third party may be contacted</source>
        <comment>debtor flag</comment>
        <translation>Zgoda na kontakt z osobą trzecią</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/payment_labels.py" line="+24"/>
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
        <location line="+8"/>
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
        <location line="+8"/>
        <source>Proposed</source>
        <comment>payment plan status</comment>
        <translation>Zaproponowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <comment>payment plan status</comment>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On track</source>
        <comment>payment plan status</comment>
        <translation>Realizowany terminowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment missed</source>
        <comment>payment plan status</comment>
        <translation>Nieopłacona rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <comment>payment plan status</comment>
        <translation>Zerwany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>payment plan status</comment>
        <translation>Zakończony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>payment plan status</comment>
        <translation>Anulowany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Weekly</source>
        <comment>payment plan frequency</comment>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <comment>payment plan frequency</comment>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <comment>payment plan frequency</comment>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <comment>installment status</comment>
        <translation>Do zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <comment>installment status</comment>
        <translation>Spłacona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <comment>installment status</comment>
        <translation>Częściowo spłacona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <comment>installment status</comment>
        <translation>Zaległa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Offered</source>
        <comment>settlement status</comment>
        <translation>Zaproponowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>settlement status</comment>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulfilled</source>
        <comment>settlement status</comment>
        <translation>Wykonana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <comment>settlement status</comment>
        <translation>Wygasła</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/account_labels.py" line="-21"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+21"/>
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
        <location filename="../collectdesk/ui/account_labels.py" line="+68"/>
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
        <location filename="../collectdesk/ui/staff_labels.py" line="+8"/>
        <source>Assigned</source>
        <comment>training status</comment>
        <translation>Przypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>training status</comment>
        <translation>W trakcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <comment>training status</comment>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <comment>training status</comment>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Do ukończenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring soon</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Wkrótce wygasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Wygasłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned (mandatory)</source>
        <comment>state of a staff member&apos;s training</comment>
        <translation>Nieprzypisane (obowiązkowe)</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/feedback_labels.py" line="+21"/>
        <source>Complaint</source>
        <comment>feedback category</comment>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliment</source>
        <comment>feedback category</comment>
        <translation>Pochwała</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>feedback category</comment>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <comment>feedback category</comment>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <comment>feedback category</comment>
        <translation>Trudna sytuacja finansowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey answer</source>
        <comment>feedback category</comment>
        <translation>Odpowiedź z ankiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <comment>feedback category</comment>
        <translation>Sugestia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New</source>
        <comment>feedback status</comment>
        <translation>Nowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned</source>
        <comment>feedback status</comment>
        <translation>Przypisane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>feedback status</comment>
        <translation>W toku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for customer</source>
        <comment>feedback status</comment>
        <translation>Oczekuje na klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>feedback status</comment>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>feedback status</comment>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <comment>status of a staff suggestion</comment>
        <translation>Otrzymana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>status of a staff suggestion</comment>
        <translation>W ocenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adopted</source>
        <comment>status of a staff suggestion</comment>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <comment>status of a staff suggestion</comment>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Letter</source>
        <comment>feedback channel</comment>
        <translation>List</translation>
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
        <translation>Rozmowa telefoniczna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting agency</source>
        <comment>feedback channel</comment>
        <translation>Agencja raportująca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff suggestion</source>
        <comment>feedback channel</comment>
        <translation>Sugestia pracownika</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Low</source>
        <comment>feedback severity</comment>
        <translation>Niska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <comment>feedback severity</comment>
        <translation>Średnia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <comment>feedback severity</comment>
        <translation>Wysoka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <comment>feedback severity</comment>
        <translation>Krytyczna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Uznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Uznana częściowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not upheld</source>
        <comment>outcome of a complaint</comment>
        <translation>Nieuznana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>outcome of a complaint</comment>
        <translation>Wycofana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action needed</source>
        <comment>outcome of a complaint</comment>
        <translation>Nie wymaga działań</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/escalation_labels.py" line="+20"/>
        <source>Financial hardship</source>
        <comment>escalation reason</comment>
        <translation>Trudna sytuacja finansowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <comment>escalation reason</comment>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <comment>escalation reason</comment>
        <translation>Odmowa zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <comment>escalation reason</comment>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <comment>escalation reason</comment>
        <translation>Wysokie saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <comment>escalation reason</comment>
        <translation>Podejrzenie oszustwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <comment>escalation reason</comment>
        <translation>Groźba kroków prawnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <comment>escalation reason</comment>
        <translation>Osoba wymagająca szczególnej ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>escalation reason</comment>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payment plan</source>
        <comment>escalation decision</comment>
        <translation>Harmonogram spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <comment>escalation decision</comment>
        <translation>Ugoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <comment>escalation decision</comment>
        <translation>Odpis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <comment>escalation decision</comment>
        <translation>Skierowanie na drogę sądową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on hold</source>
        <comment>escalation decision</comment>
        <translation>Wstrzymanie działań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager review</source>
        <comment>escalation decision</comment>
        <translation>Decyzja dyrektora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Draft</source>
        <comment>escalation status</comment>
        <translation>Szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>escalation status</comment>
        <translation>Zgłoszona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <comment>escalation status</comment>
        <translation>Rozpatrywana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <comment>escalation status</comment>
        <translation>Przekazana dyrektorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation status</comment>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposed</source>
        <comment>escalation status</comment>
        <translation>Kontrpropozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation status</comment>
        <translation>Zatwierdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation status</comment>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation status</comment>
        <translation>Wycofana</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Raised</source>
        <comment>escalation step</comment>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>escalation step</comment>
        <translation>Zatwierdzenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <comment>escalation step</comment>
        <translation>Odrzucenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter-proposal</source>
        <comment>escalation step</comment>
        <translation>Kontrpropozycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information requested</source>
        <comment>escalation step</comment>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided</source>
        <comment>escalation step</comment>
        <translation>Uzupełnienie informacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <comment>escalation step</comment>
        <translation>Przekazanie dyrektorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <comment>escalation step</comment>
        <translation>Wycofanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <comment>escalation step</comment>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-58"/>
        <location filename="../collectdesk/ui/labels.py" line="+212"/>
        <source>Collector&apos;s tone</source>
        <comment>feedback topic</comment>
        <translation>Ton windykatora</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Contact frequency</source>
        <comment>feedback topic</comment>
        <translation>Częstotliwość kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Wrong amount</source>
        <comment>feedback topic</comment>
        <translation>Błędna kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Privacy</source>
        <comment>feedback topic</comment>
        <translation>Ochrona danych osobowych</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Payment not recorded</source>
        <comment>feedback topic</comment>
        <translation>Niezaksięgowana wpłata</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/labels.py" line="+1"/>
        <source>Other</source>
        <comment>feedback topic</comment>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/labels.py" line="+10"/>
        <source>English</source>
        <comment>language</comment>
        <translation>Angielski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italian</source>
        <comment>language</comment>
        <translation>Włoski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polish</source>
        <comment>language</comment>
        <translation>Polski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>German</source>
        <comment>language</comment>
        <translation>Niemiecki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any language</source>
        <comment>language of a training module</comment>
        <translation>Dowolny język</translation>
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
        <location filename="../collectdesk/ui/queues/value_text.py" line="+15"/>
        <source>Current</source>
        <translation>Bieżące</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="+184"/>
        <source>Mark {name} as left</source>
        <translation>Odejście pracownika: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} will no longer be offered for new work. Their scorecards, evaluations and training records stay.</source>
        <translation>Osobie {name} nie będą już przydzielane nowe zadania. Jej karty wyników, oceny i historia szkoleń zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Last day:</source>
        <translation>Ostatni &amp;dzień pracy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark as left</source>
        <translation>&amp;Oznacz odejście</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+43"/>
        <source>The scanned letter</source>
        <translation>Zeskanowany list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Skany (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file cannot be read: {error}</source>
        <translation>Nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is neither a readable PDF nor an image.</source>
        <translation>{file} nie jest ani czytelnym plikiem PDF, ani obrazem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter who sent the letter.</source>
        <translation>Podaj nadawcę listu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the letter&apos;s subject.</source>
        <translation>Podaj temat listu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has this number.</source>
        <translation>Nie ma sprawy o tym numerze.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New letter</source>
        <translation>Nowy list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Received on:</source>
        <translation>Data &amp;otrzymania:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Nadawca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal a&amp;ddress:</source>
        <translation>&amp;Adres pocztowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Text:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Zagadnienie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>S&amp;prawa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Dotyczy &amp;windykatora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sca&amp;n:</source>
        <translation>&amp;Skan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The letter&apos;s content or a summary (optional with a scan)</source>
        <translation>Treść listu lub jej streszczenie (opcjonalne, jeśli dołączono skan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the scanned letter…</source>
        <translation>Wybierz zeskanowany list…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scan is shown here.</source>
        <translation>Tu zostanie wyświetlony skan.</translation>
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
        <translation>Żadna sprawa nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the account, or choose the collector it concerns.</source>
        <translation>Znajdź sprawę lub wybierz windykatora, którego dotyczy zgłoszenie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account&apos;s debtor is linked too, and its collector when none is chosen.</source>
        <translation>Powiązany zostanie też dłużnik ze sprawy, a jeśli nie wybrano windykatora — również windykator sprawy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link to an account</source>
        <translation>Powiąż ze sprawą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find account:</source>
        <translation>&amp;Znajdź sprawę:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number, debtor name, e-mail or phone</source>
        <translation>Numer sprawy, nazwa dłużnika, e-mail lub telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Matches:</source>
        <translation>Pasujące &amp;sprawy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ollector concerned:</source>
        <translation>Dotyczy &amp;windykatora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ({name})</source>
        <translation>Bez zmian ({name})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link</source>
        <translation>&amp;Powiąż</translation>
    </message>
</context>
<context>
    <name>LogActivityDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/log_activity_dialog.py" line="+157"/>
        <source>{value} ({label}, do not use)</source>
        <translation>{value} ({label}, nie używać)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{value} (do not use)</source>
        <translation>{value} (nie używać)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing to mark for this channel</source>
        <translation>Dla tego kanału nie ma nic do zaznaczenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing marked</source>
        <translation>Nic nie zaznaczono</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The compliance check cannot run</source>
        <translation>Nie można przeprowadzić kontroli zgodności</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the outcome.</source>
        <translation>Wybierz wynik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation>Nie można zarejestrować kontaktu z datą w przyszłości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A compliance rule stands against this contact and you may not override it, so it cannot be logged.</source>
        <translation>Ten kontakt narusza regułę zgodności, od której nie możesz odstąpić, dlatego nie można go zarejestrować.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give a reason for going ahead despite the compliance rules above.</source>
        <translation>Podaj powód odstępstwa od powyższych reguł zgodności.</translation>
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
        <location line="+2"/>
        <source>The reason is kept in the audit trail with the rules you go ahead against.</source>
        <translation>Powód zostanie zapisany w dzienniku audytu wraz z regułami, od których odstąpiono.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact was not logged: checked again when saving, it meets the compliance rules shown above.</source>
        <translation>Nie zarejestrowano kontaktu: ponowne sprawdzenie przy zapisie wykazało, że narusza on powyższe reguły zgodności.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cont&amp;ent:</source>
        <translation>Tr&amp;eść:</translation>
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
        <source>&amp;Reason for going ahead:</source>
        <translation>&amp;Powód odstępstwa:</translation>
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
        <location line="+1"/>
        <source>Number or address used (optional)</source>
        <translation>Użyty numer lub adres (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this contact is right despite the rules above</source>
        <translation>Dlaczego ten kontakt jest uzasadniony mimo powyższych reguł</translation>
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
        <location filename="../collectdesk/ui/main_window.py" line="+175"/>
        <source>Aging: {bucket}</source>
        <translation>Wiekowanie: {bucket}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>That part of CollectDesk is not available yet.</source>
        <translation>Ta część CollectDesk nie jest jeszcze dostępna.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate a report first, or reopen one from the archive, then print it.</source>
        <translation>Najpierw wygeneruj raport lub otwórz go ponownie z archiwum, a następnie go wydrukuj.</translation>
    </message>
    <message>
        <location line="+51"/>
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
        <source>Export write-off &amp;journal…</source>
        <translation>Eksportuj &amp;dziennik odpisów…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print report…</source>
        <translation>&amp;Drukuj raport…</translation>
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
        <location line="+1"/>
        <source>Run &amp;compliance scan</source>
        <translation>Uruchom &amp;skan zgodności</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>ModuleDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/module_dialog.py" line="+132"/>
        <source>Attach a file to the module</source>
        <translation>Dołącz plik do modułu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (zostanie dołączony przy zapisie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file</source>
        <translation>Brak pliku</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a code, for example GDPR-01.</source>
        <translation>Wpisz kod, np. RODO-01.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a title.</source>
        <translation>Wpisz tytuł.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen file cannot be read.</source>
        <translation>Nie można odczytać wybranego pliku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The chosen file is larger than {limit} MB; give the module a link instead.</source>
        <translation>Wybrany plik jest większy niż {limit} MB; zamiast tego podaj link do modułu.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit training module</source>
        <translation>Edytuj moduł szkoleniowy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New training module</source>
        <translation>Nowy moduł szkoleniowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short unique code, e.g. GDPR-01</source>
        <translation>Krótki, niepowtarzalny kod, np. RODO-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lin&amp;k:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… or file://… (optional)</source>
        <translation>https://… lub file://… (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files up to {limit} MB are stored in the database.</source>
        <translation>Pliki do {limit} MB są przechowywane w bazie danych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandatory for:</source>
        <translation>Obowiązkowy &amp;dla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Renew every:</source>
        <translation>Odna&amp;wiaj co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active (can be assigned and is tracked)</source>
        <translation>&amp;Aktywny (można go przypisywać i jest monitorowany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/module_table_model.py" line="+47"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mandatory for</source>
        <translation>Obowiązkowy dla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewal</source>
        <translation>Odnawianie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Przypisane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active staff with the module assigned and not yet completed</source>
        <translation>Aktywni pracownicy z przypisanym, jeszcze nieukończonym modułem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff whose completion is still valid</source>
        <translation>Aktywni pracownicy, których ukończenie modułu jest nadal ważne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignments past their due date</source>
        <translation>Przypisania po terminie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>co %n rok</numerusform>
            <numerusform>co %n lata</numerusform>
            <numerusform>co %n lat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>co %n miesiąc</numerusform>
            <numerusform>co %n miesiące</numerusform>
            <numerusform>co %n miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (deactivated)</source>
        <translation>{title} (dezaktywowany)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional</source>
        <translation>Nieobowiązkowy</translation>
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
        <translation>{label}: brak danych za ten okres.</translation>
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
        <translation>{label}: bez istotnych zmian, {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{label} rose slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: niewielki wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} rose sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: znaczny wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} slipped slightly to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: niewielki spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} fell sharply to {value} ({comparison}: {previous}, {change}).</source>
        <comment>higher is better</comment>
        <translation>{label}: gwałtowny spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} worsened slightly, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: niewielkie pogorszenie – wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: pogorszenie – wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} worsened sharply, rising to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: znaczne pogorszenie – wzrost do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved slightly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: niewielka poprawa – spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: poprawa – spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} improved markedly, falling to {value} ({comparison}: {previous}, {change}).</source>
        <comment>lower is better</comment>
        <translation>{label}: wyraźna poprawa – spadek do {value} ({comparison}: {previous}, {change}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{label} reached {value}, on target ({target}).</source>
        <translation>{label}: {value}, zgodnie z celem ({target}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} reached {value}, {difference} above the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, czyli o {difference} powyżej celu ({target}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well above the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, znacznie powyżej celu ({target}), o {difference}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, {difference} below the target of {target}.</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, czyli o {difference} poniżej celu ({target}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} reached {value}, well short of the target of {target} (by {difference}).</source>
        <comment>higher is better</comment>
        <translation>{label}: {value}, znacznie poniżej celu ({target}), o {difference}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} stood at {value}, {difference} above the target of {target}: worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, czyli o {difference} powyżej celu ({target}) – gorzej, niż planowano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well above the target of {target} (by {difference}): clearly worse than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, znacznie powyżej celu ({target}), o {difference} – wyraźnie gorzej, niż planowano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, {difference} below the target of {target}: better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, czyli o {difference} poniżej celu ({target}) – lepiej, niż planowano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} stood at {value}, well below the target of {target} (by {difference}): clearly better than planned.</source>
        <comment>lower is better</comment>
        <translation>{label}: {value}, znacznie poniżej celu ({target}), o {difference} – wyraźnie lepiej, niż planowano.</translation>
    </message>
</context>
<context>
    <name>NewPortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-108"/>
        <source>New portfolio</source>
        <translation>Nowy portfel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
    </message>
</context>
<context>
    <name>NextActionDialog</name>
    <message>
        <location filename="../collectdesk/ui/account/next_action_dialog.py" line="+99"/>
        <source>&amp;Use {date} instead</source>
        <translation>&amp;Wybierz zamiast tego: {date}</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+3"/>
        <source>No contact is allowed on {date}, nor on any day in the year after it.</source>
        <translation>W dniu {date} ani w żadnym dniu w ciągu roku od tej daty kontakt nie jest dozwolony.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact is allowed on {date}. The next day open for contact is {next}.</source>
        <translation>W dniu {date} kontakt jest niedozwolony. Najbliższy dzień, w którym kontakt jest dozwolony: {next}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The date can be set, but no contact is allowed while the debtor&apos;s flag stays set.</source>
        <translation>Termin można ustawić, ale dopóki oznaczenie dłużnika jest aktywne, kontakt jest niedozwolony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Careful: {date} is closed for contact (see above).</source>
        <translation>Uwaga: w dniu {date} kontakt jest niedozwolony (patrz wyżej).</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>OverlayEditor</name>
    <message>
        <location filename="../collectdesk/ui/compliance/overlay_editor.py" line="+97"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the copy shipped with CollectDesk. Saving stores the department&apos;s own copy; the shipped one stays available through Reset.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, wersja {version}: kopia dostarczona z CollectDesk. Zapisanie utworzy własną kopię działu; dostarczona kopia pozostanie dostępna przez przywrócenie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;{code}&lt;/b&gt;, version {version}: the department&apos;s copy, revision {revision}. Saving stores a new revision.</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;, wersja {version}: kopia działu, rewizja {revision}. Zapisanie utworzy nową rewizję.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>department policy</source>
        <translation>zasady działu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{origin}: the text must be a profile (code, version, kind, rules, ...), not a single value.</source>
        <translation>{origin}: tekst musi być profilem (code, version, kind, rules, ...), a nie pojedynczą wartością.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{origin}: code: must stay {code}; to make another profile, ask for it to be added to the settings.</source>
        <translation>{origin}: code: musi pozostać {code}; aby utworzyć inny profil, poproś o dodanie go do ustawień.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: kind: must stay overlay.</source>
        <translation>{origin}: kind: musi pozostać overlay.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{origin}: disable: no profile has the rules {rules}.</source>
        <translation>{origin}: disable: żaden profil nie zawiera reguł {rules}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Cannot be saved:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</source>
        <translation>&lt;span style=&apos;color:{colour}&apos;&gt;&lt;b&gt;Nie można zapisać:&lt;/b&gt;&lt;/span&gt;&lt;br&gt;{problems}</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Valid: %n rule(s). Not saved yet.</source>
        <translation>
            <numerusform>Poprawne: %n reguła. Jeszcze nie zapisano.</numerusform>
            <numerusform>Poprawne: %n reguły. Jeszcze nie zapisano.</numerusform>
            <numerusform>Poprawne: %n reguł. Jeszcze nie zapisano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid: %n rule(s).</source>
        <translation>
            <numerusform>Poprawne: %n reguła.</numerusform>
            <numerusform>Poprawne: %n reguły.</numerusform>
            <numerusform>Poprawne: %n reguł.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy not saved</source>
        <translation>Nie zapisano zasad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as revision {revision}.</source>
        <translation>Zapisano jako rewizję {revision}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reset to the shipped policy</source>
        <translation>Przywróć zasady dostarczone z programem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the department&apos;s copy of {code} with the copy shipped with CollectDesk? The saved revisions stay in the history.</source>
        <translation>Zastąpić kopię działu profilu {code} kopią dostarczoną z CollectDesk? Zapisane rewizje pozostaną w historii.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Policy not reset</source>
        <translation>Nie przywrócono zasad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the shipped copy.</source>
        <translation>Przywrócono kopię dostarczoną z programem.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save policy</source>
        <translation>&amp;Zapisz zasady</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the text as a new revision of the department&apos;s policy</source>
        <translation>Zapisz tekst jako nową rewizję zasad działu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset to shi&amp;pped</source>
        <translation>Przywróć wersję &amp;dostarczoną</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+52"/>
        <source>Change owner</source>
        <translation>Zmień właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who looks after {name}?</source>
        <translation>Kto odpowiada za portfel {name}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a different owner.</source>
        <translation>Wybierz innego właściciela.</translation>
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
        <location filename="../collectdesk/services/payments.py" line="+57"/>
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
    <name>PdfPreview</name>
    <message>
        <location filename="../collectdesk/ui/reports/pdf_preview.py" line="+103"/>
        <source>{file} could not be opened as a PDF.</source>
        <translation>Nie udało się otworzyć pliku {file} jako PDF.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+17"/>
        <source>of {count}</source>
        <translation>z {count}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Generate a report, or reopen one from the archive, to see it here.</source>
        <translation>Wygeneruj raport lub otwórz go ponownie z archiwum, aby go tu zobaczyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page (Page Up)</source>
        <translation>Poprzednia strona (Page Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Page Down)</source>
        <translation>Następna strona (Page Down)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to page</source>
        <translation>Przejdź do strony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Powiększ (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Pomniejsz (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole page</source>
        <translation>Cała strona</translation>
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
        <translation>{quarter} kw. {year}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Week {week}, {year} ({span})</source>
        <translation>Tydzień {week}, {year} ({span})</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+89"/>
        <source>All staff</source>
        <translation>Wszyscy pracownicy</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Branch: {name}</source>
        <translation>Oddział: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team: {name} ({branch})</source>
        <translation>Zespół: {name} ({branch})</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Tydzień</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Kwartał</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom range</source>
        <translation>Własny zakres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period (Alt+Left)</source>
        <translation>Poprzedni okres (Alt+strzałka w lewo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period (Alt+Right)</source>
        <translation>Następny okres (Alt+strzałka w prawo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current</source>
        <translation>Bieżący</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period that contains today</source>
        <translation>Okres obejmujący dzisiejszy dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpare with:</source>
        <translation>&amp;Porównaj z:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing</source>
        <translation>Bez porównania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same period last year</source>
        <translation>Ten sam okres rok wcześniej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Zakres:</translation>
    </message>
</context>
<context>
    <name>PlanCalculatorDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_calculator.py" line="+122"/>
        <source>Amount: {problem}</source>
        <translation>Kwota: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The down payment is not an amount.</source>
        <translation>Wpłata początkowa nie jest kwotą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fee is not an amount.</source>
        <translation>Opłata nie jest kwotą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment: {problem}</source>
        <translation>Rata: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>Kwota objęta harmonogramem jest wyższa niż saldo do spłaty ({balance}).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Total payable: {total} in %n installment(s); interest {interest}</source>
        <translation>
            <numerusform>Łącznie do zapłaty: {total} w %n racie; odsetki {interest}</numerusform>
            <numerusform>Łącznie do zapłaty: {total} w %n ratach; odsetki {interest}</numerusform>
            <numerusform>Łącznie do zapłaty: {total} w %n ratach; odsetki {interest}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Termin pierwszej raty nie może przypadać w przeszłości.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payment plan calculator</source>
        <translation>Kalkulator harmonogramu spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>Co miesiąc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every two weeks</source>
        <translation>Co dwa tygodnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Co tydzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of installments</source>
        <translation>Liczba rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Kwota raty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Kwota:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frequency:</source>
        <translation>&amp;Częstotliwość:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan by:</source>
        <translation>&amp;Oblicz według:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Liczba rat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstallment:</source>
        <translation>&amp;Rata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First &amp;due:</source>
        <translation>Termin &amp;pierwszej raty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wn payment:</source>
        <translation>Wpła&amp;ta początkowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest per &amp;year:</source>
        <translation>Oprocentowanie roczn&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ee:</source>
        <translation>Opł&amp;ata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule of the installments</source>
        <translation>Harmonogram rat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create plan</source>
        <translation>&amp;Utwórz harmonogram</translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="+175"/>
        <source>This payment plan has not been approved yet. Approve it first; then the letter to the debtor can be printed.</source>
        <translation>Ten harmonogram spłat nie został jeszcze zatwierdzony. Najpierw należy go zatwierdzić; dopiero wtedy można wydrukować pismo do dłużnika.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This payment plan has ended without being paid, so there is no plan to confirm to the debtor any more.</source>
        <translation>Ten harmonogram spłat zakończył się bez spłaty zadłużenia, więc nie ma już harmonogramu do potwierdzenia dłużnikowi.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>No payment plan was found for {key}.</source>
        <translation>Nie znaleziono harmonogramu spłat dla {key}.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter_pdf.py" line="+44"/>
        <source>Collections department</source>
        <translation>Dział windykacji</translation>
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
        <translation>Potwierdzenie harmonogramu spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Numer sprawy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor</source>
        <translation>Wierzyciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creditor&apos;s reference</source>
        <translation>Numer referencyjny wierzyciela</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dear {name},</source>
        <translation>Szanowni Państwo,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account} with {creditor}, as set out below. Please keep it for your records.</source>
        <translation>Dziękujemy za uzgodnienie z nami harmonogramu spłat. Niniejsze pismo potwierdza przedstawiony poniżej harmonogram spłat w sprawie nr {account} (wierzyciel: {creditor}). Prosimy o zachowanie tego pisma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you for agreeing a payment plan with us. This letter confirms the plan for your account {account}, as set out below. Please keep it for your records.</source>
        <translation>Dziękujemy za uzgodnienie z nami harmonogramu spłat. Niniejsze pismo potwierdza przedstawiony poniżej harmonogram spłat w sprawie nr {account}. Prosimy o zachowanie tego pisma.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan at a glance</source>
        <translation>Harmonogram w skrócie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount covered by the plan</source>
        <translation>Kwota objęta harmonogramem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down payment, due on {date}</source>
        <translation>Wpłata początkowa, płatna do {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest ({rate} % a year)</source>
        <translation>Odsetki ({rate} % rocznie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Odsetki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fee</source>
        <translation>Opłata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to pay</source>
        <translation>Łącznie do zapłaty</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n weekly installment(s)</source>
        <translation>
            <numerusform>%n rata tygodniowa</numerusform>
            <numerusform>%n raty tygodniowe</numerusform>
            <numerusform>%n rat tygodniowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fortnightly installment(s)</source>
        <translation>
            <numerusform>%n rata płatna co dwa tygodnie</numerusform>
            <numerusform>%n raty płatne co dwa tygodnie</numerusform>
            <numerusform>%n rat płatnych co dwa tygodnie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n monthly installment(s)</source>
        <translation>
            <numerusform>%n rata miesięczna</numerusform>
            <numerusform>%n raty miesięczne</numerusform>
            <numerusform>%n rat miesięcznych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installments</source>
        <translation>Raty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{amount} each; the last one {last}</source>
        <translation>po {amount}; ostatnia {last}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installment amount</source>
        <translation>Kwota raty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due on</source>
        <translation>Termin pierwszej raty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last installment due on</source>
        <translation>Termin ostatniej raty</translation>
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
        <translation>Zatwierdzenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment schedule</source>
        <translation>Harmonogram spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <comment>installment number</comment>
        <translation>Lp.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Termin płatności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down payment</source>
        <translation>Wpłata początkowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <comment>the sum of the schedule</comment>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to pay</source>
        <translation>Sposób zapłaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please pay each installment so that it reaches us by its due date, to:</source>
        <translation>Prosimy wpłacać każdą ratę tak, aby wpłynęła najpóźniej w dniu jej terminu płatności, zgodnie z poniższymi danymi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>Prosimy podawać w tytule każdej wpłaty numer {reference}, abyśmy mogli zaliczyć ją na poczet harmonogramu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please pay each installment so that it reaches us by its due date, and quote the reference {reference} with every payment, so that we can credit it to your plan.</source>
        <translation>Prosimy wpłacać każdą ratę tak, aby wpłynęła najpóźniej w dniu jej terminu płatności, i podawać w tytule każdej wpłaty numer {reference}, abyśmy mogli zaliczyć ją na poczet harmonogramu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pay more, or earlier, at any time: every payment is credited to the oldest installment still open.</source>
        <translation>W każdej chwili mogą Państwo wpłacić więcej lub wcześniej: każda wpłata jest zaliczana na najstarszą nieopłaconą ratę.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If an installment is not paid</source>
        <translation>Jeżeli rata nie zostanie zapłacona</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>An installment counts as missed when it is still unpaid %n day(s) after its due date.</source>
        <translation>
            <numerusform>Ratę uważa się za zaległą, jeżeli %n dzień po terminie płatności nadal pozostaje nieopłacona.</numerusform>
            <numerusform>Ratę uważa się za zaległą, jeżeli %n dni po terminie płatności nadal pozostaje nieopłacona.</numerusform>
            <numerusform>Ratę uważa się za zaległą, jeżeli %n dni po terminie płatności nadal pozostaje nieopłacona.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment counts as missed when it is not paid by its due date.</source>
        <translation>Ratę uważa się za zaległą, jeżeli nie zostanie opłacona w terminie płatności.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>If %n installment(s) are missed, the plan ends and the whole balance still owed falls due again at once.</source>
        <translation>
            <numerusform>W przypadku %n zaległej raty harmonogram przestaje obowiązywać, a całe pozostałe zadłużenie od razu ponownie staje się wymagalne.</numerusform>
            <numerusform>W przypadku %n zaległych rat harmonogram przestaje obowiązywać, a całe pozostałe zadłużenie od razu ponownie staje się wymagalne.</numerusform>
            <numerusform>W przypadku %n zaległych rat harmonogram przestaje obowiązywać, a całe pozostałe zadłużenie od razu ponownie staje się wymagalne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you cannot pay an installment, please contact us before its due date, so that we can look for a solution with you.</source>
        <translation>Jeżeli nie będą Państwo w stanie zapłacić raty, prosimy o kontakt przed terminem jej płatności – wspólnie poszukamy rozwiązania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yours sincerely,</source>
        <translation>Z poważaniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>PlanScheduleModel</name>
    <message>
        <location filename="../collectdesk/ui/escalations/plan_schedule_model.py" line="+39"/>
        <source>Down payment</source>
        <translation>Wpłata początkowa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal</source>
        <translation>Kapitał</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>Odsetki</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../collectdesk/domain/plans.py" line="+141"/>
        <source>The number of installments must be between 1 and {most}.</source>
        <translation>Liczba rat musi wynosić od 1 do {most}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That installment would take more than {most} installments; choose a larger amount.</source>
        <translation>Przy tej wysokości raty liczba rat przekroczyłaby {most}; wybierz wyższą kwotę.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/plans.py" line="+58"/>
        <source>The grace period must be from 0 to 60 days.</source>
        <translation>Okres karencji musi wynosić od 0 do 60 dni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan amount is larger than the open balance ({balance}).</source>
        <translation>Kwota objęta harmonogramem spłat jest wyższa niż saldo do spłaty ({balance}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A plan needs the name of who approved it.</source>
        <translation>Harmonogram spłat wymaga podania osoby, która go zatwierdziła.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a proposed plan can be approved.</source>
        <translation>Zatwierdzić można tylko proponowany harmonogram spłat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account already has a running payment plan.</source>
        <translation>Dla tej sprawy realizowany jest już harmonogram spłat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The balance has fallen below the plan amount since it was proposed; propose it again.</source>
        <translation>Od czasu złożenia propozycji saldo spadło poniżej kwoty harmonogramu; zaproponuj go ponownie.</translation>
    </message>
</context>
<context>
    <name>PortfolioAccountsModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_accounts_model.py" line="+45"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Dodający</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{when} by {who}</source>
        <translation>{when} ({who})</translation>
    </message>
</context>
<context>
    <name>PortfolioDialogs</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="-111"/>
        <source>Enter a name for the portfolio.</source>
        <translation>Podaj nazwę portfela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Nazwa jest za długa: może mieć najwyżej 120 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Portfel o nazwie {name} już istnieje.</translation>
    </message>
</context>
<context>
    <name>PortfolioKind</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+29"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+24"/>
        <source>High-risk credit</source>
        <translation>Wysokie ryzyko kredytowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>High-profile</source>
        <translation>Sprawy wrażliwe wizerunkowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Fraud</source>
        <translation>Oszustwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Special delinquent</source>
        <translation>Szczególne sprawy zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+1"/>
        <source>Watchlist</source>
        <translation>Lista obserwowanych</translation>
    </message>
</context>
<context>
    <name>PortfolioListModel</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_list_model.py" line="+35"/>
        <source>Portfolio</source>
        <translation>Portfel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected this month</source>
        <translation>Wpływy w tym miesiącu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last activity</source>
        <translation>Ostatnia czynność</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts currently in the portfolio</source>
        <translation>Sprawy znajdujące się obecnie w portfelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balance of those accounts, per currency</source>
        <translation>Saldo do spłaty tych spraw, według walut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments with a value date in this calendar month, per currency</source>
        <translation>Wpłaty z datą waluty w bieżącym miesiącu kalendarzowym, według walut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest activity logged on any of its accounts</source>
        <translation>Ostatnia czynność zarejestrowana w którejkolwiek ze spraw portfela</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
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
        <translation>Portfel</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>There is no compliance profile {code}.</source>
        <translation>Nie ma profilu zgodności {code}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write why the accounts go into this portfolio.</source>
        <translation>Podaj, dlaczego sprawy trafiają do tego portfela.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n account(s) no longer exist; nothing was added.</source>
        <translation>
            <numerusform>%n sprawa już nie istnieje; niczego nie dodano.</numerusform>
            <numerusform>%n sprawy już nie istnieją; niczego nie dodano.</numerusform>
            <numerusform>%n spraw już nie istnieje; niczego nie dodano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The portfolio needs a name.</source>
        <translation>Portfel musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most 120 characters.</source>
        <translation>Nazwa jest za długa: może mieć najwyżej 120 znaków.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A portfolio named {name} already exists.</source>
        <translation>Portfel o nazwie {name} już istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a supervisor or manager and cannot own a portfolio.</source>
        <translation>{name} nie jest kierownikiem zespołu ani kierownikiem działu i nie może być właścicielem portfela.</translation>
    </message>
</context>
<context>
    <name>PortfoliosPane</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolios_pane.py" line="+141"/>
        <location line="+3"/>
        <source>Portfolios</source>
        <translation>Portfele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New portfolio…</source>
        <translation>&amp;Nowy portfel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;owner…</source>
        <translation>Zmień &amp;właściciela…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open as &amp;queue</source>
        <translation>Otwórz jako &amp;kolejkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work through the portfolio&apos;s accounts in the queue</source>
        <translation>Obsługuj sprawy z portfela w kolejce</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&amp;Rename…</source>
        <translation>Zmień n&amp;azwę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance &amp;profile…</source>
        <translation>Profil &amp;zgodności…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this portfolio&apos;s accounts against another country&apos;s rules</source>
        <translation>Sprawdzaj sprawy z tego portfela według reguł innego kraju</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show remo&amp;ved</source>
        <translation>Pokaż &amp;usunięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move from portfolio…</source>
        <translation>Usuń z &amp;portfela…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Accounts in {name}</source>
        <translation>&amp;Sprawy w portfelu {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accounts (choose a portfolio above)</source>
        <translation>&amp;Sprawy (wybierz portfel powyżej)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No portfolios yet. Create one with New portfolio…</source>
        <translation>Nie ma jeszcze żadnych portfeli. Portfel można utworzyć poleceniem Nowy portfel…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The portfolios could not be read: {error}</source>
        <translation>Nie udało się odczytać portfeli: {error}</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+11"/>
        <source>Remove from portfolio</source>
        <translation>Usuń z portfela</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Take %n account(s) out of {name}? They stay in its history.</source>
        <translation>
            <numerusform>Usunąć %n sprawę z portfela {name}? Pozostanie ona w historii portfela.</numerusform>
            <numerusform>Usunąć %n sprawy z portfela {name}? Pozostaną one w historii portfela.</numerusform>
            <numerusform>Usunąć %n spraw z portfela {name}? Pozostaną one w historii portfela.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n account(s) taken out of {name}.</source>
        <translation>
            <numerusform>Usunięto %n sprawę z portfela {name}.</numerusform>
            <numerusform>Usunięto %n sprawy z portfela {name}.</numerusform>
            <numerusform>Usunięto %n spraw z portfela {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfoliosReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="+69"/>
        <location line="+58"/>
        <source>Special portfolios</source>
        <translation>Portfele specjalne</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>there is no special portfolio in scope.</source>
        <translation>w zakresie raportu nie ma żadnego portfela specjalnego.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No owner</source>
        <translation>Brak właściciela</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+6"/>
        <source>Portfolio</source>
        <translation>Portfel</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <translation>Ostatnia czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts and balances as they stand today; collected: payments with a value date in the period.</source>
        <translation>Sprawy i salda według stanu na dziś; wpływy: wpłaty z datą waluty w okresie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Balances and collections ({currency})</source>
        <translation>Salda i wpływy ({currency})</translation>
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
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected in the period before</source>
        <translation>Wpływy w poprzednim okresie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts in the portfolios</source>
        <translation>Sprawy w portfelach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is in the portfolio</source>
        <translation>Powód umieszczenia w portfelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Accounts in special portfolios</source>
        <translation>Sprawy w portfelach specjalnych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance in portfolios ({currency})</source>
        <translation>Saldo w portfelach ({currency})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collected on portfolios ({currency})</source>
        <translation>Wpływy z portfeli ({currency})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n special portfolio(s) hold {accounts} accounts.</source>
        <translation>
            <numerusform>Liczba spraw w %n portfelu specjalnym: {accounts}.</numerusform>
            <numerusform>Liczba spraw w %n portfelach specjalnych: {accounts}.</numerusform>
            <numerusform>Liczba spraw w %n portfelach specjalnych: {accounts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The largest is {name} ({owner}): %n account(s) owing {balance}.</source>
        <translation>
            <numerusform>Największy jest portfel {name} ({owner}): %n sprawa na kwotę {balance}.</numerusform>
            <numerusform>Największy jest portfel {name} ({owner}): %n sprawy na łączną kwotę {balance}.</numerusform>
            <numerusform>Największy jest portfel {name} ({owner}): %n spraw na łączną kwotę {balance}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activity has been logged on {name} yet.</source>
        <translation>W portfelu {name} nie zarejestrowano jeszcze żadnej czynności.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing has been done on {name} for %n day(s).</source>
        <translation>
            <numerusform>W portfelu {name} od %n dnia nie podjęto żadnej czynności.</numerusform>
            <numerusform>W portfelu {name} od %n dni nie podjęto żadnej czynności.</numerusform>
            <numerusform>W portfelu {name} od %n dni nie podjęto żadnej czynności.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../collectdesk/ui/reports/presentation.py" line="+95"/>
        <source>Presenting: {title}</source>
        <translation>Prezentacja: {title}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Slide</source>
        <translation>Slajd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ next  ·  ← back  ·  N speaker notes  ·  F full screen  ·  B black screen  ·  Esc end</source>
        <translation>→ dalej  ·  ← wstecz  ·  N notatki prelegenta  ·  F pełny ekran  ·  B czarny ekran  ·  Esc koniec</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <location filename="../collectdesk/ui/compliance/rules_model.py" line="+43"/>
        <source>Rule</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis</source>
        <translation>Podstawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Weryfikacja</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not verified</source>
        <translation>bez weryfikacji</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not checked against the primary text: it comes from a secondary source, a draft or a default.</source>
        <translation>Nie sprawdzono z oryginalnym tekstem przepisu: pochodzi ze źródła wtórnego, z projektu lub jest wartością domyślną.</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <location filename="../collectdesk/ui/compliance/profiles_view.py" line="+108"/>
        <source>creditor {name}</source>
        <translation>wierzyciel {name}</translation>
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
{code} · we wszystkich profilach</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+7"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, wersja {version}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {code}, version {version}, the department&apos;s copy (revision {revision})</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {code}, wersja {version}, kopia działu (rewizja {revision})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed off by counsel on {date}. Engineering, not legal advice: each rule names its source.</source>
        <translation>Zatwierdzony przez prawnika dnia {date}. Opracowanie techniczne, a nie porada prawna: każda reguła podaje swoje źródło.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not yet signed off by counsel. Engineering, not legal advice: each rule names its source, and unverified numbers are flagged.</source>
        <translation>Jeszcze niezatwierdzony przez prawnika. Opracowanie techniczne, a nie porada prawna: każda reguła podaje swoje źródło, a niezweryfikowane wartości są oznaczone.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Rules</source>
        <translation>&amp;Reguły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit policy (YAML)</source>
        <translation>&amp;Edytuj zasady (YAML)</translation>
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
        <location filename="../collectdesk/ui/tasks.py" line="+83"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>QaEntryDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_entry_dialog.py" line="+116"/>
        <location line="+55"/>
        <source>No call in CollectDesk: type its reference below</source>
        <translation>Rozmowy nie ma w CollectDesk: wpisz poniżej jej identyfikator</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>{when} · {account} · {debtor} · {outcome}</source>
        <translation>{when} · {account} · {debtor} · {outcome}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the monitored call, or type its reference.</source>
        <translation>Wybierz monitorowaną rozmowę lub wpisz jej identyfikator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no supervisor or manager to record as the evaluator.</source>
        <translation>Brak kierownika zespołu lub kierownika działu, którego można wpisać jako oceniającego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score at least one criterion (0–100).</source>
        <translation>Przyznaj punkty za co najmniej jedno kryterium (0–100).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>QA entry for {name}</source>
        <translation>Ocena QA: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Oceniający:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitored &amp;call:</source>
        <translation>Monitorowana &amp;rozmowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call &amp;reference:</source>
        <translation>&amp;Identyfikator rozmowy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording or phone system reference</source>
        <translation>Identyfikator nagrania lub z systemu telefonicznego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores (0–100; – means not scored)</source>
        <translation>Punkty (0–100; – oznacza brak oceny)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score:</source>
        <translation>Wynik ogólny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The average of the scores given, rounded half up</source>
        <translation>Średnia przyznanych punktów, zaokrąglona (połówki w górę)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save QA entry</source>
        <translation>&amp;Zapisz ocenę QA</translation>
    </message>
</context>
<context>
    <name>QaListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/qa_list_model.py" line="+38"/>
        <source>Evaluated on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluator</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Double-click to open the account</source>
        <translation>Kliknij dwukrotnie, aby otworzyć sprawę</translation>
    </message>
</context>
<context>
    <name>QueueCase</name>
    <message>
        <location filename="../collectdesk/ui/queues/case_text.py" line="+21"/>
        <source>Escalation: referred to senior manager</source>
        <translation>Eskalacja: przekazana dyrektorowi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: information requested</source>
        <translation>Eskalacja: prośba o informacje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation: counter-proposal made</source>
        <translation>Eskalacja: złożono kontrpropozycję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: awaiting decision</source>
        <translation>Eskalacja: oczekuje na decyzję</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan: awaiting approval</source>
        <translation>Harmonogram: oczekuje na zatwierdzenie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: active, nothing due yet</source>
        <translation>Harmonogram: aktywny, brak wymagalnych rat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: on track</source>
        <translation>Harmonogram: realizowany terminowo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: installment missed</source>
        <translation>Harmonogram: nieopłacona rata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: broken ({date})</source>
        <translation>Harmonogram: zerwany ({date})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan: broken</source>
        <translation>Harmonogram: zerwany</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Settlement due by {date}</source>
        <translation>Ugoda: płatna do {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement offered, until {date}</source>
        <translation>Ugoda zaproponowana, ważna do {date}</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <location filename="../collectdesk/services/queues/columns.py" line="+33"/>
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
    <message>
        <location line="+2"/>
        <source>Case</source>
        <translation>Sytuacja sprawy</translation>
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
        <location filename="../collectdesk/ui/queues/queue_model.py" line="+185"/>
        <source>This column cannot be sorted: it is read for the rows on screen only.</source>
        <translation>Tej kolumny nie można sortować: jest odczytywana tylko dla wierszy widocznych na ekranie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sorting on this column reads the whole queue once.</source>
        <translation>Sortowanie według tej kolumny wymaga jednorazowego odczytu całej kolejki.</translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message>
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+172"/>
        <location line="+129"/>
        <location line="+114"/>
        <source>Queues</source>
        <translation>Kolejki</translation>
    </message>
    <message>
        <location line="-240"/>
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
        <location line="+71"/>
        <location line="+111"/>
        <source>Filtered accounts</source>
        <translation>Przefiltrowane sprawy</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Sorting…</source>
        <translation>Sortowanie…</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>RaiseEscalationDialog</name>
    <message>
        <location filename="../collectdesk/ui/escalations/raise_dialog.py" line="+153"/>
        <source>Choose the reason for the escalation.</source>
        <translation>Wybierz powód eskalacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the decision you are asking for.</source>
        <translation>Wybierz wnioskowaną decyzję.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount at stake: {problem}</source>
        <translation>Kwota objęta eskalacją: {problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A payment plan needs at least one installment.</source>
        <translation>Harmonogram spłat musi obejmować co najmniej jedną ratę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first installment cannot fall due in the past.</source>
        <translation>Termin pierwszej raty nie może przypadać w przeszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Umorzenie musi wynosić więcej niż 0 % i mniej niż 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settlement amount: {problem}</source>
        <translation>Kwota ugody: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The settlement amount must be less than the amount at stake.</source>
        <translation>Kwota ugody musi być mniejsza niż kwota objęta eskalacją.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount written off: {problem}</source>
        <translation>Kwota odpisu: {problem}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount written off cannot be more than the open balance.</source>
        <translation>Kwota odpisu nie może przekraczać salda do spłaty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note: what happened and why the account needs a decision.</source>
        <translation>Wpisz notatkę: co się wydarzyło i dlaczego sprawa wymaga decyzji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long ({length} of at most {most} characters).</source>
        <translation>Notatka jest za długa ({length} znaków, dozwolone najwyżej {most}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Escalate account</source>
        <translation>Eskalacja sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount to be paid</source>
        <translation>Kwota do zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount in percent</source>
        <translation>Umorzenie w procentach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested &amp;decision:</source>
        <translation>Wnioskowana &amp;decyzja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount at stake:</source>
        <translation>&amp;Kwota objęta eskalacją:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Installments:</source>
        <translation>&amp;Liczba rat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First due:</source>
        <translation>Termin pierwszej &amp;raty:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settle &amp;by:</source>
        <translation>Sposób &amp;ugody:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttlement:</source>
        <translation>U&amp;goda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write off:</source>
        <translation>&amp;Odpis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment&amp;s:</source>
        <translation>&amp;Załączniki:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, what the debtor said, why you ask for this decision</source>
        <translation>Co się wydarzyło, co powiedział dłużnik, dlaczego potrzebna jest ta decyzja</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your login ({login}) is not a staff member, so you cannot raise an escalation.</source>
        <translation>Zalogowany użytkownik ({login}) nie jest pracownikiem, dlatego nie może zgłosić eskalacji.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <location filename="../collectdesk/services/evaluation_terms.py" line="+5"/>
        <source>Unsatisfactory</source>
        <translation>Niezadowalająco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs improvement</source>
        <translation>Wymaga poprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meets expectations</source>
        <translation>Spełnia oczekiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceeds expectations</source>
        <translation>Przewyższa oczekiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excellent</source>
        <translation>Wybitnie</translation>
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
    <name>RecipientsDialog</name>
    <message>
        <location filename="../collectdesk/ui/reports/recipients_dialog.py" line="+125"/>
        <source>Copies for department heads</source>
        <translation>Kopie dla kierowników działów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One copy is printed for each person ticked; the cover of each copy names its reader. The list is remembered.</source>
        <translation>Dla każdej zaznaczonej osoby drukowana jest jedna kopia; na okładce każdej kopii widnieje imię i nazwisko odbiorcy. Lista jest zapamiętywana.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, e.g. Maria Bianchi (Accounting)</source>
        <translation>Imię i nazwisko, np. Maria Kowalska (Księgowość)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print copies</source>
        <translation>&amp;Drukuj kopie</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../collectdesk/ui/training/record_table_model.py" line="+45"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Przypisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>ReferralPdf</name>
    <message>
        <location filename="../collectdesk/reports/referral_sheet.py" line="+37"/>
        <source>Collections department</source>
        <translation>Dział windykacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation: referral to a senior manager</source>
        <translation>Eskalacja: przekazanie sprawy dyrektorowi</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Creditor</source>
        <translation>Wierzyciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at stake</source>
        <translation>Kwota objęta eskalacją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested decision</source>
        <translation>Wnioskowana decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Zgłaszający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised on</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to</source>
        <translation>Przekazano do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why a senior manager decides</source>
        <translation>Dlaczego decyzję podejmuje dyrektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within the supervisor&apos;s limits.</source>
        <translation>W granicach limitów kierownika zespołu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed terms</source>
        <translation>Proponowane warunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No terms proposed.</source>
        <translation>Nie zaproponowano warunków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account on {date}</source>
        <translation>Sprawa na dzień {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original amount</source>
        <translation>Kwota pierwotna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Spłacona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Aging bucket</source>
        <translation>Przedział wiekowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last contacts</source>
        <translation>Ostatnie kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay</source>
        <translation>Obietnice zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Wpłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open complaints and disputes</source>
        <translation>Otwarte reklamacje i spory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised on</source>
        <translation>Data obietnicy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date</source>
        <translation>Data waluty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Nr referencyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision history</source>
        <translation>Historia decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior manager&apos;s decision</source>
        <translation>Decyzja dyrektora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>☐ approved   ☐ rejected   ☐ counter-proposal   ☐ more information needed</source>
        <translation>☐ zatwierdzono   ☐ odrzucono   ☐ kontrpropozycja   ☐ potrzebne dodatkowe informacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and signature: {name}</source>
        <translation>Imię i nazwisko oraz podpis: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated on {when}</source>
        <translation>Wygenerowano {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hardship</source>
        <translation>Trudna sytuacja finansowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute</source>
        <translation>Spór</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuses to pay</source>
        <translation>Odmowa zapłaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreachable</source>
        <translation>Brak kontaktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large balance</source>
        <translation>Wysokie saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected fraud</source>
        <translation>Podejrzenie oszustwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal threat</source>
        <translation>Groźba kroków prawnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vulnerable customer</source>
        <translation>Osoba wymagająca szczególnej ochrony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment plan</source>
        <translation>Harmonogram spłat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement</source>
        <translation>Ugoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write-off</source>
        <translation>Odpis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal referral</source>
        <translation>Skierowanie na drogę sądową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold</source>
        <translation>Wstrzymanie działań</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior-manager review</source>
        <translation>Decyzja dyrektora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Zgłoszono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>W trakcie rozpatrywania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>Przekazano dyrektorowi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Information requested</source>
        <translation>Prośba o informacje</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+9"/>
        <source>Counter-proposal</source>
        <translation>Kontrpropozycja</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+6"/>
        <source>Approved</source>
        <translation>Zatwierdzono</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>Rejected</source>
        <translation>Odrzucono</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+10"/>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Raised</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information provided</source>
        <translation>Uzupełnienie informacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred to a senior manager</source>
        <translation>Przekazanie dyrektorowi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Installments</source>
        <translation>Liczba rat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installment amount</source>
        <translation>Kwota raty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First installment due</source>
        <translation>Termin pierwszej raty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settlement amount</source>
        <translation>Kwota ugody</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount written off</source>
        <translation>Kwota odpisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount (%)</source>
        <translation>Umorzenie (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold until</source>
        <translation>Wstrzymanie do</translation>
    </message>
</context>
<context>
    <name>RenamePortfolioDialog</name>
    <message>
        <location filename="../collectdesk/ui/portfolios/portfolio_dialogs.py" line="+73"/>
        <source>Rename portfolio</source>
        <translation>Zmień nazwę portfela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;name:</source>
        <translation>Nowa &amp;nazwa:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the new name.</source>
        <translation>Wpisz nową nazwę.</translation>
    </message>
</context>
<context>
    <name>ReportArchive</name>
    <message>
        <location filename="../collectdesk/services/report_archive.py" line="+96"/>
        <source>There is no file to keep in the archive.</source>
        <translation>Brak pliku do zachowania w archiwum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only PDF and XLSX files are kept in the archive.</source>
        <translation>W archiwum przechowywane są tylko pliki PDF i XLSX.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} could not be read: {reason}</source>
        <translation>Nie udało się odczytać pliku {file}: {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Report archived: {file} ({size} bytes, SHA-256 {sha})</source>
        <translation>Zarchiwizowano raport: {file} (rozmiar: {size} B, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This report is no longer in the archive.</source>
        <translation>Tego raportu nie ma już w archiwum.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The archived copy of {file} is damaged (its checksum does not match). Generate the report again.</source>
        <translation>Zarchiwizowana kopia pliku {file} jest uszkodzona (suma kontrolna się nie zgadza). Wygeneruj raport ponownie.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived report deleted: {file}</source>
        <translation>Usunięto zarchiwizowany raport: {file}</translation>
    </message>
</context>
<context>
    <name>ReportCatalogue</name>
    <message>
        <location filename="../collectdesk/reports/builders/aging.py" line="-97"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+54"/>
        <source>Aging report</source>
        <translation>Raport wiekowania należności</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/compliance.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-1"/>
        <source>Compliance report</source>
        <translation>Raport zgodności</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-228"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+2"/>
        <source>Escalations, settlements and write-offs report</source>
        <translation>Raport eskalacji, ugód i odpisów</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/feedback.py" line="-314"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-4"/>
        <source>Customer feedback report</source>
        <translation>Raport opinii klientów</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/portfolios.py" line="-73"/>
        <location filename="../collectdesk/reports/catalogue.py" line="+6"/>
        <source>Special portfolios report</source>
        <translation>Raport portfeli specjalnych</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="+100"/>
        <location filename="../collectdesk/reports/catalogue.py" line="-5"/>
        <source>Staff performance report</source>
        <translation>Raport wyników pracowników</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/catalogue.py" line="-2"/>
        <source>Collections report</source>
        <translation>Raport windykacyjny</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf.py" line="+203"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+198"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Folder {folder} nie istnieje. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>Brak uprawnień do zapisania pliku {file} w tym miejscu. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Dysk jest pełny: nie zapisano pliku {file}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+3"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} to folder. Wybierz nazwę pliku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../collectdesk/reports/render_xlsx.py" line="+2"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
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
        <translation>Wybierz PDF, arkusz kalkulacyjny lub oba; podano: {format}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The disk is full: the report was not written to {folder}.</source>
        <translation>Dysk jest pełny: raport nie został zapisany w folderze {folder}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{folder} cannot be written (no permission). Nothing was written.</source>
        <translation>Brak uprawnień do zapisu w folderze {folder}. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report could not be written to {folder}: {reason}</source>
        <translation>Nie udało się zapisać raportu w folderze {folder}: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The page size is A4 or Letter; got: {size}</source>
        <translation>Dostępne rozmiary strony to A4 i Letter; podano: {size}</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Add at least one recipient.</source>
        <translation>Dodaj co najmniej jednego odbiorcę.</translation>
    </message>
</context>
<context>
    <name>ReportOptions</name>
    <message>
        <location filename="../collectdesk/ui/reports/report_options.py" line="+100"/>
        <location line="+79"/>
        <source>Whole department</source>
        <translation>Cały dział</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Report:</source>
        <translation>Rapor&amp;t:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pape&amp;r:</source>
        <translation>Papi&amp;er:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Arkusz kalkulacyjny (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF and spreadsheet</source>
        <translation>PDF i arkusz kalkulacyjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF and spreadsheet: the narrative PDF, the spreadsheet, and the narrative with the tables appended</source>
        <translation>PDF i arkusz kalkulacyjny: PDF z opisem, arkusz kalkulacyjny oraz opis z dołączonymi tabelami</translation>
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
        <translation>Język, w którym zostanie napisany raport</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../collectdesk/reports/render_pdf_text.py" line="+42"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated {when}</source>
        <comment>page footer: when the report was made</comment>
        <translation>Wygenerowano {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for {name}</source>
        <comment>the person this printed copy is for</comment>
        <translation>Kopia dla: {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Opracowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>cover: date and time the report was made</comment>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>Najważniejsze wskaźniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Pominięto w raporcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Sposób obliczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables</source>
        <comment>heading of the appendix that lists every table</comment>
        <translation>Tabele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every table of the report in full, including the detailed listings that the chapters leave to the spreadsheet.</source>
        <translation>Wszystkie tabele raportu w pełnej postaci, w tym szczegółowe zestawienia, które w rozdziałach odesłano do arkusza kalkulacyjnego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Razem {currency}</translation>
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
        <translation>Brak danych za ten okres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title} (continued)</source>
        <comment>a table&apos;s title on the pages it runs over to</comment>
        <translation>{title} (cd.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <comment>a key figure equal to the previous period&apos;s</comment>
        <translation>bez zmian</translation>
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
        <translation>Poprzedni okres: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{attainment} of the target of {target}</source>
        <translation>{attainment} celu ({target})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: {target}</source>
        <translation>Cel: {target}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: met</source>
        <translation>Cel {target}: osiągnięty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target {target}: not met</source>
        <translation>Cel {target}: nieosiągnięty</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../collectdesk/ui/reports/printing.py" line="+55"/>
        <source>{file} is not a PDF that can be read.</source>
        <translation>Plik {file} nie jest czytelnym plikiem PDF.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no page to print.</source>
        <translation>Brak stron do wydrukowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be started. Check that it is connected, or print to a PDF file.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest podłączona, lub wydrukuj do pliku PDF.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>Drukarka zatrzymała się po %n stronie.</numerusform>
            <numerusform>Drukarka zatrzymała się po %n stronach.</numerusform>
            <numerusform>Drukarka zatrzymała się po %n stronach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Print report</source>
        <translation>Drukuj raport</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Print preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
</context>
<context>
    <name>ReportXlsx</name>
    <message>
        <location filename="../collectdesk/reports/render_xlsx.py" line="-121"/>
        <source>Summary</source>
        <comment>name of the first sheet</comment>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section {number}</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Sekcja {number}</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_sheets.py" line="+123"/>
        <source>{start} to {end}</source>
        <comment>a report&apos;s period</comment>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <comment>first day of the report&apos;s period</comment>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <comment>last day of the report&apos;s period</comment>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Zakres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by</source>
        <translation>Opracowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <comment>date and time the report was made</comment>
        <translation>Wygenerowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key figure</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <comment>the comparison period&apos;s value</comment>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contents</source>
        <translation>Spis treści</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <comment>heading of the executive summary</comment>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key figures</source>
        <translation>Najważniejsze wskaźniki</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not in this report</source>
        <comment>heading: sections left out, and why</comment>
        <translation>Pominięto w raporcie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole department</source>
        <comment>a report&apos;s scope</comment>
        <translation>Cały dział</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Method</source>
        <comment>label of a paragraph that explains how a figure is calculated</comment>
        <translation>Sposób obliczenia</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/render_xlsx_tables.py" line="+77"/>
        <source>Total</source>
        <comment>the last row of a table</comment>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total {currency}</source>
        <comment>the total row of one currency</comment>
        <translation>Razem {currency}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Currency</source>
        <comment>column of a table</comment>
        <translation>Waluta</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="-167"/>
        <source>Unknown report scope {scope}: use all, team:&lt;id&gt; or branch:&lt;id&gt;.</source>
        <translation>Nieznany zakres raportu {scope}: użyj all, team:&lt;id&gt; lub branch:&lt;id&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Week {week} of {year}</source>
        <comment>an ISO week</comment>
        <translation>Tydzień {week} roku {year}</translation>
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
        <translation>{quarter}. kw. {year}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{start} to {end}</source>
        <comment>a range of dates</comment>
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>W{week} {year}</source>
        <comment>an ISO week, short</comment>
        <translation>tydz. {week} {year}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{title}: the first {count}</source>
        <comment>the head of a ranking</comment>
        <translation>{title} (pierwsze pozycje: {count})</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The spreadsheet lists all %n.</source>
        <translation>
            <numerusform>Pełna lista (%n pozycja) znajduje się w arkuszu kalkulacyjnym.</numerusform>
            <numerusform>Pełna lista (%n pozycje) znajduje się w arkuszu kalkulacyjnym.</numerusform>
            <numerusform>Pełna lista (%n pozycji) znajduje się w arkuszu kalkulacyjnym.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{section} is left out: {reason}</source>
        <translation>Pominięto sekcję „{section}”: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No topic</source>
        <comment>feedback topic</comment>
        <translation>Bez zagadnienia</translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message>
        <location filename="../collectdesk/ui/reports/reports_pane.py" line="+135"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No report can be made in this build yet.</source>
        <translation>Ta wersja programu nie umożliwia jeszcze tworzenia żadnych raportów.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Generated in {seconds} s and kept in the archive.</source>
        <translation>Wygenerowano w {seconds} s i zachowano w archiwum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generating the report…</source>
        <translation>Generowanie raportu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled. Nothing was written and nothing was kept in the archive.</source>
        <translation>Anulowano. Niczego nie zapisano ani nie zachowano w archiwum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing cancelled; the print job was withdrawn.</source>
        <translation>Anulowano drukowanie; zadanie drukowania zostało wycofane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A file could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report could not be made ({error}). Nothing was kept in the archive.</source>
        <translation>Nie udało się utworzyć raportu ({error}). Niczego nie zachowano w archiwum.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Report (PDF)</source>
        <translation>Raport (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheet (XLSX)</source>
        <translation>Arkusz kalkulacyjny (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report with tables (PDF)</source>
        <translation>Raport z tabelami (PDF)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archived: {title}</source>
        <translation>Z archiwum: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A spreadsheet has no preview here. Save it with Save as… and open it in your spreadsheet program.</source>
        <translation>Arkusz kalkulacyjny nie ma tu podglądu. Zapisz go poleceniem Zapisz jako… i otwórz w programie do arkuszy kalkulacyjnych.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <location line="+11"/>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the report&apos;s files in</source>
        <translation>Zapisz pliki raportu w folderze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the files already in that folder?
{files}</source>
        <translation>Zastąpić pliki, które już są w tym folderze?
{files}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {files}</source>
        <translation>Zapisano: {files}</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Printed %n page(s) to {file}.</source>
        <translation>
            <numerusform>Wydrukowano %n stronę do pliku {file}.</numerusform>
            <numerusform>Wydrukowano %n strony do pliku {file}.</numerusform>
            <numerusform>Wydrukowano %n stron do pliku {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printed %n page(s) on {printer}.</source>
        <translation>
            <numerusform>Wydrukowano %n stronę na drukarce {printer}.</numerusform>
            <numerusform>Wydrukowano %n strony na drukarce {printer}.</numerusform>
            <numerusform>Wydrukowano %n stron na drukarce {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing {file}…</source>
        <translation>Drukowanie pliku {file}…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No printer is set up: save the copies in a folder</source>
        <translation>Brak skonfigurowanej drukarki: zapisz kopie w folderze</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Printed %n copy(ies): {names}</source>
        <translation>
            <numerusform>Wydrukowano %n kopię: {names}</numerusform>
            <numerusform>Wydrukowano %n kopie: {names}</numerusform>
            <numerusform>Wydrukowano %n kopii: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n copy(ies) in {folder}.</source>
        <translation>
            <numerusform>Zapisano %n kopię w folderze {folder}.</numerusform>
            <numerusform>Zapisano %n kopie w folderze {folder}.</numerusform>
            <numerusform>Zapisano %n kopii w folderze {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Making a copy for each recipient…</source>
        <translation>Przygotowywanie kopii dla każdego odbiorcy…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Report</source>
        <translation>&amp;Raport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the report with these choices (Ctrl+G)</source>
        <translation>Utwórz raport z wybranymi ustawieniami (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Zapisz jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the files out, under names ready to attach to an e-mail</source>
        <translation>Skopiuj pliki pod nazwami gotowymi do dołączenia do wiadomości e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report shown: printer, copies, paper size (Ctrl+P)</source>
        <translation>Drukuj wyświetlany raport: drukarka, liczba kopii, rozmiar papieru (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Podgląd &amp;wydruku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies for department heads…</source>
        <translation>&amp;Kopie dla kierowników działów…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one copy for each person, with their name on the cover</source>
        <translation>Wydrukuj po jednej kopii dla każdej osoby, z jej imieniem i nazwiskiem na okładce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;sent</source>
        <translation>&amp;Prezentuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the report&apos;s key figures full screen, slide by slide</source>
        <translation>Pokaż najważniejsze wskaźniki raportu na pełnym ekranie, slajd po slajdzie</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="+79"/>
        <source>Choose the outcome.</source>
        <translation>Wybierz wynik.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what was done (the resolution).</source>
        <translation>Opisz, co zrobiono (rozwiązanie).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;utcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>R&amp;ozwiązanie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ply sent:</source>
        <translation>Wysłana o&amp;dpowiedź:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found and done</source>
        <translation>Co ustalono i co zrobiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer given to the sender (optional)</source>
        <translation>Odpowiedź udzielona nadawcy (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Rozwiąż</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_dialog.py" line="+125"/>
        <source>Not rated</source>
        <translation>Nie oceniono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rating} – {words}</source>
        <translation>{rating} – {words}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There are no active review criteria; add some under Criteria… first.</source>
        <translation>Brak aktywnych kryteriów oceny; najpierw dodaj kryteria w oknie „Kryteria…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review date cannot be before the start of the period.</source>
        <translation>Data oceny nie może być wcześniejsza niż początek okresu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the reviewer.</source>
        <translation>Wybierz oceniającego.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate at least one criterion (1 Unsatisfactory … 5 Excellent).</source>
        <translation>Oceń co najmniej jedno kryterium (1 Niezadowalająco … 5 Wybitnie).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Review of {name}</source>
        <translation>Ocena okresowa: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the review of {name}</source>
        <translation>Edycja oceny okresowej: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;from:</source>
        <translation>Okres &amp;od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period &amp;to:</source>
        <translation>Okres &amp;do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewer:</source>
        <translation>Oc&amp;eniający:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of review:</source>
        <translation>D&amp;ata oceny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings (1 Unsatisfactory … 5 Excellent) and notes</source>
        <translation>Oceny (1 Niezadowalająco … 5 Wybitnie) i uwagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Komentarze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Strengths:</source>
        <translation>&amp;Mocne strony:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Goals for next period:</source>
        <translation>&amp;Cele na następny okres:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note (optional)</source>
        <translation>Uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save review</source>
        <translation>&amp;Zapisz ocenę</translation>
    </message>
</context>
<context>
    <name>ReviewExportDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_export_dialog.py" line="+48"/>
        <source>Export review as PDF</source>
        <translation>Eksportuj ocenę do PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Język dokumentu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Rozmiar papieru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The review was saved as {file}.</source>
        <translation>Ocenę zapisano jako {file}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written: {error}</source>
        <translation>Nie udało się zapisać pliku PDF: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the PDF…</source>
        <translation>Zapisywanie pliku PDF…</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/review_list_model.py" line="+40"/>
        <source>Reviewed on</source>
        <translation>Data oceny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reviewer</source>
        <translation>Oceniający</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Criteria rated</source>
        <translation>Ocenione kryteria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Średnia</translation>
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
        <translation>Termin ponownego kontaktu po niedotrzymanej obietnicy (dni):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Far below the team: standard deviations:</source>
        <translation>Znacznie poniżej zespołu: odchylenia standardowe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest spread used (percentage points):</source>
        <translation>Najmniejszy uwzględniany rozrzut (punkty procentowe):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team members needed for a comparison:</source>
        <translation>Liczba członków zespołu potrzebna do porównania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due needed to judge a kept rate:</source>
        <translation>Wymagalne obietnice potrzebne do oceny wskaźnika dotrzymania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls needed to judge an RPC rate:</source>
        <translation>Połączenia wychodzące potrzebne do oceny wskaźnika RPC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own history: previous periods compared:</source>
        <translation>Własna historia: porównywane poprzednie okresy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rate drop of at least (percentage points):</source>
        <translation>Spadek wskaźnika o co najmniej (punkty procentowe):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drop in collections of at least (%):</source>
        <translation>Spadek wpływów o co najmniej (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end: the last days of the period:</source>
        <translation>Koniec okresu: ostatnie dni okresu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (count):</source>
        <translation>Niedotrzymane obietnice z końca okresu, co najmniej (liczba):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late promises broken, at least (% of those due):</source>
        <translation>Niedotrzymane obietnice z końca okresu, co najmniej (% wymagalnych):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short promise call lasts under (seconds):</source>
        <translation>Krótka rozmowa z obietnicą trwa krócej niż (sekundy):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (count):</source>
        <translation>Krótkie rozmowy z obietnicą, co najmniej (liczba):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short promise calls, at least (% of promise calls):</source>
        <translation>Krótkie rozmowy z obietnicą, co najmniej (% rozmów z obietnicą):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scorecard rules</source>
        <translation>Reguły karty wyników</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>These rules apply to everyone using this database. The anomaly rules are explained in the manual (docs/anomalies.md).</source>
        <translation>Te reguły obowiązują wszystkich użytkowników tej bazy danych. Reguły anomalii opisano w podręczniku (docs/anomalies.md).</translation>
    </message>
</context>
<context>
    <name>ScanPreview</name>
    <message>
        <location filename="../collectdesk/ui/inbox/scan_preview.py" line="+85"/>
        <source>{file} cannot be shown: it is not a readable PDF.</source>
        <translation>Nie można wyświetlić pliku {file}: to nie jest czytelny plik PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} cannot be shown: the image is damaged or of an unknown kind.</source>
        <translation>Nie można wyświetlić pliku {file}: obraz jest uszkodzony lub ma nieznany format.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file} has no preview; use Open.</source>
        <translation>Plik {file} nie ma podglądu; użyj polecenia Otwórz.</translation>
    </message>
</context>
<context>
    <name>Scorecard</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_columns.py" line="+60"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked</source>
        <translation>Obsłużone sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Próby połączeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Kontakty z dłużnikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Wskaźnik RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Złożone obietnice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Kwota obietnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Wskaźnik obietnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (count)</source>
        <translation>Dotrzymane (liczba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept (amount)</source>
        <translation>Dotrzymane (kwota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Wpływy na RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Kontakt po niedotrzymaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Pochwały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Reklamacje na 1000 kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Uchybienia zgodności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>Wynik QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Zgłoszone eskalacje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments received in the period, less overpayments, per currency.</source>
        <translation>Wpłaty otrzymane w okresie, pomniejszone o nadpłaty, według walut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The collection target for the period (pro-rated by days).</source>
        <translation>Cel windykacyjny na okres (proporcjonalnie do liczby dni).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected as a percentage of the target.</source>
        <translation>Wpływy jako procent celu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Different accounts with any activity in the period.</source>
        <translation>Liczba różnych spraw, w których w okresie była jakakolwiek czynność.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls dialled, whatever the outcome.</source>
        <translation>Wykonane połączenia wychodzące, niezależnie od wyniku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations with the debtor in person, any channel.</source>
        <translation>Rozmowy bezpośrednio z dłużnikiem, dowolnym kanałem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound calls that reached the debtor, as a percentage of calls dialled.</source>
        <translation>Połączenia wychodzące, w których uzyskano kontakt z dłużnikiem, jako procent wykonanych połączeń.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises to pay recorded in the period.</source>
        <translation>Obietnice zapłaty zarejestrowane w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount promised in those promises.</source>
        <translation>Łączna kwota tych obietnic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made per 100 right-party contacts.</source>
        <translation>Złożone obietnice na 100 kontaktów z dłużnikiem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by count.</source>
        <translation>Obietnice z terminem w okresie dotrzymane w całości, według liczby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises due in the period that were kept in full, by amount.</source>
        <translation>Obietnice z terminem w okresie dotrzymane w całości, według kwoty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount collected divided by right-party contacts.</source>
        <translation>Kwota wpływów podzielona przez liczbę kontaktów z dłużnikiem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken promises whose account was contacted again within the follow-up window.</source>
        <translation>Niedotrzymane obietnice, w których sprawie ponownie podjęto kontakt w wyznaczonym czasie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints received about this person in the period.</source>
        <translation>Reklamacje dotyczące tej osoby otrzymane w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments received about this person in the period.</source>
        <translation>Pochwały dotyczące tej osoby otrzymane w okresie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 right-party contacts.</source>
        <translation>Reklamacje na 1000 kontaktów z dłużnikiem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings on this person&apos;s contacts.</source>
        <translation>Uchybienia w zakresie zgodności stwierdzone w kontaktach tej osoby.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average score of the call-monitoring reviews in the period (0-100).</source>
        <translation>Średni wynik ocen monitoringu rozmów w okresie (0-100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised by this person in the period.</source>
        <translation>Eskalacje zgłoszone przez tę osobę w okresie.</translation>
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
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attainment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Wskaźnik RPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Promises kept</source>
        <translation>Dotrzymane obietnice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QA score</source>
        <translation>Wynik QA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbound calls that reached the debtor, of all outbound calls</source>
        <translation>Połączenia wychodzące, w których uzyskano kontakt z dłużnikiem, spośród wszystkich połączeń wychodzących</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises kept, of those that fell due in the month (by count)</source>
        <translation>Dotrzymane obietnice spośród tych z terminem w danym miesiącu (według liczby)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average of the month&apos;s call-monitoring scores (0–100)</source>
        <translation>Średnia z ocen monitoringu rozmów w miesiącu (0–100)</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n monitored call(s)</source>
        <translation>
            <numerusform>%n monitorowana rozmowa</numerusform>
            <numerusform>%n monitorowane rozmowy</numerusform>
            <numerusform>%n monitorowanych rozmów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_model.py" line="+184"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: {kpi}</source>
        <translation>Trend: {kpi}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rank by {kpi}; money is ranked within each currency.</source>
        <translation>Ranking według: {kpi}; kwoty są porównywane w obrębie każdej waluty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last 12 periods of the chosen figure, oldest on the left.</source>
        <translation>Ostatnie 12 okresów wybranego wskaźnika, od najstarszego z lewej.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Total {team}</source>
        <translation>Razem: {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no team)</source>
        <translation>(bez zespołu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department total</source>
        <translation>Razem: dział</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Comparison period: {value}</source>
        <translation>Okres porównawczy: {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not defined: there is nothing to divide by in this period.</source>
        <translation>Nieokreślone: w tym okresie nie ma podstawy do obliczenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or press Enter to see what is behind this figure.</source>
        <translation>Kliknij dwukrotnie lub naciśnij Enter, aby zobaczyć dane źródłowe tej wartości.</translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message>
        <location filename="../collectdesk/ui/scorecards/scorecard_pane.py" line="+164"/>
        <source>Scorecards</source>
        <translation>Karty wyników</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Rank and trend by:</source>
        <translation>&amp;Ranking i trend według:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Group by team</source>
        <translation>&amp;Grupuj według zespołów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show staff &amp;without figures</source>
        <translation>Pokaż pracowników &amp;bez wyników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountants and customer-service staff with nothing to score in this period are hidden unless this is ticked; collectors are always shown.</source>
        <translation>Księgowi i pracownicy obsługi klienta bez wyników w tym okresie są ukryci, chyba że to pole jest zaznaczone; windykatorzy są wyświetlani zawsze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is behind this figure</source>
        <translation>Pokaż dane źródłowe tej wartości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the staff member&apos;s page</source>
        <translation>Otwórz kartę pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport to XLSX…</source>
        <translation>&amp;Eksportuj do XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this scorecard as a spreadsheet (Ctrl+Shift+X)</source>
        <translation>Zapisz tę kartę wyników jako arkusz kalkulacyjny (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;gets…</source>
        <translation>&amp;Cele…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit targets and the attainment colours</source>
        <translation>Edytuj cele i kolory realizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ules…</source>
        <translation>Re&amp;guły…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The follow-up window and the thresholds of the anomalies</source>
        <translation>Termin ponownego kontaktu i progi anomalii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department figures</source>
        <translation>Wskaźniki działu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anomalies</source>
        <translation>Anomalie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Anomalies ({count})</source>
        <translation>Anomalie ({count})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The scorecard could not be read. Press F5 to try again.</source>
        <translation>Nie udało się odczytać karty wyników. Naciśnij F5, aby spróbować ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Some figures could not be read. Press F5 to try again.</source>
        <translation>Nie udało się odczytać części danych. Naciśnij F5, aby spróbować ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n pracownik</numerusform>
            <numerusform>%n pracowników</numerusform>
            <numerusform>%n pracowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n without figures hidden)</source>
        <translation>
            <numerusform>(ukryto %n osobę bez wyników)</numerusform>
            <numerusform>(ukryto %n osoby bez wyników)</numerusform>
            <numerusform>(ukryto %n osób bez wyników)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the department</source>
        <translation>cały dział</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>scorecard-{period}.xlsx</source>
        <translation>karta-wynikow-{period}.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Export scorecard</source>
        <translation>Eksportuj kartę wyników</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt programu Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The spreadsheet could not be written. Nothing was saved.</source>
        <translation>Nie udało się zapisać arkusza. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the spreadsheet…</source>
        <translation>Zapisywanie arkusza…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scorecard saved to {path}</source>
        <translation>Kartę wyników zapisano w {path}</translation>
    </message>
</context>
<context>
    <name>ScorecardXlsx</name>
    <message>
        <location filename="../collectdesk/services/scorecard_xlsx.py" line="+73"/>
        <source>Accounts worked</source>
        <translation>Obsłużone sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Próby połączeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Kontakty z dłużnikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPC rate</source>
        <translation>Wskaźnik RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises made</source>
        <translation>Złożone obietnice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promised amount</source>
        <translation>Kwota obietnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promise rate</source>
        <translation>Wskaźnik obietnic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (count)</source>
        <translation>Odsetek dotrzymanych (liczba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept rate (amount)</source>
        <translation>Odsetek dotrzymanych (kwota)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collected per RPC</source>
        <translation>Wpływy na RPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken-promise follow-up</source>
        <translation>Kontakt po niedotrzymaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliments</source>
        <translation>Pochwały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints per 1,000 contacts</source>
        <translation>Reklamacje na 1000 kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance findings</source>
        <translation>Uchybienia zgodności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score</source>
        <translation>Wynik QA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations raised</source>
        <translation>Zgłoszone eskalacje</translation>
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
        <translation>od {start} do {end}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer service</source>
        <translation>Obsługa klienta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accountant</source>
        <translation>Księgowy</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+20"/>
        <source>Staff scorecard {period}</source>
        <translation>Karta wyników pracowników {period}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+97"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: {scope}</source>
        <translation>Zakres: {scope}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope: the whole department</source>
        <translation>Zakres: cały dział</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total {team}</source>
        <translation>Razem: {team}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total without a team</source>
        <translation>Razem: bez zespołu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Co wykryto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>High</source>
        <translation>Wysoka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The folder {folder} does not exist. Nothing was written.</source>
        <translation>Folder {folder} nie istnieje. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} cannot be written here (no permission). Nothing was written.</source>
        <translation>Brak uprawnień do zapisania pliku {file} w tym miejscu. Niczego nie zapisano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full: {file} was not written.</source>
        <translation>Dysk jest pełny: nie zapisano pliku {file}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} is a folder. Choose a file name.</source>
        <translation>{file} to folder. Wybierz nazwę pliku.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} could not be written: {reason}</source>
        <translation>Nie udało się zapisać pliku {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>Scorecards</name>
    <message>
        <location filename="../collectdesk/services/scorecard_export.py" line="+40"/>
        <source>Not a period: {text}. Use a month (2026-10), a quarter (2026-Q3), a year (2026), an ISO week (2026-W05), a day (2026-10-05) or a range (2026-10-01..2026-10-15).</source>
        <translation>To nie jest okres: {text}. Podaj miesiąc (2026-10), kwartał (2026-Q3), rok (2026), tydzień ISO (2026-W05), dzień (2026-10-05) lub zakres (2026-10-01..2026-10-15).</translation>
    </message>
    <message>
        <location line="+13"/>
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
    <name>SelfTest</name>
    <message>
        <location filename="../collectdesk/selftest/__init__.py" line="+55"/>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translations</source>
        <translation>Tłumaczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt plugins</source>
        <translation>Wtyczki Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo department</source>
        <translation>Dział demonstracyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade from the previous release</source>
        <translation>Aktualizacja z poprzedniej wersji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pane, every language</source>
        <translation>Każdy panel w każdym języku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports (PDF and spreadsheet)</source>
        <translation>Raporty (PDF i arkusz)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF preview and printing</source>
        <translation>Podgląd PDF i drukowanie</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>CollectDesk {version} self-test in {folder}</source>
        <translation>Autotest CollectDesk {version} w folderze {folder}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ok    Network: nothing tried to reach the network</source>
        <translation>ok    Sieć: brak prób połączenia z siecią</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>FAIL  Network: %n attempt(s) to reach the network</source>
        <translation>
            <numerusform>FAIL  Sieć: %n próba połączenia z siecią</numerusform>
            <numerusform>FAIL  Sieć: %n próby połączenia z siecią</numerusform>
            <numerusform>FAIL  Sieć: %n prób połączenia z siecią</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-test FAILED: something tried to reach the network.</source>
        <translation>Autotest NIEUDANY: wykryto próbę połączenia z siecią.</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_data.py" line="+28"/>
        <source>the new database is not sound: {problems}</source>
        <translation>nowa baza danych nie przeszła kontroli integralności: {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migrated a new SQLite file to {revision}</source>
        <translation>nowy plik SQLite zmigrowano do rewizji {revision}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the demo wrote {count} accounts instead of {expected}</source>
        <translation>liczba spraw zapisanych w danych demonstracyjnych: {count} zamiast {expected}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no backup copy was taken before migrating</source>
        <translation>przed migracją nie utworzono kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database was not migrated</source>
        <translation>nie przeprowadzono migracji bazy danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accounts and payments changed in the upgrade: {before} -&gt; {after}</source>
        <translation>liczba spraw i wpłat zmieniła się podczas aktualizacji: {before} -&gt; {after}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{previous} -&gt; {head}, {accounts} accounts kept, backup {backup}</source>
        <translation>{previous} -&gt; {head}, zachowane sprawy: {accounts}, kopia zapasowa: {backup}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_gui.py" line="+56"/>
        <source>the {pane} pane ({language}) was drawn blank</source>
        <translation>narysowano pusty panel {pane} ({language})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{panes} panes in {languages} languages ({drawn} pictures)</source>
        <translation>panele: {panes}, języki: {languages} (obrazy: {drawn})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a chart was drawn blank</source>
        <translation>narysowano pusty wykres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bar chart drawn ({colours} colours)</source>
        <translation>narysowano wykres słupkowy (kolory: {colours})</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the PDF preview drew an empty page</source>
        <translation>podgląd PDF narysował pustą stronę</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>printing to a PDF file gave {got} pages instead of {expected}</source>
        <translation>drukowanie do pliku PDF: liczba stron {got} zamiast {expected}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>preview rendered, {pages} pages printed to a PDF file; {printers} printers on this machine</source>
        <translation>wyrenderowano podgląd, strony wydrukowane do pliku PDF: {pages}; drukarki na tym komputerze: {printers}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_reports.py" line="+42"/>
        <source>{file} cannot be read back</source>
        <translation>nie można ponownie odczytać pliku {file}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {language} PDF does not show its title {title!r}</source>
        <translation>PDF ({language}) nie zawiera swojego tytułu {title!r}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {language} spreadsheet does not show its title {title!r}</source>
        <translation>arkusz ({language}) nie zawiera swojego tytułu {title!r}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{language}: “{title}” {pages} p., {sheets} sheets</source>
        <translation>{language}: „{title}”, strony: {pages}, arkusze: {sheets}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/checks_runtime.py" line="+22"/>
        <source>bundle</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>source install</source>
        <translation>instalacja ze źródeł</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only {count} icons found</source>
        <translation>znaleziono za mało ikon: {count}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report fonts are missing: {fonts}</source>
        <translation>brakuje czcionek raportów: {fonts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no compliance profile was found</source>
        <translation>nie znaleziono żadnego profilu zgodności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{icons} icons, {fonts} fonts, {profiles} compliance profiles, {migrations} migrations</source>
        <translation>ikony: {icons}, czcionki: {fonts}, profile zgodności: {profiles}, migracje: {migrations}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CollectDesk&apos;s {language} translation did not load</source>
        <translation>nie wczytano tłumaczenia CollectDesk dla języka {language}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qt&apos;s own {language} translation did not load from {folder}</source>
        <translation>nie wczytano własnego tłumaczenia Qt dla języka {language} z folderu {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Qt cannot read {format} images (image format plugin missing)</source>
        <translation>Qt nie może odczytać obrazów {format} (brak wtyczki formatu obrazu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an SVG icon rendered empty</source>
        <translation>wyrenderowano pustą ikonę SVG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no font is available to draw text</source>
        <translation>brak dostępnej czcionki do rysowania tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>style {style} (available: {styles}); {families} font families; images {formats}</source>
        <translation>styl {style} (dostępne: {styles}); rodziny czcionek: {families}; obrazy: {formats}</translation>
    </message>
    <message>
        <location filename="../collectdesk/selftest/runner.py" line="+56"/>
        <source>skipped: needs {checks}</source>
        <translation>pominięto: wymaga {checks}</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Self-test passed: %n check(s) in {seconds} s.</source>
        <translation>
            <numerusform>Autotest zakończony pomyślnie: %n test w {seconds} s.</numerusform>
            <numerusform>Autotest zakończony pomyślnie: %n testy w {seconds} s.</numerusform>
            <numerusform>Autotest zakończony pomyślnie: %n testów w {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test FAILED: %n of {total} check(s) did not pass.</source>
        <translation>
            <numerusform>Autotest NIEUDANY: %n test z {total} nie został zaliczony.</numerusform>
            <numerusform>Autotest NIEUDANY: %n testy z {total} nie zostały zaliczone.</numerusform>
            <numerusform>Autotest NIEUDANY: %n testów z {total} nie zostało zaliczonych.</numerusform>
        </translation>
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
    <name>Settlements</name>
    <message>
        <location filename="../collectdesk/services/settlements.py" line="+47"/>
        <source>Give either the settlement amount or the discount percentage, not both.</source>
        <translation>Podaj kwotę ugody albo procent umorzenia, nie obie wartości jednocześnie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline cannot be in the past.</source>
        <translation>Termin nie może przypadać w przeszłości.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The discount must be more than 0 % and less than 100 %.</source>
        <translation>Umorzenie musi wynosić więcej niż 0 % i mniej niż 100 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A settlement must be more than zero and less than the open balance ({balance}).</source>
        <translation>Kwota ugody musi być większa od zera i mniejsza niż saldo do spłaty ({balance}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account already has a settlement offer open.</source>
        <translation>Dla tej sprawy jest już otwarta propozycja ugody.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A settlement needs the name of who approved it.</source>
        <translation>Ugoda wymaga podania osoby, która ją zatwierdziła.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an open offer can be accepted.</source>
        <translation>Przyjąć można tylko otwartą propozycję.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Settled for {amount}</source>
        <translation>Zawarto ugodę na kwotę {amount}</translation>
    </message>
</context>
<context>
    <name>Slides</name>
    <message>
        <location filename="../collectdesk/reports/slides.py" line="+115"/>
        <source>Summary</source>
        <comment>slide title: the executive summary</comment>
        <translation>Podsumowanie</translation>
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
        <translation>Prezentuje: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures as of {date}</source>
        <comment>when the report was generated</comment>
        <translation>Dane na dzień {date}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Key figures</source>
        <translation>Najważniejsze wskaźniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures, continued</source>
        <translation>Najważniejsze wskaźniki (cd.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrows: change on the previous period</source>
        <translation>Strzałki: zmiana względem poprzedniego okresu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Key points</source>
        <translation>Najważniejsze wnioski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key points, continued</source>
        <translation>Najważniejsze wnioski (cd.)</translation>
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
        <translation>{share} celu ({target})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target {target}: met</source>
        <translation>Cel {target}: osiągnięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target {target}: missed</source>
        <translation>Cel {target}: nieosiągnięty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{label}: {value} (previous period {previous}, target {target})</source>
        <translation>{label}: {value} (poprzedni okres: {previous}, cel: {target})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (previous period {previous})</source>
        <translation>{label}: {value} (poprzedni okres: {previous})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: {value} (target {target})</source>
        <translation>{label}: {value} (cel: {target})</translation>
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
        <translation>{value} tys.</translation>
    </message>
</context>
<context>
    <name>SpeakerNotes</name>
    <message>
        <location filename="../collectdesk/ui/reports/speaker_notes.py" line="+25"/>
        <source>Speaker notes</source>
        <translation>Notatki prelegenta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Previous slide</source>
        <translation>Poprzedni slajd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>Następny slajd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Slide {n} of {total}</source>
        <translation>Slajd {n} z {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Talking points</source>
        <translation>Główne punkty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes for this slide.</source>
        <translation>Brak notatek do tego slajdu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Next: {title}</source>
        <translation>Następny: {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the last slide.</source>
        <translation>To jest ostatni slajd.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Presenting for {time}</source>
        <translation>Czas prezentacji: {time}</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../collectdesk/services/staff.py" line="+121"/>
        <source>This staff member no longer exists.</source>
        <translation>Ten pracownik już nie istnieje.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Enter a username.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has at most 64 characters and no spaces.</source>
        <translation>Nazwa użytkownika może mieć najwyżej 64 znaki i nie może zawierać spacji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Wpisz imię i nazwisko pracownika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most 160 characters).</source>
        <translation>Imię i nazwisko jest za długie (maksymalnie 160 znaków).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a role.</source>
        <translation>Wybierz rolę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username {username} is already used by {name}.</source>
        <translation>Nazwa użytkownika {username} jest już używana przez: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hire date can be at most {days} days from today.</source>
        <translation>Data zatrudnienia może przypadać najpóźniej za {days} dni od dziś.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose one of the department&apos;s languages.</source>
        <translation>Wybierz jeden z języków działu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chosen team no longer exists.</source>
        <translation>Wybrany zespół już nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The team {team} belongs to another branch.</source>
        <translation>Zespół {team} należy do innego oddziału.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen branch no longer exists.</source>
        <translation>Wybrany oddział już nie istnieje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The approval limit cannot be negative.</source>
        <translation>Limit decyzyjny nie może być ujemny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the currency of the approval limit.</source>
        <translation>Wybierz walutę limitu decyzyjnego.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The e-mail address is not valid.</source>
        <translation>Adres e-mail jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The hire date cannot be after the leaving date.</source>
        <translation>Data zatrudnienia nie może być późniejsza niż data odejścia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The leaving date cannot be before the hire date ({date}).</source>
        <translation>Data odejścia nie może być wcześniejsza niż data zatrudnienia ({date}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The leaving date can be at most {days} days from today.</source>
        <translation>Data odejścia może przypadać najpóźniej za {days} dni od dziś.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_dialog.py" line="-100"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no team)</source>
        <translation>(bez zespołu)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the staff member&apos;s full name.</source>
        <translation>Wpisz imię i nazwisko pracownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a username (the name they log in with).</source>
        <translation>Wpisz nazwę użytkownika (nazwę używaną do logowania).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A username has no spaces.</source>
        <translation>Nazwa użytkownika nie może zawierać spacji.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address is not valid.</source>
        <translation>Adres e-mail jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New staff member</source>
        <translation>Nowy pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit {name}</source>
        <translation>Edycja: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Branch:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Team:</source>
        <translation>&amp;Zespół:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hire date:</source>
        <translation>&amp;Data zatrudnienia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approval limit:</source>
        <translation>&amp;Limit decyzyjny:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalations above this amount go to a senior manager; leave empty for none.</source>
        <translation>Eskalacje powyżej tej kwoty trafiają do dyrektora; pozostaw puste, jeśli limit nie obowiązuje.</translation>
    </message>
</context>
<context>
    <name>StaffFindingsWidget</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/staff_findings.py" line="+91"/>
        <source>%n finding(s) in the last 90 days, {open} of them not reviewed yet.</source>
        <translation>
            <numerusform>%n ustalenie w ostatnich 90 dniach, w tym nierozpatrzone: {open}.</numerusform>
            <numerusform>%n ustalenia w ostatnich 90 dniach, w tym nierozpatrzone: {open}.</numerusform>
            <numerusform>%n ustaleń w ostatnich 90 dniach, w tym nierozpatrzone: {open}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No compliance findings in the last 90 days.</source>
        <translation>Brak ustaleń dotyczących zgodności w ostatnich 90 dniach.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter or double-click opens a finding: what happened, the rule, and its review.</source>
        <translation>Enter lub dwukrotne kliknięcie otwiera ustalenie: co się wydarzyło, której reguły dotyczy i jak je rozpatrzono.</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_list_model.py" line="+46"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on {date}</source>
        <translation>Nie pracuje od {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Nie pracuje</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_page.py" line="+220"/>
        <source>no team</source>
        <translation>bez zespołu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no branch</source>
        <translation>bez oddziału</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hired on {date}</source>
        <translation>zatrudnienie od {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left on {date}</source>
        <translation>nie pracuje od {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left</source>
        <translation>nie pracuje</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+81"/>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Loading the last 12 months…</source>
        <translation>Wczytywanie ostatnich 12 miesięcy…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Each month as the Scorecards pane shows it; the current month up to today. Attainment colours follow the department&apos;s thresholds.</source>
        <translation>Każdy miesiąc tak, jak pokazuje go panel Karty wyników; bieżący miesiąc do dnia dzisiejszego. Kolory realizacji odpowiadają progom ustalonym dla działu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The scorecard history could not be read ({error}).</source>
        <translation>Nie udało się odczytać historii karty wyników ({error}).</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark as &amp;left…</source>
        <translation>Oznacz &amp;odejście…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scorecard history</source>
        <translation>&amp;Historia karty wyników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;valuations</source>
        <translation>O&amp;ceny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Szkolenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpliance</source>
        <translation>&amp;Zgodność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reviews</source>
        <translation>Oceny o&amp;kresowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Call monitoring (QA entries)</source>
        <translation>&amp;Monitoring rozmów (oceny QA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New re&amp;view…</source>
        <translation>No&amp;wa ocena okresowa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open review…</source>
        <translation>O&amp;twórz ocenę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF…</source>
        <translation>Eksportuj do &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;QA entry…</source>
        <translation>Nowa ocena &amp;QA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crite&amp;ria…</source>
        <translation>Kryte&amp;ria…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a staff member on the left, or add one with New…</source>
        <translation>Wybierz pracownika po lewej lub dodaj nowego przyciskiem Nowy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training records are not available in this installation.</source>
        <translation>Ewidencja szkoleń nie jest dostępna w tej instalacji.</translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message>
        <location filename="../collectdesk/ui/staff/staff_pane.py" line="+95"/>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All teams</source>
        <translation>Wszystkie zespoły</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+57"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n pracownik</numerusform>
            <numerusform>%n pracowników</numerusform>
            <numerusform>%n pracowników</numerusform>
        </translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Find:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name or username</source>
        <translation>Imię i nazwisko lub nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;am:</source>
        <translation>Z&amp;espół:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show people who &amp;left</source>
        <translation>Pokaż osoby, które &amp;odeszły</translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message>
        <location filename="../collectdesk/reports/builders/staff.py" line="-29"/>
        <location line="+184"/>
        <source>Top and bottom performers</source>
        <translation>Najlepsze i najsłabsze wyniki</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>nobody in scope has a collection target in this period.</source>
        <translation>w tym okresie nikt w zakresie raportu nie ma celu windykacyjnego.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+192"/>
        <location line="+9"/>
        <source>Compliance findings per collector</source>
        <translation>Ustalenia dotyczące zgodności według windykatorów</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>the compliance scan has not been run yet.</source>
        <translation>skan zgodności nie został jeszcze uruchomiony.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QA scores</source>
        <translation>Oceny QA</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no call-monitoring evaluations in this period or the one before.</source>
        <translation>brak ocen z monitoringu rozmów za ten i poprzedni okres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training status</source>
        <translation>Stan szkoleń</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no training has been recorded yet.</source>
        <translation>nie zarejestrowano jeszcze żadnych szkoleń.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Collected ({currency})</source>
        <translation>Wpływy ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Promises kept (by count)</source>
        <translation>Dotrzymane obietnice (wg liczby)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <location line="+31"/>
        <source>Right-party contact rate</source>
        <translation>Wskaźnik kontaktów z dłużnikiem (RPC)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Complaints per 1,000 right-party contacts</source>
        <translation>Reklamacje na 1000 kontaktów z dłużnikiem</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+39"/>
        <source>Scorecard</source>
        <translation>Karta wyników</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+26"/>
        <location line="+62"/>
        <location line="+67"/>
        <location line="+37"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+26"/>
        <location line="+62"/>
        <location line="+67"/>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Accounts worked</source>
        <translation>Obsłużone sprawy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call attempts</source>
        <translation>Próby połączeń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right-party contacts</source>
        <translation>Kontakty z dłużnikiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises made</source>
        <translation>Złożone obietnice</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Kept rate</source>
        <translation>Odsetek dotrzymanych</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Broken promises</source>
        <translation>Niedotrzymane obietnice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Z ponownym kontaktem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+119"/>
        <source>Findings</source>
        <translation>Ustalenia</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+147"/>
        <source>QA score</source>
        <translation>Wynik QA</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Escalations raised</source>
        <translation>Zgłoszone eskalacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts worked are not added up: an account worked by two people counts once in the department&apos;s {accounts}.</source>
        <translation>Obsłużone sprawy nie są sumowane: sprawa obsługiwana przez dwie osoby liczy się raz w łącznej liczbie dla działu ({accounts}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collected against target ({currency})</source>
        <translation>Wpływy względem celu ({currency})</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <source>Collected</source>
        <translation>Wpływy</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Attainment</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Collected in the period before</source>
        <translation>Wpływy w poprzednim okresie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept and right-party contact rates</source>
        <translation>Odsetek dotrzymanych obietnic i wskaźnik kontaktów z dłużnikiem</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Top</source>
        <translation>Najlepsi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom</source>
        <translation>Najsłabsi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Top and bottom performers against target</source>
        <translation>Najlepsze i najsłabsze wyniki względem celu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attainment in the period before</source>
        <translation>Realizacja w poprzednim okresie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</source>
        <translation>
            <numerusform>Ranking według realizacji celu w walucie największego celu danej osoby; cel ma %n osoba.</numerusform>
            <numerusform>Ranking według realizacji celu w walucie największego celu danej osoby; cel mają %n osoby.</numerusform>
            <numerusform>Ranking według realizacji celu w walucie największego celu danej osoby; cel ma %n osób.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} led with {attainment} of target ({collected} of {target}).</source>
        <translation>Najlepszy wynik: {name} – {attainment} celu ({collected} z {target}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} was furthest behind with {attainment} of target ({collected} of {target}).</source>
        <translation>Najsłabszy wynik: {name} – {attainment} celu ({collected} z {target}).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of the people with a target were below it.</source>
        <translation>
            <numerusform>Poniżej celu znalazła się %n osoba spośród osób z wyznaczonym celem.</numerusform>
            <numerusform>Poniżej celu znalazły się %n osoby spośród osób z wyznaczonym celem.</numerusform>
            <numerusform>Poniżej celu znalazło się %n osób spośród osób z wyznaczonym celem.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No collector named</source>
        <translation>Nie wskazano windykatora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compliance findings</source>
        <translation>Ustalenia dotyczące zgodności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collector</source>
        <translation>Windykator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period before</source>
        <translation>Poprzedni okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Zmiana</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
            <numerusform>Najwięcej ustaleń: {name} (%n).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QA score (call monitoring)</source>
        <translation>Wynik QA (monitoring rozmów)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Calls scored</source>
        <translation>Ocenione rozmowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QA score in the period before</source>
        <translation>Wynik QA w poprzednim okresie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scores ranged from {low} ({low_name}) to {high} ({high_name}).</source>
        <translation>Wyniki wahały się od {low} ({low_name}) do {high} ({high_name}).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training overdue</source>
        <translation>Zaległe szkolenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expired</source>
        <translation>Wygasłe certyfikaty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandatory training not assigned</source>
        <translation>Nieprzypisane szkolenia obowiązkowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates expiring within 30 days</source>
        <translation>Certyfikaty wygasające w ciągu 30 dni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training to act on</source>
        <translation>Szkolenia wymagające działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As on {date}.</source>
        <translation>Stan na {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On {date}, training overdue: {overdue}; certificates expired: {expired}; mandatory modules not assigned: {missing}.</source>
        <translation>Na dzień {date}: zaległe szkolenia: {overdue}; wygasłe certyfikaty: {expired}; nieprzypisane moduły obowiązkowe: {missing}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On {date} everyone&apos;s training was up to date.</source>
        <translation>Na dzień {date} wszystkie szkolenia były aktualne.</translation>
    </message>
</context>
<context>
    <name>StaffTrainingModel</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_model.py" line="+29"/>
        <source>{state} (renewed since)</source>
        <translation>{state} (od tego czasu odnowione)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Module</source>
        <translation>Moduł</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned</source>
        <translation>Przypisano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Mandatory for this person&apos;s role</source>
        <translation>Obowiązkowy dla roli tej osoby</translation>
    </message>
</context>
<context>
    <name>StaffTrainingWidget</name>
    <message>
        <location filename="../collectdesk/ui/training/staff_training_widget.py" line="+149"/>
        <location line="+3"/>
        <source>Onboarding checklist</source>
        <translation>Lista kontrolna wdrożenia</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory module(s) assigned to {name}.</source>
        <translation>
            <numerusform>{name}: przypisano %n obowiązkowy moduł.</numerusform>
            <numerusform>{name}: przypisano %n obowiązkowe moduły.</numerusform>
            <numerusform>{name}: przypisano %n obowiązkowych modułów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a staff member to see their training.</source>
        <translation>Wybierz pracownika, aby zobaczyć jego szkolenia.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n wygasłe</numerusform>
            <numerusform>%n wygasłe</numerusform>
            <numerusform>%n wygasłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n obowiązkowe nieprzypisane</numerusform>
            <numerusform>%n obowiązkowe nieprzypisane</numerusform>
            <numerusform>%n obowiązkowych nieprzypisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n wygasające w ciągu 30 dni</numerusform>
            <numerusform>%n wygasające w ciągu 30 dni</numerusform>
            <numerusform>%n wygasających w ciągu 30 dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing overdue or expiring.</source>
        <translation>Nic nie jest po terminie ani nie wygasa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No training recorded.</source>
        <translation>Brak zarejestrowanych szkoleń.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign module…</source>
        <translation>&amp;Przypisz moduł…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a training module to this person (Ctrl+Shift+A).</source>
        <translation>Przypisz tej osobie moduł szkoleniowy (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Oznacz jako &amp;ukończone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion date and score of the selected training.</source>
        <translation>Zapisz datę ukończenia i wynik wybranego szkolenia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create &amp;onboarding checklist</source>
        <translation>Utwórz listę kontrolną &amp;wdrożenia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assign every module that is mandatory for this person&apos;s role and not yet assigned, due 30 days after the hire date (or from today).</source>
        <translation>Przypisz każdy moduł obowiązkowy dla roli tej osoby, który nie jest jeszcze przypisany, z terminem 30 dni od daty zatrudnienia (lub od dziś).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training of the staff member</source>
        <translation>Szkolenia pracownika</translation>
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
        <location filename="../collectdesk/app.py" line="+103"/>
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
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-50"/>
        <source>Change the status</source>
        <translation>Zmień status</translation>
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
        <translation>&amp;Zmień status</translation>
    </message>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_dialogs.py" line="-16"/>
        <source>A {status} item cannot change its status any more.</source>
        <translation>Zgłoszenie ma status „{status}”; tego statusu nie można już zmienić.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new status.</source>
        <translation>Wybierz nowy status.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Re&amp;ply to the staff member:</source>
        <translation>&amp;Odpowiedź dla pracownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep: {status}</source>
        <translation>Bez zmian: {status}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
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
        <location filename="../collectdesk/services/department_settings.py" line="+91"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation>Ktoś inny zapisał już ten rekord. Niczego nie zapisano; wczytaj go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/plan_letter.py" line="-15"/>
        <location filename="../collectdesk/services/compliance/prevention.py" line="-240"/>
        <location line="+9"/>
        <location filename="../collectdesk/services/compliance/profiles.py" line="+42"/>
        <location filename="../collectdesk/services/context.py" line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation>Rekord już nie istnieje: {what}</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/context.py" line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation>Po otwarciu rekord {what} został zmieniony przez: {who} ({when}; pola: {fields}). Niczego nie zapisano; rekord został wczytany ponownie.</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+61"/>
        <source>The database file cannot be opened: {error}</source>
        <translation>Nie można otworzyć pliku bazy danych: {error}</translation>
    </message>
    <message>
        <location filename="../collectdesk/store/migrate.py" line="+83"/>
        <source>This database was updated by a newer version of CollectDesk. Install the current version to open it; nothing was changed.</source>
        <translation>Ta baza danych została zaktualizowana przez nowszą wersję CollectDesk. Aby ją otworzyć, zainstaluj aktualną wersję; niczego nie zmieniono.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This version of CollectDesk needs to update the database, and first keeps a copy of it in {folder}. The copy could not be written: {error}. Nothing was changed; free some disk space or make the folder writable, then open the database again.</source>
        <translation>Ta wersja CollectDesk musi zaktualizować bazę danych i najpierw zapisuje jej kopię w folderze {folder}. Nie udało się zapisać kopii: {error}. Niczego nie zmieniono; zwolnij miejsce na dysku lub nadaj uprawnienia do zapisu w tym folderze, a następnie ponownie otwórz bazę danych.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed. A copy of the database as it was is kept at {backup}.</source>
        <translation>Nie udało się zaktualizować bazy danych do tej wersji CollectDesk: {error}. Niczego nie zmieniono. Kopia bazy danych w stanie sprzed aktualizacji znajduje się w pliku {backup}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database could not be updated to this version of CollectDesk: {error}. Nothing was changed.</source>
        <translation>Nie udało się zaktualizować bazy danych do tej wersji CollectDesk: {error}. Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <location filename="../collectdesk/ui/inbox/entry_dialogs.py" line="+88"/>
        <source>Choose who makes the suggestion, or make it anonymous.</source>
        <translation>Wybierz autora sugestii lub zgłoś ją anonimowo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the suggestion a short title.</source>
        <translation>Nadaj sugestii krótki tytuł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the suggestion.</source>
        <translation>Opisz sugestię.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New suggestion</source>
        <translation>Nowa sugestia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymous (no name is kept)</source>
        <translation>&amp;Anonimowo (nazwisko nie jest zapisywane)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggestion:</source>
        <translation>&amp;Sugestia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Zagadnienie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>TargetDelegate</name>
    <message>
        <location filename="../collectdesk/ui/targets/target_delegate.py" line="+36"/>
        <source>No target</source>
        <translation>Brak celu</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>This is not an amount.</source>
        <translation>To nie jest kwota.</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <location filename="../collectdesk/services/target_import.py" line="+115"/>
        <source>The file has no column for {what}. Columns found: {headers}. The columns are described in the help on importing targets.</source>
        <translation>W pliku brak kolumny dla: {what}. Znalezione kolumny: {headers}. Opis kolumn znajduje się w pomocy dotyczącej importu celów.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give either a staff member or a team, not both.</source>
        <translation>Podaj pracownika albo zespół, nie oba naraz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a staff member or a team.</source>
        <translation>Podaj pracownika lub zespół.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No team is named &apos;{value}&apos;.</source>
        <translation>Żaden zespół nie nazywa się &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than one branch has a team named &apos;{value}&apos;; write it as &apos;Branch / Team&apos;.</source>
        <translation>Zespół o nazwie &apos;{value}&apos; istnieje w więcej niż jednym oddziale; zapisz go jako &apos;Oddział / Zespół&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{value}&apos; is not a month (use e.g. 2026-11 or 11/2026).</source>
        <translation>&apos;{value}&apos; nie jest miesiącem (użyj np. 2026-11 lub 11/2026).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the period (a month), or its first and last day.</source>
        <translation>Podaj okres (miesiąc) albo jego pierwszy i ostatni dzień.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first and last day do not match the period given.</source>
        <translation>Pierwszy i ostatni dzień nie odpowiadają podanemu okresowi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs an amount.</source>
        <translation>{metric}: wymagana jest kwota.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} needs a count.</source>
        <translation>{metric}: wymagana jest liczba.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is an amount of money; leave the count empty.</source>
        <translation>{metric} to kwota pieniężna; pozostaw liczbę pustą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{metric} is counted; leave the amount empty.</source>
        <translation>{metric} to wartość liczbowa; pozostaw kwotę pustą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; is not a whole number.</source>
        <translation>&apos;{value}&apos; nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same target (who, metric and period) is already on row {line}.</source>
        <translation>Ten sam cel (kto, wskaźnik i okres) jest już w wierszu {line}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported targets from {file}: {rows} rows, {inserted} new, {updated} updated</source>
        <translation>Zaimportowano cele z {file} – wiersze: {rows}, nowe: {inserted}, zaktualizowane: {updated}</translation>
    </message>
</context>
<context>
    <name>TargetMetric</name>
    <message>
        <location filename="../collectdesk/domain/target_metrics.py" line="+58"/>
        <location filename="../collectdesk/services/targets.py" line="+73"/>
        <source>Amount collected</source>
        <translation>Kwota wpływów</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Right-party contacts</source>
        <translation>Kontakty z dłużnikiem</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../collectdesk/services/targets.py" line="+1"/>
        <source>Promises to pay</source>
        <translation>Obietnice zapłaty</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <location filename="../collectdesk/services/targets.py" line="+206"/>
        <source>The period must end on or after the day it starts.</source>
        <translation>Okres musi kończyć się w dniu rozpoczęcia lub później.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{metric}&apos; is not a target metric. Metrics: {metrics}.</source>
        <translation>&apos;{metric}&apos; nie jest wskaźnikiem celu. Wskaźniki: {metrics}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{metric} is an amount of money, not a count.</source>
        <translation>{metric} to kwota pieniężna, a nie liczba.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The amount must be an exact decimal number.</source>
        <translation>Kwota musi być dokładną liczbą dziesiętną.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>&apos;{value}&apos; nie jest kwotą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target amount must be greater than zero.</source>
        <translation>Kwota celu musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount has at most two decimals.</source>
        <translation>Kwota może mieć najwyżej dwa miejsca po przecinku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amount target needs a currency.</source>
        <translation>Cel kwotowy wymaga podania waluty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{value}&apos; is not an ISO 4217 currency code (e.g. EUR, PLN).</source>
        <translation>&apos;{value}&apos; nie jest kodem waluty ISO 4217 (np. EUR, PLN).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{metric} is counted, not an amount of money.</source>
        <translation>{metric} to wartość liczbowa, a nie kwota pieniężna.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A count must be a whole number.</source>
        <translation>Liczba musi być całkowita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The target count must be greater than zero.</source>
        <translation>Docelowa liczba musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The count is too large.</source>
        <translation>Liczba jest za duża.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Someone else removed this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Ktoś inny usunął ten cel po jego otwarciu. Niczego nie zapisano; tabela została wczytana ponownie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Someone else set this target after you opened it. Nothing was saved; the table has been reloaded.</source>
        <translation>Ktoś inny ustawił ten cel po jego otwarciu. Niczego nie zapisano; tabela została wczytana ponownie.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A target belongs to either a staff member or a team.</source>
        <translation>Cel dotyczy albo pracownika, albo zespołu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The staff member or team no longer exists.</source>
        <translation>Pracownik lub zespół już nie istnieje.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>A threshold must be a percentage.</source>
        <translation>Próg musi być wartością procentową.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both thresholds must be greater than zero.</source>
        <translation>Oba progi muszą być większe od zera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A threshold cannot be above {limit}%.</source>
        <translation>Próg nie może przekraczać {limit}%.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warning threshold must be below the good threshold.</source>
        <translation>Próg ostrzegawczy musi być niższy niż próg dobrego wyniku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A threshold has at most one decimal.</source>
        <translation>Próg może mieć najwyżej jedno miejsce po przecinku.</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attained</source>
        <translation>Realizacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attainment of the target for {metric} in this period, coloured by the thresholds</source>
        <translation>Realizacja celu „{metric}” w tym okresie, w kolorach według progów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target for {metric}; double-click or F2 to edit, Delete to remove</source>
        <translation>Cel „{metric}”; kliknij dwukrotnie lub naciśnij F2, aby edytować, Delete, aby usunąć</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Team, {branch}</source>
        <translation>Zespół, {branch}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} (left)</source>
        <translation>{name} (nie pracuje)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}, user name {username}, team {team}</source>
        <translation>{name}, nazwa użytkownika {username}, zespół {team}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No target is set for exactly this period: this is the share of the targets of periods that overlap it, by calendar days. Type a value to set one for this period.</source>
        <translation>Dla dokładnie tego okresu nie ustawiono celu: to część celów z okresów, które się z nim pokrywają, proporcjonalnie do dni kalendarzowych. Wpisz wartość, aby ustawić cel dla tego okresu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Double-click or press F2 to change; Delete removes the target.</source>
        <translation>Kliknij dwukrotnie lub naciśnij F2, aby zmienić; Delete usuwa cel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>good</source>
        <translation>dobry poziom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>poziom ostrzegawczy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below the warning level</source>
        <translation>poniżej progu ostrzegawczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{actual} of {target} ({band})</source>
        <translation>{actual} z {target} ({band})</translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message>
        <location filename="../collectdesk/ui/targets/targets_pane.py" line="+139"/>
        <location line="+244"/>
        <source>Targets</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>&amp;Copy to next period</source>
        <translation>&amp;Kopiuj do następnego okresu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this period&apos;s targets to the next period, keeping any already set there (Ctrl+Shift+C)</source>
        <translation>Skopiuj cele z tego okresu do następnego, zachowując cele już tam ustawione (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import from XLSX…</source>
        <translation>&amp;Importuj z XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import targets from a spreadsheet; a file with a bad row imports nothing (Ctrl+I)</source>
        <translation>Importuj cele z arkusza; jeśli którykolwiek wiersz jest błędny, nic nie zostanie zaimportowane (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Thresholds…</source>
        <translation>&amp;Progi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attainment levels shown as good, warning and bad</source>
        <translation>Poziomy realizacji wyświetlane jako dobre, ostrzegawcze i złe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove target</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n pracownik</numerusform>
            <numerusform>%n pracowników</numerusform>
            <numerusform>%n pracowników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n zespół</numerusform>
            <numerusform>%n zespoły</numerusform>
            <numerusform>%n zespołów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in a target cell to set the target for this period.</source>
        <translation>Wpisz wartość w komórce celu, aby ustawić cel na ten okres.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Removed the {metric} target of {name}.</source>
        <translation>Usunięto cel „{metric}” dla: {name}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the {metric} target of {name}.</source>
        <translation>Zapisano cel „{metric}” dla: {name}.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Copy targets</source>
        <translation>Kopiuj cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the targets of {here} to {there}? Targets already set for {there} stay as they are; staff members who have left are skipped.</source>
        <translation>Skopiować cele z okresu {here} do okresu {there}? Cele już ustawione na okres {there} pozostaną bez zmian; pracownicy, którzy odeszli, zostaną pominięci.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n target(s) copied to {there}.</source>
        <translation>
            <numerusform>Skopiowano %n cel do okresu {there}.</numerusform>
            <numerusform>Skopiowano %n cele do okresu {there}.</numerusform>
            <numerusform>Skopiowano %n celów do okresu {there}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to copy: {there} already has every target of {here}.</source>
        <translation>Nie ma czego kopiować: okres {there} ma już wszystkie cele z okresu {here}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>Import targets</source>
        <translation>Importuj cele</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Arkusze kalkulacyjne (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing targets from {file}…</source>
        <translation>Importowanie celów z {file}…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported from {file}: {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>Zaimportowano z {file} – nowe: {new}, zaktualizowane: {updated}, bez zmian: {unchanged}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulowano; niczego nie zaimportowano.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The attainment colours were saved for the whole department.</source>
        <translation>Kolory realizacji zapisano dla całego działu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{good}% or more</source>
        <translation>{good}% lub więcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{warn}% to under {good}%</source>
        <translation>od {warn}% do poniżej {good}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under {warn}%</source>
        <translation>poniżej {warn}%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attained:</source>
        <translation>Realizacja:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Something went wrong: {error}</source>
        <translation>Wystąpił błąd: {error}</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../collectdesk/ui/targets/thresholds_dialog.py" line="+87"/>
        <source>Attainment colours</source>
        <translation>Kolory realizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment is what was achieved as a percentage of the target. These levels colour it in the Targets and Scorecards panes, for the whole department.</source>
        <translation>Realizacja to osiągnięty wynik jako procent celu. Te poziomy określają jej kolor w panelach Cele i Karty wyników, dla całego działu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Good from:</source>
        <translation>&amp;Dobry od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warning from:</source>
        <translation>&amp;Ostrzeżenie od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this is shown as good</source>
        <translation>Realizacja na tym poziomie lub wyższa jest pokazywana jako dobra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attainment at or above this, but below the good level, is a warning; below it, attainment is shown as bad</source>
        <translation>Realizacja na tym poziomie lub wyższa, ale poniżej poziomu dobrego, to ostrzeżenie; poniżej niego realizacja jest pokazywana jako zła</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Good: {good}% or more</source>
        <translation>Dobra: {good}% lub więcej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: {warn}% to under {good}%</source>
        <translation>Ostrzeżenie: od {warn}% do poniżej {good}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad: under {warn}%</source>
        <translation>Zła: poniżej {warn}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warning level must be below the good level.</source>
        <translation>Poziom ostrzegawczy musi być niższy niż poziom dobry.</translation>
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
    <name>Training</name>
    <message>
        <location filename="../collectdesk/services/training.py" line="+116"/>
        <source>The module needs a code.</source>
        <translation>Moduł musi mieć kod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code may be at most 40 characters long.</source>
        <translation>Kod może mieć najwyżej 40 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module needs a title.</source>
        <translation>Moduł musi mieć tytuł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title may be at most 200 characters long.</source>
        <translation>Tytuł może mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another module already has the code {code}.</source>
        <translation>Inny moduł ma już kod {code}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown language: {language}.</source>
        <translation>Nieznany język: {language}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unknown staff role: {role}.</source>
        <translation>Nieznana rola pracownika: {role}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The renewal interval must be between 1 and {max} months, or never.</source>
        <translation>Okres odnawiania musi wynosić od 1 do {max} miesięcy albo „nigdy”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The link may be at most 1000 characters long.</source>
        <translation>Link może mieć najwyżej 1000 znaków.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The link must start with http://, https:// or file:// (for example https://intranet/course).</source>
        <translation>Link musi zaczynać się od http://, https:// lub file:// (na przykład https://intranet/course).</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+30"/>
        <location line="+12"/>
        <location line="+33"/>
        <location line="+39"/>
        <source>Training module</source>
        <translation>Moduł szkoleniowy</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+9"/>
        <source>The file cannot be read: {error}</source>
        <translation>Nie można odczytać pliku: {error}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The file is {size} MB; files up to {limit} MB can be attached. Put larger files on a shared drive and give the module a link instead.</source>
        <translation>Plik ma {size} MB; można dołączać pliki do {limit} MB. Większe pliki umieść na dysku współdzielonym i zamiast tego podaj w module link.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>Plik jest większy niż {limit} MB.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File {name} attached ({size} bytes, SHA-256 {sha})</source>
        <translation>Dołączono plik {name} ({size} B, SHA-256 {sha})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attached file removed</source>
        <translation>Usunięto dołączony plik</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The due date cannot be in the past.</source>
        <translation>Termin ukończenia nie może być w przeszłości.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The module {code} is deactivated; activate it before assigning it.</source>
        <translation>Moduł {code} jest nieaktywny; aktywuj go przed przypisaniem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member no longer exists; reload and try again.</source>
        <translation>Jeden z pracowników już nie istnieje; wczytaj dane ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Training record</source>
        <translation>Wpis w ewidencji szkoleń</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only an assigned module can be started.</source>
        <translation>Rozpocząć można tylko przypisany moduł.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The completion date cannot be in the future.</source>
        <translation>Data ukończenia nie może być w przyszłości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The score must be between 0 and 100.</source>
        <translation>Wynik musi wynosić od 0 do 100.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This training is already completed.</source>
        <translation>To szkolenie zostało już ukończone.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n training record(s) expired</source>
        <translation>
            <numerusform>%n szkolenie wygasło</numerusform>
            <numerusform>%n szkolenia wygasły</numerusform>
            <numerusform>%n szkoleń wygasło</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../collectdesk/services/training_status.py" line="+214"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The onboarding period must be between 1 and 365 days.</source>
        <translation>Okres wdrożenia musi wynosić od 1 do 365 dni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is no longer active.</source>
        <translation>{name} nie jest już aktywnym pracownikiem.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../collectdesk/ui/training/form_dialog.py" line="+134"/>
        <source>This could not be saved because of an unexpected error ({error}). Nothing was changed.</source>
        <translation>Nie udało się zapisać z powodu nieoczekiwanego błędu ({error}). Niczego nie zmieniono.</translation>
    </message>
</context>
<context>
    <name>TrainingPane</name>
    <message>
        <location filename="../collectdesk/ui/training/training_pane.py" line="+132"/>
        <location line="+85"/>
        <source>Training</source>
        <translation>Szkolenia</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Deactivate module</source>
        <translation>Dezaktywuj moduł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate {code}? It can no longer be assigned, and its records stop counting as overdue or expiring. The records are kept.</source>
        <translation>Dezaktywować moduł {code}? Nie będzie można go już przypisywać, a jego wpisy przestaną być liczone jako po terminie lub wygasające. Wpisy zostaną zachowane.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n assignment(s) created.</source>
        <translation>
            <numerusform>Utworzono %n przypisanie.</numerusform>
            <numerusform>Utworzono %n przypisania.</numerusform>
            <numerusform>Utworzono %n przypisań.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
            <numerusform>%n po terminie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n wygasłe</numerusform>
            <numerusform>%n wygasłe</numerusform>
            <numerusform>%n wygasłych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n obowiązkowe nieprzypisane</numerusform>
            <numerusform>%n obowiązkowe nieprzypisane</numerusform>
            <numerusform>%n obowiązkowych nieprzypisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n wygasające w ciągu 30 dni</numerusform>
            <numerusform>%n wygasające w ciągu 30 dni</numerusform>
            <numerusform>%n wygasających w ciągu 30 dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No training is overdue or expiring.</source>
        <translation>Żadne szkolenie nie jest po terminie ani nie wygasa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active staff: </source>
        <translation>Aktywni pracownicy: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Records of {code}</source>
        <translation>&amp;Wpisy modułu {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records (select a module)</source>
        <translation>&amp;Wpisy (wybierz moduł)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktywuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training &amp;modules</source>
        <translation>&amp;Moduły szkoleniowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a training module (Ctrl+N)</source>
        <translation>Utwórz moduł szkoleniowy (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected module (Ctrl+E)</source>
        <translation>Edytuj wybrany moduł (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show deactivated</source>
        <translation>Pokaż dezaktywowane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ssign…</source>
        <translation>&amp;Przypisz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the selected module to staff members (Ctrl+Shift+A)</source>
        <translation>Przypisz wybrany moduł pracownikom (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;completed…</source>
        <translation>Oznacz jako &amp;ukończone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the completion of the selected assignment (Ctrl+Shift+C)</source>
        <translation>Zapisz ukończenie wybranego przypisania (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only &amp;overdue, expiring or expired</source>
        <translation>Pokaż tylko po &amp;terminie, wygasające lub wygasłe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training modules</source>
        <translation>Moduły szkoleniowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records of the selected module</source>
        <translation>Wpisy wybranego modułu</translation>
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
<context>
    <name>TriageActions</name>
    <message>
        <location filename="../collectdesk/ui/inbox/triage_actions.py" line="+60"/>
        <source>&amp;Assign owner…</source>
        <translation>Przypisz op&amp;iekuna…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give the item to the person who works on it</source>
        <translation>Przekaż zgłoszenie osobie, która się nim zajmie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link to account…</source>
        <translation>&amp;Powiąż ze sprawą…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link the item to an account, its debtor and the collector it concerns</source>
        <translation>Powiąż zgłoszenie ze sprawą, jej dłużnikiem i windykatorem, którego dotyczy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Categorise…</source>
        <translation>&amp;Kategoryzuj…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set the category, topic and severity</source>
        <translation>Ustaw kategorię, zagadnienie i wagę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;status…</source>
        <translation>Zmień &amp;status…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the item along its flow</source>
        <translation>Zmień etap obsługi zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Rozwiąż…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the outcome, what was done and the reply</source>
        <translation>Zapisz wynik, podjęte działania i odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;dispute flag…</source>
        <translation>&amp;Ustaw oznaczenie sporu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the linked account&apos;s debtor as disputing; collection on it pauses</source>
        <translation>Oznacz dłużnika z powiązanej sprawy jako kwestionującego zadłużenie; windykacja wobec niego zostaje wstrzymana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ac&amp;knowledge</source>
        <translation>Po&amp;twierdź otrzymanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record that the sender was told the item arrived</source>
        <translation>Odnotuj, że nadawca został poinformowany o otrzymaniu zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open account</source>
        <translation>&amp;Otwórz sprawę</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the linked account in the Queues pane</source>
        <translation>Pokaż powiązaną sprawę w panelu Kolejki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark read and &amp;next</source>
        <translation>Oznacz jako przeczytane i &amp;następne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the item read and go to the next one</source>
        <translation>Oznacz zgłoszenie jako przeczytane i przejdź do następnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt item</source>
        <translation>Następne &amp;zgłoszenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the next item</source>
        <translation>Przejdź do następnego zgłoszenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous item</source>
        <translation>Poprze&amp;dnie zgłoszenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go to the previous item</source>
        <translation>Przejdź do poprzedniego zgłoszenia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} ({keys})</source>
        <translation>{what} ({keys})</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Link the item to an account first (L).</source>
        <translation>Najpierw powiąż zgłoszenie ze sprawą (L).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{debtor} is already flagged as disputing.</source>
        <translation>Dłużnik {debtor} ma już oznaczenie sporu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the dispute flag</source>
        <translation>Ustaw oznaczenie sporu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flag {debtor} (account {account}) as disputing? Collection on the debtor&apos;s accounts pauses until the flag is cleared.</source>
        <translation>Oznaczyć dłużnika {debtor} (sprawa {account}) jako kwestionującego zadłużenie? Windykacja wszystkich spraw tego dłużnika zostanie wstrzymana do czasu usunięcia oznaczenia.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{debtor} is flagged as disputing; collection pauses.</source>
        <translation>Dłużnik {debtor} ma oznaczenie sporu; windykacja zostaje wstrzymana.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Acknowledged.</source>
        <translation>Potwierdzono otrzymanie.</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../collectdesk/ui/upgrade_notice.py" line="+31"/>
        <source>CollectDesk {version} updated the shared database {database} to its new format, in one transaction.

Every computer that uses this database now needs CollectDesk {version} or newer.</source>
        <translation>Program CollectDesk {version} zaktualizował współdzieloną bazę danych {database} do nowego formatu w ramach jednej transakcji.

Na każdym komputerze, który korzysta z tej bazy danych, potrzebny jest teraz CollectDesk {version} lub nowszy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CollectDesk {version} updated this database to its new format.</source>
        <translation>Program CollectDesk {version} zaktualizował tę bazę danych do nowego formatu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CollectDesk {version} updated this database to its new format.

A copy of the database as it was before is kept at:
{backup}

Older versions of CollectDesk cannot open the updated database; they can open that copy.</source>
        <translation>Program CollectDesk {version} zaktualizował tę bazę danych do nowego formatu.

Kopia bazy danych w stanie sprzed aktualizacji znajduje się w pliku:
{backup}

Starsze wersje CollectDesk nie otworzą zaktualizowanej bazy danych, ale mogą otworzyć tę kopię.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated by CollectDesk {version}; the copy as it was: {backup}</source>
        <translation>Baza danych zaktualizowana przez CollectDesk {version}; kopia sprzed aktualizacji: {backup}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database updated by CollectDesk {version}.</source>
        <translation>Baza danych zaktualizowana przez CollectDesk {version}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Database updated</source>
        <translation>Zaktualizowano bazę danych</translation>
    </message>
</context>
<context>
    <name>WriteOffs</name>
    <message>
        <location filename="../collectdesk/reports/builders/common.py" line="+25"/>
        <location filename="../collectdesk/services/write_offs.py" line="+32"/>
        <source>Uncollectable</source>
        <translation>Nieściągalność</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Settlement</source>
        <translation>Ugoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Deceased</source>
        <translation>Zmarły</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Bankrupt</source>
        <translation>Upadłość</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Statute-barred</source>
        <translation>Przedawnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Small balance</source>
        <translation>Niskie saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Fraud</source>
        <translation>Oszustwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+9"/>
        <source>A write-off needs the name of who approved it.</source>
        <translation>Odpis wymaga podania osoby, która go zatwierdziła.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a reason for the write-off.</source>
        <translation>Wybierz powód odpisu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount to write off must be greater than zero.</source>
        <translation>Kwota odpisu musi być większa od zera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only the open balance ({balance}) can be written off.</source>
        <translation>Odpisać można tylko saldo do spłaty ({balance}).</translation>
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
        <translation>Sprawa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Debtor</source>
        <translation>Dłużnik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Amount</source>
        <translation>Kwota</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Approved by</source>
        <translation>Zatwierdzający</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../collectdesk/services/write_offs.py" line="+1"/>
        <source>Accounting reference</source>
        <translation>Nr dokumentu księgowego</translation>
    </message>
    <message>
        <location filename="../collectdesk/services/write_offs.py" line="+14"/>
        <source>Choose XLSX or CSV for the journal.</source>
        <translation>Wybierz XLSX lub CSV jako format dziennika.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed swoim początkiem.</translation>
    </message>
    <message>
        <location filename="../collectdesk/reports/builders/escalations.py" line="-8"/>
        <location filename="../collectdesk/services/write_offs.py" line="+34"/>
        <source>Write-offs</source>
        <translation>Odpisy</translation>
    </message>
</context>
</TS>
