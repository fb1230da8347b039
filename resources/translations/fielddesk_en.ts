<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddVisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="44"/>
        <source>New visit</source>
        <extracomment>apply(day, target kind, target id, time, purpose) -&gt; whether the visit was added</extracomment>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="45"/>
        <source>A visit in the plan of {name}</source>
        <translation>A visit in the plan of {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="52"/>
        <source>{name} ({code}) · follow-up</source>
        <translation>{name} ({code}) · follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="62"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="67"/>
        <source>For example: new product, payment, display check</source>
        <translation>For example: new product, payment, display check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="73"/>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="74"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="75"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="76"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="80"/>
        <source>Add visit</source>
        <translation>Add visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="87"/>
        <source>There is no distributor or team member to visit.</source>
        <translation>There is no distributor or team member to visit.</translation>
    </message>
</context>
<context>
    <name>ApproveRequestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="34"/>
        <source>Approve join request</source>
        <translation>Approve join request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="37"/>
        <source>This laptop asks to join. Before approving, ask its user to read out the key fingerprint their laptop shows: it must be exactly the one below.</source>
        <translation>This laptop asks to join. Before approving, ask its user to read out the key fingerprint their laptop shows: it must be exactly the one below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="45"/>
        <source>(unknown person)</source>
        <translation>(unknown person)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="57"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="58"/>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="59"/>
        <source>Machine:</source>
        <translation>Machine:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="60"/>
        <source>Key fingerprint:</source>
        <translation>Key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="61"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="64"/>
        <source>Approving makes an enrolment file holding this person&apos;s part of the data. You choose where to save it next; give it to the laptop (USB stick).</source>
        <translation>Approving makes an enrolment file holding this person&apos;s part of the data. You choose where to save it next; give it to the laptop (USB stick).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="73"/>
        <source>Approve and save the enrolment file…</source>
        <translation>Approve and save the enrolment file…</translation>
    </message>
</context>
<context>
    <name>CallDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="112"/>
        <source>When</source>
        <extracomment>the follow-up task id to mark done the call id whose notes to correct (distributor id, its label): show this distributor&apos;s calls only</extracomment>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="113"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="114"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="115"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="116"/>
        <source>Order amount</source>
        <translation>Order amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="117"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="118"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="119"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="123"/>
        <source>Select a call to read it here.</source>
        <translation>Select a call to read it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="124"/>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="126"/>
        <source>The next step was taken: close its follow-up task</source>
        <translation>The next step was taken: close its follow-up task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="128"/>
        <source>Correct notes…</source>
        <translation>Correct notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="130"/>
        <source>Notes and problems can be corrected on the day the call was logged</source>
        <translation>Notes and problems can be corrected on the day the call was logged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="132"/>
        <source>All calls of this distributor</source>
        <translation>All calls of this distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="148"/>
        <source> · a planned visit</source>
        <translation> · a planned visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="167"/>
        <source>✓ Done on {date}</source>
        <translation>✓ Done on {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="170"/>
        <source>! Overdue since {date}</source>
        <translation>! Overdue since {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="173"/>
        <source>○ Open, due {date}</source>
        <translation>○ Open, due {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="186"/>
        <source>{step}
by {date}</source>
        <translation>{step}
by {date}</translation>
    </message>
</context>
<context>
    <name>CallEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="163"/>
        <source>Log a call</source>
        <translation>Log a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="165"/>
        <source>&amp;Distributor</source>
        <translation>&amp;Distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="166"/>
        <source>P&amp;erson</source>
        <translation>P&amp;erson</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="167"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="168"/>
        <source>C&amp;hannel</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="169"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="170"/>
        <source>Order &amp;amount</source>
        <translation>Order &amp;amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="171"/>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="172"/>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="173"/>
        <source>Ne&amp;xt step</source>
        <translation>Ne&amp;xt step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="174"/>
        <source>D&amp;ue</source>
        <translation>D&amp;ue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="179"/>
        <source>Code, name or pinyin initials</source>
        <translation>Code, name or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="180"/>
        <source>Yuan, e.g. 12,345.60</source>
        <translation>Yuan, e.g. 12,345.60</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="181"/>
        <source>What was discussed, agreed, seen</source>
        <translation>What was discussed, agreed, seen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="182"/>
        <source>Problems raised, if any</source>
        <translation>Problems raised, if any</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="183"/>
        <source>Becomes a follow-up task until done</source>
        <translation>Becomes a follow-up task until done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="184"/>
        <source>Up arrow: today; type a date as 2026-12-04</source>
        <translation>Up arrow: today; type a date as 2026-12-04</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="185"/>
        <source>Logging a planned visit: saving marks it done.</source>
        <translation>Logging a planned visit: saving marks it done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="186"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="187"/>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>Save and close (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="188"/>
        <source>Save and next</source>
        <translation>Save and next</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="189"/>
        <source>Save and log another call (Ctrl+Shift+Enter)</source>
        <translation>Save and log another call (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="190"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="191"/>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="201"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="262"/>
        <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="310"/>
        <source>Saved. Log the next call.</source>
        <translation>Saved. Log the next call.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="354"/>
        <source>Discard this call?</source>
        <translation>Discard this call?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="355"/>
        <source>The call you started has not been saved. Close and discard it?</source>
        <translation>The call you started has not been saved. Close and discard it?</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="99"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="148"/>
        <source>All markets</source>
        <extracomment>The last filters of the Call log page (the lead may move it to desktop/settings.py).</extracomment>
        <translation>All markets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="110"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="149"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="117"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="150"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="125"/>
        <source>Search notes and problems (Chinese or English)</source>
        <translation>Search notes and problems (Chinese or English)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="126"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="127"/>
        <source>Distributor: code, name or pinyin</source>
        <translation>Distributor: code, name or pinyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="128"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="130"/>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="131"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="132"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="133"/>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="134"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="135"/>
        <source>From … to …</source>
        <translation>From … to …</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="139"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="142"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="161"/>
        <source>Date and time</source>
        <extracomment>page number → {id: [row, its column texts (made when first shown) or None]}</extracomment>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="162"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="163"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="164"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="165"/>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="166"/>
        <source>Order amount</source>
        <translation>Order amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="167"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="168"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="206"/>
        <source>{step} (by {date})</source>
        <translation>{step} (by {date})</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="164"/>
        <source>Call log</source>
        <extracomment>the newest rows are shown (the whole list may still be on its way) the whole list is shown (tests wait for it)</extracomment>
        <translation>Call log</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="174"/>
        <source>New call</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="175"/>
        <source>Log a call (Ctrl+N)</source>
        <translation>Log a call (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="180"/>
        <source>No calls logged yet</source>
        <translation>No calls logged yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="181"/>
        <source>Log every call and visit to a distributor here: it takes a few keystrokes.</source>
        <translation>Log every call and visit to a distributor here: it takes a few keystrokes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="182"/>
        <source>Log the first call</source>
        <translation>Log the first call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="185"/>
        <source>No call matches</source>
        <translation>No call matches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="186"/>
        <source>No call matches these filters and this search — clear them to see all.</source>
        <translation>No call matches these filters and this search — clear them to see all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="187"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="312"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="314"/>
        <source>The newest %1 calls; counting the rest…</source>
        <translation>The newest %1 calls; counting the rest…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/calls.py" line="317"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="370"/>
        <source>Call saved.</source>
        <translation>Call saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="377"/>
        <source>Follow-up task done.</source>
        <translation>Follow-up task done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="389"/>
        <source>Call corrected.</source>
        <translation>Call corrected.</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="34"/>
        <source>Cancel visit</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="36"/>
        <source>Cancel the visit to {target} on {day}? Say why:</source>
        <translation>Cancel the visit to {target} on {day}? Say why:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="45"/>
        <source>For example: the owner is away until Monday</source>
        <translation>For example: the owner is away until Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="52"/>
        <source>Cancel the visit</source>
        <translation>Cancel the visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="55"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="86"/>
        <source>Preparing the distributor card…</source>
        <extracomment>the path of a PDF that was written</extracomment>
        <translation>Preparing the distributor card…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="97"/>
        <source>Save the distributor card</source>
        <translation>Save the distributor card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="98"/>
        <source>Card saved</source>
        <translation>Card saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="99"/>
        <source>The card was saved as {path}. Open it now?</source>
        <translation>The card was saved as {path}. Open it now?</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="54"/>
        <source>&amp;1 Visit</source>
        <translation>&amp;1 Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="55"/>
        <source>&amp;2 Phone</source>
        <translation>&amp;2 Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="56"/>
        <source>&amp;3 WeChat</source>
        <translation>&amp;3 WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="57"/>
        <source>&amp;4 Other</source>
        <translation>&amp;4 Other</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="102"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="103"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="104"/>
        <source>Value here now</source>
        <translation>Value here now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="105"/>
        <source>Value set aside</source>
        <translation>Value set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="106"/>
        <source>Set aside from</source>
        <translation>Set aside from</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="107"/>
        <source>Why</source>
        <translation>Why</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="64"/>
        <source>Name *</source>
        <extracomment>text columns in order; the last column is the primary check box</extracomment>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="65"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="66"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="67"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="68"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="69"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="72"/>
        <source>Add contact</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="73"/>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="161"/>
        <source>Contact {row}, {field}: {message}</source>
        <translation>Contact {row}, {field}: {message}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="62"/>
        <source>Correct the call</source>
        <translation>Correct the call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="65"/>
        <source>A call is a record of what happened: only its notes and problems can be corrected, and only on the day it was logged.</source>
        <translation>A call is a record of what happened: only its notes and problems can be corrected, and only on the day it was logged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="69"/>
        <source>No&amp;tes *</source>
        <translation>No&amp;tes *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="70"/>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blems</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="27"/>
        <source>FieldDesk: unexpected error</source>
        <translation>FieldDesk: unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="32"/>
        <source>FieldDesk ran into an unexpected error. What you saved before is safe; the last action may not have finished.

The details were written to the log file:
{path}

Please send this file to your IT contact.</source>
        <translation>FieldDesk ran into an unexpected error. What you saved before is safe; the last action may not have finished.

The details were written to the log file:
{path}

Please send this file to your IT contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="47"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="48"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_day.py" line="99"/>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_day.py" line="209"/>
        <source>Workday</source>
        <translation>Workday</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="76"/>
        <source>Changes written for this laptop that it has not acknowledged yet</source>
        <translation>Changes written for this laptop that it has not acknowledged yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="78"/>
        <source>Changes from this laptop that are missing: its later files wait</source>
        <translation>Changes from this laptop that are missing: its later files wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="83"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="84"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="85"/>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="86"/>
        <source>Last bundle in</source>
        <translation>Last bundle in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="87"/>
        <source>Last bundle out</source>
        <translation>Last bundle out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="88"/>
        <source>Unacknowledged</source>
        <translation>Unacknowledged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="89"/>
        <source>Missing changes</source>
        <translation>Missing changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="90"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="117"/>
        <source>Device {id}, key fingerprint {fingerprint}</source>
        <translation>Device {id}, key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="136"/>
        <location filename="../../desktop/ui/models/sync_devices.py" line="138"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="143"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="149"/>
        <source>Revoked {when}</source>
        <translation>Revoked {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="150"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>DistributorDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="105"/>
        <source>Identity</source>
        <extracomment>The fields shown, by section; each becomes a QLabel named ``detail_&lt;field&gt;``.</extracomment>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="106"/>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="124"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="107"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="108"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="109"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="110"/>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="134"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="115"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="116"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="117"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="119"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="120"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="121"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="122"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="123"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="125"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="126"/>
        <source>Warehouse address</source>
        <translation>Warehouse address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="127"/>
        <source>Receiving hours</source>
        <translation>Receiving hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="128"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="129"/>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="130"/>
        <source>Logistics notes</source>
        <translation>Logistics notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="131"/>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="132"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="133"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="135"/>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="139"/>
        <source>Select a distributor to see its file here.</source>
        <translation>Select a distributor to see its file here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="140"/>
        <source>Calls and visits</source>
        <translation>Calls and visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="187"/>
        <source>No contacts on file.</source>
        <translation>No contacts on file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="192"/>
        <source>primary</source>
        <translation>primary</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="199"/>
        <source>WeChat: {id}</source>
        <translation>WeChat: {id}</translation>
    </message>
</context>
<context>
    <name>DistributorEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="206"/>
        <source>Edit distributor {code}</source>
        <translation>Edit distributor {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="208"/>
        <source>New distributor</source>
        <translation>New distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Address &amp;&amp; contacts</source>
        <translation>Address &amp;&amp; contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="212"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="221"/>
        <source>Warehouse address</source>
        <translation>Warehouse address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222"/>
        <source>Receiving hours</source>
        <translation>Receiving hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="223"/>
        <source>Lead time (days)</source>
        <translation>Lead time (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="224"/>
        <source>Logistics notes</source>
        <translation>Logistics notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="225"/>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="226"/>
        <source>Credit limit (¥)</source>
        <translation>Credit limit (¥)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="227"/>
        <source>Payment terms (days)</source>
        <translation>Payment terms (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="232"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="233"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="235"/>
        <source>Choose a market…</source>
        <translation>Choose a market…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="236"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="237"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="238"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="239"/>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 or 010-12345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="240"/>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="241"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="251"/>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="257"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="397"/>
        <source>Discard changes?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="398"/>
        <source>This distributor has unsaved changes. Close and discard them?</source>
        <translation>This distributor has unsaved changes. Close and discard them?</translation>
    </message>
</context>
<context>
    <name>DistributorFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="39"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="79"/>
        <source>All markets</source>
        <translation>All markets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="48"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="80"/>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="51"/>
        <source>Choose a market first</source>
        <translation>Choose a market first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="57"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="81"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="60"/>
        <source>Search code, name, city or pinyin initials</source>
        <translation>Search code, name, city or pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="61"/>
        <source>Search (Ctrl+F)</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="62"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="65"/>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="69"/>
        <source>All credit ratings</source>
        <translation>All credit ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="73"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>DistributorTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="187"/>
        <source>Code</source>
        <extracomment>Credit rating A–D from green to red (UI.md); always shown with its word as well. The ``DistributorFilter.sort`` key of each column. (sort key, descending) when a header is clicked; the page re-runs the query page number → {id: (row, the text of each column)}; texts are formatted once per fetch</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="188"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="189"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="190"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="191"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="192"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="193"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="194"/>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="195"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="196"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DistributorTimeline</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="101"/>
        <source>No calls or visits yet.</source>
        <extracomment>Status colours (UI.md): planned blue, done green, missed red, cancelled grey; calls dark grey. (kind, id) of a line the user activated (double-click or Enter)</extracomment>
        <translation>No calls or visits yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="104"/>
        <source>The latest %n calls and visits; the Call log page has them all.</source>
        <translation>
            <numerusform>The latest %n call or visit; the Call log page has them all.</numerusform>
            <numerusform>The latest %n calls and visits; the Call log page has them all.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="127"/>
        <source>Call · {channel}</source>
        <translation>Call · {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="132"/>
        <source>Visit · {status}</source>
        <translation>Visit · {status}</translation>
    </message>
</context>
<context>
    <name>DistributorTransfer</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="31"/>
        <source>Import finished.</source>
        <extracomment>a short message for the page footer</extracomment>
        <translation>Import finished.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="42"/>
        <source>Export distributors</source>
        <translation>Export distributors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="43"/>
        <source>distributors.xlsx</source>
        <translation>distributors.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="58"/>
        <source>Exporting distributors…</source>
        <translation>Exporting distributors…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="60"/>
        <source>{count} distributors exported to {path}</source>
        <translation>{count} distributors exported to {path}</translation>
    </message>
</context>
<context>
    <name>DistributorsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="128"/>
        <source>Saved {path}</source>
        <extracomment>the result of a query is shown (tests wait for it)</extracomment>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="155"/>
        <source>Distributors</source>
        <translation>Distributors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="159"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="159"/>
        <source>New distributor (Ctrl+N)</source>
        <translation>New distributor (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="160"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="160"/>
        <source>Edit the selected distributor (Enter)</source>
        <translation>Edit the selected distributor (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="161"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="161"/>
        <source>Print the distributor card (Ctrl+P)</source>
        <translation>Print the distributor card (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="164"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="165"/>
        <source>Import distributors from an Excel file, with a preview first</source>
        <translation>Import distributors from an Excel file, with a preview first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="169"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="170"/>
        <source>Export the distributors you see to an Excel file</source>
        <translation>Export the distributors you see to an Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="180"/>
        <source>There are no distributor files yet — create the first one.</source>
        <translation>There are no distributor files yet — create the first one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="181"/>
        <source>New distributor</source>
        <translation>New distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="184"/>
        <source>No distributor matches these filters — clear them to see all.</source>
        <translation>No distributor matches these filters — clear them to see all.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="185"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="290"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/distributors.py" line="294"/>
        <source>%1 of %Ln distributor(s)</source>
        <translation>
            <numerusform>%1 of %Ln distributor</numerusform>
            <numerusform>%1 of %Ln distributors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="329"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="329"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="331"/>
        <source>Mark the distributor inactive; its history stays and it can be reactivated</source>
        <translation>Mark the distributor inactive; its history stays and it can be reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="333"/>
        <source>Make the distributor active again</source>
        <translation>Make the distributor active again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="387"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="399"/>
        <source>Deactivate distributor</source>
        <translation>Deactivate distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="401"/>
        <source>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</source>
        <translation>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="413"/>
        <source>{name} was deactivated; choose the status Inactive to find it again.</source>
        <translation>{name} was deactivated; choose the status Inactive to find it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="415"/>
        <source>{name} is active again.</source>
        <translation>{name} is active again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="432"/>
        <source>Select a distributor to print its card.</source>
        <translation>Select a distributor to print its card.</translation>
    </message>
</context>
<context>
    <name>EmptyMonthBanner</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="37"/>
        <source>There is no visit plan for this month yet — generate it from the visit rules.</source>
        <translation>There is no visit plan for this month yet — generate it from the visit rules.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="39"/>
        <source>Generate plan</source>
        <translation>Generate plan</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="50"/>
        <source>Holidays and make-up working days</source>
        <translation>Holidays and make-up working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="79"/>
        <source>Name, e.g. 国庆节</source>
        <translation>Name, e.g. 国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="81"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="84"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="88"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="91"/>
        <source>A CSV file with the columns date, kind (holiday or workday) and name</source>
        <translation>A CSV file with the columns date, kind (holiday or workday) and name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="103"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="165"/>
        <source>{day} is on the list: {kind}.</source>
        <translation>{day} is on the list: {kind}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/holidays.py" line="188"/>
        <source>Removed %n day(s) from the list.</source>
        <translation>
            <numerusform>Removed %n day from the list.</numerusform>
            <numerusform>Removed %n days from the list.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="193"/>
        <source>Import a holiday list</source>
        <translation>Import a holiday list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="193"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/holidays.py" line="203"/>
        <source>Imported %n day(s).</source>
        <translation>
            <numerusform>Imported %n day.</numerusform>
            <numerusform>Imported %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="222"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="223"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="224"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="227"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>Row {row}, {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDistributorsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="145"/>
        <source>Import distributors</source>
        <extracomment>a file was read and checked (tests wait for it)</extracomment>
        <translation>Import distributors</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="146"/>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="148"/>
        <source>Choose an Excel file (.xlsx) with one distributor per row</source>
        <translation>Choose an Excel file (.xlsx) with one distributor per row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="150"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="151"/>
        <source>Save template…</source>
        <translation>Save template…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="153"/>
        <source>An empty sheet with the columns FieldDesk reads, in Chinese and English</source>
        <translation>An empty sheet with the columns FieldDesk reads, in Chinese and English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="155"/>
        <source>Show only rows with problems</source>
        <translation>Show only rows with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="156"/>
        <source>Skip invalid rows (import only the valid ones)</source>
        <translation>Skip invalid rows (import only the valid ones)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="157"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="158"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="167"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</source>
        <translation>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="175"/>
        <source>Choose a file to see what it will change before anything is written.</source>
        <translation>Choose a file to see what it will change before anything is written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="180"/>
        <source>{rows} row(s): {created} new, {updated} to update, {unchanged} unchanged, {invalid} with problems.</source>
        <translation>{rows} row(s): {created} new, {updated} to update, {unchanged} unchanged, {invalid} with problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="188"/>
        <source>The rows with problems will be skipped.</source>
        <translation>The rows with problems will be skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="191"/>
        <source>Correct the file and choose it again, or skip the invalid rows.</source>
        <translation>Correct the file and choose it again, or skip the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="196"/>
        <source>Ignored columns: {columns}</source>
        <translation>Ignored columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="221"/>
        <source>Choose a distributor spreadsheet</source>
        <translation>Choose a distributor spreadsheet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="222"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Spreadsheets ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="234"/>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="237"/>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="257"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="291"/>
        <source>Importing distributors…</source>
        <translation>Importing distributors…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="309"/>
        <source>Save the distributor template</source>
        <translation>Save the distributor template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="309"/>
        <source>distributors-template.xlsx</source>
        <translation>distributors-template.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="310"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>JoinActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="268"/>
        <source>Enrol this laptop again</source>
        <translation>Enrol this laptop again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="270"/>
        <source>Make a new join request for this laptop? Do it when headquarters asks you to, for instance after this laptop was restored from a backup. Your changes stay on this laptop and go to headquarters again once it is enrolled.</source>
        <translation>Make a new join request for this laptop? Do it when headquarters asks you to, for instance after this laptop was restored from a backup. Your changes stay on this laptop and go to headquarters again once it is enrolled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="326"/>
        <source>Save the join request into… (a USB stick)</source>
        <translation>Save the join request into… (a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="330"/>
        <source>The join request&apos;s file was not saved: use Save the request file again…</source>
        <translation>The join request&apos;s file was not saved: use Save the request file again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="338"/>
        <source>Saved {file}: give it to headquarters.</source>
        <translation>Saved {file}: give it to headquarters.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="348"/>
        <source>Enrol with the file from headquarters</source>
        <translation>Enrol with the file from headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="349"/>
        <source>Enrolment files (*.fdenrol)</source>
        <translation>Enrolment files (*.fdenrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="349"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="366"/>
        <source>Enrolling with headquarters…</source>
        <translation>Enrolling with headquarters…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="375"/>
        <source>Withdraw the join request</source>
        <translation>Withdraw the join request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="377"/>
        <source>Stop waiting for headquarters? This computer stays as it is; you can make a new join request at any time.</source>
        <translation>Stop waiting for headquarters? This computer stays as it is; you can make a new join request at any time.</translation>
    </message>
</context>
<context>
    <name>JoinHeadquarters</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="192"/>
        <source>Waiting for headquarters</source>
        <translation>Waiting for headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="173"/>
        <source>When headquarters gives you the enrolment file (.fdenrol), enrol with it here. Until then this computer keeps working as it is.</source>
        <translation>When headquarters gives you the enrolment file (.fdenrol), enrol with it here. Until then this computer keeps working as it is.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="177"/>
        <source>Enrol with the file from headquarters…</source>
        <translation>Enrol with the file from headquarters…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="178"/>
        <source>Save the request file again…</source>
        <translation>Save the request file again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="180"/>
        <source>The same request again, for another USB stick (nothing changes)</source>
        <translation>The same request again, for another USB stick (nothing changes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="182"/>
        <source>Withdraw the request…</source>
        <translation>Withdraw the request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="183"/>
        <source>Stop waiting: this computer stays as it is</source>
        <translation>Stop waiting: this computer stays as it is</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="184"/>
        <source>Or drop headquarters&apos; enrolment file on this page.</source>
        <translation>Or drop headquarters&apos; enrolment file on this page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="190"/>
        <source>Waiting for headquarters to enrol this laptop again</source>
        <translation>Waiting for headquarters to enrol this laptop again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="204"/>
        <source>Join request for {person} on {machine}, made on {date}. Give this file to headquarters and compare this fingerprint with the one they read to you:</source>
        <translation>Join request for {person} on {machine}, made on {date}. Give this file to headquarters and compare this fingerprint with the one they read to you:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="216"/>
        <source>Enrolled: this laptop belongs to {who}, {scope}. Write your bundle for headquarters whenever you have changes.</source>
        <translation>Enrolled: this laptop belongs to {who}, {scope}. Write your bundle for headquarters whenever you have changes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="222"/>
        <source>everything</source>
        <translation>everything</translation>
    </message>
</context>
<context>
    <name>JoinOffer</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="97"/>
        <source>Is this computer a laptop in the field?</source>
        <translation>Is this computer a laptop in the field?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="100"/>
        <source>It is not connected to headquarters yet. A laptop joins headquarters: save a join request here, and enrol with the file headquarters gives back. At headquarters, laptops join this computer in the Sync centre below.</source>
        <translation>It is not connected to headquarters yet. A laptop joins headquarters: save a join request here, and enrol with the file headquarters gives back. At headquarters, laptops join this computer in the Sync centre below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="105"/>
        <source>Join headquarters as a laptop…</source>
        <translation>Join headquarters as a laptop…</translation>
    </message>
</context>
<context>
    <name>JoinRequestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="56"/>
        <source>Join headquarters</source>
        <translation>Join headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="59"/>
        <source>1. Save a join request file and give it to headquarters (a USB stick, an e-mail).
2. Headquarters approves it and gives you an enrolment file (.fdenrol).
3. Enrol with that file on the Sync page: this laptop receives its part of the data and syncs with headquarters from then on.</source>
        <translation>1. Save a join request file and give it to headquarters (a USB stick, an e-mail).
2. Headquarters approves it and gives you an enrolment file (.fdenrol).
3. Enrol with that file on the Sync page: this laptop receives its part of the data and syncs with headquarters from then on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="82"/>
        <source>Name or person code</source>
        <translation>Name or person code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="86"/>
        <source>Whose laptop this is: choose the person, or type the code headquarters gave.</source>
        <translation>Whose laptop this is: choose the person, or type the code headquarters gave.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="88"/>
        <source>Type the person code headquarters gave you (for example P0010).</source>
        <translation>Type the person code headquarters gave you (for example P0010).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="97"/>
        <source>Headquarters sees this name beside the person, to tell laptops apart.</source>
        <translation>Headquarters sees this name beside the person, to tell laptops apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="102"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="105"/>
        <source>Computer name:</source>
        <translation>Computer name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="111"/>
        <source>Save join request…</source>
        <translation>Save join request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="115"/>
        <source>Make the join request and save its file into a folder</source>
        <translation>Make the join request and save its file into a folder</translation>
    </message>
</context>
<context>
    <name>JoinRequestTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="50"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="51"/>
        <source>Machine</source>
        <translation>Machine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="52"/>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="53"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="112"/>
        <source>My changes written so far:</source>
        <translation>My changes written so far:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="113"/>
        <source>Acknowledged by headquarters:</source>
        <translation>Acknowledged by headquarters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="114"/>
        <source>Waiting:</source>
        <translation>Waiting:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="115"/>
        <source>From headquarters:</source>
        <translation>From headquarters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="116"/>
        <source>Missing from headquarters:</source>
        <translation>Missing from headquarters:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="117"/>
        <source>Last bundle written:</source>
        <translation>Last bundle written:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="118"/>
        <source>Last bundle imported:</source>
        <translation>Last bundle imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="119"/>
        <source>This laptop:</source>
        <translation>This laptop:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="122"/>
        <source>Write my bundle for headquarters…</source>
        <translation>Write my bundle for headquarters…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="124"/>
        <source>Write every change headquarters has not acknowledged into a folder you choose</source>
        <translation>Write every change headquarters has not acknowledged into a folder you choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="126"/>
        <source>Import headquarters&apos; bundle…</source>
        <translation>Import headquarters&apos; bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="127"/>
        <source>Or drop headquarters&apos; file on this page.</source>
        <translation>Or drop headquarters&apos; file on this page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="128"/>
        <source>Enrol this laptop again…</source>
        <translation>Enrol this laptop again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="130"/>
        <source>When headquarters asks for it: after this laptop was restored from a backup</source>
        <translation>When headquarters asks for it: after this laptop was restored from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="138"/>
        <source>Not enrolled with headquarters</source>
        <translation>Not enrolled with headquarters</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="148"/>
        <source>%n change(s) not yet at headquarters</source>
        <translation>
            <numerusform>%n change not yet at headquarters</numerusform>
            <numerusform>%n changes not yet at headquarters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="152"/>
        <source>Write your bundle to a USB stick (or attach it to an e-mail) and take it to headquarters. A lost file does no harm: the next one holds everything headquarters has not acknowledged.</source>
        <translation>Write your bundle to a USB stick (or attach it to an e-mail) and take it to headquarters. A lost file does no harm: the next one holds everything headquarters has not acknowledged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="158"/>
        <source>Headquarters has all your changes</source>
        <translation>Headquarters has all your changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="160"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="161"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="162"/>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="164"/>
        <source>up to no. {n}</source>
        <translation>up to no. {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="166"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="168"/>
        <source>changes up to no. {n} imported</source>
        <translation>changes up to no. {n} imported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="172"/>
        <source>import the earlier file from headquarters</source>
        <translation>import the earlier file from headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="173"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="180"/>
        <source>{who} · key fingerprint {fingerprint}</source>
        <translation>{who} · key fingerprint {fingerprint}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <extracomment>The pages, in sidebar order. Targets a page may ask to open (its ``navigate`` signal) → the page that shows them.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <source>&amp;Find in page</source>
        <translation>&amp;Find in page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>&amp;About FieldDesk</source>
        <translation>&amp;About FieldDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n laptop</numerusform>
            <numerusform>%n laptops</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>Refreshed</source>
        <translation>Refreshed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <source>About FieldDesk</source>
        <translation>About FieldDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Synced {when}</source>
        <translation>Synced {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_calendar.py" line="167"/>
        <source>Wk</source>
        <extracomment>One sheet for the calendar&apos;s frame and headers (set once: cheap to rebuild the days).</extracomment>
        <translation>Wk</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="111"/>
        <source>FieldDesk</source>
        <extracomment>(Changes, source) after a successful operation that changed something running jobs, kept alive here so they are released on the UI thread</extracomment>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="192"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="212"/>
        <source>Filter by name, code or pinyin initials (Ctrl+F)</source>
        <translation>Filter by name, code or pinyin initials (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="214"/>
        <source>Expand all</source>
        <translation>Expand all</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="215"/>
        <source>Collapse to markets</source>
        <translation>Collapse to markets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="217"/>
        <source>Nobody in the organisation yet</source>
        <translation>Nobody in the organisation yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="219"/>
        <source>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</source>
        <translation>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="222"/>
        <source>Create the demo organisation</source>
        <translation>Create the demo organisation</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/organisation.py" line="250"/>
        <location filename="../../desktop/ui/pages/organisation.py" line="353"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="256"/>
        <source>Choose a person</source>
        <translation>Choose a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="256"/>
        <source>Select someone in the tree to see their details.</source>
        <translation>Select someone in the tree to see their details.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="273"/>
        <source>No longer active</source>
        <translation>No longer active</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="102"/>
        <source>Code</source>
        <extracomment>a person id, when the user asks to go to someone (manager link, subordinate)</extracomment>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="103"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="104"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="105"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="106"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="107"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="108"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="109"/>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="110"/>
        <source>Probation</source>
        <translation>Probation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="111"/>
        <source>Last promotion</source>
        <translation>Last promotion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="112"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="113"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="117"/>
        <source>Nobody reports to this person.</source>
        <translation>Nobody reports to this person.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="133"/>
        <source>No longer active</source>
        <translation>No longer active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="150"/>
        <source>In probation until {date}</source>
        <translation>In probation until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="154"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="165"/>
        <source>Double-click to select {name} in the tree</source>
        <translation>Double-click to select {name} in the tree</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/person_detail.py" line="169"/>
        <source>Direct reports (%n)</source>
        <translation>
            <numerusform>Direct report (%n)</numerusform>
            <numerusform>Direct reports (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="37"/>
        <source>Preparing the visit plan…</source>
        <translation>Preparing the visit plan…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="49"/>
        <source>Save the visit plan</source>
        <translation>Save the visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="50"/>
        <source>Plan saved</source>
        <translation>Plan saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="51"/>
        <source>The visit plan was saved as {path}. Open it now?</source>
        <translation>The visit plan was saved as {path}. Open it now?</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="110"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="111"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="112"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="114"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="115"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="116"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="117"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="122"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="123"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="124"/>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="125"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="201"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="202"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="203"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="217"/>
        <source>whole row</source>
        <translation>whole row</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="56"/>
        <source>Reschedule visit</source>
        <extracomment>Dates in the forms: the same unambiguous 2026-12-09 in every language.</extracomment>
        <translation>Reschedule visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="58"/>
        <source>{target} — now on {day}</source>
        <translation>{target} — now on {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="72"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="79"/>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="80"/>
        <source>&amp;Time</source>
        <translation>&amp;Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="85"/>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="31"/>
        <source>Revoke laptop</source>
        <extracomment>The service keeps at most this many characters of a reason.</extracomment>
        <translation>Revoke laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="34"/>
        <source>Revoke {device}? Files from this laptop will be refused from now on, with the reason below, and no more files are written for it. What it sent before stays. To use the laptop again, it makes a new join request.</source>
        <translation>Revoke {device}? Files from this laptop will be refused from now on, with the reason below, and no more files are written for it. What it sent before stays. To use the laptop again, it makes a new join request.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="44"/>
        <source>For example: laptop lost on 3 March</source>
        <translation>For example: laptop lost on 3 March</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="47"/>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="56"/>
        <source>Settings</source>
        <extracomment>Language names are shown in their own language, so anyone can find theirs. a short text for the status bar after saving</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="63"/>
        <source>The window switches language at once.</source>
        <translation>The window switches language at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="68"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="70"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="79"/>
        <source>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</source>
        <translation>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="92"/>
        <source>Nobody — headquarters view</source>
        <translation>Nobody — headquarters view</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="101"/>
        <source>The laptop shows this person&apos;s part of the organisation and their distributors. Headquarters sees everything.</source>
        <translation>The laptop shows this person&apos;s part of the organisation and their distributors. Headquarters sees everything.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="112"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="115"/>
        <location filename="../../desktop/ui/dialogs/settings.py" line="146"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="118"/>
        <source>This laptop belongs to</source>
        <translation>This laptop belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="126"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="162"/>
        <source>Choose a person from the list.</source>
        <translation>Choose a person from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="192"/>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="194"/>
        <source>The new data folder is used from the next start.</source>
        <translation>The new data folder is used from the next start.</translation>
    </message>
</context>
<context>
    <name>ShortfallNotice</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="65"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="71"/>
        <source>%n visit(s) generated</source>
        <translation>
            <numerusform>%n visit generated</numerusform>
            <numerusform>%n visits generated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="75"/>
        <source>{generated}; {count} could not be placed</source>
        <translation>{generated}; {count} could not be placed</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="78"/>
        <source>%n visit(s) could not be placed without breaking a rule:</source>
        <translation>
            <numerusform>%n visit could not be placed without breaking a rule:</numerusform>
            <numerusform>%n visits could not be placed without breaking a rule:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="82"/>
        <source>{name}: {placed} of {wanted} — {reason}</source>
        <translation>{name}: {placed} of {wanted} — {reason}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/ui/widgets/sidebar.py" line="30"/>
        <location filename="../../desktop/ui/widgets/sidebar.py" line="106"/>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../desktop/ui/widgets/start_window.py" line="33"/>
        <source>FieldDesk</source>
        <translation>FieldDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/start_window.py" line="38"/>
        <source>Opening {database}…</source>
        <translation>Opening {database}…</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="84"/>
        <source>FieldDesk sync files (*.fdsync)</source>
        <extracomment>Tables whose rows an applied bundle may have changed, besides the synced ones. files imported in this session, as they were (the inbox skips them unless changed)</extracomment>
        <translation>FieldDesk sync files (*.fdsync)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="86"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="206"/>
        <source>Join requests (*.fdjoin)</source>
        <translation>Join requests (*.fdjoin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="87"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="206"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="260"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="294"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="121"/>
        <source>Nothing new in {folder}.</source>
        <translation>Nothing new in {folder}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="130"/>
        <source>Importing sync files…</source>
        <translation>Importing sync files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="138"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="155"/>
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>Stopped: %n file was not imported.</numerusform>
            <numerusform>Stopped: %n files were not imported.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="169"/>
        <source>Write the bundle for {who} into…</source>
        <translation>Write the bundle for {who} into…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="174"/>
        <source>Writing the bundle for {who}…</source>
        <translation>Writing the bundle for {who}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="185"/>
        <source>Wrote {file}: %n change(s) for {who}.</source>
        <translation>
            <numerusform>Wrote {file}: %n change for {who}.</numerusform>
            <numerusform>Wrote {file}: %n changes for {who}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="194"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="205"/>
        <source>Open join request</source>
        <translation>Open join request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="258"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="293"/>
        <source>Save the enrolment file</source>
        <translation>Save the enrolment file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="260"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="294"/>
        <source>Enrolment files (*.fdenrol)</source>
        <translation>Enrolment files (*.fdenrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="273"/>
        <source>Approving {who}…</source>
        <translation>Approving {who}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="300"/>
        <source>{who} is approved, but the enrolment file was not saved.</source>
        <translation>{who} is approved, but the enrolment file was not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="283"/>
        <source>{who} is approved. Saved {file}: give it to that laptop.</source>
        <translation>{who} is approved. Saved {file}: give it to that laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="316"/>
        <source>Refuse join request</source>
        <translation>Refuse join request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="317"/>
        <source>Refuse the join request of {who}? The laptop can make a new one.</source>
        <translation>Refuse the join request of {who}? The laptop can make a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="347"/>
        <source>{who} is revoked; its files will be refused.</source>
        <translation>{who} is revoked; its files will be refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="363"/>
        <source>Resolved. The value chosen reaches the other side with the next bundle.</source>
        <translation>Resolved. The value chosen reaches the other side with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="375"/>
        <source>Choose the inbox folder</source>
        <translation>Choose the inbox folder</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="214"/>
        <source>Inbox:</source>
        <translation>Inbox:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="215"/>
        <source>Import new files</source>
        <translation>Import new files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="217"/>
        <source>Import every sync file in the inbox folder that was not imported yet</source>
        <translation>Import every sync file in the inbox folder that was not imported yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="219"/>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="220"/>
        <source>Choose the folder where laptops&apos; files arrive</source>
        <translation>Choose the folder where laptops&apos; files arrive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="221"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="222"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="223"/>
        <source>Write bundle…</source>
        <translation>Write bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="225"/>
        <source>Write the next file for the selected laptop into a folder you choose</source>
        <translation>Write the next file for the selected laptop into a folder you choose</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="227"/>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="228"/>
        <source>Refuse the selected laptop&apos;s files from now on</source>
        <translation>Refuse the selected laptop&apos;s files from now on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="230"/>
        <source>No laptop has joined yet</source>
        <translation>No laptop has joined yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="232"/>
        <source>On the laptop, open Sync and choose Join headquarters as a laptop, then bring the request file here; approving it makes the laptop&apos;s enrolment file.</source>
        <translation>On the laptop, open Sync and choose Join headquarters as a laptop, then bring the request file here; approving it makes the laptop&apos;s enrolment file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="235"/>
        <source>Open join request…</source>
        <translation>Open join request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="241"/>
        <source>No folder chosen yet</source>
        <translation>No folder chosen yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="243"/>
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n new file</numerusform>
            <numerusform>%n new files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="245"/>
        <source>Join requests waiting (%n)</source>
        <translation>
            <numerusform>Join requests waiting (%n)</numerusform>
            <numerusform>Join requests waiting (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="247"/>
        <source>Laptops (%n)</source>
        <translation>
            <numerusform>Laptops (%n)</numerusform>
            <numerusform>Laptops (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="249"/>
        <source>Headquarters&apos; key fingerprint: {fingerprint}</source>
        <translation>Headquarters&apos; key fingerprint: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="46"/>
        <source>Changed on both sides</source>
        <extracomment>Longest text shown in a cell (the detail panel shows the whole value).</extracomment>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="47"/>
        <source>Only headquarters may change this</source>
        <translation>Only headquarters may change this</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="50"/>
        <source>Outside that laptop&apos;s part of the organisation</source>
        <translation>Outside that laptop&apos;s part of the organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="53"/>
        <source>Already used by another record</source>
        <translation>Already used by another record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="212"/>
        <source>{why}; found {when}</source>
        <extracomment>Heights of a value box: room for three lines at least, scrolling past six.</extracomment>
        <translation>{why}; found {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="216"/>
        <source>Won: changed by {who}, {when}</source>
        <translation>Won: changed by {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="220"/>
        <source>Changed again since.</source>
        <translation>Changed again since.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="223"/>
        <source>Set aside: changed by {who}, {when}</source>
        <translation>Set aside: changed by {who}, {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="233"/>
        <source>Or another value (edit it before saving):</source>
        <translation>Or another value (edit it before saving):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="238"/>
        <source>Save this value</source>
        <translation>Save this value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="245"/>
        <source>Only headquarters can change this field: keep the value here, or ask headquarters to change it.</source>
        <translation>Only headquarters can change this field: keep the value here, or ask headquarters to change it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="250"/>
        <source>Another record uses the value set aside: keep the value here, or save another one that no other record uses.</source>
        <translation>Another record uses the value set aside: keep the value here, or save another one that no other record uses.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="255"/>
        <source>Your choice is saved as an ordinary change and reaches the other side with the next bundle.</source>
        <translation>Your choice is saved as an ordinary change and reaches the other side with the next bundle.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="266"/>
        <source>Here now</source>
        <translation>Here now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="267"/>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="268"/>
        <source>Keep this value</source>
        <translation>Keep this value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="269"/>
        <source>Keep the value held here now and close the conflict</source>
        <translation>Keep the value held here now and close the conflict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="270"/>
        <source>Use this value</source>
        <translation>Use this value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="272"/>
        <source>Write the value that was set aside again; it syncs like any edit</source>
        <translation>Write the value that was set aside again; it syncs like any edit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="235"/>
        <source>Or a merged value (edit it before saving):</source>
        <translation>Or a merged value (edit it before saving):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="238"/>
        <source>Save merged value</source>
        <translation>Save merged value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="275"/>
        <source>No conflicts</source>
        <translation>No conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="277"/>
        <source>Every change merged cleanly. When the same field was changed on two sides, the value that lost is kept here for you to decide.</source>
        <translation>Every change merged cleanly. When the same field was changed on two sides, the value that lost is kept here for you to decide.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="175"/>
        <source>Sync</source>
        <extracomment>Changes that alter what this page shows. a reading of the sync state is shown (tests wait for it)</extracomment>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="197"/>
        <source>Reading the sync state…</source>
        <translation>Reading the sync state…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="298"/>
        <source>Import sync files</source>
        <translation>Import sync files</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="305"/>
        <source>headquarters</source>
        <translation>headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="309"/>
        <source>Import headquarters&apos; bundle</source>
        <translation>Import headquarters&apos; bundle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="338"/>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="338"/>
        <source>Write my bundle…</source>
        <translation>Write my bundle…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="339"/>
        <source>Import sync files from laptops (you can also drop them on this page)</source>
        <translation>Import sync files from laptops (you can also drop them on this page)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="341"/>
        <source>Write your changes for headquarters into a folder (a USB stick)</source>
        <translation>Write your changes for headquarters into a folder (a USB stick)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="345"/>
        <source>Open join request…</source>
        <translation>Open join request…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="345"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="346"/>
        <source>Open a laptop&apos;s join request file to approve it</source>
        <translation>Open a laptop&apos;s join request file to approve it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="348"/>
        <source>Import headquarters&apos; bundle (you can also drop it on this page)</source>
        <translation>Import headquarters&apos; bundle (you can also drop it on this page)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="356"/>
        <source>Enrol…</source>
        <translation>Enrol…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="357"/>
        <source>Enrol with the enrolment file from headquarters</source>
        <translation>Enrol with the enrolment file from headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="358"/>
        <source>Save the request again…</source>
        <translation>Save the request again…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="360"/>
        <source>Save the join request file again, for another USB stick</source>
        <translation>Save the join request file again, for another USB stick</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/sync.py" line="367"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/sync.py" line="368"/>
        <source>Import results (%n)</source>
        <translation>
            <numerusform>Import results (%n)</numerusform>
            <numerusform>Import results (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncResults</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="70"/>
        <source>(unnamed file)</source>
        <extracomment>Result colours (always shown with the word): done green, nothing new grey, waiting amber, refused red. Arguments of the service&apos;s messages that hold a device id (shown as a name instead).</extracomment>
        <translation>(unnamed file)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="79"/>
        <source>{file}: applied — %n change(s) from {who}</source>
        <translation>{file}: applied — %n change(s) from {who}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="83"/>
        <source> (numbers {first}–{last})</source>
        <translation> (numbers {first}–{last})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="85"/>
        <source>; %n were already here</source>
        <translation>; %n were already here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="87"/>
        <source>; %n conflict(s) to look at below</source>
        <translation>; %n conflict(s) to look at below</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="91"/>
        <source>; %n file(s) kept waiting went in too</source>
        <translation>; %n file(s) kept waiting went in too</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="97"/>
        <source>{file}: already imported — {message}</source>
        <translation>{file}: already imported — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="100"/>
        <source>{file}: kept waiting — {message}</source>
        <translation>{file}: kept waiting — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="101"/>
        <source>{file}: rejected — {message}</source>
        <translation>{file}: rejected — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="156"/>
        <source>Nothing imported yet in this session. Drop sync files on this page, or use the import buttons; each file gets one line here.</source>
        <translation>Nothing imported yet in this session. Drop sync files on this page, or use the import buttons; each file gets one line here.</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="116"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="127"/>
        <source>Headquarters</source>
        <extracomment>``&lt;sender&gt;_to_&lt;recipient&gt;_&lt;first&gt;-&lt;last&gt;.fdsync`` (SYNC.md &quot;Bundle&quot;). Fields whose value is a person&apos;s id, and fields whose value is a market&apos;s or region&apos;s. A file as it was when imported: path, size, modification time (ns).</extracomment>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="129"/>
        <source>this laptop</source>
        <translation>this laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="134"/>
        <source>Headquarters or another laptop</source>
        <translation>Headquarters or another laptop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="153"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="156"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="158"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_calendar.py" line="209"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
</context>
<context>
    <name>TodayBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/today_bar.py" line="90"/>
        <source>&amp;Whose day:</source>
        <translation>&amp;Whose day:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/today_bar.py" line="91"/>
        <source>Headquarters and managers can look at anyone&apos;s day</source>
        <translation>Headquarters and managers can look at anyone&apos;s day</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="121"/>
        <source>Today</source>
        <extracomment>Status colours (UI.md), always next to the status word. (page id, item id): open what a row names — visits, tasks, visits_person, distributors a summary was shown (tests wait for it)</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="131"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="132"/>
        <source>Read today&apos;s work again (F5)</source>
        <translation>Read today&apos;s work again (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="135"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="135"/>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Visit to</source>
        <translation>Visit to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="136"/>
        <location filename="../../desktop/ui/pages/today.py" line="140"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="136"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Tick when done</source>
        <translation>Tick when done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="144"/>
        <location filename="../../desktop/ui/pages/today.py" line="152"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="144"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="147"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="147"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="148"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="148"/>
        <source>Due by now</source>
        <translation>Due by now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="149"/>
        <source>Still to do</source>
        <translation>Still to do</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="149"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="152"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="153"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="153"/>
        <source>Last call</source>
        <translation>Last call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="154"/>
        <source>Days since</source>
        <translation>Days since</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="154"/>
        <source>Call every</source>
        <translation>Call every</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="155"/>
        <source>Overdue by</source>
        <translation>Overdue by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="242"/>
        <source>There is nobody in the field force yet: add people on the Organisation page.</source>
        <translation>There is nobody in the field force yet: add people on the Organisation page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="259"/>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="262"/>
        <source>Team: %n visit(s) today</source>
        <translation>
            <numerusform>Team: %n visit today</numerusform>
            <numerusform>Team: %n visits today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="263"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="267"/>
        <source>any time</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="272"/>
        <source>No visits today. Plan them on the Visits page.</source>
        <translation>No visits today. Plan them on the Visits page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="275"/>
        <source>Missed visits</source>
        <translation>Missed visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="277"/>
        <source>This month and last, yours and your team&apos;s</source>
        <translation>This month and last, yours and your team&apos;s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="278"/>
        <source>This month and last</source>
        <translation>This month and last</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="282"/>
        <source>Missed: reschedule it or mark what happened on the Visits page</source>
        <translation>Missed: reschedule it or mark what happened on the Visits page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="285"/>
        <source>newest %n shown</source>
        <translation>
            <numerusform>newest %n shown</numerusform>
            <numerusform>newest %n shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="286"/>
        <source>No missed visits this month or last.</source>
        <translation>No missed visits this month or last.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="290"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="294"/>
        <location filename="../../desktop/ui/pages/today.py" line="389"/>
        <source>Follow-up tasks due</source>
        <translation>Follow-up tasks due</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="295"/>
        <source>Tick one when it is done</source>
        <translation>Tick one when it is done</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="302"/>
        <source>oldest %n shown</source>
        <translation>
            <numerusform>oldest %n shown</numerusform>
            <numerusform>oldest %n shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="305"/>
        <source>No follow-up tasks due. A call&apos;s next step shows here on its due date.</source>
        <translation>No follow-up tasks due. A call&apos;s next step shows here on its due date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="310"/>
        <source>Follow-ups behind</source>
        <translation>Follow-ups behind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="311"/>
        <source>Direct reports, this month</source>
        <translation>Direct reports, this month</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="314"/>
        <source>All %n direct report(s) are on track with follow-ups this month.</source>
        <translation>
            <numerusform>Your %n direct report is on track with follow-ups this month.</numerusform>
            <numerusform>All %n direct reports are on track with follow-ups this month.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="317"/>
        <source>{name} has no direct reports, so no follow-ups are due.</source>
        <translation>{name} has no direct reports, so no follow-ups are due.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="321"/>
        <source>No one to follow up yet.</source>
        <translation>No one to follow up yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="326"/>
        <source>Hired {hired}. Follow-ups this month: {quota}; by today {expected} should be done, {done} are. Click to open their visit plan.</source>
        <translation>Hired {hired}. Follow-ups this month: {quota}; by today {expected} should be done, {done} are. Click to open their visit plan.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="338"/>
        <source>Distributors without a call</source>
        <translation>Distributors without a call</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="343"/>
        <source>Longer than their grade allows: {periods}</source>
        <translation>Longer than their grade allows: {periods}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="347"/>
        <source>%n most overdue shown</source>
        <translation>
            <numerusform>%n most overdue shown</numerusform>
            <numerusform>%n most overdue shown</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="349"/>
        <source>Every distributor had a call within its cadence period.</source>
        <translation>Every distributor had a call within its cadence period.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="351"/>
        <source>No distributors with a call cadence in this area.</source>
        <translation>No distributors with a call cadence in this area.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="360"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="375"/>
        <source>Task done.</source>
        <translation>Task done.</translation>
    </message>
</context>
<context>
    <name>TopicBoxes</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="111"/>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="112"/>
        <source>&amp;Stock</source>
        <translation>&amp;Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="113"/>
        <source>Pro&amp;motion</source>
        <translation>Pro&amp;motion</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="114"/>
        <source>Pa&amp;yment</source>
        <translation>Pa&amp;yment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="115"/>
        <source>&amp;Complaint</source>
        <translation>&amp;Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="116"/>
        <source>Dis&amp;play</source>
        <translation>Dis&amp;play</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="117"/>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="118"/>
        <source>Othe&amp;r</source>
        <translation>Othe&amp;r</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="74"/>
        <source>&amp;Reschedule…</source>
        <extracomment>the dialog open now (reschedule, cancel or the call form), for tests and for focus</extracomment>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="75"/>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="76"/>
        <source>Mark &amp;missed</source>
        <translation>Mark &amp;missed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="77"/>
        <source>&amp;Cancel visit…</source>
        <translation>&amp;Cancel visit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="78"/>
        <source>&amp;Plan again</source>
        <translation>&amp;Plan again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="132"/>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="150"/>
        <source>Moved {target} to {day}.</source>
        <translation>Moved {target} to {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="173"/>
        <source>Cancelled the visit to {target}.</source>
        <translation>Cancelled the visit to {target}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="197"/>
        <source>Marked the visit to {target} missed.</source>
        <translation>Marked the visit to {target} missed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="200"/>
        <source>The visit to {target} is planned again.</source>
        <translation>The visit to {target} is planned again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="208"/>
        <source>Marked the visit to {target} done.</source>
        <translation>Marked the visit to {target} done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="236"/>
        <source>Added a visit to {target} on {day}.</source>
        <translation>Added a visit to {target} on {day}.</translation>
    </message>
</context>
<context>
    <name>VisitToolbar</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="94"/>
        <source>&amp;Plan of</source>
        <translation>&amp;Plan of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="95"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="96"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="97"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="99"/>
        <source>The direct subordinates&apos; plans side by side, one week</source>
        <translation>The direct subordinates&apos; plans side by side, one week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="101"/>
        <source>Previous (Page Up)</source>
        <translation>Previous (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="102"/>
        <source>Next (Page Down)</source>
        <translation>Next (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="103"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="159"/>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="162"/>
        <source>Week {week}: {start} – {end}, {year}</source>
        <translation>Week {week}: {start} – {end}, {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="166"/>
        <source>{period} · the team of {name}</source>
        <translation>{period} · the team of {name}</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="78"/>
        <source>Saved {path}</source>
        <extracomment>a background read was shown (tests wait for it)</extracomment>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="148"/>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="173"/>
        <source>Generate plan</source>
        <translation>Generate plan</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="175"/>
        <source>Fill the plan of this month from the visit rules (Ctrl+G)</source>
        <translation>Fill the plan of this month from the visit rules (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="177"/>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="178"/>
        <source>Plan a visit by hand (Ctrl+N)</source>
        <translation>Plan a visit by hand (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="179"/>
        <source>Holidays…</source>
        <translation>Holidays…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="180"/>
        <source>Holidays and make-up working days</source>
        <translation>Holidays and make-up working days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="182"/>
        <source>Nobody to plan visits for yet</source>
        <translation>Nobody to plan visits for yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="184"/>
        <source>Visit plans are made for the people of the organisation, which arrives from headquarters with the first sync file.</source>
        <translation>Visit plans are made for the people of the organisation, which arrives from headquarters with the first sync file.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="369"/>
        <source>Generating the visit plan…</source>
        <translation>Generating the visit plan…</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="198"/>
        <source>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</source>
        <extracomment>10 pt is 13.3 px at the usual 96 dpi; points keep other code&apos;s size arithmetic working. A database file, or the address of a database server (an HQ on PostgreSQL). the file was created now (or replaced a damaged one): it needs the demo organisation built already (off the UI thread, at start-up)</extracomment>
        <translation>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="267"/>
        <source>The damaged database was kept as {path}.</source>
        <translation>The damaged database was kept as {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="369"/>
        <source>Welcome to FieldDesk: this is the demo M-brand organisation.</source>
        <translation>Welcome to FieldDesk: this is the demo M-brand organisation.</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../desktop/labels.py" line="264"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="265"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="266"/>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="267"/>
        <source>Follow-up of</source>
        <translation>Follow-up of</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="268"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="269"/>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="403"/>
        <source>Ignored columns: {columns}</source>
        <translation>Ignored columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="408"/>
        <source>Dry run, nothing written: {created} to create, {updated} to update, {unchanged} unchanged, {invalid} with problems.</source>
        <translation>Dry run, nothing written: {created} to create, {updated} to update, {unchanged} unchanged, {invalid} with problems.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="421"/>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</source>
        <translation>Imported: {created} created, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="435"/>
        <source>Wrote {count} row(s) to {path}</source>
        <translation>Wrote {count} row(s) to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="478"/>
        <source>Wrote {count} visit(s) to {path}</source>
        <translation>Wrote {count} visit(s) to {path}</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../desktop/ui/widgets/demo_setup.py" line="33"/>
        <location filename="../../desktop/ui/widgets/demo_setup.py" line="45"/>
        <source>Creating the demo organisation…</source>
        <translation>Creating the demo organisation…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/cli.py" line="163"/>
        <location filename="../../desktop/services/spreadsheet_export.py" line="46"/>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Excel&apos;s last row, minus the two header rows</extracomment>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="459"/>
        <source>The period starts on {start}, after its end {end}.</source>
        <translation>The period starts on {start}, after its end {end}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="56"/>
        <location filename="../../desktop/services/distributors.py" line="22"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="57"/>
        <source>Choose a distributor from the list.</source>
        <translation>Choose a distributor from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="58"/>
        <source>Choose the channel: visit, phone, WeChat or other.</source>
        <translation>Choose the channel: visit, phone, WeChat or other.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="61"/>
        <source>Choose topics from the list.</source>
        <translation>Choose topics from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="62"/>
        <source>Enter an amount of more than 0 yuan, or leave it empty.</source>
        <translation>Enter an amount of more than 0 yuan, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="65"/>
        <source>The amount is too large.</source>
        <translation>The amount is too large.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="66"/>
        <source>A call cannot be dated after today.</source>
        <translation>A call cannot be dated after today.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="67"/>
        <source>Give the next step a due date.</source>
        <translation>Give the next step a due date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="68"/>
        <source>The due date cannot be in the past.</source>
        <translation>The due date cannot be in the past.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="69"/>
        <source>Describe the next step for this due date.</source>
        <translation>Describe the next step for this due date.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="70"/>
        <source>Keep it to one line of at most 200 characters.</source>
        <translation>Keep it to one line of at most 200 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="72"/>
        <source>Choose who made the call: an active person of your team.</source>
        <translation>Choose who made the call: an active person of your team.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="73"/>
        <source>The visit no longer exists.</source>
        <translation>The visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="74"/>
        <source>This visit was already done or cancelled; log the call without it.</source>
        <translation>This visit was already done or cancelled; log the call without it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="77"/>
        <source>This visit is to another distributor.</source>
        <translation>This visit is to another distributor.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="78"/>
        <source>There is no call {id}.</source>
        <translation>There is no call {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tasks.py" line="37"/>
        <source>There is no follow-up task {id}.</source>
        <translation>There is no follow-up task {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="79"/>
        <source>A call can be corrected only on the day it was logged, on the laptop that logged it.</source>
        <translation>A call can be corrected only on the day it was logged, on the laptop that logged it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="23"/>
        <source>Use up to 20 letters, digits, &apos;-&apos; or &apos;_&apos; for the code.</source>
        <translation>Use up to 20 letters, digits, &apos;-&apos; or &apos;_&apos; for the code.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="26"/>
        <source>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</source>
        <translation>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="29"/>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="30"/>
        <source>Choose a grade: A, B, C or prospect.</source>
        <translation>Choose a grade: A, B, C or prospect.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="31"/>
        <source>Choose a credit rating: A, B, C or D.</source>
        <translation>Choose a credit rating: A, B, C or D.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="32"/>
        <source>Choose active or inactive.</source>
        <translation>Choose active or inactive.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="33"/>
        <source>The number is out of range.</source>
        <translation>The number is out of range.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="35"/>
        <source>Distributor code {code} already exists.</source>
        <translation>Distributor code {code} already exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="36"/>
        <source>There is no distributor {code}.</source>
        <translation>There is no distributor {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="37"/>
        <source>The region does not belong to the market.</source>
        <translation>The region does not belong to the market.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="38"/>
        <source>The owner is not an active person of your team.</source>
        <translation>The owner is not an active person of your team.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="39"/>
        <source>This distributor would be outside your area; choose your market, region or team.</source>
        <translation>This distributor would be outside your area; choose your market, region or team.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="42"/>
        <source>Someone else changed this distributor meanwhile; reopen it and edit again.</source>
        <translation>Someone else changed this distributor meanwhile; reopen it and edit again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="16"/>
        <location filename="../../desktop/services/today.py" line="64"/>
        <location filename="../../desktop/services/visits.py" line="27"/>
        <source>There is no person with code {code}.</source>
        <extracomment>Tables whose changes can change the summary.</extracomment>
        <translation>There is no person with code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="17"/>
        <source>{name} is no longer active and cannot own this laptop.</source>
        <translation>{name} is no longer active and cannot own this laptop.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="55"/>
        <source>The file {path} is not a FieldDesk database or is damaged ({detail}).</source>
        <extracomment>The newest schema this FieldDesk knows (a test checks it is Alembic&apos;s head), so a database that is up to date opens without loading Alembic (a third of start-up). Above this size the page-by-page check at open costs seconds; damage found later while reading is reported the same way (``translate_operational``: &quot;malformed&quot;).</extracomment>
        <translation>The file {path} is not a FieldDesk database or is damaged ({detail}).</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="58"/>
        <source>The database {path} is in use by another program. Close the other FieldDesk window and try again.</source>
        <translation>The database {path} is in use by another program. Close the other FieldDesk window and try again.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="62"/>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation>The database {path} cannot be written (read-only file or folder).</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="65"/>
        <source>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</source>
        <translation>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="69"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="72"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="43"/>
        <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="22"/>
        <source>FieldDesk may not write {path}. Choose another folder and try again.</source>
        <translation>FieldDesk may not write {path}. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="25"/>
        <source>The disk is full: {path} was not saved. Free some space and try again.</source>
        <translation>The disk is full: {path} was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="28"/>
        <source>The folder of {path} does not exist. Choose another folder and try again.</source>
        <translation>The folder of {path} does not exist. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="31"/>
        <source>{path} could not be saved ({detail}).</source>
        <translation>{path} could not be saved ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/printing.py" line="27"/>
        <source>{month} has weeks 1 to {weeks}; there is no week {week}.</source>
        <translation>{month} has weeks 1 to {weeks}; there is no week {week}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_export.py" line="47"/>
        <source>{count} rows do not fit in one Excel sheet; choose a shorter period.</source>
        <translation>{count} rows do not fit in one Excel sheet; choose a shorter period.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="48"/>
        <source>There is no market {value}.</source>
        <extracomment>rows checked between two progress reports</extracomment>
        <translation>There is no market {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="49"/>
        <source>There is no region {value}.</source>
        <translation>There is no region {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="50"/>
        <source>There is no person {value}: write a person code or a full name.</source>
        <translation>There is no person {value}: write a person code or a full name.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="53"/>
        <source>{count} people are called {value}: write the person code instead.</source>
        <translation>{count} people are called {value}: write the person code instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="56"/>
        <source>The code {code} is also on row {row}.</source>
        <translation>The code {code} is also on row {row}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="57"/>
        <source>{value} is not an amount in yuan (at most two decimals, e.g. 12345.67).</source>
        <translation>{value} is not an amount in yuan (at most two decimals, e.g. 12345.67).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="60"/>
        <source>{value} is not a whole number of days.</source>
        <translation>{value} is not a whole number of days.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="61"/>
        <source>Distributor {code} is outside your area and cannot be changed from here.</source>
        <translation>Distributor {code} is outside your area and cannot be changed from here.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="64"/>
        <source>A contact phone needs the contact&apos;s name.</source>
        <translation>A contact phone needs the contact&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="34"/>
        <source>There is no file {path}.</source>
        <extracomment>rows read between two progress reports</extracomment>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_sync.py" line="164"/>
        <location filename="../../desktop/services/holidays.py" line="35"/>
        <location filename="../../desktop/services/spreadsheet_read.py" line="35"/>
        <location filename="../../desktop/services/sync.py" line="63"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>Cannot read {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="36"/>
        <source>{path} is not a spreadsheet FieldDesk can read. Save it as an Excel workbook (.xlsx) and try again.</source>
        <translation>{path} is not a spreadsheet FieldDesk can read. Save it as an Excel workbook (.xlsx) and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="40"/>
        <source>{path} has no distributor rows.</source>
        <translation>{path} has no distributor rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="41"/>
        <source>{path} lacks the required column(s) {columns}. The header row must name the columns, for example 客户编码 / Code, 客户名称 / Name, 市场 / Market.</source>
        <translation>{path} lacks the required column(s) {columns}. The header row must name the columns, for example 客户编码 / Code, 客户名称 / Name, 市场 / Market.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="52"/>
        <source>Row {row}, column {column} ({header}): {message}</source>
        <translation>Row {row}, column {column} ({header}): {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="53"/>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="54"/>
        <source>{count} row(s) have problems, so nothing was imported. Correct them, or skip the invalid rows.</source>
        <translation>{count} row(s) have problems, so nothing was imported. Correct them, or skip the invalid rows.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/today.py" line="65"/>
        <location filename="../../desktop/services/visits.py" line="28"/>
        <source>{name} is not in your team.</source>
        <translation>{name} is not in your team.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="26"/>
        <source>This visit no longer exists.</source>
        <translation>This visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="29"/>
        <source>{name} is no longer active.</source>
        <translation>{name} is no longer active.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="30"/>
        <source>{day} is not a working day (a weekend or a holiday).</source>
        <translation>{day} is not a working day (a weekend or a holiday).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="33"/>
        <source>{day} has passed; choose today or a later day.</source>
        <translation>{day} has passed; choose today or a later day.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="34"/>
        <source>{target} already has a visit on {day}.</source>
        <translation>{target} already has a visit on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="35"/>
        <source>{day} already has {cap} visits, the most a day allows.</source>
        <translation>{day} already has {cap} visits, the most a day allows.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="36"/>
        <source>Only a planned visit can be moved; this one is done or cancelled.</source>
        <translation>Only a planned visit can be moved; this one is done or cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="39"/>
        <source>Say why the visit is cancelled.</source>
        <translation>Say why the visit is cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="40"/>
        <source>Choose planned, done, missed or cancelled.</source>
        <translation>Choose planned, done, missed or cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="41"/>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Write the time as HH:MM, for example 09:30.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="42"/>
        <source>Choose a distributor or a person of your team to visit.</source>
        <translation>Choose a distributor or a person of your team to visit.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="43"/>
        <source>The visit rule {key} has a value that is not allowed ({value}); ask headquarters.</source>
        <translation>The visit rule {key} has a value that is not allowed ({value}); ask headquarters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="30"/>
        <source>{day} is not on the holiday list.</source>
        <translation>{day} is not on the holiday list.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="31"/>
        <source>The holiday list has {count} problem(s); nothing was imported.</source>
        <translation>The holiday list has {count} problem(s); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="34"/>
        <source>The file has no holidays in it.</source>
        <translation>The file has no holidays in it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="37"/>
        <source>Not a date: write it as 2026-10-01.</source>
        <translation>Not a date: write it as 2026-10-01.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="38"/>
        <source>Write holiday or workday (节假日 or 调休上班).</source>
        <translation>Write holiday or workday (节假日 or 调休上班).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="39"/>
        <source>This date is in the list twice.</source>
        <translation>This date is in the list twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="40"/>
        <source>A make-up working day must be a Saturday or a Sunday.</source>
        <translation>A make-up working day must be a Saturday or a Sunday.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="43"/>
        <source>The name is longer than 40 characters.</source>
        <translation>The name is longer than 40 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="44"/>
        <source>The row needs a date and a kind.</source>
        <translation>The row needs a date and a kind.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="64"/>
        <source>The changes in this file clash with data in this database ({detail}); nothing was imported. Tell your administrator which file it was.</source>
        <translation>The changes in this file clash with data in this database ({detail}); nothing was imported. Tell your administrator which file it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="54"/>
        <source>Missing changes {first}–{last} from {device}; export again on that device. This file was kept and will be imported when they arrive.</source>
        <translation>Missing changes {first}–{last} from {device}; export again on that device. This file was kept and will be imported when they arrive.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="59"/>
        <source>History fork: {device} was restored from a backup (its changes no longer continue those already imported up to {seq}). Nothing was imported; enrol that device again.</source>
        <translation>History fork: {device} was restored from a backup (its changes no longer continue those already imported up to {seq}). Nothing was imported; enrol that device again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="64"/>
        <source>{device} has applied changes up to {acked} from this database, which has only {mine}: this database was restored from a backup. Nothing was imported; enrol it again.</source>
        <translation>{device} has applied changes up to {acked} from this database, which has only {mine}: this database was restored from a backup. Nothing was imported; enrol it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="69"/>
        <source>This file from {device} belongs to an earlier enrolment (epoch {epoch}, now {current}). Nothing was imported; export a new file on that device.</source>
        <translation>This file from {device} belongs to an earlier enrolment (epoch {epoch}, now {current}). Nothing was imported; export a new file on that device.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="74"/>
        <source>This file from {device} belongs to an enrolment this database does not know (epoch {epoch}, known {current}). Nothing was imported; import its enrolment first.</source>
        <translation>This file from {device} belongs to an enrolment this database does not know (epoch {epoch}, known {current}). Nothing was imported; import its enrolment first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="79"/>
        <source>Changes {first}–{last} from {device} were already imported; nothing changed.</source>
        <translation>Changes {first}–{last} from {device} were already imported; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="82"/>
        <source>This file from {device} holds nothing that was not imported already.</source>
        <translation>This file from {device} holds nothing that was not imported already.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="43"/>
        <source>There is no open conflict {id}.</source>
        <translation>There is no open conflict {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="44"/>
        <source>Only headquarters can change {field}; keep the current value or ask headquarters.</source>
        <translation>Only headquarters can change {field}; keep the current value or ask headquarters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="47"/>
        <source>{value} cannot be stored in {field}.</source>
        <translation>{value} cannot be stored in {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="48"/>
        <source>The row of this conflict no longer exists.</source>
        <translation>The row of this conflict no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="49"/>
        <source>{value} is already used by another record; choose another {field}.</source>
        <translation>{value} is already used by another record; choose another {field}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="63"/>
        <source>This database is headquarters (it has enrolled laptops); make the join request on the laptop.</source>
        <translation>This database is headquarters (it has enrolled laptops); make the join request on the laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="67"/>
        <source>Only headquarters approves join requests; this database is a laptop.</source>
        <translation>Only headquarters approves join requests; this database is a laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="70"/>
        <source>There is no active person with code {code}; check the code in the request.</source>
        <translation>There is no active person with code {code}; check the code in the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="73"/>
        <source>This laptop&apos;s key was revoked ({reason}); make a new join request from a new database.</source>
        <translation>This laptop&apos;s key was revoked ({reason}); make a new join request from a new database.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="77"/>
        <source>This database made no join request, so the enrolment cannot be for it; make the request here first.</source>
        <translation>This database made no join request, so the enrolment cannot be for it; make the request here first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="81"/>
        <source>This laptop is already enrolled as {device} (epoch {epoch}); this enrolment (epoch {new}) is not newer.</source>
        <translation>This laptop is already enrolled as {device} (epoch {epoch}); this enrolment (epoch {new}) is not newer.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="85"/>
        <source>There is no laptop {device} to revoke.</source>
        <translation>There is no laptop {device} to revoke.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="86"/>
        <source>There is no pending join request {id}.</source>
        <translation>There is no pending join request {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="87"/>
        <source>This enrolment answers another join request of this computer, not the one it waits for ({person} on {machine}). Give headquarters the request file this computer shows now, and enrol with the enrolment they make from it.</source>
        <translation>This enrolment answers another join request of this computer, not the one it waits for ({person} on {machine}). Give headquarters the request file this computer shows now, and enrol with the enrolment they make from it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="93"/>
        <source>This database is headquarters (it has enrolled laptops) and cannot become a laptop. Open the enrolment file on the laptop that made the join request.</source>
        <translation>This database is headquarters (it has enrolled laptops) and cannot become a laptop. Open the enrolment file on the laptop that made the join request.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="98"/>
        <source>This is a join request, not an enrolment. Give it to headquarters: they approve it and give you back an enrolment file (.fdenrol) to open here.</source>
        <translation>This is a join request, not an enrolment. Give it to headquarters: they approve it and give you back an enrolment file (.fdenrol) to open here.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="103"/>
        <source>This is this computer&apos;s own join request: give it to headquarters to approve.</source>
        <translation>This is this computer&apos;s own join request: give it to headquarters to approve.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="106"/>
        <source>This is a sync file (a bundle), not an enrolment. Ask headquarters for the enrolment file (.fdenrol) made from this computer&apos;s join request.</source>
        <translation>This is a sync file (a bundle), not an enrolment. Ask headquarters for the enrolment file (.fdenrol) made from this computer&apos;s join request.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_digest.py" line="30"/>
        <source>There is no device {device} in this database; see the devices in sync status.</source>
        <translation>There is no device {device} in this database; see the devices in sync status.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="67"/>
        <source>There is no device {device} to write a bundle for; see the devices in sync status.</source>
        <extracomment>A change-log row: seq, tbl, pk, field, value (canonical JSON), hlc, origin, base_hlc. A record chosen for a stream, not numbered yet: a ``LogRow`` without its seq.</extracomment>
        <translation>There is no device {device} to write a bundle for; see the devices in sync status.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="70"/>
        <source>The device {device} was revoked ({reason}); no bundle is written for it.</source>
        <translation>The device {device} was revoked ({reason}); no bundle is written for it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="73"/>
        <source>A laptop writes bundles for headquarters only: use hq, not {device}.</source>
        <translation>A laptop writes bundles for headquarters only: use hq, not {device}.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="76"/>
        <source>This laptop is not enrolled yet: import its enrolment file from headquarters first.</source>
        <translation>This laptop is not enrolled yet: import its enrolment file from headquarters first.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_merge.py" line="78"/>
        <source>The changes from {device} hold a new {table} row without its {field}; nothing was imported. Export again on that device.</source>
        <translation>The changes from {device} hold a new {table} row without its {field}; nothing was imported. Export again on that device.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="87"/>
        <source>This file is too large to be a FieldDesk sync file ({size}; the limit is {limit}). Ask for the file again.</source>
        <extracomment>Every reason a file can be refused for, in the order the checks run.</extracomment>
        <translation>This file is too large to be a FieldDesk sync file ({size}; the limit is {limit}). Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="100"/>
        <source>This file is not a FieldDesk sync file (it is not a zip archive, or it is incomplete). Ask for the file again.</source>
        <translation>This file is not a FieldDesk sync file (it is not a zip archive, or it is incomplete). Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="117"/>
        <source>This file does not hold exactly the parts of a FieldDesk sync file ({expected}; found: {found}). Ask for the file again.</source>
        <translation>This file does not hold exactly the parts of a FieldDesk sync file ({expected}; found: {found}). Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="130"/>
        <source>This file is damaged: its part {member} does not match its checksum. Ask for the file again.</source>
        <translation>This file is damaged: its part {member} does not match its checksum. Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="143"/>
        <source>The description inside this file ({member}) is not valid (at {field}). Ask for the file again.</source>
        <translation>The description inside this file ({member}) is not valid (at {field}). Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="156"/>
        <source>This file uses sync format {found}, which this version of FieldDesk cannot read (it reads format {known}). Update FieldDesk.</source>
        <translation>This file uses sync format {found}, which this version of FieldDesk cannot read (it reads format {known}). Update FieldDesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="169"/>
        <source>This is not the kind of FieldDesk file expected here (it says it is a &quot;{found}&quot; file, not a &quot;{expected}&quot; file). Choose the right file.</source>
        <translation>This is not the kind of FieldDesk file expected here (it says it is a &quot;{found}&quot; file, not a &quot;{expected}&quot; file). Choose the right file.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="182"/>
        <source>This file was written by a FieldDesk with database version {theirs}; this one has version {ours}. Update FieldDesk so that both are the same, then export again.</source>
        <translation>This file was written by a FieldDesk with database version {theirs}; this one has version {ours}. Update FieldDesk so that both are the same, then export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="195"/>
        <source>This file comes from device {sender}, which is not registered here. Approve that device&apos;s join request first, or check where the file came from.</source>
        <translation>This file comes from device {sender}, which is not registered here. Approve that device&apos;s join request first, or check where the file came from.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="207"/>
        <source>Files from device {sender} are refused: {detail}.</source>
        <translation>Files from device {sender} are refused: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="216"/>
        <source>The file was changed after {sender} signed it: the signature does not match. Ask for the file again.</source>
        <translation>The file was changed after {sender} signed it: the signature does not match. Ask for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="228"/>
        <source>This file is for device {recipient}, not for this one ({me}).</source>
        <translation>This file is for device {recipient}, not for this one ({me}).</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="239"/>
        <source>This enrolment was made for another laptop (its key is not this laptop&apos;s). Use the enrolment made from this laptop&apos;s own join request.</source>
        <translation>This enrolment was made for another laptop (its key is not this laptop&apos;s). Use the enrolment made from this laptop&apos;s own join request.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="250"/>
        <source>The contents of this file do not match what {sender} signed (the file was altered or damaged). Ask {sender} for the file again.</source>
        <translation>The contents of this file do not match what {sender} signed (the file was altered or damaged). Ask {sender} for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="262"/>
        <source>Record {number} in this file from {sender} is not valid. Ask {sender} for the file again.</source>
        <translation>Record {number} in this file from {sender} is not valid. Ask {sender} for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="275"/>
        <source>Record {number} in this file from {sender} names {table}.{field}, which this FieldDesk does not know. Ask {sender} for the file again.</source>
        <translation>Record {number} in this file from {sender} names {table}.{field}, which this FieldDesk does not know. Ask {sender} for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="290"/>
        <source>Record {number} in this file from {sender} holds a value that {table}.{field} cannot hold (wrong type, too long or missing). Ask {sender} for the file again.</source>
        <translation>Record {number} in this file from {sender} holds a value that {table}.{field} cannot hold (wrong type, too long or missing). Ask {sender} for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="306"/>
        <source>Record {number} in this file from {sender} holds a NUL character (U+0000) in {table}.{field}, which FieldDesk does not store; nothing was imported. Tell your administrator which device and file it was.</source>
        <translation>Record {number} in this file from {sender} holds a NUL character (U+0000) in {table}.{field}, which FieldDesk does not store; nothing was imported. Tell your administrator which device and file it was.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="322"/>
        <source>This file from {sender} declares {declared} records but holds {found}. Ask {sender} to export again.</source>
        <translation>This file from {sender} declares {declared} records but holds {found}. Ask {sender} to export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="336"/>
        <source>This file from {sender} declares {declared} rows but holds {found}. Ask {sender} for the file again.</source>
        <translation>This file from {sender} declares {declared} rows but holds {found}. Ask {sender} for the file again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="350"/>
        <source>The changes in this file from {sender} are out of order (change {number} has sequence {found}, {expected} was expected). Ask {sender} to export again.</source>
        <translation>The changes in this file from {sender} are out of order (change {number} has sequence {found}, {expected} was expected). Ask {sender} to export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="365"/>
        <source>The changes in this file from {sender} do not form an unbroken chain (at sequence {seq}): the file was forged or damaged. Ask {sender} to export again.</source>
        <translation>The changes in this file from {sender} do not form an unbroken chain (at sequence {seq}): the file was forged or damaged. Ask {sender} to export again.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="379"/>
        <source>The disk holding {folder} is full: the sync file was not written. Free some space or choose another folder.</source>
        <translation>The disk holding {folder} is full: the sync file was not written. Free some space or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="387"/>
        <source>The sync file could not be written to {folder} ({error}). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>The sync file could not be written to {folder} ({error}). Check that the folder exists and that you may write there, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="71"/>
        <source>{path} is not a database FieldDesk can use ({detail}). Give a database file, or a PostgreSQL address such as postgresql://user@host/dbname.</source>
        <extracomment>The one driver FieldDesk ships for PostgreSQL (psycopg 3). What a user may write for it. Key of the advisory lock held while the schema is checked and upgraded (any constant that no other program of the same database uses; &quot;FDSCHEMA&quot; in ASCII).</extracomment>
        <translation>{path} is not a database FieldDesk can use ({detail}). Give a database file, or a PostgreSQL address such as postgresql://user@host/dbname.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="75"/>
        <source>The PostgreSQL driver (psycopg) is not installed, so {path} cannot be opened. Reinstall FieldDesk, or use a database file.</source>
        <translation>The PostgreSQL driver (psycopg) is not installed, so {path} cannot be opened. Reinstall FieldDesk, or use a database file.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="79"/>
        <source>Cannot connect to the database server of {path} ({detail}). Check that the server is running and that the address is right, then try again.</source>
        <translation>Cannot connect to the database server of {path} ({detail}). Check that the server is running and that the address is right, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="83"/>
        <source>The database server refused the user or the password of {path} ({detail}). Correct them in the database address, or ask the server&apos;s administrator.</source>
        <translation>The database server refused the user or the password of {path} ({detail}). Correct them in the database address, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="87"/>
        <source>The database server has no database {name} ({path}). Ask its administrator to create it with ENCODING &apos;UTF8&apos;, then try again; FieldDesk creates its tables itself.</source>
        <translation>The database server has no database {name} ({path}). Ask its administrator to create it with ENCODING &apos;UTF8&apos;, then try again; FieldDesk creates its tables itself.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="91"/>
        <source>The database {path} stores text as {encoding}; FieldDesk needs UTF8. Create a new database with ENCODING &apos;UTF8&apos; and use that one.</source>
        <translation>The database {path} stores text as {encoding}; FieldDesk needs UTF8. Create a new database with ENCODING &apos;UTF8&apos; and use that one.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="95"/>
        <source>The database {path} holds other tables but no FieldDesk data. Give FieldDesk an empty database of its own.</source>
        <translation>The database {path} holds other tables but no FieldDesk data. Give FieldDesk an empty database of its own.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="99"/>
        <source>The database {path} has no FieldDesk tables yet. Open it once in the FieldDesk window to create them, then try again.</source>
        <translation>The database {path} has no FieldDesk tables yet. Open it once in the FieldDesk window to create them, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="103"/>
        <source>The database user of {path} may not do this ({detail}). Ask the server&apos;s administrator to make that user the owner of the database.</source>
        <translation>The database user of {path} may not do this ({detail}). Ask the server&apos;s administrator to make that user the owner of the database.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="107"/>
        <source>Another FieldDesk user changed the same data at the same moment, so nothing was saved. Try again.</source>
        <translation>Another FieldDesk user changed the same data at the same moment, so nothing was saved. Try again.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="111"/>
        <source>The database server of {path} has no room left: nothing was saved. Ask its administrator to free some space, then try again.</source>
        <translation>The database server of {path} has no room left: nothing was saved. Ask its administrator to free some space, then try again.</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="115"/>
        <source>The database server of {path} accepts no changes at the moment (read-only). Ask its administrator, then try again.</source>
        <translation>The database server of {path} accepts no changes at the moment (read-only). Ask its administrator, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="44"/>
        <source>Give the code of the person this laptop is for (headquarters gives it to you).</source>
        <extracomment>Statuses of a join request this database made (``sync_join_request``): waited on, then answered by an enrolment, withdrawn here, or replaced by a newer request. The longest person code and machine name a request can carry: its columns&apos; lengths.</extracomment>
        <translation>Give the code of the person this laptop is for (headquarters gives it to you).</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="47"/>
        <source>A person code has at most {max} characters.</source>
        <translation>A person code has at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="48"/>
        <source>Give this computer&apos;s name, so that headquarters can tell laptops apart.</source>
        <translation>Give this computer&apos;s name, so that headquarters can tell laptops apart.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="51"/>
        <source>A computer name has at most {max} characters.</source>
        <translation>A computer name has at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="52"/>
        <source>This database is not waiting for headquarters: make a join request first.</source>
        <translation>This database is not waiting for headquarters: make a join request first.</translation>
    </message>
    <message>
        <location filename="../../db/capture.py" line="125"/>
        <source>The text of {field} holds an invisible NUL character (often from pasted text), which FieldDesk cannot keep or send to headquarters. Remove it and save again; nothing was saved.</source>
        <translation>The text of {field} holds an invisible NUL character (often from pasted text), which FieldDesk cannot keep or send to headquarters. Remove it and save again; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="21"/>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="22"/>
        <source>Sales director</source>
        <translation>Sales director</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="23"/>
        <source>Deputy sales director</source>
        <translation>Deputy sales director</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="24"/>
        <source>SSG group lead</source>
        <translation>SSG group lead</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25"/>
        <source>Customer service rep</source>
        <translation>Customer service rep</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26"/>
        <source>Big-region manager</source>
        <translation>Big-region manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27"/>
        <source>Market manager</source>
        <translation>Market manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28"/>
        <source>Region manager</source>
        <translation>Region manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29"/>
        <source>Customer manager</source>
        <translation>Customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30"/>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37"/>
        <source>SLT · Sales leadership team</source>
        <translation>SLT · Sales leadership team</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38"/>
        <source>SSG · Sales secretary group</source>
        <translation>SSG · Sales secretary group</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39"/>
        <source>FSF · Field sales force</source>
        <translation>FSF · Field sales force</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46"/>
        <source>A · core distributor</source>
        <translation>A · core distributor</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47"/>
        <source>B · major customer</source>
        <translation>B · major customer</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48"/>
        <source>C · other</source>
        <translation>C · other</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49"/>
        <location filename="../../desktop/labels.py" line="55"/>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>A · excellent</source>
        <translation>A · excellent</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>B · good</source>
        <translation>B · good</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>C · watch</source>
        <translation>C · watch</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>D · stop shipping</source>
        <translation>D · stop shipping</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79"/>
        <source>%n day(s)</source>
        <translation>%n day(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="183"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="184"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="185"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="186"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="194"/>
        <source>Routine visit</source>
        <translation>Routine visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="195"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="196"/>
        <location filename="../../desktop/labels.py" line="225"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="204"/>
        <source>no working day is left this month</source>
        <translation>no working day is left this month</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="205"/>
        <source>fewer working days are left than visits</source>
        <translation>fewer working days are left than visits</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="208"/>
        <source>every other day is full</source>
        <translation>every other day is full</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217"/>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="226"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="227"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="228"/>
        <location filename="../../desktop/labels.py" line="243"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="236"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="237"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="238"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241"/>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="242"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="250"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../desktop/labels.py" line="124"/>
        <source>Headquarters</source>
        <translation>Headquarters</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="128"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Printed by {printed_by} on {printed_at}</source>
        <translation>Printed by {printed_by} on {printed_at}</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136"/>
        <source>Distributor file card</source>
        <translation>Distributor file card</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="143"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="144"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="198"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="199"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="146"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="200"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="147"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="201"/>
        <source>Market</source>
        <translation>Market</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="148"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="202"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="149"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="203"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="150"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="204"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="151"/>
        <location filename="../../desktop/print_labels.py" line="90"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="205"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="152"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="206"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="153"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="207"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="154"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="208"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="155"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="209"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="156"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="157"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="224"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="158"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="225"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="159"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="226"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="227"/>
        <source>WeChat</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="228"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="229"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163"/>
        <source>No contacts on file.</source>
        <translation>No contacts on file.</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="164"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="210"/>
        <source>Warehouse address</source>
        <translation>Warehouse address</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="211"/>
        <source>Receiving hours</source>
        <translation>Receiving hours</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="212"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="213"/>
        <source>Lead time</source>
        <translation>Lead time</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="214"/>
        <source>Logistics notes</source>
        <translation>Logistics notes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170"/>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="215"/>
        <source>Credit rating</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="216"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="173"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="217"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="174"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="218"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175"/>
        <source>Last updated</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176"/>
        <source>Signature / date</source>
        <translation>Signature / date</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="28"/>
        <location filename="../../desktop/print_labels.py" line="70"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="34"/>
        <source>Team visit plan</source>
        <translation>Team visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="36"/>
        <source>Weekly visit plan</source>
        <translation>Weekly visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="37"/>
        <source>Monthly visit plan</source>
        <translation>Monthly visit plan</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="42"/>
        <source>{month_name} {year}</source>
        <translation>{month_name} {year}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="48"/>
        <source>{month_label}, week {week}</source>
        <translation>{month_label}, week {week}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="67"/>
        <source>{day} {month_name}</source>
        <translation>{day} {month_name}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="68"/>
        <source>Wk</source>
        <translation>Wk</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="69"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="71"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="72"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="73"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="74"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="75"/>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="76"/>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="77"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="78"/>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="79"/>
        <source>Not this month</source>
        <translation>Not this month</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="80"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="81"/>
        <source>No visits planned.</source>
        <translation>No visits planned.</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="82"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="83"/>
        <source>Team summary</source>
        <translation>Team summary</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="84"/>
        <source>Visits that did not fit in their day</source>
        <translation>Visits that did not fit in their day</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="85"/>
        <source>+{count} more, see the list</source>
        <translation>+{count} more, see the list</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="86"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="87"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="88"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="89"/>
        <source>Purpose / code</source>
        <translation>Purpose / code</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="91"/>
        <source>Prepared by / checked by</source>
        <translation>Prepared by / checked by</translation>
    </message>
</context>
</TS>
