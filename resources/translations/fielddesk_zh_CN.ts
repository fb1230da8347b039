<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AddVisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="44"/>
        <source>New visit</source>
        <extracomment>apply(day, target kind, target id, time, purpose) -&gt; whether the visit was added</extracomment>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="45"/>
        <source>A visit in the plan of {name}</source>
        <translation>{name} 的拜访计划中的拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="52"/>
        <source>{name} ({code}) · follow-up</source>
        <translation>{name}（{code}）· 跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="62"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="67"/>
        <source>For example: new product, payment, display check</source>
        <translation>例如：新品、回款、陈列检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="73"/>
        <source>&amp;Visit</source>
        <translation>拜访对象(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="74"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="75"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="76"/>
        <source>&amp;Purpose</source>
        <translation>目的(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="80"/>
        <source>Add visit</source>
        <translation>添加拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_add.py" line="87"/>
        <source>There is no distributor or team member to visit.</source>
        <translation>没有可拜访的客户或团队成员。</translation>
    </message>
</context>
<context>
    <name>ApproveRequestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="34"/>
        <source>Approve join request</source>
        <translation>批准加入申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="37"/>
        <source>This laptop asks to join. Before approving, ask its user to read out the key fingerprint their laptop shows: it must be exactly the one below.</source>
        <translation>这台笔记本申请加入。批准前，请让其使用者念出笔记本上显示的密钥指纹：必须与下面的完全一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="45"/>
        <source>(unknown person)</source>
        <translation>（未知人员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="57"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="58"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="59"/>
        <source>Machine:</source>
        <translation>计算机：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="60"/>
        <source>Key fingerprint:</source>
        <translation>密钥指纹：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="61"/>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="64"/>
        <source>Approving makes an enrolment file holding this person&apos;s part of the data. You choose where to save it next; give it to the laptop (USB stick).</source>
        <translation>批准后会生成入网文件，其中包含此人范围内的数据。接下来请选择保存位置，并把它交给这台笔记本（U 盘）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_approve.py" line="73"/>
        <source>Approve and save the enrolment file…</source>
        <translation>批准并保存入网文件…</translation>
    </message>
</context>
<context>
    <name>CallDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="112"/>
        <source>When</source>
        <extracomment>the follow-up task id to mark done the call id whose notes to correct (distributor id, its label): show this distributor&apos;s calls only</extracomment>
        <translation>拜访时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="113"/>
        <source>Person</source>
        <translation>拜访人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="114"/>
        <source>Channel</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="115"/>
        <source>Topics</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="116"/>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="117"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="118"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="119"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="123"/>
        <source>Select a call to read it here.</source>
        <translation>选择一条拜访记录，在这里查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="124"/>
        <source>Mark done</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="126"/>
        <source>The next step was taken: close its follow-up task</source>
        <translation>下一步已完成：关闭对应的跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="128"/>
        <source>Correct notes…</source>
        <translation>更正备注…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="130"/>
        <source>Notes and problems can be corrected on the day the call was logged</source>
        <translation>备注和问题只能在记录当天更正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="132"/>
        <source>All calls of this distributor</source>
        <translation>该客户的全部拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="148"/>
        <source> · a planned visit</source>
        <translation> · 计划内拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="167"/>
        <source>✓ Done on {date}</source>
        <translation>✓ 已于 {date} 完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="170"/>
        <source>! Overdue since {date}</source>
        <translation>! 自 {date} 起逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="173"/>
        <source>○ Open, due {date}</source>
        <translation>○ 未完成，截止 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_detail.py" line="186"/>
        <source>{step}
by {date}</source>
        <translation>{step}
截止 {date}</translation>
    </message>
</context>
<context>
    <name>CallEntryDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="163"/>
        <source>Log a call</source>
        <translation>记录拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="165"/>
        <source>&amp;Distributor</source>
        <translation>客户(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="166"/>
        <source>P&amp;erson</source>
        <translation>人员(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="167"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="168"/>
        <source>C&amp;hannel</source>
        <translation>沟通方式(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="169"/>
        <source>Topics</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="170"/>
        <source>Order &amp;amount</source>
        <translation>订单金额(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="171"/>
        <source>No&amp;tes</source>
        <translation>备注(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="172"/>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="173"/>
        <source>Ne&amp;xt step</source>
        <translation>下一步(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="174"/>
        <source>D&amp;ue</source>
        <translation>截止日期(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="179"/>
        <source>Code, name or pinyin initials</source>
        <translation>编码、名称或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="180"/>
        <source>Yuan, e.g. 12,345.60</source>
        <translation>单位：元，例如 12,345.60</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="181"/>
        <source>What was discussed, agreed, seen</source>
        <translation>沟通、约定和看到的情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="182"/>
        <source>Problems raised, if any</source>
        <translation>提出的问题（如有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="183"/>
        <source>Becomes a follow-up task until done</source>
        <translation>完成前将作为跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="184"/>
        <source>Up arrow: today; type a date as 2026-12-04</source>
        <translation>按上箭头键填入今日；日期格式如 2026-12-04</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="185"/>
        <source>Logging a planned visit: saving marks it done.</source>
        <translation>正在记录计划内拜访：保存后该拜访将标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="186"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="187"/>
        <source>Save and close (Ctrl+Enter)</source>
        <translation>保存并关闭 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="188"/>
        <source>Save and next</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="189"/>
        <source>Save and log another call (Ctrl+Shift+Enter)</source>
        <translation>保存并记录下一条 (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="190"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="191"/>
        <source>Close (Esc)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="201"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="262"/>
        <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>请输入以元为单位、最多两位小数的金额，例如 12345.67。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="310"/>
        <source>Saved. Log the next call.</source>
        <translation>已保存。请记录下一条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="354"/>
        <source>Discard this call?</source>
        <translation>放弃这条记录？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/call_entry.py" line="355"/>
        <source>The call you started has not been saved. Close and discard it?</source>
        <translation>正在填写的拜访记录尚未保存。关闭并放弃吗？</translation>
    </message>
</context>
<context>
    <name>CallFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="99"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="148"/>
        <source>All markets</source>
        <extracomment>The last filters of the Call log page (the lead may move it to desktop/settings.py).</extracomment>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="110"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="149"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="117"/>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="150"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="125"/>
        <source>Search notes and problems (Chinese or English)</source>
        <translation>搜索备注和问题（中文或英文）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="126"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="127"/>
        <source>Distributor: code, name or pinyin</source>
        <translation>客户：编码、名称或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="128"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="130"/>
        <source>Any time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="131"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="132"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="133"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="134"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="135"/>
        <source>From … to …</source>
        <translation>自定义时间段…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="139"/>
        <source>All channels</source>
        <translation>全部沟通方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_filters.py" line="142"/>
        <source>All topics</source>
        <translation>全部沟通内容</translation>
    </message>
</context>
<context>
    <name>CallTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="161"/>
        <source>Date and time</source>
        <extracomment>page number → {id: [row, its column texts (made when first shown) or None]}</extracomment>
        <translation>日期和时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="162"/>
        <source>Distributor</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="163"/>
        <source>Person</source>
        <translation>拜访人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="164"/>
        <source>Channel</source>
        <translation>沟通方式</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="165"/>
        <source>Topics</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="166"/>
        <source>Order amount</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="167"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="168"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/call_table.py" line="206"/>
        <source>{step} (by {date})</source>
        <translation>{step}（截止 {date}）</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="164"/>
        <source>Call log</source>
        <extracomment>the newest rows are shown (the whole list may still be on its way) the whole list is shown (tests wait for it)</extracomment>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="174"/>
        <source>New call</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="175"/>
        <source>Log a call (Ctrl+N)</source>
        <translation>记录拜访 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="180"/>
        <source>No calls logged yet</source>
        <translation>还没有拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="181"/>
        <source>Log every call and visit to a distributor here: it takes a few keystrokes.</source>
        <translation>在这里记录与客户的每次通话和拜访，只需按几个键。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="182"/>
        <source>Log the first call</source>
        <translation>记录第一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="185"/>
        <source>No call matches</source>
        <translation>没有匹配的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="186"/>
        <source>No call matches these filters and this search — clear them to see all.</source>
        <translation>没有符合筛选和搜索条件的记录 — 清除条件以查看全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="187"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="312"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="314"/>
        <source>The newest %1 calls; counting the rest…</source>
        <translation>最新 %1 条记录；正在统计其余记录…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/calls.py" line="317"/>
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="370"/>
        <source>Call saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="377"/>
        <source>Follow-up task done.</source>
        <translation>跟进任务已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/calls.py" line="389"/>
        <source>Call corrected.</source>
        <translation>记录已更正。</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="34"/>
        <source>Cancel visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="36"/>
        <source>Cancel the visit to {target} on {day}? Say why:</source>
        <translation>取消 {day} 对 {target} 的拜访？请说明原因：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="45"/>
        <source>For example: the owner is away until Monday</source>
        <translation>例如：老板出差，周一才回来</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="52"/>
        <source>Cancel the visit</source>
        <translation>取消拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_cancel.py" line="55"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>CardPrinter</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="86"/>
        <source>Preparing the distributor card…</source>
        <extracomment>the path of a PDF that was written</extracomment>
        <translation>正在生成客户档案卡…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="97"/>
        <source>Save the distributor card</source>
        <translation>保存客户档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="98"/>
        <source>Card saved</source>
        <translation>档案卡已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="99"/>
        <source>The card was saved as {path}. Open it now?</source>
        <translation>档案卡已保存为 {path}。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>ChannelPicker</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="54"/>
        <source>&amp;1 Visit</source>
        <translation>拜访(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="55"/>
        <source>&amp;2 Phone</source>
        <translation>电话(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="56"/>
        <source>&amp;3 WeChat</source>
        <translation>微信(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="57"/>
        <source>&amp;4 Other</source>
        <translation>其他(&amp;4)</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="102"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="103"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="104"/>
        <source>Value here now</source>
        <translation>此处现值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="105"/>
        <source>Value set aside</source>
        <translation>被搁置的值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="106"/>
        <source>Set aside from</source>
        <translation>搁置值来自</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="107"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ContactsEditor</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="64"/>
        <source>Name *</source>
        <extracomment>text columns in order; the last column is the primary check box</extracomment>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="65"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="66"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="67"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="68"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="69"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="72"/>
        <source>Add contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="73"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="161"/>
        <source>Contact {row}, {field}: {message}</source>
        <translation>联系人 {row}，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="62"/>
        <source>Correct the call</source>
        <translation>更正拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="65"/>
        <source>A call is a record of what happened: only its notes and problems can be corrected, and only on the day it was logged.</source>
        <translation>拜访记录是对实际情况的记录：只能更正备注和问题，且只能在记录当天更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="69"/>
        <source>No&amp;tes *</source>
        <translation>备注 *(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_correction.py" line="70"/>
        <source>Pro&amp;blems</source>
        <translation>问题(&amp;B)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="27"/>
        <source>FieldDesk: unexpected error</source>
        <translation>外勤台：意外错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="32"/>
        <source>FieldDesk ran into an unexpected error. What you saved before is safe; the last action may not have finished.

The details were written to the log file:
{path}

Please send this file to your IT contact.</source>
        <translation>外勤台遇到了意外错误。之前保存的内容都安全，最后一步操作可能没有完成。

详细信息已写入日志文件：
{path}

请把这个文件发给您的 IT 联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="47"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/crash.py" line="48"/>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_day.py" line="99"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_day.py" line="209"/>
        <source>Workday</source>
        <translation>工作日</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="76"/>
        <source>Changes written for this laptop that it has not acknowledged yet</source>
        <translation>已为这台笔记本写出、但它尚未确认的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="78"/>
        <source>Changes from this laptop that are missing: its later files wait</source>
        <translation>这台笔记本缺失的更改：其后的文件在等待</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="83"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="84"/>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="85"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="86"/>
        <source>Last bundle in</source>
        <translation>最近收到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="87"/>
        <source>Last bundle out</source>
        <translation>最近发出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="88"/>
        <source>Unacknowledged</source>
        <translation>未确认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="89"/>
        <source>Missing changes</source>
        <translation>缺失的更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="90"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="117"/>
        <source>Device {id}, key fingerprint {fingerprint}</source>
        <translation>设备 {id}，密钥指纹 {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="136"/>
        <location filename="../../desktop/ui/models/sync_devices.py" line="138"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="143"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="149"/>
        <source>Revoked {when}</source>
        <translation>已于 {when} 吊销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_devices.py" line="150"/>
        <source>Active</source>
        <translation>使用中</translation>
    </message>
</context>
<context>
    <name>DistributorDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="105"/>
        <source>Identity</source>
        <extracomment>The fields shown, by section; each becomes a QLabel named ``detail_&lt;field&gt;``.</extracomment>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="106"/>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="124"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="107"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="108"/>
        <source>Logistics</source>
        <translation>储运信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="109"/>
        <source>Credit</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="110"/>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="134"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="115"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="116"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="117"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="119"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="120"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="121"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="122"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="123"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="125"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="126"/>
        <source>Warehouse address</source>
        <translation>仓库地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="127"/>
        <source>Receiving hours</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="128"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="129"/>
        <source>Lead time</source>
        <translation>到货天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="130"/>
        <source>Logistics notes</source>
        <translation>储运备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="131"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="132"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="133"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="135"/>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="139"/>
        <source>Select a distributor to see its file here.</source>
        <translation>选择一个客户，在这里查看档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="140"/>
        <source>Calls and visits</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="187"/>
        <source>No contacts on file.</source>
        <translation>暂无联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="192"/>
        <source>primary</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_detail.py" line="199"/>
        <source>WeChat: {id}</source>
        <translation>微信：{id}</translation>
    </message>
</context>
<context>
    <name>DistributorEditor</name>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="206"/>
        <source>Edit distributor {code}</source>
        <translation>编辑客户 {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="208"/>
        <source>New distributor</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Address &amp;&amp; contacts</source>
        <translation>地址和联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211"/>
        <source>Logistics</source>
        <translation>储运信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="212"/>
        <source>Credit</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Code</source>
        <translation>客户编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="221"/>
        <source>Warehouse address</source>
        <translation>仓库地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222"/>
        <source>Receiving hours</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="223"/>
        <source>Lead time (days)</source>
        <translation>到货天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="224"/>
        <source>Logistics notes</source>
        <translation>储运备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="225"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="226"/>
        <source>Credit limit (¥)</source>
        <translation>信用额度（元）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="227"/>
        <source>Payment terms (days)</source>
        <translation>账期（天）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="232"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="233"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="235"/>
        <source>Choose a market…</source>
        <translation>选择市场…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="236"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="237"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="238"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="239"/>
        <source>13812345678 or 010-12345678</source>
        <translation>13812345678 或 010-12345678</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="240"/>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="241"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="251"/>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="257"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="397"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="398"/>
        <source>This distributor has unsaved changes. Close and discard them?</source>
        <translation>这个客户有未保存的修改。关闭并放弃修改吗？</translation>
    </message>
</context>
<context>
    <name>DistributorFilterBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="39"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="79"/>
        <source>All markets</source>
        <translation>全部市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="48"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="80"/>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="51"/>
        <source>Choose a market first</source>
        <translation>请先选择市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="57"/>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="81"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="60"/>
        <source>Search code, name, city or pinyin initials</source>
        <translation>搜索编码、名称、城市或拼音首字母</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="61"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="62"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="65"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="69"/>
        <source>All credit ratings</source>
        <translation>全部信用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_filters.py" line="73"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>DistributorTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="187"/>
        <source>Code</source>
        <extracomment>Credit rating A–D from green to red (UI.md); always shown with its word as well. The ``DistributorFilter.sort`` key of each column. (sort key, descending) when a header is clicked; the page re-runs the query page number → {id: (row, the text of each column)}; texts are formatted once per fetch</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="188"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="189"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="190"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="191"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="192"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="193"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="194"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="195"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/distributor_table.py" line="196"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>DistributorTimeline</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="101"/>
        <source>No calls or visits yet.</source>
        <extracomment>Status colours (UI.md): planned blue, done green, missed red, cancelled grey; calls dark grey. (kind, id) of a line the user activated (double-click or Enter)</extracomment>
        <translation>还没有拜访记录。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="104"/>
        <source>The latest %n calls and visits; the Call log page has them all.</source>
        <translation>
            <numerusform>最新 %n 条记录；全部记录见“拜访记录”页面。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="127"/>
        <source>Call · {channel}</source>
        <translation>沟通 · {channel}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_timeline.py" line="132"/>
        <source>Visit · {status}</source>
        <translation>拜访 · {status}</translation>
    </message>
</context>
<context>
    <name>DistributorTransfer</name>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="31"/>
        <source>Import finished.</source>
        <extracomment>a short message for the page footer</extracomment>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="42"/>
        <source>Export distributors</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="43"/>
        <source>distributors.xlsx</source>
        <translation>客户档案.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="44"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="58"/>
        <source>Exporting distributors…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_transfer.py" line="60"/>
        <source>{count} distributors exported to {path}</source>
        <translation>已将 {count} 个客户导出到 {path}</translation>
    </message>
</context>
<context>
    <name>DistributorsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="128"/>
        <source>Saved {path}</source>
        <extracomment>the result of a query is shown (tests wait for it)</extracomment>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="155"/>
        <source>Distributors</source>
        <translation>客户档案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="159"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="159"/>
        <source>New distributor (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="160"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="160"/>
        <source>Edit the selected distributor (Enter)</source>
        <translation>编辑选中的客户 (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="161"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="161"/>
        <source>Print the distributor card (Ctrl+P)</source>
        <translation>打印客户档案卡 (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="164"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="165"/>
        <source>Import distributors from an Excel file, with a preview first</source>
        <translation>从 Excel 文件导入客户，导入前先预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="169"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="170"/>
        <source>Export the distributors you see to an Excel file</source>
        <translation>将当前显示的客户导出到 Excel 文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="180"/>
        <source>There are no distributor files yet — create the first one.</source>
        <translation>还没有客户档案 — 新建第一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="181"/>
        <source>New distributor</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="184"/>
        <source>No distributor matches these filters — clear them to see all.</source>
        <translation>没有符合条件的客户 — 清除筛选以查看全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="185"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="290"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/distributors.py" line="294"/>
        <source>%1 of %Ln distributor(s)</source>
        <translation>
            <numerusform>%1 / 共 %Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="329"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="329"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="331"/>
        <source>Mark the distributor inactive; its history stays and it can be reactivated</source>
        <translation>把客户设为停用；历史记录保留，可以随时重新启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="333"/>
        <source>Make the distributor active again</source>
        <translation>重新启用这个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="387"/>
        <source>Saved.</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="399"/>
        <source>Deactivate distributor</source>
        <translation>停用客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="401"/>
        <source>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</source>
        <translation>停用 {name}（{code}）？它将离开合作中客户列表和新的拜访计划；历史记录保留，可以随时重新启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="413"/>
        <source>{name} was deactivated; choose the status Inactive to find it again.</source>
        <translation>{name} 已停用；筛选状态“已停用”可以再次找到它。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="415"/>
        <source>{name} is active again.</source>
        <translation>{name} 已重新启用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/distributors.py" line="432"/>
        <source>Select a distributor to print its card.</source>
        <translation>请先选择要打印档案卡的客户。</translation>
    </message>
</context>
<context>
    <name>EmptyMonthBanner</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="37"/>
        <source>There is no visit plan for this month yet — generate it from the visit rules.</source>
        <translation>本月还没有拜访计划 — 可按拜访规则生成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="39"/>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="50"/>
        <source>Holidays and make-up working days</source>
        <translation>节假日和调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="60"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="79"/>
        <source>Name, e.g. 国庆节</source>
        <translation>名称，例如 国庆节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="81"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="84"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="88"/>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="91"/>
        <source>A CSV file with the columns date, kind (holiday or workday) and name</source>
        <translation>CSV 文件，包含以下列：date（日期）、kind（类型：holiday 或 workday）和 name（名称）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="103"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="165"/>
        <source>{day} is on the list: {kind}.</source>
        <translation>{day} 已在列表中：{kind}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/holidays.py" line="188"/>
        <source>Removed %n day(s) from the list.</source>
        <translation>
            <numerusform>已从列表中删除 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="193"/>
        <source>Import a holiday list</source>
        <translation>导入节假日列表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="193"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dialogs/holidays.py" line="203"/>
        <source>Imported %n day(s).</source>
        <translation>
            <numerusform>已导入 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="222"/>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="223"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="224"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/holidays.py" line="227"/>
        <source>Row {row}, {column}: {problem}</source>
        <translation>第 {row} 行，{column}：{problem}</translation>
    </message>
</context>
<context>
    <name>ImportDistributorsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="145"/>
        <source>Import distributors</source>
        <extracomment>a file was read and checked (tests wait for it)</extracomment>
        <translation>导入客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="146"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="148"/>
        <source>Choose an Excel file (.xlsx) with one distributor per row</source>
        <translation>选择 Excel 文件（.xlsx），每行一个客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="150"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="151"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="153"/>
        <source>An empty sheet with the columns FieldDesk reads, in Chinese and English</source>
        <translation>空白表格，包含外勤台读取的各列，中英文列名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="155"/>
        <source>Show only rows with problems</source>
        <translation>只显示有问题的行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="156"/>
        <source>Skip invalid rows (import only the valid ones)</source>
        <translation>跳过无效行（只导入有效行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="157"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="158"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="167"/>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</source>
        <translation>已导入：新建 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，跳过无效行 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="175"/>
        <source>Choose a file to see what it will change before anything is written.</source>
        <translation>选择文件后，会先显示将要做的修改，然后才写入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="180"/>
        <source>{rows} row(s): {created} new, {updated} to update, {unchanged} unchanged, {invalid} with problems.</source>
        <translation>共 {rows} 行：新建 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，有问题 {invalid} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="188"/>
        <source>The rows with problems will be skipped.</source>
        <translation>有问题的行将被跳过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="191"/>
        <source>Correct the file and choose it again, or skip the invalid rows.</source>
        <translation>请修改文件后重新选择，或跳过无效行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="196"/>
        <source>Ignored columns: {columns}</source>
        <translation>已忽略的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="221"/>
        <source>Choose a distributor spreadsheet</source>
        <translation>选择客户表格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="222"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>电子表格 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="234"/>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="237"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="257"/>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="291"/>
        <source>Importing distributors…</source>
        <translation>正在导入客户…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="309"/>
        <source>Save the distributor template</source>
        <translation>保存客户导入模板</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="309"/>
        <source>distributors-template.xlsx</source>
        <translation>客户导入模板.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/import_distributors.py" line="310"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>JoinActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="268"/>
        <source>Enrol this laptop again</source>
        <translation>让这台笔记本重新入网</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="270"/>
        <source>Make a new join request for this laptop? Do it when headquarters asks you to, for instance after this laptop was restored from a backup. Your changes stay on this laptop and go to headquarters again once it is enrolled.</source>
        <translation>为这台笔记本重新提交加入申请？请在总部要求时再做，例如这台笔记本从备份恢复之后。你的修改仍保留在本机，重新入网后会再次发往总部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="326"/>
        <source>Save the join request into… (a USB stick)</source>
        <translation>将入网申请保存到…（U 盘）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="330"/>
        <source>The join request&apos;s file was not saved: use Save the request file again…</source>
        <translation>入网申请文件未保存：请用“再次保存申请文件…”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="338"/>
        <source>Saved {file}: give it to headquarters.</source>
        <translation>已保存 {file}：请交给总部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="348"/>
        <source>Enrol with the file from headquarters</source>
        <translation>用总部给的文件入网</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="349"/>
        <source>Enrolment files (*.fdenrol)</source>
        <translation>入网文件 (*.fdenrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="349"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="366"/>
        <source>Enrolling with headquarters…</source>
        <translation>正在入网…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="375"/>
        <source>Withdraw the join request</source>
        <translation>撤回入网申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="377"/>
        <source>Stop waiting for headquarters? This computer stays as it is; you can make a new join request at any time.</source>
        <translation>不再等待总部？这台电脑保持现状；随时可以重新申请入网。</translation>
    </message>
</context>
<context>
    <name>JoinHeadquarters</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="192"/>
        <source>Waiting for headquarters</source>
        <translation>等待总部批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="173"/>
        <source>When headquarters gives you the enrolment file (.fdenrol), enrol with it here. Until then this computer keeps working as it is.</source>
        <translation>总部给您入网文件（.fdenrol）后，在这里用它入网。在此之前，这台电脑照常使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="177"/>
        <source>Enrol with the file from headquarters…</source>
        <translation>用总部给的文件入网…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="178"/>
        <source>Save the request file again…</source>
        <translation>再次保存申请文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="180"/>
        <source>The same request again, for another USB stick (nothing changes)</source>
        <translation>同一份申请再存一份，换个 U 盘用（不改变任何内容）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="182"/>
        <source>Withdraw the request…</source>
        <translation>撤回申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="183"/>
        <source>Stop waiting: this computer stays as it is</source>
        <translation>不再等待：这台电脑保持现状</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="184"/>
        <source>Or drop headquarters&apos; enrolment file on this page.</source>
        <translation>也可以把总部的入网文件拖到本页。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="190"/>
        <source>Waiting for headquarters to enrol this laptop again</source>
        <translation>等待总部让这台笔记本重新入网</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="204"/>
        <source>Join request for {person} on {machine}, made on {date}. Give this file to headquarters and compare this fingerprint with the one they read to you:</source>
        <translation>{person} 在 {machine} 上的入网申请，{date} 提交。请把文件交给总部，并与总部念给您的指纹核对：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="216"/>
        <source>Enrolled: this laptop belongs to {who}, {scope}. Write your bundle for headquarters whenever you have changes.</source>
        <translation>已入网：这台笔记本属于 {who}，{scope}。有改动时，随时为总部生成同步文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="222"/>
        <source>everything</source>
        <translation>全部</translation>
    </message>
</context>
<context>
    <name>JoinOffer</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="97"/>
        <source>Is this computer a laptop in the field?</source>
        <translation>这台电脑是外勤笔记本吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="100"/>
        <source>It is not connected to headquarters yet. A laptop joins headquarters: save a join request here, and enrol with the file headquarters gives back. At headquarters, laptops join this computer in the Sync centre below.</source>
        <translation>它还没有连接总部。笔记本这样加入总部：在这里保存入网申请，再用总部返回的文件入网。如果这是总部电脑，笔记本在下方的同步中心加入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_join.py" line="105"/>
        <source>Join headquarters as a laptop…</source>
        <translation>作为笔记本加入总部…</translation>
    </message>
</context>
<context>
    <name>JoinRequestDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="56"/>
        <source>Join headquarters</source>
        <translation>加入总部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="59"/>
        <source>1. Save a join request file and give it to headquarters (a USB stick, an e-mail).
2. Headquarters approves it and gives you an enrolment file (.fdenrol).
3. Enrol with that file on the Sync page: this laptop receives its part of the data and syncs with headquarters from then on.</source>
        <translation>1. 保存入网申请文件并交给总部（U 盘或邮件）。
2. 总部批准后给您一个入网文件（.fdenrol）。
3. 在同步页用该文件入网：这台笔记本收到属于自己的数据，此后与总部同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="82"/>
        <source>Name or person code</source>
        <translation>姓名或人员编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="86"/>
        <source>Whose laptop this is: choose the person, or type the code headquarters gave.</source>
        <translation>这台笔记本的使用人：选择人员，或输入总部给的编号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="88"/>
        <source>Type the person code headquarters gave you (for example P0010).</source>
        <translation>输入总部给您的人员编号（例如 P0010）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="97"/>
        <source>Headquarters sees this name beside the person, to tell laptops apart.</source>
        <translation>总部会在人员旁看到这个名称，用来区分笔记本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="102"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="105"/>
        <source>Computer name:</source>
        <translation>电脑名称：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="111"/>
        <source>Save join request…</source>
        <translation>保存入网申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_join.py" line="115"/>
        <source>Make the join request and save its file into a folder</source>
        <translation>生成入网申请并保存到文件夹</translation>
    </message>
</context>
<context>
    <name>JoinRequestTableModel</name>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="50"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="51"/>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="52"/>
        <source>Key fingerprint</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_requests.py" line="53"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
</context>
<context>
    <name>LaptopSync</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="112"/>
        <source>My changes written so far:</source>
        <translation>我已写出的更改：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="113"/>
        <source>Acknowledged by headquarters:</source>
        <translation>总部已确认：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="114"/>
        <source>Waiting:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="115"/>
        <source>From headquarters:</source>
        <translation>来自总部：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="116"/>
        <source>Missing from headquarters:</source>
        <translation>缺失的总部更改：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="117"/>
        <source>Last bundle written:</source>
        <translation>最近写出：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="118"/>
        <source>Last bundle imported:</source>
        <translation>最近导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="119"/>
        <source>This laptop:</source>
        <translation>本笔记本：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="122"/>
        <source>Write my bundle for headquarters…</source>
        <translation>为总部写出我的同步文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="124"/>
        <source>Write every change headquarters has not acknowledged into a folder you choose</source>
        <translation>把总部尚未确认的所有更改写入您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="126"/>
        <source>Import headquarters&apos; bundle…</source>
        <translation>导入总部的同步文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="127"/>
        <source>Or drop headquarters&apos; file on this page.</source>
        <translation>也可以把总部的文件拖放到此页面。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="128"/>
        <source>Enrol this laptop again…</source>
        <translation>重新入网…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="130"/>
        <source>When headquarters asks for it: after this laptop was restored from a backup</source>
        <translation>在总部要求时使用：例如这台笔记本从备份恢复之后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="138"/>
        <source>Not enrolled with headquarters</source>
        <translation>尚未在总部入网</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="148"/>
        <source>%n change(s) not yet at headquarters</source>
        <translation>
            <numerusform>%n 条更改尚未到达总部</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="152"/>
        <source>Write your bundle to a USB stick (or attach it to an e-mail) and take it to headquarters. A lost file does no harm: the next one holds everything headquarters has not acknowledged.</source>
        <translation>把同步文件写到 U 盘（或作为邮件附件）交给总部。文件丢失也无妨：下一个文件会包含总部尚未确认的全部内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="158"/>
        <source>Headquarters has all your changes</source>
        <translation>总部已收到您的全部更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="160"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有待发送的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="161"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="162"/>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="164"/>
        <source>up to no. {n}</source>
        <translation>到第 {n} 条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="166"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条更改</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="168"/>
        <source>changes up to no. {n} imported</source>
        <translation>已导入到第 {n} 条更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="172"/>
        <source>import the earlier file from headquarters</source>
        <translation>请导入总部较早的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="173"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_laptop.py" line="180"/>
        <source>{who} · key fingerprint {fingerprint}</source>
        <translation>{who} · 密钥指纹 {fingerprint}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="203"/>
        <source>&amp;File</source>
        <extracomment>The pages, in sidebar order. Targets a page may ask to open (its ``navigate`` signal) → the page that shows them.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="205"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="209"/>
        <source>&amp;Find in page</source>
        <translation>页内查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="210"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>&amp;About FieldDesk</source>
        <translation>关于外勤台(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="350"/>
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n 台笔记本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="328"/>
        <source>About FieldDesk</source>
        <translation>关于外勤台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="330"/>
        <source>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
        <translation>&lt;b&gt;外勤台 (FieldDesk)&lt;/b&gt;&lt;p&gt;面向实地销售队伍的离线工具：拜访、客户档案、指标和计划。&lt;/p&gt;&lt;p&gt;数据库：{db}&lt;br&gt;日志：{log}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="356"/>
        <source>Synced {when}</source>
        <translation>已同步 {when}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 条更改待确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/main_window.py" line="360"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>Whole organisation</source>
        <translation>整个组织</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="373"/>
        <source>FieldDesk</source>
        <translation>外勤台</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_calendar.py" line="167"/>
        <source>Wk</source>
        <extracomment>One sheet for the calendar&apos;s frame and headers (set once: cheap to rebuild the days).</extracomment>
        <translation>周</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="111"/>
        <source>FieldDesk</source>
        <extracomment>(Changes, source) after a successful operation that changed something running jobs, kept alive here so they are released on the UI thread</extracomment>
        <translation>外勤台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tasks.py" line="175"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="192"/>
        <source>Organisation</source>
        <translation>组织架构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="212"/>
        <source>Filter by name, code or pinyin initials (Ctrl+F)</source>
        <translation>按姓名、编码或拼音首字母筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="213"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="214"/>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="215"/>
        <source>Collapse to markets</source>
        <translation>折叠到市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="217"/>
        <source>Nobody in the organisation yet</source>
        <translation>组织中还没有人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="219"/>
        <source>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</source>
        <translation>组织架构会随总部的第一个同步文件到来。想先看看，可以在这个数据库中创建 M 品牌演示组织。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="222"/>
        <source>Create the demo organisation</source>
        <translation>创建演示组织</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/organisation.py" line="250"/>
        <location filename="../../desktop/ui/pages/organisation.py" line="353"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="256"/>
        <source>Choose a person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="256"/>
        <source>Select someone in the tree to see their details.</source>
        <translation>在左侧树中选择一个人，查看详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/organisation.py" line="273"/>
        <source>No longer active</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="102"/>
        <source>Code</source>
        <extracomment>a person id, when the user asks to go to someone (manager link, subordinate)</extracomment>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="103"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="104"/>
        <source>Level</source>
        <translation>职级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="105"/>
        <source>Body</source>
        <translation>所属机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="106"/>
        <source>Manager</source>
        <translation>直接上级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="107"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="108"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="109"/>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="110"/>
        <source>Probation</source>
        <translation>试用期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="111"/>
        <source>Last promotion</source>
        <translation>最近晋升</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="112"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="113"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="117"/>
        <source>Nobody reports to this person.</source>
        <translation>没有下属。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="133"/>
        <source>No longer active</source>
        <translation>已离职</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="150"/>
        <source>In probation until {date}</source>
        <translation>试用期至 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="154"/>
        <source>Confirmed</source>
        <translation>已转正</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/person_detail.py" line="165"/>
        <source>Double-click to select {name} in the tree</source>
        <translation>双击在树中选中 {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/person_detail.py" line="169"/>
        <source>Direct reports (%n)</source>
        <translation>
            <numerusform>直接下属（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="37"/>
        <source>Preparing the visit plan…</source>
        <translation>正在生成拜访计划…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="49"/>
        <source>Save the visit plan</source>
        <translation>保存拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="50"/>
        <source>Plan saved</source>
        <translation>计划已保存</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_print.py" line="51"/>
        <source>The visit plan was saved as {path}. Open it now?</source>
        <translation>拜访计划已保存为 {path}。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="110"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="111"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="112"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="113"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="114"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="115"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="116"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="117"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="122"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="123"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="124"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="125"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="201"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="202"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="203"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/import_preview.py" line="217"/>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="56"/>
        <source>Reschedule visit</source>
        <extracomment>Dates in the forms: the same unambiguous 2026-12-09 in every language.</extracomment>
        <translation>改期拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="58"/>
        <source>{target} — now on {day}</source>
        <translation>{target} — 当前日期 {day}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="72"/>
        <source>HH:MM (optional)</source>
        <translation>HH:MM（可选）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="79"/>
        <source>&amp;Day</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="80"/>
        <source>&amp;Time</source>
        <translation>时间(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/visit_reschedule.py" line="85"/>
        <source>Move</source>
        <translation>改期</translation>
    </message>
</context>
<context>
    <name>RevokeDeviceDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="31"/>
        <source>Revoke laptop</source>
        <extracomment>The service keeps at most this many characters of a reason.</extracomment>
        <translation>吊销笔记本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="34"/>
        <source>Revoke {device}? Files from this laptop will be refused from now on, with the reason below, and no more files are written for it. What it sent before stays. To use the laptop again, it makes a new join request.</source>
        <translation>吊销 {device}？从现在起将以下面的原因拒绝这台笔记本的文件，也不再为它写文件。它以前发来的内容保留。如需再次使用，这台笔记本须重新发起加入申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="44"/>
        <source>For example: laptop lost on 3 March</source>
        <translation>例如：笔记本于 3 月 3 日丢失</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/sync_revoke.py" line="47"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="56"/>
        <source>Settings</source>
        <extracomment>Language names are shown in their own language, so anyone can find theirs. a short text for the status bar after saving</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="63"/>
        <source>The window switches language at once.</source>
        <translation>界面语言立即切换。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="68"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="70"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="79"/>
        <source>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</source>
        <translation>下次启动外勤台时生效。数据库不会被移动：外勤台会在新文件夹中打开（或创建）fielddesk.db。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="92"/>
        <source>Nobody — headquarters view</source>
        <translation>无人 — 总部视图</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="101"/>
        <source>The laptop shows this person&apos;s part of the organisation and their distributors. Headquarters sees everything.</source>
        <translation>这台电脑只显示此人负责的组织部分和客户。总部可以看到全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="112"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="115"/>
        <location filename="../../desktop/ui/dialogs/settings.py" line="146"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="118"/>
        <source>This laptop belongs to</source>
        <translation>这台电脑属于</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="126"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="162"/>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择一个人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="192"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/settings.py" line="194"/>
        <source>The new data folder is used from the next start.</source>
        <translation>新的数据文件夹将在下次启动时使用。</translation>
    </message>
</context>
<context>
    <name>ShortfallNotice</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="65"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="71"/>
        <source>%n visit(s) generated</source>
        <translation>
            <numerusform>已生成 %n 个拜访</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="75"/>
        <source>{generated}; {count} could not be placed</source>
        <translation>{generated}；{count} 个无法安排</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="78"/>
        <source>%n visit(s) could not be placed without breaking a rule:</source>
        <translation>
            <numerusform>%n 个拜访在不违反规则的情况下无法安排：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_notice.py" line="82"/>
        <source>{name}: {placed} of {wanted} — {reason}</source>
        <translation>{name}：已安排 {placed} / {wanted} — {reason}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/ui/widgets/sidebar.py" line="30"/>
        <location filename="../../desktop/ui/widgets/sidebar.py" line="106"/>
        <source>FieldDesk</source>
        <translation>外勤台</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../desktop/ui/widgets/start_window.py" line="33"/>
        <source>FieldDesk</source>
        <translation>外勤台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/start_window.py" line="38"/>
        <source>Opening {database}…</source>
        <translation>正在打开 {database}…</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="84"/>
        <source>FieldDesk sync files (*.fdsync)</source>
        <extracomment>Tables whose rows an applied bundle may have changed, besides the synced ones. files imported in this session, as they were (the inbox skips them unless changed)</extracomment>
        <translation>外勤台同步文件 (*.fdsync)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="86"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="206"/>
        <source>Join requests (*.fdjoin)</source>
        <translation>加入申请 (*.fdjoin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="87"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="206"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="260"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="294"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="121"/>
        <source>Nothing new in {folder}.</source>
        <translation>{folder} 中没有新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="130"/>
        <source>Importing sync files…</source>
        <translation>正在导入同步文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="138"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="155"/>
        <source>Stopped: %n file(s) were not imported.</source>
        <translation>
            <numerusform>已停止：%n 个文件未导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="169"/>
        <source>Write the bundle for {who} into…</source>
        <translation>将给 {who} 的同步文件写入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="174"/>
        <source>Writing the bundle for {who}…</source>
        <translation>正在写给 {who} 的同步文件…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="185"/>
        <source>Wrote {file}: %n change(s) for {who}.</source>
        <translation>
            <numerusform>已写出 {file}：给 {who} 的 %n 条更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="194"/>
        <source>Cancelled: no file was written.</source>
        <translation>已取消：未写出任何文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="205"/>
        <source>Open join request</source>
        <translation>打开加入申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="258"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="293"/>
        <source>Save the enrolment file</source>
        <translation>保存入网文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="260"/>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="294"/>
        <source>Enrolment files (*.fdenrol)</source>
        <translation>入网文件 (*.fdenrol)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="273"/>
        <source>Approving {who}…</source>
        <translation>正在批准 {who}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="300"/>
        <source>{who} is approved, but the enrolment file was not saved.</source>
        <translation>{who} 已获批准，但入网文件未保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="283"/>
        <source>{who} is approved. Saved {file}: give it to that laptop.</source>
        <translation>{who} 已获批准。已保存 {file}：请交给那台笔记本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="316"/>
        <source>Refuse join request</source>
        <translation>拒绝加入申请</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="317"/>
        <source>Refuse the join request of {who}? The laptop can make a new one.</source>
        <translation>拒绝 {who} 的加入申请？该笔记本可以重新申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="347"/>
        <source>{who} is revoked; its files will be refused.</source>
        <translation>{who} 已被吊销；其文件将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="363"/>
        <source>Resolved. The value chosen reaches the other side with the next bundle.</source>
        <translation>已解决。所选的值会随下一个同步文件到达另一方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_actions.py" line="375"/>
        <source>Choose the inbox folder</source>
        <translation>选择收件文件夹</translation>
    </message>
</context>
<context>
    <name>SyncCentre</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="214"/>
        <source>Inbox:</source>
        <translation>收件文件夹：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="215"/>
        <source>Import new files</source>
        <translation>导入新文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="217"/>
        <source>Import every sync file in the inbox folder that was not imported yet</source>
        <translation>导入收件文件夹中所有尚未导入的同步文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="219"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="220"/>
        <source>Choose the folder where laptops&apos; files arrive</source>
        <translation>选择存放笔记本来件的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="221"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="222"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="223"/>
        <source>Write bundle…</source>
        <translation>写出同步文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="225"/>
        <source>Write the next file for the selected laptop into a folder you choose</source>
        <translation>把给所选笔记本的下一个文件写入您选择的文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="227"/>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="228"/>
        <source>Refuse the selected laptop&apos;s files from now on</source>
        <translation>从现在起拒绝所选笔记本的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="230"/>
        <source>No laptop has joined yet</source>
        <translation>还没有笔记本加入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="232"/>
        <source>On the laptop, open Sync and choose Join headquarters as a laptop, then bring the request file here; approving it makes the laptop&apos;s enrolment file.</source>
        <translation>在笔记本上打开“同步”，选择“作为笔记本加入总部”，再把申请文件带到这里；批准后即生成该笔记本的入网文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="235"/>
        <source>Open join request…</source>
        <translation>打开加入申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="241"/>
        <source>No folder chosen yet</source>
        <translation>尚未选择文件夹</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="243"/>
        <source>%n new file(s)</source>
        <translation>
            <numerusform>%n 个新文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="245"/>
        <source>Join requests waiting (%n)</source>
        <translation>
            <numerusform>待处理的加入申请（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="247"/>
        <source>Laptops (%n)</source>
        <translation>
            <numerusform>笔记本（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_hq.py" line="249"/>
        <source>Headquarters&apos; key fingerprint: {fingerprint}</source>
        <translation>总部密钥指纹：{fingerprint}</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="46"/>
        <source>Changed on both sides</source>
        <extracomment>Longest text shown in a cell (the detail panel shows the whole value).</extracomment>
        <translation>双方都修改过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="47"/>
        <source>Only headquarters may change this</source>
        <translation>只有总部可以修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="50"/>
        <source>Outside that laptop&apos;s part of the organisation</source>
        <translation>超出该笔记本的组织范围</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models/sync_conflicts.py" line="53"/>
        <source>Already used by another record</source>
        <translation>已被另一条记录使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="212"/>
        <source>{why}; found {when}</source>
        <extracomment>Heights of a value box: room for three lines at least, scrolling past six.</extracomment>
        <translation>{why}；发现于 {when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="216"/>
        <source>Won: changed by {who}, {when}</source>
        <translation>胜出：{who} 修改，{when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="220"/>
        <source>Changed again since.</source>
        <translation>此后又有修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="223"/>
        <source>Set aside: changed by {who}, {when}</source>
        <translation>被搁置：{who} 修改，{when}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="233"/>
        <source>Or another value (edit it before saving):</source>
        <translation>或使用另一个值（保存前可编辑）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="238"/>
        <source>Save this value</source>
        <translation>保存此值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="245"/>
        <source>Only headquarters can change this field: keep the value here, or ask headquarters to change it.</source>
        <translation>只有总部可以修改此字段：请保留此处的值，或请总部修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="250"/>
        <source>Another record uses the value set aside: keep the value here, or save another one that no other record uses.</source>
        <translation>被搁置的值已被另一条记录使用：请保留此处现值，或保存一个其他记录都没有使用的值。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="255"/>
        <source>Your choice is saved as an ordinary change and reaches the other side with the next bundle.</source>
        <translation>您的选择会作为普通修改保存，并随下一个同步文件到达另一方。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="266"/>
        <source>Here now</source>
        <translation>此处现值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="267"/>
        <source>Set aside</source>
        <translation>被搁置的值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="268"/>
        <source>Keep this value</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="269"/>
        <source>Keep the value held here now and close the conflict</source>
        <translation>保留此处现有的值并关闭冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="270"/>
        <source>Use this value</source>
        <translation>使用此值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="272"/>
        <source>Write the value that was set aside again; it syncs like any edit</source>
        <translation>重新写入被搁置的值；它会像其他修改一样同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="235"/>
        <source>Or a merged value (edit it before saving):</source>
        <translation>或使用合并后的值（保存前可编辑）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="238"/>
        <source>Save merged value</source>
        <translation>保存合并值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="275"/>
        <source>No conflicts</source>
        <translation>没有冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_conflicts.py" line="277"/>
        <source>Every change merged cleanly. When the same field was changed on two sides, the value that lost is kept here for you to decide.</source>
        <translation>所有更改都已顺利合并。同一字段在两边都被修改时，落选的值会保留在这里，由您决定。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="175"/>
        <source>Sync</source>
        <extracomment>Changes that alter what this page shows. a reading of the sync state is shown (tests wait for it)</extracomment>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="197"/>
        <source>Reading the sync state…</source>
        <translation>正在读取同步状态…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="298"/>
        <source>Import sync files</source>
        <translation>导入同步文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="305"/>
        <source>headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="309"/>
        <source>Import headquarters&apos; bundle</source>
        <translation>导入总部的同步文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="338"/>
        <source>Import files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="338"/>
        <source>Write my bundle…</source>
        <translation>写出我的同步文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="339"/>
        <source>Import sync files from laptops (you can also drop them on this page)</source>
        <translation>导入笔记本发来的同步文件（也可拖放到此页面）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="341"/>
        <source>Write your changes for headquarters into a folder (a USB stick)</source>
        <translation>把您的更改写入文件夹（U 盘）交给总部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="345"/>
        <source>Open join request…</source>
        <translation>打开加入申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="345"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="346"/>
        <source>Open a laptop&apos;s join request file to approve it</source>
        <translation>打开笔记本的加入申请文件以批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="348"/>
        <source>Import headquarters&apos; bundle (you can also drop it on this page)</source>
        <translation>导入总部的同步文件（也可拖放到此页面）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="356"/>
        <source>Enrol…</source>
        <translation>入网…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="357"/>
        <source>Enrol with the enrolment file from headquarters</source>
        <translation>用总部的入网文件入网</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="358"/>
        <source>Save the request again…</source>
        <translation>再次保存申请…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/sync.py" line="360"/>
        <source>Save the join request file again, for another USB stick</source>
        <translation>再保存一份入网申请文件，换个 U 盘用</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/sync.py" line="367"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>冲突（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/sync.py" line="368"/>
        <source>Import results (%n)</source>
        <translation>
            <numerusform>导入结果（%n）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncResults</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="70"/>
        <source>(unnamed file)</source>
        <extracomment>Result colours (always shown with the word): done green, nothing new grey, waiting amber, refused red. Arguments of the service&apos;s messages that hold a device id (shown as a name instead).</extracomment>
        <translation>（未命名文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="79"/>
        <source>{file}: applied — %n change(s) from {who}</source>
        <translation>{file}：已导入 — 来自 {who} 的 %n 条更改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="83"/>
        <source> (numbers {first}–{last})</source>
        <translation>（第 {first}–{last} 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="85"/>
        <source>; %n were already here</source>
        <translation>；其中 %n 条此前已有</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="87"/>
        <source>; %n conflict(s) to look at below</source>
        <translation>；%n 个冲突，请在下方查看</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="91"/>
        <source>; %n file(s) kept waiting went in too</source>
        <translation>；等待中的 %n 个文件也已导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="97"/>
        <source>{file}: already imported — {message}</source>
        <translation>{file}：已导入过 — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="100"/>
        <source>{file}: kept waiting — {message}</source>
        <translation>{file}：暂存等待 — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="101"/>
        <source>{file}: rejected — {message}</source>
        <translation>{file}：已拒绝 — {message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_results.py" line="156"/>
        <source>Nothing imported yet in this session. Drop sync files on this page, or use the import buttons; each file gets one line here.</source>
        <translation>本次还没有导入任何内容。请把同步文件拖放到此页面，或使用导入按钮；每个文件在这里显示一行结果。</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="116"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="127"/>
        <source>Headquarters</source>
        <extracomment>``&lt;sender&gt;_to_&lt;recipient&gt;_&lt;first&gt;-&lt;last&gt;.fdsync`` (SYNC.md &quot;Bundle&quot;). Fields whose value is a person&apos;s id, and fields whose value is a market&apos;s or region&apos;s. A file as it was when imported: path, size, modification time (ns).</extracomment>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="129"/>
        <source>this laptop</source>
        <translation>本笔记本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="134"/>
        <source>Headquarters or another laptop</source>
        <translation>总部或其他笔记本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="153"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="156"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="158"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_calendar.py" line="209"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>TodayBar</name>
    <message>
        <location filename="../../desktop/ui/widgets/today_bar.py" line="90"/>
        <source>&amp;Whose day:</source>
        <translation>查看人员(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/today_bar.py" line="91"/>
        <source>Headquarters and managers can look at anyone&apos;s day</source>
        <translation>总部和经理可以查看任何人的当日工作</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="121"/>
        <source>Today</source>
        <extracomment>Status colours (UI.md), always next to the status word. (page id, item id): open what a row names — visits, tasks, visits_person, distributors a summary was shown (tests wait for it)</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="131"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="132"/>
        <source>Read today&apos;s work again (F5)</source>
        <translation>重新读取今日工作 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="135"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="135"/>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Visit to</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="136"/>
        <location filename="../../desktop/ui/pages/today.py" line="140"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="136"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="139"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Tick when done</source>
        <translation>完成后勾选</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="143"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="144"/>
        <location filename="../../desktop/ui/pages/today.py" line="152"/>
        <source>Distributor</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="144"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="147"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="147"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="148"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="148"/>
        <source>Due by now</source>
        <translation>截至今日应完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="149"/>
        <source>Still to do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="149"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="152"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="153"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="153"/>
        <source>Last call</source>
        <translation>最近拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="154"/>
        <source>Days since</source>
        <translation>间隔天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="154"/>
        <source>Call every</source>
        <translation>拜访周期</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="155"/>
        <source>Overdue by</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="242"/>
        <source>There is nobody in the field force yet: add people on the Organisation page.</source>
        <translation>实地销售队伍中还没有人员：请在“组织架构”页面添加人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="259"/>
        <source>Today&apos;s visits</source>
        <translation>今日拜访</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="262"/>
        <source>Team: %n visit(s) today</source>
        <translation>
            <numerusform>团队：今日 %n 个拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="263"/>
        <source>%n done</source>
        <translation>
            <numerusform>已完成 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="267"/>
        <source>any time</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="272"/>
        <source>No visits today. Plan them on the Visits page.</source>
        <translation>今日没有拜访。请在“拜访计划”页面安排。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="275"/>
        <source>Missed visits</source>
        <translation>未完成的拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="277"/>
        <source>This month and last, yours and your team&apos;s</source>
        <translation>本月和上月，您和您的团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="278"/>
        <source>This month and last</source>
        <translation>本月和上月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="282"/>
        <source>Missed: reschedule it or mark what happened on the Visits page</source>
        <translation>未拜访：请在“拜访计划”页面改期或标记实际情况</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="285"/>
        <source>newest %n shown</source>
        <translation>
            <numerusform>显示最新 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="286"/>
        <source>No missed visits this month or last.</source>
        <translation>本月和上月没有未完成的拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="290"/>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="294"/>
        <location filename="../../desktop/ui/pages/today.py" line="389"/>
        <source>Follow-up tasks due</source>
        <translation>到期的跟进任务</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="295"/>
        <source>Tick one when it is done</source>
        <translation>完成后勾选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="302"/>
        <source>oldest %n shown</source>
        <translation>
            <numerusform>显示最早的 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="305"/>
        <source>No follow-up tasks due. A call&apos;s next step shows here on its due date.</source>
        <translation>没有到期的跟进任务。拜访记录中的下一步会在截止日期显示在这里。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="310"/>
        <source>Follow-ups behind</source>
        <translation>跟进滞后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="311"/>
        <source>Direct reports, this month</source>
        <translation>直接下属，本月</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="314"/>
        <source>All %n direct report(s) are on track with follow-ups this month.</source>
        <translation>
            <numerusform>%n 名直接下属本月的跟进均按计划进行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="317"/>
        <source>{name} has no direct reports, so no follow-ups are due.</source>
        <translation>{name} 没有直接下属，因此没有需要跟进的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="321"/>
        <source>No one to follow up yet.</source>
        <translation>暂时没有需要跟进的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="326"/>
        <source>Hired {hired}. Follow-ups this month: {quota}; by today {expected} should be done, {done} are. Click to open their visit plan.</source>
        <translation>入职日期：{hired}。本月跟进次数：{quota}；截至今日应完成 {expected} 次，已完成 {done} 次。点击打开其拜访计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="338"/>
        <source>Distributors without a call</source>
        <translation>长期未拜访的客户</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="343"/>
        <source>Longer than their grade allows: {periods}</source>
        <translation>超过客户等级允许的间隔：{periods}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/pages/today.py" line="347"/>
        <source>%n most overdue shown</source>
        <translation>
            <numerusform>显示逾期最久的 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="349"/>
        <source>Every distributor had a call within its cadence period.</source>
        <translation>所有客户都在拜访周期内拜访过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="351"/>
        <source>No distributors with a call cadence in this area.</source>
        <translation>此范围内没有设定拜访周期的客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="360"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/today.py" line="375"/>
        <source>Task done.</source>
        <translation>任务已完成。</translation>
    </message>
</context>
<context>
    <name>TopicBoxes</name>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="111"/>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="112"/>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="113"/>
        <source>Pro&amp;motion</source>
        <translation>促销(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="114"/>
        <source>Pa&amp;yment</source>
        <translation>回款(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="115"/>
        <source>&amp;Complaint</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="116"/>
        <source>Dis&amp;play</source>
        <translation>陈列(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="117"/>
        <source>&amp;New product</source>
        <translation>新品(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/call_fields.py" line="118"/>
        <source>Othe&amp;r</source>
        <translation>其他(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="74"/>
        <source>&amp;Reschedule…</source>
        <extracomment>the dialog open now (reschedule, cancel or the call form), for tests and for focus</extracomment>
        <translation>改期(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="75"/>
        <source>Mark &amp;done…</source>
        <translation>标记为已完成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="76"/>
        <source>Mark &amp;missed</source>
        <translation>标记为未拜访(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="77"/>
        <source>&amp;Cancel visit…</source>
        <translation>取消拜访(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="78"/>
        <source>&amp;Plan again</source>
        <translation>重新计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="132"/>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="150"/>
        <source>Moved {target} to {day}.</source>
        <translation>已将 {target} 的拜访改到 {day}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="173"/>
        <source>Cancelled the visit to {target}.</source>
        <translation>已取消对 {target} 的拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="197"/>
        <source>Marked the visit to {target} missed.</source>
        <translation>已将对 {target} 的拜访标记为未拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="200"/>
        <source>The visit to {target} is planned again.</source>
        <translation>已重新计划对 {target} 的拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="208"/>
        <source>Marked the visit to {target} done.</source>
        <translation>已将对 {target} 的拜访标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_actions.py" line="236"/>
        <source>Added a visit to {target} on {day}.</source>
        <translation>已添加 {day} 对 {target} 的拜访。</translation>
    </message>
</context>
<context>
    <name>VisitToolbar</name>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="94"/>
        <source>&amp;Plan of</source>
        <translation>计划所属人员(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="95"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="96"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="97"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="99"/>
        <source>The direct subordinates&apos; plans side by side, one week</source>
        <translation>并排显示直接下属一周的计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="101"/>
        <source>Previous (Page Up)</source>
        <translation>上一页 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="102"/>
        <source>Next (Page Down)</source>
        <translation>下一页 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="103"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="159"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="162"/>
        <source>Week {week}: {start} – {end}, {year}</source>
        <translation>{year}年第 {week} 周：{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/visit_toolbar.py" line="166"/>
        <source>{period} · the team of {name}</source>
        <translation>{period} · {name} 的团队</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="78"/>
        <source>Saved {path}</source>
        <extracomment>a background read was shown (tests wait for it)</extracomment>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="148"/>
        <source>Visits</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="173"/>
        <source>Generate plan</source>
        <translation>生成计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="175"/>
        <source>Fill the plan of this month from the visit rules (Ctrl+G)</source>
        <translation>按拜访规则生成本月计划 (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="177"/>
        <source>New visit</source>
        <translation>新建拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="178"/>
        <source>Plan a visit by hand (Ctrl+N)</source>
        <translation>手动安排拜访 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="179"/>
        <source>Holidays…</source>
        <translation>节假日…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="180"/>
        <source>Holidays and make-up working days</source>
        <translation>节假日和调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="182"/>
        <source>Nobody to plan visits for yet</source>
        <translation>还没有可安排拜访的人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="184"/>
        <source>Visit plans are made for the people of the organisation, which arrives from headquarters with the first sync file.</source>
        <translation>拜访计划是为组织中的人员制定的，组织架构会随总部的第一个同步文件到来。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pages/visits.py" line="369"/>
        <source>Generating the visit plan…</source>
        <translation>正在生成拜访计划…</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <location filename="../../desktop/ui/application.py" line="198"/>
        <source>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</source>
        <extracomment>10 pt is 13.3 px at the usual 96 dpi; points keep other code&apos;s size arithmetic working. A database file, or the address of a database server (an HQ on PostgreSQL). the file was created now (or replaced a damaged one): it needs the demo organisation built already (off the UI thread, at start-up)</extracomment>
        <translation>外勤台可以把损坏的文件改名保留（不会删除任何内容），并用新的演示数据库代替它。现在这样做吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="267"/>
        <source>The damaged database was kept as {path}.</source>
        <translation>损坏的数据库已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/application.py" line="369"/>
        <source>Welcome to FieldDesk: this is the demo M-brand organisation.</source>
        <translation>欢迎使用外勤台：这是 M 品牌的演示组织。</translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../desktop/labels.py" line="264"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="265"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="266"/>
        <source>Distributor</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="267"/>
        <source>Follow-up of</source>
        <translation>跟进对象</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="268"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="269"/>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../desktop/cli.py" line="403"/>
        <source>Ignored columns: {columns}</source>
        <translation>已忽略的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="408"/>
        <source>Dry run, nothing written: {created} to create, {updated} to update, {unchanged} unchanged, {invalid} with problems.</source>
        <translation>试运行，未写入任何内容：将新建 {created} 个，将更新 {updated} 个，无变化 {unchanged} 个，有问题 {invalid} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="421"/>
        <source>Imported: {created} created, {updated} updated, {unchanged} unchanged, {skipped} invalid row(s) skipped.</source>
        <translation>已导入：新建 {created} 个，更新 {updated} 个，无变化 {unchanged} 个，跳过无效行 {skipped} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="435"/>
        <source>Wrote {count} row(s) to {path}</source>
        <translation>已将 {count} 行写入 {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="478"/>
        <source>Wrote {count} visit(s) to {path}</source>
        <translation>已将 {count} 个拜访写入 {path}</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../desktop/ui/widgets/demo_setup.py" line="33"/>
        <location filename="../../desktop/ui/widgets/demo_setup.py" line="45"/>
        <source>Creating the demo organisation…</source>
        <translation>正在创建演示组织…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/cli.py" line="163"/>
        <location filename="../../desktop/services/spreadsheet_export.py" line="46"/>
        <source>Cannot write {path}: {reason}</source>
        <extracomment>Excel&apos;s last row, minus the two header rows</extracomment>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli.py" line="459"/>
        <source>The period starts on {start}, after its end {end}.</source>
        <translation>时间段的开始日期 {start} 晚于结束日期 {end}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="56"/>
        <location filename="../../desktop/services/distributors.py" line="22"/>
        <source>This field is required.</source>
        <translation>此项为必填。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="57"/>
        <source>Choose a distributor from the list.</source>
        <translation>请从列表中选择客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="58"/>
        <source>Choose the channel: visit, phone, WeChat or other.</source>
        <translation>请选择沟通方式：拜访、电话、微信或其他。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="61"/>
        <source>Choose topics from the list.</source>
        <translation>请从列表中选择沟通内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="62"/>
        <source>Enter an amount of more than 0 yuan, or leave it empty.</source>
        <translation>请输入大于 0 元的金额，或留空。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="65"/>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="66"/>
        <source>A call cannot be dated after today.</source>
        <translation>拜访记录的日期不能晚于今日。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="67"/>
        <source>Give the next step a due date.</source>
        <translation>请为下一步填写截止日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="68"/>
        <source>The due date cannot be in the past.</source>
        <translation>截止日期不能早于今日。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="69"/>
        <source>Describe the next step for this due date.</source>
        <translation>请填写此截止日期对应的下一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="70"/>
        <source>Keep it to one line of at most 200 characters.</source>
        <translation>请写成一行，最多 200 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="72"/>
        <source>Choose who made the call: an active person of your team.</source>
        <translation>请选择拜访人：您团队中的在职人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="73"/>
        <source>The visit no longer exists.</source>
        <translation>该拜访已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="74"/>
        <source>This visit was already done or cancelled; log the call without it.</source>
        <translation>该拜访已完成或已取消；请不关联该拜访直接记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="77"/>
        <source>This visit is to another distributor.</source>
        <translation>该拜访的对象是另一个客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="78"/>
        <source>There is no call {id}.</source>
        <translation>没有拜访记录 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/tasks.py" line="37"/>
        <source>There is no follow-up task {id}.</source>
        <translation>没有跟进任务 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/calls.py" line="79"/>
        <source>A call can be corrected only on the day it was logged, on the laptop that logged it.</source>
        <translation>拜访记录只能在记录当天、在记录它的电脑上更正。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="23"/>
        <source>Use up to 20 letters, digits, &apos;-&apos; or &apos;_&apos; for the code.</source>
        <translation>编码最多 20 个字符，只能用字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="26"/>
        <source>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</source>
        <translation>电话号码格式不对：手机请填 11 位数字，固定电话如 010-12345678。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="29"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="30"/>
        <source>Choose a grade: A, B, C or prospect.</source>
        <translation>请选择客户等级：A、B、C 或潜在客户。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="31"/>
        <source>Choose a credit rating: A, B, C or D.</source>
        <translation>请选择信用等级：A、B、C 或 D。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="32"/>
        <source>Choose active or inactive.</source>
        <translation>请选择合作中或已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="33"/>
        <source>The number is out of range.</source>
        <translation>数字超出允许范围。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="35"/>
        <source>Distributor code {code} already exists.</source>
        <translation>客户编码 {code} 已存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="36"/>
        <source>There is no distributor {code}.</source>
        <translation>没有客户 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="37"/>
        <source>The region does not belong to the market.</source>
        <translation>该区域不属于所选市场。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="38"/>
        <source>The owner is not an active person of your team.</source>
        <translation>负责人不是您团队中在职的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="39"/>
        <source>This distributor would be outside your area; choose your market, region or team.</source>
        <translation>这个客户将不在您的负责范围内；请选择您的市场、区域或团队成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/distributors.py" line="42"/>
        <source>Someone else changed this distributor meanwhile; reopen it and edit again.</source>
        <translation>在此期间有人修改了这个客户；请重新打开后再编辑。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="16"/>
        <location filename="../../desktop/services/today.py" line="64"/>
        <location filename="../../desktop/services/visits.py" line="27"/>
        <source>There is no person with code {code}.</source>
        <extracomment>Tables whose changes can change the summary.</extracomment>
        <translation>没有编码为 {code} 的人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="17"/>
        <source>{name} is no longer active and cannot own this laptop.</source>
        <translation>{name} 已离职，不能作为这台电脑的使用人。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="55"/>
        <source>The file {path} is not a FieldDesk database or is damaged ({detail}).</source>
        <extracomment>The newest schema this FieldDesk knows (a test checks it is Alembic&apos;s head), so a database that is up to date opens without loading Alembic (a third of start-up). Above this size the page-by-page check at open costs seconds; damage found later while reading is reported the same way (``translate_operational``: &quot;malformed&quot;).</extracomment>
        <translation>文件 {path} 不是外勤台数据库，或者已经损坏（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="58"/>
        <source>The database {path} is in use by another program. Close the other FieldDesk window and try again.</source>
        <translation>数据库 {path} 正被另一个程序使用。请关闭另一个外勤台窗口后重试。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="62"/>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation>数据库 {path} 无法写入（文件或文件夹是只读的）。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="65"/>
        <source>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</source>
        <translation>数据库 {path} 由更新版本的外勤台创建（结构版本 {revision}）。请升级外勤台后再打开。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="69"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘已满：没有保存任何内容。请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../db/engine.py" line="72"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="43"/>
        <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
        <translation>请输入以元为单位、最多两位小数的金额，例如 12345.67。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="22"/>
        <source>FieldDesk may not write {path}. Choose another folder and try again.</source>
        <translation>外勤台没有权限写入 {path}。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="25"/>
        <source>The disk is full: {path} was not saved. Free some space and try again.</source>
        <translation>磁盘已满：{path} 没有保存。请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="28"/>
        <source>The folder of {path} does not exist. Choose another folder and try again.</source>
        <translation>{path} 所在的文件夹不存在。请选择其他文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/widgets/distributor_print.py" line="31"/>
        <source>{path} could not be saved ({detail}).</source>
        <translation>{path} 无法保存（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/printing.py" line="27"/>
        <source>{month} has weeks 1 to {weeks}; there is no week {week}.</source>
        <translation>{month}只有第 1 至 {weeks} 周，没有第 {week} 周。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_export.py" line="47"/>
        <source>{count} rows do not fit in one Excel sheet; choose a shorter period.</source>
        <translation>{count} 行超出一个 Excel 工作表的容量；请选择更短的时间段。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="48"/>
        <source>There is no market {value}.</source>
        <extracomment>rows checked between two progress reports</extracomment>
        <translation>没有市场 {value}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="49"/>
        <source>There is no region {value}.</source>
        <translation>没有区域 {value}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="50"/>
        <source>There is no person {value}: write a person code or a full name.</source>
        <translation>没有人员 {value}：请填写人员编码或全名。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="53"/>
        <source>{count} people are called {value}: write the person code instead.</source>
        <translation>有 {count} 人名为 {value}：请改填人员编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="56"/>
        <source>The code {code} is also on row {row}.</source>
        <translation>编码 {code} 在第 {row} 行也出现了。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="57"/>
        <source>{value} is not an amount in yuan (at most two decimals, e.g. 12345.67).</source>
        <translation>{value} 不是以元为单位的金额（最多两位小数，例如 12345.67）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="60"/>
        <source>{value} is not a whole number of days.</source>
        <translation>{value} 不是整数天数。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="61"/>
        <source>Distributor {code} is outside your area and cannot be changed from here.</source>
        <translation>客户 {code} 不在您的负责范围内，无法在这里修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_import.py" line="64"/>
        <source>A contact phone needs the contact&apos;s name.</source>
        <translation>填写联系人电话时必须填写联系人姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="34"/>
        <source>There is no file {path}.</source>
        <extracomment>rows read between two progress reports</extracomment>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/cli_sync.py" line="164"/>
        <location filename="../../desktop/services/holidays.py" line="35"/>
        <location filename="../../desktop/services/spreadsheet_read.py" line="35"/>
        <location filename="../../desktop/services/sync.py" line="63"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="36"/>
        <source>{path} is not a spreadsheet FieldDesk can read. Save it as an Excel workbook (.xlsx) and try again.</source>
        <translation>{path} 不是外勤台能读取的表格。请另存为 Excel 工作簿（.xlsx）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="40"/>
        <source>{path} has no distributor rows.</source>
        <translation>{path} 中没有客户数据行。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheet_read.py" line="41"/>
        <source>{path} lacks the required column(s) {columns}. The header row must name the columns, for example 客户编码 / Code, 客户名称 / Name, 市场 / Market.</source>
        <translation>{path} 缺少必需的列：{columns}。标题行必须写明列名，例如 客户编码 / Code、客户名称 / Name、市场 / Market。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="52"/>
        <source>Row {row}, column {column} ({header}): {message}</source>
        <translation>第 {row} 行，第 {column} 列（{header}）：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="53"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/spreadsheets.py" line="54"/>
        <source>{count} row(s) have problems, so nothing was imported. Correct them, or skip the invalid rows.</source>
        <translation>{count} 行有问题，因此没有导入任何内容。请修改这些行，或跳过无效行。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/today.py" line="65"/>
        <location filename="../../desktop/services/visits.py" line="28"/>
        <source>{name} is not in your team.</source>
        <translation>{name} 不在您的团队中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="26"/>
        <source>This visit no longer exists.</source>
        <translation>该拜访已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="29"/>
        <source>{name} is no longer active.</source>
        <translation>{name} 已离职。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="30"/>
        <source>{day} is not a working day (a weekend or a holiday).</source>
        <translation>{day} 不是工作日（周末或节假日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="33"/>
        <source>{day} has passed; choose today or a later day.</source>
        <translation>{day} 已经过去；请选择今日或以后的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="34"/>
        <source>{target} already has a visit on {day}.</source>
        <translation>{target} 在 {day} 已有拜访。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="35"/>
        <source>{day} already has {cap} visits, the most a day allows.</source>
        <translation>{day} 已有 {cap} 个拜访，达到每日上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="36"/>
        <source>Only a planned visit can be moved; this one is done or cancelled.</source>
        <translation>只有已计划的拜访才能改期；该拜访已完成或已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="39"/>
        <source>Say why the visit is cancelled.</source>
        <translation>请说明取消拜访的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="40"/>
        <source>Choose planned, done, missed or cancelled.</source>
        <translation>请选择已计划、已完成、未拜访或已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="41"/>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>时间请按 HH:MM 填写，例如 09:30。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="42"/>
        <source>Choose a distributor or a person of your team to visit.</source>
        <translation>请选择要拜访的客户或团队成员。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/visits.py" line="43"/>
        <source>The visit rule {key} has a value that is not allowed ({value}); ask headquarters.</source>
        <translation>拜访规则 {key} 的值不允许（{value}）；请联系总部。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="30"/>
        <source>{day} is not on the holiday list.</source>
        <translation>{day} 不在节假日列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="31"/>
        <source>The holiday list has {count} problem(s); nothing was imported.</source>
        <translation>节假日列表有 {count} 个问题；没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="34"/>
        <source>The file has no holidays in it.</source>
        <translation>文件中没有节假日。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="37"/>
        <source>Not a date: write it as 2026-10-01.</source>
        <translation>日期格式不对：请按 2026-10-01 填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="38"/>
        <source>Write holiday or workday (节假日 or 调休上班).</source>
        <translation>请填写 holiday 或 workday（节假日 或 调休上班）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="39"/>
        <source>This date is in the list twice.</source>
        <translation>此日期在列表中出现了两次。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="40"/>
        <source>A make-up working day must be a Saturday or a Sunday.</source>
        <translation>调休上班日必须是周六或周日。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="43"/>
        <source>The name is longer than 40 characters.</source>
        <translation>名称超过 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/holidays.py" line="44"/>
        <source>The row needs a date and a kind.</source>
        <translation>此行必须填写日期和类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync.py" line="64"/>
        <source>The changes in this file clash with data in this database ({detail}); nothing was imported. Tell your administrator which file it was.</source>
        <translation>此文件中的更改与本数据库中的数据冲突（{detail}）；未导入任何内容。请告诉管理员是哪个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="54"/>
        <source>Missing changes {first}–{last} from {device}; export again on that device. This file was kept and will be imported when they arrive.</source>
        <translation>缺少来自 {device} 的第 {first}–{last} 条更改；请在该设备上重新导出。此文件已保留，缺少的更改到达后会自动导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="59"/>
        <source>History fork: {device} was restored from a backup (its changes no longer continue those already imported up to {seq}). Nothing was imported; enrol that device again.</source>
        <translation>历史分叉：{device} 已从备份恢复（其更改不再接续已导入到第 {seq} 条的更改）。未导入任何内容；请让该设备重新入网。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="64"/>
        <source>{device} has applied changes up to {acked} from this database, which has only {mine}: this database was restored from a backup. Nothing was imported; enrol it again.</source>
        <translation>{device} 已应用本数据库到第 {acked} 条的更改，而本数据库只有 {mine} 条：本数据库是从备份恢复的。未导入任何内容；请重新入网。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="69"/>
        <source>This file from {device} belongs to an earlier enrolment (epoch {epoch}, now {current}). Nothing was imported; export a new file on that device.</source>
        <translation>来自 {device} 的此文件属于较早的入网（第 {epoch} 期，现为第 {current} 期）。未导入任何内容；请在该设备上导出新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="74"/>
        <source>This file from {device} belongs to an enrolment this database does not know (epoch {epoch}, known {current}). Nothing was imported; import its enrolment first.</source>
        <translation>来自 {device} 的此文件属于本数据库不知道的入网（第 {epoch} 期，已知第 {current} 期）。未导入任何内容；请先导入其入网文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="79"/>
        <source>Changes {first}–{last} from {device} were already imported; nothing changed.</source>
        <translation>来自 {device} 的第 {first}–{last} 条更改已导入过；没有任何变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_apply.py" line="82"/>
        <source>This file from {device} holds nothing that was not imported already.</source>
        <translation>来自 {device} 的此文件中没有尚未导入的内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="43"/>
        <source>There is no open conflict {id}.</source>
        <translation>没有未解决的冲突 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="44"/>
        <source>Only headquarters can change {field}; keep the current value or ask headquarters.</source>
        <translation>只有总部可以修改{field}；请保留当前值或联系总部。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="47"/>
        <source>{value} cannot be stored in {field}.</source>
        <translation>{value} 不能存入{field}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="48"/>
        <source>The row of this conflict no longer exists.</source>
        <translation>此冲突所在的记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_conflicts.py" line="49"/>
        <source>{value} is already used by another record; choose another {field}.</source>
        <translation>{value} 已被另一条记录使用，请另选一个 {field}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="63"/>
        <source>This database is headquarters (it has enrolled laptops); make the join request on the laptop.</source>
        <translation>本数据库是总部数据库（已入网笔记本）；请在笔记本上发起加入申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="67"/>
        <source>Only headquarters approves join requests; this database is a laptop.</source>
        <translation>只有总部可以批准加入申请；本数据库是笔记本。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="70"/>
        <source>There is no active person with code {code}; check the code in the request.</source>
        <translation>没有编码为 {code} 的在职人员；请检查申请中的编码。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="73"/>
        <source>This laptop&apos;s key was revoked ({reason}); make a new join request from a new database.</source>
        <translation>此笔记本的密钥已被吊销（{reason}）；请用新数据库重新发起加入申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="77"/>
        <source>This database made no join request, so the enrolment cannot be for it; make the request here first.</source>
        <translation>本数据库没有发起过加入申请，此入网文件不可能是给它的；请先在这里发起申请。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="81"/>
        <source>This laptop is already enrolled as {device} (epoch {epoch}); this enrolment (epoch {new}) is not newer.</source>
        <translation>此笔记本已入网为 {device}（第 {epoch} 期）；此入网文件（第 {new} 期）并不更新。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="85"/>
        <source>There is no laptop {device} to revoke.</source>
        <translation>没有可吊销的笔记本 {device}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="86"/>
        <source>There is no pending join request {id}.</source>
        <translation>没有待处理的加入申请 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="87"/>
        <source>This enrolment answers another join request of this computer, not the one it waits for ({person} on {machine}). Give headquarters the request file this computer shows now, and enrol with the enrolment they make from it.</source>
        <translation>这个入网文件对应的是这台电脑的另一份申请，而不是正在等待的那份（{person} 在 {machine}）。请把这台电脑现在显示的申请文件交给总部，再用总部据此生成的入网文件入网。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="93"/>
        <source>This database is headquarters (it has enrolled laptops) and cannot become a laptop. Open the enrolment file on the laptop that made the join request.</source>
        <translation>这个数据库是总部（已有笔记本入网），不能变成笔记本。请在提交入网申请的那台笔记本上打开入网文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="98"/>
        <source>This is a join request, not an enrolment. Give it to headquarters: they approve it and give you back an enrolment file (.fdenrol) to open here.</source>
        <translation>这是入网申请，不是入网文件。请交给总部：总部批准后会给您一个入网文件（.fdenrol），在这里打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="103"/>
        <source>This is this computer&apos;s own join request: give it to headquarters to approve.</source>
        <translation>这是这台电脑自己的入网申请：请交给总部批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_devices.py" line="106"/>
        <source>This is a sync file (a bundle), not an enrolment. Ask headquarters for the enrolment file (.fdenrol) made from this computer&apos;s join request.</source>
        <translation>这是同步文件，不是入网文件。请向总部索取根据这台电脑的入网申请生成的入网文件（.fdenrol）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_digest.py" line="30"/>
        <source>There is no device {device} in this database; see the devices in sync status.</source>
        <translation>本数据库中没有设备 {device}；请在同步状态中查看设备列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="67"/>
        <source>There is no device {device} to write a bundle for; see the devices in sync status.</source>
        <extracomment>A change-log row: seq, tbl, pk, field, value (canonical JSON), hlc, origin, base_hlc. A record chosen for a stream, not numbered yet: a ``LogRow`` without its seq.</extracomment>
        <translation>没有设备 {device}，无法为其写同步文件；请在同步状态中查看设备列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="70"/>
        <source>The device {device} was revoked ({reason}); no bundle is written for it.</source>
        <translation>设备 {device} 已被吊销（{reason}）；不再为其写同步文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="73"/>
        <source>A laptop writes bundles for headquarters only: use hq, not {device}.</source>
        <translation>笔记本只为总部写同步文件：请使用 hq，而不是 {device}。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_export.py" line="76"/>
        <source>This laptop is not enrolled yet: import its enrolment file from headquarters first.</source>
        <translation>此笔记本尚未入网：请先导入总部发来的入网文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_merge.py" line="78"/>
        <source>The changes from {device} hold a new {table} row without its {field}; nothing was imported. Export again on that device.</source>
        <translation>来自 {device} 的更改中有一条新的 {table} 记录缺少 {field}；未导入任何内容。请在该设备上重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="87"/>
        <source>This file is too large to be a FieldDesk sync file ({size}; the limit is {limit}). Ask for the file again.</source>
        <extracomment>Every reason a file can be refused for, in the order the checks run.</extracomment>
        <translation>此文件太大，不是外勤台同步文件（{size}；上限为 {limit}）。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="100"/>
        <source>This file is not a FieldDesk sync file (it is not a zip archive, or it is incomplete). Ask for the file again.</source>
        <translation>此文件不是外勤台同步文件（不是 zip 压缩包，或不完整）。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="117"/>
        <source>This file does not hold exactly the parts of a FieldDesk sync file ({expected}; found: {found}). Ask for the file again.</source>
        <translation>此文件的组成部分与外勤台同步文件不符（应为 {expected}；实际为：{found}）。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="130"/>
        <source>This file is damaged: its part {member} does not match its checksum. Ask for the file again.</source>
        <translation>此文件已损坏：其中的 {member} 与校验和不符。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="143"/>
        <source>The description inside this file ({member}) is not valid (at {field}). Ask for the file again.</source>
        <translation>此文件内的说明（{member}）无效（位于 {field}）。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="156"/>
        <source>This file uses sync format {found}, which this version of FieldDesk cannot read (it reads format {known}). Update FieldDesk.</source>
        <translation>此文件使用同步格式 {found}，本版外勤台无法读取（只能读取格式 {known}）。请更新外勤台。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="169"/>
        <source>This is not the kind of FieldDesk file expected here (it says it is a &quot;{found}&quot; file, not a &quot;{expected}&quot; file). Choose the right file.</source>
        <translation>这不是此处需要的外勤台文件（它是“{found}”文件，而不是“{expected}”文件）。请选择正确的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="182"/>
        <source>This file was written by a FieldDesk with database version {theirs}; this one has version {ours}. Update FieldDesk so that both are the same, then export again.</source>
        <translation>此文件由数据库版本为 {theirs} 的外勤台写出；本机版本为 {ours}。请更新外勤台使两边版本一致，然后重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="195"/>
        <source>This file comes from device {sender}, which is not registered here. Approve that device&apos;s join request first, or check where the file came from.</source>
        <translation>此文件来自未在此入网的设备 {sender}。请先批准该设备的加入申请，或核实文件来源。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="207"/>
        <source>Files from device {sender} are refused: {detail}.</source>
        <translation>来自设备 {sender} 的文件被拒绝：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="216"/>
        <source>The file was changed after {sender} signed it: the signature does not match. Ask for the file again.</source>
        <translation>此文件在 {sender} 签名后被改动过：签名不符。请重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="228"/>
        <source>This file is for device {recipient}, not for this one ({me}).</source>
        <translation>此文件是给设备 {recipient} 的，不是给本设备（{me}）的。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="239"/>
        <source>This enrolment was made for another laptop (its key is not this laptop&apos;s). Use the enrolment made from this laptop&apos;s own join request.</source>
        <translation>此入网文件是为另一台笔记本制作的（密钥不是本机的）。请使用根据本机加入申请制作的入网文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="250"/>
        <source>The contents of this file do not match what {sender} signed (the file was altered or damaged). Ask {sender} for the file again.</source>
        <translation>此文件的内容与 {sender} 签名的内容不符（文件被改动或已损坏）。请向 {sender} 重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="262"/>
        <source>Record {number} in this file from {sender} is not valid. Ask {sender} for the file again.</source>
        <translation>来自 {sender} 的此文件中第 {number} 条记录无效。请向 {sender} 重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="275"/>
        <source>Record {number} in this file from {sender} names {table}.{field}, which this FieldDesk does not know. Ask {sender} for the file again.</source>
        <translation>来自 {sender} 的此文件中第 {number} 条记录涉及本外勤台不认识的 {table}.{field}。请向 {sender} 重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="290"/>
        <source>Record {number} in this file from {sender} holds a value that {table}.{field} cannot hold (wrong type, too long or missing). Ask {sender} for the file again.</source>
        <translation>来自 {sender} 的此文件中第 {number} 条记录的值不能存入 {table}.{field}（类型错误、过长或缺失）。请向 {sender} 重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="306"/>
        <source>Record {number} in this file from {sender} holds a NUL character (U+0000) in {table}.{field}, which FieldDesk does not store; nothing was imported. Tell your administrator which device and file it was.</source>
        <translation>来自 {sender} 的这个文件第 {number} 条记录的 {table}.{field} 含有空字符（U+0000），外勤台不保存这种字符；未导入任何内容。请告诉管理员是哪台设备、哪个文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="322"/>
        <source>This file from {sender} declares {declared} records but holds {found}. Ask {sender} to export again.</source>
        <translation>来自 {sender} 的此文件声明有 {declared} 条记录，实际有 {found} 条。请让 {sender} 重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="336"/>
        <source>This file from {sender} declares {declared} rows but holds {found}. Ask {sender} for the file again.</source>
        <translation>来自 {sender} 的此文件声明有 {declared} 行，实际有 {found} 行。请向 {sender} 重新索取文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="350"/>
        <source>The changes in this file from {sender} are out of order (change {number} has sequence {found}, {expected} was expected). Ask {sender} to export again.</source>
        <translation>来自 {sender} 的此文件中的更改顺序错乱（第 {number} 条更改的序号为 {found}，应为 {expected}）。请让 {sender} 重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="365"/>
        <source>The changes in this file from {sender} do not form an unbroken chain (at sequence {seq}): the file was forged or damaged. Ask {sender} to export again.</source>
        <translation>来自 {sender} 的此文件中的更改链条断裂（序号 {seq} 处）：文件被伪造或已损坏。请让 {sender} 重新导出。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="379"/>
        <source>The disk holding {folder} is full: the sync file was not written. Free some space or choose another folder.</source>
        <translation>{folder} 所在的磁盘已满：同步文件未写出。请释放空间或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/sync/errors.py" line="387"/>
        <source>The sync file could not be written to {folder} ({error}). Check that the folder exists and that you may write there, or choose another folder.</source>
        <translation>无法将同步文件写入 {folder}（{error}）。请确认文件夹存在且有写入权限，或选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="71"/>
        <source>{path} is not a database FieldDesk can use ({detail}). Give a database file, or a PostgreSQL address such as postgresql://user@host/dbname.</source>
        <extracomment>The one driver FieldDesk ships for PostgreSQL (psycopg 3). What a user may write for it. Key of the advisory lock held while the schema is checked and upgraded (any constant that no other program of the same database uses; &quot;FDSCHEMA&quot; in ASCII).</extracomment>
        <translation>{path} 不是外勤台可用的数据库（{detail}）。请提供数据库文件，或 PostgreSQL 地址，如 postgresql://user@host/dbname。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="75"/>
        <source>The PostgreSQL driver (psycopg) is not installed, so {path} cannot be opened. Reinstall FieldDesk, or use a database file.</source>
        <translation>未安装 PostgreSQL 驱动（psycopg），无法打开 {path}。请重新安装外勤台，或使用数据库文件。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="79"/>
        <source>Cannot connect to the database server of {path} ({detail}). Check that the server is running and that the address is right, then try again.</source>
        <translation>无法连接 {path} 的数据库服务器（{detail}）。请确认服务器正在运行且地址正确，然后重试。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="83"/>
        <source>The database server refused the user or the password of {path} ({detail}). Correct them in the database address, or ask the server&apos;s administrator.</source>
        <translation>数据库服务器拒绝了 {path} 的用户名或密码（{detail}）。请在数据库地址中更正，或联系服务器管理员。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="87"/>
        <source>The database server has no database {name} ({path}). Ask its administrator to create it with ENCODING &apos;UTF8&apos;, then try again; FieldDesk creates its tables itself.</source>
        <translation>数据库服务器上没有数据库 {name}（{path}）。请管理员以 ENCODING &apos;UTF8&apos; 创建它，然后重试；外勤台会自行创建数据表。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="91"/>
        <source>The database {path} stores text as {encoding}; FieldDesk needs UTF8. Create a new database with ENCODING &apos;UTF8&apos; and use that one.</source>
        <translation>数据库 {path} 以 {encoding} 存储文本；外勤台需要 UTF8。请以 ENCODING &apos;UTF8&apos; 新建数据库并使用它。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="95"/>
        <source>The database {path} holds other tables but no FieldDesk data. Give FieldDesk an empty database of its own.</source>
        <translation>数据库 {path} 中有其他数据表，但没有外勤台数据。请为外勤台提供一个专用的空数据库。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="99"/>
        <source>The database {path} has no FieldDesk tables yet. Open it once in the FieldDesk window to create them, then try again.</source>
        <translation>数据库 {path} 中还没有外勤台数据表。请先在外勤台窗口中打开一次以创建数据表，然后重试。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="103"/>
        <source>The database user of {path} may not do this ({detail}). Ask the server&apos;s administrator to make that user the owner of the database.</source>
        <translation>{path} 的数据库用户无权执行此操作（{detail}）。请服务器管理员将该用户设为数据库所有者。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="107"/>
        <source>Another FieldDesk user changed the same data at the same moment, so nothing was saved. Try again.</source>
        <translation>另一位外勤台用户同时修改了相同的数据，因此没有保存任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="111"/>
        <source>The database server of {path} has no room left: nothing was saved. Ask its administrator to free some space, then try again.</source>
        <translation>{path} 的数据库服务器空间已满：没有保存任何内容。请管理员释放空间后重试。</translation>
    </message>
    <message>
        <location filename="../../db/postgres.py" line="115"/>
        <source>The database server of {path} accepts no changes at the moment (read-only). Ask its administrator, then try again.</source>
        <translation>{path} 的数据库服务器目前不接受修改（只读）。请联系管理员后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="44"/>
        <source>Give the code of the person this laptop is for (headquarters gives it to you).</source>
        <extracomment>Statuses of a join request this database made (``sync_join_request``): waited on, then answered by an enrolment, withdrawn here, or replaced by a newer request. The longest person code and machine name a request can carry: its columns&apos; lengths.</extracomment>
        <translation>请填写这台笔记本使用人的编号（由总部提供）。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="47"/>
        <source>A person code has at most {max} characters.</source>
        <translation>人员编号最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="48"/>
        <source>Give this computer&apos;s name, so that headquarters can tell laptops apart.</source>
        <translation>请填写这台电脑的名称，方便总部区分笔记本。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="51"/>
        <source>A computer name has at most {max} characters.</source>
        <translation>电脑名称最多 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sync_state.py" line="52"/>
        <source>This database is not waiting for headquarters: make a join request first.</source>
        <translation>这个数据库没有在等待总部：请先提交入网申请。</translation>
    </message>
    <message>
        <location filename="../../db/capture.py" line="125"/>
        <source>The text of {field} holds an invisible NUL character (often from pasted text), which FieldDesk cannot keep or send to headquarters. Remove it and save again; nothing was saved.</source>
        <translation>{field} 的文字里有一个看不见的空字符（常见于粘贴的文字），外勤台无法保存，也无法发给总部。请删除后重新保存；本次未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../desktop/labels.py" line="21"/>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="22"/>
        <source>Sales director</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="23"/>
        <source>Deputy sales director</source>
        <translation>销售副总监</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="24"/>
        <source>SSG group lead</source>
        <translation>秘书组组长</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="25"/>
        <source>Customer service rep</source>
        <translation>客户服务代表</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="26"/>
        <source>Big-region manager</source>
        <translation>大区经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="27"/>
        <source>Market manager</source>
        <translation>市场经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="28"/>
        <source>Region manager</source>
        <translation>区域经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="29"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="30"/>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="37"/>
        <source>SLT · Sales leadership team</source>
        <translation>SLT · 销售领导小组</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="38"/>
        <source>SSG · Sales secretary group</source>
        <translation>SSG · 销售部秘书组</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="39"/>
        <source>FSF · Field sales force</source>
        <translation>FSF · 实地销售队伍</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="46"/>
        <source>A · core distributor</source>
        <translation>A · 核心分销商</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="47"/>
        <source>B · major customer</source>
        <translation>B · 主要客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="48"/>
        <source>C · other</source>
        <translation>C · 一般客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="49"/>
        <location filename="../../desktop/labels.py" line="55"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="60"/>
        <source>A · excellent</source>
        <translation>A · 优良</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="61"/>
        <source>B · good</source>
        <translation>B · 良好</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="62"/>
        <source>C · watch</source>
        <translation>C · 关注</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="63"/>
        <source>D · stop shipping</source>
        <translation>D · 停止发货</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="70"/>
        <source>Active</source>
        <translation>合作中</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="71"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="79"/>
        <source>%n day(s)</source>
        <translation>%n 天</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="183"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="184"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="185"/>
        <source>Missed</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="186"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="194"/>
        <source>Routine visit</source>
        <translation>例行拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="195"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="196"/>
        <location filename="../../desktop/labels.py" line="225"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="204"/>
        <source>no working day is left this month</source>
        <translation>本月已没有剩余工作日</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="205"/>
        <source>fewer working days are left than visits</source>
        <translation>剩余工作日少于拜访次数</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="208"/>
        <source>every other day is full</source>
        <translation>其他日期都已排满</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="216"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="217"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="226"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="227"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="228"/>
        <location filename="../../desktop/labels.py" line="243"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="236"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="237"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="238"/>
        <source>Promotion</source>
        <translation>促销</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="239"/>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="240"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="241"/>
        <source>Display</source>
        <translation>陈列</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="242"/>
        <source>New product</source>
        <translation>新品</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="250"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../desktop/labels.py" line="124"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="128"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="132"/>
        <source>Printed by {printed_by} on {printed_at}</source>
        <translation>打印人：{printed_by}&#x3000;打印时间：{printed_at}</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="136"/>
        <source>Distributor file card</source>
        <translation>客户档案卡</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="143"/>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="144"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="198"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="145"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="199"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="146"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="200"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="147"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="201"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="148"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="202"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="149"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="203"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="150"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="204"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="151"/>
        <location filename="../../desktop/print_labels.py" line="90"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="205"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="152"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="206"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="153"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="207"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="154"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="208"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="155"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="209"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="156"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="157"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="224"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="158"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="225"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="159"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="226"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="160"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="227"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="161"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="228"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="162"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="229"/>
        <source>Primary</source>
        <translation>主要</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="163"/>
        <source>No contacts on file.</source>
        <translation>暂无联系人。</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="164"/>
        <source>Logistics</source>
        <translation>储运信息</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="165"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="210"/>
        <source>Warehouse address</source>
        <translation>仓库地址</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="166"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="211"/>
        <source>Receiving hours</source>
        <translation>收货时间</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="167"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="212"/>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="168"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="213"/>
        <source>Lead time</source>
        <translation>到货天数</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="169"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="214"/>
        <source>Logistics notes</source>
        <translation>储运备注</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="170"/>
        <source>Credit</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="171"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="215"/>
        <source>Credit rating</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="172"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="216"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="173"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="217"/>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="174"/>
        <location filename="../../desktop/ui/widgets/sync_view.py" line="218"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="175"/>
        <source>Last updated</source>
        <translation>最后更新</translation>
    </message>
    <message>
        <location filename="../../desktop/labels.py" line="176"/>
        <source>Signature / date</source>
        <translation>客户经理签字 / 日期</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="28"/>
        <location filename="../../desktop/print_labels.py" line="70"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="34"/>
        <source>Team visit plan</source>
        <translation>团队拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="36"/>
        <source>Weekly visit plan</source>
        <translation>周拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="37"/>
        <source>Monthly visit plan</source>
        <translation>月拜访计划</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="42"/>
        <source>{month_name} {year}</source>
        <translation>{year}年{month_name}</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="48"/>
        <source>{month_label}, week {week}</source>
        <translation>{month_label}第 {week} 周</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="58"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="59"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="62"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="63"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="64"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="65"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="67"/>
        <source>{day} {month_name}</source>
        <translation>{month_name}{day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="68"/>
        <source>Wk</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="69"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="71"/>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="72"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="73"/>
        <source>Missed</source>
        <translation>未拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="74"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="75"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="76"/>
        <source>Weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="77"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="78"/>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="79"/>
        <source>Not this month</source>
        <translation>非本月</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="80"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="81"/>
        <source>No visits planned.</source>
        <translation>没有拜访计划。</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="82"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="83"/>
        <source>Team summary</source>
        <translation>团队汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="84"/>
        <source>Visits that did not fit in their day</source>
        <translation>当天格子中放不下的拜访</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="85"/>
        <source>+{count} more, see the list</source>
        <translation>另有 {count} 个，见列表</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="86"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="87"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="88"/>
        <source>Visit</source>
        <translation>拜访对象</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="89"/>
        <source>Purpose / code</source>
        <translation>目的 / 编码</translation>
    </message>
    <message>
        <location filename="../../desktop/print_labels.py" line="91"/>
        <source>Prepared by / checked by</source>
        <translation>制表人 / 审核人</translation>
    </message>
</context>
</TS>
