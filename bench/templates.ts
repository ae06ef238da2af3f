// The sentence templates, headlines, kickers and filler the generator recombines; slots: {D} district, {S} township/street, {A} agency, {q:kind[@per]} a planted quantity.

export type Theme = '民生' | '就业' | '乡村' | '生态' | '法治' | '交通' | '文化' | '经济' | '城建' | '安全' | '党建';

/** Sentences that plant facts. Slot kinds: a dimension (money, people, …), dimension:unit, or count:measure word. */
export const TEMPLATES: { theme: Theme; text: string }[] = [
	// 民生保障
	{ theme: '民生', text: '{A}累计发放各类补贴资金{q:money}，惠及困难群众{q:people}。' },
	{ theme: '民生', text: '{D}为辖区{q:households}困难家庭送去米、面、油等慰问物资，折合资金{q:money}。' },
	{ theme: '民生', text: '活动期间，工作人员为每户困难家庭发放慰问金{q:money:元@household}。' },
	{ theme: '民生', text: '{A}组织工作人员走访慰问残疾人{q:people}，发放辅助器具{q:count:件}。' },
	{ theme: '民生', text: '截至目前，{D}共有托育机构{q:count:所}，可提供托位{q:count:个}。' },
	{ theme: '民生', text: '{S}日间照料中心每月发放生活补贴{q:money:元@month}，受益老人{q:people:位}。' },
	{ theme: '民生', text: '{D}为年满{q:age}的{q:people:名}老人发放高龄补贴{q:money}。' },
	// 就业创业
	{ theme: '就业', text: '{A}举办专场招聘会{q:count:场}，提供就业岗位{q:count:个}，达成就业意向{q:people}。' },
	{ theme: '就业', text: '今年以来，{D}累计开展职业技能培训{q:count:期}，培训农牧民群众{q:person_times}。' },
	{ theme: '就业', text: '{D}新增城镇就业{q:people}，城镇调查失业率为{q:percent:%}。' },
	{ theme: '就业', text: '通过以工代赈项目，{S}带动群众务工{q:person_times}，发放劳务报酬{q:money}。' },
	{ theme: '就业', text: '培训班为期{q:duration:天}，共培训学员{q:people:名}。' },
	// 乡村振兴
	{ theme: '乡村', text: '{S}村集体经济合作社年收入达{q:money:万元@year}，带动脱贫户{q:households}。' },
	{ theme: '乡村', text: '今年，{S}共种植青稞{q:area:亩}，预计产量{q:weight:吨}。' },
	{ theme: '乡村', text: '合作社带动全村{q:households}{q:people:人}增收，人均增收{q:money:元@person}。' },
	{ theme: '乡村', text: '{D}为辖区行政村发放产业分红资金{q:money}，惠及群众{q:people}。' },
	{ theme: '乡村', text: '{S}牧民专业合作社存栏牦牛{q:count:头}，今年出栏{q:count:头}。' },
	{ theme: '乡村', text: '全县村集体经济村均增收{q:money:万元@village}。' },
	{ theme: '乡村', text: '{D}建成高标准农田{q:area:亩}，新建灌溉水渠{q:length:公里}。' },
	// 生态环境
	{ theme: '生态', text: '{D}共建有垃圾转运站{q:count:个}，日转运垃圾{q:weight:吨@day}。' },
	{ theme: '生态', text: '截至目前，{A}累计回收可回收物{q:weight:公斤}，兑换商品{q:count:件}。' },
	{ theme: '生态', text: '{D}组织干部群众义务植树{q:count:株}，新增绿化面积{q:area:平方米}。' },
	{ theme: '生态', text: '{S}清理河道{q:length:公里}，清运垃圾{q:weight}。' },
	{ theme: '生态', text: '活动共出动环卫工人{q:people:人}、车辆{q:count:辆}。' },
	{ theme: '生态', text: '{D}森林覆盖率达到{q:percent:%}，湿地面积{q:area:公顷}。' },
	// 平安法治
	{ theme: '法治', text: '{A}共查处各类交通违法行为{q:count:起}，其中酒驾醉驾{q:count:起}。' },
	{ theme: '法治', text: '活动现场发放法治宣传资料{q:count:份}，解答群众法律咨询{q:person_times}。' },
	{ theme: '法治', text: '{A}成功劝阻潜在受害群众{q:people}，为群众挽回经济损失{q:money}。' },
	{ theme: '法治', text: '今年以来，{A}共排查化解矛盾纠纷{q:count:件}，调解成功率达{q:percent:%}。' },
	{ theme: '法治', text: '{A}累计出动警力{q:person_times}，巡逻里程达{q:length:公里}。' },
	// 交通民航
	{ theme: '交通', text: '今年以来，拉萨贡嘎国际机场累计保障航班起降{q:flights:架次}，完成旅客吞吐量{q:person_times}。' },
	{ theme: '交通', text: '新开通的航线每周执飞{q:flights:班@week}，预计可运送旅客{q:person_times}。' },
	{ theme: '交通', text: '{D}新建和改造农村公路{q:length:公里}，惠及沿线群众{q:people}。' },
	{ theme: '交通', text: '春运期间，{A}日均发送旅客{q:person_times@day}。' },
	// 文化宣传
	{ theme: '文化', text: '{A}开展送文化下乡活动{q:count:场}，惠及农牧民群众{q:person_times}。' },
	{ theme: '文化', text: '本次书法展共展出作品{q:count:幅}，其中少儿作品{q:count:幅}。' },
	{ theme: '文化', text: '{A}组建宣讲小分队{q:count:支}，累计开展宣讲{q:count:场(次)}。' },
	{ theme: '文化', text: '{D}图书馆新增图书{q:count:册}，接待读者{q:person_times}。' },
	{ theme: '文化', text: '相关报道在各平台刊发{q:count:篇}，总阅读量超过百万。' },
	// 经济产业
	{ theme: '经济', text: '截至目前，{D}园区入驻企业{q:count:家}，实现产值{q:money:亿元}。' },
	{ theme: '经济', text: '今年前三季度，{D}完成固定资产投资{q:money:亿元}，同比增长{q:percent:%}。' },
	{ theme: '经济', text: '{A}为企业减税降费{q:money:万元}，办理各类业务{q:count:笔}。' },
	{ theme: '经济', text: '全年新登记市场主体{q:households}，新增注册资本{q:money:亿元}。' },
	{ theme: '经济', text: '该项目建成后年产值可达{q:money:万元@year}，可带动当地群众就业{q:people}。' },
	{ theme: '经济', text: '近年来，{D}地区生产总值年均增长{q:percent:%@year}。' },
	// 城市建设
	{ theme: '城建', text: '{D}今年共实施老旧小区改造项目{q:count:个}，改造面积{q:area:平方米}。' },
	{ theme: '城建', text: '项目新建供水管网{q:length:公里}，日供水能力{q:volume:立方米@day}。' },
	{ theme: '城建', text: '目前天然气站储气量{q:volume:立方米}，可满足全市居民{q:duration:天}的用气需求。' },
	{ theme: '城建', text: '{S}新建停车位{q:count:个}，安装太阳能路灯{q:count:盏}。' },
	{ theme: '城建', text: '该项目总建筑面积{q:area:平方米}，总投资{q:money}。' },
	{ theme: '城建', text: '{D}完成污水管网改造{q:length:米}，新增污水处理能力{q:volume:立方米}。' },
	{ theme: '城建', text: '经过{q:duration:个月}的紧张施工，{S}文化广场正式投入使用。' },
	// 安全应急
	{ theme: '安全', text: '{A}共检查生产经营单位{q:count:家}，排查整改安全隐患{q:count:处}。' },
	{ theme: '安全', text: '全市共组织各类应急演练{q:count:场}，参与群众{q:person_times}。' },
	{ theme: '安全', text: '{A}储备救灾帐篷{q:count:顶}、棉衣{q:count:件}、饮用水{q:volume:升}。' },
	{ theme: '安全', text: '救援人员连续奋战{q:duration:小时}，转移安置受困群众{q:people}。' },
	// 党的建设、基层治理
	{ theme: '党建', text: '{D}现有党员{q:people:名}，基层党组织{q:count:个}。' },
	{ theme: '党建', text: '{A}组织党员干部{q:count:批次}赴{S}开展调研，形成调研报告{q:count:篇}。' },
	{ theme: '党建', text: '各级党组织共检视问题{q:count:条}，制定整改措施{q:count:项}。' },
	{ theme: '党建', text: '{S}划分网格{q:count:个}，配备专兼职网格员{q:people}。' },
	{ theme: '党建', text: '{S}现有居民{q:households}{q:people:人}，其中流动人口{q:people:人}。' },
	{ theme: '党建', text: '{A}投入党建工作经费{q:money:万元}，新建党群服务中心{q:count:个}。' }
];

/** Sentences without planted numbers: the connective tissue of real articles (dates and slogans here must not become facts). */
export const FILLER = [
	'{D}始终坚持以人民为中心的发展思想，把群众的急难愁盼作为工作的出发点和落脚点。',
	'活动现场气氛热烈，群众纷纷表示感谢。',
	'下一步，{A}将继续加大工作力度，推动各项工作取得新成效。',
	'{A}负责人表示，要进一步压实责任、细化措施，确保各项任务落到实处。',
	'今年以来，{D}紧紧围绕中心工作，扎实推进各项重点任务。',
	'据了解，该活动已连续举办多年，深受群众欢迎。',
	'11月28日上午，活动在{S}举行。',
	'{D}坚持问题导向，聚焦群众关心关注的热点难点问题，推动解决了一批实际问题。',
	'“现在的生活越过越有盼头了。”{S}群众高兴地说。',
	'通过“线上+线下”相结合的方式，活动覆盖面进一步扩大。',
	'{A}有关负责同志参加活动。',
	'此次活动进一步增强了群众的获得感、幸福感、安全感。',
	'2023年以来，{D}把这项工作作为为民办实事的重要内容来抓。',
	'活动中，工作人员耐心细致地向群众讲解相关政策。',
	'{S}干部职工、驻村工作队及农牧民群众参加活动。',
	'大家纷纷表示，将以此次活动为契机，立足岗位、担当作为。',
	'据悉，{A}还将在全市范围内推广这一做法。',
	'12月5日，记者在{S}看到，工人们正在加紧施工。',
	'{D}将持续深化“四下基层”制度，推动主题教育走深走实。',
	'与会人员围绕相关议题进行了深入交流。',
	'会议强调，要以更高标准、更实举措抓好各项工作落实。',
	'一个个暖心举措，让群众感受到了实实在在的温暖。',
	'{A}坚持把安全生产摆在突出位置，层层压实主体责任。',
	'工作人员深入田间地头，手把手向农牧民传授种养殖技术。',
	'{S}党员志愿者主动参与，积极为群众排忧解难。',
	'{D}持续优化营商环境，为企业发展提供全方位服务保障。',
	'活动形式多样、内容丰富，吸引了众多群众驻足观看。',
	'{A}工作人员还向群众发放了宣传资料，现场解答群众疑问。',
	'据介绍，该项目建成后将有效改善周边群众的出行条件。',
	'{D}注重发挥基层党组织战斗堡垒作用，推动各项政策落地见效。',
	'“这样的活动办到了我们心坎上。”前来参加活动的群众说。',
	'{A}将以此为契机，进一步完善工作机制，提升服务水平。',
	'在{S}，一排排新建的安居房整齐排列，道路干净整洁。',
	'{T}是一项民心工程，也是一项系统工程。',
	'近年来，{D}坚持生态优先、绿色发展，守护好高原的蓝天碧水。',
	'{A}相关负责人介绍，下一步将加强督导检查，确保工作取得实效。',
	'现场，医护人员认真为群众测量血压、解读体检报告。',
	'活动结束后，大家纷纷表示收获满满、倍受鼓舞。',
	'{D}把{T}与乡村振兴有机结合，探索出了一条符合实际的发展路子。',
	'走进{S}，处处可见群众忙碌的身影。',
	'{A}积极对接上级部门，争取政策和资金支持。',
	'通过宣讲，进一步提高了群众的法治意识和自我保护能力。',
	'{S}结合辖区实际，制定了切实可行的工作方案。',
	'志愿者们冒着严寒坚守岗位，用实际行动诠释了责任与担当。',
	'{D}不断健全完善长效机制，推动工作常态化、制度化。',
	'{A}强化部门协作，形成了齐抓共管的良好工作格局。',
	'群众的满意度和认可度进一步提升。',
	'此次培训内容贴近实际，具有很强的针对性和实用性。',
	'接下来，{S}将继续聚焦群众需求，不断提升服务质效。',
	'{T}取得的成效，离不开广大干部群众的共同努力。'
];

export const TOPICS: Record<Theme, string[]> = {
	民生: ['冬季送温暖', '困难群众帮扶', '养老服务', '助残帮扶', '托育服务'],
	就业: ['就业援助', '职业技能培训', '春风行动', '稳岗就业'],
	乡村: ['乡村振兴', '集体经济发展', '高标准农田建设', '青稞种植'],
	生态: ['垃圾分类', '河湖治理', '国土绿化', '城乡环境整治'],
	法治: ['交通安全整治', '反诈宣传', '法治宣传', '矛盾纠纷化解'],
	交通: ['民航运输保障', '农村公路建设', '春运服务'],
	文化: ['送文化下乡', '书法展览', '理论宣讲', '全民阅读'],
	经济: ['招商引资', '园区建设', '优化营商环境', '项目建设'],
	城建: ['老旧小区改造', '供水管网建设', '冬季供暖保障', '城市更新'],
	安全: ['安全生产检查', '应急演练', '防灾减灾'],
	党建: ['主题教育', '基层党组织建设', '网格化管理', '调查研究']
};

/** Headline shapes; each must read as a headline: short, no sentence punctuation, no dangling word. */
export const HEADLINES = [
	'{D}扎实推进{T}工作',
	'{A}开展{T}活动',
	'{D}：{T}见实效',
	'{D}多措并举做好{T}',
	'{S}{T}跑出加速度',
	'{A}聚焦{T} 办好民生实事',
	'{D}{T}取得新成效',
	'以{T}为抓手 {D}绘就发展新图景',
	'{D}召开{T}工作推进会',
	'{S}：{T}暖民心'
];

export const KICKERS = ['学思想 强党性 重实践 建新功', '欢乐幸福年 扬帆新征程', '我为群众办实事', '新春走基层'];
export const SUBTITLES = ['——{D}{T}工作速写', '——{A}{T}工作综述', '——记{S}{T}工作'];
export const CAPTIONS = ['图为活动现场。', '图为工作人员向群众发放宣传资料。', '图为施工现场。', '图为群众喜领分红金。'];
export const OPENERS = ['今年以来，', '近年来，', '近日，', '据了解，', '同时，', '此外，', ''];
