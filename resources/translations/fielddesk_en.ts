<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>CardPrinter</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="86" />
      <source>Preparing the distributor card…</source>
      <extracomment>the path of a PDF that was written</extracomment>
      <translation>Preparing the distributor card…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="95" />
      <source>Save the distributor card</source>
      <translation>Save the distributor card</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="97" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="107" />
      <source>Card saved</source>
      <translation>Card saved</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="108" />
      <source>The card was saved as {path}. Open it now?</source>
      <translation>The card was saved as {path}. Open it now?</translation>
    </message>
  </context>
  <context>
    <name>ContactsEditor</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="64" />
      <source>Name *</source>
      <extracomment>text columns in order; the last column is the primary check box</extracomment>
      <translation>Name *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="65" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="66" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="67" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="68" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="69" />
      <source>Primary</source>
      <translation>Primary</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="72" />
      <source>Add contact</source>
      <translation>Add contact</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="73" />
      <source>Remove contact</source>
      <translation>Remove contact</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="161" />
      <source>Contact {row}, {field}: {message}</source>
      <translation>Contact {row}, {field}: {message}</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="27" />
      <source>FieldDesk: unexpected error</source>
      <translation>FieldDesk: unexpected error</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="32" />
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
      <location filename="../../desktop/ui/dialogs/crash.py" line="47" />
      <source>Copy details</source>
      <translation>Copy details</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="48" />
      <source>Open log folder</source>
      <translation>Open log folder</translation>
    </message>
  </context>
  <context>
    <name>DistributorDetailPanel</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="97" />
      <source>Identity</source>
      <extracomment>The fields shown, by section; each becomes a QLabel named ``detail_&lt;field&gt;``.</extracomment>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="98" />
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="116" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="99" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="100" />
      <source>Logistics</source>
      <translation>Logistics</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="101" />
      <source>Credit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="102" />
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="126" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="107" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="108" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="109" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="110" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="111" />
      <source>Market</source>
      <translation>Market</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="112" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="113" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="114" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="115" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="117" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="118" />
      <source>Warehouse address</source>
      <translation>Warehouse address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="119" />
      <source>Receiving hours</source>
      <translation>Receiving hours</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="120" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="121" />
      <source>Lead time</source>
      <translation>Lead time</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="122" />
      <source>Logistics notes</source>
      <translation>Logistics notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="123" />
      <source>Credit rating</source>
      <translation>Credit rating</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="124" />
      <source>Credit limit</source>
      <translation>Credit limit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="125" />
      <source>Payment terms</source>
      <translation>Payment terms</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="127" />
      <source>Last updated</source>
      <translation>Last updated</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="131" />
      <source>Select a distributor to see its file here.</source>
      <translation>Select a distributor to see its file here.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="176" />
      <source>No contacts on file.</source>
      <translation>No contacts on file.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="181" />
      <source>primary</source>
      <translation>primary</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="188" />
      <source>WeChat: {id}</source>
      <translation>WeChat: {id}</translation>
    </message>
  </context>
  <context>
    <name>DistributorEditor</name>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="206" />
      <source>Edit distributor {code}</source>
      <translation>Edit distributor {code}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="208" />
      <source>New distributor</source>
      <translation>New distributor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Identity</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Address &amp;&amp; contacts</source>
      <translation>Address &amp;&amp; contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Logistics</source>
      <translation>Logistics</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="212" />
      <source>Credit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217" />
      <source>Market</source>
      <translation>Market</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="221" />
      <source>Warehouse address</source>
      <translation>Warehouse address</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222" />
      <source>Receiving hours</source>
      <translation>Receiving hours</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="223" />
      <source>Lead time (days)</source>
      <translation>Lead time (days)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="224" />
      <source>Logistics notes</source>
      <translation>Logistics notes</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="225" />
      <source>Credit rating</source>
      <translation>Credit rating</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="226" />
      <source>Credit limit (¥)</source>
      <translation>Credit limit (¥)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="227" />
      <source>Payment terms (days)</source>
      <translation>Payment terms (days)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="232" />
      <source>Required</source>
      <translation>Required</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="233" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="235" />
      <source>Choose a market…</source>
      <translation>Choose a market…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="236" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="237" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="238" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="239" />
      <source>13812345678 or 010-12345678</source>
      <translation>13812345678 or 010-12345678</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="240" />
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="241" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="251" />
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="257" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="397" />
      <source>Discard changes?</source>
      <translation>Discard changes?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="398" />
      <source>This distributor has unsaved changes. Close and discard them?</source>
      <translation>This distributor has unsaved changes. Close and discard them?</translation>
    </message>
  </context>
  <context>
    <name>DistributorFilterBar</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="39" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="79" />
      <source>All markets</source>
      <translation>All markets</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="48" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="80" />
      <source>All regions</source>
      <translation>All regions</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="51" />
      <source>Choose a market first</source>
      <translation>Choose a market first</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="57" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="81" />
      <source>All owners</source>
      <translation>All owners</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="60" />
      <source>Search code, name, city or pinyin initials</source>
      <translation>Search code, name, city or pinyin initials</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="61" />
      <source>Search (Ctrl+F)</source>
      <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="62" />
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="65" />
      <source>All grades</source>
      <translation>All grades</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="69" />
      <source>All credit ratings</source>
      <translation>All credit ratings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="73" />
      <source>All statuses</source>
      <translation>All statuses</translation>
    </message>
  </context>
  <context>
    <name>DistributorTableModel</name>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="187" />
      <source>Code</source>
      <extracomment>Credit rating A–D from green to red (UI.md); always shown with its word as well. The ``DistributorFilter.sort`` key of each column. (sort key, descending) when a header is clicked; the page re-runs the query page number → {id: (row, the text of each column)}; texts are formatted once per fetch</extracomment>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="188" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="189" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="190" />
      <source>Market</source>
      <translation>Market</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="191" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="192" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="193" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="194" />
      <source>Credit rating</source>
      <translation>Credit rating</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="195" />
      <source>Credit limit</source>
      <translation>Credit limit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="196" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>DistributorsPage</name>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="122" />
      <source>Saved {path}</source>
      <extracomment>the result of a query is shown (tests wait for it)</extracomment>
      <translation>Saved {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="139" />
      <source>Distributors</source>
      <translation>Distributors</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="144" />
      <source>New</source>
      <translation>New</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="144" />
      <source>New distributor (Ctrl+N)</source>
      <translation>New distributor (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="145" />
      <source>Edit</source>
      <translation>Edit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="145" />
      <source>Edit the selected distributor (Enter)</source>
      <translation>Edit the selected distributor (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="146" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="146" />
      <source>Print the distributor card (Ctrl+P)</source>
      <translation>Print the distributor card (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="154" />
      <source>There are no distributor files yet — create the first one.</source>
      <translation>There are no distributor files yet — create the first one.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="155" />
      <source>New distributor</source>
      <translation>New distributor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="158" />
      <source>No distributor matches these filters — clear them to see all.</source>
      <translation>No distributor matches these filters — clear them to see all.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="159" />
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="251" />
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/pages/distributors.py" line="255" />
      <source>%1 of %Ln distributor(s)</source>
      <translation>
        <numerusform>%1 of %Ln distributor</numerusform>
        <numerusform>%1 of %Ln distributors</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="290" />
      <source>Deactivate</source>
      <translation>Deactivate</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="290" />
      <source>Reactivate</source>
      <translation>Reactivate</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="292" />
      <source>Mark the distributor inactive; its history stays and it can be reactivated</source>
      <translation>Mark the distributor inactive; its history stays and it can be reactivated</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="294" />
      <source>Make the distributor active again</source>
      <translation>Make the distributor active again</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="348" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="360" />
      <source>Deactivate distributor</source>
      <translation>Deactivate distributor</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="362" />
      <source>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</source>
      <translation>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="374" />
      <source>{name} was deactivated; choose the status Inactive to find it again.</source>
      <translation>{name} was deactivated; choose the status Inactive to find it again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="376" />
      <source>{name} is active again.</source>
      <translation>{name} is active again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="393" />
      <source>Select a distributor to print its card.</source>
      <translation>Select a distributor to print its card.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="134" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="135" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="136" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="137" />
      <source>&amp;Settings…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="138" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="139" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="140" />
      <source>&amp;Find in page</source>
      <translation>&amp;Find in page</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="141" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="142" />
      <source>&amp;About FieldDesk</source>
      <translation>&amp;About FieldDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="143" />
      <source>Not synced yet</source>
      <translation>Not synced yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="239" />
      <source>Refreshed</source>
      <translation>Refreshed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="244" />
      <source>About FieldDesk</source>
      <translation>About FieldDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="246" />
      <source>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
      <translation>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="262" />
      <source>Headquarters</source>
      <translation>Headquarters</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="262" />
      <source>Whole organisation</source>
      <translation>Whole organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="268" />
      <source>FieldDesk</source>
      <translation>FieldDesk</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <location filename="../../desktop/ui/tasks.py" line="104" />
      <source>FieldDesk</source>
      <extracomment>(Changes, source) after a successful operation that changed something running jobs, kept alive here so they are released on the UI thread</extracomment>
      <translation>FieldDesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tasks.py" line="164" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPage</name>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="191" />
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="210" />
      <source>Filter by name, code or pinyin initials (Ctrl+F)</source>
      <translation>Filter by name, code or pinyin initials (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="212" />
      <source>Expand all</source>
      <translation>Expand all</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="213" />
      <source>Collapse to markets</source>
      <translation>Collapse to markets</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="215" />
      <source>Nobody in the organisation yet</source>
      <translation>Nobody in the organisation yet</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="217" />
      <source>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</source>
      <translation>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="220" />
      <source>Create the demo organisation</source>
      <translation>Create the demo organisation</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/pages/organisation.py" line="248" />
      <location filename="../../desktop/ui/pages/organisation.py" line="351" />
      <source>%n people</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="254" />
      <source>Choose a person</source>
      <translation>Choose a person</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="254" />
      <source>Select someone in the tree to see their details.</source>
      <translation>Select someone in the tree to see their details.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="271" />
      <source>No longer active</source>
      <translation>No longer active</translation>
    </message>
  </context>
  <context>
    <name>PersonDetailPanel</name>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="102" />
      <source>Code</source>
      <extracomment>a person id, when the user asks to go to someone (manager link, subordinate)</extracomment>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="103" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="104" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="105" />
      <source>Body</source>
      <translation>Body</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="106" />
      <source>Manager</source>
      <translation>Manager</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="107" />
      <source>Market</source>
      <translation>Market</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="108" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="109" />
      <source>Hire date</source>
      <translation>Hire date</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="110" />
      <source>Probation</source>
      <translation>Probation</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="111" />
      <source>Last promotion</source>
      <translation>Last promotion</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="112" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="113" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="117" />
      <source>Nobody reports to this person.</source>
      <translation>Nobody reports to this person.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="133" />
      <source>No longer active</source>
      <translation>No longer active</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="150" />
      <source>In probation until {date}</source>
      <translation>In probation until {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="154" />
      <source>Confirmed</source>
      <translation>Confirmed</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="165" />
      <source>Double-click to select {name} in the tree</source>
      <translation>Double-click to select {name} in the tree</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/widgets/person_detail.py" line="169" />
      <source>Direct reports (%n)</source>
      <translation>
        <numerusform>Direct report (%n)</numerusform>
        <numerusform>Direct reports (%n)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="56" />
      <source>Settings</source>
      <extracomment>Language names are shown in their own language, so anyone can find theirs. a short text for the status bar after saving</extracomment>
      <translation>Settings</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="63" />
      <source>The window switches language at once.</source>
      <translation>The window switches language at once.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="68" />
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="70" />
      <source>Default</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="79" />
      <source>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</source>
      <translation>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="92" />
      <source>Nobody — headquarters view</source>
      <translation>Nobody — headquarters view</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="101" />
      <source>The laptop shows this person's part of the organisation and their distributors. Headquarters sees everything.</source>
      <translation>The laptop shows this person's part of the organisation and their distributors. Headquarters sees everything.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="112" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="115" />
      <location filename="../../desktop/ui/dialogs/settings.py" line="146" />
      <source>Data folder</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="118" />
      <source>This laptop belongs to</source>
      <translation>This laptop belongs to</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="126" />
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="162" />
      <source>Choose a person from the list.</source>
      <translation>Choose a person from the list.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="191" />
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="193" />
      <source>The new data folder is used from the next start.</source>
      <translation>The new data folder is used from the next start.</translation>
    </message>
  </context>
  <context>
    <name>Sidebar</name>
    <message>
      <location filename="../../desktop/ui/widgets/sidebar.py" line="30" />
      <location filename="../../desktop/ui/widgets/sidebar.py" line="105" />
      <source>FieldDesk</source>
      <translation>FieldDesk</translation>
    </message>
  </context>
  <context>
    <name>application</name>
    <message>
      <location filename="../../desktop/ui/application.py" line="165" />
      <source>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</source>
      <extracomment>10 pt is 13.3 px at the usual 96 dpi; points keep other code's size arithmetic working. the file was created now (or replaced a damaged one): it needs the demo organisation</extracomment>
      <translation>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/application.py" line="213" />
      <source>The damaged database was kept as {path}.</source>
      <translation>The damaged database was kept as {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/application.py" line="234" />
      <source>Welcome to FieldDesk: this is the demo M-brand organisation.</source>
      <translation>Welcome to FieldDesk: this is the demo M-brand organisation.</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../desktop/ui/widgets/demo_setup.py" line="33" />
      <location filename="../../desktop/ui/widgets/demo_setup.py" line="45" />
      <source>Creating the demo organisation…</source>
      <translation>Creating the demo organisation…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../desktop/cli.py" line="157" />
      <source>Cannot write {path}: {reason}</source>
      <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="22" />
      <source>This field is required.</source>
      <translation>This field is required.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="23" />
      <source>Use up to 20 letters, digits, '-' or '_' for the code.</source>
      <translation>Use up to 20 letters, digits, '-' or '_' for the code.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="26" />
      <source>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</source>
      <translation>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="29" />
      <source>The amount cannot be negative.</source>
      <translation>The amount cannot be negative.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="30" />
      <source>Choose a grade: A, B, C or prospect.</source>
      <translation>Choose a grade: A, B, C or prospect.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="31" />
      <source>Choose a credit rating: A, B, C or D.</source>
      <translation>Choose a credit rating: A, B, C or D.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="32" />
      <source>Choose active or inactive.</source>
      <translation>Choose active or inactive.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="33" />
      <source>The number is out of range.</source>
      <translation>The number is out of range.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="35" />
      <source>Distributor code {code} already exists.</source>
      <translation>Distributor code {code} already exists.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="36" />
      <source>There is no distributor {code}.</source>
      <translation>There is no distributor {code}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="37" />
      <source>The region does not belong to the market.</source>
      <translation>The region does not belong to the market.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="38" />
      <source>The owner is not an active person of your team.</source>
      <translation>The owner is not an active person of your team.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="39" />
      <source>This distributor would be outside your area; choose your market, region or team.</source>
      <translation>This distributor would be outside your area; choose your market, region or team.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="42" />
      <source>Someone else changed this distributor meanwhile; reopen it and edit again.</source>
      <translation>Someone else changed this distributor meanwhile; reopen it and edit again.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/org.py" line="16" />
      <source>There is no person with code {code}.</source>
      <translation>There is no person with code {code}.</translation>
    </message>
    <message>
      <location filename="../../desktop/services/org.py" line="17" />
      <source>{name} is no longer active and cannot own this laptop.</source>
      <translation>{name} is no longer active and cannot own this laptop.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="37" />
      <source>The file {path} is not a FieldDesk database or is damaged ({detail}).</source>
      <translation>The file {path} is not a FieldDesk database or is damaged ({detail}).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="40" />
      <source>The database {path} is in use by another program. Close the other FieldDesk window and try again.</source>
      <translation>The database {path} is in use by another program. Close the other FieldDesk window and try again.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="44" />
      <source>The database {path} cannot be written (read-only file or folder).</source>
      <translation>The database {path} cannot be written (read-only file or folder).</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="47" />
      <source>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</source>
      <translation>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="51" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>The disk is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="54" />
      <source>There is no database at {path}.</source>
      <translation>There is no database at {path}.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="43" />
      <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
      <translation>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="22" />
      <source>FieldDesk may not write {path}. Choose another folder and try again.</source>
      <translation>FieldDesk may not write {path}. Choose another folder and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="25" />
      <source>The disk is full: {path} was not saved. Free some space and try again.</source>
      <translation>The disk is full: {path} was not saved. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="28" />
      <source>The folder of {path} does not exist. Choose another folder and try again.</source>
      <translation>The folder of {path} does not exist. Choose another folder and try again.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="31" />
      <source>{path} could not be saved ({detail}).</source>
      <translation>{path} could not be saved ({detail}).</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../desktop/labels.py" line="21" />
      <source>General manager</source>
      <translation>General manager</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="22" />
      <source>Sales director</source>
      <translation>Sales director</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="23" />
      <source>Deputy sales director</source>
      <translation>Deputy sales director</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="24" />
      <source>SSG group lead</source>
      <translation>SSG group lead</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="25" />
      <source>Customer service rep</source>
      <translation>Customer service rep</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="26" />
      <source>Big-region manager</source>
      <translation>Big-region manager</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="27" />
      <source>Market manager</source>
      <translation>Market manager</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="28" />
      <source>Region manager</source>
      <translation>Region manager</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="29" />
      <source>Customer manager</source>
      <translation>Customer manager</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="30" />
      <source>Sales rep</source>
      <translation>Sales rep</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="37" />
      <source>SLT · Sales leadership team</source>
      <translation>SLT · Sales leadership team</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="38" />
      <source>SSG · Sales secretary group</source>
      <translation>SSG · Sales secretary group</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="39" />
      <source>FSF · Field sales force</source>
      <translation>FSF · Field sales force</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="46" />
      <source>A · core distributor</source>
      <translation>A · core distributor</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="47" />
      <source>B · major customer</source>
      <translation>B · major customer</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="48" />
      <source>C · other</source>
      <translation>C · other</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="49" />
      <location filename="../../desktop/labels.py" line="55" />
      <source>Prospect</source>
      <translation>Prospect</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="60" />
      <source>A · excellent</source>
      <translation>A · excellent</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="61" />
      <source>B · good</source>
      <translation>B · good</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="62" />
      <source>C · watch</source>
      <translation>C · watch</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="63" />
      <source>D · stop shipping</source>
      <translation>D · stop shipping</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="70" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="71" />
      <source>Inactive</source>
      <translation>Inactive</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/labels.py" line="79" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>print</name>
    <message>
      <location filename="../../desktop/labels.py" line="124" />
      <source>Headquarters</source>
      <translation>Headquarters</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="128" />
      <source>Page {page} of {pages}</source>
      <translation>Page {page} of {pages}</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="132" />
      <source>Printed by {printed_by} on {printed_at}</source>
      <translation>Printed by {printed_by} on {printed_at}</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="136" />
      <source>Distributor file card</source>
      <translation>Distributor file card</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="143" />
      <source>Identity</source>
      <translation>Identity</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="144" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="145" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="146" />
      <source>Short name</source>
      <translation>Short name</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="147" />
      <source>Market</source>
      <translation>Market</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="148" />
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="149" />
      <source>Owner</source>
      <translation>Owner</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="150" />
      <source>Grade</source>
      <translation>Grade</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="151" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="152" />
      <source>Province</source>
      <translation>Province</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="153" />
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="154" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="155" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="156" />
      <source>Contacts</source>
      <translation>Contacts</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="157" />
      <source>Contact</source>
      <translation>Contact</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="158" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="159" />
      <source>Mobile</source>
      <translation>Mobile</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="160" />
      <source>WeChat</source>
      <translation>WeChat</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="161" />
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="162" />
      <source>Primary</source>
      <translation>Primary</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="163" />
      <source>No contacts on file.</source>
      <translation>No contacts on file.</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="164" />
      <source>Logistics</source>
      <translation>Logistics</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="165" />
      <source>Warehouse address</source>
      <translation>Warehouse address</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="166" />
      <source>Receiving hours</source>
      <translation>Receiving hours</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="167" />
      <source>Carrier</source>
      <translation>Carrier</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="168" />
      <source>Lead time</source>
      <translation>Lead time</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="169" />
      <source>Logistics notes</source>
      <translation>Logistics notes</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="170" />
      <source>Credit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="171" />
      <source>Credit rating</source>
      <translation>Credit rating</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="172" />
      <source>Credit limit</source>
      <translation>Credit limit</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="173" />
      <source>Payment terms</source>
      <translation>Payment terms</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="174" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="175" />
      <source>Last updated</source>
      <translation>Last updated</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="176" />
      <source>Signature / date</source>
      <translation>Signature / date</translation>
    </message>
  </context>
</TS>