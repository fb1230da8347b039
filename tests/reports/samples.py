"""Sample card data, labels and print contexts for the report tests (Chinese and English)."""

from __future__ import annotations

from desktop.reports.base import PrintContext
from desktop.reports.distributor_card import (
    ContactLine,
    DistributorCardData,
    DistributorCardLabels,
)

ZH_LABELS = DistributorCardLabels(
    identity="基本信息",
    code="客户编码",
    name="客户名称",
    short_name="简称",
    market="市场",
    region="区域",
    owner="负责人",
    grade="客户等级",
    status="合作状态",
    province="省份",
    city="城市",
    address="地址",
    phone="电话",
    contacts="联系人",
    contact_name="姓名",
    contact_title="职务",
    contact_phone="电话",
    contact_wechat="微信",
    contact_email="邮箱",
    primary="主要",
    no_contacts="暂无联系人",
    logistics="储运信息",
    warehouse_address="仓库地址",
    receiving_hours="收货时间",
    carrier="承运商",
    lead_days="到货周期",
    logistics_notes="储运备注",
    credit="信用信息",
    credit_rating="信用等级",
    credit_limit="信用额度",
    payment_terms="账期",
    notes="备注",
    updated_at="更新日期",
    signature="客户经理签字 / 日期",
)

EN_LABELS = DistributorCardLabels(
    identity="Identity",
    code="Code",
    name="Name",
    short_name="Short name",
    market="Market",
    region="Region",
    owner="Account owner",
    grade="Grade",
    status="Status",
    province="Province",
    city="City",
    address="Address",
    phone="Phone",
    contacts="Contacts",
    contact_name="Name",
    contact_title="Title",
    contact_phone="Phone",
    contact_wechat="WeChat",
    contact_email="Email",
    primary="Primary",
    no_contacts="No contacts yet",
    logistics="Logistics",
    warehouse_address="Warehouse address",
    receiving_hours="Receiving hours",
    carrier="Carrier",
    lead_days="Lead time",
    logistics_notes="Logistics notes",
    credit="Credit",
    credit_rating="Credit rating",
    credit_limit="Credit limit",
    payment_terms="Payment terms",
    notes="Notes",
    updated_at="Updated",
    signature="Account manager signature / date",
)

ZH_CTX = PrintContext(
    company="华北星辰食品销售有限公司",
    title="客户档案卡",
    printed_by="张伟",
    printed_at="2026-11-27 14:30",
    page_label="第 {page} 页 / 共 {pages} 页",
    printed_label="打印人：{printed_by}　打印时间：{printed_at}",
)

EN_CTX = PrintContext(
    company="Xingchen Foods Sales Co., Ltd.",
    title="Distributor card",
    printed_by="Zhang Wei",
    printed_at="27 Nov 2026 14:30",
    page_label="Page {page} of {pages}",
    printed_label="Printed by {printed_by} on {printed_at}",
)


def make_contacts(count: int) -> tuple[ContactLine, ...]:
    """``count`` contacts with distinct names (联系人01, 联系人02, ...); the second is primary."""
    return tuple(
        ContactLine(
            name=f"联系人{i:02d}",
            title="采购经理",
            phone=f"138{i:04d}5678",
            wechat=f"wx_{i:03d}",
            email=f"c{i}@example.com.cn",
            is_primary=i == 2,
        )
        for i in range(1, count + 1)
    )


def make_card(contacts: int = 3, **overrides: object) -> DistributorCardData:
    """A realistic card; keyword arguments replace single fields."""
    values: dict[str, object] = {
        "code": "D-2026-0001",
        "name": "北京华北商贸发展有限公司",
        "short_name": "华北商贸",
        "market": "华北",
        "region": "京津",
        "owner": "张伟 (P0012)",
        "grade": "A 核心分销商",
        "status": "合作中",
        "province": "北京市",
        "city": "北京市",
        "address": "北京市朝阳区建国路88号SOHO现代城A座1208室",
        "phone": "010-8888 6666",
        "contacts": make_contacts(contacts),
        "warehouse_address": "北京市大兴区亦庄经济开发区科创十三街29号院3号库",
        "receiving_hours": "周一至周五 8:30–17:00",
        "carrier": "顺丰速运",
        "lead_days": "3 天",
        "logistics_notes": "需提前一天预约卸货。",
        "credit_rating": "B 良好",
        "credit_limit": "¥200,000.00",
        "payment_terms": "30 天",
        "notes": "每月拜访两次；年底核对返利。",
        "updated_at": "2026-11-27",
    }
    values.update(overrides)
    return DistributorCardData(**values)  # type: ignore[arg-type]
