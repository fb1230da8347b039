"""Name and place tables for the demo organisation (``db.demo``).

Plain data: the 8 markets of PRODUCT.md with their regions and cities, Chinese
personal names, the words distributor trade names are made of, and the small
lists the distributor files draw from. Everything here is invented demo content
except the geography (real provinces, cities and telephone area codes).
"""

from __future__ import annotations

from typing import NamedTuple


class City(NamedTuple):
    name: str  # as used in trade names and the ``city`` column: 北京, 沈阳, 哈尔滨
    province: str
    area_code: str  # telephone area code: 010, 024, 0411
    weight: int  # relative number of distributors (3 provincial capital / big city, 1 small)


class RegionSpec(NamedTuple):
    name: str
    cities: tuple[City, ...]


class MarketSpec(NamedTuple):
    code: str
    name: str
    name_en: str
    director_owned: bool  # True: run by the sales director; False: by the deputy (D19)
    regions: tuple[RegionSpec, ...]


def _r(name: str, province: str, *cities: tuple[str, str, int]) -> RegionSpec:
    """A region whose cities are all in one province (``cities`` = name, area code, weight)."""
    return RegionSpec(name, tuple(City(c, province, a, w) for c, a, w in cities))


#: The 8 markets in PRODUCT.md order. 京津 is our assumption for the market the seed lost.
# fmt: off
MARKETS: tuple[MarketSpec, ...] = (
    MarketSpec("NE", "东北", "Northeast", True, (
        _r("辽宁区", "辽宁", ("沈阳", "024", 3), ("大连", "0411", 3), ("鞍山", "0412", 1), ("锦州", "0416", 1)),
        _r("吉林区", "吉林", ("长春", "0431", 3), ("吉林", "0432", 1), ("四平", "0434", 1)),
        _r("黑龙江区", "黑龙江", ("哈尔滨", "0451", 3), ("大庆", "0459", 1), ("齐齐哈尔", "0452", 1), ("牡丹江", "0453", 1)),
    )),
    MarketSpec("NC", "华北", "North China", True, (
        _r("河北区", "河北", ("石家庄", "0311", 3), ("唐山", "0315", 2), ("保定", "0312", 1), ("邯郸", "0310", 1)),
        _r("山西区", "山西", ("太原", "0351", 3), ("大同", "0352", 1), ("临汾", "0357", 1)),
        _r("内蒙古区", "内蒙古", ("呼和浩特", "0471", 2), ("包头", "0472", 2), ("赤峰", "0476", 1)),
        _r("山东区", "山东", ("济南", "0531", 3), ("青岛", "0532", 3), ("烟台", "0535", 2), ("潍坊", "0536", 1)),
    )),
    MarketSpec("NW", "西北", "Northwest", True, (
        _r("陕西区", "陕西", ("西安", "029", 3), ("宝鸡", "0917", 1), ("咸阳", "029", 1), ("榆林", "0912", 1)),
        RegionSpec("甘宁青区", (
            City("兰州", "甘肃", "0931", 3),
            City("天水", "甘肃", "0938", 1),
            City("银川", "宁夏", "0951", 2),
            City("西宁", "青海", "0971", 2),
        )),
        _r("新疆区", "新疆", ("乌鲁木齐", "0991", 3), ("库尔勒", "0996", 1), ("伊宁", "0999", 1), ("喀什", "0998", 1)),
    )),
    MarketSpec("CC", "华中", "Central China", True, (
        _r("河南区", "河南", ("郑州", "0371", 3), ("洛阳", "0379", 2), ("新乡", "0373", 1), ("南阳", "0377", 1)),
        _r("湖北区", "湖北", ("武汉", "027", 3), ("宜昌", "0717", 1), ("襄阳", "0710", 1), ("荆州", "0716", 1)),
        _r("湖南区", "湖南", ("长沙", "0731", 3), ("株洲", "0731", 1), ("衡阳", "0734", 1), ("岳阳", "0730", 1)),
        _r("江西区", "江西", ("南昌", "0791", 3), ("赣州", "0797", 1), ("九江", "0792", 1)),
    )),
    MarketSpec("JJ", "京津", "Beijing–Tianjin", False, (
        _r("北京区", "北京", ("北京", "010", 6)),
        _r("天津区", "天津", ("天津", "022", 4)),
    )),
    MarketSpec("EC", "华东", "East China", False, (
        _r("上海区", "上海", ("上海", "021", 6)),
        _r("江苏区", "江苏", ("南京", "025", 3), ("苏州", "0512", 3), ("无锡", "0510", 2), ("徐州", "0516", 1)),
        _r("浙江区", "浙江", ("杭州", "0571", 3), ("宁波", "0574", 2), ("温州", "0577", 2), ("金华", "0579", 1)),
        _r("安徽区", "安徽", ("合肥", "0551", 3), ("芜湖", "0553", 1), ("蚌埠", "0552", 1), ("安庆", "0556", 1)),
    )),
    MarketSpec("SC", "华南", "South China", False, (
        _r("广州区", "广东", ("广州", "020", 4), ("佛山", "0757", 2), ("东莞", "0769", 2), ("中山", "0760", 1)),
        _r("深圳区", "广东", ("深圳", "0755", 4), ("惠州", "0752", 1), ("珠海", "0756", 1)),
        _r("广西区", "广西", ("南宁", "0771", 3), ("柳州", "0772", 1), ("桂林", "0773", 1)),
        _r("福建区", "福建", ("福州", "0591", 3), ("厦门", "0592", 2), ("泉州", "0595", 2)),
    )),
    MarketSpec("SW", "西南", "Southwest", False, (
        _r("四川区", "四川", ("成都", "028", 4), ("绵阳", "0816", 1), ("南充", "0817", 1), ("宜宾", "0831", 1)),
        _r("重庆区", "重庆", ("重庆", "023", 4)),
        RegionSpec("云贵区", (
            City("昆明", "云南", "0871", 3),
            City("曲靖", "云南", "0874", 1),
            City("贵阳", "贵州", "0851", 3),
            City("遵义", "贵州", "0851", 1),
        )),
    )),
)
# fmt: on

#: Districts of the four municipalities (other cities get a street address without one).
DISTRICTS: dict[str, tuple[str, ...]] = {
    "北京": ("朝阳区", "海淀区", "丰台区", "东城区", "西城区", "通州区", "大兴区", "昌平区"),
    "天津": ("和平区", "河西区", "南开区", "河东区", "西青区", "东丽区", "滨海新区"),
    "上海": ("浦东新区", "闵行区", "徐汇区", "普陀区", "宝山区", "嘉定区", "松江区"),
    "重庆": ("渝中区", "江北区", "南岸区", "九龙坡区", "沙坪坝区", "渝北区", "巴南区"),
}
#: Districts most cities have, used now and then for the others.
COMMON_DISTRICTS: tuple[str, ...] = ("高新区", "经济技术开发区", "城东新区", "城南区")

STREETS: tuple[str, ...] = (
    "人民路", "解放路", "中山路", "建设路", "和平路", "胜利路", "新华路", "光明路",
    "东风路", "友谊路", "长江路", "黄河路", "青年路", "文化路", "工业路", "振兴路",
    "迎宾路", "滨河路", "商贸街", "兴业大道", "开发大道", "金桥路", "环城北路", "站前路",
)  # fmt: skip
WAREHOUSE_SITES: tuple[str, ...] = (
    "城东物流园", "城北物流园", "商贸物流中心", "农副产品批发市场", "综合保税仓储区",
    "公路港物流基地", "货运站", "仓储中心",
)  # fmt: skip

# Common surnames; the first ten are drawn more often. Surnames that pypinyin reads
# wrongly in isolation (曾 ceng, 单 dan, 查 cha) are left out, so initials search works.
SURNAMES: tuple[str, ...] = (
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴",
    "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
    "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "肖",
    "程", "袁", "邓", "许", "傅", "沈", "彭", "吕", "苏", "卢",
    "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘",
    "杜", "戴", "夏", "钟", "汪", "田", "任", "姜", "范", "方",
    "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
    "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯",
    "邵", "孟", "龙", "万", "段", "雷", "钱", "汤", "尹", "黎",
)  # fmt: skip
SURNAME_WEIGHTS: tuple[int, ...] = tuple(
    6 if i < 10 else 3 if i < 30 else 1 for i in range(len(SURNAMES))
)
#: Characters of given names, by the gender a name built from them reads as.
GIVEN_MALE: tuple[str, ...] = (
    "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "鹏", "辉", "建",
    "文", "斌", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "阳", "波",
    "鑫", "博", "峰", "飞", "亮", "成", "东", "海", "志", "永", "宏", "毅", "泽", "航",
    "昊", "睿", "轩", "哲", "铭", "锋", "国", "立", "新", "金", "庆", "德", "光", "荣",
)  # fmt: skip
GIVEN_FEMALE: tuple[str, ...] = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "秀", "霞", "平", "英", "华", "玉", "萍",
    "红", "欣", "怡", "婷", "雪", "琳", "晨", "佳", "嘉", "慧", "颖", "丹", "倩", "晶",
    "雯", "璐", "莉", "蕾", "琪", "悦", "思", "梦", "雨", "晓", "然", "月", "燕", "洁",
    "琴", "兰", "露", "妍", "婉", "茜",
)  # fmt: skip

# Distributor trade names: city + brand (one of FIRST + one of SECOND) + business kind.
BRAND_FIRST: tuple[str, ...] = (
    "华", "恒", "百", "金", "鑫", "盛", "宏", "永", "隆", "祥", "福", "瑞", "嘉", "德",
    "兴", "丰", "昌", "泰", "佳", "汇", "利", "鸿", "宝", "新", "益", "信", "诚", "康",
    "安", "万", "鼎", "聚", "荣", "富", "润", "达", "凯", "旺", "明", "天", "正", "东",
    "博", "海", "兆", "伟", "豪", "锦", "同", "顺", "亿", "鹏", "腾", "裕", "通", "胜",
    "惠", "众", "创", "宇", "广", "大", "星", "晨", "远", "联", "元", "志", "骏", "乾",
    "坤", "红", "贵", "喜", "春", "佰", "千", "世", "恩", "美",
)  # fmt: skip
BRAND_SECOND: tuple[str, ...] = (
    "悦", "通", "顺", "达", "源", "丰", "泰", "兴", "盛", "昌", "隆", "发", "利", "祥",
    "福", "瑞", "鑫", "旺", "宏", "信", "成", "润", "安", "康", "华", "海", "邦", "诚",
    "佳", "嘉", "辉", "恒", "远", "晟", "茂", "禾", "泽", "力", "航", "鼎", "益", "新",
    "强", "运", "凯", "云", "庆", "峰", "升", "鸿", "阳", "光", "星", "辰", "川", "宇",
    "美", "林", "业", "财", "祺", "铭", "鹏", "腾", "锦", "豪", "驰", "途", "捷", "欣",
)  # fmt: skip
#: Business kinds with weights; the short kind is what a short name would use.
KINDS: tuple[tuple[str, int], ...] = (
    ("商贸有限公司", 6),
    ("贸易有限公司", 3),
    ("食品有限公司", 2),
    ("食品批发部", 2),
    ("商行", 2),
    ("经贸有限公司", 1),
    ("副食品批发部", 1),
    ("日用品有限公司", 1),
    ("供应链管理有限公司", 1),
    ("百货批发部", 1),
    ("实业有限公司", 1),
    ("商贸行", 1),
)
#: Last resort when a city has run out of brand words: a branch of an existing name.
BRANCHES: tuple[str, ...] = ("东区分公司", "西区分公司", "南区分公司", "北区分公司", "城区分公司")

CONTACT_TITLES_PRIMARY: tuple[tuple[str, int], ...] = (("老板", 6), ("总经理", 3), ("法人代表", 1))
CONTACT_TITLES_OTHER: tuple[str, ...] = (
    "采购经理", "仓库主管", "财务", "业务经理", "销售经理", "出纳", "仓管员", "老板娘",
)  # fmt: skip

RECEIVING_HOURS: tuple[str, ...] = (
    "周一至周六 8:00-17:00",
    "周一至周五 8:30-17:30",
    "周一至周日 8:00-20:00",
    "周一至周六 9:00-18:00",
    "每天 7:00-19:00",
    "工作日 8:00-12:00, 13:30-17:30",
)
CARRIERS: tuple[tuple[str, int], ...] = (
    ("德邦", 5),
    ("安能", 4),
    ("自有车辆", 4),
    ("中通快运", 3),
    ("顺丰", 2),
    ("百世快运", 2),
    ("壹米滴答", 2),
    ("跨越速运", 1),
    ("京东物流", 1),
    ("客户自提", 1),
)
LOGISTICS_NOTES: tuple[str, ...] = (
    "卸货需提前一天电话预约",
    "仓库限高3.5米, 大车无法进入",
    "周日不收货",
    "送货需带送货单一式三联",
    "夜间可卸货, 需提前联系仓管",
    "叉车卸货, 托盘需回收",
    "雨天需加盖防雨布",
    "市区限行, 货车10点后方可进城",
)
DISTRIBUTOR_NOTES: tuple[str, ...] = (
    "春节前备货量大, 需提前确认库存",
    "兼营竞品, 注意陈列位置",
    "有自有配送车队, 覆盖周边县城",
    "计划扩建仓库",
    "对账需财务确认后付款",
    "付款及时, 合作稳定",
    "旺季需提前两周下单",
    "老板重视终端陈列, 配合促销活动",
    "二批网络较强, 可拓展乡镇渠道",
)

# -- call and visit history (db.demo_history) ---------------------------------------
# Sentences are templates: {p} a product, {n} a count, {d} days, {w} an amount in
# 10 000 yuan, {m} a month, {c} a competitor, {np} a new product, {s} a person's name
# (joint visits).

#: The M brand's products as people say them in a call.
PRODUCTS: tuple[str, ...] = (
    "经典原味", "低糖款", "家庭装", "节日礼盒", "迷你装", "青柠味", "高钙款", "量贩装",
    "500ml瓶装", "24入整箱", "散装称重", "早餐组合",
)  # fmt: skip
NEW_PRODUCTS: tuple[str, ...] = ("青柠味", "零糖系列", "轻食组合", "便携条装", "联名限定款")
COMPETITORS: tuple[str, ...] = ("竞品A", "竞品B", "本地品牌", "某台资品牌", "网红新品牌")

#: Notes (备注) by topic code; a call's notes take one sentence per topic.
NOTE_PHRASES: dict[str, tuple[str, ...]] = {
    "order": (
        "老板确认下单{p}{n}箱, 要求{d}天内到货",
        "本次订货以{p}为主, 共{n}箱",
        "客户追加{p}订单{n}箱",
        "月底冲量, 下单{n}箱, 含{p}",
        "按上月销量补单{n}箱",
        "KA门店补货订单{n}箱已确认",
    ),
    "stock": (
        "盘点库存: {p}剩{n}箱, 约够{d}天销售",
        "仓库{p}库存偏高, 暂缓补货",
        "{p}断货两天, 已催仓库发货",
        "检查临期库存, {p}有{n}箱三个月内到期",
        "SKU库存结构合理, 周转约{d}天",
        "二批商库存偏低, 建议本周补货",
    ),
    "promotion": (
        "沟通{m}月促销方案, 买十送一",
        "KA门店端架促销已落实, 效果不错",
        "申请{p}堆头费用, 预计{n}家门店参与",
        "社区团购渠道促销, 老板兴趣较大",
        "核对上月促销费用, 待财务确认",
        "试吃活动安排在周末, 需要促销员{n}名",
    ),
    "payment": (
        "催收上月货款, 老板承诺本周内付清",
        "对账完成, 应收余额{w}万元",
        "客户资金紧张, 申请延期{d}天付款",
        "回款{w}万元已到账",
        "核对返利金额, 下月抵扣货款",
    ),
    "complaint": (
        "客户反映上批{p}外箱破损{n}箱",
        "投诉送货延迟两天, 已向物流反馈",
        "POS数据与实际出货不一致, 客户有疑问",
        "门店反映{p}批次口感有差异",
        "客户对促销费用核销太慢不满",
    ),
    "display": (
        "检查KA门店陈列, {p}排面需增加",
        "收银台POS机旁小货架已铺好",
        "更换门头海报和价签",
        "陈列已拍照上传, 符合标准",
        "{n}家门店完成二次陈列",
    ),
    "new_product": (
        "介绍新品{np}, 客户愿意先试销{n}箱",
        "新品{np}进场费用谈判中",
        "新品SKU已在{n}家门店上架",
        "送{np}样品给老板试吃, 反馈不错",
    ),
    "other": (
        "了解竞品{c}近期动作",
        "老板询问年底返利政策",
        "协助客户招聘业务员",
        "讨论明年合作目标",
        "客户仓库搬迁, 更新收货地址",
    ),
}
#: Problems (问题), more likely when a call is about a complaint.
PROBLEM_PHRASES: tuple[str, ...] = (
    "竞品{c}低价冲货, 终端价格混乱",
    "二批商窜货, 影响本区域价格",
    "KA卖场账期太长, 资金压力大",
    "物流到货不及时, 门店断货",
    "部分SKU动销慢, 库存积压",
    "临期品处理费用由谁承担未达成一致",
    "POS数据回传不及时",
    "终端陈列位被竞品{c}抢占",
    "业务员人手不足, 覆盖门店少",
    "促销费用核销慢, 客户有意见",
    "{p}外包装易破损",
    "客户对新品{np}定价有顾虑",
)
#: Next steps (下一步); each becomes a follow-up task with its due date.
NEXT_STEP_PHRASES: tuple[str, ...] = (
    "复查KA门店陈列",
    "跟进回款",
    "提交促销费用申请",
    "安排补货发运",
    "反馈质量问题并跟踪处理结果",
    "带新品样品再次拜访",
    "与财务核对账目",
    "约老板面谈明年合作",
    "发送新品资料和价格表",
    "确认KA门店排期",
    "处理破损退换货",
    "核实POS数据差异",
)
#: What a visit is for (拜访目的), by why it was planned.
VISIT_PURPOSES: tuple[str, ...] = (
    "例行拜访", "订单跟进", "陈列检查", "回款跟进", "新品推介", "促销落实", "库存盘点",
)  # fmt: skip
FOLLOW_UP_PURPOSES_NEW: tuple[str, ...] = ("新人跟进: 协同拜访客户", "新人跟进: 检查拜访计划")
FOLLOW_UP_PURPOSES: tuple[str, ...] = ("月度跟进", "协访重点客户", "月度跟进: 检查客户档案")
JOINT_VISIT_NOTES: tuple[str, ...] = (
    "与{s}协同拜访",
    "陪同{s}拜访客户, 现场辅导",
    "检查{s}的拜访记录和客户档案",
)
MISSED_REASONS: tuple[str, ...] = (
    "临时参加公司会议",
    "前一家拜访超时",
    "车辆故障",
    "交通拥堵未能按时到达",
    "",
)
CANCELLED_REASONS: tuple[str, ...] = (
    "客户要求改期",
    "老板出差",
    "仓库盘点暂停接待",
    "暴雨天气",
    "已电话沟通, 无需上门",
)
