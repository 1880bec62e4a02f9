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
        <location filename="../collectdesk/ui/account/detail_panel.py" line="+303"/>
        <source>Timeline (the newest %n entries)</source>
        <translation>
            <numerusform>Timeline (the newest %n entry)</numerusform>
            <numerusform>Timeline (the newest %n entries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../collectdesk/ui/account/case_lines.py" line="+45"/>
        <source>(%n installment(s) missed)</source>
        <translation>
            <numerusform>(%n installment missed)</numerusform>
            <numerusform>(%n installments missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/accounts.py" line="+49"/>
        <source>%n account(s) reassigned to {name}</source>
        <translation>
            <numerusform>%n account reassigned to {name}</numerusform>
            <numerusform>%n accounts reassigned to {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
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
        <location line="+40"/>
        <source>%n account(s) added to {name}</source>
        <translation>
            <numerusform>%n account added to {name}</numerusform>
            <numerusform>%n accounts added to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgencyErrorsDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/inbox/agency_errors_dialog.py" line="+22"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n row needs correcting.</numerusform>
            <numerusform>%n rows need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>The first %n problem is listed.</numerusform>
            <numerusform>The first %n problems are listed.</numerusform>
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
    <name>AgingReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/aging.py" line="+134"/>
        <source>The open book in {currency} holds %n account(s) owing {balance}; {share} of it is more than 90 days past due.</source>
        <translation>
            <numerusform>The open book in {currency} holds %n account owing {balance}; {share} of it is more than 90 days past due.</numerusform>
            <numerusform>The open book in {currency} holds %n accounts owing {balance}; {share} of it is more than 90 days past due.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Anomalies</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/compliance.py" line="+309"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+470"/>
        <source>Kept rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Kept rate fell to {value}% from an average of {baseline}% over the previous %n period ({drop} points lower).</numerusform>
            <numerusform>Kept rate fell to {value}% from an average of {baseline}% over the previous %n periods ({drop} points lower).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n period(s) ({drop} points lower).</source>
        <translation>
            <numerusform>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n period ({drop} points lower).</numerusform>
            <numerusform>Right-party contact rate fell to {value}% from an average of {baseline}% over the previous %n periods ({drop} points lower).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+4"/>
        <source>Collected {value}, {drop}% less than the average of {baseline} over the previous %n period(s).</source>
        <translation>
            <numerusform>Collected {value}, {drop}% less than the average of {baseline} over the previous %n period.</numerusform>
            <numerusform>Collected {value}, {drop}% less than the average of {baseline} over the previous %n periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+5"/>
        <source>{broken} of {due} promises recorded in the last %n day(s) of the period broke ({share}%).</source>
        <translation>
            <numerusform>{broken} of {due} promises recorded in the last %n day of the period broke ({share}%).</numerusform>
            <numerusform>{broken} of {due} promises recorded in the last %n days of the period broke ({share}%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location filename="../collectdesk/services/staff_anomalies.py" line="+8"/>
        <source>%n payment(s) ({amounts}) recorded on accounts assigned to someone else at the time.</source>
        <translation>
            <numerusform>%n payment ({amounts}) recorded on accounts assigned to someone else at the time.</numerusform>
            <numerusform>%n payments ({amounts}) recorded on accounts assigned to someone else at the time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomaliesView</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/scorecards/anomalies_view.py" line="+108"/>
        <source>&amp;Anomalies: %n finding(s) worth a look</source>
        <translation>
            <numerusform>&amp;Anomalies: %n finding worth a look</numerusform>
            <numerusform>&amp;Anomalies: %n findings worth a look</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalsQueueModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/approvals_queue_model.py" line="+61"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/reports/archive_page.py" line="+123"/>
        <source>%n archived file(s)</source>
        <translation>
            <numerusform>%n archived file</numerusform>
            <numerusform>%n archived files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message numerus="yes">
        <location filename="../collectdesk/cli.py" line="+245"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+55"/>
        <source>{file}: %n row(s) have errors. Nothing was imported.</source>
        <translation>
            <numerusform>{file}: %n row has errors. Nothing was imported.</numerusform>
            <numerusform>{file}: %n rows have errors. Nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <location filename="../collectdesk/services/inbox/agency_cli.py" line="+6"/>
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
        <location line="+50"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n message imported.</numerusform>
            <numerusform>%n messages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were not imported again.</source>
        <translation>
            <numerusform>%n message was already in the inbox and was not imported again.</numerusform>
            <numerusform>%n messages were already in the inbox and were not imported again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n linked to an account.</source>
        <translation>
            <numerusform>%n linked to an account.</numerusform>
            <numerusform>%n linked to an account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with suggested links to confirm in the inbox.</source>
        <translation>
            <numerusform>%n with suggested links to confirm in the inbox.</numerusform>
            <numerusform>%n with suggested links to confirm in the inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n message(s) could not be imported:</source>
        <translation>
            <numerusform>%n message could not be imported:</numerusform>
            <numerusform>%n messages could not be imported:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n journal line(s) written to {path}.</source>
        <translation>
            <numerusform>%n journal line written to {path}.</numerusform>
            <numerusform>%n journal lines written to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n screenshot(s) written to {folder}.</source>
        <translation>
            <numerusform>%n screenshot written to {folder}.</numerusform>
            <numerusform>%n screenshots written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../collectdesk/services/compliance/scan_cli.py" line="+72"/>
        <source>Compliance scan ({mode}): %n debtor(s) checked, {activities} activities read in {seconds} s.</source>
        <translation>
            <numerusform>Compliance scan ({mode}): %n debtor checked, {activities} activities read in {seconds} s.</numerusform>
            <numerusform>Compliance scan ({mode}): %n debtors checked, {activities} activities read in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n new finding(s) (block: {block}, warn: {warn}).</source>
        <translation>
            <numerusform>%n new finding (block: {block}, warn: {warn}).</numerusform>
            <numerusform>%n new findings (block: {block}, warn: {warn}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s) found again and left as they were.</source>
        <translation>
            <numerusform>%n finding found again and left as they were.</numerusform>
            <numerusform>%n findings found again and left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) no longer found and removed.</source>
        <translation>
            <numerusform>%n open finding no longer found and removed.</numerusform>
            <numerusform>%n open findings no longer found and removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n reviewed finding(s) no longer found, kept for the record.</source>
        <translation>
            <numerusform>%n reviewed finding no longer found, kept for the record.</numerusform>
            <numerusform>%n reviewed findings no longer found, kept for the record.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../collectdesk/reports/report_cli.py" line="+121"/>
        <source>%n file(s) written and kept in the archive.</source>
        <translation>
            <numerusform>%n file written and kept in the archive.</numerusform>
            <numerusform>%n files written and kept in the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseOutcome</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/outcome_text.py" line="+47"/>
        <source>%n installment(s) missed</source>
        <translation>
            <numerusform>%n installment missed</numerusform>
            <numerusform>%n installments missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChosenFiles</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/chosen_files.py" line="+103"/>
        <source>Not attached, larger than {limit} MB: {names}</source>
        <translation>
            <numerusform>Not attached, larger than {limit} MB: {names}</numerusform>
            <numerusform>Not attached, larger than {limit} MB: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Not attached, cannot be read: {names}</source>
        <translation>
            <numerusform>Not attached, cannot be read: {names}</numerusform>
            <numerusform>Not attached, cannot be read: {names}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message numerus="yes">
        <location filename="../collectdesk/compliance/explain.py" line="+207"/>
        <source>Conversation number {count} with the debtor within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Conversation number {count} with the debtor within %n hour (at most {max} allowed)</numerusform>
            <numerusform>Conversation number {count} with the debtor within %n hours (at most {max} allowed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n hour(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} number {count} within %n hour (at most {max} allowed)</numerusform>
            <numerusform>{channel} number {count} within %n hours (at most {max} allowed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Conversation number {count} with the debtor within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>Conversation number {count} with the debtor within %n day (at most {max} allowed)</numerusform>
            <numerusform>Conversation number {count} with the debtor within %n days (at most {max} allowed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} number {count} within %n day(s) (at most {max} allowed)</source>
        <translation>
            <numerusform>{channel} number {count} within %n day (at most {max} allowed)</numerusform>
            <numerusform>{channel} number {count} within %n days (at most {max} allowed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{channel} on {date}, within %n day(s) of a conversation with the debtor on {conversation_date} (no further contact until {until})</source>
        <translation>
            <numerusform>{channel} on {date}, within %n day of a conversation with the debtor on {conversation_date} (no further contact until {until})</numerusform>
            <numerusform>{channel} on {date}, within %n days of a conversation with the debtor on {conversation_date} (no further contact until {until})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minute apart required)</numerusform>
            <numerusform>{channel} at {time}, after an attempt at {previous} to the same destination (at least %n minutes apart required)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} at {time}, after an attempt at {previous} (at least %n minute(s) apart required)</source>
        <translation>
            <numerusform>{channel} at {time}, after an attempt at {previous} (at least %n minute apart required)</numerusform>
            <numerusform>{channel} at {time}, after an attempt at {previous} (at least %n minutes apart required)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+82"/>
        <source>The deadline is %n business day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>The deadline is %n business day after the {flag} was recorded on {start}.</numerusform>
            <numerusform>The deadline is %n business days after the {flag} was recorded on {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n business day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>The deadline is %n business day after the first contact on {start}.</numerusform>
            <numerusform>The deadline is %n business days after the first contact on {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the {flag} was recorded on {start}.</source>
        <translation>
            <numerusform>The deadline is %n day after the {flag} was recorded on {start}.</numerusform>
            <numerusform>The deadline is %n days after the {flag} was recorded on {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The deadline is %n day(s) after the first contact on {start}.</source>
        <translation>
            <numerusform>The deadline is %n day after the first contact on {start}.</numerusform>
            <numerusform>The deadline is %n days after the first contact on {start}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the last payment on {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} on {date} about a time-barred debt: the limitation period of %n year from the last payment on {start} ended on {end}</numerusform>
            <numerusform>{channel} on {date} about a time-barred debt: the limitation period of %n years from the last payment on {start} ended on {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>{channel} on {date} about a time-barred debt: the limitation period of %n year(s) from the due date {start} ended on {end}</source>
        <translation>
            <numerusform>{channel} on {date} about a time-barred debt: the limitation period of %n year from the due date {start} ended on {end}</numerusform>
            <numerusform>{channel} on {date} about a time-barred debt: the limitation period of %n years from the due date {start} ended on {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after the end of that year</source>
        <translation>
            <numerusform>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year after the end of that year</numerusform>
            <numerusform>Account {account} was closed on {closed}: its personal data are kept past {end}, %n years after the end of that year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year(s) after closing</source>
        <translation>
            <numerusform>Account {account} was closed on {closed}: its personal data are kept past {end}, %n year after closing</numerusform>
            <numerusform>Account {account} was closed on {closed}: its personal data are kept past {end}, %n years after closing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompliancePane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/compliance_pane.py" line="+279"/>
        <source>%n finding(s) in {period}</source>
        <translation>
            <numerusform>%n finding in {period}</numerusform>
            <numerusform>%n findings in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) in {period}</source>
        <translation>
            <numerusform>%n open finding in {period}</numerusform>
            <numerusform>%n open findings in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reviewed finding(s) in {period}</source>
        <translation>
            <numerusform>%n reviewed finding in {period}</numerusform>
            <numerusform>%n reviewed findings in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dismissed finding(s) in {period}</source>
        <translation>
            <numerusform>%n dismissed finding in {period}</numerusform>
            <numerusform>%n dismissed findings in {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Scan cancelled after %n debtor(s); what it finished is kept.</source>
        <translation>
            <numerusform>Scan cancelled after %n debtor; what it finished is kept.</numerusform>
            <numerusform>Scan cancelled after %n debtors; what it finished is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Scan finished: %n new finding(s), {removed} no longer found, {debtors} debtors checked.</source>
        <translation>
            <numerusform>Scan finished: %n new finding, {removed} no longer found, {debtors} debtors checked.</numerusform>
            <numerusform>Scan finished: %n new findings, {removed} no longer found, {debtors} debtors checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/compliance.py" line="-141"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>{name} had the most findings: %n.</numerusform>
            <numerusform>{name} had the most findings: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+164"/>
        <source>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</source>
        <translation>
            <numerusform>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</numerusform>
            <numerusform>The checks of the staff&apos;s work found %n anomaly(ies), {high} of high severity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/dashboard/tile_texts.py" line="+144"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%Ln overdue</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln expiring</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln expiring</numerusform>
            <numerusform>%Ln expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln expired</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln mandatory not assigned</source>
        <comment>training</comment>
        <translation>
            <numerusform>%Ln mandatory not assigned</numerusform>
            <numerusform>%Ln mandatory not assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>{name}: %n account(s)</source>
        <translation>
            <numerusform>{name}: %n account</numerusform>
            <numerusform>{name}: %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/demo/builder.py" line="+141"/>
        <source>Demo data built with seed {seed} as of {today}: %n account(s), {debtors} debtors, {activities} activities, {payments} payments.</source>
        <translation>
            <numerusform>Demo data built with seed {seed} as of {today}: %n account, {debtors} debtors, {activities} activities, {payments} payments.</numerusform>
            <numerusform>Demo data built with seed {seed} as of {today}: %n accounts, {debtors} debtors, {activities} activities, {payments} payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/scorecards/drill_dialog.py" line="+84"/>
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailImportSummary</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/inbox/email_import_summary.py" line="+59"/>
        <source>%n message(s) imported.</source>
        <translation>
            <numerusform>%n message imported.</numerusform>
            <numerusform>%n messages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) were already in the inbox and were skipped.</source>
        <translation>
            <numerusform>%n message was already in the inbox and was skipped.</numerusform>
            <numerusform>%n messages were already in the inbox and were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) could not be read; they are listed below.</source>
        <translation>
            <numerusform>%n message could not be read; they are listed below.</numerusform>
            <numerusform>%n messages could not be read; they are listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationsPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/escalations_pane.py" line="+286"/>
        <source>%n decided case(s)</source>
        <translation>
            <numerusform>%n decided case</numerusform>
            <numerusform>%n decided cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>Decided in the last %n day(s)</source>
        <translation>
            <numerusform>Decided in the last %n day</numerusform>
            <numerusform>Decided in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/case_summary.py" line="+33"/>
        <source>When raised: open {open} of {original} (paid {paid}); %n day(s) past due</source>
        <translation>
            <numerusform>When raised: open {open} of {original} (paid {paid}); %n day past due</numerusform>
            <numerusform>When raised: open {open} of {original} (paid {paid}); %n days past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n installment(s)</source>
        <translation>
            <numerusform>%n installment</numerusform>
            <numerusform>%n installments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EscalationsReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/escalations.py" line="+287"/>
        <source>On {date}, %n escalation(s) were waiting for a decision, on average {days} days; the oldest for {oldest} days.</source>
        <translation>
            <numerusform>On {date}, %n escalation were waiting for a decision, on average {days} days; the oldest for {oldest} days.</numerusform>
            <numerusform>On {date}, %n escalations were waiting for a decision, on average {days} days; the oldest for {oldest} days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/feedback.py" line="+420"/>
        <source>The oldest open complaint was received on {date}, %n day(s) ago.</source>
        <translation>
            <numerusform>The oldest open complaint was received on {date}, %n day ago.</numerusform>
            <numerusform>The oldest open complaint was received on {date}, %n days ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n complaint(s) came through a reporting agency in this period.</source>
        <translation>
            <numerusform>%n complaint came through a reporting agency in this period.</numerusform>
            <numerusform>%n complaints came through a reporting agency in this period.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/finding_dialog.py" line="+185"/>
        <source>&amp;Activities involved (%n no longer in the log):</source>
        <translation>
            <numerusform>&amp;Activities involved (%n no longer in the log):</numerusform>
            <numerusform>&amp;Activities involved (%n no longer in the log):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsTrendChart</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/trend_chart.py" line="+81"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/targets/import_errors_dialog.py" line="+59"/>
        <source>%n row(s) need correcting.</source>
        <translation>
            <numerusform>%n row needs correcting.</numerusform>
            <numerusform>%n rows need correcting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s) are listed.</source>
        <translation>
            <numerusform>The first %n problem is listed.</numerusform>
            <numerusform>The first %n problems are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxImports</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/inbox/inbox_imports.py" line="+137"/>
        <source>%n file(s) and folder(s)</source>
        <translation>
            <numerusform>%n file or folder</numerusform>
            <numerusform>%n files and folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>E-mail: %n message(s) imported.</source>
        <translation>
            <numerusform>E-mail: %n message imported.</numerusform>
            <numerusform>E-mail: %n messages imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n survey answer(s)</source>
        <translation>
            <numerusform>%n survey answer</numerusform>
            <numerusform>%n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) already imported</source>
        <translation>
            <numerusform>%n row already imported</numerusform>
            <numerusform>%n rows already imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/inbox/inbox_model.py" line="+180"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InboxPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/inbox/inbox_pane.py" line="+328"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/portfolios/journal_dialog.py" line="+188"/>
        <source>%n line(s) written to {file}.</source>
        <translation>
            <numerusform>%n line written to {file}.</numerusform>
            <numerusform>%n lines written to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/training/module_table_model.py" line="+59"/>
        <source>every %n year(s)</source>
        <translation>
            <numerusform>every %n year</numerusform>
            <numerusform>every %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverlayEditor</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/overlay_editor.py" line="+143"/>
        <source>Valid: %n rule(s). Not saved yet.</source>
        <translation>
            <numerusform>Valid: %n rule. Not saved yet.</numerusform>
            <numerusform>Valid: %n rules. Not saved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Valid: %n rule(s).</source>
        <translation>
            <numerusform>Valid: %n rule.</numerusform>
            <numerusform>Valid: %n rules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCalculatorDialog</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/escalations/plan_calculator.py" line="+153"/>
        <source>Total payable: {total} in %n installment(s); interest {interest}</source>
        <translation>
            <numerusform>Total payable: {total} in %n installment; interest {interest}</numerusform>
            <numerusform>Total payable: {total} in %n installments; interest {interest}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLetter</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/plan_letter_pdf.py" line="+85"/>
        <source>%n weekly installment(s)</source>
        <translation>
            <numerusform>%n weekly installment</numerusform>
            <numerusform>%n weekly installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n fortnightly installment(s)</source>
        <translation>
            <numerusform>%n fortnightly installment</numerusform>
            <numerusform>%n fortnightly installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n monthly installment(s)</source>
        <translation>
            <numerusform>%n monthly installment</numerusform>
            <numerusform>%n monthly installments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>An installment counts as missed when it is still unpaid %n day(s) after its due date.</source>
        <translation>
            <numerusform>An installment counts as missed when it is still unpaid %n day after its due date.</numerusform>
            <numerusform>An installment counts as missed when it is still unpaid %n days after its due date.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>If %n installment(s) are missed, the plan ends and the whole balance still owed falls due again at once.</source>
        <translation>
            <numerusform>If %n installment is missed, the plan ends and the whole balance still owed falls due again at once.</numerusform>
            <numerusform>If %n installments are missed, the plan ends and the whole balance still owed falls due again at once.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Portfolios</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/portfolios.py" line="+141"/>
        <source>%n account(s) no longer exist; nothing was added.</source>
        <translation>
            <numerusform>%n account no longer exists; nothing was added.</numerusform>
            <numerusform>%n accounts no longer exist; nothing was added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfoliosPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/portfolios/portfolios_pane.py" line="+325"/>
        <source>Take %n account(s) out of {name}? They stay in its history.</source>
        <translation>
            <numerusform>Take %n account out of {name}? They stay in its history.</numerusform>
            <numerusform>Take %n accounts out of {name}? They stay in its history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n account(s) taken out of {name}.</source>
        <translation>
            <numerusform>%n account taken out of {name}.</numerusform>
            <numerusform>%n accounts taken out of {name}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfoliosReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/portfolios.py" line="+136"/>
        <source>%n special portfolio(s) hold {accounts} accounts.</source>
        <translation>
            <numerusform>%n special portfolio hold {accounts} accounts.</numerusform>
            <numerusform>%n special portfolios hold {accounts} accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The largest is {name} ({owner}): %n account(s) owing {balance}.</source>
        <translation>
            <numerusform>The largest is {name} ({owner}): %n account owing {balance}.</numerusform>
            <numerusform>The largest is {name} ({owner}): %n accounts owing {balance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Nothing has been done on {name} for %n day(s).</source>
        <translation>
            <numerusform>Nothing has been done on {name} for %n day.</numerusform>
            <numerusform>Nothing has been done on {name} for %n days.</numerusform>
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
        <location filename="../collectdesk/ui/queues/queue_pane.py" line="+316"/>
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
    <name>ReportPrinting</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/reports/printing.py" line="+152"/>
        <source>The printer stopped after %n page(s).</source>
        <translation>
            <numerusform>The printer stopped after %n page.</numerusform>
            <numerusform>The printer stopped after %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/common.py" line="+220"/>
        <source>The spreadsheet lists all %n.</source>
        <translation>
            <numerusform>The spreadsheet lists all %n.</numerusform>
            <numerusform>The spreadsheet lists all %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/reports/reports_pane.py" line="+373"/>
        <source>Printed %n page(s) to {file}.</source>
        <translation>
            <numerusform>Printed %n page to {file}.</numerusform>
            <numerusform>Printed %n pages to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Printed %n page(s) on {printer}.</source>
        <translation>
            <numerusform>Printed %n page on {printer}.</numerusform>
            <numerusform>Printed %n pages on {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Printed %n copy(ies): {names}</source>
        <translation>
            <numerusform>Printed %n copy(ies): {names}</numerusform>
            <numerusform>Printed %n copy(ies): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Saved %n copy(ies) in {folder}.</source>
        <translation>
            <numerusform>Saved %n copy(ies) in {folder}.</numerusform>
            <numerusform>Saved %n copy(ies) in {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardHistoryModel</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/staff/scorecard_history_model.py" line="+104"/>
        <source>%n monitored call(s)</source>
        <translation>
            <numerusform>%n monitored call</numerusform>
            <numerusform>%n monitored calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScorecardPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/scorecards/scorecard_pane.py" line="+310"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n without figures hidden)</source>
        <translation>
            <numerusform>(%n without figures hidden)</numerusform>
            <numerusform>(%n without figures hidden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message numerus="yes">
        <location filename="../collectdesk/selftest/__init__.py" line="+174"/>
        <source>FAIL  Network: %n attempt(s) to reach the network</source>
        <translation>
            <numerusform>FAIL  Network: %n attempt to reach the network</numerusform>
            <numerusform>FAIL  Network: %n attempts to reach the network</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../collectdesk/selftest/runner.py" line="+85"/>
        <source>Self-test passed: %n check(s) in {seconds} s.</source>
        <translation>
            <numerusform>Self-test passed: %n check in {seconds} s.</numerusform>
            <numerusform>Self-test passed: %n checks in {seconds} s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Self-test FAILED: %n of {total} check(s) did not pass.</source>
        <translation>
            <numerusform>Self-test FAILED: %n of {total} checks did not pass.</numerusform>
            <numerusform>Self-test FAILED: %n of {total} checks did not pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffFindingsWidget</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/compliance/staff_findings.py" line="+91"/>
        <source>%n finding(s) in the last 90 days, {open} of them not reviewed yet.</source>
        <translation>
            <numerusform>%n finding in the last 90 days, {open} of them not reviewed yet.</numerusform>
            <numerusform>%n findings in the last 90 days, {open} of them not reviewed yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/staff/staff_pane.py" line="+120"/>
        <location line="+57"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffReport</name>
    <message numerus="yes">
        <location filename="../collectdesk/reports/builders/staff.py" line="+240"/>
        <source>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</source>
        <translation>
            <numerusform>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</numerusform>
            <numerusform>Ranked by attainment in the currency of each person&apos;s largest target; %n people have a target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n of the people with a target were below it.</source>
        <translation>
            <numerusform>%n of the people with a target were below it.</numerusform>
            <numerusform>%n of the people with a target were below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>{name} had the most findings: %n.</source>
        <translation>
            <numerusform>{name} had the most findings: %n.</numerusform>
            <numerusform>{name} had the most findings: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffTrainingWidget</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/training/staff_training_widget.py" line="+153"/>
        <source>%n mandatory module(s) assigned to {name}.</source>
        <translation>
            <numerusform>%n mandatory module assigned to {name}.</numerusform>
            <numerusform>%n mandatory modules assigned to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n mandatory not assigned</numerusform>
            <numerusform>%n mandatory not assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expiring within 30 days</numerusform>
            <numerusform>%n expiring within 30 days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/targets/targets_pane.py" line="+203"/>
        <source>%n staff member(s)</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n target(s) copied to {there}.</source>
        <translation>
            <numerusform>%n target copied to {there}.</numerusform>
            <numerusform>%n targets copied to {there}.</numerusform>
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
<context>
    <name>Training</name>
    <message numerus="yes">
        <location filename="../collectdesk/services/training.py" line="+385"/>
        <source>%n training record(s) expired</source>
        <translation>
            <numerusform>%n training record expired</numerusform>
            <numerusform>%n training records expired</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainingPane</name>
    <message numerus="yes">
        <location filename="../collectdesk/ui/training/training_pane.py" line="+226"/>
        <source>%n assignment(s) created.</source>
        <translation>
            <numerusform>%n assignment created.</numerusform>
            <numerusform>%n assignments created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n mandatory not assigned</source>
        <translation>
            <numerusform>%n mandatory not assigned</numerusform>
            <numerusform>%n mandatory not assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expiring within 30 days</numerusform>
            <numerusform>%n expiring within 30 days</numerusform>
        </translation>
    </message>
</context>
</TS>
