<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountBox</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/account/account_box.py" line="+58"/>
        <source>{date} (%n day(s) overdue)</source>
        <translation>
            <numerusform>{date} (%n day overdue)</numerusform>
            <numerusform>{date} (%n days overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountDetailPanel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+289"/>
        <source>Timeline (the newest %n entries)</source>
        <translation>
            <numerusform>Timeline (the newest %n entry)</numerusform>
            <numerusform>Timeline (the newest %n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/accounts.py" line="+72"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n account reassigned to {name}</numerusform>
            <numerusform>%n accounts reassigned to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Status {status} set on %n account(s)</source>
        <translation>
            <numerusform>Status {status} set on %n account</numerusform>
            <numerusform>Status {status} set on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Next action date {day} set on %n account(s)</source>
        <translation>
            <numerusform>Next action date {day} set on %n account</numerusform>
            <numerusform>Next action date {day} set on %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n account(s) added to {name}</source>
        <translation>
            <numerusform>%n account added to {name}</numerusform>
            <numerusform>%n accounts added to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgingChart</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/dashboard/charts.py" line="+252"/>
        <source>%Ln open account(s)</source>
        <translation>
            <numerusform>%Ln open account</numerusform>
            <numerusform>%Ln open accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <location filename="../collectdesk/cli.py" line="+196"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n row has errors. Nothing was imported.</numerusform>
            <numerusform>{file}: %n rows have errors. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>... and %n more error(s).</source>
        <translation>
            <numerusform>... and %n more error.</numerusform>
            <numerusform>... and %n more errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n promise(s) marked as broken.</source>
        <translation>
            <numerusform>%n promise marked as broken.</numerusform>
            <numerusform>%n promises marked as broken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n screenshot written to {folder}.</numerusform>
            <numerusform>%n screenshots written to {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/dashboard/dashboard_pane.py" line="+442"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/demo/builder.py" line="+120"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Demo data built with seed {seed} as of {today}: %n account, {debtors} debtors, {activities} activities, {payments} payments.</numerusform>
            <numerusform>Demo data built with seed {seed} as of {today}: %n accounts, {debtors} debtors, {activities} activities, {payments} payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Promises</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/promises.py" line="+82"/>
        <source>%n overdue promise(s) marked as broken</source>
        <translation>
            <numerusform>%n overdue promise marked as broken</numerusform>
            <numerusform>%n overdue promises marked as broken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+300"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Give the %n selected account(s) to:</source>
        <translation>
            <numerusform>Give the %n selected account to:</numerusform>
            <numerusform>Give the %n selected accounts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Reassigned %Ln account(s).</source>
        <translation>
            <numerusform>Reassigned %Ln account.</numerusform>
            <numerusform>Reassigned %Ln accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Set the status of the %n selected account(s) to:</source>
        <translation>
            <numerusform>Set the status of the %n selected account to:</numerusform>
            <numerusform>Set the status of the %n selected accounts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Status changed on %Ln account(s).</source>
        <translation>
            <numerusform>Status changed on %Ln account.</numerusform>
            <numerusform>Status changed on %Ln accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Add the %n selected account(s) to:</source>
        <translation>
            <numerusform>Add the %n selected account to:</numerusform>
            <numerusform>Add the %n selected accounts to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Added %Ln account(s) to the watchlist.</source>
        <translation>
            <numerusform>Added %Ln account to the watchlist.</numerusform>
            <numerusform>Added %Ln accounts to the watchlist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Next action date for the %n selected account(s):</source>
        <translation>
            <numerusform>Next action date for the %n selected account:</numerusform>
            <numerusform>Next action date for the %n selected accounts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Next action set on %Ln account(s).</source>
        <translation>
            <numerusform>Next action set on %Ln account.</numerusform>
            <numerusform>Next action set on %Ln accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Exported %n account(s) to {file}.</source>
        <translation>
            <numerusform>Exported %n account to {file}.</numerusform>
            <numerusform>Exported %n accounts to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/account/timeline_model.py" line="+45"/>
        <source>%n min</source>
        <comment>duration of a call</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
</TS>
