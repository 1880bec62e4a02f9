<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <location filename="../collectdesk/cli.py" line="+45"/>
        <source>CLI</source>
        <comment>CollectDesk: the collection supervisor&apos;s workbench. Without a command, opens the application.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CLI</source>
        <comment>database maintenance</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>apply pending schema migrations (a SQLite file is copied aside first)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>check integrity and schema version</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>write a consistent copy of a live SQLite database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>file to write</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>row counts and open balance per currency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>print one JSON object</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>import accounts, payments or activities from CSV or XLSX (all or nothing)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLI</source>
        <comment>text encoding of a CSV file, e.g. utf-8, cp1250, cp1252 (default: detected)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>CSV field separator (default: detected)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>read the file&apos;s column SOURCE as FIELD; repeat as needed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>check the file and report, write nothing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>post payments above the balance as overpayments (held as a credit)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>build a realistic demo department into an empty database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>number of accounts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>random seed (same seed, same data)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>promise-to-pay housekeeping</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>mark promises past their date without payment as broken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>CLI</source>
        <comment>The database is up to date (schema {rev}).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>Schema upgraded from {old} to {new}.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>A copy of the database before the upgrade: {path}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+19"/>
        <source>CLI</source>
        <comment>Database: {db}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>CLI</source>
        <comment>Schema version: {rev} (expected {head})</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLI</source>
        <comment>Problem: {problem}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLI</source>
        <comment>Check passed.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CLI</source>
        <comment>Check FAILED.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CLI</source>
        <comment>Backups of a shared PostgreSQL server are made on the server (pg_dump).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>Backup written: {path}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CLI</source>
        <comment>Open accounts: {n}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CLI</source>
        <comment>Open balance in {currency}: {amount}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>CLI</source>
        <comment>{file}: %n row(s) have errors. Nothing was imported.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLI</source>
        <comment>line {line}, column {column}: {reason}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>CLI</source>
        <comment>... and %n more error(s).</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CLI</source>
        <comment>Dry run: {file} is valid. {rows} rows would be imported: {inserted} new, {updated} updated. Nothing was written.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CLI</source>
        <comment>Imported {file}: {rows} rows, {inserted} new, {updated} updated.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CLI</source>
        <comment>--accounts must be at least 1.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CLI</source>
        <comment>building the demo: {pct}%</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CLI</source>
        <comment>Demo department built in {db}: {accounts} accounts.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <location filename="../collectdesk/services/accounts.py" line="+27"/>
        <source>An account with an open balance cannot be marked as paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chosen collector does not exist or has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Some of the selected accounts no longer exist. Nothing was reassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <location filename="../collectdesk/services/activities.py" line="+23"/>
        <source>The time of the contact has no time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A contact cannot be logged in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duration cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disputed during a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../collectdesk/cli.py" line="-188"/>
        <source>database: a SQLite file path or a URL such as postgresql+psycopg://user@host/db (default: the local file in your user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>language of messages and reports (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who is acting, for the audit trail (default: your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>--map takes SOURCE=FIELD, for example --map &quot;Kd-Nr=account_no&quot;; got: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%n promise(s) marked as broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interrupted. Nothing was written by the interrupted step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot read or write a file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Debtors</name>
    <message>
        <location filename="../collectdesk/services/debtors.py" line="+45"/>
        <source>This flag is not set on the debtor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../collectdesk/ui/main_window.py" line="+15"/>
        <source>CollectDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{accounts} accounts in {db}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../collectdesk/services/payments.py" line="+56"/>
        <source>The payment amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The account is kept in {currency}; this payment is in {other}. Convert it before posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment is {over} more than the open balance. Post it as an overpayment (held as a credit) or correct the amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message>
        <location filename="../collectdesk/services/promises.py" line="+26"/>
        <source>The promised amount must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The promised date cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account is kept in {currency}; a promise must be in the same currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promised amount is larger than the open balance ({balance}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../collectdesk/services/context.py" line="+25"/>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is busy with another task. Nothing was saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is damaged. Restore it from a backup (collectdesk db backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database server cannot be reached. Nothing was saved; check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database reported an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Someone else saved this record first. Nothing was saved; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The record no longer exists: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{what} was changed by {who} at {when} (fields: {fields}) after you opened it. Nothing was saved; the record has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../collectdesk/services/database.py" line="+53"/>
        <source>The database file cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
