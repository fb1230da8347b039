<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="96"/>
        <source>FieldDesk</source>
        <extracomment>(Changes, source) after a successful operation that changed something</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="156"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/cli.py" line="157"/>
        <source>Cannot write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="21"/>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="22"/>
        <source>Use up to 20 letters, digits, &apos;-&apos; or &apos;_&apos; for the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="25"/>
        <source>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="28"/>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="29"/>
        <source>Choose a grade: A, B, C or prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="30"/>
        <source>Choose a credit rating: A, B, C or D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="31"/>
        <source>Choose active or inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="32"/>
        <source>The number is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="34"/>
        <source>Distributor code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="35"/>
        <source>There is no distributor {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="36"/>
        <source>The region does not belong to the market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="37"/>
        <source>The owner is not an active person of your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="38"/>
        <source>This distributor would be outside your area; choose your market, region or team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="41"/>
        <source>Someone else changed this distributor meanwhile; reopen it and edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="16"/>
        <source>There is no person with code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="17"/>
        <source>{name} is no longer active and cannot own this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="37"/>
        <source>The file {path} is not a FieldDesk database or is damaged ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="40"/>
        <source>The database {path} is in use by another program. Close the other FieldDesk window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="44"/>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="47"/>
        <source>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="51"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="54"/>
        <source>There is no database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="21"/>
        <source>General manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="22"/>
        <source>Sales director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="23"/>
        <source>Deputy sales director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="24"/>
        <source>SSG group lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25"/>
        <source>Customer service rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26"/>
        <source>Big-region manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27"/>
        <source>Market manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28"/>
        <source>Region manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29"/>
        <source>Customer manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30"/>
        <source>Sales rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37"/>
        <source>SLT · Sales leadership team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38"/>
        <source>SSG · Sales secretary group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39"/>
        <source>FSF · Field sales force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46"/>
        <source>A · core distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47"/>
        <source>B · major customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48"/>
        <source>C · other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49"/>
        <location filename="../../desktop/labels.py" line="55"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>A · excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>B · good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>C · watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>D · stop shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/labels.py" line="79"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
