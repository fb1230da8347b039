<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CardPrinter</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="86" />
      <source>Preparing the distributor card…</source>
      <extracomment>the path of a PDF that was written</extracomment>
      <translation>正在生成客户档案卡…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="95" />
      <source>Save the distributor card</source>
      <translation>保存客户档案卡</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="97" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="107" />
      <source>Card saved</source>
      <translation>档案卡已保存</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="108" />
      <source>The card was saved as {path}. Open it now?</source>
      <translation>档案卡已保存为 {path}。现在打开吗？</translation>
    </message>
  </context>
  <context>
    <name>ContactsEditor</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="64" />
      <source>Name *</source>
      <extracomment>text columns in order; the last column is the primary check box</extracomment>
      <translation>姓名 *</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="65" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="66" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="67" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="68" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="69" />
      <source>Primary</source>
      <translation>主要</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="72" />
      <source>Add contact</source>
      <translation>添加联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="73" />
      <source>Remove contact</source>
      <translation>删除联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_contacts.py" line="161" />
      <source>Contact {row}, {field}: {message}</source>
      <translation>联系人 {row}，{field}：{message}</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="27" />
      <source>FieldDesk: unexpected error</source>
      <translation>外勤台：意外错误</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="32" />
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
      <location filename="../../desktop/ui/dialogs/crash.py" line="47" />
      <source>Copy details</source>
      <translation>复制详细信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/crash.py" line="48" />
      <source>Open log folder</source>
      <translation>打开日志文件夹</translation>
    </message>
  </context>
  <context>
    <name>DistributorDetailPanel</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="97" />
      <source>Identity</source>
      <extracomment>The fields shown, by section; each becomes a QLabel named ``detail_&lt;field&gt;``.</extracomment>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="98" />
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="116" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="99" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="100" />
      <source>Logistics</source>
      <translation>储运信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="101" />
      <source>Credit</source>
      <translation>信用信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="102" />
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="126" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="107" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="108" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="109" />
      <source>Grade</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="110" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="111" />
      <source>Market</source>
      <translation>市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="112" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="113" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="114" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="115" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="117" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="118" />
      <source>Warehouse address</source>
      <translation>仓库地址</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="119" />
      <source>Receiving hours</source>
      <translation>收货时间</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="120" />
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="121" />
      <source>Lead time</source>
      <translation>到货天数</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="122" />
      <source>Logistics notes</source>
      <translation>储运备注</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="123" />
      <source>Credit rating</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="124" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="125" />
      <source>Payment terms</source>
      <translation>账期</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="127" />
      <source>Last updated</source>
      <translation>最后更新</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="131" />
      <source>Select a distributor to see its file here.</source>
      <translation>选择一个客户，在这里查看档案。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="176" />
      <source>No contacts on file.</source>
      <translation>暂无联系人。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="181" />
      <source>primary</source>
      <translation>主要联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_detail.py" line="188" />
      <source>WeChat: {id}</source>
      <translation>微信：{id}</translation>
    </message>
  </context>
  <context>
    <name>DistributorEditor</name>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="206" />
      <source>Edit distributor {code}</source>
      <translation>编辑客户 {code}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="208" />
      <source>New distributor</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Identity</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Address &amp;&amp; contacts</source>
      <translation>地址和联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="211" />
      <source>Logistics</source>
      <translation>储运信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="212" />
      <source>Credit</source>
      <translation>信用信息</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Code</source>
      <translation>客户编码</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Name</source>
      <translation>客户名称</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="216" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217" />
      <source>Market</source>
      <translation>市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="217" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Grade</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="218" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="219" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="220" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="221" />
      <source>Warehouse address</source>
      <translation>仓库地址</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222" />
      <source>Receiving hours</source>
      <translation>收货时间</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="222" />
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="223" />
      <source>Lead time (days)</source>
      <translation>到货天数</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="224" />
      <source>Logistics notes</source>
      <translation>储运备注</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="225" />
      <source>Credit rating</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="226" />
      <source>Credit limit (¥)</source>
      <translation>信用额度（元）</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="227" />
      <source>Payment terms (days)</source>
      <translation>账期（天）</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="232" />
      <source>Required</source>
      <translation>必填</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="233" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="235" />
      <source>Choose a market…</source>
      <translation>选择市场…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="236" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="237" />
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="238" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="239" />
      <source>13812345678 or 010-12345678</source>
      <translation>13812345678 或 010-12345678</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="240" />
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="241" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="251" />
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="257" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="397" />
      <source>Discard changes?</source>
      <translation>放弃修改？</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="398" />
      <source>This distributor has unsaved changes. Close and discard them?</source>
      <translation>这个客户有未保存的修改。关闭并放弃修改吗？</translation>
    </message>
  </context>
  <context>
    <name>DistributorFilterBar</name>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="39" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="79" />
      <source>All markets</source>
      <translation>全部市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="48" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="80" />
      <source>All regions</source>
      <translation>全部区域</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="51" />
      <source>Choose a market first</source>
      <translation>请先选择市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="57" />
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="81" />
      <source>All owners</source>
      <translation>全部负责人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="60" />
      <source>Search code, name, city or pinyin initials</source>
      <translation>搜索编码、名称、城市或拼音首字母</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="61" />
      <source>Search (Ctrl+F)</source>
      <translation>搜索 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="62" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="65" />
      <source>All grades</source>
      <translation>全部等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="69" />
      <source>All credit ratings</source>
      <translation>全部信用等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_filters.py" line="73" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
  </context>
  <context>
    <name>DistributorTableModel</name>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="187" />
      <source>Code</source>
      <extracomment>Credit rating A–D from green to red (UI.md); always shown with its word as well. The ``DistributorFilter.sort`` key of each column. (sort key, descending) when a header is clicked; the page re-runs the query page number → {id: (row, the text of each column)}; texts are formatted once per fetch</extracomment>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="188" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="189" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="190" />
      <source>Market</source>
      <translation>市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="191" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="192" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="193" />
      <source>Grade</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="194" />
      <source>Credit rating</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="195" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/models/distributor_table.py" line="196" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>DistributorsPage</name>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="122" />
      <source>Saved {path}</source>
      <extracomment>the result of a query is shown (tests wait for it)</extracomment>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="139" />
      <source>Distributors</source>
      <translation>客户档案</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="144" />
      <source>New</source>
      <translation>新建</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="144" />
      <source>New distributor (Ctrl+N)</source>
      <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="145" />
      <source>Edit</source>
      <translation>编辑</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="145" />
      <source>Edit the selected distributor (Enter)</source>
      <translation>编辑选中的客户 (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="146" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="146" />
      <source>Print the distributor card (Ctrl+P)</source>
      <translation>打印客户档案卡 (Ctrl+P)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="154" />
      <source>There are no distributor files yet — create the first one.</source>
      <translation>还没有客户档案 — 新建第一个客户。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="155" />
      <source>New distributor</source>
      <translation>新建客户</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="158" />
      <source>No distributor matches these filters — clear them to see all.</source>
      <translation>没有符合条件的客户 — 清除筛选以查看全部。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="159" />
      <source>Clear filters</source>
      <translation>清除筛选</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="251" />
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/pages/distributors.py" line="255" />
      <source>%1 of %Ln distributor(s)</source>
      <translation>
        <numerusform>%1 / 共 %Ln 个客户</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="290" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="290" />
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="292" />
      <source>Mark the distributor inactive; its history stays and it can be reactivated</source>
      <translation>把客户设为停用；历史记录保留，可以随时重新启用</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="294" />
      <source>Make the distributor active again</source>
      <translation>重新启用这个客户</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="348" />
      <source>Saved.</source>
      <translation>已保存</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="360" />
      <source>Deactivate distributor</source>
      <translation>停用客户</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="362" />
      <source>Deactivate {name} ({code})? It leaves the active list and new visit plans; its history stays, and you can reactivate it at any time.</source>
      <translation>停用 {name}（{code}）？它将离开合作中客户列表和新的拜访计划；历史记录保留，可以随时重新启用。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="374" />
      <source>{name} was deactivated; choose the status Inactive to find it again.</source>
      <translation>{name} 已停用；筛选状态“已停用”可以再次找到它。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="376" />
      <source>{name} is active again.</source>
      <translation>{name} 已重新启用。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/distributors.py" line="393" />
      <source>Select a distributor to print its card.</source>
      <translation>请先选择要打印档案卡的客户。</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="134" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="135" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="136" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="137" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="138" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="139" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="140" />
      <source>&amp;Find in page</source>
      <translation>页内查找(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="141" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="142" />
      <source>&amp;About FieldDesk</source>
      <translation>关于外勤台(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="143" />
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="239" />
      <source>Refreshed</source>
      <translation>已刷新</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="244" />
      <source>About FieldDesk</source>
      <translation>关于外勤台</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="246" />
      <source>&lt;b&gt;FieldDesk (外勤台)&lt;/b&gt;&lt;p&gt;Visits, distributors, targets and plans for the field sales force, offline.&lt;/p&gt;&lt;p&gt;Database: {db}&lt;br&gt;Log: {log}&lt;/p&gt;</source>
      <translation>&lt;b&gt;外勤台 (FieldDesk)&lt;/b&gt;&lt;p&gt;面向实地销售队伍的离线工具：拜访、客户档案、指标和计划。&lt;/p&gt;&lt;p&gt;数据库：{db}&lt;br&gt;日志：{log}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="262" />
      <source>Headquarters</source>
      <translation>总部</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="262" />
      <source>Whole organisation</source>
      <translation>整个组织</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="268" />
      <source>FieldDesk</source>
      <translation>外勤台</translation>
    </message>
  </context>
  <context>
    <name>Ops</name>
    <message>
      <location filename="../../desktop/ui/tasks.py" line="104" />
      <source>FieldDesk</source>
      <extracomment>(Changes, source) after a successful operation that changed something running jobs, kept alive here so they are released on the UI thread</extracomment>
      <translation>外勤台</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tasks.py" line="164" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>OrganisationPage</name>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="191" />
      <source>Organisation</source>
      <translation>组织架构</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="210" />
      <source>Filter by name, code or pinyin initials (Ctrl+F)</source>
      <translation>按姓名、编码或拼音首字母筛选 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="211" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="212" />
      <source>Expand all</source>
      <translation>全部展开</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="213" />
      <source>Collapse to markets</source>
      <translation>折叠到市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="215" />
      <source>Nobody in the organisation yet</source>
      <translation>组织中还没有人员</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="217" />
      <source>The organisation arrives from headquarters with the first sync file. To look around first, fill this database with the demo M-brand organisation.</source>
      <translation>组织架构会随总部的第一个同步文件到来。想先看看，可以在这个数据库中创建 M 品牌演示组织。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="220" />
      <source>Create the demo organisation</source>
      <translation>创建演示组织</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/pages/organisation.py" line="248" />
      <location filename="../../desktop/ui/pages/organisation.py" line="351" />
      <source>%n people</source>
      <translation>
        <numerusform>%n 人</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="254" />
      <source>Choose a person</source>
      <translation>选择人员</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="254" />
      <source>Select someone in the tree to see their details.</source>
      <translation>在左侧树中选择一个人，查看详细信息。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/pages/organisation.py" line="271" />
      <source>No longer active</source>
      <translation>已离职</translation>
    </message>
  </context>
  <context>
    <name>PersonDetailPanel</name>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="102" />
      <source>Code</source>
      <extracomment>a person id, when the user asks to go to someone (manager link, subordinate)</extracomment>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="103" />
      <source>Role</source>
      <translation>岗位</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="104" />
      <source>Level</source>
      <translation>职级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="105" />
      <source>Body</source>
      <translation>所属机构</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="106" />
      <source>Manager</source>
      <translation>直接上级</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="107" />
      <source>Market</source>
      <translation>市场</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="108" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="109" />
      <source>Hire date</source>
      <translation>入职日期</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="110" />
      <source>Probation</source>
      <translation>试用期</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="111" />
      <source>Last promotion</source>
      <translation>最近晋升</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="112" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="113" />
      <source>Email</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="117" />
      <source>Nobody reports to this person.</source>
      <translation>没有下属。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="133" />
      <source>No longer active</source>
      <translation>已离职</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="150" />
      <source>In probation until {date}</source>
      <translation>试用期至 {date}</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="154" />
      <source>Confirmed</source>
      <translation>已转正</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/person_detail.py" line="165" />
      <source>Double-click to select {name} in the tree</source>
      <translation>双击在树中选中 {name}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/widgets/person_detail.py" line="169" />
      <source>Direct reports (%n)</source>
      <translation>
        <numerusform>直接下属（%n）</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="56" />
      <source>Settings</source>
      <extracomment>Language names are shown in their own language, so anyone can find theirs. a short text for the status bar after saving</extracomment>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="63" />
      <source>The window switches language at once.</source>
      <translation>界面语言立即切换。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="68" />
      <source>Choose…</source>
      <translation>选择…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="70" />
      <source>Default</source>
      <translation>默认</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="79" />
      <source>Takes effect the next time FieldDesk starts. The database is not moved: FieldDesk opens (or creates) fielddesk.db in the new folder.</source>
      <translation>下次启动外勤台时生效。数据库不会被移动：外勤台会在新文件夹中打开（或创建）fielddesk.db。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="92" />
      <source>Nobody — headquarters view</source>
      <translation>无人 — 总部视图</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="101" />
      <source>The laptop shows this person's part of the organisation and their distributors. Headquarters sees everything.</source>
      <translation>这台电脑只显示此人负责的组织部分和客户。总部可以看到全部。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="112" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="115" />
      <location filename="../../desktop/ui/dialogs/settings.py" line="146" />
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="118" />
      <source>This laptop belongs to</source>
      <translation>这台电脑属于</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="126" />
      <source>Save (Ctrl+S)</source>
      <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="162" />
      <source>Choose a person from the list.</source>
      <translation>请从列表中选择一个人。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="191" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/settings.py" line="193" />
      <source>The new data folder is used from the next start.</source>
      <translation>新的数据文件夹将在下次启动时使用。</translation>
    </message>
  </context>
  <context>
    <name>Sidebar</name>
    <message>
      <location filename="../../desktop/ui/widgets/sidebar.py" line="30" />
      <location filename="../../desktop/ui/widgets/sidebar.py" line="105" />
      <source>FieldDesk</source>
      <translation>外勤台</translation>
    </message>
  </context>
  <context>
    <name>application</name>
    <message>
      <location filename="../../desktop/ui/application.py" line="165" />
      <source>FieldDesk can rename the damaged file (nothing is deleted) and start with a new demo database in its place. Do that now?</source>
      <extracomment>10 pt is 13.3 px at the usual 96 dpi; points keep other code's size arithmetic working. the file was created now (or replaced a damaged one): it needs the demo organisation</extracomment>
      <translation>外勤台可以把损坏的文件改名保留（不会删除任何内容），并用新的演示数据库代替它。现在这样做吗？</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/application.py" line="213" />
      <source>The damaged database was kept as {path}.</source>
      <translation>损坏的数据库已保留为 {path}。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/application.py" line="234" />
      <source>Welcome to FieldDesk: this is the demo M-brand organisation.</source>
      <translation>欢迎使用外勤台：这是 M 品牌的演示组织。</translation>
    </message>
  </context>
  <context>
    <name>demo</name>
    <message>
      <location filename="../../desktop/ui/widgets/demo_setup.py" line="33" />
      <location filename="../../desktop/ui/widgets/demo_setup.py" line="45" />
      <source>Creating the demo organisation…</source>
      <translation>正在创建演示组织…</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <location filename="../../desktop/cli.py" line="157" />
      <source>Cannot write {path}: {reason}</source>
      <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="22" />
      <source>This field is required.</source>
      <translation>此项为必填。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="23" />
      <source>Use up to 20 letters, digits, '-' or '_' for the code.</source>
      <translation>编码最多 20 个字符，只能用字母、数字、“-”或“_”。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="26" />
      <source>Not a phone number: use 11 digits for a mobile or 010-12345678 for a landline.</source>
      <translation>电话号码格式不对：手机请填 11 位数字，固定电话如 010-12345678。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="29" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="30" />
      <source>Choose a grade: A, B, C or prospect.</source>
      <translation>请选择客户等级：A、B、C 或潜在客户。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="31" />
      <source>Choose a credit rating: A, B, C or D.</source>
      <translation>请选择信用等级：A、B、C 或 D。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="32" />
      <source>Choose active or inactive.</source>
      <translation>请选择合作中或已停用。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="33" />
      <source>The number is out of range.</source>
      <translation>数字超出允许范围。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="35" />
      <source>Distributor code {code} already exists.</source>
      <translation>客户编码 {code} 已存在。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="36" />
      <source>There is no distributor {code}.</source>
      <translation>没有客户 {code}。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="37" />
      <source>The region does not belong to the market.</source>
      <translation>该区域不属于所选市场。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="38" />
      <source>The owner is not an active person of your team.</source>
      <translation>负责人不是您团队中在职的人员。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="39" />
      <source>This distributor would be outside your area; choose your market, region or team.</source>
      <translation>这个客户将不在您的负责范围内；请选择您的市场、区域或团队成员。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/distributors.py" line="42" />
      <source>Someone else changed this distributor meanwhile; reopen it and edit again.</source>
      <translation>在此期间有人修改了这个客户；请重新打开后再编辑。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/org.py" line="16" />
      <source>There is no person with code {code}.</source>
      <translation>没有编码为 {code} 的人员。</translation>
    </message>
    <message>
      <location filename="../../desktop/services/org.py" line="17" />
      <source>{name} is no longer active and cannot own this laptop.</source>
      <translation>{name} 已离职，不能作为这台电脑的使用人。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="37" />
      <source>The file {path} is not a FieldDesk database or is damaged ({detail}).</source>
      <translation>文件 {path} 不是外勤台数据库，或者已经损坏（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="40" />
      <source>The database {path} is in use by another program. Close the other FieldDesk window and try again.</source>
      <translation>数据库 {path} 正被另一个程序使用。请关闭另一个外勤台窗口后重试。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="44" />
      <source>The database {path} cannot be written (read-only file or folder).</source>
      <translation>数据库 {path} 无法写入（文件或文件夹是只读的）。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="47" />
      <source>The database {path} was made by a newer version of FieldDesk (schema {revision}). Update FieldDesk to open it.</source>
      <translation>数据库 {path} 由更新版本的外勤台创建（结构版本 {revision}）。请升级外勤台后再打开。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="51" />
      <source>The disk is full: nothing was saved. Free some space and try again.</source>
      <translation>磁盘已满：没有保存任何内容。请清理空间后重试。</translation>
    </message>
    <message>
      <location filename="../../db/engine.py" line="54" />
      <source>There is no database at {path}.</source>
      <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/dialogs/distributor_editor.py" line="43" />
      <source>Enter an amount in yuan with at most two decimals, e.g. 12345.67.</source>
      <translation>请输入以元为单位、最多两位小数的金额，例如 12345.67。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="22" />
      <source>FieldDesk may not write {path}. Choose another folder and try again.</source>
      <translation>外勤台没有权限写入 {path}。请选择其他文件夹后重试。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="25" />
      <source>The disk is full: {path} was not saved. Free some space and try again.</source>
      <translation>磁盘已满：{path} 没有保存。请清理空间后重试。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="28" />
      <source>The folder of {path} does not exist. Choose another folder and try again.</source>
      <translation>{path} 所在的文件夹不存在。请选择其他文件夹后重试。</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/widgets/distributor_print.py" line="31" />
      <source>{path} could not be saved ({detail}).</source>
      <translation>{path} 无法保存（{detail}）。</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../desktop/labels.py" line="21" />
      <source>General manager</source>
      <translation>总经理</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="22" />
      <source>Sales director</source>
      <translation>销售总监</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="23" />
      <source>Deputy sales director</source>
      <translation>销售副总监</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="24" />
      <source>SSG group lead</source>
      <translation>秘书组组长</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="25" />
      <source>Customer service rep</source>
      <translation>客户服务代表</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="26" />
      <source>Big-region manager</source>
      <translation>大区经理</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="27" />
      <source>Market manager</source>
      <translation>市场经理</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="28" />
      <source>Region manager</source>
      <translation>区域经理</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="29" />
      <source>Customer manager</source>
      <translation>客户经理</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="30" />
      <source>Sales rep</source>
      <translation>销售代表</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="37" />
      <source>SLT · Sales leadership team</source>
      <translation>SLT · 销售领导小组</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="38" />
      <source>SSG · Sales secretary group</source>
      <translation>SSG · 销售部秘书组</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="39" />
      <source>FSF · Field sales force</source>
      <translation>FSF · 实地销售队伍</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="46" />
      <source>A · core distributor</source>
      <translation>A · 核心分销商</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="47" />
      <source>B · major customer</source>
      <translation>B · 主要客户</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="48" />
      <source>C · other</source>
      <translation>C · 一般客户</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="49" />
      <location filename="../../desktop/labels.py" line="55" />
      <source>Prospect</source>
      <translation>潜在客户</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="60" />
      <source>A · excellent</source>
      <translation>A · 优良</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="61" />
      <source>B · good</source>
      <translation>B · 良好</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="62" />
      <source>C · watch</source>
      <translation>C · 关注</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="63" />
      <source>D · stop shipping</source>
      <translation>D · 停止发货</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="70" />
      <source>Active</source>
      <translation>合作中</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="71" />
      <source>Inactive</source>
      <translation>已停用</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/labels.py" line="79" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n 天</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>print</name>
    <message>
      <location filename="../../desktop/labels.py" line="124" />
      <source>Headquarters</source>
      <translation>总部</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="128" />
      <source>Page {page} of {pages}</source>
      <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="132" />
      <source>Printed by {printed_by} on {printed_at}</source>
      <translation>打印人：{printed_by}　打印时间：{printed_at}</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="136" />
      <source>Distributor file card</source>
      <translation>客户档案卡</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="143" />
      <source>Identity</source>
      <translation>基本信息</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="144" />
      <source>Code</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="145" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="146" />
      <source>Short name</source>
      <translation>简称</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="147" />
      <source>Market</source>
      <translation>市场</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="148" />
      <source>Region</source>
      <translation>区域</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="149" />
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="150" />
      <source>Grade</source>
      <translation>客户等级</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="151" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="152" />
      <source>Province</source>
      <translation>省份</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="153" />
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="154" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="155" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="156" />
      <source>Contacts</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="157" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="158" />
      <source>Title</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="159" />
      <source>Mobile</source>
      <translation>手机</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="160" />
      <source>WeChat</source>
      <translation>微信</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="161" />
      <source>E-mail</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="162" />
      <source>Primary</source>
      <translation>主要</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="163" />
      <source>No contacts on file.</source>
      <translation>暂无联系人。</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="164" />
      <source>Logistics</source>
      <translation>储运信息</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="165" />
      <source>Warehouse address</source>
      <translation>仓库地址</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="166" />
      <source>Receiving hours</source>
      <translation>收货时间</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="167" />
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="168" />
      <source>Lead time</source>
      <translation>到货天数</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="169" />
      <source>Logistics notes</source>
      <translation>储运备注</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="170" />
      <source>Credit</source>
      <translation>信用信息</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="171" />
      <source>Credit rating</source>
      <translation>信用等级</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="172" />
      <source>Credit limit</source>
      <translation>信用额度</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="173" />
      <source>Payment terms</source>
      <translation>账期</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="174" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="175" />
      <source>Last updated</source>
      <translation>最后更新</translation>
    </message>
    <message>
      <location filename="../../desktop/labels.py" line="176" />
      <source>Signature / date</source>
      <translation>客户经理签字 / 日期</translation>
    </message>
  </context>
</TS>